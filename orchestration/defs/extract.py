"""Extract: the facts of newly ingested documents -> raw.facts (one long table, all fact tables).

Incremental: a document is extracted once per version of the extraction code (its facts are keyed on
its content id); later runs extract only documents without a successful extraction by the current code
(new ones, those whose extraction failed, and all of them after the extractor changed). A full refresh
starts from an empty build database, so everything is extracted again.
"""

from collections import Counter
from contextlib import closing

import dagster as dg

from newsfacts import loading
from newsfacts.batch import iter_extract_many
from newsfacts.extract import extract_document
from orchestration.defs.ingest import raw_documents
from orchestration.defs.resources import WRITER_RETRY_POLICY, NewsfactsSettings, lock_errors_only
from orchestration.settings import DUCKDB_WRITER_POOL

PREVIEW_COLUMNS = ("fact_table", "company", "product", "destination", "period_start", "period_end",
                   "value", "currency", "flag", "evidence")
#: Documents whose facts are stored in one transaction (loading.replace_facts_many).
FLUSH_EVERY = 500


@dg.asset(
    group_name="extract",
    deps=[raw_documents],
    pool=DUCKDB_WRITER_POOL,
    retry_policy=WRITER_RETRY_POLICY,
    kinds={"python", "duckdb"},
    owners=["team:data-platform"],
    description="The facts of every ingested document (newsfacts.extract), all three fact tables in one "
                "long table raw.facts (column fact_table), flagged facts included with their reason. "
                "Incremental: only documents not yet extracted by this version of the extraction code are "
                "extracted (metadata documents_extracted); a document's facts are replaced as a whole, "
                "so re-runs are idempotent.",
    metadata={"dagster/table_name": "raw.facts"},
)
def raw_facts(context: dg.AssetExecutionContext, newsfacts: NewsfactsSettings) -> dg.MaterializeResult:
    with lock_errors_only():
        return _extract(context, newsfacts)


def _extract(context: dg.AssetExecutionContext, newsfacts: NewsfactsSettings) -> dg.MaterializeResult:
    build_db = newsfacts.build_db_path()
    with closing(loading.connect(build_db)) as con:
        loading.ensure_raw_schema(con)
        pending = loading.documents_to_extract(con)
        n_documents = con.execute("select count(*) from raw.documents").fetchone()[0]
        context.log.info(f"{len(pending)} of {n_documents} document(s) to extract "
                         f"({n_documents - len(pending)} already extracted)")
        per_table: Counter[str] = Counter()
        flagged = 0
        failed: list[dict] = []
        extracted: list[str] = []
        documents = loading.load_documents(con, pending)
        # Extraction runs in a process pool (all cores; no DuckDB in the workers) while this process, the
        # only writer, stores the facts of the documents done. An extractor bug is reported, not raised.
        # Facts are stored FLUSH_EVERY documents per transaction (loading.replace_facts_many): a run that
        # dies keeps what it flushed, and the next run extracts the rest (documents_to_extract).
        results = iter_extract_many([doc for _, doc in documents], extractor=extract_document)
        buffer: list[tuple[str, str, list[dict]]] = []  # (document_id, source_uri, rows), not stored yet

        def flush() -> None:
            nonlocal flagged
            if not buffer:
                return
            loading.replace_facts_many(con, [(doc_id, rows) for doc_id, _, rows in buffer])
            for _, uri, rows in buffer:
                extracted.append(uri)
                for r in rows:
                    if r["flag"] is None:
                        per_table[r["fact_table"]] += 1
                    else:
                        flagged += 1
            buffer.clear()

        for (doc_id, doc), res in zip(documents, results):
            if res.error:
                context.log.error(f"extraction of {doc.source_uri} failed: {res.error}")
                flush()  # the logs stay in the order of the documents
                loading.record_extraction_error(con, doc_id, res.error)
                failed.append({"document_id": doc_id, "source_uri": doc.source_uri, "error": res.error})
                continue
            buffer.append((doc_id, doc.source_uri, loading.fact_rows(doc_id, res.facts)))
            if len(buffer) >= FLUSH_EVERY:
                flush()
        flush()
        n_rows = con.execute("select count(*) from raw.facts").fetchone()[0]
        preview = loading.preview_markdown(con, "raw.facts", columns=PREVIEW_COLUMNS,
                                           order_by="extracted_at desc, fact_id")

    return dg.MaterializeResult(metadata={
        "documents_extracted": len(extracted),
        "documents_already_extracted": n_documents - len(pending),
        "extractor_version": loading.code_version("extractor"),
        "documents_failed": dg.MetadataValue.json(failed),
        "extracted": dg.MetadataValue.json(extracted),
        "facts_fct_exports": per_table["fct_exports"],
        "facts_fct_revenues": per_table["fct_revenues"],
        "facts_fct_market_shares": per_table["fct_market_shares"],
        "facts_flagged": flagged,
        "dagster/row_count": n_rows,
        "preview": dg.MetadataValue.md(preview),
    })


defs = dg.Definitions(assets=[raw_facts])
