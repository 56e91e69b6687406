"""Where things are: project paths and the environment variables that move them.

Every function reads the environment when called (not at import), so a run, a test or the CLI
can point the same code at other folders.

| variable                 | default                                                     |
|--------------------------|-------------------------------------------------------------|
| NEWSFACTS_LANDING_DIR    | <project>/data/samples                                      |
| NEWSFACTS_WAREHOUSE      | <project>/data/warehouse.duckdb  (the published file)       |
| NEWSFACTS_BUILD_DB       | <warehouse dir>/.newsfacts/<warehouse stem>.build.duckdb    |
| NEWSFACTS_MAX_DOCUMENT_BYTES | 20 MiB (larger files are quarantined; old name: NEWSFACTS_MAX_DOC_BYTES) |
| DAGSTER_HOME             | <project>/.dagster_home                                     |
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
DEFAULT_LANDING_DIR = PROJECT_ROOT / "data" / "samples"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "data" / "warehouse.duckdb"
DEFAULT_DAGSTER_HOME = PROJECT_ROOT / ".dagster_home"
DEFAULT_MAX_DOC_BYTES = 20 * 1024 * 1024
INSTANCE_TEMPLATE = Path(__file__).resolve().parent / "dagster.yaml"

#: Concurrency pool of every asset that writes a DuckDB file (one writer at a time).
DUCKDB_WRITER_POOL = "duckdb_writer"


def _path(value: str | os.PathLike | None, env: str, default: Path) -> Path:
    raw = value if value not in (None, "") else os.environ.get(env) or default
    return Path(os.path.abspath(Path(raw).expanduser()))  # absolute, '..' folded, symlinks kept


def landing_dir(value: str | os.PathLike | None = None) -> Path:
    return _path(value, "NEWSFACTS_LANDING_DIR", DEFAULT_LANDING_DIR)


def warehouse_path(value: str | os.PathLike | None = None) -> Path:
    return _path(value, "NEWSFACTS_WAREHOUSE", DEFAULT_WAREHOUSE)


def build_db_path(value: str | os.PathLike | None = None, *, warehouse: str | os.PathLike | None = None) -> Path:
    """The database every run writes (raw, staging, marts); kept between runs."""
    wh = warehouse_path(warehouse)
    return _path(value, "NEWSFACTS_BUILD_DB", wh.parent / ".newsfacts" / f"{wh.stem}.build.duckdb")


def max_document_bytes(value: int | None = None) -> int:
    """Files larger than this are quarantined ('too large') without being read."""
    if value:
        return int(value)
    for env in ("NEWSFACTS_MAX_DOCUMENT_BYTES", "NEWSFACTS_MAX_DOC_BYTES"):
        raw = (os.environ.get(env) or "").strip()
        if raw:
            try:
                limit = int(raw.replace("_", ""))
            except ValueError:
                limit = 0
            if limit <= 0:
                raise ValueError(f"{env}={raw!r} is not a positive number of bytes")
            return limit
    return DEFAULT_MAX_DOC_BYTES


def dagster_home() -> Path:
    return _path(None, "DAGSTER_HOME", DEFAULT_DAGSTER_HOME)


def ensure_dagster_home() -> Path:
    """Create DAGSTER_HOME (and its dagster.yaml from the project's template) if missing; export it."""
    home = dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    cfg = home / "dagster.yaml"
    if not cfg.exists():
        cfg.write_text(INSTANCE_TEMPLATE.read_text())
    os.environ["DAGSTER_HOME"] = str(home)
    return home
