"""Print reading throughput: ``python -m newsfacts.reading.speed [MB]``.

Reading must be well above the 1M chars/s per core the whole extraction
needs. The bundled samples (one with mojibake, one clean) are repeated into
documents of ~100 KB and read with ``read_text`` + ``split_sentences``,
single-threaded; the figure is printed, not asserted, because timings vary
by machine.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from newsfacts.reading import read_text, split_sentences

_SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


def main(megabytes: float = 5.0) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(_SAMPLES.glob("*.txt"))]
    if not texts:
        print("no samples found in", _SAMPLES)
        return
    docs = []
    for text in texts:
        docs.append((text + "\n\n") * max(1, 100_000 // len(text)))  # ~100 KB documents
    total, n = 0, 0
    target = megabytes * 1_000_000
    start = time.perf_counter()
    read_s = split_s = 0.0
    while total < target:
        doc_text = docs[n % len(docs)]
        t0 = time.perf_counter()
        doc = read_text(doc_text, source_uri=f"speed_{n}.txt")
        t1 = time.perf_counter()
        for art in doc.articles:
            split_sentences(art.text)
        t2 = time.perf_counter()
        read_s += t1 - t0
        split_s += t2 - t1
        total += len(doc_text)
        n += 1
    elapsed = time.perf_counter() - start
    print(f"{n} documents, {total / 1e6:.1f} M chars in {elapsed:.2f} s")
    print(f"read_text:        {total / read_s / 1e6:6.2f} M chars/s")
    print(f"split_sentences:  {total / split_s / 1e6:6.2f} M chars/s")
    print(f"reading total:    {total / elapsed / 1e6:6.2f} M chars/s per core")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 5.0)
