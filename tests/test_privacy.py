"""Personal data stops before BI: no published mart holds a contact's e-mail address or name.

Contacts are identified in the marts by their Salesforce Contact Id only, a stable pseudonymous
key (it resolves to a person only inside the CRM), and the e-mail addresses and phone numbers
respondents type into comments are masked. See docs/reliability.md, "Personal data".
"""

from __future__ import annotations

import csv
import shutil
import subprocess

import duckdb

from orchestration.engines.duckdb import publish_file
from tests.conftest import PROJECT_DIR, VENV_BIN, query

PERSONAL_COLUMNS = ("email", "first_name", "last_name", "recipient", "ip_address", "latitude")


def contact_identities(landing) -> set[str]:
    """Every contact e-mail and full name in the extracts (CRM contacts and survey recipients)."""
    found: set[str] = set()
    for path in landing.glob("crm/*/Contact.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                found.add(row["Email"])
                found.add(f"{row['FirstName']} {row['LastName']}")
    for path in landing.glob("survey/*/responses_*.csv"):
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            names = next(reader)
            next(reader), next(reader)
            for values in reader:
                row = dict(zip(names, values, strict=False))
                found.add(row.get("RecipientEmail", ""))
                found.add(f"{row.get('RecipientFirstName', '')} {row.get('RecipientLastName', '')}")
    # An account manager (a Salesforce user) is published by name; a contact who happens to
    # share that name is no leak.
    users: set[str] = set()
    for path in landing.glob("crm/*/User.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            users |= {row["Name"].strip().lower() for row in csv.DictReader(f)}
    return {v.strip().lower() for v in found if len(v.strip()) > 3} - users


def test_no_published_column_is_personal(small_warehouse):
    with duckdb.connect(str(small_warehouse.bi_db), read_only=True) as con:
        columns = con.execute(
            "select table_name, column_name from duckdb_columns() where schema_name = 'marts'"
        ).fetchall()
    personal = [(t, c) for t, c in columns if any(p in c.lower() for p in PERSONAL_COLUMNS)]
    assert personal == []


def test_no_published_value_is_a_contact_email_or_name(small_warehouse):
    identities = contact_identities(small_warehouse.landing_dir)
    assert len(identities) > 100  # the extracts do hold personal data
    with duckdb.connect(str(small_warehouse.bi_db), read_only=True) as con:
        con.execute("create temp table identity (value varchar)")
        con.executemany("insert into identity values (?)", [[v] for v in identities])
        columns = con.execute(
            """select table_name, column_name from duckdb_columns()
               where schema_name = 'marts' and data_type = 'VARCHAR'"""
        ).fetchall()
        leaks = []
        for table, column in columns:
            (hits,) = con.execute(
                f"""select count(*) from marts."{table}" as t
                    join identity on contains(lower(t."{column}"), identity.value)"""
            ).fetchone()
            if hits:
                leaks.append((table, column, hits))
    assert leaks == []


def test_contact_details_typed_into_a_comment_are_masked_in_bi_and_kept_in_the_build(
    small_warehouse, tmp_path
):
    """A respondent types a phone number and an e-mail address into a comment (the demo's
    comments hold none, so one is typed into a copy of the build's attributed responses, the
    text the mart reads); the mart is rebuilt and published. Every other comment, numbers
    and all, is published as it was typed."""
    warehouse = tmp_path / "warehouse"
    shutil.copytree(small_warehouse.warehouse_dir, warehouse)
    build_db, bi_db = warehouse / "warehouse.duckdb", warehouse / "bi.duckdb"
    typed = "Ring til mig på +45 12 34 56 78 eller skriv til jens.ærø@kunde.dk"
    with duckdb.connect(str(build_db)) as con:
        (response_id,) = con.execute(
            "select min(response_id) from intermediate.int_survey_responses_attributed "
            "where is_counting and comment is not null"
        ).fetchone()
        con.execute(
            "update intermediate.int_survey_responses_attributed set comment = ? "
            "where response_id = ?",
            [typed, response_id],
        )
    result = subprocess.run(
        [VENV_BIN / "dbt", "run", "--select", "fct_survey_responses", "--full-refresh",
         "--target-path", str(tmp_path / "target")],
        cwd=PROJECT_DIR, env={**small_warehouse.env, "LOYALTY_WAREHOUSE_DIR": str(warehouse)},
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
    publish_file(build_db, bi_db)

    with duckdb.connect(str(bi_db), read_only=True) as con:
        con.execute(f"attach '{build_db}' as build (read_only)")
        published = dict(
            con.execute(
                "select response_id, published.comment from marts.fct_survey_responses as "
                "published join build.intermediate.int_survey_responses_attributed as typed "
                "using (response_id) where published.comment is distinct from typed.comment"
            ).fetchall()
        )
    assert published == {response_id: "Ring til mig på [phone] eller skriv til [email]"}
    kept = query(
        build_db,
        "select comment from intermediate.int_survey_responses_attributed where response_id = ?",
        [response_id],
    )
    assert kept == [(typed,)]
