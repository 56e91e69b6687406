"""Ingest: every file of the landing folder -> raw.documents, or raw.quarantine with a reason."""

import os
from contextlib import closing
from pathlib import Path

import dagster as dg

from newsfacts import loading
from newsfacts.batch import read_many
from orchestration.defs.resources import WRITER_RETRY_POLICY, NewsfactsSettings
from orchestration.settings import DUCKDB_WRITER_POOL


def landing_files(folder: Path) -> list[Path]:
    """The files a run ingests: every regular, non-hidden file directly in the folder, sorted by name."""
    return sorted((p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")),
                  key=lambda p: p.name)


def prepare_build_folder(build_db: Path) -> None:
    """Create the build database's folder; the default one (.newsfacts) keeps itself out of git."""
    build_db.parent.mkdir(parents=True, exist_ok=True)
    ignore = build_db.parent / ".gitignore"
    if build_db.parent.name == ".newsfacts" and not ignore.exists():
        ignore.write_text("# build databases of newsfacts runs (see orchestration/settings.py)\n*\n")


def remove_database(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        if p.exists():
            p.unlink()


@dg.asset(
    group_name="ingest",
    pool=DUCKDB_WRITER_POOL,
    retry_policy=WRITER_RETRY_POLICY,
    kinds={"python", "duckdb"},
    owners=["team:data-platform"],
    description="Every file of the landing folder, read and cleaned (newsfacts.reading). Good documents "
                "land in raw.documents (one row per content id); unusable files go to raw.quarantine "
                "with the reason and the batch goes on. Written to the build database. Incremental: a "
                "file whose path and bytes are already stored is not read again (files_unchanged).",
    metadata={"dagster/table_name": "raw.documents"},
)
def raw_documents(context: dg.AssetExecutionContext, newsfacts: NewsfactsSettings) -> dg.MaterializeResult:
    landing = newsfacts.landing_path()
    if not landing.is_dir():
        raise dg.Failure(f"landing folder {landing} does not exist or is not a folder", allow_retries=False)
    build_db = newsfacts.build_db_path()
    prepare_build_folder(build_db)
    if newsfacts.full_refresh:
        context.log.info(f"full refresh: starting from an empty build database {build_db}")
        remove_database(build_db)

    files = landing_files(landing)
    # Incremental: a file already stored under this path with the same bytes is not read again.
    with closing(loading.connect(build_db)) as con:
        loading.ensure_raw_schema(con)
        known = loading.ingested_files(con)
    unchanged = {p for p in files if str(p) in known and _sha256_or_none(p) == known[str(p)]}
    context.log.info(f"{len(files)} file(s) in {landing}, {len(unchanged)} already ingested")
    to_read = [p for p in files if p not in unchanged]
    now = loading.utc_now()
    rows: list[dict] = []
    quarantined: list[tuple[str, str, str | None]] = []  # (source_uri, reason, sha256)
    # Files are hashed and read in a process pool (all cores; no DuckDB in the workers). A file that
    # cannot be opened, is unusable (DocumentError, no usable text) or trips a reader bug comes back
    # with the quarantine reason; the batch goes on.
    for path, res in zip(to_read, read_many(to_read, max_bytes=newsfacts.max_bytes())):
        uri = str(path)
        if res.error:
            if res.unexpected:  # a reader bug: set the file aside, loudly
                context.log.warning(f"reading {path.name} raised {res.error.removeprefix('reader error: ')}")
            quarantined.append((uri, res.error, res.sha256))
            continue
        doc = res.document
        doc.source_uri = uri
        rows.append(loading.document_row(doc, sha256=res.sha256, ingested_at=now))

    with closing(loading.connect(build_db)) as con:
        loading.ensure_raw_schema(con)
        purged = loading.purge_missing(con, map(str, files)) if newsfacts.purge_missing else None
        outcome = loading.upsert_documents(con, rows)
        shas = {r["source_uri"]: r["file_sha256"] for r in rows}
        quarantined += [(uri, reason, shas.get(uri)) for uri, reason in outcome.duplicates]
        for uri, reason, sha in quarantined:
            loading.record_quarantine(con, uri, reason, sha256=sha, seen_at=now)
        n_stored = con.execute("select count(*) from raw.documents").fetchone()[0]
        n_quarantine = con.execute("select count(*) from raw.quarantine").fetchone()[0]
        preview = loading.preview_markdown(
            con, "raw.documents", columns=("file_name", "title", "published_on", "n_chars", "ingested_at"),
            order_by="ingested_at desc, file_name")

    for uri, reason, _ in quarantined:
        context.log.warning(f"quarantined {os.path.basename(uri)}: {reason}")
    return dg.MaterializeResult(metadata={
        "landing_dir": dg.MetadataValue.path(str(landing)),
        "build_db": dg.MetadataValue.path(str(build_db)),
        "files_seen": len(files),
        "files_unchanged": len(unchanged),
        "documents_read": len(rows) - len(outcome.duplicates),
        "documents_new": len(outcome.inserted),
        "documents_superseded": len(outcome.superseded),
        "documents_quarantined": len(quarantined),
        "quarantined": dg.MetadataValue.json(
            [{"file": os.path.basename(u), "source_uri": u, "reason": r} for u, r, _ in quarantined]),
        "dagster/row_count": n_stored,
        "quarantine_rows": n_quarantine,
        "preview": dg.MetadataValue.md(preview),
        **({"documents_purged": dg.MetadataValue.json([u for _, u in purged.documents])} if purged else {}),
    })


def _sha256_or_none(path: Path) -> str | None:
    try:
        return loading.file_sha256(path)
    except OSError:
        return None


defs = dg.Definitions(assets=[raw_documents])
