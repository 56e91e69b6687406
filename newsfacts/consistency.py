"""Cross-fact consistency of prose statements: a value, its stated change and the prior value.

"Exports reached $1.83 billion, up 177.8% from $661 million a year earlier" states three numbers
that must agree: 1.83e9 / 661e6 - 1 = +176.9 %, close enough to the stated +177.8 %. When they do
not (a misread scale, a change that belongs to another figure, a prior value of another period),
both facts get a ``flag`` with the reason: they are kept out of the fact marts and shown in
marts.flagged_facts. Ranking tables are checked by the extractor itself ("table row does not add up").

Plain Python, no I/O: ``flag_inconsistent(facts)`` takes the facts of one document.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import replace

from newsfacts.model import Fact, Period

__all__ = ["flag_inconsistent", "change_agrees", "prior_period", "implied_change_pct",
           "ABS_TOLERANCE_PP", "REL_TOLERANCE"]

#: A stated change agrees with the values when it is within max(ABS_TOLERANCE_PP, REL_TOLERANCE * |change|)
#: percentage points of the change they imply (stated values are rounded: "$1.83 billion", "$661 million").
ABS_TOLERANCE_PP = 1.0
REL_TOLERANCE = 0.03

_MONEY_TABLES = ("fct_exports", "fct_revenues")


def _minus_one_year(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


def prior_period(period: Period) -> tuple[dt.date, dt.date]:
    """Bounds of the same period one year earlier (month ends stay month ends: Feb 2024 -> Feb 2023)."""
    start = _minus_one_year(period.start)
    end = _minus_one_year(period.end)
    if (period.end + dt.timedelta(days=1)).day == 1:  # a month end stays a month end
        end = (end.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return start, end


def implied_change_pct(value: float, prior: float) -> float | None:
    """The year-on-year change in percent two values imply; None when it is not meaningful."""
    if not (math.isfinite(value) and math.isfinite(prior)) or value <= 0 or prior <= 0:
        return None  # losses, turnarounds: a percentage change means nothing here
    return (value / prior - 1.0) * 100.0


def change_agrees(value: float, prior: float, change_pct: float) -> bool | None:
    """Whether a stated change matches the values; None when it cannot be judged."""
    implied = implied_change_pct(value, prior)
    if implied is None or change_pct is None or not math.isfinite(change_pct):
        return None
    return abs(implied - change_pct) <= max(ABS_TOLERANCE_PP, REL_TOLERANCE * abs(change_pct))


def _subject(f: Fact) -> tuple:
    return (f.table, f.exporter, f.destination, f.product, f.company, f.metric, f.currency, f.article_index)


def _fmt(v: float) -> str:
    return f"{v:,.6g}"


def flag_inconsistent(facts: Iterable[Fact]) -> list[Fact]:
    """The facts, with ``flag`` set on every value/change/prior triple that does not add up.

    For each unflagged money fact with a stated ``change_pct`` and a resolved period, the prior value
    is an unflagged fact of the same subject (table, exporter, destination, product, company,
    metric, currency, article) for the same period one year earlier — from the same evidence
    sentence when there is one, else the only such fact of the article. Facts without a prior
    value, already flagged facts and market shares are returned unchanged. Order is kept.
    """
    facts = list(facts)
    by_subject: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.flag is None and f.period is not None and f.table in _MONEY_TABLES:
            by_subject.setdefault(_subject(f), []).append(f)
    reasons: dict[int, str] = {}
    for f in facts:
        if f.flag is not None or f.period is None or f.table not in _MONEY_TABLES or f.change_pct is None:
            continue
        start, end = prior_period(f.period)
        priors = [p for p in by_subject.get(_subject(f), [])
                  if p is not f and p.period.start == start and p.period.end == end]
        same_sentence = [p for p in priors if p.evidence == f.evidence]
        candidates = same_sentence
        if not candidates:
            continue
        prior = candidates[0]
        if change_agrees(f.value, prior.value, f.change_pct) is not False:
            continue
        implied = implied_change_pct(f.value, prior.value)
        why = (f"value, change and prior-year value do not add up: {_fmt(f.value)} {f.currency} "
               f"({f.period.label()}) vs {_fmt(prior.value)} a year earlier is {implied:+.1f}%, "
               f"the text says {f.change_pct:+.1f}%")
        reasons.setdefault(id(f), why)
        reasons.setdefault(id(prior), why)
    return [replace(f, flag=reasons[id(f)]) if id(f) in reasons else f for f in facts]
