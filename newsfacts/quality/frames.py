"""The DataFrames the suites are validated on, read from a build database (plain duckdb + pandas).

Each frame is one table of the build database with the columns its expectations need computed
next to the data (SQL, or Python for what SQL does not say well), so every rule stays a plain
GX column expectation:

- ``raw_documents``: raw.documents with ``text_chars``, ``undecodable_share`` and ``days_ahead``
  (published_on minus today's UTC date);
- ``raw_facts``: the facts that may be published (no flag, period resolved — what stg_facts lets
  through) with the article's date and ``money_value_finite_nonzero``, ``money_currency``,
  ``share_pct_within_0_100``, ``article_date_unless_forecast``, ``evidence_chars``,
  ``evidence_mentions_value`` and ``consistency_problem`` (newsfacts.consistency);
- one frame per mart, with ``document_known`` (document_id in dim_documents), ``kept_out_reason``
  (the fact is flagged in raw.facts or listed in marts.flagged_facts) and, for market shares,
  ``market_share_total`` (sum over the same document, market, basis and period; stated groups
  such as "Korean battery makers (combined)" are not added).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import duckdb
import pandas as pd

from newsfacts.consistency import flag_inconsistent
from newsfacts.model import Fact, Period
from newsfacts.quality.evidence import evidence_mentions_value

__all__ = ["FRAMES", "load_frame", "add_raw_fact_columns", "utc_today"]


def utc_today() -> dt.date:
    return dt.datetime.now(dt.timezone.utc).date()


_RAW_DOCUMENTS = """
select document_id, source_uri, file_name, title, published_on, date_source, encoding, n_chars,
       length(regexp_replace(coalesce(text, ''), '\\s+', '', 'g')) as text_chars,
       (length(coalesce(text, '')) - length(regexp_replace(coalesce(text, ''),
            '[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x{FFFD}]', '', 'g')))
         / greatest(length(coalesce(text, '')), 1) as undecodable_share,
       date_diff('day', $today, published_on) as days_ahead
from raw.documents
order by document_id
"""

_RAW_FACTS = """
select f.fact_id, f.document_id, d.file_name, f.fact_table, f.article_index, f.exporter, f.destination,
       f.product, f.company, f.metric, f.market, f.basis, f.period_start, f.period_end, f.period_grain,
       f.value, f.currency, f.change_pct, f.qualifier, f.evidence, d.published_on,
       case when f.fact_table <> 'fct_market_shares'
            then coalesce(isfinite(f.value) and f.value <> 0, false) end as money_value_finite_nonzero,
       case when f.fact_table <> 'fct_market_shares' then f.currency end as money_currency,
       case when f.fact_table = 'fct_market_shares'
            then coalesce(f.value between 0 and 100, false) end as share_pct_within_0_100,
       case when f.qualifier is distinct from 'forecast' then d.published_on end as article_date_unless_forecast,
       length(regexp_replace(coalesce(f.evidence, ''), '\\s+', '', 'g')) as evidence_chars
from raw.facts f
left join (select document_id, any_value(file_name) as file_name, any_value(published_on) as published_on
           from raw.documents group by 1) d using (document_id)
where f.flag is null and f.period_start is not null and f.period_end is not null
order by f.document_id, f.fact_id
"""

_FACT_MART = """
select m.*,
       m.document_id in (select document_id from marts.dim_documents) as document_known,
       coalesce(r.flag, ff.reason) as kept_out_reason
from marts.{table} m
left join (select fact_id, any_value(flag) as flag from raw.facts where flag is not null group by 1) r
  using (fact_id)
left join (select fact_id, any_value(reason) as reason from marts.flagged_facts group by 1) ff using (fact_id)
order by m.document_id, m.fact_id
"""

_MONEY_MART = """
select *,
       case when currency = 'USD' and value_usd is not null
            then abs(value_usd - value) <= 1e-9 * greatest(abs(value), 1) end as usd_value_matches
from ({inner})
"""

_SHARES_MART = """
select *,
       sum(case when company like '%(combined)%' then 0 else share_pct end)
         over (partition by document_id, market, basis, period_start, period_end) as market_share_total
