"""Protective markings: a text held in a YAML value quoted on its key's line (a GOV.UK Notify
template's body, a message's text) is read as the document it is, as a JSON string's is."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("content", "expected"), [
    # double quotes, its lines written as "\n" escapes
    ('templates:\n  - id: referral\n'
     '    body: "OFFICIAL-SENSITIVE\\n\\nDear ((name)),\\n\\nWe have your referral."\n',
     [(3, "OFFICIAL-SENSITIVE")]),
    # Notify's inset text before it
    ('body: "^ OFFICIAL-SENSITIVE\\n\\nDear ((name)),\\n\\nYour inspection is booked."\n',
     [(1, "OFFICIAL-SENSITIVE")]),
    # its quote left open, the letter on the lines below
    ("templates:\n  - id: reminder\n    body: 'OFFICIAL-SENSITIVE\n\n"
     "      Dear ((name)), your inspection is on ((date)).'\n", [(3, "OFFICIAL-SENSITIVE")]),
    ('body: "OFFICIAL-SENSITIVE\n\n  Dear ((name)), your case has been updated."\n',
     [(1, "OFFICIAL-SENSITIVE")]),
])
def test_a_quoted_yaml_text_headed_by_a_marking_is_marked(
        content: str, expected: list[tuple[int, str]]) -> None:
    assert markings("notify/templates.yaml", content) == expected


@pytest.mark.parametrize("content", [
    # a one-line value is a label or a setting
    'banner_text: "OFFICIAL-SENSITIVE"\n',
    # a help text that lists the levels
    'help: "Choose a level:\\nOFFICIAL\\nOFFICIAL-SENSITIVE\\nSECRET"\n',
    # a sentence about a level, and a rule's message that reports one
    'error: "OFFICIAL-SENSITIVE documents cannot be uploaded.\\nContact support."\n',
    'message: "Found OFFICIAL-SENSITIVE\\nRemove the file."\n',
    # SECRET heading a text is a note about a value, as in JSON
    'secret_help: "SECRET\\nThe client secret, write-only."\n',
    "hint: 'Documents marked OFFICIAL-SENSITIVE\n  need approval.'\n",
])
def test_a_quoted_yaml_text_that_only_mentions_a_marking_is_not_marked(content: str) -> None:
    assert markings("config/messages.yaml", content) == []


def test_a_translation_catalogues_quoted_text_is_page_text() -> None:
    assert markings("locales/en.yml",
                    'en:\n  banner: "OFFICIAL-SENSITIVE\\nDo not share."\n') == []


def test_a_message_that_reports_a_marking_found_is_not_marked() -> None:
    # "Found …" says what a check found, as "Detected …" does: a sentence, not a header
    assert markings("rules/os.json",
                    '{"message": "Found OFFICIAL-SENSITIVE\\nRemove the file."}\n') == []
