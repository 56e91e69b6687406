"""Jobs: `refresh` materializes everything (ingest -> extract -> transform/marts -> publish)."""
from __future__ import annotations

import dagster as dg

refresh_job = dg.define_asset_job(
    name="refresh",
    selection=dg.AssetSelection.all(),
    description="Read the landing folder, extract facts, build and test the marts in the build database, "
                "then publish them to the warehouse if every blocking check passed.",
)

defs = dg.Definitions(jobs=[refresh_job])
