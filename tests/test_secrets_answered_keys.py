"""A chat export's question for a key ("and the sendgrid api key?") answered by the next
message's text alone, and an answer wrapped in a Teams message's HTML (``<p><value></p>``),
are found as a password's answer is; a question for a key that picks a record is none."""

from __future__ import annotations

import json

import pytest

from conftest import found
from secrets_support import FAKES, fill


def _secrets(name: str, content: str) -> list[str]:
    return found(name, content, kind="secret")


def _slack(question: str, answer: str) -> str:
    return json.dumps([{"ts": "1", "user": "U04ABCDE12", "text": question},
                       {"ts": "2", "user": "U04FGHIJ34", "text": answer}], indent=1) + "\n"


def _teams(question: str, answer: str) -> str:
    return json.dumps({"messages": [
        {"from": {"user": {"displayName": "A"}},
         "body": {"contentType": "html", "content": f"<p>{question}</p>"}},
        {"from": {"user": {"displayName": "B"}},
         "body": {"contentType": "html", "content": f"<p>{answer}</p>"}}]}, indent=1) + "\n"


def test_a_key_asked_for_and_given_in_the_next_message_is_found() -> None:
    key = FAKES["storage_key"]
    assert _secrets("export/channel.json", _slack("and the sendgrid api key?", key)) == [key]


@pytest.mark.parametrize("question, answer", [
    ("and the sendgrid api key?", FAKES["storage_key"]),
    ("what's the bastion password?", fill("{pw}")),
])
def test_an_answer_in_a_teams_messages_html_is_found(question: str, answer: str) -> None:
    assert _secrets("export/teams.json", _teams(question, answer)) == [answer]


@pytest.mark.parametrize("question, answer", [
    ("what's the partition key?", "customerReferenceId"),
    ("which key did you use?", "the-left-one-in-the-drawer"),
])
def test_a_key_that_picks_a_record_or_a_thing_stays_quiet(question: str, answer: str) -> None:
    assert _secrets("export/channel.json", _slack(question, answer)) == []
