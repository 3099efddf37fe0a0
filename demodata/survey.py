"""Qualtrics: invitations (distributions) and responses of the relationship and support surveys."""

from __future__ import annotations

import numpy as np

from demodata import qualtrics, vocab
from demodata.crm import Accounts, Cases, Contacts, Users
from demodata.ids import random_tokens, sf_ids
from demodata.qualtrics import (
    SCALES,
    SURVEY_INDEX,
    Responses,
    clip_round,
    comments,
    ip_addresses,
)
from demodata.tasks import FollowUps
from demodata.timefmt import DAY, HOUR, NEVER
from demodata.world import RELATIONSHIP_SURVEY, SUPPORT_SURVEY, World

DISTRIBUTION_COLUMNS = ("DistributionId", "SurveyId", "ContactExternalReference", "Email", "Status",
                        "SentDate", "OpenedDate", "ResponseStartedDate", "ResponseCompletedDate",
                        "ResponseId", "RemindersSent")  # fmt: skip
# Statuses of responses that did not come through an invitation, with their share of responses
# (as a multiple of the mess rate) and the distribution channel Qualtrics records.
EXTRA_STATUSES = (
    (1, 1 / 3, "preview"),
    (2, 1 / 3, "test"),
    (8, 1 / 3, "anonymous"),
    (9, 1 / 10, "preview"),
    (12, 1 / 10, "anonymous"),
    (17, 1 / 10, "anonymous"),
    (4, 1 / 2, "imported"),
    (16, 1 / 2, "offline"),
)
# The key drivers the relationship answers are built with (relationship_responses): NPS points
# per rating point, besides the relationship itself that moves every rating. Appreciation
# matters most, then CSAT, then ease (CES); tests/test_demo_relationships.py checks that
# mart_nps_drivers recovers this order.
TRUE_EFFECTS = {"appreciation": 1.0, "csat": 0.6, "ces": 0.2}
# Share of relationship respondents who remark on invoicing, whatever their answer: the theme
# with no effect on the score.
INVOICING_REMARK_SHARE = 0.08


def _weekday_shift(day: np.ndarray) -> np.ndarray:
    """Move Saturdays and Sundays to the next Monday (1970-01-01 was a Thursday)."""
    dow = (day + 3) % 7
    return day + np.where(dow == 5, 2, np.where(dow == 6, 1, 0))


def _distribution_ids(world: World, survey: str, days: np.ndarray) -> np.ndarray:
    """One Qualtrics distribution (mailing) per survey and sending day, the same in every chunk."""
    cache = world.truth.setdefault("_distribution_ids", {})
    out = np.empty(len(days), dtype=object)
    for day in np.unique(days).tolist():
        key = (survey, day)
        if key not in cache:
            token_rng = np.random.default_rng([world.cfg.seed, 77, SURVEY_INDEX[survey], day])
            cache[key] = str(random_tokens(token_rng, 1, "EMD_")[0])
        out[days == day] = cache[key]
    return out


