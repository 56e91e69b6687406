"""Tables printed as text: a header row naming the columns, then one row per entity.

    Table 1. Top 10 Global Semiconductor Suppliers by Revenue 2023-2024 (Unit: Million USD)
    2024 Rank 2023 Rank Supplier 2024 Revenue 2024 Market Share (%) 2023 Revenue 2024-2023 Growth Rate (%)
    1 3 Nvidia 76,692 11.7% 34,846 120.1%

Three shapes are read, told apart by the caption, header and row labels:
company rankings (revenue, share, rank per company), export tables (rows are
products or destinations, columns periods) and statement tables (rows are
metrics such as Revenue / Operating profit, columns periods). Each column's
kind and period come from its header cell, the unit from the caption. Rows
are checked against themselves (values vs. stated growth, value vs. total and
share); cells that do not add up are flagged instead of loaded.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from newsfacts.extract import cues
from newsfacts.grammar.entities import (canonical_company, find_countries, find_markets, find_orgs, find_products,
                                        market_label)
from newsfacts.grammar.money import PREFIX_CURRENCIES, SUFFIX_CURRENCIES
from newsfacts.grammar.numbers import SCALES, is_malformed_grouping, parse_number
from newsfacts.grammar.periods import find_periods, month_end, shift_period
from newsfacts.model import Fact, Period

_PER = (r"(?:(?:19|20)\d\d(?:\.\d{1,2}\s*[~-]\s*\d{1,2}|[EFA](?![a-z]))?(?:\s*[-–/]\s*(?:19|20)\d\d)?|[1-4]Q\s?'?\d{2}[EFA]?|Q[1-4]\s?'?(?:\d{2}|(?:19|20)\d\d)?"
        r"|(?:19|20)\d\d\s?Q[1-4]|[12]H\s?'?\d{2}[EFA]?|H[12]\s?'?(?:\d{2}|(?:19|20)\d\d)?"
        r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s*[-–]\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)?"
        r"(?:\s+\d{1,2}\s*[-–]\s*\d{1,2})?(?:,?\s+(?:19|20)\d\d)?)")
# single-space headers (no cell separators): column phrases found by one regex; a period belongs to the
# column word after it ("2024 Revenue") or, in the other common style, before it ("Revenue 4Q24")


def _column_regex(lead: bool) -> re.Pattern:
    pre = rf"(?:(?P<@G@>{_PER})\s+)?" if lead else ""
    post = "" if lead else rf"(?:\s+(?P<@G@>{_PER}))?"
    return re.compile(
        rf"(?P<rank>{pre.replace('@G@', 'rp')}(?:Rank(?:ing)?|No\.){post.replace('@G@', 'rp')})"
        r"|(?P<name>Suppliers?|Compan(?:y|ies)|Vendors?|Brands?|Manufacturers?|Makers?|Firms?|Name|Players?|Groups?"
        r"|Foundr(?:y|ies)|Automakers?|OEMs?|Items?|Products?|Destinations?|Countr(?:y|ies)|Regions?)"
        rf"|(?P<money>{pre.replace('@G@', 'mp')}(?P<metric>Revenues?|Sales|Operating\s+(?:Profits?|Income)|Net\s+(?:Profits?|Income)|Exports?|Shipments?|Amount|Value)"
        rf"{post.replace('@G@', 'mp')}(?:\s*\((?P<munit>[^)%]*)\))?)"
        rf"|(?P<share>{pre.replace('@G@', 'sp')}(?:Market\s+)?Share{post.replace('@G@', 'sp')}(?:\s*\(%\))?)"
        rf"|(?P<growth>{pre.replace('@G@', 'gp')}(?:Growth(?:\s+Rate)?|(?:YoY\s+)?Change|YoY|QoQ|y-o-y|q-o-q|Year-Over-Year\s+(?:Change|Growth))(?:\s*\(%\))?)"
        rf"|(?P<bare>{_PER})",
        re.IGNORECASE,
    )


_COLUMN = _column_regex(lead=True)
_COLUMN_TRAILING = _column_regex(lead=False)
_LEADING_STYLE = re.compile(rf"{_PER}\s+(?:Rank|Revenue|Sales|Share|Market|Operating|Net|Exports?|Shipments?)", re.IGNORECASE)
_CELL = re.compile(r"^[-+−△▽▼▲]?\(?[\d,]+(?:\.\d+)?%?\)?(?:%|%p|pp|%pt)?$|^[-+]?\.\d+%?$|^[-–—]$|"
                   r"^(?:N/?A|n\.?a\.?|n/?m|TTP|TTL|RTL|RTP|turnaround|turned\s+positive|loss|deficit|flat)$", re.IGNORECASE)
_SEPARATED = re.compile(r"\t|\s\|\s|^\||\|$| {2,}")
_UNIT = re.compile(r"(?:\bunits?\b|\bin\b)\s*[:：]?\s*(?P<u>[^)\]]+)|\((?P<u2>[^)]*(?:US\$|\$|KRW|USD|won|dollars|NT\$|million|billion|\bbn\b|\bmn\b)[^)]*)\)",
                   re.IGNORECASE)
_SKIP_ROWS = re.compile(r"^(?:others?|total|sum|subtotal|etc\.?|rest|the\s+rest|top\s*\d+\s+total|all\s+others?)$",
                        re.IGNORECASE)
_SOURCE = re.compile(r"^\W*source\s*[:：]?", re.IGNORECASE)
_NOTE = re.compile(r"^(?:\W*(?:note|notes|\*|※|figures|data)\b|\*)", re.IGNORECASE)
_METRIC_ROW = re.compile(r"^(?:(?P<rev>revenues?|sales|net\s+sales|turnover)|(?P<op>operating\s+(?:profit|income|loss)|OP)"
                         r"|(?P<net>net\s+(?:profit|income|loss)))(?:\s*\((?:KRW|USD|won|\$|controlling|owners|attributable|"
                         r"parent)[^)]*\))?$", re.IGNORECASE)
_NON_FACT_ROW = re.compile(r"^(?:imports?|trade\s+balance|balance|op\s+margin|operating\s+margin|.*margin|ebitda|eps|capex)$",
                           re.IGNORECASE)
_FORECAST_COL = re.compile(r"(?:\d[EF]\b|\b(?:consensus|cons\.?|forecast|estimate|est\.|guidance|target)(?![a-z]))", re.IGNORECASE)
_NON_MONEY_UNIT = re.compile(r"\b(?:GWh|MWh|units?|million\s+units|tons?|tonnes|%|wafers?)\b", re.IGNORECASE)


@dataclass
class Column:
    kind: str  # rank | name | money | share | growth | bare | skip
    period: Period | None = None
    metric: str | None = None
    growth_qoq: bool = False
    percent: bool = False  # growth stated in percent ('YoY (%)'), not an amount ('Change')
    forecast: bool = False
    not_money: bool = False


@dataclass
class Table:
    start: int  # first line index (caption or header)
    end: int  # one past the last row
    caption: str
    header: str
    columns: list[Column]
    rows: list[str] = field(default_factory=list)
    source: str | None = None
    separated: bool = False


def _period_of(token: str | None, doc_date: dt.date | None) -> Period | None:
    if not token:
        return None
    months = re.fullmatch(r"(\d{1,2})M\s*[/ ]?\s*((?:19|20)\d\d)|((?:19|20)\d\d)\s*[/ ]?\s*(\d{1,2})M", token.strip(), re.I)
    if months:  # '6M/2025' (customs and statistics tables): the first six months of 2025
        n, y = int(months[1] or months[4]), int(months[2] or months[3])
        if 1 <= n <= 12:
            return Period(dt.date(y, 1, 1), month_end(y, n), "half" if n == 6 else "range")
    token = re.split(r"\s*[-–/]\s*(?=(?:19|20)\d\d)", token.strip())[0]
    token = re.sub(r"(?<=\d)[EFA]\b", "", token)
    dotted = re.fullmatch(r"((?:19|20)\d\d)\.(\d{1,2})\s*[~-]\s*(\d{1,2})", token)  # '2025.1~9': January-September 2025
    if dotted and 1 <= int(dotted[2]) <= int(dotted[3]) <= 12:
        y = int(dotted[1])
        return Period(dt.date(y, int(dotted[2]), 1), month_end(y, int(dotted[3])), "range")
    ps = [p for p in find_periods(token, doc_date) if p.period]
    return ps[0].period if ps else None


def _cells(line: str) -> list[str]:
    if "|" in line:
        cells = [c.strip().strip("*").strip() for c in line.strip().strip("|").split("|")]
        return cells
    return [c.strip() for c in re.split(r"\t| {2,}", line.strip())]


def _classify_cell(cell: str, doc_date) -> Column:
    """A header cell on its own: 'Sep. 2023', 'YoY', '1H24 share', 'Vendor', '3Q23 Revenue', ''."""
    c = cell.strip().strip("*")
    if not c or re.fullmatch(r"\(?\s*units?\s*[:：][^)]*\)?", c, re.IGNORECASE):
        return Column("name")  # an empty corner, or the unit written in it ('(Unit: KRW billion)'): the label column
    forecast = bool(_FORECAST_COL.search(c))
    low = c.lower()
    if re.search(r"\b(?:qoq|q-o-q|mom|m-o-m|sequential)\b", low):
        return Column("growth", growth_qoq=True)
    if re.search(r"\b(?:yoy|y-o-y|change|growth|year-over-year|on-year|chg)\b", low) or low in ("%", "% chg"):
        in_percent = "%" in low or bool(re.search(r"\b(?:yoy|y-o-y|year-over-year|on-year|pct|percent)\b", low))
        return Column("growth", _period_of(c, doc_date), percent=in_percent)
    if "share" in low or re.search(r"\bm/?s\b", low):
        return Column("share", _period_of(c, doc_date), forecast=forecast)
    if re.search(r"\b(?:rank|ranking)\b|\bno\.(?!\w)", low):
        return Column("rank", _period_of(c, doc_date))
    if re.fullmatch(r"(?:suppliers?|compan(?:y|ies)|vendors?|brands?|manufacturers?|makers?|firms?|name|players?|groups?|"
                    r"foundr(?:y|ies)|automakers?|oems?|items?|products?|commodit(?:y|ies)|destinations?|countr(?:y|ies)|regions?|markets?|"
                    r"category|categories|month|quarter|period|\(.*\))", low):
        return Column("name")
    period = _period_of(c, doc_date)
    metric = None
    m = re.search(r"revenues?|sales|operating\s+(?:profit|income)|net\s+(?:profit|income)|exports?|amount|value", low)
    if m:
        w = m.group(0)
        metric = "operating_profit" if w.startswith("operating") else "net_profit" if w.startswith("net") else (
            "export" if w.startswith("export") else "revenue" if w[0] in "rs" else None)
    if period is not None or metric is not None:
        return Column("money", period, metric, forecast=forecast,
                      not_money=bool(_NON_MONEY_UNIT.search(c)) or "shipment" in low)
    return Column("skip")


def parse_header(header: str, doc_date: dt.date | None) -> list[Column] | None:
    if _SEPARATED.search(header.strip()) or "|" in header:
        cols = [_classify_cell(c, doc_date) for c in _cells(header)]
        if cols and cols[0].kind == "skip":
            cols[0] = Column("name")  # 'Business | 4Q22 | 2022': the first cell heads the row labels
        # a markdown table's first cell may be an empty corner: the label column
    else:
        cols = []
        rx = _COLUMN if _LEADING_STYLE.search(header) else _COLUMN_TRAILING
        for m in rx.finditer(header):
            if m["rank"]:
                cols.append(Column("rank", _period_of(m["rp"], doc_date)))
            elif m["name"]:
                cols.append(Column("name"))
            elif m["money"]:
                cols.append(_classify_cell(m["money"], doc_date))
            elif m["share"]:
                cols.append(Column("share", _period_of(m["sp"], doc_date)))
            elif m["growth"]:
                qoq = bool(re.search(r"qoq|q-o-q", m["growth"], re.IGNORECASE))
                cols.append(Column("growth", _period_of(m.groupdict().get("gp"), doc_date), growth_qoq=qoq))
            elif m["bare"]:
                cols.append(Column("money", _period_of(m["bare"], doc_date), forecast=bool(_FORECAST_COL.search(m["bare"]))))
    if any(c.kind == "growth" and c.percent for c in cols):
        for c in cols:  # 'Change | YoY (%)': the bare 'Change' is the difference in the money's unit
            if c.kind == "growth" and not c.percent and not c.growth_qoq:
                c.kind = "skip"
    kinds = [c.kind for c in cols]
    if not ({"money", "share"} & set(kinds)):
        return None
    if "name" not in kinds:
        cols.insert(0, Column("name"))  # statement tables: the first cell of a row is its label
    return cols


def _unit(text: str) -> tuple[str | None, float]:
    """Currency and scale of money cells from a caption like '(Unit: Million USD)' or '(KRW bn)'."""
    m = _UNIT.search(text)
    if not m:
        return None, 1.0
    u = (m["u"] or m["u2"] or "").lower()
    cur = None
    for word, code in sorted(SUFFIX_CURRENCIES.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", u):
            cur = code
            break
    if cur is None:
        for sym, code in sorted(PREFIX_CURRENCIES.items(), key=lambda kv: -len(kv[0])):
            if code and len(sym) > 1 and sym in u or sym in ("$", "₩", "€", "¥", "£") and sym in u:
                cur = code
                break
    scale = 1.0
    mult = re.search(r"(\d+)\s+(thousand|million|billion|trillion)", u)
    if mult:
        scale = float(mult[1]) * SCALES[mult[2]]
    else:
        for w, short in (("trillion", "tn"), ("billion", "bn"), ("million", "mn"), ("thousand", "k")):
            if re.search(rf"\b{w}s?\b|\b{short}\b", u):
                scale = SCALES[w]
                break
    return cur, scale


def _is_row(line: str) -> bool:
    s = line.strip()
    if not s or s.endswith((".", ":")) or len(s) > 300 or _SOURCE.match(s) or _NOTE.match(s) or \
            re.search(r"[$€₩£¥]\s?\d|\b(?:billion|million|trillion)\b", s, re.IGNORECASE):
        return False
    if not _SEPARATED.search(s) and "|" not in s and re.search(r"\(\s*[\w']*\d[\w']*\s*:", s):
        return False  # '1. Samsung — 5,200 / 31.9% (4Q24: 6,720 / 33.9%)': a list item in prose, labelled inside
    toks = _tokens(s)
    if all(re.fullmatch(r"(?:19|20)\d\d", t) for t in toks if _CELL.match(t)):
        return False  # only years: a header line ("Item Dec 2021 YoY(%) Jan-Dec 2021 YoY(%)")
    nums = sum(1 for t in toks if _CELL.match(t))
    names = [t for t in toks if not _CELL.match(t)]
    return nums >= 1 and len(names) <= 8 and (nums >= 2 or len(toks) <= 4) and not re.fullmatch(r"[\s|:*-]+", s)


def _tokens(line: str) -> list[str]:
    if "|" in line or "\t" in line or re.search(r" {2,}", line.strip()):
        return [t for c in _cells(line) for t in ([c] if not _CELL.match(c.replace(" ", "")) else [c.replace(" ", "")]) if t]
    return line.split()


_CAPTION = re.compile(r"^\W*(?:table|chart|figure|graph)\b|.*\(\s*units?\s*[:：]", re.IGNORECASE)
_PROSE_AMOUNT = re.compile(r"[$€₩£¥]\s?\d|\d\s*(?:billion|million|trillion|bn|mn|%)", re.IGNORECASE)


def _looks_like_header(line: str) -> bool:
    s = line.strip()
    if _CAPTION.match(s) and _SEPARATED.search(s):
        cells = _cells(s)  # '(Unit: KRW billion)<TAB>4Q22<TAB>3Q23': the unit in the header's corner cell
        s = "\t".join(cells[1:]) if len(cells) >= 3 and re.match(r"\(?\s*units?\s*[:：]", cells[0], re.IGNORECASE) else s
    return (0 < len(s) < 300 and not s.endswith(".") and not s.startswith(("- ", "• ", "* ", "· "))
            and not _CAPTION.match(s) and not _PROSE_AMOUNT.search(s) and bool(_COLUMN.search(s)))


def _next_nonblank(lines: list[str], k: int) -> int:
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k


_SEPARATOR_ROW = re.compile(r"\s*\|?[\s:|-]*\|?\s*")  # markdown's |---|---|


def find_tables(lines: list[str], doc_date: dt.date | None) -> list[Table]:
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        nxt = _next_nonblank(lines, i + 1)
        while nxt < len(lines) and _SEPARATOR_ROW.fullmatch(lines[nxt]) and lines[nxt].strip():
            nxt = _next_nonblank(lines, nxt + 1)  # markdown separator row
        cols = None
        if _looks_like_header(lines[i]) and nxt < len(lines) and _is_row(lines[nxt]):
            cols = parse_header(lines[i], doc_date)
        if cols is None:
            i += 1
            continue
        j = nxt
        rows = []
        while j < len(lines) and (_is_row(lines[j]) or _SKIP_ROWS.match(_label(lines[j]))):
            rows.append(lines[j])
            after = _next_nonblank(lines, j + 1)
            j = after if after < len(lines) and (_is_row(lines[after]) or _SKIP_ROWS.match(_label(lines[after]))) \
                else j + 1
        if len(rows) >= 1 and (len(rows) >= 2 or len(cols) >= 3):
            k = i - 1
            caption_lines = []
            while k >= 0 and len(caption_lines) < 3 and (lines[k].strip() == "" or not _is_row(lines[k])):
                if lines[k].strip():
                    caption_lines.insert(0, lines[k].strip())
                    if re.match(r"^\W*(?:table|chart|figure|<|\[)", lines[k].strip(), re.IGNORECASE) or \
                            not (re.match(r"^\(", lines[k].strip()) or _METRIC_LINE.fullmatch(lines[k].strip())):
                        break  # (a bare 'Revenue' over the header: the unit may be on the line above it)
                k -= 1
            caption = " ".join(caption_lines)
            if not _UNIT.search(caption) and tables and tables[-1].end >= k - 1 and _UNIT.search(tables[-1].caption):
                # 'Operating Profit' right under the 'Revenue' table: the same '(Unit: KRW trillion)'
                caption = _UNIT.search(tables[-1].caption).group(0).join("()") + " " + caption
                caption = caption.replace("((", "(").replace("))", ")")
            source = None
            tail = j
            while tail < len(lines) and tail < j + 4:
                if _SOURCE.match(lines[tail]):
                    orgs = find_orgs(lines[tail])
                    source = orgs[0].value if orgs else None
                    break
                tail += 1
            tables.append(Table(k + 1 if caption_lines else i, j, caption, lines[i], cols, rows, source,
                                separated=bool(_SEPARATED.search(lines[i].strip()) or "|" in lines[i])))
            i = j
        else:
            i += 1
    return tables


def _label(line: str) -> str:
    if "|" in line or "\t" in line or re.search(r" {2,}", line.strip()):
        cells = [c for c in _cells(line) if c and not _CELL.match(c.replace(" ", ""))]
        return " ".join(cells).strip("* ")
    return " ".join(t for t in line.split() if not _CELL.match(t)).strip("* ")


def _cell_value(tok: str) -> tuple[float | None, bool]:
    t = re.sub(r"(?:%p|pp|%pt)$", "", tok.strip().strip("*").replace(" ", "")).replace("%", "").replace("−", "-")
    t = re.sub(r"^[△▽▼]", "-", t).lstrip("▲")  # Korean tables mark negatives with a triangle
    if re.fullmatch(r"(?i)[a-z/.\s]+", t):
        return None, False  # 'Turnaround', 'TTP', 'N/A'...
    if t in ("-", "–", "—", "") or t.upper() in ("NA", "N/A"):
        return None, False
    neg = t.startswith("(") and t.endswith(")")
    v = parse_number(t.strip("()").lstrip("+"))
    if v is not None and neg:
        v = -v
    return v, is_malformed_grouping(t.strip("()").lstrip("+-"))


def _row_cells(line: str, cols: list[Column], separated: bool) -> tuple[str, dict[int, str]]:
    """The row's label and its value cells keyed by column index (aligned from both ends around the label)."""
    if separated:
        cells = _cells(line)
        label_cells = [k for k, c in enumerate(cells) if c and not _CELL.match(c.replace(" ", ""))]
        if len(cells) == len(cols) or (len(cells) == len(cols) + 1 and cells[0] == ""):
            if len(cells) == len(cols) + 1:
                cells = cells[1:]
                label_cells = [k - 1 for k in label_cells if k > 0]
            name_idx = next((k for k, c in enumerate(cols) if c.kind == "name"), 0)
            label = " ".join(cells[k] for k in label_cells if cols[k].kind in ("name", "skip"))
            values = {k: c for k, c in enumerate(cells) if k != name_idx and c and _CELL.match(c.replace(" ", ""))}
            # "1. Samsung" style labels keep the rank in the name cell
            m = re.match(r"^(\d{1,2})\.\s+(.*)$", label)
            if m:
                label = m[2]
                rank_idx = next((k for k, c in enumerate(cols) if c.kind == "rank"), None)
                if rank_idx is not None:
                    values[rank_idx] = m[1]
            return label.strip("* "), values
    toks = _tokens(line)
    first = next((k for k, t in enumerate(toks) if not _CELL.match(t)), None)
    if first is None:
        return "", {}
    last = max(k for k, t in enumerate(toks) if not _CELL.match(t))
    label = " ".join(toks[first:last + 1])
    m = re.match(r"^(\d{1,2})\.\s+(.*)$", label)
    lead, trail = toks[:first], toks[last + 1:]
    if m:
        label, lead = m[2], lead + [m[1]]
    name_idx = next(k for k, c in enumerate(cols) if c.kind == "name")
    cells: dict[int, str] = {}
    before = lead[-name_idx:] if name_idx else []
    for k, t in enumerate(before):
        cells[name_idx - len(before) + k] = t
    after_cols = list(range(name_idx + 1, len(cols)))
    use = trail[-len(after_cols):] if after_cols else []
    for k, t in enumerate(use):
        cells[after_cols[len(after_cols) - len(use) + k]] = t
    return label.strip("* "), cells


