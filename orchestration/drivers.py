"""Key drivers: what moves NPS, and what predicted logo retention (mart_nps_drivers).

A Python step between dbt models, on every engine: it reads int_nps_driver_inputs,
int_retention_driver_inputs and int_comment_themes from the engine, fits Johnson's relative
weights per window (orchestration/relative_weights.py) and replaces `drivers.nps_driver_estimates`
there, which mart_nps_drivers reads as a dbt source.

- `nps` (respondent level): for the T12M window ending each reported month M (responses of
  M-11 … M), company-wide (`All`) and per segment as of the response, the 0–10 answer on CSAT
  (1–5), CES (1–7), appreciation (1–5), the account's complaints in the 90 days before the
  answer, and one 0/1 variable per comment theme (seed comment_themes; 0 without a comment).
- `logo_retention` (account level): the customers active at M-12, heard in the T12M ending
  M-12, with what was known of them then (account NPS, CSAT %, mean CES, mean appreciation,
  complaints in 90 days), and whether they are active at M: a linear probability model. The
  logistic extension (Tonidandel & LeBreton 2010, Journal of Business and Psychology 25(4))
  is not used: its pseudo-R² does not decompose exactly, and a year's cohort of a few hundred
  accounts with few churners gives unstable logistic fits; for ranking the drivers the linear
  model is the usual, robust choice.

A window is fitted when it has at least MIN_ROWS rows and ROWS_PER_PREDICTOR rows per predictor
kept; a predictor without variance in a window (a theme nobody mentioned) is left out of it.
The rows are sorted by their key and each window's generator is seeded from the setting
`drivers_seed` and the window's name, so a window's result does not depend on the engine or on
which other windows exist.
"""

import time
import zlib

import dagster as dg
import numpy as np
import pandas as pd

from orchestration.config import SEEDS_DIR, settings
from orchestration.engines import Engine
from orchestration.relative_weights import relative_weights

ESTIMATES = "drivers.nps_driver_estimates"
REPLICATES = 200
MIN_ROWS = 30
ROWS_PER_PREDICTOR = 10

RESPONSE_DRIVERS = {
    "csat": "csat_score",
    "ces": "ces_score",
    "appreciation": "appreciation_score",
    "complaints_90d": "complaints_90d",
}
ACCOUNT_DRIVERS = {
    "account_nps": "account_nps",
    "csat": "csat",
    "ces": "ces",
    "appreciation": "appreciation",
    "complaints_90d": "complaints_90d",
}
# The estimates table's columns and types: typed even when there is no row, so that every
# engine creates the same table.
COLUMNS = {
    "month": "object",
    "segment": "object",
    "outcome": "object",
    "level": "object",
    "driver": "object",
    "sample_size": "float64",
    "r_squared": "float64",
    "relative_weight": "float64",
    "relative_weight_ci_low": "float64",
    "relative_weight_ci_high": "float64",
    "excess_over_noise": "float64",
    "excess_ci_low": "float64",
    "excess_ci_high": "float64",
    "correlation": "float64",
    "method": "object",
}


def theme_names() -> list[str]:
    """The themes of the seed comment_themes, sorted."""
    return sorted(pd.read_csv(SEEDS_DIR / "comment_themes.csv")["theme"].unique())


def month_index(values: pd.Series) -> np.ndarray:
    """Months (dates, timestamps or ISO strings, as each engine returns them) as year*12+month."""
    months = pd.to_datetime(values.astype(str).str[:10])
    return (months.dt.year * 12 + months.dt.month - 1).to_numpy()


def month_label(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}-01"


def method(replicates: int, seed: int) -> str:
    return (
        f"Johnson relative weights (2000), {replicates} bootstrap replicates, seed {seed}; "
        "significance against a random variable (Tonidandel, LeBreton & Johnson 2009)"
    )


def response_matrix(responses: pd.DataFrame, themes: pd.DataFrame, names: list[str]):
    """The respondent rows sorted by response_id, and their predictors (a DataFrame whose
    columns are the driver names: the four measures, then `theme:<name>` per theme)."""
    responses = responses.sort_values("response_id", kind="stable").reset_index(drop=True)
    x = pd.DataFrame({d: responses[c].astype(float) for d, c in RESPONSE_DRIVERS.items()})
    mentioned = themes.groupby("theme")["response_id"].agg(set)
    for name in names:
        ids = mentioned.get(name, set())
        x[f"theme:{name}"] = responses["response_id"].isin(ids).astype(float)
    return responses, x


