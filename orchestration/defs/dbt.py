"""Transform: the dbt project (staging views -> marts tables) as Dagster assets, dbt tests as checks.

The manifest is prepared at install time or by `dagster dev` (see orchestration/dbt_project.py);
importing this module never runs dbt.
"""

import importlib.metadata
import json
import shutil
import sys
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets
from packaging import version

from orchestration import settings
from orchestration.dbt_project import dbt_project
from orchestration.defs.resources import NewsfactsSettings

if not dbt_project.manifest_path.exists():
    raise dg.DagsterInvariantViolationError(
        f"dbt manifest {dbt_project.manifest_path} is missing: run `make install` "
        "(or `dagster-dbt project prepare-and-package --file orchestration/dbt_project.py`)")


def dbt_executable() -> str:
    """The dbt of this interpreter's environment (works when the venv is not on PATH)."""
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else (shutil.which("dbt") or "dbt")


class NewsfactsDbtCliResource(DbtCliResource):
    """DbtCliResource without two start-up costs this project does not need (~3 s per dbt step).

    - the dbt version comes from the installed dbt-core, not from `dbt --version` in a subprocess;
    - no in-process dbt adapter: dagster-dbt only needs it for fetch_row_counts()/
      fetch_column_metadata(), which would open the build database from this process while the
      dbt subprocess writes it (DuckDB allows one writer). Both are private hooks of dagster-dbt
      0.29; if they change, dbt just starts slower.
    """

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):  # noqa: ARG002
        return None


class NewsfactsDbtTranslator(DagsterDbtTranslator):
    """Staging models in group `transform`, marts in group `marts`; sources keep the Python assets' keys
    (set by `meta.dagster.asset_key` in models/staging/sources.yml) so lineage connects."""

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str,
                       project: DbtProject | None) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        if props.get("resource_type") != "model":
            return spec
        group = "marts" if "marts" in props.get("fqn", []) else "transform"
        return spec.replace_attributes(group_name=group, owners=["team:data-platform"])


translator = NewsfactsDbtTranslator(
    settings=DagsterDbtTranslatorSettings(enable_asset_checks=True, enable_duplicate_source_asset_keys=True))


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=translator,
    pool=settings.DUCKDB_WRITER_POOL,
    name="dbt_models",
)
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, newsfacts: NewsfactsSettings):
    """`dbt build` (models, data tests and unit tests) against the run's build database."""
    build_db = newsfacts.build_db_path()
    args = ["build", "--vars", json.dumps({"build_db": str(build_db)})]
    if newsfacts.full_refresh:
        args.append("--full-refresh")
    # dbt's target folder lives next to the build database (not in the source tree): its
    # partial_parse.msgpack then matches this build's profile, so later runs skip the full parse.
    yield from dbt.cli(args, context=context, target_path=dbt_target_path(build_db)).stream()


def dbt_target_path(build_db: Path) -> Path:
    return build_db.with_name(build_db.name.removesuffix(".duckdb") + ".dbt")


#: Keys of the mart models: what `published_warehouse` publishes.
MART_KEYS = [key for key, group in dbt_models.group_names_by_key.items() if group == "marts"]

defs = dg.Definitions(
    assets=[dbt_models],
    resources={"dbt": NewsfactsDbtCliResource(project_dir=dbt_project, dbt_executable=dbt_executable())},
)
