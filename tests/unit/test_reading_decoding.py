"""Bytes -> str: encodings are detected, not assumed; unusable bytes raise DocumentError."""
from __future__ import annotations

import codecs

import pytest

from newsfacts.model import DocumentError
from newsfacts.reading.decoding import binary_kind, decode_bytes, declared_charset

TEXT = "Korea’s exports rose 5.1% to $1.83 billion, said “KITA” on Monday."


def test_strict_utf8_is_taken_first():
    d = decode_bytes(TEXT.encode("utf-8"))
    assert (d.text, d.encoding, d.warnings) == (TEXT, "utf-8", [])


@pytest.mark.parametrize("data, encoding", [
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8 (BOM)"),
    (TEXT.encode("utf-16"), "utf-16 (BOM)"),            # Python writes the BOM
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16 (BOM)"),
    (TEXT.encode("utf-32"), "utf-32 (BOM)"),
])
def test_byte_order_marks(data, encoding):
    d = decode_bytes(data)
    assert d.text == TEXT  # the BOM itself is not part of the text
    assert d.encoding == encoding


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_pattern(codec):
    d = decode_bytes(TEXT.encode(codec))
    assert d.text == TEXT and d.encoding == codec


def test_cp949_english_with_korean_punctuation():
    # The newsletter's source bytes: English text whose quotes are CP949 double bytes.
    # charset-normalizer alone calls this Big5; the pair check gets it right.
    d = decode_bytes(TEXT.encode("cp949"))
    assert d.text == TEXT
    assert d.encoding == "cp949"


def test_cp949_korean_text():
    korean = "삼성전자는 1분기 매출이 71조원이라고 밝혔다. 반도체 수출은 “역대 최대”였다."
    d = decode_bytes(korean.encode("cp949"))
    assert d.text == korean and d.encoding == "cp949"


def test_euc_kr_bytes_are_cp949():
    korean = "한국 반도체 수출 증가"
    assert decode_bytes(korean.encode("euc-kr")).text == korean


@pytest.mark.parametrize("text", [
    "Nestlé opened a café in Zürich; prices from ¥120 at 25°C.",
    "Äpfel in Åre",  # valid CP949 (UHC) byte pairs, but not Korean: must stay Latin-1
])
def test_latin1(text):
    d = decode_bytes(text.encode("latin-1"))
    assert d.text == text
    assert d.encoding == "latin-1"


def test_cp1252_curly_quotes_and_euro():
    text = "He said “Nestlé” costs €5 — really."
    d = decode_bytes(text.encode("cp1252"))
    assert d.text == text and d.encoding == "cp1252"


def test_other_scripts_via_charset_normalizer():
    text = "Экспорт полупроводников из Кореи вырос на пять процентов в марте, сообщило министерство. " * 3
    d = decode_bytes(text.encode("cp1251"))
    assert d.text == text and d.encoding == "cp1251"


def test_stray_bytes_in_english_fall_back_to_latin1_with_a_warning():
    d = decode_bytes(b"Hello \x81 world, caf\xe9 prices rose.")
    assert d.encoding == "latin-1"
    assert d.text.endswith("café prices rose.")
    assert any("uncertain" in w for w in d.warnings)


def test_declared_html_charset_is_tried_before_guessing():
    data = b'<html><head><meta charset="euc-kr"></head><body>' + "한국 반도체".encode("euc-kr") + b"</body></html>"
    assert declared_charset(data) == "euc_kr"
    d = decode_bytes(data, declared=declared_charset(data))
    assert "한국 반도체" in d.text and d.encoding == "euc_kr"


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\t \r\n ", "empty file (whitespace only)"),
])
def test_empty(data, reason):
    with pytest.raises(DocumentError) as exc:
        decode_bytes(data)
    assert exc.value.reason == reason


@pytest.mark.parametrize("data, expected", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG image"),
    (b"PK\x03\x04" + b"\x00" * 50, "ZIP archive"),
    (b"%!binary" + bytes(range(0, 32)) * 20, "binary file (NUL bytes)"),
    (b"text" + bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 30, "binary file (control bytes)"),
])
def test_binary_is_named(data, expected):
    assert expected in binary_kind(data)
    with pytest.raises(DocumentError) as exc:
        decode_bytes(data)
    assert expected in exc.value.reason and "binary" in exc.value.reason


def test_undecodable_garbage():
    with pytest.raises(DocumentError) as exc:
        decode_bytes(bytes(range(0x80, 0x100)) * 50)
    assert exc.value.reason.startswith("undecodable")


def test_broken_utf16_after_bom():
    with pytest.raises(DocumentError) as exc:
        decode_bytes(codecs.BOM_UTF16_LE + b"A\x00B\x00\x00\xd8")  # lone high surrogate
    assert "utf-16" in exc.value.reason
