"""In prose, a name of three parts or more with a secret's own word in it says where a
secret is kept or what it is for ("the password is kv-claims-prd/db-password-v2 in Key
Vault", "API key: Notify-Team-Key-2024 (in Key Vault)"): no secret is in it. A password said
in the same sentence shapes is still found."""

from __future__ import annotations

import pytest

from conftest import found
from secrets_support import fill


def _secrets(content: str) -> list[str]:
    return found("runbook.md", content, kind="secret")


@pytest.mark.parametrize("sentence", [
    "The password is kv-claims-prd/db-password-v2 in Key Vault.",
    "API key: Notify-Team-Key-2024 (in Key Vault)",
    "Password: forgot-password-page-v3",
    "The token is claims_api_token_v2 in the pipeline's library.",
])
def test_a_name_that_holds_a_secrets_word_is_no_secret(sentence: str) -> None:
    assert _secrets(sentence + "\n") == []


@pytest.mark.parametrize(("sentence", "password"), [
    ("The password is {pw} until Friday.", "{pw}"),
    ("password: Hedge-Row-2017!x", "Hedge-Row-2017!x"),
])
def test_a_password_said_in_a_sentence_is_still_found(sentence: str, password: str) -> None:
    assert _secrets(fill(sentence) + "\n") == [fill(password)]
