"""Periods as news writes them, resolved against the article's date.

"in 2024", "last year", "the first quarter of this year", "Q1", "3Q23", "1H24",
"the second half", "May 2021", "in June", "January to July", "January-July",
"the first seven months of this year", "the first 10 days of March",
"March 1-10", plus the comparison forms ("a year earlier", "the same period
last year", "the previous quarter") and anaphors ("the same period", "the
quarter") that the extractor resolves against the period in focus.
"""
from __future__ import annotations

import calendar
import functools
import datetime as dt
import re
from dataclasses import dataclass

from newsfacts.grammar import fastre
from newsfacts.model import Period

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "final": 4, "last": 4, "latter": 2, "later": 2, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11}
COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}

_MON = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June|Jun\.?|July|Jul\.?|Aug(?:ust|\.)?"
        r"|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_REL = r"(?:this|last|next|the\s+previous|the\s+current|the\s+same)\s+year"
_ORD = r"(?:first|1st|second|2nd|third|3rd|fourth|4th|final)"
_CNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_YEARSPEC = rf"(?:(?:,\s*|\s+of\s+|\s+in\s+|\s+)(?:(?P<{{n}}_yr>{_YEAR})|(?P<{{n}}_rel>{_REL}|the\s+year)))?"


def _ys(name: str) -> str:
    return _YEARSPEC.replace("{n}", name)


