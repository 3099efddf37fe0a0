"""Real companies' data shapes, made from the demo extracts by editing their landing files.

The demo company surveys every month, complains every month and bills every month in four
currencies. A real B2B company sends its relationship survey twice a year, may run no support
survey, may have no complaints for months, may bill in one currency, and has typos such as an
invoice dated 2062. Each function here edits a generated landing folder in place, keeping each
file's encoding, byte-order mark, line endings and quoting conventions, so the loader reads the
edited files as it reads real ones. A shape is a list of such edits (`SHAPES`), so a new shape
(the generator's `--profile waves`, say) is one more entry.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

RELATIONSHIP = "SV_6Vx0RelatNPS012"
SUPPORT = "SV_9Zq1SupportCS34"
# The invoice a typist dated 01-01-2062 instead of 2026: loaded, and no report may window on it.
FAR_FUTURE_INVOICE = "9999001"


@dataclass(frozen=True)
class Dialect:
    """How a file was written, so that an edit writes it back the same way."""

    bom: bool
    delimiter: str
    newline: str


def _read(path: Path) -> tuple[Dialect, list[list[str]]]:
    raw = path.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    first_line = text.split("\n", 1)[0]
    dialect = Dialect(
        bom=bom,
        delimiter=";" if first_line.count(";") > first_line.count(",") else ",",
        newline="\r\n" if "\r\n" in text else "\n",
    )
    return dialect, list(csv.reader(io.StringIO(text, newline=""), delimiter=dialect.delimiter))


def _write(path: Path, dialect: Dialect, rows: list[list[str]]) -> None:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=dialect.delimiter, lineterminator=dialect.newline).writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if dialect.bom else b"") + out.getvalue().encode("utf-8"))


def _edit(landing: Path, pattern: str, header_rows: int, keep: Callable[[dict], bool],
          change: Callable[[dict], dict] = lambda row: row) -> int:  # fmt: skip
    """Keep the data rows of every `pattern` file for which `keep(row)` holds, changed by
    `change`; how many rows were removed. Rows are dicts by the first header row's names."""
    removed = 0
    for path in sorted(landing.glob(pattern)):
        dialect, rows = _read(path)
        header, data = rows[:header_rows], rows[header_rows:]
        names = header[0]
        kept = []
        for values in data:
            row = dict(zip(names, values, strict=True))
            if keep(row):
                kept.append([change(row)[name] for name in names])
            else:
                removed += 1
        _write(path, dialect, header + kept)
    return removed


