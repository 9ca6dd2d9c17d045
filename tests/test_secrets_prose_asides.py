"""In a sentence, an unquoted value ends before the mark that ends the sentence or closes
its aside: "(user: <account>)", "(password: <password>).", "The password: <password>." give
the account and the password without the brackets and stops (an ellipsis stays, as it says
the value was cut short). Words, types and placeholders in an aside stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned("docs/runbook.md", content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("sentence", [
    "The nightly job connects to the warehouse (user: {user}) with the key in the vault.",
    "Connect with (username: {user}).",
])
def test_an_account_in_an_aside_is_a_user_name(sentence: str) -> None:
    content = fill(sentence) + "\n"
    assert _found(content) == [("USERNAME", fill("{user}"))]


@pytest.mark.parametrize("sentence", [
    "The password: {pw}.",
    "It runs as the service account (password: {pw}).",
    "It runs as the service account (user: {user}, password: {pw}).",
])
def test_a_password_in_a_sentence_ends_before_its_closing_marks(sentence: str) -> None:
    content = fill(sentence) + "\n"
    passwords = [value for type_, value in _found(content) if type_ == "PASSWORD"]
    assert passwords == [fill("{pw}")]


@pytest.mark.parametrize("sentence", [
    "The endpoint returns the owner (user: string) of the record.",
    "Log in as the default account (user: admin).",
    "Use your own account (user: <your-username>).",
    "Set the field (username: required) before saving.",
    "Run as the caller (user: $USER).",
    "The key is cut short in the log (password: Tq7...).",
])
def test_words_types_and_placeholders_in_an_aside_stay_quiet(sentence: str) -> None:
    assert _found(sentence + "\n") == []
