"""The suite files: expectations/<layer>/<suite>.json, GX 1.x ExpectationSuites in GX's own
serialization, with this project's keys in `meta` (expectations/README.md), and the settings a
suite may name (`PARAMETERS`)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orchestration.config import EXPECTATIONS_DIR, Settings, settings

if TYPE_CHECKING:
    from great_expectations import ExpectationSuite

# The settings a suite may name: `{{ name }}` in its query or figures (as an SQL literal), and
# `{"$PARAMETER": "<expression of names>"}` in an expectation's arguments (as a GX suite
# parameter). One table, so that a setting means the same wherever a suite uses it.
PARAMETERS: dict[str, Callable[[Settings], Any]] = {
    "today": lambda conf: conf.today,
    "freshness_days": lambda conf: conf.freshness_days,
    "max_unknown_reference_share": lambda conf: conf.max_unknown_reference_share,
}
_PARAMETER = re.compile(r"\{\{\s*(\w+)\s*\}\}")
_NAME = re.compile(r"[A-Za-z_]\w*")


def parameter_values(conf: Settings) -> dict[str, Any]:
    return {name: value(conf) for name, value in PARAMETERS.items()}


def _with_parameters(sql: str) -> str:
    """`sql` with each `{{ name }}` replaced by the setting's value as an SQL literal."""
    values = parameter_values(settings())

    def literal(match: re.Match) -> str:
        value = values[match[1]]
        return f"date '{value.isoformat()}'" if isinstance(value, date) else str(value)

    return _PARAMETER.sub(literal, sql)


def _suite_parameter_names(value: Any) -> set[str]:
    """The names used by GX `$PARAMETER` expressions anywhere in an expectation's arguments."""
    if isinstance(value, Mapping):
        if isinstance(value.get("$PARAMETER"), str):
            return set(_NAME.findall(value["$PARAMETER"]))
        return set().union(*map(_suite_parameter_names, value.values()))
    if isinstance(value, list):
        return set().union(*map(_suite_parameter_names, value))
    return set()


class SuiteError(ValueError):
    """A suite file that is not a valid suite for this project."""


@dataclass(frozen=True)
class SuiteSpec:
    """One suite file: what it validates and how a failure counts."""

    name: str
    path: Path
    asset_key: tuple[str, ...]
    table: str
    blocking: bool
    description: str
    document: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def check_name(self) -> str:
        return f"gx_{self.name}"

    @property
    def computed_columns(self) -> dict[str, str]:
        return dict(self.document["meta"].get("computed_columns", {}))

    @property
    def query(self) -> str | None:
        """The suite's query with its parameters filled in from the settings, if it has one."""
        query = self.document["meta"].get("query")
        return None if query is None else _with_parameters(query)

    @property
    def figures(self) -> dict[str, str]:
        """Name -> SQL aggregate over the rows validated, parameters filled in."""
        figures = self.document["meta"].get("figures", {})
        return {name: _with_parameters(sql) for name, sql in figures.items()}

    @property
    def row_id_columns(self) -> tuple[str, ...]:
        return tuple(self.document["meta"].get("row_id_columns", ()))

    def gx_suite(self) -> ExpectationSuite:
        """The suite as a GX object; raises SuiteError naming the first invalid expectation."""
        return _gx_suite(self)


def load_suites(directory: Path = EXPECTATIONS_DIR) -> list[SuiteSpec]:
    """Every suite file under `directory`, checked for the keys this project relies on.

    Reads JSON only (no GX import), so it is cheap enough for Dagster's definition loading;
    `SuiteSpec.gx_suite()` checks the expectations themselves.
    """
    specs = [_read_suite(path) for path in sorted(Path(directory).rglob("*.json"))]
    seen: dict[str, Path] = {}
    for spec in specs:
        if spec.name in seen:
            raise SuiteError(
                f"{spec.path}: suite name {spec.name!r} is also used by {seen[spec.name]}"
            )
        seen[spec.name] = spec.path
    return specs