_PATTERNS: list[tuple[str, str]] = [
    # statistics offices' dotted dates: 2024.9.1~9.10, 2024.1.1~2024.9.10, 2024.01.01-09.10
    ("dotrange", rf"(?<![\d.])(?P<ty>{_YEAR})\.(?P<tm>\d{{1,2}})\.(?P<td>\d{{1,2}})\.?\s*[~～\-–]\s*"
                 rf"(?:(?P<ty2>{_YEAR})\.)?(?:(?P<tm2>\d{{1,2}})\.)?(?P<td2>\d{{1,2}})\.?(?![\d.]*\d)"),
    # the first 10 days of March (2024 / this month)
    ("days", rf"\b(?:the\s+)?first\s+(?P<dn>{_CNT})\s+days\s+of\s+(?:(?P<dm>{_MON})|(?P<dmrel>this|last)\s+month)"
             + _ys("d")),
    # March 1-10 / March 1 to 20 (, 2024)
    ("dayrange", rf"\b(?P<rm>{_MON})\s+(?P<r1>\d{{1,2}})\s*(?:-|–|to|through)\s*(?P<r2>\d{{1,2}})\b(?!\s*(?:%|percent))"
                 + _ys("r")),
    # from January to Feb. 29 / Jan. 1 to March 20 (, 2024)
    ("dayspan", rf"\b(?:from\s+)?(?P<sm1>{_MON})(?:\s+(?P<sd1>\d{{1,2}}))?\s*(?:-|–|to|through|until)\s*(?P<sm2>{_MON})\s+(?P<sd2>\d{{1,2}})\b"
                 rf"(?!\s*(?:%|percent))" + _ys("s")),
    # this year through Sept. 20: January 1 to that day (cumulative exports in 10- and 20-day releases)
    ("ytdthrough", rf"\b(?:so\s+far\s+)?(?:this|the)\s+year\s+(?:through|to|until|up\s+to)\s+(?P<ym>{_MON})\s*(?P<yd>\d{{1,2}})\b(?!\s*(?:%|percent))"),
    # the September quarter (Bloomberg, Reuters): the three months ending with that month
    ("mquarter", rf"\b(?:the\s+)?(?P<qm>{_MON})(?:-ending)?\s+quarter\b(?:\s+(?:of\s+)?(?P<qmy>{_YEAR}))?"),
    # the (fiscal) year / three months / quarter ended March (31,) 2024: a span ending with that month
    ("ended", rf"\b(?:(?:the\s+)?(?:fiscal\s+)?(?P<eu>year|quarter|half|(?P<en>{_CNT})\s+months)\s+(?:ended|ending|that\s+ended|to|through)\s+(?:in\s+)?)"
              rf"(?P<em>{_MON})(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?P<ey>{_YEAR}))?"),
    # 1-20 July (2024)
    ("dayfirst", rf"\b(?P<f1>\d{{1,2}})\s*[-–]\s*(?P<f2>\d{{1,2}})\s+(?P<fm>{_MON})(?![a-z])" + _ys("df")),
    # the first three quarters (of 2024)
    ("firstquarters", rf"\b(?:the\s+)?(?:first\s+(?P<fqn>two|three|2|3)\s+quarters|first\s+(?:through|to)\s+(?:the\s+)?"
                      rf"(?P<fqt>second|third)\s+quarters?)" + _ys("fq")),
    # 9M25, 1-3Q25: the first nine months (brokers' and IR shorthand)
    ("mcode", rf"\b(?:(?P<mcn>[1-9]|1[01])M|1-(?P<mcq>[23])Q)\s?'?(?P<mcy>\d{{2}})\b(?!\s*(?:%|percent))"),
    # the first seven months of this year / the first 10 months
    ("firstmonths", rf"\b(?:the\s+)?(?:first\s+|(?<=over\s)the\s+|(?<=in\s)the\s+)(?P<fn>{_CNT})\s+months" + _ys("f")),
    # from January to July (2023) / January-July / between January and July / the January-September period
    ("monthrange", rf"\b(?:from\s+|between\s+)?(?P<m1>{_MON})(?:\s+(?P<m1y>{_YEAR}))?\s*(?:-to-|-|–|~|to|through|until|and)\s*"
                   rf"(?P<m2>{_MON})(?![a-z])(?!\s+\d{{1,2}}\b(?!,?\s*{_YEAR}))(?:\s+(?:period|quarter|months))?" + _ys("m")),
    # quarters: the first quarter of this year, first-quarter, Q1 2024, Q1'24, 3Q23, 1Q, the January-March quarter
    ("quarter", rf"\b(?:the\s+)?(?P<qo>{_ORD})[\s-]+quarter(?:s)?\b" + _ys("q")),
    # this year's first quarter, 2024's fourth quarter
    ("yquarter", rf"\b(?:(?P<yqr>this|last|next)\s+year|(?P<yqy>{_YEAR}))(?:'s|’s)\s+(?P<yqo>{_ORD})[\s-]+quarter\b"),
    ("qcode", rf"\b(?:Q(?P<qa>[1-4])(?:\s*(?:'|’)?(?P<qay>\d{{2}}|{_YEAR})\b|(?:\s+of)?\s+(?P<qay4>{_YEAR})\b|(?:\s+of)?\s+(?P<qar>{_REL}))?"
              rf"|(?P<qb>[1-4])Q(?:\s*(?:'|’)?(?P<qby>\d{{2}}(?!\d)|{_YEAR}))?\b"
              rf"|(?P<qcy>{_YEAR})\s*(?:-|\s)?Q(?P<qc>[1-4])\b)"),
    # halves
    ("half", rf"\b(?:the\s+)?(?P<ho>first|1st|second|2nd|latter|later)[\s-]+half\b" + _ys("h")),
    ("hcode", rf"\b(?:H(?P<ha>[12])(?:\s*(?:'|’)?(?P<hay>\d{{2}}|{_YEAR})\b|\s+(?P<hay4>{_YEAR})\b)?"
              rf"|(?P<hb>[12])H(?:\s*(?:'|’)?(?P<hby>\d{{2}}(?!\d)|{_YEAR}))?\b)"),
    # comparison and anaphoric forms
    ("compare", r"\b(?:the\s+)?same\s+(?P<cg>period|month|quarter|time|half)\s+(?:of\s+|in\s+)?(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+prior\s+year|(?:of\s+)?the\s+year\s+before)\b"
                r"|\b(?:the\s+)?same\s+(?:period|month|quarter|half)\s+(?:of|in)\s+(?P<cgy>(?:19|20)\d\d)\b"
                r"|\ba\s+year\s+(?:earlier|ago|before)\b|\bthe\s+(?:previous|prior|preceding)\s+year\b|\bthe\s+year\s+before\b"
                r"|\b(?:a|one)\s+(?P<cq>quarter|month)\s+(?:earlier|ago|before)\b|\bthe\s+(?:previous|prior|preceding)\s+(?P<cp>quarter|month)\b"
                r"|\b(?:the\s+|a\s+)?(?:prior|previous|year)[\s-](?:year|ago|earlier)\s+(?:period|quarter|month|half|months)\b"),  # "the prior-year period\"
    ("anaphor", r"\b(?:the\s+)?same\s+(?:period|quarter|month|time)\b|\b(?:in|for|during|over)\s+the\s+(?P<ag>quarter|period|half)\b"
                r"|\b(?:for|in|over)\s+(?:the\s+|all\s+of\s+the\s+)?(?P<ay>full\s+year|whole\s+year|entire\s+year|year\s+as\s+a\s+whole|year)\b(?!\s+(?:earlier|ago|before|to))"
                r"|\b(?P<ay2>annual|full[\s-]year|yearly)\s+(?=(?:[\w-]+\s+){0,2}?(?:sales|revenues?|turnover|operating|net|profits?|loss|income|earnings|exports?))"),
    # month with year or relative year: May 2021, in May last year, March of this year
    ("monthyear", rf"(?:\b(?:in|of|for|during|since|by|from|to)\s+)?\b(?P<my>{_MON})(?:\s+\d{{1,2}},)?(?:\s+of)?\s*(?:(?P<myy>{_YEAR})\b|(?P<myr>{_REL}))"),
    ("monthrel", r"\b(?P<mrel>last|this|previous)\s+month\b"),
    # the most recent quarter / the latest quarter / last quarter: the latest that has ended by the article's date
    ("latestq", r"\b(?:the\s+)?(?:most\s+recent|latest|just-ended|just\s+ended|last)\s+quarter\b(?!\s+of\b)"),
    # bare month: in March, March's, for June
    # as of Nov. 20 (, 2025): a cut-off day, a reference (a year-to-date span ends there)
    ("asof", rf"\bas\s+of\s+(?P<am>{_MON})\.?\s+(?P<ad>\d{{1,2}})\b(?!\s*(?:%|percent))" + _ys("ao")),
    ("month", rf"(?:\b(?:in|of|for|during|since|through|until|by|from|to|last|this)\s+(?P<bm>{_MON})\b(?!\.?\s+\d)"
              rf"|\b(?P<bm2>(?!May){_MON})(?:'s|’s)?\b(?!\s+\d)(?=\s+(?:(?:ict|chip|semiconductor|car|auto|total|outbound|overall|battery|trade)\s+)?(?:exports?|imports?|shipments?|sales|revenues?|figures?|data))"
              rf"|\b(?P<bm3>{_MON})(?:'s|’s)\s|\b(?P<bm4>{_MON})(?=\s+alone\b))"),
    # year-to-date
    ("ytd", r"\b(?:year[\s-]to[\s-]date|so\s+far\s+this\s+year|this\s+year\s+so\s+far)\b"),
    # vague spans ("early 2021", "by the end of 2026") are not periods a fact can be given
    ("vague", rf"\b(?:early|late|mid|the\s+end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of|around|circa)"
              rf"[\s-]+(?:{_YEAR}|this\s+year|last\s+year|next\s+year)\b"),
    # years: in 2024, 2024's, fiscal 2024, FY2024, last year, this year
    ("year", rf"\b(?:(?:fiscal\s+(?:year\s+)?|FY\s?)?(?P<y>{_YEAR})|FY\s?'?(?P<fyy>\d{{2}}))\b"
             rf"(?!\s*(?:%|percent|won|yuan|units|GWh|MWh))(?!-\d)(?!,\d)"),
    ("relyear", rf"\b(?P<ry>last|this|next|the\s+current)\s+year\b"),
]
# a month name as the rules need it (not 'market', 'decline'): no rule matches a month followed by a letter
_MONTH_TOKEN = fastre.words(r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                            r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])")
_DIGIT = re.compile(r"\d")
# which grammar rules can possibly match, from one scan for trigger words (the rules themselves are costly;
# the full alternation is several times slower): a sentence is matched only against the rules it can trigger
_TRIGGER = re.compile(r"days|months?|ended|ending|through|quarter|half|earlier|ago|before|previous|prior|preceding|same|annual|yearly|"
                      r"the (?:quarter|period|half)|year|date|so far|early|late|mid|end of|beginning|start of|around|"
                      r"circa|q1|q2|q3|q4|h1|h2|h3|h4|1q|2q|3q|4q|1h|2h|3h|4h|as of")
