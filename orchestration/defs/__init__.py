"""Dagster definitions, one module per concern; orchestration.definitions merges them."""
