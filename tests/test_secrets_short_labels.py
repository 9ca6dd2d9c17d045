"""A log-in noted with one letter for each word, in a chat, a note or a chat export's
message ("u: <user> p: <password>", "u: <user> / p: <password>", "u/p: <user> /
<password>"), gives its password and, beside a real password, its account. A weak or
placeholder password, and code's one-letter names (``lambda p: …``), stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize(("name", "line"), [
    ("chat.txt", "[10:02] Priya: staging box u: {user} p: {pw}"),
    ("chat.txt", "[10:04] Priya: db creds u: {user} / p: {pw}"),
    ("chat.txt", "[10:05] Sam: u/p: {user} / {pw}"),
    ("notes.md", "- Staging: u: {user} p: {pw}"),
    ("export/messages.json",
     '[{{"type": "message", "user": "U04ABCDEF", "text": "box u: {user} p: {pw}",'
     ' "ts": "1700000000.000100"}}]'),
])
def test_a_log_in_noted_with_one_letter_labels_gives_account_and_password(
        name: str, line: str) -> None:
    content = fill(line) + "\n"
    assert _found(name, content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize(("name", "line"), [
    ("chat.txt", "[10:06] Sam: u: admin p: changeme"),
    ("chat.txt", "[10:07] Sam: u: <user> p: <password>"),
    ("chat.txt", "[10:10] Sam: u: jo p: ********"),
    ("chat.txt", "[10:08] Sam: sort with lambda p: p.name"),
    ("notes.md", "Menu: File p: Print"),
    ("sort.py", "names = sorted(people, key=lambda p: p.surname)"),
])
def test_placeholders_and_one_letter_names_in_code_stay_quiet(name: str, line: str) -> None:
    assert _found(name, line + "\n") == []
