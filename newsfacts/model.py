"""The plain data records passed between reading, extraction and loading.

Kept free of any Dagster or DuckDB import so the extraction package can be
used and tested on its own.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

FACT_TABLES = ("fct_exports", "fct_revenues", "fct_market_shares")
GRAINS = ("day", "month", "quarter", "half", "year", "range")
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "forecast", "estimate")
METRICS = ("revenue", "operating_profit", "net_profit")
BASES = ("revenue", "shipments", "capacity", "installations", "unknown")


class DocumentError(Exception):
    """A document that cannot be used; ``reason`` is shown to the user and stored in quarantine."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    grain: str  # one of GRAINS

    def label(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


@dataclass
class Article:
    """One article of a document; a plain news story is a single article."""

    index: int
    title: str | None
    text: str


@dataclass
class Document:
    """A read, decoded, cleaned document ready for extraction."""

    source_uri: str
    text: str  # cleaned full text (mojibake repaired, furniture stripped)
    title: str | None = None
    published_on: dt.date | None = None
    date_source: str | None = None  # how the date was found ('date line', 'post date', 'file name', ...)
    encoding: str | None = None
    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Fact:
    """One stated fact, in the shape of a row of one of the fact tables.

    ``value`` is the money amount for exports/revenues and the share in
    percent for market shares. ``flag`` is set (with a reason) for facts that
    must not reach the marts: unresolvable period, inconsistent table row, ...
    """

    table: str  # one of FACT_TABLES
    value: float
    period: Period | None
    evidence: str
    currency: str | None = None
    change_pct: float | None = None
    qualifier: str = "exact"
    source_org: str | None = None
    # fct_exports
    exporter: str | None = None
    destination: str | None = None
    product: str | None = None
    # fct_revenues
    company: str | None = None
    metric: str | None = None
    # fct_market_shares
    market: str | None = None
    basis: str | None = None
    rank: int | None = None
    change_pp: float | None = None
    # provenance
    article_index: int = 0
    article_title: str | None = None
    flag: str | None = None
    comparison: bool = False  # a stated comparison value ("up from X a year earlier"), for its own period

    def key(self) -> tuple:
        """What makes two rows 'the same statement' within one document."""
        p = self.period.label() if self.period else None
        return (self.table, self.exporter, self.destination, self.product, self.company,
                self.metric, self.market, p, round(self.value, 6), self.currency)
