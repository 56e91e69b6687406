#!/usr/bin/env python3
"""Check gold.jsonl against docs/: holdout4's validator on this folder (h8_ names, up to 900 words)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus_holdout4"))
from validate import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, "h8", 900))