def table_facts(table: Table, doc_date: dt.date | None, default_period: Period | None, context_org: str | None,
                article_index: int = 0, article_title: str | None = None, context_company: str | None = None,
                context_market: str | None = None, exporter: str = "KR") -> list[Fact]:
    caption = table.caption + " " + table.header
    cur, scale = _unit(caption)
    cap_markets = find_markets(table.caption)
    market = market_label(table.caption, cap_markets[0]) if cap_markets else context_market
    basis = next((b for b, rx in cues.BASIS if rx.search(caption)), "unknown")
    cap_periods = [p.period for p in find_periods(table.caption, doc_date) if p.period]
    fallback_period = cap_periods[-1] if cap_periods else default_period
    source = table.source or context_org
    cols = _with_caption_months(table.columns, cap_periods)
    if cur is None and re.search(r"\bshares?\b", table.caption, re.IGNORECASE) and not any(
            c.kind == "share" for c in cols):
        # "Smartphone OLED shipment share by manufacturer, 2024 vs 2023": bare period columns hold shares
        cols = [Column("share", c.period, forecast=c.forecast) if c.kind == "money" and c.metric is None else c
                for c in cols]
    # a trade table: its caption says exports, or one of its rows is the exports total ('Exports | 16,050 | ...')
    is_export = bool(re.search(r"\bexport", caption, re.IGNORECASE)) or any(
        re.match(r"(?i)\s*\|?\s*(?:total\s+)?exports?\s*(?:\||\t|  |\d)", line) for line in table.rows)
    if not is_export and re.search(r"\bimports?\b|\bimported\b", table.caption, re.IGNORECASE):
        return []  # a table of imports: no fact of the contract
    cap_products = find_products(table.caption) if is_export else []
    # "Main export commodities to the Republic of Korea": the rows' destination, unless a row names its own
    cap_dest = next((c.value for c in find_countries(table.caption) if c.value != exporter and re.search(
        r"(?i)\b(?:to|into)\s+(?:the\s+)?$", table.caption[max(0, c.start - 10):c.start])), None) if is_export else None
    parsed, total = [], None
    for line in table.rows:
        label, cells = _row_cells(line, cols, table.separated)
        row = {"name": label, "cells": cells, "line": line}
        if _SKIP_ROWS.match(label):
            if re.match(r"(?i)(?:top\s*\d+\s+)?total", label):
                total = row
            continue
        if not label or _NON_FACT_ROW.match(label):
            continue
        parsed.append(row)
    ctx = dict(cur=cur, scale=scale, market=market, basis=basis, fallback=fallback_period, source=source,
               total=total, evidence_prefix="Table row: ", article_index=article_index, article_title=article_title,
               is_export=is_export, cap_product=cap_products[0].value if cap_products else None,
               company=context_company, doc_date=doc_date, exporter=exporter, cap_dest=cap_dest, header=table.header,
               # rows may name companies the vocabulary does not know only in a table of companies (a ranking),
               # not in a table of a company's segments or divisions ('Segment | 3Q24 | 2Q24')
               company_table=not _ITEM_HEADER.search(table.header) and (
                   bool(_COMPANY_HEADER.search(table.header)) or any(c.kind in ("share", "rank") for c in cols)))
    if is_export and total is not None and not any(re.fullmatch(r"(?i)(?:total\s+)?exports?", r["name"]) for r in parsed):
        parsed.append(dict(total, name="Exports"))  # a trade table's Total row is the exports total
    cap_metric = _CAPTION_METRIC.search(table.caption)
    if not is_export and total is not None and cap_metric and context_company and not ctx["company_table"] and \
            not any(canonical_company(r["name"]) for r in parsed):
        # 'Revenue' over segment rows (DX, DS, SDC, Harman) and 'Total': the Total row is the company's revenue
        parsed.append(dict(total, name=cap_metric.group(1)))
    facts: list[Fact] = []
    for row in parsed:
        facts += _row_facts(row, cols, ctx)
    return facts


