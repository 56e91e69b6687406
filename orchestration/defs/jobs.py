"""Jobs: `refresh` (incremental) and `full_refresh` (rebuild from the landing folder alone).

Both materialize everything (ingest -> extract -> transform -> publish); they differ in run config
only, so `full_refresh` is `refresh` with `full_refresh: true` pre-filled (editable in the Launchpad).
"""
from __future__ import annotations

import dagster as dg

refresh_job = dg.define_asset_job(
    name="refresh",
    selection=dg.AssetSelection.all(),
    description="Incremental refresh: read the landing folder's new or changed files, extract facts "
                "from new documents, build and test the marts in the build database, then publish "
                "them to the warehouse if every blocking check passed. Set the resource config "
                "`purge_missing: true` to delete the facts of files that left the landing folder.",
)

full_refresh_job = dg.define_asset_job(
    name="full_refresh",
    selection=dg.AssetSelection.all(),
    description="Full rebuild: start from an empty build database, read and extract every file of the "
                "landing folder again (documents whose file is gone are dropped), rebuild and test "
                "the marts, publish. Same as `newsfacts refresh --full-refresh`.",
    config={"resources": {"newsfacts": {"config": {"full_refresh": True}}}},
)

defs = dg.Definitions(jobs=[refresh_job, full_refresh_job])
