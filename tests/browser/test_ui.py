"""End to end through the real Dagster UI: `dagster dev` on 127.0.0.1, driven by Debian's Chromium with
Playwright for Python (never `playwright install`).

The server runs in its own process group with a temporary DAGSTER_HOME, landing folder (the two samples)
and warehouse, and is stopped by that group. The test dismisses the community dialog of a fresh browser
profile, opens the asset graph, sees the project's assets, clicks "Materialize all", checks that the
landing sensor and the daily schedule are running (as `make ui` starts them), waits for the run to
succeed, checks that the sensor's first tick started a refresh of its own that succeeded too, and saves
a screenshot of the asset graph under test-artifacts/browser/ (and the test's tmp_path).

Locally the test is skipped when /usr/bin/chromium is missing; in CI (CI=true) it fails instead
(`.ci/run` installs chromium with apt-get).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from pipeline_helpers import ROOT, SAMPLES, VENV_BIN

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
ASSETS = ["raw_documents", "raw_facts", "stg_documents", "stg_facts", "dim_documents", "fct_exports",
          "fct_revenues", "fct_market_shares", "flagged_facts", "quarantined_documents", "published_warehouse"]
SERVER_START_TIMEOUT = 180
RUN_TIMEOUT = 420


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing (Debian's chromium: apt-get install -y chromium; .ci/run does it)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI must run the browser test: {message}")
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_server(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"dagster dev exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/server_info", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    pytest.fail(f"dagster dev did not answer on {url} within {SERVER_START_TIMEOUT} s:\n{log.read_text()[-3000:]}")


def stop_group(proc: subprocess.Popen) -> None:
    """Stop dagster dev and every process it started (webserver, daemon, code servers, runs): SIGINT to
    the group (what Ctrl-C does: dagster dev shuts its services down in a few seconds), SIGTERM if it
    does not, then SIGKILL for whatever is left in the group (helpers such as multiprocessing's
    resource tracker)."""
    try:
        pgid = os.getpgid(proc.pid)
    except ProcessLookupError:
        return
    for sig, wait in ((signal.SIGINT, 30), (signal.SIGTERM, 10)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=10)


@pytest.fixture
def dagster_dev(tmp_path, dbt_manifest):
    """`dagster dev` on a free port of 127.0.0.1, in its own process group, on temporary folders."""
    home, landing = tmp_path / "dagster_home", tmp_path / "landing"
    home.mkdir()
    shutil.copy(ROOT / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    shutil.copytree(SAMPLES, landing)
    warehouse = tmp_path / "out" / "warehouse.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSFACTS_", "DAGSTER_"))}
    env.update(DAGSTER_HOME=str(home), NEWSFACTS_LANDING_DIR=str(landing), NEWSFACTS_WAREHOUSE=str(warehouse),
               PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}")
    port = free_port()
    log = tmp_path / "dagster-dev.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [str(VENV_BIN / "dagster"), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_server(url, proc, log)
        yield url, warehouse, log
    finally:
        stop_group(proc)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(log, ARTIFACTS / "dagster-dev.log")


def graphql(url: str, query: str) -> dict:
    request = urllib.request.Request(f"{url}/graphql", data=json.dumps({"query": query}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as r:
        return json.loads(r.read())["data"]


def run_ids(url: str) -> set[str]:
    runs = graphql(url, "{ runsOrError { ... on Runs { results { runId } } } }")["runsOrError"]["results"]
    return {r["runId"] for r in runs}


def sensor_runs(url: str) -> list[dict]:
    """Runs the landing sensor started (the daemon of `dagster dev` evaluates it)."""
    runs = graphql(url, "{ runsOrError { ... on Runs { results { runId status tags { key value } } } } }")
    return [r for r in runs["runsOrError"]["results"]
            if {"key": "newsfacts/trigger", "value": "landing_folder_sensor"} in r["tags"]]


def run_status(url: str, run_id: str) -> str:
    return graphql(url, f'{{ runOrError(runId: "{run_id}") {{ ... on Run {{ status }} }} }}')["runOrError"]["status"]


def wait_for_new_run(url: str, before: set[str], timeout: float = 60) -> str:
    """The run the click launched (the server's run list is only read, the UI launched it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = run_ids(url) - before
        if new:
            return new.pop()
        time.sleep(0.5)
    pytest.fail("clicking 'Materialize all' launched no run")


def dismiss_community_dialog(page) -> None:
    """A fresh profile is greeted by "Join the Dagster community": skip it (it may come a moment late)."""
    skip = page.get_by_role("button", name="Skip")
    try:
        skip.wait_for(state="visible", timeout=8000)
    except Exception:  # noqa: BLE001 (playwright's TimeoutError): no dialog this time
        return
    skip.click()
    page.get_by_text("Join the Dagster community").wait_for(state="hidden", timeout=5000)


def open_expanded_asset_graph(page, url: str) -> None:
    page.goto(f"{url}/asset-groups")
    dismiss_community_dialog(page)
    page.get_by_role("button", name="Materialize all").wait_for(timeout=60_000)
    for group in ("ingest", "extract", "transform", "publish"):  # the flow, as groups
        page.get_by_text(group, exact=True).first.wait_for(timeout=30_000)
    # "Expand all groups" is in the graph's context menu
    box = page.locator("svg").last.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 40, box["y"] + 40, button="right")
    expand = page.get_by_role("menuitem", name="Expand all groups")
    collapse = page.get_by_role("menuitem", name="Collapse all groups")
    expand.or_(collapse).first.wait_for()
    if expand.count():
        expand.click()
    else:  # already expanded (the UI remembers it)
        page.keyboard.press("Escape")
    for name in ASSETS:
        page.get_by_text(graph_label(name)).first.wait_for(timeout=30_000)


