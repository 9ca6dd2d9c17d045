"""`--format sarif`: valid SARIF 2.1.0 for GitHub code scanning, values masked, stable ids.

The schema in tests/data/sarif-schema-2.1.0.json is the published SARIF 2.1.0 JSON schema
(draft-04, "2.1.0-rtm.5", as SchemaStore publishes it and Microsoft's jest-sarif ships it);
jsonschema validates each report against it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import Repo, git, run_process

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
EMAIL = "quill.ferrand@gmail.com"
OTHER = "ottoline.brisk@hotmail.co.uk"
KEY = "AKIAZ7QX3JH5VWPL2M4N"  # shaped like an AWS access key id; generated, never issued


@cache
def validator() -> jsonschema.Draft4Validator:
    return jsonschema.Draft4Validator(json.loads(SCHEMA.read_text()))


def sarif(cli: Any, *args: str) -> dict[str, Any]:
    run = cli("scan", "--format", "sarif", *args)
    assert run.code in (0, 1, 2), run.err
    doc: dict[str, Any] = json.loads(run.out)
    errors = sorted(validator().iter_errors(doc), key=str)
    assert not errors, errors[0].message
    return doc


def results(doc: dict[str, Any], rule: str | None = None) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = doc["runs"][0]["results"]
    return [r for r in found if rule is None or r["ruleId"] == rule]


def test_a_report_with_every_kind_of_result_is_valid_sarif_2_1_0(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", "max_file_bytes = 200\n")
    repo.stage("app/settings.py", f'ADMIN = "{EMAIL}"\naws_access_key_id = "{KEY}"\n')
    repo.stage("docs/brief é.md", "OFFICIAL-SENSITIVE\n\nThe plan.\n")
    repo.stage("big.txt", "x" * 500 + "\n")
    doc = sarif(cli, "--staged")
    assert doc["version"] == "2.1.0"
    rules = {r["id"]: r for r in doc["runs"][0]["tool"]["driver"]["rules"]}
    assert {"EMAIL_ADDRESS", "PROTECTIVE_MARKING", "NOT_SCANNED"} <= set(rules)
    for result in results(doc):
        rule = rules[result["ruleId"]]
        assert doc["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"]] is rule
        assert float(rule["properties"]["security-severity"]) > 0  # GitHub ranks by it
    [email] = results(doc, "EMAIL_ADDRESS")
    assert email["level"] == "error"
    location = email["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "app/settings.py", "uriBaseId": "%SRCROOT%"}
    assert location["region"]["startLine"] == 1 and location["region"]["startColumn"] == 10
    [marking] = results(doc, "PROTECTIVE_MARKING")
    assert marking["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "docs/brief%20%C3%A9.md"


def test_a_clean_scan_is_valid_sarif_with_no_results(repo: Repo, cli: Any) -> None:
    repo.stage("a.py", "x = 1\n")
    doc = sarif(cli, "--staged")
    assert results(doc) == []


def test_values_never_appear_in_sarif(repo: Repo, cli: Any) -> None:
    repo.stage("a.py", f'owner = "{EMAIL}"\nkey = "{KEY}"\n')
    run = cli("scan", "--staged", "--format", "sarif")
    for form in (EMAIL, EMAIL.upper(), KEY, KEY.lower(), "quill", "ferrand"):
        assert form not in run.out
    assert "q********@g****.com" in run.out


def _fingerprints(doc: dict[str, Any]) -> list[str]:
    return [r["partialFingerprints"]["safecommit/v1"] for r in results(doc, "EMAIL_ADDRESS")]


def test_partial_fingerprints_are_stable_across_runs_clones_and_lines_moving(
        repo: Repo, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo.stage("a.py", f'owner = "{EMAIL}"\nbackup = "{OTHER}"\n')
    repo.commit("add")
    first = _fingerprints(sarif(cli, "--all-files"))
    assert len(first) == 2 and len(set(first)) == 2
    assert _fingerprints(sarif(cli, "--all-files")) == first
    clone = tmp_path / "clone"  # a fresh clone has its own local salt, as a CI runner does
    git(tmp_path, "clone", "-q", str(repo.path), str(clone))
    run = run_process("scan", "--all-files", "--format", "sarif", cwd=clone)
    assert _fingerprints(json.loads(run.out)) == first
    repo.stage("a.py", f'"""Settings."""\n\nowner = "{EMAIL}"\nbackup = "{OTHER}"\n')
    assert _fingerprints(sarif(cli, "--staged")) == first


def test_primary_line_hash_is_ours_so_the_upload_never_hashes_the_raw_line(
        repo: Repo, cli: Any) -> None:
    repo.stage("a.py", f'owner = "{EMAIL}"\n')
    [result] = results(sarif(cli, "--staged"), "EMAIL_ADDRESS")
    fingerprints = result["partialFingerprints"]
    assert fingerprints["primaryLocationLineHash"] == fingerprints["safecommit/v1"]


def test_uris_are_relative_to_the_repository_from_a_subdirectory(repo: Repo) -> None:
    repo.stage("app/a.py", f'owner = "{EMAIL}"\n')
    run = run_process("scan", "--staged", "--format", "sarif", cwd=repo.path / "app")
    [result] = results(json.loads(run.out), "EMAIL_ADDRESS")
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "app/a.py"


def test_range_results_say_which_commit_added_them(repo: Repo, cli: Any) -> None:
    repo.stage("README.md", "# x\n")
    base = repo.commit("base")
    repo.stage("a.py", f'owner = "{EMAIL}"\n')
    added = repo.commit("add")
    doc = sarif(cli, "--from", base, "--to", "HEAD")
    [result] = results(doc, "EMAIL_ADDRESS")
    assert result["properties"]["commit"] == added
    assert added[:12] in result["message"]["text"]


def test_sarif_written_to_a_file_still_fails_the_step(repo: Repo, cli: Any) -> None:
    repo.stage("a.py", f'owner = "{EMAIL}"\n')
    run = cli("scan", "--staged", "--format", "sarif", "--output", "out.sarif")
    assert run.code == 1
    doc = json.loads((repo.path / "out.sarif").read_text())
    assert not list(validator().iter_errors(doc))
    assert EMAIL not in run.err  # the log gets the text report, masked too
