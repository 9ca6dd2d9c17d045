"""A ticket's or a chat export's messages under plural keys (ServiceNow's ``comments``,
``notes``) are read as its singular ones are; a reset to a value names its secret after two
words ("reset the service account password to <value>"), and a message that is only the
short label ``PW: <value>`` gives the value. What the reset was for stays quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _secrets(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.kind == "secret"]


@pytest.mark.parametrize("record", [
    '{{"number": "INC0012345", "work_notes": "Reset the service account password to {pw}"}}',
    '{{"number": "INC0012345", "comments": "Confirmed log-in works with pw {pw}"}}',
    '{{"messages": [{{"id": "1700000000003", "body": {{"content": "PW: {pw}"}}}}]}}',
])
def test_a_password_in_a_tickets_or_a_chats_message_is_found(record: str) -> None:
    content = fill(record) + "\n"
    assert _secrets("export/records.json", content) == [fill("{pw}")]


@pytest.mark.parametrize("record", [
    '{{"number": "INC1", "work_notes": "Reset the service account password to the default"}}',
    '{{"number": "INC1", "comments": "Please reset the user password to something new"}}',
    '{{"number": "INC1", "comments": "PW: see the vault entry"}}',
])
def test_what_a_reset_was_for_stays_quiet(record: str) -> None:
    assert _secrets("export/records.json", fill(record) + "\n") == []
