"""Money amounts: "$1.83 billion", "US$41.6 billion", "KRW 1.8 trillion", "17.6391 trillion won",
"2.8943 trillion New Taiwan Dollars", "NT$", "₩", "€", "yuan" ...

Works on text whose spelled-out numbers were already turned into digits
(see numbers.spelled_to_digits). Returns each amount with its span so the
extractor can reason about what is written around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsfacts.grammar import fastre
from newsfacts.grammar.numbers import SCALES, is_malformed_grouping, parse_number

# symbol or code written before the number -> ISO 4217
PREFIX_CURRENCIES = {
    "us$": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD", "us $": "USD",
    "nt$": "TWD", "twd": "TWD", "ntd": "TWD",
    "hk$": "HKD", "hkd": "HKD", "s$": "SGD", "a$": "AUD", "c$": "CAD",
    "₩": "KRW", "￦": "KRW", "krw": "KRW", "won": "KRW", "w": "KRW",  # 'W2.43tn' (broker notes); only when glued to digits
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "jpy": "JPY", "rmb": "CNY", "cny": "CNY", "yuan": "CNY",
    "rs.": "INR", "rs": "INR", "inr": "INR", "₹": "INR", "vnd": "VND",
    "rm": "MYR", "myr": "MYR", "thb": "THB", "idr": "IDR", "rp": "IDR", "php": "PHP", "sgd": "SGD",
}
# word written after the number (and its scale) -> ISO 4217
SUFFIX_CURRENCIES = {
    "won": "KRW", "korean won": "KRW", "krw": "KRW",
    "dollars": "USD", "dollar": "USD", "u.s. dollars": "USD", "us dollars": "USD", "american dollars": "USD",
    "usd": "USD",
    "new taiwan dollars": "TWD", "new taiwan dollar": "TWD", "taiwan dollars": "TWD", "nt dollars": "TWD",
    "twd": "TWD",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY",
    "yen": "JPY", "jpy": "JPY", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds": "GBP", "pounds sterling": "GBP", "rupees": "INR", "dong": "VND",
    "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "pesos": "PHP",
}

_NUMBER = r"\d{1,3}(?:,\d{1,3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE = r"thousand|million|billion|trillion|crore|lakh|mil|bil|tril|mn|mln|bn|bln|tn|trn|cr|m|b|k"  # crore 1e7, lakh 1e5 (India)
# lowercase (matched on folded text): starting with literals, the search skips through text quickly
_PREFIX = (r"w(?=-?\d)|won(?=\d|\s\d)|￦|us\s?\$|u\.s\.\s?\$|nt\$|hk\$|s\$|a\$|c\$|\$|₩|€|£|¥|₹|rs\.?(?=\s?\d)|"
           r"rm(?=\s?\d)|rp\.?(?=\s?\d)|"
           + "|".join(f"{code}(?![a-z])" for code in
                      ("usd", "krw", "eur", "jpy", "cny", "rmb", "twd", "ntd", "gbp", "hkd", "inr", "vnd", "myr", "thb", "idr", "sgd",
                       "php")))
_SUFFIX = "|".join(sorted((re.escape(k) for k in SUFFIX_CURRENCIES), key=len, reverse=True))

# the sign before the symbol ("-$1.2bn") is read in find_money: an optional group here would cost the fast start
_PREFIXED = re.compile(
    rf"(?P<cur>{_PREFIX})\s?(?P<neg2>[-−])?(?P<num>{_NUMBER})(?:\s?-?(?P<scale>{_SCALE})\b(?:(?<=il)\.)?)?"
    rf"(?:\s+(?P<scale2>{_SCALE})\b)?")  # 'US$ 9.45 bil.'
_SUFFIX_WORD = re.compile(_SUFFIX)  # the currency words _SUFFIXED needs (folded text): most sentences have none
_SIGN_BEFORE = re.compile(r"(?<![\w.,])[-−]")
_SUFFIXED = re.compile(
    rf"(?<![\w$€£¥₩.])(?P<num>{_NUMBER})(?:\s?-?(?P<scale>thousand|million|billion|trillion|crore|lakh|mil|bil|tril|mn|bn|tn)"
    rf"\b(?:(?<=il)\.)?)?"  # '5.37 tril. won'
    rf"(?:\s+(?P<scale2>thousand|million|billion|trillion|crore)\b)?\s?(?P<cur>{_SUFFIX})\b",
    re.IGNORECASE,
)
# "1 trillion 200 billion won": Korean-style compound amounts
_COMPOUND = re.compile(
    rf"(?P<a>\d+(?:\.\d+)?)\s+trillion\s+(?P<b>\d+(?:\.\d+)?)\s+billion\s+(?P<cur>{_SUFFIX})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    value: float
    currency: str
    start: int
    end: int
    text: str
    malformed: bool = False  # the digits look like a typo ("20,51")


def _amount(num: float, factor: float) -> float:
    """num × factor without float noise in the warehouse (279.6 × 1e12 is 279600000000000.03): whole units from a
    thousand up, cents below."""
    v = num * factor
    return float(round(v)) if abs(v) >= 1000 else round(v, 2)


def _scale(*words: str | None) -> float:
    factor = 1.0
    for w in words:
        if w:
            factor *= SCALES[w.lower()]
    return factor


def find_money(text: str) -> list[Money]:
    """All money amounts in ``text``, left to right, non-overlapping."""
    found: list[Money] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: float, cur: str | None, malformed: bool = False) -> None:
        if cur is None or any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(Money(value, cur, start, end, text[start:end], malformed))

    if "trillion" in text:
        for m in _COMPOUND.finditer(text):
            v = float(m["a"]) * 1e12 + float(m["b"]) * 1e9
            add(m.start(), m.end(), v, SUFFIX_CURRENCIES[m["cur"].lower()])
    low = fastre.fold(text)
    for m in _PREFIXED.finditer(low):
        num = parse_number(m["num"])
        if num is None:
            continue
        cur_raw = "".join(m["cur"].split())  # folded already
        scale = m["scale"]
        if cur_raw == "won" and text[m.start() + 3:m.start() + 4] == " " and (
                text[m.start()] != "W" or not scale or text[m.end():m.end() + 4].lower().startswith(" won")):
            continue  # "Won 47.5 billion" (S&P Global's style), not the verb ("won 47.5 billion won in orders")
        # "$5 m" / "$5m" ok, but "$5 b" rarely; a lone "m"/"b" must be glued or followed by space+non-letter
        start, end = m.start(), m.end()
        if cur_raw.startswith("us") and start > 0 and low[start - 1].isalpha():
            start = low.index("$", start)  # "minus $300 million": the dollar sign, not 'us $'
        neg = start > 0 and _SIGN_BEFORE.match(text, start - 1) is not None
        cur = PREFIX_CURRENCIES.get(cur_raw, PREFIX_CURRENCIES.get(cur_raw.rstrip("$") + "$"))
        if cur_raw in ("usd", "krw", "eur", "jpy", "cny", "rmb", "twd", "ntd", "gbp", "hkd", "inr", "vnd", "myr", "thb",
                       "idr", "sgd", "php"):
            cur = PREFIX_CURRENCIES[cur_raw]
        if neg or m["neg2"]:
            num = -num  # "KRW-2.88tn", "-$1.2bn"
        add(start - neg, end, _amount(num, _scale(scale, m["scale2"])), cur, is_malformed_grouping(m["num"]))
    for m in _SUFFIXED.finditer(text) if _SUFFIX_WORD.search(low) else ():
        num = parse_number(m["num"])
        if num is None:
            continue
        cur_word = " ".join(m["cur"].lower().split())
        cur = SUFFIX_CURRENCIES.get(cur_word)
        # "won" as a verb ("the firm won 3 orders") needs a scale word or a large number before it
        if cur == "KRW" and cur_word == "won" and not m["scale"] and num < 1000:
            continue
        add(m.start(), m.end(), _amount(num, _scale(m["scale"], m["scale2"])), cur, is_malformed_grouping(m["num"]))
    found.sort(key=lambda x: x.start)
    return found
