"""HTML main text, Markdown and PDF text layers; titles and dates the formats declare."""
from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.model import DocumentError
from newsfacts.reading import read_document
from newsfacts.reading.formats import html_to_text, looks_like_html, markdown_to_text

PARA1 = ("Samsung Electronics estimated its fourth-quarter operating profit at 2.8 trillion won, "
         "down 35 percent from a year earlier, as a slump in the memory chip market continued.")
PARA2 = "Annual sales dropped 14.6 percent to 258.16 trillion won, the company said in a filing."

PAGE = f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Samsung Q4 profit falls 35% - The Korea Herald</title>
<meta property="og:title" content="Samsung Q4 operating profit falls 35% on chip slump">
<meta property="article:published_time" content="2024-01-09T15:31:00+09:00">
<style>body {{ color: red; }}</style>
<script>var tracking = "Share Print 2025";</script>
</head>
<body>
<header><nav><a href="/">HOME</a> <a href="/biz">Business</a> <a href="/tech">Tech</a></nav></header>
<div class="breadcrumb">HOME &gt; Business &gt; Industry</div>
<article>
  <h1>Samsung Q4 operating profit falls 35% on chip slump</h1>
  <div class="share"><a>Facebook</a> <a>X</a> <a>Print</a></div>
  <figure><img src="x.jpg"><figcaption>Samsung's headquarters in Seoul (Yonhap)</figcaption></figure>
  <div class="article-body">
    <p>{PARA1}</p>
    <p>Annual sales dropped <b>14.6 percent</b> to
       258.16 trillion won, the company said in a filing.</p>
    <table>
      <tr><th>Company</th><th>Q4 2023</th><th>Q4 2022</th></tr>
      <tr><td>Samsung Electronics</td><td>2.8</td><td>4.3</td></tr>
    </table>
  </div>
  <div class="related-articles"><h3>Related</h3><a>SK hynix posts loss of 1.9 trillion won</a></div>
</article>
<aside>Most read: LG Energy Solution profit 1.2 trillion won</aside>
<footer>Copyright The Korea Herald. All rights reserved.</footer>
</body></html>"""


def test_html_main_text_only():
    ex = html_to_text(PAGE)
    lines = [ln.strip() for ln in ex.text.split("\n") if ln.strip()]
    assert PARA1 in lines
    assert PARA2 in " ".join(ex.text.split())  # inline tags and source line breaks collapse
    for junk in ("tracking", "color: red", "HOME", "Facebook", "headquarters in Seoul", "SK hynix posts loss",
                 "Most read", "Copyright"):
        assert junk not in ex.text, junk
    # table rows stay rows, cells tab-separated
    assert any(ln.split("\t")[:3] == ["Samsung Electronics", "2.8", "4.3"] for ln in lines)
    assert ex.title == "Samsung Q4 operating profit falls 35% on chip slump"
    assert ex.date_hints == [(dt.date(2024, 1, 9), "html meta")]


def test_html_title_and_date_fallbacks():
    page = """<html><head><title>SK On loss widens - BusinessKorea</title>
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-08-01T10:00:00+09:00"}</script>
    </head><body><p>SK On posted an operating loss of 460.2 billion won in the second quarter.</p></body></html>"""
    ex = html_to_text(page)
    assert ex.title == "SK On loss widens"
    assert ex.date_hints == [(dt.date(2024, 8, 1), "html json-ld")]
    page = '<html><body><h1>Hynix keeps HBM lead</h1><time datetime="2024-05-08">May 8</time><p>Text.</p></body></html>'
    ex = html_to_text(page)
    assert ex.title == "Hynix keeps HBM lead" and ex.date_hints == [(dt.date(2024, 5, 8), "html time")]


def test_broken_html_still_reads(tmp_path):
    page = ("<html><body><div class='content'><p>SK Hynix held 53% of the HBM market last year, "
            "according to TrendForce.<p>Samsung followed with 38% <b>while Micron held 9%, the firm said.</div>"
            "<div><span>unclosed")
    path = tmp_path / "broken.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert "SK Hynix held 53% of the HBM market last year" in doc.text
    assert "Micron held 9%, the firm said." in doc.text


def test_html_page_header_date_outside_the_main_text(tmp_path):
    page = f"""<html><body><div class="view_title"><h2>POSCO Future M profit drops</h2>
    <span class="date">Published 2023.10.24 16:40:21</span></div>
    <div class="view_txt"><p>{PARA1}</p><p>{PARA2}</p></div></body></html>"""
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert doc.published_on == dt.date(2023, 10, 24)
    assert "Published" not in doc.text and doc.text.startswith(PARA1)


def test_txt_that_is_really_html_is_read_as_html(tmp_path):
    assert looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    assert not looks_like_html("<Table 1> Exports by item")
    path = tmp_path / "saved_page.txt"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_document(path)
    assert "tracking" not in doc.text and PARA1 in doc.text


def test_html_declared_charset(tmp_path):
    body = f"<p>{PARA1}</p><p>“한국” 반도체 수출</p>"
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head><body>{body}</body></html>'
    path = tmp_path / "korean.html"
    path.write_bytes(page.encode("euc-kr"))
    doc = read_document(path)
    assert "“한국” 반도체 수출" in doc.text
    assert doc.encoding == "euc_kr"


MARKDOWN = f"""---
title: "SNE Research: Non-China EV battery market"
date: 2024-08-06
tags: [batteries]
---

