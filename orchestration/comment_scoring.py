"""Comment sentiment where dbt cannot run Python models (PostgreSQL, Spark).

On DuckDB, `int_comment_scores` is a dbt Python model. Elsewhere dbt builds in two steps around
this module (`build_with_dbt`): the models up to `int_survey_responses_attributed`, then this
module scores the (comment, user_language) pairs not yet scored, with the very functions of the
Python model, into `scoring.scores`; then everything else, where `int_comment_scores` is a SQL
model over those scores (models/intermediate/scored/).
"""


import importlib.util
from functools import cache

import dagster as dg
import pandas as pd

from orchestration.config import DBT_PROJECT_DIR
from orchestration.engines import Engine, connect_engine

SCORES = "scoring.scores"
# The last model the scorer reads; dbt builds it and its parents first.
SCORED_FROM = "int_survey_responses_attributed"


@cache
def scoring_model():
    """models/intermediate/int_comment_scores.py as a module: one scoring code on every engine."""
    path = DBT_PROJECT_DIR / "models" / "intermediate" / "int_comment_scores.py"
    spec = importlib.util.spec_from_file_location("int_comment_scores", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_new_pairs(engine: Engine) -> int:
    """Score the pairs `scoring.scores` lacks; how many were scored."""
    model = scoring_model()
    empty = pd.DataFrame({c: pd.Series(dtype="object") for c in model.COLUMNS}).astype(
        {"comment_sentiment": "float64"}
    )
    engine.append(SCORES, empty)
    pairs = engine.query(
        f"""
        select distinct responses.comment, responses.user_language
        from intermediate.{SCORED_FROM} as responses
        where trim(responses.comment) <> ''
            and not exists (
                select 1 from {SCORES} as scored
                where scored.comment = responses.comment
                    and (scored.user_language = responses.user_language
                        or (scored.user_language is null and responses.user_language is null))
            )
        order by 1, 2"""
    )
    scored = model.score_comments(pairs)
    if len(scored):
        engine.append(SCORES, scored.astype({"comment_sentiment": "float64"}).astype(object))
    return len(scored)


@dg.asset(
    key=dg.AssetKey(["scoring", "scores"]),
    deps=[dg.AssetKey(["intermediate", SCORED_FROM])],
    group_name="intermediate",
    description="Sentiment of every distinct (comment, user_language) pair, scored in Python "
    "with int_comment_scores.py's functions, for engines where dbt runs no Python models.",
)
def comment_scores(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    engine = connect_engine()
    try:
        scored = score_new_pairs(engine)
    finally:
        engine.close()
    context.log.info(f"scored {scored} new comment pairs")
    return dg.MaterializeResult(metadata={"pairs_scored": scored})
