"""Salesforce: users, accounts, contacts and cases, with every version of every record."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from demodata import vocab
from demodata.ids import sf_ids
from demodata.timefmt import DAY, HOUR, NEVER
from demodata.world import HISTORY_YEARS, YEAR, World, never_like

ACCOUNT_COLUMNS = ("Id", "Name", "Type", "Industry", "BillingCountry", "NumberOfEmployees",
                   "AnnualRevenue", "CurrencyIsoCode", "OwnerId", "ParentId",
                   "Customer_Segment__c", "CreatedDate", "SystemModstamp", "IsDeleted")  # fmt: skip
CONTACT_COLUMNS = ("Id", "AccountId", "FirstName", "LastName", "Email", "Title", "Department",
                   "CreatedDate", "SystemModstamp", "IsDeleted")  # fmt: skip
USER_COLUMNS = ("Id", "Name", "Email", "Department", "Division", "Title", "ManagerId", "IsActive",
                "CreatedDate", "SystemModstamp")  # fmt: skip
CASE_COLUMNS = ("Id", "CaseNumber", "AccountId", "ContactId", "Type", "Reason", "Priority",
                "Status", "Origin", "Subject", "CreatedDate", "ClosedDate", "SystemModstamp",
                "IsDeleted", "OwnerId")  # fmt: skip

ACCOUNT_TYPES = ("Prospect", "Customer", "Former Customer")
N_SALES = len(vocab.SALES_DEPARTMENTS)
SUPPORT = N_SALES  # department index of Customer Support
DEPARTMENTS = (*vocab.SALES_DEPARTMENTS, vocab.SUPPORT_DEPARTMENT)
NORDIC = np.array([c in ("DK", "SE", "NO", "FI") for c in vocab.COUNTRIES])


def working_time(rng: np.random.Generator, t: np.ndarray) -> np.ndarray:
    """Move times to a random moment of the working day (06-16 UTC) of their day."""
    t = np.asarray(t, dtype=np.int64)
    return t // DAY * DAY + 6 * HOUR + rng.integers(0, 10 * HOUR, size=len(t))


def uniform_between(rng: np.random.Generator, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    lo = np.asarray(lo, dtype=np.int64)
    hi = np.asarray(hi, dtype=np.int64)
    return lo + (rng.random(len(lo)) * np.maximum(hi - lo, 0)).astype(np.int64)


def department_of(segment: np.ndarray, country: np.ndarray) -> np.ndarray:
    """Which sales department owns an account of this segment and country."""
    segment = np.asarray(segment)
    country = np.asarray(country)
    enterprise = np.where(NORDIC[country], 0, np.where(country == 4, 1, 2))
    return np.where(segment == 0, enterprise, np.where(segment == 1, 3, 4))


def crm_bool(values: np.ndarray) -> np.ndarray:
    return np.where(np.asarray(values, dtype=bool), "true", "false")


# ---------------------------------------------------------------------------------------------
# Users
# ---------------------------------------------------------------------------------------------
@dataclass
class Users:
    ids: np.ndarray
    dept: np.ndarray  # department at creation
    quality: np.ndarray  # hidden: how well the user looks after customers (NPS points)
    created: np.ndarray
    departed: np.ndarray  # IsActive=false from this time (NEVER: stays)
    replacement: np.ndarray  # who takes over the accounts of a leaver (-1: the department)
    heads: np.ndarray  # head user of each department
    support_agents: np.ndarray
    # Membership intervals of the sales departments (users can move department).
    member_user: list[np.ndarray]
    member_from: list[np.ndarray]
    member_to: list[np.ndarray]

    def pick(self, rng: np.random.Generator, dept: np.ndarray, t: np.ndarray) -> np.ndarray:
        """A random active member of each row's sales department at time t (else its head)."""
        dept = np.asarray(dept)
        t = np.asarray(t, dtype=np.int64)
        out = self.heads[dept].copy()
        for d in np.unique(dept).tolist():
            rows = np.flatnonzero(dept == d)
            users, lo, hi = self.member_user[d], self.member_from[d], self.member_to[d]
            todo = rows
            for _ in range(16):
                if not len(todo):
                    break
                r = rng.integers(0, len(users), size=len(todo))
                ok = (lo[r] <= t[todo]) & (t[todo] < hi[r])
                out[todo[ok]] = users[r[ok]]
                todo = todo[~ok]
        return out


