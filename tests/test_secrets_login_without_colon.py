"""A log-in noted with no colon, the account straight after the word and the password after
a slash ("login <account> / <password>"), gives its password and its account, in notes and
in a chat's or a ticket's message. A route, a page's name, a placeholder or a product's
own account with a weak password is no log-in."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("line", [
    "Staging box: login {user} / {pw}",
    "- sftp login {user}/{pw} until Friday",
    "use the logon {user} / {pw} for the jump host",
])
def test_a_login_noted_without_a_colon_gives_its_account_and_password(line: str) -> None:
    content = fill(line) + "\n"
    assert _found("docs/handover.md", content) == [("USERNAME", fill("{user}")),
                                                   ("PASSWORD", fill("{pw}"))]


def test_a_login_in_a_chat_message_is_found() -> None:
    content = fill('{{"ts": "1700000000.1", "text": "prod login {user} / {pw} fyi"}}\n')
    assert ("PASSWORD", fill("{pw}")) in _found("export/general.json", content)


@pytest.mark.parametrize("line", [
    "POST /acme/login HTTP/1.1",
    "The login page / dashboard redesign ships in sprint 4.",
    "See the login flow / SSO diagrams.",
    "login <user> / <password>",
    "login admin / changeme",
    "login with your account / the password from the vault",
])
def test_routes_pages_and_placeholders_stay_quiet(line: str) -> None:
    assert _found("docs/handover.md", line + "\n") == []


def test_a_login_in_code_is_not_read_as_a_note() -> None:
    content = fill('router.post("/login {user}/{pw}", handler)\n')
    assert _found("src/routes.ts", content) == []
