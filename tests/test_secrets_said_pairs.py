"""A log-in said in a chat or a note as its words alone, "username <account> password
<password>", "user <account> pass <password>", "user <account> with password <password>", "db
user is <account>, pass is <password>":
the password is a secret and the account, beside a real password, a user name. Words that
only name the fields, or a weak or placeholder password, stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.type in ("USERNAME", "PASSWORD")]


@pytest.mark.parametrize(("name", "sentence"), [
    ("chat.txt", "[09:15] Tom: username {user} password {pw}"),
    ("chat.txt", "Tom: user {user} pass {pw}"),
    ("notes.md", "- Staging: login {user} password {pw}"),
    ("handover.md", "Use username {user} with password {pw} for the portal."),
    ("chat.txt", "[09:07] Priya: db user is {user}, pass is {pw}"),
    ("chat.txt", "[09:04] Priya: the app login is {user} and the pw is {pw}"),
    ("call.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n"
                 "<v Alex>the login is username {user} password {pw}"),
])
def test_an_account_and_its_password_said_as_words_are_both_found(name: str,
                                                                  sentence: str) -> None:
    content = fill(sentence) + "\n"
    assert _found(name, content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("sentence", [
    "Enter your username and password on the sign-in page.",
    "The username field and password field are both required.",
    "See the user guide password section for the rules.",
    "user interface password strength meter is in the design system",
    "Log in with username admin password admin on the local stack.",
    "username <your-user> password <your-password>",
    "username {user} password ********",
    "Add `machine api.example.com login jane password s3cr3tPa55` to ~/.netrc.",
    "The user story password-reset-v2 is in sprint 14.",
    "The username is required and the password is hashed with bcrypt.",
    "user is locked out, password reset sent",
])
def test_field_names_and_placeholder_log_ins_said_as_words_stay_quiet(sentence: str) -> None:
    content = fill(sentence) + "\n"
    assert _found("chat.txt", content) == []


def test_a_noun_after_the_user_word_is_no_account() -> None:
    content = fill("Tested the user journey password {pw} on staging.") + "\n"
    assert _found("notes.md", content) == [("PASSWORD", fill("{pw}"))]
