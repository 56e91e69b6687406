"""Shared fixtures of the platform tests (tests/test_*.py): real DuckDB, dbt and Dagster, no mocks.

Nothing here is autouse: unit tests of other packages do not pay for dbt.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
VENV_BIN = Path(sys.executable).parent


def _dbt_sources() -> list[Path]:
    dbt_dir = ROOT / "dbt_project"
    return [p for p in dbt_dir.rglob("*")
            if p.suffix in (".sql", ".yml") and "target" not in p.relative_to(dbt_dir).parts]


@pytest.fixture(scope="session")
def dbt_manifest() -> Path:
    """The dbt manifest, prepared like `make install` does when it is missing or older than a model."""
    manifest = ROOT / "dbt_project" / "target" / "manifest.json"
    newest = max(p.stat().st_mtime for p in _dbt_sources())
    if not manifest.exists() or manifest.stat().st_mtime < newest:
        env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
        subprocess.run([str(VENV_BIN / "dagster-dbt"), "project", "prepare-and-package",
                        "--file", "orchestration/dbt_project.py"], cwd=ROOT, env=env, check=True,
                       capture_output=True)
    return manifest


@pytest.fixture(scope="session")
def defs(dbt_manifest):
    from orchestration.definitions import defs as definitions
    return definitions


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