def build_users(world: World, rng: np.random.Generator) -> Users:
    cfg = world.cfg
    start, end_cut = world.start_s, world.end_cut
    window = end_cut - start
    n_am = max(6, round(cfg.accounts / 40))
    n_support = max(3, round(cfg.accounts / 300))
    # Account managers per department follow the workload: enterprise accounts take more care.
    seg_w = np.array(vocab.SEGMENT_WEIGHTS) * np.array([4.0, 1.5, 0.5])
    cw = np.array(vocab.COUNTRY_WEIGHTS)
    load = np.array(
        [
            seg_w[0] * cw[NORDIC].sum(),
            seg_w[0] * cw[4],
            seg_w[0] * (cw[5] + cw[6]),
            seg_w[1],
            seg_w[2],
        ]
    )
    share = load / load.sum() * (n_am - N_SALES)
    per_dept = 1 + np.floor(share).astype(int)
    remainder = n_am - per_dept.sum()
    per_dept[np.argsort(-(share - np.floor(share)), kind="stable")[:remainder]] += 1

    rows = []  # (dept, role) role: 0 chief, 1 head, 2 account manager, 3 support agent
    rows.append((0, 0))
    rows += [(d, 1) for d in range(len(DEPARTMENTS))]
    rows += [(d, 2) for d in range(N_SALES) for _ in range(per_dept[d])]
    rows += [(SUPPORT, 3) for _ in range(n_support)]
    dept = np.array([r[0] for r in rows])
    role = np.array([r[1] for r in rows])
    n0 = len(rows)
    created = start - (rng.uniform(1.0, HISTORY_YEARS, size=n0) * YEAR).astype(np.int64)
    created[role == 0] = start - int(HISTORY_YEARS * YEAR)
    created[role == 1] = start - int((HISTORY_YEARS - 0.5) * YEAR)
    created = working_time(rng, created)
    quality = rng.normal(0.0, 0.7, size=n0)
    quality[role < 2] = 0.3
    departed = never_like(n0)
    am = np.flatnonzero(role == 2)
    leaves = am[rng.random(len(am)) < 1 - np.exp(-0.09 * window / YEAR)]
    departed[leaves] = uniform_between(
        rng, np.full(len(leaves), start + 30 * DAY), np.full(len(leaves), end_cut - DAY)
    )
    # Most leavers are replaced by a new hire in the same department, who takes their accounts.
    replaced = leaves[rng.random(len(leaves)) < 0.75]
    replacement = np.full(n0, -1)
    new_dept = dept[replaced]
    new_created = departed[replaced] - rng.integers(0, 20 * DAY, size=len(replaced))
    replacement[replaced] = n0 + np.arange(len(replaced))
    dept = np.concatenate([dept, new_dept])
    role = np.concatenate([role, np.full(len(replaced), 2)])
    created = np.concatenate([created, new_created])
    quality = np.concatenate([quality, rng.normal(0.0, 0.7, size=len(replaced))])
    departed = np.concatenate([departed, never_like(len(replaced))])
    replacement = np.concatenate([replacement, np.full(len(replaced), -1)])
    n = len(dept)
    world.entities["users"] = n
    world.entities["account_managers"] = int((role == 2).sum())

    # Department moves and promotions are new versions of the user.
    ams = np.flatnonzero(role == 2)
    move_t = never_like(n)
    move_to = dept.copy()
    movers = ams[world.pick(rng, len(ams), 0.05)]
    lo = np.maximum(created[movers], start) + DAY
    hi = np.minimum(departed[movers], end_cut) - DAY
    ok = hi > lo
    movers, lo, hi = movers[ok], lo[ok], hi[ok]
    move_t[movers] = uniform_between(rng, lo, hi)
    move_to[movers] = (dept[movers] + rng.integers(1, N_SALES, size=len(movers))) % N_SALES
    promo_t = never_like(n)
    promoted = ams[world.pick(rng, len(ams), 0.06)]
    lo = np.maximum(created[promoted], start) + DAY
    hi = np.minimum(departed[promoted], end_cut) - DAY
    ok = hi > lo
    promo_t[promoted[ok]] = uniform_between(rng, lo[ok], hi[ok])
    world.entities["user_department_changes"] = len(movers)

    ids = sf_ids("User", world.numbers("User", n, rng, gap=7))
    countries = rng.choice(len(vocab.COUNTRIES), size=n, p=[0.6, 0.15, 0.1, 0.05, 0.1, 0.0, 0.0])
    first = [vocab.FIRST_NAMES[vocab.COUNTRIES[c]] for c in countries]
    last = [vocab.LAST_NAMES[vocab.COUNTRIES[c]] for c in countries]
    fi = rng.integers(0, 1 << 30, size=n)
    li = rng.integers(0, 1 << 30, size=n)
    names = [
        f"{f[a % len(f)]} {s[b % len(s)]}" for f, s, a, b in zip(first, last, fi, li, strict=True)
    ]
    emails, seen = [], {}
    for name in names:
        local = ".".join(vocab.email_part(p) for p in name.split(" "))
        seen[local] = seen.get(local, 0) + 1
        emails.append(f"{local}{seen[local] if seen[local] > 1 else ''}@{vocab.VENDOR_DOMAIN}")
    heads = np.array(
        [np.flatnonzero((role == 1) & (dept == d))[0] for d in range(len(DEPARTMENTS))]
    )

    def title_of(i: int, promoted_now: bool) -> str:
        d = DEPARTMENTS[dept[i] if role[i] != 0 else 0]
        if role[i] == 0:
            return "Chief Commercial Officer"
        if role[i] == 1:
            return d[3]
        return ("Senior " if promoted_now else "") + d[2]

    # Versions: creation, move, promotion, deactivation.
    v_user, v_t, v_dept, v_title, v_active = [], [], [], [], []
    for i in range(n):
        events = [(int(created[i]), "create")]
        for t, kind in ((move_t[i], "move"), (promo_t[i], "promo"), (departed[i], "leave")):
            if t < end_cut:
                events.append((int(t), kind))
        events.sort()
        cur_dept, promoted_now, active = dept[i], False, True
        for t, kind in events:
            if kind == "move":
                cur_dept = move_to[i]
            elif kind == "promo":
                promoted_now = True
            elif kind == "leave":
                active = False
            v_user.append(i)
            v_t.append(t)
            v_dept.append(cur_dept if role[i] != 0 else -1)
            v_title.append(title_of(i, promoted_now))
            v_active.append(active)
    v_user = np.array(v_user)
    v_t = np.array(v_t, dtype=np.int64)
    v_dept = np.array(v_dept)
    dept_name = np.array([d[0] for d in DEPARTMENTS] + ["Sales Management"], dtype=object)
    division = np.array([d[1] for d in DEPARTMENTS] + ["Sales"], dtype=object)
    # Heads report to the chief; everyone else to the head of their department at the time.
    v_role = role[v_user]
    manager = np.where(v_role == 1, 0, heads[np.maximum(v_dept, 0)])
    mgr_ids = np.where(v_role == 0, "", ids[manager])
    columns = [
        ids[v_user],
        np.array(names, dtype=object)[v_user],
        np.array(emails, dtype=object)[v_user],
        dept_name[v_dept],
        division[v_dept],
        np.array(v_title, dtype=object),
        mgr_ids,
        crm_bool(v_active),
        world.fmt.sf_datetime(created[v_user]),
        world.fmt.sf_datetime(v_t),
    ]
    write_versions(world, rng, "crm/User.csv", columns, v_t)

    # Membership intervals per sales department, for assigning accounts.
    member_user, member_from, member_to = [], [], []
    am_all = np.flatnonzero(role == 2)
    for d in range(N_SALES):
        first_part = am_all[dept[am_all] == d]
        second_part = am_all[(move_to[am_all] == d) & (move_t[am_all] < NEVER)]
        users = np.concatenate([first_part, second_part])
        lo = np.concatenate([created[first_part], move_t[second_part]])
        hi = np.concatenate(
            [np.minimum(departed[first_part], move_t[first_part]), departed[second_part]]
        )
        member_user.append(users)
        member_from.append(lo)
        member_to.append(hi)
    return Users(
        ids=ids,
        dept=dept,
        quality=quality,
        created=created,
        departed=departed,
        replacement=replacement,
        heads=heads,
        support_agents=np.flatnonzero(role == 3),
        member_user=member_user,
        member_from=member_from,
        member_to=member_to,
    )