# "9M25" (nine months of 2025): kept out of _TRIGGER, whose other words all start with a letter (an alternative
# that starts with a lookbehind makes re try every position: twice slower); its lookbehind is checked by hand
_TRIGGER_NM = re.compile(r"(?:1[01]|[1-9])m(?=\s?'?\d\d\b)")
_NEEDS: dict[str, tuple[bool, bool, frozenset]] = {  # needs a month name, needs a digit, any of these triggers
    "dotrange": (False, True, frozenset()),
    "days": (False, False, frozenset({"days"})),
    "dayrange": (True, True, frozenset()),
    "dayspan": (True, True, frozenset()),
    "firstmonths": (False, False, frozenset({"months"})),
    "firstquarters": (False, False, frozenset({"quarter"})),
    "mcode": (False, True, frozenset({f"{i}m" for i in range(1, 12)} | {"2q", "3q"})),
    "ytdthrough": (True, True, frozenset({" to ", "through", "year"})),
    "mquarter": (True, False, frozenset({"quarter"})),
    "ended": (True, False, frozenset({"ended", "ending", " to ", "through"})),
    "dayfirst": (True, True, frozenset()),
    "monthrange": (True, False, frozenset()),
    "quarter": (False, False, frozenset({"quarter"})),
    "yquarter": (False, False, frozenset({"quarter"})),
    "qcode": (False, True, frozenset({"q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"})),
    "half": (False, False, frozenset({"half"})),
    "hcode": (False, True, frozenset({"h1", "h2", "1h", "2h"})),
    "compare": (False, False, frozenset({"earlier", "ago", "before", "previous", "prior", "preceding", "same"})),
    "anaphor": (False, False, frozenset({"same", "the quarter", "the period", "the half", "year", "annual", "yearly"})),
    "monthyear": (True, False, frozenset()),
    "monthrel": (False, False, frozenset({"month", "months"})),
    "latestq": (False, False, frozenset({"quarter"})),
    "asof": (True, True, frozenset({"as of"})),
    "month": (True, False, frozenset()),
    "ytd": (False, False, frozenset({"date", "so far"})),
    "vague": (False, False, frozenset({"early", "late", "mid", "end of", "beginning", "start of", "around", "circa"})),
    "year": (False, True, frozenset()),
    "relyear": (False, False, frozenset({"year"})),
}


_YEARISH = re.compile(_YEAR)
_NEEDS_YEAR = {"dotrange": False, "year": False, "monthyear": True, "vague": True, "yquarter": True}  # True: or the word "year"


def _keys(text: str, low: str, first_month: re.Match | None) -> tuple[frozenset[str], dict[str, int]]:
    """The rules the text can trigger, and where each trigger word first occurs (a rule's matches cannot
    start much before its first trigger: its scan starts there)."""
    has_digit = _DIGIT.search(text) is not None
    year = _YEARISH.search(text) if has_digit else None
    fy = low.find("fy") if has_digit else -1
    has_year = year is not None or fy >= 0
    first: dict[str, int] = {}
    for m in _TRIGGER.finditer(low):
        first.setdefault(m.group(), m.start())
    if has_digit:
        for m in _TRIGGER_NM.finditer(low):
            if m.start() == 0 or low[m.start() - 1] not in "0123456789.,":
                first.setdefault(m.group(), m.start())
    to = low.find(" to ")
    if to >= 0:  # not in _TRIGGER: an alternative starting with a space is tried at every space
        first.setdefault(" to ", to)
    if has_year:
        first["#year"] = min(p for p in (year.start() if year else -1, fy) if p >= 0)
    if first_month is not None:
        first["#month"] = first_month.start()
    return _keys_of(first_month is not None, has_digit, has_year, frozenset(first)), first


