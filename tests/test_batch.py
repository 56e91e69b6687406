"""Parallel reading and extraction (newsfacts.batch): same results as one process, in input order,
bad documents reported in their result and never raised."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts import batch
from newsfacts.batch import extract_many, read_many
from newsfacts.extract import extract_document
from newsfacts.loading import file_sha256
from newsfacts.reading import read_document

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "data" / "samples").glob("*.txt"))
POOL = dict(workers=2, min_items=1, min_chars=0, chunk_size=3)  # force the pool on a handful of documents


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """A dozen generated documents (every style and encoding the generator mixes) and the samples."""
    out = tmp_path_factory.mktemp("bench")
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate_corpus.py"), "--out", str(out),
                    "-n", "12", "-j", "1", "-q"], check=True, timeout=120)
    return sorted((out / "docs").iterdir()) + SAMPLES


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("bad")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("   \n\n  ")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return {"empty": d / "empty.txt", "blank": d / "blank.txt", "binary": d / "binary.txt",
            "missing": d / "missing.txt"}


def sequential(paths):
    out = []
    for p in paths:
        doc = read_document(p)
        out.append((doc, extract_document(doc)))
    return out


def test_pool_gives_the_sequential_results_in_input_order(corpus):
    expected = sequential(corpus)
    got = extract_many(corpus, **POOL)
    assert len(got) == len(corpus)
    assert all(r.ok for r in got), [r.error for r in got if not r.ok]
    assert [r.document for r in got] == [doc for doc, _ in expected]
    assert [r.facts for r in got] == [facts for _, facts in expected]
    assert sum(len(r.facts) for r in got) > 0


def test_in_process_gives_the_same_results(corpus):
    pooled = extract_many(corpus, **POOL)
    local = extract_many(corpus, workers=1)
    assert [(r.document, r.facts) for r in local] == [(r.document, r.facts) for r in pooled]


def test_documents_are_extracted_and_handed_back_as_is(corpus):
    docs = [read_document(p) for p in corpus]
    got = extract_many(docs, **POOL)
    assert all(r.document is d for r, d in zip(got, docs))
    assert [r.facts for r in got] == [extract_document(d) for d in docs]
    assert all(r.read_seconds == 0 and r.sha256 is None for r in got)


@pytest.mark.parametrize("options", [POOL, dict(workers=1)], ids=["pool", "in-process"])
def test_bad_files_are_reported_not_raised(corpus, bad_files, options):
    items = [corpus[0], bad_files["empty"], corpus[1], bad_files["binary"], bad_files["missing"],
             bad_files["blank"], corpus[2]]
    got = extract_many(items, hash_files=True, **options)
    assert [r.ok for r in got] == [True, False, True, False, False, False, True]
    assert [r.stage for r in got] == [None, "read", None, "read", "open", "read", None]
    assert got[4].error.startswith("cannot open file")
    assert "binary" in got[3].error
    assert got[1].error and got[5].error
    assert not any(r.unexpected for r in got)
    assert got[2].facts == extract_document(read_document(corpus[1]))
    assert got[0].sha256 == file_sha256(corpus[0]) and got[1].sha256 is not None


def test_an_extractor_exception_is_reported_for_its_document_only(corpus, monkeypatch):
    real = batch.extract_document

    def flaky(doc):
        if doc.source_uri == str(corpus[1]):
            raise ValueError("boom")
        return real(doc)

    monkeypatch.setattr(batch, "extract_document", flaky)
    got = extract_many(corpus[:3], workers=1)
    assert [r.ok for r in got] == [True, False, True]
    assert (got[1].stage, got[1].error, got[1].unexpected) == ("extract", "ValueError: boom", True)
    assert got[1].document is not None and got[1].facts == []


def test_small_batches_run_in_this_process(corpus, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a small batch")

    monkeypatch.setattr(batch, "ProcessPoolExecutor", no_pool)
    assert len(extract_many(corpus[:2], workers=2)) == 2  # fewer than MIN_ITEMS
    assert extract_many([], workers=2) == []


def test_read_many_reads_and_hashes_without_extracting(corpus):
    got = read_many(corpus[:4], **POOL)
    assert [r.document.text for r in got] == [read_document(p).text for p in corpus[:4]]
    assert [r.sha256 for r in got] == [file_sha256(p) for p in corpus[:4]]
    assert all(r.facts == [] and r.extract_seconds == 0 for r in got)


def test_workers_default_to_the_environment_or_all_cores(monkeypatch):
    monkeypatch.setenv("NEWSFACTS_WORKERS", "3")
    assert batch.default_workers() == 3
    monkeypatch.delenv("NEWSFACTS_WORKERS")
    assert batch.default_workers() == batch.available_cores() >= 1


def count_only(doc):
    """A module-level extractor: the workers get it by reference."""
    return extract_document(doc)[:1]


@pytest.mark.parametrize("options", [POOL, dict(workers=1)], ids=["pool", "in-process"])
def test_another_extractor_can_be_given(corpus, options):
    got = extract_many(corpus[:4], extractor=count_only, **options)
    assert [r.facts for r in got] == [count_only(read_document(p)) for p in corpus[:4]]
    lam = extract_many(corpus[:4], extractor=lambda doc: [], **options)  # not picklable: in this process
    assert all(r.ok and r.facts == [] for r in lam)


def test_iter_extract_many_yields_the_same_results_as_they_come(corpus):
    it = batch.iter_extract_many(corpus, **POOL)
    first = next(it)  # ready before the last chunk is done
    rest = list(it)
    assert [r.facts for r in [first, *rest]] == [r.facts for r in extract_many(corpus, workers=1)]


def test_stopping_early_shuts_the_pool_down(corpus):
    it = batch.iter_extract_many(corpus * 3, **POOL)
    assert next(it).ok
    it.close()  # no hang, no leftover work
