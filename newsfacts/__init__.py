"""newsfacts: plain-Python reading and fact extraction (no Dagster import here)."""
