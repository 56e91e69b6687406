"""Transform: the dbt project (staging views -> marts tables) as Dagster assets, dbt tests as checks.

The manifest is prepared at install time or by `dagster dev` (see orchestration/dbt_project.py);
importing this module never runs dbt.
"""

import importlib.metadata
import json
import shutil
import sys
from collections.abc import Mapping
from contextlib import closing
from functools import cached_property
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets
from dagster_dbt.errors import DagsterDbtCliRuntimeError
from packaging import version

from newsfacts import loading
from orchestration import settings
from orchestration.dbt_project import dbt_project
from orchestration.defs.resources import WRITER_RETRY_POLICY, NewsfactsSettings

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
    """Every dbt model in group `transform` (staging views and marts tables: the flow reads ingest ->
    extract -> transform -> publish); sources keep the Python assets' keys (set by
    `meta.dagster.asset_key` in models/staging/sources.yml) so lineage connects."""

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str,
                       project: DbtProject | None) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        if props.get("resource_type") != "model":
            return spec
        return spec.replace_attributes(group_name="transform", owners=["team:data-platform"])


translator = NewsfactsDbtTranslator(
    settings=DagsterDbtTranslatorSettings(enable_asset_checks=True, enable_duplicate_source_asset_keys=True))


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=translator,
    pool=settings.DUCKDB_WRITER_POOL,
    retry_policy=WRITER_RETRY_POLICY,
    name="dbt_models",
)
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, newsfacts: NewsfactsSettings):
    """`dbt build` (models, data tests and unit tests) against the run's build database.

    Every model is rebuilt (staging views, marts tables): measured cheap (README, "Incremental
    refreshes"); the incremental work is in ingest and extract. Column schemas and column lineage come
    from dbt itself (the post-hook macro `dagster_column_metadata`); row counts and previews are read
    once dbt has exited (DuckDB: no second process while dbt writes), so the models' events are held
    until then.
    """
    build_db = newsfacts.build_db_path()
    args = ["build", "--vars", json.dumps({"build_db": str(build_db)})]
    if newsfacts.full_refresh:
        args.append("--full-refresh")
    # dbt's target folder lives next to the build database (not in the source tree): its
    # partial_parse.msgpack then matches this build's profile, so later runs skip the full parse.
    invocation = dbt.cli(args, context=context, target_path=dbt_target_path(build_db))
    # Column lineage matches the relations of the compiled SQL with the manifest's: the prepared
    # manifest names the default build database's catalog, this run may use another one.
    invocation.manifest = manifest_for_catalog(invocation.manifest, duckdb_catalog(build_db))
    events, error = [], None
    try:
        events.extend(invocation.stream())
    except DagsterDbtCliRuntimeError as e:
        error = e
    extra = model_metadata(context, build_db, events, invocation.manifest)
    for event in events:
        more = extra.get(_unique_id(event))
        yield event.with_metadata({**event.metadata, **more}) if more else event
    if error is not None:
        # Only a DuckDB lock is worth a retry; failed tests or compile errors fail the step at once.
        error.allow_retries = loading.is_lock_error(error.description or "")
        raise error


def duckdb_catalog(path: Path) -> str:
    """The catalog name DuckDB (and dbt-duckdb) give a database file: its name up to the first dot."""
    return path.name.lstrip(".").split(".")[0]


def manifest_for_catalog(manifest: Mapping[str, Any], catalog: str) -> Mapping[str, Any]:
    """The manifest with its models' and sources' database renamed to ``catalog`` (a copy if needed)."""
    nodes = [n for group in ("nodes", "sources") for n in manifest.get(group, {}).values()
             if n.get("database") not in (None, catalog)]
    if not nodes:
        return manifest
    out = dict(manifest)
    for group in ("nodes", "sources"):
        renamed = {}
        for uid, node in manifest.get(group, {}).items():
            old = node.get("database")
            if old not in (None, catalog):
                node = dict(node, database=catalog)
                prefix = f'"{old}".'
                if str(node.get("relation_name") or "").startswith(prefix):
                    node["relation_name"] = f'"{catalog}".' + node["relation_name"][len(prefix):]
            renamed[uid] = node
        out[group] = renamed
    return out


def _unique_id(event) -> str | None:
    if not isinstance(event, (dg.Output, dg.AssetMaterialization)):
        return None
    value = event.metadata.get("unique_id")
    return getattr(value, "text", value)


def model_metadata(context: dg.AssetExecutionContext, build_db: Path, events: list,
                   manifest: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Row count and a preview of every model built in this run, read from the build database."""
    relations = {}
    for event in events:
        uid = _unique_id(event)
        node = manifest["nodes"].get(uid) if uid else None
        if node and node.get("resource_type") == "model":
            relations[uid] = f'"{node["schema"]}"."{node.get("alias") or node["name"]}"'
    out: dict[str, dict[str, Any]] = {}
    if not relations or not build_db.exists():
        return out
    try:
        with closing(loading.connect(build_db, read_only=True)) as con:
            for uid, relation in relations.items():
                rows = con.execute(f"select count(*) from {relation}").fetchone()[0]
                out[uid] = {"dagster/row_count": rows,
                            "preview": dg.MetadataValue.md(loading.preview_markdown(con, relation))}
    except Exception as e:  # metadata must never fail a build that succeeded
        context.log.warning(f"row counts and previews of the dbt models not recorded: {e}")
    return out


def dbt_target_path(build_db: Path) -> Path:
    return build_db.with_name(build_db.name.removesuffix(".duckdb") + ".dbt")


#: Keys of the mart models (marts/<model>): what `published_warehouse` publishes.
MART_KEYS = sorted((key for key in dbt_models.keys if key.path[0] == "marts"), key=lambda k: k.path)

defs = dg.Definitions(
    assets=[dbt_models],
    resources={"dbt": NewsfactsDbtCliResource(project_dir=dbt_project, dbt_executable=dbt_executable())},
)
