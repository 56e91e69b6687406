"""Quality gates: every expectation of expectations/*.json as its own Dagster asset check.

The suites are read from JSON when the definitions load (cheap); Great Expectations is imported
only when a check runs (newsfacts.quality.runner). One check op per stage validates the suites of
that stage on the build database:

- ``raw_documents_expectations`` after ``raw_documents``, ``raw_facts_expectations`` after
  ``raw_facts``: a failed blocking check stops the run before dbt;
- ``mart_expectations`` after the dbt build: a failed blocking check stops the run before
  ``published_warehouse``, so the published warehouse stays exactly as it was.

Blocking expectations (meta.severity = "blocking") are ``blocking=True`` checks that fail with
severity ERROR; the others fail with WARN and never stop a run. Each result carries the number of
offending rows and a sample of them.
"""

from contextlib import closing

import dagster as dg

from newsfacts import loading
from newsfacts.quality.frames import load_frame
from newsfacts.quality.runner import CheckOutcome, validate
from newsfacts.quality.suites import Suite, load_suites
from orchestration.defs.resources import NewsfactsSettings
from orchestration.settings import DUCKDB_WRITER_POOL

SUITES: dict[str, Suite] = {s.name: s for s in load_suites()}

#: Which suites each check op validates, in order (one op per pipeline stage).
STAGES: dict[str, list[str]] = {
    "raw_documents_expectations": ["raw_documents"],
    "raw_facts_expectations": ["raw_facts"],
    "mart_expectations": sorted(n for n, s in SUITES.items() if s.asset.startswith("marts/")),
}
_unstaged = set(SUITES) - {n for names in STAGES.values() for n in names}
if _unstaged:
    raise dg.DagsterInvariantViolationError(f"expectation suites without a check op: {sorted(_unstaged)}")


def check_specs(suite: Suite) -> list[dg.AssetCheckSpec]:
    return [dg.AssetCheckSpec(
        name=e.check_name,
        asset=dg.AssetKey(suite.asset_path),
        description=f"[{'blocking' if e.blocking else 'warn'}] {e.description}",
        blocking=e.blocking,
        metadata={
            "great_expectations/suite": suite.name,
            "great_expectations/expectation": e.type,
            "great_expectations/kwargs": dg.MetadataValue.json(
                {k: v for k, v in e.kwargs.items() if not (isinstance(v, list) and len(v) > 20)}),
            "severity_when_failing": "ERROR (blocks publishing)" if e.blocking else "WARN",
        },
    ) for e in suite.expectations]


def result_of(outcome: CheckOutcome) -> dg.AssetCheckResult:
    metadata: dict = {
        "unexpected_count": outcome.unexpected_count,
        "expectation": outcome.expectation_type,
        "description": outcome.description,
    }
    if outcome.element_count is not None:
        metadata["element_count"] = outcome.element_count
    if outcome.unexpected_percent is not None:
        metadata["unexpected_percent"] = float(outcome.unexpected_percent)
    if outcome.observed_value is not None:
        metadata["observed_value"] = dg.MetadataValue.json({"value": outcome.observed_value})
    if outcome.sample:
        metadata["offending_rows"] = dg.MetadataValue.json(outcome.sample)
    if outcome.error:
        metadata["error"] = outcome.error
    if not outcome.passed:
        metadata["message"] = _message(outcome)
    return dg.AssetCheckResult(
        asset_key=dg.AssetKey(outcome.asset.split("/")), check_name=outcome.check_name, passed=outcome.passed,
        severity=dg.AssetCheckSeverity.ERROR if outcome.severity == "ERROR" else dg.AssetCheckSeverity.WARN,
        metadata=metadata)


def _message(o: CheckOutcome) -> str:
    """One line for logs and the CLI summary: how many rows, an example, what the rule is."""
    if o.error:
        return f"could not be evaluated: {o.error}"
    parts = []
    if o.element_count is not None:
        parts.append(f"{o.unexpected_count} offending row(s) of {o.element_count}"
                     + (" (within the tolerance: warning only)" if o.gx_success else ""))
    else:
        parts.append(f"observed {o.observed_value!r}")
    if o.sample:
        shown = [(k, v) for k, v in o.sample[0].items() if v is not None][:8]
        parts.append("e.g. " + ", ".join(f"{k}={v!r}" for k, v in shown))
    parts.append(o.description.split(":")[0].rstrip("."))
    return "; ".join(parts)


def _failed_everywhere(suite: Suite, names: set[str], error: str) -> list[CheckOutcome]:
    return [CheckOutcome(suite=suite.name, asset=suite.asset, check_name=e.check_name, expectation_type=e.type,
                         description=e.description, blocking=e.blocking, passed=False,
                         severity="ERROR" if e.blocking else "WARN", gx_success=False, error=error)
            for e in suite.expectations if e.check_name in names]


def run_suites(context: dg.AssetCheckExecutionContext, newsfacts: NewsfactsSettings, suite_names: list[str]):
    selected = context.selected_asset_check_keys
    build_db = newsfacts.build_db_path()
    with closing(loading.connect(build_db, read_only=True)) as con:
        for name in suite_names:
            suite = SUITES[name]
            key = dg.AssetKey(suite.asset_path)
            names = {k.name for k in selected if k.asset_key == key}
            if not names:
                continue
            try:
                frame = load_frame(con, suite.frame)
            except Exception as e:  # a missing table or column: every check of the suite fails, loudly
                outcomes = _failed_everywhere(suite, names, f"cannot read frame {suite.frame}: {e}")
            else:
                outcomes = validate(suite, frame, only=names)
            for o in outcomes:
                if not o.passed:
                    log = context.log.error if o.severity == "ERROR" else context.log.warning
                    log(f"{suite.asset}:{o.check_name} failed ({o.severity}): {_message(o)}")
                yield result_of(o)


def _check_op(op_name: str, suite_names: list[str]) -> dg.AssetChecksDefinition:
    specs = [spec for n in suite_names for spec in check_specs(SUITES[n])]

    @dg.multi_asset_check(
        name=op_name,
        specs=specs,
        can_subset=True,
        pool=DUCKDB_WRITER_POOL,  # reads the build database: never while another run writes it
        compute_kind="great_expectations",
        description=f"Great Expectations suites {', '.join(suite_names)} (expectations/*.json) on the build database.",
    )
    def _checks(context: dg.AssetCheckExecutionContext, newsfacts: NewsfactsSettings):
        yield from run_suites(context, newsfacts, suite_names)

    return _checks


quality_checks = [_check_op(op_name, names) for op_name, names in STAGES.items()]

defs = dg.Definitions(asset_checks=quality_checks)
