"""The generator's `crm/Task.csv`: account managers' follow-ups of detractors (SPEC §3, "Close
the loop") and the routine activity around them.

The relationships are recomputed here from the CSV files alone, by SPEC's rules, the way the
warehouse must compute them: if they stop showing, the generator broke (or these rules moved
away from the SPEC's).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from demodata import generate, sf_id18
from tests.conftest import qualtrics_names
from tests.test_demodata import drop_dirs, tree_bytes

REL = "SV_6Vx0RelatNPS012"
TASK_COLUMNS = ["Id", "WhoId", "WhatId", "OwnerId", "Subject", "Type", "Status", "Priority",
                "ActivityDate", "CreatedDate", "CompletedDateTime", "IsClosed", "SystemModstamp",
                "IsDeleted"]  # fmt: skip
SCALES = {"QID1": (0, 10), "QID3": (1, 5), "QID4": (1, 7), "QID5": (1, 5)}
DUE = pd.Timedelta(hours=72)
DIALECTS = {
    "demo": (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z"), {"true", "false"}),
    "waves": (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+0000"), {"1", "0"}),
}


# ------------------------------------------------------------------------------------------------
# Reading the files as the warehouse must (SPEC §2.1, §2.3, §3)
# ------------------------------------------------------------------------------------------------
def crm_rows(root: Path, name: str) -> pd.DataFrame:
    """Every row of every drop of a CRM file, as text, with its drop."""
    frames = [
        pd.read_csv(d / name, dtype=str, keep_default_na=False).assign(drop=d.name)
        for d in drop_dirs(root, "crm")
    ]
    return pd.concat(frames, ignore_index=True)


def utc(text: pd.Series) -> pd.Series:
    """Salesforce datetimes of either dialect (`…000Z`, `…000+0000`); blank is NaT."""
    return pd.to_datetime(text.str[:19], format="%Y-%m-%dT%H:%M:%S", errors="coerce")


def current(rows: pd.DataFrame) -> pd.DataFrame:
    """The latest version of each record: latest SystemModstamp, then the later drop."""
    rows = rows.assign(modstamp=utc(rows["SystemModstamp"]))
    return rows.sort_values(["Id", "modstamp", "drop"]).drop_duplicates("Id", keep="last")


def counting_answers(root: Path) -> pd.DataFrame:
    """Counting relationship-survey answers with a valid NPS from a known contact:
    contact (15 characters), account (15), recorded (UTC), nps."""
    contacts = current(crm_rows(root, "Contact.csv"))
    by_id = dict(zip(contacts["Id"].str[:15], contacts["AccountId"].str[:15], strict=True))
    by_email = dict(zip(contacts["Email"].str.lower(), contacts["Id"].str[:15], strict=True))
    rows = []
    for d in drop_dirs(root, "survey"):
        with (d / f"responses_{REL}.csv").open(encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            labels, _, meta = next(reader), next(reader), next(reader)
            names = qualtrics_names(labels, meta)
            zone = json.loads(meta[names.index("RecordedDate")])["timeZone"]
            rows += [dict(zip(names, values, strict=True), drop=d.name) for values in reader]
    answers = pd.DataFrame(rows).drop_duplicates("ResponseId", keep="last")
    valid = answers["Status"].isin(["0", "4", "16"])
    for column, (lo, hi) in SCALES.items():
        number = pd.to_numeric(answers[column].where(answers[column].str.fullmatch(r"\d+")))
        ok = (
            number.between(lo, hi)
            if column == "QID1"
            else (answers[column] == "") | number.between(lo, hi)
        )
        valid &= ok
    answers = answers[valid].copy()
    reference = answers["ExternalReference"].str[:15]
    email = answers["RecipientEmail"].str.strip().str.lower().map(by_email)
    answers["contact"] = reference.where(reference.isin(by_id.keys()), email)
    answers = answers.dropna(subset=["contact"])
    answers["account"] = answers["contact"].map(by_id)
    local = pd.to_datetime(answers["RecordedDate"], format="%Y-%m-%d %H:%M:%S")
    zone = "UTC" if zone in ("Z", "UTC") else zone
    answers["recorded"] = (
        local.dt.tz_localize(zone, ambiguous="NaT", nonexistent="NaT")
        .dt.tz_convert("UTC")
        .dt.tz_localize(None)
    )
    answers["nps"] = answers["QID1"].astype(int)
    answers = answers.dropna(subset=["recorded"])
    return answers[["ResponseId", "contact", "account", "recorded", "nps"]].reset_index(drop=True)


def follow_ups(root: Path) -> pd.DataFrame:
    """One row per trigger (a counting detractor answer of a known contact): when it was first
    followed up by a current, non-deleted task on the contact or its account, its status
    (`on time`, `late`, `none`) and the contact's next NPS answer (NaN: none yet)."""
    answers = counting_answers(root).sort_values(["contact", "recorded"])
    answers["next_nps"] = answers.groupby("contact")["nps"].shift(-1)
    triggers = answers[answers["nps"] <= 6].sort_values("recorded")
    tasks = current(crm_rows(root, "Task.csv"))
    tasks = tasks[~tasks["IsDeleted"].isin(["true", "1"])]
    tasks = tasks.assign(
        created=utc(tasks["CreatedDate"]),
        who=tasks["WhoId"].str[:15],
        what=tasks["WhatId"].str[:15],
    ).sort_values("created")
    firsts = []
    for on, by in (("contact", "who"), ("account", "what")):
        right = tasks.loc[tasks[by] != "", [by, "created"]]
        merged = pd.merge_asof(
            triggers, right, left_on="recorded", right_on="created", left_by=on, right_by=by,
            direction="forward",
        )  # fmt: skip
        firsts.append(merged.set_index("ResponseId")["created"])
    triggers = triggers.set_index("ResponseId")
    triggers["followed_at"] = pd.concat(firsts, axis=1).min(axis=1)
    wait = triggers["followed_at"] - triggers["recorded"]
    triggers["status"] = "none"
    triggers.loc[wait.notna(), "status"] = "late"
    triggers.loc[wait <= DUE, "status"] = "on time"
    return triggers


