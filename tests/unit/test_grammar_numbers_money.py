"""Numbers, money and percentages in the forms Korean-industry news writes them."""
import pytest

from newsfacts.grammar.money import find_money
from newsfacts.grammar.numbers import is_malformed_grouping, spelled_to_digits
from newsfacts.grammar.percent import find_percents


@pytest.mark.parametrize("text,expected", [
    ("64-point-three billion U.S. dollars", "64.3 billion U.S. dollars"),
    ("nine-point-35 billion dollars", "9.35 billion dollars"),
    ("three-thousand-120 units", "3120 units"),
    ("three-and-a-half percent", "3.5 percent"),
    ("two-point-four trillion won", "2.4 trillion won"),
    ("eleven-point-zero-eight billion dollars", "11.08 billion dollars"),
    ("two trillion won", "2 trillion won"),
    ("one of the two companies", "one of the two companies"),  # prose stays prose
    ("the first seven months", "the first seven months"),
])
def test_spelled_numbers_become_digits(text, expected):
    assert spelled_to_digits(text) == expected


@pytest.mark.parametrize("text,value,currency", [
    ("$1.83 billion", 1.83e9, "USD"),
    ("US$41.6 billion", 41.6e9, "USD"),
    ("USD48.2 billion", 48.2e9, "USD"),
    ("USD 12.5 billion", 12.5e9, "USD"),
    ("KRW 1.8 trillion", 1.8e12, "KRW"),
    ("17.6391 trillion won", 17.6391e12, "KRW"),
    ("61.2 billion won", 61.2e9, "KRW"),
    ("2.8943 trillion New Taiwan Dollars", 2.8943e12, "TWD"),
    ("NT$1.2 trillion", 1.2e12, "TWD"),
    ("₩500 billion", 500e9, "KRW"),
    ("€3.4 billion", 3.4e9, "EUR"),
    ("10 billion yuan", 10e9, "CNY"),
    ("RMB 5 billion", 5e9, "CNY"),
    ("1.2 trillion yen", 1.2e12, "JPY"),
    ("$326m", 326e6, "USD"),
    ("64.3 billion U.S. dollars", 64.3e9, "USD"),
    ("1 trillion 200 billion won", 1.2e12, "KRW"),
])
def test_money_forms(text, value, currency):
    (m,) = find_money(text)
    assert m.value == pytest.approx(value)
    assert m.currency == currency


def test_money_not_found_in_prose_or_bare_numbers():
    assert find_money("the firm won 3 orders in 2024") == []
    assert find_money("a table cell 76,692 and 2,600 GPUs") == []


def test_conversion_in_parentheses_is_two_amounts_the_extractor_merges():
    ms = find_money("2.3 trillion won (US$1.7 billion)")
    assert [m.currency for m in ms] == ["KRW", "USD"]


def test_malformed_grouping_is_detected():
    assert is_malformed_grouping("20,51")
    assert not is_malformed_grouping("20,510")
    assert not is_malformed_grouping("1,234,567")


@pytest.mark.parametrize("text,value,is_range,points", [
    ("up 5.1 percent", 5.1, False, False),
    ("a 36% share", 36.0, False, False),
    ("50-70% of the capacity", 70.0, True, False),
    ("between 50 and 70 percent", 70.0, True, False),
    ("up 2.1 percentage points", 2.1, False, True),
])
def test_percent_forms(text, value, is_range, points):
    (p,) = find_percents(text)
    assert (p.value, p.is_range, p.points) == (value, is_range, points)


@pytest.mark.parametrize("text,value,currency", [
    ("revenue of Rs 98,924 crore", 9.8924e11, "INR"),       # crore = 10 million
    ("Rs. 9.52 lakh crore", 9.52e12, "INR"),                # lakh crore = 10^12
    ("reached RM33.05 billion", 3.305e10, "MYR"),
    ("12 trillion rupiah", 1.2e13, "IDR"),
    ("45 billion baht", 4.5e10, "THB"),
])
def test_asian_currencies_and_indian_scales(text, value, currency):
    (m,) = find_money(text)
    assert (m.value, m.currency) == (pytest.approx(value), currency)


def test_a_lone_rm_or_rs_needs_a_number():
    assert find_money("the RM team and Rs. staff") == []


def test_abbreviated_scales_with_a_full_stop():
    from newsfacts.grammar.money import find_money
    got = [(m.value, m.currency) for m in find_money("Chips: US$ 9.45 bil. (+12.9%); revenue of 5.37 tril. won; $3 mil.")]
    assert got == [(9.45e9, "USD"), (5.37e12, "KRW"), (3e6, "USD")]


def test_two_percentages_joined_by_and_are_two_values_not_a_range():
    from newsfacts.grammar.percent import find_percents
    pair = find_percents("SK On and Samsung SDI took 4.4 percent and 3.3 percent, respectively.")
    assert [(p.value, p.is_range) for p in pair] == [(4.4, False), (3.3, False)]
    assert [p.is_range for p in find_percents("margins of between 4 and 5 percent, or 10 to 12 percent")] == [True, True]


def test_amounts_carry_no_float_noise():
    from newsfacts.grammar.money import find_money
    assert find_money("279.6 trillion won")[0].value == 279600000000000.0
    assert find_money("$2.71")[0].value == 2.71


def test_won_written_before_the_number():
    from newsfacts.grammar.money import find_money
    assert [(m.value, m.currency) for m in find_money("an operating loss of Won 47.5 billion")] == [(47.5e9, "KRW")]
    assert [m.value for m in find_money("won10 trillion")] == [10e12]
    assert [m.text for m in find_money("it won 5 trillion won in orders")] == ["5 trillion won"]
    assert find_money("Won 3 contracts") == []


def test_both_ends_of_a_between_range():
    from newsfacts.grammar.percent import find_percents
    assert [p.is_range for p in find_percents("hovered between 17% and 18% over the past year")] == [True, True]
    assert [p.is_range for p in find_percents("4.4 percent and 3.3 percent, respectively")] == [False, False]


def test_a_currency_code_is_not_read_inside_a_word():
    from newsfacts.grammar.money import find_money
    assert [m.text for m in find_money("plus or minus $300 million")] == ["$300 million"]
    assert [m.text for m in find_money("a bonus $5 million")] == ["$5 million"]
