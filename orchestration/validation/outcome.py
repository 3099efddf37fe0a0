"""What a suite run found, in words a reader of a failure can act on: GX's results turned into
`Failure`s (the expectation, its column, how many rows and which, by file and line) and one
`Outcome` per suite run."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

# How many unexpected values a failure shows.
SHOWN_VALUES = 5


@dataclass(frozen=True)
class Failure:
    """One failed expectation, in words a reader of the check can act on."""

    expectation: str
    column: str | None
    observed: str
    params: str = ""
    unexpected: tuple[Any, ...] = ()
    note: str | None = None

    def __str__(self) -> str:
        name = f"`{self.expectation}({self.params})`" if self.params else f"`{self.expectation}`"
        where = f" on `{self.column}`" if self.column else ""
        why = f" _{self.note}_" if self.note else ""
        return f"{name}{where}: {self.observed}.{why}"


@dataclass(frozen=True)
class Outcome:
    """The result of running one suite against its table."""

    suite: str
    table: str
    success: bool
    evaluated: int
    failed: int
    failures: tuple[Failure, ...]
    row_count: int | None
    seconds: float
    engine: str = "sql"
    # Why nothing could be evaluated (missing database or table), else None.
    error: str | None = None
    # Which rows were validated when not the whole table (`validate(since=...)`), else None.
    scope: str | None = None
    # The suite's `figures` (name -> value), computed over the rows validated.
    figures: Mapping[str, Any] = field(default_factory=dict)

    def failures_markdown(self) -> str:
        if self.error:
            return f"**Not validated:** {self.error}"
        scope = f" ({self.scope})" if self.scope else ""
        if not self.evaluated:
            return f"Nothing to validate on `{self.table}`{scope}."
        if not self.failures:
            return f"All {self.evaluated} expectations passed on `{self.table}`{scope}."
        lines = [
            f"**{self.failed} of {self.evaluated} expectations failed** on `{self.table}` "
            f"({self.row_count} rows{', ' + self.scope if self.scope else ''}):",
            "",
        ]
        return "\n".join(lines + [f"- {failure}" for failure in self.failures])


# Keyword arguments that say where an expectation looks rather than what it expects.
_NOT_PARAMS = ("column", "column_A", "column_B", "column_list", "row_condition", "batch_id")


def failure_of(result: Any, row_ids: Sequence[str]) -> Failure:
    config = result.expectation_config
    kwargs = dict(config.kwargs)
    column = kwargs.get("column") or ", ".join(
        kwargs.get("column_list")
        or [c for c in (kwargs.get("column_A"), kwargs.get("column_B")) if c]
    )
    params = [
        f"{key}={_short(value)}"
        for key, value in kwargs.items()
        if key not in _NOT_PARAMS and value is not None
    ]
    if kwargs.get("row_condition") is not None:
        # The configuration holds the condition as a dict; its Condition object reads as prose.
        params.append(f"where {config.to_domain_obj().row_condition}")
    notes = config.notes
    common = {
        "expectation": config.type,
        "column": column or None,
        "params": ", ".join(params),
        "note": " ".join(notes) if isinstance(notes, list) else notes,
    }

    error = _exception_message(result.exception_info)
    if error:
        return Failure(observed=f"could not be evaluated ({error})", **common)
    detail = result.result or {}
    if "unexpected_count" not in detail:
        return Failure(observed=_observed(detail), **common)
    shown = _shown_values(detail, row_ids)
    unexpected, rows = detail["unexpected_count"], detail.get("element_count")
    # GX judges a value rule, `mostly` included, on the rows with a value: so is the share.
    missing = detail.get("missing_count") or 0
    judged = None if rows is None else rows - missing
    observed = f"{unexpected} of {judged} rows unexpected"
    if judged:
        observed += f" ({unexpected / judged:.1%})"
    if missing:
        observed += f", {missing} more null{'' if missing == 1 else 's'} not judged"
    return Failure(
        observed=observed + (f": {shown}" if shown else ""),
        unexpected=tuple(_plain(v) for v in detail.get("partial_unexpected_list") or ()),
        **common,
    )


def _exception_message(info: Mapping[str, Any] | None) -> str | None:
    # GX reports either one {raised_exception, exception_message} or one such dict per metric.
    if not info:
        return None
    entries = [info] if "raised_exception" in info else list(info.values())
    for entry in entries:
        if isinstance(entry, Mapping) and entry.get("raised_exception"):
            message = str(entry.get("exception_message") or "an exception").strip()
            return message.splitlines()[0] if message else "an exception"
    return None


def _shown_values(detail: Mapping[str, Any], row_ids: Sequence[str]) -> str:
    rows = detail.get("partial_unexpected_index_list") or []
    values = detail.get("partial_unexpected_list") or []
    shown = []
    for i, value in enumerate(values[:SHOWN_VALUES]):
        row = rows[i] if i < len(rows) and isinstance(rows[i], Mapping) else {}
        where = ", ".join(f"{c}={_short(row[c])}" for c in row_ids if c in row)
        shown.append(f"`{_short(value)}`" + (f" ({where})" if where else ""))
    return "; ".join(shown)


def _observed(detail: Mapping[str, Any]) -> str:
    mismatched = (detail.get("details") or {}).get("mismatched")
    if isinstance(mismatched, Mapping):
        parts = [f"{key} {_short(value)}" for key, value in mismatched.items() if value]
        return "columns " + "; ".join(parts)
    if "observed_value" in detail:
        return f"observed {_short(detail['observed_value'])}"
    return "failed"


def _plain(value: Any) -> Any:
    """A result value as plain Python: NumPy and pandas scalars unwrapped, NaN/NaT as None.

    Column pairs come back as tuples, compound keys as dicts.
    """
    import numpy as np
    import pandas as pd

    if isinstance(value, list | tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, Mapping):
        return {key: _plain(v) for key, v in value.items()}
    if pd.api.types.is_scalar(value) and pd.isna(value):
        return None
    if isinstance(value, np.datetime64 | pd.Timestamp):
        return pd.Timestamp(value).to_pydatetime()
    return value.item() if isinstance(value, np.generic) else value


def _short(value: Any) -> str:
    value = _plain(value)
    if isinstance(value, tuple):
        items = [_short(v) for v in value[:SHOWN_VALUES]]
        more = ", …" if len(value) > SHOWN_VALUES else ""
        return "[" + ", ".join(items) + more + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}={_short(v)}" for key, v in value.items()) + "}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal) and value.is_finite():
        # DuckDB decimals keep their scale: 101.000000000000000 reads as 101.
        return format(value.normalize(), "f")
    if isinstance(value, datetime):
        midnight = value == datetime.combine(value.date(), datetime.min.time())
        return value.date().isoformat() if midnight else value.isoformat(sep=" ")
    return "null" if value is None else str(value)
