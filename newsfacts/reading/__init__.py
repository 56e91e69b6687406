"""Reading documents: bytes -> clean text, date, title, articles, sentences.

Plain Python (no Dagster import) so extraction and its tests use it directly.
"""
from __future__ import annotations

from newsfacts.reading.document import DEFAULT_MAX_BYTES, read_document, read_text
from newsfacts.reading.sentences import split_sentences

__all__ = ["DEFAULT_MAX_BYTES", "read_document", "read_text", "split_sentences"]
