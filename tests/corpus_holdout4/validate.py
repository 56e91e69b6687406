#!/usr/bin/env python3
"""Check gold.jsonl against docs/: well-formed rows, known docs, periods that score.py can parse and that lie
in 2021-2026, evidence traceable to the document text (table rows: cells present in order; whitespace runs
are compared collapsed, since HTML tag stripping leaves extra spaces), documents of 150-900 words named
h4_NN_<outlet>_<topic>.<ext>, and no duplicate facts. The validate.py of corpus_holdout2, 3, 5 and 6 run this one
on their own folders (their name prefix, length limit and first year).

    python tests/corpus_holdout4/validate.py [--score /work/shared/eval/score.py]
"""
from __future__ import annotations

import argparse
import collections
import html
import importlib.util
import json
import re
import sys
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["doc", "table", "metric", "company", "exporter", "destination", "product", "market", "basis", "rank",
        "period", "value", "unit", "change_pct", "qualifier", "optional", "evidence"]
METRICS = {"fct_exports": {"export_value"}, "fct_market_shares": {"market_share"},
           "fct_revenues": {"revenue", "operating_profit", "net_profit"}}
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "forecast", "estimate"}
BASES = {"revenue", "shipments", "capacity", "installations", "unknown"}


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp949")
    if path.suffix == ".html":
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    if path.suffix == ".md":
        text = text.replace("**", "")
    return text


def main(here: Path = HERE, prefix: str = "h4", max_words: int = 900, first_year: int = 2021) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--only", default="", help="comma-separated doc-name prefixes to report on")
    a = ap.parse_args()
    try:
        import duckdb  # noqa: F401  (score.py imports it; only period_bounds is used here)
    except ImportError:
        sys.modules["duckdb"] = types.ModuleType("duckdb")
    spec = importlib.util.spec_from_file_location("score", a.score)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    docs = {p.name: p for p in (here / "docs").iterdir() if not p.name.startswith(".")}
    texts = {n: read_text(p) for n, p in docs.items()}
    flat = {n: " ".join(t.replace("|", " ").split()) for n, t in texts.items()}
    flat_ws = {n: " ".join(t.split()) for n, t in texts.items()}
    errors, seen = [], collections.Counter()
    rows = []
    golds = [here / "gold.jsonl"] if (here / "gold.jsonl").exists() else sorted(here.glob("gold_part*.jsonl"))
    lines = [ln for p in golds for ln in p.read_text(encoding="utf-8").splitlines()]
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {i}: bad json {e}")
            continue
        rows.append(g)
        err = lambda m: errors.append(f"line {i} ({g.get('doc')}): {m}")
        if list(g) != KEYS:
            err(f"keys {list(g)}")
        if g["doc"] not in docs:
            err("unknown doc")
            continue
        if g["metric"] not in METRICS.get(g["table"], ()):
            err(f"table/metric {g['table']}/{g['metric']}")
        if g["qualifier"] not in QUALIFIERS:
            err(f"qualifier {g['qualifier']}")
        if not isinstance(g["optional"], bool):
            err("optional not bool")
        try:
            a_, b_ = score.period_bounds(g["period"])
            if a_ > b_:
                err("period start after end")
            if a_.year < first_year or b_.year > 2026:
                err(f"period {g['period']} outside {first_year}-2026")
        except Exception as e:  # noqa: BLE001
            err(f"period {g['period']!r}: {e}")
        if not isinstance(g["value"], (int, float)):
            err("value not numeric")
        if g["table"] == "fct_market_shares":
            if g["unit"] != "%" or not 0 < g["value"] <= 100:
                err("share unit/value")
            if not g["company"] or not g["market"] or g["basis"] not in BASES:
                err("share keys")
        else:
            if not re.fullmatch(r"[A-Z]{3}", g["unit"] or ""):
                err(f"unit {g['unit']}")
        if g["table"] == "fct_revenues" and not g["company"]:
            err("revenue without company")
        if g["table"] == "fct_exports":
            if not g["exporter"] or not g["destination"]:
                err("export keys")
            if g["product"] is not None and g["product"] != g["product"].lower():
                err("product not lowercase")
        if g["market"] is not None and g["market"] != g["market"].lower():
            err("market not lowercase")
        ev = g["evidence"]
        if ev.startswith("Table row: "):
            if ev[len("Table row: "):] not in flat[g["doc"]]:
                err(f"table row not found: {ev}")
        elif ev not in texts[g["doc"]] and " ".join(ev.split()) not in flat_ws[g["doc"]]:
            err(f"evidence not found: {ev[:90]}")
        if not ev.strip():
            err("empty evidence")
        if g["change_pct"] is not None and not isinstance(g["change_pct"], (int, float)):
            err("change_pct not numeric")
        if g["unit"] != "%" and g["table"] == "fct_revenues" and g["metric"] != "operating_profit" \
                and g["metric"] != "net_profit" and g["value"] < 0:
            err("negative revenue")
        if g["table"] == "fct_exports" and g["value"] <= 0:
            err("non-positive export value")
        key = (g["doc"], g["table"], g["company"], g["metric"], g["exporter"], g["destination"], g["product"],
               g["market"], g["period"], round(g["value"], 6), g["unit"])
        seen[key] += 1
    for k, n in seen.items():
        if n > 1:
            errors.append(f"duplicate fact {k}")
    by_doc = collections.Counter(g["doc"] for g in rows)
    only = set(a.only.split(",")) if a.only else None
    for n in sorted(docs):
        if only and not any(n.startswith(o) for o in only):
            continue
        words = len(texts[n].split())
        if not re.fullmatch(rf"{prefix}_\d\d_[a-z0-9]+_[a-z0-9_]+\.(txt|md|html)", n):
            errors.append(f"{n}: file name does not follow {prefix}_NN_<outlet>_<topic>.<ext>")
        if not 150 <= words <= max_words:
            errors.append(f"{n}: {words} words (want 150-{max_words})")
        req = sum(1 for g in rows if g["doc"] == n and not g["optional"])
        print(f"{n:50s} {words:5d} words {by_doc[n]:4d} facts ({req} required)")
    t = collections.Counter((g["table"], g["optional"]) for g in rows)
    print("rows:", len(rows), dict(t))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
