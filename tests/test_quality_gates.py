"""Stage -> check -> publish, end to end: real `refresh` runs (Dagster in process, real DuckDB files, real dbt
build, real GX validation) with a fixed extractor, into ONE published warehouse.

A first run publishes (one market-share total over 100% only warns). Then one run per kind of gate,
each with a single violation added to the same facts: a raw document check (GX), a raw fact check (GX),
a dbt test on a mart, and a mart check (GX). Each run fails on exactly that check (severity ERROR),
the downstream steps do not run, and the published warehouse is byte-identical (sha256) to the one of
the first run, which had the same facts without the violation. The CLI shows which check failed
and why.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipeline_helpers import SAMPLES, read_table, run_refresh
from newsfacts.consistency import flag_inconsistent
from newsfacts.model import Fact, Period

pytestmark = pytest.mark.slow
D = dt.date
DOC = "000_fb5ee617c32d8c47.txt"  # dated 2023-08-07
CATHODE = ("According to data from the Korea International Trade Association (KITA), the value of cathode "
           "materials exported to the U.S. from January to July reached $1.83 billion, a significant increase "
           "of 177.8% compared to $661 million in the previous year.")
SHARES = "LG Chem held 60% of the cathode market in the first half, and Umicore 55%."
H1_2023 = Period(D(2023, 1, 1), D(2023, 6, 30), "half")
INCONSISTENT = "SK hynix revenue rose 250% to 44.6 trillion won in 2022 from 43.0 trillion won in 2021."


def facts(**change) -> list[Fact]:
    """The fixed facts of the sample, through newsfacts.consistency as the extractor would give them (a
    revenue, its change and its prior that do not add up get flagged); ``change`` alters the 2022 export."""
    current = Fact("fct_exports", 1.83e9, Period(D(2023, 1, 1), D(2023, 7, 31), "range"), CATHODE, currency="USD",
                   change_pct=177.8, exporter="KR", destination="US", product="cathode materials", source_org="KITA")
    prior = Fact("fct_exports", 661e6, Period(D(2022, 1, 1), D(2022, 7, 31), "range"), CATHODE, currency="USD",
                 exporter="KR", destination="US", product="cathode materials", source_org="KITA")
    for k, v in change.items():
        setattr(prior, k, v)
    shares = [Fact("fct_market_shares", 60.0, H1_2023, SHARES, company="LG Chem", market="cathode materials",
                   basis="unknown"),
              Fact("fct_market_shares", 55.0, H1_2023, SHARES, company="Umicore", market="cathode materials",
                   basis="unknown")]  # 115% together: a warning, never a block
    # 44.6 / 43.0 is +3.7%, not +250%: both kept out, with the reason
    revenues = [Fact("fct_revenues", v, Period(D(y, 1, 1), D(y, 12, 31), "year"), INCONSISTENT, currency="KRW",
                     change_pct=c, company="SK hynix", metric="revenue") for v, y, c in ((44.6e12, 2022, 250.0),
                                                                                         (43.0e12, 2021, None))]
    return flag_inconsistent([current, prior, *shares, *revenues])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def materialized(result) -> set[str]:
    return {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}


def failed_checks(result) -> dict[tuple[str, str], dg.AssetCheckEvaluation]:
    return {(c.asset_key.to_user_string(), c.check_name): c for c in result.get_asset_check_evaluations()
            if not c.passed}


def started_steps(result) -> set[str]:
    return {e.step_key for e in result.all_events if e.event_type_value == "STEP_START"}


def refresh(defs, landing, warehouse, extractor, monkeypatch_fx=None):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("orchestration.defs.extract.extract_document", extractor)
        if monkeypatch_fx:
            mp.setattr("newsfacts.fx.to_usd", monkeypatch_fx)
        # incremental extraction would keep the first run's facts: each run starts from an empty build database
        return run_refresh(defs, landing=landing, warehouse=warehouse, full_refresh=True)


@pytest.fixture(scope="module")
def gates(defs, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gates")
    landing = tmp / "landing"
    landing.mkdir()
    shutil.copy(SAMPLES / DOC, landing / DOC)
    warehouse = tmp / "published" / "warehouse.duckdb"
    runs = {"first": refresh(defs, landing, warehouse, lambda doc: facts())}
    assert runs["first"].success, [e.message for e in runs["first"].get_step_failure_events()]
    published = sha256(warehouse)
    first_shares = read_table(warehouse, "marts.fct_market_shares")
    first_flagged = read_table(warehouse, "marts.flagged_facts")
    first_revenues = read_table(warehouse, "marts.fct_revenues")

    shas = {}
    # a raw document check: an article dated two months from now
    future = landing / "zz_future.txt"
    when = dt.date.today() + dt.timedelta(days=60)
    future.write_text(f"Outlook\n{when:%B} {when.day}, {when.year}\n\nExports are expected to grow next year as "
                      "demand for memory chips recovers, the ministry said.\n")
    runs["raw_documents"] = refresh(defs, landing, warehouse, lambda doc: facts())
    future.unlink()
    shas["raw_documents"] = sha256(warehouse)
    # a raw fact check: a currency that is not an ISO 4217 code
    runs["raw_facts"] = refresh(defs, landing, warehouse, lambda doc: facts(currency="WON"))
    shas["raw_facts"] = sha256(warehouse)
    # a dbt test of a mart: an export without exporter
    runs["dbt"] = refresh(defs, landing, warehouse, lambda doc: facts(exporter=None))
    shas["dbt"] = sha256(warehouse)
    # a mart check: the USD conversion of a USD figure is off
    runs["marts"] = refresh(defs, landing, warehouse, lambda doc: facts(),
                            monkeypatch_fx=lambda value, currency, start, end: value * 1.1 if value else value)
    shas["marts"] = sha256(warehouse)
    return {"runs": runs, "published": published, "shas": shas, "first_shares": first_shares,
            "first_flagged": first_flagged, "first_revenues": first_revenues,
            "warehouse": warehouse, "landing": landing, "tmp": tmp}


def test_first_run_publishes_and_a_warning_does_not_block(gates):
    first = gates["runs"]["first"]
    assert first.success and "published_warehouse" in materialized(first)
    failed = failed_checks(first)
    assert sorted(name.split("_fct_")[0] for _, name in failed) == [
        "group_sum_at_most", "gx_market_shares_sum_at_most_100"]  # the dbt test and the GX expectation
    assert {asset for asset, _ in failed} == {"marts/fct_market_shares"}
    assert {c.severity for c in failed.values()} == {dg.AssetCheckSeverity.WARN}
    gx_checks = [c for c in first.get_asset_check_evaluations() if c.check_name.startswith("gx_")]
    assert len(gx_checks) == 33
    assert sorted(r["share_pct"] for r in gates["first_shares"]) == [55.0, 60.0]  # published, with the warning


def test_inconsistent_facts_are_kept_out_and_listed_with_the_reason(gates):
    flagged = gates["first_flagged"]
    assert sorted((r["fact_table"], r["value"]) for r in flagged) == [("fct_revenues", 43.0e12),
                                                                     ("fct_revenues", 44.6e12)]
    assert all(r["reason"].startswith("value, change and prior-year value do not add up") and "+250.0%" in r["reason"]
               for r in flagged)
    assert gates["first_revenues"] == []  # and the checks that no flagged fact reached a fact table passed
    first = gates["runs"]["first"]
    assert all(c.passed for c in first.get_asset_check_evaluations()
               if c.check_name in ("gx_no_flagged_fact", "gx_change_consistent_with_prior")
               or c.check_name.startswith("not_in_relation"))


EXPECTED = {
    "raw_documents": ("raw_documents", "gx_published_on_not_in_future", "raw_documents_expectations",
                      {"raw_documents"}),
    "raw_facts": ("raw_facts", "gx_currency_iso_4217", "raw_facts_expectations", {"raw_documents", "raw_facts"}),
    "dbt": ("marts/fct_exports", "not_null_fct_exports_exporter", "dbt_models", None),
    "marts": ("marts/fct_exports", "gx_value_usd_equals_value_for_usd", "mart_expectations", None),
}


@pytest.mark.parametrize("gate", list(EXPECTED))
def test_a_failed_blocking_check_stops_the_run_and_keeps_the_published_warehouse(gates, gate):
    result = gates["runs"][gate]
    asset, check, step, assets = EXPECTED[gate]
    assert not result.success
    failed = failed_checks(result)
    blocking = {k: c for k, c in failed.items() if c.severity == dg.AssetCheckSeverity.ERROR}
    assert list(blocking) == [(asset, check)]
    assert "published_warehouse" not in materialized(result)
    assert "published_warehouse" not in started_steps(result)
    if assets is not None:  # stopped before dbt: nothing downstream of the failed check ran
        assert materialized(result) == assets
        assert "dbt_models" not in started_steps(result)
    assert gates["shas"][gate] == gates["published"]  # analysts keep the last good data, byte for byte
    failures = {e.step_key: e for e in result.get_step_failure_events()}
    assert set(failures) == {step}  # the step that ran the check failed, nothing else did
    if gate != "dbt":  # Dagster names the blocking check that stopped the run
        assert check in failures[step].event_specific_data.error.message


def test_gx_failures_carry_the_count_and_the_offending_rows(gates):
    ev = failed_checks(gates["runs"]["raw_facts"])[("raw_facts", "gx_currency_iso_4217")]
    meta = {k: getattr(v, "value", v) for k, v in ev.metadata.items()}
    assert meta["unexpected_count"] == 1 and meta["element_count"] == 4
    [row] = meta["offending_rows"]
    assert row["money_currency"] == "WON" and row["value"] == 661e6 and row["file_name"] == DOC
    assert "1 offending row(s) of 4" in meta["message"] and "currency" in meta["message"]
    ev = failed_checks(gates["runs"]["marts"])[("marts/fct_exports", "gx_value_usd_equals_value_for_usd")]
    assert {k: getattr(v, "value", v) for k, v in ev.metadata.items()}["unexpected_count"] == 2


def test_the_cli_says_which_gx_check_failed_and_why(gates, tmp_path, monkeypatch, capsys):
    """`newsfacts refresh` (its main(), in this process: the definitions are loaded already)."""
    from orchestration.cli import main

    warehouse = tmp_path / "w.duckdb"
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    monkeypatch.setattr("orchestration.defs.extract.extract_document", lambda doc: facts(currency="WON"))
    code = main(["refresh", "--landing", str(gates["landing"]), "--warehouse", str(warehouse)])
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert "FAILED raw_facts:gx_currency_iso_4217 [ERROR]: 1 offending row(s) of 4" in out
    assert "money_currency='WON'" in out and "-> dbt_models" not in out
    assert "NOT published" in out and not warehouse.exists()
    assert err.strip().splitlines()[-1].startswith(
        "newsfacts: refresh failed: blocking check raw_facts:gx_currency_iso_4217 failed")
