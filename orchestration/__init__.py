"""Dagster code for the loyalty warehouse: loading, dbt, validation and publishing."""
