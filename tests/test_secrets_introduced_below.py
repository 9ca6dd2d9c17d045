"""A secret's word closing its line ("password below:", "The password is:", "Password:") and
the value alone on the next line that holds anything, as e-mails and notes give it; a
placeholder, a mask, a pointer or a rule below is no secret."""

from __future__ import annotations

import pytest

from conftest import found
from secrets_support import fill


def _secrets(name: str, content: str) -> list[str]:
    return found(name, content, kind="secret")


@pytest.mark.parametrize("name, text", [
    ("mail/drop.eml", "From: a@example.com\nSubject: drop\n\nHi,\n\nuser {user}, password below:"
                      "\n\n{pw}\n\nThanks\n"),
    ("notes/box.txt", "Password:\n{pw}\n"),
    ("docs/handover.md", "The password is:\n\n    {pw}\n\nCheers\n"),
])
def test_a_password_on_the_line_below_its_word_is_found(name: str, text: str) -> None:
    assert _secrets(name, fill(text)) == [fill("{pw}")]


@pytest.mark.parametrize("text", [
    "Secret:\nPassword:\nToken:\n",
    "API key:\nSee-Confluence-Page-42\n",
    "Password:\n********\n",
    "password below:\n%{{hiera(db_password)}}\n",
    "The token is:\nhttps://dev.azure.com/defra/_usersSettings/tokens\n",
    "Password:\nN/A\n",
    "The password must contain:\n- at least 12 characters\n",
    "Set the password:\n\n```\nexport DB_PASSWORD=x\n```\n",
    "The password is:\nin Key Vault under kv-claims\n",
    "Enter your password:\nPassword123\n",
])
def test_a_label_a_mask_a_pointer_or_a_rule_below_stays_quiet(text: str) -> None:
    assert _secrets("notes/box.txt", fill(text)) == []
