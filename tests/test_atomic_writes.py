"""Never lose data: a process killed mid-write leaves every file whole, old or new.

The kills are real SIGKILLs of real processes. An audit hook, installed as
sitecustomize, kills the process at the worst moment: when a finished temporary file is
about to replace the original. A timer kills it at arbitrary moments too.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import Repo
from safecommit.fingerprint import load_salt

# Kill this process on the Nth os.replace/os.rename into the work tree.
KILLER = '''
import os, signal, sys
_AT = int(os.environ["SAFECOMMIT_KILL_AT_RENAME"])
_ROOT = os.environ["SAFECOMMIT_KILL_ROOT"]
_seen = 0
def _hook(event, args):
    global _seen
    target = os.path.abspath(os.fsdecode(args[1])) if event == "os.rename" else ""
    if target.startswith(_ROOT) and ".git" not in target:
        _seen += 1
        if _seen == _AT:
            os.kill(os.getpid(), signal.SIGKILL)
sys.addaudithook(_hook)
'''

FILES = {
    f"fixtures/user{i}.json": (f'{{"contactName": "Tomasz Kowalczyk", '
                               f'"email": "tomasz.k{i}@outlook.com", '
                               f'"mobile": "07723 48109{i}"}}\n')
    for i in range(4)
}


def _env(tmp_path: Path, root: Path, at: int) -> dict[str, str]:
    site = tmp_path / "killer"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(KILLER)
    return {**os.environ, "PYTHONPATH": str(site), "SAFECOMMIT_KILL_AT_RENAME": str(at),
            "SAFECOMMIT_KILL_ROOT": str(root.resolve()), "NO_COLOR": "1"}


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file() and ".git" not in p.parts}


def _redacted_reference(repo: Repo, tmp_path: Path, folder: str = "fixtures") -> dict[str, bytes]:
    """What a complete, uninterrupted redact makes of the same files, with the same salt."""
    load_salt(repo.path)  # made now, so that the copy shares the repository's salt
    clone = tmp_path / f"reference-{folder}"
    shutil.copytree(repo.path, clone)
    subprocess.run([sys.executable, "-m", "safecommit", "redact", folder], cwd=clone,
                   capture_output=True, check=False)
    return _snapshot(clone)


@pytest.mark.parametrize("at", [1, 2, 4])
def test_redact_killed_at_a_rename_leaves_each_file_old_or_new(at: int, repo: Repo,
                                                               tmp_path: Path) -> None:
    for rel, text in FILES.items():
        repo.write(rel, text)
    before = _snapshot(repo.path)
    after = _redacted_reference(repo, tmp_path)
    assert after != before  # the reference run did redact
    proc = subprocess.run([sys.executable, "-m", "safecommit", "redact", "fixtures"],
                          cwd=repo.path, env=_env(tmp_path, repo.path, at),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL
    now = _snapshot(repo.path)
    leftovers = set(now) - set(before)
    assert all(Path(p).name.startswith(".") for p in leftovers), leftovers  # only temp files
    changed = [rel for rel in FILES if now[rel] != before[rel]]
    for rel in FILES:
        assert now[rel] in (before[rel], after[rel]), f"{rel} is neither old nor new"
    assert len(changed) == at - 1  # files renamed before the kill are complete


def test_redact_after_a_kill_finishes_the_job(repo: Repo, tmp_path: Path) -> None:
    for rel, text in FILES.items():
        repo.write(rel, text)
    after = _redacted_reference(repo, tmp_path)
    subprocess.run([sys.executable, "-m", "safecommit", "redact", "fixtures"], cwd=repo.path,
                   env=_env(tmp_path, repo.path, 2), capture_output=True, timeout=300)
    subprocess.run([sys.executable, "-m", "safecommit", "redact", "fixtures"], cwd=repo.path,
                   capture_output=True, timeout=300)
    now = _snapshot(repo.path)
    assert all(now[rel] == after[rel] for rel in FILES)


def test_baseline_update_killed_at_the_rename_keeps_the_old_baseline(repo: Repo,
                                                                     tmp_path: Path) -> None:
    repo.stage("app.py", 'contact = "tomasz.k@outlook.com"\n')
    subprocess.run([sys.executable, "-m", "safecommit", "baseline"], cwd=repo.path,
                   check=True, capture_output=True)
    baseline = repo.path / ".safecommit-baseline.json"
    before = baseline.read_bytes()
    repo.stage("more.py", 'contact = "gwen.pritchard@btinternet.com"\n')
    proc = subprocess.run([sys.executable, "-m", "safecommit", "baseline", "--update"],
                          cwd=repo.path, env=_env(tmp_path, repo.path, 1),
                          capture_output=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL
    assert baseline.read_bytes() == before


def test_redact_killed_at_random_moments_never_leaves_a_partial_file(repo: Repo,
                                                                     tmp_path: Path) -> None:
    line = '{"contactName": "Tomasz Kowalczyk", "email": "tomasz.k@outlook.com"}\n'
    for i in range(2):
        repo.write(f"big/part{i}.jsonl", line * 5_000)  # enough to take a while to rewrite
    before = _snapshot(repo.path)
    after = _redacted_reference(repo, tmp_path, "big")
    for delay in (0.2, 0.7, 1.5):
        for rel, data in before.items():
            (repo.path / rel).write_bytes(data)
        proc = subprocess.Popen([sys.executable, "-m", "safecommit", "redact", "big"],
                                cwd=repo.path, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        now = _snapshot(repo.path)
        for rel in before:
            assert now[rel] in (before[rel], after[rel]), f"{rel} partial after {delay} s"
