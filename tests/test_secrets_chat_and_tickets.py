"""A chat export's messages and a ticket export's descriptions are read as sentences: a key
said there ("the api key is …") is found as a password is; a Jira or ServiceNow export's
description, summary and work notes are messages too. A chat export's ``user`` is the
platform's id for its member, not an account name."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned
from secrets_support import BODY, fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content) if f.kind != "marking"]


def _slack(*texts: str) -> str:
    return json.dumps([{"type": "message", "user": "U04AB12CD9", "text": text,
                        "ts": f"1710238951.00020{n}"} for n, text in enumerate(texts)], indent=2)


def test_a_key_said_in_a_chat_message_is_found() -> None:
    content = _slack(f"and the api key is {BODY[:32]}")
    assert _found("messages.json", content) == [("API_KEY", BODY[:32])]


def test_a_chat_export_s_member_ids_are_no_user_names() -> None:
    content = _slack("morning all", "the api key is in the pipeline library")
    assert _found("messages.json", content) == []


def test_a_user_name_in_capitals_outside_a_chat_export_is_still_read() -> None:
    content = fill('{{\n  "user": "U04AB12CD9",\n  "password": "{pw}"\n}}\n')
    assert ("USERNAME", "U04AB12CD9") in _found("settings.json", content)


@pytest.mark.parametrize("column", ["Description", "Summary", "work_notes"])
def test_a_password_said_in_a_ticket_export_s_description_is_found(column: str) -> None:
    content = fill(f'Issue key,{column},Reporter\n'
                   'FFC-1201,"Old sftp password was {pw}, new one in vault",ops\n')
    assert _found("jira.csv", content) == [("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("text", [
    "The password is stored in Key Vault",
    "Use <your-password> in the README",
    "Rotate the api key every 90 days",
])
def test_a_ticket_s_description_that_names_no_value_is_quiet(text: str) -> None:
    content = f'Issue key,Description,Reporter\nFFC-1202,"{text}",ops\n'
    assert _found("jira.csv", content) == []


def test_a_key_said_in_a_teams_message_s_html_ends_at_its_closing_tag() -> None:
    html = f"<div><div>api key: {BODY[:32]}</div></div>"
    content = json.dumps({"value": [{"body": {"contentType": "html", "content": html}}]},
                         indent=2)
    assert _found("messages.json", content) == [("API_KEY", BODY[:32])]


def _slack_with_blocks(*texts: str) -> str:
    """Slack's export as it writes it: each message's text again in its rich-text blocks."""
    return json.dumps([
        {"type": "message", "text": text, "user": "U04AB12CD9", "ts": f"1710238951.00020{n}",
         "blocks": [{"type": "rich_text", "elements": [{"type": "rich_text_section",
                                                         "elements": [{"type": "text",
                                                                       "text": text}]}]}]}
        for n, text in enumerate(texts)], indent=4)


@pytest.mark.parametrize("answer", ["{pw}", "it's {pw}", "here: {pw}"])
def test_a_chat_export_s_answer_to_a_password_question_is_found(answer: str) -> None:
    content = _slack_with_blocks("can someone share the grafana admin password?", fill(answer))
    assert _found("messages.json", content) == [("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("question, answer", [
    ("where is the grafana admin password?", "it's in the vault"),
    ("where is the grafana admin password?", "check Key Vault please"),
    ("where is the grafana admin password?", "8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190"),
    ("where is the grafana admin password?", "REPLACE_ME"),
    ("what's the token's expiry?", "3600seconds"),
    ("is everyone ready for standup?", "{pw}"),
])
def test_a_chat_export_s_answer_that_is_no_secret_is_quiet(question: str, answer: str) -> None:
    content = _slack_with_blocks(question, fill(answer))
    assert [t for t, _ in _found("messages.json", content) if t != "PERSON"] == []
