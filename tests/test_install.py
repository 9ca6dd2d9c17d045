"""`safecommit install` and hooks/: plain git hooks for repositories without pre-commit."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo, git, run_process
from safecommit.commands.install import hook_text

EMAIL = "quill.ferrand@gmail.com"
REPO_ROOT = Path(__file__).resolve().parent.parent


def attempt(repo: Repo, *args: str) -> subprocess.CompletedProcess[str]:
    """A git command as a developer runs it: hooks on."""
    return subprocess.run(["git", *args], cwd=repo.path, capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"})


@pytest.fixture
def installed(repo: Repo, cli: Any) -> Repo:
    run = cli("install")
    assert run.code == 0, run.err
    return repo


@pytest.mark.parametrize("name", ["pre-commit", "commit-msg", "pre-push"])
def test_the_hooks_in_the_repository_are_what_install_writes(name: str) -> None:
    path = REPO_ROOT / "hooks" / name
    assert path.read_text() == hook_text(name)
    assert path.stat().st_mode & stat.S_IXUSR


def test_install_writes_executable_hooks_that_find_this_installation(installed: Repo) -> None:
    for name in ("pre-commit", "commit-msg", "pre-push"):
        hook = installed.path / ".git" / "hooks" / name
        assert hook.stat().st_mode & stat.S_IXUSR
        assert "# safecommit-hook" in hook.read_text()


def test_the_pre_commit_hook_blocks_a_staged_finding_and_lets_clean_work_through(
        installed: Repo) -> None:
    installed.stage("users.json", f'{{"email": "{EMAIL}"}}\n')
    blocked = attempt(installed, "commit", "-m", "add users")
    assert blocked.returncode != 0
    assert "EMAIL_ADDRESS" in blocked.stdout + blocked.stderr
    assert EMAIL not in blocked.stdout + blocked.stderr
    installed.stage("users.json", '{"email": "jane.doe@example.com"}\n')
    assert attempt(installed, "commit", "-q", "-m", "add users").returncode == 0


def test_the_commit_msg_hook_blocks_a_message_that_holds_a_finding(installed: Repo) -> None:
    installed.stage("a.txt", "clean\n")
    blocked = attempt(installed, "commit", "-m", f"Export fixed for {EMAIL}")
    assert blocked.returncode != 0
    output = blocked.stdout + blocked.stderr  # git hands a hook's output to stderr
    assert "commit message" in output and EMAIL not in output
    assert attempt(installed, "commit", "-q", "-m", "Export fixed").returncode == 0


def test_the_hook_reads_what_a_partial_commit_would_commit(installed: Repo) -> None:
    installed.stage("a.txt", "clean\n")
    assert attempt(installed, "commit", "-q", "-m", "a").returncode == 0
    installed.write("a.txt", f"{EMAIL}\n")
    # `git commit a.txt` commits the working tree version through a temporary index.
    assert attempt(installed, "commit", "-q", "-m", "a", "a.txt").returncode != 0


@pytest.fixture
def remote(installed: Repo, tmp_path: Path) -> Path:
    bare = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(bare))
    installed.git("remote", "add", "origin", str(bare))
    installed.stage("README.md", "# service\n")
    installed.commit("start")
    assert attempt(installed, "push", "-q", "origin", "main").returncode == 0
    return bare


def test_pre_push_blocks_a_commit_made_with_no_verify(installed: Repo, remote: Path) -> None:
    installed.stage("app.py", f'owner = "{EMAIL}"\n')
    installed.commit("skipped the pre-commit hook")  # --no-verify
    installed.stage("app.py", "owner = None\n")
    installed.commit("and removed it: but it is in what is pushed")
    pushed = attempt(installed, "push", "origin", "main")
    assert pushed.returncode != 0
    assert "EMAIL_ADDRESS" in pushed.stdout + pushed.stderr
    assert EMAIL not in pushed.stdout + pushed.stderr


def test_pre_push_of_a_new_branch_scans_only_what_the_remote_lacks(
        installed: Repo, remote: Path) -> None:
    installed.git("checkout", "-q", "-b", "feature")
    installed.stage("feature.py", "x = 1\n")
    installed.commit("clean work")
    assert attempt(installed, "push", "-q", "origin", "feature").returncode == 0
    installed.stage("feature2.py", f'owner = "{EMAIL}"\n')
    installed.commit("a finding")
    installed.git("checkout", "-q", "-b", "feature-b")
    assert attempt(installed, "push", "-q", "origin", "feature-b").returncode != 0


def test_pre_push_of_a_first_branch_to_an_empty_remote_scans_its_whole_history(
        installed: Repo, tmp_path: Path) -> None:
    installed.stage("app.py", f'owner = "{EMAIL}"\n')
    installed.commit("root commit with a finding")
    bare = tmp_path / "empty.git"
    git(tmp_path, "init", "-q", "--bare", str(bare))
    installed.git("remote", "add", "origin", str(bare))
    assert attempt(installed, "push", "-q", "origin", "main").returncode != 0


def test_an_existing_hook_is_kept_and_still_runs(repo: Repo, cli: Any) -> None:
    hooks = repo.path / ".git" / "hooks"
    hooks.mkdir(exist_ok=True)
    theirs = hooks / "pre-commit"
    theirs.write_text("#!/bin/sh\necho ran >> \"$(git rev-parse --git-dir)/theirs.log\"\n")
    theirs.chmod(0o755)
    run = cli("install")
    assert run.code == 2 and "--force" in run.err
    assert theirs.read_text().startswith("#!/bin/sh\necho ran")
    assert cli("install", "--force").code == 0
    assert (hooks / "pre-commit.pre-safecommit").read_text().startswith("#!/bin/sh\necho ran")
    repo.stage("a.txt", "clean\n")
    assert attempt(repo, "commit", "-q", "-m", "a").returncode == 0
    assert (repo.path / ".git" / "theirs.log").read_text() == "ran\n"
    assert cli("install", "--uninstall").code == 0
    assert theirs.read_text().startswith("#!/bin/sh\necho ran")
    assert not (hooks / "pre-commit.pre-safecommit").exists()


def test_a_pre_commit_framework_hook_is_left_to_the_framework(repo: Repo, cli: Any) -> None:
    hooks = repo.path / ".git" / "hooks"
    hooks.mkdir(exist_ok=True)
    (hooks / "pre-commit").write_text("#!/usr/bin/env bash\n# File generated by pre-commit\n")
    run = cli("install", "--force")
    assert run.code == 2 and ".pre-commit-config.yaml" in run.err


def test_install_honours_core_hooks_path_and_is_idempotent(repo: Repo, cli: Any) -> None:
    repo.git("config", "core.hooksPath", ".githooks")
    assert cli("install", "--hook", "pre-commit").code == 0
    assert cli("install", "--hook", "pre-commit").code == 0
    assert (repo.path / ".githooks" / "pre-commit").is_file()
    assert not (repo.path / ".githooks" / "pre-commit.pre-safecommit").exists()
    assert not (repo.path / ".githooks" / "pre-push").exists()


def test_the_hook_fails_closed_when_safecommit_is_gone(installed: Repo) -> None:
    hook = installed.path / ".git" / "hooks" / "pre-commit"
    hook.write_text(hook_text("pre-commit", "/nonexistent/python"))
    installed.stage("a.txt", "clean\n")
    env = {**os.environ, "PATH": "/usr/bin:/bin"}
    run = subprocess.run(["git", "commit", "-q", "-m", "a"], cwd=installed.path,
                         capture_output=True, text=True, env=env)
    assert run.returncode != 0
    assert "safecommit: not installed" in run.stderr


def test_uninstall_leaves_other_hooks_alone(repo: Repo, cli: Any) -> None:
    hooks = repo.path / ".git" / "hooks"
    hooks.mkdir(exist_ok=True)
    (hooks / "pre-push").write_text("#!/bin/sh\nexit 0\n")
    assert cli("install", "--hook", "pre-commit").code == 0
    run = cli("install", "--uninstall")
    assert run.code == 0 and "left alone" in run.err
    assert (hooks / "pre-push").read_text() == "#!/bin/sh\nexit 0\n"
    assert not (hooks / "pre-commit").exists()


@pytest.fixture
def dotfiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Any) -> Path:
    """A "dotfiles" repository: a bare git folder whose work tree is a home folder, driven
    with --git-dir and --work-tree (git runs hooks with GIT_DIR and GIT_WORK_TREE set)."""
    home = tmp_path / "home"
    (home / ".config" / "app").mkdir(parents=True)
    store = home / ".dotfiles"
    git(tmp_path, "init", "-q", "--bare", str(store))
    for key, value in (("user.email", "dev@example.com"), ("user.name", "Test User"),
                       ("commit.gpgsign", "false"), ("status.showUntrackedFiles", "no")):
        git(tmp_path, "--git-dir", str(store), "config", key, value)
    monkeypatch.chdir(home)
    monkeypatch.setenv("GIT_DIR", str(store))
    monkeypatch.setenv("GIT_WORK_TREE", ".")
    run = cli("install")
    assert run.code == 0, run.err
    assert (store / "hooks" / "pre-commit").is_file()
    monkeypatch.delenv("GIT_DIR")
    monkeypatch.delenv("GIT_WORK_TREE")
    return home


def dotfiles_git(home: Path, *args: str, cwd: Path | None = None,
                 ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", f"--git-dir={home / '.dotfiles'}", f"--work-tree={home}",
                           *args], cwd=cwd or home, capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"})


def test_a_dotfiles_repository_with_a_separate_git_dir_is_guarded(dotfiles: Path) -> None:
    (dotfiles / ".bashrc").write_text(f"export EMAIL={EMAIL}\n")
    (dotfiles / ".config" / "app" / "settings.ini").write_text("colour = blue\n")
    assert dotfiles_git(dotfiles, "add", ".bashrc", ".config/app/settings.ini").returncode == 0
    blocked = dotfiles_git(dotfiles, "commit", "-m", "shell setup", cwd=dotfiles / ".config")
    assert blocked.returncode != 0
    assert ".bashrc" in blocked.stderr and "EMAIL_ADDRESS" in blocked.stderr, blocked.stderr
    assert EMAIL not in blocked.stdout + blocked.stderr
    told = {"GIT_DIR": str(dotfiles / ".dotfiles"), "GIT_WORK_TREE": ".."}
    staged = run_process("scan", "--staged", "--format", "json", cwd=dotfiles / ".config",
                         env=told)
    assert staged.code == 1, staged.err
    assert [f["path"] for f in staged.json["findings"]] == ["../.bashrc"]
    (dotfiles / ".bashrc").write_text("export EDITOR=vim\n")
    assert dotfiles_git(dotfiles, "add", ".bashrc").returncode == 0
    done = dotfiles_git(dotfiles, "commit", "-q", "-m", "shell setup")
    assert done.returncode == 0, done.stderr
