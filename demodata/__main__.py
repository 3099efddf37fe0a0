"""Command line: python -m demodata --help"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from demodata.generator import generate
from demodata.profiles import PROFILES


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m demodata",
        description=(
            "Write deterministic, realistic demo extract drops (CRM, billing, survey) in the "
            "landing-zone formats of SPEC §2: <out>/<system>/<YYYY-MM-DD>/<file>, each drop "
            "closed by an empty _SUCCESS. The first drop of each system (dated END - DELTA_DAYS) "
            "is a full extract of all history; then one delta drop per day up to END. The same "
            "arguments always give byte-identical files. Drops of an earlier run in OUT are "
            "replaced. A report of what was written goes to <out>/_generator.json."
        ),
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument(
        "--out",
        type=Path,
        default=Path(os.environ.get("LOYALTY_LANDING_DIR") or "data/landing"),
        help="landing directory (default: $LOYALTY_LANDING_DIR, else data/landing)",
    )
    p.add_argument(
        "--profile",
        choices=sorted(PROFILES),
        default="demo",
        help="the kind of company: 'demo' (monthly answers, two surveys, six currencies, Bulk "
        "API CSV) or 'waves' (two short survey waves a year, an anonymous link, EUR only, Data "
        "Loader CSV with parent accounts); it also sets the defaults of --accounts, --start, --end",
    )
    defaults = ", ".join(
        f"{p.name}: {p.accounts} accounts, {p.start} to {p.end}" for p in PROFILES.values()
    )
    p.add_argument(
        "--accounts",
        type=int,
        help=f"number of customer accounts (default per profile: {defaults})",
    )
    p.add_argument("--seed", type=int, default=7, help="random seed; same seed, same bytes")
    p.add_argument("--start", type=_date, help="first day of history (default per profile)")
    p.add_argument("--end", type=_date, help="last day of history (default per profile)")
    p.add_argument(
        "--delta-days",
        type=int,
        default=14,
        help="number of daily delta drops after the full drop (the full drop is END - DELTA_DAYS)",
    )
    p.add_argument(
        "--mess-rate",
        type=float,
        default=0.01,
        help="share of rows that get each kind of injected data problem (0 = clean)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        report = generate(
            args.out,
            accounts=args.accounts,
            seed=args.seed,
            start=args.start,
            end=args.end,
            delta_days=args.delta_days,
            mess_rate=args.mess_rate,
            progress=not args.quiet,
            profile=args.profile,
        )
    except ValueError as e:
        print(f"demodata: {e}", file=sys.stderr)
        return 2
    if not args.quiet:
        files = report["files"]
        total = sum(f["rows_total"] for f in files.values())
        print(
            f"demodata: wrote {total:,} rows in {len(files)} file kinds x "
            f"{1 + len(report['drops']['deltas'])} drops to {args.out}",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