def _with_caption_months(cols: list[Column], cap_periods: list[Period]) -> list[Column]:
    """'... by maker, Jan~Sep' over columns '2024 M/S | 2025 M/S': each year's January-September."""
    span = next((p for p in cap_periods if p.grain == "range" and p.start.year == p.end.year and p.start.day == 1
                 and (p.start.month, p.end.month) != (1, 12)), None)
    if span is None:
        return cols
    return [dataclasses.replace(c, period=Period(dt.date(c.period.start.year, span.start.month, 1),
                                                 month_end(c.period.start.year, span.end.month), "range"))
            if c.period is not None and c.period.grain == "year" else c for c in cols]


_METRIC_LINE = re.compile(r"(?i)(?:consolidated\s+)?(?:revenues?|sales|operating\s+(?:profit|income)|net\s+(?:profit|income))")
_CAPTION_METRIC = re.compile(r"(?i)(?:^|\n|\s)((?:consolidated\s+)?(?:revenues?|sales|operating\s+(?:profit|income)|"
                             r"net\s+(?:profit|income)))\s*(?:\(|$)")
_ITEM_HEADER = re.compile(r"\b(?:commodit(?:y|ies)|items?|products?|categor(?:y|ies)|segments?|divisions?|business)\b",
                          re.IGNORECASE)
