"""The dbt project as dagster-dbt sees it (no dbt run here).

`make install` prepares it (`dbt parse` -> dbt_project/target/manifest.json) with
`dagster-dbt project prepare-and-package --file orchestration/dbt_project.py`;
`dagster dev` re-prepares it on load (prepare_if_dev); nothing else runs dbt at import.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from orchestration import settings

dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)

if os.environ.get("DAGSTER_IS_DEV_CLI") and shutil.which("dbt") is None:
    # `dagster dev` started without the venv on PATH: let prepare_if_dev find this venv's dbt
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
dbt_project.prepare_if_dev()
