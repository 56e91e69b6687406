"""The landing-folder sensor (cursor, content hashes, run keys) and the daily schedule, evaluated for real
with build_sensor_context on real folders. No runs here: test_incremental.py runs what the sensor asks."""
import json
import os
import shutil

import dagster as dg
import pytest

from pipeline_helpers import SAMPLES
from orchestration.defs.schedules import daily_refresh_schedule
from orchestration.defs.sensors import landing_folder_sensor

A, B = sorted(p.name for p in SAMPLES.iterdir())[:2]


@pytest.fixture
def landing(tmp_path, monkeypatch):
    folder = tmp_path / "landing"
    folder.mkdir()
    monkeypatch.setenv("NEWSFACTS_LANDING_DIR", str(folder))
    monkeypatch.setenv("NEWSFACTS_WAREHOUSE", str(tmp_path / "out" / "warehouse.duckdb"))
    monkeypatch.delenv("NEWSFACTS_BUILD_DB", raising=False)
    return folder


class Ticks:
    """Evaluates the sensor like the daemon does: each tick gets the cursor of the previous one."""

    def __init__(self):
        self.cursor = None
        self.instance = dg.DagsterInstance.ephemeral()

    def tick(self) -> dg.SensorResult:
        with dg.build_sensor_context(cursor=self.cursor, instance=self.instance) as context:
            result = landing_folder_sensor(context)
        assert isinstance(result, dg.SensorResult)
        self.cursor = result.cursor
        return result


def requested(result: dg.SensorResult) -> list[dg.RunRequest]:
    return list(result.run_requests or [])


def test_sensor_and_schedule_are_on_by_default_and_start_refresh(defs):
    sensor = defs.resolve_sensor_def("landing_folder_sensor")
    schedule = defs.resolve_schedule_def("daily_refresh")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert sensor.job_name == schedule.job_name == "refresh"
    assert sensor.minimum_interval_seconds == 30
    assert daily_refresh_schedule.cron_schedule == "0 6 * * *"
    assert daily_refresh_schedule.execution_timezone == "Asia/Seoul"


def test_full_rebuild_is_a_job_in_the_ui(defs):
    job = defs.resolve_job_def("full_refresh")
    assert job.run_config == {"resources": {"newsfacts": {"config": {"full_refresh": True}}}}  # Launchpad default
    assert job.asset_layer.selected_asset_keys == defs.resolve_job_def("refresh").asset_layer.selected_asset_keys


def test_new_files_request_one_refresh_with_the_run_paths(landing, tmp_path):
    ticks = Ticks()
    empty = ticks.tick()
    assert requested(empty) == [] and "no new or changed file" in empty.skip_reason.skip_message
    shutil.copy(SAMPLES / A, landing)
    shutil.copy(SAMPLES / B, landing)
    [request] = requested(ticks.tick())
    assert request.job_name in (None, "refresh")
    assert request.run_key.startswith("landing-")
    assert request.run_config == {"resources": {"newsfacts": {"config": {
        "landing_dir": str(landing),
        "warehouse": str(tmp_path / "out" / "warehouse.duckdb"),
        "build_db": str(tmp_path / "out" / ".newsfacts" / "warehouse.build.duckdb")}}}}
    assert request.tags["newsfacts/changed_files"] == "2"
    cursor = json.loads(ticks.cursor)
    assert cursor["landing_dir"] == str(landing) and sorted(cursor["files"]) == [A, B]
    assert requested(ticks.tick()) == []  # nothing changed since


def test_the_same_bytes_dropped_again_or_touched_request_nothing(landing):
    ticks = Ticks()
    shutil.copy(SAMPLES / A, landing)
    assert len(requested(ticks.tick())) == 1
    shutil.copy(SAMPLES / A, landing / A)  # copied over itself: new mtime, same content
    st = (landing / A).stat()
    os.utime(landing / A, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    result = ticks.tick()
    assert requested(result) == [] and result.skip_reason
    # the cursor learnt the new mtime: the next tick does not even hash the file
    assert json.loads(ticks.cursor)["files"][A][1] == st.st_mtime_ns + 5_000_000_000


def test_changed_content_requests_a_refresh_with_a_new_run_key(landing):
    ticks = Ticks()
    shutil.copy(SAMPLES / A, landing)
    [first] = requested(ticks.tick())
    (landing / A).write_bytes((SAMPLES / A).read_bytes() + b"\nA correction was added.\n")
    [second] = requested(ticks.tick())
    assert second.run_key != first.run_key
    (landing / A).write_bytes((SAMPLES / A).read_bytes())  # back to the first content: a change again
    [third] = requested(ticks.tick())
    assert third.run_key not in (first.run_key, second.run_key)


def test_deleted_files_request_nothing_and_a_redrop_reuses_the_run_key(landing):
    ticks = Ticks()
    shutil.copy(SAMPLES / A, landing)
    [first] = requested(ticks.tick())
    (landing / A).unlink()
    result = ticks.tick()
    assert requested(result) == [] and "1 deleted, facts kept" in result.skip_reason.skip_message
    shutil.copy(SAMPLES / A, landing)
    [again] = requested(ticks.tick())
    # the same run key: Dagster does not start a second run for a key a sensor already used
    assert again.run_key == first.run_key


def test_hidden_files_and_folders_are_not_documents(landing):
    ticks = Ticks()
    (landing / ".partial-upload").write_text("x")
    (landing / "sub").mkdir()
    (landing / "sub" / "doc.txt").write_text("Korea's exports rose.")
    assert requested(ticks.tick()) == []


def test_another_landing_folder_starts_from_an_empty_cursor(landing, tmp_path, monkeypatch):
    ticks = Ticks()
    shutil.copy(SAMPLES / A, landing)
    assert len(requested(ticks.tick())) == 1
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SAMPLES / A, other)
    monkeypatch.setenv("NEWSFACTS_LANDING_DIR", str(other))
    [request] = requested(ticks.tick())
    assert request.run_config["resources"]["newsfacts"]["config"]["landing_dir"] == str(other)


def test_a_missing_landing_folder_is_a_skip_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_LANDING_DIR", str(tmp_path / "nowhere"))
    result = Ticks().tick()
    assert requested(result) == [] and "does not exist" in result.skip_reason.skip_message
