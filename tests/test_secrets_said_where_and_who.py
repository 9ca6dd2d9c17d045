"""Secrets said with where they work or who gave them between the word and the value ("the
root password on the box: <value>", "the api key we were given is <value>"), and credentials
joined by a colon after a label ("Admin creds: admin:<password>"), are found; words,
placeholders and references there stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _secrets(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content) if f.kind == "secret"]


@pytest.mark.parametrize("line", [
    "root password on the box: {pw}",
    "The admin password at the site is {pw}",
    "the password they sent is {pw}",
    "The password we were given is {pw}",
    "Admin creds: admin:{pw}",
    "SFTP credentials: {user}:{pw}",
])
def test_a_password_said_with_where_or_who_or_a_colon_pair_is_found(line: str) -> None:
    content = "Notes\n\n- " + fill(line) + "\n"
    assert ("PASSWORD", fill("{pw}")) in _secrets("notes/handover.md", content)


def test_an_api_key_said_with_who_gave_it_is_found() -> None:
    content = fill("The api key we were given is {secret}\n")
    assert _secrets("notes/handover.md", content) == [("API_KEY", fill("{secret}"))]


@pytest.mark.parametrize("line", [
    "The password on the login page is masked-by-default.",
    "password on the form: required",
    "The key we use is the tenant id.",
    "The token you get is a JWT-encoded blob.",
    "Login: admin:admin",
    "credentials: aws:kms",
    "Credentials: Provider:AzureAD",
    "creds: user:password",
    "Credentials: ${{DB_USER}}:${{DB_PASSWORD}}",
    "The token we were sent is in Key Vault.",
    "The API key on the dashboard: ****************",
])
def test_words_placeholders_and_references_stay_quiet(line: str) -> None:
    assert _secrets("notes/handover.md", fill(line) + "\n") == []
