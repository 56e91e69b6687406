"""Page furniture is stripped whole-line; sentences that merely mention furniture words are kept."""
from __future__ import annotations

import pytest

from newsfacts.reading.furniture import labelled_title, strip_furniture
from newsfacts.reading.normalize import tidy_whitespace

STORY = [
    "Samsung's market share rose to 36% in the first quarter, Counterpoint said.",
    "Writers strike delays chip shipments",
    "Input costs rose 5% since March 3, 2021",
    "Created in 2019, the fund invests in chips",
    "By 2030, exports of chips are expected to double, the ministry said.",
    "The copyright dispute over the chip design was settled last year.",
    "Shares of SK hynix rose 2.9% on Tuesday.",
    "Subscribers to the service grew 5% on-year.",
]
PAD = "\n".join(f"Filler paragraph number {i} about memory chip exports and prices in Korea." for i in range(12))


def cleaned(*lines: str) -> list[str]:
    return [ln for ln in strip_furniture("\n".join(lines)).split("\n") if ln.strip()]


@pytest.mark.parametrize("furniture", [
    "HOME > Resources > Newsletters",
    "News › Industry › Semiconductors",
    "Author KH",
    "Read 25",
    "Views: 1,234",
    "Attach File -",
    "Attach File report_2024.pdf (1.2MB)",
    "Post Date 2025-05-02",
    "Published : Mar. 3, 2021 - 15:31 Updated : Mar. 3, 2021 - 15:31",
    "Oh Jae-won Published 2023.10.24 16:40:21",
    "25 July 2024, 09:12 CET",
    "All News 10:02 April 01, 2024",
    "By Kim Eun-jin",
    "By Stefan Krüger",
    "By Kim Eun-jin (ejkim@heraldcorp.com)",
    "Reporter Nam Dae-seok",
    "Write to Da-yeon Lee at dylee@hankyung.com",
    "Edited by Jennifer Park",
    "Photo by Lee Jae-won",
    "Photo: Yonhap",
    "[Photo provided by POSCO Future M]",
    "(Yonhap)",
    "Samsung Electronics' headquarters in Seoul (Yonhap)",
    "Share Print Email Facebook Twitter",
    "Facebook | X | KakaoTalk | Print | A+ A-",
    "Copyright © The Korea Herald. All rights reserved.",
    "ⓒ Maeil Business News Korea & mk.co.kr, unauthorized reproduction and redistribution prohibited",
    "(c) Automotive Business Europe. Reproduction prohibited.",
    "Subscribe",
    "Subscribe to our newsletter",
    "Tags: Samsung, HBM, DRAM",
    "#Samsung #HBM #AI",
    "Comments 0",
    "Comments are closed.",
    "From: Seoul Tech & Trade Digest <digest@seoultechtrade.example>",
    "Sent: Monday, November 11, 2024 7:30 AM",
    "By Jung Min-soo Apr 25 (Thu), 2024",
    "Hyundai Motor's headquarters in Seoul (Courtesy of Hyundai Motor)",
    "Forwarded this email? Subscribe here · Read online",
    "Advertisement",
    "-",
    "| · |",
])
def test_furniture_line_is_dropped(furniture):
    assert cleaned(STORY[0], furniture, STORY[3]) == [STORY[0], STORY[3]]


def test_story_sentences_with_furniture_words_are_kept():
    assert cleaned(*STORY) == STORY


def test_label_and_value_on_separate_lines():
    text = "Title\n\nKorean Industrial Insight No. 12\n\nAuthor\n\nKH\n\nPost Date\n\n2025-05-02\n\nRead\n\n25\n\nAttach File\n\n-\nI. AI INDUSTRY TRENDS"
    assert cleaned(text) == ["Korean Industrial Insight No. 12", "I. AI INDUSTRY TRENDS"]


def test_attach_file_label_does_not_swallow_the_next_heading():
    assert cleaned("Attach File", "I. AI INDUSTRY TRENDS") == ["I. AI INDUSTRY TRENDS"]


def test_prev_next_in_the_tail_cut_everything_after():
    text = PAD + "\nLast sentence of the story.\n\nPrev\n\nNo Data ...\n\nNext\n\nKorean Industrial Insight No.14 in Chinese\n"
    out = strip_furniture(text)
    assert out.rstrip().endswith("Last sentence of the story.")
    assert "No.14" not in out and "Prev" not in out


@pytest.mark.parametrize("marker", ["Related Articles", "Most Read", "About Gartner", "You might also like",
                                    "Further reading", "Prev", "Next article"])
def test_tail_markers_end_the_article(marker):
    out = strip_furniture(PAD + f"\nThe end of the story.\n{marker}\nAnother story headline 3.5% up\n")
    assert out.rstrip().endswith("The end of the story.")


def test_tail_marker_near_the_top_only_drops_its_line():
    out = strip_furniture("Next\n" + PAD)
    assert out.startswith("Filler paragraph number 0")
    assert out.count("\n") == PAD.count("\n")


def test_inline_photo_credits_are_removed_from_kept_lines():
    out = strip_furniture("SK hynix said sales rose. [Photo provided by SK hynix]\nThe plant opened in March. (Yonhap)")
    assert tidy_whitespace(out) == "SK hynix said sales rose.\nThe plant opened in March."


def test_title_label_keeps_its_value():
    assert strip_furniture("Title: Chip exports surge\nBody text here.") == "Chip exports surge\nBody text here."
    assert labelled_title("Title\n\nKorean Industrial Insight No. 12\n\nAuthor") == "Korean Industrial Insight No. 12"
    assert labelled_title("Subtitle is not a label\nBody") is None
