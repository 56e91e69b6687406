"""Publish: the marts of the build database, swapped atomically into the warehouse BI tools read.

Runs only when every upstream step and blocking check succeeded (stage -> check -> publish): a failed
check stops the run before this asset, so the published warehouse stays exactly as it was.
"""

import dagster as dg

from newsfacts import loading
from orchestration.defs.dbt import MART_KEYS
from orchestration.defs.resources import WRITER_RETRY_POLICY, NewsfactsSettings, lock_errors_only
from orchestration.settings import DUCKDB_WRITER_POOL


@dg.asset(
    group_name="publish",
    deps=MART_KEYS,
    pool=DUCKDB_WRITER_POOL,
    retry_policy=WRITER_RETRY_POLICY,
    kinds={"duckdb"},
    owners=["team:data-platform"],
    description="The published warehouse (NEWSFACTS_WAREHOUSE): every table of schema marts copied from "
                "the build database into a new file (DuckDB storage v1.0.0, readable by older drivers) "
                "and moved over the warehouse in one atomic os.replace. Readers of the old file keep "
                "working and see the old data; new readers see the new data; nobody sees a mix or "
                "meets a lock. Open it read-only.",
)
def published_warehouse(context: dg.AssetExecutionContext, newsfacts: NewsfactsSettings) -> dg.MaterializeResult:
    build_db, warehouse = newsfacts.build_db_path(), newsfacts.warehouse_path()
    with lock_errors_only():
        counts = loading.publish_schema(build_db, warehouse, schema="marts")
    context.log.info(f"published {sum(counts.values())} rows in {len(counts)} tables to {warehouse}")
    summary = "\n".join(["| table | rows |", "|---|---|",
                         *(f"| marts.{t} | {n} |" for t, n in counts.items())])
    return dg.MaterializeResult(metadata={
        "warehouse": dg.MetadataValue.path(str(warehouse)),
        "storage_version": loading.PUBLISH_STORAGE_VERSION,
        "tables": dg.MetadataValue.json(counts),
        "published_tables": dg.MetadataValue.md(summary),
        "dagster/row_count": sum(counts.values()),
        **{f"rows_{table}": n for table, n in counts.items()},
    })


defs = dg.Definitions(assets=[published_warehouse])
