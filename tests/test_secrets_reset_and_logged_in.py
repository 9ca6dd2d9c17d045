"""Log-ins said in notes, tickets and chats without a word for the secret's role: a
password reset for an account to a value ("reset pwd for <account> to <password>") gives
the password; a log-in done ("logged in as <account> with <password>", "logged into
<app> as …", "signed in as …") gives the password and its account, as a tried one does."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("line", [
    "Reset pwd for {user} to {pw}",
    "reset password for {user} to {pw} as requested",
    "Reset the password for `{user}` to {pw}, change it on first login",
    "reset the pw for the {user} account to {pw}",
])
def test_a_password_reset_for_an_account_to_a_value_is_found(line: str) -> None:
    content = "Support notes\n\n- " + fill(line) + "\n"
    assert ("PASSWORD", fill("{pw}")) in _found("notes/support.md", content)


@pytest.mark.parametrize("line", [
    "Logged in as {user} with {pw}",
    "logged into grafana as {user} with {pw} to check the fix",
    "Signed in as {user} with {pw}, works now",
])
def test_a_log_in_done_with_a_password_gives_the_password_and_its_account(line: str) -> None:
    content = fill(line) + "\n"
    assert _found("incident/notes.md", content) == [("USERNAME", fill("{user}")),
                                                   ("PASSWORD", fill("{pw}"))]


def test_both_are_found_in_a_chat_export_and_a_ticket_export() -> None:
    chat = json.dumps([{"type": "message", "user": "U04ABCDE12",
                        "text": fill("logged in as {user} with {pw}, all good")}]) + "\n"
    ticket = ("number,short_description,work_notes\n"
              + fill('INC0012345,Locked out,"Reset password for {user} to {pw} as asked"\n'))
    assert ("PASSWORD", fill("{pw}")) in _found("export/channel.json", chat)
    assert ("PASSWORD", fill("{pw}")) in _found("export/incidents.csv", ticket)


@pytest.mark.parametrize("line", [
    "Logged in as admin with MFA enabled",
    "logged in as the service user with elevated-permissions",
    "When logged in as an administrator with sufficient privileges, open Settings.",
    "logged in as jsmith with SSO (AzureAD)",
    "logged in as ${{DB_USER}} with ${{DB_PASSWORD}}",
    "logged in as admin with <password>",
    "Reset the password for all users to a temporary value",
    "reset password for users to default",
    "Reset pwd for {user} to ********",
    "reset password for {user} to <new-password>",
    "reset password for {user} to ${{NEW_PASSWORD}}",
    "reset password for bob to the value in Key Vault",
])
def test_a_reset_or_log_in_without_a_real_password_stays_quiet(line: str) -> None:
    assert _found("notes/support.md", fill(line) + "\n") == []


def test_a_log_in_in_code_stays_quiet() -> None:
    content = ('log.info("User %s logged in as %s with role %s", user, alias, role)\n'
               "# logged in as admin with superuser_permissions\n")
    assert _found("app/views.py", content) == []
