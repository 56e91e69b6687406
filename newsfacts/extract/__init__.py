"""Fact extraction: a Document in, its Facts out."""
from __future__ import annotations

from newsfacts.extract.document import extract_document

__all__ = ["extract_document"]