# ---------------------------------------------------------------------------------------------
# Accounts
# ---------------------------------------------------------------------------------------------
@dataclass
class Accounts:
    n: int
    ids: np.ndarray
    segment: np.ndarray  # true segment at creation (0 Enterprise, 1 Mid-Market, 2 SMB)
    country: np.ndarray
    currency: np.ndarray
    created: np.ndarray
    first_invoice: np.ndarray  # NEVER: never becomes a paying customer
    churn: np.ndarray  # invoices stop (NEVER: stays)
    sat: np.ndarray  # hidden latent satisfaction
    treat: np.ndarray  # hidden: how well we treat them (drives complaints and NPS)
    mu: np.ndarray  # expected NPS answer with an average account manager
    growth: np.ndarray  # yearly revenue growth
    revenue: np.ndarray  # monthly revenue in EUR at start
    docs_per_month: np.ndarray
    quarterly: np.ndarray
    bill_day: np.ndarray
    terms: np.ndarray
    wave: np.ndarray  # position in the relationship-survey waves (0..1)
    slots: np.ndarray  # number of contact positions
    domains: list[str]
    # Owner history: (account, from, owner) sorted by account then time.
    own_key: np.ndarray
    own_user: np.ndarray

    def owner_at(self, acc: np.ndarray, t: np.ndarray) -> np.ndarray:
        key = np.asarray(acc, dtype=np.int64) * (1 << 32) + np.asarray(t, dtype=np.int64)
        pos = np.searchsorted(self.own_key, key, side="right") - 1
        return self.own_user[np.maximum(pos, 0)]


def _names(world: World, rng: np.random.Generator, country, industry) -> tuple[list, list]:
    """Company names and e-mail domains; domains are unique across the whole run."""
    registry = world.truth.setdefault("_name_registry", {})
    stems = rng.integers(0, 1 << 30, size=len(country))
    words = rng.integers(0, 1 << 30, size=len(country))
    forms = rng.integers(0, 1 << 30, size=len(country))
    names, domains = [], []
    for c, ind, s, w, f in zip(
        country.tolist(), industry.tolist(), stems, words, forms, strict=True
    ):
        code = vocab.COUNTRIES[c]
        stem_list = vocab.COMPANY_STEMS[code]
        stem = stem_list[s % len(stem_list)]
        word_list = vocab.INDUSTRY_WORDS[vocab.INDUSTRIES[ind]]
        word = word_list[w % len(word_list)]
        forms_c = vocab.LEGAL_FORMS[code]
        key = (code, stem, word)
        k = registry.get(key, 0)
        registry[key] = k + 1
        mods = vocab.NAME_MODIFIERS
        modifier = mods[k % len(mods)] + (f" {k // len(mods) + 1}" if k >= len(mods) else "")
        names.append(f"{stem} {word}{modifier} {forms_c[f % len(forms_c)]}")
        suffix = str(k + 1) if k else ""
        domains.append(
            f"{vocab.email_part(stem)}-{vocab.email_part(word)}{suffix}{vocab.TLD[code]}"
        )
    return names, domains


def _nest_groups(
    parent: np.ndarray, seg: np.ndarray, created: np.ndarray, rng: np.random.Generator
) -> None:
    """B2B customers come in groups: put about 8 % more Mid-Market and SMB accounts under an
    older account of a larger segment that heads its own group, then about half of the groups
    of two levels under an older Enterprise account of their own (a holding above its
    subsidiaries), so that groups have two or three levels and stay apart. A parent is always
    created before its child, so the links never form a cycle. Its own generator: the other
    draws of the world stay as they were."""
    for i in np.flatnonzero((parent < 0) & (seg > 0) & (rng.random(len(parent)) < 0.08)).tolist():
        larger = np.flatnonzero((seg < seg[i]) & (created < created[i]) & (parent < 0))
        if len(larger):
            parent[i] = larger[rng.integers(0, len(larger))]
    parents = parent[parent >= 0]
    middle = parents[np.isin(parents, np.flatnonzero(parent >= 0))]  # a parent and a child
    # Heads of groups of two levels only, and holdings that head nothing yet.
    heads = np.setdiff1d(np.setdiff1d(parents, np.flatnonzero(parent >= 0)), parent[middle])
    free = np.flatnonzero((seg == 0) & (parent < 0) & ~np.isin(np.arange(len(parent)), parents))
    for i in heads.tolist():
        older = free[created[free] < created[i]]
        if len(older) and rng.random() < 0.5:
            holding = older[rng.integers(0, len(older))]
            parent[i] = holding
            free = free[free != holding]


