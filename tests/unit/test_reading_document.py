"""read_document / read_text end to end: the two real samples, every quarantine reason, every encoding."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from newsfacts.model import Document, DocumentError
from newsfacts.reading import DEFAULT_MAX_BYTES, read_document, read_text, split_sentences

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
NEWS = SAMPLES / "000_fb5ee617c32d8c47.txt"
NEWSLETTER = SAMPLES / "003_672f859cd5f54008.txt"

STORY = """Chip exports surge on AI demand

SEOUL, April 9 (Yonhap) -- South Korea's semiconductor exports rose 35.7 percent on-year in March to $11.7 billion, the largest since June 2022, data showed.

Shipments to China climbed 38.3 percent to $3.8 billion, the ministry said. Exports of memory chips more than doubled in 2024.
"""


@pytest.fixture(scope="module")
def newsletter() -> Document:
    return read_document(NEWSLETTER)


@pytest.fixture(scope="module")
def news() -> Document:
    return read_document(NEWS)


def test_news_sample(news):
    assert news.published_on == dt.date(2023, 8, 7) and news.date_source == "date line"
    assert news.encoding == "utf-8"
    assert news.text.startswith("Korea’s export of cathodes, a crucial component")  # date stamp removed
    assert "date 2023" not in news.text
    assert news.title is None  # the story opens with a paragraph: no headline to take
    assert len(news.articles) == 1 and news.articles[0].index == 0 and news.articles[0].text == news.text
    assert news.warnings == []
    assert ("According to data from the Korea International Trade Association (KITA), the value of cathode "
            "materials exported to the U.S. from January to July reached $1.83 billion, a significant increase "
            "of 177.8% compared to $661 million in the previous year.") in split_sentences(news.text)


def test_newsletter_sample_header(newsletter):
    assert newsletter.published_on == dt.date(2025, 5, 2) and newsletter.date_source == "post date"
    assert newsletter.title == "Korean Industrial Insight No. 12 of AI, Semiconductors, Batteries and Electric vehicles"
    assert newsletter.encoding == "utf-8"
    assert any(w.startswith("mojibake repaired in") for w in newsletter.warnings)


def test_newsletter_sample_is_clean(newsletter):
    text = newsletter.text
    assert "¡" not in text and "\u3000" not in text
    assert "“Follow-up Measures for Strengthening National AI Capability,”" in text
    lines = text.split("\n")
    for furniture in ("HOME > Resources > Newsletters", "Title", "Attach File", "Author", "KH", "Post Date",
                      "2025-05-02", "Read", "25", "-", "Prev", "Next", "No Data ..."):
        assert furniture not in lines, furniture
    assert "No.14" not in text and "in Chinese" not in text
    assert text.startswith("Korean Industrial Insight No. 12")
    assert text.rstrip().endswith("is also positive.\"")


def test_newsletter_sample_articles(newsletter):
    titles = [a.title for a in newsletter.articles]
    assert [a.index for a in newsletter.articles] == list(range(12))
    assert titles[0] == "Korean Government Allocates KRW 1.8 Trillion to Secure 10,000 GPUs and Develop Domestic AI Model"
    assert titles[2] == "AI Judges Trusted More Than Human Judges – 64% of Koreans"
    assert titles[3] == ("Nvidia Surpasses Samsung Electronics to Lead Global Semiconductor Market – "
                         "SK Hynix Rises to Fourth")
    assert titles[5] == "SK Hynix Accelerates in the AI semiconductor Race with HBM"
    assert titles[7] == "World’s Largest Battery Maker CATL Establishes Korean Subsidiary"
    assert titles[11] == "EREVs Emerge as New Opportunity for Battery Makers Amidst EV Slowdown"
    gartner = newsletter.articles[3].text.split("\n")
    assert "2024 Rank 2023 Rank Supplier 2024 Revenue 2024 Market Share (%) 2023 Revenue 2024-2023 Growth Rate (%)" in gartner
    assert "1 3 Nvidia 76,692 11.7% 34,846 120.1%" in gartner
    assert "9 8 Apple 20,51 3.1% 18,052 13.6%" in gartner
    assert "Total 655,882 100.0% 542,054 21.0%" in gartner
    hynix = newsletter.articles[5].text
    assert hynix.startswith("- Revenue soars 41.9% YoY to 17.6 trillion won")
    assert "revenue reached 17.6391 trillion won" in hynix
    assert "SEMICONDUCTOR INDUSTRY TRENDS" not in newsletter.articles[3].text


def test_newsletter_sentences_keep_evidence_whole(newsletter):
    sentences = split_sentences(newsletter.articles[5].text)
    assert ("Net profit for the same period soared by a remarkable 323% year-on-year to 8.1082 trillion won."
            in sentences)
    assert "1 3 Nvidia 76,692 11.7% 34,846 120.1%" in split_sentences(newsletter.articles[3].text)


def test_read_text_matches_read_document(news):
    doc = read_text(NEWS.read_text(encoding="utf-8"), source_uri=str(NEWS))
    assert (doc.text, doc.published_on, doc.title) == (news.text, news.published_on, news.title)
    assert doc.encoding is None  # nothing was decoded


def test_wire_story(tmp_path):
    doc = read_text(STORY)
    assert doc.title == "Chip exports surge on AI demand"
    assert doc.published_on == dt.date(2024, 4, 9) and doc.date_source == "dateline"
    assert "Yonhap" not in doc.text  # dateline stripped from the first sentence
    assert "\nSouth Korea's semiconductor exports rose 35.7 percent" in doc.text


def test_no_date_is_kept_and_flagged():
    doc = read_text("Exports rose.\n\nKorea's chip exports rose 5 percent last month, the ministry said on Monday.")
    assert doc.published_on is None and doc.date_source is None
    assert "no date found" in doc.warnings


# --- encodings -------------------------------------------------------------------

@pytest.mark.parametrize("codec, encoding", [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8 (BOM)"),
    ("utf-16", "utf-16 (BOM)"),
    ("cp949", "cp949"),
])
def test_encodings(tmp_path, codec, encoding):
    text = STORY.replace("data showed", "data showed, “KITA” said")
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(codec))
    doc = read_document(path)
    assert doc.encoding == encoding
    assert "data showed, “KITA” said." in doc.text


def test_latin1_file(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(("Hyundai posts record revenue\n\nOperating profit rose 0.9%, said José Muñoz in "
                      "Zürich, as the café opened; the ¥120 price held.").encode("latin-1"))
    doc = read_document(path)
    assert doc.encoding == "latin-1"
    assert "José Muñoz in Zürich" in doc.text and "¥120" in doc.text


def test_raw_cp949_newsletter_bytes(tmp_path):
    """The newsletter as its server sent it: CP949 bytes, decoded right at the source."""
    repaired = read_document(NEWSLETTER)
    path = tmp_path / "newsletter_cp949.txt"
    path.write_bytes(repaired.text.encode("cp949", errors="replace"))
    doc = read_document(path)
    assert doc.encoding == "cp949"
    assert "“Follow-up Measures for Strengthening National AI Capability,”" in doc.text
    assert len(doc.articles) == 12


def test_file_name_with_spaces_and_non_ascii(tmp_path):
    path = tmp_path / "2024-03-15 수출 동향 résumé.txt"
    path.write_text("Chip exports rose 5 percent in February from a year earlier, the ministry said on Friday.",
                    encoding="utf-8")
    doc = read_document(path)
    assert doc.published_on == dt.date(2024, 3, 15) and doc.date_source == "file name"
    assert doc.source_uri == str(path)


def test_unknown_extension_read_as_text(tmp_path):
    path = tmp_path / "feed.dat"
    path.write_text(STORY, encoding="utf-8")
    assert read_document(path).title == "Chip exports surge on AI demand"


# --- quarantine reasons ------------------------------------------------------------

def reason(path, **kw) -> str:
    with pytest.raises(DocumentError) as exc:
        read_document(path, **kw)
    assert exc.value.reason and exc.value.reason == str(exc.value)
    return exc.value.reason


def test_missing_file(tmp_path):
    assert reason(tmp_path / "nope.txt") == "file not found: nope.txt"


def test_directory(tmp_path):
    assert reason(tmp_path) == "not a file: it is a directory"


def test_empty_and_whitespace(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n\t  \r\n")
    assert reason(tmp_path / "empty.txt") == "empty file (0 bytes)"
    assert reason(tmp_path / "blank.txt") == "empty file (whitespace only)"
    assert reason_text("  \n ") == "empty text"


def reason_text(text: str) -> str:
    with pytest.raises(DocumentError) as exc:
        read_text(text)
    return exc.value.reason


def test_too_large_is_checked_with_stat_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing written
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    text = reason(path)
    assert opened == []
    assert text == (f"too large: 50.0 MB (52,428,800 bytes) exceeds the limit of 20.0 MB ({DEFAULT_MAX_BYTES:,} bytes)")
    small = tmp_path / "small.txt"
    small.write_text(STORY, encoding="utf-8")
    assert "exceeds the limit of 100 bytes" in reason(small, max_bytes=100)


@pytest.mark.parametrize("data, expected", [
    (b"\x89PNG\r\n\x1a\n" + os.urandom(200), "binary file (PNG image)"),
    (b"PK\x03\x04" + os.urandom(200), "binary file (ZIP archive (docx/xlsx/zip))"),
    (b"header\x00\x00\x01\x02" + os.urandom(300).replace(b"\x00", b"\x01") + b"\x00", "binary file (NUL bytes)"),
])
def test_binary(tmp_path, data, expected):
    path = tmp_path / "file.txt"
    path.write_bytes(data)
    assert reason(path) == expected


def test_no_usable_text(tmp_path):
    path = tmp_path / "chrome.html"
    path.write_text("<html><body><nav>Home News</nav><p>Share Print</p><p>12 34 56</p></body></html>", encoding="utf-8")
    assert reason(path).startswith("no usable text after cleaning")
    assert reason_text("HOME > News > Chips\n\nRead 25\n\nCopyright 2024. All rights reserved.\n\n- 1 2 3 -")\
        .startswith("no usable text after cleaning")


# --- page shapes met in the wild ---------------------------------------------------

LEAD = ("Semiconductor exports rose 66.7 percent from a year earlier to $9.9 billion in February, "
        "the fastest growth in six years, the trade association said on Friday.")


@pytest.mark.parametrize("head, title", [
    ("KITA TRADE BRIEF\nInstitute for International Trade | Korea International Trade Association\n\n"
     "Memory upcycle puts chip exports back in the driver's seat", "Memory upcycle puts chip exports back in the driver's seat"),
    ("Ministry of Science and ICT\nPress Release | 2024.07.15 (Mon) 11:00\n\n"
     "ICT exports rise for eighth straight month in June", "ICT exports rise for eighth straight month in June"),
    ("TrendForce Press Center\n2023-12-05 | Semiconductors\n\nTSMC Captures 57.9% of Foundry Market in 3Q23",
     "TSMC Captures 57.9% of Foundry Market in 3Q23"),
    ("Gartner Newsroom\nPress Release\n\nGartner Says Worldwide Semiconductor Revenue Declined 11% in 2023",
     "Gartner Says Worldwide Semiconductor Revenue Declined 11% in 2023"),
    ("MINISTRY OF TRADE, INDUSTRY AND ENERGY\nPRESS RELEASE\nFor immediate release | Sunday, October 1, 2023, 09:00\n"
     "Trade Data Analysis Division Tel. +82-44-203-xxxx\n\nSeptember Exports and Imports", "September Exports and Imports"),
    ("ARIRANG NEWS | NEWS CENTER\nAired: 2023-12-01 (Fri) 19:00 KST\nSegment: Economy\n[TRANSCRIPT]", None),
    ("EXPLAINER: How Korea's battery trio lost the volume race to China",
     "EXPLAINER: How Korea's battery trio lost the volume race to China"),
])
def test_headline_below_mastheads(head, title):
    assert read_text(f"{head}\n\n{LEAD}\n").title == title


def test_email_digest():
    text = f"""From: Seoul Tech & Trade Digest <digest@seoultechtrade.example>
