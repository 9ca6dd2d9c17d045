"""A service's log-in said in notes as "<account> / <password>" after a label, whatever the
account ("Jenkins: deploy / <password>"): the password, and the account when it is one an
attacker can aim at. English words on either side of a slash are no log-in."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("line", [
    "Jenkins: {user} / {pw}",
    "- **Jenkins:** `{user}` / `{pw}`",
    "Sonar - {user} / {pw}",
])
def test_a_service_log_in_with_any_account_gives_both(line: str) -> None:
    content = "# Handover notes\n\n" + fill(line) + "\n"
    assert _found("docs/handover.md", content) == [("USERNAME", fill("{user}")),
                                                   ("PASSWORD", fill("{pw}"))]


def test_a_role_as_the_account_still_gives_the_password() -> None:
    content = fill("Grafana: viewer / {pw}\n")
    assert _found("docs/handover.md", content) == [("PASSWORD", fill("{pw}"))]


def test_a_service_log_in_in_a_chat_message_is_found() -> None:
    content = json.dumps([{"ts": "1", "user": "U04ABCDE12",
                           "text": fill("Jenkins: deploy / {pw}")}]) + "\n"
    assert ("PASSWORD", fill("{pw}")) in _found("export/channel.json", content)


@pytest.mark.parametrize("line", [
    "Status: blocked / Waiting-on-3rd-party",
    "Roles: admin / read-only",
    "Owner: platform / Delivery-Team-2",
    "Env: dev / staging / production",
    "Jenkins: deploy / ${{JENKINS_PASSWORD}}",
    "Jenkins: deploy / <password>",
    "Jenkins: deploy / changeme123",
    "Grafana: viewer / ********",
    "Time - hours / Minutes2!",
])
def test_words_or_placeholders_either_side_of_a_slash_stay_quiet(line: str) -> None:
    assert _found("docs/handover.md", fill(line) + "\n") == []


def test_a_division_in_code_is_no_log_in() -> None:
    content = 'config = {"ratio": width / height_in_pixels}\n'
    assert _found("app/layout.py", content) == []
