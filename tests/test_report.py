"""Reports: the JSON contract, the message for people, colour and exit codes."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo, run_process

REAL = "alice.smith@gmail.com"


def test_json_follows_the_design_contract(repo: Repo, cli: Any) -> None:
    repo.stage("app/users.json", f'{{"email": "{REAL}"}}\n')
    run = cli("scan", "--staged", "--format", "json")
    doc = run.json
    assert doc["version"] == 1 and doc["not_scanned"] == []
    assert set(doc["stats"]) == {"files", "bytes", "seconds"}
    finding = doc["findings"][0]
    assert {k: finding[k] for k in ("path", "line", "column", "end_line", "end_column", "kind",
                                    "type", "detector", "masked", "suggestion")} == {
        "path": "app/users.json", "line": 1, "column": 12, "end_line": 1, "end_column": 33,
        "kind": "personal-data", "type": "EMAIL_ADDRESS", "detector": "email",
        "masked": "a********@g****.com", "suggestion": "jane.doe@example.com",
    }
    assert 0 < finding["confidence"] <= 1 and len(finding["fingerprint"]) == 32
    assert REAL not in run.out


def test_paths_are_relative_to_the_current_directory(repo: Repo, cli: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    repo.stage("app/sub/users.txt", f"{REAL}\n")
    monkeypatch.chdir(repo.path / "app")
    run = cli("scan", "--staged", "--format", "json")
    assert run.json["findings"][0]["path"] == "sub/users.txt"


def test_text_report_gives_place_type_mask_reason_suggestion_and_guidance(repo: Repo,
                                                                         cli: Any) -> None:
    repo.stage("a.txt", f"first\nowner {REAL}\n")
    out = cli("hook", "a.txt").out
    assert "2:7" in out and "EMAIL_ADDRESS" in out and "a********@g****.com" in out
    assert "identifies a person" in out and "jane.doe@example.com" in out
    assert "Remove it now, and do not commit the file." in out
    assert "Report an AI incident" in out
    assert "AI Capability and Enablement team" in out


def test_output_file_gets_the_report(repo: Repo, cli: Any) -> None:
    repo.stage("a.txt", f"{REAL}\n")
    run = cli("scan", "--staged", "--format", "json", "--output", "report.json")
    assert run.code == 1
    assert '"EMAIL_ADDRESS"' in (repo.path / "report.json").read_text()
    assert REAL not in (repo.path / "report.json").read_text()


def test_no_colour_when_not_a_terminal_or_when_no_color_is_set(repo: Repo) -> None:
    repo.stage("a.txt", f"{REAL}\n")
    assert "\033[" not in run_process("hook", "a.txt", cwd=repo.path).out
    forced = run_process("hook", "--color", "always", "a.txt", cwd=repo.path)
    assert "\033[" in forced.out


def test_exit_code_is_0_when_clean(repo: Repo, cli: Any) -> None:
    repo.stage("a.txt", "nothing personal\n")
    run = cli("hook", "a.txt")
    assert run.code == 0 and "clean" in run.out


def test_unknown_subcommand_is_a_usage_error(cli: Any) -> None:
    assert cli("frobnicate").code == 2


def _on_a_terminal(*args: str, cwd: Path) -> tuple[int, str]:
    """Run ``safecommit ARGS`` with its output on a real pseudo-terminal."""
    main_end, child_end = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    proc = subprocess.Popen([sys.executable, "-m", "safecommit", *args], cwd=cwd,
                            stdin=subprocess.DEVNULL, stdout=child_end, stderr=child_end,
                            env={**env, "NO_COLOR": "1"})
    os.close(child_end)
    out = b""
    while True:
        try:
            chunk = os.read(main_end, 4096)
        except OSError:  # the terminal closes when the process exits
            break
        if not chunk:
            break
        out += chunk
    os.close(main_end)
    return proc.wait(timeout=120), out.decode("utf-8", "replace")


def test_show_values_prints_the_raw_value_on_a_terminal(repo: Repo) -> None:
    repo.stage("a.txt", f"{REAL}\n")
    code, out = _on_a_terminal("hook", "--show-values", "a.txt", cwd=repo.path)
    assert code == 1 and REAL in out


def test_show_values_is_refused_into_a_pipe_or_a_redirect(repo: Repo) -> None:
    repo.stage("a.txt", f"{REAL}\n")
    run = run_process("hook", "--show-values", "a.txt", cwd=repo.path,
                      env={"CI": ""})
    assert run.code == 2 and "on a terminal" in run.err and REAL not in run.out + run.err


@pytest.mark.parametrize("extra", [("--format", "json"), ("--output", "r.txt")])
def test_show_values_never_goes_into_a_file_or_another_format(
        extra: tuple[str, str], repo: Repo, cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    repo.stage("a.txt", f"{REAL}\n")
    run = cli("hook", "--show-values", *extra, "a.txt")
    assert run.code == 2 and "--show-values" in run.err and REAL not in run.out
    assert not (repo.path / "r.txt").exists()


def test_show_values_is_refused_when_ci_is_set(repo: Repo, cli: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    repo.stage("a.txt", f"{REAL}\n")
    run = cli("hook", "--show-values", "a.txt")
    assert run.code == 2 and "refused when CI is set" in run.err
    assert REAL not in run.out + run.err


def test_a_finding_in_a_pushed_commit_says_to_rewrite_it_not_to_delete_it_or_add_a_pragma(
        repo: Repo, cli: Any) -> None:
    repo.stage("readme.md", "hello\n")
    base = repo.commit("start")
    repo.stage("a.txt", f"owner {REAL}\n")
    repo.commit("add the owner")
    repo.stage("a.txt", "owner on request\n")
    repo.commit("take it out again")
    out = cli("scan", "--from", base, "--to", "HEAD").out
    assert "It is in a commit already" in out and "git rebase -i" in out
    assert "Remove it now, and do not commit the file." not in out
    assert "allow the value in .safecommit.toml" in out
    assert "in a comment on that line" not in out
    staged = cli("hook", "a.txt").out  # clean now: what the index holds
    assert staged.startswith("safecommit: clean")


def test_a_finding_in_json_says_how_to_write_a_pragma_where_no_comment_can_go(
        repo: Repo, cli: Any) -> None:
    repo.stage("data.json", f'{{"owner": "{REAL}"}}\n')
    out = cli("hook", "data.json").out
    assert '"//": "safecommit: allow TYPE reason"' in out
    # and the form it names does allow the value, from the line above
    repo.stage("data.json", '{\n  "//": "safecommit: allow EMAIL_ADDRESS a test inbox",\n'
                            f'  "owner": "{REAL}"\n}}\n')
    assert cli("hook", "data.json").out.startswith("safecommit: clean")
    repo.stage("data.json", "{}\n")
    repo.stage("a.py", f'owner = "{REAL}"\n')
    assert '"//"' not in cli("hook", "a.py").out


@pytest.mark.parametrize("name", ["red\x1b[31m.txt", "two\nlines.txt", "rtl\u202etxt.exe"])
def test_a_file_name_cannot_write_control_characters_into_the_report(repo: Repo, cli: Any,
                                                                       name: str) -> None:
    repo.stage(name, f"owner {REAL}\n")
    out = cli("scan", "--staged", "--color", "never").out
    assert name not in out and not any(c in out for c in "\x1b\u202e")
    assert repr(name)[1:-1].replace("\\n", "\\x0a") in out


def test_a_report_file_that_cannot_be_written_is_a_one_line_error_naming_it(
        repo: Repo, cli: Any) -> None:
    repo.stage("a.txt", f"owner {REAL}\n")
    run = cli("scan", "--staged", "--format", "sarif", "--output", "reports/scan.sarif")
    assert run.code == 2
    assert run.err == "safecommit: reports/scan.sarif: No such file or directory\n"