class Invitations:
    """Invitations of one survey in one chunk, with the timeline of each."""

    def __init__(self, world: World, rng: np.random.Generator, survey: str, acc_idx, contact, sent):
        self.survey = survey
        self.acc = np.asarray(acc_idx, dtype=np.int64)
        self.contact = np.asarray(contact, dtype=np.int64)
        self.sent = np.asarray(sent, dtype=np.int64)
        n = self.n = len(self.sent)
        u = rng.random(n)
        # 0 delivered, 1 failed, 2 hard bounce, 3 soft bounce, 4 opted out
        self.kind = np.select([u < 0.004, u < 0.016, u < 0.034, u < 0.040], [1, 2, 3, 4], 0).astype(
            np.int64
        )
        self.bounce = np.where(
            (self.kind >= 1) & (self.kind <= 3), self.sent + rng.integers(60, 600, size=n), NEVER
        )
        p_open = 0.86 if survey == RELATIONSHIP_SURVEY else 0.75
        p_start = 0.80 if survey == RELATIONSHIP_SURVEY else 0.68
        delivered = (self.kind == 0) | (self.kind == 4)
        opened = delivered & ((rng.random(n) < p_open) | (self.kind == 4))
        w = rng.random(n)
        delay = (
            np.select(
                [w < 0.6, w < 0.85],
                [rng.exponential(10 * HOUR, size=n), 3 * DAY + rng.exponential(8 * HOUR, size=n)],
                7 * DAY + rng.exponential(12 * HOUR, size=n),
            ).astype(np.int64)
            + 30
        )
        self.open = np.where(opened, self.sent + delay, NEVER)
        self.optout = np.where(self.kind == 4, self.open + rng.integers(20, 300, size=n), NEVER)
        started = opened & (self.kind == 0) & (rng.random(n) < p_start)
        self.start = np.where(
            started, self.open + rng.exponential(240, size=n).astype(np.int64) + 5, NEVER
        )
        self.partial = started & (rng.random(n) < 0.10)
        finished = started & ~self.partial
        typical = 150 if survey == RELATIONSHIP_SURVEY else 80
        duration = np.clip(rng.lognormal(np.log(typical), 0.55, size=n), 25, 3600).astype(np.int64)
        slow = rng.random(n) < 0.02
        duration[slow] += rng.integers(HOUR, 30 * HOUR, size=slow.sum())
        partial_duration = rng.integers(10, 300, size=n)
        self.end = np.where(
            finished,
            self.start + duration,
            np.where(self.partial, self.start + partial_duration, NEVER),
        )
        # Qualtrics records a finished response at once, an abandoned one a week later.
        self.recorded = np.where(
            finished,
            self.end + rng.integers(0, 3, size=n),
            np.where(self.partial, self.end + 7 * DAY, NEVER),
        )
        self.finished = finished
        stop = np.minimum(self.start, self.optout)
        self.reminder1 = np.where(
            (self.kind == 0) & (self.sent + 3 * DAY < stop), self.sent + 3 * DAY, NEVER
        )
        self.reminder2 = np.where(
            (self.kind == 0) & (self.sent + 7 * DAY < stop), self.sent + 7 * DAY, NEVER
        )
        self.response_id = random_tokens(rng, n, "R_")
        self.days = self.sent // DAY
        self.distribution_id = _distribution_ids(world, survey, self.days)
        self.responded = self.recorded < world.end_cut

    def write(self, world: World, rng: np.random.Generator, con: Contacts) -> None:
        """Every drop that saw a change of an invitation gets its row, with the state then."""
        end_cut = world.end_cut
        n = self.n
        ref = con.ids[self.contact].astype(object)
        short = np.flatnonzero(world.pick(rng, n))
        ref[short] = np.array([x[:15] for x in ref[short].tolist()], dtype=object)
        world.injected[f"distribution_reference_15_chars:{self.survey}"] += len(short)
        events = [self.sent, self.bounce, self.reminder1, self.reminder2, self.open, self.optout,
                  self.start, self.recorded]  # fmt: skip
        inv, drop = [], []
        for t in events:
            rows = np.flatnonzero(t < end_cut)
            inv.append(rows)
            drop.append(world.drop_of(t[rows]))
        first = world.drop_of(self.sent)
        again = np.flatnonzero(world.pick(rng, n) & (first < world.n_drops - 1))
        inv.append(again)
        drop.append(world.later_drop(rng, first[again]))
        world.injected[f"distribution_rows_resent:{self.survey}"] += len(again)
        pairs = np.unique(np.concatenate(inv) * 10_000 + np.concatenate(drop))
        i, d = pairs // 10_000, pairs % 10_000
        cut = world.cut_of(d)
        status = self.status_at(i, cut)
        rec = self.recorded[i] < cut
        fmt = world.fmt

        def when(t):
            return fmt.iso_utc(np.where(t < cut, t, NEVER))

        reminders = (self.reminder1[i] < cut).astype(int) + (self.reminder2[i] < cut).astype(int)
        columns = [
            self.distribution_id[i],
            np.full(len(i), self.survey, dtype=object),
            ref[i],
            con.email[self.contact[i]],
            status,
            fmt.iso_utc(self.sent[i]),
            when(self.open[i]),
            when(self.start[i]),
            when(np.where(self.finished[i], self.end[i], NEVER)),
            np.where(rec, self.response_id[i], ""),
            reminders.astype(str),
        ]
        world.landing.write(
            f"survey/distribution_{self.survey}.csv",
            d,
            columns,
            order=self.sent[i],
            tags={"status": status},
        )
        world.entities[f"invitations:{self.survey}"] += n
        final = self.status_at(np.arange(n), np.full(n, end_cut))
        labels, counts = np.unique(final.astype(str), return_counts=True)
        for label, count in zip(labels.tolist(), counts.tolist(), strict=True):
            world.entities[f"invitation_final_status:{self.survey}:{label}"] += count

    def status_at(self, i: np.ndarray, cut: np.ndarray) -> np.ndarray:
        """Distribution status of invitations i as known at time `cut`."""
        status = np.full(len(i), "Email Sent", dtype=object)
        kind = self.kind[i]
        for k, label in ((1, "Email Failed"), (2, "Email Hard Bounce"), (3, "Email Soft Bounce")):
            status[(kind == k) & (self.bounce[i] < cut)] = label
        status[self.open[i] < cut] = "Email Opened"
        status[self.optout[i] < cut] = "Opted Out"
        status[self.start[i] < cut] = "Survey Started"
        rec = self.recorded[i] < cut
        status[rec & self.finished[i]] = "Survey Finished"
        status[rec & self.partial[i]] = "Survey Partially Finished"
        return status


