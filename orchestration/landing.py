"""Find extract drops in the landing zone: `<system>/<YYYY-MM-DD>/<file>`, complete with `_SUCCESS`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

SUCCESS_MARKER = "_SUCCESS"


@dataclass(frozen=True)
class Drop:
    system: str
    date: dt.date
    path: Path

    @property
    def complete(self) -> bool:
        return (self.path / SUCCESS_MARKER).is_file()


@dataclass(frozen=True)
class Scan:
    """What a look at one system's folder found: complete drops in date order, and what was skipped."""

    drops: tuple[Drop, ...]
    skipped: tuple[str, ...]


def scan(landing_dir: Path, system: str) -> Scan:
    """List the complete drops of a system in date order, and say why any folder is not loaded."""
    root = landing_dir / system
    if not root.is_dir():
        return Scan((), (f"{system}/: no such folder in {landing_dir}",))
    drops, skipped = [], []
    for path in sorted(root.iterdir()):
        if not path.is_dir():
            continue
        try:
            date = dt.date.fromisoformat(path.name)
        except ValueError:
            skipped.append(
                f"{system}/{path.name}: folder name is not a date YYYY-MM-DD; not loaded"
            )
            continue
        drop = Drop(system, date, path)
        if drop.complete:
            drops.append(drop)
        else:
            skipped.append(f"{system}/{path.name}: no {SUCCESS_MARKER} yet; not loaded")
    return Scan(tuple(sorted(drops, key=lambda d: d.date)), tuple(skipped))
