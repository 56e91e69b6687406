#!/usr/bin/env python
"""What storing the facts costs: replay the raw.facts rows of a build database into fresh databases.

    .venv/bin/python bench/db_writes.py bench_out/run/.newsfacts/warehouse.build.duckdb [-n 10000]

1. one ``newsfacts.loading.replace_facts`` per document, as the extract asset does (a transaction,
   a delete by document_id, a pandas insert and the extraction log, per document);
2. the same rows in one transaction: one delete of all the documents' facts, one insert of all rows,
   one delete and one insert into raw.extractions.

Both end with the same raw.facts. Reads the build database read-only (copy it first if a refresh
may be running).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build_db", type=Path)
    ap.add_argument("-n", type=int, default=10000, help="documents to replay")
    a = ap.parse_args(argv)

    import duckdb

    from newsfacts import loading

    with duckdb.connect(str(a.build_db), read_only=True) as con:
        cur = con.execute("select * from raw.facts order by document_id")
        names = [d[0] for d in cur.description]
        by_doc: dict[str, list[dict]] = defaultdict(list)
        for row in cur.fetchall():
            r = dict(zip(names, row))
            by_doc[r["document_id"]].append({c: r.get(c) for c in loading.FACT_COLUMNS})
    docs = list(by_doc.items())[: a.n]
    n_rows = sum(len(v) for _, v in docs)
    print(f"{len(docs)} documents, {n_rows} fact rows")

    with tempfile.TemporaryDirectory() as tmp:
        con = loading.connect(Path(tmp) / "per_document.duckdb")
        loading.ensure_raw_schema(con)
        t0 = time.perf_counter()
        for doc_id, rows in docs:
            loading.replace_facts(con, doc_id, rows)
        per_doc = time.perf_counter() - t0
        n1 = con.execute("select count(*) from raw.facts").fetchone()[0]
        con.close()
        print(f"replace_facts per document: {per_doc:7.2f} s ({per_doc / len(docs) * 1000:.1f} ms/document)")

        con = loading.connect(Path(tmp) / "one_transaction.duckdb")
        loading.ensure_raw_schema(con)
        ext_cols = [r[0] for r in con.execute(
            "select column_name from information_schema.columns where table_schema = 'raw' "
            "and table_name = 'extractions' order by ordinal_position").fetchall()]
        t0 = time.perf_counter()
        ids = [doc_id for doc_id, _ in docs]
        now = loading.utc_now()
        log = [{"document_id": doc_id, "extracted_at": now, "n_facts": len(rows),
                "n_flagged": sum(r["flag"] is not None for r in rows), "error": None} for doc_id, rows in docs]
        con.execute("begin")
        con.execute("delete from raw.facts where list_contains(?, document_id)", [ids])
        loading._insert(con, "raw.facts", loading.FACT_COLUMNS, [r for _, rows in docs for r in rows])
        con.execute("delete from raw.extractions where list_contains(?, document_id)", [ids])
        loading._insert(con, "raw.extractions", [c for c in ext_cols if c in log[0]], log)
        con.execute("commit")
        bulk = time.perf_counter() - t0
        n2 = con.execute("select count(*) from raw.facts").fetchone()[0]
        con.close()
        print(f"one transaction:            {bulk:7.2f} s ({per_doc / bulk:.0f}× faster)")
    assert n1 == n2 == n_rows, (n1, n2, n_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