def build_accounts(
    world: World, rng: np.random.Generator, users: Users, fx: np.ndarray, i0: int, i1: int
) -> Accounts:
    start, end_cut = world.start_s, world.end_cut
    window = end_cut - start
    n = i1 - i0
    seg = rng.choice(3, size=n, p=vocab.SEGMENT_WEIGHTS)
    seg_blank = rng.random(n) < 0.02
    country = rng.choice(len(vocab.COUNTRIES), size=n, p=vocab.COUNTRY_WEIGHTS)
    home = np.array([vocab.CURRENCIES.index(vocab.HOME_CURRENCY[c]) for c in vocab.COUNTRIES])
    currency = home[country]
    odd = rng.random(n) < 0.06  # invoiced in another currency than the country's own
    currency[odd] = rng.choice([0, 0, 0, 4, 5], size=odd.sum())
    if world.profile.currency:  # a company that invoices in one currency
        currency[:] = vocab.CURRENCIES.index(world.profile.currency)
    industry = rng.choice(len(vocab.INDUSTRIES), size=n, p=vocab.INDUSTRY_WEIGHTS)

    sat = rng.normal(size=n)
    treat = rng.normal(size=n)
    mu = 8.05 + 0.85 * sat + 0.5 * treat + np.array([0.35, 0.0, -0.3])[seg]

    pre = rng.random(n) < 0.8
    prospect_only = rng.random(n) < 0.03
    created = np.where(
        pre,
        start - (rng.uniform(30 * DAY, 6 * YEAR, size=n)).astype(np.int64),
        start + (rng.random(n) * max(window - 45 * DAY, DAY)).astype(np.int64),
    )
    created = working_time(rng, created)
    first_invoice = np.where(pre, start, created + rng.integers(10 * DAY, 75 * DAY, size=n))
    first_invoice[prospect_only] = NEVER
    first_invoice[first_invoice >= end_cut] = NEVER
    converted = np.where(
        pre | (first_invoice >= NEVER),
        NEVER,
        np.maximum(first_invoice - rng.integers(DAY, 10 * DAY, size=n), created + HOUR),
    )
    owner0 = users.pick(rng, department_of(seg, country), created)
    # Detractors leave more often: a yearly hazard that falls with the expected NPS (including
    # what their account manager adds or takes away).
    hazard = 0.02 + 0.45 / (1 + np.exp(2.0 * (mu + users.quality[owner0] - 7.0)))
    exposure = np.maximum(first_invoice, start) + 60 * DAY
    churn = exposure + (rng.exponential(1.0, size=n) / hazard * YEAR).astype(np.int64)
    churn[(churn >= end_cut) | (first_invoice >= NEVER)] = NEVER
    churn = np.where(churn < NEVER, working_time(rng, churn), NEVER)
    former = np.where(churn < NEVER, churn + rng.integers(15 * DAY, 90 * DAY, size=n), NEVER)
    growth = np.clip(0.11 * (mu - 7.6), -0.25, 0.3) + rng.normal(0, 0.04, size=n)
    revenue = np.exp(
        np.log(np.array([20000.0, 4000.0, 800.0])[seg])
        + rng.normal(size=n) * np.array([0.7, 0.65, 0.8])[seg]
    )
    docs = np.select(
        [seg == 0, seg == 1],
        [2 + np.minimum(rng.poisson(3.0, size=n), 8), 1 + rng.binomial(3, 0.5, size=n)],
        1 + (rng.random(n) < 0.5),
    )
    quarterly = (seg == 2) & (rng.random(n) < 0.2)
    docs[quarterly] = 1
    bill_day = rng.integers(1, 29, size=n)
    terms = np.where(
        seg == 0,
        rng.choice([30, 45, 60], size=n, p=[0.4, 0.35, 0.25]),
        rng.choice([8, 14, 30, 45], size=n, p=[0.15, 0.35, 0.4, 0.1]),
    )
    slots = np.select(
        [seg == 0, seg == 1],
        [rng.integers(4, 7, size=n), rng.integers(3, 7, size=n)],
        rng.choice([2, 3, 4, 5], size=n, p=[0.3, 0.3, 0.25, 0.15]),
    )
    employees = np.maximum(
        2,
        np.exp(np.log(np.array([2500.0, 250.0, 25.0])[seg]) + rng.normal(0, 0.7, size=n)),
    ).astype(np.int64)
    rate0 = fx[currency, 0]
    annual = np.round(employees * 180_000 * rng.lognormal(0, 0.4, size=n) / rate0, -3)
    emp_blank = rng.random(n) < 0.04
    annual_blank = rng.random(n) < 0.08

    # Record numbers increase with CreatedDate, as Salesforce assigns them.
    rank = np.empty(n, dtype=np.int64)
    rank[np.argsort(created, kind="stable")] = np.arange(n)
    ids = sf_ids("Account", world.numbers("Account", n, rng, gap=23)[rank])
    names, domains = _names(world, rng, country, industry)

    # Names with a comma or quotes, to exercise CSV quoting.
    awkward = np.flatnonzero(world.pick(rng, n))
    for k, i in enumerate(awkward.tolist()):
        parts = names[i].rsplit(" ", 1)
        names[i] = f"{parts[0]}, Hansen & Co. {parts[1]}" if k % 2 else f'"{parts[0]}" {parts[1]}'
    world.injected["account_names_with_comma_or_quotes"] += len(awkward)

    industry_text = np.array(vocab.INDUSTRIES, dtype=object)[industry]
    variants = np.flatnonzero(world.pick(rng, n))
    for k, i in enumerate(variants.tolist()):
        word = industry_text[i]
        industry_text[i] = (f" {word.lower()}", f"{word.upper()} ", word.lower(), f"{word}  ")[
            k % 4
        ]
    world.injected["industry_spelling_variants"] += len(variants)
    industry_text[rng.random(n) < 0.03] = ""

    parent = np.full(n, -1)
    can_parent = np.flatnonzero(pre & (seg < 2))
    if len(can_parent):
        children = np.flatnonzero((seg > 0) & (rng.random(n) < world.profile.parent_share))
        chosen = can_parent[rng.integers(0, len(can_parent), size=len(children))]
        ok = (chosen != children) & (created[chosen] < created[children])
        parent[children[ok]] = chosen[ok]
    _nest_groups(parent, seg, created, np.random.default_rng([world.cfg.seed, 26, world.chunk]))
    parent_id = np.where(parent >= 0, ids[np.maximum(parent, 0)], "")

    # --- the life of each account as versions ----------------------------------------------
    active_from = np.maximum(created, start)
    active_to = np.minimum(churn, end_cut)
    span = np.maximum(active_to - active_from, 0)
    events: list[list[tuple[int, str, int]]] = [[] for _ in range(n)]
    for i in np.flatnonzero(converted < end_cut).tolist():
        events[i].append((int(converted[i]), "type", 1))
    for i in np.flatnonzero(former < end_cut).tolist():
        events[i].append((int(former[i]), "type", 2))
    # A few percent of accounts per quarter get a new account manager.
    acc_r = np.repeat(np.arange(n), rng.poisson(0.12 * span / YEAR))
    t_r = working_time(rng, uniform_between(rng, active_from[acc_r], active_to[acc_r]))
    for i, t in zip(acc_r.tolist(), t_r.tolist(), strict=True):
        events[i].append((t, "reassign", 0))
    # Segment changes (growing customers move up, shrinking ones down) come with a new owner.
    movers = np.flatnonzero(world.pick(rng, n, 0.02) & (span > 30 * DAY) & ~seg_blank)
    up = growth[movers] > 0
    new_seg = np.where(up, seg[movers] - 1, seg[movers] + 1)
    new_seg = np.where((new_seg < 0) | (new_seg > 2), 1, new_seg)
    t_m = working_time(rng, uniform_between(rng, active_from[movers], active_to[movers]))
    for i, t, s_new in zip(movers.tolist(), t_m.tolist(), new_seg.tolist(), strict=True):
        events[i].append((t, "segment", s_new))
    world.entities["account_segment_changes"] += len(movers)
    # Ordinary edits: the number of employees is updated now and then.
    acc_t = np.repeat(np.arange(n), rng.poisson(0.1 * span / YEAR))
    t_t = working_time(rng, uniform_between(rng, active_from[acc_t], active_to[acc_t]))
    for i, t in zip(acc_t.tolist(), t_t.tolist(), strict=True):
        events[i].append((t, "touch", 0))

    draws = iter(rng.random(64 * n + 256).tolist())
    members = [
        list(zip(users.member_user[d].tolist(), users.member_from[d].tolist(),
                 users.member_to[d].tolist(), strict=True))
        for d in range(N_SALES)
    ]  # fmt: skip
    heads = users.heads.tolist()
    departed = users.departed.tolist()
    replacement = users.replacement.tolist()
    created_user = users.created.tolist()

    def pick_one(dept: int, t: int, current: int) -> int:
        pool = members[dept]
        for _ in range(16):
            u, lo, hi = pool[int(next(draws) * len(pool))]
            if lo <= t < hi and u != current:
                return u
        return heads[dept]

    cols = {k: [] for k in ("acc", "t", "owner", "seg", "type", "emp")}

    def record(i, t, owner, cur_seg, cur_type, emp):
        cols["acc"].append(i)
        cols["t"].append(t)
        cols["owner"].append(owner)
        cols["seg"].append(cur_seg)
        cols["type"].append(cur_type)
        cols["emp"].append(emp)

    country_l = country.tolist()
    for i in range(n):
        evs = sorted(events[i])
        owner = int(owner0[i])
        cur_seg = int(seg[i])
        cur_type = 1 if pre[i] and not prospect_only[i] else 0
        emp = int(employees[i])
        last_t = int(created[i])
        record(i, last_t, owner, cur_seg, cur_type, emp)
        j = 0
        while True:
            t_next = evs[j][0] if j < len(evs) else NEVER
            leave = departed[owner]
            if leave < NEVER:
                # The account manager left: the accounts move to the successor within two weeks.
                t_re = max(leave + int(next(draws) * 14 * DAY) + HOUR, last_t + 1)
                if t_re < min(t_next, end_cut):
                    rep = replacement[owner]
                    dept = int(department_of(cur_seg, country_l[i]))
                    owner = (
                        rep
                        if rep >= 0 and created_user[rep] <= t_re
                        else pick_one(dept, t_re, owner)
                    )
                    last_t = t_re
                    record(i, last_t, owner, cur_seg, cur_type, emp)
                    continue
            if j >= len(evs):
                break
            t, kind, value = evs[j]
            j += 1
            t = max(t, last_t + 1)
            if t >= end_cut:
                break
            if kind == "type":
                cur_type = value
            elif kind == "touch":
                emp = max(2, int(emp * (0.9 + 0.35 * next(draws))))
            else:
                if kind == "segment":
                    cur_seg = value
                owner = pick_one(int(department_of(cur_seg, country_l[i])), t, owner)
            last_t = t
            record(i, last_t, owner, cur_seg, cur_type, emp)

    v_acc = np.array(cols["acc"], dtype=np.int64)
    v_t = np.array(cols["t"], dtype=np.int64)
    v_owner = np.array(cols["owner"], dtype=np.int64)
    v_seg = np.array(cols["seg"], dtype=np.int64)
    v_type = np.array(cols["type"], dtype=np.int64)
    v_emp = np.array(cols["emp"], dtype=np.int64)
    v_deleted = np.zeros(len(v_acc), dtype=bool)
    world.entities["account_versions"] += len(v_acc)
    world.entities["account_owner_changes"] += int(
        (np.diff(v_owner) != 0)[np.diff(v_acc) == 0].sum()
    )

    # Duplicates keyed in by hand and deleted again after a merge (IsDeleted=true).
    dup_of = np.flatnonzero(world.pick(rng, n))
    dup_t = working_time(
        rng, start + (rng.random(len(dup_of)) * (window - 30 * DAY)).astype(np.int64)
    )
    dup_del = dup_t + rng.integers(HOUR, 20 * DAY, size=len(dup_of))
    dup_ids = sf_ids("Account", world.numbers("Account", len(dup_of), rng, gap=23))
    world.injected["accounts_deleted_duplicates"] += len(dup_of)
    world.entities["accounts"] += n + len(dup_of)

    names_arr = np.array(names, dtype=object)
    seg_text = np.array(vocab.SEGMENTS, dtype=object)
    out_ids = np.concatenate([ids[v_acc], dup_ids, dup_ids])
    src = np.concatenate([v_acc, dup_of, dup_of])
    own_key = v_acc * (1 << 32) + v_t
    dup_owner = v_owner[np.searchsorted(own_key, dup_of * (1 << 32) + dup_t, side="right") - 1]
    out_t = np.concatenate([v_t, dup_t, dup_del])
    out_created = np.concatenate([created[v_acc], dup_t, dup_t])
    out_owner = np.concatenate([v_owner, dup_owner, dup_owner])
    out_seg = np.concatenate([v_seg, seg[dup_of], seg[dup_of]])
    out_type = np.concatenate([v_type, np.zeros(2 * len(dup_of), dtype=np.int64)])
    out_emp = np.concatenate([v_emp, employees[dup_of], employees[dup_of]])
    out_deleted = np.concatenate(
        [v_deleted, np.zeros(len(dup_of), bool), np.ones(len(dup_of), bool)]
    )
    dup_name = np.array([x.rsplit(" ", 1)[0] for x in names_arr[dup_of].tolist()], dtype=object)
    out_name = np.concatenate([names_arr[v_acc], dup_name, dup_name])
    keep = out_t < end_cut
    segment_text = np.where(seg_blank[src], "", seg_text[out_seg])
    emp_text = np.where(emp_blank[src], "", out_emp.astype(str))
    annual_text = np.where(annual_blank[src], "", np.char.mod("%d", annual[src].astype(np.int64)))
    out_parent = np.concatenate([parent_id[v_acc], np.full(2 * len(dup_of), "", dtype=object)])
    columns = [
        out_ids,
        out_name,
        np.array(ACCOUNT_TYPES, dtype=object)[out_type],
        industry_text[src],
        np.array(vocab.COUNTRIES, dtype=object)[country[src]],
        emp_text,
        annual_text,
        np.array(vocab.CURRENCIES, dtype=object)[currency[src]],
        users.ids[out_owner],
        out_parent,
        segment_text,
        world.fmt.sf_datetime(out_created),
        world.fmt.sf_datetime(out_t),
        crm_bool(out_deleted),
    ]
    columns = [np.asarray(c, dtype=object)[keep] for c in columns]
    write_versions(world, rng, "crm/Account.csv", columns, out_t[keep])

    return Accounts(
        n=n,
        ids=ids,
        segment=seg,
        country=country,
        currency=currency,
        created=created,
        first_invoice=first_invoice,
        churn=churn,
        sat=sat,
        treat=treat,
        mu=mu,
        growth=growth,
        revenue=revenue,
        docs_per_month=docs,
        quarterly=quarterly,
        bill_day=bill_day,
        terms=terms,
        wave=rng.random(n),
        slots=slots,
        domains=domains,
        own_key=own_key,
        own_user=v_owner,
    )


