"""Numbers as news writes them: digits with separators, scale words, spelled-out forms.

Spelled-out numbers ("64-point-three billion", "three-thousand-120",
"three-and-a-half percent") are rewritten into digits before the other
grammars run, so money, percent and period grammars only ever see digits.
"""
from __future__ import annotations

import re

from newsfacts.grammar import fastre

SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "bil": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "tril": 1e12,
    "lakh": 1e5, "crore": 1e7, "cr": 1e7,  # Indian outlets: Rs 98,924 crore, Rs 1.2 lakh crore
}

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_MULT = {"hundred": 100, "thousand": 1000}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}

_WORD = "|".join(sorted([*_UNITS, *_TENS, *_MULT], key=len, reverse=True))
# a spelled number: words and digit groups joined by hyphens/spaces/"and", optionally "point" decimals
_ATOM = rf"(?:{_WORD}|\d+)"
_SPELLED = re.compile(
    rf"\b(?P<int>{_ATOM}(?:(?:-|\s+|\s+and\s+|-and-)(?:{_ATOM}))*)"
    rf"(?:(?:-|\s+)point(?:-|\s+)(?P<dec>(?:{_ATOM})(?:(?:-|\s+)(?:{_ATOM}))*))?"
    rf"(?:(?:-|\s+)and(?:-|\s+)an?(?:-|\s+)(?P<frac>half|quarter|third))?\b",
    re.IGNORECASE,
)
_HAS_WORD = fastre.words(rf"{_WORD}|point")
_SPLIT = re.compile(r"-and-|\s+and\s+|[-\s]+")
_QUANTITY_FOLLOWS = re.compile(
    r"[\s-]+(?:thousand|million|billion|trillion|percent|per\s+cent|percentage|dollars|won|yuan|yen|euros)\b",
    re.IGNORECASE)
_NUM = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")


def _words_to_int(tokens: list[str]) -> int | None:
    total, current = 0, 0
    for t in tokens:
        t = t.lower()
        if t.isdigit():
            # "three-thousand-120": digits add into the current group
            current += int(t)
        elif t in _UNITS:
            current += _UNITS[t]
        elif t in _TENS:
            current += _TENS[t]
        elif t == "hundred":
            current = (current or 1) * 100
        elif t == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current


def _digits_of(tokens: list[str]) -> str | None:
    """Decimal part: 'three' -> '3', '35' -> '35', 'three five' -> '35', 'thirty-five' -> '35'."""
    if all(t.isdigit() or t.lower() in _UNITS and _UNITS[t.lower()] < 10 for t in tokens):
        return "".join(t if t.isdigit() else str(_UNITS[t.lower()]) for t in tokens)
    v = _words_to_int(tokens)
    return None if v is None else str(v)


def _replace(m: re.Match) -> str:
    text = m.group(0)
    int_tokens = [t for t in _SPLIT.split(m.group("int")) if t]
    has_words = any(not t.isdigit() for t in int_tokens) or m.group("dec") or m.group("frac")
    if not has_words:
        return text
    # don't turn ordinary prose ("one of the", "two companies") into digits unless numeric context follows
    if (not m.group("dec") and not m.group("frac") and len(int_tokens) == 1
            and not _QUANTITY_FOLLOWS.match(m.string, m.end())):
        return text
    whole = _words_to_int(int_tokens)
    if whole is None:
        return text
    if m.group("dec"):
        dec = _digits_of([t for t in _SPLIT.split(m.group("dec")) if t])
        if dec is None:
            return text
        return f"{whole}.{dec}"
    if m.group("frac"):
        value = whole + _FRACTIONS[m.group("frac").lower()]
        return f"{value:g}"
    return str(whole)


def spelled_to_digits(text: str) -> str:
    """Rewrite spelled-out numbers into digits; text without number words is returned as is."""
    if fastre.search(_HAS_WORD, fastre.fold(text)) is None:
        return text
    return _SPELLED.sub(_replace, text)


def parse_number(text: str) -> float | None:
    """'1,234.5' -> 1234.5; returns None for anything that is not a plain number."""
    t = text.strip().replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


_MALFORMED_GROUPING = re.compile(r"\d{1,3}(,\d{3})*,\d{1,2}|\d{1,3}(,\d{3})*,\d{4,}")


def is_malformed_grouping(text: str) -> bool:
    """'20,51' is not a well-formed thousands grouping (a typo for 20,510?)."""
    return "," in text and _MALFORMED_GROUPING.fullmatch(text.strip()) is not None
