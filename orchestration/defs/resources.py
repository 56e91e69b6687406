"""Run settings as a Dagster resource: where a run reads documents and which databases it writes.

Unset fields fall back to the environment / defaults of orchestration.settings at run time, so
a run launched from the UI uses the environment of `make ui`, and `newsfacts refresh` passes
explicit values (visible in the run's config in the UI).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

from newsfacts import loading
from orchestration import settings

#: Retries of the steps that write DuckDB, for the one failure a retry can fix: another process
#: holding a DuckDB file's lock (someone's DuckDB CLI on the build database, a run of another
#: instance). Waits 5, 10, 20 s (±50 %); `loading.connect` already waited up to 30 s each time.
#: Other errors are not retried (see `lock_errors_only`).
WRITER_RETRY_POLICY = dg.RetryPolicy(max_retries=3, delay=5, backoff=dg.Backoff.EXPONENTIAL,
                                     jitter=dg.Jitter.PLUS_MINUS)


@contextmanager
def lock_errors_only() -> Iterator[None]:
    """Let the step's RetryPolicy retry DuckDB lock errors only: any other error fails the step at
    once (a failed check or an extractor bug does not get better by running again)."""
    try:
        yield
    except dg.Failure as e:
        if not loading.is_lock_error(e.description or ""):
            e.allow_retries = False
        raise
    except Exception as e:
        if loading.is_lock_error(e):
            raise
        raise dg.Failure(description=f"{type(e).__name__}: {e}", allow_retries=False) from e


class NewsfactsSettings(dg.ConfigurableResource):
    """Paths and switches of one refresh.

    - ``full_refresh``: start from an empty build database: every file of the landing folder is read
      and extracted again, documents whose file is gone are dropped.
    - ``purge_missing``: delete the documents (and their facts) whose file left the landing folder;
      without it they stay.
    """

    landing_dir: str | None = None
    warehouse: str | None = None
    build_db: str | None = None
    max_document_bytes: int | None = None
    full_refresh: bool = False
    purge_missing: bool = False

    def landing_path(self) -> Path:
        return settings.landing_dir(self.landing_dir)

    def warehouse_path(self) -> Path:
        return settings.warehouse_path(self.warehouse)

    def build_db_path(self) -> Path:
        return settings.build_db_path(self.build_db, warehouse=self.warehouse)

    def max_bytes(self) -> int:
        return settings.max_document_bytes(self.max_document_bytes)


defs = dg.Definitions(resources={"newsfacts": NewsfactsSettings()})
