"""`newsfacts refresh`: run the Dagster job `refresh` in this process, against the project's instance.

Exit codes: 0 published; 1 the run failed (a blocking check or a step) and nothing was published;
2 bad arguments or environment (landing folder missing, warehouse not writable, project not prepared).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import socket
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from orchestration import settings

EXIT_OK, EXIT_RUN_FAILED, EXIT_USAGE = 0, 1, 2
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CLI_PID_TAG, CLI_HOST_TAG = "newsfacts/cli_pid", "newsfacts/cli_host"


class UsageError(Exception):
    """A problem the user fixes (a path, a missing setup step): one line, exit code 2."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsfacts", description="Korean-industry news -> fact tables in DuckDB.")
    sub = parser.add_subparsers(dest="command", required=True)
    refresh = sub.add_parser("refresh", help="read the landing folder, extract, build, check and publish")
    purge = sub.add_parser("purge", help="delete the facts of files that left the landing folder, then "
                                         "refresh and publish")
    for command in (refresh, purge):
        command.add_argument("--landing", metavar="DIR",
                             help="folder of documents (default: $NEWSFACTS_LANDING_DIR or the bundled samples)")
        command.add_argument("--warehouse", metavar="FILE",
                             help="published DuckDB file (default: $NEWSFACTS_WAREHOUSE or data/warehouse.duckdb)")
    refresh.add_argument("--full-refresh", action="store_true",
                         help="rebuild the build database from the landing folder alone (drops documents "
                              "of earlier runs that are no longer there)")
    purge.add_argument("--missing", action="store_true", required=True, dest="purge_missing",
                       help="documents whose file is no longer in the landing folder (required)")
    args = parser.parse_args(argv)
    try:
        return refresh_command(args)
    except UsageError as e:
        print(f"newsfacts: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsfacts: interrupted", file=sys.stderr)
        return 130


def check_paths(landing: Path, warehouse: Path, build_db: Path) -> None:
    """Fail fast, with one line, on paths a run could not use."""
    if not landing.exists():
        raise UsageError(f"landing folder {landing} does not exist")
    if not landing.is_dir():
        raise UsageError(f"landing folder {landing} is not a folder")
    if warehouse.is_dir():
        raise UsageError(f"warehouse {warehouse} is a folder, not a file")
    for what, path in (("warehouse", warehouse), ("build database", build_db)):
        _check_writable_folder(what, path)


