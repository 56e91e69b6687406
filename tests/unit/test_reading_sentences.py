"""Sentence splitting: abbreviations and decimals hold, glued sentences and newlines split."""
from __future__ import annotations

import pytest

from newsfacts.reading.sentences import split_sentences


@pytest.mark.parametrize("text, expected", [
    # abbreviations that do not end a sentence
    ("Exports to the U.S. rose 5.1% to $1.83 billion in the U.K. market.",
     ["Exports to the U.S. rose 5.1% to $1.83 billion in the U.K. market."]),
    ("Exports to the U.S. Department of Commerce rose.", ["Exports to the U.S. Department of Commerce rose."]),
    ("Results are due Dec. 12 and Jan. 5 this year.", ["Results are due Dec. 12 and Jan. 5 this year."]),
    ("Samsung Electronics Co. said sales rose. LG Corp. Chairman Koo spoke.",
     ["Samsung Electronics Co. said sales rose.", "LG Corp. Chairman Koo spoke."]),
    ("Apple Inc. Chief Tim Cook and Hyundai Motor Co. Ltd. attended.",
     ["Apple Inc. Chief Tim Cook and Hyundai Motor Co. Ltd. attended."]),
    ("Korean Industrial Insight No. 12 covers chips.", ["Korean Industrial Insight No. 12 covers chips."]),
    ("It holds approx. 40% of the market vs. 30% for rivals, e.g. Micron.",
     ["It holds approx. 40% of the market vs. 30% for rivals, e.g. Micron."]),
    ("Mr. Kim and Dr. Lee met J. Y. Park in Washington D.C. on Monday.",
     ["Mr. Kim and Dr. Lee met J. Y. Park in Washington D.C. on Monday."]),
    ("Revenue was 17.6391 trillion won. Profit was 7.4405 trillion won.",
     ["Revenue was 17.6391 trillion won.", "Profit was 7.4405 trillion won."]),
    # abbreviations that do end one, when a sentence opener follows
    ("Cathode exports to the U.S. The figure nearly tripled.",
     ["Cathode exports to the U.S.", "The figure nearly tripled."]),
    ("It is a unit of LG Corp. The company said so.", ["It is a unit of LG Corp.", "The company said so."]),
    ("Deliveries start in Dec. The plant is ready.", ["Deliveries start in Dec.", "The plant is ready."]),
    # glued sentences
    ("Sales showed strong growth.According to KITA, exports rose.",
     ["Sales showed strong growth.", "According to KITA, exports rose."]),
    ("Exports hit $1.83 billion in 2024.The ministry said so.",
     ["Exports hit $1.83 billion in 2024.", "The ministry said so."]),
    ("Visit www.Samsung.com for details.", ["Visit www.Samsung.com for details."]),
    # quotes, question and exclamation marks, ellipses, digits
    ('He said, "Sales rose." Then it fell! Why? Because... It did.',
     ['He said, "Sales rose."', "Then it fell!", "Why?", "Because...", "It did."]),
    ("The company said, “We will expand.” Shares rose.", ["The company said, “We will expand.”", "Shares rose."]),
    ("Sales rose in 2023. 2024 was better.", ["Sales rose in 2023.", "2024 was better."]),
    ("It grew (to $1.7 billion). Profit fell.", ["It grew (to $1.7 billion).", "Profit fell."]),
])
def test_split(text, expected):
    assert split_sentences(text) == expected


def test_newlines_end_sentences_and_table_rows_stay_whole():
    text = ("Table 1. Top 10 Global Semiconductor Suppliers by Revenue 2023-2024 (Unit: Million USD)\n"
            "1 3 Nvidia 76,692 11.7% 34,846 120.1%\n"
            "2\t2\tSamsung Electronics\t65,697\t10.0%\n\n"
            "- KRW 1.46 trillion allocated to secure 10,000 GPUs\n"
            "1. Nvidia Surpasses Samsung Electronics\n"
            "II. SEMICONDUCTOR INDUSTRY TRENDS")
    assert split_sentences(text) == [
        "Table 1. Top 10 Global Semiconductor Suppliers by Revenue 2023-2024 (Unit: Million USD)",
        "1 3 Nvidia 76,692 11.7% 34,846 120.1%",
        "2\t2\tSamsung Electronics\t65,697\t10.0%",
        "- KRW 1.46 trillion allocated to secure 10,000 GPUs",
        "1. Nvidia Surpasses Samsung Electronics",
        "II. SEMICONDUCTOR INDUSTRY TRENDS",
    ]


def test_empty_and_blank():
    assert split_sentences("") == []
    assert split_sentences("\n \n\t\n") == []


def test_gold_evidence_sentences_survive_whole():
    text = ("In early 2021, the exports of cathodes to the U.S. were only around $9 million. However, within a year, "
            "it skyrocketed to $57 million. The monthly shipments crossed the $100 million mark in May 2021 and "
            "surpassed $200 million in January 2022, reaching a record high of $326 million in March.")
    assert split_sentences(text) == [
        "In early 2021, the exports of cathodes to the U.S. were only around $9 million.",
        "However, within a year, it skyrocketed to $57 million.",
        "The monthly shipments crossed the $100 million mark in May 2021 and surpassed $200 million in "
        "January 2022, reaching a record high of $326 million in March.",
    ]
