"""Are two builds' published marts equal, figure for figure?

    python scripts/compare_marts.py save data/warehouse/bi.duckdb before.json
    python scripts/compare_marts.py compare before.json data/warehouse/bi.duckdb

`save` writes, per table of schema `marts`, its columns, row count and a hash of its sorted
rows. `compare` hashes the other file's tables over the saved columns only, so a column added
since (a new flag) does not count as a change, and says which columns and tables were added or
dropped. Columns that hold the time of the run, not a figure (load and publication times),
are left out of the hashes. Exits 1 when any saved table differs or is missing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb

# When the run happened, not what it computed: differ between any two builds.
RUN_TIME_COLUMNS = {"loaded_at", "noticed_at", "published_at", "run_id"}


def _tables(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    rows = con.execute(
        "select table_name, column_name from duckdb_columns() where schema_name = 'marts' "
        "and table_name <> '_publication' order by table_name, column_index"
    ).fetchall()
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    return tables


def _hash(con: duckdb.DuckDBPyConnection, table: str, columns: list[str]) -> tuple[int, str]:
    kept = [c for c in columns if c not in RUN_TIME_COLUMNS]
    row = " || '|' || ".join(f"coalesce(cast(\"{c}\" as varchar), '∅')" for c in kept)
    return con.execute(
        f"select count(*), coalesce(md5(string_agg(r, chr(10) order by r)), '') "
        f'from (select {row} as r from marts."{table}")'
    ).fetchone()


def save(bi_db: Path, out: Path) -> None:
    with duckdb.connect(str(bi_db), read_only=True) as con:
        figures = {}
        for table, columns in _tables(con).items():
            rows, digest = _hash(con, table, columns)
            figures[table] = {"columns": columns, "rows": rows, "hash": digest}
    out.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n")
    print(f"{len(figures)} marts of {bi_db} saved to {out}")


def compare(saved: Path, bi_db: Path) -> int:
    before = json.loads(saved.read_text())
    differ = 0
    with duckdb.connect(str(bi_db), read_only=True) as con:
        now = _tables(con)
        for table, was in sorted(before.items()):
            if table not in now:
                print(f"MISSING  {table}")
                differ += 1
                continue
            dropped = [c for c in was["columns"] if c not in now[table]]
            added = [c for c in now[table] if c not in was["columns"]]
            if dropped:
                print(f"DIFFERS  {table}: columns dropped {dropped}")
                differ += 1
                continue
            rows, digest = _hash(con, table, was["columns"])
            same = (rows, digest) == (was["rows"], was["hash"])
            differ += not same
            note = f" (columns added: {', '.join(added)})" if added else ""
            print(f"{'equal   ' if same else 'DIFFERS '} {table}: {rows} rows{note}")
        for table in sorted(set(now) - set(before)):
            print(f"new      {table}")
    print(f"{len(before) - differ} of {len(before)} marts equal")
    return 1 if differ else 0


if __name__ == "__main__":
    match sys.argv[1:]:
        case ["save", bi_db, out]:
            save(Path(bi_db), Path(out))
        case ["compare", saved, bi_db]:
            sys.exit(compare(Path(saved), Path(bi_db)))
        case _:
            sys.exit(__doc__)
