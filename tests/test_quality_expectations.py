"""Every GX expectation of expectations/*.json catches its failure mode: real GX validation of the
frames newsfacts.quality.frames reads from a real (in-memory) DuckDB build database.

One good dataset passes every suite; for each expectation a small change of it (one offending row)
makes exactly that expectation fail, with ERROR when it is blocking and WARN otherwise, the
offending row in the sample, and every other expectation of the suite still passing. Blocking in a
real run (downstream skipped, published warehouse byte-identical) is shown by test_quality_gates.py.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import math

import pandas as pd
import pycountry
import pytest

from quality_helpers import build_db, good_data, marts_of
from newsfacts.consistency import flag_inconsistent
from newsfacts.quality import EXPECTATIONS_DIR, FRAMES, SuiteError, load_frame, load_suite, load_suites, validate
from newsfacts.quality.suites import parse_suite

D = dt.date
TODAY = D(2026, 1, 15)
SUITES = {s.name: s for s in load_suites()}

def run_suite(suite_name: str, data: dict, marts: dict | None = None):
    suite = SUITES[suite_name]
    with build_db(data, marts if marts is not None else marts_of(data)) as con:
        frame = load_frame(con, suite.frame, today=TODAY)
    return {o.check_name: o for o in validate(suite, frame)}


# --------------------------------------------------------------------------- one violation per expectation

def _doc(data, i=0):
    return data["documents"][i]


def _fact(data, fact_id):
    return next(f for f in data["facts"] if f["fact_id"] == fact_id)


def _mart_row(marts, table, i=0):
    return marts[table][i]


def v_text_empty(data, marts):
    _doc(data)["text"] = "   \n  "
    return "d1"


def v_text_undecodable(data, marts):
    _doc(data)["text"] = "Exports \ufffd\ufffd rose \ufffd to \ufffd\ufffd\ufffd billion." * 3
    return "d1"


def v_document_id_twice(data, marts):
    data["documents"].append(dict(_doc(data), source_uri="/landing/other.txt", file_name="other.txt"))
    return "d1"


def v_source_uri_twice(data, marts):
    data["documents"].append(dict(_doc(data, 1), document_id="d9"))
    return "d9"


def v_future_article(data, marts):
    _doc(data, 1)["published_on"] = TODAY + dt.timedelta(days=30)
    return "d2"


def v_fact_id_twice(data, marts):
    data["facts"].append(dict(_fact(data, "f3")))
    return "f3"


def v_money_zero(data, marts):
    f = _fact(data, "f3")
    f["value"], f["evidence"] = 0.0, "SK hynix posted revenue of 0 won last year."
    return "f3"


def v_currency_not_iso(data, marts):
    _fact(data, "f3")["currency"] = "WON"
    return "f3"


def v_share_over_100(data, marts):
    f = _fact(data, "f4")
    f["value"], f["evidence"] = 136.0, "SK hynix led the DRAM market with a 136% share."
    return "f4"


def v_period_inverted(data, marts):
    f = _fact(data, "f3")
    f["period_start"], f["period_end"] = D(2024, 12, 31), D(2024, 1, 1)
    return "f3"


def v_period_after_article(data, marts):
    f = _fact(data, "f4")  # article of 2025-05-02, a third quarter that has not begun
    f["period_start"], f["period_end"] = D(2025, 7, 1), D(2025, 9, 30)
    return "f4"


def v_evidence_blank(data, marts):
    _fact(data, "f3")["evidence"] = "  "
    return "f3"


def v_evidence_without_value(data, marts):
    _fact(data, "f4")["value"] = 38.0  # the evidence says 36%
    return "f4"


def v_change_inconsistent(data, marts):
    _fact(data, "f1")["change_pct"] = 250.0  # 1.83e9 vs 661e6 is +176.9%
    return "f1"


def _small(table):  # an added market share small enough to keep the market's total under 100%
    return {"share_pct": 1.0} if table == "fct_market_shares" else {}


def v_mart_fact_id_twice(table):
    def violate(data, marts):
        marts[table].append(dict(_mart_row(marts, table), **_small(table)))
        return marts[table][0]["fact_id"]
    return violate


def v_mart_orphan_document(table):
    def violate(data, marts):
        marts[table].append(dict(_mart_row(marts, table), fact_id="orphan", document_id="ghost", **_small(table)))
        return "orphan"
    return violate


def v_mart_flagged_fact(table):
    def violate(data, marts):
        marts[table].append(dict(_mart_row(marts, table), fact_id="f6", **_small(table)))  # flagged in raw.facts
        return "f6"
    return violate


def v_usd_mismatch(table):
    def violate(data, marts):
        row = _mart_row(marts, table)
        row["currency"], row["value_usd"] = "USD", row["value"] * 1.3
        return row["fact_id"]
    return violate


def v_shares_over_100(data, marts):
    marts["fct_market_shares"].append(dict(_mart_row(marts, "fct_market_shares"), fact_id="f7", company="Micron",
                                           share_pct=40.0, evidence="Micron had 40%."))
    return "f7"


def v_dim_document_twice(data, marts):
    marts["dim_documents"].append(dict(marts["dim_documents"][0], source_uri="/landing/x.txt"))
    return "d1"


def v_dim_source_twice(data, marts):
    marts["dim_documents"].append(dict(marts["dim_documents"][0], document_id="d9"))
    return "d9"


def v_flagged_without_reason(data, marts):
    marts["flagged_facts"][0]["reason"] = " "
    return "f6"


def v_flagged_orphan(data, marts):
    marts["flagged_facts"][0]["document_id"] = "ghost"
    return "f6"


def v_quarantine_without_reason(data, marts):
    marts["quarantined_documents"][0]["reason"] = ""
    return "/landing/empty.txt"


def v_quarantine_twice(data, marts):
    marts["quarantined_documents"].append(dict(marts["quarantined_documents"][0], reason="binary file"))
    return "/landing/empty.txt"


def v_quarantined_but_published(data, marts):
    marts["quarantined_documents"].append({"source_uri": "/landing/cathode.txt", "file_name": "cathode.txt",
                                           "reason": "empty file (0 bytes)", "seen_at": dt.datetime(2026, 1, 2)})
    return "/landing/cathode.txt"


VIOLATIONS = {
    ("raw_documents", "gx_document_text_not_empty"): v_text_empty,
    ("raw_documents", "gx_document_text_decodable"): v_text_undecodable,
    ("raw_documents", "gx_document_id_unique"): v_document_id_twice,
    ("raw_documents", "gx_source_uri_unique"): v_source_uri_twice,
    ("raw_documents", "gx_published_on_not_in_future"): v_future_article,
    ("raw_facts", "gx_fact_id_unique"): v_fact_id_twice,
    ("raw_facts", "gx_money_value_finite_nonzero"): v_money_zero,
    ("raw_facts", "gx_currency_iso_4217"): v_currency_not_iso,
    ("raw_facts", "gx_share_pct_within_0_100"): v_share_over_100,
    ("raw_facts", "gx_period_start_not_after_end"): v_period_inverted,
    ("raw_facts", "gx_period_not_after_article"): v_period_after_article,
    ("raw_facts", "gx_evidence_present"): v_evidence_blank,
    ("raw_facts", "gx_evidence_mentions_value"): v_evidence_without_value,
    ("raw_facts", "gx_change_consistent_with_prior"): v_change_inconsistent,
    ("dim_documents", "gx_document_id_unique"): v_dim_document_twice,
    ("dim_documents", "gx_source_uri_unique"): v_dim_source_twice,
    **{(t, "gx_fact_id_unique"): v_mart_fact_id_twice(t) for t in ("fct_exports", "fct_revenues", "fct_market_shares")},
    **{(t, "gx_document_id_in_dim_documents"): v_mart_orphan_document(t)
       for t in ("fct_exports", "fct_revenues", "fct_market_shares")},
    **{(t, "gx_no_flagged_fact"): v_mart_flagged_fact(t) for t in ("fct_exports", "fct_revenues", "fct_market_shares")},
    **{(t, "gx_value_usd_equals_value_for_usd"): v_usd_mismatch(t) for t in ("fct_exports", "fct_revenues")},
    ("fct_market_shares", "gx_market_shares_sum_at_most_100"): v_shares_over_100,
    ("flagged_facts", "gx_reason_present"): v_flagged_without_reason,
    ("flagged_facts", "gx_document_id_in_dim_documents"): v_flagged_orphan,
    ("quarantined_documents", "gx_reason_present"): v_quarantine_without_reason,
    ("quarantined_documents", "gx_source_uri_unique"): v_quarantine_twice,
    ("quarantined_documents", "gx_quarantined_file_not_published"): v_quarantined_but_published,
}


def test_every_expectation_has_a_violating_fixture():
    declared = {(s.name, e.check_name) for s in SUITES.values() for e in s.expectations}
    assert declared == set(VIOLATIONS)


@pytest.mark.parametrize("suite_name", sorted(SUITES))
def test_the_good_dataset_passes_every_expectation(suite_name):
    outcomes = run_suite(suite_name, good_data())
    assert outcomes and all(o.passed for o in outcomes.values()), \
        [o.summary() for o in outcomes.values() if not o.passed]
    assert set(outcomes) == {e.check_name for e in SUITES[suite_name].expectations}


@pytest.mark.parametrize(("suite_name", "check_name"), sorted(VIOLATIONS), ids=lambda x: x)
def test_a_violation_fails_its_expectation_and_only_it(suite_name, check_name):
    data = good_data()
    marts = marts_of(data)
    raw_suite = SUITES[suite_name].asset in ("raw_documents", "raw_facts")
    offender = VIOLATIONS[(suite_name, check_name)](data, marts)
    outcomes = run_suite(suite_name, data, marts_of(data) if raw_suite else marts)
    spec = SUITES[suite_name].expectation(check_name)
    got = outcomes[check_name]
    assert not got.passed and got.error is None, got.summary()
    assert got.severity == ("ERROR" if spec.blocking else "WARN")
    assert got.blocks == spec.blocking
    assert got.unexpected_count >= 1
    id_column = SUITES[suite_name].id_columns[0]
    assert offender in {row[id_column] for row in got.sample}, got.sample
    others = [o.summary() for name, o in outcomes.items() if name != check_name and not o.passed]
    assert others == []


def test_forecasts_may_be_about_a_later_period():
    data = good_data()
    v_period_after_article(data, None)
    _fact(data, "f4")["qualifier"] = "forecast"
    assert run_suite("raw_facts", data)["gx_period_not_after_article"].passed


def test_an_undated_article_does_not_fail_the_period_check():
    data = good_data()
    _doc(data, 1)["published_on"] = None
    outcomes = run_suite("raw_facts", data)
    assert outcomes["gx_period_not_after_article"].passed


def test_non_finite_money_values_fail():
    for bad in (math.nan, math.inf, -math.inf):
        data = good_data()
        _fact(data, "f3")["value"] = bad
        got = run_suite("raw_facts", data)["gx_money_value_finite_nonzero"]
        assert not got.passed and got.blocks, bad


def test_a_share_that_is_nan_fails():
    data = good_data()
    _fact(data, "f4")["value"] = math.nan
    assert not run_suite("raw_facts", data)["gx_share_pct_within_0_100"].passed


def test_stated_groups_do_not_count_in_the_share_total():
    data = good_data()
    marts = marts_of(data)
    marts["fct_market_shares"].append(dict(marts["fct_market_shares"][0], fact_id="g",
                                           company="Korean chipmakers (combined)", share_pct=70.0))
    assert run_suite("fct_market_shares", data, marts)["gx_market_shares_sum_at_most_100"].passed


def test_within_the_mostly_tolerance_a_blocking_expectation_only_warns():
    """gx_period_not_after_article tolerates 1% of facts: one bad fact among 150 is a warning, 3 block."""
    suite = SUITES["raw_facts"]
    n = 150
    frame = pd.DataFrame({
        "fact_id": [f"f{i}" for i in range(n)],
        "article_date_unless_forecast": pd.to_datetime(["2025-05-02"] * n),
        "period_start": pd.to_datetime(["2025-01-01"] * n),
    })
    frame.loc[0, "period_start"] = pd.Timestamp("2025-10-01")
    [warned] = validate(suite, frame, only=["gx_period_not_after_article"])
    assert (warned.passed, warned.severity, warned.gx_success, warned.unexpected_count) == (False, "WARN", True, 1)
    assert not warned.blocks and warned.sample[0]["fact_id"] == "f0"
    frame.loc[1:2, "period_start"] = pd.Timestamp("2025-10-01")
    [blocked] = validate(suite, frame, only=["gx_period_not_after_article"])
    assert (blocked.passed, blocked.severity, blocked.blocks) == (False, "ERROR", True)


def test_a_missing_column_fails_the_expectation_with_the_error():
    suite = SUITES["raw_facts"]
    [got] = validate(suite, pd.DataFrame({"fact_id": ["a"]}), only=["gx_evidence_mentions_value"])
    assert not got.passed and got.blocks and "evidence_mentions_value" in got.error


def test_the_consistency_column_is_newsfacts_consistency():
    """The frame's consistency_problem is what flag_inconsistent says of the document's facts."""
    data = good_data()
    v_change_inconsistent(data, None)
    with build_db(data, marts_of(data)) as con:
        frame = load_frame(con, "raw_facts", today=TODAY)
    problems = dict(zip(frame["fact_id"], frame["consistency_problem"]))
    assert problems["f1"] and problems["f1"] == problems["f2"]
    assert problems["f1"].startswith("value, change and prior-year value do not add up")
    assert problems["f3"] is None and problems["f4"] is None
    assert flag_inconsistent([])== []


# --------------------------------------------------------------------------- the suite files

def test_suites_are_gx_suites_with_a_severity_and_description_per_expectation():
    import great_expectations as gx

    names = {p.stem for p in EXPECTATIONS_DIR.glob("*.json")}
    assert names == {"raw_documents", "raw_facts", "dim_documents", "fct_exports", "fct_revenues",
                     "fct_market_shares", "flagged_facts", "quarantined_documents"}
    for suite in SUITES.values():
        raw = json.loads(suite.path.read_text())
        gx_suite = gx.ExpectationSuite(**raw)  # the file as it is, no translation
        assert len(gx_suite.expectations) == len(suite.expectations)
        assert suite.frame in FRAMES
        for e in raw["expectations"]:
            assert e["meta"]["severity"] in ("blocking", "warn")
            assert len(e["meta"]["description"]) > 30


def test_currency_value_set_is_pycountrys_iso_4217_list():
    codes = set(SUITES["raw_facts"].expectation("gx_currency_iso_4217").kwargs["value_set"])
    assert codes == {c.alpha_3 for c in pycountry.currencies} - {"XTS", "XXX"}
    assert {"USD", "KRW", "TWD", "EUR", "JPY", "CNY"} <= codes


def test_a_malformed_suite_is_refused(tmp_path):
    good = json.loads((EXPECTATIONS_DIR / "raw_facts.json").read_text())
    for mutate, words in [
        (lambda s: s["expectations"][0]["meta"].pop("severity"), "severity"),
        (lambda s: s["expectations"][0]["meta"].update(description=""), "description"),
        (lambda s: s["expectations"][1]["meta"].update(check_name=s["expectations"][0]["meta"]["check_name"]),
         "used twice"),
        (lambda s: s["expectations"][0]["meta"].update(check_name="has space"), "check_name"),
        (lambda s: s["meta"].pop("asset"), "asset"),
    ]:
        bad = copy.deepcopy(good)
        mutate(bad)
        with pytest.raises(SuiteError, match=words):
            parse_suite(bad, "raw_facts.json")
    (tmp_path / "x.json").write_text("{not json")
    with pytest.raises(SuiteError, match="not valid JSON"):
        load_suite(tmp_path / "x.json")


def test_loading_the_suites_does_not_import_great_expectations():
    import subprocess
    import sys

    code = ("import sys; from newsfacts.quality import load_suites, validate; load_suites(); "
            "print('great_expectations' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
