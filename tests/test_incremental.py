"""Incremental refreshes, end to end (the scenario is in incremental_scenario.py): the sensor asks for a
refresh when a document lands in the landing folder of a built warehouse; the refresh reads and extracts
only that document and publishes its facts; deleted files keep their facts until `newsfacts purge
--missing`."""
from pathlib import Path

import pytest

from incremental_scenario import A, B, NEW_DOC
from pipeline_helpers import read_table

pytestmark = pytest.mark.slow
FACT_TABLES = ("fct_exports", "fct_revenues", "fct_market_shares")


def doc_ids(warehouse) -> dict[str, str]:
    return {Path(r["source_uri"]).name: r["document_id"] for r in read_table(warehouse, "marts.dim_documents")}


def facts_of(warehouse, document_id) -> int:
    return sum(1 for t in FACT_TABLES for r in read_table(warehouse, f"marts.{t}") if r["document_id"] == document_id)


def test_first_tick_builds_the_warehouse(incremental_scenario):
    s = incremental_scenario
    assert s.ticks["first"].run_requests[0].tags["newsfacts/changed_files"] == "2"
    assert s.metadata("first", "raw_documents")["documents_new"] == 2
    assert s.metadata("first", "raw_facts")["documents_extracted"] == 2
    assert "no new or changed file" in s.ticks["unchanged"].skip_reason.skip_message


def test_a_new_document_is_the_only_one_read_and_extracted(incremental_scenario):
    s = incremental_scenario
    [request] = s.ticks["new_document"].run_requests
    assert request.tags["newsfacts/changed_files"] == "1"
    docs = s.metadata("incremental", "raw_documents")
    assert (docs["files_seen"], docs["files_unchanged"], docs["documents_new"]) == (2, 1, 1)
    facts = s.metadata("incremental", "raw_facts")
    assert facts["documents_extracted"] == 1
    assert facts["documents_already_extracted"] == 2
    assert [Path(p).name for p in facts["extracted"]] == [NEW_DOC.name]


def test_the_new_documents_facts_are_published(incremental_scenario):
    s = incremental_scenario
    ids = doc_ids(s.warehouse)  # after the purge, which extracted nothing: C's facts are from run 2
    assert NEW_DOC.name in ids
    assert facts_of(s.warehouse, ids[NEW_DOC.name]) > 0
    assert s.snapshots["incremental"][0] == 3  # A, B (deleted, kept) and the new document


def test_a_deleted_file_keeps_its_facts_until_the_purge(incremental_scenario):
    s = incremental_scenario
    first, incremental = s.snapshots["first"], s.snapshots["incremental"]
    assert incremental[0] == first[0] + 1  # nothing was removed by deleting B's file
    assert all(new >= old for new, old in zip(incremental[1:5], first[1:5]))
    assert s.purge.returncode == 0, s.purge.stdout + s.purge.stderr
    assert "purged:                1 document(s) whose file is gone" in s.purge.stdout
    ids = doc_ids(s.warehouse)
    assert set(ids) == {A, NEW_DOC.name}  # B and its facts are gone
    assert s.snapshots["purge"][0] == 2


def test_the_same_bytes_dropped_again_start_nothing(incremental_scenario):
    assert incremental_scenario.ticks["same_bytes_again"].run_requests in (None, [])


def test_incremental_run_costs_what_the_new_work_costs(incremental_scenario):
    s = incremental_scenario
    print(f"\nrefresh seconds: {({k: round(v, 1) for k, v in s.seconds.items()})}")
    extract_first = s.metadata("first", "raw_facts")["documents_extracted"]
    extract_incremental = s.metadata("incremental", "raw_facts")["documents_extracted"]
    assert extract_incremental < extract_first
