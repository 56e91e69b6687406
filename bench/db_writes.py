#!/usr/bin/env python
"""What storing the facts costs: replay the raw.facts rows of a build database into fresh databases.

    .venv/bin/python bench/db_writes.py bench_out/run/.newsfacts/warehouse.build.duckdb [-n 10000] [--batch 500]

1. one ``newsfacts.loading.replace_facts`` per document, as the extract asset did before batching (a
   transaction, a delete by document_id, a pandas insert and the extraction log, per document);
2. ``newsfacts.loading.replace_facts_many`` on ``--batch`` documents at a time, as the extract asset
   stores them now (``FLUSH_EVERY`` = 500 in orchestration/defs/extract.py): per batch one
   transaction, one delete of the documents' facts, one insert of all their rows, one delete and one
   insert into raw.extractions.

Both must end with the same raw.facts (checked). Reads the build database read-only (copy it first
if a refresh may be running).
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
    ap.add_argument("--batch", type=int, default=500, help="documents per replace_facts_many call")
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
        print(f"replace_facts, one transaction per document:       {per_doc:7.2f} s "
              f"({per_doc / len(docs) * 1000:.2f} ms/document)")

        facts1 = con_facts(Path(tmp) / "per_document.duckdb")

        con = loading.connect(Path(tmp) / "batched.duckdb")
        loading.ensure_raw_schema(con)
        t0 = time.perf_counter()
        for i in range(0, len(docs), a.batch):
            loading.replace_facts_many(con, docs[i:i + a.batch])
        batched = time.perf_counter() - t0
        n2 = con.execute("select count(*) from raw.facts").fetchone()[0]
        con.close()
        n_batches = -(-len(docs) // a.batch)
        print(f"replace_facts_many, {a.batch} documents a call ({n_batches} transactions): {batched:7.2f} s "
              f"({batched / len(docs) * 1000:.2f} ms/document, {per_doc / batched:.0f}× faster)")
        facts2 = con_facts(Path(tmp) / "batched.duckdb")
    assert n1 == n2 == n_rows, (n1, n2, n_rows)
    assert facts1 == facts2, "the two paths stored different facts"
    return 0


def con_facts(path: Path) -> list[tuple]:
    from newsfacts import loading

    with loading.connect(path, read_only=True) as con:
        return con.execute("select * from raw.facts order by fact_id").fetchall()


if __name__ == "__main__":
    sys.exit(main())
