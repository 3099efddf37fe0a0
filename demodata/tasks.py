"""Salesforce tasks (SPEC §2.1 `Task.csv`): account managers' follow-ups of detractors, and the
everyday activity logged around them.

Close the loop (SPEC §3): every counting NPS answer of 0-6 from a known contact is a trigger.
The account's owner as of the answer follows it up, or not, by a habit of their own: prompt
(mostly within hours), late (mostly after 3-15 days) or rarely. A contact whose detractor
answer was followed up on time answers the next time more kindly; one whom nobody called back
before the next answer feels ignored and answers worse. The survey generator draws each
contact's answers in time order through `FollowUps`, so the follow-ups written here are exactly
those the later answers reacted to.

The routine activity around them must not pass for follow-ups by accident: calls and meetings
on accounts and contacts (some shortly before a detractor answer), tasks on opportunities,
cases and leads, and personal to-dos without WhoId or WhatId.
"""

from __future__ import annotations

import numpy as np

from demodata.crm import Accounts, Cases, Contacts, Users, crm_bool, uniform_between, write_versions
from demodata.ids import sf_ids
from demodata.qualtrics import clip_round
from demodata.timefmt import DAY, HOUR, NEVER
from demodata.world import YEAR, World

TASK_COLUMNS = ("Id", "WhoId", "WhatId", "OwnerId", "Subject", "Type", "Status", "Priority",
                "ActivityDate", "CreatedDate", "CompletedDateTime", "IsClosed", "SystemModstamp",
                "IsDeleted")  # fmt: skip
DUE = 72 * HOUR  # SPEC's default follow_up_hours: a follow-up after this is late
HABITS = ("prompt", "late", "rare")
HABIT_SHARES = (0.36, 0.36, 0.28)
P_FOLLOW = (0.92, 0.88, 0.15)  # chance that a trigger is followed up at all (rare: 0-30 %)
P_PROMPT = (0.85, 0.15, 0.5)  # chance that a follow-up comes within hours, not days
DILIGENCE = (1.0, 0.7, 0.25)  # how much routine activity each habit logs
# What a follow-up does to the contact's next answer (NPS points, before rounding); a detractor
# nobody called back feels ignored.
LIFT_ON_TIME, LIFT_LATE, LIFT_IGNORED = 1.0, 0.0, -0.8
P_WRONG = 0.05  # a follow-up logged by mistake and deleted; half are logged again days later
P_DUPLICATE = 0.03  # a follow-up logged twice; the copy is deleted
P_ACCOUNT_ONLY = 0.18  # follow-ups on the account (WhatId), not on the contact (WhoId)
P_SHORT_WHO = 0.05  # a contact WhoId written as the 15-character Id by an integration
TYPES = ("Call", "Email", "Meeting")
# kind: (type weights, subjects per type, yearly rate per account); only follow-up subjects
# mention feedback, so a reader (or a test) can tell them apart.
KINDS = {
    "follow_up": ((0.55, 0.3, 0.15), (
        ("Call back about survey feedback", "Follow-up call: survey feedback"),
        ("Re: your survey feedback", "Follow-up on your feedback"),
        ("Feedback follow-up meeting", "Visit: follow-up on survey feedback"),
    ), 0.0),
    "routine": ((0.4, 0.4, 0.2), (
        ("Check-in call", "Renewal call", "Call about order forecast"),
        ("Sent product update", "Sent updated price list", "Sent delivery schedule"),
        ("Quarterly business review", "Site visit", "Introduction meeting"),
    ), 0.7),
    "opportunity": ((0.35, 0.45, 0.2), (
        ("Call about quote", "Negotiation call"),
        ("Sent quote", "Sent contract draft"),
        ("Solution demo", "Proposal presentation"),
    ), 1.0),
    "case": ((0.5, 0.5, 0.0), (
        ("Call customer about case",), ("Update customer on case",), ("Case review",),
    ), 0.0),
    "lead": ((0.5, 0.4, 0.1), (
        ("Cold call", "Qualification call"), ("Intro e-mail", "Sent brochure"),
        ("Discovery meeting",),
    ), 0.5),
    "todo": ((0.3, 0.3, 0.4), (
        ("Call back",), ("Update forecast", "Expense report"), ("Pipeline review", "Prepare QBR"),
    ), 0.25),
}  # fmt: skip
KIND_NAMES = tuple(KINDS)
SEGMENT_ACTIVITY = np.array([2.0, 1.2, 0.7])  # Enterprise accounts see the most activity
P_BEFORE = 0.1  # share of answers with a routine call to the same contact in the weeks before
# WhoId: a contact index, or one of these; WhatId: what the task is on.
NO_ONE, LEAD = -1, -2
NOTHING, ACCOUNT, OPPORTUNITY, CASE = 0, 1, 2, 3


