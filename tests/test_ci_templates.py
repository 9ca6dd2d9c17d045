"""The CI templates in ci/templates/: their exact commands, run against a pull-request-like repo.

Each template's scan steps are taken from the YAML verbatim and run by bash with the
variables that CI sets, in a clone of a repository whose main branch holds a baselined
finding and whose feature branch adds commits. Only the install step is left out: the
package under test is already installed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from defusedxml import ElementTree

from conftest import git

TEMPLATES = Path(__file__).resolve().parent.parent / "ci" / "templates"
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
EMAIL = "quill.ferrand@gmail.com"
OTHER = "ottoline.brisk@hotmail.co.uk"


def load(name: str) -> dict[Any, Any]:
    doc: dict[Any, Any] = yaml.safe_load((TEMPLATES / name).read_text())
    return doc


@cache
def sarif_validator() -> jsonschema.Draft4Validator:
    return jsonschema.Draft4Validator(json.loads(SCHEMA.read_text()))


@pytest.fixture(scope="module")
def prs(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, PullRequest]:
    """Two pull requests, made once: one that adds a finding, one that does not."""
    return {finding: make_pull_request(tmp_path_factory.mktemp(f"pr-{finding}"), finding)
            for finding in (True, False)}


@dataclass
class PullRequest:
    clone: Path  # the CI checkout
    base: str  # the target branch's tip
    merge_base: str
    head: str  # the source branch's tip


def make_pull_request(tmp_path: Path, finding: bool) -> PullRequest:
    """A server repo with main and a feature branch, and CI's full clone of it."""
    work = tmp_path / "dev"
    work.mkdir()
    git(work, "init", "-q", "-b", "main")
    git(work, "config", "user.email", "dev@example.com")
    git(work, "config", "user.name", "Test User")
    (work / "app.py").write_text(f'owner = "{EMAIL}"\nretries = 3\n')
    git(work, "add", ".")
    git(work, "commit", "-q", "-m", "old code with a finding")
    subprocess.run([sys.executable, "-m", "safecommit", "baseline"], cwd=work, check=True,
                   capture_output=True)
    git(work, "add", ".safecommit-baseline.json")
    git(work, "commit", "-q", "-m", "adopt safecommit")
    merge_base = git(work, "rev-parse", "HEAD").strip()
    git(work, "checkout", "-q", "-b", "feature")
    (work / "app.py").write_text(f'"""App."""\nowner = "{EMAIL}"\nretries = 3\n')
    git(work, "commit", "-q", "-am", "docstring: moves the baselined line")
    (work / "new.py").write_text(f'contact = "{OTHER}"\n' if finding else "contact = 'tbc'\n")
    git(work, "add", "new.py")
    git(work, "commit", "-q", "-m", "new code")
    (work / "new.py").write_text("contact = None\n")
    git(work, "commit", "-q", "-am", "tidy up (a removed value is still in history)")
    head = git(work, "rev-parse", "HEAD").strip()
    git(work, "checkout", "-q", "main")
    (work / "README.md").write_text("# service\n")
    git(work, "add", "README.md")
    git(work, "commit", "-q", "-m", "main moves on")
    base = git(work, "rev-parse", "HEAD").strip()
    server = tmp_path / "server.git"
    git(tmp_path, "clone", "-q", "--bare", str(work), str(server))
    clone = tmp_path / "ci"
    git(tmp_path, "clone", "-q", f"file://{server}", str(clone))
    git(clone, "config", "user.email", "ci@example.com")
    git(clone, "config", "user.name", "CI")
    # CI builds the pull request merged into its target, as GitHub and Azure do.
    git(clone, "checkout", "-q", "--detach", base)
    git(clone, "merge", "-q", "--no-edit", head)
    return PullRequest(clone, base, merge_base, head)


def run_bash(script: str, cwd: Path, env: dict[str, str], *flags: str) -> int:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    proc = subprocess.run(["bash", "--noprofile", "--norc", *flags, "-c", script], cwd=cwd,
                          env={**os.environ, **env, "PATH": path, "NO_COLOR": "1"},
                          capture_output=True, text=True, timeout=120)
    return proc.returncode


def scan_steps(steps: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    chosen = [s for s in steps if "safecommit scan" in str(s.get(key, ""))]
    assert chosen, "the template has no safecommit scan step"
    return chosen


# --- GitHub Actions ---------------------------------------------------------------------------


def run_github(pr: PullRequest) -> int:
    job = load("github-actions.yml")["jobs"]["safecommit"]
    [step] = scan_steps(job["steps"], "run")
    known = {"github.event.pull_request.base.sha": pr.base,
             "github.event.pull_request.head.sha": pr.head}
    env = {}
    for name, value in step.get("env", {}).items():
        expression = re.fullmatch(r"\$\{\{\s*(.+?)\s*\}\}", str(value))
        assert expression and expression.group(1) in known, value
        env[name] = known[expression.group(1)]
    return run_bash(step["run"], pr.clone, env, "-e")  # GitHub runs `bash -e {0}`


def test_github_workflow_fails_a_pull_request_that_adds_a_finding(
        prs: dict[bool, PullRequest]) -> None:
    pr = prs[True]
    assert run_github(pr) == 1
    doc = json.loads((pr.clone / "safecommit.sarif").read_text())
    assert not list(sarif_validator().iter_errors(doc))
    results = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "EMAIL_ADDRESS"]
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in results] == ["new.py"]
    assert OTHER not in (pr.clone / "safecommit.sarif").read_text()


