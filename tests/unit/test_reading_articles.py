"""Newsletters split into titled articles; stories, lists and tables do not."""
from __future__ import annotations

from newsfacts.reading.articles import split_articles

BODY = ("The company said revenue rose sharply on strong demand for memory chips used in servers, "
        "and it expects demand to stay firm through the rest of the year as customers build inventory.")

NEWSLETTER = f"""Korean Industrial Insight No. 7

Ⅰ. SEMICONDUCTOR INDUSTRY TRENDS

1. Nvidia Surpasses Samsung Electronics to Lead Global Semiconductor Market – SK Hynix Rises to Fourth

{BODY}
Table 1. Top 10 Global Semiconductor Suppliers by Revenue 2023-2024 (Unit: Million USD)
2024 Rank 2023 Rank Supplier 2024 Revenue 2024 Market Share (%) 2023 Revenue 2024-2023 Growth Rate (%)
1 3 Nvidia 76,692 11.7% 34,846 120.1%
2 2 Samsung Electronics 65,697 10.0% 40,868 60.8%
3 1 Intel 49,804 7.6% 49,427 0.8%
*Source: Gartner (April 2025)

2. SK Hynix Accelerates in the AI Semiconductor Race with HBM

- Revenue soars 41.9% YoY to 17.6 trillion won
{BODY}
The plan has three steps:
1. build the fab.
2. hire engineers.

Ⅱ. BATTERY INDUSTRY TREND

1. World’s Largest Battery Maker CATL Establishes Korean Subsidiary

{BODY}
"""


def test_newsletter_items_become_titled_articles():
    arts = split_articles(NEWSLETTER, "Korean Industrial Insight No. 7")
    assert [a.title for a in arts] == [
        "Nvidia Surpasses Samsung Electronics to Lead Global Semiconductor Market – SK Hynix Rises to Fourth",
        "SK Hynix Accelerates in the AI Semiconductor Race with HBM",
        "World’s Largest Battery Maker CATL Establishes Korean Subsidiary",
    ]
    assert [a.index for a in arts] == [0, 1, 2]
    first = arts[0].text.split("\n")
    # table rows are not headings and stay intact, one per line, inside the article
    assert "1 3 Nvidia 76,692 11.7% 34,846 120.1%" in first
    assert "3 1 Intel 49,804 7.6% 49,427 0.8%" in first
    assert first[-1] == "*Source: Gartner (April 2025)"
    # a numbered list inside an item (sentences ending in periods) is body text, not items
    assert "1. build the fab." in arts[1].text
    assert arts[1].text.startswith("- Revenue soars 41.9% YoY")
    # section headings are not article text
    assert "BATTERY INDUSTRY TREND" not in arts[1].text
    assert arts[2].text == BODY


def test_a_plain_story_is_one_article():
    text = f"Chip exports surge\n\n{BODY}\n{BODY}"
    arts = split_articles(text, "Chip exports surge")
    assert len(arts) == 1
    assert (arts[0].index, arts[0].title, arts[0].text) == (0, "Chip exports surge", text)


def test_a_story_with_a_short_numbered_list_stays_one_article():
    text = f"""{BODY}

1. Samsung Electronics

2. SK Hynix

{BODY}"""
    assert len(split_articles(text)) == 1


def test_numbered_items_out_of_sequence_are_not_headings():
    text = f"""I. MARKET NEWS

1. Samsung Expands Foundry Capacity in Texas

{BODY}

3. Micron Wins Order From Nvidia

{BODY}"""
    arts = split_articles(text)
    assert [a.title for a in arts] == ["Samsung Expands Foundry Capacity in Texas"]
    assert "3. Micron Wins Order From Nvidia" in arts[0].text


def test_sectionless_newsletter_needs_real_stories():
    text = f"""Weekly Chip Brief

1. Samsung Expands Foundry Capacity in Texas

{BODY}

2. Micron Wins Order From Nvidia

{BODY}"""
    arts = split_articles(text, "Weekly Chip Brief")
    assert [a.title for a in arts] == ["Samsung Expands Foundry Capacity in Texas", "Micron Wins Order From Nvidia"]


def test_preamble_with_real_text_is_kept_as_an_article():
    text = f"""Monthly Brief

{BODY} {BODY}

I. CHIPS

1. Samsung Expands Foundry Capacity in Texas

{BODY}"""
    arts = split_articles(text, "Monthly Brief")
    assert [a.title for a in arts] == ["Monthly Brief", "Samsung Expands Foundry Capacity in Texas"]
    assert arts[0].text.startswith("Monthly Brief")


def test_item_numbers_may_run_on_across_sections_and_no_text_is_lost():
    text = f"""?. SEMICONDUCTOR TRENDS

1. Samsung Electronics Posts Operating Profit in Fourth Quarter

{BODY}

2. ICT Exports Fall in 2023 as Chip Demand Weakens

{BODY}

?. BATTERY AND EV TRENDS

Battery makers had a hard year, and the section opens with an overview of why demand slowed in Europe and in America.

3. Korean Battery Makers Lose Global Share to Chinese Rivals

{BODY}

4. Auto Exports Top USD 70 Billion for the First Time

{BODY}
"""
    arts = split_articles(text)
    assert [a.title for a in arts][-2:] == ["Korean Battery Makers Lose Global Share to Chinese Rivals",
                                           "Auto Exports Top USD 70 Billion for the First Time"]
    assert any("section opens with an overview" in a.text for a in arts)
    assert sum(a.text.count(BODY) for a in arts) == 4
