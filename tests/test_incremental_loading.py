"""The bookkeeping behind incremental refreshes, on real DuckDB files (newsfacts.loading): which files
are already ingested, which documents still need extraction, the purge of files that left."""
import datetime as dt

import pytest

from newsfacts import loading
from newsfacts.model import Article, Document, Fact, Period


@pytest.fixture
def con(tmp_path):
    c = loading.connect(tmp_path / "build.duckdb")
    loading.ensure_raw_schema(c)
    yield c
    c.close()


def doc(uri, text):
    return Document(source_uri=uri, text=text, articles=[Article(0, None, text)])


def fact():
    return Fact(table="fct_exports", value=1.0e9, currency="USD", exporter="KR", destination="US",
                period=Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year"), evidence="x")


def store(con, uri, text, sha):
    row = loading.document_row(doc(uri, text), sha256=sha)
    loading.upsert_documents(con, [row])
    return row["document_id"]


def test_code_versions_are_stable_fingerprints():
    for what in ("reader", "extractor"):
        v = loading.code_version(what)
        assert len(v) == 16 and int(v, 16) >= 0
        loading.code_version.cache_clear()
        assert loading.code_version(what) == v
    assert loading.code_version("reader") != loading.code_version("extractor")
    with pytest.raises(ValueError):
        loading.code_version("scorer")


def test_files_read_by_this_reader_are_ingested(con):
    store(con, "/l/a.txt", "text A", "sha-a")
    store(con, "/l/b.txt", "text B", "sha-b")
    assert loading.ingested_files(con) == {"/l/a.txt": "sha-a", "/l/b.txt": "sha-b"}
    con.execute("update raw.documents set reader_version = 'older' where source_uri = '/l/b.txt'")
    assert loading.ingested_files(con) == {"/l/a.txt": "sha-a"}  # b.txt is read again


def test_documents_to_extract(con):
    a = store(con, "/l/a.txt", "text A", "sha-a")
    b = store(con, "/l/b.txt", "text B", "sha-b")
    assert loading.documents_to_extract(con) == sorted([a, b])
    loading.replace_facts(con, a, loading.fact_rows(a, [fact()]))
    assert loading.documents_to_extract(con) == [b]
    loading.record_extraction_error(con, b, "ValueError: boom")
    assert loading.documents_to_extract(con) == [b]  # failed: tried again next time
    loading.replace_facts(con, b, [])
    assert loading.documents_to_extract(con) == []
    con.execute("update raw.extractions set extractor_version = 'older' where document_id = ?", [a])
    assert loading.documents_to_extract(con) == [a]  # extracted by another extractor: again


def test_purge_removes_documents_facts_and_quarantine_of_files_gone(con):
    a = store(con, "/l/a.txt", "text A", "sha-a")
    b = store(con, "/l/b.txt", "text B", "sha-b")
    for d in (a, b):
        loading.replace_facts(con, d, loading.fact_rows(d, [fact()]))
    loading.record_quarantine(con, "/l/empty.txt", "empty file")
    loading.record_quarantine(con, "/l/gone.bin", "binary file")
    out = loading.purge_missing(con, ["/l/a.txt", "/l/empty.txt"])
    assert out.documents == [(b, "/l/b.txt")] and out.quarantined == ["/l/gone.bin"]
    for table, column in (("documents", "document_id"), ("facts", "document_id"), ("extractions", "document_id")):
        assert {r[0] for r in con.execute(f"select {column} from raw.{table}").fetchall()} == {a}, table
    assert [r[0] for r in con.execute("select source_uri from raw.quarantine").fetchall()] == ["/l/empty.txt"]
    assert loading.purge_missing(con, ["/l/a.txt", "/l/empty.txt"]).documents == []


def test_build_databases_of_earlier_versions_are_upgraded(tmp_path):
    path = tmp_path / "old.duckdb"
    c = loading.connect(path)
    ddl = loading.RAW_SCHEMA_DDL.split("-- build databases of earlier versions")[0]
    c.execute(ddl.replace(",\n    reader_version varchar", "").replace(",\n    extractor_version varchar", ""))
    c.execute("insert into raw.documents (document_id, source_uri, file_name, text, n_chars, file_sha256, "
              "ingested_at) values ('d', '/l/a.txt', 'a.txt', 'x', 1, 'sha', now())")
    loading.ensure_raw_schema(c)
    assert loading.ingested_files(c) == {}  # read by an unknown reader: read again
    assert loading.documents_to_extract(c) == ["d"]
    c.close()


def test_preview_markdown_is_a_small_escaped_table(con):
    store(con, "/l/a|b.txt", "text A " + "long " * 40, "sha")
    md = loading.preview_markdown(con, "raw.documents", columns=["source_uri", "text", "title"], limit=3)
    header, rule, row = md.splitlines()
    assert header == "| source_uri | text | title |" and rule == "|---|---|---|"
    assert "/l/a\\|b.txt" in row and "…" in row
