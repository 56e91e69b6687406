"""Named things: companies, company groups, countries, products, markets, source organisations.

The vocabularies are data (``newsfacts/vocab/*.csv``) so analysts can extend
them without touching code; country names come from pycountry plus the
aliases news actually uses ("the U.S.", "America", "Chinese").
An alias prefixed with '=' in companies.csv / source_orgs.csv is matched
case-sensitively (short or ambiguous names: "Kia", "SK On", "Arm").
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from importlib import resources

import pycountry


@dataclass(frozen=True)
class Mention:
    value: str  # canonical name / code / label
    start: int
    end: int
    text: str


def _rows(name: str) -> list[dict]:
    with resources.files("newsfacts.vocab").joinpath(name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _alias_regex(pairs: list[tuple[str, str]], word_boundary: bool = True) -> tuple[re.Pattern, dict]:
    """One alternation over all aliases (longest first); returns it with the alias->canonical map."""
    exact, folded = {}, {}
    for alias, canon in pairs:
        if alias.startswith("="):
            exact[alias[1:]] = canon
        else:
            folded[alias.lower()] = canon
    parts = []
    for a in sorted(set(exact) | set(folded), key=len, reverse=True):
        esc = re.escape(a).replace(r"\ ", r"\s+")
        if a in exact and a.lower() not in folded:
            parts.append(f"(?-i:{esc})")
        else:
            parts.append(esc)
    body = "|".join(parts)
    pat = rf"(?<![\w&-])(?:{body})(?![\w&]|-(?!based|bound|made|led|listed|owned))" if word_boundary else body
    return re.compile(pat, re.IGNORECASE), {**{k.lower(): v for k, v in folded.items()}, **exact}


@functools.cache
def _companies():
    pairs = []
    for row in _rows("companies.csv"):
        aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
        pairs += [(a, row["canonical"]) for a in aliases]
        if row["canonical"].lower() not in {a.lstrip("=").lower() for a in aliases}:
            pairs.append((row["canonical"], row["canonical"]))
    return _alias_regex(pairs)


@functools.cache
def _groups():
    rows = _rows("company_groups.csv")
    pats = [(row["canonical"], re.compile(rf"\b(?:{row['pattern']})\b", re.IGNORECASE)) for row in rows]
    return pats


def _labelled(name: str, key: str = "label") -> list[tuple[str, re.Pattern]]:
    out = []
    for row in _rows(name):
        p = row["pattern"]
        flags = 0 if p.startswith("=") else re.IGNORECASE
        out.append((row[key], re.compile(rf"(?<![\w-])(?:{p.lstrip('=')})(?![\w])", flags)))
    return out


@functools.cache
def _products():
    return _labelled("products.csv")


@functools.cache
def _markets():
    return _labelled("markets.csv")


@functools.cache
def _orgs():
    return _labelled("source_orgs.csv", "canonical")


@functools.cache
def _countries():
    pairs = [(r["alias"], r["code"]) for r in _rows("countries.csv")]
    known = {a for a, _ in pairs}
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", c.name)}:
            if name not in known and "," not in name and len(name) > 3:
                pairs.append((name, c.alpha_2))
    exact = [(f"={a}", code) for a, code in pairs]
    return _alias_regex(exact)


def _lookup(m: re.Match, table: dict) -> str | None:
    t = " ".join(m.group(0).split())
    return table.get(t) or table.get(t.lower())


def find_companies(text: str) -> list[Mention]:
    rx, table = _companies()
    out = []
    for m in rx.finditer(text):
        canon = _lookup(m, table)
        if canon:
            out.append(Mention(canon, m.start(), m.end(), m.group(0)))
    return out


def find_groups(text: str) -> list[Mention]:
    out = []
    for canon, rx in _groups():
        for m in rx.finditer(text):
            out.append(Mention(canon, m.start(), m.end(), m.group(0)))
    return _non_overlapping(out)


def find_countries(text: str) -> list[Mention]:
    rx, table = _countries()
    out = []
    for m in rx.finditer(text):
        code = _lookup(m, table)
        if code:
            out.append(Mention(code, m.start(), m.end(), m.group(0)))
    return out


def _find_labelled(text: str, vocab) -> list[Mention]:
    out = []
    for label, rx in vocab:
        for m in rx.finditer(text):
            out.append(Mention(label, m.start(), m.end(), m.group(0)))
    return _non_overlapping(out)


def find_products(text: str) -> list[Mention]:
    return _find_labelled(text, _products())


def find_markets(text: str) -> list[Mention]:
    return _find_labelled(text, _markets())


def find_orgs(text: str) -> list[Mention]:
    return _find_labelled(text, _orgs())


def _non_overlapping(ms: list[Mention]) -> list[Mention]:
    """Longest mention wins where two overlap; earlier vocabulary rows win ties."""
    ms = sorted(ms, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in ms:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


def canonical_company(name: str) -> str | None:
    """'SK Hynix' -> 'SK hynix'; None when the name is not in the vocabulary."""
    ms = find_companies(name)
    if ms and ms[0].start == 0 and ms[0].end >= len(name.strip()) - 6:
        return ms[0].value
    return None