def recovery(triggers: pd.DataFrame) -> dict[str, tuple[float, int]]:
    """Share of triggers with a next answer whose next answer is 7 or more, by status."""
    known = triggers.dropna(subset=["next_nps"])
    return {
        status: ((group["next_nps"] >= 7).mean(), len(group))
        for status, group in known.groupby("status")
    }


# ------------------------------------------------------------------------------------------------
# fixtures: two worlds of three years, so contacts answer several times
# ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tasks_demo") / "landing"
    generate(root, 400, 7, None, None, 4, mess_rate=0.02, progress=False)
    return root


@pytest.fixture(scope="module")
def waves(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tasks_waves") / "landing"
    generate(root, 250, 7, None, None, 4, mess_rate=0.02, progress=False, profile="waves")
    return root


@pytest.fixture(scope="module")
def worlds(demo, waves) -> dict[str, Path]:
    return {"demo": demo, "waves": waves}


@pytest.fixture(scope="module")
def triggers(worlds) -> dict[str, pd.DataFrame]:
    return {name: follow_ups(root) for name, root in worlds.items()}


# ------------------------------------------------------------------------------------------------
# The file
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("profile", ["demo", "waves"])
def test_task_csv_is_in_every_drop_in_the_profiles_dialect(worlds, profile):
    root = worlds[profile]
    datetime, booleans = DIALECTS[profile]
    drops = drop_dirs(root, "crm")
    headers = {(d / "Task.csv").read_text(encoding="utf-8").split("\n", 1)[0] for d in drops}
    assert len(headers) == 1
    header = headers.pop().split(",")
    assert sorted(header) == sorted(TASK_COLUMNS)
    # Data Loader (waves) writes the same fields in another, fixed order.
    assert (header == TASK_COLUMNS) == (profile == "demo")
    rows = crm_rows(root, "Task.csv")
    assert set(rows["drop"]) == {d.name for d in drops}  # a delta a day, each with tasks
    for column in ("CreatedDate", "SystemModstamp"):
        assert rows[column].str.fullmatch(datetime.pattern).all(), column
    completed = rows["CompletedDateTime"]
    assert (completed.str.fullmatch(datetime.pattern) | (completed == "")).all()
    assert rows["ActivityDate"].str.fullmatch(r"\d{4}-\d\d-\d\d").all()
    assert set(rows["IsClosed"]) == set(rows["IsDeleted"]) == booleans
    closed = rows["IsClosed"].isin(["true", "1"])
    assert (closed == (rows["Status"] == "Completed")).all()
    assert (closed == (completed != "")).all()
    assert set(rows["Status"]) == {"Not Started", "In Progress", "Completed"}
    assert set(rows["Type"]) == {"Call", "Email", "Meeting"}
    assert set(rows["Priority"]) == {"Normal", "High"}
    for sf_id in set(rows["Id"]):
        assert len(sf_id) == 18 and sf_id.startswith("00T") and sf_id18(sf_id[:15]) == sf_id


def test_planned_tasks_get_later_versions_and_history_reaches_before_start(demo):
    # (test_demodata checks that a delta holds its day's versions and identical re-sends.)
    rows = crm_rows(demo, "Task.csv")
    versions = rows.drop(columns="drop").drop_duplicates().groupby("Id").size()
    assert (versions > 1).mean() > 0.1  # completed (or deleted) after they were created
    full = drop_dirs(demo, "crm")[0].name
    deltas = rows[rows["drop"] != full]
    assert (deltas["SystemModstamp"].str[:10] == deltas["drop"]).sum() > 10
    assert (rows["CreatedDate"].str[:10] < "2023-11-01").any()  # a year of history


def test_background_tasks_name_leads_opportunities_cases_or_nothing(demo):
    tasks = current(crm_rows(demo, "Task.csv"))
    cases = set(crm_rows(demo, "Case.csv")["Id"])
    who, what = tasks["WhoId"].str[:3], tasks["WhatId"].str[:3]
    assert set(who) == {"003", "00Q", ""} and set(what) == {"001", "006", "500", ""}
    assert set(tasks.loc[what == "500", "WhatId"]) <= cases  # real cases
    assert ((who == "") & (what == "")).sum() > 20
    # A few tasks per account and year.
    accounts = crm_rows(demo, "Account.csv")["Id"].nunique()
    per_account_year = len(tasks) / accounts / 4  # three years and a year of history
    assert 1.5 < per_account_year < 6, per_account_year


# ------------------------------------------------------------------------------------------------
# Follow-ups
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("profile", ["demo", "waves"])
def test_follow_ups_come_at_or_after_the_answer_they_follow_up(worlds, triggers, profile):
    tasks = current(crm_rows(worlds[profile], "Task.csv"))
    follow = tasks[tasks["Subject"].str.contains("feedback")].copy()
    follow["created"] = utc(follow["CreatedDate"])
    follow["who"], follow["what"] = follow["WhoId"].str[:15], follow["WhatId"].str[:15]
    detractors = triggers[profile]
    assert len(follow) > 50
    # Each follow-up names the contact, or the account, of a detractor answer recorded at most
    # a few weeks before it (never after it).
    for by, on in (("who", "contact"), ("what", "account")):
        named = follow[follow[by] != ""].sort_values("created")
        matched = pd.merge_asof(
            named, detractors.sort_values("recorded")[[on, "recorded"]], left_on="created",
            right_on="recorded", left_by=by, right_by=on, direction="backward",
        )  # fmt: skip
        lag = matched["created"] - matched["recorded"]
        assert (lag <= pd.Timedelta(days=30)).mean() > 0.95, (by, lag.describe())
    whatonly = (follow["WhoId"] == "").mean()
    assert 0.1 < whatonly < 0.3, whatonly


def test_some_who_ids_are_fifteen_characters_and_some_follow_ups_are_deleted(demo):
    rows = crm_rows(demo, "Task.csv")
    follow = rows[rows["Subject"].str.contains("feedback")]
    contacts = follow[follow["WhoId"].str.startswith("003")]
    short = (contacts["WhoId"].str.len() == 15).mean()
    assert 0.02 < short < 0.1, short
    deleted = current(follow)
    assert (deleted["IsDeleted"] == "true").sum() >= 3
    # A deleted follow-up is a later version of a task that first arrived not deleted.
    gone = set(deleted.loc[deleted["IsDeleted"] == "true", "Id"])
    first = rows[rows["Id"].isin(gone)].sort_values("SystemModstamp").drop_duplicates("Id")
    assert (first["IsDeleted"] == "false").all()


def test_a_deleted_follow_up_sometimes_changes_the_triggers_status(demo, triggers):
    # Were deletions ignored, some triggers that are late or not followed up would be on time.
    tasks = current(crm_rows(demo, "Task.csv"))
    deleted = tasks[(tasks["IsDeleted"] == "true") & tasks["Subject"].str.contains("feedback")]
    detractors = triggers["demo"]
    missed = detractors[detractors["status"] != "on time"]
    matters = 0
    for who, what, created in zip(
        deleted["WhoId"].str[:15], deleted["WhatId"].str[:15], utc(deleted["CreatedDate"]),
        strict=True,
    ):  # fmt: skip
        named = (missed["contact"] == who) | (missed["account"] == what)
        wait = created - missed["recorded"]
        matters += bool((named & (wait >= pd.Timedelta(0)) & (wait <= DUE)).any())
    assert matters >= 3, matters


@pytest.mark.parametrize("profile", ["demo", "waves"])
def test_account_managers_differ_in_how_they_follow_up(triggers, profile):
    shares = triggers[profile]["status"].value_counts(normalize=True)
    assert shares["on time"] > 0.25 and shares["late"] > 0.1 and shares["none"] > 0.05, shares


@pytest.mark.parametrize("profile", ["demo", "waves"])
def test_an_on_time_follow_up_makes_the_next_answer_recover_more_often(triggers, profile):
    rates = recovery(triggers[profile])
    on_time, n_on_time = rates["on time"]
    none, n_none = rates["none"]
    assert n_on_time >= 40 and n_none >= 20, rates
    assert on_time > none + 0.1, rates


def test_same_arguments_same_tasks(tmp_path):
    args = dict(start=dt.date(2025, 1, 1), end=dt.date(2026, 3, 31), delta_days=2, progress=False)
    generate(tmp_path / "a", 80, 3, **args)
    generate(tmp_path / "b", 80, 3, **args)
    a, b = tree_bytes(tmp_path / "a"), tree_bytes(tmp_path / "b")
    assert a == b
    assert any(k.endswith("Task.csv") and v.count(b"\n") > 1 for k, v in a.items())
