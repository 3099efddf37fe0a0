"""Survey comments: sentiment scoring (the dbt Python model's functions), the theme keyword seed,
and, on one end-to-end build, the comment columns of fct_survey_responses and mart_comment_themes.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from demodata import phrases
from tests.conftest import PROJECT_DIR

# asent 0.8 declares its pydantic models the pydantic-1 way.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Support for class-based `config`:DeprecationWarning"
)

MODEL_FILE = PROJECT_DIR / "models" / "intermediate" / "int_comment_scores.py"
SEED_FILE = PROJECT_DIR / "seeds" / "comment_themes.csv"


def _load_model():
    spec = importlib.util.spec_from_file_location("int_comment_scores", MODEL_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sentiment = _load_model()


# ---------------------------------------------------------------------------------- sentiment


@pytest.mark.parametrize(
    ("text", "language", "sign"),
    [
        ("Great support, they really listen.", "en", 1),
        ("Excellent quality, we rarely see defects.", "en", 1),
        ("Poor support when things go wrong.", "en", -1),
        ("Disappointing.", "en", -1),
        ("Fremragende support, hurtig og venlig.", "da", 1),
        ("Tak for det, vi er meget tilfredse.", "da", 1),
        ("Dårlig support, når noget går galt.", "da", -1),
        ("Skuffende.", "da", -1),
    ],
)
def test_sentiment_has_the_sign_of_the_comment(text, language, sign):
    score = sentiment.score_text(text, language)
    assert -1 <= score <= 1
    assert score * sign > 0.05, score


def test_negation_turns_a_positive_word_negative_in_both_languages():
    assert sentiment.score_text("The support is good.", "en") > 0.05
    assert sentiment.score_text("The service is not good.", "en") < -0.05
    assert sentiment.score_text("Supporten er god.", "da") > 0.05
    assert sentiment.score_text("Supporten er ikke god.", "da") < -0.05


def test_scores_do_not_depend_on_which_language_was_scored_before():
    # asent keeps its lexicon in spaCy's global extensions: switching must not leak.
    first = sentiment.score_text("Vi føler os ikke værdsat som kunde.", "da")
    sentiment.score_text("We feel appreciated as a customer.", "en")
    assert sentiment.score_text("Vi føler os ikke værdsat som kunde.", "da") == first
    assert first < -0.05


def test_a_blank_comment_has_no_score():
    assert sentiment.score_texts(["", "   ", "Good."], "en")[:2] == [None, None]
    assert sentiment.sentiment_label(None) is None


@pytest.mark.parametrize(
    ("score", "label"),
    [(0.05, "positive"), (0.0499, "neutral"), (0.0, "neutral"), (-0.0499, "neutral"),
     (-0.05, "negative"), (-1.0, "negative"), (1.0, "positive")],
)  # fmt: skip
def test_label_cut_offs(score, label):
    assert sentiment.sentiment_label(score) == label


@pytest.mark.parametrize(
    ("text", "user_language", "language"),
    [
        ("Vi føler os ikke værdsat som kunde.", "EN", "da"),  # the comment wins over the UI
        ("We do not feel valued at all.", "DA", "en"),
        ("OK", "DA", "da"),  # no stop word: UserLanguage decides
        ("OK", "EN-GB", "en"),
        ("OK", "FR", "en"),  # neither English nor Danish: English
        ("OK", None, "en"),
    ],
)
def test_language_is_the_comments_with_user_language_on_a_tie(text, user_language, language):
    assert sentiment.detect_language(text, user_language) == language


def test_score_comments_keeps_one_row_per_non_blank_comment():
    frame = pd.DataFrame(
        {
            "comment": [
                "Great support, thank you!",
                "Dårlig kvalitet, vi er utilfredse.",
                " ",
                None,
            ],
            "user_language": ["EN", "EN", "DA", None],
        }
    )
    scored = sentiment.score_comments(frame)
    assert list(scored.columns) == list(sentiment.COLUMNS)
    assert list(scored["comment"]) == [
        "Great support, thank you!",
        "Dårlig kvalitet, vi er utilfredse.",
    ]
    assert list(scored["user_language"]) == ["EN", "EN"]
    assert list(scored["sentiment_language"]) == ["en", "da"]
    assert list(scored["comment_sentiment_label"]) == ["positive", "negative"]
    assert str(scored["comment_sentiment"].dtype) == "float64"


def test_score_comments_of_nothing_is_an_empty_typed_frame():
    empty = pd.DataFrame({"comment": [], "user_language": []}, dtype="object")
    scored = sentiment.score_comments(empty)
    assert scored.empty and list(scored.columns) == list(sentiment.COLUMNS)
    assert str(scored["comment_sentiment"].dtype) == "float64"


# ----------------------------------------------------------------------------- theme seed


def _seed() -> list[dict[str, str]]:
    with SEED_FILE.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _words(text: str) -> str:
    """The comment as int_comment_themes sees it: lower case, non-letters as one space."""
    return " " + re.sub(r"[\W_]+", " ", text.lower()).strip()


def themes_of(text: str, language: str) -> set[str]:
    """The int_comment_themes rule in Python: a keyword of the language starts a word."""
    words = _words(text)
    return {
        row["theme"]
        for row in _seed()
        if row["language"] == language and _words(row["keyword"]) in words
    }


def test_seed_keywords_are_lower_case_and_unique_per_language():
    rows = _seed()
    assert all(r["keyword"] == r["keyword"].strip().lower() for r in rows)
    assert {r["language"] for r in rows} == {"en", "da"}
    keys = [(r["language"], r["keyword"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_seed_recovers_every_generator_keyword():
    for theme, by_language in phrases.THEME_KEYWORDS.items():
        for language, keywords in by_language.items():
            for keyword in keywords:
                assert theme in themes_of(keyword, language), (theme, language, keyword)


def test_every_generator_sentence_gets_its_theme():
    missing = [
        (language, theme, text)
        for (language, theme, _), texts in phrases.BANK.items()
        for text in texts
        if theme not in themes_of(text, language)
    ]
    assert missing == []


def test_a_keyword_inside_a_word_does_not_match():
    assert "delivery" not in themes_of("En god oplevelse.", "da")
    assert "delivery" in themes_of("Leveringen var sen.", "da")
    assert "invoicing" in themes_of("Fakturaen var forkert.", "da")
    assert "delivery" not in themes_of("Undelivered goods.", "en")


# ------------------------------------------------------------------------------ end to end


@pytest.fixture
def built(small_warehouse) -> Path:
    return small_warehouse.bi_db


def _bank_sentences() -> list[tuple[str, str, str]]:
    out = []
    for (language, theme, _), texts in phrases.BANK.items():
        for text in texts:
            out.append((language, theme, text))
            out.append((language, theme, phrases._lower_first(text)))
    return out


def test_demo_comments_recover_the_generators_themes_and_language(built):
    with duckdb.connect(str(built), read_only=True) as con:
        rows = con.execute(
            "select comment, comment_themes, comment_language, comment_sentiment "
            "from marts.fct_survey_responses where comment is not null"
        ).fetchall()
    assert len(rows) > 100
    bank = _bank_sentences()
    checked = 0
    for comment, found, language, score in rows:
        assert score is not None and -1 <= score <= 1
        written = [(lang, theme) for lang, theme, text in bank if text in comment]
        if not written:  # a comment the mess injector rewrote beyond recognition
            continue
        checked += 1
        found_themes = set(found.split(", ")) if found else set()
        assert {theme for _, theme in written} <= found_themes, comment
        assert {lang for lang, _ in written} == {language}, comment
    assert checked > 0.9 * len(rows)


def test_detractors_comment_more_negatively_than_promoters(built):
    with duckdb.connect(str(built), read_only=True) as con:
        means = dict(
            con.execute(
                "select nps_category, avg(comment_sentiment) from marts.fct_survey_responses "
                "where comment is not null and nps_category is not null group by nps_category"
            ).fetchall()
        )
    assert means["detractor"] < means["passive"] < means["promoter"]
    assert means["promoter"] - means["detractor"] > 0.2


def test_mart_comment_themes_ranks_grievances_first(built):
    with duckdb.connect(str(built), read_only=True) as con:
        mart = con.execute("select * from marts.mart_comment_themes").df()
        comments = con.execute(
            "select response_month as month, count(*) as comments "
            "from marts.fct_survey_responses where comment is not null group by all"
        ).df()
    assert not mart.empty
    assert not mart.duplicated(["month", "theme"]).any()
    merged = mart.merge(comments, on="month", suffixes=("", "_fct"))
    assert (merged["comments"] == merged["comments_fct"]).all()
    ranked = mart.dropna(subset=["impact_rank"])
    firsts = ranked[ranked["impact_rank"] == 1].set_index("month")["nps_gap"]
    lowest = ranked.groupby("month")["nps_gap"].min()
    assert (firsts.sort_index() == lowest.sort_index()).all()
