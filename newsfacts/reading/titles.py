"""The document's headline when no markup or 'Title' label names it.

A headline is the first short line that is not a sentence: no final period,
a few words, not a date, not a section/item number. Only the first few
lines are looked at: a story that opens with a paragraph has no headline
in its text, and a later short line is a subhead, not the title.
"""
from __future__ import annotations

import re

from newsfacts.reading.articles import SECTION_HEADING
from newsfacts.reading.dates import parse_date

_WS = re.compile(r"\s+")
_ITEM = re.compile(r"^\d{1,2}\.\s")
_WORD = re.compile(r"[^\W\d_]{2,}")
_BULLET = re.compile(r"^[-*•▪▶◆■□●○·–]\s*")
_LOOK_AT = 3  # non-empty lines


def clean_title(title: str | None) -> str | None:
    """One-line, trimmed title, or None when nothing is left."""
    if not title:
        return None
    title = _WS.sub(" ", title).strip(" \t-–|:")
    return title or None


def is_headline(line: str) -> bool:
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


def first_headline(text: str) -> str | None:
    """The first short non-sentence line among the first few lines, if any."""
    seen = 0
    for line in text[:5000].split("\n"):
        line = line.strip()
        if not line:
            continue
        if is_headline(line):
            return clean_title(line)
        seen += 1
        if seen >= _LOOK_AT or len(line) > 200:
            return None
    return None
