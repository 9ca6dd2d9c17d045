"""One-letter labels with "=" in notes ("u=<account> p=<password>") and any tool's user and
password options side by side ("./deploy.sh -u <account> -p <password>") give the password
and its account; a port, a profile, a path or a variable after ``-p`` is none."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("line", [
    "Use u={user} p={pw} for the reporting db",
    "creds u={user}, p={pw}",
])
def test_one_letter_labels_with_equals_give_both(line: str) -> None:
    assert [t for t, _ in _found("docs/handover.md", fill(line) + "\n")] \
        == ["USERNAME", "PASSWORD"]


@pytest.mark.parametrize("name, line", [
    ("docs/runbook.md", "run `./deploy.sh -u {user} -p {pw}` to redeploy"),
    ("docs/runbook.md", "run ./deploy.sh -u {user} -p {pw} to redeploy"),
    ("scripts/redeploy.sh", "./deploy.sh -u {user} -p {pw} --env prod"),
])
def test_any_tools_user_and_password_options_give_both(name: str, line: str) -> None:
    content = fill(line) + "\n"
    assert _found(name, content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("line", [
    "./deploy.sh -u {user} -p 8080",
    "./deploy.sh -u {user} -p prod-eu-west-1",
    "./deploy.sh -u {user} -p ProdProfile",
    "./deploy.sh -u {user} -p $DB_PASSWORD",
    './deploy.sh -u {user} -p "${{DB_PASSWORD}}"',
    "./deploy.sh -u {user} -p <password>",
    "./run -u {user} -p ./Config/Settings.yml",
    "curl 'https://api.example.com/search?u=jdoe&p=Tq7xLm9Qw2'",
])
def test_a_port_a_profile_a_path_or_a_variable_stays_quiet(line: str) -> None:
    assert [t for t, _ in _found("scripts/redeploy.sh", fill(line) + "\n")
            if t != "USERNAME"] == []
