"""The code location: `dagster dev -w workspace.yaml` loads `defs` from here."""
from __future__ import annotations

import dagster as dg

from orchestration.defs import dbt, extract, ingest, jobs, publish, quality, resources, schedules, sensors
from orchestration.progress import progress_logger

defs = dg.Definitions.merge(
    resources.defs,
    ingest.defs,
    extract.defs,
    dbt.defs,
    publish.defs,
    quality.defs,
    jobs.defs,
    sensors.defs,
    schedules.defs,
    dg.Definitions(
        # One DuckDB writer at a time: steps of a run execute one after the other in one process
        # (and the writing assets share the concurrency pool `duckdb_writer` across runs).
        executor=dg.in_process_executor,
        loggers={"console": dg.colored_console_logger, "progress": progress_logger},
    ),
)
