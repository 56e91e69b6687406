#!/usr/bin/env python3
"""Check tests/corpus/gold.jsonl against the corpus documents and the gold format.

    python tests/corpus/validate_gold.py [--gold FILE] [--docs DIR] [--score PATH]

Checks: every line parses and has exactly the gold keys; every doc exists;
table/metric/qualifier/unit/code values are valid; periods parse with
score.py's period_bounds; shares lie in 0..100; no duplicate facts; every
evidence sentence (or "Table row: ..." cells) occurs in the document's text
after decoding, de-mojibaking, tag stripping and whitespace normalisation.
Prints a summary (documents, facts per table, formats) and exits non-zero on
any error.
"""
from __future__ import annotations

import argparse
import html
import importlib.util
import json
import math
import os
import pathlib
import re
import sys
from collections import Counter, defaultdict

HERE = pathlib.Path(__file__).resolve().parent
KEYS = ["doc", "table", "metric", "company", "exporter", "destination", "product", "market", "basis", "rank",
        "period", "value", "unit", "change_pct", "qualifier", "optional", "evidence"]
TABLES = {"fct_exports": {"export_value"}, "fct_revenues": {"revenue", "operating_profit", "net_profit"},
          "fct_market_shares": {"market_share"}}
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "forecast", "estimate"}
BASES = {"revenue", "shipments", "capacity", "installations", "unknown"}
CURRENCIES = {"USD", "KRW", "TWD", "CNY", "JPY", "EUR"}
# Destination codes outside ISO alpha-2 that the contract names, plus the
# regional blocs this corpus uses (only on optional facts; see README).
EXTRA_DEST = {"EU", "WORLD"}
BLOCS_OPTIONAL_ONLY = {"ASEAN"}
MOJIBAKE = re.compile("\u00a1[\u00a1\u00b0\u00b1\u00ae\u00af\u00a6\u00a4]")


def load_score(path: str | None):
    cands = [path] if path else []
    cands += [os.environ.get("NEWSFACTS_SCORE", ""), str(HERE.parents[1].parent / "shared" / "eval" / "score.py"),
              "/work/shared/eval/score.py"]
    for c in cands:
        if c and os.path.exists(c):
            try:
                import duckdb  # noqa: F401  (score.py imports it; period_bounds does not need it)
            except ImportError:
                import types
                sys.modules["duckdb"] = types.ModuleType("duckdb")
            spec = importlib.util.spec_from_file_location("score", c)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod
    sys.exit("cannot find score.py (pass --score or set NEWSFACTS_SCORE)")


def decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    for enc in ("utf-8", "cp949"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("latin-1"), "latin-1"


def demojibake(text: str) -> str:
    if not MOJIBAKE.search(text):
        return text

    def fix(m):
        try:
            return m.group(0).encode("latin-1").decode("cp949")
        except UnicodeError:
            return m.group(0)
    return re.sub(r"[\u0080-\u00ff]+", fix, text)


def plain(text: str, name: str) -> str:
    if name.endswith((".html", ".htm")):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<[^>]+>", " ", text)
        text = html.unescape(text)
    if name.endswith(".md"):
        text = re.sub(r"\*\*|__|`", "", text)
        text = re.sub(r"(?<!\w)\*(?!\s)|(?<=\S)\*(?!\w)", "", text)
    return text


def norm(s: str) -> str:
    s = s.replace("|", " ").replace("\u00a0", " ")
    return " ".join(s.split())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(HERE / "gold.jsonl"))
    ap.add_argument("--docs", default=str(HERE / "docs"))
    ap.add_argument("--score", default=None)
    a = ap.parse_args()
    score = load_score(a.score)

    docs = {p.name: p for p in pathlib.Path(a.docs).iterdir() if p.is_file() and not p.name.startswith(".")}
    texts, encs = {}, {}
    for name, p in docs.items():
        t, enc = decode(p.read_bytes())
        mj = bool(MOJIBAKE.search(t))
        texts[name] = norm(plain(demojibake(t), name))
        encs[name] = enc + ("+mojibake" if mj else "")

    errors, warnings = [], []
    seen = set()
    rows = []
    for ln, line in enumerate(open(a.gold, encoding="utf-8"), 1):
        if not line.strip():
            continue
        where = f"line {ln}"
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: not JSON ({e})")
            continue
        rows.append(g)
        if list(g) != KEYS:
            missing, extra = set(KEYS) - set(g), set(g) - set(KEYS)
            if missing or extra:
                errors.append(f"{where}: keys missing {sorted(missing)} extra {sorted(extra)}")
        doc, table = g.get("doc"), g.get("table")
        where = f"line {ln} ({doc})"
        if doc not in docs:
            errors.append(f"{where}: document not found")
        if table not in TABLES:
            errors.append(f"{where}: bad table {table!r}")
            continue
        if g.get("metric") not in TABLES[table]:
            errors.append(f"{where}: bad metric {g.get('metric')!r} for {table}")
        try:
            score.period_bounds(g["period"])
        except Exception as e:  # noqa: BLE001
            errors.append(f"{where}: bad period {g.get('period')!r}: {e}")
        v = g.get("value")
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
            errors.append(f"{where}: bad value {v!r}")
            continue
        unit = g.get("unit")
        if table == "fct_market_shares":
            if unit != "%":
                errors.append(f"{where}: share unit must be '%'")
            if not 0 <= v <= 100:
                errors.append(f"{where}: share {v} outside 0..100")
            if not g.get("company") or not g.get("market"):
                errors.append(f"{where}: share needs company and market")
            if g.get("basis") not in BASES:
                errors.append(f"{where}: bad basis {g.get('basis')!r}")
            if g.get("rank") is not None and not isinstance(g["rank"], int):
                errors.append(f"{where}: rank must be an integer")
        else:
            if unit not in CURRENCIES:
                errors.append(f"{where}: bad currency {unit!r}")
            if abs(v) < 1e5:
                warnings.append(f"{where}: suspiciously small money value {v}")
            if g.get("basis") is not None or g.get("market") is not None:
                errors.append(f"{where}: basis/market set on a money fact")
        if table == "fct_revenues" and not g.get("company"):
            errors.append(f"{where}: revenue fact without company")
        if table == "fct_exports":
            for col in ("exporter", "destination"):
                c = g.get(col) or ""
                if c in BLOCS_OPTIONAL_ONLY:
                    if not g.get("optional"):
                        errors.append(f"{where}: {col} {c} only allowed on optional facts")
                elif not (re.fullmatch(r"[A-Z]{2}", c) or (col == "destination" and c in EXTRA_DEST)):
                    errors.append(f"{where}: bad {col} {c!r}")
            p = g.get("product")
            if p is not None and (p != p.lower() or not p.strip()):
                errors.append(f"{where}: product must be a lowercase label or null")
            if v < 0:
                errors.append(f"{where}: negative export value")
        if g.get("qualifier") not in QUALIFIERS:
            errors.append(f"{where}: bad qualifier {g.get('qualifier')!r}")
        if not isinstance(g.get("optional"), bool):
            errors.append(f"{where}: optional must be true/false")
        c = g.get("change_pct")
        if c is not None and (not isinstance(c, (int, float)) or isinstance(c, bool)):
            errors.append(f"{where}: bad change_pct {c!r}")
        ev = g.get("evidence") or ""
        if not ev.strip():
            errors.append(f"{where}: empty evidence")
        elif doc in texts:
            body = texts[doc]
            probe = norm(ev[len("Table row: "):] if ev.startswith("Table row: ") else ev)
            if probe not in body:
                errors.append(f"{where}: evidence not found in document: {ev[:90]!r}")
        key = (doc, table, g.get("company"), g.get("metric"), g.get("exporter"), g.get("destination"),
               g.get("product"), g.get("market"), g.get("period"), v, unit)
        if key in seen:
            errors.append(f"{where}: duplicate fact")
        seen.add(key)

    per_doc = defaultdict(lambda: Counter())
    for g in rows:
        per_doc[g["doc"]]["optional" if g.get("optional") else "facts"] += 1
    for name in sorted(docs):
        n = per_doc[name]["facts"]
        if n > 10:
            warnings.append(f"{name}: {n} non-optional facts (guideline 0-10)")

    by_table = Counter((g["table"], bool(g.get("optional"))) for g in rows)
    print(f"documents: {len(docs)}; with gold rows: {len({g['doc'] for g in rows})}; without any non-optional fact: "
          f"{sum(1 for d in docs if per_doc[d]['facts'] == 0)}")
    for t in TABLES:
        print(f"  {t:<18} {by_table[(t, False)]:>4} facts + {by_table[(t, True)]:>3} optional")
    print(f"  {'total':<18} {sum(v for (t, o), v in by_table.items() if not o):>4} facts + "
          f"{sum(v for (t, o), v in by_table.items() if o):>3} optional")
    fmt = Counter(pathlib.Path(d).suffix for d in docs)
    print("formats:", dict(sorted(fmt.items())), "| encodings:", dict(sorted(Counter(encs.values()).items())))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
