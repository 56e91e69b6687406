"""Whitespace and Unicode tidying shared by every reading step.

Everything here is whole-text regex/translate work so it runs at C speed on
multi-megabyte inputs; later steps rely on '\\n' line ends, single spaces
inside lines and at most one blank line between paragraphs.
"""
from __future__ import annotations

import html
import re
import unicodedata

# Characters that are whitespace in effect but confuse line-based rules.
_SPACE_LIKE = {
    0x00A0: " ",  # no-break space
    0x2002: " ", 0x2003: " ", 0x2004: " ", 0x2005: " ", 0x2006: " ",
    0x2007: " ", 0x2008: " ", 0x2009: " ", 0x200A: " ", 0x202F: " ",
    0x205F: " ", 0x3000: " ",  # ideographic space (CP949 '¡¡')
    0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None,  # zero-width, BOM
    0x00AD: None,  # soft hyphen
    0x000B: "\n", 0x000C: "\n", 0x0085: "\n", 0x2028: "\n", 0x2029: "\n",
}
# Full-width ASCII (CP949 row A3) is plain ASCII for every rule downstream.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_TRANSLATE = {**_SPACE_LIKE, **_FULLWIDTH}

_CRLF = re.compile(r"\r\n?")
_INNER_SPACES = re.compile(r"[ ]{2,}")
_TABS = re.compile(r"[ ]*\t[ \t]*")
# A line with at least two gaps of 2+ spaces and two numbers is a space-aligned
# table row: its gaps become tabs, which keeps 'Samsung Electronics' one cell.
_ALIGNED_ROW = re.compile(r"(?:[^\n]*?\S {2,}\S){2}")  # two gaps of 2+ spaces
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_NUMERIC_CELL = re.compile(r"[-+(]?[$₩€£¥]?\d[\d.,]*%?\)?")


def _tab_row(line: str) -> str:
    """Tabs for the gaps of a table row or header (3+ short cells); prose with double spaces stays."""
    cells = _GAP.split(line.strip())
    if len(cells) < 3 or max(map(len, cells)) > 40:
        return line
    numeric = sum(1 for c in cells if _NUMERIC_CELL.fullmatch(c))
    if numeric < 2 and any(c.endswith((".", "!", "?", ",", ";", ":")) and (" " in c or len(c) > 8) for c in cells):
        # a sentence's end, not an abbreviated header cell ('Cons.', 'Est.')
        return line
    return "\t".join(cells)
_BLANKS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


_ODD_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE)) + "]+")


# HTML entities left in scraped text ('Korea&#8217;s', 'R&amp;D'); a closed list, so 'AT&T;' survives.
_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|amp|quot|apos|lt|gt|nbsp|[lr]squo|[lr]dquo|[mn]dash"
                     r"|hellip|middot|bull|copy|reg|trade|euro|yen|pound|times|deg|plusmn);")


def normalize_text(text: str) -> str:
    """Unify line ends, odd spaces, entities, full-width ASCII and NFC so rules see one shape."""
    if "\r" in text:
        text = _CRLF.sub("\n", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    # A regex finds the rare odd characters; str.translate would visit every character.
    text = _ODD_CHARS.sub(lambda m: m.group().translate(_TRANSLATE), text)
    text = _CONTROL.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def tidy_whitespace(text: str) -> str:
    """Single spaces inside lines, no edge spaces, at most one blank line between blocks.

    Tabs between cells survive (as one tab): tables need them to keep
    multi-word cells apart; space-aligned table rows get tabs too.
    """
    if "  " in text:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if "  " in line and _ALIGNED_ROW.match(line):
                lines[i] = _tab_row(line)
        text = "\n".join(lines)
    if "\t" in text:
        text = _TABS.sub("\t", text)
    if "  " in text:
        text = _INNER_SPACES.sub(" ", text)
    # per-line strip is ~5x faster than a '[ \t]+$' regex, which tries at every space
    text = "\n".join([line.strip(" \t") for line in text.split("\n")])
    text = _BLANKS.sub("\n\n", text)
    return text.strip("\n")


# --- hard-wrapped text (PDF text layers, e-mail style .txt) -----------------

_TERMINAL = re.compile(r"[.!?:;”\"’')\]]$")
_LIST_START = re.compile(r"^(?:[-*•▪▶◆■□●○·–]|\d{1,2}[.)]\s|[IVX]{1,4}\.\s|\(?[a-z]\)\s)")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_NUMERIC_TOKEN = re.compile(r"(?<!\S)[-+(]?[\d.,]+%?\)?(?!\S)")


def looks_hard_wrapped(text: str) -> bool:
    """True when lines break mid-sentence at a similar width (a wrapped layout).

    Decided on the breaks themselves: in wrapped prose many long lines end
    without punctuation and the next line goes on in lower case; headings,
    rules and table rows do not look like that.
    """
    lines = text[:200_000].split("\n")[:3000]  # a sample decides; whole-text loops cost too much
    nonblank = [ln for ln in lines if ln.strip()]
    if len(nonblank) < 8:
        return False
    lengths = sorted(len(ln) for ln in nonblank)
    width = lengths[int(len(lengths) * 0.8)]
    if width < 30 or width > 140:
        return False
    breaks = lower = 0
    for ln, nxt in zip(lines, lines[1:]):
        nxt = nxt.lstrip()
        if len(ln) >= 0.6 * width and nxt and not _TERMINAL.search(ln.rstrip()) and _HAS_LETTER.search(ln):
            breaks += 1
            if nxt[:1].islower():
                lower += 1
    return breaks >= 0.3 * len(nonblank) and lower >= 0.25 * breaks


def unwrap_lines(text: str) -> str:
    """Join lines of a hard-wrapped paragraph so that a newline means a real break.

    A line is continued when it is near the layout width, does not end a
    sentence, and the next line is neither a list item nor a table row.
    """
    lines = text.split("\n")
    nonblank = [len(ln) for ln in lines if ln.strip()]
    if not nonblank:
        return text
    nonblank.sort()
    width = nonblank[int(len(nonblank) * 0.8)]
    out: list[str] = []
    prev = ""  # the previous physical line (not the joined paragraph) decides
    for ln in lines:
        if out and ln.strip() and prev.strip():
            if (len(prev) >= 0.6 * width and not _TERMINAL.search(prev.rstrip())
                    and _HAS_LETTER.search(prev) and _HAS_LETTER.search(ln)  # never join rules ('-----')
                    and not _LIST_START.match(ln.lstrip())
                    and len(_NUMERIC_TOKEN.findall(ln)) < 3
                    and len(_NUMERIC_TOKEN.findall(prev)) < 3):
                if prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha():
                    out[-1] = out[-1] + ln.lstrip()  # keep the hyphen: 'year-on-year' is more common than 'semi-conductor'
                else:
                    out[-1] = out[-1].rstrip() + " " + ln.lstrip()
                prev = ln
                continue
        out.append(ln)
        prev = ln
    return "\n".join(out)
