"""Fast, vectorised formatting of epoch seconds in the three systems' date conventions.

All simulated times are int64 seconds since 1970-01-01 UTC; NEVER marks "no such time". Every
formatter maps NEVER to an empty field.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import numpy as np

DAY = 86_400
HOUR = 3_600
NEVER = np.iinfo(np.int64).max // 4  # far beyond any date; safe to add offsets to


def epoch(day: dt.date) -> int:
    """Seconds at midnight UTC of a date."""
    return (day - dt.date(1970, 1, 1)).days * DAY


class Formats:
    """Lookup tables of day and time-of-day strings covering [first_day, last_day]."""

    def __init__(
        self,
        first_day: dt.date,
        last_day: dt.date,
        zones: tuple[str, ...],
        zone_range: tuple[dt.date, dt.date],
    ):
        self.day0 = (first_day - dt.date(1970, 1, 1)).days
        ndays = (last_day - first_day).days + 1
        iso = np.datetime_as_string(
            np.arange(self.day0, self.day0 + ndays).astype("datetime64[D]"), unit="D"
        ).astype("U10")
        self.iso_date = iso
        self.dk_date = np.array([f"{s[8:10]}-{s[5:7]}-{s[0:4]}" for s in iso.tolist()], "U10")
        self._iso_t = np.char.add(iso, "T")
        self._iso_sp = np.char.add(iso, " ")
        secs = np.arange(DAY)
        hms = np.array(
            [
                f"{h:02d}:{m:02d}:{s:02d}"
                for h, m, s in zip(secs // 3600, secs // 60 % 60, secs % 60, strict=True)
            ],
            dtype="U8",
        )
        self._hms = hms
        self._hms_ms_z = np.char.add(hms, ".000Z")
        self._hms_z = np.char.add(hms, "Z")
        # UTC offset (seconds) of each zone for every UTC hour of the range: DST switches happen
        # on whole UTC hours in the zones used here, so an hourly table is exact.
        self.hour0 = (zone_range[0] - dt.date(1970, 1, 1)).days * 24
        hours = ((zone_range[1] - zone_range[0]).days + 1) * 24
        base = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
        self._offsets = {}
        for name in zones:
            # Qualtrics writes "Z" (or "UTC") for exports in UTC; zoneinfo knows only "UTC".
            tz = dt.UTC if name in ("Z", "UTC") else zoneinfo.ZoneInfo(name)
            self._offsets[name] = np.array(
                [
                    (base + dt.timedelta(hours=self.hour0 + h)).astimezone(tz).utcoffset()
                    // dt.timedelta(seconds=1)
                    for h in range(hours)
                ],
                dtype=np.int64,
            )

    def _split(self, t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        t = np.asarray(t, dtype=np.int64)
        missing = t >= NEVER
        safe = np.where(missing, self.day0 * DAY, t)
        day = safe // DAY - self.day0
        if len(day) and (day.min() < 0 or day.max() >= len(self.iso_date)):
            raise ValueError("time outside the formatting range")
        return day, safe % DAY, missing

    @staticmethod
    def _blank(values: np.ndarray, missing: np.ndarray) -> np.ndarray:
        if missing.any():
            values = values.astype(object)
            values[missing] = ""
        return values

    def sf_datetime(self, t) -> np.ndarray:
        """Salesforce: 2026-03-01T08:15:00.000Z"""
        day, sec, missing = self._split(t)
        return self._blank(np.char.add(self._iso_t[day], self._hms_ms_z[sec]), missing)

    def sf_date(self, t) -> np.ndarray:
        """Salesforce date fields (Task.ActivityDate): 2026-03-01"""
        day, _, missing = self._split(t)
        return self._blank(self.iso_date[day], missing)

    def iso_utc(self, t) -> np.ndarray:
        """Qualtrics distributions: 2026-03-01T07:00:00Z"""
        day, sec, missing = self._split(t)
        return self._blank(np.char.add(self._iso_t[day], self._hms_z[sec]), missing)

    def dk_day(self, t) -> np.ndarray:
        """ERP: 01-03-2026"""
        day, _, missing = self._split(t)
        return self._blank(self.dk_date[day], missing)

    def local(self, t, zone: str) -> np.ndarray:
        """Qualtrics response timestamps: local wall-clock time, 2026-03-01 09:15:03"""
        t = np.asarray(t, dtype=np.int64)
        missing = t >= NEVER
        safe = np.where(missing, self.day0 * DAY, t)
        hour = safe // HOUR - self.hour0
        offsets = self._offsets[zone]
        if len(hour) and (hour.min() < 0 or hour.max() >= len(offsets)):
            raise ValueError("time outside the time-zone range")
        local = safe + offsets[hour]
        day, sec, _ = self._split(local)
        return self._blank(np.char.add(self._iso_sp[day], self._hms[sec]), missing)
