"""The extract asset (raw_facts) stores facts in batches (loading.replace_facts_many, FLUSH_EVERY
documents per transaction), through dagster.materialize on a real DuckDB build database: a run that
dies keeps what it flushed, the next run extracts the rest, and the result is the same as one clean
run. Extraction is the real extractor; only the failures are injected."""
import datetime as dt

import dagster as dg
from newsfacts import batch, ids, loading
from newsfacts.extract import extract_document
from newsfacts.model import Article, Document
from orchestration.defs import extract as extract_defs
from orchestration.defs.resources import NewsfactsSettings

N_DOCS = 7


def text(i: int) -> str:
    return (f"Korea's exports of cathode materials to the United States reached ${i + 1}.25 billion in the "
            f"first seven months of 2023, up {i + 3}% from a year earlier.")


def build_db(path):
    con = loading.connect(path)
    loading.ensure_raw_schema(con)
    rows = [loading.document_row(Document(source_uri=f"/l/{i}.txt", text=text(i), published_on=dt.date(2023, 8, 7),
                                          articles=[Article(0, None, text(i))])) for i in range(N_DOCS)]
    loading.upsert_documents(con, rows)
    con.close()
    return {r["source_uri"]: r["document_id"] for r in rows}


def materialize(path):
    settings = NewsfactsSettings(build_db=str(path), warehouse=str(path.parent / "wh.duckdb"))
    return dg.materialize([extract_defs.raw_facts], resources={"newsfacts": settings}, raise_on_error=False)


def stored(path):
    con = loading.connect(path, read_only=True)
    facts = con.execute("select * exclude (extracted_at) from raw.facts order by fact_id").fetchall()
    log = dict(con.execute("select document_id, error from raw.extractions").fetchall())
    pending = loading.documents_to_extract(con)
    con.close()
    return facts, log, pending


def metadata(result):
    [mat] = result.asset_materializations_for_node("raw_facts")
    return {k: v.value for k, v in mat.metadata.items()}


def test_a_run_that_dies_keeps_the_flushed_batches_and_the_next_run_extracts_the_rest(tmp_path, monkeypatch):
    clean = tmp_path / "clean" / "build.duckdb"
    clean.parent.mkdir()
    build_db(clean)
    assert materialize(clean).success
    clean_facts, clean_log, clean_pending = stored(clean)
    assert len(clean_facts) == N_DOCS and set(clean_log.values()) == {None} and clean_pending == []

    path = tmp_path / "build.duckdb"
    uris = build_db(path)
    order = sorted(uris.values())  # the asset extracts in document_id order
    failing = order[2]

    def extractor(doc):
        if ids.document_id(doc.text) == failing:
            raise ValueError("boom")
        return extract_document(doc)

    def dies_after_four(items, **kw):
        for n, res in enumerate(batch.iter_extract_many(items, **kw)):
            if n == 4:
                raise RuntimeError("the worker pool died")
            yield res

    monkeypatch.setattr(extract_defs, "FLUSH_EVERY", 2)
    monkeypatch.setattr(extract_defs, "extract_document", extractor)
    monkeypatch.setattr(extract_defs, "iter_extract_many", dies_after_four)
    assert not materialize(path).success
    facts, log, pending = stored(path)
    # documents 0 and 1 (a full batch) and the error of 2 are stored; 3 was extracted but not flushed when
    # the run died, 4-6 never were: they, and the failed 2, are extracted by the next run
    assert log == {order[0]: None, order[1]: None, failing: "ValueError: boom"}
    assert {f[1] for f in facts} == {order[0], order[1]}
    assert pending == order[2:]

    monkeypatch.setattr(extract_defs, "iter_extract_many", batch.iter_extract_many)
    monkeypatch.setattr(extract_defs, "extract_document", extract_document)
    result = materialize(path)
    assert result.success
    meta = metadata(result)
    assert meta["documents_extracted"] == 5 and meta["documents_already_extracted"] == 2
    assert meta["facts_fct_exports"] == 5 and meta["documents_failed"] == []
    assert sorted(meta["extracted"]) == sorted(uri for uri, d in uris.items() if d in pending)
    assert stored(path) == (clean_facts, clean_log, [])


def test_an_extraction_error_after_buffered_documents_keeps_both(tmp_path, monkeypatch):
    path = tmp_path / "build.duckdb"
    uris = build_db(path)
    order = sorted(uris.values())
    failing = {order[1], order[4]}

    def extractor(doc):
        if ids.document_id(doc.text) in failing:
            raise ValueError("boom")
        return extract_document(doc)

    monkeypatch.setattr(extract_defs, "FLUSH_EVERY", 3)
    monkeypatch.setattr(extract_defs, "extract_document", extractor)
    result = materialize(path)
    assert result.success
    meta = metadata(result)
    assert meta["documents_extracted"] == N_DOCS - 2 and meta["facts_fct_exports"] == N_DOCS - 2
    assert sorted(f["document_id"] for f in meta["documents_failed"]) == sorted(failing)
    assert meta["dagster/row_count"] == N_DOCS - 2
    facts, log, pending = stored(path)
    assert log == {d: ("ValueError: boom" if d in failing else None) for d in order}
    assert pending == sorted(failing)
    assert {f[1] for f in facts} == set(order) - failing
