"""Ranking tables printed as text: a header row naming the columns, one row per company.

    Table 1. Top 10 Global Semiconductor Suppliers by Revenue 2023-2024 (Unit: Million USD)
    2024 Rank 2023 Rank Supplier 2024 Revenue 2024 Market Share (%) 2023 Revenue 2024-2023 Growth Rate (%)
    1 3 Nvidia 76,692 11.7% 34,846 120.1%

The header gives each column's kind (rank, name, money, share, growth) and
period; the caption gives unit, market and basis. Rows are aligned to the
columns from both ends around the name. Each row is checked against itself
(revenue vs. prior revenue and growth, revenue vs. total and share) and
cells that do not add up are flagged rather than loaded.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsfacts.grammar.entities import canonical_company, find_markets, find_orgs
from newsfacts.grammar.money import PREFIX_CURRENCIES, SUFFIX_CURRENCIES
from newsfacts.grammar.numbers import SCALES, is_malformed_grouping, parse_number
from newsfacts.grammar.periods import find_periods
from newsfacts.extract import cues
from newsfacts.model import Fact, Period

_PER = r"(?:(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)\d\d)?|[1-4]Q\s?'?\d{2}|Q[1-4]\s?'?(?:\d{2}|(?:19|20)\d\d)?|(?:19|20)\d\d\s?Q[1-4]|[12]H\s?'?\d{2}|H[12]\s?'?(?:\d{2}|(?:19|20)\d\d)?)"
_COLUMN = re.compile(
    rf"(?P<rank>(?:(?P<rp>{_PER})\s+)?Rank(?:ing)?(?:\s+(?P<rp2>{_PER}))?)"
    r"|(?P<name>Suppliers?|Compan(?:y|ies)|Vendors?|Brands?|Manufacturers?|Makers?|Firms?|Name|Players?|Groups?|Foundr(?:y|ies)|Automakers?|OEMs?)"
    rf"|(?P<money>(?:(?P<mp>{_PER})\s+)?(?P<metric>Revenues?|Sales|Operating\s+(?:Profits?|Income)|Net\s+(?:Profits?|Income))"
    rf"(?:\s+(?P<mp2>{_PER}))?(?:\s*\((?P<munit>[^)%]*)\))?)"
    rf"|(?P<share>(?:(?P<sp>{_PER})\s+)?(?:Market\s+)?Share(?:\s+(?P<sp2>{_PER}))?(?:\s*\(%\))?)"
    rf"|(?P<growth>(?:(?P<gp>{_PER})\s+)?(?:Growth(?:\s+Rate)?|Change|YoY|QoQ|y-o-y|q-o-q)(?:\s*\(%\))?)"
    rf"|(?P<bare>{_PER})",
    re.IGNORECASE,
)
_CELL = re.compile(r"^-?\(?[\d,]+(?:\.\d+)?\)?%?$|^-?\.\d+%?$|^[-–—]$|^N/?A$", re.IGNORECASE)
_UNIT = re.compile(r"(?:unit|in|units?)\s*[:：]?\s*(?P<u>[^)\]]+)|\((?P<u2>(?:US\$|\$|KRW|USD|won|NT\$|million|billion|100\s+million)[^)]*)\)",
                   re.IGNORECASE)
_SKIP_ROWS = re.compile(r"^(?:others?|total|sum|subtotal|etc\.?|rest|the\s+rest|top\s*\d+\s+total)$", re.IGNORECASE)
_SOURCE = re.compile(r"^\W*source\s*[:：]?", re.IGNORECASE)


@dataclass
class Column:
    kind: str  # rank | name | money | share | growth | bare
    period: Period | None = None
    metric: str | None = None
    growth_qoq: bool = False


@dataclass
class Table:
    start: int  # first line index (caption or header)
    end: int  # one past the last row
    caption: str
    header: str
    columns: list[Column]
    rows: list[str] = field(default_factory=list)
    source: str | None = None


def _period_of(token: str | None, doc_date: dt.date | None) -> Period | None:
    if not token:
        return None
    token = re.split(r"\s*[-–/]\s*(?=(?:19|20)\d\d)", token)[0]
    ps = [p for p in find_periods(token, doc_date) if p.period]
    return ps[0].period if ps else None


def parse_header(header: str, doc_date: dt.date | None) -> list[Column] | None:
    cols: list[Column] = []
    for m in _COLUMN.finditer(header):
        if m["rank"]:
            cols.append(Column("rank", _period_of(m["rp"] or m["rp2"], doc_date)))
        elif m["name"]:
            cols.append(Column("name"))
        elif m["money"]:
            word = m["metric"].lower()
            metric = "operating_profit" if word.startswith("operating") else "net_profit" if word.startswith("net") else "revenue"
            cols.append(Column("money", _period_of(m["mp"] or m["mp2"], doc_date), metric))
        elif m["share"]:
            cols.append(Column("share", _period_of(m["sp"] or m["sp2"], doc_date)))
        elif m["growth"]:
            qoq = bool(re.search(r"qoq|q-o-q", m["growth"], re.IGNORECASE))
            gp = m["gp"]
            cols.append(Column("growth", _period_of(gp, doc_date), growth_qoq=qoq))
        elif m["bare"]:
            cols.append(Column("bare", _period_of(m["bare"], doc_date)))
    kinds = [c.kind for c in cols]
    if "name" not in kinds or not ({"money", "share", "bare"} & set(kinds)):
        return None
    return cols


def _unit(text: str) -> tuple[str | None, float]:
    """Currency and scale of money cells from a caption like '(Unit: Million USD)'."""
    m = _UNIT.search(text)
    if not m:
        return None, 1.0
    u = (m["u"] or m["u2"] or "").lower()
    cur = None
    for word, code in sorted(SUFFIX_CURRENCIES.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(word)}\b", u):
            cur = code
            break
    if cur is None:
        for sym, code in PREFIX_CURRENCIES.items():
            if code and sym in u:
                cur = code
                break
    scale = 1.0
    mult = re.search(r"(\d+)\s+(thousand|million|billion|trillion)", u)
    if mult:
        scale = float(mult[1]) * SCALES[mult[2]]
    else:
        for w in ("trillion", "billion", "million", "thousand"):
            if re.search(rf"\b{w}s?\b|\b{w[:3]}\b|\b{w[0]}n\b", u):
                scale = SCALES[w]
                break
    return cur, scale


def _is_row(line: str) -> bool:
    toks = _tokens(line)
    nums = sum(1 for t in toks if _CELL.match(t))
    names = [t for t in toks if not _CELL.match(t)]
    return nums >= 2 and 0 < len(names) <= 8 and not line.rstrip().endswith((".", ":"))


def _tokens(line: str) -> list[str]:
    if "|" in line or "\t" in line:
        return [c.strip() for c in re.split(r"[|\t]", line) if c.strip()]
    return line.split()


def find_tables(lines: list[str], doc_date: dt.date | None) -> list[Table]:
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        cols = None
        if _looks_like_header(lines[i]) and i + 1 < len(lines) and (_is_row(lines[i + 1]) or (
                i + 2 < len(lines) and _is_row(lines[i + 2]))):
            cols = parse_header(lines[i], doc_date)
        if cols is None:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and re.fullmatch(r"\s*\|?[\s:|-]*\|?\s*", lines[j]) and lines[j].strip():
            j += 1  # markdown separator row
        rows = []
        while j < len(lines) and lines[j].strip() and (_is_row(lines[j]) or _SKIP_ROWS.match(_name_of(lines[j]))):
            rows.append(lines[j])
            j += 1
        if len(rows) >= 2:
            caption = lines[i - 1] if i > 0 and not _is_row(lines[i - 1]) else ""
            source = None
            if j < len(lines) and _SOURCE.match(lines[j]):
                orgs = find_orgs(lines[j])
                source = orgs[0].value if orgs else None
                j += 1
            tables.append(Table(i - 1 if caption else i, j, caption, lines[i], cols, rows, source))
            i = j
        else:
            i += 1
    return tables


_HEADER_WORD = re.compile(r"\b(?:rank|share|revenue|sales|compan|supplier|vendor|brand|foundr|maker|manufacturer)",
                          re.IGNORECASE)


def _looks_like_header(line: str) -> bool:
    return len(line) < 300 and not line.rstrip().endswith(".") and bool(_HEADER_WORD.search(line))


def _name_of(line: str) -> str:
    return " ".join(t for t in _tokens(line) if not _CELL.match(t))


def _cell_value(tok: str) -> tuple[float | None, bool]:
    t = tok.strip().rstrip("%")
    if t in ("-", "–", "—") or t.upper() in ("NA", "N/A"):
        return None, False
    neg = t.startswith("(") and t.endswith(")")
    v = parse_number(t.strip("()"))
    if v is not None and neg:
        v = -v
    return v, is_malformed_grouping(t.strip("()"))


def table_facts(table: Table, doc_date: dt.date | None, default_period: Period | None, context_org: str | None,
                article_index: int = 0, article_title: str | None = None) -> list[Fact]:
    cur, scale = _unit(table.caption + " " + table.header)
    caption = table.caption + " " + table.header
    cap_markets = find_markets(table.caption)
    market = cap_markets[0].value if cap_markets else None
    basis = next((b for b, rx in cues.BASIS if rx.search(caption)), "unknown")
    cap_periods = [p.period for p in find_periods(table.caption, doc_date) if p.period]
    fallback_period = cap_periods[-1] if cap_periods else default_period
    source = table.source or context_org
    cols = table.columns
    name_idx = next(k for k, c in enumerate(cols) if c.kind == "name")
    # a bare period column holds the caption's metric: revenue unless the caption says share
    bare_kind = "share" if re.search(r"share", caption, re.IGNORECASE) and not cur else "money"
    parsed_rows, total = [], None
    for line in table.rows:
        toks = _tokens(line)
        name_toks = [t for t in toks if not _CELL.match(t)]
        name = " ".join(name_toks)
        first = next(k for k, t in enumerate(toks) if not _CELL.match(t))
        last = max(k for k, t in enumerate(toks) if not _CELL.match(t))
        lead, trail = toks[:first], toks[last + 1:]
        cells: dict[int, str] = {}
        for k, t in enumerate(lead[:name_idx]):
            cells[name_idx - len(lead[:name_idx]) + k] = t
        after_cols = list(range(name_idx + 1, len(cols)))
        for k, t in enumerate(trail[-len(after_cols):] if after_cols else []):
            cells[after_cols[len(after_cols) - min(len(trail), len(after_cols)) + k]] = t
        row = {"name": name, "cells": cells, "line": line}
        if _SKIP_ROWS.match(name):
            if re.match(r"(?i)total", name):
                total = row
            continue
        parsed_rows.append(row)
    facts: list[Fact] = []
    for row in parsed_rows:
        facts += _row_facts(row, cols, cur, scale, market, basis, fallback_period, source, total, table,
                            article_index, article_title, bare_kind)
    return facts


def _row_facts(row, cols, cur, scale, market, basis, fallback_period, source, total, table, article_index,
               article_title, bare_kind) -> list[Fact]:
    company = canonical_company(row["name"]) or row["name"].strip(" *")
    evidence = f"Table row: {row['line'].strip()}"
    values: dict[int, tuple[float | None, bool]] = {k: _cell_value(t) for k, t in row["cells"].items()}
    rank_by_period = {}
    for k, c in enumerate(cols):
        if c.kind == "rank" and values.get(k, (None,))[0] is not None:
            rank_by_period[c.period] = int(values[k][0])
    money_cols = [k for k, c in enumerate(cols) if c.kind == "money" or (c.kind == "bare" and bare_kind == "money")]
    share_cols = [k for k, c in enumerate(cols) if c.kind == "share" or (c.kind == "bare" and bare_kind == "share")]
    growth_cols = [k for k, c in enumerate(cols) if c.kind == "growth" and not c.growth_qoq]
    growth = values.get(growth_cols[0], (None,))[0] if growth_cols else None
    money_periods = [cols[k].period or fallback_period for k in money_cols]
    latest = max((p for p in money_periods if p), key=lambda p: p.start, default=None)
    flags: dict[int, str] = {}
    # consistency: current vs prior revenue and the stated growth
    if growth is not None and len(money_cols) >= 2:
        ordered = sorted((k for k in money_cols if values.get(k, (None,))[0]),
                         key=lambda k: (cols[k].period or fallback_period).start if (cols[k].period or fallback_period) else dt.date.min)
        if len(ordered) >= 2:
            prev_k, cur_k = ordered[-2], ordered[-1]
            pv, cv = values[prev_k][0], values[cur_k][0]
            if pv and cv:
                implied = (cv / pv - 1) * 100
                if abs(implied - growth) > max(0.6, 0.03 * abs(growth)):
                    bad = [k for k in (cur_k, prev_k) if values[k][1]] or [cur_k, prev_k]
                    for k in bad:
                        flags[k] = (f"table row does not add up: {row['cells'][cur_k]} vs {row['cells'][prev_k]} "
                                    f"implies {implied:+.1f}% but the row states {growth:+.1f}%")
    # consistency: revenue / total revenue = share
    if total is not None and share_cols and money_cols:
        tvals = {k: _cell_value(t)[0] for k, t in total["cells"].items()}
        for mk in money_cols:
            for sk in share_cols:
                if (cols[mk].period or fallback_period) != (cols[sk].period or fallback_period):
                    continue
                v, tv, s = values.get(mk, (None,))[0], tvals.get(mk), values.get(sk, (None,))[0]
                if v and tv and s is not None and abs(v / tv * 100 - s) > max(0.15, 0.05 * s):
                    flags.setdefault(mk, f"table row does not add up: {row['cells'][mk]} is {v / tv * 100:.2f}% "
                                         f"of the total but the row states a {s}% share")
    facts: list[Fact] = []
    for k in money_cols:
        v, malformed = values.get(k, (None, False))
        if v is None or cur is None:
            continue
        period = cols[k].period or fallback_period
        chg = growth if period is not None and period == latest else None
        f = Fact(table="fct_revenues", value=round(v * scale, 2), period=period, evidence=evidence, currency=cur,
                 change_pct=chg, source_org=source, company=company, metric=cols[k].metric or "revenue",
                 article_index=article_index, article_title=article_title)
        if malformed and k not in flags:
            flags[k] = f"malformed number '{row['cells'][k]}'"
        f.flag = flags.get(k) or (None if period else "period not resolvable from the table")
        facts.append(f)
    for k in share_cols:
        v, _ = values.get(k, (None, False))
        if v is None or not 0 < v <= 100:
            continue
        period = cols[k].period or fallback_period
        f = Fact(table="fct_market_shares", value=v, period=period, evidence=evidence, company=company,
                 market=market, basis=basis, rank=rank_by_period.get(period) or rank_by_period.get(None),
                 source_org=source, article_index=article_index, article_title=article_title)
        f.flag = None if period else "period not resolvable from the table"
        if market is None:
            f.flag = f.flag or "market not named"
        facts.append(f)
    return facts
