"""Cross-fact consistency (newsfacts.consistency) and the evidence/value matcher (newsfacts.quality.evidence)."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from newsfacts.consistency import change_agrees, flag_inconsistent, implied_change_pct, prior_period
from newsfacts.model import Fact, Period
from newsfacts.quality.evidence import evidence_mentions_value

D = dt.date
CATHODE = ("the value of cathode materials exported to the U.S. from January to July reached $1.83 billion, "
           "a significant increase of 177.8% compared to $661 million in the previous year.")


def export(value, start, end, evidence=CATHODE, change=None, **kw):
    return Fact("fct_exports", value, Period(start, end, kw.pop("grain", "range")), evidence, currency="USD",
                change_pct=change, exporter="KR", destination="US", product="cathode materials", **kw)


def revenue(value, year, evidence, change=None, **kw):
    return Fact("fct_revenues", value, Period(D(year, 1, 1), D(year, 12, 31), "year"), evidence,
                currency=kw.pop("currency", "KRW"), change_pct=change, company=kw.pop("company", "SK hynix"),
                metric=kw.pop("metric", "revenue"), **kw)


# --------------------------------------------------------------------------- flag_inconsistent

def test_a_consistent_value_change_and_prior_are_kept():
    facts = [export(1.83e9, D(2023, 1, 1), D(2023, 7, 31), change=177.8),  # 1830/661 = +176.9%
             export(661e6, D(2022, 1, 1), D(2022, 7, 31))]
    assert [f.flag for f in flag_inconsistent(facts)] == [None, None]


def test_an_inconsistent_triple_flags_both_facts_with_the_reason():
    current = export(1.83e9, D(2023, 1, 1), D(2023, 7, 31), change=250.0)
    prior = export(661e6, D(2022, 1, 1), D(2022, 7, 31))
    other = revenue(66.19e12, 2024, "SK hynix posted revenue of 66.19 trillion won.")
    out = flag_inconsistent([current, prior, other])
    assert out[0].flag == out[1].flag
    assert out[0].flag.startswith("value, change and prior-year value do not add up")
    assert "+176.9%" in out[0].flag and "+250.0%" in out[0].flag
    assert out[2].flag is None
    assert current.flag is None  # the input facts are not modified


def test_tolerance_is_max_of_one_point_and_three_percent_of_the_change():
    assert change_agrees(110.0, 100.0, 10.9) is True       # 10% vs 10.9: within 1 pp
    assert change_agrees(110.0, 100.0, 11.1) is False      # 1.1 pp off
    assert change_agrees(300.0, 100.0, 205.0) is True      # 200% vs 205: within 3% of 205 (6.15 pp)
    assert change_agrees(300.0, 100.0, 210.0) is False     # 10 pp off
    assert change_agrees(90.0, 100.0, -10.0) is True       # a fall
    assert change_agrees(-5.0, 100.0, -105.0) is None      # a loss: a percentage change means nothing
    assert implied_change_pct(2.0, 1.0) == pytest.approx(100.0)


def test_the_prior_must_be_in_the_same_sentence_and_the_period_a_year_earlier():
    current = revenue(30.8e9, 2022, "Hanmi posted revenue of 30.8 billion won, up 30.9% from a year ago.", change=30.9,
                      company="Hanmi Semiconductor")
    table_prior = revenue(24e9, 2021, "Table row: Revenue 31 24 29.2", company="Hanmi Semiconductor")  # rounded
    two_years = revenue(10e9, 2020, current.evidence, company="Hanmi Semiconductor")
    assert [f.flag for f in flag_inconsistent([current, table_prior, two_years])] == [None, None, None]


def test_subjects_must_match():
    current = revenue(100.0, 2024, "SK hynix revenue rose 50% to 100, while Samsung's was 10 a year earlier.",
                      change=50.0)
    samsung_prior = revenue(10.0, 2023, current.evidence, company="Samsung Electronics")
    other_metric = revenue(10.0, 2023, current.evidence, metric="operating_profit")
    other_currency = revenue(10.0, 2023, current.evidence, currency="USD")
    out = flag_inconsistent([current, samsung_prior, other_metric, other_currency])
    assert all(f.flag is None for f in out)


def test_flagged_and_unresolved_facts_are_left_alone():
    current = export(1.83e9, D(2023, 1, 1), D(2023, 7, 31), change=250.0, flag="table row does not add up")
    prior = export(661e6, D(2022, 1, 1), D(2022, 7, 31))
    undated = Fact("fct_exports", 9e6, None, "around $9 million", currency="USD", change_pct=5.0)
    out = flag_inconsistent([current, prior, undated])
    assert [f.flag for f in out] == ["table row does not add up", None, None]


def test_prior_period_keeps_month_ends():
    assert prior_period(Period(D(2024, 2, 1), D(2024, 2, 29), "month")) == (D(2023, 2, 1), D(2023, 2, 28))
    assert prior_period(Period(D(2023, 1, 1), D(2023, 7, 31), "range")) == (D(2022, 1, 1), D(2022, 7, 31))
    assert prior_period(Period(D(2025, 1, 1), D(2025, 3, 31), "quarter")) == (D(2024, 1, 1), D(2024, 3, 31))
    assert prior_period(Period(D(2023, 3, 5), D(2023, 3, 5), "day")) == (D(2022, 3, 5), D(2022, 3, 5))


def test_a_february_prior_matches_a_leap_year_february():
    current = export(120.0, D(2024, 2, 1), D(2024, 2, 29), evidence="Feb exports rose 20% to 120 from 100.",
                     change=20.0, grain="month")
    prior = export(100.0, D(2023, 2, 1), D(2023, 2, 28), evidence=current.evidence, grain="month")
    assert [f.flag for f in flag_inconsistent([current, prior])] == [None, None]
    misread = export(150.0, D(2024, 2, 1), D(2024, 2, 29), evidence=current.evidence, change=20.0, grain="month")
    assert all(f.flag for f in flag_inconsistent([misread, prior]))


def test_real_extractor_output_on_the_samples_and_corpus_is_mostly_consistent():
    """On the hand-written corpus the rule flags nothing the extractor got right (a few known extractor errors)."""
    from pathlib import Path

    from newsfacts.extract import extract_document
    from newsfacts.reading import read_document

    root = Path(__file__).resolve().parent
    files = sorted((root.parent / "data" / "samples").iterdir()) + sorted((root / "corpus" / "docs").iterdir())
    n_facts = n_flagged = 0
    for path in files:
        try:
            facts = extract_document(read_document(path))
        except Exception:
            continue
        out = flag_inconsistent(facts)
        n_facts += len(out)
        n_flagged += sum(1 for a, b in zip(facts, out) if b.flag and not a.flag)
    assert n_facts > 300
    assert n_flagged <= 0.02 * n_facts


# --------------------------------------------------------------------------- evidence_mentions_value

@pytest.mark.parametrize(("evidence", "value"), [
    ("reached $1.83 billion", 1.83e9),
    ("Samsung | 76,692 | 5.1", 76692e6),                          # a table in millions
    ("SK hynix posted revenue of 66.19 trillion won", 66.19e12),
    ("Apple | 20,51 | 90,75", 20.51),                             # decimal comma
    ("a 36% share", 36.0),
    ("36 percent", 36.0),
    ("매출 6조 6190억원", 6.619e12),                                # Korean composite amount
    ("revenue of 14 trillion 710 billion won", 14.71e12),         # English composite amount
    ("came in at nine-point-35 billion dollars", 9.35e9),         # broadcast transcript
    ("an operating profit of five-point-four-seven trillion won", 5.47e12),
    ("an operating loss of 2.88 trillion won", -2.88e12),         # sign given by words
    ("1 234 567 euros", 1234567.0),
    ("KRW 1,234.5 billion", 1.2345e12),
])
def test_evidence_mentions_value_is_lenient_on_format(evidence, value):
    assert evidence_mentions_value(evidence, value) is True


@pytest.mark.parametrize(("evidence", "value"), [
    ("reached $1.8 billion", 1.83e9),          # other digits
    ("exports rose sharply", 5e9),             # no number at all
    ("a 36% share", 63.0),
    ("revenue of 1.83 billion", 1.84e9),
    ("x", 5e9),
])
def test_evidence_mentions_value_is_strict_on_absence(evidence, value):
    assert evidence_mentions_value(evidence, value) is False


def test_evidence_mentions_value_unknowns():
    assert evidence_mentions_value(None, 1.0) is None
    assert evidence_mentions_value("1", None) is None
    assert evidence_mentions_value("1", math.nan) is None
    assert evidence_mentions_value("inf", math.inf) is False
