"""Extract: the facts of every ingested document -> raw.facts (one long table, all fact tables)."""

from collections import Counter
from contextlib import closing

import dagster as dg

from newsfacts import loading
from newsfacts.extract import extract_document
from orchestration.defs.ingest import raw_documents
from orchestration.defs.resources import NewsfactsSettings
from orchestration.settings import DUCKDB_WRITER_POOL


@dg.asset(
    group_name="extract",
    deps=[raw_documents],
    pool=DUCKDB_WRITER_POOL,
    kinds={"python", "duckdb"},
    owners=["team:data-platform"],
    description="The facts of every ingested document (newsfacts.extract), all three fact tables in one "
                "long table raw.facts (column fact_table), flagged facts included with their reason. "
                "A document's facts are replaced as a whole, so re-runs are idempotent.",
    metadata={"dagster/table_name": "raw.facts"},
)
def raw_facts(context: dg.AssetExecutionContext, newsfacts: NewsfactsSettings) -> dg.MaterializeResult:
    build_db = newsfacts.build_db_path()
    with closing(loading.connect(build_db)) as con:
        loading.ensure_raw_schema(con)
        documents = loading.load_documents(con)
        per_table: Counter[str] = Counter()
        flagged = 0
        failed: list[dict] = []
        for doc_id, doc in documents:
            try:
                facts = extract_document(doc)
            except Exception as e:  # one document's extractor bug must not lose the others' facts
                context.log.error(f"extraction of {doc.source_uri} failed: {type(e).__name__}: {e}")
                loading.record_extraction_error(con, doc_id, f"{type(e).__name__}: {e}")
                failed.append({"document_id": doc_id, "source_uri": doc.source_uri,
                               "error": f"{type(e).__name__}: {e}"})
                continue
            rows = loading.fact_rows(doc_id, facts)
            loading.replace_facts(con, doc_id, rows)
            for r in rows:
                if r["flag"] is None:
                    per_table[r["fact_table"]] += 1
                else:
                    flagged += 1
        n_rows = con.execute("select count(*) from raw.facts").fetchone()[0]

    return dg.MaterializeResult(metadata={
        "documents_extracted": len(documents) - len(failed),
        "documents_failed": dg.MetadataValue.json(failed),
        "facts_fct_exports": per_table["fct_exports"],
        "facts_fct_revenues": per_table["fct_revenues"],
        "facts_fct_market_shares": per_table["fct_market_shares"],
        "facts_flagged": flagged,
        "dagster/row_count": n_rows,
    })


defs = dg.Definitions(assets=[raw_facts])
