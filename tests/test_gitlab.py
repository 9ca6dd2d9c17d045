"""`--format gitlab`: GitLab's Code Quality report, values masked, fingerprints stable."""

from __future__ import annotations

import json
from typing import Any

from conftest import Repo

EMAIL = "quill.ferrand@gmail.com"
OTHER = "tamsin.achebe@outlook.com"


def gitlab(cli: Any, *args: str) -> tuple[int, list[dict[str, Any]], str]:
    run = cli("scan", "--format", "gitlab", *args)
    return run.code, json.loads(run.out), run.out


def test_each_finding_is_an_issue_at_its_file_and_line_with_the_value_masked(
        repo: Repo, cli: Any) -> None:
    repo.stage("app/a.py", f'"""Owner."""\nowner = "{EMAIL}"\n')
    code, issues, text = gitlab(cli, "--staged")
    assert code == 1
    [issue] = issues
    assert issue["check_name"] == "safecommit/EMAIL_ADDRESS"
    assert issue["severity"] == "blocker"
    assert issue["location"] == {"path": "app/a.py", "lines": {"begin": 2}}
    assert "q********@g****.com" in issue["description"]
    assert "jane.doe@example.com" in issue["description"]  # the safe fake value to use
    assert EMAIL not in text and "quill" not in text


def test_fingerprints_are_unique_per_issue_and_the_same_from_run_to_run(
        repo: Repo, cli: Any) -> None:
    repo.stage("a.py", f'x = "{EMAIL}"\ny = "{EMAIL}"\nz = "{OTHER}"\n')
    _, first, _ = gitlab(cli, "--staged")
    _, again, _ = gitlab(cli, "--staged")
    prints = [i["fingerprint"] for i in first]
    assert len(prints) == 3 and len(set(prints)) == 3  # GitLab shows one issue per print
    assert prints == [i["fingerprint"] for i in again]


def test_a_clean_scan_is_an_empty_report(repo: Repo, cli: Any) -> None:
    repo.stage("a.py", "x = 1\n")
    code, issues, _ = gitlab(cli, "--staged")
    assert (code, issues) == (0, [])


def test_a_file_that_could_not_be_scanned_is_a_critical_issue(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", "max_file_bytes = 100\n")
    repo.stage("big.txt", "x" * 300 + "\n")
    code, issues, _ = gitlab(cli, "--staged")
    assert code == 2
    [issue] = issues
    assert issue["check_name"] == "safecommit/NOT_SCANNED"
    assert issue["severity"] == "critical"
    assert issue["location"] == {"path": "big.txt", "lines": {"begin": 1}}
    assert "byte limit" in issue["description"]


def test_a_merge_request_finding_says_to_rewrite_its_commit(repo: Repo, cli: Any) -> None:
    repo.stage("readme.md", "hello\n")
    base = repo.commit("start")
    repo.stage("app/a.py", f'owner = "{EMAIL}"\n')
    added = repo.commit("add the owner")
    repo.stage("app/a.py", "owner = None\n")
    repo.commit("take it out again")
    code, [issue], text = gitlab(cli, "--from", base, "--to", "HEAD")
    assert code == 1
    assert f"It is in commit {added[:12]} already: rewrite that commit" in issue["description"]
    assert "do not commit the file" not in text