def write_versions(
    world: World, rng: np.random.Generator, key: str, columns: list, t: np.ndarray
) -> None:
    """Write CRM record versions to the drop of their SystemModstamp, and re-send a few later.

    A re-sent version is byte-identical (same SystemModstamp), as when an export overlaps.
    """
    drop = world.drop_of(t)
    again = np.flatnonzero(world.pick(rng, len(t)) & (drop < world.n_drops - 1))
    extra = world.later_drop(rng, drop[again])
    world.injected[f"repeated_rows:{key}"] += len(again)
    all_drop = np.concatenate([drop, extra])
    idx = np.concatenate([np.arange(len(t)), again])
    world.landing.write(
        key, all_drop, [np.asarray(c, dtype=object)[idx] for c in columns], order=t[idx]
    )


# ---------------------------------------------------------------------------------------------
# Contacts
# ---------------------------------------------------------------------------------------------
@dataclass
class Contacts:
    n: int
    ids: np.ndarray
    acc: np.ndarray
    created: np.ndarray
    deleted: np.ndarray  # IsDeleted=true from this time (NEVER: stays)
    first: np.ndarray
    last: np.ndarray
    email: np.ndarray
    danish: np.ndarray  # answers surveys in Danish
    bias: np.ndarray  # hidden personal tendency of NPS answers
    occupant: np.ndarray  # (accounts, max slots, 2): contact index of each position, or -1

    def active_at(self, acc: np.ndarray, slot: np.ndarray, t: np.ndarray) -> np.ndarray:
        """The contact holding a position at time t, or -1 when it is vacant."""
        o1 = self.occupant[acc, slot, 0]
        o2 = self.occupant[acc, slot, 1]
        c1 = np.maximum(o1, 0)
        c2 = np.maximum(o2, 0)
        ok1 = (o1 >= 0) & (self.created[c1] <= t) & (t < self.deleted[c1])
        ok2 = (o2 >= 0) & (self.created[c2] <= t) & (t < self.deleted[c2])
        return np.where(ok1, o1, np.where(ok2, o2, -1))


