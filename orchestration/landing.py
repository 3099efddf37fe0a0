"""Find extract drops in the landing zone: `<system>/<YYYY-MM-DD>/<file>`, complete with `_SUCCESS`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

SUCCESS_MARKER = "_SUCCESS"
DATE_NAME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


OUTSIDE = (
    "a symbolic link to a place outside the landing dir; not loaded — copy the delivery into "
    "the landing dir instead"
)


def inside(path: Path, landing_dir: Path) -> bool:
    """Whether `path`, links followed, stays within the landing dir (itself possibly a link)."""
    return path.resolve().is_relative_to(landing_dir.resolve())


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
    if not inside(root, landing_dir):
        return Scan((), (f"{system}/: {OUTSIDE}",))
    drops, skipped = [], []
    for path in sorted(root.iterdir()):
        if not path.is_dir():
            continue
        if not inside(path, landing_dir):
            skipped.append(f"{system}/{path.name}: {OUTSIDE}")
            continue
        try:
            # fromisoformat alone would also take `20260201` and `2026-W05-1`.
            if not DATE_NAME.fullmatch(path.name):
                raise ValueError(path.name)
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


def ignored_files(drop: Drop, patterns: tuple[str, ...]) -> list[Path]:
    """The files and folders of a drop that match none of its system's extract patterns.

    Hidden files (`.DS_Store`, an editor's swap file) are not deliveries and are passed over."""
    return sorted(
        path
        for path in drop.path.iterdir()
        if path.name != SUCCESS_MARKER
        and not path.name.startswith(".")
        and not any(path.match(pattern) for pattern in patterns)
    )
