"""The document date: header and byline evidence first, datelines with an inferred year, file names."""
from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.reading.dates import file_name_date, find_date, parse_date, strip_dateline

TODAY = dt.date(2025, 6, 1)
BODY = ("Samsung Electronics said its operating profit rose sharply in the first quarter, "
        "driven by memory chip prices and demand for servers used in artificial intelligence.")


def found(text, **kw):
    kw.setdefault("today", TODAY)
    f = find_date(text, **kw)
    return f.date, f.source


@pytest.mark.parametrize("text, date, source", [
    (" date 2023-08-07 Korea’s export of cathodes rose.", dt.date(2023, 8, 7), "date line"),
    ("date 2024-03-15\n" + BODY, dt.date(2024, 3, 15), "date line"),
    ("Title\n\nNewsletter\n\nPost Date\n\n2025-05-02\n\nRead\n\n25\n" + BODY, dt.date(2025, 5, 2), "post date"),
    ("Post Date 2025-05-02\n" + BODY, dt.date(2025, 5, 2), "post date"),
    ("Headline here\nPublished : Mar. 3, 2021 - 15:31\n" + BODY, dt.date(2021, 3, 3), "published date"),
    ("Headline here\nPosted on March 3, 2021\n" + BODY, dt.date(2021, 3, 3), "post date"),
    ("Headline\nUpdated: 2024-01-05 10:31\n" + BODY, dt.date(2024, 1, 5), "updated date"),
    # 'published' wins over 'updated', whichever comes first
    ("Updated: 2024-01-05 10:31\nPublished: 2024-01-04 09:00\n" + BODY, dt.date(2024, 1, 4), "published date"),
    ("입력 2023.11.15 09:41 | 수정 2023.11.15 10:20\n" + BODY, dt.date(2023, 11, 15), "published date"),
    # unlabelled dates on short lines of the byline/header area
    ("Chip exports surge\n2024.03.15\n\n" + BODY, dt.date(2024, 3, 15), "header date"),
    ("Chip exports surge\nBy Kim Eun-jin\nMarch 3, 2021\n\n" + BODY, dt.date(2021, 3, 3), "header date"),
    ("KED Global | Batteries\nHeadline\nFeb 01 (Thu), 2024\n\n" + BODY, dt.date(2024, 2, 1), "header date"),
    ("Headline\n25 July 2024, 09:12 CET\n" + BODY, dt.date(2024, 7, 25), "header date"),
])
def test_written_dates(text, date, source):
    assert found(text) == (date, source)


def test_dateline_takes_its_year_from_the_text():
    text = "Headline\n\nSEOUL, April 9 (Yonhap) -- Exports rose in March, the best since 2022. Sales in 2024 were up."
    f = find_date(text, today=TODAY)
    assert (f.date, f.source) == (dt.date(2024, 4, 9), "dateline")
    assert any("year of dateline" in w for w in f.warnings)


def test_dateline_year_from_file_name_first():
    text = "SEOUL, April 9 (Yonhap) -- Exports rose 5 percent from 2019 levels."
    assert found(text) == (dt.date(2019, 4, 9), "dateline")
    # a full date in the file name gives its year to the dateline, before years in the text
    assert found(text, source_uri="/x/2023-04-10_yonhap.txt") == (dt.date(2023, 4, 9), "dateline")


def test_dateline_without_year_evidence_is_no_date():
    f = find_date("SEOUL, April 9 (Yonhap) -- Exports rose for a sixth month.", today=TODAY)
    assert f.date is None and f.source is None
    assert "no date found" in f.warnings
    assert any("has no year" in w for w in f.warnings)


def test_dateline_year_never_makes_a_future_date():
    text = "SEOUL, Dec. 5 (Yonhap) -- Shipments will rise in 2025 after a weak 2024."
    assert found(text) == (dt.date(2024, 12, 5), "dateline")  # 2025-12-05 would be in the future
    text = "SEOUL, Dec. 5 (Yonhap) -- Shipments will rise in 2025 and 2030."
    assert found(text) == (None, None)


def test_dateline_with_a_year_is_explicit():
    assert found("TAIPEI, Dec. 5, 2023 — TrendForce’s research indicates revenue grew.") == (dt.date(2023, 12, 5), "dateline")


@pytest.mark.parametrize("name, date", [
    ("/landing/2024-03-15_kita_release.txt", dt.date(2024, 3, 15)),
    ("20240315-report.txt", dt.date(2024, 3, 15)),
    ("news_2024_03_15.html", dt.date(2024, 3, 15)),
    ("000_fb5ee617c32d8c47.txt", None),      # hex ids are not dates
    ("report-2024-13-45.txt", None),         # not a calendar date
])
def test_file_name_dates(name, date):
    assert file_name_date(name) == date


