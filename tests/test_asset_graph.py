"""A snapshot of the asset graph (keys, groups, checks, jobs) so that a rename shows in review.

Regenerate after an intended change: `UPDATE_SNAPSHOTS=1 uv run pytest tests/test_asset_graph.py`.
"""

from __future__ import annotations

import os
from pathlib import Path

SNAPSHOT = Path(__file__).parent / "snapshots" / "asset_graph.txt"


def describe_graph() -> str:
    from orchestration.definitions import defs

    graph = defs.resolve_asset_graph()
    lines = []
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        kind = "external" if not node.is_materializable else "asset"
        lines.append(f"{kind} {key.to_user_string()} group={node.group_name}")
    for check in sorted(graph.asset_check_keys, key=lambda c: c.to_user_string()):
        blocking = graph.get_check_spec(check).blocking
        lines.append(f"check {check.to_user_string()}{' blocking' if blocking else ''}")
    for job in sorted(j.name for j in defs.resolve_all_job_defs()):
        lines.append(f"job {job}")
    return "\n".join(lines) + "\n"


def test_asset_graph_matches_snapshot():
    current = describe_graph()
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(current)
    assert SNAPSHOT.exists(), "no snapshot yet: run with UPDATE_SNAPSHOTS=1 and commit it"
    assert current == SNAPSHOT.read_text()
