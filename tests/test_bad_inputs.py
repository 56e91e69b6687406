"""A landing folder full of bad files goes through `newsfacts refresh` (a real process, the real reader,
extractor, dbt and checks): exit code 0, every bad file named with its reason in the summary and in
marts.quarantined_documents, every file left untouched, every good document's facts published.

The corpus is written into tmp_path by the test: an empty file, a binary file, raw CP949 bytes,
Latin-1 text, a 50 MB file (sparse), an exact duplicate, a document without a date, broken HTML, a PDF
without a text layer, a document without facts, a file name with spaces and Hangul.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from pipeline_helpers import SAMPLES, VENV_BIN, cli_env

pytestmark = pytest.mark.slow
SAMPLE = "000_fb5ee617c32d8c47.txt"
LIMIT = 30_000_000  # NEWSFACTS_MAX_DOCUMENT_BYTES for this run: the 50 MB file is over it, the rest under

#: Good documents: file name -> (document date, facts that must be published as (table, value)).
GOOD = {
    SAMPLE: (dt.date(2023, 8, 7), {("fct_exports", 1.83e9), ("fct_exports", 661e6)}),
    "cp949_news.txt": (dt.date(2024, 4, 30), {("fct_revenues", 71.92e12)}),
    "latin1_news.txt": (dt.date(2024, 5, 2), {("fct_revenues", 2.89e12)}),
    "no_date.txt": (None, {("fct_revenues", 32.77e12)}),
    "broken.html": (dt.date(2024, 4, 26), {("fct_revenues", 6.13e12)}),
    "zero_facts.txt": (dt.date(2024, 3, 3), set()),
    "삼성 실적 보고서 2024.txt": (dt.date(2024, 7, 31), {("fct_revenues", 10.44e12)}),
}
#: Bad files -> words their quarantine reason must contain.
BAD = {
    "empty.txt": ["empty"],
    "image.png": ["binary", "PNG"],
    "huge.txt": ["too large", f"{LIMIT:,}"],
    "zz exact copy.txt": ["duplicate", SAMPLE],
    "scan_no_text.pdf": ["no text layer"],
}


def write_corpus(landing: Path) -> None:
    landing.mkdir()
    shutil.copy(SAMPLES / SAMPLE, landing / SAMPLE)
    shutil.copy(SAMPLES / SAMPLE, landing / "zz exact copy.txt")  # sorts after the original
    (landing / "empty.txt").write_bytes(b"")
    (landing / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4000))
    (landing / "cp949_news.txt").write_bytes(
        ("삼성전자 실적 발표\n2024년 4월 30일\n\nSamsung Electronics (삼성전자) posted revenue of 71.92 trillion won "
         "in the first quarter of 2024, the company said on Tuesday.\n").encode("cp949"))
    (landing / "latin1_news.txt").write_bytes(
        ("Résultats de SK hynix\nMay 2, 2024\n\nSK hynix posted an operating profit of 2.89 trillion won in the "
         "first quarter of 2024, the company said. Société Générale analysts called it « très bon ».\n")
        .encode("latin-1"))
    with open(landing / "huge.txt", "wb") as f:  # 50 MB, sparse: no time spent writing it
        f.truncate(50 * 1024 * 1024)
    (landing / "no_date.txt").write_text(
        "Chip exports\n\nIn 2023, SK hynix posted revenue of 32.77 trillion won, the company said.\n")
    (landing / "broken.html").write_text(
        "<html><head><title>LG Energy Solution results</title></head><body><h1>LG Energy Solution results"
        "<p>Published: 2024-04-26<p>LG Energy Solution posted revenue of 6.13 trillion won in the first quarter "
        "of 2024, down 29.9% from a year earlier.<div><span>unclosed <b>tags <table><tr><td>and a cell")
    from pypdf import PdfWriter

    pdf = PdfWriter()
    pdf.add_blank_page(width=595, height=842)
    with open(landing / "scan_no_text.pdf", "wb") as f:
        pdf.write(f)
    (landing / "zero_facts.txt").write_text(
        "Weather\nMarch 3, 2024\n\nIt rained in Seoul on Sunday and the wind was strong in the afternoon, "
        "the weather agency said.\n")
    (landing / "삼성 실적 보고서 2024.txt").write_text(
        "Samsung results\nJuly 31, 2024\n\nSamsung Electronics posted an operating profit of 10.44 trillion won "
        "in the second quarter of 2024, the company said on Wednesday.\n")
    assert set(p.name for p in landing.iterdir()) == set(GOOD) | set(BAD)


def fingerprint(folder: Path) -> dict[str, tuple]:
    out = {}
    for p in sorted(folder.iterdir()):
        st = p.stat()
        h = hashlib.sha256()
        with open(p, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        out[p.name] = (st.st_size, st.st_mtime_ns, st.st_mode, h.hexdigest())
    return out


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory, dbt_manifest):
    tmp = tmp_path_factory.mktemp("bad_inputs")
    landing, warehouse = tmp / "landing", tmp / "out" / "warehouse.duckdb"
    write_corpus(landing)
    before = fingerprint(landing)
    proc = subprocess.run([str(VENV_BIN / "newsfacts"), "refresh", "--landing", str(landing),
                           "--warehouse", str(warehouse)], capture_output=True, text=True, timeout=600, cwd=tmp,
                          env=cli_env(tmp, NEWSFACTS_MAX_DOCUMENT_BYTES=str(LIMIT)))
    return proc, landing, warehouse, before, tmp


def query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_the_batch_goes_on_and_publishes(bad_run):
    proc, *_ = bad_run
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "published warehouse:" in proc.stdout


def test_every_bad_file_is_named_with_its_reason_in_the_summary(bad_run):
    proc, *_ = bad_run
    summary = proc.stdout[proc.stdout.index("Summary"):]
    assert f"quarantined:           {len(BAD)}" in summary
    lines = {line.strip().split(": ", 1)[0]: line.strip().split(": ", 1)[1]
             for line in summary.splitlines() if line.startswith("    ") and ": " in line}
    for name, words in BAD.items():
        assert name in lines, summary
        for w in words:
            assert w in lines[name], (name, lines[name])
    for name in GOOD:
        assert name not in lines


def test_quarantined_documents_mart_has_every_bad_file_with_its_reason(bad_run):
    _, landing, warehouse, *_ = bad_run
    rows = dict(query(warehouse, "select file_name, reason from marts.quarantined_documents"))
    assert set(rows) == set(BAD)
    for name, words in BAD.items():
        assert all(w in rows[name] for w in words), (name, rows[name])
    uris = {r[0] for r in query(warehouse, "select source_uri from marts.quarantined_documents")}
    assert uris == {str(landing / n) for n in BAD}


def test_files_stay_untouched(bad_run):
    _, landing, _, before, _ = bad_run
    assert fingerprint(landing) == before


def test_every_good_document_is_published_with_its_facts(bad_run):
    _, landing, warehouse, *_ = bad_run
    docs = {Path(uri).name: (doc_id, published) for doc_id, uri, published in
            query(warehouse, "select document_id, source_uri, published_on from marts.dim_documents")}
    assert set(docs) == set(GOOD)
    facts = query(warehouse, """
        select document_id, 'fct_exports', value from marts.fct_exports
        union all select document_id, 'fct_revenues', value from marts.fct_revenues
        union all select document_id, 'fct_market_shares', share_pct from marts.fct_market_shares""")
    for name, (published_on, expected) in GOOD.items():
        doc_id, got_date = docs[name]
        assert got_date == published_on, name
        got = {(t, v) for d, t, v in facts if d == doc_id}
        assert expected <= got, (name, got)
        if not expected:
            assert got == set(), name  # the document without facts is kept, with none


def test_the_ui_metadata_lists_the_quarantined_files(bad_run, monkeypatch):
    """The run's raw_documents materialization (what the UI shows) lists every quarantined file."""
    from dagster import AssetKey, DagsterEventType, DagsterInstance, EventRecordsFilter

    *_, tmp = bad_run
    monkeypatch.setenv("DAGSTER_HOME", str(tmp / "dagster_home"))  # the instance the CLI run wrote to
    with DagsterInstance.get() as instance:
        [record] = instance.get_event_records(
            EventRecordsFilter(DagsterEventType.ASSET_MATERIALIZATION, asset_key=AssetKey("raw_documents")), limit=1)
    meta = record.asset_materialization.metadata
    listed = {q["file"]: q["reason"] for q in meta["quarantined"].value}
    assert set(listed) == set(BAD)
    assert meta["documents_quarantined"].value == len(BAD)
