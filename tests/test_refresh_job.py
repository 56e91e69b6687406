"""The real `refresh` job (ingest -> extract -> dbt build -> publish) on real DuckDB files.

Plumbing tests replace the extraction function the asset calls with fixed Facts, so they do not
depend on the extractor's quality; the `real_runs` tests run the real extractor on the bundled samples.
"""
import datetime as dt
import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipeline_helpers import SAMPLES, read_table, run_refresh
from newsfacts import fx, ids
from newsfacts.model import Fact, Period
from newsfacts.reading import read_document
from orchestration.settings import DEFAULT_MAX_DOC_BYTES

pytestmark = pytest.mark.slow
D = dt.date
DOC_2023 = "000_fb5ee617c32d8c47.txt"
DOC_2025 = "003_672f859cd5f54008.txt"
CATHODE = ("According to data from the Korea International Trade Association (KITA), the value of cathode "
           "materials exported to the U.S. from January to July reached $1.83 billion, a significant increase "
           "of 177.8% compared to $661 million in the previous year.")
MARTS = ("dim_documents", "fct_exports", "fct_revenues", "fct_market_shares", "flagged_facts",
         "quarantined_documents")
CONTRACT = {
    "dim_documents": [("document_id", "VARCHAR"), ("source_uri", "VARCHAR"), ("title", "VARCHAR"),
                      ("published_on", "DATE"), ("ingested_at", "TIMESTAMP")],
    "fct_exports": [("fact_id", "VARCHAR"), ("document_id", "VARCHAR"), ("exporter", "VARCHAR"),
                    ("destination", "VARCHAR"), ("product", "VARCHAR"), ("period_start", "DATE"),
                    ("period_end", "DATE"), ("period_grain", "VARCHAR"), ("value", "DOUBLE"),
                    ("currency", "VARCHAR"), ("value_usd", "DOUBLE"), ("change_pct", "DOUBLE"),
                    ("qualifier", "VARCHAR"), ("source_org", "VARCHAR"), ("evidence", "VARCHAR")],
    "fct_revenues": [("fact_id", "VARCHAR"), ("document_id", "VARCHAR"), ("company", "VARCHAR"),
                     ("metric", "VARCHAR"), ("period_start", "DATE"), ("period_end", "DATE"),
                     ("period_grain", "VARCHAR"), ("value", "DOUBLE"), ("currency", "VARCHAR"),
                     ("value_usd", "DOUBLE"), ("change_pct", "DOUBLE"), ("qualifier", "VARCHAR"),
                     ("source_org", "VARCHAR"), ("evidence", "VARCHAR")],
    "fct_market_shares": [("fact_id", "VARCHAR"), ("document_id", "VARCHAR"), ("company", "VARCHAR"),
                          ("market", "VARCHAR"), ("basis", "VARCHAR"), ("rank", "INTEGER"),
                          ("period_start", "DATE"), ("period_end", "DATE"), ("period_grain", "VARCHAR"),
                          ("share_pct", "DOUBLE"), ("change_pp", "DOUBLE"), ("qualifier", "VARCHAR"),
                          ("source_org", "VARCHAR"), ("evidence", "VARCHAR")],
}

# --------------------------------------------------------------------------- fixed facts

Y2024 = Period(D(2024, 1, 1), D(2024, 12, 31), "year")
CATHODE_2023 = Fact("fct_exports", 1.83e9, Period(D(2023, 1, 1), D(2023, 7, 31), "range"), CATHODE,
                    currency="USD", change_pct=177.8, exporter="KR", destination="US",
                    product="cathode materials", source_org="KITA")
CATHODE_2022 = Fact("fct_exports", 661e6, Period(D(2022, 1, 1), D(2022, 7, 31), "range"), CATHODE,
                    currency="USD", exporter="KR", destination="US", product="cathode materials",
                    source_org="KITA")
EARLY_2021 = Fact("fct_exports", 9e6, None, "In early 2021, the exports of cathodes to the U.S. were only "
                  "around $9 million.", currency="USD", qualifier="approx", exporter="KR", destination="US",
                  product="cathode materials")
HYNIX = Fact("fct_revenues", 66.19e12, Y2024, "SK hynix posted revenue of 66.19 trillion won last year.",
             currency="KRW", company="SK hynix", metric="revenue", change_pct=102.0)
TSMC = Fact("fct_revenues", 1.17e12, Y2024, "TSMC earned NT$1.17 trillion.", currency="TWD", company="TSMC",
            metric="net_profit")
