"""A log-in done with an account and a password joined by "and" or a slash ("logged on with
<account> and <password>", "logged in using <account> / <password>") gives the password, and
the account beside it; a way of logging in ("with GitHub and Microsoft accounts") is none."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("line", [
    "I logged on with {user} and {pw} yesterday",
    "Logged in using {user} / {pw} on the test tenant",
    "logged into grafana with {user} and the password {pw}",
    "logged on with deploy and {pw} to the staging box",
])
def test_a_log_in_done_with_an_account_and_a_password_gives_both(line: str) -> None:
    content = fill(line) + "\n"
    account = "deploy" if "deploy" in line else fill("{user}")
    assert _found("incident/notes.md", content) == [("USERNAME", account),
                                                   ("PASSWORD", fill("{pw}"))]


def test_a_log_in_done_in_a_chat_message_is_found() -> None:
    content = json.dumps([{"ts": "1", "user": "U04ABCDE12",
                           "text": fill("logged on with {user} and {pw}, works now")}]) + "\n"
    assert ("PASSWORD", fill("{pw}")) in _found("export/channel.json", content)


@pytest.mark.parametrize("line", [
    "Logged in with GitHub and Microsoft-accounts2 fine",
    "logged on with my own account and MFA",
    "logged in with {user} and ${{DB_PASSWORD}}",
    "logged in with {user} and password123",
])
def test_a_log_in_without_a_real_password_stays_quiet(line: str) -> None:
    assert [t for t, _ in _found("incident/notes.md", fill(line) + "\n")
            if t != "USERNAME"] == []
