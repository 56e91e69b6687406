"""newsfacts.loading on real DuckDB files: raw schema, documents, quarantine, facts, publishing."""
import datetime as dt
import threading

import duckdb
import pytest

from newsfacts import ids, loading
from newsfacts.model import Article, Document, Fact, Period

D = dt.date


@pytest.fixture
def con(tmp_path):
    c = loading.connect(tmp_path / "sub" / "build.duckdb")
    loading.ensure_raw_schema(c)
    yield c
    c.close()


def doc(uri="/landing/a.txt", text="Korea's exports rose.", **kw):
    return Document(source_uri=uri, text=text, articles=[Article(0, kw.pop("article_title", None), text)], **kw)


def row(d, **kw):
    return loading.document_row(d, **kw)


def export_fact(value=1.83e9, **kw):
    return Fact(table="fct_exports", value=value, currency="USD", exporter="KR", destination="US",
                product="cathode materials", period=Period(D(2023, 1, 1), D(2023, 7, 31), "range"),
                evidence="... reached $1.83 billion ...", **kw)


def test_raw_schema_is_idempotent(con):
    loading.ensure_raw_schema(con)
    tables = {r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema = 'raw'").fetchall()}
    assert tables == {"documents", "quarantine", "facts", "extractions"}


def test_document_row_has_contract_ids_and_file_name():
    d = doc(title="T", published_on=D(2023, 8, 7), warnings=["w"])
    r = row(d, sha256="abc")
    assert r["document_id"] == ids.document_id(d.text)
    assert r["file_name"] == "a.txt"
    assert r["n_chars"] == len(d.text) and r["file_sha256"] == "abc" and r["warnings"] == ["w"]


def test_documents_are_never_duplicated(con):
    a, b = doc("/l/a.txt", "text A"), doc("/l/b.txt", "text B")
    copy_of_a = doc("/l/a copy.txt", "  text   A ")  # same normalised content, same id
    out = loading.upsert_documents(con, [row(a), row(b), row(copy_of_a)])
    assert sorted(out.inserted) == sorted([ids.document_id("text A"), ids.document_id("text B")])
    assert out.duplicates == [("/l/a copy.txt", "duplicate of a.txt (same content)")]

    later = loading.upsert_documents(con, [row(doc("/l/c.txt", "text A"))])
    assert later.inserted == [] and later.duplicates[0][0] == "/l/c.txt"
    assert "already ingested a.txt" in later.duplicates[0][1]
    assert con.execute("select count(*), count(distinct document_id) from raw.documents").fetchone() == (2, 2)


def test_reingesting_the_same_file_refreshes_it_and_keeps_ingested_at(con):
    first = dt.datetime(2024, 1, 1, 12, 0)
    loading.upsert_documents(con, [row(doc(title=None), ingested_at=first)])
    out = loading.upsert_documents(con, [row(doc(title="Better title"), ingested_at=dt.datetime(2025, 1, 1))])
    assert out.updated == [ids.document_id("Korea's exports rose.")] and out.inserted == []
    assert con.execute("select title, ingested_at from raw.documents").fetchall() == [("Better title", first)]


def test_a_file_that_now_reads_differently_supersedes_its_old_document(con):
    loading.upsert_documents(con, [row(doc("/l/a.txt", "old text")), row(doc("/l/b.txt", "other"))])
    old_id = ids.document_id("old text")
    loading.replace_facts(con, old_id, loading.fact_rows(old_id, [export_fact()]))
    out = loading.upsert_documents(con, [row(doc("/l/a.txt", "new text"))])
    assert out.inserted == [ids.document_id("new text")] and out.superseded == [old_id]
    assert con.execute("select source_uri from raw.documents order by 1").fetchall() == [("/l/a.txt",), ("/l/b.txt",)]
    assert con.execute("select count(*) from raw.facts").fetchone() == (0,)
    assert con.execute("select count(*) from raw.extractions").fetchone() == (0,)


def test_quarantine_keeps_one_row_per_file_and_releases_files_that_read_well(con):
    loading.record_quarantine(con, "/l/bad.txt", "empty file")
    loading.record_quarantine(con, "/l/bad.txt", "binary file")
    loading.record_quarantine(con, "/l/a.txt", "empty file")
    assert con.execute("select source_uri, file_name, reason from raw.quarantine order by 1").fetchall() == [
        ("/l/a.txt", "a.txt", "empty file"), ("/l/bad.txt", "bad.txt", "binary file")]
    loading.upsert_documents(con, [row(doc("/l/a.txt"))])
    assert con.execute("select source_uri from raw.quarantine").fetchall() == [("/l/bad.txt",)]


def test_documents_round_trip_for_extraction(con):
    d = doc(title="T", published_on=D(2025, 5, 2), date_source="post date", encoding="cp949",
            warnings=["mojibake repaired"], article_title="First")
    loading.upsert_documents(con, [row(d)])
    [(doc_id, back)] = loading.load_documents(con)
    assert doc_id == ids.document_id(d.text)
    assert (back.source_uri, back.text, back.title, back.published_on, back.date_source, back.encoding,
            back.warnings) == (d.source_uri, d.text, "T", D(2025, 5, 2), "post date", "cp949", d.warnings)
    assert back.articles == [Article(0, "First", d.text)]
    assert loading.load_documents(con, ["nope"]) == []


def test_fact_rows_one_statement_one_row_with_usd_values():
    revenue = Fact(table="fct_revenues", value=66e12, currency="KRW", company="SK hynix", metric="revenue",
                   period=Period(D(2024, 1, 1), D(2024, 12, 31), "year"), evidence="66 trillion won")
    share = Fact(table="fct_market_shares", value=36.0, company="SK hynix", market="dram", basis="revenue",
                 period=Period(D(2025, 1, 1), D(2025, 3, 31), "quarter"), evidence="36%")
    no_period = Fact(table="fct_exports", value=9e6, currency="USD", period=None, evidence="around $9 million",
                     exporter="KR", destination="US")
    rows = loading.fact_rows("doc1", [export_fact(), export_fact(), revenue, share, no_period,
                                      export_fact(flag="inconsistent")])
    assert len(rows) == 4  # a repeated statement (flagged or not: same key) is one fact, the first one
    by_id = {r["fact_id"]: r for r in rows}
    assert ids.fact_id("doc1", export_fact()) in by_id
    r_rev = by_id[ids.fact_id("doc1", revenue)]
    assert 40e9 < r_rev["value_usd"] < 55e9
    assert by_id[ids.fact_id("doc1", share)]["value_usd"] is None
    assert by_id[ids.fact_id("doc1", no_period)]["period_start"] is None
    assert by_id[ids.fact_id("doc1", export_fact())]["value_usd"] == 1.83e9


def test_replace_facts_is_idempotent_per_document(con):
    loading.replace_facts(con, "doc1", loading.fact_rows("doc1", [export_fact(), export_fact(661e6)]))
    loading.replace_facts(con, "doc2", loading.fact_rows("doc2", [export_fact()]))
    loading.replace_facts(con, "doc1", loading.fact_rows("doc1", [export_fact(), export_fact(661e6)]))
    assert con.execute("select document_id, count(*) from raw.facts group by 1 order by 1").fetchall() == [
        ("doc1", 2), ("doc2", 1)]
    loading.replace_facts(con, "doc1", [])
    assert con.execute("select count(*) from raw.facts where document_id = 'doc1'").fetchone() == (0,)
    assert con.execute("select document_id, n_facts, error from raw.extractions order by 1").fetchall() == [
        ("doc1", 0, None), ("doc2", 1, None)]


def test_failed_extraction_keeps_earlier_facts(con):
    loading.replace_facts(con, "doc1", loading.fact_rows("doc1", [export_fact()]))
    loading.record_extraction_error(con, "doc1", "ValueError: boom")
    assert con.execute("select count(*) from raw.facts").fetchone() == (1,)
    assert con.execute("select error from raw.extractions").fetchone() == ("ValueError: boom",)



def facts_and_log(c):
    facts = c.execute("select * exclude (extracted_at) from raw.facts order by fact_id").fetchall()
    log = c.execute("select document_id, n_facts, n_flagged, error, extractor_version from raw.extractions "
                    "order by 1").fetchall()
    return facts, log


def batch_of(*docs):
    """(document_id, rows) of documents 'docN' with their facts."""
    return [(d, loading.fact_rows(d, facts)) for d, facts in docs]


def test_replace_facts_many_stores_what_per_document_calls_store(tmp_path, con):
    batch = batch_of(("doc1", [export_fact(), export_fact(661e6, flag="inconsistent")]),
                     ("doc2", [export_fact()]), ("doc3", []))
    loading.replace_facts_many(con, batch)
    other = loading.connect(tmp_path / "per_document.duckdb")
    loading.ensure_raw_schema(other)
    for doc_id, rows in batch:
        loading.replace_facts(other, doc_id, rows)
    assert facts_and_log(con) == facts_and_log(other)
    other.close()
    facts, log = facts_and_log(con)
    assert len(facts) == 3
    assert log == [("doc1", 2, 1, None, loading.code_version("extractor")),
                   ("doc2", 1, 0, None, loading.code_version("extractor")),
                   ("doc3", 0, 0, None, loading.code_version("extractor"))]
    at = dt.datetime(2025, 1, 2, 3, 4, 5)
    loading.replace_facts_many(con, batch, extracted_at=at)
    assert con.execute("select distinct extracted_at from raw.extractions").fetchall() == [(at,)]


def test_replace_facts_many_is_idempotent_and_replaces_only_its_documents(con):
    loading.replace_facts(con, "doc9", loading.fact_rows("doc9", [export_fact()]))
    batch = batch_of(("doc1", [export_fact(), export_fact(661e6)]), ("doc2", [export_fact()]))
    loading.replace_facts_many(con, batch)
    once = facts_and_log(con)
    loading.replace_facts_many(con, batch)
    assert facts_and_log(con) == once
    assert con.execute("select document_id, count(*) from raw.facts group by 1 order by 1").fetchall() == [
        ("doc1", 2), ("doc2", 1), ("doc9", 1)]
    # a re-extraction that finds fewer facts replaces them all; a document listed twice keeps its last rows
    loading.replace_facts_many(con, batch_of(("doc1", [export_fact(5e6)]), ("doc2", [export_fact()]),
                                             ("doc1", [])))
    assert con.execute("select document_id, count(*) from raw.facts group by 1 order by 1").fetchall() == [
        ("doc2", 1), ("doc9", 1)]
    assert con.execute("select document_id, n_facts from raw.extractions order by 1").fetchall() == [
        ("doc1", 0), ("doc2", 1), ("doc9", 1)]
    loading.replace_facts_many(con, [])
    assert con.execute("select count(*) from raw.extractions").fetchone() == (3,)


def test_a_failure_inside_the_batch_leaves_every_document_as_it_was(con):
    loading.replace_facts_many(con, batch_of(("doc1", [export_fact()]), ("doc2", [export_fact(661e6)])))
    loading.record_extraction_error(con, "doc3", "ValueError: boom")
    before = facts_and_log(con)
    bad = batch_of(("doc1", [export_fact(7e6)]), ("doc2", [export_fact(8e6)]), ("doc3", [export_fact()]))
    bad[1][1][0]["value"] = "not a number"  # the insert of all rows fails on this one
    with pytest.raises(duckdb.Error):
        loading.replace_facts_many(con, bad)
    assert facts_and_log(con) == before
    wrong = [("doc1", loading.fact_rows("doc1", [export_fact(7e6)])),
             ("doc2", loading.fact_rows("doc1", [export_fact(8e6)]))]
    with pytest.raises(ValueError, match="of document 'doc1' given for 'doc2'"):
        loading.replace_facts_many(con, wrong)
    assert facts_and_log(con) == before
    loading.replace_facts_many(con, batch_of(("doc1", [export_fact(7e6)])))  # the connection is usable
    assert con.execute("select value from raw.facts where document_id = 'doc1'").fetchall() == [(7e6,)]


# --------------------------------------------------------------------------- publishing

def make_build(path, n):
    with duckdb.connect(str(path)) as c:
        c.execute("create schema if not exists marts")
        c.execute("create or replace table marts.fct_exports as select range as id, DATE '2023-01-01' as d "
                  f"from range({n})")
        c.execute("create or replace table marts.dim_documents as select 'x' as document_id")
        c.execute("create or replace view marts.v as select 1")
        c.execute("create schema if not exists raw")
        c.execute("create or replace table raw.documents as select 1 as a")


def test_publish_copies_the_marts_into_an_old_format_file(tmp_path):
    build, wh = tmp_path / "build.duckdb", tmp_path / "pub" / "warehouse.duckdb"
    make_build(build, 3)
    counts = loading.publish_schema(build, wh)
    assert counts == {"dim_documents": 1, "fct_exports": 3}
    with duckdb.connect(str(wh), read_only=True) as c:
        tables = c.execute("select table_schema, table_name from information_schema.tables order by 2").fetchall()
        assert tables == [("marts", "dim_documents"), ("marts", "fct_exports")]  # no raw, no views
        tags = c.execute("select tags from duckdb_databases() where database_name = 'warehouse'").fetchone()[0]
        assert tags["storage_version"].startswith("v1.0.0")
    # DuckDB's header stores the storage format number: 64 is the v1.0.0 format (readable by DuckDB >= 0.10)
    assert wh.read_bytes()[8:12] == b"DUCK" and int.from_bytes(wh.read_bytes()[12:20], "little") == 64
    assert sorted(p.name for p in wh.parent.iterdir()) == ["warehouse.duckdb"]  # no temp file left


def test_publish_is_atomic_for_open_readers(tmp_path):
    build, wh = tmp_path / "build.duckdb", tmp_path / "warehouse.duckdb"
    make_build(build, 3)
    loading.publish_schema(build, wh)
    reader = duckdb.connect(str(wh), read_only=True)
    make_build(build, 5)
    loading.publish_schema(build, wh)  # while the reader holds the old file
    assert reader.execute("select count(*) from marts.fct_exports").fetchone() == (3,)
    reader.close()
    with duckdb.connect(str(wh), read_only=True) as c:
        assert c.execute("select count(*) from marts.fct_exports").fetchone() == (5,)


def test_readers_never_fail_during_publishes(tmp_path):
    build, wh = tmp_path / "build.duckdb", tmp_path / "warehouse.duckdb"
    make_build(build, 3)
    loading.publish_schema(build, wh)
    errors, seen, stop = [], set(), threading.Event()

    def read():
        while not stop.is_set():
            try:
                with duckdb.connect(str(wh), read_only=True) as c:
                    seen.add(c.execute("select count(*) from marts.fct_exports").fetchone()[0])
            except Exception as e:  # noqa: BLE001
                errors.append(e)

    t = threading.Thread(target=read)
    t.start()
    for n in (4, 5, 6, 7):
        make_build(build, n)
        loading.publish_schema(build, wh)
    stop.set()
    t.join()
    assert errors == [] and seen <= {3, 4, 5, 6, 7}


def test_failed_publish_leaves_the_warehouse_untouched(tmp_path):
    build, wh = tmp_path / "build.duckdb", tmp_path / "warehouse.duckdb"
    make_build(build, 3)
    loading.publish_schema(build, wh)
    before = wh.read_bytes()
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(ValueError, match="no table in schema 'marts'"):
        loading.publish_schema(empty, wh)
    with pytest.raises(FileNotFoundError):
        loading.publish_schema(tmp_path / "missing.duckdb", wh)
    assert wh.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build.duckdb", "empty.duckdb", "warehouse.duckdb"]
