"""Reading and extraction of many documents in a process pool, results in input order.

Plain Python (no Dagster, no DuckDB). The workers only read files and run the extractor; whoever
calls :func:`extract_many` keeps the one DuckDB connection and writes the results itself, so there is
never a second DuckDB writer::

    from newsfacts.batch import extract_many, iter_extract_many, read_many

    for res in extract_many(paths_or_documents):       # default: all cores (iter_extract_many: as they come)
        if res.error:
            ...  # res.stage says where it failed ('open', 'read', 'extract'), res.error why
        else:
            ...  # res.document, res.facts

An item is a file path (``str`` or ``os.PathLike``: read with ``read_document``, then extracted) or a
:class:`~newsfacts.model.Document` (extracted only; ``res.document`` is the very object passed in).
Errors of one document are reported in its result, never raised, with the wording the pipeline
stores (quarantine reason or extraction error).

Items go to the workers in chunks (a few dozen documents per message) to amortise the pickling and
the round trips. Small batches (fewer than ``min_items`` items or ``min_chars`` characters, one
worker, or one core) run in this process: starting the pool costs about a second. Workers are forked
from a ``forkserver`` that has imported the extractor once, so they start fast and inherit no thread,
lock or DuckDB connection of the caller (Dagster runs threads). ``NEWSFACTS_WORKERS`` overrides the
default number of workers (all cores available to this process).
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.extract import extract_document
from newsfacts.model import Document, DocumentError, Fact
from newsfacts.reading import DEFAULT_MAX_BYTES, read_document

log = logging.getLogger(__name__)

#: Below these, a batch runs in this process (the pool's start-up would cost more than it saves).
MIN_ITEMS = 32
MIN_CHARS = 300_000
#: Documents per message to a worker (at most); smaller chunks when there are few items per worker.
MAX_CHUNK = 48


@dataclass
class ItemResult:
    """What came out of one item. ``error`` is None when the document was read (and extracted)."""

    document: Document | None = None
    facts: list[Fact] = field(default_factory=list)
    error: str | None = None
    stage: str | None = None         # where it failed: 'open' (file unreadable), 'read', 'extract'
    unexpected: bool = False         # the error is an exception of our code, not a property of the file
    sha256: str | None = None        # of the file's bytes (path items, when hashed)
    read_seconds: float = 0.0        # time spent reading, in the process that did it
    extract_seconds: float = 0.0     # time spent extracting, in the process that did it

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class _Options:
    extract: bool
    max_bytes: int
    hash_files: bool
    extractor: Callable[[Document], list[Fact]] | None = None  # None: newsfacts.extract.extract_document


def available_cores() -> int:
    """Cores this process may run on (the CPU affinity mask, else os.cpu_count())."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_workers() -> int:
    raw = os.environ.get("NEWSFACTS_WORKERS", "").strip()
    if raw:
        try:
            return max(1, int(raw))
        except ValueError:
            log.warning("NEWSFACTS_WORKERS=%r is not a number: using all cores", raw)
    return available_cores()


def extract_many(items: Iterable[str | os.PathLike | Document], workers: int | None = None, *,
                 extract: bool = True, max_bytes: int = DEFAULT_MAX_BYTES, hash_files: bool = False,
                 extractor: Callable[[Document], list[Fact]] | None = None,
                 min_items: int = MIN_ITEMS, min_chars: int = MIN_CHARS,
                 chunk_size: int | None = None) -> list[ItemResult]:
    """Read (path items) and extract (unless ``extract=False``) every item; one result per item, in order.

    ``workers``: processes (default: ``NEWSFACTS_WORKERS`` or all cores); 1 runs in this process.
    ``hash_files``: also compute the SHA-256 of every file read (``res.sha256``), in the workers.
    ``extractor``: another function than ``newsfacts.extract.extract_document`` (a test double, say);
    workers get it by reference (pickle), so one that cannot be pickled runs in this process.
    """
    return list(iter_extract_many(items, workers, extract=extract, max_bytes=max_bytes, hash_files=hash_files,
                                  extractor=extractor, min_items=min_items, min_chars=min_chars,
                                  chunk_size=chunk_size))


def iter_extract_many(items: Iterable[str | os.PathLike | Document], workers: int | None = None, *,
                      extract: bool = True, max_bytes: int = DEFAULT_MAX_BYTES, hash_files: bool = False,
                      extractor: Callable[[Document], list[Fact]] | None = None,
                      min_items: int = MIN_ITEMS, min_chars: int = MIN_CHARS,
                      chunk_size: int | None = None) -> Iterator[ItemResult]:
    """:func:`extract_many`, yielding each result (in input order) as soon as it is ready.

    The caller can write the first documents' facts while the workers extract the next ones.
    """
    items = list(items)
    if extractor is extract_document:
        extractor = None
    opts = _Options(extract=extract, max_bytes=max_bytes, hash_files=hash_files, extractor=extractor)
    workers = default_workers() if workers is None else max(1, int(workers))
    workers = min(workers, len(items)) if items else 1
    if (workers <= 1 or len(items) < min_items or _size(items) < min_chars
            or (extractor is not None and not _picklable(extractor))):
        results = (process_item(_wire(i), opts) for i in items)
    else:
        results = _iter_pool(items, opts, workers, chunk_size)
    for item, res in zip(items, results):
        if isinstance(item, Document):
            res.document = item  # never sent back: the caller's own object
        yield res


