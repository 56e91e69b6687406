"""Periods resolved against the article's date."""
import datetime as dt

import pytest

from newsfacts.grammar.periods import find_periods, shift_period, quarter_period

D25 = dt.date(2025, 5, 2)
D23 = dt.date(2023, 8, 7)


def first(text, doc_date):
    ms = [m for m in find_periods(text, doc_date) if m.period is not None]
    return ms[0].period if ms else None


@pytest.mark.parametrize("text,doc_date,start,end,grain", [
    ("revenue in the first quarter of this year", D25, "2025-01-01", "2025-03-31", "quarter"),
    ("in the second quarter of last year", D25, "2024-04-01", "2024-06-30", "quarter"),
    ("from January to July", D23, "2023-01-01", "2023-07-31", "range"),
    ("January-July", D23, "2023-01-01", "2023-07-31", "range"),
    ("in the first seven months of this year", D23, "2023-01-01", "2023-07-31", "range"),
    ("last year", D25, "2024-01-01", "2024-12-31", "year"),
    ("3Q23", D25, "2023-07-01", "2023-09-30", "quarter"),
    ("2Q22", D25, "2022-04-01", "2022-06-30", "quarter"),
    ("Q1 2024", D25, "2024-01-01", "2024-03-31", "quarter"),
    ("1H24", D25, "2024-01-01", "2024-06-30", "half"),
    ("the first half", D25, "2025-01-01", "2025-06-30", "half"),
    ("May 2021", D23, "2021-05-01", "2021-05-31", "month"),
    ("in June", D23, "2023-06-01", "2023-06-30", "month"),
    ("in November", D23, "2022-11-01", "2022-11-30", "month"),  # not yet happened this year
    ("the first 10 days of March", D25, "2025-03-01", "2025-03-10", "range"),
    ("March 1-10", D25, "2025-03-01", "2025-03-10", "range"),
    ("From January to Feb. 29", dt.date(2024, 3, 21), "2024-01-01", "2024-02-29", "range"),
    ("the fourth-quarter operating profit", dt.date(2025, 1, 30), "2024-10-01", "2024-12-31", "quarter"),
    ("fiscal 2024", D25, "2024-01-01", "2024-12-31", "year"),
    ("in May last year", D25, "2024-05-01", "2024-05-31", "month"),
    ("the January-March quarter", D25, "2025-01-01", "2025-03-31", "quarter"),
])
def test_period_forms(text, doc_date, start, end, grain):
    p = first(text, doc_date)
    assert (p.start.isoformat(), p.end.isoformat(), p.grain) == (start, end, grain)


def test_bare_month_inherits_the_year_stated_before_it():
    ms = find_periods("crossed $100 million in May 2021, $200 million in January 2022 and $326 million in March", D23)
    assert [m.period.start.isoformat() for m in ms] == ["2021-05-01", "2022-01-01", "2022-03-01"]


def test_relative_periods_are_unresolvable_without_a_date():
    (m,) = find_periods("revenue last year", None)
    assert m.period is None and m.kind == "relative"


@pytest.mark.parametrize("text,kind", [
    ("compared to the same period last year", "comparison"),
    ("a year earlier", "comparison"),
    ("in the previous quarter", "comparison"),
    ("compared with KRW953.4bn in the prior-year period", "comparison"),
    ("versus $1.2 billion in the year-ago quarter", "comparison"),
    ("from the year-earlier period", "comparison"),
    ("for the same period", "anaphor"),
    ("in the quarter", "anaphor"),
    ("the highest since June 2022", "reference"),
    ("by 2030", "reference"),
])
def test_comparison_anaphor_and_reference_kinds(text, kind):
    assert find_periods(text, D25)[0].kind == kind


def test_vague_spans_are_not_periods():
    assert all(m.period is None for m in find_periods("In early 2021, exports were small", D23))


def test_shift_period():
    q = quarter_period(2025, 1)
    assert shift_period(q, "year") == quarter_period(2024, 1)
    assert shift_period(q, "quarter") == quarter_period(2024, 4)


@pytest.mark.parametrize("text,start,end", [
    ("2024.9.1~9.10", "2024-09-01", "2024-09-10"),         # Korea Customs Service style
    ("2024.1.1~2024.9.10", "2024-01-01", "2024-09-10"),
    ("2024.01.01-09.30", "2024-01-01", "2024-09-30"),
    ("in the three months through June", "2025-04-01", "2025-06-30"),
    ("for the year through March 2025", "2024-04-01", "2025-03-31"),
])
def test_statistics_dates_and_spans_through(text, start, end):
    (p,) = [m for m in find_periods(text, dt.date(2025, 7, 8)) if m.period]
    assert (p.period.start.isoformat(), p.period.end.isoformat()) == (start, end)


def test_fiscal_year_names():
    from newsfacts.grammar.periods import fiscal_year, is_fiscal_year_mention
    (fy,) = find_periods("net profit in FY24", dt.date(2024, 11, 27))
    assert is_fiscal_year_mention(fy) and fy.period.end.year == 2024
    assert fiscal_year(2024, 3).start == dt.date(2023, 4, 1) and fiscal_year(2024, 3).end == dt.date(2024, 3, 31)
    (cal,) = find_periods("in 2024", dt.date(2024, 11, 27))
    assert not is_fiscal_year_mention(cal)


def test_cumulative_quarter_spans_and_broker_month_codes():
    from newsfacts.grammar.periods import find_periods
    d = dt.date(2025, 11, 5)
    got = {p.text: (p.period.start, p.period.end) for t in (
        "Cumulative sales for the first through third quarters reached 951.7 billion won",
        "the cumulative 9M25 loss", "1-3Q24 revenue") for p in find_periods(t, d)}
    assert got == {"the first through third quarters": (dt.date(2025, 1, 1), dt.date(2025, 9, 30)),
                   "9M25": (dt.date(2025, 1, 1), dt.date(2025, 9, 30)),
                   "1-3Q24": (dt.date(2024, 1, 1), dt.date(2024, 9, 30))}


@pytest.mark.parametrize("text,doc_date,start,end", [
    ("Cumulative exports this year through Sept. 20 totaled $441.5 billion", dt.date(2023, 9, 21), "2023-01-01", "2023-09-20"),
    ("exports so far this year through Nov. 20 rose", dt.date(2025, 11, 21), "2025-01-01", "2025-11-20"),
    ("the year through May 10", dt.date(2025, 5, 11), "2025-01-01", "2025-05-10"),
])
def test_this_year_through_a_day_runs_from_january_first(text, doc_date, start, end):
    p = first(text, doc_date)
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text,start,end", [
    ("Net income rose 31% in the September quarter", "2021-07-01", "2021-09-30"),
    ("up from 12.57 trillion won in the June quarter", "2021-04-01", "2021-06-30"),
    ("in the December quarter of 2020", "2020-10-01", "2020-12-31"),
])
def test_a_quarter_named_by_its_last_month(text, start, end):
    p = first(text, dt.date(2021, 10, 28))
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end)


def test_a_month_naming_an_item_of_figures():
    p = first("- June ICT exports up 29.1% on-year to US$ 20.17 bn", dt.date(2021, 7, 14))
    assert (p.start.isoformat(), p.end.isoformat()) == ("2021-06-01", "2021-06-30")
