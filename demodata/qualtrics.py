"""The Qualtrics response export as Qualtrics writes it: its columns, labels and extra fields.

Row 1 holds the labels Qualtrics writes (`Q1`, `Duration (in seconds)`), row 2 the question
texts, row 3 the ImportIds (`QID1`, `duration`) by which the loader knows each column; the
generator keys every value by ImportId (questions) or the SPEC's name (fixed columns).
"""

from __future__ import annotations

import json

import numpy as np

from demodata import phrases, vocab
from demodata.ids import random_tokens
from demodata.profiles import REGIONS, RELATIONSHIP_SURVEY, SUPPORT_SURVEY
from demodata.world import World

# (SPEC name, row-1 label, row-2 text, ImportId)
FIXED = (
    ("StartDate", "StartDate", "Start Date", "startDate"),
    ("EndDate", "EndDate", "End Date", "endDate"),
    ("Status", "Status", "Response Type", "status"),
    ("IPAddress", "IPAddress", "IP Address", "ipAddress"),
    ("Progress", "Progress", "Progress", "progress"),
    ("Duration", "Duration (in seconds)", "Duration (in seconds)", "duration"),
    ("Finished", "Finished", "Finished", "finished"),
    ("RecordedDate", "RecordedDate", "Recorded Date", "recordedDate"),
    ("ResponseId", "ResponseId", "Response ID", "_recordId"),
    ("RecipientLastName", "RecipientLastName", "Recipient Last Name", "recipientLastName"),
    ("RecipientFirstName", "RecipientFirstName", "Recipient First Name", "recipientFirstName"),
    ("RecipientEmail", "RecipientEmail", "Recipient Email", "recipientEmail"),
    ("ExternalReference", "ExternalReference", "External Data Reference", "externalDataReference"),
    ("LocationLatitude", "LocationLatitude", "Location Latitude", "locationLatitude"),
    ("LocationLongitude", "LocationLongitude", "Location Longitude", "locationLongitude"),
    ("DistributionChannel", "DistributionChannel", "Distribution Channel", "distributionChannel"),
    ("UserLanguage", "UserLanguage", "User Language", "userLanguage"),
)
_NPS_Q = (
    f"How likely is it that you would recommend {vocab.VENDOR} to a colleague or business partner?"
)
_CSAT_Q = f"Overall, how satisfied are you with {vocab.VENDOR}?"
_SUPPORT_CSAT_Q = "How satisfied are you with the support you received?"
# (ImportId, row-1 label, question text)
QUESTIONS = {
    RELATIONSHIP_SURVEY: (
        ("QID1", "Q1", _NPS_Q),
        ("QID1_NPS_GROUP", "Q1_NPS_GROUP", f"{_NPS_Q} - Group"),
        ("QID2_TEXT", "Q2", "What is the main reason for your score?"),
        ("QID3", "Q3", _CSAT_Q),
        ("QID4", "Q4", f"{vocab.VENDOR} made it easy for me to get my issues resolved."),
        ("QID5", "Q5", "I feel appreciated as a customer."),
    ),
    SUPPORT_SURVEY: (
        ("QID1", "Q1", f"{vocab.VENDOR} made it easy for me to handle my issue."),
        ("QID2", "Q2", _SUPPORT_CSAT_Q),
        ("QID3_TEXT", "Q3", "Is there anything you would like to tell us about your case?"),
    ),
}
# Scale of each numeric question (ImportId -> (low, high)); the rest is text or derived.
SCALES = {
    RELATIONSHIP_SURVEY: {"QID1": (0, 10), "QID3": (1, 5), "QID4": (1, 7), "QID5": (1, 5)},
    SUPPORT_SURVEY: {"QID1": (1, 7), "QID2": (1, 5)},
}
# The satisfaction question's display order (its choices, as shown), then fraud scores, the
# language and an embedded-data field: columns every real export carries and the marts ignore.
DISPLAY_ORDER = {
    RELATIONSHIP_SURVEY: ("QID3_DO", "Q3_DO", f"{_CSAT_Q} - Display Order", "QID3", 5),
    SUPPORT_SURVEY: ("QID2_DO", "Q2_DO", f"{_SUPPORT_CSAT_Q} - Display Order", "QID2", 5),
}
EXTRA = ("Q_RecaptchaScore", "Q_RelevantIDDuplicate", "Q_RelevantIDDuplicateScore",
         "Q_RelevantIDFraudScore", "Q_BallotBoxStuffing", "Q_Language", "Region")  # fmt: skip
SPAM = ("8", "9", "12", "17")
SURVEY_INDEX = {RELATIONSHIP_SURVEY: 0, SUPPORT_SURVEY: 1}


