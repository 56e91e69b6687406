"""Does a fact's evidence state its number? Lenient on formatting, strict on absence.

A value is "mentioned" when some number written in the evidence equals it up to a power of ten
(the scale word or table unit: 1.83e9 is "$1.83 billion", 76692e6 is "76,692" in a table in
millions, 66.19e12 is "66.19 trillion won"). Thousands separators, decimal commas ("20,51"), Korean
composite amounts ("6조 6190억") and a sign given by words ("operating loss of ...") are accepted;
a different digit sequence is not ("1.8 billion" does not state 1.83e9).
"""
from __future__ import annotations

import functools
import math
import re

__all__ = ["evidence_mentions_value", "numbers_in"]

_NUMBER = re.compile(r"(?<![\d.,])\d(?:[\d,.\u00a0 ]*\d)?")
# Korean composite amounts: 6조 6190억 (trillion + hundred million), 1억 2000만
_KOREAN = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*조\s*(\d[\d,]*)\s*억|(\d[\d,]*(?:\.\d+)?)\s*억\s*(\d[\d,]*)\s*만")
# English composite amounts: "14 trillion 710 billion won", "1 billion 250 million"
_SCALES = {"trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3}
_ENGLISH = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|million)\s+(\d[\d,]*(?:\.\d+)?)\s*"
                      r"(billion|million|thousand)\b", re.IGNORECASE)
_REL_TOL = 1e-6

# Spelled-out numbers of broadcast transcripts: "nine-point-35", "five-point-four-seven",
# "55-point-eight", "twenty-one", "three-and-a-half".
_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SPELLED = re.compile(rf"\b(?:{_WORD}|\d+)(?:[- ](?:{_WORD}|point|\d+))*(?:-and-a-half)?\b", re.IGNORECASE)


def _spelled_value(phrase: str) -> float | None:
    words = re.split(r"[- ]+", phrase.lower())
    half = phrase.lower().endswith("-and-a-half")
    if half:
        words = words[:-3]
    whole, frac, in_frac, seen_word = 0, "", False, False
    for w in words:
        if w == "point":
            if in_frac:
                return None
            in_frac = True
        elif in_frac:
            frac += w if w.isdigit() else str(_UNITS.get(w, "")) if _UNITS.get(w, 99) < 10 else "?"
        elif w.isdigit():
            whole = int(w)
        elif w in _TENS:
            whole, seen_word = whole + _TENS[w], True
        elif w in _UNITS:
            whole, seen_word = whole + _UNITS[w], True
    if "?" in frac or (in_frac and not frac):
        return None
    if not (seen_word or in_frac or half):
        return None  # plain digits: read by _NUMBER
    value = float(f"{whole}.{frac}") if frac else float(whole)
    return value + 0.5 if half else value


def _readings(token: str) -> set[float]:
    """Every number a token can mean: '76,692' -> 76692; '20,51' -> 20.51; '1.234.567' -> 1234567."""
    token = token.replace("\u00a0", " ").strip()
    parts = token.split(" ")
    # "1 234 567" (space-grouped thousands) or just two numbers side by side
    candidates = {token.replace(" ", "")} if all(len(p) == 3 for p in parts[1:]) and len(parts) > 1 else set()
    candidates |= set(parts)
    out: set[float] = set()
    for c in candidates:
        if not c:
            continue
        variants = {
            c.replace(",", ""),                          # 76,692.5 -> 76692.5
            c.replace(".", "").replace(",", "."),        # 1.234,5 -> 1234.5 ; 20,51 -> 20.51
        }
        for v in variants:
            if v.count(".") <= 1:
                try:
                    out.add(float(v))
                except ValueError:
                    pass
    return out


@functools.lru_cache(maxsize=4096)  # the facts of one sentence share their evidence
def numbers_in(text: str) -> frozenset[float]:
    """Every number the evidence can be read as stating (before any scale word)."""
    out: set[float] = set()
    for m in _NUMBER.finditer(text):
        out |= _readings(m.group(0).strip(" ,."))
    for m in _SPELLED.finditer(text):
        v = _spelled_value(m.group(0))
        if v is not None:
            out.add(v)
    for m in _ENGLISH.finditer(text):
        big, small = _SCALES[m.group(2).lower()], _SCALES[m.group(4).lower()]
        if small < big:
            out.add(float(m.group(1).replace(",", "")) * big + float(m.group(3).replace(",", "")) * small)
    for m in _KOREAN.finditer(text):
        if m.group(1):
            big, small, big_unit, small_unit = m.group(1), m.group(2), 1e12, 1e8
        else:
            big, small, big_unit, small_unit = m.group(3), m.group(4), 1e8, 1e4
        try:
            out.add(float(big.replace(",", "")) * big_unit + float(small.replace(",", "")) * small_unit)
        except ValueError:
            pass
    return frozenset(out)


def _same_up_to_power_of_ten(a: float, b: float) -> bool:
    if a == 0 or b == 0:
        return a == b
    exponent = round(math.log10(a / b))
    if not -3 <= exponent <= 15:
        return False
    return math.isclose(a, b * 10.0 ** exponent, rel_tol=_REL_TOL)


def evidence_mentions_value(evidence: str | None, value: float | None) -> bool | None:
    """True when the evidence writes the value (any scale, any separator style); None when either is missing."""
    if evidence is None or value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if not math.isfinite(value):
        return False
    target = abs(value)
    return any(_same_up_to_power_of_ten(target, n) for n in numbers_in(evidence))
