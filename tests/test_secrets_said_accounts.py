"""A log-in said as a pair names its account with other words than "user": "account <name>
/ pass: <password>", "acct <name> pwd <password>", "User ID: <name> PW: <password>". The
account is a user name beside a real password; policy text and placeholders stay quiet,
and the word "account" in code names nothing."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("line", [
    "Admin account {user} / pass: {pw}",
    "account: {user} password: {pw}",
    "User ID: {user} PW: {pw}",
    "acct {user} pwd {pw}",
])
def test_an_account_said_beside_its_password_is_a_user_name(line: str) -> None:
    content = fill(line) + "\n"
    assert _found("notes/handover.md", content) == [("USERNAME", fill("{user}")),
                                                   ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("line", [
    "The account lockout policy: password attempts limited to 5",
    "account settings, password reset page",
    "Your account {user} password must be changed",
    "account svc_x / password: changeme",
])
def test_policy_text_and_weak_passwords_name_no_account(line: str) -> None:
    assert _found("notes/handover.md", fill(line) + "\n") == []


def test_an_account_key_in_code_is_judged_as_before() -> None:
    content = 'account = get_account(name)\nkey = lookup(account)\n'
    assert _found("src/accounts.py", content) == []
