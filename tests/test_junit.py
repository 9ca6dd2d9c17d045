"""`--format junit`: test results Azure DevOps and GitLab can show, values masked."""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from conftest import Repo

EMAIL = "quill.ferrand@gmail.com"


def junit(cli: Any, *args: str) -> tuple[int, Element, str]:
    run = cli("scan", "--format", "junit", *args)
    return run.code, ElementTree.fromstring(run.out.encode()), run.out


def cases(root: Element) -> list[Element]:
    return list(root.iter("testcase"))


def test_each_finding_is_a_failed_test_case_with_the_value_masked(repo: Repo, cli: Any) -> None:
    repo.stage("app/a.py", f'owner = "{EMAIL}"\n')
    code, root, text = junit(cli, "--staged")
    assert code == 1
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    [case] = [c for c in cases(root) if "EMAIL_ADDRESS" in c.get("classname", "")]
    assert case.get("file") == "app/a.py" and case.get("line") == "1"
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "EMAIL_ADDRESS"
    assert "q********@g****.com" in failure.get("message", "")
    assert "jane.doe@example.com" in (failure.text or "")  # the safe fake value to use
    assert int(suite.get("failures", "0")) == len(root.findall(".//failure"))
    assert int(suite.get("tests", "0")) == len(cases(root))
    assert EMAIL not in text and "quill" not in text


def test_a_clean_scan_is_one_passed_test_case(repo: Repo, cli: Any) -> None:
    repo.stage("a.py", "x = 1\n")
    code, root, _ = junit(cli, "--staged")
    assert code == 0
    [case] = cases(root)
    assert case.find("failure") is None and case.find("error") is None
    assert root.get("failures") == "0" and root.get("tests") == "1"


def test_a_file_that_could_not_be_scanned_is_an_error(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", "max_file_bytes = 100\n")
    repo.stage("big.txt", "x" * 300 + "\n")
    code, root, _ = junit(cli, "--staged")
    assert code == 2
    [case] = cases(root)
    error = case.find("error")
    assert error is not None and "byte limit" in error.get("message", "")
    assert root.get("errors") == "1"


def test_a_warning_passes_and_says_so(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", 'official_sensitive = "warn"\n')
    repo.stage("brief.md", "OFFICIAL-SENSITIVE\n\nThe plan.\n")
    code, root, _ = junit(cli, "--staged")
    assert code == 0
    marking = [c for c in cases(root) if "PROTECTIVE_MARKING" in c.get("classname", "")]
    assert marking and all(c.find("failure") is None for c in marking)
    assert "does not block" in (marking[0].findtext("system-out") or "")


def test_a_file_name_with_control_characters_still_makes_valid_xml(repo: Repo, cli: Any) -> None:
    repo.stage("odd\x01name.txt", f"{EMAIL}\n")
    code, root, _ = junit(cli, "--staged")
    assert code == 1
    assert any("odd" in (c.get("file") or "") for c in cases(root))


def test_a_ci_range_finding_says_to_rewrite_its_commit_and_names_the_file_from_the_root(
        repo: Repo, cli: Any, monkeypatch: Any) -> None:
    repo.stage("readme.md", "hello\n")
    base = repo.commit("start")
    repo.stage("app/a.py", f'owner = "{EMAIL}"\n')
    added = repo.commit("add the owner")
    monkeypatch.chdir(repo.path / "app")  # a job that runs in a subfolder
    code, root, text = junit(cli, "--from", base, "--to", "HEAD")
    assert code == 1
    [case] = [c for c in cases(root) if "EMAIL_ADDRESS" in c.get("classname", "")]
    assert case.get("file") == "app/a.py"
    failure = case.find("failure")
    assert failure is not None
    assert f"It is in commit {added[:12]} already: rewrite that commit" in (failure.text or "")
    assert "do not commit the file" not in text
