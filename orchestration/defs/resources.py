"""Run settings as a Dagster resource: where a run reads documents and which databases it writes.

Unset fields fall back to the environment / defaults of orchestration.settings at run time, so
a run launched from the UI uses the environment of `make ui`, and `newsfacts refresh` passes
explicit values (visible in the run's config in the UI).
"""
from __future__ import annotations

from pathlib import Path

import dagster as dg

from orchestration import settings


class NewsfactsSettings(dg.ConfigurableResource):
    """Paths and switches of one refresh."""

    landing_dir: str | None = None
    warehouse: str | None = None
    build_db: str | None = None
    max_document_bytes: int | None = None
    full_refresh: bool = False

    def landing_path(self) -> Path:
        return settings.landing_dir(self.landing_dir)

    def warehouse_path(self) -> Path:
        return settings.warehouse_path(self.warehouse)

    def build_db_path(self) -> Path:
        return settings.build_db_path(self.build_db, warehouse=self.warehouse)

    def max_bytes(self) -> int:
        return settings.max_document_bytes(self.max_document_bytes)


defs = dg.Definitions(resources={"newsfacts": NewsfactsSettings()})
