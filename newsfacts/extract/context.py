"""What an article has in focus as it is read sentence by sentence.

News refers back constantly: "the company", "the same period", "shipments"
after a paragraph about cathode exports to the U.S. The context carries the
last company, period, market, product, destination and source organisation
forward within one article (never across articles of a newsletter).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsfacts.model import Period


@dataclass
class ArticleContext:
    doc_date: dt.date | None
    article_index: int = 0
    article_title: str | None = None
    focus_company: str | None = None
    period: Period | None = None
    period_age: int = 99  # sentences since ``period`` was stated
    year_hint: int | None = None  # undated documents: the year the headline states
    title_period: Period | None = None  # the period the headline states, the story's own period
    lede_period: Period | None = None  # the period of the article's first fact: the story's, when the title has none
    last_period: Period | None = None  # the period of the last fact stated, in focus or not ('for the period')
    bracket_prior: bool = False  # a list's key said bracketed figures are a year earlier ('share a year earlier in brackets')
    product: str | None = None
    destination: str | None = None
    exporter: str | None = None  # an exporter other than Korea stated earlier ("Malaysia's exports to ...")
    issuer: str | None = None  # the company a release or deck is from (named in its first lines): "we", "our"
    preliminary: bool = False  # the article reports a company's preliminary (guidance) results
    fiscal_end_month: int | None = None  # the article stated a fiscal year ending in this month ('year ended March 2024')
    market: str | None = None
    basis: str | None = None
    source_org: str | None = None
    export_topic: bool = False
    topic_product: str | None = None  # product of the story's first export figure (None: total exports)
    export_facts_seen: bool = False
    since_share: int = 99  # sentences since the last market-share fact
    share_period: Period | None = None  # period of the last market-share fact
    last_share: object | None = None  # the last market-share Fact, for "That is down from X% a year earlier"
    prev_money: object | None = None  # the previous sentence's first money Fact, for "In 2022, they had reached $9.98 billion"
    profit_metric: str | None = None  # last explicit profit metric, for a bare "profit"/"loss"
