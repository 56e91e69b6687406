"""The Dagster definitions: what the UI shows (assets, groups, lineage, checks), pools, and validation."""
import subprocess

import dagster as dg
import pytest

from pipeline_helpers import ROOT, VENV_BIN, cli_env

MARTS = ["dim_documents", "fct_exports", "fct_market_shares", "fct_revenues", "flagged_facts",
         "quarantined_documents"]


def key(s: str) -> dg.AssetKey:
    return dg.AssetKey.from_user_string(s)


@pytest.fixture(scope="module")
def graph(defs):
    return defs.resolve_asset_graph()


def test_assets_and_groups(defs):
    groups = {s.key.to_user_string(): s.group_name for s in defs.resolve_all_asset_specs()}
    assert groups == {
        "raw_documents": "ingest", "raw_facts": "extract",
        "staging/stg_documents": "transform", "staging/stg_facts": "transform",
        **{f"marts/{m}": "transform" for m in MARTS},
        "published_warehouse": "publish",
    }


def test_lineage_connects_python_assets_dbt_and_publish(graph):
    def parents(k):
        return {p.to_user_string() for p in graph.get(key(k)).parent_keys}

    assert parents("raw_facts") == {"raw_documents"}
    assert parents("staging/stg_documents") == {"raw_documents"}  # dbt source raw.documents
    assert parents("staging/stg_facts") == {"raw_facts"}  # dbt source raw.facts
    assert parents("marts/fct_exports") == {"staging/stg_facts"}
    assert parents("published_warehouse") == {f"marts/{m}" for m in MARTS}


def test_dbt_tests_are_blocking_asset_checks(graph):
    checks = {(k.asset_key.to_user_string(), k.name): graph.get_check_spec(k) for k in graph.asset_check_keys}
    for table in ("fct_exports", "fct_revenues", "fct_market_shares"):
        for name in (f"unique_{table}_fact_id", f"not_null_{table}_fact_id",
                     f"relationships_{table}_document_id__document_id__ref_dim_documents_"):
            assert checks[(f"marts/{table}", name)].blocking
    assert checks[("marts/dim_documents", "unique_dim_documents_document_id")].blocking
    assert ("marts/fct_revenues", "accepted_values_fct_revenues_metric__revenue__operating_profit__net_profit") in checks


def test_one_duckdb_writer(defs):
    for k in ["raw_documents", "raw_facts", "marts/fct_exports", "published_warehouse"]:
        assert defs.resolve_assets_def(key(k)).op.pool == "duckdb_writer", k
    job = defs.resolve_job_def("refresh")
    assert job.executor_def is dg.in_process_executor
    assert {k.to_user_string() for k in job.asset_layer.selected_asset_keys} >= {
        "raw_documents", "raw_facts", "published_warehouse", "marts/fct_exports"}


@pytest.mark.slow
def test_dagster_definitions_validate(tmp_path, dbt_manifest):
    env = cli_env(tmp_path)
    del env["DAGSTER_HOME"]  # as on a fresh clone: dagster uses a temporary instance
    proc = subprocess.run([str(VENV_BIN / "dagster"), "definitions", "validate", "-w", "workspace.yaml"],
                          cwd=ROOT, capture_output=True, text=True, timeout=180, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Validation successful" in proc.stdout + proc.stderr
