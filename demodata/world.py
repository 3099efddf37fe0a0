"""State shared by every part of a generation run: parameters, calendar, drops, users, counters."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from demodata.profiles import RELATIONSHIP_SURVEY, SUPPORT_SURVEY, Profile, profile
from demodata.timefmt import DAY, NEVER, Formats, epoch
from demodata.writer import Landing

__all__ = ["RELATIONSHIP_SURVEY", "SUPPORT_SURVEY", "Config", "World"]
YEAR = 365.25 * DAY
# How far before `start` pre-existing records (accounts, users) may have been created.
HISTORY_YEARS = 8


@dataclass(frozen=True)
class Config:
    accounts: int
    seed: int
    start: dt.date
    end: dt.date
    delta_days: int
    mess_rate: float
    profile: str = "demo"

    def validate(self) -> None:
        profile(self.profile)
        if self.accounts < 1:
            raise ValueError("accounts must be at least 1")
        if self.end <= self.start:
            raise ValueError("end must be after start")
        if self.delta_days < 0:
            raise ValueError("delta_days must be 0 or more")
        if self.end - dt.timedelta(days=self.delta_days) < self.start:
            raise ValueError("the full drop (end - delta_days) must not be before start")
        if not 0 <= self.mess_rate <= 0.5:
            raise ValueError("mess_rate must be between 0 and 0.5")


@dataclass
class World:
    cfg: Config
    landing: Landing
    fmt: Formats
    injected: Counter = field(default_factory=Counter)
    entities: Counter = field(default_factory=Counter)
    truth: dict = field(default_factory=dict)
    # Running record numbers, so Ids and document numbers stay unique across chunks.
    next_number: Counter = field(default_factory=Counter)
    chunk: int = 0  # the chunk of accounts being built: keys the side random streams

    def __post_init__(self) -> None:
        cfg = self.cfg
        self.profile: Profile = profile(cfg.profile)
        self.start_s = epoch(cfg.start)
        self.end_cut = epoch(cfg.end) + DAY  # exclusive: nothing happens at or after this
        self.full_date = cfg.end - dt.timedelta(days=cfg.delta_days)
        self.full_day = epoch(self.full_date) // DAY
        self.full_cut = epoch(self.full_date) + DAY
        self.drop_dates = [self.full_date + dt.timedelta(days=i) for i in range(cfg.delta_days + 1)]
        self.n_drops = len(self.drop_dates)
        first_month = cfg.start.replace(day=1)
        months = []
        m = first_month
        while m <= cfg.end:
            months.append(m)
            m = (m + dt.timedelta(days=32)).replace(day=1)
        self.months = months
        self.month_starts = np.array([epoch(m) for m in months] + [epoch(m)], dtype=np.int64)
        self.n_months = len(months)

    # --- drops -------------------------------------------------------------------------------
    def drop_of(self, t: np.ndarray) -> np.ndarray:
        """The drop that delivers a change made at time t (t < end_cut): 0 is the full drop."""
        day = np.asarray(t, dtype=np.int64) // DAY
        return np.where(day <= self.full_day, 0, day - self.full_day)

    def cut_of(self, drop: np.ndarray) -> np.ndarray:
        """The end of what a drop knows: changes before this time are in it or an earlier one."""
        drop = np.asarray(drop, dtype=np.int64)
        return (self.full_day + 1 + drop) * DAY

    def later_drop(self, rng: np.random.Generator, first_drop: np.ndarray) -> np.ndarray:
        """A random drop after `first_drop` (callers only pass rows that have one)."""
        first_drop = np.asarray(first_drop, dtype=np.int64)
        span = self.n_drops - 1 - first_drop
        return first_drop + 1 + (rng.random(len(first_drop)) * span).astype(np.int64)

    # --- calendar ----------------------------------------------------------------------------
    def month_of(self, t: np.ndarray) -> np.ndarray:
        """Index of the calendar month (from start's month) containing t."""
        return np.searchsorted(self.month_starts, np.asarray(t, dtype=np.int64), side="right") - 1

    def numbers(self, kind: str, n: int, rng: np.random.Generator, gap: int = 1) -> np.ndarray:
        """n increasing record numbers for `kind`, continuing where the last chunk stopped."""
        steps = rng.integers(1, gap + 1, size=n) if gap > 1 else np.ones(n, dtype=np.int64)
        out = self.next_number[kind] + np.cumsum(steps)
        if n:
            self.next_number[kind] = int(out[-1])
        return out

    # --- mess ---------------------------------------------------------------------------------
    def pick(self, rng: np.random.Generator, n: int, rate: float | None = None) -> np.ndarray:
        """Boolean mask choosing exactly round(rate * n) of n rows (at least one of 10 or more)."""
        rate = self.cfg.mess_rate if rate is None else rate
        mask = np.zeros(n, dtype=bool)
        if rate <= 0 or n == 0:
            return mask
        k = int(round(rate * n))
        if k == 0 and n >= 10:
            k = 1
        k = min(k, n)
        if k:
            mask[rng.choice(n, size=k, replace=False)] = True
        return mask


def never_like(n: int) -> np.ndarray:
    return np.full(n, NEVER, dtype=np.int64)