_COMPANY_HEADER = re.compile(r"\b(?:suppliers?|compan(?:y|ies)|vendors?|brands?|manufacturers?|makers?|firms?|players?|"
                             r"foundr(?:y|ies)|automakers?|oems?|groups?|name)\b", re.IGNORECASE)


def _label_period(label: str, ctx: dict) -> Period | None:
    """A row labelled by a period ('July', '3Q24', 'Jan-Sep') in a table of one company's (or exports')
    figures: the row's period, the year from the caption when the label has none."""
    if not label or not re.match(r"(?i)[a-z1-4]", label):
        return None
    hint = ctx["fallback"].start.year if ctx["fallback"] is not None and ctx["fallback"].grain == "year" else None
    for lead in ("", "in "):  # a bare month name is a period only after a preposition in prose
        ps = find_periods(lead + label, ctx["doc_date"], hint)
        if len(ps) == 1 and ps[0].period is not None and ps[0].start <= len(lead) and \
                ps[0].end >= len(lead + label.rstrip(". ")):
            return ps[0].period
    return None


_NOT_A_COMPANY = re.compile(r"\b(?:margin|profit|income|revenue|sales|ebitda|eps|dps|bps|per|pbr|roe|roa|capex|shipments?|"
                            r"asp|price|ratio|rate|yoy|qoq|growth|total|average|sum|share|others?|debt|cash|dividend|days|"
                            r"imports?|exports?|balance|employees|headcount|units)\b|"
                            r"p/e|p/b|ev/|\((?:x|%|won|krw|usd)\)", re.IGNORECASE)


