"""Validate a suite on a DataFrame with Great Expectations (GX Core 1.x), one outcome per expectation.

Plain Python: Dagster (orchestration/defs/quality.py), the tests and a shell can call it. GX is
imported inside :func:`validate` only (the import costs seconds), with an ephemeral context, no
progress bars and no analytics.

How a GX result becomes a check outcome:

- every row meets the expectation: passed;
- GX says the expectation failed: failed, severity ERROR when the expectation is blocking (the
  refresh stops before publishing), WARN otherwise;
- GX says it passed only thanks to ``mostly`` (some rows are off, fewer than the tolerance): failed
  with severity WARN, so the offending rows are seen without blocking the refresh;
- the expectation could not be evaluated (a missing column, a bad argument): failed like a GX
  failure, with the error as the reason.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from newsfacts.quality.suites import ExpectationSpec, Suite

__all__ = ["CheckOutcome", "validate", "SAMPLE_SIZE", "ROW_COLUMN"]

SAMPLE_SIZE = 5
ROW_COLUMN = "__row__"


@dataclass
class CheckOutcome:
    """What one expectation found."""

    suite: str
    asset: str
    check_name: str
    expectation_type: str
    description: str
    blocking: bool
    passed: bool
    severity: str  # "ERROR" (blocks the refresh) or "WARN"
    gx_success: bool
    element_count: int | None = None
    unexpected_count: int = 0
    unexpected_percent: float | None = None
    observed_value: Any = None
    sample: list[dict] = field(default_factory=list)
    error: str | None = None
    kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def blocks(self) -> bool:
        return not self.passed and self.severity == "ERROR"

    def summary(self) -> str:
        if self.passed:
            return f"{self.check_name}: passed"
        if self.error:
            return f"{self.check_name}: could not be evaluated: {self.error}"
        what = f"{self.unexpected_count} offending row(s)" if self.element_count is not None \
            else f"observed {self.observed_value!r}"
        return f"{self.check_name}: {what} — {self.description}"


def _plain(value: Any) -> Any:
    """A JSON-friendly Python value (no numpy scalars, NaT, Timestamps)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalar
        return _plain(value.item())
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def _sample_rows(frame: pd.DataFrame, rows: list[int], spec: ExpectationSpec, suite: Suite,
                 limit: int) -> list[dict]:
    cols = list(dict.fromkeys([*suite.id_columns, *spec.columns, *suite.sample_columns]))
    cols = [c for c in cols if c in frame.columns]
    out = []
    for r in rows[:limit]:
        row = frame.iloc[int(r)]
        item = {}
        for c in cols:
            v = _plain(row[c])
            if isinstance(v, str) and len(v) > 200:
                v = v[:197] + "..."
            item[c] = v
        out.append(item)
    return out


_CONTEXT = None


def _gx_context():
    """GX and one ephemeral context per process (each context makes a temporary docs folder)."""
    global _CONTEXT
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    if _CONTEXT is None:
        context = gx.get_context(mode="ephemeral")
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        _CONTEXT = context
    return gx, _CONTEXT


def validate(suite: Suite, frame: pd.DataFrame, *, only: Iterable[str] | None = None,
             sample_size: int = SAMPLE_SIZE) -> list[CheckOutcome]:
    """Run the suite's expectations (all, or the check names in ``only``) on the frame."""
    selected = set(only) if only is not None else None
    specs = [e for e in suite.expectations if selected is None or e.check_name in selected]
    if not specs:
        return []
    gx, context = _gx_context()
    data = frame.reset_index(drop=True).copy()
    data[ROW_COLUMN] = range(len(data))
    gx_suite = gx.ExpectationSuite(**suite.gx_dict({s.check_name for s in specs}))
    source = f"newsfacts_{suite.name}_{uuid.uuid4().hex[:8]}"
    try:
        batch = (context.data_sources.add_pandas(source)
                 .add_dataframe_asset(suite.name)
                 .add_batch_definition_whole_dataframe("whole")
                 .get_batch(batch_parameters={"dataframe": data}))
        result = batch.validate(gx_suite, result_format={
            "result_format": "COMPLETE", "unexpected_index_column_names": [ROW_COLUMN],
            "partial_unexpected_count": sample_size, "return_unexpected_index_query": False})
    finally:
        context.data_sources.delete(source)
    by_name = {r.expectation_config.meta.get("check_name"): r for r in result.results}
    outcomes = []
    for spec in specs:
        r = by_name.get(spec.check_name)
        outcomes.append(_outcome(suite, spec, r, data, sample_size))
    return outcomes


def _outcome(suite: Suite, spec: ExpectationSpec, r, data: pd.DataFrame, sample_size: int) -> CheckOutcome:
    base = dict(suite=suite.name, asset=suite.asset, check_name=spec.check_name, expectation_type=spec.type,
                description=spec.description, blocking=spec.blocking, kwargs=dict(spec.kwargs))
    failing_severity = "ERROR" if spec.blocking else "WARN"
    if r is None:
        return CheckOutcome(**base, passed=False, severity=failing_severity, gx_success=False,
                            error="GX returned no result for this expectation")
    info = r.exception_info or {}
    if any(isinstance(v, dict) and v.get("raised_exception") for v in info.values()) or info.get("raised_exception"):
        messages = [v.get("exception_message") for v in info.values() if isinstance(v, dict)] or \
            [info.get("exception_message")]
        message = next((m for m in messages if m), "GX could not evaluate the expectation")
        return CheckOutcome(**base, passed=False, severity=failing_severity, gx_success=False,
                            error=str(message).splitlines()[0])
    res = r.result or {}
    unexpected = int(res.get("unexpected_count") or 0)
    rows = [int(i[ROW_COLUMN]) for i in (res.get("unexpected_index_list") or []) if ROW_COLUMN in i]
    success = bool(r.success)
    if not success:
        passed, severity = False, failing_severity
    elif unexpected:
        passed, severity = False, "WARN"  # within the `mostly` tolerance: seen, not blocking
    else:
        passed, severity = True, failing_severity
    return CheckOutcome(
        **base, passed=passed, severity=severity, gx_success=success,
        element_count=res.get("element_count"), unexpected_count=unexpected,
        unexpected_percent=_plain(res.get("unexpected_percent")),
        observed_value=_plain(res.get("observed_value")),
        sample=_sample_rows(data, sorted(set(rows)), spec, suite, sample_size))
