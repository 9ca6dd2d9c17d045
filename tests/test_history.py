"""`safecommit history`: every commit reachable from a ref, and which commit added each finding."""

from __future__ import annotations

import subprocess
import tracemalloc
from pathlib import Path
from typing import Any

from conftest import Repo, git, run_process
from safecommit.commits import history_blobs
from safecommit.source import open_repo

EMAIL = "quill.ferrand@gmail.com"
OTHER = "ottoline.brisk@hotmail.co.uk"


def emails(run: Any) -> list[tuple[str, int, str]]:
    return [(f["path"], f["line"], f["commit"]) for f in run.json["findings"]
            if f["type"] == "EMAIL_ADDRESS"]


def test_each_finding_is_reported_once_at_the_commit_that_added_it(repo: Repo, cli: Any) -> None:
    repo.stage("README.md", "# service\n")
    repo.commit("start")
    repo.stage("app.py", f'owner = "{EMAIL}"\n')
    added = repo.commit("add a value")
    for i in range(3):
        repo.stage("app.py", f'owner = "{EMAIL}"\nretries = {i}\n')
        repo.commit(f"unrelated edit {i}")
    repo.stage("app.py", "owner = None\n")
    repo.commit("remove it: it is still in history")
    run = cli("history", "--format", "json")
    assert run.code == 1
    assert emails(run) == [("app.py", 1, added)]


def test_the_text_report_names_the_commit(repo: Repo, cli: Any) -> None:
    repo.stage("app.py", f'owner = "{EMAIL}"\n')
    added = repo.commit("add")
    run = cli("history")
    assert f"app.py  (commit {added[:12]})" in run.out
    assert EMAIL not in run.out + run.err


def test_other_branches_are_scanned_with_all(repo: Repo, cli: Any) -> None:
    repo.stage("README.md", "# service\n")
    repo.commit("start")
    repo.git("checkout", "-q", "-b", "experiment")
    repo.stage("exp.py", f'owner = "{EMAIL}"\n')
    added = repo.commit("on a branch only")
    repo.git("checkout", "-q", "main")
    assert emails(cli("history", "--format", "json")) == []
    assert emails(cli("history", "--all", "--format", "json")) == [("exp.py", 1, added)]
    assert emails(cli("history", "experiment", "--format", "json")) == [("exp.py", 1, added)]


def test_a_merged_branch_reports_its_finding_once(repo: Repo, cli: Any) -> None:
    repo.stage("README.md", "# service\n")
    repo.commit("start")
    repo.git("checkout", "-q", "-b", "topic")
    repo.stage("topic.py", f'owner = "{EMAIL}"\n')
    added = repo.commit("topic")
    repo.git("checkout", "-q", "main")
    repo.stage("main.py", "x = 1\n")
    repo.commit("main")
    repo.git("merge", "-q", "--no-edit", "topic")
    assert emails(cli("history", "--format", "json")) == [("topic.py", 1, added)]


def test_history_honours_the_baseline_unless_told_not_to(repo: Repo, cli: Any) -> None:
    repo.stage("app.py", f'owner = "{EMAIL}"\n')
    added = repo.commit("old finding, still there")
    repo.stage("old.py", f'owner = "{OTHER}"\n')
    removed = repo.commit("another")
    repo.git("rm", "-q", "old.py")
    repo.commit("removed, so not in the baseline")
    assert cli("baseline").code == 0
    assert emails(cli("history", "--format", "json")) == [("old.py", 1, removed)]
    assert emails(cli("history", "--format", "json", "--no-baseline")) == \
        [("app.py", 1, added), ("old.py", 1, removed)]


def test_a_shallow_clone_cannot_say_what_history_holds(repo: Repo, tmp_path: Path) -> None:
    for i in range(3):
        repo.stage("a.py", f"x = {i}\n")
        repo.commit(f"c{i}")
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth=1", f"file://{repo.path}", str(clone))
    run = run_process("history", cwd=clone)
    assert run.code == 2
    assert "shallow clone" in run.err and "--unshallow" in run.err


def _long_history(path: Path, commits: int, size: int) -> None:
    """Many commits, each adding a large file, made fast with git fast-import (each commit on
    a branch follows the one before)."""
    stream = []
    for i in range(commits):
        body = "".join(f"row {i} {j} " + "abcdefgh" * 8 + "\n" for j in range(size // 80))
        data = body.encode()
        stream.append(b"commit refs/heads/main\n"
                      b"committer Test User <dev@example.com> 1700000000 +0000\n"
                      b"data 3\nc%d\n" % (i % 10))
        stream.append(b"M 100644 inline part%d.txt\ndata %d\n%s\n" % (i, len(data), data))
    subprocess.run(["git", "fast-import", "--quiet"], cwd=path, input=b"".join(stream),
                   check=True)
    git(path, "reset", "-q", "--hard", "main")


def test_memory_stays_flat_on_a_long_history(repo: Repo) -> None:
    commits, size = 40, 100_000
    _long_history(repo.path, commits, size)
    blobs = history_blobs(open_repo(repo.path), ["HEAD"])
    tracemalloc.start()
    try:
        for _ in range(10):  # warm up (five commits, with their messages): gitpython's
            next(blobs)     # long-lived readers, lazy imports
        tracemalloc.reset_peak()
        rest = total = 0
        for blob in blobs:
            if getattr(blob, "path", "") == "commit message":  # each commit's own, a line
                continue
            rest += 1
            total += len(getattr(blob, "data", b""))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert rest == commits - 5 and total > rest * size * 0.9
    # Holding the history would take `total` bytes; reading one commit at a time takes a
    # few copies of one commit's diff and blob, however many commits follow.
    assert peak < 10 * size + 500_000, f"peak {peak} while reading {total} bytes of history"
