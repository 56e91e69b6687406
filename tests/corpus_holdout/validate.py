#!/usr/bin/env python3
"""Check gold.jsonl of the held-out corpus: every line parses with the gold
keys, names an existing document, has a period score.py can read, a sane
value and unit, and evidence found in the document (sentences verbatim in the
document's text; table rows as the cells of one of its table rows)."""
from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from collections import Counter

from corpus_lib import DOCS, HERE, table_rows, text

try:  # score.py imports duckdb at the top; only its period_bounds is needed here
    import duckdb  # noqa: F401
except ImportError:
    import types
    sys.modules["duckdb"] = types.ModuleType("duckdb")

SCORE = os.environ.get("NEWSFACTS_SCORE", "/work/shared/eval/score.py")
spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

KEYS = ["doc", "table", "metric", "company", "exporter", "destination", "product", "market", "basis",
        "rank", "period", "value", "unit", "change_pct", "qualifier", "optional", "evidence"]
METRICS = {"fct_revenues": {"revenue", "operating_profit", "net_profit"},
           "fct_exports": {"export_value"}, "fct_market_shares": {"market_share"}}
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "forecast", "estimate"}
BASES = {"revenue", "shipments", "capacity", "installations", "unknown"}


def main() -> int:
    errors = []
    rows = []
    for n, line in enumerate(open(HERE / "gold.jsonl", encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: {e}"); continue
        rows.append(g)
        where = f"line {n} ({g.get('doc')})"
        if list(g) != KEYS:
            errors.append(f"{where}: keys {list(g)}")
        if not (DOCS / g["doc"]).is_file():
            errors.append(f"{where}: no such doc"); continue
        try:
            a, b = score.period_bounds(g["period"])
            assert a <= b
        except Exception as e:
            errors.append(f"{where}: period {g['period']!r}: {e}")
        t = g["table"]
        if g["metric"] not in METRICS.get(t, ()):
            errors.append(f"{where}: metric {g['metric']!r} in {t}")
        if g["qualifier"] not in QUALIFIERS:
            errors.append(f"{where}: qualifier {g['qualifier']!r}")
        if not isinstance(g["value"], (int, float)):
            errors.append(f"{where}: value {g['value']!r}")
        if t == "fct_market_shares":
            if g["unit"] != "%" or not 0 < g["value"] <= 100 or g["basis"] not in BASES or not g["market"]:
                errors.append(f"{where}: bad share row")
        else:
            if not re.fullmatch(r"[A-Z]{3}", g["unit"] or ""):
                errors.append(f"{where}: unit {g['unit']!r}")
        if t == "fct_revenues" and not g["company"]:
            errors.append(f"{where}: no company")
        if t == "fct_exports":
            if not re.fullmatch(r"[A-Z]{2}|WORLD|EU", g["destination"] or "") and not g["optional"]:
                errors.append(f"{where}: destination {g['destination']!r} needs an ISO code")
            if g["exporter"] != "KR" or (g["product"] is not None and g["product"] != g["product"].lower()):
                errors.append(f"{where}: exporter/product")
        if g["qualifier"] == "forecast" and not g["optional"]:
            errors.append(f"{where}: forecasts must be optional")
        ev = g["evidence"]
        if ev.startswith("Table row: "):
            cells = ev[len("Table row: "):]
            if not any(" ".join(r) == cells for r in table_rows(g["doc"])):
                errors.append(f"{where}: table row not found: {ev}")
        elif ev not in text(g["doc"]):
            errors.append(f"{where}: evidence not in text: {ev[:80]}")
    keyed = Counter((g["doc"], g["table"], g["period"], round(g["value"], 6), g["unit"],
                     g["company"], g["metric"], g["destination"], g["product"], g["market"], g["basis"])
                    for g in rows)
    errors += [f"duplicate fact {k}" for k, v in keyed.items() if v > 1]
    docs = sorted(p.name for p in DOCS.iterdir())
    with_facts = {g["doc"] for g in rows}
    scored = [g for g in rows if not g["optional"]]
    print(f"{len(docs)} docs ({len(with_facts)} with gold rows, {len(docs) - len(with_facts)} fact-free); "
          f"{len(rows)} gold rows: {len(scored)} scored, {len(rows) - len(scored)} optional")
    print("scored by table:", dict(Counter(g["table"] for g in scored)))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
