"""One day in the life of the platform, shared by test_incremental.py and test_publish.py (the session
fixture `incremental_scenario` in conftest.py runs it once; real Dagster, dbt, DuckDB, no mocks):

1. the landing folder holds the two samples; the sensor's first tick asks for a refresh: run 1 builds
   the warehouse;
2. nothing changed: the next tick asks for nothing;
3. a new document (C) lands and sample B is deleted; the sensor asks for a refresh; run 2 executes that
   request while two reader processes query the published warehouse read-only (one holds its
   connection, one reconnects for every query);
4. C is dropped again with the same bytes: the sensor asks for nothing;
5. `newsfacts purge --missing` (the CLI) deletes B's facts and publishes.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg
import pytest

from pipeline_helpers import ROOT, SAMPLES, VENV_BIN, cli_env

A, B = sorted(p.name for p in SAMPLES.iterdir())[:2]
NEW_DOC = ROOT / "tests" / "corpus" / "docs" / "c13_reuters_skhynix_q4.txt"

#: What a reader checks in one query: table sizes, and facts whose document is not in dim_documents
#: (a mix of two publications would show up as a size pair that never existed, or as orphans).
SNAPSHOT_SQL = """
select
    (select count(*) from marts.dim_documents),
    (select count(*) from marts.fct_exports),
    (select count(*) from marts.fct_revenues),
    (select count(*) from marts.fct_market_shares),
    (select count(*) from marts.flagged_facts),
    (select count(*) from (
        select document_id from marts.fct_exports union all
        select document_id from marts.fct_revenues union all
        select document_id from marts.fct_market_shares) f
     where f.document_id not in (select document_id from marts.dim_documents))
"""

READER = r"""
import json, os, sys, time
import duckdb

warehouse, mode, stop, out = sys.argv[1:5]
sql = open(sys.argv[5]).read()
seen, errors, n = {}, [], 0
held = duckdb.connect(warehouse, read_only=True) if mode == "hold" else None
open(out + ".ready", "w").close()
while not os.path.exists(stop):
    try:
        if held is not None:
            row = held.execute(sql).fetchone()
        else:
            with duckdb.connect(warehouse, read_only=True) as con:
                row = con.execute(sql).fetchone()
        key = json.dumps(list(row))
        seen[key] = seen.get(key, 0) + 1
        n += 1
    except Exception as e:  # the test fails on any of these
        errors.append(f"{type(e).__name__}: {e}")
    time.sleep(0.01)
json.dump({"queries": n, "errors": errors[:20], "seen": seen}, open(out, "w"))
"""


@dataclass
class Scenario:
    landing: Path
    warehouse: Path
    build_db: Path
    ticks: dict[str, dg.SensorResult] = field(default_factory=dict)
    runs: dict[str, dg.ExecuteInProcessResult] = field(default_factory=dict)
    snapshots: dict[str, list] = field(default_factory=dict)  # SNAPSHOT_SQL after each step
    readers: dict[str, dict] = field(default_factory=dict)    # "hold" / "reconnect" -> what they saw
    purge: subprocess.CompletedProcess | None = None
    seconds: dict[str, float] = field(default_factory=dict)

    def metadata(self, run: str, asset: str) -> dict:
        [mat] = [e.materialization for e in self.runs[run].get_asset_materialization_events()
                 if e.asset_key.to_user_string() == asset]
        return {k: getattr(v, "value", v) for k, v in mat.metadata.items()}


def snapshot(warehouse: Path) -> list:
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        return list(con.execute(SNAPSHOT_SQL).fetchone())


def run_scenario(defs, tmp: Path) -> Scenario:
    from orchestration.defs.sensors import landing_folder_sensor

    landing, out = tmp / "landing", tmp / "out"
    landing.mkdir()
    for name in (A, B):
        shutil.copy(SAMPLES / name, landing)
    s = Scenario(landing, out / "warehouse.duckdb", out / ".newsfacts" / "warehouse.build.duckdb")
    job = defs.resolve_job_def("refresh")
    cursor: list[str | None] = [None]

    with dg.DagsterInstance.ephemeral() as instance, pytest.MonkeyPatch.context() as env:
        env.setenv("NEWSFACTS_LANDING_DIR", str(landing))
        env.setenv("NEWSFACTS_WAREHOUSE", str(s.warehouse))
        env.delenv("NEWSFACTS_BUILD_DB", raising=False)

        def tick(name: str) -> list[dg.RunRequest]:
            with dg.build_sensor_context(cursor=cursor[0], instance=instance) as context:
                result = landing_folder_sensor(context)
            cursor[0] = result.cursor
            s.ticks[name] = result
            return list(result.run_requests or [])

        def execute(name: str, request: dg.RunRequest) -> None:
            started = time.monotonic()
            result = job.execute_in_process(run_config=request.run_config, instance=instance,
                                            tags=request.tags, raise_on_error=False)
            s.seconds[name] = time.monotonic() - started
            s.runs[name] = result
            assert result.success, [e.message for e in result.get_step_failure_events()]
            s.snapshots[name] = snapshot(s.warehouse)

        # 1. a first refresh builds the warehouse
        [request] = tick("first")
        execute("first", request)
        # 2. nothing new
        assert tick("unchanged") == []
        # 3. a new document lands, a sample is deleted; readers query while the refresh runs
        shutil.copy(NEW_DOC, landing)
        (landing / B).unlink()
        [request] = tick("new_document")
        with Readers(s.warehouse, tmp / "readers") as results:
            execute("incremental", request)
            time.sleep(1.5)  # the reconnecting reader queries the new publication for a moment
        s.readers = results.collected
        # 4. the same bytes again
        shutil.copy(NEW_DOC, landing / NEW_DOC.name)
        assert tick("same_bytes_again") == []

    # 5. the documented purge, through the CLI
    started = time.monotonic()
    s.purge = subprocess.run(
        [str(VENV_BIN / "newsfacts"), "purge", "--missing", "--landing", str(landing),
         "--warehouse", str(s.warehouse)],
        cwd=ROOT, env=cli_env(tmp), capture_output=True, text=True, timeout=900)
    s.seconds["purge_cli"] = time.monotonic() - started
    if s.purge.returncode == 0:
        s.snapshots["purge"] = snapshot(s.warehouse)
    return s


class Readers:
    """Two reader processes on the published warehouse, started before the refresh and stopped after."""

    def __init__(self, warehouse: Path, folder: Path):
        self.warehouse, self.folder = warehouse, folder
        self.collected: dict[str, dict] = {}

    def __enter__(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        sql = self.folder / "snapshot.sql"
        sql.write_text(SNAPSHOT_SQL)
        self.stop = self.folder / "stop"
        self.procs = {}
        for mode in ("hold", "reconnect"):
            out = self.folder / f"{mode}.json"
            self.procs[mode] = (out, subprocess.Popen(
                [sys.executable, "-c", READER, str(self.warehouse), mode, str(self.stop), str(out), str(sql)]))
        deadline = time.monotonic() + 60
        while not all(Path(f"{out}.ready").exists() for out, _ in self.procs.values()):
            if time.monotonic() > deadline or any(p.poll() is not None for _, p in self.procs.values()):
                raise RuntimeError("the reader processes did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.stop.touch()
        for mode, (out, proc) in self.procs.items():
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            self.collected[mode] = json.loads(out.read_text()) if out.exists() else {
                "queries": 0, "errors": [f"reader exited with {proc.returncode}"], "seen": {}}
        return False
