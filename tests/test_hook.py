"""`safecommit hook` and `scan --staged` read what would be committed: the index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo, run_process

REAL = "alice.smith@gmail.com"
FAKE = "jane.doe@example.com"


def test_gmail_address_in_a_staged_fixture_blocks_and_is_never_printed(repo: Repo,
                                                                       cli: Any) -> None:
    repo.stage("fixtures/users.json", f'{{\n  "email": "{REAL}"\n}}\n')
    run = cli("hook", "fixtures/users.json")
    assert run.code == 1
    assert "fixtures/users.json" in run.out and "2:13" in run.out
    assert REAL not in run.out + run.err
    assert "a********@g****.com" in run.out


def test_reserved_example_address_goes_through(repo: Repo, cli: Any) -> None:
    repo.stage("fixtures/users.json", f'{{"email": "{FAKE}"}}\n')
    run = cli("hook", "fixtures/users.json")
    assert run.code == 0, run.out


def test_staged_blob_is_scanned_not_the_working_tree(repo: Repo, cli: Any) -> None:
    repo.stage("a.txt", f"contact {REAL}\n")
    repo.write("a.txt", "nothing here\n")  # cleaned in the tree, but not staged
    assert cli("hook", "a.txt").code == 1
    assert cli("scan", "--staged").code == 1
    assert cli("scan", "a.txt").code == 0  # on disk it is clean


def test_clean_staged_blob_passes_even_when_the_working_tree_is_dirty(repo: Repo, cli: Any) -> None:
    repo.stage("a.txt", "nothing here\n")
    repo.write("a.txt", f"contact {REAL}\n")  # not staged, so not committed
    assert cli("hook", "a.txt").code == 0
    assert cli("scan", "--staged").code == 0


def test_first_commit_of_a_repo_with_no_head(repo: Repo, cli: Any) -> None:
    repo.stage("a.txt", f"contact {REAL}\n")
    run = cli("scan", "--staged", "--format", "json")
    assert run.code == 1
    assert [f["path"] for f in run.json["findings"]] == ["a.txt"]


def test_file_deleted_in_the_index_is_not_an_error(repo: Repo, cli: Any) -> None:
    repo.stage("a.txt", "clean\n")
    repo.commit()
    repo.git("rm", "-q", "a.txt")
    assert cli("scan", "--staged").code == 0
    assert cli("hook", "a.txt").code == 0


def test_file_renamed_in_the_index_is_scanned_under_its_new_name(repo: Repo, cli: Any) -> None:
    repo.stage("old.txt", f"contact {REAL}\n")
    repo.commit()
    repo.git("mv", "old.txt", "new.txt")
    run = cli("scan", "--staged", "--format", "json")
    assert run.code == 1
    assert [f["path"] for f in run.json["findings"]] == ["new.txt"]


def test_file_not_in_the_index_is_read_from_disk(repo: Repo, cli: Any) -> None:
    repo.write("untracked.txt", f"contact {REAL}\n")
    assert cli("hook", "untracked.txt").code == 1


def test_binary_file_is_scanned_for_its_printable_strings(repo: Repo, cli: Any) -> None:
    repo.stage("blob.bin", b"\x00\x01\x02" + f"owner={REAL}".encode() + b"\x00\xff" * 50)
    run = cli("hook", "blob.bin", "--format", "json")
    assert run.code == 1
    assert run.json["findings"][0]["type"] == "EMAIL_ADDRESS"


def test_file_that_is_not_utf8_is_scanned(repo: Repo, cli: Any) -> None:
    repo.stage("latin1.txt", f"caf\xe9 owner {REAL}\n".encode("latin-1"))
    run = cli("hook", "latin1.txt", "--format", "json")
    assert run.code == 1
    assert run.json["findings"][0]["line"] == 1


def test_utf16_with_bom_is_scanned(repo: Repo, cli: Any) -> None:
    repo.stage("wide.txt", f"line one\nowner {REAL}\n".encode("utf-16"))
    run = cli("hook", "wide.txt", "--format", "json")
    assert run.code == 1
    assert run.json["findings"][0]["line"] == 2


def test_outside_a_git_repository_the_hook_exits_2_with_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Any) -> None:
    monkeypatch.chdir(tmp_path)
    run = cli("hook", "x.txt")
    assert run.code == 2
    assert run.err.count("\n") == 1 and "not inside a git repository" in run.err


def test_scan_of_files_works_outside_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          cli: Any) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(f"owner {REAL}\n")
    assert cli("scan", ".").code == 1


def test_pre_commit_refs_scan_only_the_lines_the_range_added(
        repo: Repo, cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    repo.stage("a.txt", f"old {REAL}\n")
    base = repo.commit("base")
    repo.stage("a.txt", f"old {REAL}\nnew line, clean\n")
    head = repo.commit("clean change")
    monkeypatch.setenv("PRE_COMMIT_FROM_REF", base)
    monkeypatch.setenv("PRE_COMMIT_TO_REF", head)
    assert cli("hook").code == 0
    repo.stage("b.txt", "second@outlook.com\n")
    monkeypatch.setenv("PRE_COMMIT_TO_REF", repo.commit("leak"))
    run = cli("hook", "--format", "json")
    assert run.code == 1
    assert [(f["path"], f["line"]) for f in run.json["findings"]] == [("b.txt", 1)]


def test_hook_runs_as_a_real_process(repo: Repo) -> None:
    repo.stage("a.txt", f"owner {REAL}\n")
    run = run_process("hook", "a.txt", "--format", "json", cwd=repo.path)
    assert run.code == 1
    assert json.loads(run.out)["findings"][0]["masked"] == "a********@g****.com"
    assert REAL not in run.out + run.err


def test_under_pre_commit_no_files_means_its_filters_left_nothing_to_scan(
        repo: Repo, cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # always_run: pre-commit runs the hook even when its exclude or types matched no file.
    repo.stage("vendor/lib.txt", f"owner {REAL}\n")
    assert cli("hook").code == 1  # a plain git hook: whatever is staged
    monkeypatch.setenv("PRE_COMMIT", "1")
    assert cli("hook").code == 0
    assert cli("hook", "vendor/lib.txt").code == 1
