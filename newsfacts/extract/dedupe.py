"""One statement, one row: a value repeated in the same document is one fact.

"$76.7 billion" in prose and "76,692" in the table are the same statement
when entity, metric, period and currency agree and the values are within
rounding of each other; the more precise value is kept and the other row's
missing details (change_pct, rank, source) are merged into it.
"""
from __future__ import annotations

from newsfacts.model import Fact

_REL_TOL = 0.012  # "$76.7 billion" vs 76,692 million


def _entity(f: Fact) -> tuple:
    company = f.company
    if company and company.endswith("(combined)"):
        company = company.split()[0] + " (combined)"  # 'Korean makers' and 'Korean battery makers': one group
    return (f.table, f.exporter, f.destination, f.product, company, f.metric, f.market, f.currency,
            f.period.label() if f.period else None)


def _precision(f: Fact) -> int:
    """More significant digits = more precise; table rows are preferred on ties."""
    digits = len(f"{abs(f.value):.6g}".replace(".", "").rstrip("0"))
    return digits * 2 + (1 if f.evidence.startswith("Table row") else 0)


def _close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= _REL_TOL * max(abs(a), abs(b))


def dedupe(facts: list[Fact]) -> list[Fact]:
    kept: list[Fact] = []
    by_entity: dict[tuple, list[int]] = {}
    for f in facts:
        key = _entity(f)
        slot = None
        for idx in by_entity.get(key, []):
            other = kept[idx]
            tol_ok = _close(other.value, f.value) if f.table != "fct_market_shares" else abs(other.value - f.value) < 0.05
            if tol_ok and (other.flag is None) == (f.flag is None):
                slot = idx
                break
        if slot is None:
            by_entity.setdefault(key, []).append(len(kept))
            kept.append(f)
            continue
        other = kept[slot]
        best, rest = (f, other) if _precision(f) > _precision(other) else (other, f)
        for attr in ("change_pct", "rank", "source_org", "change_pp"):
            if getattr(best, attr) is None and getattr(rest, attr) is not None:
                setattr(best, attr, getattr(rest, attr))
        if best.qualifier == "exact" and rest.qualifier not in ("exact", "approx"):
            best.qualifier = rest.qualifier
        kept[slot] = best
    return _drop_short_names(kept)


def _drop_short_names(facts: list[Fact]) -> list[Fact]:
    """'Samsung India' (headline) and 'Samsung India Electronics' (body) stating the same value: one company,
    written shorter once; the row with the full name stays."""
    def same_statement(a: Fact, b: Fact) -> bool:
        return (a.table, a.metric, a.currency, a.period, a.flag is None) == \
            (b.table, b.metric, b.currency, b.period, b.flag is None) and _close(a.value, b.value)

    companies = [f for f in facts if f.company]
    drop = {id(f) for f in companies for g in companies
            if g.company != f.company and g.company.startswith(f.company + " ") and same_statement(f, g)}
    return [f for f in facts if id(f) not in drop] if drop else facts
