"""The benchmark corpus generator (bench/generate_corpus.py): deterministic, and its
gold file is well-formed and traceable to the documents it describes."""
from __future__ import annotations

import calendar
import collections
import filecmp
import html
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GEN = ROOT / "bench" / "generate_corpus.py"
SCORE = Path(os.environ.get("NEWSFACTS_SCORE_PY", "/work/shared/eval/score.py"))
N = 200
GOLD_KEYS = ["doc", "table", "metric", "company", "exporter", "destination", "product", "market", "basis", "rank",
             "period", "value", "unit", "change_pct", "qualifier", "optional", "evidence"]
METRICS = {"fct_exports": {"export_value"}, "fct_market_shares": {"market_share"},
           "fct_revenues": {"revenue", "operating_profit", "net_profit"}}
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "forecast", "estimate"}


def bounds(period: str) -> tuple[str, str]:
    """First and last day of a gold period label (same rules as score.py's period_bounds)."""
    if ".." in period:
        a, b = period.split("..")
        return bounds(a)[0], bounds(b)[1]
    y, _, rest = period.partition("-")
    if not rest:
        return f"{y}-01-01", f"{y}-12-31"
    if rest[0] in "HQ":
        n = int(rest[1]) * (6 if rest[0] == "H" else 3)
        first = n - (5 if rest[0] == "H" else 2)
        return f"{y}-{first:02d}-01", f"{y}-{n:02d}-{calendar.monthrange(int(y), n)[1]}"
    if len(rest) == 2:
        return f"{y}-{rest}-01", f"{y}-{rest}-{calendar.monthrange(int(y), int(rest))[1]}"
    return period, period


def generate(out: Path, *args: str, hashseed: str = "0") -> None:
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    subprocess.run([sys.executable, str(GEN), "--out", str(out), "-q", *args], check=True, env=env,
                   timeout=300)