def _row_entity(label: str, ctx: dict) -> dict | None:
    """What a row is about: a metric of the company in focus, an export product/destination, or a company."""
    if re.fullmatch(r"(?i)(?:total\s+)?exports?", label):
        return {"table": "fct_exports", "product": ctx["cap_product"], "destination": ctx["cap_dest"] or "WORLD"}
    mm = _METRIC_ROW.match(label)
    if mm:
        if ctx["is_export"] and mm["rev"]:
            return None
        metric = "revenue" if mm["rev"] else "operating_profit" if mm["op"] else "net_profit"
        if re.search(r"(?i)\bexports?\b", label):
            return {"table": "fct_exports", "product": ctx["cap_product"], "destination": ctx["cap_dest"] or "WORLD"}
        return {"table": "fct_revenues", "company": ctx["company"], "metric": metric} if ctx["company"] else None
    if ctx["is_export"]:
        if re.fullmatch(r"(?i)(?:total\s+)?exports?", label):
            return {"table": "fct_exports", "product": ctx["cap_product"], "destination": ctx["cap_dest"] or "WORLD"}
        countries = find_countries(label)
        if countries and countries[0].start == 0 and countries[0].end >= len(label) - 1:
            return {"table": "fct_exports", "product": ctx["cap_product"], "destination": countries[0].value}
        products = find_products(label)
        if products:
            return {"table": "fct_exports", "product": _product_label(label, products[0].value),
                    "destination": ctx["cap_dest"] or "WORLD"}
        if _ITEM_HEADER.search(ctx["header"]) and re.fullmatch(r"[A-Za-z][\w ,&()/'-]{1,60}", label) and \
                not _NOT_A_COMPANY.search(label):
            # a commodity the vocabulary does not know, in a table of commodities: its own name
            return {"table": "fct_exports", "product": " ".join(label.lower().split()), "destination": ctx["cap_dest"] or "WORLD"}
        return None
    canon = canonical_company(label)
    if canon is None and (_NOT_A_COMPANY.search(label) or not ctx["company_table"] or re.search(r"\d|%|/", label)):
        return None  # 'Operating margin', a segment ('Talk Biz'), not a name ('Samsung — 5,200 /'): not a company row
    return {"table": "company", "company": canon or label}


