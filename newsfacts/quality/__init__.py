"""Data-quality gates in plain Python (no Dagster): GX suites kept as JSON in expectations/, the
DataFrames they are validated on, and the runner that turns GX results into check outcomes.

Great Expectations itself is imported only inside :func:`newsfacts.quality.runner.validate`.
"""
from newsfacts.quality.frames import FRAMES, load_frame
from newsfacts.quality.runner import CheckOutcome, validate
from newsfacts.quality.suites import EXPECTATIONS_DIR, ExpectationSpec, Suite, SuiteError, load_suite, load_suites

__all__ = ["EXPECTATIONS_DIR", "FRAMES", "CheckOutcome", "ExpectationSpec", "Suite", "SuiteError", "load_frame",
           "load_suite", "load_suites", "validate"]
