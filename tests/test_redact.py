"""``safecommit redact`` end to end: personal data becomes safe fakes in the working tree;
secrets and markings are reported, never replaced; the values never reach the output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from conftest import Repo, git, run_process

CHECKOUT = Path(__file__).resolve().parents[1]
SAMPLE = Path(__file__).parent / "data" / "redact" / "sample_project"
EMAIL = "alice.smith@gmail.com"
PHONE = "07912 345678"
# A generated AWS access key id: the right shape, never issued.
AWS_KEY = "AKIAQ7ZL5XK2M4TP3WRB"


def test_dry_run_prints_a_masked_unified_diff_and_changes_nothing(repo: Repo, cli: Any) -> None:
    original = f'{{\n  "email": "{EMAIL}",\n  "phone": "{PHONE}"\n}}\n'
    path = repo.write("users.json", original)
    run = cli("redact", "--dry-run", ".")
    assert run.code == 1  # there is something to redact
    assert path.read_text() == original
    assert "--- a/users.json\n+++ b/users.json\n" in run.out
    assert '-  "email": "a********@g****.com",' in run.out
    assert any(line.startswith('+  "email": "') and "@example.com" in line
               for line in run.out.splitlines())
    assert EMAIL not in run.out + run.err and PHONE not in run.out + run.err
    assert "would redact 2 values in 1 file" in run.out


def test_redacting_twice_changes_nothing_the_second_time_and_the_scan_is_clean(
        repo: Repo, cli: Any) -> None:
    path = repo.write("fixtures/claimant.yaml", f"email: {EMAIL}\nphone: '{PHONE}'\n")
    first = cli("redact", ".")
    assert first.code == 0, first.out
    assert "redacted 2 values in 1 file" in first.out
    once = path.read_bytes()
    second = cli("redact", ".")
    assert second.code == 0
    assert "redacted 0 values in 0 files" in second.out
    assert path.read_bytes() == once
    assert cli("scan", "--kind", "personal-data", ".").code == 0


def test_secrets_and_markings_are_reported_with_what_to_do_and_never_replaced(
        repo: Repo, cli: Any) -> None:
    settings = repo.write("settings.ini", f"aws_access_key_id = {AWS_KEY}\nowner = {EMAIL}\n")
    brief = repo.write("brief.md", f"# OFFICIAL-SENSITIVE\n\nOwner: {EMAIL}\n")
    run = cli("redact", ".")
    assert run.code == 1  # a person still has to act
    assert AWS_KEY in settings.read_text() and "OFFICIAL-SENSITIVE" in brief.read_text()
    assert EMAIL not in settings.read_text() + brief.read_text()
    assert "rotate this secret now" in run.out and "compromised" in run.out
    assert "protectively marked material" in run.out
    assert AWS_KEY not in run.out + run.err and EMAIL not in run.out + run.err


def test_only_the_working_tree_is_rewritten_and_the_staged_copy_is_left_alone(
        repo: Repo, cli: Any) -> None:
    repo.stage("users.json", f'{{"email": "{EMAIL}"}}\n')
    assert cli("redact", "users.json").code == 0
    assert EMAIL in repo.git("show", ":users.json")
    assert EMAIL not in (repo.path / "users.json").read_text()
    assert repo.git("status", "--porcelain") == "AM users.json\n"  # staged, then modified


def test_the_same_value_gets_the_same_fake_in_every_file_and_in_every_run(
        repo: Repo, cli: Any) -> None:
    users = f'[{{"id": 1, "email": "{EMAIL}"}}]\n'
    orders = f"order,customer\n1001,{EMAIL}\n1002,{EMAIL}\n"
    repo.write("users.json", users)
    repo.write("orders.csv", orders)
    assert cli("redact", ".").code == 0
    first = (repo.path / "users.json").read_text(), (repo.path / "orders.csv").read_text()
    fake = first[0].split('"email": "')[1].split('"')[0]
    assert fake.endswith("@example.com")
    assert first[1] == orders.replace(EMAIL, fake)
    # Same repository, same salt: the same fakes again.
    repo.write("users.json", users)
    repo.write("orders.csv", orders)
    assert cli("redact", ".").code == 0
    assert ((repo.path / "users.json").read_text(), (repo.path / "orders.csv").read_text()) == first


def test_a_value_found_in_one_file_gets_the_same_fake_where_nothing_labels_it(
        repo: Repo, cli: Any) -> None:
    repo.write("customers.json", f'{{"name": "Alice Smith", "mobile": "{PHONE}"}}\n')
    repo.write("calls.txt", f"rang {PHONE} twice, no answer\n")
    assert cli("redact", ".").code == 0
    customers = (repo.path / "customers.json").read_text()
    fake_phone = customers.split('"mobile": "')[1].split('"')[0]
    assert fake_phone.startswith("07700 900")
    assert (repo.path / "calls.txt").read_text() == f"rang {fake_phone} twice, no answer\n"


def test_the_mapping_is_never_written_anywhere(repo: Repo, cli: Any) -> None:
    repo.write("users.json", f'{{"email": "{EMAIL}", "phone": "{PHONE}"}}\n')
    run = cli("redact", ".")
    assert run.code == 0
    for path in repo.path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert EMAIL.encode() not in data and PHONE.encode() not in data, path
    assert EMAIL not in run.out + run.err


def test_nothing_to_redact_exits_0(repo: Repo, cli: Any) -> None:
    repo.write("README.md", "Contact jane.doe@example.com or 07700 900123.\n")
    run = cli("redact", ".")
    assert run.code == 0
    assert "redacted 0 values in 0 files" in run.out


def test_the_manual_pre_commit_hook_redacts_the_files_it_is_given(repo: Repo) -> None:
    hooks = yaml.safe_load((CHECKOUT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "safecommit-redact")
    assert hook["stages"] == ["manual"] and hook["pass_filenames"] is True
    command = hook["entry"].split()
    assert command[:2] == ["safecommit", "redact"]
    repo.stage("users.json", f'{{"email": "{EMAIL}"}}\n')
    repo.stage("notes.txt", "nothing here\n")
    # As pre-commit runs it: the entry, then the staged file names, from the repository root.
    run = run_process(*command[1:], "users.json", "notes.txt", cwd=repo.path)
    assert run.code == 0, run.out + run.err
    assert EMAIL not in (repo.path / "users.json").read_text()
    assert EMAIL not in run.out + run.err


def _run_checks(project: Path) -> subprocess.CompletedProcess[str]:
    """The sample project's own test run; it needs no plugins, so none are loaded."""
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "checks.py"], cwd=project, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"})


