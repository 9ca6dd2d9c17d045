"""A secret said to have been changed to a value, with its word first ("the admin password
was reset to <value>", "has been changed to <value>", "is now <value>", "password now
<value>"), is found in a note, a chat and a ticket export's message, as "reset the password
to <value>" is. What the change was for, a placeholder, a reference or a vault's path is
not."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _secrets(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.kind == "secret"]


@pytest.mark.parametrize("sentence", [
    "The admin password was reset to {pw} yesterday",
    "The password has been changed to {pw}.",
    "The service account's password is now {pw}",
    "[10:04] Sam: db password now {pw}",
    "The password got rotated to {pw} this morning.",
])
def test_a_password_said_to_have_changed_to_a_value_is_found(sentence: str) -> None:
    content = fill(sentence) + "\n"
    assert _secrets("notes.txt", content) == [fill("{pw}")]


def test_one_said_in_a_ticket_exports_description_is_found() -> None:
    content = fill("Issue key,Summary,Description\n"
                   'FFC-1236,Reset,"The admin password was reset to {pw} yesterday"\n')
    assert _secrets("export/jira.csv", content) == [fill("{pw}")]


@pytest.mark.parametrize("sentence", [
    "The password was reset to the default value.",
    "The password was changed to meet the new policy.",
    "The password is now required on every form.",
    "Your password now expires after 90 days.",
    "The token was rotated to comply with policy.",
    "The password is now stored in Key Vault.",
    "The password was reset to <temp-password> for the user.",
    "The password was reset to ${{TEMP_PASSWORD}}.",
    "The API key has been rotated to kv-claims-prd/api-key-v2 in the vault.",
    "The password has been changed to something stronger.",
])
def test_what_a_change_was_for_and_placeholders_stay_quiet(sentence: str) -> None:
    assert _secrets("notes.txt", fill(sentence) + "\n") == []