Sent: Monday, November 11, 2024 7:30 AM
Subject: [Digest #112] Samsung's Q3 in detail, China battery exports

SEOUL TECH & TRADE DIGEST
==================================================================

1. SAMSUNG'S Q3: THE NUMBERS BEHIND THE APOLOGY
------------------------------------------------------------------
{LEAD}

2. CHINA'S BATTERY EXPORTS COOL
------------------------------------------------------------------
{LEAD}
"""
    doc = read_text(text)
    assert doc.title == "[Digest #112] Samsung's Q3 in detail, China battery exports"
    assert doc.published_on == dt.date(2024, 11, 11)
    assert "From:" not in doc.text and "Sent:" not in doc.text and "-----" not in doc.text
    assert [a.title for a in doc.articles] == ["SAMSUNG'S Q3: THE NUMBERS BEHIND THE APOLOGY", "CHINA'S BATTERY EXPORTS COOL"]
    assert all(a.text == LEAD for a in doc.articles)


def test_markdown_newsletter_splits_on_its_numbered_headings(tmp_path):
    path = tmp_path / "weekly.md"
    path.write_text(f"""# K-Tech Weekly — Issue #48

**Monday, September 23, 2024** · Korea's chips in five minutes

## 1. Chips: a record August

{LEAD}

## 2. Batteries: neck-and-neck outside China

{LEAD}

## 3. Markets

| Index | Close | Week |
|---|---|---|
| KOSPI | 2,593.37 | +1.2% |
""", encoding="utf-8")
    doc = read_document(path)
    assert doc.published_on == dt.date(2024, 9, 23)
    assert [a.title for a in doc.articles] == ["Chips: a record August", "Batteries: neck-and-neck outside China", "Markets"]
    assert doc.articles[2].text.split("\n")[-1] == "KOSPI\t2,593.37\t+1.2%"


def test_html_logo_is_not_the_title():
    page = f"""<html><head><title>Hyundai Motor's 1Q operating profit falls 15.6% | KED Global</title></head>
    <body><header><h1 class="logo"><a href="/">KED Global</a></h1></header>
    <main><h2 class="tit">Hyundai Motor's 1Q operating profit falls 15.6%</h2><p>{LEAD}</p></main></body></html>"""
    assert read_text(page).title == "Hyundai Motor's 1Q operating profit falls 15.6%"


def test_hard_wrapped_text_is_unwrapped(tmp_path):
    para = ("Semiconductor exports rose 35.7 percent from a year earlier to 11.7 billion dollars in March, the largest "
            "amount since June 2022, as memory prices continued to recover from a prolonged slump and as demand for "
            "high-bandwidth memory used in artificial intelligence servers stayed strong, the ministry said in a "
            "statement released on Monday morning in Sejong.")
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(para, 72) for _ in range(3))
    doc = read_text("Chip exports rebound\n\n" + wrapped)
    assert doc.text.split("\n\n")[1:] == [para, para, para]
    not_wrapped = read_text("Chip exports rebound\n\n" + "\n".join([LEAD] * 10))
    assert not_wrapped.text.count("\n") == 11


def test_html_fragment_and_entities_in_a_text_file(tmp_path):
    path = tmp_path / "scraped.txt"
    path.write_text("<p>Korea&#8217;s R&amp;D spending rose 5&nbsp;percent, the ministry said.</p>" * 6
                    + "<br><b>x</b><i>y</i>", encoding="utf-8")
    doc = read_document(path)
    assert "<p>" not in doc.text
    assert doc.text.startswith("Korea’s R&D spending rose 5 percent, the ministry said.\n")
    # entities in plain text are decoded from a closed list: 'AT&T;' is not an entity
    assert read_text("Korea&#8217;s R&amp;D budget rose 5 percent to 1.2 trillion won, AT&T; said.").text == (
        "Korea’s R&D budget rose 5 percent to 1.2 trillion won, AT&T; said.")
