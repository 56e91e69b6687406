"""Shared helpers for the held-out corpus: reading documents as text,
finding an evidence sentence from its opening words, and table rows."""
from __future__ import annotations

import html
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
ENCODINGS = {"h31_etnews_cp949.txt": "cp949"}
ABBREV = {"u.s", "no", "vs", "co", "inc", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec", "mr", "ms", "dr", "st", "approx", "e.g", "i.e", "elec"}


def raw(doc: str) -> str:
    return (DOCS / doc).read_bytes().decode(ENCODINGS.get(doc, "utf-8"))


def text(doc: str) -> str:
    """The document as plain text (tags stripped and entities decoded for HTML)."""
    s = raw(doc)
    if doc.endswith(".html"):
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
        s = re.sub(r"<[^>]+>", "\n", s)
        s = html.unescape(s).replace("\xa0", " ")
        s = "\n".join(" ".join(line.split()) for line in s.splitlines())
    return s


def sentence(doc: str, start: str) -> str:
    """The sentence that begins with `start`, up to its closing stop or the line end."""
    t = text(doc)
    i = t.find(start)
    if i < 0:
        raise KeyError(f"{doc}: {start!r} not found")
    if t.find(start, i + 1) >= 0:
        raise KeyError(f"{doc}: {start!r} is ambiguous")
    j = i + len(start) - 2  # the prefix's own last character may close the sentence
    while True:
        j += 1
        if j >= len(t) or t[j] == "\n":
            return t[i:j].rstrip()
        if t[j] in ".!?":
            k = j + 1
            while k < len(t) and t[k] in "\"”’')":
                k += 1
            if k < len(t) and not t[k].isspace():
                continue
            word = re.search(r"([\w.]+)$", t[i:j])
            if t[j] == "." and word and word.group(1).lower() in ABBREV:
                continue
            return t[i:k]


def cells_of(line: str) -> list[str]:
    if "|" in line:
        cells = line.strip().strip("|").split("|")
    elif "\t" in line:
        cells = line.split("\t")
    else:
        cells = re.split(r"\s{2,}", line.strip())
    return [c.strip() for c in cells if c.strip()]


def table_rows(doc: str) -> list[list[str]]:
    s = raw(doc)
    if doc.endswith(".html"):
        rows = []
        for tr in re.findall(r"(?is)<tr\b.*?</tr>", s):
            cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                     for c in re.findall(r"(?is)<t[dh]\b[^>]*>(.*?)</t[dh]>", tr)]
            rows.append(cells)
        return rows
    return [cells_of(line) for line in s.splitlines() if line.strip()]


def row(doc: str, key: str) -> str:
    """'Table row: ...' for the first table line having a cell equal to `key`."""
    hits = [r for r in table_rows(doc) if key in r and len(r) >= 3]
    if not hits:
        raise KeyError(f"{doc}: no table row with cell {key!r}")
    return "Table row: " + " ".join(hits[0])
