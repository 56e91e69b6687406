"""Sentence splitting tuned for business news.

Each fact carries its evidence sentence, so a split inside 'U.S. exports'
or '1.83 billion' cuts evidence in half, and a missed split after a glued
'growth.According to' merges two statements. Rules:

* a newline always ends a sentence (headings, bullets and table rows are
  lines and stay whole);
* '.', '!', '?', '…' (with closing quotes/brackets) followed by space and an
  upper-case letter, digit or opening quote is a boundary, unless the word
  before is an abbreviation: titles (Mr., Dr.), 'No. 12', 'approx.', 'vs.',
  'e.g.', month names before a day ('Dec. 12'), initials ('J. Kim');
* after company suffixes and dotted acronyms ('Co.', 'Inc.', 'U.S.') the
  period ends the sentence only if a typical sentence opener follows
  ('... to the U.S. The figure' splits, 'the U.S. Department' does not);
* a period glued between a lower-case letter/digit and a capitalised word
  ('growth.According') is a boundary unless it is part of a domain name.

Only candidate boundaries are inspected in Python; scanning is done by
compiled regexes.
"""
from __future__ import annotations

import re

# one end mark first (a pattern that starts with a character set is scanned in C, several times faster)
_BOUNDARY = re.compile(
    r"[.!?…](?:(?<=[.!?])[.!?]*[\"”’')\]]*(?=[ \t]+[\"“‘(\[]?[A-Z0-9\uac00-\ud7a3])"  # end + space + capital/digit
    r"|(?<=…)[\"”’')\]]*(?=[ \t]+[\"“‘(\[]?[A-Z0-9\uac00-\ud7a3])"                  # '…' + space + capital
    r"|(?<=[a-z0-9%)\]]\.)(?=[A-Z][a-z]))")                                            # glued: 'growth.According'
_WORD_BEFORE = re.compile(r"[\w.'’&\-]+\Z")
_NEXT_WORD = re.compile(r"[ \t]*[\"“‘(\[]?([\w'’\-]+)")
_GLUED_DOMAIN = re.compile(r"[A-Za-z]+\.[a-z]{2,}")
_CAPTION_NUMBER = re.compile(
    r"\b(?:Table|Tables|Figure|Fig|Chart|Exhibit|Graph|Box|Appendix|Annex|Section|Part|Step|Phase|Note|Item)\s+\d{1,3}\Z")
_LIST_MARKER = re.compile(r"\d{1,3}|[IVXivx]{1,5}|[A-Za-z]")

_ALWAYS = frozenset("""
mr mrs ms messrs dr prof sr jr st gen lt col capt cmdr sgt rep sen gov pres supt rev hon mt ft fig figs vol vols
pp cf al approx appr vs v e.g i.e viz ca est esp incl excl dept univ assn ave blvd rd tel ext ref op ed eds
""".split())
_BEFORE_NUMBER = frozenset("no nos art sec para ch p chap".split())
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_SUFFIXES = frozenset("co corp inc ltd plc llc lp bros cos intl mfg a.m p.m".split())
_STARTERS = frozenset("""
the a an it its this that these those there they their he she his her we our i you in on at as by for from
with while when since after before during but and or so yet however meanwhile also according last next
analysts industry officials sales shares exports imports revenue operating net market if although though
despite such other both all some many most still further furthermore moreover additionally separately
""".split())


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text`` in order, stripped, without empty ones."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in _BOUNDARY.finditer(line):
            end = m.end()
            if not _is_boundary(line, m):
                continue
            piece = line[start:end].strip()
            if piece:
                out.append(piece)
            start = end
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out


def _is_boundary(line: str, m: re.Match) -> bool:
    punct = m.group()
    glued = punct == "." and m.end() < len(line) and line[m.end()] not in " \t"
    if "." not in punct or "..." in punct or "!" in punct or "?" in punct:
        return True  # '!', '?', '…' always end a sentence
    dot = line.index(".", m.start())
    wb = _WORD_BEFORE.search(line, max(0, dot - 40), dot)
    word = wb.group() if wb else ""
    low = word.lower().lstrip("(\"“‘'")
    nxt = _NEXT_WORD.match(line, m.end())
    next_word = nxt.group(1) if nxt else ""
    if glued:
        if _GLUED_DOMAIN.match(line, m.end()) and _domain_like(line, m.end()):
            return False
        if low.startswith("www") or low in _ALWAYS or low in _SUFFIXES:
            return low in _SUFFIXES and next_word.lower() in _STARTERS
        return True
    if not word:
        return True
    if wb.start() == 0 and _LIST_MARKER.fullmatch(word):  # '1. Nvidia ...', 'II. BATTERY', 'a. ...'
        return False
    if word.isdigit() and _CAPTION_NUMBER.search(line, max(0, dot - 30), dot):  # 'Table 1. Top 10 ...'
        return False
    if low in _ALWAYS:
        return False
    if low in _BEFORE_NUMBER:
        return not next_word[:1].isdigit()
    if low in _MONTHS:
        return not next_word[:1].isdigit() and next_word.lower() in _STARTERS
    if low in _SUFFIXES or "." in low.strip("."):  # 'Co.', 'U.S.', 'U.K.', 'Ph.D.'
        return next_word.lower() in _STARTERS
    if len(low) == 1 and word.isupper():  # an initial: 'J. Kim'
        return next_word.lower() in _STARTERS
    return True


def _domain_like(line: str, pos: int) -> bool:
    """'Samsung.com' after a glued period: the word continues with a dot before any space."""
    space = line.find(" ", pos)
    segment = line[pos: space if space != -1 else len(line)]
    return "." in segment.rstrip(".,;:!?)\"”’")
