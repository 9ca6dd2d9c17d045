"""A password said before the words that say what it is ("<value> is the password for the
reporting db"), in notes and code comments; a product or a field named for passwords ("…
is the password manager", "… is the password field") is none."""

from __future__ import annotations

import pytest

from conftest import found
from secrets_support import fill


def _secrets(name: str, content: str) -> list[str]:
    return found(name, content, kind="secret")


@pytest.mark.parametrize("line", [
    "{pw} is the password for the reporting db",
    "FYI `{pw}` is the admin password on jenkins.",
    "{pw} was our old wifi password",
])
def test_a_password_said_before_its_word_is_found(line: str) -> None:
    assert _secrets("docs/handover.md", fill(line) + "\n") == [fill("{pw}")]


def test_a_password_said_before_its_word_in_a_comment_is_found() -> None:
    content = fill("# {pw} is the password for the reporting db\nx = 1\n")
    assert _secrets("app/report.py", content) == [fill("{pw}")]


@pytest.mark.parametrize("line", [
    "KeePass is the password manager we use",
    "Bitwarden is our password manager.",
    "This is the password field on the sign-in page",
    "DB_PASSWORD is the password variable",
    "`${{DB_PASSWORD}}` is the password for the reporting db",
    "<password> is the password you chose",
    "changeme is the default password, change it",
    "{pw} is the passwords policy",
])
def test_a_name_a_field_or_a_placeholder_before_the_word_stays_quiet(line: str) -> None:
    assert _secrets("docs/handover.md", fill(line) + "\n") == []