@functools.lru_cache(maxsize=4096)
def _keys_of(has_month: bool, has_digit: bool, has_year: bool, found: frozenset[str]) -> frozenset[str]:
    keys = set()
    for k, (mon, dig, words) in _NEEDS.items():
        if (mon and not has_month) or (dig and not has_digit):
            continue
        if words and not (words & found):
            continue
        if k in _NEEDS_YEAR and not has_year and not (_NEEDS_YEAR[k] and "year" in found):  # found: trigger words
            continue
        keys.add(k)
    return frozenset(keys)


_COMPILED = [(k, re.compile(f"(?P<K_{k}>{p})", re.IGNORECASE | re.ASCII)) for k, p in _PATTERNS]


_NAMES_MONTH = frozenset(k for k, (mon, _, _) in _NEEDS.items() if mon)
_MONTH_REACH = 60  # no rule that needs a month name starts further than this before it ("the fiscal year ended March")


# how far before its first trigger word (or year, or month name) a rule's match can start
_REACH = {"days": 30, "firstmonths": 30, "firstquarters": 30, "quarter": 30, "yquarter": 30, "qcode": 12,
          "half": 25, "hcode": 12, "compare": 20, "anaphor": 25, "monthrel": 12, "latestq": 20, "ytd": 15, "vague": 10,
          "relyear": 15, "year": 15, "dotrange": 2, "mcode": 4, "asof": 2}


def _scan_from(k: str, first: dict[str, int]) -> int:
    if k in _NAMES_MONTH:
        return max(0, first["#month"] - _MONTH_REACH)
    words = _NEEDS[k][2]
    if words:
        return max(0, min(first[w] for w in words if w in first) - _REACH[k])
    return max(0, first["#year"] - _REACH[k]) if k in ("year", "dotrange") else 0


def _scan(text: str, keys: frozenset[str], first: dict[str, int]):
    """Leftmost matches, earlier rules winning ties (like one alternation, but each rule runs alone, from
    where it can first match: faster)."""
    found = []
    for prio, (k, rx) in enumerate(_COMPILED):
        if k in keys:
            found += [(m.start(), prio, m.end(), k, m) for m in rx.finditer(text, _scan_from(k, first))]
    found.sort(key=lambda t: (t[0], t[1]))
    kept: list[tuple] = []
    for item in found:
        start, _, end, _, _ = item
        if kept and start < kept[-1][2]:
            if end - start > kept[-1][2] - kept[-1][0]:
                kept[-1] = item  # "for April" vs "April-June": the longer reading wins
            continue
        kept.append(item)
    for _, _, _, k, m in kept:
        yield k, m
_FORWARD = fastre.words(r"will|expects?|expected|forecasts?|projected|plans?|aims?|target|outlook|likely\s+to|seen")
_REFERENCE = fastre.words(r"(?:since|before|after|following|by|until|till|through|as\s+early\s+as|as\s+of|"
                          r"(?:highest|lowest|largest|biggest|smallest|best|worst|first|fastest|steepest|sharpest)"
                          r"\s+(?:\w+\s+){0,2}?(?:since|in))\s+(?:the\s+end\s+of\s+)?")


_BASE_BEFORE = re.compile(r"(?:\b(?:from|than|compared\s+(?:to|with)|versus|vs\.?)|(?:%|\bpercent|\bper\s+cent)\s+(?:on|over))\s+(?:those\s+of\s+|that\s+of\s+)?(?:the\s+)?(?:same\s+(?:period|quarter|month|half|time)\s+(?:in|of)\s+)?$"
                          # "already exceeding last year's annual sales", "surpassing its full-year sales for 2019"
                          r"|\b(?:double|triple|twice|half|times)\s+(?:what|that\s+of)\s+(?:it|they|the\s+company)\s+(?:earned|posted|made|"
                          r"reported|recorded|booked|had)\s+(?:in\s+)?$"  # "more than double what it earned in the third quarter of last year"
                          r"|\b(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|topp(?:ed|ing)|beat(?:ing|s)?|outpac(?:ed|ing|es))\s+"
                          r"(?:its\s+|their\s+|the\s+)?(?:(?:full-year|annual|whole-year|total|record)\s+(?:\w+\s+)?(?:for|in|of)\s+)?$",
                          re.IGNORECASE)
_EXCEED_BEFORE = re.compile(r"\b(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|topp(?:ed|ing)|beat(?:ing|s)?|outpac(?:ed|ing|es))\s+"
                            r"(?:its\s+|their\s+|the\s+)?$", re.IGNORECASE)
