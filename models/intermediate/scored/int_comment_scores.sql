{#
    int_comment_scores where dbt cannot run Python models (PostgreSQL, Spark): the same scoring
    code (int_comment_scores.py) runs in Dagster before dbt and writes the scored pairs to
    source comment_scoring.scores (orchestration/comment_scoring.py); this model shows them
    under the model's name, so everything downstream is unchanged.
#}

-- A view: the scorer keeps scoring.scores whole (only new pairs are scored).
{{ config(materialized='view') }}

select
    comment,
    user_language,
    comment_sentiment,
    comment_sentiment_label,
    sentiment_language
from {{ source('comment_scoring', 'scores') }}
