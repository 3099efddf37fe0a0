"""The service marts, end to end: complaint counts and response rates recomputed straight from
the extract files (SPEC §2–3), independently of the warehouse, against the published marts."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from orchestration.extracts import DISTRIBUTION_STATUSES
from tests.conftest import query

SALESFORCE_ID = re.compile(r"[A-Za-z0-9]{15}([A-Za-z0-9]{3})?")
BOUNCED = {"Email Hard Bounce", "Email Failed"}


class Quarantined(ValueError):
    """A value the loader does not accept: the row never reaches raw, an earlier version stands."""


def drops(landing: Path, system: str) -> list[Path]:
    return sorted(p for p in (landing / system).iterdir() if (p / "_SUCCESS").exists())


def utc(text: str, formats: tuple[str, ...]) -> dt.datetime | None:
    if text == "":
        return None
    for fmt in formats:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            pass
    raise Quarantined(text)


def crm_datetime(text: str) -> dt.datetime | None:
    return utc(text, ("%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%SZ"))


def iso_utc(text: str) -> dt.datetime | None:
    return utc(text, ("%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S.%fZ"))


def month_of(moment: dt.datetime) -> dt.date:
    return moment.date().replace(day=1)


def next_month(month: dt.date) -> dt.datetime:
    return dt.datetime(month.year + month.month // 12, month.month % 12 + 1, 1)


def current_cases(landing: Path) -> list[dict]:
    """The current version of every case: latest SystemModstamp, ties to the later drop (and
    the later row); Ids compared on their first 15 characters (SPEC §2.1)."""
    latest: dict[str, tuple[tuple, dict]] = {}
    for drop in drops(landing, "crm"):
        with (drop / "Case.csv").open(encoding="utf-8-sig", newline="") as f:
            for row_number, row in enumerate(csv.DictReader(f)):
                try:
                    if not SALESFORCE_ID.fullmatch(row["Id"]):
                        raise Quarantined(row["Id"])
                    if any(
                        row[c] and not SALESFORCE_ID.fullmatch(row[c])
                        for c in ("AccountId", "ContactId", "OwnerId")
                    ):
                        raise Quarantined("id")
                    if row["IsDeleted"] and row["IsDeleted"].lower() not in ("true", "false"):
                        raise Quarantined(row["IsDeleted"])
                    case = {
                        "type": row["Type"],
                        "deleted": row["IsDeleted"].lower() == "true",
                        "created": crm_datetime(row["CreatedDate"]),
                        "closed": crm_datetime(row["ClosedDate"]),
                        "modstamp": crm_datetime(row["SystemModstamp"]),
                    }
                except Quarantined:
                    continue
                if case["modstamp"] is None:
                    continue  # required: quarantined
                order = (case["modstamp"], drop.name, row_number)
                key = row["Id"][:15]
                if key not in latest or order > latest[key][0]:
                    latest[key] = (order, case)
    return [case for _, case in latest.values()]


def expected_complaints(landing: Path) -> tuple[Counter, list[dict]]:
    """Complaints created per month (all segments), and the complaints themselves."""
    complaints = [
        case
        for case in current_cases(landing)
        if case["type"].strip().casefold() == "complaint"
        and not case["deleted"]
        and case["created"] is not None
    ]
    return Counter(month_of(c["created"]) for c in complaints), complaints


def expected_invitations(landing: Path) -> dict[tuple[str, dt.date], tuple[int, int, int]]:
    """(survey, month of SentDate) -> (invited, bounced, finished) over the latest drop of each
    invitation (DistributionId, ContactExternalReference)."""
    latest: dict[tuple[str, str], tuple[str, dt.datetime | None]] = {}
    for drop in drops(landing, "survey"):
        for path in sorted(drop.glob("distribution_*.csv")):
            with path.open(encoding="utf-8-sig", newline="") as f:
                for row in csv.DictReader(f):
                    status = row["Status"].strip()
                    try:
                        if not row["DistributionId"].strip() or status not in DISTRIBUTION_STATUSES:
                            raise Quarantined(status)
                        if row["RemindersSent"] and not re.fullmatch(
                            r"-?[0-9]+", row["RemindersSent"].strip()
                        ):
                            raise Quarantined(row["RemindersSent"])
                        for column in (
                            "OpenedDate",
                            "ResponseStartedDate",
                            "ResponseCompletedDate",
                        ):
                            iso_utc(row[column])
                        sent = iso_utc(row["SentDate"])
                    except Quarantined:
                        continue
                    key = (row["DistributionId"].strip(), row["ContactExternalReference"].strip())
                    latest[key] = (row["SurveyId"].strip(), status, sent)
    counts: dict[tuple[str, dt.date], list[int]] = defaultdict(lambda: [0, 0, 0])
    for survey, status, sent in latest.values():
        if sent is None:
            continue
        c = counts[(survey, month_of(sent))]
        c[0] += 1
        c[1] += status in BOUNCED
        c[2] += status == "Survey Finished"
    return {key: tuple(c) for key, c in counts.items()}


@pytest.fixture
def built(small_warehouse):
    return small_warehouse


def test_every_month_has_an_all_row_without_gaps(built):
    months = [
        m
        for (m,) in query(
            built.bi_db,
            "select month from marts.mart_complaint_rate where segment = 'All' order by month",
        )
    ]
    assert len(months) > 12
    assert all(next_month(a).date() == b for a, b in zip(months, months[1:], strict=False))


def test_complaints_per_month_agree_with_the_extracts(built):
    by_month, _ = expected_complaints(built.landing_dir)
    actual = dict(
        query(
            built.bi_db,
            "select month, complaints from marts.mart_complaint_rate where segment = 'All'",
        )
    )
    first, last = min(actual), max(actual)
    # The months run from the first event; a complaint dated after the latest drop's month
    # is a typo the marts leave out.
    assert all(month >= first for month in by_month)
    assert {m: n for m, n in actual.items() if n} == {
        m: n for m, n in by_month.items() if m <= last
    }
    assert sum(actual.values()) > 0


def test_open_complaints_at_month_end_agree_with_the_extracts(built):
    _, complaints = expected_complaints(built.landing_dir)
    actual = dict(
        query(
            built.bi_db,
            "select month, open_complaints from marts.mart_complaint_rate where segment = 'All'",
        )
    )
    for month, open_complaints in actual.items():
        end = next_month(month)
        expected = sum(
            c["created"] < end and (c["closed"] is None or c["closed"] >= end) for c in complaints
        )
        assert open_complaints == expected, month


def test_complaint_rate_is_complaints_per_100_active_customers(built):
    rows = query(
        built.bi_db,
        "select month, segment, complaints, active_customers, complaint_rate "
        "from marts.mart_complaint_rate",
    )
    assert any(active for *_, active, _ in rows)
    for month, segment, complaints, active, rate in rows:
        if active == 0:
            assert rate is None, (month, segment)
        else:
            assert float(rate) == pytest.approx(100 * complaints / active, abs=0.005), (
                month,
                segment,
            )


def test_response_rates_agree_with_the_extracts(built):
    expected = expected_invitations(built.landing_dir)
    rows = query(
        built.bi_db,
        "select survey_id, month, invited, bounced, finished, response_rate "
        "from marts.mart_response_rate",
    )
    actual = {(survey, month): (i, b, f) for survey, month, i, b, f, _ in rows}
    assert actual == expected
    assert {survey for survey, _ in actual} and sum(b for _, b, _ in actual.values()) > 0
    for survey, month, invited, bounced, finished, rate in rows:
        if invited == bounced:
            assert rate is None, (survey, month)
        else:
            assert float(rate) == pytest.approx(finished / (invited - bounced), abs=0.00005)
