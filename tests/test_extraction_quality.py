"""Extraction quality on labelled documents, measured with the project scorer.

Floors are raised as the extractor improves; a drop below them fails the build.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts.evaluation import score

ROOT = Path(__file__).resolve().parent
DEV_DOCS = ROOT.parent / "data" / "samples"
DEV_GOLD = ROOT / "scoring" / "gold_dev.jsonl"


def _figures(docs: Path, gold: Path, tmp_path: Path) -> dict:
    out = tmp_path / "figures.json"
    score(docs, gold, json_out=out)
    return json.loads(out.read_text())["overall"]


def test_dev_set_meets_the_issue_bar(tmp_path):
    overall = _figures(DEV_DOCS, DEV_GOLD, tmp_path)
    assert overall["strict_f1"] >= 0.95
    assert overall["strict_precision"] >= 0.95


# corpus folder under tests/ -> (strict F1 floor, strict precision floor); each folder has docs/ and gold.jsonl
FLOORS = {
    "corpus": (0.95, 0.95),
    "corpus_holdout": (0.92, 0.94),
    "corpus_holdout2": (0.92, 0.93),
    "corpus_holdout3": (0.93, 0.93),
    "corpus_holdout4": (0.92, 0.93),
    "corpus_holdout5": (0.93, 0.94),
    "corpus_holdout6": (0.94, 0.92),
    "corpus_holdout7": (0.95, 0.95),
    "corpus_holdout8": (0.93, 0.94),
}


@pytest.mark.parametrize("corpus", FLOORS)
def test_own_corpora_stay_above_their_floors(tmp_path, corpus):
    docs, gold = ROOT / corpus / "docs", ROOT / corpus / "gold.jsonl"
    floor_f1, floor_p = FLOORS[corpus]
    overall = _figures(docs, gold, tmp_path)
    assert overall["strict_f1"] >= floor_f1, overall
    assert overall["strict_precision"] >= floor_p, overall


@pytest.mark.parametrize("corpus", [c for c in FLOORS if c.startswith("corpus_holdout") and c[-1].isdigit()])
def test_gold_files_pass_their_checker(corpus):
    """Hand-written gold drifts (a typo in a period, evidence edited in the document): the corpus checker
    (holdout4's validate.py, run by each folder's own) must find nothing."""
    run = subprocess.run([sys.executable, str(ROOT / corpus / "validate.py"), "--score", str(ROOT / "scoring" / "score.py")],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
