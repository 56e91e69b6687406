"""Split a newsletter into its articles; a plain story stays one article.

Newsletters number their parts: section headings ('I. AI INDUSTRY TRENDS',
'Ⅱ. BATTERY INDUSTRY TREND') and item headings ('1. Nvidia Surpasses
Samsung ...'). Each item becomes an Article titled by its heading, holding
the text up to the next heading, so facts keep the story they came from; a
section's text before its first item is an article of its own (never lost).

What is *not* a heading matters as much: table rows ('1 3 Nvidia 76,692
11.7% ...' - no period after the number), numbered list items inside a story
(sentences, no blank line around them, or numbers out of sequence) and
'Table 1. Top 10 ...' captions. Item numbers must run 1, 2, 3 within a
section (restarting after each section heading, or running on: 4, 5 ...).
"""
from __future__ import annotations

import re

from newsfacts.model import Article

SECTION_HEADING = re.compile(
    r"^(?:[IVX]{1,5}|[\u2160-\u216b]|\?)\.[ \t]+([A-Z][^\na-z]{2,100})$", re.M)
_ITEM_HEADING = re.compile(
    r"^(\d{1,2})\.[ \t]+((?:[A-Z“\"‘'(\[]|\d+[A-Za-z])[^\n]{1,250})$", re.M)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_MINOR_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "for", "of", "to", "in", "on", "at", "by", "with",
                "as", "from", "into", "than", "vs", "via", "amid", "over", "per", "its", "is", "are", "be", "up"}
_LETTERS = re.compile(r"[^\W\d_]")
_MIN_PREAMBLE_LETTERS = 200
_MIN_ITEM_BODY = 100  # items of a sectionless list must each carry a real story


def _title_case(title: str) -> bool:
    """Headline capitalisation: most non-minor words start upper-case."""
    words = [w for w in _WORD.findall(title) if w.lower() not in _MINOR_WORDS]
    if len(words) < 2:
        return False
    upper = sum(1 for w in words if w[0].isupper())
    return upper >= 0.6 * len(words)


def _is_item_title(title: str) -> bool:
    title = title.rstrip()
    if title.endswith((".", ",", ";", ":")) and not title.endswith("..."):
        return False
    return len(_WORD.findall(title)) >= 2


def split_articles(text: str, title: str | None = None, *, marked: frozenset[str] = frozenset()) -> list[Article]:
    """Articles of a document: newsletter items when the text is one, else a single article.

    ``marked`` holds lines the source markup declared as headings (Markdown
    '## 2. Batteries: neck-and-neck'); those need not be title-cased.
    """
    headings = _find_headings(text, marked)
    items = [h for h in headings if h[0] == "item"]
    if not items:
        return [Article(0, title, text)]
    has_sections = any(h[0] == "section" for h in headings)
    if not has_sections:
        # Without section headings, demand more: headline-like headings, each over a real story.
        bodies = [_body(text, h, headings) for h in items]
        all_marked = all(_line(text, h) in marked for h in items)  # the markup says they are headings
        if len(items) < 2 or not all_marked and (
                not all(_title_case(h[3]) for h in items)
                or min(len(_LETTERS.findall(b)) for b in bodies) < _MIN_ITEM_BODY):
            return [Article(0, title, text)]

    articles: list[Article] = []
    first = headings[0][1]
    preamble = text[:first].strip()
    if title and preamble.startswith(title):
        rest = preamble[len(title):]
    else:
        rest = preamble
    if len(_LETTERS.findall(rest)) >= _MIN_PREAMBLE_LETTERS:
        articles.append(Article(0, title, preamble))
    for h in headings:
        body = _body(text, h, headings)
        if h[0] == "item":
            articles.append(Article(len(articles), h[3].strip(), body))
        elif len(_LETTERS.findall(body)) >= 20:  # a section's own text before its first item: kept
            articles.append(Article(len(articles), h[3].strip(), body))
    return articles


def _line(text: str, heading: tuple) -> str:
    return text[heading[1]:heading[2]].strip()


def _body(text: str, heading: tuple, headings: list[tuple]) -> str:
    """Text after a heading up to the next heading of any kind."""
    start = heading[2]
    nxt = [h[1] for h in headings if h[1] > heading[1]]
    end = nxt[0] if nxt else len(text)
    return text[start:end].strip()


def _find_headings(text: str, marked: frozenset[str] = frozenset()) -> list[tuple[str, int, int, str]]:
    """('section'|'item', line start, line end, title) in text order, numbering checked."""
    marks: list[tuple[str, int, int, str, int]] = []
    for m in SECTION_HEADING.finditer(text):
        marks.append(("section", m.start(), m.end(), m.group(1), 0))
    for m in _ITEM_HEADING.finditer(text):
        if (_is_item_title(m.group(2)) or m.group().strip() in marked) and _stands_apart(text, m.start(), m.end()):
            marks.append(("item", m.start(), m.end(), m.group(2), int(m.group(1))))
    marks.sort(key=lambda h: h[1])

    result: list[tuple[str, int, int, str]] = []
    expected, carried = 1, None
    for kind, start, end, title, number in marks:
        if kind == "section":
            expected, carried = 1, (expected if expected > 1 else None)  # numbering restarts, or runs on (4, 5 ...)
            result.append((kind, start, end, title))
        elif number == expected or number == carried or (number == 1 and _title_case(title)):
            expected, carried = number + 1, None
            result.append((kind, start, end, title))
    return result


def _stands_apart(text: str, start: int, end: int) -> bool:
    """A heading has a blank line (or a section heading, or the text edge) before or after it."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    if start == 0 or before == "\n\n" or after == "\n\n" or end == len(text):
        return True
    prev_start = text.rfind("\n", 0, start - 1) + 1
    return bool(SECTION_HEADING.match(text, prev_start, start - 1))
