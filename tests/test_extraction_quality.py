"""Extraction quality on labelled documents, measured with the project scorer.

Floors are raised as the extractor improves; a drop below them fails the build.
"""
import json
from pathlib import Path

import pytest

from newsfacts.evaluation import score

ROOT = Path(__file__).resolve().parent
DEV_DOCS = ROOT.parent / "data" / "samples"
DEV_GOLD = ROOT / "scoring" / "gold_dev.jsonl"
CORPUS_DOCS = ROOT / "corpus" / "docs"
CORPUS_GOLD = ROOT / "corpus" / "gold.jsonl"
HOLDOUT_DOCS = ROOT / "corpus_holdout" / "docs"
HOLDOUT_GOLD = ROOT / "corpus_holdout" / "gold.jsonl"
HOLDOUT2_DOCS = ROOT / "corpus_holdout2" / "docs"
HOLDOUT2_GOLD = ROOT / "corpus_holdout2" / "gold.jsonl"
HOLDOUT3_DOCS = ROOT / "corpus_holdout3" / "docs"
HOLDOUT3_GOLD = ROOT / "corpus_holdout3" / "gold.jsonl"
HOLDOUT4_DOCS = ROOT / "corpus_holdout4" / "docs"
HOLDOUT4_GOLD = ROOT / "corpus_holdout4" / "gold.jsonl"
HOLDOUT5_DOCS = ROOT / "corpus_holdout5" / "docs"
HOLDOUT5_GOLD = ROOT / "corpus_holdout5" / "gold.jsonl"


def _figures(docs: Path, gold: Path, tmp_path: Path) -> dict:
    out = tmp_path / "figures.json"
    score(docs, gold, json_out=out)
    return json.loads(out.read_text())["overall"]


def test_dev_set_meets_the_issue_bar(tmp_path):
    overall = _figures(DEV_DOCS, DEV_GOLD, tmp_path)
    assert overall["strict_f1"] >= 0.95
    assert overall["strict_precision"] >= 0.95


@pytest.mark.parametrize("docs,gold,floor_f1,floor_p", [
    (CORPUS_DOCS, CORPUS_GOLD, 0.93, 0.93),
    (HOLDOUT_DOCS, HOLDOUT_GOLD, 0.91, 0.93),
    (HOLDOUT2_DOCS, HOLDOUT2_GOLD, 0.89, 0.90),
    (HOLDOUT3_DOCS, HOLDOUT3_GOLD, 0.90, 0.91),
    (HOLDOUT4_DOCS, HOLDOUT4_GOLD, 0.88, 0.88),
    (HOLDOUT5_DOCS, HOLDOUT5_GOLD, 0.84, 0.86),
], ids=["corpus", "holdout", "holdout2", "holdout3", "holdout4", "holdout5"])
def test_own_corpora_stay_above_their_floors(tmp_path, docs, gold, floor_f1, floor_p):
    overall = _figures(docs, gold, tmp_path)
    assert overall["strict_f1"] >= floor_f1, overall
    assert overall["strict_precision"] >= floor_p, overall
