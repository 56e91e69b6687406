"""Writing documents and facts into the `raw` schema of a DuckDB database.

Plain Python + duckdb (no Dagster): the Dagster assets call these functions,
tests call them directly. Every function takes an open connection; the caller
owns it (DuckDB allows one writing process at a time, so keep it short-lived).

Tables (schema ``raw``):

- ``raw.documents``   one row per document_id (good documents; text and articles kept for extraction)
- ``raw.quarantine``  one row per source_uri that could not be used, with the reason
- ``raw.facts``       ONE long table of every fact of every fact table (column ``fact_table``),
                      flagged ones included (``flag`` = reason, null when good)
- ``raw.extractions`` one row per document_id: when it was last extracted and what came out

Incremental refreshes: a file is read again only when its bytes or the reading code changed
(``raw.documents.reader_version``), a document is extracted again only when the extraction code
changed (``raw.extractions.extractor_version``); see :func:`code_version`.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import random
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from newsfacts import fx, ids
from newsfacts.model import Article, Document, Fact

#: How long opening a DuckDB file waits for another process's lock to go (DuckDB allows one writing
#: process per file, and no reader while it writes) before the lock error is raised;
#: NEWSFACTS_LOCK_WAIT_SECONDS overrides it.
LOCK_WAIT_SECONDS = 30.0

RAW_SCHEMA_DDL = """
create schema if not exists raw;

create table if not exists raw.documents (
    document_id   varchar not null,
    source_uri    varchar not null,
    file_name     varchar not null,
    title         varchar,
    published_on  date,
    date_source   varchar,
    encoding      varchar,
    text          varchar not null,
    n_chars       integer not null,
    file_sha256   varchar,
    ingested_at   timestamp not null,
    warnings      varchar[],
    articles      struct("index" integer, title varchar, text varchar)[],
    reader_version varchar
);

create table if not exists raw.quarantine (
    source_uri    varchar not null,
    file_name     varchar not null,
    reason        varchar not null,
    file_sha256   varchar,
    seen_at       timestamp not null
);

create table if not exists raw.facts (
    fact_id       varchar not null,
    document_id   varchar not null,
    fact_table    varchar not null,
    article_index integer,
    article_title varchar,
    exporter      varchar,
    destination   varchar,
    product       varchar,
    company       varchar,
    metric        varchar,
    market        varchar,
    basis         varchar,
    rank          integer,
    period_start  date,
    period_end    date,
    period_grain  varchar,
    value         double,
    currency      varchar,
    value_usd     double,
    change_pct    double,
    change_pp     double,
    qualifier     varchar,
    source_org    varchar,
    evidence      varchar,
    flag          varchar,
    extracted_at  timestamp not null
);

create table if not exists raw.extractions (
    document_id   varchar not null,
    extracted_at  timestamp not null,
    n_facts       integer not null,
    n_flagged     integer not null,
    error         varchar,
    extractor_version varchar
);

