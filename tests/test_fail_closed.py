"""Fail closed: a detector that breaks blocks the commit and says so, unless told to warn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit import detect

REAL = "alice.smith@gmail.com"


@pytest.fixture
def broken_detector(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real detector module with a bug: it raises, quoting the text in its message."""
    (tmp_path / "broken_detector.py").write_text(
        "def detect(locator):\n    raise RuntimeError('boom: ' + locator.text.text)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    personal = detect.DETECTORS["personal-data"]
    monkeypatch.setitem(detect.DETECTORS, "personal-data", (*personal, "broken_detector"))


@pytest.mark.usefixtures("broken_detector")
def test_a_detector_error_blocks_and_says_how_to_report_it(repo: Repo, cli: Any) -> None:
    repo.stage("a.txt", f"owner {REAL}\n")
    run = cli("hook", "a.txt")
    assert run.code == 2
    assert "internal error in detector broken_detector: RuntimeError" in run.out
    assert "please report it" in run.out and "blocks the commit" in run.out
    assert "EMAIL_ADDRESS" in run.out  # the healthy detectors' findings still stand
    assert REAL not in run.out + run.err  # the exception's message is never shown


@pytest.mark.usefixtures("broken_detector")
def test_on_error_warn_reports_the_error_without_blocking(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", 'on_error = "warn"\n')
    repo.stage("a.txt", "nothing personal\n")
    run = cli("hook", "a.txt", "--format", "json")
    assert run.code == 0
    assert run.json["not_scanned"][0]["reason"].startswith(
        "internal error in detector broken_detector")
    text = cli("hook", "a.txt")
    assert text.code == 0 and "warning only" in text.out


@pytest.mark.usefixtures("broken_detector")
def test_on_error_warn_still_blocks_on_real_findings(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", 'on_error = "warn"\n')
    repo.stage("a.txt", f"owner {REAL}\n")
    assert cli("hook", "a.txt").code == 1


@pytest.mark.usefixtures("broken_detector")
def test_on_unscanned_warn_does_not_silence_internal_errors(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", 'on_unscanned = "warn"\n')
    repo.stage("a.txt", "nothing personal\n")
    assert cli("hook", "a.txt").code == 2


def test_a_file_too_big_to_scan_is_to_be_made_readable_not_removed(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", "max_file_bytes = 100\n")
    repo.stage("export.csv", "id,notes\n" + "1,nothing personal\n" * 20)
    run = cli("hook", "export.csv")
    assert run.code == 2 and "export.csv: file is" in run.out
    assert "1. Make each file above readable as its reason says" in run.out
    assert "do not commit the file" not in run.out and "safecommit: allow" not in run.out
