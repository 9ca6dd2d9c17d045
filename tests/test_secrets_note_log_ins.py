"""Log-ins written in notes and proxies' user lists: "p/w" as a password's word, a log-in
tried with a password and no word for it ("tried user <account> with <password>"), HAProxy's
userlist keeping a user's crypt hash after ``password``, and a JWT reported whole, its
signature included."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("line", [
    "sftp: files.internal pw {pw}",
    "ftp box: files.internal p/w {pw}",
    "p/w: {pw}",
    "NAS P/W - {pw}",
])
def test_a_password_after_pw_or_p_slash_w_in_notes_is_found(line: str) -> None:
    content = "Handover notes\n" + fill(line) + "\n"
    assert ("PASSWORD", fill("{pw}")) in _found("notes/handover.txt", content)


@pytest.mark.parametrize("line", [
    "Tried user {user} with {pw} but it was locked",
    "tried the {user} account with {pw}, no luck",
    "Tried to log in as {user} with {pw} to check the logs",
    "Tried logging into grafana as {user} with {pw}",
])
def test_a_log_in_tried_with_a_password_gives_the_password_and_its_account(line: str) -> None:
    content = fill(line) + "\n"
    assert _found("incident/notes.md", content) == [("USERNAME", fill("{user}")),
                                                   ("PASSWORD", fill("{pw}"))]


def test_a_log_in_tried_in_a_chat_export_message_is_found() -> None:
    message = fill("tried user {user} with {pw} on the replica, still failing")
    content = json.dumps([{"type": "message", "user": "U04ABCDE12", "text": message}],
                         indent=1) + "\n"
    assert ("PASSWORD", fill("{pw}")) in _found("export/channel.json", content)


@pytest.mark.parametrize("line", [
    "tried deploying with --force-recreate again",
    "tried user bob with sudo rights",
    "tried the admin account with MFA enabled",
    "Tried logging in as {user} with the break-glass account",
    "tried user {user} with ${{DB_PASSWORD}}",
    "tried logging in as {user} with password123",
    "Login with GitHub / Microsoft accounts",
])
def test_a_tried_log_in_without_a_real_password_stays_quiet(line: str) -> None:
    assert [t for t, _ in _found("incident/notes.md", fill(line) + "\n")
            if t != "USERNAME"] == []


def test_a_tried_log_in_in_code_is_no_sentence() -> None:
    content = fill('log.info("tried user %s with %s", user, "{pw}")\n')
    assert [t for t, _ in _found("app/login.py", content) if t == "USERNAME"] == []


_SHA512_CRYPT = "$6$rounds=5000$Zq8vR2xL0pW4nT6y$" + ("B1cFKd93Lmq" * 8)[:86]


def test_a_haproxy_users_crypt_hash_is_found_with_its_user() -> None:
    content = fill("userlist admins\n  user {user} password ") + _SHA512_CRYPT + "\n"
    assert _found("haproxy/haproxy.cfg", content) == [("USERNAME", fill("{user}")),
                                                     ("PASSWORD_HASH", _SHA512_CRYPT)]


def test_a_haproxy_user_with_no_password_stays_quiet() -> None:
    content = fill("userlist admins\n  user {user} groups admin\n")
    assert _found("haproxy/haproxy.cfg", content) == []


def test_a_jwt_is_reported_whole_with_its_signature() -> None:
    content = fill('const token = "{jwt}";\n')
    assert _found("src/client.js", content) == [("JSON_WEB_TOKEN", fill("{jwt}"))]


@pytest.mark.parametrize("line", [
    "Creds for the SFTP drop: {user} {pw}",
    "credentials: `{user}` `{pw}`",
])
def test_credentials_given_as_account_and_password_with_a_space_are_found(line: str) -> None:
    content = fill(line) + "\n"
    assert _found("notes/handover.md", content) == [("USERNAME", fill("{user}")),
                                                   ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("line", [
    "Credentials: see the vault entry kv-claims-prd",
    "credentials: AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY",
    "Credentials for the box: {user} ${{SFTP_PASSWORD}}",
    "credentials: stored {pw} somewhere else",
])
def test_credentials_words_without_an_account_and_a_password_stay_quiet(line: str) -> None:
    assert [t for t, _ in _found("notes/handover.md", fill(line) + "\n")
            if t != "USERNAME"] == []


def test_a_password_said_for_a_box_after_pw_at_a_lines_start_is_found() -> None:
    content = fill("PW for the old Jenkins box: {pw}\n")
    assert _found("notes/handover.txt", content) == [("PASSWORD", fill("{pw}"))]


def test_a_log_in_with_an_account_and_a_password_is_found() -> None:
    content = fill("Attempted login with {user} / {pw}\n")
    assert _found("incident/notes.md", content) == [("USERNAME", fill("{user}")),
                                                   ("PASSWORD", fill("{pw}"))]


def test_credentials_with_a_space_in_a_chat_messages_html_are_found() -> None:
    message = fill("<p>Creds for the SFTP drop: {user} {pw}</p>")
    content = json.dumps({"messages": [{"body": {"content": message}}]}, indent=1) + "\n"
    assert _found("export/teams.json", content) == [("USERNAME", fill("{user}")),
                                                   ("PASSWORD", fill("{pw}"))]

