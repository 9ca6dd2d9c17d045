"""Repositories as git makes them in less common set-ups: sha256 object ids, a repository
git refuses to use (safe.directory)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import Repo, git, run_process

EMAIL = "quill.ferrand@gmail.com"


@pytest.fixture
def sha256_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "repo"
    path.mkdir()
    git(path, "init", "-q", "-b", "main", "--object-format=sha256")
    for key, value in (("user.email", "dev@example.com"), ("user.name", "Test User"),
                       ("commit.gpgsign", "false")):
        git(path, "config", key, value)
    monkeypatch.chdir(path)
    return path


def _stage(repo: Path, rel: str, text: str) -> None:
    (repo / rel).write_text(text, encoding="utf-8")
    git(repo, "add", "--", rel)


def test_a_sha256_repository_is_scanned_from_its_first_commit(sha256_repo: Path,
                                                               cli: Any) -> None:
    _stage(sha256_repo, "README.md", "# service\n")
    clean = cli("hook", "--format", "json")
    assert clean.code == 0, clean.err
    assert clean.json["stats"]["files"] == 1
    _stage(sha256_repo, "users.txt", f"contact {EMAIL}\n")
    blocked = cli("scan", "--staged", "--format", "json")
    assert blocked.code == 1, blocked.err
    assert {f["path"] for f in blocked.json["findings"]} == {"users.txt"}
    git(sha256_repo, "commit", "-q", "--no-verify", "-m", "with a finding")
    _stage(sha256_repo, "notes.txt", "nothing here\n")
    later = cli("hook", "--format", "json")  # only what this commit stages
    assert later.code == 0, later.out
    assert later.json["stats"]["files"] == 1


def test_a_sha256_repository_range_and_whole_history(sha256_repo: Path, cli: Any) -> None:
    _stage(sha256_repo, "users.txt", f"contact {EMAIL}\n")
    git(sha256_repo, "commit", "-q", "--no-verify", "-m", "root")
    _stage(sha256_repo, "users.txt", f"contact {EMAIL}\nand more\n")
    git(sha256_repo, "commit", "-q", "--no-verify", "-m", "more")
    step = cli("scan", "--from", "HEAD~1", "--to", "HEAD", "--format", "json")
    assert step.code == 0, step.err  # the email was there before this commit
    zeros = "0" * 64  # what git passes a pre-push hook for a new branch here
    whole = cli("scan", "--from", zeros, "--to", "HEAD", "--format", "json")
    assert whole.code == 1, whole.err
    assert [(f["path"], f["line"]) for f in whole.json["findings"]] == [("users.txt", 1)]


@pytest.mark.parametrize("args", [("scan", "--staged"), ("hook",), ("hook", "users.txt"),
                                  ("scan", "--all-files"),
                                  ("scan", "--from", "HEAD", "--to", "HEAD"), ("install",),
                                  ("history",), ("baseline",)])
def test_a_repository_git_refuses_as_unsafe_fails_with_gits_reason(
        repo: Repo, args: tuple[str, ...]) -> None:
    repo.stage("README.md", "# service\n")
    repo.commit()
    repo.stage("users.txt", f"contact {EMAIL}\n")
    # git's own switch for "owned by someone else", as a CI container's checkout often is.
    run = run_process(*args, cwd=repo.path, env={"GIT_TEST_ASSUME_DIFFERENT_OWNER": "1"})
    assert run.code == 2, run.out + run.err
    assert len(run.err.strip().splitlines()) == 1, run.err
    assert "dubious ownership" in run.err and "safe.directory" in run.err