def test_a_sample_projects_own_tests_still_pass_after_its_fixtures_are_redacted(
        tmp_path: Path) -> None:
    project = tmp_path / "sample"
    shutil.copytree(SAMPLE, project)
    git(project, "init", "-q", "-b", "main")
    fixtures = sorted((project / "fixtures").iterdir())
    before = {p: p.read_bytes() for p in fixtures}
    checks = _run_checks(project)
    assert checks.returncode == 0, checks.stdout

    run = run_process("redact", ".", cwd=project)
    assert run.code == 0, run.out + run.err
    assert all(p.read_bytes() != before[p] for p in fixtures)
    assert "alice.thornton@gmail.com" not in "".join(p.read_text() for p in fixtures)

    checks = _run_checks(project)
    assert checks.returncode == 0, checks.stdout
    assert run_process("scan", "--kind", "personal-data", ".", cwd=project).code == 0


def test_dates_and_single_words_are_not_carried_to_other_files(repo: Repo, cli: Any) -> None:
    repo.write("customer.json", '{"name": "Alice Smith", "dob": "1981-03-14"}\n')
    release = "v1.2 released 1981-03-14 by the Smith team; alice.smithson@example.com\n"
    other = repo.write("CHANGELOG.txt", release)
    assert cli("redact", ".").code == 0
    customer = (repo.path / "customer.json").read_text()
    assert "Alice Smith" not in customer and "1981-03-14" not in customer
    assert other.read_text() == release


def test_a_file_name_cannot_write_control_characters_into_the_redact_report(
        repo: Repo, cli: Any) -> None:
    name = "notes\x1b[8m.txt"  # an escape that would hide what follows it on a terminal
    repo.write(name, f"owner {EMAIL}\n")
    run = cli("redact", "--dry-run", ".")
    assert "\x1b" not in run.out + run.err
    assert "notes\\x1b[8m.txt" in run.out and "--- a/notes\\x1b[8m.txt" in run.out
