"""Reading documents: bytes -> clean text, date, title, articles, sentences."""
from __future__ import annotations

from newsfacts.reading.document import read_document, read_text

__all__ = ["read_document", "read_text"]
