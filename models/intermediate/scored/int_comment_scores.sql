{#
    int_comment_scores where dbt cannot run Python models (PostgreSQL, Spark): the same scoring
    code (int_comment_scores.py) runs in the Dagster process between two dbt invocations and
    writes the scored pairs to source comment_scoring.scores (orchestration/comment_scoring.py);
    this model publishes them under the model's name, so everything downstream is unchanged.
#}
-- A table, not incremental as the Python model (its YAML config): the source holds every
-- scored pair, so appending it again on each run would repeat every pair.
{{ config(materialized='table') }}

select
    comment,
    user_language,
    comment_sentiment,
    comment_sentiment_label,
    sentiment_language
from {{ source('comment_scoring', 'scores') }}
