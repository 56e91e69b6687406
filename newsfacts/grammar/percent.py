"""Percentages and percentage points: "36%", "5.1 percent", "50-70%" (a range, not a value),
"up 2.1 percentage points"."""
from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"\d+(?:\.\d+)?"
_PCT = re.compile(
    rf"(?<![\w.])(?:(?P<lo>{_NUM})\s?(?:%|percent|per\s?cent)?\s?(?:-|–|~)\s?)?(?P<num>{_NUM})\s?"
    r"(?P<unit>%p|%|percent(?:age)?\s+points?|percent\b|per\s?cent\b|pct\b|pp\b|p\.p\.)",
    re.IGNORECASE,
)

# "10 to 12 percent", "between 4 and 5 percent" ("4.4 percent and 3.3 percent, respectively" is two values)
_RANGE_TO = re.compile(r"(?<!from )\b\d+(?:\.\d+)?\s*(?:%|percent)?\s+to\s+$|"
                       r"\bbetween\s+\d+(?:\.\d+)?\s*(?:%|percent)?\s+and\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_NEXT = re.compile(r"\s+and\s+\d")
_RANGE_NEXT = re.compile(r"\s*(?:to|-|–|~)\s*\d+(?:\.\d+)?\s*(?:%|percent)", re.IGNORECASE)


@dataclass(frozen=True)
class Percent:
    value: float
    start: int
    end: int
    text: str
    points: bool = False  # percentage points, not percent
    is_range: bool = False


def find_percents(text: str) -> list[Percent]:
    out = []
    for m in _PCT.finditer(text):
        unit = m["unit"].lower()
        points = unit.startswith("percentage") or unit in ("pp", "p.p.", "%p")
        is_range = m["lo"] is not None or bool(_RANGE_TO.search(text, max(0, m.start() - 24), m.start())) or bool(
            _RANGE_NEXT.match(text, m.end()) and not re.search(r"\bfrom\s+$", text[max(0, m.start() - 8):m.start()]))
        if not is_range and _BETWEEN_BEFORE.search(text, max(0, m.start() - 9), m.start()) and \
                _AND_NEXT.match(text, m.end()):
            is_range = True  # the low end of "between 17% and 18%"
        out.append(Percent(float(m["num"]), m.start(), m.end(), m.group(0), points, bool(is_range)))
    return out