def test_github_workflow_passes_a_clean_pull_request_over_a_baseline(
        prs: dict[bool, PullRequest]) -> None:
    pr = prs[False]
    assert run_github(pr) == 0
    doc = json.loads((pr.clone / "safecommit.sarif").read_text())
    assert [r for r in doc["runs"][0]["results"] if r["ruleId"] == "EMAIL_ADDRESS"] == []


def test_github_workflow_checks_out_everything_and_uploads_even_on_failure() -> None:
    doc = load("github-actions.yml")
    assert doc["permissions"]["security-events"] == "write"
    steps = doc["jobs"]["safecommit"]["steps"]
    [checkout] = [s for s in steps if str(s.get("uses", "")).startswith("actions/checkout")]
    assert checkout["with"]["fetch-depth"] == 0
    [upload] = [s for s in steps if "upload-sarif" in str(s.get("uses", ""))]
    assert upload["if"].startswith("always()")
    # A fork's pull request has a read-only token: the upload is skipped, not failed.
    assert "github.event.pull_request.head.repo.full_name == github.repository" in upload["if"]
    assert upload["with"]["sarif_file"] == "safecommit.sarif"


# --- Azure Pipelines --------------------------------------------------------------------------


def run_azure(pr: PullRequest, tmp_path: Path) -> int:
    [step] = scan_steps(load("azure-pipelines.yml")["steps"], "bash")
    env = {"SYSTEM_PULLREQUEST_TARGETBRANCH": "refs/heads/main",
           "SYSTEM_PULLREQUEST_SOURCECOMMITID": pr.head,
           "BUILD_ARTIFACTSTAGINGDIRECTORY": str(tmp_path / "staging")}
    return run_bash(step["bash"], pr.clone, env)  # Azure's bash step: no -e


@pytest.mark.parametrize("finding", [True, False])
def test_azure_pipeline_reports_junit_and_sarif_and_fails_only_on_a_finding(
        prs: dict[bool, PullRequest], tmp_path: Path, finding: bool) -> None:
    pr = prs[finding]
    assert run_azure(pr, tmp_path) == (1 if finding else 0)
    tree = ElementTree.parse(pr.clone / "safecommit-junit.xml")
    failures = tree.getroot().findall(".//failure")
    assert len(failures) == (1 if finding else 0)
    sarif = tmp_path / "staging" / "CodeAnalysisLogs" / "safecommit.sarif"
    assert not list(sarif_validator().iter_errors(json.loads(sarif.read_text())))
    assert OTHER not in sarif.read_text() + (pr.clone / "safecommit-junit.xml").read_text()


def test_azure_pipeline_checks_out_everything_and_publishes_even_on_failure() -> None:
    doc = load("azure-pipelines.yml")
    steps = doc["steps"]
    assert steps[0] == {"checkout": "self", "fetchDepth": 0}
    publish = [s for s in steps if str(s.get("task", "")).startswith("Publish")]
    assert {s["task"] for s in publish} == {"PublishTestResults@2", "PublishBuildArtifacts@1"}
    assert all(s["condition"] == "always()" for s in publish)


# --- GitLab CI/CD -----------------------------------------------------------------------------


def run_gitlab(pr: PullRequest) -> int:
    job = load("gitlab-ci.yml")["safecommit"]
    env = {"CI_MERGE_REQUEST_DIFF_BASE_SHA": pr.merge_base, "CI_COMMIT_SHA": pr.head,
           "CI_PIPELINE_SOURCE": "merge_request_event"}
    git(pr.clone, "checkout", "-q", "--detach", pr.head)  # a merge request pipeline's checkout
    # GitLab runs the script's lines in one shell and stops at the first that fails.
    return run_bash("\n".join(job["script"]), pr.clone, env, "-e", "-o", "pipefail")


@pytest.mark.parametrize("finding", [True, False])
def test_gitlab_job_fails_only_on_a_finding_and_keeps_its_reports(
        prs: dict[bool, PullRequest], finding: bool) -> None:
    pr = prs[finding]
    assert run_gitlab(pr) == (1 if finding else 0)
    tree = ElementTree.parse(pr.clone / "safecommit-junit.xml")
    assert len(tree.getroot().findall(".//failure")) == (1 if finding else 0)
    doc = json.loads((pr.clone / "safecommit.sarif").read_text())
    assert not list(sarif_validator().iter_errors(doc))
    issues = json.loads((pr.clone / "safecommit-codequality.json").read_text())
    assert [i["severity"] for i in issues] == (["blocker"] if finding else [])


def test_gitlab_job_runs_on_merge_requests_with_full_history_and_keeps_reports() -> None:
    job = load("gitlab-ci.yml")["safecommit"]
    assert job["variables"]["GIT_DEPTH"] == "0"
    assert any("merge_request_event" in r["if"] for r in job["rules"])
    assert job["artifacts"]["when"] == "always"
    assert job["artifacts"]["reports"] == {"junit": "safecommit-junit.xml",
                                           "codequality": "safecommit-codequality.json"}


def test_the_readme_shows_each_template() -> None:
    readme = (TEMPLATES.parent.parent / "README.md").read_text()
    for name in ("github-actions.yml", "azure-pipelines.yml", "gitlab-ci.yml"):
        assert f"ci/templates/{name}" in readme
