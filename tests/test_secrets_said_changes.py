"""Passwords said in a runbook's or a ticket's sentences: one a password was changed to
("reset the password to …"), one after a possessive ("the password's …"), and a log-in
written as "Login: <account> / <password>" or "creds are admin / <password>" (a product's
own account still gives its password). Sentences about a password with no value in them
stay quiet."""

from __future__ import annotations

import pytest

from conftest import found
from secrets_support import fill


def _secrets(content: str) -> list[str]:
    return found("runbook.md", content, kind="secret")


@pytest.mark.parametrize("sentence", [
    "Reset the password to {pw} and told the user.",
    "We changed their password to {pw} yesterday.",
    "Sam: the password's {pw} for now.",
    "Login: {user} / {pw}",
    "Admin creds are admin / {pw}",
])
def test_a_password_said_in_a_sentence_is_found(sentence: str) -> None:
    content = fill(sentence) + "\n"
    assert _secrets(content) == [fill("{pw}")]


@pytest.mark.parametrize("sentence", [
    "The password's length must be at least 12 characters.",
    "The token's expiry is one hour; the key's rotation is yearly.",
    "Reset the password to the default and ask them to change it.",
    "We changed the api key to the new one issued by the portal.",
    "Update the password to meet the new policy.",
    "Login: see the SSO page / ask ops",
    "The credentials are in Key Vault / ask the platform team.",
    "Login: jane.doe / <password>",
    "Changed the password to ********",
])
def test_a_sentence_about_a_password_with_no_value_is_quiet(sentence: str) -> None:
    assert _secrets(sentence + "\n") == []