# "the highest since the battery maker was spun off from LG Chem in December 2020": when something began, not a period
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the|its|it|they|their|[a-z]+\s+(?:was|were))\b[^,;:()]{0,70}$", re.IGNORECASE)
_YEAR_ONLY = re.compile(rf"(?<![\d.,])({_YEAR})(?![\d%])")
_WHEN_AFTER = re.compile(r"\s*,\s*when\b")
# "SK hynix reported late last month that ...": when something was said ("data showed October exports" is data's month)
_REPORTED_WHEN = re.compile(r"\b(?:reported|said|announced|disclosed|unveiled)\s+(?:late|early|earlier|in\s+(?:late|early|mid-?))\s*$")
_EARLIER_THIS = re.compile(r"\b(?:earlier|early|late)\s+$")  # "Earlier this month, Hon Hai reported ...": when it happened
_ITS_FIRST = re.compile(r"\b(?:its|their)\s")
_ABOVE_AFTER = re.compile(r"\s+(?:above|over|below|under|with|to\s+(?:top|exceed|surpass)|ever|in\s+which)\b")
_BY_PAST = re.compile(r"\bby\s")
_PAST_STATE = re.compile(r"\b(?:had|was|were|stood|reached)\b")
_REF_LEAD = re.compile(r"(?:since|by|until|through|as\s+of)\s", re.IGNORECASE)


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    text: str
    kind: str  # 'absolute' | 'relative' | 'comparison' | 'anaphor' | 'reference' (since/by X) | 'base' (from X) | 'when' (since X, when ...)
    period: Period | None  # resolved for absolute/relative when possible
    shift: str | None = None  # comparisons: 'year' | 'quarter' | 'month'
    grain: str | None = None  # anaphors: which grain they refer to


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def year_period(y: int) -> Period:
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def quarter_period(y: int, q: int) -> Period:
    return Period(dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter")


def half_period(y: int, h: int) -> Period:
    return Period(dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h), "half")


def month_period(y: int, m: int) -> Period:
    return Period(dt.date(y, m, 1), month_end(y, m), "month")


def month_range(y: int, m1: int, m2: int) -> Period:
    start, end = dt.date(y, m1, 1), month_end(y, m2)
    if m1 == m2:
        return month_period(y, m1)
    if m2 - m1 == 2 and m1 % 3 == 1:
        return Period(start, end, "quarter")
    if m2 - m1 == 5 and m1 in (1, 7):
        return Period(start, end, "half")
    if m1 == 1 and m2 == 12:
        return Period(start, end, "year")
    return Period(start, end, "range")


def shift_period(p: Period, shift: str) -> Period:
    """The comparison period: the same span a year (or a quarter/month) earlier."""
    if shift == "year":
        s = _minus_years(p.start, 1)
        e = _minus_years(p.end, 1)
        if p.end == month_end(p.end.year, p.end.month):
            e = month_end(e.year, e.month)
        return Period(s, e, p.grain)
    if shift == "quarter" and p.grain == "quarter":
        y, q = p.start.year, (p.start.month - 1) // 3 + 1
        y, q = (y, q - 1) if q > 1 else (y - 1, 4)
        return quarter_period(y, q)
    if shift == "month" and p.grain == "month":
        y, m = (p.start.year, p.start.month - 1) if p.start.month > 1 else (p.start.year - 1, 12)
        return month_period(y, m)
    if shift == "half" and p.grain == "half":
        y, h = p.start.year, 1 if p.start.month == 1 else 2
        return half_period(y, 2) if h == 1 and False else (half_period(y - 1, 2) if h == 1 else half_period(y, 1))
    return p


def _minus_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year - n)
    except ValueError:  # Feb 29
        return d.replace(year=d.year - n, day=28)


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _count(s: str) -> int:
    return int(s) if s.isdigit() else COUNTS[s.lower()]


def _year2(s: str | None) -> int | None:
    if not s:
        return None
    return int(s) if len(s) == 4 else 2000 + int(s)


def _rel_year(rel: str | None, doc_date: dt.date | None) -> int | None:
    if rel is None or doc_date is None:
        return None
    r = " ".join(rel.lower().split())
    if r.startswith("last") or r.startswith("the previous"):
        return doc_date.year - 1
    if r.startswith("next"):
        return doc_date.year + 1
    return doc_date.year  # this / current / the same / the year


def _latest_start(doc_date: dt.date | None, make, forward: bool, year_hint: int | None) -> Period | None:
    """Resolve a year-less period: the year in focus, else the latest instance starting by the article date."""
    if year_hint is not None:
        return make(year_hint)
    if doc_date is None:
        return None
    p = make(doc_date.year)
    if p.start <= doc_date or forward:
        return p
    return make(doc_date.year - 1)


_FISCAL_NAME = re.compile(r"(?i)fiscal|fy|financial\s+year")


def is_fiscal_year_mention(mention: "PeriodMention") -> bool:
    """'FY24', 'fiscal 2024', 'FY2024': a year named as a fiscal year (its months depend on the company)."""
    return mention.period is not None and mention.period.grain == "year" and bool(_FISCAL_NAME.match(mention.text))


def fiscal_year(year: int, end_month: int) -> Period:
    """The twelve months ending with ``end_month`` of ``year`` (FY24 of a March year-end: April 2023-March 2024)."""
    start = dt.date(year - 1, end_month + 1, 1) if end_month < 12 else dt.date(year, 1, 1)
    return Period(start, month_end(year, end_month), "year" if end_month == 12 else "range")