def columns(survey: str) -> list[str]:
    """The keys of a response file's columns, in file order."""
    return (
        [f[0] for f in FIXED]
        + [q[0] for q in QUESTIONS[survey]]
        + [
            DISPLAY_ORDER[survey][0],
            *EXTRA,
        ]
    )


def response_header(survey: str, zone: str) -> tuple[tuple[str, ...], ...]:
    labels, texts, meta = [], [], []

    def add(label: str, text: str, info: dict) -> None:
        labels.append(label)
        texts.append(text)
        meta.append(json.dumps(info, separators=(",", ":")))

    for name, label, text, import_id in FIXED:
        info = {"ImportId": import_id}
        if name in ("StartDate", "EndDate", "RecordedDate"):
            info["timeZone"] = zone
        add(label, text, info)
    for import_id, label, text in QUESTIONS[survey]:
        add(label, text, {"ImportId": import_id})
    import_id, label, text, _, _ = DISPLAY_ORDER[survey]
    add(label, text, {"ImportId": import_id})
    for name in EXTRA:
        add(name, name, {"ImportId": name})
    return tuple(labels), tuple(texts), tuple(meta)


def region(country: np.ndarray) -> np.ndarray:
    """The embedded-data field `Region` the survey's contact list carries."""
    names = np.array([REGIONS[c] for c in vocab.COUNTRIES], dtype=object)
    return names[np.asarray(country, dtype=np.int64)]


def extra_columns(world: World, survey: str, cols: dict[str, np.ndarray]) -> dict:
    """Values of the display-order and fraud-detection columns of each response row.

    Drawn from a stream of their own so that adding them changed no other figure."""
    rng = np.random.default_rng([world.cfg.seed, 300, world.chunk, SURVEY_INDEX[survey]])
    status = np.asarray(cols["Status"]).astype(str)
    n = len(status)
    spam = np.isin(status, SPAM)
    do_key, _, _, question, choices = DISPLAY_ORDER[survey]
    shown = np.asarray(cols[question]).astype(str) != ""
    recaptcha = np.where(spam, rng.uniform(0.1, 0.44, size=n), rng.choice([0.9, 1.0], size=n))
    duplicate = rng.random(n) < 0.01
    ballot = rng.random(n) < 0.005
    fraud = np.where(spam, rng.integers(30, 100, size=n), rng.integers(0, 25, size=n))
    return {
        do_key: np.where(shown, "|".join(str(i) for i in range(1, choices + 1)), ""),
        "Q_RecaptchaScore": np.char.mod("%.1f", recaptcha),
        "Q_RelevantIDDuplicate": np.where(duplicate, "true", ""),
        "Q_RelevantIDDuplicateScore": np.where(duplicate, rng.integers(75, 101, size=n), 0),
        "Q_RelevantIDFraudScore": fraud,
        "Q_BallotBoxStuffing": np.where(ballot, "true", ""),
        "Q_Language": np.asarray(cols["UserLanguage"]),
    }


class Responses:
    """Column-wise response rows of one survey, before mess and writing."""

    def __init__(self, survey: str, n: int):
        self.survey = survey
        self.n = n
        self.cols: dict[str, np.ndarray] = {}
        self.start = np.zeros(n, dtype=np.int64)
        self.end = np.zeros(n, dtype=np.int64)
        self.recorded = np.zeros(n, dtype=np.int64)
        self.invalid = np.full(n, "", dtype=object)

    @staticmethod
    def concat(parts: list[Responses]) -> Responses:
        out = Responses(parts[0].survey, sum(p.n for p in parts))
        for name in parts[0].cols:
            out.cols[name] = np.concatenate([np.asarray(p.cols[name], dtype=object) for p in parts])
        for name in ("start", "end", "recorded", "invalid"):
            setattr(out, name, np.concatenate([getattr(p, name) for p in parts]))
        return out


def clip_round(x: np.ndarray, lo: int, hi: int) -> np.ndarray:
    return np.clip(np.round(x), lo, hi).astype(np.int64)


def ip_addresses(rng: np.random.Generator, country: np.ndarray) -> np.ndarray:
    first = np.array([vocab.IP_FIRST_OCTET[c] for c in vocab.COUNTRIES])
    a = first[country, rng.integers(0, first.shape[1], size=len(country))]
    rest = rng.integers(1, 255, size=(len(country), 3))
    return np.array(
        [f"{w}.{x}.{y}.{z}" for w, (x, y, z) in zip(a.tolist(), rest.tolist(), strict=True)],
        dtype=object,
    )


