"""A secret said with an arrow between its word and its value ("pwd for <account> ->
<value>"), credentials joined by "&" ("creds: <account> & <password>"), and a network's name
before a service pair's slash ("Wifi: <Network> / <password>"), which is no account."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("line", [
    "- pwd for {user} -> {pw}",
    "- the bastion password => {pw}",
    "- db password \u2192 {pw}",
])
def test_a_password_after_an_arrow_is_found(line: str) -> None:
    assert ("PASSWORD", fill("{pw}")) in _found("docs/standup.md", fill(line) + "\n")


def test_credentials_joined_by_an_ampersand_give_both() -> None:
    content = fill("- staging creds in chat: {user} & {pw}\n")
    assert _found("docs/standup.md", content) == [("USERNAME", fill("{user}")),
                                                  ("PASSWORD", fill("{pw}"))]


def test_a_networks_name_before_a_slash_is_no_account() -> None:
    content = fill("- Wifi: DefraGuest / {pw}\n")
    assert _found("docs/standup.md", content) == [("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("line", [
    "- Change password -> Settings > Security",
    "- token -> refresh_token -> access_token",
    "- Password -> ${{DB_PASSWORD}}",
    "- Forgot password -> /account/reset-password",
    "- password => hashPassword(password)",
    "- creds: Alice & Bob",
    "- credentials: read & write",
    "- Password -> PasswordValidator.Validate()",
])
def test_a_menu_path_a_flow_or_a_call_after_an_arrow_stays_quiet(line: str) -> None:
    assert _found("docs/standup.md", fill(line) + "\n") == []
