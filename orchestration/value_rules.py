"""What each value of an extract must be: the rules that send a row to quarantine, and when
their breaking is a format problem of the whole file rather than of its rows."""

from __future__ import annotations

import csv
from dataclasses import dataclass

from orchestration.config import SEEDS_DIR
from orchestration.extracts import FORMAT_FIXES, PARSERS, ExtractKind
from orchestration.headers import Layout, LoadError
from orchestration.sql import run, scalar, sql_ident, sql_string

# A file with at least this many rows, every one failing the same rule, has a format problem
# (a whole file of another date format, a "choice text" survey export): one file error with its
# fix, not thousands of quarantined rows behind a warning. Fewer rows are too few to tell a
# format from a few bad values, and are quarantined.
FORMAT_ERROR_MIN_ROWS = 10
# Qualtrics' "choice text" export writes the labels of a scale's ends (`10 - Extremely likely`).
CHOICE_TEXT = "[0-9]+ +- +.*[A-Za-z].*"


def parse(parser: str, value_sql: str, tz: str | None = None) -> str:
    template = PARSERS[parser][1]
    return template.format(v=value_sql, tz=sql_string(tz or "UTC"))


def survey_measures() -> dict[str, dict[str, tuple[str, int, int]]]:
    """survey id -> question column -> (measure, scale min, scale max), from the seed."""
    measures: dict[str, dict[str, tuple[str, int, int]]] = {}
    with (SEEDS_DIR / "survey_questions.csv").open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["scale_min"] and row["measure"] != "nps_group":
                measures.setdefault(row["survey_id"], {})[row["question_column"]] = (
                    row["measure"],
                    int(row["scale_min"]),
                    int(row["scale_max"]),
                )
    return measures


@dataclass(frozen=True)
class Check:
    """One rule a value must meet, as SQL over `_text`."""

    column: str  # the column the quarantine row names
    value: str  # SQL of the value (the file's column, which may be named otherwise)
    bad: str  # true when the row's value breaks the rule
    reason: str
    # Which rows the rule judges (those with a value), and the fix when all of them break it.
    judged: str
    fix: str
    is_measure: bool = False


def value_checks(kind: ExtractKind, resolved: Layout, survey_id: str | None) -> list[Check]:
    checks = []
    for col in kind.columns:
        if col.name not in resolved.columns:
            continue  # an optional column the file does not have
        v = sql_ident(resolved.columns[col.name])
        has_value = f"{v} is not null"
        if col.required:
            checks.append(
                Check(
                    col.name,
                    v,
                    f"nullif(trim({v}), '') is null",
                    f"{col.name} is required",
                    "true",
                    f"export {col.name} filled in on every row",
                )
            )
        if col.choices:
            allowed = ", ".join(sql_string(c) for c in col.choices)
            checks.append(
                Check(
                    col.name,
                    v,
                    f"{has_value} and trim({v}) not in ({allowed})",
                    f"{col.name}: expected one of {', '.join(col.choices)}",
                    has_value,
                    f"export {col.name} with the values of SPEC §2",
                )
            )
        if col.parser != "text":
            typed = parse(col.parser, v, resolved.zones.get(col.name))
            checks.append(
                Check(
                    col.name,
                    v,
                    f"{has_value} and ({typed}) is null",
                    f"{col.name}: expected {PARSERS[col.parser][2]}",
                    has_value,
                    FORMAT_FIXES[col.parser],
                )
            )
    scales = survey_measures().get(survey_id, {}) if survey_id is not None else {}
    for question, (measure, low, high) in scales.items():
        if question not in resolved.extras:
            continue
        v = sql_ident(question)
        answered = f"nullif(trim({v}), '') is not null"
        checks.append(
            Check(
                question,
                v,
                f"{answered} and not coalesce(regexp_full_match(trim({v}), '[0-9]+') "
                f"and try_cast(trim({v}) as int) between {low} and {high}, false)",
                f"{question} ({measure}): expected a whole number from {low} to {high}",
                answered,
                "export the responses as 'CSV, numeric values' (SPEC §2.3)",
                is_measure=True,
            )
        )
    return checks


def refuse_format_problems(con, checks: list[Check], rows_read: int, source_file: str) -> None:
    """Raise a file error where the bad values are a format problem of the whole file."""
    measures = [c for c in checks if c.is_measure]
    if measures:
        labelled = " or ".join(
            f"regexp_full_match(trim({c.value}), {sql_string(CHOICE_TEXT)})" for c in measures
        )
        example = run(con, f"select {', '.join(c.value for c in measures)} "
                      f"from _text where {labelled} limit 1")  # fmt: skip
        if example:
            value = next(v for v in example[0] if v is not None and " - " in v)
            raise LoadError(
                f"{source_file}: answers such as {value.strip()!r} are Qualtrics' choice texts, "
                "not numbers; export the responses as 'CSV, numeric values' (SPEC §2.3) and "
                "deliver the file again"
            )
    if rows_read < FORMAT_ERROR_MIN_ROWS or not checks:
        return
    counts = run(
        con,
        "select "
        + ", ".join(
            f"count(*) filter (where {c.judged}), count(*) filter (where {c.bad})" for c in checks
        )
        + " from _text",
    )[0]
    for i, check in enumerate(checks):
        judged, bad = counts[2 * i], counts[2 * i + 1]
        if judged >= FORMAT_ERROR_MIN_ROWS and bad == judged:
            example = scalar(
                con, "select raw_value from _problems where reason = ? limit 1", [check.reason]
            )
            raise LoadError(
                f"{source_file}: every one of its {judged} rows breaks the same rule — "
                f"{check.reason} (e.g. {example!r}); a format problem of the export: "
                f"{check.fix}, and deliver the file again"
            )