# Ignored because front matter names the title

CATL overtook **LG Energy Solution** in the [global market](https://example.com/x) excluding China.
![chart](chart.png)

| Rank | Company | 1H24 share |
|---|---|---|
| 1 | CATL | 27.6% |
| 2 | LG Energy Solution | 26.8% |

* {PARA2}
"""


def test_markdown():
    ex = markdown_to_text(MARKDOWN)
    assert ex.title == "SNE Research: Non-China EV battery market"
    assert ex.date_hints == [(dt.date(2024, 8, 6), "front matter")]
    assert "CATL overtook LG Energy Solution in the global market excluding China." in ex.text
    assert "1\tCATL\t27.6%" in ex.text.split("\n")
    assert "---" not in ex.text and "](" not in ex.text and "**" not in ex.text
    assert f"- {PARA2}" in ex.text


def test_markdown_heading_is_the_title_without_front_matter(tmp_path):
    path = tmp_path / "memo.md"
    path.write_text(f"# The memory cycle, explained\n\n{PARA1}\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "The memory cycle, explained"
    assert doc.published_on is None and "no date found" in doc.warnings


def _make_pdf(path, pages):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.cell(0, 8, "Korea Trade Review - Monthly", new_x="LMARGIN", new_y="NEXT")  # running header
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 8, f"Page {number} of {len(pages)}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("Chip exports rebound in March")
    pdf.output(str(path))


def test_pdf_text_layer(tmp_path):
    path = tmp_path / "2024-04-01_report.pdf"
    long_para = ("Semiconductor exports rose 35.7 percent from a year earlier to 11.7 billion dollars in March, "
                 "the largest amount since June 2022, as memory prices continued to recover from a prolonged slump "
                 "and demand for high-bandwidth memory used in artificial intelligence servers stayed strong.")
    _make_pdf(path, [["Published: 2024-04-01", long_para],
                     ["Imports fell 12.3 percent to 52.28 billion dollars."],
                     ["The trade surplus was 4.28 billion dollars, the ministry said."]])
    doc = read_document(path)
    assert doc.encoding is None
    assert doc.published_on == dt.date(2024, 4, 1) and doc.date_source == "published date"
    assert doc.title == "Chip exports rebound in March"
    # wrapped lines are joined back into one paragraph line
    assert long_para in doc.text.split("\n")
    assert "Imports fell 12.3 percent to 52.28 billion dollars." in doc.text
    # running header and page numbers repeated on every page are gone
    assert "Korea Trade Review" not in doc.text and "Page 2 of 3" not in doc.text


def test_pdf_without_text_layer(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(DocumentError) as exc:
        read_document(path)
    assert "no text layer" in exc.value.reason and "2 pages" in exc.value.reason


def test_broken_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    with pytest.raises(DocumentError) as exc:
        read_document(path)
    assert "PDF" in exc.value.reason
    path = tmp_path / "fake.pdf"
    path.write_text("This is plain text with a .pdf name, not a PDF at all.", encoding="utf-8")
    with pytest.raises(DocumentError) as exc:
        read_document(path)
    assert exc.value.reason.startswith("not a PDF")
