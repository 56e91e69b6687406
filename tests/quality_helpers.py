"""Small, real datasets for the quality tests: raw rows, the marts dbt would make of them, a DuckDB with both."""
from __future__ import annotations

import datetime as dt
import re

import duckdb
import pandas as pd

from newsfacts import loading

D = dt.date
CATHODE = ("According to data from the Korea International Trade Association (KITA), the value of cathode materials "
           "exported to the U.S. from January to July reached $1.83 billion, a significant increase of 177.8% "
           "compared to $661 million in the previous year.")


def doc(document_id, name, published_on, text="Exports rose. " * 5):
    return {"document_id": document_id, "source_uri": f"/landing/{name}", "file_name": name, "title": name,
            "published_on": published_on, "date_source": "date line", "encoding": "utf-8", "text": text,
            "n_chars": len(text), "file_sha256": None, "ingested_at": dt.datetime(2026, 1, 1), "warnings": [],
            "articles": []}


def fact(fact_id, document_id, table, value, start, end, evidence, **kw):
    row = {c: None for c in loading.FACT_COLUMNS}
    row.update(fact_id=fact_id, document_id=document_id, fact_table=table, value=value, period_start=start,
               period_end=end, period_grain=kw.pop("grain", "year"), evidence=evidence, qualifier="exact",
               article_index=0, extracted_at=dt.datetime(2026, 1, 1))
    row.update(kw)
    return row


def good_data() -> dict[str, list[dict]]:
    docs = [doc("d1", "cathode.txt", D(2023, 8, 7)), doc("d2", "memory.txt", D(2025, 5, 2))]
    facts = [
        fact("f1", "d1", "fct_exports", 1.83e9, D(2023, 1, 1), D(2023, 7, 31), CATHODE, grain="range",
             currency="USD", value_usd=1.83e9, change_pct=177.8, exporter="KR", destination="US",
             product="cathode materials"),
        fact("f2", "d1", "fct_exports", 661e6, D(2022, 1, 1), D(2022, 7, 31), CATHODE, grain="range",
             currency="USD", value_usd=661e6, exporter="KR", destination="US", product="cathode materials"),
        fact("f3", "d2", "fct_revenues", 66.19e12, D(2024, 1, 1), D(2024, 12, 31),
             "SK hynix posted revenue of 66.19 trillion won last year.", currency="KRW", value_usd=48.5e9,
             company="SK hynix", metric="revenue"),
        fact("f4", "d2", "fct_market_shares", 36.0, D(2025, 1, 1), D(2025, 3, 31),
             "SK hynix led the DRAM market with a 36% share.", grain="quarter", company="SK hynix", market="dram",
             basis="revenue", rank=1),
        fact("f5", "d2", "fct_market_shares", 34.0, D(2025, 1, 1), D(2025, 3, 31),
             "Samsung Electronics followed with 34%.", grain="quarter", company="Samsung Electronics",
             market="dram", basis="revenue", rank=2),
        fact("f6", "d2", "fct_revenues", 20.51, D(2024, 1, 1), D(2024, 12, 31), "Apple | 20,51 |", currency="USD",
             company="Apple", metric="revenue", flag="table row does not add up: 20,51 vs 90,75"),
    ]
    quarantine = [{"source_uri": "/landing/empty.txt", "file_name": "empty.txt", "reason": "empty file (0 bytes)",
                   "file_sha256": None, "seen_at": dt.datetime(2026, 1, 1)}]
    return {"documents": docs, "facts": facts, "quarantine": quarantine}


MART_COLUMNS = {
    "dim_documents": ["document_id", "source_uri", "title", "published_on", "ingested_at"],
    "fct_exports": ["fact_id", "document_id", "exporter", "destination", "product", "period_start", "period_end",
                    "period_grain", "value", "currency", "value_usd", "change_pct", "qualifier", "source_org",
                    "evidence"],
    "fct_revenues": ["fact_id", "document_id", "company", "metric", "period_start", "period_end", "period_grain",
                     "value", "currency", "value_usd", "change_pct", "qualifier", "source_org", "evidence"],
    "fct_market_shares": ["fact_id", "document_id", "company", "market", "basis", "rank", "period_start",
                          "period_end", "period_grain", "share_pct", "change_pp", "qualifier", "source_org",
                          "evidence"],
    "flagged_facts": ["fact_id", "document_id", "fact_table", "reason", "company", "value", "currency", "evidence"],
    "quarantined_documents": ["source_uri", "file_name", "reason", "seen_at"],
}


def marts_of(data: dict) -> dict[str, list[dict]]:
    """What the dbt models make of the raw rows (the same rules, in Python)."""
    good = [f for f in data["facts"] if f["flag"] is None and f["period_start"] and f["period_end"]]
    out = {"dim_documents": [dict(d) for d in data["documents"]],
           "flagged_facts": [dict(f, reason=f["flag"]) for f in data["facts"] if f["flag"] is not None],
           "quarantined_documents": [dict(q) for q in data["quarantine"]]}
    for table in ("fct_exports", "fct_revenues"):
        out[table] = [dict(f) for f in good if f["fact_table"] == table]
    out["fct_market_shares"] = [dict(f, share_pct=f["value"]) for f in good if f["fact_table"] == "fct_market_shares"]
    return out


def write_raw(con: duckdb.DuckDBPyConnection, data: dict, *, nullable: bool = False) -> None:
    """The raw schema of the pipeline (loading.RAW_SCHEMA_DDL; without NOT NULL if ``nullable``) and the rows."""
    ddl = loading.RAW_SCHEMA_DDL
    if nullable:  # lets a fixture hold the nulls the pipeline's raw tables refuse, to reach dbt's not_null tests
        ddl = re.sub(r"\s+not null", "", ddl, flags=re.IGNORECASE)
    con.execute(ddl)
    loading._insert(con, "raw.documents", loading.DOCUMENT_COLUMNS, data["documents"])
    loading._insert(con, "raw.facts", loading.FACT_COLUMNS, data["facts"])
    loading._insert(con, "raw.quarantine", ("source_uri", "file_name", "reason", "file_sha256", "seen_at"),
                    data["quarantine"])


def build_db(data: dict, marts: dict) -> duckdb.DuckDBPyConnection:
    """An in-memory build database holding the raw rows and the given marts."""
    con = duckdb.connect()
    write_raw(con, data)
    con.execute("create schema marts")
    for table, columns in MART_COLUMNS.items():
        frame = pd.DataFrame.from_records([{c: r.get(c) for c in columns} for r in marts[table]], columns=columns)
        for c in columns:  # empty or all-null columns get the contract's type, not NULL
            if c in ("published_on", "period_start", "period_end"):
                frame[c] = pd.to_datetime(frame[c]).dt.date
            elif c in ("value", "value_usd", "change_pct", "share_pct", "change_pp"):
                frame[c] = frame[c].astype("float64")
        con.register("_rows", frame)
        casts = ", ".join(
            f'cast("{c}" as {"date" if c in ("published_on", "period_start", "period_end") else "double" if c in ("value", "value_usd", "change_pct", "share_pct", "change_pp") else "integer" if c == "rank" else "timestamp" if c in ("ingested_at", "seen_at") else "varchar"}) as "{c}"'
            for c in columns)
        con.execute(f"create table marts.{table} as select {casts} from _rows")
        con.unregister("_rows")
    return con