def _product_label(label: str, vocab_label: str) -> str:
    """Keep the row's own words when they are more specific than the vocabulary label ('passenger cars')."""
    own = " ".join(label.lower().split())
    return own if len(own) <= 40 else vocab_label


def _row_facts(row, cols: list[Column], ctx: dict) -> list[Fact]:
    row_period = _label_period(row["name"], ctx)
    if row_period is not None:  # 'July | 323.17 | 22.5 | 25.8' under 'Monthly revenue, 2025'
        if ctx["is_export"]:
            entity = {"table": "fct_exports", "product": ctx["cap_product"], "destination": ctx["cap_dest"] or "WORLD"}
        elif ctx["company"]:
            entity = {"table": "company", "company": ctx["company"]}
        else:
            return []
        ctx = dict(ctx, fallback=row_period)
        cols = [dataclasses.replace(c, period=None) if c.kind in ("money", "growth") else c for c in cols]
    else:
        entity = _row_entity(row["name"], ctx)
    if entity is None:
        return []
    unit = re.search(r"\(([^)]*)\)", row["name"])
    if unit:
        cur, scale = _unit(f"(Unit: {unit.group(1)})")
        if cur is not None:
            ctx = dict(ctx, cur=cur, scale=scale)
    evidence = ctx["evidence_prefix"] + " ".join(row["line"].split())
    values = {k: _cell_value(t) for k, t in row["cells"].items() if k < len(cols)}
    fb = ctx["fallback"]

    def per(k: int) -> Period | None:
        return cols[k].period or fb

    money_cols = [k for k, c in enumerate(cols) if c.kind == "money" and not c.forecast and not c.not_money
                  and (c.metric in (None, "revenue", "operating_profit", "net_profit", "export"))]
    share_cols = [k for k, c in enumerate(cols) if c.kind == "share" and not c.forecast]
    rank_by_period = {cols[k].period: int(values[k][0]) for k, c in enumerate(cols)
                      if c.kind == "rank" and values.get(k, (None,))[0] is not None}
    growth_of: dict[int, float] = {}
    for k, c in enumerate(cols):
        if c.kind != "growth" or c.growth_qoq or values.get(k, (None,))[0] is None:
            continue
        left = [j for j in money_cols if j < k]
        same = [j for j in money_cols if c.period is not None and cols[j].period == c.period]
        latest = (lambda js: max(js, key=lambda j: per(j).start if per(j) else dt.date.min))
        target = same[0] if same else latest(left) if left else latest(money_cols) if money_cols else None
        if target is not None and target not in growth_of:
            growth_of[target] = values[k][0]
    flags = _consistency(row, cols, values, money_cols, share_cols, growth_of, per, ctx)
    facts: list[Fact] = []
    cur = ctx["cur"]
    for k in money_cols:
        v, malformed = values.get(k, (None, False))
        if v is None or cur is None:
            continue
        base = dict(value=round(v * ctx["scale"], 2), period=per(k), evidence=evidence, currency=cur,
                    change_pct=growth_of.get(k), source_org=ctx["source"], article_index=ctx["article_index"],
                    article_title=ctx["article_title"])
        if entity["table"] == "fct_exports":
            f = Fact(table="fct_exports", exporter=ctx["exporter"], destination=entity["destination"],
                     product=entity["product"], **base)
        elif entity["table"] == "fct_revenues":
            f = Fact(table="fct_revenues", company=entity["company"], metric=entity["metric"], **base)
        else:
            if ctx["is_export"]:
                continue
            metric = cols[k].metric if cols[k].metric in ("revenue", "operating_profit", "net_profit") else "revenue"
            f = Fact(table="fct_revenues", company=entity["company"], metric=metric, **base)
        if malformed and k not in flags:
            flags[k] = f"malformed number '{row['cells'][k]}'"
        f.flag = flags.get(k) or (None if f.period else "period not resolvable from the table")
        facts.append(f)
    if entity["table"] == "company" and not ctx["is_export"]:
        for k in share_cols:
            v, _ = values.get(k, (None, False))
            if v is None or not 0 < v <= 100:
                continue
            f = Fact(table="fct_market_shares", value=v, period=per(k), evidence=evidence, company=entity["company"],
                     market=ctx["market"], basis=ctx["basis"],
                     rank=rank_by_period.get(cols[k].period) or rank_by_period.get(None),
                     source_org=ctx["source"], article_index=ctx["article_index"], article_title=ctx["article_title"])
            f.flag = None if f.period else "period not resolvable from the table"
            if ctx["market"] is None:
                f.flag = f.flag or "market not named"
            facts.append(f)
    return facts