def office_hours(rng: np.random.Generator, t: np.ndarray) -> np.ndarray:
    """Move times outside 06-17 UTC on weekdays to early in the next working morning."""
    t = np.asarray(t, dtype=np.int64)
    sec = t % DAY
    day = t // DAY + (sec >= 17 * HOUR)
    dow = (day + 3) % 7  # 0 = Monday (1970-01-01 was a Thursday)
    day = day + np.where(dow == 5, 2, np.where(dow == 6, 1, 0))
    morning = day * DAY + 6 * HOUR + rng.integers(0, 3 * HOUR, size=len(t))
    return np.where((sec < 6 * HOUR) | (sec >= 17 * HOUR) | (dow >= 5), morning, t)


class FollowUps:
    """The account managers' follow-up habits, and the follow-ups drawn in the current chunk."""

    def __init__(self, world: World, users: Users, rng: np.random.Generator):
        n = len(users.ids)
        self.world = world
        self.habit = rng.choice(len(HABITS), size=n, p=HABIT_SHARES)
        # Account managers get the habits in their shares exactly, so small worlds show all three.
        managers = np.unique(np.concatenate(users.member_user))
        cut = np.cumsum(HABIT_SHARES)[:-1]
        place = (np.arange(len(managers)) + 0.5) / len(managers)
        self.habit[rng.permutation(managers)] = np.searchsorted(cut, place)
        # Within a habit managers differ a little; a rare one follows up 0-30 % of triggers.
        self.p_follow = np.clip(np.array(P_FOLLOW)[self.habit] + rng.normal(0, 0.04, n), 0, 1)
        rare = self.habit == 2
        self.p_follow[rare] = rng.uniform(0.0, 0.3, size=rare.sum())
        self.p_prompt = np.clip(np.array(P_PROMPT)[self.habit] + rng.normal(0, 0.05, n), 0, 1)
        self.diligence = np.array(DILIGENCE)[self.habit]
        self.departed = users.departed
        for h, name in enumerate(HABITS):
            world.entities[f"account_manager_habits:{name}"] = int(
                (self.habit[managers] == h).sum()
            )
        self.begin(rng)

    def begin(self, rng: np.random.Generator) -> None:
        """Start a chunk with a stream of its own, so that the survey's draws stay as they were."""
        self.rng = rng
        self.tasks: list[tuple] = []  # (owner, contact, account, created, deleted) per batch
        self.triggers: list[tuple] = []  # (contact, account, recorded, followed up) per batch
        self.answers: list[tuple] = []  # (contact, account, answered at) of `lift`'s batches
        self.timeline = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))

    def lift(
        self, acc: Accounts, contact, account, answered_at, recorded, base, has_nps
    ) -> np.ndarray:
        """NPS points each answer gains from the follow-up of its contact's previous answer.

        Goes through each contact's answers in order of recording: an answer whose NPS
        (`base` plus its lift, rounded) is 0-6 is a trigger, and its follow-up decides the lift
        of the contact's next answer (if it came before that answer)."""
        lift = np.zeros(len(contact))
        rows = np.flatnonzero(has_nps)
        self.answers.append((contact[rows], account[rows], answered_at[rows]))
        order = rows[np.lexsort((recorded[rows], contact[rows]))]
        m = len(order)
        c = contact[order]
        first = np.ones(m, dtype=bool)
        first[1:] = c[1:] != c[:-1]
        rank = np.arange(m) - np.maximum.accumulate(np.where(first, np.arange(m), 0))
        followed = np.full(m, NEVER, dtype=np.int64)
        trigger = np.zeros(m, dtype=bool)
        at = recorded[order]
        for k in range(int(rank.max()) + 1 if m else 0):
            pos = np.flatnonzero(rank == k)
            i = order[pos]
            if k:
                prev = pos - 1
                lift[i] = _effect(trigger[prev], at[prev], followed[prev], answered_at[i])
            trigger[pos] = clip_round(base[i] + lift[i], 0, 10) <= 6
            pos, i = pos[trigger[pos]], i[trigger[pos]]
            followed[pos] = self.follow_up(acc, contact[i], account[i], recorded[i])
        self.timeline = (c.astype(np.int64) * (1 << 32) + at, trigger, followed)
        return lift

    def lift_at(self, contact: np.ndarray, t: np.ndarray) -> np.ndarray:
        """The lift of answers given at t outside `lift`'s batch (imported or offline ones):
        what the contact's latest earlier answer in the batch gives."""
        key, trigger, followed = self.timeline
        contact = np.asarray(contact, dtype=np.int64)
        if not len(key):
            return np.zeros(len(contact))
        pos = np.searchsorted(key, contact * (1 << 32) + t, side="right") - 1
        safe = np.maximum(pos, 0)
        ok = (pos >= 0) & (key[safe] >> 32 == contact)
        at = key[safe] & ((1 << 32) - 1)
        return np.where(ok, _effect(trigger[safe], at, followed[safe], t), 0.0)

    def follow_up(self, acc: Accounts, contact, account, recorded) -> np.ndarray:
        """Draw the follow-up tasks of triggers; return when each was followed up (NEVER: not),
        by a task that stays: one logged by mistake and deleted again is no follow-up."""
        rng, n = self.rng, len(contact)
        owner = acc.owner_at(account, recorded)
        follows = rng.random(n) < self.p_follow[owner]
        prompt = rng.random(n) < self.p_prompt[owner]
        hours = np.minimum(rng.lognormal(np.log(5), 0.9, size=n), 60) * HOUR
        delay = np.where(prompt, hours, rng.uniform(3 * DAY, 15 * DAY, size=n)).astype(np.int64)
        created = office_hours(rng, recorded + delay)
        follows &= created < self.departed[owner]  # a manager who has left follows nothing up
        wrong = follows & (rng.random(n) < P_WRONG)
        wrong_gone = created + rng.integers(HOUR, 3 * DAY, size=n)
        redo_t = office_hours(rng, created + rng.integers(3 * DAY, 12 * DAY, size=n))
        redo = wrong & (rng.random(n) < 0.5) & (redo_t < self.departed[owner])
        copy = follows & ~wrong & (rng.random(n) < P_DUPLICATE)
        copy_t = created + rng.integers(60, 20 * 60, size=n)
        copy_gone = copy_t + rng.integers(HOUR, 2 * DAY, size=n)
        for rows, t, gone in (
            (follows, created, np.where(wrong, wrong_gone, NEVER)),
            (redo, redo_t, np.full(n, NEVER)),
            (copy, copy_t, copy_gone),
        ):
            self.tasks.append((owner[rows], contact[rows], account[rows], t[rows], gone[rows]))
        followed = np.where(redo, redo_t, np.where(follows & ~wrong, created, NEVER))
        self.triggers.append((contact, account, recorded, followed))
        end_cut = self.world.end_cut
        injected = self.world.injected
        injected["follow_up_tasks_deleted:mistaken"] += int((wrong & (wrong_gone < end_cut)).sum())
        injected["follow_up_tasks_deleted:duplicate"] += int((copy & (copy_gone < end_cut)).sum())
        return followed


