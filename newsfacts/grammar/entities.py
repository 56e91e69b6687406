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

from newsfacts.grammar import fastre


@dataclass(frozen=True)
class Mention:
    value: str  # canonical name / code / label
    start: int
    end: int
    text: str


def _rows(name: str) -> list[dict]:
    with resources.files("newsfacts.vocab").joinpath(name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


_RIGHT = r"(?![\w&]|-(?!based|bound|made|led|listed|owned))"


def _alias_regex(pairs: list[tuple[str, str]]) -> tuple[list[tuple[re.Pattern, bool]], dict]:
    """Trie regexes over all aliases, each with whether it runs on folded text (case-insensitive aliases)
    or on the text as written ('=' aliases); with the alias->canonical map. No lookbehind for the left
    edge (checked in _alias_matches): a pattern that starts with letters is searched several times faster."""
    exact, folded = {}, {}
    for alias, canon in pairs:
        if alias.startswith("="):
            exact[alias[1:]] = canon
        else:
            folded[alias.lower()] = canon
    rxs = []
    if folded:
        rxs.append((re.compile("(?:" + fastre.trie(list(folded)) + ")" + _RIGHT), True))
    only_exact = [a for a in exact if a.lower() not in folded]
    if only_exact:
        rxs.append((re.compile("(?:" + fastre.trie(only_exact) + ")" + _RIGHT), False))
    return rxs, {**folded, **exact}


def _alias_matches(text: str, rxs: list[tuple[re.Pattern, bool]], table: dict) -> list[Mention]:
    out = []
    low = None
    for rx, on_folded in rxs:
        if on_folded and low is None:
            low = fastre.fold(text)
        subject = low if on_folded else text
        pos = 0
        while (m := rx.search(subject, pos)) is not None:
            start = m.start()
            if start and _in_word(subject[start - 1]):
                pos = start + 1  # inside a word: "(?<![\\w&-])"
                continue
            canon = _lookup(m, table)
            if canon:
                out.append(Mention(canon, start, m.end(), text[start:m.end()]))
            pos = m.end()
    return _non_overlapping(out) if len(rxs) > 1 else out


def _in_word(c: str) -> bool:
    return c.isalnum() or c in "_&-"


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
def _fiscal_year_ends() -> dict[str, int]:
    return {row["company"]: int(row["fiscal_year_end_month"]) for row in _rows("fiscal_years.csv")}


def fiscal_year_end(company: str | None) -> int | None:
    """The month a company's fiscal year ends in when it is not December (vocab/fiscal_years.csv): its
    'fiscal 2025' and 'fiscal third quarter' are those months, not the calendar's."""
    return _fiscal_year_ends().get(company) if company else None


@functools.cache
def _group_members() -> list[tuple[str, frozenset[str]]]:
    return [(row["canonical"], frozenset(row["members"].split("|"))) for row in _rows("company_groups.csv")
            if row.get("members")]


def group_of(members: list[str]) -> str | None:
    """The stated group that several named companies make up ('the combined share of LG Energy Solution, SK On
    and Samsung SDI' -> 'Korean battery makers (combined)'; vocab/company_groups.csv, column members)."""
    named = set(members)
    if len(named) < 2:
        return None
    return next((name for name, group in _group_members() if named <= group), None)


@functools.cache
def _groups():
    rows = _rows("company_groups.csv")
    names = [row["canonical"] for row in rows]
    rx = re.compile("|".join(rf"(?P<g{i}>\b(?:{_lower_pattern(row['pattern'])})\b)" for i, row in enumerate(rows)))
    return names, rx


def _labelled(name: str, key: str = "label") -> tuple[list[str], re.Pattern, bool]:
    """One alternation per vocabulary; at one position the earlier row wins, so rows go specific-first.
    Without case-sensitive ('=') rows it is compiled in lowercase and runs on folded text (faster)."""
    labels, parts = [], []
    rows = _rows(name)
    folded = not any(row["pattern"].startswith("=") for row in rows)
    for i, row in enumerate(rows):
        p = row["pattern"]
        body = _lower_pattern(p) if folded else f"(?-i:{p[1:]})" if p.startswith("=") else p
        labels.append(row[key])
        parts.append(rf"(?P<v{i}>{body})")
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?!\w)", 0 if folded else re.IGNORECASE)
    return labels, rx, folded


