"""Two commands on a fresh machine: `make test` and `make test-engines` install what their tests
drive (Debian's Chromium, PostgreSQL server, JDK) through scripts/debian-packages.sh, and CI
runs those targets and nothing else, so CI proves what a developer's machine will do.

No test here calls apt: the recipes are read with `make -n`, the installer runs against stubs.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
INSTALLER = "scripts/debian-packages.sh"


def recipe(target: str) -> list[list[str]]:
    """The commands `make <target>` would run, each split into words."""
    # A parent make's flags (say -n or a jobserver) must not reach this one.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", target],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return [line.split() for line in result.stdout.splitlines() if line.strip()]


def installs_before(target: str, packages: set[str], suite: str) -> None:
    commands = recipe(target)
    installs = [i for i, words in enumerate(commands) if words[0] == INSTALLER]
    runs = [i for i, words in enumerate(commands) if suite in words]
    assert installs, f"`make {target}` no longer runs {INSTALLER}: {commands}"
    assert runs, f"`make {target}` no longer runs {suite}: {commands}"
    assert installs[0] < runs[0], f"`make {target}` runs {suite} before installing its packages"
    assert packages <= set(commands[installs[0]][1:])


def test_make_test_installs_chromium_before_pytest():
    installs_before("test", {"chromium"}, "pytest")


def test_make_test_engines_installs_postgresql_and_a_jdk_before_its_suite():
    installs_before("test-engines", {"postgresql", "openjdk-17-jre-headless"}, "tests/engines")


def test_ci_runs_the_makefile_targets_and_installs_nothing_itself():
    lines = (PROJECT_DIR / ".ci" / "run").read_text().splitlines()
    commands = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    setup = ["set -euo pipefail", 'cd "$(dirname "$0")/.."']
    assert commands == [*setup, "make test", "make lint", "make test-engines"]


@pytest.fixture
def stubs(tmp_path) -> Path:
    """A PATH with a non-root `id`, a `sudo` that records what it was asked to run, a `java`
    (so the JDK counts as installed) and no `chromium`."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    scripts = {
        "id": "echo 1000",
        "sudo": f'echo "$*" >> {tmp_path / "sudo.log"}',
        "java": "exit 0",
    }
    for name, body in scripts.items():
        (bin_dir / name).write_text(f"#!/bin/bash\n{body}\n")
        (bin_dir / name).chmod(0o755)
    return bin_dir


def run_installer(stubs: Path, *packages: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["/bin/bash", INSTALLER, *packages],
        cwd=PROJECT_DIR, env={"PATH": str(stubs)}, capture_output=True, text=True,
    )  # fmt: skip


def test_the_installer_installs_only_missing_packages_with_one_update_and_no_prompt(stubs):
    result = run_installer(stubs, "chromium", "openjdk-17-jre-headless")
    assert result.returncode == 0, result.stderr
    update, install = (stubs.parent / "sudo.log").read_text().splitlines()
    assert update.startswith("apt-get") and update.endswith(" update")
    words = install.split()
    assert words[:2] == ["env", "DEBIAN_FRONTEND=noninteractive"]
    assert words[-4:] == ["install", "-y", "--no-install-recommends", "chromium"]


def test_the_installer_does_nothing_when_every_package_is_there(stubs):
    result = run_installer(stubs, "openjdk-17-jre-headless")
    assert result.returncode == 0, result.stderr
    assert not (stubs.parent / "sudo.log").exists()


def test_the_installer_refuses_a_package_nobody_said_why_it_needs(stubs):
    result = run_installer(stubs, "left-pad")
    assert result.returncode == 2
    assert "no reason known for package 'left-pad'" in result.stderr
    assert not (stubs.parent / "sudo.log").exists()