def read_many(paths: Iterable[str | os.PathLike], workers: int | None = None, *,
              max_bytes: int = DEFAULT_MAX_BYTES, hash_files: bool = True, **kwargs) -> list[ItemResult]:
    """Read files in parallel without extracting: ``res.document`` (and ``res.sha256``) or ``res.error``."""
    return extract_many(paths, workers, extract=False, max_bytes=max_bytes, hash_files=hash_files, **kwargs)


# --------------------------------------------------------------------------- one item

def process_item(item: str | os.PathLike | Document, opts: _Options) -> ItemResult:
    """Read and/or extract one item, in whichever process runs it; never raises for a bad document."""
    res = ItemResult()
    if isinstance(item, Document):
        doc = item
    else:
        path = Path(item)
        t0 = time.perf_counter()
        if opts.hash_files:
            try:
                res.sha256 = _file_sha256(path)
            except OSError as e:
                return _failed(res, "open", f"cannot open file: {e.strerror or e}")
        try:
            doc = read_document(path, max_bytes=opts.max_bytes)
        except DocumentError as e:
            return _failed(res, "read", e.reason)
        except Exception as e:  # a reader bug on one file must not stop the batch
            return _failed(res, "read", f"reader error: {type(e).__name__}: {e}", unexpected=True)
        finally:
            res.read_seconds = time.perf_counter() - t0
        if not doc.text or not doc.text.strip():
            return _failed(res, "read", "no usable text")
        res.document = doc
    if opts.extract:
        t0 = time.perf_counter()
        try:
            res.facts = (opts.extractor or extract_document)(doc)
        except Exception as e:  # one document's extractor bug must not lose the others' facts
            _failed(res, "extract", f"{type(e).__name__}: {e}", unexpected=True)
        finally:
            res.extract_seconds = time.perf_counter() - t0
    return res


def _failed(res: ItemResult, stage: str, error: str, unexpected: bool = False) -> ItemResult:
    res.stage, res.error, res.unexpected = stage, error, unexpected
    return res


def _file_sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --------------------------------------------------------------------------- the pool

def _wire(item):
    """What a worker receives for an item: a path as str, a Document as is."""
    return item if isinstance(item, Document) else os.fspath(item)


def _run_chunk(chunk: Sequence, opts: _Options) -> list[ItemResult]:
    out = [process_item(item, opts) for item in chunk]
    for item, res in zip(chunk, out):
        if isinstance(item, Document):
            res.document = None  # the caller has it: do not pickle it back
    return out


def _picklable(obj) -> bool:
    try:
        pickle.dumps(obj)
        return True
    except Exception:
        return False


def _size(items: Sequence) -> int:
    """Characters (documents) or bytes (files) of the batch, to decide whether a pool pays off."""
    total = 0
    for item in items:
        if isinstance(item, Document):
            total += len(item.text)
        else:
            try:
                total += os.stat(item).st_size
            except OSError:
                pass
    return total


def _chunks(items: Sequence, workers: int, chunk_size: int | None) -> list[list]:
    size = chunk_size or max(1, min(MAX_CHUNK, len(items) // (workers * 8)))
    return [[_wire(i) for i in items[lo:lo + size]] for lo in range(0, len(items), size)]


def tune_gc() -> None:
    """Garbage-collector settings for an extraction worker (~4% faster extraction).

    Extraction allocates many small short-lived objects (matches, mentions) and keeps no cycles worth
    collecting often: the heap built at import (vocabularies, compiled grammars) is frozen out of the
    collector's scans and the young generation is collected less often."""
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


def _context():
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["newsfacts.batch"])  # import the extractor once, fork workers from it
        return ctx
    return multiprocessing.get_context("spawn")


def _iter_pool(items: Sequence, opts: _Options, workers: int, chunk_size: int | None) -> Iterator[ItemResult]:
    chunks = _chunks(items, workers, chunk_size)
    done = 0
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=tune_gc)
    try:
        try:
            for result in pool.map(_run_chunk, chunks, [opts] * len(chunks)):
                done += 1
                yield from result
        except BrokenProcessPool as e:  # a worker died (killed, out of memory): finish here
            log.warning("worker pool broke after %d of %d chunks (%s); finishing in this process",
                        done, len(chunks), e)
            for chunk in chunks[done:]:
                yield from _run_chunk(chunk, opts)
    finally:  # also when the caller stops early: drop the chunks not started
        pool.shutdown(wait=True, cancel_futures=True)
