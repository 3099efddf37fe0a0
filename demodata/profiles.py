"""Profiles: the kinds of company the generator can imitate, and how their exports look.

`demo` is the company the warehouse was built on: a monthly relationship survey and a support
survey, six currencies, the Bulk API's CSV. `waves` is a smaller company as real ones often are:
two short survey waves a year and no support survey, an anonymous link beside the invitations,
one currency, few cases, and Salesforce files written by Data Loader with the columns in another
order and a custom field. The loader must take both without an edit (SPEC §2.1, §2.3).
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

RELATIONSHIP_SURVEY = "SV_6Vx0RelatNPS012"
SUPPORT_SURVEY = "SV_9Zq1SupportCS34"
# Salesforce fields written as datetimes and booleans (the rest keep their text).
CRM_DATETIMES = ("CreatedDate", "SystemModstamp", "ClosedDate", "CompletedDateTime")
CRM_BOOLEANS = ("IsDeleted", "IsActive", "IsClosed")
REGIONS = {"DK": "Nordics", "SE": "Nordics", "NO": "Nordics", "FI": "Nordics", "DE": "DACH",
           "GB": "UK & Ireland", "US": "North America"}  # fmt: skip


@dataclass(frozen=True)
class CrmDialect:
    """How the org's export tool writes Salesforce CSV."""

    datetime_suffix: str = ".000Z"  # the Bulk API; Data Loader writes .000+0000
    booleans: tuple[str, str] = ("true", "false")
    shuffled: bool = False  # columns in another order than SPEC's
    dropped: tuple[str, ...] = ()  # fields the org does not have
    custom: tuple[str, ...] = ()  # custom fields the export carries (Region__c)


@dataclass(frozen=True)
class Profile:
    name: str
    accounts: int
    start: dt.date
    end: dt.date
    surveys: dict[str, str]  # survey id -> the time zone its export names ("Z" is UTC)
    wave_days: tuple[int, int]  # length of the March and September sending waves
    anonymous_share: float  # share of counting responses that come through the anonymous link
    currency: str | None  # every invoice in this currency (None: each customer's own)
    case_rate: float  # multiplies how often customers open cases
    parent_share: float  # share of Mid-Market and SMB accounts that belong to a group
    crm: CrmDialect

    @property
    def answers_only_in_waves(self) -> bool:
        """Short waves: imported and offline answers come from the wave's events too, so the
        months between waves stay empty, as they do at such a company."""
        return sum(self.wave_days) < 120

    def describe(self) -> dict:
        return {
            "name": self.name,
            "surveys": dict(self.surveys),
            "wave_days": list(self.wave_days),
            "anonymous_share": self.anonymous_share,
            "currency": self.currency,
            "case_rate": self.case_rate,
            "parent_share": self.parent_share,
            "crm": {
                "datetime_suffix": self.crm.datetime_suffix,
                "booleans": list(self.crm.booleans),
                "shuffled": self.crm.shuffled,
                "dropped": list(self.crm.dropped),
                "custom": list(self.crm.custom),
            },
        }


PROFILES = {
    "demo": Profile(
        name="demo",
        accounts=2000,
        start=dt.date(2023, 11, 1),
        end=dt.date(2026, 10, 31),
        surveys={RELATIONSHIP_SURVEY: "Europe/Copenhagen", SUPPORT_SURVEY: "Europe/Stockholm"},
        wave_days=(92, 91),
        anonymous_share=0.0,
        currency=None,
        case_rate=1.0,
        parent_share=0.04,
        crm=CrmDialect(),
    ),
    "waves": Profile(
        name="waves",
        accounts=200,
        start=dt.date(2023, 11, 1),
        end=dt.date(2026, 11, 30),  # a latest month without answers: the autumn wave is over
        surveys={RELATIONSHIP_SURVEY: "Z"},
        wave_days=(24, 24),
        anonymous_share=0.05,
        currency="EUR",
        case_rate=0.12,
        parent_share=0.25,
        crm=CrmDialect(
            datetime_suffix=".000+0000",
            booleans=("1", "0"),
            shuffled=True,
            dropped=("CurrencyIsoCode",),
            custom=("Region__c",),
        ),
    ),
}


def profile(name: str) -> Profile:
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(f"unknown profile {name!r}; choose one of {', '.join(PROFILES)}") from None


def crm_layout(
    dialect: CrmDialect, name: str, columns: tuple[str, ...]
) -> tuple[tuple[str, ...], Callable[[list], list]]:
    """The header an org's export of `name` has, and a function from SPEC-ordered columns
    to that layout (fields dropped or added, datetimes and booleans in the tool's dialect)."""
    present = [c for c in columns if c not in dialect.dropped]
    custom = [c for c in dialect.custom if name == "Account.csv"]
    header = present + custom
    if dialect.shuffled:
        # The same order in every run and drop: it is the org's export job, not chance.
        order = np.random.default_rng(zlib.crc32(name.encode())).permutation(len(header))
        header = [header[i] for i in order]
    true, false = dialect.booleans

    def adapt(values: list) -> list:
        by_name = dict(zip(columns, values, strict=True))
        if "Region__c" in custom:
            by_name["Region__c"] = np.array(
                [REGIONS.get(c, "") for c in by_name["BillingCountry"].tolist()], dtype=object
            )
        for field in CRM_DATETIMES:
            if field in by_name and dialect.datetime_suffix != ".000Z":
                text = np.asarray(by_name[field]).astype(str)
                by_name[field] = np.char.replace(text, ".000Z", dialect.datetime_suffix)
        for field in CRM_BOOLEANS:
            if field in by_name and dialect.booleans != ("true", "false"):
                by_name[field] = np.where(np.asarray(by_name[field]) == "true", true, false)
        return [by_name[c] for c in header]

    return tuple(header), adapt