def _lower_pattern(pattern: str) -> str:
    """A regex's letters in lowercase, escapes kept ('\\S' stays '\\S')."""
    return re.sub(r"(\\.)|([A-Z])", lambda m: m.group(1) or m.group(2).lower(), pattern)


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
    rxs, table = _companies()
    return [_subsidiary(text, m) for m in _alias_matches(text, rxs, table)]


# "LG Electronics India", "Samsung India Electronics", "Hyundai Motor India Ltd": a national subsidiary that
# reports its own figures, named as written (the parent's name and a country)
_SUBSIDIARY_TAIL = re.compile(r"\s+(?P<country>[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)??)"
                              r"(?P<corp>\s+(?:Electronics|Motors?|Display|Semiconductor|Technologies))?"
                              r"(?:\s+(?:Pvt\.?|Private)?\s*(?:Ltd\.?|Limited|Inc\.?|Corp\.?|Co\.,?\s*Ltd\.?))?(?![\w&-])")
_HOME = {"KR", "KP"}


def _subsidiary(text: str, m: Mention) -> Mention:
    if m.end + 1 >= len(text) or not text[m.end + 1].isupper():
        return m  # no capitalised word right after the name (the usual case)
    tail = _SUBSIDIARY_TAIL.match(text, m.end)
    if tail is None:
        return m
    countries = find_countries(tail.group("country"))
    if not countries or countries[0].start != 0 or countries[0].end != len(tail.group("country")) or \
            countries[0].value in _HOME:
        return m
    end = tail.end("corp") if tail.group("corp") else tail.end("country")
    name = " ".join(text[m.start:end].split())
    return Mention(name, m.start, end, text[m.start:end])


_GROUP_NATION = re.compile(r"korean|chinese|japanese|taiwanese|k-")  # every group row names one (folded text)
_GROUP_WORD = re.compile("maker|compan|firm|manufacturer|producer|trio|brand|vendor|industry|shipbuilder|player|"
                         "supplier")  # a group is named by one of these (on folded text)


_NAME = r"[A-Z][A-Za-z0-9&.-]*(?:\s+(?:[A-Z][A-Za-z0-9&.-]*|&))*"
_CORP_SUFFIX = r"(?:\s+(?:Co\.?,?\s*Ltd\.?|Co\.|Corp\.?|Inc\.?|Ltd\.?|Holdings|Group))?"
# a proper name in the role of a company: "LX Semicon posted ...", "OmniVision's share", "Visionox (8.4%)"
_UNKNOWN_COMPANY = re.compile(  # the left edge "(?<![\w&-])" is checked in _unknown_candidates (faster)
    rf"(?P<name>{_NAME}){_CORP_SUFFIX}(?:\s*\([^)]{{1,30}}\))?"
    r"(?=(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:revenue|sales|turnover|operating|net|profit|loss|share|market\s+share|"
    r"earnings|income)\b|\s+(?:posted|reported|recorded|logged|booked|swung|turned|raked|chalked|earned|generated|"
    r"saw|said\s+(?:its|it)|came\s+(?:in\s+)?(?:second|third|fourth|fifth|first)|ranked|held|took|captured|"
    r"commanded|trailed|followed|kept|retained|maintained|remained|stayed|topped|led)\b|\s*\(\s*\d+(?:\.\d+)?\s*%\)|\s+(?:with|at)\s+(?:a\s+)?\d+(?:\.\d+)?\s*"
    r"(?:%|percent|per\s+cent))")
