"""Bytes -> str: detect the encoding instead of assuming it.

Order, cheapest and most certain first: a byte-order mark; strict UTF-8 (by
far the most common, and a strict success is near-proof); a charset the file
declares (HTML ``<meta charset>``); CP949/EUC-KR when the high bytes pair up
the way Korean double-byte text does; charset-normalizer for other scripts;
then cp1252/Latin-1. charset-normalizer is only consulted when strict UTF-8
fails, because it is slow and misreads short English text with a few CP949
quotes as Big5.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from newsfacts.model import DocumentError

_BOMS = (  # UTF-32 first: its LE mark starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAGIC = (  # formats that are never text, named so the quarantine reason is useful
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (docx/xlsx/zip)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"RIFF", "audio/video file"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# Bytes that never occur in text (all C0 controls except \t \n \v \f \r and ESC).
_BINARY_CONTROLS = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_NOT_BINARY_CONTROLS = bytes(b for b in range(256) if b not in _BINARY_CONTROLS)
_LOW = bytes(range(0x80))
_NOT_C1 = bytes(b for b in range(256) if not 0x80 <= b < 0xA0)  # to count cp1252-only bytes
_EUC_PAIR = re.compile(rb"[\xa1-\xfe][\xa1-\xfe]")
_HANJA = re.compile(r"[\u4e00-\u9fff\uf900-\ufaff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTERS = re.compile(r"[^\W\d_]")
_NON_ASCII_LETTERS = re.compile(r"[^\W\d_a-zA-Z]")
_GARBAGE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)

# charset-normalizer answers we trust over cp1252: other scripts entirely.
_OTHER_SCRIPTS = {
    "cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp1253", "iso8859_7",
    "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp874", "tis_620",
    "shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5", "cp950",
    "euc_kr", "cp949", "johab", "iso2022_kr",
}
_DETECT_SAMPLE = 256 * 1024


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def binary_kind(data: bytes) -> str | None:
    """A short name of the binary format if the bytes are clearly not text, else None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:65536]
    if b"\x00" in head:
        return None if _utf16_without_bom(head) else "binary file (NUL bytes)"
    controls = len(head.translate(None, _NOT_BINARY_CONTROLS))
    if controls > max(8, len(head) // 100):
        return "binary file (control bytes)"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML file declares in its first bytes, if Python knows it."""
    m = _META_CHARSET.search(data[:8192]) or re.search(rb"""<\?xml[^>]+encoding=["']([\w.-]+)""", data[:512])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode document bytes; raise DocumentError for empty, binary or undecodable input."""
    if not data.strip():
        raise DocumentError("empty file" if not data else "empty file (whitespace only)")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), codec.replace("-sig", "") + " (BOM)")
            except UnicodeDecodeError as exc:
                raise DocumentError(f"undecodable: invalid {codec} after its byte-order mark ({exc.reason})") from None
    kind = binary_kind(data)
    if kind:
        raise DocumentError(kind if kind.startswith("binary") else f"binary file ({kind})")
    if b"\x00" in data[:65536]:
        codec = _utf16_without_bom(data[:65536])
        try:
            return _checked(data.decode(codec), codec)
        except UnicodeDecodeError:
            raise DocumentError("binary file (NUL bytes)") from None
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "ascii"):
        try:
            return _checked(data.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):
            pass
    cp949 = _try_cp949(data)
    if cp949 is not None:
        return _checked(cp949, "cp949")
    detected = _detect_other_script(data)
    if detected:
        return _checked(data.decode(detected), detected)
    has_c1 = bool(data.translate(None, _NOT_C1))
    try:
        return _checked(data.decode("cp1252"), "cp1252" if has_c1 else "latin-1")
    except UnicodeDecodeError:
        return _checked(data.decode("latin-1"), "latin-1",
                        ["encoding uncertain: read as latin-1 (bytes invalid in cp1252)"])



def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on every other byte (ASCII-range UTF-16)."""
    n = len(head) // 2
    if n < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.4 * n and even.count(0) <= 0.05 * n:
        return "utf-16-le"
    if even.count(0) >= 0.4 * n and odd.count(0) <= 0.05 * n:
        return "utf-16-be"
    return None


def _try_cp949(data: bytes) -> str | None:
    """The CP949 reading when it is plausible, else None.

    A strict CP949 decode succeeds on much Latin-1 text too ('Äpfel' is a valid
    UHC pair), so require that nearly all high bytes form KS X 1001 pairs
    (both bytes A1-FE, where Korean text and its punctuation live) and that
    the result is not mostly Hanja (what random Latin-1 pairs decode to).
    """
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    high = len(data.translate(None, _LOW))
    if not high:
        return text
    pairs = 2 * len(_EUC_PAIR.findall(data))
    if pairs < 0.9 * high:
        return None
    non_ascii = len(_NON_ASCII.findall(text))
    if non_ascii and len(_HANJA.findall(text)) > 0.3 * non_ascii:
        return None
    return text


def _detect_other_script(data: bytes) -> str | None:
    """charset-normalizer's guess, kept only when it names a non-Latin script."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - declared dependency
        return None
    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    if name not in _OTHER_SCRIPTS:
        return None
    try:
        text = data[:_DETECT_SAMPLE].decode(name, errors="ignore")
        data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None
    # A mostly-English text with a few stray bytes is not Arabic or Cyrillic.
    letters = len(_LETTERS.findall(text))
    if letters == 0 or len(_NON_ASCII_LETTERS.findall(text)) < 0.2 * letters:
        return None
    return name


def _checked(text: str, encoding: str, warnings: list[str] | None = None) -> Decoded:
    """Reject decodes that are mostly control characters or replacement marks."""
    sample = text[:200_000]
    bad = len(_GARBAGE.findall(sample))
    if sample and bad > max(5, len(sample) // 50):
        raise DocumentError(f"undecodable: text read as {encoding} is {bad} of {len(sample)} characters garbage")
    return Decoded(text, encoding, list(warnings or []))
