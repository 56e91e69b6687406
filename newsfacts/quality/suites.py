"""Expectation suites kept as JSON in ``expectations/<suite>.json`` (cheap to load: no GX import).

Each file is a Great Expectations (GX Core 1.x) suite — ``name``, ``expectations`` (``type``,
``kwargs``, ``meta``), ``meta`` — that ``gx.ExpectationSuite(**json)`` accepts as it is. This
project adds a few keys in the ``meta`` fields:

- suite ``meta``: ``asset`` (the Dagster asset key it checks, "marts/fct_exports"), ``frame`` (the
  DataFrame it is validated on, see :mod:`newsfacts.quality.frames`), ``id_columns`` and
  ``sample_columns`` (what a sample of offending rows shows), ``description``;
- expectation ``meta``: ``check_name`` (the Dagster asset check, unique in the suite),
  ``severity`` ("blocking": a failure stops the refresh before anything is published; "warn": it is
  reported, the refresh goes on) and ``description`` (what it guards against, for humans).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["EXPECTATIONS_DIR", "ExpectationSpec", "Suite", "SuiteError", "load_suite", "load_suites"]

EXPECTATIONS_DIR = Path(__file__).resolve().parents[2] / "expectations"
SEVERITIES = ("blocking", "warn")
_CHECK_NAME = re.compile(r"^[A-Za-z0-9_]+$")


class SuiteError(ValueError):
    """A suite file that does not follow the conventions above."""


@dataclass(frozen=True)
class ExpectationSpec:
    check_name: str
    type: str
    kwargs: dict[str, Any]
    blocking: bool
    description: str
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def severity(self) -> str:
        return "blocking" if self.blocking else "warn"

    @property
    def mostly(self) -> float:
        return float(self.kwargs.get("mostly", 1.0))

    @property
    def columns(self) -> list[str]:
        """The columns the expectation looks at (shown first in a sample of offending rows)."""
        k = self.kwargs
        cols = [k.get("column"), k.get("column_A"), k.get("column_B"), *(k.get("column_list") or [])]
        return [c for c in cols if c]

    def gx_config(self) -> dict[str, Any]:
        return {"type": self.type, "kwargs": dict(self.kwargs), "meta": dict(self.meta)}


@dataclass(frozen=True)
class Suite:
    name: str
    asset: str  # Dagster asset key, "/"-separated
    frame: str
    description: str
    id_columns: tuple[str, ...]
    sample_columns: tuple[str, ...]
    expectations: tuple[ExpectationSpec, ...]
    path: Path | None = None

    @property
    def asset_path(self) -> list[str]:
        return self.asset.split("/")

    def expectation(self, check_name: str) -> ExpectationSpec:
        for e in self.expectations:
            if e.check_name == check_name:
                return e
        raise KeyError(f"suite {self.name} has no expectation {check_name!r}")

    def gx_dict(self, only: set[str] | None = None) -> dict[str, Any]:
        """The suite as GX Core 1.x expects it (``gx.ExpectationSuite(**suite.gx_dict())``)."""
        return {"name": self.name,
                "expectations": [e.gx_config() for e in self.expectations
                                 if only is None or e.check_name in only],
                "meta": {"asset": self.asset, "frame": self.frame}}


def _require(cond: bool, path: Path | str, message: str) -> None:
    if not cond:
        raise SuiteError(f"{path}: {message}")


def parse_suite(data: dict[str, Any], path: Path | str = "<suite>") -> Suite:
    _require(isinstance(data, dict), path, "a suite is a JSON object")
    meta = data.get("meta") or {}
    for key in ("asset", "frame", "description"):
        _require(isinstance(meta.get(key), str) and meta[key], path, f"suite meta.{key} is missing")
    expectations = []
    seen: set[str] = set()
    for i, e in enumerate(data.get("expectations") or []):
        where = f"expectation #{i}"
        m = e.get("meta") or {}
        name = m.get("check_name")
        _require(isinstance(name, str) and bool(_CHECK_NAME.match(name)), path,
                 f"{where}: meta.check_name must be letters, digits and _")
        _require(name not in seen, path, f"{where}: check_name {name!r} is used twice")
        seen.add(name)
        _require(m.get("severity") in SEVERITIES, path, f"{name}: meta.severity must be one of {SEVERITIES}")
        _require(isinstance(m.get("description"), str) and len(m["description"]) > 10, path,
                 f"{name}: meta.description is missing")
        _require(isinstance(e.get("type"), str) and e["type"].startswith("expect_"), path,
                 f"{name}: type must be a GX expectation type")
        expectations.append(ExpectationSpec(check_name=name, type=e["type"], kwargs=dict(e.get("kwargs") or {}),
                                            blocking=m["severity"] == "blocking", description=m["description"],
                                            meta=dict(m)))
    _require(bool(expectations), path, "a suite needs at least one expectation")
    return Suite(name=data.get("name") or Path(str(path)).stem, asset=meta["asset"], frame=meta["frame"],
                 description=meta["description"], id_columns=tuple(meta.get("id_columns") or ()),
                 sample_columns=tuple(meta.get("sample_columns") or ()), expectations=tuple(expectations),
                 path=Path(path) if not isinstance(path, Path) else path)


def load_suite(path: str | Path) -> Suite:
    path = Path(path)
    if not path.suffix:
        path = EXPECTATIONS_DIR / f"{path}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise SuiteError(f"{path}: not valid JSON: {e}") from None
    return parse_suite(data, path)


def load_suites(folder: str | Path = EXPECTATIONS_DIR) -> list[Suite]:
    """Every suite of the folder, by file name; two suites may not check the same asset."""
    suites = [load_suite(p) for p in sorted(Path(folder).glob("*.json"))]
    assets = [s.asset for s in suites]
    dupes = sorted({a for a in assets if assets.count(a) > 1})
    if dupes:
        raise SuiteError(f"{folder}: more than one suite checks {', '.join(dupes)}")
    return suites
