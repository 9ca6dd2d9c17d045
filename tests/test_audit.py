"""`safecommit audit`: the team verifies what went into the baseline, and says who and when."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from typing import Any

import pytest

from conftest import Repo, Run

EMAILS = ("quill.ferrand@gmail.com", "ottoline.brisk@hotmail.co.uk")
BASELINE = ".safecommit-baseline.json"


def entries(repo: Repo) -> list[dict[str, Any]]:
    data: dict[str, Any] = json.loads((repo.path / BASELINE).read_text())
    return [e for e in data["entries"] if e["type"] == "EMAIL_ADDRESS"]


def answer(repo: Repo, *lines: str, args: tuple[str, ...] = ()) -> Run:
    """Run `safecommit audit --interactive` as a person would, typing ``lines``."""
    proc = subprocess.run(
        [sys.executable, "-m", "safecommit", "audit", "--interactive", *args],
        cwd=repo.path, input="".join(f"{line}\n" for line in lines), capture_output=True,
        text=True, env={**os.environ, "NO_COLOR": "1"}, timeout=60,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def adopted(repo: Repo, cli: Any) -> Repo:
    repo.stage("a.py", f'owner = "{EMAILS[0]}"\n')
    repo.stage("b.py", f'owner = "{EMAILS[1]}"\n')
    repo.commit("old code")
    assert cli("baseline").code == 0
    return repo


def test_report_lists_what_is_unverified_and_can_gate_ci(adopted: Repo, cli: Any) -> None:
    run = cli("audit", "--report")
    assert run.code == 0
    assert "unverified       2" in run.out
    for e in entries(adopted):
        assert f"{_entry_id(e)}  {e['path']}  EMAIL_ADDRESS" in run.out
    assert cli("audit", "--report", "--fail-on-unverified").code == 1
    assert cli("audit", "--set", "fake", "--all", "--note", "generated for the fixture").code == 0
    gate = cli("audit", "--report", "--fail-on-unverified")
    assert gate.code == 0 and "unverified       0" in gate.out


def test_report_as_json(adopted: Repo, cli: Any) -> None:
    report = cli("audit", "--report", "--format", "json").json
    assert report["decisions"] == {"fake": 0, "false-positive": 0, "fix": 0, "unverified": 2}
    assert {r["path"] for r in report["unverified"]} == {"a.py", "b.py"}


def test_interactive_records_each_decision_with_who_and_when(adopted: Repo) -> None:
    run = answer(adopted, "f", "made by the fixture generator", "x", "real customer, ticket 7")
    assert run.code == 0, run.err
    decided = {e["path"]: e["audit"] for e in entries(adopted)}
    assert decided["a.py"]["decision"] == "fake"
    assert decided["a.py"]["note"] == "made by the fixture generator"
    assert decided["b.py"]["decision"] == "fix"
    assert decided["a.py"]["by"] == "Test User <dev@example.com>"
    when = datetime.strptime(decided["a.py"]["at"], "%Y-%m-%dT%H:%M:%SZ")
    assert abs((datetime.now(timezone.utc) - when.replace(tzinfo=timezone.utc)).seconds) < 120


def test_interactive_shows_where_each_value_is_masked_never_the_value(adopted: Repo) -> None:
    run = answer(adopted, "s", "s")
    assert "a.py  EMAIL_ADDRESS" in run.out and "1:10" in run.out
    assert "q********@g****.com" in run.out
    for value in EMAILS:
        assert value not in run.out + run.err


def test_skip_leaves_an_entry_unverified_and_quit_keeps_what_was_decided(adopted: Repo) -> None:
    answer(adopted, "p", "", "q")
    decided = {e["path"]: e.get("audit") for e in entries(adopted)}
    assert decided["a.py"]["decision"] == "false-positive"
    assert decided["b.py"] is None
    answer(adopted, "s")
    assert {e["path"]: e.get("audit") for e in entries(adopted)}["b.py"] is None


def test_end_of_input_stops_cleanly_and_keeps_what_was_decided(adopted: Repo) -> None:
    run = answer(adopted, "f")  # the note prompt meets the end of input
    assert run.code == 0
    assert {e["path"]: e.get("audit") for e in entries(adopted)}["a.py"]["decision"] == "fake"


def test_a_note_holding_a_value_is_refused_and_asked_again(adopted: Repo) -> None:
    run = answer(adopted, "f", f"same as {EMAILS[1]}", "generated", "q")
    assert "Not stored" in run.out
    assert EMAILS[1] not in run.out + (adopted.path / BASELINE).read_text()
    assert {e["path"]: e["audit"]["note"] for e in entries(adopted) if "audit" in e} == \
        {"a.py": "generated"}


def test_set_by_entry_id_path_or_type(adopted: Repo, cli: Any) -> None:
    a, b = entries(adopted)
    ids = {e["path"]: _entry_id(e) for e in (a, b)}
    assert cli("audit", "--set", "fix", "--entry", ids["b.py"]).code == 0
    assert {e["path"]: e.get("audit", {}).get("decision") for e in entries(adopted)} == \
        {"a.py": None, "b.py": "fix"}
    assert cli("audit", "--set", "fake", "--path", "a.*", "--by", "CI bot").code == 0
    assert {e["path"]: e["audit"]["by"] for e in entries(adopted)}["a.py"] == "CI bot"
    run = cli("audit", "--set", "fake", "--type", "EMAIL_ADDRESS")
    assert run.code == 2 and "no entry matches" in run.err  # both decided already
    assert cli("audit", "--set", "fake", "--type", "EMAIL_ADDRESS", "--redo").code == 0
    assert {e["audit"]["decision"] for e in entries(adopted)} == {"fake"}


def _entry_id(entry: dict[str, Any]) -> str:
    import hashlib

    key = f"{entry['path']}\0{entry['type']}\0{entry['hash']}"
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def test_set_needs_a_selection(adopted: Repo, cli: Any) -> None:
    run = cli("audit", "--set", "fake")
    assert run.code == 2 and "--entry" in run.err


def test_set_refuses_a_note_holding_a_value_and_stores_nothing(adopted: Repo, cli: Any) -> None:
    before = (adopted.path / BASELINE).read_text()
    run = cli("audit", "--set", "fake", "--all", "--note", f"it is {EMAILS[0]}")
    assert run.code == 2 and EMAILS[0] not in run.err
    assert (adopted.path / BASELINE).read_text() == before


def test_without_a_terminal_audit_asks_for_set_instead_of_hanging(adopted: Repo, cli: Any,
                                                                  monkeypatch: Any) -> None:
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115 - closed by pytest
    run = cli("audit")
    assert run.code == 2 and "--set" in run.err


def test_without_a_git_identity_audit_asks_who_decides(adopted: Repo, cli: Any,
                                                       monkeypatch: Any) -> None:
    adopted.git("config", "--unset", "user.name")
    adopted.git("config", "--unset", "user.email")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    run = cli("audit", "--set", "fake", "--all")
    assert run.code == 2 and "--by" in run.err
    assert cli("audit", "--set", "fake", "--all", "--by", "A N Other").code == 0


def test_audit_without_a_baseline_says_how_to_make_one(repo: Repo, cli: Any) -> None:
    run = cli("audit", "--report")
    assert run.code == 2 and "safecommit baseline" in run.err


def test_decisions_survive_a_baseline_update(adopted: Repo, cli: Any) -> None:
    assert cli("audit", "--set", "false-positive", "--all", "--note", "checked").code == 0
    adopted.stage("c.py", "x = 1\n")
    assert cli("baseline", "--update").code == 0
    assert {e["audit"]["decision"] for e in entries(adopted)} == {"false-positive"}


def test_an_entry_no_longer_in_its_file_is_said_so(adopted: Repo) -> None:
    adopted.stage("a.py", "owner = None\n")
    run = answer(adopted, "s")
    assert "no longer in the file" in run.out


def test_an_entry_whose_file_was_renamed_is_shown_where_the_file_is_now(adopted: Repo) -> None:
    adopted.git("add", BASELINE)
    adopted.commit("adopt safecommit")
    (adopted.path / "service").mkdir()
    adopted.git("mv", "a.py", "service/a.py")
    adopted.commit("move a.py into the service")
    run = answer(adopted, "f", "made by the fixture generator", "s")
    assert run.code == 0, run.err
    assert "now at service/a.py" in run.out and "1:10" in run.out
    assert "no longer in the file" not in run.out
    decided = {e["path"]: e.get("audit") for e in entries(adopted)}
    assert decided["a.py"]["decision"] == "fake"