def fit_windows(
    keys: pd.DataFrame,
    x: pd.DataFrame,
    y: np.ndarray,
    months: list[int],
    span: int,
    outcome: str,
    level: str,
    seed: int,
    replicates: int = REPLICATES,
) -> list[dict]:
    """One row per driver of every window: `keys` holds each row's month index (`m`) and
    segment; a window ending M spans the months M-span+1 … M."""
    rows = []
    for month in months:
        in_window = ((keys["m"] > month - span) & (keys["m"] <= month)).to_numpy()
        segments = ["All", *sorted(keys.loc[in_window, "segment"].dropna().unique())]
        for segment in segments:
            chosen = in_window & (
                True if segment == "All" else (keys["segment"] == segment).to_numpy()
            )
            xs, ys = x[chosen], y[chosen]
            kept = [c for c in x.columns if xs[c].std(ddof=0) > 0]
            if (
                not kept
                or np.std(ys) == 0
                or len(ys) < max(MIN_ROWS, ROWS_PER_PREDICTOR * len(kept))
            ):
                continue
            name = f"{outcome}|{month_label(month)}|{segment}"
            rng = np.random.default_rng([seed, zlib.crc32(name.encode())])
            fit = relative_weights(xs[kept].to_numpy(), ys, kept, rng, replicates)
            for estimate in fit.drivers:
                rows.append(
                    {
                        "month": month_label(month),
                        "segment": segment,
                        "outcome": outcome,
                        "level": level,
                        "sample_size": float(fit.sample_size),
                        "r_squared": fit.r_squared,
                        "method": method(replicates, seed),
                        **vars(estimate),
                    }
                )
    return rows


def estimate(
    responses: pd.DataFrame,
    themes: pd.DataFrame,
    accounts: pd.DataFrame,
    months: pd.Series,
    names: list[str],
    seed: int,
    replicates: int = REPLICATES,
) -> pd.DataFrame:
    """Every window's estimates, in the columns of COLUMNS."""
    reported = sorted(set(month_index(months)))
    responses, x = response_matrix(responses, themes, names)
    keys = pd.DataFrame(
        {"m": month_index(responses["response_month"]), "segment": responses["segment"]}
    )
    rows = fit_windows(
        keys, x, responses["nps_score"].astype(float).to_numpy(), reported, 12,
        "nps", "respondent", seed, replicates,
    )  # fmt: skip
    accounts = accounts.sort_values(["month", "customer_id"], kind="stable").reset_index(drop=True)
    # Means and percentages arrive as DuckDB doubles or PostgreSQL's exact NUMERICs: rounded to
    # 9 decimals, every engine fits the same numbers.
    account_x = pd.DataFrame(
        {d: accounts[c].astype(float).round(9) for d, c in ACCOUNT_DRIVERS.items()}
    )
    retained = accounts["is_retained"].map(lambda v: float(str(v).lower() in ("true", "1", "1.0")))
    account_keys = pd.DataFrame(
        {"m": month_index(accounts["month"]), "segment": accounts["segment"]}
    )
    rows += fit_windows(
        account_keys, account_x, retained.to_numpy(), reported, 1,
        "logo_retention", "account", seed, replicates,
    )  # fmt: skip
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype(COLUMNS)


def read_inputs(engine: Engine):
    responses = engine.rows(
        "intermediate.int_nps_driver_inputs",
        ["response_id", "response_month", "segment", "nps_score", *RESPONSE_DRIVERS.values()],
    )
    themes = engine.rows("intermediate.int_comment_themes", ["response_id", "theme"])
    accounts = engine.rows(
        "intermediate.int_retention_driver_inputs",
        ["month", "customer_id", "segment", *ACCOUNT_DRIVERS.values(), "is_retained"],
    )
    months = engine.rows("intermediate.int_months", ["month"])["month"]
    return responses, themes, accounts, months


INPUTS = [
    dg.AssetKey(["intermediate", "int_nps_driver_inputs"]),
    dg.AssetKey(["intermediate", "int_retention_driver_inputs"]),
    dg.AssetKey(["intermediate", "int_comment_themes"]),
    dg.AssetKey(["intermediate", "int_months"]),
]


@dg.asset(
    key=dg.AssetKey(["drivers", "nps_driver_estimates"]),
    deps=INPUTS,
    group_name="intermediate",
    description="Key drivers of NPS and of logo retention: Johnson's relative weights per T12M "
    "window and segment, bootstrapped, fitted in Python on every engine "
    "(orchestration/drivers.py); mart_nps_drivers reads them.",
)
def nps_driver_estimates(context: dg.AssetExecutionContext, engine: Engine) -> dg.MaterializeResult:
    started = time.perf_counter()
    seed = settings().drivers_seed
    try:
        responses, themes, accounts, months = read_inputs(engine)
        frame = estimate(responses, themes, accounts, months, theme_names(), seed)
        engine.replace(ESTIMATES, frame)
    finally:
        # DuckDB has one writer: dbt runs again after this step.
        engine.close()
    seconds = time.perf_counter() - started
    windows = frame[["month", "segment", "outcome"]].drop_duplicates()
    context.log.info(f"fitted {len(windows)} windows in {seconds:.1f} s on {engine.name}")
    return dg.MaterializeResult(
        metadata={"windows": len(windows), "rows": len(frame), "seconds": round(seconds, 2)}
    )