-- build databases of earlier versions
alter table raw.documents add column if not exists reader_version varchar;
alter table raw.extractions add column if not exists extractor_version varchar;
"""

DOCUMENT_COLUMNS = ("document_id", "source_uri", "file_name", "title", "published_on", "date_source",
                    "encoding", "text", "n_chars", "file_sha256", "ingested_at", "warnings", "articles",
                    "reader_version")
FACT_COLUMNS = ("fact_id", "document_id", "fact_table", "article_index", "article_title", "exporter",
                "destination", "product", "company", "metric", "market", "basis", "rank", "period_start",
                "period_end", "period_grain", "value", "currency", "value_usd", "change_pct", "change_pp",
                "qualifier", "source_org", "evidence", "flag", "extracted_at")


#: What the reading of a file depends on, and what the extraction of a document depends on (paths in
#: the newsfacts package; the extraction: everything but these exclusions).
READER_CODE = ("reading", "model.py", "ids.py")
EXTRACTOR_CODE_EXCLUDED = ("quality", "evaluation.py", "batch.py", "__pycache__")


@functools.lru_cache(maxsize=None)
def code_version(what: str) -> str:
    """A fingerprint of the code that reads files (``"reader"``) or extracts facts (``"extractor"``).

    Incremental refreshes key their work on it: a new reader or extractor (any change of its source
    files or vocabularies) reads or extracts everything once again, so the warehouse never keeps facts
    of an older extractor; unchanged code never repeats work.
    """
    root = Path(__file__).resolve().parent
    if what == "reader":
        tops = [root / p for p in READER_CODE]
    elif what == "extractor":
        tops = [p for p in root.iterdir() if p.name not in EXTRACTOR_CODE_EXCLUDED]
    else:
        raise ValueError(what)
    files = sorted(f for top in tops for f in ([top] if top.is_file() else top.rglob("*"))
                   if f.is_file() and f.suffix in (".py", ".csv", ".json", ".txt", ".yml", ".yaml")
                   and "__pycache__" not in f.parts)
    h = hashlib.sha256()
    for f in files:
        h.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def utc_now() -> dt.datetime:
    """Timestamps are stored as naive UTC (DuckDB ``timestamp``)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def connect(path: str | os.PathLike, *, read_only: bool = False,
            lock_wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open (creating its folder if needed) a DuckDB database file.

    Another process holding the file's lock (a writer, or a reader while we want to write) is waited
    for, with exponential backoff, up to ``lock_wait`` seconds (default :data:`LOCK_WAIT_SECONDS`);
    then the lock error is raised (a Dagster step then retries it, see orchestration/defs/resources.py).
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    return retry_on_lock(lambda: duckdb.connect(str(path), read_only=read_only), lock_wait)


def is_lock_error(error: BaseException | str) -> bool:
    """Whether an error (or a message) is DuckDB's "another process holds this file" lock error."""
    text = str(error)
    return "Could not set lock on file" in text or "Conflicting lock is held" in text


def retry_on_lock(fn: Callable[[], object], lock_wait: float | None = None):
    """Call ``fn`` until it does not raise a DuckDB lock error, backing off exponentially (with jitter)
    for at most ``lock_wait`` seconds; other errors are raised at once."""
    wait = lock_wait if lock_wait is not None else float(
        os.environ.get("NEWSFACTS_LOCK_WAIT_SECONDS") or LOCK_WAIT_SECONDS)
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            return fn()
        except duckdb.Error as e:
            if not is_lock_error(e) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay * random.uniform(0.5, 1.5))
        delay = min(delay * 2, 2.0)


def ensure_raw_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(RAW_SCHEMA_DDL)


