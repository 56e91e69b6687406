"""Dagster orchestration of newsfacts: wires the plain-Python reading/extraction/loading code."""
