"""Sensor: a refresh whenever new or changed files land in the landing folder.

The cursor (JSON) remembers every file of the folder as {name: [size, mtime_ns, sha256]}. A tick
lists the folder; a file whose size and mtime are unchanged is not read again; any other file is
hashed, and only a new file or new content counts as a change (copying the same bytes over a file,
or touching it, does not). Deleted files leave the cursor and request nothing (their facts stay; see
`newsfacts purge --missing`).

The run key is derived from the changes (file name, new hash, hash it replaces), so the same change
never starts two runs, and a file removed and dropped again with the same bytes starts nothing.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import dagster as dg

from newsfacts import loading
from orchestration import settings
from orchestration.defs.ingest import landing_files
from orchestration.defs.jobs import refresh_job

#: The daemon evaluates the sensor every 30 s (dagster dev runs the daemon).
MINIMUM_INTERVAL_SECONDS = 30


def landing_state(folder: Path, previous: dict[str, list]) -> tuple[dict[str, list], list[tuple[str, str | None, str]]]:
    """The folder's files as cursor entries, and the changes since ``previous``: (name, old sha, new sha).

    Files are those a run ingests (regular, not hidden, directly in the folder); a file that
    disappears while it is listed is left for the next tick.
    """
    state: dict[str, list] = {}
    changes: list[tuple[str, str | None, str]] = []
    for path in landing_files(folder):
        try:
            st = path.stat()
            before = previous.get(path.name)
            if before and before[0] == st.st_size and before[1] == st.st_mtime_ns:
                state[path.name] = before
                continue
            sha = loading.file_sha256(path)
        except OSError:
            continue
        state[path.name] = [st.st_size, st.st_mtime_ns, sha]
        old_sha = before[2] if before else None
        if sha != old_sha:
            changes.append((path.name, old_sha, sha))
    return state, changes


def run_key(changes: list[tuple[str, str | None, str]]) -> str:
    digest = hashlib.sha256(json.dumps(sorted(changes), separators=(",", ":")).encode()).hexdigest()
    return f"landing-{digest[:20]}"


def _load_cursor(cursor: str | None, landing: Path) -> dict[str, list]:
    """The files of the cursor, if it describes this landing folder (else: everything is new)."""
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except ValueError:
        return {}
    if not isinstance(data, dict) or data.get("landing_dir") != str(landing):
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


@dg.sensor(
    job=refresh_job,
    minimum_interval_seconds=MINIMUM_INTERVAL_SECONDS,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches the landing folder (NEWSFACTS_LANDING_DIR) and starts a `refresh` when files "
                "are new or their content changed (cursor: size, mtime and sha256 of every file). "
                "Dropping the same bytes again starts nothing; deleted files start nothing and keep "
                "their facts.",
)
def landing_folder_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult:
    landing = settings.landing_dir()
    if not landing.is_dir():
        return dg.SensorResult(skip_reason=f"landing folder {landing} does not exist")
    previous = _load_cursor(context.cursor, landing)
    state, changes = landing_state(landing, previous)
    cursor = json.dumps({"landing_dir": str(landing), "files": state}, sort_keys=True,
                        separators=(",", ":"))
    if not changes:
        gone = sorted(set(previous) - set(state))
        why = f"no new or changed file in {landing} ({len(state)} file(s)"
        why += f"; {len(gone)} deleted, facts kept)" if gone else ")"
        return dg.SensorResult(skip_reason=why, cursor=cursor)
    names = [name for name, _, _ in changes]
    context.log.info(f"{len(changes)} new or changed file(s) in {landing}: {', '.join(names[:10])}"
                     + (" ..." if len(names) > 10 else ""))
    request = dg.RunRequest(
        run_key=run_key(changes),
        run_config={"resources": {"newsfacts": {"config": {
            "landing_dir": str(landing),
            "warehouse": str(settings.warehouse_path()),
            "build_db": str(settings.build_db_path()),
        }}}},
        tags={"newsfacts/trigger": "landing_folder_sensor",
              "newsfacts/changed_files": str(len(changes))},
    )
    return dg.SensorResult(run_requests=[request], cursor=cursor)


defs = dg.Definitions(sensors=[landing_folder_sensor])