def read_gold(out: Path) -> list[dict]:
    with open(out / "gold.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def decode(data: bytes) -> tuple[str, str]:
    """Decode a corpus file the way a reader would: BOM, UTF-8, CP949, mojibake repair."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp949"), "cp949"
    if max(map(ord, text)) < 0x100 and re.search("[\u0080-\u00ff]", text):
        try:  # CP949 bytes that were read as Latin-1 and saved as UTF-8
            return text.encode("latin-1").decode("cp949"), "mojibake"
        except UnicodeDecodeError:
            pass
    return text, "utf-8"


def plain_text(text: str, name: str) -> str:
    """Markup removed and whitespace collapsed (table cells end up separated by one space)."""
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.replace("|", " ").split())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bench") / "corpus"
    generate(out, "-n", str(N), "--seed", "7")
    return out


@pytest.fixture(scope="module")
def docs(corpus) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((corpus / "docs").iterdir())}


@pytest.fixture(scope="module")
def gold(corpus) -> list[dict]:
    return read_gold(corpus)


def test_layout_and_manifest(corpus, docs, gold):
    assert len(docs) == N
    numbers = sorted(int(re.fullmatch(r"bench_(\d{6})\.(txt|html|md)", n)[1]) for n in docs)
    assert numbers == list(range(N))
    manifest = json.loads((corpus / "manifest.json").read_text())
    assert manifest["documents"] == N and manifest["seed"] == 7
    assert manifest["runs"][-1]["facts"] == len(gold)
    sizes = [len(b) for b in docs.values()]
    assert min(sizes) >= 300 and max(sizes) <= 8192
    assert 2000 <= sum(sizes) / len(sizes) <= 4500


def test_deterministic_for_a_seed(corpus, tmp_path):
    # another process (other string-hash seed), one worker: byte-identical output
    again = tmp_path / "again"
    generate(again, "-n", str(N), "--seed", "7", "-j", "1", hashseed="12345")
    cmp = filecmp.dircmp(corpus / "docs", again / "docs")
    assert not cmp.left_only and not cmp.right_only
    _, mismatch, errors = filecmp.cmpfiles(corpus / "docs", again / "docs", cmp.common_files, shallow=False)
    assert not mismatch and not errors
    assert (corpus / "gold.jsonl").read_bytes() == (again / "gold.jsonl").read_bytes()
    other = tmp_path / "other"
    generate(other, "-n", "20", "--seed", "8")
    a = sorted((corpus / "docs").iterdir())[:20]
    b = sorted((other / "docs").iterdir())
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in b]


def test_only_new_extends_the_corpus(corpus, tmp_path):
    grown = tmp_path / "grown"
    shutil.copytree(corpus, grown)
    generate(grown, "--seed", "7", "--only-new", "3")  # numbered from N
    full = tmp_path / "full"
    generate(full, "-n", str(N + 3), "--seed", "7")
    names = sorted(p.name for p in (grown / "docs").iterdir())
    assert names == sorted(p.name for p in (full / "docs").iterdir())
    assert any(n.startswith(f"bench_{N:06d}.") for n in names)
    for n in names[-5:]:
        assert (grown / "docs" / n).read_bytes() == (full / "docs" / n).read_bytes()
    key = lambda g: json.dumps(g, sort_keys=True)
    assert sorted(map(key, read_gold(grown))) == sorted(map(key, read_gold(full)))
    assert json.loads((grown / "manifest.json").read_text())["documents"] == N + 3


def test_gold_lines_are_well_formed(docs, gold):
    assert len(gold) > 5 * N
    for g in gold:
        assert list(g) == GOLD_KEYS, g
        assert g["doc"] in docs
        assert g["metric"] in METRICS[g["table"]]
        assert g["qualifier"] in QUALIFIERS
        assert isinstance(g["optional"], bool)
        assert isinstance(g["value"], float) and g["value"] == g["value"] and g["value"] != 0
        assert g["change_pct"] is None or isinstance(g["change_pct"], float)
        assert isinstance(g["evidence"], str) and g["evidence"].strip()
        if g["table"] == "fct_market_shares":
            assert g["unit"] == "%" and 0 < g["value"] <= 100
            assert g["company"] and g["market"] == g["market"].lower()
            assert g["basis"] in ("revenue", "shipments", "capacity", "installations", "unknown")
        else:
            assert re.fullmatch(r"[A-Z]{3}", g["unit"])
        if g["table"] == "fct_exports":
            assert re.fullmatch(r"[A-Z]{2}", g["exporter"])
            assert g["destination"] in ("EU", "WORLD") or re.fullmatch(r"[A-Z]{2}", g["destination"])
            assert g["product"] is None or g["product"] == g["product"].lower()
            assert g["company"] is None
        if g["table"] == "fct_revenues":
            assert g["company"] and g["exporter"] is None
    tables = collections.Counter(g["table"] for g in gold)
    assert set(tables) == set(METRICS)
    quals = {g["qualifier"] for g in gold}
    assert {"exact", "approx", "at_least", "forecast"} <= quals
    assert any(g["value"] < 0 for g in gold), "losses are negative values"
    assert any(g["optional"] for g in gold)
    units = {g["unit"] for g in gold}
    assert {"USD", "KRW", "%"} <= units and len(units) >= 5


def test_gold_periods_parse_with_the_scorer(gold):
    if not SCORE.exists():
        pytest.skip(f"{SCORE} not found")
    spec = importlib.util.spec_from_file_location("newsfacts_shared_score", SCORE)
    score = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(score)
    except ImportError as e:  # score.py needs duckdb
        pytest.skip(f"cannot import score.py: {e}")
    grains = set()
    for g in gold:
        start, end = score.period_bounds(g["period"])
        assert start <= end, g
        assert (start.isoformat(), end.isoformat()) == bounds(g["period"])
        assert 2016 <= start.year and end.year <= 2026, g
        grains.add("range" if ".." in g["period"] else re.sub(r"\d", "9", g["period"]))
    assert {"9999", "9999-Q9", "9999-H9", "9999-99", "range"} <= grains


def test_no_contradictory_gold_within_a_document(gold):
    """One statement, one row: the same figure is not listed twice with different values
    (an optional division figure or consensus may sit beside the company's own figure)."""
    seen = {}
    for g in gold:
        key = (g["doc"], g["table"], g["metric"], g["company"], g["exporter"], g["destination"], g["product"],
               g["market"], bounds(g["period"]), g["unit"], g["qualifier"] in ("forecast", "estimate"), g["optional"])
        assert key not in seen, (seen.get(key), g)
        seen[key] = g


def test_evidence_occurs_in_the_decoded_document(docs, gold):
    texts = {name: decode(data)[0] for name, data in docs.items()}
    flat = {name: plain_text(t, name) for name, t in texts.items()}
    for g in gold:
        ev = g["evidence"]
        body = ev[len("Table row: "):] if ev.startswith("Table row: ") else ev
        assert " ".join(body.split()) in flat[g["doc"]], (g["doc"], ev)
        if g["doc"].endswith(".txt") and not ev.startswith("Table row: "):
            assert ev in texts[g["doc"]], (g["doc"], ev)  # sentences verbatim in plain-text files


def test_encodings_and_formats_are_mixed(docs):
    kinds = collections.Counter(decode(data)[1] for data in docs.values())
    assert kinds["utf-8"] > N / 2
    assert kinds["utf-8-sig"] >= 5 and kinds["cp949"] >= 5 and kinds["mojibake"] >= 5, kinds
    exts = collections.Counter(n.rsplit(".", 1)[1] for n in docs)
    assert exts["txt"] > N / 2 and exts["html"] >= 3 and exts["md"] >= 3, exts
    korean = sum(bool(re.search("[\uac00-\ud7a3]", decode(d)[0])) for d in docs.values())
    assert korean >= kinds["cp949"] + kinds["mojibake"]  # CP949 files carry Hangul, not just ASCII