from ({inner})
"""

_FRAMES_SQL: dict[str, str] = {
    "raw_documents": _RAW_DOCUMENTS,
    "raw_facts": _RAW_FACTS,
    "dim_documents": "select * from marts.dim_documents order by document_id",
    "fct_exports": _MONEY_MART.format(inner=_FACT_MART.format(table="fct_exports")),
    "fct_revenues": _MONEY_MART.format(inner=_FACT_MART.format(table="fct_revenues")),
    "fct_market_shares": _SHARES_MART.format(inner=_FACT_MART.format(table="fct_market_shares")),
    "flagged_facts": """
        select f.*, f.document_id in (select document_id from marts.dim_documents) as document_known,
               length(regexp_replace(coalesce(f.reason, ''), '\\s+', '', 'g')) as reason_chars
        from marts.flagged_facts f order by f.document_id, f.fact_id""",
    "quarantined_documents": """
        select q.*, length(regexp_replace(coalesce(q.reason, ''), '\\s+', '', 'g')) as reason_chars,
               case when q.source_uri in (select source_uri from marts.dim_documents)
                    then q.source_uri end as also_published_source_uri
        from marts.quarantined_documents q order by q.source_uri""",
}


def _fact_of(r: dict) -> Fact:
    def num(v):
        return None if v is None or pd.isna(v) else float(v)

    return Fact(table=r["fact_table"], value=num(r["value"]) if num(r["value"]) is not None else float("nan"),
                period=Period(pd.Timestamp(r["period_start"]).date(), pd.Timestamp(r["period_end"]).date(),
                              r["period_grain"] or "range"),
                evidence=r["evidence"] or "", currency=r["currency"], change_pct=num(r["change_pct"]),
                exporter=r["exporter"], destination=r["destination"], product=r["product"], company=r["company"],
                metric=r["metric"], market=r["market"], basis=r["basis"],
                article_index=int(r["article_index"]) if num(r["article_index"]) is not None else 0)


def add_raw_fact_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The Python-computed columns of the raw_facts frame (evidence mention, cross-fact consistency)."""
    frame = frame.copy()
    frame["evidence_mentions_value"] = pd.array(
        [evidence_mentions_value(e if isinstance(e, str) and e.strip() else None,
                                 float(v) if pd.notna(v) else None)
         for e, v in zip(frame["evidence"], frame["value"])], dtype="boolean")
    problems: list[str | None] = [None] * len(frame)
    # Only money facts of documents where some fact states a change can disagree with a prior value.
    money = frame["fact_table"].isin(["fct_exports", "fct_revenues"]).to_numpy()
    with_change = set(frame.loc[money & frame["change_pct"].notna().to_numpy(), "document_id"])
    by_document: dict[str, list[int]] = {}
    for pos, (doc_id, is_money) in enumerate(zip(frame["document_id"], money)):
        if is_money and doc_id in with_change:
            by_document.setdefault(doc_id, []).append(pos)
    if by_document:
        records = frame.to_dict("records")
        for positions in by_document.values():
            checked = flag_inconsistent([_fact_of(records[p]) for p in positions])
            for p, fact in zip(positions, checked):
                problems[p] = fact.flag
    frame["consistency_problem"] = pd.Series(problems, index=frame.index, dtype="object")
    return frame


_POST: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {"raw_facts": add_raw_fact_columns}

#: Names of the frames a suite may be validated on.
FRAMES = tuple(_FRAMES_SQL)


def load_frame(con: duckdb.DuckDBPyConnection, frame: str, *, today: dt.date | None = None) -> pd.DataFrame:
    """One frame, read from an open connection to a build database."""
    if frame not in _FRAMES_SQL:
        raise KeyError(f"unknown frame {frame!r} (known: {', '.join(FRAMES)})")
    sql = _FRAMES_SQL[frame]
    params = {"today": today or utc_today()} if "$today" in sql else None
    df = con.execute(sql, params).df() if params else con.execute(sql).df()
    post = _POST.get(frame)
    return post(df) if post else df
