"""Shared fixtures: real git repositories in temporary folders, the real CLI, and one file
scanned in this process."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from safecommit.cli import main
from safecommit.config import Config
from safecommit.model import Blob, Finding
from safecommit.scan import scan_blob


def git(cwd: Path, *args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
        env={**os.environ, **(env or {})},
    ).stdout


@dataclass
class Repo:
    path: Path

    def write(self, rel: str, content: str | bytes) -> Path:
        target = self.path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
        return target

    def git(self, *args: str, env: dict[str, str] | None = None) -> str:
        return git(self.path, *args, env=env)

    def stage(self, rel: str, content: str | bytes) -> Path:
        target = self.write(rel, content)
        self.git("add", "--", rel)
        return target

    def commit(self, message: str = "commit") -> str:
        self.git("commit", "-q", "--no-verify", "-m", message)
        return self.git("rev-parse", "HEAD").strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Repo]:
    """An empty git repository (no commits yet), which is also the current directory."""
    path = tmp_path / "repo"
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.email", "dev@example.com")
    git(path, "config", "user.name", "Test User")
    git(path, "config", "commit.gpgsign", "false")
    monkeypatch.chdir(path)
    yield Repo(path)


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run ``safecommit ARGS`` in-process and capture what it prints."""
    monkeypatch.setenv("NO_COLOR", "1")
    # Set when the suite itself runs under a pre-commit hook: the hook would read them.
    for name in ("PRE_COMMIT", "PRE_COMMIT_FROM_REF", "PRE_COMMIT_TO_REF",
                 "PRE_COMMIT_LOCAL_BRANCH", "PRE_COMMIT_REMOTE_NAME"):
        monkeypatch.delenv(name, raising=False)

    def run(*args: str) -> Run:
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def run_process(*args: str, cwd: Path, env: dict[str, str] | None = None,
                timeout: float = 120) -> Run:
    """Run ``safecommit`` as a real process, as pre-commit and CI do."""
    proc = subprocess.run(
        [sys.executable, "-m", "safecommit", *args], cwd=cwd, capture_output=True, text=True,
        env={**os.environ, "NO_COLOR": "1", **(env or {})}, timeout=timeout,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def no_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine with git but no tesseract: only git is on the PATH."""
    bare = tmp_path / "bin"
    bare.mkdir()
    os.symlink(shutil.which("git") or "/usr/bin/git", bare / "git")
    monkeypatch.setenv("PATH", str(bare))


def zipped(members: dict[str, bytes | str]) -> bytes:
    """A zip of ``members`` (name -> content), deflated, as most tools write one."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def scanned(name: str, content: str, config: Config | None = None) -> list[Finding]:
    """The findings in a file at ``name`` holding ``content``; every part of it was read."""
    findings, problems = scan_blob(Blob(name, content.encode()), config or Config(), b"s")
    assert problems == []
    return findings


def raw(content: str, finding: Finding) -> str:
    """What ``finding`` covers on its raw line of ``content``."""
    return content.split("\n")[finding.line - 1][finding.column - 1:finding.end_column - 1]


def found(name: str, content: str, *, kind: str | None = None,
          type_: str | None = None) -> list[str]:
    """What each finding in a file at ``name`` holding ``content`` covers, in order: only
    those of ``kind`` or ``type_`` when given."""
    return [raw(content, f) for f in scanned(name, content)
            if (kind is None or f.kind == kind) and (type_ is None or f.type == type_)]
