"""Every dbt data test fails on a fixture that violates it and passes on the same fixture without the
violation: the real dbt project (dbt-duckdb, run in process with dbtRunner) on a real DuckDB file,
results read from run_results.json.

1. ``dbt build`` on a clean build database (the raw rows of quality_helpers.good_data): every model
   builds, every data test and unit test passes.
2. The raw rows get one violation per test (a duplicate id, a null, an unknown currency, a share of
   150%...), ``dbt run`` rebuilds the marts, a few violations that stg_facts makes impossible (a null
   period or reason in a mart) are written into the marts directly, and ``dbt test`` runs every test:
   every data test fails (the one warn-severity test warns), every unit test still passes.

That a failing dbt test (severity error) is a blocking Dagster check that leaves the published
warehouse byte-identical is shown end to end in test_quality_gates.py; that every dbt test is an asset
check, in test_quality_checks.py.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path

import duckdb
import pycountry
import pytest

from pipeline_helpers import ROOT
from quality_helpers import D, doc, fact, good_data, write_raw

pytestmark = pytest.mark.slow
DBT_DIR = ROOT / "dbt_project"
WARN_TESTS = {"group_sum_at_most"}  # generic tests configured with severity warn


def dbt(tmp: Path, build_db: Path, *args: str) -> dict[str, dict]:
    """Run dbt (in this process: dbtRunner, the same dbt-core and project dagster-dbt runs); {unique_id: result}."""
    from dbt.cli.main import dbtRunner

    target = tmp / "target"
    res = dbtRunner().invoke([*args, "--project-dir", str(DBT_DIR), "--profiles-dir", str(DBT_DIR),
                              "--target-path", str(target), "--log-path", str(tmp / "logs"), "--quiet",
                              "--vars", json.dumps({"build_db": str(build_db)})])
    if res.exception is not None:
        raise res.exception
    results = json.loads((target / "run_results.json").read_text())["results"]
    manifest = json.loads((target / "manifest.json").read_text())
    out = {}
    for r in results:
        node = manifest["nodes"].get(r["unique_id"]) or manifest.get("unit_tests", {}).get(r["unique_id"]) or {}
        out[r["unique_id"]] = {"status": r["status"], "failures": r.get("failures"), "node": node,
                               "message": r.get("message")}
    assert out, f"dbt {args[0]} ran nothing"
    return out


def data_tests(results: dict) -> dict[str, dict]:
    return {uid: r for uid, r in results.items() if uid.startswith("test.")}


def violate(data: dict) -> None:
    """One offending row per dbt test of the models (through the raw tables dbt reads)."""
    docs, facts, quarantine = data["documents"], data["facts"], data["quarantine"]
    # dim_documents / stg_documents: a repeated document id, a repeated source, nulls
    docs.append(dict(docs[0], source_uri="/landing/again.txt", file_name="again.txt"))
    docs.append(dict(doc("d3", "other.txt", D(2024, 1, 1)), source_uri=docs[1]["source_uri"]))
    docs.append(dict(doc(None, "noid.txt", D(2024, 1, 1))))
    docs.append(dict(doc("d5", "nouri.txt", D(2024, 1, 1)), source_uri=None, ingested_at=None))

    def bad(fact_id, table, **kw):
        base = {"fct_exports": dict(currency="USD", exporter="KR", destination="US"),
                "fct_revenues": dict(currency="KRW", company="SK hynix", metric="revenue"),
                "fct_market_shares": dict(company="SK hynix", market="dram", basis="revenue")}[table]
        base.update(kw)
        value = base.pop("value", 10.0)
        return fact(fact_id, base.pop("document_id", "d2"), table, value, base.pop("start", D(2024, 1, 1)),
                    base.pop("end", D(2024, 12, 31)), base.pop("evidence", f"It was {value}."), **base)

    for t in ("fct_exports", "fct_revenues", "fct_market_shares"):
        p = t.split("_", 1)[1][:3]
        facts += [
            bad(f"{p}_dup", t), bad(f"{p}_dup", t),                                  # unique fact_id
            bad(None, t),                                                          # not_null fact_id
            bad(f"{p}_nodoc", t, document_id=None),                                # not_null document_id
            bad(f"{p}_ghost", t, document_id="ghost"),                             # relationships
            bad(f"{p}_grain", t, grain="fortnight"),                               # accepted_values grain
            bad(f"{p}_qual", t, qualifier="roughly"),                              # accepted_values qualifier
            bad(f"{p}_noqual", t, qualifier=None),                                 # not_null qualifier
            bad(f"{p}_noev", t, evidence=None),                                    # not_null evidence
            bad(f"{p}_blank", t, evidence="   "),                                  # not_blank evidence
            bad(f"{p}_inv", t, start=D(2024, 12, 31), end=D(2024, 1, 1)),          # not_after period
            bad(f"{p}_flag", t), bad(f"{p}_flag", t, flag="table row does not add up"),  # not_in_relation
        ]
    for t in ("fct_exports", "fct_revenues"):
        p = t.split("_", 1)[1][:3]
        facts += [
            bad(f"{p}_zero", t, value=0.0),                                        # finite_nonzero
            bad(f"{p}_noval", t, value=None),                                      # not_null value
            bad(f"{p}_won", t, currency="WON"),                                    # iso_4217_currency
            bad(f"{p}_nocur", t, currency=None),                                   # not_null currency
        ]
    facts += [
        bad("exp_noexp", "fct_exports", exporter=None), bad("exp_nodest", "fct_exports", destination=None),
        bad("rev_noco", "fct_revenues", company=None), bad("rev_nomet", "fct_revenues", metric=None),
        bad("rev_met", "fct_revenues", metric="ebitda"),
        bad("sha_noco", "fct_market_shares", company=None), bad("sha_nomkt", "fct_market_shares", market=None),
        bad("sha_nobasis", "fct_market_shares", basis=None), bad("sha_basis", "fct_market_shares", basis="votes"),
        bad("sha_150", "fct_market_shares", value=150.0), bad("sha_noval", "fct_market_shares", value=None),
        bad("sha_rank", "fct_market_shares", rank=0),
        # flagged_facts: repeated / null ids, unknown document, blank reason, unknown fact table
        bad("flg_dup", "fct_exports", flag="x1"), bad("flg_dup", "fct_exports", flag="x2"),
        bad(None, "fct_exports", flag="x3"),
        bad("flg_nodoc", "fct_exports", document_id=None, flag="x4"),
        bad("flg_ghost", "fct_exports", document_id="ghost", flag="x5"),
        bad("flg_blank", "fct_exports", flag="  "),
        dict(bad("flg_table", "fct_exports", flag="x6"), fact_table="fct_other"),
        dict(bad("flg_notable", "fct_exports", flag="x7"), fact_table=None),
    ]
    # quarantined_documents: a repeated source, nulls, a blank reason
    seen = dt.datetime(2026, 1, 2)
    quarantine += [dict(quarantine[0], reason="binary file"),
                   {"source_uri": None, "file_name": "x", "reason": "r", "file_sha256": None, "seen_at": seen},
                   {"source_uri": "/q/a", "file_name": None, "reason": None, "file_sha256": None, "seen_at": None},
                   {"source_uri": "/q/b", "file_name": "b", "reason": " ", "file_sha256": None, "seen_at": seen}]


#: Rows stg_facts can never publish (it keeps facts without a period out, and the reason of a kept-out
#: fact is never null): the safety-net tests on them are violated by writing the built marts directly.
DIRECT_MART_ROWS = [
    "insert into marts.fct_exports (fact_id, document_id, exporter, destination, value, currency, qualifier, "
    "evidence, period_grain) values ('exp_noperiod', 'd1', 'KR', 'US', 1, 'USD', 'exact', '1', 'year')",
    "insert into marts.fct_revenues (fact_id, document_id, company, metric, value, currency, qualifier, "
    "evidence, period_grain) values ('rev_noperiod', 'd1', 'X', 'revenue', 1, 'USD', 'exact', '1', 'year')",
    "insert into marts.fct_market_shares (fact_id, document_id, company, market, basis, share_pct, qualifier, "
    "evidence, period_grain) values ('sha_noperiod', 'd1', 'X', 'dram', 'revenue', 1, 'exact', '1', 'year')",
    "insert into marts.fct_exports (fact_id, document_id, exporter, destination, value, currency, qualifier, "
    "evidence, period_start, period_end) values ('exp_nograin', 'd1', 'KR', 'US', 1, 'USD', 'exact', '1', "
    "date '2024-01-01', date '2024-12-31')",
    "insert into marts.fct_revenues (fact_id, document_id, company, metric, value, currency, qualifier, "
    "evidence, period_start, period_end) values ('rev_nograin', 'd1', 'X', 'revenue', 1, 'USD', 'exact', '1', "
    "date '2024-01-01', date '2024-12-31')",
    "insert into marts.fct_market_shares (fact_id, document_id, company, market, basis, share_pct, qualifier, "
    "evidence, period_start, period_end) values ('sha_nograin', 'd1', 'X', 'dram', 'revenue', 1, 'exact', '1', "
    "date '2024-01-01', date '2024-12-31')",
    "insert into marts.flagged_facts (fact_id, document_id, fact_table, reason) values ('flg_noreason', 'd1', "
    "'fct_exports', null)",
]


@pytest.fixture(scope="module")
def dbt_runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dbt_quality")
    # One database path for both fixtures: the same --vars, so dbt parses the project only once.
    clean_db = bad_db = tmp / "build.duckdb"
    data = good_data()
    with duckdb.connect(str(clean_db)) as con:
        write_raw(con, data, nullable=True)
    clean = dbt(tmp, clean_db, "build")

    bad_data = copy.deepcopy(data)
    violate(bad_data)
    clean_db.unlink()
    with duckdb.connect(str(bad_db)) as con:
        write_raw(con, bad_data, nullable=True)
    built = dbt(tmp, bad_db, "run")
    assert {r["status"] for r in built.values()} == {"success"}, built
    with duckdb.connect(str(bad_db)) as con:
        for sql in DIRECT_MART_ROWS:
            con.execute(sql)
    bad = dbt(tmp, bad_db, "test")
    return clean, bad


def test_clean_fixture_builds_and_passes_every_test(dbt_runs):
    clean, _ = dbt_runs
    assert {uid.split(".")[0] for uid in clean} >= {"model", "test", "unit_test"}
    not_ok = {uid: r["status"] for uid, r in clean.items() if r["status"] not in ("success", "pass")}
    assert not_ok == {}
    assert len(data_tests(clean)) > 80


def test_every_data_test_fails_on_its_violation(dbt_runs):
    clean, bad = dbt_runs
    tests = data_tests(bad)
    assert set(tests) == set(data_tests(clean))  # the same tests ran on both fixtures
    expected = {uid: "warn" if r["node"].get("test_metadata", {}).get("name") in WARN_TESTS else "fail"
                for uid, r in tests.items()}
    got = {uid: r["status"] for uid, r in tests.items()}
    assert got == expected
    assert all(r["failures"] >= 1 for r in tests.values())


def test_unit_tests_pass_whatever_the_data(dbt_runs):
    _, bad = dbt_runs
    units = {uid: r["status"] for uid, r in bad.items() if uid.startswith("unit_test.")}
    assert set(units) >= {
        "unit_test.newsfacts.stg_facts.stg_facts_keeps_out_flagged_facts_and_unresolved_periods",
        "unit_test.newsfacts.fct_exports.fct_exports_publishes_only_good_export_facts",
        "unit_test.newsfacts.fct_market_shares.fct_market_shares_publishes_only_good_share_facts",
        "unit_test.newsfacts.flagged_facts.flagged_facts_lists_every_kept_out_fact_with_its_reason",
    }
    assert set(units.values()) == {"pass"}


def test_every_mart_has_the_four_kinds_of_test_and_a_generic_one_of_ours(dbt_runs):
    clean, _ = dbt_runs
    kinds: dict[str, set[str]] = {}
    for r in data_tests(clean).values():
        node = r["node"]
        model = node["attached_node"].split(".")[-1] if node.get("attached_node") else None
        kinds.setdefault(model, set()).add(node.get("test_metadata", {}).get("name"))
    ours = {"iso_4217_currency", "within_range", "finite_nonzero", "not_after", "not_blank", "not_in_relation",
            "group_sum_at_most"}
    for mart in ("dim_documents", "fct_exports", "fct_revenues", "fct_market_shares", "flagged_facts",
                 "quarantined_documents"):
        assert {"unique", "not_null"} <= kinds[mart], mart
        assert kinds[mart] & ours or mart == "dim_documents", mart
    for mart in ("fct_exports", "fct_revenues", "fct_market_shares", "flagged_facts"):
        assert {"accepted_values", "relationships"} <= kinds[mart], mart
    assert ours <= set().union(*kinds.values())


def test_dbt_currency_list_is_pycountrys_iso_4217_list():
    macro = (DBT_DIR / "macros" / "iso_4217_codes.sql").read_text()
    codes = set(re.findall(r'"([A-Z]{3})"', macro))
    assert codes == {c.alpha_3 for c in pycountry.currencies} - {"XTS", "XXX"}