def _consistency(row, cols, values, money_cols, share_cols, growth_of, per, ctx) -> dict[int, str]:
    """Cells that contradict the rest of their row: value vs. prior value and growth; value vs. total and share."""
    flags: dict[int, str] = {}
    dated = [k for k in money_cols if values.get(k, (None,))[0] and per(k)]
    for cur_k, g in growth_of.items():
        if not values.get(cur_k, (None,))[0] or per(cur_k) is None:
            continue
        year_before = shift_period(per(cur_k), "year")
        prior = [k for k in dated if per(k) == year_before and cols[k].metric == cols[cur_k].metric]
        if not prior:
            continue  # no column a year earlier: the stated growth cannot be checked
        prev_k = prior[-1]
        pv, cv = values[prev_k][0], values[cur_k][0]
        implied = (cv / pv - 1) * 100
        if abs(implied - g) > max(0.6, 0.03 * abs(g)):
            bad = [k for k in (cur_k, prev_k) if values[k][1]] or [cur_k, prev_k]
            for k in bad:
                flags[k] = (f"table row does not add up: {row['cells'][cur_k]} vs {row['cells'][prev_k]} "
                            f"implies {implied:+.1f}% but the row states {g:+.1f}%")
    total = ctx["total"]
    if total is not None and share_cols and money_cols:
        tvals = {k: _cell_value(t)[0] for k, t in total["cells"].items()}
        for mk in money_cols:
            for sk in share_cols:
                if per(mk) != per(sk):
                    continue
                v, tv, s = values.get(mk, (None,))[0], tvals.get(mk), values.get(sk, (None,))[0]
                if v and tv and s is not None and abs(v / tv * 100 - s) > max(0.15, 0.05 * s):
                    flags.setdefault(mk, f"table row does not add up: {row['cells'][mk]} is {v / tv * 100:.2f}% "
                                         f"of the total but the row states a {s}% share")
    return flags