def _month_start(months_back: int, end: dt.date) -> dt.date:
    month = end.year * 12 + end.month - 1 - months_back
    return dt.date(month // 12, month % 12 + 1, 1)


def _end(landing: Path) -> dt.date:
    """The date of the latest drop: the data's end."""
    return max(dt.date.fromisoformat(p.name) for p in landing.glob("*/*-*-*") if p.is_dir())


def drop_support_survey(landing: Path) -> None:
    """A company that runs only its relationship survey."""
    for path in landing.glob(f"survey/*/*_{SUPPORT}.csv"):
        path.unlink()


def relationship_survey_paused(landing: Path, months: int = 3) -> None:
    """No invitation sent and no answer recorded in the last `months` months, as between the
    two waves of a twice-a-year relationship survey. A day's margin keeps answers recorded just
    before midnight local time (the month before in UTC) out as well."""
    cutoff = (_month_start(months - 1, _end(landing)) - dt.timedelta(days=1)).isoformat()
    removed: set[str] = set()

    def before_cutoff(row: dict) -> bool:
        if row["RecordedDate"][:10] < cutoff:
            return True
        removed.add(row["ResponseId"])
        return False

    _edit(landing, f"survey/*/responses_{RELATIONSHIP}.csv", 3, before_cutoff)
    _edit(
        landing, f"survey/*/distribution_{RELATIONSHIP}.csv", 1,
        lambda row: row["SentDate"][:10] < cutoff and row["ResponseId"] not in removed,
    )  # fmt: skip


def no_survey_answers(landing: Path) -> None:
    """Invitations sent, nobody answered: a programme's first weeks."""
    for path in landing.glob("survey/*/responses_*.csv"):
        path.unlink()

    def unanswered(row: dict) -> dict:
        if row["Status"].startswith("Survey"):
            row["Status"] = "Email Opened"
        for column in ("ResponseStartedDate", "ResponseCompletedDate", "ResponseId"):
            row[column] = ""
        return row

    _edit(landing, "survey/*/distribution_*.csv", 1, lambda row: True, unanswered)


def _is_complaint(row: dict) -> bool:
    return row["Type"].strip().casefold() == "complaint"


def no_recent_complaints(landing: Path, months: int = 2) -> None:
    """No complaint created in the last `months` months (every version of such a case goes)."""
    cutoff = _month_start(months - 1, _end(landing)).isoformat()
    _edit(
        landing, "crm/*/Case.csv", 1,
        lambda row: not (_is_complaint(row) and row["CreatedDate"][:10] >= cutoff),
    )  # fmt: skip


def no_complaints(landing: Path) -> None:
    _edit(landing, "crm/*/Case.csv", 1, lambda row: not _is_complaint(row))


def without_segment(segment: str) -> Callable[[Path], None]:
    """A company without `segment` customers: those accounts are filed under another one."""
    other = "Mid-Market" if segment != "Mid-Market" else "Enterprise"

    def refile(row: dict) -> dict:
        if row["Customer_Segment__c"] == segment:
            row["Customer_Segment__c"] = other
        return row

    def edit(landing: Path) -> None:
        _edit(landing, "crm/*/Account.csv", 1, lambda row: True, refile)

    edit.__name__ = f"without_segment_{segment}"
    return edit


def one_currency(landing: Path) -> None:
    """Every document in EUR, the reporting currency (the rates file stays as delivered)."""

    def in_eur(row: dict) -> dict:
        row["Currency"] = "EUR"
        return row

    _edit(landing, "billing/*/invoices.csv", 1, lambda row: True, in_eur)


def nothing_billed_last_month(landing: Path) -> None:
    """No document dated in the latest month: billing runs at the month's end, after the drop."""
    month = _month_start(0, _end(landing)).strftime("-%m-%Y")
    _edit(landing, "billing/*/invoices.csv", 1, lambda row: not row["InvoiceDate"].endswith(month))


def invoice_dated_2062(landing: Path) -> None:
    """One invoice with the year typed wrong, 01-01-2062, in EUR, for a known customer."""
    path = max(landing.glob("billing/*/invoices.csv"))
    dialect, rows = _read(path)
    account = next(row[2] for row in rows[1:] if row[2])
    rows.append(
        [FAR_FUTURE_INVOICE, "Invoice", account, "01-01-2062", "31-01-2062", "EUR",
         "5000,00", "1250,00", "Posted"]
    )  # fmt: skip
    _write(path, dialect, rows)


def no_contact_titles(landing: Path) -> None:
    """A CRM where nobody fills in a contact's Title or Department: every respondent's role is
    unknown, so NPS by role has only its total and no customer has a role heard."""

    def untitled(row: dict) -> dict:
        row["Title"] = row["Department"] = ""
        return row

    _edit(landing, "crm/*/Contact.csv", 1, lambda row: True, untitled)


def no_tasks(landing: Path) -> None:
    """A CRM that exports no activity log: Task.csv is optional (SPEC §2.1)."""
    for path in landing.glob("crm/*/Task.csv"):
        path.unlink()


# The accounts parent_id_cycle links in a cycle (filled in when the shape is built), the
# first two in a cycle, the third under it.
CYCLE_ACCOUNTS: list[str] = []


def parent_id_cycle(landing: Path) -> None:
    """A data error: three billed accounts whose ParentIds make A → B → A, with C → A, in
    every drop. SPEC §3: reported with the accounts named, never a hang."""
    billed = set()
    for path in landing.glob("billing/*/invoices.csv"):
        billed |= {row[2][:15] for row in _read(path)[1][1:] if row[2]}
    ids = set()
    for path in landing.glob("crm/*/Account.csv"):
        _, rows = _read(path)
        column = rows[0].index("Id")
        ids |= {row[column] for row in rows[1:] if row[column][:15] in billed}
    a, b, c = sorted(ids)[:3]
    CYCLE_ACCOUNTS[:] = [a, b, c]
    parents = {a: b, b: a, c: a}

    def link(row: dict) -> dict:
        row["ParentId"] = parents.get(row["Id"], row["ParentId"])
        return row

    _edit(landing, "crm/*/Account.csv", 1, lambda row: True, link)


# Files a drop holds that no extract kind loads: named in the run and in mart_data_quality.
STRAY_FILES = ("Accounts.csv", "readme.txt")


def stray_files(landing: Path) -> None:
    """A misspelt extract in the latest CRM drop and a note in the latest billing drop."""
    crm = max(landing.glob("crm/*-*-*"))
    (crm / STRAY_FILES[0]).write_bytes((crm / "Account.csv").read_bytes())
    (max(landing.glob("billing/*-*-*")) / STRAY_FILES[1]).write_text("exported by the ERP\n")


@dataclass(frozen=True)
class Shape:
    """A company: the generator's profile and how many accounts it generates, then the edits."""

    name: str
    accounts: int
    edits: list[Callable[[Path], None]] = field(default_factory=list)
    profile: str = "demo"

    def build(self, landing: Path) -> Path:
        from demodata import generate

        if self.profile == "demo":
            generate(
                landing, accounts=self.accounts, seed=11, start=dt.date(2025, 9, 1),
                end=dt.date(2026, 10, 31), delta_days=3, progress=False,
            )  # fmt: skip
        else:
            # The profile's own history: three years, so that revenue trends are scored.
            generate(
                landing, profile=self.profile, accounts=self.accounts, seed=11, delta_days=3,
                progress=False,
            )  # fmt: skip
        for edit in [*self.edits, stray_files]:
            edit(landing)
        return landing


SHAPES = [
    # A survey twice a year, no support survey, a quiet complaints desk, no SMB, one typo, and
    # a CRM that exports no activity log (no Task.csv: no close the loop).
    Shape(
        "relationship survey between waves",
        accounts=150,
        edits=[
            no_tasks,
            drop_support_survey,
            relationship_survey_paused,
            no_recent_complaints,
            without_segment("SMB"),
            invoice_dated_2062,
        ],
    ),
    # The generator's second world (`--profile waves`): a small company in Data Loader's and
    # Qualtrics' real formats, a relationship survey in two waves a year, anonymous answers,
    # one currency, parent accounts; edited to never a complaint, nothing billed yet this
    # month, one typo, no contact titles at all, and a ParentId cycle.
    Shape(
        "waves: thirty customers, one currency, no complaints",
        accounts=30,
        profile="waves",
        edits=[
            no_complaints,
            nothing_billed_last_month,
            invoice_dated_2062,
            no_contact_titles,
            parent_id_cycle,
        ],
    ),
    # A programme's first weeks: invitations sent, nobody answered yet.
    Shape(
        "thirty customers, no answers yet",
        accounts=30,
        edits=[no_survey_answers, invoice_dated_2062],
    ),
]
