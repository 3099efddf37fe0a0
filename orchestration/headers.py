"""Which column of an extract file is which: the header rows resolved against `extracts.KINDS`.

Real exports vary (SPEC §2.1, §2.3), and the loader accepts each variant without an edit:

- Salesforce and ERP files: any column order; extra (custom) columns kept in raw; a column the
  contract marks optional (an org without multi-currency has no CurrencyIsoCode) may be absent;
  the segment field's API name is a setting.
- Qualtrics files: a column is identified by the ImportId in header row 3, because the row-1
  labels can be renamed by whoever builds the survey (Qualtrics itself labels the duration
  `Duration (in seconds)` and questions `Q1` over ImportIds `QID1`); where row 3 names no known
  ImportId for a fixed column, its row-1 label identifies it. Question and extra columns are
  kept by ImportId, so two equal row-1 labels with different ImportIds are no problem.

The result is a `Layout`: a unique name to read each column by, and which contract column it
is. Everything else about a file (its rows, its values) is the loader's.
"""

from __future__ import annotations

import json
import zoneinfo
from dataclasses import dataclass

from orchestration.config import Settings
from orchestration.extracts import ExtractKind

DELIMITERS = (",", ";", "\t", "|")
# Time zone names in row 3 that mean UTC without being IANA names.
UTC_ALIASES = {"Z": "UTC", "UTC": "UTC", "GMT": "UTC"}


class LoadError(Exception):
    """A whole file cannot be loaded; the message names the file and the fix."""


@dataclass(frozen=True)
class Layout:
    # A unique name (case-insensitively) to read each column of the file by, in file order.
    names: tuple[str, ...]
    # Contract column -> the name it is read by; an absent optional column is missing here.
    columns: dict[str, str]
    # The names of the other columns, kept in the raw table's map under these names.
    extras: tuple[str, ...]
    # Contract timestamp column -> its time zone (Qualtrics).
    zones: dict[str, str]
    # What the file relied on that the run should say once (a default used, a column absent).
    notes: tuple[str, ...] = ()


def layout(kind: ExtractKind, header: list[list[str]], source_file: str, conf: Settings) -> Layout:
    """Resolve a file's header rows; a LoadError names what is wrong and the fix."""
    if kind.is_qualtrics:
        return _qualtrics_layout(kind, header, source_file, conf)
    return _csv_layout(kind, header[0], source_file, conf)


def _csv_layout(kind: ExtractKind, names: list[str], source_file: str, conf: Settings) -> Layout:
    # DuckDB names are case-insensitive: `Id` and `ID` would be one column.
    folded = [n.lower() for n in names]
    if len(set(folded)) != len(folded):
        repeated = sorted({n for n in names if folded.count(n.lower()) > 1})
        raise LoadError(
            f"{source_file}: the header repeats the column name(s) {', '.join(repeated)} "
            "(names are compared case-insensitively); re-export the file with unique names"
        )
    columns, missing, notes = {}, [], []
    for col in kind.columns:
        source = getattr(conf, col.setting) if col.setting else col.name
        if source in names:
            columns[col.name] = source
        elif col.optional:
            setting = f" (the setting {_ENV[col.setting]})" if col.setting else ""
            notes.append(
                f"{kind.file_glob} has no {source} column{setting}: {col.name} is empty "
                "for its rows"
            )
        else:
            missing.append(source)
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
    used = set(columns.values())
    extras = tuple(n for n in names if n not in used)
    return Layout(tuple(names), columns, extras, {}, tuple(notes))


# The environment variable of each Settings attribute a column can name (config.py reads them).
_ENV = {"segment_field": "LOYALTY_SEGMENT_FIELD"}


def _row3(cell: str) -> dict:
    """A header row-3 cell's JSON object, or {} for a cell that is not one."""
    try:
        value = json.loads(cell)
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _qualtrics_layout(
    kind: ExtractKind, header: list[list[str]], source_file: str, conf: Settings
) -> Layout:
    labels = header[0]
    meta = [_row3(cell) for cell in header[2]] + [{}] * (len(labels) - len(header[2]))
    import_ids = [str(m.get("ImportId") or "") for m in meta[: len(labels)]]
    if not any(import_ids):
        raise LoadError(
            f"{source_file}: header row 3 holds no Qualtrics column description (JSON with an "
            "ImportId); export as 'CSV, numeric values' with three header rows"
        )
    by_import_id = {c.import_id: c for c in kind.columns}
    position: dict[str, int] = {}
    for i, import_id in enumerate(import_ids):
        col = by_import_id.get(import_id)
        if col is not None and col.name not in position:
            position[col.name] = i
    for col in kind.columns:
        if col.name in position:
            continue
        taken = set(position.values())
        found = [i for i, label in enumerate(labels) if label in col.row1_labels and i not in taken]
        if found:
            position[col.name] = found[0]
    missing = [c for c in kind.columns if c.name not in position]
    if missing:
        named = ", ".join(f"{c.name} (ImportId {c.import_id})" for c in missing)
        raise LoadError(
            f"{source_file}: missing column(s) {named}; export the responses with Qualtrics' "
            "standard fields (SPEC §2.3)"
        )

    names: list[str] = [""] * len(labels)
    for name, i in position.items():
        names[i] = name
    seen = {n.lower() for n in names if n}
    for i, label in enumerate(labels):
        if names[i]:
            continue
        # Questions and extras by ImportId (`QID1`, `QID2_TEXT`), else by their label.
        name = import_ids[i] or label or f"column {i + 1}"
        if name.lower() in seen:
            name = f"{name} (column {i + 1})"
        seen.add(name.lower())
        names[i] = name

    zones, defaulted = {}, []
    for col in kind.columns:
        if col.parser != "qualtrics_local":
            continue
        zone = str(meta[position[col.name]].get("timeZone") or "")
        if not zone:
            defaulted.append(col.name)
            zone = conf.survey_time_zone
        zone = UTC_ALIASES.get(zone, zone)
        try:
            zoneinfo.ZoneInfo(zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise LoadError(
                f"{source_file}: column {col.name} names the unknown time zone {zone!r}; "
                "use an IANA name such as Europe/Copenhagen"
            ) from None
        zones[col.name] = zone
    notes = ()
    if defaulted:
        notes = (
            f"header row 3 gives no timeZone for {', '.join(defaulted)}: read as "
            f"{conf.survey_time_zone} (LOYALTY_SURVEY_TIME_ZONE)",
        )
    columns = {name: name for name in position}
    extras = tuple(n for n in names if n not in columns)
    return Layout(tuple(names), columns, extras, zones, notes)