def _check_writable_folder(what: str, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError as e:
        reason = e.strerror or type(e).__name__
        raise UsageError(f"cannot write the {what} {path}: {reason}") from None


def refresh_command(args: argparse.Namespace) -> int:
    landing = settings.landing_dir(args.landing)
    warehouse = settings.warehouse_path(args.warehouse)
    build_db = settings.build_db_path(warehouse=warehouse)
    check_paths(landing, warehouse, build_db)
    try:
        home = settings.ensure_dagster_home()
    except OSError as e:
        raise UsageError(f"cannot create DAGSTER_HOME {settings.dagster_home()}: {e.strerror or e}") from None

    started = time.monotonic()
    print(f"newsfacts {'purge --missing' if getattr(args, 'purge_missing', False) else 'refresh'}: "
          f"{landing} -> {warehouse}", flush=True)
    print(f"  build database {build_db}; Dagster instance {home}", flush=True)

    from dagster import DagsterInstance  # heavy imports after the cheap checks

    try:
        from orchestration.definitions import defs
    except Exception as e:  # e.g. the dbt manifest was never prepared
        raise UsageError(f"cannot load the Dagster definitions: {str(e).splitlines()[0]}") from None

    job = defs.resolve_job_def("refresh")
    run_config = {
        "resources": {"newsfacts": {"config": {
            "landing_dir": str(landing),
            "warehouse": str(warehouse),
            "build_db": str(build_db),
            "full_refresh": bool(getattr(args, "full_refresh", False)),
            "purge_missing": bool(getattr(args, "purge_missing", False)),
        }}},
        "loggers": {"progress": {}},
    }
    from orchestration import progress

    # dbt's own log lines (dagster-dbt echoes them to stdout) are kept out of the terminal: the
    # progress logger prints one line per step instead, and dbt's errors are shown if the run fails.
    progress.STREAM = sys.stdout
    captured = io.StringIO()
    with DagsterInstance.get() as instance:
        for line in release_dead_runs(instance):
            print(line, flush=True)
        with contextlib.redirect_stdout(captured):
            result = job.execute_in_process(run_config=run_config, instance=instance, raise_on_error=False,
                                            tags={CLI_PID_TAG: str(os.getpid()), CLI_HOST_TAG: socket.gethostname()})
    summary = summarize(result, build_db)
    if not result.success and not summary["checks_failed"]:
        # no check explains the failure (a dbt compile or contract error, ...): show dbt's error lines
        errors = [ANSI.sub("", line).strip() for line in captured.getvalue().splitlines()
                  if re.search(r"\b(error|fail(ed|ure)?)\b", line, re.IGNORECASE)]
        if errors:
            print("dbt said:")
            for line in errors[-15:]:
                print(f"  {line[:300]}")
    print_summary(summary, warehouse, result.run_id, time.monotonic() - started)
    return EXIT_OK if result.success else EXIT_RUN_FAILED


def release_dead_runs(instance) -> list[str]:
    """Fail earlier CLI runs whose process died (killed, machine crash) and free their pool slots.

    An in-process run that is killed stays STARTED and keeps its `duckdb_writer` pool slot, so the
    next run would wait for that slot forever. Nobody else cleans up after a CLI run: `dagster dev`'s
    daemon only watches runs it launched.
    """
    from dagster import DagsterRunStatus, RunsFilter

    notes = []
    unfinished = instance.get_runs(filters=RunsFilter(
        statuses=[DagsterRunStatus.STARTING, DagsterRunStatus.STARTED, DagsterRunStatus.CANCELING],
        tags={CLI_HOST_TAG: socket.gethostname()}))
    for run in unfinished:
        pid = int(run.tags.get(CLI_PID_TAG, "0") or 0)
        if pid and not _process_alive(pid):
            instance.report_run_failed(run, message=f"newsfacts refresh process {pid} ended without finishing")
            notes.append(f"  an earlier refresh (run {run.run_id[:8]}, process {pid}) died unfinished: "
                         "marked failed")
    storage = instance.event_log_storage
    if storage.supports_global_concurrency_limits:
        for run_id in storage.get_concurrency_run_ids():
            run = instance.get_run_by_id(run_id)
            if run is None or run.is_finished:
                storage.free_concurrency_slots_for_run(run_id)
    return notes


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def summarize(result, build_db: Path) -> dict:
    """Figures of a finished run, from its events (and, for failed dbt tests, the build database)."""
    from dagster import DagsterEventType

    out: dict = {"materialized": {}, "checks_passed": 0, "checks_failed": [], "step_failures": []}
    for event in result.all_events:
        if event.event_type == DagsterEventType.ASSET_MATERIALIZATION:
            mat = event.event_specific_data.materialization
            out["materialized"][mat.asset_key.to_user_string()] = {
                k: getattr(v, "value", v) for k, v in mat.metadata.items()}
        elif event.event_type == DagsterEventType.ASSET_CHECK_EVALUATION:
            ev = event.event_specific_data
            if ev.passed:
                out["checks_passed"] += 1
            else:
                out["checks_failed"].append({
                    "check": f"{ev.asset_key.to_user_string()}:{ev.check_name}",
                    "severity": ev.severity.value,
                    "why": _check_reason(ev.metadata, build_db, ev.check_name),
                })
        elif event.event_type == DagsterEventType.STEP_FAILURE and not out["checks_failed"]:
            from orchestration.progress import root_error

            err = event.step_failure_data.error if event.step_failure_data else None
            out["step_failures"].append({"step": event.step_key, "error": root_error(err)})
    return out


def _check_reason(metadata, build_db: Path, check_name: str) -> str:
    values = {k: getattr(v, "value", v) for k, v in (metadata or {}).items()}
    parts = []
    failures = values.get("dagster_dbt/failed_row_count", values.get("failures"))
    if failures is not None:
        parts.append(f"{failures} offending row(s)")
    sample = _offending_rows(build_db, _dbt_test_alias(values.get("unique_id")) or check_name)
    if sample:
        parts.append(f"e.g. {sample}")
    message = values.get("message") or values.get("dagster_dbt/message")
    if message:
        parts.append(str(message).splitlines()[0])
    return "; ".join(parts) or "check failed"


def _dbt_test_alias(unique_id: str | None) -> str | None:
    """The relation name dbt gives a test's stored failures (long test names are shortened by dbt)."""
    if not unique_id:
        return None
    import json

    manifest = settings.DBT_PROJECT_DIR / "target" / "manifest.json"
    try:
        node = json.loads(manifest.read_text())["nodes"].get(unique_id) or {}
    except (OSError, ValueError):
        return None
    return node.get("alias")


def _offending_rows(build_db: Path, test_name: str, limit: int = 3) -> str | None:
    """A sample of a failed dbt test's rows (dbt stores them as views, see dbt_project.yml)."""
    import duckdb

    try:
        with duckdb.connect(str(build_db), read_only=True) as con:
            cur = con.execute(f'select * from dbt_test__audit."{test_name}" limit {limit}')
            names = [d[0] for d in cur.description]
            rows = cur.fetchall()
    except Exception:  # not a dbt test, or nothing stored: the count above is all we know
        return None
    return "; ".join(", ".join(f"{n}={v!r}" for n, v in zip(names, row)) for row in rows) or None


def print_summary(s: dict, warehouse: Path, run_id: str, seconds: float) -> None:
    docs = s["materialized"].get("raw_documents", {})
    facts = s["materialized"].get("raw_facts", {})
    published = s["materialized"].get("published_warehouse")
    print("", flush=True)
    print("Summary")
    if docs:
        print(f"  documents read:        {docs.get('documents_read', 0)} "
              f"(of {docs.get('files_seen', 0)} file(s); {docs.get('documents_new', 0)} new, "
              f"{docs.get('files_unchanged', 0)} unchanged and not read again)")
        if "documents_purged" in docs:
            print(f"  purged:                {len(docs['documents_purged'])} document(s) whose file is gone")
        quarantined = docs.get("quarantined") or []
        print(f"  quarantined:           {len(quarantined)}")
        for q in quarantined:
            print(f"    {q['file']}: {q['reason']}")
    if facts:
        print(f"  documents extracted:   {facts.get('documents_extracted', 0)} "
              f"({facts.get('documents_already_extracted', 0)} extracted by earlier runs)")
    failed_docs = facts.get("documents_failed") or []
    for f in failed_docs:
        print(f"  extraction failed:     {os.path.basename(f['source_uri'])}: {f['error']}")
    if published:
        tables = published.get("tables") or {}
        print("  facts per table:       " + ", ".join(
            f"{t} {tables.get(t, 0)}" for t in ("fct_exports", "fct_revenues", "fct_market_shares")))
        print(f"  kept out (flagged):    {tables.get('flagged_facts', 0)}")
    elif facts:
        print("  facts extracted:       " + ", ".join(
            f"{t} {facts.get('facts_' + t, 0)}" for t in ("fct_exports", "fct_revenues", "fct_market_shares"))
            + f" (flagged {facts.get('facts_flagged', 0)})")
    print(f"  checks:                {s['checks_passed']} passed, {len(s['checks_failed'])} failed")
    for c in s["checks_failed"]:
        print(f"    FAILED {c['check']} [{c['severity']}]: {c['why']}")
    for f in s["step_failures"]:
        print(f"  step {f['step']} failed: {f['error']}")
    if published:
        print(f"  published warehouse:   {warehouse}")
        print(f"done in {seconds:.1f} s (run {run_id})")
    else:
        blocking = [c for c in s["checks_failed"] if c["severity"] == "ERROR"]
        why = (f"blocking check {blocking[0]['check']} failed: {blocking[0]['why']}" if blocking
               else f"step {s['step_failures'][0]['step']} failed: {s['step_failures'][0]['error']}"
               if s["step_failures"] else "the run failed")
        print(f"  NOT published: {why}; {warehouse} is unchanged")
        print(f"failed after {seconds:.1f} s (run {run_id}; details: `make ui`, Runs)")
        print(f"newsfacts: refresh failed: {why}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
