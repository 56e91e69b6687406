"""Mojibake repair: CP949-read-as-Latin-1 runs and UTF-8-read-as-cp1252, never correct text."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.reading.mojibake import (
    fix_utf8_mojibake,
    has_cp949_signature,
    repair_cp949,
    repair_mojibake,
    restore_lost_numerals,
)

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
NEWSLETTER = SAMPLES / "003_672f859cd5f54008.txt"


def latin1_view(text: str) -> str:
    """What a CP949 document looks like after a wrong Latin-1 decode."""
    return text.encode("cp949").decode("latin-1")


def test_newsletter_sample_is_repaired():
    raw = NEWSLETTER.read_text(encoding="utf-8")
    assert "¡°" in raw  # the sample really is broken
    text, warnings = repair_mojibake(raw)
    assert "¡" not in text
    assert "\u3000" not in text
    assert "“Follow-up Measures for Strengthening National AI Capability,”" in text
    assert "World’s Largest Battery Maker CATL" in text
    assert "‘BTC in Chicago’ for Master’s and Ph.D. graduates" in text
    assert "game changer' in battery" in text and "‘game changer'" in text
    # a lone '¡' whose second byte was lost becomes a separator
    assert "Semiconductor Market – SK Hynix Rises to Fourth" in text
    assert "AI Judges Trusted More Than Human Judges – 64% of Koreans" in text
    assert "approximately 20% annually – OEMs including Hyundai" in text
    assert any(w.startswith("mojibake repaired in ") and "runs" in w for w in warnings)
    # the section numerals lost to '?' are renumbered
    assert "I. AI INDUSTRY TRENDS" in text and "II. SEMICONDUCTOR INDUSTRY TRENDS" in text
    assert "III. BATTERY INDUSTRY TREND" in text and "IV. ELECTRIC VEHICLE INDUSTRY TRENDS" in text


@pytest.mark.parametrize("broken, fixed", [
    ("¡°quoted¡±", "“quoted”"),
    ("it¡¯s", "it’s"),
    ("¡®single¡¯", "‘single’"),
    ("wait¡¦", "wait…"),
    ("a¡¡b", "a b"),  # ideographic space -> plain space
])
def test_cp949_punctuation_pairs(broken, fixed):
    doc = f"The ¡°signature¡± is here and ¡°there¡±. {broken}"
    text, n = repair_cp949(doc)
    assert text.endswith(fixed)
    assert n >= 3


def test_hangul_runs_are_decoded():
    doc = f"Company {latin1_view('한국무역협회')} said ¡°exports rose¡± and {latin1_view('반도체')} grew."
    assert has_cp949_signature(doc)
    text, _ = repair_cp949(doc)
    assert text == "Company 한국무역협회 said “exports rose” and 반도체 grew."


CORRECT = "Nestlé café ¥120 at 25°±2 “curly” ‘quotes’ €5 ¡Hola! señor Zürich naïve"


def test_correct_text_is_never_damaged_even_in_a_broken_document():
    doc = "¡°Broken¡± ¡°quotes¡± here. " + CORRECT
    text, _ = repair_mojibake(doc)
    assert text == "“Broken” “quotes” here. " + CORRECT


def test_no_signature_no_repair():
    for text in (CORRECT, "One stray ¡° is not a signature.", "¡¡Gol!! ¡¡Otra vez!!"):
        assert not has_cp949_signature(text)
        assert repair_mojibake(text) == (text, [])


def test_utf8_read_as_cp1252_is_fixed_by_ftfy():
    broken = "Koreaâ€™s exports â€œroseâ€\x9d, cafÃ© prices"
    text, warnings = repair_mojibake("Koreaâ€™s exports rose at the cafÃ©.")
    assert text == "Korea’s exports rose at the café."
    assert any("UTF-8 read as cp1252" in w for w in warnings)
    assert fix_utf8_mojibake(broken)[1] == 1


def test_ftfy_only_touches_lines_with_its_signature():
    good = "“Curly” quotes, Nestlé and — dashes stay."
    text, n = fix_utf8_mojibake(good + "\nItâ€™s broken here.")
    assert text == good + "\nIt’s broken here."
    assert n == 1


def test_restore_lost_numerals_continues_from_real_ones():
    text = "?. AI TRENDS\nbody\nII. CHIPS\nbody\n?. BATTERY TRENDS\n1. Item one\n?. not a heading (lower case)"
    assert restore_lost_numerals(text) == (
        "I. AI TRENDS\nbody\nII. CHIPS\nbody\nIII. BATTERY TRENDS\n1. Item one\n?. not a heading (lower case)")
