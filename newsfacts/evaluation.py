"""Score the extractor alone (no Dagster, no dbt) against a gold file.

Writes the facts of a folder of documents into a small DuckDB file shaped
like the warehouse contract's marts and runs the project scorer on it, so
extraction quality can be measured in seconds:

    python -m newsfacts.evaluation DOCS_DIR GOLD.jsonl [--show]
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from newsfacts.extract import extract_document
from newsfacts.ids import document_id, fact_id
from newsfacts.model import DocumentError
from newsfacts.reading import read_document

PROJECT = Path(__file__).resolve().parent.parent
SCORER_CANDIDATES = [PROJECT.parent / "shared" / "eval" / "score.py", PROJECT / "tests" / "scoring" / "score.py"]


def scorer_path() -> Path:
    for p in SCORER_CANDIDATES:
        if p.exists():
            return p
    raise FileNotFoundError("score.py not found (looked in ../shared/eval and tests/scoring)")


def write_marts(docs_dir: Path, out: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(out))
    con.execute("create schema if not exists marts")
    con.execute("create table marts.dim_documents (document_id varchar, source_uri varchar, title varchar, "
                "published_on date, ingested_at timestamp)")
    common = ("fact_id varchar, document_id varchar, period_start date, period_end date, period_grain varchar, "
              "qualifier varchar, source_org varchar, evidence varchar")
    money = "value double, currency varchar, value_usd double, change_pct double"
    con.execute(f"create table marts.fct_exports ({common}, {money}, exporter varchar, destination varchar, product varchar)")
    con.execute(f"create table marts.fct_revenues ({common}, {money}, company varchar, metric varchar)")
    con.execute(f"create table marts.fct_market_shares ({common}, company varchar, market varchar, basis varchar, "
                "rank integer, share_pct double, change_pp double)")
    stats = {"documents": 0, "errors": 0, "facts": 0, "flagged": 0}
    for path in sorted(docs_dir.iterdir()):
        if not path.is_file() or path.name.startswith(".") or path.suffix in (".jsonl", ".py"):
            continue
        try:
            doc = read_document(path)
        except DocumentError as e:
            stats["errors"] += 1
            print(f"{path.name}: {e.reason}", file=sys.stderr)
            continue
        did = document_id(doc.text)
        stats["documents"] += 1
        con.execute("insert into marts.dim_documents values (?, ?, ?, ?, now())",
                    [did, str(path), doc.title, doc.published_on])
        for f in extract_document(doc):
            if f.flag or f.period is None:
                stats["flagged"] += 1
                continue
            stats["facts"] += 1
            base = [fact_id(did, f), did, f.period.start, f.period.end, f.period.grain, f.qualifier, f.source_org,
                    f.evidence]
            if f.table == "fct_exports":
                con.execute("insert into marts.fct_exports values (?,?,?,?,?,?,?,?, ?,?,?,?, ?,?,?)",
                            base + [f.value, f.currency, None, f.change_pct, f.exporter, f.destination, f.product])
            elif f.table == "fct_revenues":
                con.execute("insert into marts.fct_revenues values (?,?,?,?,?,?,?,?, ?,?,?,?, ?,?)",
                            base + [f.value, f.currency, None, f.change_pct, f.company, f.metric])
            else:
                con.execute("insert into marts.fct_market_shares values (?,?,?,?,?,?,?,?, ?,?,?,?,?,?)",
                            base + [f.company, f.market, f.basis, f.rank, f.value, f.change_pp])
    con.close()
    return stats


def score(docs_dir: Path, gold: Path, show: bool = False, json_out: Path | None = None) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        wh = Path(tmp) / "eval.duckdb"
        write_marts(docs_dir, wh)
        cmd = [sys.executable, str(scorer_path()), "--warehouse", str(wh), "--gold", str(gold), "--docs", str(docs_dir)]
        if show:
            cmd.append("--show")
        if json_out:
            cmd += ["--json", str(json_out)]
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("docs", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    print(score(a.docs, a.gold, a.show))


if __name__ == "__main__":
    main()
