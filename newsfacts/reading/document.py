"""TEMPORARY STUB (replaced by the reading layer): read a file into a Document."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from newsfacts.model import Article, Document, DocumentError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise DocumentError("empty file")
    if len(data) > max_bytes:
        raise DocumentError(f"too large ({len(data)} bytes > limit {max_bytes})")
    return read_text(data.decode("utf-8", errors="replace"), source_uri=str(path))


def read_text(text: str, *, source_uri: str = "<text>") -> Document:
    m = re.search(r"\b(?:date|Post Date\W*)\s*(\d{4})-(\d{2})-(\d{2})", text)
    published = dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None
    return Document(source_uri=source_uri, text=text, published_on=published,
                    articles=[Article(0, None, text)])
