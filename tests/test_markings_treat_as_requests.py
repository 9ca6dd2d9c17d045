"""A request to treat the document as marked ("Please treat this email as
OFFICIAL-SENSITIVE.") marks it, as "This email is OFFICIAL-SENSITIVE." does: anywhere when
it names the document, and "this" or "the attached" alone at its top or foot, or opening a
chat message. Under a condition, beside another level, in a guide's body after a rule, or
"treat this as SECRET" in a code comment (a value), it is not a marking."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


EMAIL = "From: Jane <jane@example.com>\nTo: team@example.com\nSubject: Allocations\n" \
    "MIME-Version: 1.0\nContent-Type: text/plain\n\n"


@pytest.mark.parametrize(("name", "content", "found"), [
    ("mail/allocations.eml", EMAIL + "Hi all,\n\nPlease treat this email as "
     "OFFICIAL-SENSITIVE and do not forward.\n\nThe figures are attached.\n\nJane\n",
     [(9, "OFFICIAL-SENSITIVE")]),
    ("notes/cover.txt", "Please treat the attached as OFFICIAL SENSITIVE.\n\n"
     "The figures are in the annex.\n", [(1, "OFFICIAL SENSITIVE")]),
    ("src/export.py", "# Please treat this file as OFFICIAL-SENSITIVE.\nimport os\n",
     [(1, "OFFICIAL-SENSITIVE")]),
    ("chats/standup.txt", "[10:01] John Smith: morning\n[10:01] John Smith: figures are up\n"
     "[10:01] John Smith: in the folder\n[10:02] Jane Doe: treat this thread as "
     "OFFICIAL-SENSITIVE please\n[10:03] John Smith: ok\n[10:04] John Smith: will do\n"
     "[10:05] John Smith: thanks\n", [(4, "OFFICIAL-SENSITIVE")]),
    ("exports/slack.json", '[\n {"type": "message", "user": "U1", "text": "hi", "ts": "1.0"},\n'
     ' {"type": "message", "user": "U1", "text": "Please treat this thread as '
     'OFFICIAL-SENSITIVE - no screenshots", "ts": "2.0"},\n'
     ' {"type": "message", "user": "U2", "text": "ok", "ts": "3.0"}\n]\n',
     [(3, "OFFICIAL-SENSITIVE")]),
])
def test_a_request_to_treat_the_document_as_marked_marks_it(
        name: str, content: str, found: list[tuple[int, str]]) -> None:
    assert markings(name, content) == found


@pytest.mark.parametrize(("name", "content"), [
    ("mail/rule.eml", EMAIL + "Hi,\n\nTreat this email as OFFICIAL-SENSITIVE if it names "
     "a farm.\n\nJane\n"),
    ("mail/levels.eml", EMAIL + "Hi,\n\nTreat these as OFFICIAL-SENSITIVE or SECRET "
     "depending on content.\n\nJane\n"),
    ("docs/guide.md", "# Guide\n\nText.\n\nMore text.\n\nIf a record names a farmer:\n\n"
     "Treat this as OFFICIAL-SENSITIVE.\n\nText.\n\nMore text.\n\nEnd.\n"),
    ("docs/guide2.md", "# Guide\n\nTreat it as OFFICIAL-SENSITIVE.\n\nText.\n\nMore\n\nEnd\n"),
    ("src/keys.py", "# Treat this as SECRET: never log it.\nKEY_NAME = 'db'\n"),
    ("exports/slack.json", '[\n {"type": "message", "user": "U1", "text": "hi", "ts": "1.0"},\n'
     ' {"type": "message", "user": "U1", "text": "If it names a farm, treat the report as '
     'OFFICIAL-SENSITIVE", "ts": "2.0"},\n'
     ' {"type": "message", "user": "U2", "text": "ok", "ts": "3.0"}\n]\n'),
])
def test_a_rule_or_a_note_about_a_value_is_not_a_request(name: str, content: str) -> None:
    assert markings(name, content) == []
