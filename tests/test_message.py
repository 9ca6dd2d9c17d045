"""Commit messages: scanned as git will record them, by the commit-msg hook, as prose."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit.message import recorded, without_makers

REAL = "alice.smith@gmail.com"
TEMPLATE = """Fix the claimant export

# Please enter the commit message for your changes. Lines starting
# with '#' will be ignored, and an empty message aborts the commit.
# Author: {real}
# ------------------------ >8 ------------------------
# Do not modify or remove the line above.
diff --git a/a.py b/a.py
+owner = "{real}"
"""


def test_git_s_comment_lines_and_the_diff_after_the_scissors_are_not_recorded() -> None:
    text = recorded(TEMPLATE.format(real=REAL))
    assert REAL not in text
    assert text.split("\n")[:5] == ["Fix the claimant export", "", "", "", ""]


def test_a_comment_character_of_its_own_is_honoured() -> None:
    assert recorded(f"Subject\n; {REAL}\n# kept: a heading\n", ";") == \
        "Subject\n\n# kept: a heading\n"


@pytest.mark.parametrize(("message", "blocks"), [
    (f"Send the report to {REAL}\n", True),
    ("Rotate the key: AKIAIOSFODNN7EXAMPL3 was in the logs\n", True),
    ("Fixes for Jane Doe's tests (jane.doe@example.com)\n", False),
    (TEMPLATE.format(real=REAL), False),
])
def test_the_commit_msg_hook_scans_the_message(repo: Repo, cli: Any, message: str,
                                               blocks: bool,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GIT_EDITOR", raising=False)  # as from the editor
    path = repo.write(".git/COMMIT_EDITMSG", message)
    run = cli("hook", "--commit-msg", str(path), "--format", "json")
    assert run.code == (1 if blocks else 0), run.out
    assert REAL not in run.out
    assert all(f["path"] == "commit message" for f in json.loads(run.out)["findings"])


def test_a_finding_is_placed_on_its_line_of_the_message(repo: Repo, cli: Any) -> None:
    path = repo.write(".git/COMMIT_EDITMSG", f"Subject\n\nContact {REAL} for access\n")
    run = cli("hook", "--commit-msg", str(path), "--format", "json")
    [finding] = json.loads(run.out)["findings"]
    assert (finding["line"], finding["column"], finding["type"]) == (3, 9, "EMAIL_ADDRESS")


def test_commit_msg_needs_the_one_message_file(repo: Repo, cli: Any) -> None:
    run = cli("hook", "--commit-msg")
    assert run.code == 2 and "--commit-msg takes the one file" in run.err


def test_trailers_naming_the_commits_makers_are_left_out_and_others_read() -> None:
    text = without_makers("Subject\n\nSigned-off-by: A Dev <a@dev.example.org>\n"
                          "Co-authored-by: B Dev <b@dev.example.org>\n"
                          "Reported-by: a member of the public\n")
    assert text.split("\n") == ["Subject", "", "", "", "Reported-by: a member of the public", ""]


def test_the_advice_is_to_reword_the_message(repo: Repo, cli: Any) -> None:
    path = repo.write(".git/COMMIT_EDITMSG", f"Send the report to {REAL}\n")
    run = cli("hook", "--commit-msg", str(path))
    assert "1. Reword the commit message without it." in run.out
    assert "do not commit the file" not in run.out


def _commit(repo: Repo, *args: str, editor: str | None = None) -> int:
    """A real `git commit` through the installed commit-msg hook."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GIT_EDITOR", None)
    if editor is not None:
        env["GIT_EDITOR"] = editor
    return subprocess.run(["git", "commit", "-q", *args], cwd=repo.path, capture_output=True,
                          env=env, check=False).returncode


@pytest.fixture
def hooked(repo: Repo, cli: Any) -> Repo:
    assert cli("install", "--hook", "commit-msg").code == 0
    repo.stage("a.txt", "clean\n")
    return repo


def test_a_hash_line_given_with_dash_m_is_recorded_so_it_is_scanned(hooked: Repo) -> None:
    assert _commit(hooked, "-m", f"Fix the export\n\n# Contact: {REAL}") != 0
    assert _commit(hooked, "-m", "Fix the export\n\n# Notes: none") == 0
    assert "# Notes: none" in hooked.git("log", "-1", "--format=%B")


@pytest.mark.parametrize("settings", [
    [("core.commentString", "//")],
    [("core.commentChar", ";"), ("core.commentString", "//")],
])
def test_a_comment_string_of_its_own_is_honoured_whichever_name_sets_it_last(
        repo: Repo, monkeypatch: pytest.MonkeyPatch,
        settings: list[tuple[str, str]]) -> None:
    from safecommit.message import cleanup

    for key, value in settings:
        repo.git("config", "--add", key, value)
    monkeypatch.delenv("GIT_EDITOR", raising=False)  # as from the editor
    comment, drop, _ = cleanup(repo.path)
    assert (comment, drop) == ("//", True)
    assert recorded(f"Subject\n// {REAL}\n", comment) == "Subject\n\n"


def test_a_hash_line_written_in_the_editor_is_dropped_by_git_so_it_is_not_scanned(
        hooked: Repo, tmp_path: Path) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text(f'#!/bin/sh\nprintf "Fix the export\\n\\n# Contact: {REAL}\\n" > "$1"\n')
    editor.chmod(0o755)
    assert _commit(hooked, editor=str(editor)) == 0
    assert REAL not in hooked.git("log", "-1", "--format=%B")
    # Told to keep every line, git records it: then it is scanned.
    hooked.git("config", "commit.cleanup", "verbatim")
    hooked.stage("b.txt", "clean\n")
    assert _commit(hooked, editor=str(editor)) != 0
