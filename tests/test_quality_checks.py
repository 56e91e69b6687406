"""What the UI shows: every GX expectation and every dbt test is an asset check on the asset graph,
blocking exactly when it must be, and the check ops sit between the stages they gate."""
from __future__ import annotations

import json

import dagster as dg
import pytest

from newsfacts.quality import load_suites


@pytest.fixture(scope="module")
def graph(defs):
    return defs.resolve_asset_graph()


@pytest.fixture(scope="module")
def checks(graph) -> dict[tuple[str, str], dg.AssetCheckSpec]:
    return {(k.asset_key.to_user_string(), k.name): graph.get_check_spec(k) for k in graph.asset_check_keys}


def test_every_expectation_is_an_asset_check(checks):
    expected = {(s.asset, e.check_name): e for s in load_suites() for e in s.expectations}
    gx_checks = {k: spec for k, spec in checks.items() if k[1].startswith("gx_")}
    assert set(gx_checks) == set(expected)
    for key, spec in gx_checks.items():
        assert spec.blocking == expected[key].blocking, key
        assert expected[key].description in spec.description
    assert len(gx_checks) == 33
    assert {a for a, _ in gx_checks} == {"raw_documents", "raw_facts", "marts/dim_documents", "marts/fct_exports",
                                         "marts/fct_revenues", "marts/fct_market_shares", "marts/flagged_facts",
                                         "marts/quarantined_documents"}


def test_every_dbt_test_is_an_asset_check_blocking_unless_it_warns(checks, dbt_manifest):
    manifest = json.loads(dbt_manifest.read_text())
    tests = {n["name"]: n for n in manifest["nodes"].values() if n["resource_type"] == "test"}
    assert len(tests) > 80
    for name, node in tests.items():
        model = node["attached_node"].split(".")[-1]
        layer = "marts" if model in ("dim_documents", "fct_exports", "fct_revenues", "fct_market_shares",
                                     "flagged_facts", "quarantined_documents") else "staging"
        key = (f"{layer}/{model}", name)
        assert key in checks, key
        assert checks[key].blocking == (node["config"]["severity"].lower() == "error"), key
    warn = {k for k, spec in checks.items() if not k[1].startswith("gx_") and not spec.blocking}
    assert [name.split("_fct_")[0] for _, name in warn] == ["group_sum_at_most"]


def test_check_ops_gate_the_stages(defs):
    by_op = {}
    for checks_def in defs.asset_checks or []:
        for key in checks_def.check_keys:
            by_op.setdefault(checks_def.node_def.name, set()).add(key.asset_key.to_user_string())
    assert by_op["raw_documents_expectations"] == {"raw_documents"}
    assert by_op["raw_facts_expectations"] == {"raw_facts"}
    assert by_op["mart_expectations"] == {f"marts/{m}" for m in (
        "dim_documents", "fct_exports", "fct_revenues", "fct_market_shares", "flagged_facts",
        "quarantined_documents")}
    job = defs.resolve_job_def("refresh")
    steps = {n.name for n in job.graph.node_defs}
    assert {"raw_documents_expectations", "raw_facts_expectations", "mart_expectations"} <= steps


def test_importing_the_definitions_does_not_import_great_expectations():
    import subprocess
    import sys

    code = "import sys; import orchestration.definitions; print('great_expectations' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "False"
