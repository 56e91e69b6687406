"""Repair text that was decoded with the wrong codec before it reached us.

Two kinds are met in Korean-industry news:

* CP949 bytes read as Latin-1 (the newsletter sample): ``¡°…¡±`` is “…”,
  ``¡¯`` is ’, ``¡¡`` an ideographic space. ftfy does not fix this kind, so
  affected runs are re-encoded as Latin-1 and decoded as CP949 - only in
  documents that show the signature, and only runs that decode to Korean
  punctuation or Hangul, so 'Nestlé', '¥120' or '25°±2' are never touched.
* UTF-8 read as cp1252 ('â€™'): that is what ftfy fixes, so ftfy is used for
  it alone (``fix_encoding``: no quote uncurling or other normalisation), on
  the lines that show its signature.

Also: a section numeral lost to '?' ('?. AI INDUSTRY TRENDS', a Roman
numeral the source could not encode) is renumbered from its neighbours.
"""
from __future__ import annotations

import re

# Latin-1 view of KS X 1001 double bytes we accept: symbol rows (lead A1-AC)
# and Hangul syllables (lead B0-C8). Hanja (CA-FD) never appears in English
# news, and accepting it would mangle ordinary accented Latin text.
_CP949_RUN = re.compile(r"(?=[\xa1-\xac\xb0-\xc8])(?:[\xa1-\xac\xb0-\xc8][\xa1-\xfe])+")  # lookahead: fast skip
_SIGNATURE_PAIR = re.compile(r"\xa1[\xa1-\xfe]")
_COMMON_PUNCT = re.compile(r"\xa1[\xb0\xb1\xae\xaf\xa6\xa4]")  # quotes, ellipsis
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_RUN_LATIN1 = re.compile(r"(?:[\xb0-\xc8][\xa1-\xfe]){2,}")
# Lone '¡' patterns start with the literal (lookbehinds after it) so the engine can skip to it.
_LONE_MID = re.compile(r"\xa1(?<=[^\s\xa1]\xa1)(?![\xa1-\xfe])[ ]*(?=\S)")  # 'Judges¡ 64%', not ' ¡Hola'
_LONE_IN_WORD = re.compile(r"\xa1(?<=[A-Za-z]\xa1)(?=[a-z])")
_LONE_END = re.compile(r"\xa1(?<=\S\xa1)(?=[ ]*$)", re.M)

# UTF-8 lead byte (C2-F4) read as cp1252/Latin-1, followed by a continuation
# byte (80-BF) read as cp1252/Latin-1.
_UTF8_CONT = "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_UTF8_SIGNATURE = re.compile(f"[\xc2-\xf4][{_UTF8_CONT}]")
_UTF8_LINE = re.compile(f"^.*[\xc2-\xf4][{_UTF8_CONT}].*$", re.M)

_SECTION = re.compile(r"^(\?|[IVX]{1,5}|[\u2160-\u216b])\.[ ]+([A-Z][^\na-z]{2,80})$", re.M)
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
_ROMAN_VALUE = {r: i + 1 for i, r in enumerate(_ROMAN)}
_ROMAN_VALUE.update({chr(0x2160 + i): i + 1 for i in range(12)})


def has_cp949_signature(text: str) -> bool:
    """Several '¡'+high-byte pairs, or Hangul-shaped Latin-1 runs: CP949 read as Latin-1."""
    if "\xa1" not in text and not _HANGUL_RUN_LATIN1.search(text):
        return False
    pairs = len(_SIGNATURE_PAIR.findall(text))
    if pairs >= 3 or (pairs >= 2 and _COMMON_PUNCT.search(text)):
        return True
    hangul_runs = sum(1 for m in _HANGUL_RUN_LATIN1.finditer(text) if _decode_run(m.group()) is not None)
    return hangul_runs >= 2


def repair_cp949(text: str) -> tuple[str, int]:
    """Decode CP949-as-Latin-1 runs back; returns the text and how many runs were repaired."""
    count = 0

    def fix(m: re.Match) -> str:
        nonlocal count
        decoded = _decode_run(m.group())
        if decoded is None:
            return m.group()
        count += 1
        return decoded

    text = _CP949_RUN.sub(fix, text)
    if "\xa1" in text:
        # A '¡' left alone lost its second byte; between words it stood for a dash-like separator.
        text = _LONE_IN_WORD.sub("\u2019", text)
        text = _LONE_END.sub("", text)
        text = _LONE_MID.sub(" \u2013 ", text)
    return text.replace("\u3000", " "), count


def _decode_run(run: str) -> str | None:
    """The CP949 reading of a Latin-1 run if it is Korean punctuation/Hangul, else None."""
    try:
        decoded = run.encode("latin-1").decode("cp949")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    hangul = len(_HANGUL.findall(decoded))
    # One isolated Hangul syllable is likelier two Latin-1 symbols ('°±').
    if hangul == 1 and "\xa1" not in run:
        return None
    return decoded


def fix_utf8_mojibake(text: str) -> tuple[str, int]:
    """ftfy's fix for UTF-8 read as cp1252/Latin-1, applied to the lines that show it."""
    if not _UTF8_SIGNATURE.search(text):
        return text, 0
    import ftfy

    count = 0

    def fix(m: re.Match) -> str:
        nonlocal count
        fixed = ftfy.fix_encoding(m.group())
        if fixed != m.group():
            count += 1
        return fixed

    return _UTF8_LINE.sub(fix, text), count


def restore_lost_numerals(text: str) -> str:
    """Renumber section headings whose Roman numeral became '?' ('?. AI INDUSTRY TRENDS')."""
    if "?." not in text:
        return text
    counter = 0

    def fix(m: re.Match) -> str:
        nonlocal counter
        numeral = m.group(1)
        if numeral == "?":
            counter += 1
            return f"{_ROMAN[counter - 1] if counter <= len(_ROMAN) else counter}. {m.group(2)}"
        counter = _ROMAN_VALUE.get(numeral, counter + 1)
        return m.group()

    return _SECTION.sub(fix, text)


def repair_mojibake(text: str) -> tuple[str, list[str]]:
    """Run every repair that applies; return the text and warnings naming what was done."""
    warnings: list[str] = []
    # CP949 first when its signature is there: ftfy would read some of its
    # Latin-1 pairs ('Ã¡') as UTF-8 and break the run.
    if has_cp949_signature(text):
        text, n = repair_cp949(text)
        if n:
            warnings.append(f"mojibake repaired in {n} runs (CP949 read as Latin-1)")
    text, n = fix_utf8_mojibake(text)
    if n:
        warnings.append(f"mojibake repaired in {n} lines (UTF-8 read as cp1252)")
    text = restore_lost_numerals(text)
    return text, warnings
