"""Read a file (or a decoded string) into a clean Document.

This module only assembles the steps; each lives in its own module:
decoding (bytes -> str), formats (HTML/Markdown/PDF -> text), mojibake
(wrong-codec repair), dates, furniture (page chrome), titles, articles
(newsletter splitting). Anything that makes a document unusable raises
DocumentError with a short reason, which the pipeline stores in quarantine.
"""
from __future__ import annotations

import datetime as dt
import re
import stat
from pathlib import Path

from newsfacts.model import Document, DocumentError
from newsfacts.reading import dates as _dates
from newsfacts.reading.articles import split_articles
from newsfacts.reading.decoding import binary_kind, decode_bytes, declared_charset
from newsfacts.reading.formats import Extracted, html_to_text, looks_like_html, markdown_to_text, pdf_to_text
from newsfacts.reading.furniture import labelled_title, strip_furniture
from newsfacts.reading.mojibake import repair_mojibake
from newsfacts.reading.normalize import looks_hard_wrapped, normalize_text, tidy_whitespace, unwrap_lines
from newsfacts.reading.titles import clean_title, first_headline

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MIN_LETTERS = 40  # fewer letters than this after cleaning is no usable text

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"}
_MD_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_LETTER = re.compile(r"[^\W\d_]")


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read .txt/.md/.html/.pdf (or any text file) into a Document; DocumentError if unusable."""
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    suffix = path.suffix.lower()
    source_uri = str(path)

    if suffix == ".pdf" or data[:1024].lstrip().startswith(b"%PDF-"):
        if not data.lstrip().startswith(b"%PDF-"):
            raise DocumentError("not a PDF (file has a .pdf name but no PDF header)")
        extracted = pdf_to_text(data)
        return _assemble(extracted.text, source_uri=source_uri, encoding=None, extracted=extracted, kind="pdf")

    kind = binary_kind(data)
    if kind:
        raise DocumentError(kind if kind.startswith("binary") else f"binary file ({kind})")
    declared = declared_charset(data) if suffix in _HTML_SUFFIXES or data[:512].lstrip()[:1] == b"<" else None
    decoded = decode_bytes(data, declared=declared)
    text = decoded.text
    if suffix in _HTML_SUFFIXES or looks_like_html(text):
        extracted = html_to_text(text)
        kind = "html"
    elif suffix in _MD_SUFFIXES:
        extracted = markdown_to_text(text)
        kind = "markdown"
    else:
        extracted = Extracted(text=text)
        kind = "text"
    extracted.warnings[:0] = decoded.warnings
    return _assemble(extracted.text, source_uri=source_uri, encoding=decoded.encoding, extracted=extracted, kind=kind)


def read_text(text: str, *, source_uri: str = "<text>") -> Document:
    """The same cleaning as read_document, from an already decoded string."""
    if not text.strip():
        raise DocumentError("empty text")
    if looks_like_html(text):
        extracted, kind = html_to_text(text), "html"
    elif source_uri.lower().endswith(tuple(_MD_SUFFIXES)):
        extracted, kind = markdown_to_text(text), "markdown"
    else:
        extracted, kind = Extracted(text=text), "text"
    return _assemble(extracted.text, source_uri=source_uri, encoding=None, extracted=extracted, kind=kind)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, after checking with stat that it exists, is a file and is not too large."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise DocumentError(f"file not found: {path.name}") from None
    except PermissionError:
        raise DocumentError("cannot read file: permission denied") from None
    except OSError as exc:
        raise DocumentError(f"cannot read file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError("not a file: it is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise DocumentError("not a regular file")
    if st.st_size == 0:
        raise DocumentError("empty file (0 bytes)")
    if st.st_size > max_bytes:
        raise DocumentError(_too_large(st.st_size, max_bytes))
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise DocumentError("cannot read file: permission denied") from None
    except OSError as exc:
        raise DocumentError(f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # grew after stat
        raise DocumentError(_too_large(len(data), max_bytes))
    if not data:
        raise DocumentError("empty file (0 bytes)")
    return data


def _too_large(size: int, limit: int) -> str:
    return f"too large: {_human(size)} ({size:,} bytes) exceeds the limit of {_human(limit)} ({limit:,} bytes)"


def _human(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"  # pragma: no cover


def _assemble(text: str, *, source_uri: str, encoding: str | None, extracted: Extracted, kind: str,
              today: dt.date | None = None) -> Document:
    warnings = list(extracted.warnings)
    text = normalize_text(text)
    text, repaired = repair_mojibake(text)
    warnings += repaired
    text = tidy_whitespace(text)
    if not text.strip():
        raise DocumentError("empty file (whitespace only)" if kind == "text" else f"no text in the {kind} document")
    if kind in ("text", "markdown") and looks_hard_wrapped(text):
        text = unwrap_lines(text)

    date_text = text
    if extracted.date_text is not None:
        date_text = tidy_whitespace(repair_mojibake(normalize_text(extracted.date_text))[0])
    found = _dates.find_date(date_text, source_uri=source_uri, hints=extracted.date_hints, today=today)
    if found.date is None and extracted.weak_date_hints:
        d, how = extracted.weak_date_hints[0]
        if d <= (today or dt.date.today()):
            found = _dates.DateFinding(d, how, [w for w in found.warnings if w != "no date found"])
    warnings += found.warnings
    _, text = _dates.leading_date_line(text)

    title = clean_title(extracted.title) or clean_title(labelled_title(date_text))
    text = strip_furniture(text)
    text = _dates.strip_dateline(text)
    text = tidy_whitespace(text)
    if title is None:
        title = first_headline(text)

    letters = len(_LETTER.findall(text, 0, 4000))
    if letters < MIN_LETTERS:
        letters = len(_LETTER.findall(text))
    if letters < MIN_LETTERS:
        raise DocumentError(f"no usable text after cleaning ({letters} letters, need {MIN_LETTERS})")
    articles = split_articles(text, title, marked=extracted.headings)
    return Document(source_uri=source_uri, text=text, title=title, published_on=found.date,
                    date_source=found.source, encoding=encoding, articles=articles, warnings=warnings)
