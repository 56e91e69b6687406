"""Publishing for BI: readers that have the published warehouse open while a refresh publishes keep
working and see the old or the new data, never a mix, never a lock error (the refresh and the readers
run in the incremental scenario, see incremental_scenario.py)."""
import json

import duckdb
import pytest

from newsfacts import loading

pytestmark = pytest.mark.slow


def sizes(seen: dict) -> set[tuple]:
    return {tuple(json.loads(k)) for k in seen}


def test_the_refresh_succeeds_while_readers_query_the_published_file(incremental_scenario):
    s = incremental_scenario
    assert s.runs["incremental"].success
    for mode in ("hold", "reconnect"):
        reader = s.readers[mode]
        assert reader["errors"] == [], mode
        assert reader["queries"] >= 20, mode


def test_a_held_connection_keeps_the_old_snapshot(incremental_scenario):
    s = incremental_scenario
    assert sizes(s.readers["hold"]["seen"]) == {tuple(s.snapshots["first"])}


def test_new_connections_see_the_old_or_the_new_publication_never_a_mix(incremental_scenario):
    s = incremental_scenario
    old, new = tuple(s.snapshots["first"]), tuple(s.snapshots["incremental"])
    assert old != new
    seen = sizes(s.readers["reconnect"]["seen"])
    assert seen <= {old, new}
    assert new in seen  # it did read the new file after the swap
    assert all(orphans == 0 for *_, orphans in seen)


def test_published_file_is_old_format_and_only_marts(incremental_scenario):
    wh = incremental_scenario.warehouse
    data = wh.read_bytes()
    assert data[8:12] == b"DUCK" and int.from_bytes(data[12:20], "little") == 64  # storage v1.0.0 format
    with duckdb.connect(str(wh), read_only=True) as con:
        assert {r[0] for r in con.execute("select distinct table_schema from information_schema.tables").fetchall()} == {"marts"}
    assert sorted(p.name for p in wh.parent.iterdir() if p.name.startswith(".warehouse")) == []  # no temp file


def test_opening_waits_for_a_lock_then_gives_up(tmp_path):
    """loading.connect waits (exponential backoff) while another process holds the file, then raises."""
    import subprocess
    import sys
    import time

    db = tmp_path / "locked.duckdb"
    duckdb.connect(str(db)).close()
    holder = subprocess.Popen([sys.executable, "-c",
                               "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); "
                               "time.sleep(float(sys.argv[2]))", str(db), "1.5"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        started = time.monotonic()
        with pytest.raises(duckdb.Error) as e:
            loading.connect(db, lock_wait=0.3)
        assert loading.is_lock_error(e.value)
        con = loading.connect(db, lock_wait=20)  # the holder exits after 1.5 s: this one gets the file
        assert time.monotonic() - started >= 1.0
        con.close()
    finally:
        holder.kill()
        holder.wait()


def test_a_writing_step_retries_a_lock_with_backoff_and_nothing_else(defs, tmp_path, monkeypatch):
    """raw_documents meets a build database locked by another process: loading.connect waits (here
    0.3 s), the step fails with the lock error, its RetryPolicy runs it again after the backoff, and
    the second attempt gets the file. A missing landing folder fails once, without retries."""
    import subprocess
    import sys

    import dagster as dg

    from orchestration.defs.ingest import raw_documents
    from orchestration.defs.resources import NewsfactsSettings
    from pipeline_helpers import SAMPLES

    monkeypatch.setenv("NEWSFACTS_LOCK_WAIT_SECONDS", "0.3")
    build = tmp_path / "build.duckdb"
    duckdb.connect(str(build)).close()
    holder = subprocess.Popen([sys.executable, "-c",
                               "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); "
                               "time.sleep(2)", str(build)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ok"
    settings = NewsfactsSettings(landing_dir=str(SAMPLES), warehouse=str(tmp_path / "wh.duckdb"),
                                 build_db=str(build))
    try:
        result = dg.materialize([raw_documents], resources={"newsfacts": settings}, raise_on_error=False)
    finally:
        holder.wait(timeout=30)
    kinds = [e.event_type_value for e in result.all_events]
    assert result.success
    # how many retries the 2 s lock costs depends on the machine's load: at least one, each a lock error
    retries = [e for e in result.all_events if e.event_type_value == "STEP_UP_FOR_RETRY"]
    assert retries and kinds.count("STEP_RESTARTED") == len(retries)
    assert all(loading.is_lock_error(str(e.event_specific_data.error)) for e in retries)

    missing = NewsfactsSettings(landing_dir=str(tmp_path / "nowhere"), build_db=str(build))
    result = dg.materialize([raw_documents], resources={"newsfacts": missing}, raise_on_error=False)
    kinds = [e.event_type_value for e in result.all_events]
    assert not result.success and "STEP_UP_FOR_RETRY" not in kinds
