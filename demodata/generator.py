"""generate(): the whole run, chunk by chunk, and its _generator.json report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
from tqdm import tqdm

from demodata import billing, crm, phrases, profiles, qualtrics, survey, tasks
from demodata.profiles import Profile, crm_layout
from demodata.timefmt import Formats
from demodata.world import HISTORY_YEARS, Config, World
from demodata.writer import FileSpec, Landing

CHUNK_SIZE = 2_500
GENERATOR_VERSION = 1
# Where each object's record numbers start, so Ids look like those of a long-lived org.
FIRST_NUMBERS = {
    "Account": 9_400_000,
    "Contact": 31_000_000,
    "User": 880_000,
    "Case": 5_200_000,
    "CaseNumber": 120_000,
    "Task": 48_000_000,
    "Opportunity": 6_300_000,
    "Lead": 14_500_000,
    "InvoiceNo": 0,
    "UnknownAccount": 62**8 * 3,
    "UnknownContact": 62**8 * 3,
}


def file_specs(prof: Profile) -> dict[str, FileSpec]:
    specs = {}
    for name, columns in (
        ("Account.csv", crm.ACCOUNT_COLUMNS),
        ("Contact.csv", crm.CONTACT_COLUMNS),
        ("User.csv", crm.USER_COLUMNS),
        ("Case.csv", crm.CASE_COLUMNS),
        ("Task.csv", tasks.TASK_COLUMNS),
    ):
        header, adapt = crm_layout(prof.crm, name, columns)
        plain = header == columns
        specs[f"crm/{name}"] = FileSpec("crm", name, (header,), adapt=None if plain else adapt)
    specs["billing/invoices.csv"] = FileSpec(
        "billing", "invoices.csv", (billing.INVOICE_COLUMNS,), ";", True, "\r\n"
    )
    # One currency needs no rate (EUR is 1 by definition): the file comes with its header only.
    specs["billing/fx_rates.csv"] = FileSpec(
        "billing", "fx_rates.csv", (billing.FX_COLUMNS,), ";", True, "\r\n",
        header_only=prof.currency == "EUR",
    )  # fmt: skip
    for sid, zone in prof.surveys.items():
        specs[f"survey/responses_{sid}.csv"] = FileSpec(
            "survey", f"responses_{sid}.csv", qualtrics.response_header(sid, zone), ",", True,
            "\r\n",
        )  # fmt: skip
        specs[f"survey/distribution_{sid}.csv"] = FileSpec(
            "survey", f"distribution_{sid}.csv", (survey.DISTRIBUTION_COLUMNS,)
        )
    return specs


def generate(
    out: Path,
    accounts: int | None = None,
    seed: int = 7,
    start: dt.date | None = None,
    end: dt.date | None = None,
    delta_days: int = 14,
    mess_rate: float = 0.01,
    progress: bool = True,
    profile: str = "demo",
) -> dict:
    """Write a deterministic set of demo extract drops under `out`; return what was written.

    The first drop of each system (dated end - delta_days) is a full extract of all history up
    to that day; then one delta drop per day up to `end`. Earlier drops of the three systems
    under `out` are removed first. The returned report is also written to `out/_generator.json`.
    `profile` names the kind of company (demodata.profiles); accounts, start and end default to
    the profile's.
    """
    prof = profiles.profile(profile)
    cfg = Config(
        prof.accounts if accounts is None else accounts,
        seed,
        prof.start if start is None else start,
        prof.end if end is None else end,
        delta_days,
        mess_rate,
        prof.name,
    )
    cfg.validate()
    accounts, start, end = cfg.accounts, cfg.start, cfg.end
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    Landing.clean(out)
    first_day = start - dt.timedelta(days=int(366 * (HISTORY_YEARS + 1)))
    last_day = end + dt.timedelta(days=400)
    fmt = Formats(
        first_day,
        last_day,
        tuple(sorted(set(prof.surveys.values()))),
        (start - dt.timedelta(days=2), end + dt.timedelta(days=40)),
    )
    full_date = end - dt.timedelta(days=delta_days)
    drop_dates = [full_date + dt.timedelta(days=i) for i in range(delta_days + 1)]
    landing = Landing(out, drop_dates, file_specs(prof))
    world = World(cfg=cfg, landing=landing, fmt=fmt)
    world.next_number.update(FIRST_NUMBERS)

    def stream(*key: int) -> np.random.Generator:
        return np.random.default_rng([seed, *key])

    users = crm.build_users(world, stream(1))
    fx = billing.build_fx(world, stream(2))
    loop = tasks.FollowUps(world, users, stream(3))
    chunks = [(i, min(i + CHUNK_SIZE, accounts)) for i in range(0, accounts, CHUNK_SIZE)]
    bar = tqdm(total=accounts, unit="acct", disable=not progress, desc="demodata")
    for c, (i0, i1) in enumerate(chunks):
        world.chunk = c
        acc = crm.build_accounts(world, stream(100, c, 1), users, fx, i0, i1)
        con = crm.build_contacts(world, stream(100, c, 2), acc)
        cases = crm.build_cases(world, stream(100, c, 3), users, acc, con)
        billing.build_invoices(world, stream(100, c, 4), acc, fx)
        # Follow-ups draw from streams of their own, so the other files' draws stay as they were.
        loop.begin(stream(100, c, 6))
        survey.build_surveys(world, stream(100, c, 5), acc, con, cases, users, loop)
        tasks.build_tasks(world, stream(100, c, 7), users, acc, con, cases, loop)
        bar.update(i1 - i0)
    bar.close()
    landing.finish()
    report = _report(world)
    (out / "_generator.json").write_text(
        json.dumps(report, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8"
    )
    return report


def _report(world: World) -> dict:
    cfg = world.cfg

    def split(counter) -> dict:
        """'name:qualifier' counters -> nested dicts; plain names stay flat."""
        out: dict = {}
        for key in sorted(counter):
            parts = key.split(":")
            node = out
            for part in parts[:-1]:
                node = node.setdefault(part, {})
            node[parts[-1]] = int(counter[key])
        return out

    cents = world.truth.get("net_amount_cents_by_currency", {})
    unmatched = world.truth.get("unmatched_net_amount_cents_by_currency", {})

    def money(c: int) -> str:
        sign = "-" if c < 0 else ""
        return f"{sign}{abs(c) // 100}.{abs(c) % 100:02d}"

    return {
        "generator": "demodata",
        "version": GENERATOR_VERSION,
        "parameters": {
            "accounts": cfg.accounts,
            "seed": cfg.seed,
            "start": cfg.start.isoformat(),
            "end": cfg.end.isoformat(),
            "delta_days": cfg.delta_days,
            "mess_rate": cfg.mess_rate,
            "chunk_size": CHUNK_SIZE,
            "profile": cfg.profile,
        },
        "profile": world.profile.describe(),
        "drops": {
            "full": world.drop_dates[0].isoformat(),
            "deltas": [d.isoformat() for d in world.drop_dates[1:]],
        },
        "surveys": {sid: {"time_zone": zone} for sid, zone in world.profile.surveys.items()},
        "files": world.landing.summary(),
        "entities": split(world.entities),
        "injected": split(world.injected),
        "billing_truth": {
            "net_amount_by_currency": {k: money(v) for k, v in sorted(cents.items())},
            "unmatched_net_amount_by_currency": {k: money(v) for k, v in sorted(unmatched.items())},
        },
        "comment_themes": {
            theme: {lang: list(words) for lang, words in kw.items()}
            for theme, kw in phrases.THEME_KEYWORDS.items()
        },
    }