def file_sha256(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --------------------------------------------------------------------------- documents

def document_row(doc: Document, *, sha256: str | None = None,
                 ingested_at: dt.datetime | None = None) -> dict:
    """The raw.documents row of a read document."""
    return {
        "document_id": ids.document_id(doc.text),
        "source_uri": doc.source_uri,
        "file_name": os.path.basename(str(doc.source_uri).rstrip("/")),
        "title": doc.title,
        "published_on": doc.published_on,
        "date_source": doc.date_source,
        "encoding": doc.encoding,
        "text": doc.text,
        "n_chars": len(doc.text),
        "file_sha256": sha256,
        "ingested_at": ingested_at or utc_now(),
        "warnings": list(doc.warnings or []),
        "articles": [{"index": a.index, "title": a.title, "text": a.text} for a in doc.articles],
        "reader_version": code_version("reader"),
    }


@dataclass
class IngestOutcome:
    """What happened to one batch of rows handed to :func:`upsert_documents`."""

    inserted: list[str]          # document_ids new to the database
    updated: list[str]           # document_ids already present (same source) whose row was refreshed
    duplicates: list[tuple[str, str]]  # (source_uri, reason) of rows not stored: same content as another document
    superseded: list[str]        # document_ids removed (with their facts): their file now reads differently


def upsert_documents(con: duckdb.DuckDBPyConnection, rows: Sequence[dict]) -> IngestOutcome:
    """Store documents, never twice: one row per document_id.

    - a document_id seen earlier in the same batch, or already stored from another file, is a
      duplicate: not stored, reported in ``duplicates`` (the caller quarantines it);
    - a document_id already stored from the same source_uri is re-read: its reader-derived columns are
      refreshed, its ``ingested_at`` is kept (so re-runs give the same dim_documents);
    - a new document_id from a source_uri stored under another id (the file was edited, or the reader
      now cleans it differently) supersedes the old document: its row, facts and extraction log go.
    """
    stored = con.execute("select document_id, source_uri from raw.documents").fetchall()
    existing = dict(stored)
    ids_of_uri: dict[str, set[str]] = {}
    for doc_id, uri in stored:
        ids_of_uri.setdefault(uri, set()).add(doc_id)
    first_in_batch: dict[str, str] = {}
    fresh: list[dict] = []
    inserted, updated, duplicates, superseded = [], [], [], []
    for row in rows:
        doc_id, uri = row["document_id"], row["source_uri"]
        if doc_id in first_in_batch:
            duplicates.append((uri, f"duplicate of {os.path.basename(first_in_batch[doc_id])} (same content)"))
            continue
        if doc_id in existing and existing[doc_id] != uri:
            duplicates.append((uri, f"duplicate of already ingested {os.path.basename(existing[doc_id])} "
                                    "(same content)"))
            continue
        first_in_batch[doc_id] = uri
        (updated if doc_id in existing else inserted).append(doc_id)
        superseded += sorted(ids_of_uri.get(uri, set()) - {doc_id})
        fresh.append(row)
    if not fresh:
        return IngestOutcome(inserted, updated, duplicates, superseded)
    con.execute("begin")
    try:
        if superseded:
            for table in ("raw.documents", "raw.facts", "raw.extractions"):
                con.execute(f"delete from {table} where list_contains(?, document_id)", [superseded])
        if updated:
            kept = dict(con.execute(
                "select document_id, ingested_at from raw.documents where list_contains(?, document_id)",
                [updated]).fetchall())
            for row in fresh:
                if row["document_id"] in kept:
                    row["ingested_at"] = kept[row["document_id"]]
            con.execute("delete from raw.documents where list_contains(?, document_id)", [updated])
        _insert(con, "raw.documents", DOCUMENT_COLUMNS, fresh)
        # A file that reads well now leaves the quarantine.
        con.execute("delete from raw.quarantine where list_contains(?, source_uri)",
                    [[r["source_uri"] for r in fresh]])
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return IngestOutcome(inserted, updated, duplicates, superseded)


def record_quarantine(con: duckdb.DuckDBPyConnection, source_uri: str, reason: str, *,
                      sha256: str | None = None, seen_at: dt.datetime | None = None) -> None:
    """Set a file aside with its reason: one row per source_uri (the latest reason)."""
    con.execute("begin")
    try:
        con.execute("delete from raw.quarantine where source_uri = ?", [source_uri])
        con.execute("insert into raw.quarantine (source_uri, file_name, reason, file_sha256, seen_at) "
                    "values (?, ?, ?, ?, ?)",
                    [source_uri, os.path.basename(source_uri.rstrip("/")), reason, sha256,
                     seen_at or utc_now()])
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def load_documents(con: duckdb.DuckDBPyConnection,
                   document_ids: Iterable[str] | None = None) -> list[tuple[str, Document]]:
    """(document_id, Document) of stored documents (all of them, or those listed), by document_id."""
    sql = ("select document_id, source_uri, text, title, published_on, date_source, encoding, articles, "
           "warnings from raw.documents")
    params: list = []
    if document_ids is not None:
        sql += " where list_contains(?, document_id)"
        params.append(list(document_ids))
    out = []
    for doc_id, uri, text, title, published_on, date_source, encoding, articles, warnings in \
            con.execute(sql + " order by document_id", params).fetchall():
        out.append((doc_id, Document(
            source_uri=uri, text=text, title=title, published_on=published_on, date_source=date_source,
            encoding=encoding,
            articles=[Article(a["index"], a["title"], a["text"]) for a in (articles or [])],
            warnings=list(warnings or []))))
    return out


def ingested_files(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """{source_uri: file_sha256} of the stored documents read by the current reading code: a file with
    the same path and bytes is already ingested, and incremental runs do not read it again."""
    return dict(con.execute(
        "select source_uri, file_sha256 from raw.documents where file_sha256 is not null "
        "and reader_version = ?", [code_version("reader")]).fetchall())


def documents_to_extract(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Ids of the stored documents without a successful extraction by the current extraction code: new
    ones (an incremental run extracts only these), those whose last extraction failed (tried again),
    and all of them once the extraction code changed."""
    return [r[0] for r in con.execute(
        "select d.document_id from raw.documents d "
        "left join raw.extractions e on e.document_id = d.document_id and e.error is null "
        "and e.extractor_version = ? where e.document_id is null order by 1",
        [code_version("extractor")]).fetchall()]


@dataclass
class PurgeOutcome:
    """What :func:`purge_missing` removed."""

    documents: list[tuple[str, str]]  # (document_id, source_uri) removed with their facts
    quarantined: list[str]            # source_uris removed from the quarantine


def purge_missing(con: duckdb.DuckDBPyConnection, present_uris: Iterable[str]) -> PurgeOutcome:
    """Delete the documents (with their facts and extraction log) and quarantine rows whose file is
    not among ``present_uris`` any more. Only an explicit purge calls this: by default a file that
    left the landing folder keeps its facts."""
    present = sorted(set(present_uris))
    gone = con.execute("select document_id, source_uri from raw.documents "
                       "where not list_contains(?, source_uri) order by source_uri", [present]).fetchall()
    quarantined = [r[0] for r in con.execute(
        "select source_uri from raw.quarantine where not list_contains(?, source_uri) order by 1",
        [present]).fetchall()]
    ids = [doc_id for doc_id, _ in gone]
    con.execute("begin")
    try:
        if ids:
            for table in ("raw.facts", "raw.extractions", "raw.documents"):
                con.execute(f"delete from {table} where list_contains(?, document_id)", [ids])
        if quarantined:
            con.execute("delete from raw.quarantine where list_contains(?, source_uri)", [quarantined])
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return PurgeOutcome([(d, u) for d, u in gone], quarantined)


# --------------------------------------------------------------------------- facts

def fact_row(document_id: str, fact: Fact, *, extracted_at: dt.datetime) -> dict:
    """The raw.facts row of one fact (value_usd computed here, for money facts with a period)."""
    p = fact.period
    start, end = (p.start, p.end) if p else (None, None)
    money = fact.table in ("fct_exports", "fct_revenues")
    return {
        "fact_id": ids.fact_id(document_id, fact),
        "document_id": document_id,
        "fact_table": fact.table,
        "article_index": fact.article_index,
        "article_title": fact.article_title,
        "exporter": fact.exporter,
        "destination": fact.destination,
        "product": fact.product,
        "company": fact.company,
        "metric": fact.metric,
        "market": fact.market,
        "basis": fact.basis,
        "rank": fact.rank,
        "period_start": start,
        "period_end": end,
        "period_grain": p.grain if p else None,
        "value": fact.value,
        "currency": fact.currency,
        "value_usd": fx.to_usd(fact.value, fact.currency, start, end) if money and p else None,
        "change_pct": fact.change_pct,
        "change_pp": fact.change_pp,
        "qualifier": fact.qualifier,
        "source_org": fact.source_org,
        "evidence": fact.evidence,
        "flag": fact.flag,
        "extracted_at": extracted_at,
    }


def fact_rows(document_id: str, facts: Iterable[Fact], *,
              extracted_at: dt.datetime | None = None) -> list[dict]:
    """Rows of a document's facts; one statement, one row (the first of equal fact_ids wins)."""
    extracted_at = extracted_at or utc_now()
    rows: dict[str, dict] = {}
    for fact in facts:
        row = fact_row(document_id, fact, extracted_at=extracted_at)
        rows.setdefault(row["fact_id"], row)
    return list(rows.values())


def replace_facts(con: duckdb.DuckDBPyConnection, document_id: str, rows: Sequence[dict], *,
                  extracted_at: dt.datetime | None = None) -> None:
    """Replace every fact of one document (idempotent re-extraction) and log the extraction: a
    :func:`replace_facts_many` of one document."""
    replace_facts_many(con, [(document_id, rows)], extracted_at=extracted_at)


def replace_facts_many(con: duckdb.DuckDBPyConnection, batch: Iterable[tuple[str, Sequence[dict]]], *,
                       extracted_at: dt.datetime | None = None) -> None:
    """Replace every fact of many documents and log their extractions, in ONE transaction.

    ``batch`` is ``(document_id, rows)`` pairs (rows as :func:`fact_rows` makes them; an empty list
    stores a document without facts). One delete of those documents' facts, one insert of all the
    rows, one delete and one insert into raw.extractions (``n_facts``, ``n_flagged``, no error, the
    current extractor version, ``extracted_at``). On any error everything is rolled back: the
    documents keep the facts and log they had. A document listed twice keeps its last rows, as
    successive :func:`replace_facts` calls would. Batches of hundreds of documents store facts about
    100× faster than a transaction per document (``bench/db_writes.py``).
    """
    by_doc: dict[str, Sequence[dict]] = {}
    for document_id, rows in batch:
        by_doc.pop(document_id, None)  # the last pair of a document wins, in its place in the order
        by_doc[document_id] = rows
    if not by_doc:
        return
    for document_id, rows in by_doc.items():
        for r in rows:
            if r["document_id"] != document_id:  # it would escape the next replacement's delete
                raise ValueError(f"a fact row of document {r['document_id']!r} given for {document_id!r}")
    extracted_at = extracted_at or utc_now()
    document_ids = list(by_doc)
    con.execute("begin")
    try:
        con.execute("delete from raw.facts where list_contains(?, document_id)", [document_ids])
        _insert(con, "raw.facts", FACT_COLUMNS, [r for rows in by_doc.values() for r in rows])
        con.execute("delete from raw.extractions where list_contains(?, document_id)", [document_ids])
        # one statement for the whole log: the lists are unnested side by side, one row per document
        con.execute("insert into raw.extractions (document_id, extracted_at, n_facts, n_flagged, error, "
                    "extractor_version) select unnest(?::varchar[]), ?, unnest(?::integer[]), "
                    "unnest(?::integer[]), null, ?",
                    [document_ids, extracted_at, [len(rows) for rows in by_doc.values()],
                     [sum(1 for r in rows if r["flag"] is not None) for rows in by_doc.values()],
                     code_version("extractor")])
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def record_extraction_error(con: duckdb.DuckDBPyConnection, document_id: str, error: str) -> None:
    """Log a failed extraction; the document's earlier facts (if any) stay as they were."""
    con.execute("begin")
    try:
        _log_extraction(con, document_id, utc_now(), 0, 0, error)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def _log_extraction(con, document_id, extracted_at, n_facts, n_flagged, error) -> None:
    con.execute("delete from raw.extractions where document_id = ?", [document_id])
    con.execute("insert into raw.extractions (document_id, extracted_at, n_facts, n_flagged, error, "
                "extractor_version) values (?, ?, ?, ?, ?, ?)",
                [document_id, extracted_at, n_facts, n_flagged, error, code_version("extractor")])


# --------------------------------------------------------------------------- publishing

#: DuckDB storage format of the published warehouse: readable by DuckDB >= 1.0 (and 0.10.x), so the
#: older drivers bundled in BI tools can open it. The build database uses the library's default.
PUBLISH_STORAGE_VERSION = "v1.0.0"


def publish_schema(build_db: str | os.PathLike, warehouse: str | os.PathLike, *, schema: str = "marts",
                   storage_version: str = PUBLISH_STORAGE_VERSION) -> dict[str, int]:
    """Copy every table of ``schema`` from the build database into a new file and swap it in.

    The new file is written next to ``warehouse`` (same file system) and moved over it with one
    ``os.replace``: readers that hold the old file open keep reading it, new readers see the new one,
    nobody ever sees a half-written warehouse. Returns the row count of every published table.
    """
    build_db, warehouse = Path(build_db), Path(warehouse)
    if not build_db.exists():
        raise FileNotFoundError(f"build database {build_db} does not exist")
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{warehouse.name}.", suffix=".publishing", dir=warehouse.parent)
    os.close(fd)
    os.unlink(tmp_name)  # DuckDB creates the file itself
    tmp = Path(tmp_name)
    counts: dict[str, int] = {}
    try:
        con = duckdb.connect()
        try:
            retry_on_lock(lambda: con.execute(f"attach {_sql_str(build_db)} as build (read_only)"))
            con.execute(f"attach {_sql_str(tmp)} as publish (storage_version {_sql_str(storage_version)})")
            tables = [r[0] for r in con.execute(
                "select table_name from information_schema.tables where table_catalog = 'build' "
                "and table_schema = ? and table_type = 'BASE TABLE' order by 1", [schema]).fetchall()]
            if not tables:
                raise ValueError(f"build database {build_db} has no table in schema {schema!r}")
            con.execute(f'create schema publish."{schema}"')
            for t in tables:
                con.execute(f'create table publish."{schema}"."{t}" as select * from build."{schema}"."{t}"')
                counts[t] = con.execute(f'select count(*) from publish."{schema}"."{t}"').fetchone()[0]
            con.execute("detach publish")  # checkpoints: the file is complete, no WAL left
        finally:
            con.close()
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        wal = warehouse.with_name(warehouse.name + ".wal")
        if wal.exists():  # a WAL of a file we replace would be replayed against the new file
            wal.unlink()
        os.replace(tmp, warehouse)
        _fsync_dir(warehouse.parent)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            if leftover.exists():
                leftover.unlink()
        raise
    return counts


def _sql_str(value: object) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- helpers

def table_counts(con: duckdb.DuckDBPyConnection, schema: str) -> dict[str, int]:
    """Row count of every table of a schema."""
    names = [r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema = ? "
        "and table_type = 'BASE TABLE' and table_catalog = current_database() order by 1",
        [schema]).fetchall()]
    return {n: con.execute(f'select count(*) from "{schema}"."{n}"').fetchone()[0] for n in names}


def preview_markdown(con: duckdb.DuckDBPyConnection, relation: str, *, limit: int = 5,
                     max_chars: int = 48, columns: Sequence[str] | None = None,
                     order_by: str | None = None) -> str:
    """The first rows of a table as a small Markdown table (metadata shown in the Dagster UI)."""
    cols = ", ".join(f'"{c}"' for c in columns) if columns else "*"
    order = f" order by {order_by}" if order_by else ""
    cur = con.execute(f"select {cols} from {relation}{order} limit {int(limit)}")
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()

    def cell(value: object) -> str:
        text = "" if value is None else " ".join(str(value).split())
        if len(text) > max_chars:
            text = text[: max_chars - 1] + "…"
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    if not rows:
        lines.append("| " + " | ".join("" for _ in names) + " |")
    return "\n".join(lines)


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: Sequence[dict]) -> None:
    if not rows:
        return
    frame = pd.DataFrame.from_records([{c: r.get(c) for c in columns} for r in rows], columns=list(columns))
    con.register("_newsfacts_rows", frame)
    try:
        cols = ", ".join(f'"{c}"' for c in columns)
        con.execute(f"insert into {table} ({cols}) select {cols} from _newsfacts_rows")
    finally:
        con.unregister("_newsfacts_rows")
