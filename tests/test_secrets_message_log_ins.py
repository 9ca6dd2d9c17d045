"""A log-in said in a chat export's or a ticket's message (Slack's and Teams' JSON, a Jira
CSV's description, a saved Teams page): "admin login: <account> / <password>", "prod creds:
user <account>, password <password>". The password is a secret and its account, beside a real
password, a user name, as in a chat's plain text. Messages that name where a log-in is kept,
or a placeholder, stay quiet."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.type in ("USERNAME", "PASSWORD")]


def _slack(text: str) -> str:
    message = {"type": "message", "user": "U04ABCDEF12", "ts": "1717400000.000100",
               "text": text}
    return "[\n  " + json.dumps(message) + "\n]\n"


def _jira(text: str) -> str:
    return f'Issue key,Summary,Description\nCLM-101,DB log-in failing,"{text}"\n'


def _teams(text: str) -> str:
    return f"<html><body><div class=\"message\"><p>{text}</p></div></body></html>\n"


@pytest.mark.parametrize(("name", "wrap"), [
    ("slack-export.json", _slack), ("jira-export.csv", _jira), ("teams-chat.html", _teams)])
@pytest.mark.parametrize("sentence", [
    "admin login: {user} / {pw}",
    "prod creds: user {user}, password {pw} - please rotate",
    "staging is username {user} password {pw}",
])
def test_a_log_in_said_in_a_message_gives_its_account_and_password(name: str, wrap: object,
                                                                   sentence: str) -> None:
    assert callable(wrap)
    content = wrap(fill(sentence))
    assert _found(name, content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize(("name", "wrap"), [
    ("slack-export.json", _slack), ("jira-export.csv", _jira), ("teams-chat.html", _teams)])
@pytest.mark.parametrize("sentence", [
    "login: see the SSO page / ask ops",
    "the credentials are in Key Vault / ask the platform team",
    "creds: {user} / <password from the vault>",
    "user guide, password policy and MFA are on the wiki",
    "admin login: admin / admin on the local stack",
])
def test_a_message_that_only_says_where_a_log_in_is_stays_quiet(name: str, wrap: object,
                                                               sentence: str) -> None:
    assert callable(wrap)
    assert _found(name, wrap(fill(sentence))) == []
