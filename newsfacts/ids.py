"""Stable identifiers: same text, same id; same document and statement, same fact id."""
from __future__ import annotations

import hashlib
import unicodedata

from newsfacts.model import Fact


def normalise_for_id(text: str) -> str:
    """Whitespace- and Unicode-normalised text, so re-saved copies of a document get one id."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def document_id(text: str) -> str:
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


def fact_id(doc_id: str, fact: Fact) -> str:
    raw = "|".join([doc_id, *(str(k) for k in fact.key())])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]