DRAM = Fact("fct_market_shares", 36.0, Period(D(2025, 1, 1), D(2025, 3, 31), "quarter"),
            "SK hynix led the DRAM market with a 36% share.", company="SK hynix", market="dram",
            basis="revenue", rank=1, change_pp=1.5, source_org="Counterpoint")
APPLE = Fact("fct_revenues", 20.51, Y2024, "Apple | 20,51 | ...", currency="USD", company="Apple",
             metric="revenue", flag="inconsistent table row")


def fixed_facts(doc):
    name = Path(doc.source_uri).name
    if name == DOC_2023:
        return [CATHODE_2023, CATHODE_2023, CATHODE_2022, EARLY_2021]  # a repeated statement is one fact
    if name == DOC_2025:
        return [HYNIX, TSMC, DRAM, APPLE]
    return []


def by_name(warehouse, doc_name):
    [doc_id] = [r["document_id"] for r in read_table(warehouse, "marts.dim_documents")
                if Path(r["source_uri"]).name == doc_name]
    return doc_id


def materialized(result):
    return {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}


@pytest.fixture(scope="session")
def plumbing(defs, tmp_path_factory):
    """One run on the samples plus an empty file and a copy of a sample, with fixed facts."""
    tmp = tmp_path_factory.mktemp("plumbing")
    landing = tmp / "landing"
    shutil.copytree(SAMPLES, landing)
    (landing / "empty.txt").write_bytes(b"")
    shutil.copy(SAMPLES / DOC_2023, landing / "zz copy of 000.txt")  # sorts last: the copy is the duplicate
    (landing / ".hidden").write_text("not a document")
    warehouse = tmp / "out" / "warehouse.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("orchestration.defs.extract.extract_document", fixed_facts)
        result = run_refresh(defs, landing=landing, warehouse=warehouse)
    return tmp, landing, warehouse, result


def test_run_succeeds_and_materializes_every_asset(plumbing):
    *_, result = plumbing
    assert result.success
    assert materialized(result) == {
        "raw_documents", "raw_facts", "staging/stg_documents", "staging/stg_facts",
        *(f"marts/{m}" for m in MARTS), "published_warehouse"}
    checks = result.get_asset_check_evaluations()
    assert len(checks) > 40 and all(c.passed for c in checks)


def test_build_database_is_next_to_the_warehouse_and_published_file_holds_only_marts(plumbing):
    tmp, _, warehouse, _ = plumbing
    build = tmp / "out" / ".newsfacts" / "warehouse.build.duckdb"
    assert build.exists()
    schemas = {r["table_schema"] for r in read_table(build, "information_schema.tables")}
    assert {"raw", "staging", "marts"} <= schemas
    assert {r["table_schema"] for r in read_table(warehouse, "information_schema.tables")} == {"marts"}
    assert {r["table_name"] for r in read_table(warehouse, "information_schema.tables")} == set(MARTS)


def test_marts_have_exactly_the_contract_columns(plumbing):
    *_, warehouse, _ = plumbing
    for table, columns in CONTRACT.items():
        got = [(r["column_name"], r["data_type"]) for r in read_table(
            warehouse, f"information_schema.columns where table_schema = 'marts' and table_name = '{table}'",
            "ordinal_position")]
        assert got == columns, table


def test_dim_documents(plumbing):
    *_, warehouse, _ = plumbing
    rows = read_table(warehouse, "marts.dim_documents", "published_on")
    assert [(Path(r["source_uri"]).name, r["published_on"]) for r in rows] == [
        (DOC_2023, D(2023, 8, 7)), (DOC_2025, D(2025, 5, 2))]
    for r in rows:
        text = read_document(Path(r["source_uri"]), max_bytes=DEFAULT_MAX_DOC_BYTES).text
        assert r["document_id"] == ids.document_id(text)
        assert isinstance(r["ingested_at"], dt.datetime)