def comments(world, rng, survey, commented, danish, theme1, pol1, theme2, pol2) -> np.ndarray:
    rows = np.flatnonzero(commented)
    awkward = world.pick(rng, len(rows))
    texts, counts = phrases.compose(
        rng,
        danish[rows].astype(np.int64),
        theme1[rows],
        pol1[rows],
        theme2[rows],
        pol2[rows],
        awkward,
    )
    out = np.full(len(commented), "", dtype=object)
    out[rows] = np.array(texts, dtype=object) if texts else out[rows]
    world.entities[f"comments:{survey}"] += len(rows)
    world.entities[f"comments_danish:{survey}"] += int(danish[rows].sum())
    for kind, count in counts.items():
        world.injected[f"comments_with_{kind}:{survey}"] += count
    return out


def anonymous_responses(world: World, rng: np.random.Generator, invited: Responses, mu: np.ndarray):
    """Responses through the survey's anonymous link (a newsletter, the website), taken while
    the invitations are out: no contact reference, no invitation, a private e-mail or none.

    They are `anonymous_share` of the counting responses; `mu` is the expected NPS answer of
    each account, of which a random one stands behind each anonymous respondent."""
    survey = invited.survey
    share = world.profile.anonymous_share
    n = int(round(invited.n * share / (1 - share)))
    if n == 0 or survey != RELATIONSHIP_SURVEY:
        return None
    out = Responses(survey, n)
    like = rng.integers(0, invited.n, size=n)
    out.start = invited.start[like] + rng.integers(-6 * 3600, 6 * 3600, size=n)
    duration = np.clip(rng.lognormal(np.log(120), 0.5, size=n), 20, 1800).astype(np.int64)
    out.end = out.start + duration
    out.recorded = out.end + rng.integers(0, 3, size=n)
    blank = np.full(n, "", dtype=object)
    danish = rng.random(n) < 0.3
    country = np.where(danish, 0, rng.integers(0, len(vocab.COUNTRIES), size=n))
    raw = mu[rng.integers(0, len(mu), size=n)] + rng.normal(0, 1.3, size=n)
    nps = clip_round(raw, 0, 10)
    names = [vocab.FIRST_NAMES[vocab.COUNTRIES[c]] for c in country.tolist()]
    picks = rng.integers(0, 1 << 30, size=n).tolist()
    first = [vocab.email_part(f[k % len(f)]) for f, k in zip(names, picks, strict=True)]
    numbers = rng.integers(1, 99, size=n)
    private = np.array(
        [f"{f}{k}@{('gmail.com', 'outlook.com', 'hotmail.com')[k % 3]}"
         for f, k in zip(first, numbers.tolist(), strict=True)], dtype=object
    )  # fmt: skip
    commented = rng.random(n) < 0.4
    promoter, detractor = nps >= 9, nps <= 6
    theme = rng.integers(0, len(phrases.THEMES), size=n)
    polarity = np.where(promoter | (~detractor & (rng.random(n) < 0.5)), 1, 0)
    cols = out.cols
    cols["Status"] = np.full(n, "0", dtype=object)
    cols["IPAddress"] = ip_addresses(rng, country)
    cols["Progress"] = np.full(n, "100", dtype=object)
    cols["Duration"] = duration.astype(str)
    cols["Finished"] = np.full(n, "1", dtype=object)
    cols["ResponseId"] = random_tokens(rng, n, "R_").astype(object)
    cols["RecipientLastName"] = blank.copy()
    cols["RecipientFirstName"] = blank.copy()
    cols["RecipientEmail"] = np.where(rng.random(n) < 0.5, private, blank)
    cols["ExternalReference"] = blank.copy()
    cols["LocationLatitude"] = blank.copy()
    cols["LocationLongitude"] = blank.copy()
    cols["DistributionChannel"] = np.full(n, "anonymous", dtype=object)
    cols["UserLanguage"] = np.where(danish, "DA", "EN")
    cols["Region"] = blank.copy()
    cols["QID1"] = nps.astype(str)
    cols["QID1_NPS_GROUP"] = np.where(promoter, "3", np.where(detractor, "1", "2"))
    cols["QID2_TEXT"] = comments(
        world, rng, survey, commented, danish, theme, polarity, np.full(n, -1), polarity
    )
    cols["QID3"] = clip_round(3.75 + 0.42 * (raw - 7.5), 1, 5).astype(str)
    cols["QID4"] = clip_round(5.2 + 0.45 * (raw - 7.5), 1, 7).astype(str)
    cols["QID5"] = clip_round(3.6 + 0.38 * (raw - 7.5), 1, 5).astype(str)
    world.entities[f"responses_anonymous:{survey}"] += n
    return out