def find_periods(text: str, doc_date: dt.date | None, year_hint: int | None = None) -> list[PeriodMention]:
    """Every period mention in ``text`` (one sentence), resolved where it can be.

    ``year_hint`` is a year already in focus (stated earlier in the same sentence
    or article) used for year-less months/quarters before falling back on the date.
    """
    out: list[PeriodMention] = []
    low = fastre.fold(text)
    first_month = fastre.search(_MONTH_TOKEN, low, right=False)
    keys, first = _keys(text, low, first_month)
    if not keys:
        return out
    hint = year_hint
    if doc_date is None and hint is None:
        # undated text: "the fourth quarter" takes the year the same text states ("Fourth Quarter and Full-Year 2024")
        years = {int(y) for y in _YEAR_ONLY.findall(text)}
        if len(years) == 1:
            hint = years.pop()
    matches = list(_scan(text, keys, first))
    if not matches:
        return out
    forward = fastre.search(_FORWARD, low) is not None
    refs = [m.end() for m in fastre.finditer(_REFERENCE, low, right=False)]
    for kind, m in matches:
        g = m.groupdict()
        mention = _resolve(kind, g, doc_date, hint, forward)
        if mention is None:
            continue
        pkind, period, shift, grain = mention
        if pkind in ("absolute", "relative") and "when" in low[m.end():m.end() + 10] and \
                _WHEN_AFTER.match(text, m.end(), m.end() + 10):
            pkind = "when"  # "since 2008, when it posted X": the period of the amounts after it only
        elif (m.start() in refs or (m.start() - 1) in refs or _REF_LEAD.match(m.group(0))) and not (
                period is not None and doc_date is not None and period.end < doc_date and not forward
                and _BY_PAST.search(low, max(0, m.start() - 4), m.start() + 1) and _PAST_STATE.search(low)):
            pkind = "reference"  # ("By 2024, CATL's share had risen to 37.9%": the state in that past year)
        elif kind in ("monthrel", "month") and (_REPORTED_WHEN.search(low, max(0, m.start() - 30), m.start()) or
                                                _EARLIER_THIS.search(low, max(0, m.start() - 9), m.start())):
            pkind = "reference"  # "SK hynix reported late last month that ...": when it was said, not the figure's period
        elif pkind in ("absolute", "relative") and "since" in low[max(0, m.start() - 80):m.start()] and \
                _SINCE_CLAUSE.search(text, max(0, m.start() - 80), m.start()):
            pkind = "reference"
        elif pkind in ("absolute", "relative") and _BASE_BEFORE.search(text, max(0, m.start() - 45), m.start()):
            pkind = "base"  # "down 27% from 2022": the period of a comparison value, not of the fact
        if kind == "quarter" and _ITS_FIRST.search(low, max(0, m.start() - 8), m.start() + 1) and \
                _ABOVE_AFTER.match(low, m.end()):
            continue  # "its first quarter above 3 trillion won": a first time, not a period
        if pkind == "anaphor" and _EXCEED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "already surpassing its full-year sales for 2019": the record passed, not the figure's period
        if pkind == "anaphor" and out and out[-1].kind in ("base", "comparison", "reference") and \
                re.fullmatch(r"(?:'s|’s)?\s*", text[out[-1].end:m.start()]):
            continue  # "exceeding last year's annual sales": the annual sales of the base year, not of the one in focus
        out.append(PeriodMention(m.start(), m.end(), m.group(0), pkind, period, shift, grain))
        # an explicit year in this sentence becomes the hint for later year-less mentions
        if period is not None and pkind == "absolute":
            hint = period.end.year
    return out


def _explicit_year(g: dict, prefix: str, doc_date: dt.date | None) -> tuple[int | None, bool]:
    """The year stated with a mention (digits or 'this/last year'); second item: was one stated."""
    y = g.get(f"{prefix}_yr")
    if y:
        return int(y), True
    r = g.get(f"{prefix}_rel")
    if r:
        return _rel_year(r, doc_date), True
    return None, False


def _day_range(mon, d1, d2, g, prefix, doc_date, forward, hint):
    """Days d1..d2 of a month, in the stated year or the latest one by the article date."""
    year, stated = _explicit_year(g, prefix, doc_date)
    if not stated:
        p = _latest_start(doc_date, lambda y: month_period(y, mon), forward, hint)
        year = p.start.year if p else None
    if year is None:
        return ("relative", None, None, None)
    if not (1 <= d1 < d2 <= calendar.monthrange(year, mon)[1]):
        return None
    return ("absolute", Period(dt.date(year, mon, d1), dt.date(year, mon, d2), "range"), None, None)


