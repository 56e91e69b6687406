"""Shared fixtures of the platform tests (tests/test_*.py): real DuckDB, dbt and Dagster, no mocks.

Nothing here is autouse: unit tests of other packages do not pay for dbt.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from pipeline_helpers import ROOT, VENV_BIN


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


@pytest.fixture(scope="session")
def incremental_scenario(defs, tmp_path_factory):
    """Sensor -> refresh -> new document -> incremental refresh under readers -> purge (see
    incremental_scenario.py); run once for test_incremental.py and test_publish.py."""
    from incremental_scenario import run_scenario

    return run_scenario(defs, tmp_path_factory.mktemp("incremental"))