def test_fct_exports_rows(plumbing):
    *_, warehouse, _ = plumbing
    doc = by_name(warehouse, DOC_2023)
    rows = read_table(warehouse, "marts.fct_exports", "period_start")
    assert rows == [
        {"fact_id": ids.fact_id(doc, CATHODE_2022), "document_id": doc, "exporter": "KR", "destination": "US",
         "product": "cathode materials", "period_start": D(2022, 1, 1), "period_end": D(2022, 7, 31),
         "period_grain": "range", "value": 661e6, "currency": "USD", "value_usd": 661e6, "change_pct": None,
         "qualifier": "exact", "source_org": "KITA", "evidence": CATHODE},
        {"fact_id": ids.fact_id(doc, CATHODE_2023), "document_id": doc, "exporter": "KR", "destination": "US",
         "product": "cathode materials", "period_start": D(2023, 1, 1), "period_end": D(2023, 7, 31),
         "period_grain": "range", "value": 1.83e9, "currency": "USD", "value_usd": 1.83e9, "change_pct": 177.8,
         "qualifier": "exact", "source_org": "KITA", "evidence": CATHODE},
    ]


def test_fct_revenues_rows_with_usd_conversion(plumbing):
    *_, warehouse, _ = plumbing
    doc = by_name(warehouse, DOC_2025)
    rows = {r["company"]: r for r in read_table(warehouse, "marts.fct_revenues")}
    assert set(rows) == {"SK hynix", "TSMC"}  # Apple is flagged
    hynix = rows["SK hynix"]
    assert (hynix["fact_id"], hynix["document_id"], hynix["metric"], hynix["value"], hynix["currency"],
            hynix["period_start"], hynix["period_end"], hynix["period_grain"], hynix["change_pct"]) == (
        ids.fact_id(doc, HYNIX), doc, "revenue", 66.19e12, "KRW", D(2024, 1, 1), D(2024, 12, 31), "year", 102.0)
    assert hynix["value_usd"] == pytest.approx(fx.to_usd(66.19e12, "KRW", D(2024, 1, 1), D(2024, 12, 31)))
    assert 45e9 < hynix["value_usd"] < 50e9
    assert rows["TSMC"]["value_usd"] is None  # the ECB publishes no TWD rate


def test_fct_market_shares_rows(plumbing):
    *_, warehouse, _ = plumbing
    doc = by_name(warehouse, DOC_2025)
    assert read_table(warehouse, "marts.fct_market_shares") == [{
        "fact_id": ids.fact_id(doc, DRAM), "document_id": doc, "company": "SK hynix", "market": "dram",
        "basis": "revenue", "rank": 1, "period_start": D(2025, 1, 1), "period_end": D(2025, 3, 31),
        "period_grain": "quarter", "share_pct": 36.0, "change_pp": 1.5, "qualifier": "exact",
        "source_org": "Counterpoint", "evidence": DRAM.evidence}]


def test_flagged_and_unresolved_facts_are_kept_out_with_the_reason(plumbing):
    *_, warehouse, _ = plumbing
    rows = read_table(warehouse, "marts.flagged_facts", "reason")
    assert [(r["fact_table"], r["reason"], r["value"]) for r in rows] == [
        ("fct_revenues", "inconsistent table row", 20.51), ("fct_exports", "period not resolved", 9e6)]
    published = {r["fact_id"] for t in CONTRACT if t != "dim_documents"
                 for r in read_table(warehouse, f"marts.{t}")}
    assert published.isdisjoint(r["fact_id"] for r in rows)


def test_bad_files_are_quarantined_and_the_batch_goes_on(plumbing):
    *_, warehouse, result = plumbing
    rows = {Path(r["source_uri"]).name: r["reason"] for r in read_table(warehouse, "marts.quarantined_documents")}
    assert set(rows) == {"empty.txt", "zz copy of 000.txt"}  # hidden files are not documents
    assert rows["zz copy of 000.txt"] == f"duplicate of {DOC_2023} (same content)"
    assert rows["empty.txt"]
    [mat] = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey("raw_documents")]
    meta = mat.materialization.metadata
    assert meta["documents_read"].value == 2 and meta["documents_quarantined"].value == 2


def test_rerun_after_a_file_left_keeps_its_facts_and_full_refresh_drops_them(defs, plumbing):
    tmp, landing, _, _ = plumbing
    landing2 = tmp / "landing2"
    landing2.mkdir()
    shutil.copy(landing / DOC_2023, landing2 / DOC_2023)
    warehouse2 = tmp / "out" / "second.duckdb"
    build = tmp / "out" / ".newsfacts" / "warehouse.build.duckdb"  # the first run's build database
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("orchestration.defs.extract.extract_document", fixed_facts)
        assert run_refresh(defs, landing=landing2, warehouse=warehouse2, build_db=build).success
        assert len(read_table(warehouse2, "marts.dim_documents")) == 2
        assert run_refresh(defs, landing=landing2, warehouse=warehouse2, build_db=build, full_refresh=True).success
    assert [Path(r["source_uri"]).name for r in read_table(warehouse2, "marts.dim_documents")] == [DOC_2023]
    assert read_table(warehouse2, "marts.fct_revenues") == []


