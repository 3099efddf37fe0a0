"""Load extract files into the raw schema with DuckDB's own CSV reader.

Each file is read as text, typed column by column with the parsers of `extracts.PARSERS`, and
split: rows whose every value parses go to `raw.<table>` with lineage columns; the others go to
`raw._quarantine`, one row per bad value with its reason. Rows the CSV reader cannot parse at
all (unbalanced quotes, wrong column count, invalid UTF-8) are quarantined from its reject table.
Each file loads in one transaction and is recorded in `raw._load_ledger` with its checksum, so
loading it again is a no-op and a crash never leaves half a file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zoneinfo
from dataclasses import dataclass
from pathlib import Path

import duckdb

from orchestration.config import SEEDS_DIR, settings
from orchestration.extracts import PARSERS, ExtractKind, create_raw_schema
from orchestration.landing import Drop, inside

MAX_VALUE_CHARS = 200
BOM = "\ufeff"
DELIMITERS = (",", ";", "\t", "|")


class LoadError(Exception):
    """A whole file cannot be loaded; the message names the file and the fix."""


@dataclass(frozen=True)
class LoadResult:
    source_file: str
    rows_read: int
    rows_loaded: int
    rows_quarantined: int
    skipped: bool = False  # already loaded with the same checksum


def run(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[tuple]:
    """Execute and fetch everything (DuckDB 2 refuses new work while a result is unfinished)."""
    return con.execute(sql, params).fetchall()


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    rows = run(con, sql, params)
    return rows[0][0] if rows else None


def sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def sql_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_header(path: Path, rows: int, delimiter: str, source_file: str) -> list[list[str]]:
    """The first `rows` records of a file (header rows), BOM removed."""
    with path.open("rb") as f:
        head = f.read(1 << 20)
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        # A bad byte below the header is a problem of one row, quarantined by the CSV reader.
        text = head[: e.start].decode("utf-8-sig")
        below = list(_take(csv.reader(io.StringIO(text), delimiter=delimiter), rows + 1))
        if len(below) <= rows and not (len(below) == rows and text.endswith(("\n", "\r"))):
            raise LoadError(
                f"{source_file}: the header is not valid UTF-8 (byte {e.start}); "
                "export the file as UTF-8"
            ) from None
    # Some exporters add their BOM to a file that already has one; the reader skips the header.
    text = text.lstrip(BOM)
    records = list(_take(csv.reader(io.StringIO(text), delimiter=delimiter), rows))
    if len(records) < rows:
        raise LoadError(
            f"{source_file}: expected {rows} header row(s), found {len(records)}; "
            "the file is empty or truncated — re-export it"
        )
    return records


def _take(reader, n):
    for i, record in enumerate(reader):
        if i >= n:
            return
        yield record


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


def column_time_zones(header: list[list[str]], source_file: str) -> dict[str, str]:
    """Qualtrics header row 3: the time zone of each timestamp column."""
    zones = {}
    for name, meta in zip(header[0], header[2], strict=False):
        try:
            info = json.loads(meta)
        except json.JSONDecodeError:
            raise LoadError(
                f"{source_file}: header row 3, column {name}: {meta[:60]!r} is not the Qualtrics "
                "JSON column description; export as 'CSV, numeric values' with three header rows"
            ) from None
        tz = info.get("timeZone") if isinstance(info, dict) else None
        if tz:
            try:
                zoneinfo.ZoneInfo(tz)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                raise LoadError(
                    f"{source_file}: column {name} names the unknown time zone {tz!r}; "
                    "use an IANA name such as Europe/Copenhagen"
                ) from None
            zones[name] = tz
    return zones


def load_file(
    con: duckdb.DuckDBPyConnection, kind: ExtractKind, drop: Drop, path: Path, landing_dir: Path
) -> LoadResult:
    """Load one extract file into its raw table, unless the ledger says it is loaded already."""
    source_file = path.relative_to(landing_dir).as_posix()
    if not inside(path, landing_dir):
        raise LoadError(
            f"{source_file}: is a symbolic link to {path.resolve()}, outside the landing dir; "
            "not loaded — put the file itself in the drop"
        )
    try:
        checksum = sha256(path)
    except OSError as e:
        raise LoadError(
            f"{source_file}: cannot be opened ({e.strerror}); deliver it as a readable file"
        ) from None
    known = scalar(con, "select sha256 from raw._load_ledger where source_file = ?", [source_file])
    if known:
        if known != checksum:
            raise LoadError(
                f"{source_file}: already loaded, but its content has changed since; a delivered "
                "drop must never change — deliver the correction in a new drop"
            )
        return LoadResult(source_file, 0, 0, 0, skipped=True)

    header = read_header(path, kind.header_rows, kind.delimiter, source_file)
    names = header[0]
    # DuckDB names are case-insensitive: `Id` and `ID` would be one column.
    folded = [n.lower() for n in names]
    if len(set(folded)) != len(folded):
        repeated = sorted({n for n in names if folded.count(n.lower()) > 1})
        raise LoadError(
            f"{source_file}: the header repeats the column name(s) {', '.join(repeated)} "
            "(names are compared case-insensitively); re-export the file with unique names"
        )
    missing = [c.name for c in kind.columns if c.name not in names]
    other = [d for d in DELIMITERS if d != kind.delimiter and len(names) == 1 and d in names[0]]
    if missing and other:
        raise LoadError(
            f"{source_file}: the header is a single column separated by {other[0]!r}; "
            f"{kind.file_glob} files are separated by {kind.delimiter!r} (SPEC §2) — re-export "
            f"with {kind.delimiter!r} as the delimiter"
        )
    if missing:
        raise LoadError(
            f"{source_file}: missing column(s) {', '.join(missing)}; "
            f"the {kind.file_glob} extract must have the columns of SPEC §2"
        )
    zones = column_time_zones(header, source_file) if kind.header_rows == 3 else {}
    no_zone = [
        c.name for c in kind.columns if c.parser == "qualtrics_local" and c.name not in zones
    ]
    if no_zone:
        raise LoadError(
            f"{source_file}: header row 3 gives no timeZone for {', '.join(no_zone)}; export as "
            "'CSV, numeric values' with three header rows"
        )
    survey_id = path.stem.removeprefix("responses_") if kind.table == "survey_responses" else None

    # Read the file as text into a temp table and find its bad values first (outside the
    # transaction, where rowid is the record order); then type the good rows into the raw table,
    # with quarantine and ledger, together: a file is loaded whole or not. The text is held once
    # (spilled beyond memory_limit); numbering around rejected records copies it once more.
    cannot_read = (
        f"{source_file}: cannot be read as a {kind.file_glob} extract ({{}}); check its "
        "delimiter, quoting and encoding against SPEC §2"
    )
    try:
        rows_read = _read_text(con, path, names, kind, source_file)
        quarantined = _find_problems(con, _type_checks(kind, names, zones, survey_id))
    except duckdb.Error as e:
        raise LoadError(cannot_read.format(e)) from None
    lineage = [drop.system, drop.date, source_file, kind.table]
    run(con, "begin transaction")
    try:
        run(
            con,
            "insert into raw._quarantine select ?, ?, ?, ?, row_number, column_name, raw_value, "
            "reason, now()::timestamp from _problems",
            lineage,
        )
        loaded = _insert_raw(
            con, kind, drop, source_file, _typed_select(kind, names, zones, survey_id)
        )
        run(
            con,
            "insert into raw._load_ledger values (?, ?, ?, ?, ?, ?, ?, ?, now()::timestamp)",
            [*lineage, checksum, rows_read, loaded, quarantined],
        )
        run(con, "commit")
    except BaseException as e:
        run(con, "rollback")
        if isinstance(e, duckdb.Error):
            raise LoadError(cannot_read.format(e)) from None
        raise
    finally:
        run(
            con,
            "drop view if exists _text; drop table if exists _numbered; drop table if exists _file",
        )
    return LoadResult(source_file, rows_read, loaded, quarantined)


# What the CSV reader's reject types mean for whoever fixes the export (one reason per type, so
# that `mart_data_quality` can count them).
REJECT_REASONS = {
    "MISSING COLUMNS": "the row has fewer fields than the header: truncated, or a line break "
    "inside an unquoted field — quote fields that contain line breaks",
    "TOO MANY COLUMNS": "the row has more fields than the header — quote fields that contain "
    "the delimiter",
    "UNQUOTED VALUE": "a quote inside a field — quote the field and double the quote",
    "LINE SIZE OVER MAXIMUM": "the row is longer than the reader's limit of 2 MB — shorten the "
    "oversized field",
    "INVALID ENCODING": "the row is not valid UTF-8 — export the file as UTF-8",
    "INVALID UNICODE": "the row is not valid UTF-8 — export the file as UTF-8",
}


def _read_text(con, path: Path, names: list[str], kind: ExtractKind, source_file: str) -> int:
    """Read the file as text into `_text` (row number = record number after the header).

    Rows the reader cannot split land in `_rejects`, one row per record (its first error).
    """
    columns = "{" + ", ".join(f"{sql_string(n)}: 'VARCHAR'" for n in names) + "}"
    run(con, "drop table if exists _all_rejects; drop table if exists _reject_scans")
    run(
        con,
        f"""
        create or replace temp table _file as
        select * from read_csv(
            {sql_string(str(path))},
            columns = {columns}, header = false, auto_detect = false,
            delim = {sql_string(kind.delimiter)}, quote = '"', escape = '"',
            strict_mode = true, null_padding = false,
            store_rejects = true, rejects_table = '_all_rejects', rejects_scan = '_reject_scans'
        )""",
    )
    # The reader's `line` counts records (a quoted line break does not start a new one).
    run(
        con,
        f"""
        create or replace temp table _rejects as
        select line, line - {kind.header_rows} as row_number, column_name, csv_line, error_type,
               error_message
        from _all_rejects
        qualify row_number() over (partition by line order by byte_position, column_idx) = 1""",
    )
    # A quote that is never closed swallows every later line into one bad record: quarantining
    # that record would lose the rows after it without a trace, so the file is refused.
    unterminated = run(
        con,
        "select line from _rejects where (error_type = 'UNQUOTED VALUE' "
        "and rtrim(csv_line, chr(13) || chr(10)) like '%' || chr(10) || '%') "
        f"or line <= {kind.header_rows} order by line limit 1",
    )
    if unterminated:
        [(line,)] = unterminated
        what = (
            "is a header row the reader cannot split"
            if line <= kind.header_rows
            else "opens a quote that is never closed, so the rest of the file cannot be split "
            "into rows"
        )
        raise LoadError(
            f"{source_file}: line {line} {what}; close or double the quote (RFC 4180: a quote "
            "inside a field is written twice and the field is quoted) and deliver the file again"
        )
    parsed = scalar(con, f"select count(*) - {kind.header_rows} from _file")
    rejected = scalar(con, "select count(*) from _rejects")
    # CREATE TABLE AS keeps the file's order (preserve_insertion_order), so the n-th row of
    # `_file` is the n-th record the reader accepted. Without rejected records that is record n
    # (a view: no second copy of the file); otherwise the rejected records fill the gaps.
    if not rejected:
        run(
            con,
            f"""
            create or replace temp view _text as
            select rowid - {kind.header_rows} + 1 as _row_number, *
            from _file where rowid >= {kind.header_rows}""",
        )
        return parsed
    run(
        con,
        f"""
        create or replace temp table _numbered as
        with numbers as (
            select range as n, row_number() over (order by range) - 1 as accepted_index
            from range(1, {parsed + rejected + 1})
            where range not in (select row_number from _rejects)
        ),
        accepted as (
            select rowid - {kind.header_rows} as accepted_index, *
            from _file where rowid >= {kind.header_rows}
        )
        select numbers.n as _row_number, accepted.* exclude (accepted_index)
        from accepted join numbers using (accepted_index)
        order by numbers.n""",
    )
    run(con, "drop table _file")
    run(con, "create or replace temp view _text as select * from _numbered")
    return parsed + rejected


def _parse(parser: str, value_sql: str, tz: str | None = None) -> str:
    template = PARSERS[parser][1]
    return template.format(v=value_sql, tz=sql_string(tz or "UTC"))


def _type_checks(kind, names, zones, survey_id) -> list[tuple[str, str, str]]:
    """(column, SQL condition that is true when the value is bad, reason) for every check."""
    checks = []
    for col in kind.columns:
        v = sql_ident(col.name)
        expected = PARSERS[col.parser][2]
        if col.required:
            checks.append((col.name, f"nullif(trim({v}), '') is null", f"{col.name} is required"))
        if col.choices:
            allowed = ", ".join(sql_string(c) for c in col.choices)
            checks.append(
                (
                    col.name,
                    f"{v} is not null and trim({v}) not in ({allowed})",
                    f"{col.name}: expected one of {', '.join(col.choices)}",
                )
            )
        if col.parser != "text":
            typed = _parse(col.parser, v, zones.get(col.name))
            checks.append(
                (
                    col.name,
                    f"{v} is not null and ({typed}) is null",
                    f"{col.name}: expected {expected}",
                )
            )
    scales = survey_measures().get(survey_id, {}) if survey_id is not None else {}
    for question, (measure, low, high) in scales.items():
        if question not in names:
            continue
        v = sql_ident(question)
        checks.append(
            (
                question,
                f"nullif(trim({v}), '') is not null and not coalesce("
                f"regexp_full_match(trim({v}), '[0-9]+') and try_cast(trim({v}) as int) between {low} and {high}, false)",
                f"{question} ({measure}): expected a whole number from {low} to {high}",
            )
        )
    return checks


def _typed_select(kind, names, zones, survey_id) -> str:
    cols = ["_row_number"]
    for col in kind.columns:
        typed = _parse(col.parser, sql_ident(col.name), zones.get(col.name))
        cols.append(f"{typed} as {sql_ident(col.name)}")
    if survey_id is not None:
        fixed = {c.name for c in kind.columns}
        questions = [n for n in names if n not in fixed]
        keys = ", ".join(sql_string(q) for q in questions)
        values = ", ".join(sql_ident(q) for q in questions)
        cols.insert(1, f'{sql_string(survey_id)} as "SurveyId"')
        cols.append(f'map([{keys}]::varchar[], [{values}]::varchar[]) as "Answers"')
    return f"select {', '.join(cols)} from _text"


def _find_problems(con, checks) -> int:
    """Collect every bad value in `_problems`; return the rows that have one (to quarantine)."""
    selects = [
        f"select _row_number as row_number, {sql_string(column)} as column_name, "
        f"left({sql_ident(column)}, {MAX_VALUE_CHARS}) as raw_value, {sql_string(reason)} as reason "
        f"from _text where {condition}"
        for column, condition, reason in checks
    ]
    # Rows the CSV reader could not split into columns at all, by line of the file.
    reasons = " ".join(
        f"when {sql_string(kind)} then {sql_string(f'{kind}: {reason}')}"
        for kind, reason in REJECT_REASONS.items()
    )
    selects.append(
        f"select row_number, column_name, left(csv_line, {MAX_VALUE_CHARS}), "
        f"case error_type {reasons} else error_type || ': ' || error_message end from _rejects"
    )
    run(con, f"create or replace temp table _problems as {' union all '.join(selects)}")
    return scalar(con, "select count(distinct row_number) from _problems")


def _insert_raw(con, kind, drop, source_file, typed_select: str) -> int:
    """Type the rows without a problem into the raw table, in the file's order."""
    target = [c.name for c in kind.columns]
    if kind.table == "survey_responses":
        target = ["SurveyId", *target, "Answers"]
    cols = ", ".join(sql_ident(c) for c in target)
    loaded = scalar(
        con,
        f"""
        insert into raw.{kind.table} ({cols}, _drop_date, _source_file, _row_number, _loaded_at)
        select {cols}, {sql_string(drop.date.isoformat())}::date, {sql_string(source_file)},
               _row_number, now()::timestamp
        from ({typed_select}) as typed
        where _row_number not in (select row_number from _problems)
        order by _row_number""",
    )
    return loaded


def connect(db_path: Path) -> duckdb.DuckDBPyConnection:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path), config=settings().duckdb_config(db_path))
    create_raw_schema(con)
    return con
