"""Helpers of the platform tests (imported by tests/test_*.py; fixtures are in conftest.py)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
VENV_BIN = Path(sys.executable).parent


def run_refresh(defs, *, landing: Path, warehouse: Path, build_db: Path | None = None,
                full_refresh: bool = False):
    """Execute the `refresh` job in this process on an ephemeral instance; returns the result."""
    from dagster import DagsterInstance

    config = {"landing_dir": str(landing), "warehouse": str(warehouse), "full_refresh": full_refresh}
    if build_db is not None:
        config["build_db"] = str(build_db)
    job = defs.resolve_job_def("refresh")
    with DagsterInstance.ephemeral() as instance:
        return job.execute_in_process(run_config={"resources": {"newsfacts": {"config": config}}},
                                      instance=instance, raise_on_error=False)


def read_table(warehouse: Path, table: str, order_by: str = "1") -> list[dict]:
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        cur = con.execute(f"select * from {table} order by {order_by}")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFACTS_")}
    env["DAGSTER_HOME"] = str(tmp_path / "dagster_home")
    env.update(extra)
    return env