_NOT_NAMES = {
    "the", "it", "its", "this", "that", "these", "those", "in", "on", "for", "according", "korea", "south", "korean",
    "exports", "imports", "revenue", "sales", "operating", "net", "shipments", "global", "total", "others", "other",
    "analysts", "meanwhile", "however", "seoul", "market", "demand", "prices", "china", "japan", "u.s.", "us", "eu",
    "chinese", "japanese", "american", "european", "taiwan", "taiwanese", "vietnam", "overall", "combined", "domestic",
    "local", "foreign", "top", "company", "firm", "government", "ministry", "industry", "memory", "chip", "chips",
    "battery", "batteries", "we", "they", "he", "she", "our", "their", "q1", "q2", "q3", "q4", "by", "as", "at", "and",
    "with", "from", "after", "before", "since", "while", "but", "also", "both", "each", "all", "some", "shares", "stock",
    "kospi", "kosdaq", "nasdaq", "dram", "nand", "hbm", "oled", "lcd", "ev", "evs", "ess", "ai", "tv", "tvs", "table",
    "source", "note", "ceo", "cfo", "chairman", "president", "reporter", "anchor", "news", "data", "figures", "first",
    "second", "third", "fourth", "last", "next", "year", "quarter", "month", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
}


def _unknown_candidates(text: str) -> list[re.Match]:
    out, pos = [], 0
    while (m := _UNKNOWN_COMPANY.search(text, pos)) is not None:
        if m.start() and _in_word(text[m.start() - 1]):
            pos = m.start() + 1
            continue
        out.append(m)
        pos = m.end() if m.end() > m.start() else m.start() + 1
    return out


def find_unknown_companies(text: str, known: list[Mention]) -> list[Mention]:
    """Proper names acting as companies that the vocabulary does not know ('LX Semicon posted ...').

    Conservative on purpose: only a capitalised name in a company's role (subject of an earnings verb,
    owner of revenue/share, or a name in a ranking list) that is not a known company, country, source
    or common sentence opener."""
    if fastre.fold(text) == text:
        return []  # no capital letter, no name
    candidates = _unknown_candidates(text)
    if not candidates:
        return []
    out = []
    taken = [(k.start, k.end) for k in known]
    countries = find_countries(text)
    orgs = find_orgs(text)
    for m in candidates:
        name = m.group("name").strip(" .,")
        words = name.split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        while words and re.fullmatch(r"(?i)(?:inc|co|corp|ltd|llc|plc)\.?,?", words[-1]):
            words = words[:-1]
        if not words:
            continue
        name = " ".join(words)
        start = m.start("name") + m.group("name").find(words[0])
        end = start + len(name)
        if name.lower() in _NOT_NAMES or len(name) < 2 or name.isdigit():
            continue
        if any(s < end and start < e for s, e in taken) or any(c.start < end and start < c.end for c in countries) \
                or any(o.start < end and start < o.end for o in orgs):
            continue
        if len(words) > 4 or re.search(r"(?i)\b(?:business|businesses|division|divisions|unit|units|segment|segments|"
                                       r"department|team|arm|plant|factory|fab|lab|center|office)$", name):
            continue
        out.append(Mention(name, start, end, name))
    return out


_NATIONALITY = re.compile(r"\b(South\s+Korean|Korean|K-|Chinese|Japanese|Taiwanese|American|U\.S\.|European)", re.IGNORECASE)
_INDUSTRY = [("battery", "battery"), ("batteries", "battery"), ("panel", "panel"), ("display", "panel"),
             ("oled", "panel"), ("lcd", "panel"), ("chip", "chip"), ("memory", "memory"), ("semiconductor", "chip"),
             ("smartphone", "smartphone"), ("handset", "smartphone"), ("cathode", "cathode"), ("anode", "anode"),
             ("separator", "separator"), ("substrate", "substrate"), ("tv", "TV"), ("foundr", "foundry")]


def group_name(matched: str) -> str:
    """A stated group in the text's own words, made canonical: 'the three major Korean battery companies'
    -> 'Korean battery makers (combined)'; 'Korean makers' stays generic ('Korean makers (combined)') so it
    still names the same group as any more specific label."""
    low = matched.lower()
    nat = _NATIONALITY.search(matched)
    nation = {"south korean": "Korean", "k-": "Korean", "u.s.": "American"}.get(
        nat.group(1).lower(), nat.group(1).title()) if nat else "Korean"
    if "shipbuilder" in low:
        return f"{nation} shipbuilders (combined)"
    if "chipmaker" in low or "chip maker" in low:
        return f"{nation} chipmakers (combined)"
    industry = next((label for word, label in _INDUSTRY if re.search(rf"\b{word}", low)), None)
    if industry:
        return f"{nation} {industry} makers (combined)"
    # no industry named: 'Chinese brands' (consumer goods) keep their noun; other generic groups are 'makers', the
    # plainest label (it still names the same group as any more specific one)
    noun = "brands" if "brand" in low else "makers"
    return f"{nation} {noun} (combined)"


