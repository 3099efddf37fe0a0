"""Deterministic, realistic demo extracts in the landing-zone formats of SPEC §2.

`python -m demodata --help` for the command line; `generate()` for code and tests.
"""

from demodata.generator import generate
from demodata.ids import sf_id18

__all__ = ["generate", "sf_id18"]