def _effect(trigger, recorded, followed, t) -> np.ndarray:
    """NPS points an answer given at t gains from the contact's previous answer (recorded then):
    nothing after a non-detractor; after a detractor, what its follow-up (if made before t) did."""
    made = followed < t
    on_time = followed - recorded <= DUE
    lift = np.where(made, np.where(on_time, LIFT_ON_TIME, LIFT_LATE), LIFT_IGNORED)
    return np.where(trigger, lift, 0.0)


def build_tasks(
    world: World, rng: np.random.Generator, users: Users, acc: Accounts, con: Contacts,
    cases: Cases, loop: FollowUps,
) -> None:  # fmt: skip
    """Write the chunk's tasks: the follow-ups `loop` drew, and the routine activity."""
    start, end_cut = world.start_s, world.end_cut
    parts: list[tuple] = []  # (kind, owner, who, what, object, created, deleted) per batch

    def add(kind, owner, who, what, obj, created, gone=None) -> None:
        gone = np.full(len(created), NEVER) if gone is None else gone
        parts.append((np.full(len(created), KIND_NAMES.index(kind)), owner, who, what, obj,
                      created, gone))  # fmt: skip

    # Follow-ups: most are logged on the contact (WhatId stays blank, as when a call is logged
    # from the contact's page), some on the account only.
    if loop.tasks:
        owner, contact, account, created, gone = (
            np.concatenate(x) for x in zip(*loop.tasks, strict=True)
        )
        on_account = rng.random(len(created)) < P_ACCOUNT_ONLY
        who = np.where(on_account, NO_ONE, contact)
        what = np.where(on_account, ACCOUNT, NOTHING)
        add("follow_up", owner, who, what, account, created, gone)
        contact, account, recorded, followed = (
            np.concatenate(x) for x in zip(*loop.triggers, strict=True)
        )
        _count_outcomes(world, recorded, followed)

    # Some answers come weeks after a routine call with the same contact: before a detractor
    # answer, such a call is no follow-up.
    if loop.answers:
        contact, account, answered = (np.concatenate(x) for x in zip(*loop.answers, strict=True))
        pick = np.flatnonzero(rng.random(len(contact)) < P_BEFORE)
        t = office_hours(rng, answered[pick] - rng.integers(DAY, 25 * DAY, size=len(pick)))
        ok = (t < answered[pick]) & (t > con.created[contact[pick]])
        pick, t = pick[ok], t[ok]
        a = account[pick]
        add("routine", acc.owner_at(a, t), contact[pick], np.full(len(a), NOTHING), a, t)

    # Activity over each account's life (a year of history before `start`, win-back calls for
    # three months after churn), more of it at bigger customers.
    lo = np.maximum(acc.created, start - int(YEAR))
    hi = np.minimum(acc.churn + 90 * DAY, end_cut)
    years = np.maximum(hi - lo, 0) / YEAR
    half_year = int(YEAR) // 2
    opp_first = np.concatenate(([0], np.cumsum((hi - lo) // half_year + 2)))
    opp_ids = sf_ids("Opportunity", world.numbers("Opportunity", int(opp_first[-1]), rng, gap=4))
    for kind in ("routine", "opportunity", "lead", "todo"):
        rate = KINDS[kind][2] * SEGMENT_ACTIVITY[acc.segment]
        a = np.repeat(np.arange(acc.n), rng.poisson(rate * years))
        t = office_hours(rng, uniform_between(rng, lo[a], hi[a]))
        a, t = a[t < end_cut], t[t < end_cut]
        owner = acc.owner_at(a, t)
        if kind == "routine":  # managers who seldom follow up seldom log anything at all
            keep = rng.random(len(a)) < loop.diligence[owner]
            a, t, owner = a[keep], t[keep], owner[keep]
        n = len(a)
        who, what, obj = np.full(n, NO_ONE), np.full(n, NOTHING), a
        if kind == "routine":
            slot = (rng.random(n) * acc.slots[a]).astype(np.int64)
            who = np.where(rng.random(n) < 0.7, con.active_at(a, slot, t), NO_ONE)
            what = np.where(who < 0, ACCOUNT, NOTHING)
        elif kind == "opportunity":  # the account's opportunity of the half year
            what, obj = np.full(n, OPPORTUNITY), opp_first[a] + (t - lo[a]) // half_year
        elif kind == "lead":
            who = np.full(n, LEAD)
        add(kind, owner, who, what, obj, t)

    # Support agents (now and then the account manager) log calls on cases.
    k = np.flatnonzero(~cases.deleted & (rng.random(len(cases.acc)) < 0.35))
    t = uniform_between(
        rng, cases.created[k], np.minimum(cases.closed[k], cases.created[k] + 7 * DAY)
    )
    k, t = k[t < end_cut], t[t < end_cut]
    agent = users.support_agents[rng.integers(0, len(users.support_agents), size=len(k))]
    owner = np.where(rng.random(len(k)) < 0.7, agent, acc.owner_at(cases.acc[k], t))
    add("case", owner, np.full(len(k), NO_ONE), np.full(len(k), CASE), k, t)
    objects = {ACCOUNT: acc.ids, OPPORTUNITY: opp_ids, CASE: cases.ids}
    _write(world, rng, users, con, objects, parts)


def _count_outcomes(world: World, recorded: np.ndarray, followed: np.ndarray) -> None:
    """The follow-ups as built in (routine tasks on the account may still pass for one)."""
    seen = followed < world.end_cut
    world.entities["follow_up_triggers"] += len(recorded)
    world.entities["follow_up_outcomes:on_time"] += int((seen & (followed - recorded <= DUE)).sum())
    world.entities["follow_up_outcomes:late"] += int((seen & (followed - recorded > DUE)).sum())
    world.entities["follow_up_outcomes:none"] += int((~seen).sum())


def _write(world: World, rng: np.random.Generator, users: Users, con: Contacts,
           objects: dict[int, np.ndarray], parts: list[tuple]) -> None:  # fmt: skip
    """Write tasks (given column-wise) with their versions to Task.csv."""
    end_cut = world.end_cut
    kind, owner, who, what, obj, created, gone = (
        np.concatenate(x).astype(np.int64) for x in zip(*parts, strict=True)
    )
    keep = created < end_cut  # a follow-up after the end is not in the data (yet)
    kind, owner, who, what, obj, created, gone = (
        x[keep] for x in (kind, owner, who, what, obj, created, gone)
    )
    n = len(created)
    rank = np.empty(n, dtype=np.int64)
    rank[np.argsort(created, kind="stable")] = np.arange(n)
    ids = sf_ids("Task", world.numbers("Task", n, rng, gap=3)[rank])

    who_id = np.full(n, "", dtype=object)
    person = np.flatnonzero(who >= 0)
    who_id[person] = con.ids[who[person]]
    short = person[world.pick(rng, len(person), P_SHORT_WHO)]
    who_id[short] = np.array([x[:15] for x in who_id[short].tolist()], dtype=object)
    leads = np.flatnonzero(who == LEAD)
    who_id[leads] = sf_ids("Lead", world.numbers("Lead", len(leads), rng, gap=7))
    what_id = np.full(n, "", dtype=object)
    for code, object_ids in objects.items():
        rows = np.flatnonzero(what == code)
        what_id[rows] = object_ids[obj[rows]]
    world.injected["task_who_id_15_chars"] += len(short)

    # A few routine tasks are deleted too (a follow-up's deletion was drawn with it).
    extra = world.pick(rng, n) & (kind != 0)
    gone = np.where(extra, created + rng.integers(HOUR, 10 * DAY, size=n), gone)
    world.injected["tasks_deleted_other"] += int(((gone < end_cut) & (kind != 0)).sum())

    weights = np.array([KINDS[k][0] for k in KIND_NAMES])
    cum = np.cumsum(weights, axis=1)[kind]
    ttype = (rng.random(n)[:, None] * cum[:, -1:] > cum).sum(axis=1)
    subjects = np.full((len(KINDS), 3, 3), "", dtype=object)
    count = np.zeros((len(KINDS), 3), dtype=np.int64)
    for ki, name in enumerate(KIND_NAMES):
        for ti, texts in enumerate(KINDS[name][1]):
            subjects[ki, ti, : len(texts)] = texts
            count[ki, ti] = len(texts)
    subject = subjects[kind, ttype, rng.integers(0, 1 << 30, size=n) % count[kind, ttype]]
    high = np.array([0.6, 0.08, 0.08, 0.3, 0.05, 0.05])[kind]
    priority = np.where(rng.random(n) < high, "High", "Normal")

    # A logged call or e-mail is complete when created; a planned task (most meetings) has a
    # due date, goes In Progress now and then, and is completed around it (or never).
    planned = rng.random(n) < np.array([0.25, 0.1, 0.8])[ttype]
    activity_day = created // DAY + np.where(planned, rng.integers(0, 8, size=n), 0)
    done = activity_day * DAY + 7 * HOUR + rng.integers(0, 9 * HOUR, size=n)
    done += np.where(rng.random(n) < 0.15, rng.integers(DAY, 10 * DAY, size=n), 0)
    done = np.where(planned, np.maximum(done, created + 600), created)
    done[planned & (rng.random(n) < 0.08)] = NEVER
    busy = np.where(planned & (done < NEVER) & (rng.random(n) < 0.25), (created + done) // 2, NEVER)

    stages = [
        (created, np.where(planned, 0, 2), False),
        (busy, np.full(n, 1), False),
        (np.where(planned, done, NEVER), np.full(n, 2), False),
        (gone, np.where(done <= gone, 2, np.where(busy <= gone, 1, 0)), True),
    ]
    v_task, v_t, v_status, v_del = [], [], [], []
    for times, status, is_del in stages:
        rows = np.flatnonzero((times < end_cut) & ((times < gone) | is_del))
        v_task.append(rows)
        v_t.append(times[rows])
        v_status.append(status[rows])
        v_del.append(np.full(len(rows), is_del))
    v_task, v_t, v_status, v_del = (np.concatenate(x) for x in (v_task, v_t, v_status, v_del))
    closed = v_status == 2
    fmt = world.fmt
    world.entities["tasks"] += n
    world.entities["task_versions"] += len(v_task)
    world.entities["tasks_open_at_end"] += int(((done >= end_cut) & (gone >= end_cut)).sum())
    for ki, name in enumerate(KIND_NAMES):
        world.entities[f"tasks_by_kind:{name}"] += int((kind == ki).sum())
    columns = [
        ids[v_task],
        who_id[v_task],
        what_id[v_task],
        users.ids[owner[v_task]],
        subject[v_task],
        np.array(TYPES, dtype=object)[ttype[v_task]],
        np.array(["Not Started", "In Progress", "Completed"], dtype=object)[v_status],
        priority[v_task],
        fmt.sf_date(activity_day[v_task] * DAY),
        fmt.sf_datetime(created[v_task]),
        fmt.sf_datetime(np.where(closed, done[v_task], NEVER)),
        crm_bool(closed),
        fmt.sf_datetime(v_t),
        crm_bool(v_del),
    ]
    write_versions(world, rng, "crm/Task.csv", columns, v_t)
