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
from dataclasses import dataclass
from pathlib import Path

import duckdb

from orchestration.config import settings
from orchestration.extracts import PARSERS, ExtractKind, create_raw_schema
from orchestration.headers import Layout, LoadError, layout
from orchestration.landing import Drop, inside
from orchestration.sql import run, scalar, sql_ident, sql_string
from orchestration.value_rules import Check, parse, refuse_format_problems, value_checks

__all__ = [
    "LoadError",
    "LoadResult",
    "connect",
    "inspect_file",
    "load_file",
    "run",
    "scalar",
    "sql_string",
]

MAX_VALUE_CHARS = 200
BOM = "\ufeff"


@dataclass(frozen=True)
class LoadResult:
    source_file: str
    rows_read: int
    rows_loaded: int
    rows_quarantined: int
    skipped: bool = False  # already loaded with the same checksum
    # What the file relied on that the run says once (a default time zone, an absent column).
    notes: tuple[str, ...] = ()


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


def _prepare(con, kind: ExtractKind, path: Path, landing_dir: Path, checksum: bool = True):
    """(source file, checksum, layout) of a file to load; None when it is loaded already.

    Without `checksum`, a file the ledger lists is taken as loaded unseen (its own loader
    compares the checksum), and a pending one is not hashed."""
    source_file = path.relative_to(landing_dir).as_posix()
    if not inside(path, landing_dir):
        raise LoadError(
            f"{source_file}: is a symbolic link to {path.resolve()}, outside the landing dir; "
            "not loaded — put the file itself in the drop"
        )
    known = scalar(con, "select sha256 from raw._load_ledger where source_file = ?", [source_file])
    if known and not checksum:
        return None
    try:
        digest = sha256(path) if checksum else None
        if known:
            if known != digest:
                raise LoadError(
                    f"{source_file}: already loaded, but its content has changed since; a "
                    "delivered drop must never change — deliver the correction in a new drop"
                )
            return None
        header = read_header(path, kind.header_rows, kind.delimiter, source_file)
    except OSError as e:
        raise LoadError(
            f"{source_file}: cannot be opened ({e.strerror}); deliver it as a readable file"
        ) from None
    return source_file, digest, layout(kind, header, source_file, settings())


def inspect_file(
    con: duckdb.DuckDBPyConnection, kind: ExtractKind, path: Path, landing_dir: Path
) -> tuple[str, ...]:
    """Check a pending file as far as it can be without reading its rows (its place and its
    header); raise the LoadError loading it would raise. What the run should say about it."""
    prepared = _prepare(con, kind, path, landing_dir, checksum=False)
    return prepared[2].notes if prepared else ()


def load_file(
    con: duckdb.DuckDBPyConnection,
    kind: ExtractKind,
    drop: Drop,
    path: Path,
    landing_dir: Path,
    dry_run: bool = False,
) -> LoadResult:
    """Load one extract file into its raw table, unless the ledger says it is loaded already.

    With `dry_run`, read and check the file as loading would, and write nothing: a run that
    must stop at an earlier bad file still names every later one."""
    prepared = _prepare(con, kind, path, landing_dir)
    if prepared is None:
        return LoadResult(path.relative_to(landing_dir).as_posix(), 0, 0, 0, skipped=True)
    source_file, checksum, resolved = prepared
    survey_id = path.stem.removeprefix("responses_") if kind.is_qualtrics else None

    # Read the file as text into a temp table and find its bad values first (outside the
    # transaction, where rowid is the record order); then type the good rows into the raw table,
    # with quarantine and ledger, together: a file is loaded whole or not. The text is held once
    # (spilled beyond memory_limit); numbering around rejected records copies it once more.
    cannot_read = (
        f"{source_file}: cannot be read as a {kind.file_glob} extract ({{}}); check its "
        "delimiter, quoting and encoding against SPEC §2"
    )
    try:
        try:
            rows_read = _read_text(con, path, resolved.names, kind, source_file)
            checks = value_checks(kind, resolved, survey_id)
            quarantined = _find_problems(con, checks)
            refuse_format_problems(con, checks, rows_read, source_file)
        except duckdb.Error as e:
            raise LoadError(cannot_read.format(e)) from None
        if dry_run:
            return LoadResult(source_file, rows_read, 0, quarantined, notes=resolved.notes)
        lineage = [drop.system, drop.date, source_file, kind.table]
        run(con, "begin transaction")
        try:
            run(
                con,
                "insert into raw._quarantine select ?, ?, ?, ?, row_number, column_name, "
                "raw_value, reason, now()::timestamp from _problems",
                lineage,
            )
            loaded = _insert_raw(
                con, kind, drop, source_file, _typed_select(kind, resolved, survey_id)
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
    return LoadResult(source_file, rows_read, loaded, quarantined, notes=resolved.notes)


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


def _typed_select(kind: ExtractKind, resolved: Layout, survey_id: str | None) -> str:
    cols = ["_row_number"]
    for col in kind.columns:
        if col.name in resolved.columns:
            v = sql_ident(resolved.columns[col.name])
            typed = parse(col.parser, v, resolved.zones.get(col.name))
        else:
            typed = f"null::{PARSERS[col.parser][0]}"
        cols.append(f"{typed} as {sql_ident(col.name)}")
    if survey_id is not None:
        cols.insert(1, f'{sql_string(survey_id)} as "SurveyId"')
    keys = ", ".join(sql_string(n) for n in resolved.extras)
    values = ", ".join(sql_ident(n) for n in resolved.extras)
    cols.append(
        f"map([{keys}]::varchar[], [{values}]::varchar[]) as {sql_ident(kind.extras_column)}"
    )
    return f"select {', '.join(cols)} from _text"


def _find_problems(con, checks: list[Check]) -> int:
    """Collect every bad value in `_problems`; return the rows that have one (to quarantine)."""
    selects = [
        f"select _row_number as row_number, {sql_string(c.column)} as column_name, "
        f"left({c.value}, {MAX_VALUE_CHARS}) as raw_value, "
        f"{sql_string(c.reason)} as reason from _text where {c.bad}"
        for c in checks
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
    target = [c.name for c in kind.columns] + [kind.extras_column]
    if kind.is_qualtrics:
        target = ["SurveyId", *target]
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