def find_groups(text: str) -> list[Mention]:
    low = fastre.fold(text)
    if _GROUP_WORD.search(low) is None or _GROUP_NATION.search(low) is None:
        return []
    names, rx = _groups()
    return [Mention(group_name(text[m.start():m.end()]), m.start(), m.end(), text[m.start():m.end()])
            for m in rx.finditer(low)]


def _last_text(fn):
    """Remember the answer for the last text (by identity): one sentence asks several times."""
    last: list = [None, None]

    @functools.wraps(fn)
    def wrapper(text: str) -> list[Mention]:
        if text is not last[0]:
            last[1] = fn(text)
            last[0] = text
        return list(last[1])
    return wrapper


@_last_text
def find_countries(text: str) -> list[Mention]:
    rxs, table = _countries()
    found = _alias_matches(text, rxs, table)
    if "$" in text:  # 'US$1.81 billion', 'U.S. $2 billion': a currency, not a country
        found = [m for m in found if not text[m.end:m.end + 2].lstrip().startswith("$")]
    return found


def _find_labelled(text: str, vocab) -> list[Mention]:
    labels, rx, folded = vocab
    return [Mention(labels[int(m.lastgroup[1:])], m.start(), m.end(), text[m.start():m.end()])
            for m in rx.finditer(fastre.fold(text) if folded else text)]


def find_products(text: str) -> list[Mention]:
    return _find_labelled(text, _products())


_MARKET_QUALIFIER = re.compile(
    r"(?:(?P<q>smartphones?|mobile|foldable|IT|automotive|tablets?|notebooks?|laptops?|servers?|PC|premium|"
    r"U\.S\.|US|American|Chinese|China|European|Europe|Korean|domestic|North\s+American|Indian|India|"
    r"small\s+and\s+medium(?:-sized)?|large)[\s-]+)$")
_QUALIFIER_NORMAL = {"u.s.": "us", "american": "us", "smartphones": "smartphone", "tablets": "tablet",
                     "notebooks": "notebook", "laptops": "laptop", "servers": "server", "chinese": "china",
                     "european": "europe", "north american": "north america", "indian": "india"}


_MARKET_EXCLUDING = re.compile(r"(?i)(?:\bnon-|\bex-|\bexcl(?:uding|\.)?\s+|\boutside(?:\s+of)?\s+)(?:the\s+)?"
                               r"(?P<x>China|Japan|Korea|U\.S\.|US|Europe)\b")


def market_label(text: str, mention: Mention) -> str:
    """The vocabulary label, sharpened by a qualifier the text puts before it: 'smartphone OLED' ->
    'smartphone oled', 'U.S. EV' -> 'us ev' (labels stay short, so a plainer label still matches)."""
    ex = _MARKET_EXCLUDING.search(text, max(0, mention.start - 40), min(len(text), mention.end + 40))
    if ex:  # 'Global (excl. China) EV battery', 'non-China', 'installations outside China'
        return f"{mention.value} (excluding {_QUALIFIER_NORMAL.get(ex.group('x').lower(), ex.group('x').lower())})"
    m = _MARKET_QUALIFIER.search(text, max(0, mention.start - 40), mention.start)
    if not m:
        return mention.value
    q = " ".join(m.group("q").lower().split())
    q = _QUALIFIER_NORMAL.get(q, q)
    return f"{q} {mention.value}"


@_last_text
def find_markets(text: str) -> list[Mention]:
    """Markets named in ``text``; not the word inside a company's name ('Samsung Display', 'LG Display')."""
    out = []
    for m in _find_labelled(text, _markets()):
        if text[m.start:m.start + 1].isupper():
            prev = _PREV_NAME.search(text, max(0, m.start - 30), m.start)
            if prev and canonical_company(prev.group(1) + " " + text[m.start:m.end]):
                continue
        out.append(m)
    return out


_PREV_NAME = re.compile(r"\b([A-Z][\w&.-]*)\s+$")


@_last_text
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
