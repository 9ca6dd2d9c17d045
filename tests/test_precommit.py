"""End to end through the real pre-commit framework, installed from this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import Repo, git

CHECKOUT = Path(__file__).resolve().parents[1]
REAL = "alice.smith@gmail.com"


@pytest.fixture(scope="session")
def hooks_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A commit of this checkout as it is now, which pre-commit can clone by path and rev."""
    snapshot = tmp_path_factory.mktemp("safecommit-hooks")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=CHECKOUT, check=True, capture_output=True).stdout
    for rel in filter(None, listed.decode().split("\0")):
        source = CHECKOUT / rel
        if source.is_file():
            target = snapshot / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(snapshot, "init", "-q", "-b", "main")
    git(snapshot, "add", "-A")
    git(snapshot, "-c", "user.email=ci@example.com", "-c", "user.name=CI",
        "commit", "-q", "--no-verify", "-m", "snapshot")
    return snapshot, git(snapshot, "rev-parse", "HEAD").strip()


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def framework_repo(repo: Repo, hooks_repo: tuple[Path, str],
                   pre_commit_home: Path) -> Iterator[Repo]:
    path, rev = hooks_repo
    repo.write(".pre-commit-config.yaml",
               f"repos:\n  - repo: {path}\n    rev: {rev}\n    hooks:\n      - id: safecommit\n")
    repo.git("add", ".pre-commit-config.yaml")
    env = {"PRE_COMMIT_HOME": str(pre_commit_home)}
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo.path, check=True,
                   capture_output=True, env={**os.environ, **env})
    yield repo


def commit(repo: Repo, pre_commit_home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "commit", "-m", "add fixture"], cwd=repo.path, capture_output=True, text=True,
        env={**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "NO_COLOR": "1"},
        timeout=600,
    )


def test_commit_with_a_gmail_address_is_blocked_and_a_reserved_one_goes_through(
        framework_repo: Repo, pre_commit_home: Path) -> None:
    framework_repo.stage("fixtures/users.json", f'{{\n  "email": "{REAL}"\n}}\n')
    blocked = commit(framework_repo, pre_commit_home)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "fixtures/users.json" in output and "2:13" in output
    assert "EMAIL_ADDRESS" in output
    assert REAL not in output
    assert "Report an AI incident" in output

    framework_repo.stage("fixtures/users.json", '{\n  "email": "jane.doe@example.com"\n}\n')
    allowed = commit(framework_repo, pre_commit_home)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert framework_repo.git("log", "--oneline").count("\n") == 1


def test_the_commit_msg_hook_blocks_a_message_that_holds_a_finding(
        repo: Repo, hooks_repo: tuple[Path, str], pre_commit_home: Path) -> None:
    path, rev = hooks_repo
    repo.write(".pre-commit-config.yaml",
               "default_install_hook_types: [pre-commit, commit-msg]\n"
               f"repos:\n  - repo: {path}\n    rev: {rev}\n    hooks:\n"
               "      - id: safecommit\n      - id: safecommit-commit-msg\n")
    env = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "NO_COLOR": "1"}
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo.path, check=True,
                   capture_output=True, env=env)
    repo.stage("notes.txt", "clean\n")
    repo.git("add", ".pre-commit-config.yaml")
    blocked = subprocess.run(["git", "commit", "-m", f"Share the export with {REAL}"],
                             cwd=repo.path, capture_output=True, text=True, env=env, timeout=600)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "commit message" in output and "EMAIL_ADDRESS" in output and REAL not in output
    allowed = subprocess.run(["git", "commit", "-m", "Share the export"], cwd=repo.path,
                             capture_output=True, text=True, env=env, timeout=600)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr


def test_a_first_push_checks_each_pushed_commit_not_only_the_files_at_its_tip(
        repo: Repo, hooks_repo: tuple[Path, str], pre_commit_home: Path,
        tmp_path: Path) -> None:
    # pre-commit runs a first push (new commits down to a root) as --all-files, with no range.
    path, rev = hooks_repo
    repo.write(".pre-commit-config.yaml",
               "default_install_hook_types: [pre-push]\n"
               f"repos:\n  - repo: {path}\n    rev: {rev}\n    hooks:\n"
               "      - id: safecommit\n        stages: [pre-push]\n")
    env = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "NO_COLOR": "1"}
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo.path, check=True,
                   capture_output=True, env=env)
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    repo.git("remote", "add", "origin", str(remote))
    repo.git("add", ".pre-commit-config.yaml")
    repo.stage("notes.txt", f"owner {REAL}\n")
    repo.commit("add notes")
    repo.stage("notes.txt", "owner on request\n")
    repo.commit("take the address out again")
    blocked = subprocess.run(["git", "push", "origin", "main"], cwd=repo.path,
                             capture_output=True, text=True, env=env, timeout=600)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "notes.txt" in output and "EMAIL_ADDRESS" in output and REAL not in output
    assert "main" not in git(remote, "branch")


def test_a_pushed_commit_that_stages_no_file_still_has_its_message_checked(
        repo: Repo, hooks_repo: tuple[Path, str], pre_commit_home: Path,
        tmp_path: Path) -> None:
    path, rev = hooks_repo
    repo.write(".pre-commit-config.yaml",
               "default_install_hook_types: [pre-push]\n"
               f"repos:\n  - repo: {path}\n    rev: {rev}\n    hooks:\n"
               "      - id: safecommit\n        stages: [pre-push]\n")
    env = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "NO_COLOR": "1"}
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo.path, check=True,
                   capture_output=True, env=env)
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    repo.git("remote", "add", "origin", str(remote))
    repo.git("add", ".pre-commit-config.yaml")
    repo.stage("old.txt", "to be removed\n")
    repo.commit("start")
    repo.git("push", "-q", "--no-verify", "origin", "main")
    repo.git("rm", "-q", "old.txt")
    repo.commit(f"Remove the file, as {REAL} asked")  # only a deletion: no file to pass
    pushed = subprocess.run(["git", "push", "origin", "main"], cwd=repo.path,
                            capture_output=True, text=True, env=env, timeout=600)
    output = pushed.stdout + pushed.stderr
    assert pushed.returncode != 0, output
    assert "commit message" in output and REAL not in output
