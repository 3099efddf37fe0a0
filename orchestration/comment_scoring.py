"""Comment sentiment where dbt cannot run Python models (PostgreSQL, Spark).

On DuckDB, `int_comment_scores` is a dbt Python model. Elsewhere this asset scores, before dbt
runs, every (comment, user_language) pair of the raw responses not scored yet, with the very
functions of that Python model, into `scoring.scores` on the engine; `int_comment_scores` is
then a SQL model over those scores (models/intermediate/scored/), and everything downstream is
unchanged. The pairs are read from the loader's DuckDB copy of the raw responses, the comment
taken as stg_survey__responses takes it (the seed survey_questions names each survey's comment
column; trimmed, blank as none): a superset of the pairs dbt's model scores, since responses
that staging drops are scored too. The marts only join the pairs they have.
"""

import importlib.util
from functools import cache

import dagster as dg
import duckdb
import pandas as pd

from orchestration.config import DBT_PROJECT_DIR, SEEDS_DIR, settings
from orchestration.engines import Engine

SCORES = "scoring.scores"


@cache
def scoring_model():
    """models/intermediate/int_comment_scores.py as a module: one scoring code on every engine."""
    path = DBT_PROJECT_DIR / "models" / "intermediate" / "int_comment_scores.py"
    spec = importlib.util.spec_from_file_location("int_comment_scores", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def new_pairs(loading: duckdb.DuckDBPyConnection, scored: pd.DataFrame) -> pd.DataFrame:
    """The (comment, user_language) pairs of the raw responses that `scored` lacks."""
    loading.register("scored", scored)
    try:
        return loading.execute(
            f"""
            with questions as (
                select survey_id, question_column
                from read_csv('{(SEEDS_DIR / "survey_questions.csv").as_posix()}', all_varchar = true)
                where measure = 'comment'
            ),
            pairs as (
                select distinct
                    nullif(trim(responses."Answers"[questions.question_column]), '') as comment,
                    nullif(trim(responses."UserLanguage"), '') as user_language
                from raw.survey_responses as responses
                inner join questions on questions.survey_id = trim(responses."SurveyId")
            )
            select comment, user_language from pairs
            where comment is not null
                and not exists (
                    select 1 from scored
                    where scored.comment = pairs.comment
                        and scored.user_language is not distinct from pairs.user_language
                )
            order by all"""
        ).df()
    finally:
        loading.unregister("scored")


def score_new_pairs(loading: duckdb.DuckDBPyConnection, engine: Engine) -> int:
    """Score the pairs the engine's `scoring.scores` lacks, and add them; how many."""
    model = scoring_model()
    known = engine.rows(SCORES, ["comment", "user_language"])
    scored = model.score_comments(new_pairs(loading, known))
    engine.append(SCORES, scored.astype({"comment_sentiment": "float64"}))
    return len(scored)


@dg.asset(
    key=dg.AssetKey(["scoring", "scores"]),
    deps=[dg.AssetKey(["raw", "survey_responses"])],
    group_name="raw",
    description="Sentiment of every (comment, user_language) pair of the raw responses, scored "
    "in Python with int_comment_scores.py's functions, on engines where dbt runs no Python "
    "models (orchestration/comment_scoring.py).",
)
def comment_scores(context: dg.AssetExecutionContext, engine: Engine) -> dg.MaterializeResult:
    conf = settings()
    try:
        with duckdb.connect(str(conf.build_db), read_only=True) as loading:
            scored = score_new_pairs(loading, engine)
    finally:
        engine.close()
    context.log.info(f"scored {scored} new comment pairs on {engine.name}")
    return dg.MaterializeResult(metadata={"pairs_scored": scored})
