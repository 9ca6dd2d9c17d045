"""A chat export's message written over several lines (JSON's escaped breaks: "creds for
staging\\nuser: <account>\\npassword: <password>") is read line by line, and a setting
pasted into one in capitals ("DB_PASS=<value>") holds its secret; references, placeholders
and words there stay quiet."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned("export/channel.json", content)
            if f.kind == "secret" or f.type == "USERNAME"]


def _chat(text: str) -> str:
    return json.dumps([{"type": "message", "user": "U04ABCDE12", "ts": "1700000000.000100",
                        "text": text}],
                      indent=1) + "\n"


def test_a_log_in_over_a_messages_lines_is_found() -> None:
    content = _chat(fill("creds for staging\nuser: {user}\npassword: {pw}"))
    assert _found(content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize(("text", "secret"), [
    ("Credentials:\nDB_USER=app_reader\nDB_PASS={pw}", "{pw}"),
    ("here you go\nSMTP_PASSWORD={pw}", "{pw}"),
    ("new one: REPORTS_TOKEN={secret} (rotate Friday)", "{secret}"),
])
def test_a_setting_pasted_into_a_message_holds_its_secret(text: str, secret: str) -> None:
    assert fill(secret) in [value for _, value in _found(_chat(fill(text)))]


@pytest.mark.parametrize("text", [
    "Credentials:\nDB_USER=app_reader\nDB_PASS=${{DB_PASS}}",
    "set SECRET_KEY=<generate-one> in your .env",
    "bump MAX_TOKEN=4096 for the summariser",
    "DB_PASSWORD=changeme works locally only",
    "creds are in the vault\nsee the runbook",
])
def test_references_placeholders_and_words_in_a_message_stay_quiet(text: str) -> None:
    assert _found(_chat(fill(text))) == []
