"""The ERP: monthly FX rates and billing documents (invoices, credit notes, voids)."""

from __future__ import annotations

import numpy as np

from demodata import vocab
from demodata.crm import Accounts
from demodata.ids import sf_ids
from demodata.timefmt import DAY, HOUR, NEVER
from demodata.world import YEAR, World

INVOICE_COLUMNS = ("InvoiceNo", "DocumentType", "AccountId", "InvoiceDate", "DueDate", "Currency",
                   "NetAmount", "VatAmount", "Status")  # fmt: skip
FX_COLUMNS = ("RateMonth", "Currency", "EurPerUnit")
# Typical EUR value of one unit, and how much it wanders per month (log scale).
FX_LEVEL = {"EUR": 1.0, "DKK": 0.13410, "SEK": 0.0880, "NOK": 0.0860, "USD": 0.9200, "GBP": 1.1700}
FX_DRIFT = {"EUR": 0.0, "DKK": 0.0004, "SEK": 0.012, "NOK": 0.013, "USD": 0.015, "GBP": 0.008}
FX_DECIMALS = {"EUR": 6, "DKK": 8, "SEK": 8, "NOK": 8, "USD": 6, "GBP": 6}


def dk_amount(cents: np.ndarray) -> np.ndarray:
    """Cents -> '1234,56' (decimal comma, no thousands separator)."""
    cents = np.asarray(cents, dtype=np.int64)
    whole = np.char.mod("%d", cents // 100)
    return np.char.add(np.char.add(whole, ","), np.char.zfill(np.char.mod("%d", cents % 100), 2))


def build_fx(world: World, rng: np.random.Generator) -> np.ndarray:
    """Write fx_rates.csv into every drop; return the latest EurPerUnit per (currency, month).

    Each month's rate is published on its first day; some months are restated a few days after
    they end, and one delta drop always restates the latest complete month.
    """
    n_m = world.n_months
    cur = vocab.CURRENCIES
    level = np.array([FX_LEVEL[c] for c in cur])
    drift = np.array([FX_DRIFT[c] for c in cur])
    x = np.zeros((len(cur), n_m))
    x[:, 0] = rng.normal(0, 1, size=len(cur)) * drift * 2
    for m in range(1, n_m):
        x[:, m] = 0.85 * x[:, m - 1] + rng.normal(0, 1, size=len(cur)) * drift
    first = level[:, None] * np.exp(x)
    first = np.round(first, 8)
    first[0] = 1.0
    events = []  # (time, month, values)
    for m in range(n_m):
        events.append((int(world.month_starts[m]) + 6 * HOUR, m, first[:, m]))
    revised = first.copy()
    for m in range(n_m - 1):
        if rng.random() < 0.3:
            t = int(world.month_starts[m + 1]) + int(rng.integers(1, 9)) * DAY + 7 * HOUR
            revised[:, m] = np.round(revised[:, m] * (1 + rng.normal(0, 0.002, size=len(cur))), 8)
            revised[0, m] = 1.0
            events.append((t, m, revised[:, m].copy()))
    if world.n_drops > 1:
        d = int(rng.integers(1, world.n_drops))
        t = int(world.cut_of(d)) - DAY + 9 * HOUR
        m = int(world.month_of(np.array([t]))[0]) - 1
        if m >= 0:
            revised[:, m] = np.round(revised[:, m] * (1 + rng.normal(0, 0.002, size=len(cur))), 8)
            revised[0, m] = 1.0
            events.append((t, m, revised[:, m].copy()))
    events = [e for e in events if e[0] < world.end_cut]
    events.sort(key=lambda e: e[0])
    world.entities["fx_restatements"] = sum(
        1 for e in events if e[0] >= world.month_starts[e[1] + 1]
    )
    world.entities["fx_restatements_in_deltas"] = sum(
        1 for e in events if e[0] >= world.month_starts[e[1] + 1] and e[0] >= world.full_cut
    )

    latest: dict[tuple[int, int], np.ndarray] = {}  # (drop, month) -> values as of that drop
    for t, m, values in events:
        drop = int(world.drop_of(np.array([t]))[0])
        latest[(drop, m)] = values
    rows_drop, rows_month, rows_cur, rows_val = [], [], [], []
    for (drop, m), values in sorted(latest.items()):
        for c, code in enumerate(cur):
            rows_drop.append(drop)
            rows_month.append(world.months[m].strftime("%Y-%m"))
            rows_cur.append(code)
            rows_val.append(f"{values[c]:.{FX_DECIMALS[code]}f}".replace(".", ","))
    order = np.arange(len(rows_drop))
    world.landing.write(
        "billing/fx_rates.csv", np.array(rows_drop), [rows_month, rows_cur, rows_val], order=order
    )
    return revised


def build_invoices(world: World, rng: np.random.Generator, acc: Accounts, fx: np.ndarray) -> None:
    start, end_cut = world.start_s, world.end_cut
    ms = world.month_starts
    paying = acc.first_invoice < NEVER
    m_first = world.month_of(np.where(paying, np.maximum(acc.first_invoice, start), start))
    m_last = world.month_of(np.minimum(acc.churn, end_cut) - 1)
    count = np.where(paying, np.maximum(m_last - m_first + 1, 0), 0)
    am_acc = np.repeat(np.arange(acc.n), count)
    offsets = np.concatenate(([0], np.cumsum(count)[:-1]))
    am_month = m_first[am_acc] + np.arange(len(am_acc)) - offsets[am_acc]
    since_first = am_month - m_first[am_acc]
    keep = ~acc.quarterly[am_acc] | (since_first % 3 == 0)
    am_acc, am_month, since_first = am_acc[keep], am_month[keep], since_first[keep]

    years = (ms[am_month] + 15 * DAY - start) / YEAR
    month_of_year = np.array([m.month for m in world.months])[am_month]
    season = 1 + 0.08 * np.cos(2 * np.pi * (month_of_year - 11) / 12)
    new_customer = acc.created[am_acc] >= start
    ramp = np.where(
        new_customer & (since_first == 0),
        0.5,
        np.where(new_customer & (since_first == 1), 0.8, 1.0),
    )
    # Promoters expand and detractors shrink: growth follows the expected NPS.
    monthly = (
        acc.revenue[am_acc]
        * np.exp(acc.growth[am_acc] * years)
        * season
        * ramp
        * rng.lognormal(0, 0.08, size=len(am_acc))
        * np.where(acc.quarterly[am_acc], 3.0, 1.0)
    )
    k = acc.docs_per_month[am_acc]
    d_acc = np.repeat(am_acc, k)
    d_month = np.repeat(am_month, k)
    eur = np.repeat(monthly / k, k) * rng.lognormal(0, 0.35, size=len(d_acc))
    month_len = (ms[d_month + 1] - ms[d_month]) // DAY
    single = np.repeat(k == 1, k)
    day = np.where(
        single,
        np.minimum(acc.bill_day[d_acc], month_len) - 1,
        (rng.random(len(d_acc)) * month_len).astype(np.int64),
    )
    date_t = ms[d_month] + day * DAY
    ok = (
        (date_t >= acc.first_invoice[d_acc] // DAY * DAY)
        & (date_t < acc.churn[d_acc])
        & (date_t < end_cut)
        & (date_t >= start)
    )
    d_acc, d_month, eur, date_t = d_acc[ok], d_month[ok], eur[ok], date_t[ok]
    cur = acc.currency[d_acc]
    cents = np.maximum(np.round(eur / fx[cur, d_month] * 100), 100).astype(np.int64)
    doc_type = np.zeros(len(d_acc), dtype=np.int64)

    # Credit notes (~3 %): part or all of an earlier invoice, dated a few weeks later.
    credited = np.flatnonzero(rng.random(len(d_acc)) < 0.03)
    cn_date = date_t[credited] + rng.integers(2, 45, size=len(credited)) * DAY
    frac = np.where(
        rng.random(len(credited)) < 0.4, 1.0, rng.uniform(0.05, 0.9, size=len(credited))
    )
    cn_ok = cn_date < end_cut
    credited, cn_date, frac = credited[cn_ok], cn_date[cn_ok], frac[cn_ok]
    cn_cents = np.maximum(np.round(cents[credited] * frac), 1).astype(np.int64)

    # Voids: an invoice is cancelled a few days later and re-issued under a new number.
    voided = np.flatnonzero(world.pick(rng, len(d_acc)))
    void_t = date_t[voided] + rng.integers(1, 30, size=len(voided)) * DAY
    v_ok = void_t < end_cut
    voided, void_t = voided[v_ok], void_t[v_ok]
    # Make sure the deltas show at least one void of a document delivered in an earlier drop.
    if world.cfg.mess_rate > 0 and world.n_drops > 1 and not (void_t >= world.full_cut).any():
        recent = np.flatnonzero((date_t < world.full_cut) & (date_t >= world.full_cut - 25 * DAY))
        recent = recent[~np.isin(recent, voided)]
        if len(recent):
            one = recent[rng.integers(0, len(recent))]
            day = rng.integers(world.full_day + 1, world.full_day + world.n_drops)
            voided = np.append(voided, one)
            void_t = np.append(void_t, day * DAY)
    re_cents = np.maximum(
        np.round(cents[voided] * rng.normal(1.0, 0.03, size=len(voided))), 100
    ).astype(np.int64)

    all_acc = np.concatenate([d_acc, d_acc[credited], d_acc[voided]])
    all_date = np.concatenate([date_t, cn_date, void_t])
    all_cents = np.concatenate([cents, cn_cents, re_cents])
    all_type = np.concatenate(
        [doc_type, np.ones(len(credited), np.int64), np.zeros(len(voided), np.int64)]
    )
    all_void = np.full(len(all_acc), NEVER, dtype=np.int64)
    all_void[voided] = void_t
    n = len(all_acc)
    order = np.argsort(all_date, kind="stable")
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    numbers = world.numbers("InvoiceNo", n, rng)[rank]

    all_cur = acc.currency[all_acc]
    vat_rate = np.array([vocab.VAT_RATE[c] for c in vocab.COUNTRIES])[acc.country[all_acc]]
    vat = np.round(all_cents * vat_rate).astype(np.int64)
    due = all_date + acc.terms[all_acc] * DAY

    # AccountId as billing keys it: mostly the 18-character Id; some 15-character, blank, unknown.
    account_id = acc.ids[all_acc].astype(object)
    odd = np.flatnonzero(world.pick(rng, n, 2 * world.cfg.mess_rate))
    rng.shuffle(odd)
    n_short = (len(odd) + 1) // 2
    n_blank = (len(odd) - n_short + 1) // 2
    short = odd[:n_short]
    blank = odd[n_short : n_short + n_blank]
    unknown = odd[n_short + n_blank :]
    account_id[short] = np.array([x[:15] for x in account_id[short].tolist()], dtype=object)
    account_id[blank] = ""
    unknown_numbers = world.numbers("UnknownAccount", len(unknown), rng, gap=97)
    account_id[unknown] = sf_ids("Account", unknown_numbers)
    world.injected["invoice_account_id_15_chars"] += len(short)
    world.injected["invoice_account_id_blank"] += len(blank)
    world.injected["invoice_account_id_unknown"] += len(unknown)
    world.entities["invoices"] += int((all_type == 0).sum())
    world.entities["credit_notes"] += len(credited)
    world.entities["voided_documents"] += len(voided)

    # Drops: the day a document is posted, the day it is voided, and a few re-sends.
    first_drop = world.drop_of(all_date)
    void_drop = world.drop_of(np.minimum(all_void, end_cut - 1))
    has_void = (all_void < NEVER) & (void_drop != first_drop)
    again = np.flatnonzero(world.pick(rng, n) & (first_drop < world.n_drops - 1))
    extra = world.later_drop(rng, first_drop[again])
    doc = np.concatenate([np.arange(n), np.flatnonzero(has_void), again])
    drop = np.concatenate([first_drop, void_drop[has_void], extra])
    pairs = np.unique(doc * 10_000 + drop)
    doc, drop = pairs // 10_000, pairs % 10_000
    world.injected["invoice_rows_resent"] += len(again)
    world.injected["void_rows_in_later_drop"] += int(has_void.sum())
    status = np.where(all_void[doc] < world.cut_of(drop), "Void", "Posted")

    columns = [
        np.char.mod("%d", 1_000_000 + numbers[doc]),
        np.where(all_type[doc] == 0, "Invoice", "CreditNote"),
        account_id[doc],
        world.fmt.dk_day(all_date[doc]),
        world.fmt.dk_day(due[doc]),
        np.array(vocab.CURRENCIES, dtype=object)[all_cur[doc]],
        dk_amount(all_cents[doc]),
        dk_amount(vat[doc]),
        status,
    ]
    world.landing.write(
        "billing/invoices.csv", drop, columns, order=numbers[doc], tags={"status": status}
    )

    # What the warehouse must reconcile to: latest version of every document.
    final_posted = all_void >= end_cut
    signed = np.where(all_type == 0, all_cents, -all_cents) * final_posted
    matched = np.ones(n, dtype=bool)
    matched[blank] = False
    matched[unknown] = False
    totals = world.truth.setdefault("net_amount_cents_by_currency", {})
    unmatched = world.truth.setdefault("unmatched_net_amount_cents_by_currency", {})
    for c, code in enumerate(vocab.CURRENCIES):
        sel = all_cur == c
        totals[code] = totals.get(code, 0) + int(signed[sel].sum())
        unmatched[code] = unmatched.get(code, 0) + int(signed[sel & ~matched].sum())
