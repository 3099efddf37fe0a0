"""The landing zone on disk: one folder per system and drop, files appended chunk by chunk."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SYSTEMS = ("crm", "billing", "survey")
_DROP_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class FileSpec:
    """How one kind of extract file is written."""

    system: str
    name: str
    header_rows: tuple[tuple[str, ...], ...]
    delimiter: str = ","
    bom: bool = False
    line_end: str = "\n"
    # Turns the columns the generator writes (in SPEC order) into the file's own layout.
    adapt: Callable[[list], list] | None = None
    # The file is delivered with its header only (an fx_rates.csv of a one-currency company).
    header_only: bool = False


class Landing:
    """Writes every file kind into every drop; counts rows and tags per file and drop."""

    def __init__(self, root: Path, drop_dates: list[dt.date], specs: dict[str, FileSpec]):
        self.root = root
        self.drop_dates = drop_dates
        self.specs = specs
        self.rows: dict[str, Counter] = defaultdict(Counter)  # key -> drop index -> rows
        self.tags: dict[tuple[str, str], dict[int, Counter]] = defaultdict(
            lambda: defaultdict(Counter)
        )
        for key, spec in specs.items():
            for d in range(len(drop_dates)):
                path = self.path(key, d)
                path.parent.mkdir(parents=True, exist_ok=True)
                with path.open("w", encoding="utf-8", newline="") as f:
                    if spec.bom:
                        f.write("\ufeff")
                    writer = self._writer(f, spec)
                    writer.writerows(spec.header_rows)

    @staticmethod
    def clean(root: Path) -> list[Path]:
        """Remove the drops of an earlier run (date-named folders of the three systems).

        Only a folder the generator wrote (it holds `_generator.json`) is cleaned: drops that
        came from anywhere else are real extracts and are never deleted."""
        drops = [
            path
            for system in SYSTEMS
            if (root / system).is_dir()
            for path in (root / system).iterdir()
            if path.is_dir() and _DROP_NAME.match(path.name)
        ]
        if drops and not (root / "_generator.json").exists():
            raise ValueError(
                f"{root} holds extract drops that the generator did not write; refusing to "
                "replace them. Choose an empty --out (or LOYALTY_LANDING_DIR)."
            )
        removed = []
        for system in SYSTEMS:
            folder = root / system
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if path.is_dir() and _DROP_NAME.match(path.name):
                    shutil.rmtree(path)
                    removed.append(path)
        (root / "_generator.json").unlink(missing_ok=True)
        return removed

    def path(self, key: str, drop: int) -> Path:
        spec = self.specs[key]
        return self.root / spec.system / self.drop_dates[drop].isoformat() / spec.name

    @staticmethod
    def _writer(f, spec: FileSpec):
        return csv.writer(
            f, delimiter=spec.delimiter, lineterminator=spec.line_end, quoting=csv.QUOTE_MINIMAL
        )

    def write(
        self,
        key: str,
        drop: np.ndarray,
        columns: list,
        order: np.ndarray | None = None,
        tags: dict[str, np.ndarray] | None = None,
    ) -> None:
        """Append rows (given column-wise) to the file `key` of each row's drop.

        Rows are written per drop in the order of `order` (a sort key, e.g. a timestamp).
        `tags` are per-row labels (status, reason...) counted per drop for _generator.json.
        """
        drop = np.asarray(drop, dtype=np.int64)
        n = len(drop)
        spec = self.specs[key]
        if n == 0 or spec.header_only:
            return
        sort_key = np.zeros(n, dtype=np.int64) if order is None else np.asarray(order, np.int64)
        idx = np.lexsort((sort_key, drop))
        drops_sorted = drop[idx]
        bounds = np.flatnonzero(np.diff(drops_sorted)) + 1
        starts = np.concatenate(([0], bounds))
        ends = np.concatenate((bounds, [n]))
        cols = [np.asarray(c, dtype=object)[idx] for c in columns]
        if spec.adapt is not None:
            cols = [np.asarray(c, dtype=object) for c in spec.adapt(cols)]
        tag_cols = {name: np.asarray(v)[idx] for name, v in (tags or {}).items()}
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
            d = int(drops_sorted[s])
            with self.path(key, d).open("a", encoding="utf-8", newline="") as f:
                self._writer(f, spec).writerows(zip(*(c[s:e].tolist() for c in cols), strict=True))
            self.rows[key][d] += e - s
            for name, values in tag_cols.items():
                labels, counts = np.unique(values[s:e], return_counts=True)
                counter = self.tags[(key, name)][d]
                for label, count in zip(labels.tolist(), counts.tolist(), strict=True):
                    if label != "":
                        counter[str(label)] += count

    def finish(self) -> None:
        """Mark every drop complete: an empty _SUCCESS, written after all its files."""
        for system in sorted({s.system for s in self.specs.values()}):
            for day in self.drop_dates:
                (self.root / system / day.isoformat() / "_SUCCESS").write_bytes(b"")

    def summary(self) -> dict:
        """Rows (and tag counts) per file kind, in total and per drop date."""
        out = {}
        for key in self.specs:
            per_drop = {
                self.drop_dates[d].isoformat(): self.rows[key][d]
                for d in range(len(self.drop_dates))
            }
            entry = {"rows_total": sum(per_drop.values()), "rows_per_drop": per_drop}
            for (k, name), by_drop in sorted(self.tags.items()):
                if k != key:
                    continue
                total = Counter()
                for counter in by_drop.values():
                    total.update(counter)
                entry[f"{name}_total"] = dict(sorted(total.items()))
                entry[f"{name}_per_drop"] = {
                    self.drop_dates[d].isoformat(): dict(sorted(c.items()))
                    for d, c in sorted(by_drop.items())
                    if c
                }
            out[key] = entry
        return out
