"""The document's headline when no markup or 'Title' label names it.

A headline is a short line that is not a sentence: no final period, a few
words, not a date, not a section/item number. Pages open with mastheads
('KITA TRADE BRIEF', 'Counterpoint Research | Press Releases', 'Gartner
Newsroom'), section labels and bylines before the headline, so those are
skipped; the search stops at the first body paragraph, because a story that
opens with a paragraph has no headline in its text and a later short line
is a subhead, not the title.
"""
from __future__ import annotations

import re

from newsfacts.reading.articles import SECTION_HEADING
from newsfacts.reading.dates import parse_date

_WS = re.compile(r"\s+")
_ITEM = re.compile(r"^\d{1,2}\.\s")
_WORD = re.compile(r"[^\W\d_]{2,}")
_BULLET = re.compile(r"^[-*•▪▶◆■□●○·–]\s*")
_SEPARATED = re.compile(r"\s(?:\||>|›|»|--|::)\s")            # 'Site | Section', 'HOME > News'
_LABEL_VALUE = re.compile(r"^[A-Za-z][\w ]{0,20}:\s*(?:\S+\s*){0,4}$")  # 'Segment: Economy', 'Aired: 2023-12-01 (Fri)'
_CONTACT = re.compile(r"\b(?:Tel|Fax|Phone|Contact|E-?mail)\b\.?|@|\+\d{2}[\s-]", re.I)
_ORGANISATION = re.compile(
    r"^(?:The\s+)?(?:Ministry|Department|Office|Bureau|Institute|Agency|Commission|Council)\b"
    r"|\b(?:Association|Institute|Agency|Service|Research|Corporation|Ministry|Federation|Chamber|University)$")
_BRACKETED = re.compile(r"^[\[(][^\])]*[\])]$")                 # '[TRANSCRIPT]'
_BYLINE = re.compile(r"^(?:by|reporter|written by)\s", re.I)
_MASTHEAD_WORDS = re.compile(
    r"\b(?:news(?:room|letter|wire)?|press|center|centre|releases?|brief(?:ing)?|bulletin|daily|times|herald|journal"
    r"|weekly|magazine)\b", re.I)
_LOOK_AT = 8  # non-empty lines before giving up
# A line directly above 'Press Release | 2024.07.15' or 'Trade Focus | 2024-02-14' is the masthead.
_HEADER_BELOW = re.compile(r"\s\|\s|^\s*press\s+releases?\b|^\s*newsroom\b", re.I)


def clean_title(title: str | None) -> str | None:
    """One-line, trimmed title, or None when nothing is left."""
    if not title:
        return None
    title = _WS.sub(" ", title).strip(" \t-–|:")
    return title or None


def is_headline(line: str) -> bool:
    """Short, not a sentence, not a date/number/bullet/table row."""
    line = line.strip()
    if not 8 <= len(line) <= 200:
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    if len(_WORD.findall(line)) < 2 or _BULLET.match(line) or _ITEM.match(line) or SECTION_HEADING.match(line):
        return False
    if parse_date(line) is not None and len(line) < 60:
        return False
    return "\t" not in line


def _is_masthead(line: str) -> bool:
    """Site names, section paths and labels that sit above the headline."""
    if _SEPARATED.search(line) or _LABEL_VALUE.match(line) or _BRACKETED.match(line) or _BYLINE.match(line) \
            or _CONTACT.search(line):
        return True
    if len(line.split()) <= 8 and not any(c.isdigit() for c in line) and _ORGANISATION.search(line):
        return True  # 'Ministry of Science and ICT', 'Korea International Trade Association'

    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters if c.isascii()) and sum(c.isascii() for c in letters) >= 4:
        return True  # 'KITA TRADE BRIEF', 'MINISTRY OF TRADE, INDUSTRY AND ENERGY'
    return len(line.split()) <= 4 and bool(_MASTHEAD_WORDS.search(line))


def _is_paragraph(line: str) -> bool:
    return len(line) > 200 or (line.endswith((".", "”", '"')) and len(line.split()) >= 12)


def first_headline(text: str) -> str | None:
    """The first headline-like line above the body, skipping mastheads; None if the text opens with prose."""
    seen = 0
    lines = text[:6000].split("\n")
    for i, line in enumerate(lines):
        line = line.strip()
        if not line:
            continue
        if _is_paragraph(line):
            return None
        if is_headline(line) and not _is_masthead(line) and len(line.split()) >= 3 \
                and not _HEADER_BELOW.search(lines[i + 1] if i + 1 < len(lines) else ""):
            return clean_title(line)
        seen += 1
        if seen >= _LOOK_AT:
            return None
    return None