def test_file_name_is_the_last_resort():
    assert found(BODY, source_uri="2024-03-15_x.txt") == (dt.date(2024, 3, 15), "file name")
    assert found("Post Date 2025-05-02\n" + BODY, source_uri="2024-03-15_x.txt") == (dt.date(2025, 5, 2), "post date")


def test_future_file_name_is_ignored():
    f = find_date(BODY, source_uri="2030-01-01_x.txt", today=TODAY)
    assert f.date is None and any("future" in w for w in f.warnings)


def test_explicit_future_date_is_kept_but_flagged():
    f = find_date("Post Date 2030-01-01\n" + BODY, today=TODAY)
    assert f.date == dt.date(2030, 1, 1)
    assert any("in the future" in w for w in f.warnings)


def test_body_dates_are_not_the_article_date():
    text = ("On March 3, 2021, Samsung said its chip sales had risen to a record, and on 2021-04-01 it opened "
            "a new line; by 2030 it plans to double output of memory chips at its Pyeongtaek campus.")
    f = find_date(text, today=TODAY)
    assert f.date is None and f.warnings == ["no date found"]


def test_header_date_beats_body_date():
    text = "Published: 2024-05-01\n\nOn March 3, 2021, Samsung said its chip sales rose."
    assert found(text) == (dt.date(2024, 5, 1), "published date")


def test_markup_hints_beat_text():
    assert found("Posted on March 3, 2021\n" + BODY, hints=[(dt.date(2021, 3, 4), "html meta")]) == (
        dt.date(2021, 3, 4), "html meta")


@pytest.mark.parametrize("text, date", [
    ("2024-03-15", dt.date(2024, 3, 15)),
    ("2024.03.15 10:31", dt.date(2024, 3, 15)),
    ("2024/3/5", dt.date(2024, 3, 5)),
    ("Mar. 3, 2021", dt.date(2021, 3, 3)),
    ("September 30th, 2023", dt.date(2023, 9, 30)),
    ("3 March 2021", dt.date(2021, 3, 3)),
    ("Feb 01 (Thu), 2024", dt.date(2024, 2, 1)),
    ("2024년 3월 15일", dt.date(2024, 3, 15)),
    ("03/15/2024", dt.date(2024, 3, 15)),
    ("15/03/2024", dt.date(2024, 3, 15)),
    ("2024-02-30", None),
    ("revenue of 1.83 billion", None),
])
def test_parse_date_forms(text, date):
    assert parse_date(text) == date


def test_strip_dateline():
    assert strip_dateline("SEOUL, April 9 (Yonhap) -- South Korea's exports rose.") == "South Korea's exports rose."
    long = "FRANKFURT/SEOUL -- Hyundai Motor on Thursday reported record quarterly revenue of 45.02 trillion won."
    assert strip_dateline(long).startswith("Hyundai Motor on Thursday")
    masthead = "AUTOMOTIVE BUSINESS EUROPE -- Industry / Earnings\n\nHeadline"
    assert strip_dateline(masthead) == masthead


def test_an_ambiguous_numeric_date_is_read_the_way_the_text_agrees_with():
    uk = "Just Auto\n04/11/2025\n\nHyundai Mobis reported third-quarter profit. Exports fell in October.\n"
    assert find_date(uk, today=dt.date(2026, 1, 1)).date == dt.date(2025, 11, 4)
    us = "Wire\n04/11/2025\n\nThe company reported first-quarter results. Exports rose in March.\n"
    assert find_date(us, today=dt.date(2026, 1, 1)).date == dt.date(2025, 4, 11)
    weekday = "Tuesday, 4/2/2025\n\nThe company reported results.\n"
    assert find_date(weekday, today=dt.date(2026, 1, 1)).date == dt.date(2025, 2, 4)


def test_dotted_day_first_dates_and_a_dateline_weekday_two_years_after_the_last_year_named():
    assert find_date("Anadolu Agency\n01.09.2025 Updated: 01.09.2025 11:42\n\nExports rose.\n",
                     today=dt.date(2026, 1, 1)).date == dt.date(2025, 9, 1)
    kyodo = ("TOKYO, Dec 4 (Kyodo) - Exports jumped in October, data showed Thursday. Relations have improved "
             "since 2023.\n")
    assert find_date(kyodo, today=dt.date(2026, 12, 4)).date == dt.date(2025, 12, 4)