def build_contacts(world: World, rng: np.random.Generator, acc: Accounts) -> Contacts:
    start, end_cut = world.start_s, world.end_cut
    window = end_cut - start
    slot_acc = np.repeat(np.arange(acc.n), acc.slots)
    first_slot = np.concatenate(([0], np.cumsum(acc.slots)[:-1]))
    slot_no = np.arange(len(slot_acc)) - first_slot[slot_acc]
    c1_created = working_time(
        rng, acc.created[slot_acc] + rng.integers(0, 120 * DAY, size=len(slot_acc))
    )
    # People leave (their contact is deleted) and most are replaced by a colleague.
    p_leave = 1 - np.exp(-0.1 * window / YEAR)
    leave_lo = np.maximum(c1_created + 60 * DAY, start)
    leaves = (rng.random(len(slot_acc)) < p_leave) & (leave_lo < end_cut - DAY)
    leave_t = np.where(
        leaves,
        working_time(rng, uniform_between(rng, leave_lo, np.full(len(slot_acc), end_cut))),
        NEVER,
    )
    leave_t[leave_t >= end_cut] = NEVER
    replaced = (leave_t < NEVER) & (rng.random(len(slot_acc)) < 0.85)
    c2_created = np.where(
        replaced, working_time(rng, leave_t + rng.integers(0, 40 * DAY, size=len(slot_acc))), NEVER
    )
    c2_created[c2_created >= end_cut] = NEVER
    has1 = c1_created < end_cut
    has2 = c2_created < NEVER

    s1 = np.flatnonzero(has1)
    s2 = np.flatnonzero(has2)
    c_slot = np.concatenate([s1, s2])
    n = len(c_slot)
    c_acc = slot_acc[c_slot]
    created = np.concatenate([c1_created[s1], c2_created[s2]])
    deleted = np.concatenate([leave_t[s1], never_like(len(s2))])
    occupant = np.full((acc.n, int(acc.slots.max()), 2), -1, dtype=np.int64)
    occupant[slot_acc[s1], slot_no[s1], 0] = np.arange(len(s1))
    occupant[slot_acc[s2], slot_no[s2], 1] = len(s1) + np.arange(len(s2))

    # Sort contacts by creation so record numbers increase with CreatedDate, like Salesforce.
    order = np.argsort(created, kind="stable")
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    numbers = world.numbers("Contact", n, rng, gap=11)[rank]
    ids = sf_ids("Contact", numbers)

    local_country = np.where(
        rng.random(n) < 0.9, acc.country[c_acc], rng.integers(0, len(vocab.COUNTRIES), size=n)
    )
    fi = rng.integers(0, 1 << 30, size=n)
    li = rng.integers(0, 1 << 30, size=n)
    first, last, email = [], [], []
    taken: set[tuple[int, str]] = set()
    for k, (c, a) in enumerate(zip(local_country.tolist(), c_acc.tolist(), strict=True)):
        code = vocab.COUNTRIES[c]
        f_list, l_list = vocab.FIRST_NAMES[code], vocab.LAST_NAMES[code]
        f, s = f_list[fi[k] % len(f_list)], l_list[li[k] % len(l_list)]
        local = f"{vocab.email_part(f)}.{vocab.email_part(s)}"
        candidate, m = local, 1
        while (a, candidate) in taken:
            m += 1
            candidate = f"{local}{m}"
        taken.add((a, candidate))
        first.append(f)
        last.append(s)
        email.append(f"{candidate}@{acc.domains[a]}")
    danish_p = np.select([local_country == 0, local_country == 2], [0.9, 0.15], 0.04)
    danish = rng.random(n) < danish_p

    role = rng.choice(len(vocab.CONTACT_ROLES), size=n, p=vocab.CONTACT_ROLE_WEIGHTS)
    title_pick = rng.integers(0, 1 << 30, size=n)
    # Danish contacts write Danish titles; a few titles are blank. Both follow from draws the
    # generator already makes, so the rest of the world stays as it was.
    roles_of = [vocab.CONTACT_ROLES_DA if d else vocab.CONTACT_ROLES for d in danish.tolist()]
    blank = (title_pick >> 20) % vocab.BLANK_TITLE_EVERY == 0
    title = np.array(
        [
            "" if b else roles[r][1][p % len(roles[r][1])]
            for roles, r, p, b in zip(roles_of, role, title_pick, blank, strict=True)
        ],
        dtype=object,
    )
    new_title = np.array(
        [
            roles[r][1][(p + 1) % len(roles[r][1])]
            for roles, r, p in zip(roles_of, role, title_pick, strict=True)
        ],
        dtype=object,
    )
    department = np.array(
        [roles[r][0] for roles, r in zip(roles_of, role, strict=True)], dtype=object
    )
    retitle = np.flatnonzero(rng.random(n) < 0.05)
    lo = np.maximum(created[retitle] + 30 * DAY, start)
    hi = np.minimum(deleted[retitle], end_cut)
    ok = hi > lo + DAY
    retitle, lo, hi = retitle[ok], lo[ok], hi[ok]
    retitle_t = working_time(rng, uniform_between(rng, lo, hi - DAY))

    # Versions: creation, a new title, deletion.
    gone = np.flatnonzero(deleted < end_cut)
    v_c = np.concatenate([np.arange(n), retitle, gone])
    v_t = np.concatenate([created, retitle_t, deleted[gone]])
    retitled_before = np.zeros(len(v_c), dtype=bool)
    retitle_at = never_like(n)
    retitle_at[retitle] = retitle_t
    retitled_before = retitle_at[v_c] <= v_t
    v_title = np.where(retitled_before, new_title[v_c], title[v_c])
    v_deleted = np.concatenate([np.zeros(n + len(retitle), bool), np.ones(len(gone), bool)])
    world.entities["contacts"] += n
    world.entities["contacts_deleted"] += len(gone)
    world.entities["contact_versions"] += len(v_c)
    columns = [
        ids[v_c],
        acc.ids[c_acc[v_c]],
        np.array(first, dtype=object)[v_c],
        np.array(last, dtype=object)[v_c],
        np.array(email, dtype=object)[v_c],
        v_title,
        department[v_c],
        world.fmt.sf_datetime(created[v_c]),
        world.fmt.sf_datetime(v_t),
        crm_bool(v_deleted),
    ]
    write_versions(world, rng, "crm/Contact.csv", columns, v_t)
    return Contacts(
        n=n,
        ids=ids,
        acc=c_acc,
        created=created,
        deleted=deleted,
        first=np.array(first, dtype=object),
        last=np.array(last, dtype=object),
        email=np.array(email, dtype=object),
        danish=danish,
        bias=rng.normal(0, 0.5, size=n),
        occupant=occupant,
    )


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------
@dataclass
class Cases:
    ids: np.ndarray
    acc: np.ndarray
    contact: np.ndarray  # -1: none
    created: np.ndarray
    closed: np.ndarray  # NEVER: still open at the end (or deleted)
    type: np.ndarray  # index into vocab.CASE_TYPES; 0 = Complaint
    reason: np.ndarray  # text
    deleted: np.ndarray
    complaint_key: np.ndarray  # sorted account * 2**32 + created of live complaints

    def complaints_between(self, acc: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Number of (not deleted) complaints of each account created in [lo, hi)."""
        base = np.asarray(acc, dtype=np.int64) * (1 << 32)
        return np.searchsorted(self.complaint_key, base + hi, side="left") - np.searchsorted(
            self.complaint_key, base + lo, side="left"
        )


def build_cases(
    world: World, rng: np.random.Generator, users: Users, acc: Accounts, con: Contacts
) -> Cases:
    start, end_cut = world.start_s, world.end_cut
    active_from = np.maximum(acc.first_invoice, start)
    active_to = np.minimum(acc.churn, end_cut)
    years = np.where(active_to > active_from, (active_to - active_from) / YEAR, 0.0)
    size = np.array([2.5, 1.3, 0.7])[acc.segment] * world.profile.case_rate
    # Customers we treat badly (and unhappy ones) complain more.
    lam_c = 0.35 * size * np.exp(-0.6 * acc.treat - 0.35 * acc.sat)
    lam_o = 1.4 * size
    k_c = rng.poisson(lam_c * years)
    k_o = rng.poisson(lam_o * years)
    c_acc = np.concatenate([np.repeat(np.arange(acc.n), k_c), np.repeat(np.arange(acc.n), k_o)])
    c_type = np.concatenate(
        [
            np.zeros(k_c.sum(), dtype=np.int64),
            rng.choice([1, 2, 3], size=k_o.sum(), p=[0.45, 0.40, 0.15]),
        ]
    )
    t0 = working_time(rng, uniform_between(rng, active_from[c_acc], active_to[c_acc] - DAY))
    ok = (t0 >= start) & (t0 < end_cut)
    c_acc, c_type, t0 = c_acc[ok], c_type[ok], t0[ok]
    order = np.argsort(t0, kind="stable")
    c_acc, c_type, t0 = c_acc[order], c_type[order], t0[order]
    n = len(c_acc)

    median_days = np.array([6.0, 1.0, 3.0, 25.0])[c_type]
    dur = (
        np.exp(np.log(median_days) + rng.normal(0, 0.9, size=n) - 0.15 * acc.treat[c_acc]) * DAY
    ).astype(np.int64) + HOUR
    closed = t0 + dur
    working = np.where(
        rng.random(n) < 0.75,
        t0 + (rng.lognormal(np.log(3), 0.8, size=n) * HOUR).astype(np.int64),
        NEVER,
    )
    working[working >= closed] = NEVER
    esc_p = np.array([0.2, 0.01, 0.08, 0.0])[c_type]
    escalated = np.where(rng.random(n) < esc_p, t0 + (0.3 * dur).astype(np.int64) + 60, NEVER)
    escalated[(working < NEVER) & (escalated <= working)] = NEVER
    deleted_case = world.pick(rng, n)
    delete_t = np.where(deleted_case, t0 + rng.integers(HOUR, 5 * DAY, size=n), NEVER)
    deleted_case &= delete_t < end_cut
    delete_t[~deleted_case] = NEVER
    for arr in (working, escalated, closed):
        arr[deleted_case] = NEVER
    world.injected["cases_deleted"] += int(deleted_case.sum())
    world.injected["complaints_deleted"] += int((deleted_case & (c_type == 0)).sum())

    slot = (rng.random(n) * acc.slots[c_acc]).astype(np.int64)
    contact = con.active_at(c_acc, slot, t0)
    retry = contact < 0
    contact[retry] = con.active_at(
        c_acc[retry], (slot[retry] + 1) % acc.slots[c_acc[retry]], t0[retry]
    )

    reasons = [vocab.CASE_REASONS[vocab.CASE_TYPES[t]] for t in c_type.tolist()]
    rp = rng.integers(0, 1 << 30, size=n)
    reason = np.array([r[p % len(r)] for r, p in zip(reasons, rp, strict=True)], dtype=object)
    sp = rng.integers(0, 1 << 30, size=n)
    ref = rng.integers(10000, 999999, size=n)
    subject = np.array(
        [
            vocab.CASE_SUBJECTS[r][p % len(vocab.CASE_SUBJECTS[r])].format(n=x)
            for r, p, x in zip(reason.tolist(), sp.tolist(), ref.tolist(), strict=True)
        ],
        dtype=object,
    )
    high = np.where(c_type == 0, 0.45, 0.15)
    low = np.where(c_type == 0, 0.10, 0.35)
    u = rng.random(n)
    priority = np.where(u < high, "High", np.where(u < high + low, "Low", "Medium"))
    origin = np.array(vocab.CASE_ORIGINS, dtype=object)[
        rng.choice(len(vocab.CASE_ORIGINS), size=n, p=vocab.CASE_ORIGIN_WEIGHTS)
    ]
    owner = users.support_agents[rng.integers(0, len(users.support_agents), size=n)]
    type_text = np.array(vocab.CASE_TYPES, dtype=object)[c_type]
    odd = np.flatnonzero(world.pick(rng, n))
    for k, i in enumerate(odd.tolist()):
        word = type_text[i]
        type_text[i] = (f" {word.lower()}", word.upper(), f"{word} ", word.lower())[k % 4]
    world.injected["case_type_spelling_variants"] += len(odd)
    world.injected["complaint_type_spelling_variants"] += int((c_type[odd] == 0).sum())
    numbers = world.numbers("CaseNumber", n, rng)
    ids = sf_ids("Case", world.numbers("Case", n, rng, gap=5))

    # Versions: New, Working, Escalated, Closed (or a deletion), each with its own Modstamp.
    stages = [
        (t0, "New", False),
        (working, "Working", False),
        (escalated, "Escalated", False),
        (closed, "Closed", False),
        (delete_t, "New", True),
    ]
    v_case, v_t, v_status, v_del = [], [], [], []
    for times, status, is_del in stages:
        rows = np.flatnonzero(times < end_cut)
        v_case.append(rows)
        v_t.append(times[rows])
        v_status.append(np.full(len(rows), status, dtype=object))
        v_del.append(np.full(len(rows), is_del))
    v_case = np.concatenate(v_case)
    v_t = np.concatenate(v_t)
    v_status = np.concatenate(v_status)
    v_del = np.concatenate(v_del)
    # A deleted case keeps the status it had when it was deleted.
    closed_final = np.where(closed < end_cut, closed, NEVER)
    world.entities["cases"] += n
    world.entities["complaints"] += int((c_type == 0).sum())
    world.entities["cases_closed"] += int((closed_final < NEVER).sum())
    world.entities["case_versions"] += len(v_case)
    contact_id = np.where(contact >= 0, con.ids[np.maximum(contact, 0)], "")
    columns = [
        ids[v_case],
        np.char.mod("%08d", numbers[v_case]),
        acc.ids[c_acc[v_case]],
        contact_id[v_case],
        type_text[v_case],
        reason[v_case],
        priority[v_case],
        v_status,
        origin[v_case],
        subject[v_case],
        world.fmt.sf_datetime(t0[v_case]),
        world.fmt.sf_datetime(np.where(v_status == "Closed", closed[v_case], NEVER)),
        world.fmt.sf_datetime(v_t),
        crm_bool(v_del),
        users.ids[owner[v_case]],
    ]
    write_versions(world, rng, "crm/Case.csv", columns, v_t)

    live_complaint = (c_type == 0) & ~deleted_case
    key = np.sort(c_acc[live_complaint] * (1 << 32) + t0[live_complaint])
    return Cases(
        ids=ids,
        acc=c_acc,
        contact=contact,
        created=t0,
        closed=closed_final,
        type=c_type,
        reason=reason,
        deleted=deleted_case,
        complaint_key=key,
    )