def _read_suite(path: Path) -> SuiteSpec:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise SuiteError(f"{path}: not valid JSON ({error})") from error
    meta = document.get("meta") or {}
    name = document.get("name")
    problems = []
    if name != path.stem:
        problems.append(f"name {name!r} must equal the file name {path.stem!r}")
    elif not name.replace("_", "").isalnum():
        problems.append("name may hold only letters, digits and underscores (it names a check)")
    asset_key = meta.get("asset_key")
    if not (
        isinstance(asset_key, list) and asset_key and all(isinstance(p, str) for p in asset_key)
    ):
        problems.append('meta.asset_key must be a list of strings, like ["marts", "dim_customers"]')
    if not isinstance(meta.get("table"), str) or meta["table"].count(".") != 1:
        problems.append('meta.table must be "schema.table"')
    if "query" in meta and not (isinstance(meta["query"], str) and meta["query"].strip()):
        problems.append("meta.query, when given, must be a SQL select")
    figures = meta.get("figures", {})
    if not (isinstance(figures, dict) and all(isinstance(v, str) for v in figures.values())):
        problems.append(
            'meta.figures, when given, must map names to SQL, like {"rows": "count(*)"}'
        )
        figures = {}
    used = {
        "meta.query": set(_PARAMETER.findall(meta.get("query") or "")),
        "meta.figures": set(_PARAMETER.findall(" ".join(figures.values()))),
        "an expectation's $PARAMETER": _suite_parameter_names(document.get("expectations")),
    }
    for where, names in used.items():
        if names - set(PARAMETERS):
            problems.append(
                f"{where} uses unknown parameters {sorted(names - set(PARAMETERS))}; "
                f"known: {sorted(PARAMETERS)}"
            )
    if not isinstance(meta.get("blocking"), bool):
        problems.append("meta.blocking must be true or false")
    if not isinstance(document.get("expectations"), list) or not document["expectations"]:
        problems.append("expectations must be a non-empty list")
    if problems:
        raise SuiteError(f"{path}: " + "; ".join(problems))
    notes = document.get("notes")
    return SuiteSpec(
        name=name,
        path=path,
        asset_key=tuple(asset_key),
        table=meta["table"],
        blocking=meta["blocking"],
        description="\n".join(notes) if isinstance(notes, list) else (notes or name),
        document=document,
    )


# Expectations on the table's shape; they see the table as stored, without computed columns.
TABLE_SHAPE = frozenset(
    {
        "expect_table_columns_to_match_set",
        "expect_table_columns_to_match_ordered_list",
        "expect_table_column_count_to_equal",
        "expect_table_column_count_to_be_between",
    }
)


@cache
def _gx_suite(spec: SuiteSpec) -> ExpectationSuite:
    return _suite_of(spec, lambda item: True)


@cache
def gx_suites_by_frame(spec: SuiteSpec) -> tuple[ExpectationSuite, ExpectationSuite | None]:
    """The suite split for a frame with computed columns: (on the frame, on the table as stored)."""
    if not spec.computed_columns:
        return _gx_suite(spec), None
    on_table = _suite_of(spec, lambda item: item["type"] in TABLE_SHAPE)
    on_frame = _suite_of(spec, lambda item: item["type"] not in TABLE_SHAPE)
    return on_frame, (on_table if on_table.expectations else None)


def _suite_of(spec: SuiteSpec, keep: Callable[[Mapping[str, Any]], bool]) -> ExpectationSuite:
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import (
        ExpectationConfiguration,
    )

    # Built one by one: given dicts, ExpectationSuite logs and silently drops an unknown type.
    expectations = []
    for index, item in enumerate(spec.document["expectations"]):
        if not keep(item):
            continue
        try:
            expectations.append(ExpectationConfiguration(**item).to_domain_obj())
        except Exception as error:
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise SuiteError(
                f"{spec.path}: expectation #{index} ({item.get('type')}): {message}"
            ) from error
    return gx.ExpectationSuite(
        name=spec.name,
        expectations=expectations,
        meta=dict(spec.document["meta"]),
        notes=spec.document.get("notes"),
    )