def test_a_failing_blocking_check_stops_before_publishing(defs, tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    shutil.copy(SAMPLES / DOC_2023, landing)
    warehouse = tmp_path / "warehouse.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("orchestration.defs.extract.extract_document", fixed_facts)
        assert run_refresh(defs, landing=landing, warehouse=warehouse).success
        before = warehouse.read_bytes()

        # only the dbt test catches it (the GX checks on raw_facts pass: the evidence states the value,
        # the period is before the article's date)
        bad = Fact("fct_exports", 5e9, Period(D(2022, 1, 1), D(2022, 12, 31), "year"), "Exports reached $5 billion.",
                   currency="USD", exporter="KR", destination="WORLD", qualifier="roughly")  # not an accepted qualifier
        mp.setattr("orchestration.defs.extract.extract_document", lambda doc: [CATHODE_2023, bad])
        result = run_refresh(defs, landing=landing, warehouse=warehouse, full_refresh=True)  # re-extract

    assert not result.success
    failed = [c for c in result.get_asset_check_evaluations() if not c.passed]
    assert [(c.asset_key.to_user_string(), c.check_name) for c in failed] == [
        ("marts/fct_exports", "accepted_values_fct_exports_qualifier__exact__approx__at_least__at_most__forecast__estimate")]
    assert failed[0].severity == dg.AssetCheckSeverity.ERROR
    assert "published_warehouse" not in materialized(result)
    assert warehouse.read_bytes() == before  # analysts keep the last good data


# --------------------------------------------------------------------------- the real extractor

@pytest.fixture(scope="session")
def real_runs(defs, tmp_path_factory):
    """Two runs of the real job on the bundled samples into the same warehouse; marts after each."""
    tmp = tmp_path_factory.mktemp("real")
    warehouse = tmp / "warehouse.duckdb"
    snapshots = []
    for _ in range(2):
        result = run_refresh(defs, landing=SAMPLES, warehouse=warehouse)
        assert result.success, [e.message for e in result.get_step_failure_events()]
        snapshots.append({m: read_table(warehouse, f"marts.{m}", "all") for m in MARTS})
    return warehouse, snapshots


def test_real_run_dim_documents(real_runs):
    warehouse, _ = real_runs
    rows = read_table(warehouse, "marts.dim_documents", "published_on")
    assert [(Path(r["source_uri"]).name, r["published_on"]) for r in rows] == [
        (DOC_2023, D(2023, 8, 7)), (DOC_2025, D(2025, 5, 2))]
    assert all(Path(r["source_uri"]).is_absolute() for r in rows)


def test_real_run_has_the_cathode_export(real_runs):
    warehouse, _ = real_runs
    doc = by_name(warehouse, DOC_2023)
    rows = [r for r in read_table(warehouse, "marts.fct_exports")
            if r["document_id"] == doc and r["period_start"] == D(2023, 1, 1) and r["period_end"] == D(2023, 7, 31)]
    assert [(r["exporter"], r["destination"], r["value"], r["currency"]) for r in rows] == [("KR", "US", 1.83e9, "USD")]
    assert rows[0]["evidence"] == CATHODE
    assert rows[0]["value_usd"] == 1.83e9


def test_real_run_fills_every_fact_mart(real_runs):
    warehouse, _ = real_runs
    for table in ("fct_exports", "fct_revenues", "fct_market_shares"):
        rows = read_table(warehouse, f"marts.{table}")
        assert rows, table
        assert all(r["evidence"] and r["period_start"] <= r["period_end"] for r in rows), table
    for r in read_table(warehouse, "marts.fct_exports") + read_table(warehouse, "marts.fct_revenues"):
        if r["currency"] == "USD":
            assert r["value_usd"] == r["value"]


def test_running_twice_gives_the_same_marts(real_runs):
    _, (first, second) = real_runs
    for mart in MARTS:
        if mart == "quarantined_documents":
            continue
        assert second[mart] == first[mart], mart
    for table in ("fct_exports", "fct_revenues", "fct_market_shares", "flagged_facts"):
        fact_ids = [r["fact_id"] for r in second[table]]
        assert len(fact_ids) == len(set(fact_ids)), table