def _resolve(kind, g, doc_date, hint, forward):  # noqa: C901 - one branch per grammar rule
    if kind == "dotrange":  # 2024.9.1~9.10
        y1, m1 = int(g["ty"]), int(g["tm"])
        y2, m2 = int(g["ty2"] or y1), int(g["tm2"] or m1)
        try:
            start, end = dt.date(y1, m1, int(g["td"])), dt.date(y2, m2, int(g["td2"]))
        except ValueError:
            return None
        if end < start:
            return None
        if start.day == 1 and end == month_end(end.year, end.month) and start.year == end.year:
            return ("absolute", month_range(y1, m1, m2), None, None)
        return ("absolute", Period(start, end, "range"), None, None)
    if kind == "days":
        n = _count(g["dn"])
        if g["dm"]:
            mon = _month(g["dm"])
            year, stated = _explicit_year(g, "d", doc_date)
        else:
            if doc_date is None:
                return ("relative", None, None, None)
            mon = doc_date.month if g["dmrel"].lower() == "this" else (doc_date.month - 2) % 12 + 1
            year = doc_date.year if mon <= doc_date.month else doc_date.year - 1
            stated = True
        if not stated:
            p = _latest_start(doc_date, lambda y: month_period(y, mon), forward, hint)
            year = p.start.year if p else None
        if year is None:
            return ("relative", None, None, None)
        end = min(n, calendar.monthrange(year, mon)[1])
        return ("absolute", Period(dt.date(year, mon, 1), dt.date(year, mon, end), "range"), None, None)
    if kind == "dayrange":  # March 1-10
        return _day_range(_month(g["rm"]), int(g["r1"]), int(g["r2"]), g, "r", doc_date, forward, hint)
    if kind == "dayspan":
        m1, m2 = _month(g["sm1"]), _month(g["sm2"])
        d1, d2 = int(g["sd1"] or 1), int(g["sd2"])
        year, stated = _explicit_year(g, "s", doc_date)
        if not stated:
            p = _latest_start(doc_date, lambda y: month_range(y, m1, m2) if m2 >= m1 else None, forward, hint)
            year = p.start.year if p else None
        if year is None or m2 < m1:
            return ("relative", None, None, None)
        try:
            start, end = dt.date(year, m1, d1), dt.date(year, m2, d2)
        except ValueError:
            return None
        if end == month_end(year, m2) and d1 == 1:
            return ("absolute", month_range(year, m1, m2), None, None)
        return ("absolute", Period(start, end, "range"), None, None)
    if kind == "mquarter":
        mon = _month(g["qm"])
        if g["qmy"]:
            year = int(g["qmy"])
        else:
            p = _latest_start(doc_date, lambda y: month_period(y, mon), forward, hint)
            if p is None:
                return ("relative", None, None, None)
            year = p.start.year
        sm, sy = mon - 2, year
        if sm <= 0:
            sm, sy = sm + 12, sy - 1
        return ("absolute" if g["qmy"] else "relative",
                Period(dt.date(sy, sm, 1), month_end(year, mon), "quarter" if mon % 3 == 0 else "range"), None, None)
    if kind == "ytdthrough":
        if doc_date is None:
            return ("relative", None, None, None)
        mon, day = _month(g["ym"]), int(g["yd"])
        year = doc_date.year if (mon, day) <= (doc_date.month, doc_date.day) else doc_date.year - 1
        if day > calendar.monthrange(year, mon)[1]:
            return None
        return ("relative", Period(dt.date(year, 1, 1), dt.date(year, mon, day), "range"), None, None)
    if kind == "ended":
        mon = _month(g["em"])
        unit = g["eu"].lower()
        n = 12 if unit == "year" else 3 if unit == "quarter" else 6 if unit == "half" else _count(g["en"])
        if not 1 <= n <= 24:
            return None
        if g["ey"]:
            year = int(g["ey"])
        else:
            p = _latest_start(doc_date, lambda y: month_period(y, mon), False, hint)
            if p is None:
                return ("relative", None, None, None)
            year = p.start.year
        end = month_end(year, mon)
        sm, sy = mon - n + 1, year
        while sm <= 0:
            sm, sy = sm + 12, sy - 1
        grain = "year" if n == 12 and mon == 12 else "quarter" if n == 3 and mon % 3 == 0 else \
            "half" if n == 6 and mon in (6, 12) else "month" if n == 1 else "range"
        return ("absolute" if g["ey"] else "relative", Period(dt.date(sy, sm, 1), end, grain), None, None)
    if kind == "dayfirst":  # 1-20 July
        return _day_range(_month(g["fm"]), int(g["f1"]), int(g["f2"]), g, "df", doc_date, forward, hint)
    if kind == "firstquarters":
        n = 3 * (2 if (g["fqn"] or "").lower() in ("two", "2") or (g["fqt"] or "").lower() == "second" else 3)
        year, stated = _explicit_year(g, "fq", doc_date)
        if not stated:
            p = _latest_start(doc_date, lambda y: month_range(y, 1, n), forward, hint)
            return ("relative", p, None, None)
        return ("absolute", month_range(year, 1, n), None, None) if year else ("relative", None, None, None)
    if kind == "mcode":
        n = int(g["mcn"]) if g["mcn"] else 3 * int(g["mcq"])
        return ("absolute", month_range(2000 + int(g["mcy"]), 1, n), None, None)
    if kind == "firstmonths":
        n = _count(g["fn"])
        if not 1 <= n <= 12:
            return None
        year, stated = _explicit_year(g, "f", doc_date)
        if not stated:
            p = _latest_start(doc_date, lambda y: month_range(y, 1, n), forward, hint)
            return ("relative", p, None, None)
        return ("absolute", month_range(year, 1, n), None, None) if year else ("relative", None, None, None)
    if kind == "monthrange":
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        year, stated = _explicit_year(g, "m", doc_date)
        if m2 < m1:  # across a year end: "October 2023–September 2024", "October-March 2025" (a fiscal year)
            if not stated or year is None:
                return None
            y1 = int(g["m1y"]) if g.get("m1y") else year - 1
            if y1 != year - 1:
                return None
            return ("absolute", Period(dt.date(y1, m1, 1), month_end(year, m2), "range"), None, None)
        if not stated and g.get("m1y"):
            year, stated = int(g["m1y"]), True
        if not stated:
            p = _latest_start(doc_date, lambda y: month_range(y, m1, m2), forward, hint)
            return ("relative", p, None, None)
        return ("absolute", month_range(year, m1, m2), None, None) if year else ("relative", None, None, None)
    if kind == "quarter":
        q = ORDINALS[g["qo"].lower()]
        if q > 4:
            return None
        year, stated = _explicit_year(g, "q", doc_date)
        if not stated:
            p = _latest_start(doc_date, lambda y: quarter_period(y, q), forward, hint)
            return ("relative", p, None, None)
        return ("absolute", quarter_period(year, q), None, None) if year else ("relative", None, None, None)
    if kind == "yquarter":
        q = ORDINALS[g["yqo"].lower()]
        year = int(g["yqy"]) if g["yqy"] else _rel_year(g["yqr"] + " year", doc_date)
        if year is None or q > 4:
            return ("relative", None, None, None)
        return ("absolute", quarter_period(year, q), None, None)
    if kind == "qcode":
        if g["qa"]:
            q = int(g["qa"])
            year = _year2(g["qay"]) or _year2(g["qay4"]) or (_rel_year(g["qar"], doc_date) if g["qar"] else None)
            stated = bool(g["qay"] or g["qay4"] or g["qar"])
        elif g["qb"]:
            q, year = int(g["qb"]), _year2(g["qby"])
            stated = bool(g["qby"])
        else:
            q, year, stated = int(g["qc"]), int(g["qcy"]), True
        if not stated:
            p = _latest_start(doc_date, lambda y: quarter_period(y, q), forward, hint)
            return ("relative", p, None, None)
        return ("absolute", quarter_period(year, q), None, None) if year else ("relative", None, None, None)
    if kind == "half":
        h = 1 if g["ho"].lower() in ("first", "1st") else 2
        year, stated = _explicit_year(g, "h", doc_date)
        if not stated:
            p = _latest_start(doc_date, lambda y: half_period(y, h), forward, hint)
            return ("relative", p, None, None)
        return ("absolute", half_period(year, h), None, None) if year else ("relative", None, None, None)
    if kind == "hcode":
        if g["ha"]:
            h, year = int(g["ha"]), _year2(g["hay"]) or _year2(g["hay4"])
        else:
            h, year = int(g["hb"]), _year2(g["hby"])
        if year is None:
            p = _latest_start(doc_date, lambda y: half_period(y, h), forward, hint)
            return ("relative", p, None, None)
        return ("absolute", half_period(year, h), None, None)
    if kind == "compare":  # ("the same quarter of 2021": a year back from the quarter in focus, as in the usual case)
        shift = "year"
        if g.get("cq"):
            shift = g["cq"].lower()
        elif g.get("cp"):
            shift = g["cp"].lower()
        return ("comparison", None, shift, None)
    if kind == "anaphor":
        grain = "year" if g.get("ay") or g.get("ay2") else (g.get("ag") or "period").lower()
        return ("anaphor", None, None, grain)
    if kind == "monthyear":
        mon = _month(g["my"])
        year = int(g["myy"]) if g["myy"] else _rel_year(g["myr"], doc_date)
        if year is None:
            return ("relative", None, None, None)
        return ("absolute", month_period(year, mon), None, None)
    if kind == "monthrel":
        if doc_date is None:
            return ("relative", None, None, None)
        rel = g["mrel"].lower()
        y, mo = doc_date.year, doc_date.month
        if rel in ("last", "previous"):
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        return ("relative", month_period(y, mo), None, None)
    if kind == "latestq":
        if doc_date is None:
            return ("relative", None, None, None)
        q = (doc_date.month - 1) // 3  # the quarter before the one the date is in
        year = doc_date.year if q else doc_date.year - 1
        return ("relative", quarter_period(year, q or 4), None, None)
    if kind == "asof":
        mon, day = _month(g["am"]), int(g["ad"])
        year, stated = _explicit_year(g, "ao", doc_date)
        if not stated:
            p = _latest_start(doc_date, lambda y: month_period(y, mon), False, hint)
            year = p.start.year if p else None
        if year is None or not 1 <= day <= calendar.monthrange(year, mon)[1]:
            return ("relative", None, None, None)
        d = dt.date(year, mon, day)
        return ("absolute", Period(d, d, "range"), None, None)
    if kind == "month":
        mon = _month(g["bm"] or g["bm2"] or g["bm3"] or g["bm4"])
        p = _latest_start(doc_date, lambda y: month_period(y, mon), forward, hint)
        return ("relative", p, None, None)
    if kind == "ytd":
        if doc_date is None:
            return ("relative", None, None, None)
        end_month = doc_date.month - 1 or 1
        return ("relative", month_range(doc_date.year, 1, end_month), None, None)
    if kind == "vague":
        return ("relative", None, None, None)
    if kind == "year":  # 'FY24' too: a fiscal year, made the article's own fiscal year by the extractor
        return ("absolute", year_period(int(g["y"]) if g["y"] else 2000 + int(g["fyy"])), None, None)
    if kind == "relyear":
        y = _rel_year(g["ry"], doc_date)
        return ("relative", year_period(y) if y else None, None, None)
    return None
