"""The project passes its own hook, with its test data allowlisted as the README says."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import run_process

CHECKOUT = Path(__file__).resolve().parents[1]


def test_the_repository_passes_its_own_scan() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=CHECKOUT, capture_output=True, text=True)
    assert tracked.returncode == 0 and tracked.stdout, "the tests run from a git checkout"
    run = run_process("scan", "--all-files", cwd=CHECKOUT, timeout=600)
    assert run.code == 0, run.out + run.err


def test_the_repository_configures_its_own_hook() -> None:
    config = (CHECKOUT / ".pre-commit-config.yaml").read_text()
    assert "id: safecommit" in config and "repo: local" in config
