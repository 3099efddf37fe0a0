"""One owner per rule (expectations/README.md, "Who checks what"): dbt and GX never check the
same rule, so that Dagster shows each rule once and a failure has one place to be fixed.

Read from the dbt manifest (`make manifest`) and the suite files, so that a duplicate added on
either side fails here, naming both.
"""

from __future__ import annotations

import json

import pytest

from orchestration.validation import load_suites
from tests.conftest import PROJECT_DIR

MART_FOLDER = "marts"


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((PROJECT_DIR / "target" / "manifest.json").read_text())


def mart_models(manifest: dict) -> dict[str, dict]:
    return {
        node["name"]: node
        for node in manifest["nodes"].values()
        if node["resource_type"] == "model" and node["fqn"][1] == MART_FOLDER
    }


def dbt_rules(manifest: dict) -> dict[tuple, str]:
    """(model, rule, column, arguments) -> the dbt test, for the generic tests on one model."""
    rules = {}
    for node in manifest["nodes"].values():
        meta = node.get("test_metadata")
        models = [d.split(".")[-1] for d in node.get("depends_on", {}).get("nodes", [])
                  if d.startswith("model.")]  # fmt: skip
        if node["resource_type"] != "test" or not meta or len(models) != 1:
            continue
        kwargs = meta.get("kwargs", {})
        column = kwargs.get("column_name")
        if meta["name"] == "accepted_values":
            arguments = tuple(sorted(map(str, kwargs["values"])))
        elif meta["name"] == "accepted_range":
            arguments = (kwargs.get("min_value"), kwargs.get("max_value"))
        elif meta["name"] == "unique_combination_of_columns":
            column, arguments = None, tuple(sorted(kwargs["combination_of_columns"]))
        else:
            arguments = ()
        rules[(models[0], meta["name"], column, arguments)] = node["name"]
    return rules


def same_rule_in_dbt(expectation: dict, model: str) -> tuple:
    """The dbt rule an expectation would repeat, as a key of `dbt_rules`."""
    kwargs, kind = expectation["kwargs"], expectation["type"]
    column = kwargs.get("column")
    return {
        "expect_column_values_to_not_be_null": (model, "not_null", column, ()),
        "expect_column_values_to_be_unique": (model, "unique", column, ()),
        "expect_column_values_to_be_in_set": (
            model, "accepted_values", column, tuple(sorted(map(str, kwargs.get("value_set", ())))),
        ),
        "expect_column_values_to_be_between": (
            model, "accepted_range", column, (kwargs.get("min_value"), kwargs.get("max_value")),
        ),
        "expect_compound_columns_to_be_unique": (
            model, "unique_combination_of_columns", None, tuple(sorted(kwargs.get("column_list", ()))),
        ),
    }.get(kind, ())  # fmt: skip


def test_no_gx_expectation_on_a_mart_repeats_a_dbt_test_or_an_enforced_contract(manifest):
    rules, marts = dbt_rules(manifest), mart_models(manifest)
    repeated = []
    for spec in load_suites():
        schema, model = spec.table.split(".")
        if schema != "marts" or spec.query:
            continue
        for expectation in spec.document["expectations"]:
            if same_rule_in_dbt(expectation, model) in rules:
                repeated.append(f"{spec.name}: {expectation['type']} on "
                                f"{expectation['kwargs'].get('column')} = dbt's "
                                f"{rules[same_rule_in_dbt(expectation, model)]}")  # fmt: skip
            contract = marts.get(model, {}).get("config", {}).get("contract", {})
            if expectation["type"].startswith("expect_table_columns_to_match") and contract.get(
                "enforced"
            ):
                repeated.append(f"{spec.name}: {expectation['type']} = {model}'s dbt contract")
    assert not repeated, "rules checked twice:\n" + "\n".join(repeated)


def test_rules_across_columns_rows_or_tables_of_a_mart_are_gx_suites_not_dbt_tests(manifest):
    marts = {f"model.{node['package_name']}.{name}" for name, node in mart_models(manifest).items()}
    owned_by_gx = [
        node["name"]
        for node in manifest["nodes"].values()
        if node["resource_type"] == "test"
        and set(node["depends_on"]["nodes"]) & marts
        and (
            not node.get("test_metadata")  # a singular test
            or node["test_metadata"]["name"] == "expression_is_true"
        )
    ]
    assert not owned_by_gx, f"GX owns these on marts (expectations/README.md): {owned_by_gx}"


def test_the_rule_finder_sees_a_duplicate_when_there_is_one(manifest):
    """The two tests above would pass on a finder that never matches: show it matches."""
    rules = dbt_rules(manifest)
    key = next(k for k in rules if k[1] == "not_null" and k[0] in mart_models(manifest))
    duplicate = {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": key[2]}}
    assert same_rule_in_dbt(duplicate, key[0]) in rules