def _weighted_choice(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    cum = np.cumsum(weights, axis=1)
    u = rng.random(len(weights)) * cum[:, -1]
    return (cum < u[:, None]).sum(axis=1)


def _locations(rng: np.random.Generator, country: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    centre = np.array([vocab.LOCATION[c] for c in vocab.COUNTRIES])
    lat = centre[country, 0] + rng.normal(0, 0.8, size=len(country))
    lon = centre[country, 1] + rng.normal(0, 1.2, size=len(country))
    blank = rng.random(len(country)) < 0.05
    return (
        np.where(blank, "", np.char.mod("%.4f", lat)),
        np.where(blank, "", np.char.mod("%.4f", lon)),
    )


def _answers_text(values: np.ndarray, answered: np.ndarray) -> np.ndarray:
    return np.where(answered, np.char.mod("%d", values), "")


def relationship_responses(
    world: World, rng: np.random.Generator, inv: Invitations, acc: Accounts, con: Contacts,
    users: Users, cases: Cases, loop: FollowUps,
) -> Responses:  # fmt: skip
    r = np.flatnonzero(inv.responded)
    n = len(r)
    a, c, t = inv.acc[r], inv.contact[r], inv.start[r]
    q = users.quality[acc.owner_at(a, t)]
    c90 = np.minimum(cases.complaints_between(a, t - 90 * DAY, t), 3)
    # The relationship as the contact lives it: the account's expected answer, its manager, the
    # contact's own tendency and recent complaints, centred on 7.5.
    relation = acc.mu[a] + q + con.bias[c] - 0.7 * c90 - 7.5
    # The ratings are drawn first, each from the relationship and a variation of its own...
    csat = clip_round(3.75 + 0.35 * relation + rng.normal(0, 0.5, size=n), 1, 5)
    ces = clip_round(
        5.2 + 0.40 * relation + 0.3 * acc.treat[a] - 0.4 * np.minimum(c90, 2)
        + rng.normal(0, 0.8, size=n), 1, 7,
    )  # fmt: skip
    appreciation = clip_round(3.6 + 0.30 * relation + 0.35 * q + rng.normal(0, 0.7, size=n), 1, 5)
    # ...and the NPS answer is built from them with known effects (TRUE_EFFECTS, in NPS points
    # per rating point), so that a key-driver analysis has a truth to recover.
    base = (
        7.57 + 0.4 * relation
        + sum(TRUE_EFFECTS[k] * (v - centre) for k, v, centre in (
            ("appreciation", appreciation, 3.6), ("csat", csat, 3.75), ("ces", ces, 5.2)
        ))
        + rng.normal(0, 0.5, size=n)
    )  # fmt: skip
    finished = inv.finished[r]
    answered = np.where(finished, 5, rng.integers(0, 5, size=n))  # questions answered, in order
    # Whether the contact's previous detractor answer was followed up moves this one (tasks.py).
    raw = base + loop.lift(acc, c, a, t, inv.recorded[r], base, answered >= 1)
    nps = clip_round(raw, 0, 10)
    has_nps = answered >= 1
    has_csat = answered >= 3
    has_ces = (answered >= 4) & ~(finished & (rng.random(n) < 0.03))
    has_appr = (answered >= 5) & ~(rng.random(n) < 0.02)
    progress = np.where(finished, 100, np.array([3, 20, 40, 60, 80])[np.minimum(answered, 4)])

    promoter, detractor = nps >= 9, nps <= 6
    p_comment = np.where(detractor, 0.6, np.where(promoter, 0.45, 0.35))
    commented = (answered >= 2) & (rng.random(n) < p_comment)
    # Themes follow what drives the score: complaints, the account manager, appreciation.
    neg_w = np.tile([1.0, 1.3, 1.0, 0.8, 0.6, 0.5, 0.7], (n, 1))
    pos_w = np.tile([1.0, 0.5, 1.3, 1.0, 1.1, 0.3, 0.9], (n, 1))
    neg_w[:, 3] += 1.5 * (c90 > 0)
    neg_w[:, 2] += 0.7 * (c90 > 0)
    neg_w[:, 0] += 0.7 * (c90 > 0)
    neg_w[:, 4] += 1.5 * (q < -0.5)
    pos_w[:, 4] += 1.5 * (q > 0.5)
    neg_w[:, 6] += 1.2 * (appreciation <= 2)
    pos_w[:, 6] += 1.0 * (appreciation == 5)
    # Invoicing remarks bear no relation to the score (the driver without signal): never chosen
    # for what drives the answer, but added for a fixed share of those who reach the comment
    # box, whatever they answered, with either polarity.
    neg_w[:, 5] = pos_w[:, 5] = 0.0
    remark = (answered >= 2) & (rng.random(n) < INVOICING_REMARK_SHARE)
    remark_pol = rng.integers(0, 2, size=n)
    passive = ~promoter & ~detractor
    mixed = passive & (rng.random(n) < 0.5)
    pol1 = np.where(promoter | mixed, 1, 0)
    theme_neg = _weighted_choice(rng, neg_w)
    theme_pos = _weighted_choice(rng, pos_w)
    theme1 = np.where(pol1 == 1, theme_pos, theme_neg)
    second = mixed | (rng.random(n) < 0.35)
    pol2 = np.where(mixed, 0, pol1)
    theme2_neg = _weighted_choice(rng, neg_w)
    theme2_pos = _weighted_choice(rng, pos_w)
    theme2 = np.where(second, np.where(pol2 == 1, theme2_pos, theme2_neg), -1)
    alone, added = remark & ~commented, remark & commented
    theme1, pol1 = np.where(alone, 5, theme1), np.where(alone, remark_pol, pol1)
    theme2, pol2 = np.where(added, 5, theme2), np.where(added, remark_pol, pol2)
    commented = commented | remark
    comment = comments(world, rng, inv.survey, commented, con.danish[c], theme1, pol1, theme2, pol2)

    out = _base_rows(world, rng, inv, r, con, acc)
    group = np.where(promoter, 3, np.where(detractor, 1, 2))
    out.cols["QID1"] = _answers_text(nps, has_nps)
    out.cols["QID1_NPS_GROUP"] = _answers_text(group, has_nps)
    out.cols["QID2_TEXT"] = comment
    out.cols["QID3"] = _answers_text(csat, has_csat)
    out.cols["QID4"] = _answers_text(ces, has_ces)
    out.cols["QID5"] = _answers_text(appreciation, has_appr)
    out.cols["Progress"] = progress.astype(str)
    return out


def support_responses(
    world: World, rng: np.random.Generator, inv: Invitations, acc: Accounts, con: Contacts,
    cases: Cases, case_of_invite: np.ndarray,
) -> Responses:  # fmt: skip
    r = np.flatnonzero(inv.responded)
    n = len(r)
    a, c = inv.acc[r], inv.contact[r]
    k = case_of_invite[r]
    days_open = (cases.closed[k] - cases.created[k]) / DAY
    complaint = cases.type[k] == 0
    raw = (
        5.0 + 0.5 * acc.treat[a] + 0.3 * acc.sat[a] - 0.9 * complaint - 0.45 * np.log1p(days_open)
        + rng.normal(0, 1.0, size=n)
    )  # fmt: skip
    ces = clip_round(raw, 1, 7)
    csat = clip_round(3.6 + 0.55 * (raw - 4.8) + rng.normal(0, 0.55, size=n), 1, 5)
    finished = inv.finished[r]
    answered = np.where(finished, 3, rng.integers(0, 3, size=n))
    progress = np.where(finished, 100, np.array([4, 33, 67])[np.minimum(answered, 2)])
    p_comment = np.where(csat <= 2, 0.55, 0.38)
    commented = finished & (rng.random(n) < p_comment)
    w = np.tile([0.3, 0.2, 0.3, 3.0, 0.3, 0.2, 0.4], (n, 1))
    reason = cases.reason[k]
    for text, theme in (
        ("Delivery", 0),
        ("Pricing", 1),
        ("Product Quality", 2),
        ("Invoicing", 5),
        ("Service", 4),
    ):
        w[reason == text, theme] += 2.0
    pol1 = np.where(csat >= 3, 1, 0)
    mixed = csat == 3
    theme1 = _weighted_choice(rng, w)
    second = mixed | (rng.random(n) < 0.3)
    pol2 = np.where(mixed, 0, pol1)
    theme2 = np.where(second, _weighted_choice(rng, w), -1)
    comment = comments(world, rng, inv.survey, commented, con.danish[c], theme1, pol1, theme2, pol2)

    out = _base_rows(world, rng, inv, r, con, acc)
    out.cols["QID1"] = _answers_text(ces, answered >= 1)
    out.cols["QID2"] = _answers_text(csat, answered >= 2)
    out.cols["QID3_TEXT"] = comment
    out.cols["Progress"] = progress.astype(str)
    return out


def _base_rows(
    world: World,
    rng: np.random.Generator,
    inv: Invitations,
    r: np.ndarray,
    con: Contacts,
    acc: Accounts,
) -> Responses:
    n = len(r)
    out = Responses(inv.survey, n)
    c = inv.contact[r]
    country = acc.country[inv.acc[r]]
    out.start, out.end, out.recorded = inv.start[r], inv.end[r], inv.recorded[r]
    out.cols["Status"] = np.full(n, "0", dtype=object)
    out.cols["IPAddress"] = ip_addresses(rng, country)
    out.cols["Duration"] = (inv.end[r] - inv.start[r]).astype(str)
    out.cols["Finished"] = np.where(inv.finished[r], "1", "0")
    out.cols["ResponseId"] = inv.response_id[r].astype(object)
    out.cols["RecipientLastName"] = con.last[c]
    out.cols["RecipientFirstName"] = con.first[c]
    out.cols["RecipientEmail"] = con.email[c].copy()
    out.cols["ExternalReference"] = con.ids[c].astype(object)
    lat, lon = _locations(rng, country)
    out.cols["LocationLatitude"] = lat
    out.cols["LocationLongitude"] = lon
    out.cols["DistributionChannel"] = np.full(n, "email", dtype=object)
    out.cols["UserLanguage"] = np.where(con.danish[c], "DA", "EN")
    out.cols["Region"] = qualtrics.region(country)
    return out


def extra_responses(
    world: World, rng: np.random.Generator, survey: str, n_base: int, acc: Accounts, con: Contacts,
    loop: FollowUps,
) -> Responses | None:  # fmt: skip
    """Responses that came without an invitation: previews, tests, spam, imports, offline."""
    codes, channels = [], []
    for code, share, channel in EXTRA_STATUSES:
        k = int(world.pick(rng, n_base, share * world.cfg.mess_rate).sum())
        codes += [code] * k
        channels += [channel] * k
    n = len(codes)
    if n == 0 or con.n == 0:
        return None
    codes = np.array(codes)
    start, end_cut = world.start_s, world.end_cut
    # Imported and offline responses come from real contacts of paying customers.
    c = rng.integers(0, con.n, size=n)
    a = con.acc[c]
    lo = np.maximum.reduce([con.created[c], acc.first_invoice[a], np.full(n, start)])
    hi = np.minimum.reduce([con.deleted[c], acc.churn[a], np.full(n, end_cut - DAY)])
    person = (codes == 4) | (codes == 16)
    usable = ~person | (hi > lo + HOUR)
    codes, c, a, lo, hi = codes[usable], c[usable], a[usable], lo[usable], hi[usable]
    channels = np.array(channels, dtype=object)[usable]
    person = person[usable]
    n = len(codes)
    t = np.where(person, lo + (rng.random(n) * (hi - lo)).astype(np.int64),
                 start + (rng.random(n) * (end_cut - DAY - start)).astype(np.int64))  # fmt: skip
    if world.profile.answers_only_in_waves:
        # Imported and offline answers are collected at the wave's events, not in between.
        keep = ~person | _in_waves(world, t)
        codes, c, a, channels, person, t = (x[keep] for x in (codes, c, a, channels, person, t))
        n = len(codes)
    spam = np.isin(codes, [8, 9, 12, 17])
    duration = np.where(spam, rng.integers(3, 20, size=n), rng.integers(30, 400, size=n))
    out = Responses(survey, n)
    out.start, out.end = t, t + duration
    out.recorded = out.end + rng.integers(0, 3, size=n)
    blank = np.full(n, "", dtype=object)
    out.cols["Status"] = codes.astype(str).astype(object)
    office = np.array(
        [f"80.62.117.{x}" for x in rng.integers(2, 250, size=n).tolist()], dtype=object
    )
    out.cols["IPAddress"] = np.where(
        np.isin(codes, [1, 2, 9]),
        office,
        np.where(spam, ip_addresses(rng, rng.integers(0, 7, size=n)), ""),
    )
    out.cols["Duration"] = duration.astype(str)
    out.cols["Finished"] = np.full(n, "1", dtype=object)
    out.cols["ResponseId"] = random_tokens(rng, n, "R_").astype(object)
    imported = codes == 4
    out.cols["RecipientLastName"] = np.where(imported, con.last[c], blank)
    out.cols["RecipientFirstName"] = np.where(imported, con.first[c], blank)
    out.cols["RecipientEmail"] = np.where(person, con.email[c], blank)
    out.cols["ExternalReference"] = np.where(imported, con.ids[c], blank)
    out.cols["LocationLatitude"] = blank.copy()
    out.cols["LocationLongitude"] = blank.copy()
    out.cols["DistributionChannel"] = channels
    out.cols["UserLanguage"] = np.where(person & con.danish[c], "DA", "EN")
    out.cols["Region"] = np.where(person, qualtrics.region(acc.country[a]), blank)
    out.cols["Progress"] = np.full(n, "100", dtype=object)
    raw = np.where(person, acc.mu[a] + con.bias[c], rng.uniform(0, 10, size=n)) + rng.normal(
        0, 1.0, size=n
    )
    if survey == RELATIONSHIP_SURVEY:
        # Imported and offline answers come from known contacts: they feel a follow-up of their
        # invited answers, and a detractor among them is followed up too.
        raw = raw + np.where(person, loop.lift_at(c, t), 0.0)
        nps = clip_round(raw, 0, 10)
        trigger = person & (nps <= 6)
        loop.follow_up(acc, c[trigger], a[trigger], out.recorded[trigger])
        out.cols["QID1"] = nps.astype(str)
        out.cols["QID1_NPS_GROUP"] = np.where(nps >= 9, "3", np.where(nps <= 6, "1", "2"))
        out.cols["QID2_TEXT"] = np.where(codes == 2, "test", blank)
        out.cols["QID3"] = clip_round(3.75 + 0.42 * (raw - 7.5), 1, 5).astype(str)
        out.cols["QID4"] = clip_round(5.2 + 0.45 * (raw - 7.5), 1, 7).astype(str)
        out.cols["QID5"] = clip_round(3.6 + 0.38 * (raw - 7.5), 1, 5).astype(str)
    else:
        out.cols["QID1"] = clip_round(raw * 0.6 + 0.5, 1, 7).astype(str)
        out.cols["QID2"] = clip_round(raw * 0.4 + 0.6, 1, 5).astype(str)
        out.cols["QID3_TEXT"] = np.where(codes == 2, "test", blank)
    for code in np.unique(codes).tolist():
        world.injected[f"responses_status:{survey}:{code}"] += int((codes == code).sum())
    return out


_OUT_OF_RANGE = {(0, 10): ("11", "12"), (1, 5): ("0", "6"), (1, 7): ("0", "8")}
_NON_NUMERIC = ("abc", "n/a", "ten")


def _email_variant(email: str, k: int) -> str:
    """The same address as a respondent might type it: other case, stray spaces."""
    if k % 3 == 0:
        return email.upper()
    if k % 3 == 1:
        return f" {email} "
    local, _, domain = email.partition("@")
    return f"{local.title()}@{domain}  "


def apply_mess(world: World, rng: np.random.Generator, resp: Responses, invited: int) -> None:
    """Identity problems, out-of-scale answers and inconsistent NPS groups, counted."""
    survey = resp.survey
    for name in resp.cols:
        resp.cols[name] = np.asarray(resp.cols[name], dtype=object)
    cols = resp.cols
    # Only invitation responses (the first `invited` rows) carry a contact reference to spoil.
    odd = np.flatnonzero(world.pick(rng, invited, 2.5 * world.cfg.mess_rate))
    rng.shuffle(odd)
    n_short = int(round(len(odd) * 0.4))
    n_blank = int(round(len(odd) * 0.4))
    short, blank, unknown = (
        odd[:n_short],
        odd[n_short : n_short + n_blank],
        odd[n_short + n_blank :],
    )
    ref = cols["ExternalReference"]
    ref[short] = np.array([x[:15] for x in ref[short].tolist()], dtype=object)
    ref[blank] = ""
    ref[unknown] = sf_ids("Contact", world.numbers("UnknownContact", len(unknown), rng, gap=89))
    spoil = np.concatenate([blank, unknown])
    spoil = spoil[rng.random(len(spoil)) < 0.5]
    email = cols["RecipientEmail"]
    email[spoil] = np.array(
        [_email_variant(e, k) for k, e in enumerate(email[spoil].tolist())], dtype=object
    )
    world.injected[f"external_reference_15_chars:{survey}"] += len(short)
    world.injected[f"external_reference_blank:{survey}"] += len(blank)
    world.injected[f"external_reference_unknown:{survey}"] += len(unknown)
    world.injected[f"recipient_email_case_or_spaces:{survey}"] += len(spoil)

    # Out-of-scale and non-numeric answers, only in normal, finished responses.
    scales = SCALES[survey]
    normal = np.flatnonzero((cols["Status"] == "0") & (cols["Progress"] == "100"))
    bad = normal[world.pick(rng, len(normal))]
    columns = list(scales)
    which = rng.integers(0, len(columns), size=len(bad))
    non_numeric = rng.random(len(bad)) < 0.35
    pick = rng.integers(0, 1 << 30, size=len(bad))
    for row, w, nn, p in zip(
        bad.tolist(), which.tolist(), non_numeric.tolist(), pick.tolist(), strict=True
    ):
        column = columns[w]
        values = _NON_NUMERIC if nn else _OUT_OF_RANGE[scales[column]]
        cols[column][row] = values[p % len(values)]
        if column == "QID1" and "QID1_NPS_GROUP" in cols:
            cols["QID1_NPS_GROUP"][row] = ""
        reason = f"{column}:{'non_numeric' if nn else 'out_of_range'}"
        resp.invalid[row] = reason
        world.injected[f"invalid_answers:{survey}:{reason}"] += 1
    if "QID1_NPS_GROUP" in cols:
        valid = np.flatnonzero((resp.invalid == "") & (cols["QID1"] != ""))
        flip = valid[world.pick(rng, len(valid), world.cfg.mess_rate / 2)]
        group = cols["QID1_NPS_GROUP"]
        group[flip] = np.array([str(int(g) % 3 + 1) for g in group[flip].tolist()], dtype=object)
        world.injected[f"nps_group_inconsistent:{survey}"] += len(flip)


def write_responses(world: World, rng: np.random.Generator, resp: Responses) -> None:
    survey = resp.survey
    zone = world.profile.surveys[survey]
    drop = world.drop_of(resp.recorded)
    again = np.flatnonzero(world.pick(rng, resp.n) & (drop < world.n_drops - 1))
    rows = np.concatenate([np.arange(resp.n), again])
    drops = np.concatenate([drop, world.later_drop(rng, drop[again])])
    world.injected[f"responses_resent:{survey}"] += len(again)
    fmt = world.fmt
    computed = {
        "StartDate": fmt.local(resp.start, zone),
        "EndDate": fmt.local(resp.end, zone),
        "RecordedDate": fmt.local(resp.recorded, zone),
        **qualtrics.extra_columns(world, survey, resp.cols),
    }
    names = qualtrics.columns(survey)
    columns = [
        np.asarray(computed.get(name, resp.cols.get(name)), dtype=object)[rows] for name in names
    ]
    status = resp.cols["Status"][rows]
    world.landing.write(
        f"survey/responses_{survey}.csv",
        drops,
        columns,
        order=resp.recorded[rows],
        tags={"status": status, "invalid": resp.invalid[rows]},
    )
    world.entities[f"responses:{survey}"] += resp.n


def _waves(world: World) -> tuple[np.ndarray, np.ndarray]:
    """First day (days since 1970) and length in days of every relationship-survey wave."""
    starts, lengths = [], []
    for year in range(world.cfg.start.year - 1, world.cfg.end.year + 1):
        for month, length in zip((3, 9), world.profile.wave_days, strict=True):
            day = np.datetime64(f"{year}-{month:02d}-01") - np.datetime64("1970-01-01")
            starts.append(int(day.astype(int)))
            lengths.append(length)
    return np.array(starts, dtype=np.int64), np.array(lengths, dtype=np.int64)


def _in_waves(world: World, t: np.ndarray) -> np.ndarray:
    """Whether each time falls in a wave or the three weeks of answers after it."""
    ws, wl = _waves(world)
    day = np.asarray(t, dtype=np.int64)[:, None] // DAY
    return ((day >= ws) & (day < ws + wl + 21)).any(axis=1)


def build_surveys(
    world: World, rng: np.random.Generator, acc: Accounts, con: Contacts, cases: Cases,
    users: Users, loop: FollowUps,
) -> None:  # fmt: skip
    """Invitations and responses of each survey; `loop` draws the detractors' follow-ups."""
    start, end_cut = world.start_s, world.end_cut
    # Relationship survey: every contact of every paying customer, in a spring and an autumn wave.
    ws, wl = _waves(world)
    a = np.repeat(np.arange(acc.n), len(ws))
    w = np.tile(np.arange(len(ws)), acc.n)
    day = _weekday_shift(ws[w] + (acc.wave[a] * wl[w]).astype(np.int64))
    sent = day * DAY + 7 * HOUR + (day * 37 % 20) * 60
    ok = (
        (sent >= start)
        & (sent < end_cut)
        & (acc.first_invoice[a] <= sent - 30 * DAY)
        & (acc.churn[a] > sent)
    )
    a, sent = a[ok], sent[ok]
    k = acc.slots[a]
    a2 = np.repeat(a, k)
    first = np.concatenate(([0], np.cumsum(k)[:-1]))
    slot = np.arange(len(a2)) - np.repeat(first, k)
    sent2 = np.repeat(sent, k)
    contact = con.active_at(a2, slot, sent2)
    ok = contact >= 0
    ok[ok] = con.created[contact[ok]] <= sent2[ok] - 7 * DAY
    rel = Invitations(world, rng, RELATIONSHIP_SURVEY, a2[ok], contact[ok], sent2[ok])
    rel.write(world, rng, con)
    resp = relationship_responses(world, rng, rel, acc, con, users, cases, loop)
    _finish(world, rng, resp, acc, con, loop)
    if SUPPORT_SURVEY not in world.profile.surveys:
        return

    # Support survey: after a closed case, to the contact who raised it (at most monthly).
    cand = np.flatnonzero(
        (cases.closed < NEVER)
        & ~cases.deleted
        & (cases.contact >= 0)
        & (rng.random(len(cases.acc)) < 0.8)
    )
    day = _weekday_shift(cases.closed[cand] // DAY + 1)
    sent = day * DAY + 8 * HOUR + (day * 53 % 30) * 60
    c = cases.contact[cand]
    ok = (
        (sent < end_cut)
        & (con.created[c] <= sent)
        & (sent < con.deleted[c])
        & (acc.churn[cases.acc[cand]] > sent)
    )
    cand, sent, c = cand[ok], sent[ok], c[ok]
    order = np.lexsort((sent, c))
    cand, sent, c = cand[order], sent[order], c[order]
    repeat_soon = np.zeros(len(c), dtype=bool)
    repeat_soon[1:] = (c[1:] == c[:-1]) & (sent[1:] - sent[:-1] < 30 * DAY)
    cand, sent, c = cand[~repeat_soon], sent[~repeat_soon], c[~repeat_soon]
    sup = Invitations(world, rng, SUPPORT_SURVEY, cases.acc[cand], c, sent)
    sup.write(world, rng, con)
    resp = support_responses(world, rng, sup, acc, con, cases, cand)
    _finish(world, rng, resp, acc, con, loop)


def _finish(
    world: World, rng: np.random.Generator, resp: Responses, acc: Accounts, con: Contacts,
    loop: FollowUps,
) -> None:  # fmt: skip
    invited = resp.n
    extra = extra_responses(world, rng, resp.survey, invited, acc, con, loop)
    anonymous = qualtrics.anonymous_responses(world, rng, resp, acc.mu)
    parts = [p for p in (resp, extra, anonymous) if p is not None]
    if len(parts) > 1:
        resp = Responses.concat(parts)
    apply_mess(world, rng, resp, invited)
    write_responses(world, rng, resp)
