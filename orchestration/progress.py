"""A Dagster logger printing one short line per step, check and warning (used by `newsfacts refresh`)."""
from __future__ import annotations

import logging
import sys
import time

import dagster as dg
from dagster import DagsterEventType

#: Where progress lines go (the CLI points it at the terminal while it silences dbt's own output).
STREAM = None


def one_line(message: str | None, limit: int = 240) -> str:
    """An error message on one line, shortened."""
    text = " ".join((message or "failed").split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def root_error(error) -> str:
    """The innermost cause of a step's error (Dagster wraps the user's exception), on one line."""
    while error is not None and getattr(error, "cause", None) is not None:
        error = error.cause
    if error is not None and error.cls_name == "DagsterExecutionInterruptedError":
        return "interrupted (SIGINT or SIGTERM)"
    return one_line(error.message if error is not None else None)


class ProgressHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.started: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.line(record)
            if line:
                print(line, file=STREAM or sys.stdout, flush=True)
        except Exception:  # progress output must never break a run
            self.handleError(record)

    def line(self, record: logging.LogRecord) -> str | None:
        meta = getattr(record, "dagster_meta", None) or {}
        event = meta.get("dagster_event")
        step = meta.get("step_key") or ""
        if event is None:
            message = meta.get("orig_message", record.getMessage())
            if record.levelno >= logging.WARNING and not message.startswith("Dependencies for step"):
                return f"   {record.levelname.lower()}: {message}"
            return None
        kind = event.event_type
        if kind == DagsterEventType.STEP_START:
            self.started[step] = time.monotonic()
            return f"-> {step}"
        if kind == DagsterEventType.STEP_SUCCESS:
            return f"   {step} done ({time.monotonic() - self.started.get(step, time.monotonic()):.1f} s)"
        if kind == DagsterEventType.STEP_FAILURE:
            err = event.step_failure_data.error if event.step_failure_data else None
            return f"   {step} FAILED: {root_error(err)}"
        if kind == DagsterEventType.STEP_SKIPPED:
            return f"   {step} skipped (an upstream step or blocking check failed)"
        if kind == DagsterEventType.ASSET_MATERIALIZATION:
            mat = event.event_specific_data.materialization
            rows = mat.metadata.get("dagster/row_count")
            rows = f" ({rows.value} rows)" if rows is not None else ""
            return f"   materialized {mat.asset_key.to_user_string()}{rows}"
        if kind == DagsterEventType.ASSET_CHECK_EVALUATION:
            ev = event.event_specific_data
            if not ev.passed:
                return f"   check {ev.asset_key.to_user_string()}:{ev.check_name} FAILED ({ev.severity.value})"
        return None


@dg.logger(description="One line per step and per failed check, to stdout.")
def progress_logger(init_context: dg.InitLoggerContext) -> logging.Logger:
    log = logging.Logger("newsfacts.progress", level=logging.DEBUG)  # events are DEBUG records
    log.addHandler(ProgressHandler())
    return log
