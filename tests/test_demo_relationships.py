"""The generator's built-in relationships show up in the published marts of the demo data.

The demo world is built so that detractors churn and complain more and promoters expand. If
these stop showing, either the generator or the health and retention marts broke. The module
also checks that the cross-mart suites catch a broken total on a real build.
"""

from __future__ import annotations

import shutil

import duckdb
import pytest
from scipy.stats import mannwhitneyu

from demodata import generate
from orchestration.validation import load_suites, validate
from tests.conftest import new_warehouse, query

SUITES = {spec.name: spec for spec in load_suites()}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The warehouse built from `make run`'s demo extracts (the generator's defaults)."""
    wh = new_warehouse(tmp_path_factory.mktemp("demo"))
    generate(wh.landing_dir, progress=False)
    result = wh.materialize()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    return wh


def test_key_drivers_recover_the_generators_true_effects(demo):
    """Appreciation > CSAT > CES as the generator built the answers (demodata/survey.py
    TRUE_EFFECTS); invoicing remarks, which have no effect, no better than noise."""
    from tests.test_drivers import assert_recovers_the_truth

    assert_recovers_the_truth(demo.bi_db)


def test_promoters_retain_better_than_detractors(demo):
    rows = query(
        demo.bi_db,
        """
        select month, loyalty_category, logo_retention, grr, nrr
        from marts.mart_retention
        where segment = 'All' and is_complete_window
          and loyalty_category in ('promoter', 'detractor')
        order by month""",
    )
    by_month: dict = {}
    for month, category, *rates in rows:
        by_month.setdefault(month, {})[category] = rates
    assert len(by_month) >= 12, "the demo spans three years: a year of complete windows"
    for month, rates in by_month.items():
        promoter, detractor = rates["promoter"], rates["detractor"]
        # Logo retention, GRR and NRR: promoters ahead in every month with complete windows.
        assert all(p > d for p, d in zip(promoter, detractor, strict=True)), (month, rates)


def test_detractors_complain_more(demo):
    rows = dict(
        query(
            demo.bi_db,
            """
            select loyalty_category, avg(complaints_90d)
            from marts.mart_customer_health
            where month > (select max(month) from marts.mart_customer_health) - interval 12 month
            group by loyalty_category""",
        )
    )
    assert rows["detractor"] > rows["passive"] > rows["promoter"], rows


def test_an_on_time_follow_up_wins_detractors_back_more_often_than_none(demo):
    """The generator makes a follow-up within 72 hours lift the contact's next answer; the marts
    must show it: recovery after an on-time follow-up beats recovery after none."""
    recovery = {
        status: (rate, answered)
        for status, rate, answered in query(
            demo.bi_db,
            """
            select follow_up_status, avg(case when recovered then 1.0 else 0 end), count(*)
            from marts.fct_follow_ups
            where recovered is not null
            group by follow_up_status""",
        )
    }
    (on_time, n_on_time), (none, n_none) = recovery["on time"], recovery["overdue"]
    assert n_on_time >= 100 and n_none >= 100, recovery
    assert on_time > none + 0.1, recovery


def test_account_managers_differ_in_closing_the_loop(demo):
    """Some account managers follow up within hours, some late, some hardly ever."""
    rates = [
        float(rate)
        for (rate,) in query(
            demo.bi_db,
            """
            select sum(on_time) / sum(on_time + late + overdue)
            from marts.mart_close_the_loop
            where account_manager_id <> 'All'
            group by account_manager_id
            having sum(on_time + late + overdue) >= 20""",
        )
    ]
    assert len(rates) >= 10, rates
    assert min(rates) < 0.1 and max(rates) > 0.6, sorted(rates)


def test_health_tells_customers_apart(demo):
    (month,) = query(demo.bi_db, "select max(month) from marts.mart_customer_health")[0]
    statuses = dict(
        query(
            demo.bi_db,
            f"""select health_status, count(*) from marts.mart_customer_health
                where month = date '{month}' group by all""",
        )
    )
    assert set(statuses) == {"red", "yellow", "green"}
    # Red customers are detractors far more often than green ones.
    (red, green) = query(
        demo.bi_db,
        f"""select avg((loyalty_category = 'detractor')::int) filter (where health_status = 'red'),
                   avg((loyalty_category = 'detractor')::int) filter (where health_status = 'green')
            from marts.mart_customer_health where month = date '{month}'""",
    )[0]
    assert red > 3 * green


def test_churn_auc_is_the_mann_whitney_auc_of_the_published_scores(demo):
    """The mart's rank-sum AUC against SciPy's Mann–Whitney U on the published scores."""
    bi = demo.bi_db
    months = query(
        bi,
        "select month, outcome_month, churn_auc, customers from marts.mart_health_backtest"
        " where weight_set = 'current' and grouped_by = 'all' order by month",
    )
    assert len(months) >= 12, months
    compared = []
    for month, outcome_month, auc, customers in months:
        scored = query(
            bi,
            """select now_.health_score, coalesce(later.is_active, false)
               from marts.mart_customer_health as now_
               left join marts.mart_customer_health as later
                 on later.customer_id = now_.customer_id and later.month = ?
               where now_.month = ? and now_.is_active""",
            [outcome_month, month],
        )
        assert len(scored) == customers
        retained = [float(score) for score, active in scored if active]
        churned = [float(score) for score, active in scored if not active]
        if not (retained and churned):
            assert auc is None, month  # nothing to tell apart
            continue
        expected = mannwhitneyu(retained, churned).statistic / (len(retained) * len(churned))
        assert float(auc) == pytest.approx(expected, abs=5e-5), month
        compared.append(month)
    assert compared, months


def test_health_score_foresees_churn(demo):
    """In the demo world, customers who churn within a year scored lower than those who stayed:
    red customers keep less than green ones, the lowest decile less than the highest."""
    by_band = dict(
        query(
            demo.bi_db,
            """select band, sum(customers_retained) / sum(customers)
               from marts.mart_health_backtest where weight_set = 'current'
                 and grouped_by in ('status', 'decile') group by band""",
        )
    )
    assert by_band["red"] < by_band["yellow"] < by_band["green"], by_band
    assert by_band["1"] < by_band["10"], by_band
    ((auc,),) = query(
        demo.bi_db,
        "select avg(churn_auc) from marts.mart_health_backtest"
        " where weight_set = 'current' and grouped_by = 'all'",
    )
    assert auc > 0.6, auc


@pytest.mark.parametrize(
    ("suite", "tampering", "named"),
    [
        (
            "mart_health_by_owner_adds_up",
            """update marts.mart_health_by_owner set customers = customers + 1
               where department = 'All' and month = (select max(month) from marts.mart_health_by_owner)""",
            "level=company",
        ),
        (
            "mart_retention_adds_up",
            """update marts.mart_retention set revenue_base = revenue_base + 0.01
               where segment = 'All' and loyalty_category = 'promoter'
                 and month = (select max(month) from marts.mart_retention)""",
            "level=segments",
        ),
        (
            "mart_health_backtest_adds_up",
            """update marts.mart_health_backtest set customers_retained = customers_retained + 1
               where grouped_by = 'decile' and band = '10'
                 and month = (select max(month) from marts.mart_health_backtest)""",
            "level=decile",
        ),
        (
            "mart_complaint_rate_adds_up",
            """update marts.mart_complaint_rate set complaints = complaints + 1
               where segment = 'SMB' and month = (select max(month) from marts.mart_complaint_rate)""",
            "level=segments",
        ),
        (
            "mart_nps_monthly_adds_up",
            """update marts.mart_nps_monthly set promoters = promoters + 1
               where segment = 'All' and month = (select max(month) from marts.mart_nps_monthly)""",
            "level=segments",
        ),
        (
            "mart_customer_health_covers_active_customers",
            """delete from marts.mart_customer_health where customer_id = (
                   select min(customer_id) from marts.mart_customer_health where is_active)
               and month = (select max(month) from marts.mart_customer_health)""",
            "has_health_row",
        ),
        (
            "mart_customer_health_covers_active_customers",
            """update marts.mart_customer_health set revenue_t12m = revenue_t12m + 0.01
               where customer_id = (select min(customer_id) from marts.mart_customer_health
                                    where is_active)
                 and month = (select max(month) from marts.mart_customer_health)""",
            "revenue_t12m, health_revenue_t12m",
        ),
        (
            "fin_loyalty_revenue_ties_to_invoices",
            """update marts.fin_loyalty_revenue set revenue_t12m = revenue_t12m + 0.01
               where loyalty_category = 'promoter'
                 and month = (select max(month) from marts.fin_loyalty_revenue)""",
            "loyalty_revenue_t12m, invoiced_revenue_t12m",
        ),
        (
            "fin_loyalty_summary_ties_out",
            """update marts.fin_loyalty_summary set revenue_at_risk = revenue_at_risk + 1
               where month = (select max(month) from marts.fin_loyalty_summary)""",
            "ties_out",
        ),
        (
            "fct_survey_responses_counts_every_response",
            """delete from marts.fct_survey_responses
               where response_id = (select min(response_id) from marts.fct_survey_responses)""",
            "every_response_published",
        ),
        (
            "mart_comment_themes_covers_the_comments",
            "delete from marts.mart_comment_themes",
            "themes_found",
        ),
        (
            "fct_follow_ups_statuses_agree",
            """update marts.fct_follow_ups set hours_to_follow_up = hours_to_follow_up + 1
               where response_id = (select min(response_id) from marts.fct_follow_ups
                                    where hours_to_follow_up is not null)""",
            "agrees",
        ),
        (
            "fct_follow_ups_covers_the_triggers",
            """delete from marts.fct_follow_ups
               where response_id = (select min(response_id) from marts.fct_follow_ups)""",
            "covered",
        ),
        (
            "mart_close_the_loop_adds_up",
            """update marts.mart_close_the_loop set on_time = on_time + 1
               where department = 'All'
                 and month = (select max(month) from marts.mart_close_the_loop)""",
            "adds_up",
        ),
        (
            # A null must not tie out by accident (SQL: null = x is unknown, not false).
            "fin_loyalty_summary_ties_out",
            """update marts.fin_loyalty_summary set unmatched_revenue_t12m = null
               where month = (select max(month) from marts.fin_loyalty_summary)""",
            "ties_out",
        ),
    ],
)
def test_cross_mart_suites_catch_a_broken_total(demo, tmp_path, suite, tampering, named):
    spec = SUITES[suite]
    assert validate(spec, demo.build_db).success
    db = tmp_path / "tampered.duckdb"
    shutil.copy(demo.build_db, db)
    with duckdb.connect(str(db)) as con:
        con.execute(tampering)
    outcome = validate(spec, db)
    assert not outcome.success
    assert named in outcome.failures_markdown()


def test_finance_summary_recomputed_from_invoices_and_health(demo):
    """fin_loyalty_summary's figures, recomputed in Python from fct_invoices and the health mart."""
    import math
    from collections import defaultdict
    from decimal import Decimal

    (month,) = query(demo.bi_db, "select max(month) from marts.fin_loyalty_summary")[0]
    revenue: dict = defaultdict(Decimal)
    for customer, amount in query(
        demo.bi_db,
        f"""select customer_id, net_amount_reporting from marts.fct_invoices
            where customer_id is not null and invoice_month <= date '{month}'
              and invoice_month > date '{month}' - interval 12 month""",
    ):
        revenue[customer] += amount
    revenue = {c: r for c, r in revenue.items() if r != 0}
    health = {
        c: (category, status)
        for c, category, status in query(
            demo.bi_db,
            f"""select customer_id, loyalty_category, health_status
                from marts.mart_customer_health where month = date '{month}'""",
        )
    }
    category = {c: health.get(c, ("no score", None))[0] for c in revenue}
    by_category: dict = defaultdict(Decimal)
    for c, r in revenue.items():
        by_category[category[c]] += r
    scored = by_category["promoter"] + by_category["passive"] + by_category["detractor"]
    weighted_nps = 100 * (by_category["promoter"] - by_category["detractor"]) / scored
    at_risk = sum(
        r for c, r in revenue.items()
        if category[c] == "detractor" or health.get(c, (None, None))[1] == "red"
    )  # fmt: skip
    active = sorted(((r, c) for c, r in revenue.items() if r > 0), key=lambda x: (-x[0], x[1]))
    top = active[: math.ceil(0.2 * len(active))]
    top_share = sum(r for r, _ in top) / sum(r for r, _ in active)
    nrr = dict(
        query(
            demo.bi_db,
            f"""select loyalty_category, revenue_current / revenue_base from marts.mart_retention
                where month = date '{month}' and segment = 'All'""",
        )
    )
    uplift = 0.25 * float(by_category["passive"]) * float(nrr["promoter"] - nrr["passive"])

    row = query(
        demo.bi_db,
        f"""select revenue_t12m, revenue_weighted_nps, revenue_at_risk, top20_revenue_share,
                   passive_uplift_estimate
            from marts.fin_loyalty_summary where month = date '{month}'""",
    )[0]
    assert row[0] == sum(revenue.values())
    assert float(row[1]) == pytest.approx(float(weighted_nps), abs=0.005)
    assert row[2] == at_risk
    assert float(row[3]) == pytest.approx(float(top_share), abs=0.00005)
    assert float(row[4]) == pytest.approx(uplift, abs=0.01)
    # The demo's revenue is concentrated as B2B revenue usually is.
    assert 0.6 < top_share < 0.9