def graph_label(name: str) -> re.Pattern:
    """An asset's label in the zoomed-out graph: long names are shortened in the middle
    ("quarant…_documents")."""
    return re.compile(f"^{re.escape(name[:7])}.*{re.escape(name[-10:])}$" if len(name) > 17 else
                      f"^{re.escape(name)}$")


def test_asset_graph_materialize_all_and_screenshot(dagster_dev, tmp_path):
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    url, warehouse, log = dagster_dev
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"), executable_path=str(CHROMIUM), headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1600, "height": 1000})
        page = browser.new_page()
        page.set_default_timeout(30_000)
        try:
            # the asset graph: the four groups of the flow and every asset
            open_expanded_asset_graph(page, url)

            # Materialize all -> a new run (the sensor's first tick may have started another one)
            before = run_ids(url)
            page.get_by_role("button", name="Materialize all").click()
            run_id = wait_for_new_run(url, before)

            # meanwhile: the sensor and the schedule are on, as `make ui` starts them
            page.goto(f"{url}/automation")
            for name in ("landing_folder_sensor", "daily_refresh"):
                row = page.locator("tr, [role=row], div").filter(has_text=name).filter(
                    has=page.locator("input[type=checkbox]")).last
                expect(row.locator("input[type=checkbox]").last).to_be_checked(timeout=60_000)

            # the run's page, until it succeeds
            run_href = f"/runs/{run_id}"
            page.goto(url + run_href)
            deadline = time.monotonic() + RUN_TIMEOUT
            while time.monotonic() < deadline:
                if page.get_by_text("Success", exact=True).count():  # the run's status tag
                    break
                if run_status(url, run_id) in ("FAILURE", "CANCELED"):
                    page.screenshot(path=str(ARTIFACTS / "run-failed.png"))
                    pytest.fail(f"the run failed: {url}{run_href}\n{log.read_text()[-3000:]}")
                page.wait_for_timeout(2000)
            else:
                page.screenshot(path=str(ARTIFACTS / "run-timeout.png"))
                pytest.fail(f"the run did not succeed within {RUN_TIMEOUT} s: {url}{run_href}")

            # the sensor's first tick saw the two documents and started a refresh of its own
            deadline = time.monotonic() + RUN_TIMEOUT
            while not any(r["status"] == "SUCCESS" for r in sensor_runs(url)):
                assert time.monotonic() < deadline, f"no successful sensor run: {sensor_runs(url)}"
                assert not any(r["status"] in ("FAILURE", "CANCELED") for r in sensor_runs(url)), sensor_runs(url)
                time.sleep(2)

            # back on the asset graph, materialized: the screenshot
            open_expanded_asset_graph(page, url)
            page.wait_for_timeout(1500)  # let the graph settle (layout, zoom)
            shot = tmp_path / "asset-graph.png"
            page.screenshot(path=str(shot))
            shutil.copy(shot, ARTIFACTS / "asset-graph.png")
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "failure.png"))
            raise
        finally:
            browser.close()

    assert shot.stat().st_size > 20_000
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from marts.dim_documents").fetchone()[0] == 2
