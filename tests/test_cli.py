"""`newsfacts refresh` as a user runs it: a real process, real exit codes and output."""
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline_helpers import ROOT, SAMPLES, VENV_BIN, cli_env

NEWSFACTS = str(VENV_BIN / "newsfacts")
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = ROOT.parent / "shared" / "eval" / "gold_dev.jsonl"


def refresh(tmp_path, *args, **env):
    return subprocess.run([NEWSFACTS, "refresh", *args], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path, env=cli_env(tmp_path, **env))


def assert_one_clear_line(proc, *words):
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsfacts: error: "), proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    for w in words:
        assert w in lines[0]


def test_missing_landing_folder(tmp_path):
    proc = refresh(tmp_path, "--landing", str(tmp_path / "nowhere"), "--warehouse", str(tmp_path / "w.duckdb"))
    assert_one_clear_line(proc, "landing folder", "nowhere", "does not exist")
    assert not (tmp_path / "w.duckdb").exists()


def test_missing_landing_folder_from_the_environment(tmp_path):
    proc = refresh(tmp_path, "--warehouse", str(tmp_path / "w.duckdb"),
                   NEWSFACTS_LANDING_DIR=str(tmp_path / "gone"))
    assert_one_clear_line(proc, "gone")


def test_landing_that_is_a_file(tmp_path):
    (tmp_path / "f.txt").write_text("x")
    proc = refresh(tmp_path, "--landing", str(tmp_path / "f.txt"), "--warehouse", str(tmp_path / "w.duckdb"))
    assert_one_clear_line(proc, "is not a folder")


@pytest.mark.parametrize("where", ["under_a_file", "proc", "a_folder"])
def test_unwritable_warehouse(tmp_path, where):
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "folder.duckdb").mkdir()
    warehouse = {"under_a_file": tmp_path / "file.txt" / "w.duckdb",
                 "proc": Path("/proc/newsfacts-test/w.duckdb"),
                 "a_folder": tmp_path / "folder.duckdb"}[where]
    proc = refresh(tmp_path, "--landing", str(SAMPLES), "--warehouse", str(warehouse))
    assert_one_clear_line(proc, str(warehouse))


def test_usage_error_exits_2(tmp_path):
    proc = refresh(tmp_path, "--no-such-flag")
    assert proc.returncode == 2 and "usage:" in proc.stderr


@pytest.mark.slow
def test_refresh_publishes_and_summarizes(tmp_path, dbt_manifest):
    warehouse = tmp_path / "w.duckdb"
    proc = refresh(tmp_path, "--landing", str(SAMPLES), "--warehouse", str(warehouse))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    for line in ("-> raw_documents", "-> raw_facts", "-> dbt_models", "-> published_warehouse", "Summary",
                 "documents read:        2", "quarantined:           0", "facts per table:",
                 f"published warehouse:   {warehouse}"):
        assert line in out, out
    assert " passed, 0 failed" in out
    assert "START sql" not in out  # dbt's own log lines stay out of the terminal
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from marts.dim_documents").fetchone() == (2,)
        n_exports = con.execute("select count(*) from marts.fct_exports").fetchone()[0]
    assert f"fct_exports {n_exports}," in out
    assert (tmp_path / "dagster_home" / "dagster.yaml").exists()  # CLI runs land in this instance
    assert list((tmp_path / "dagster_home").rglob("*.db"))  # run history (sqlite) the UI shows

    if SCORE.exists() and GOLD.exists():
        score = subprocess.run([sys.executable, str(SCORE), "--warehouse", str(warehouse), "--gold", str(GOLD)],
                               capture_output=True, text=True, timeout=60)
        assert score.returncode == 0, score.stderr
        assert score.stdout.strip().splitlines()[-1].startswith("strict F1 ")


BAD_FACTS = """
import datetime as dt, sys
import newsfacts.extract
from newsfacts.model import Fact, Period
def bad(doc):
    return [Fact("fct_exports", 5e9, Period(dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year"),
                 "Exports reached $5 billion.", currency="USD", exporter="KR", destination="WORLD",
                 qualifier="roughly")]  # only the dbt test catches it (GX on raw_facts passes)
newsfacts.extract.extract_document = bad
from orchestration.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_a_failed_check_exits_1_and_says_which(tmp_path, dbt_manifest):
    warehouse = tmp_path / "w.duckdb"
    proc = subprocess.run([sys.executable, "-c", BAD_FACTS, "refresh", "--landing", str(SAMPLES),
                           "--warehouse", str(warehouse)], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path, env=cli_env(tmp_path))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "FAILED marts/fct_exports:accepted_values_fct_exports_qualifier" in proc.stdout
    assert "NOT published" in proc.stdout
    assert proc.stderr.strip().splitlines()[-1].startswith(
        "newsfacts: refresh failed: blocking check marts/fct_exports:accepted_values_fct_exports_qualifier")
    assert "Traceback" not in proc.stderr
    assert not warehouse.exists()


@pytest.mark.slow
def test_a_killed_run_does_not_block_the_next_one(tmp_path, dbt_manifest):
    """A SIGKILLed refresh keeps its `duckdb_writer` pool slot; the next refresh must free it, not wait."""
    args = [NEWSFACTS, "refresh", "--landing", str(SAMPLES), "--warehouse", str(tmp_path / "w.duckdb")]
    first = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp_path,
                             env=cli_env(tmp_path), start_new_session=True)
    for line in first.stdout:
        if line.startswith("-> dbt_models"):  # holds a pool slot now
            break
    os.killpg(first.pid, signal.SIGKILL)  # the CLI and its dbt subprocess
    first.wait()
    first.stdout.close()

    second = refresh(tmp_path, *args[2:])
    assert second.returncode == 0, second.stdout + second.stderr
    assert f"process {first.pid}) died unfinished: marked failed" in second.stdout
