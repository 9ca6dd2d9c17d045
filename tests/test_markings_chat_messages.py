"""Protective markings: a chat message that opens with its marking (a line of an exported
chat after its time and speaker, the line under a speaker's header, a Slack or Teams
message kept on one line of JSON) is marked wherever it stands in the conversation."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


CHAT = "\n".join(f"[03/04/2024, 09:{i:02d}:05] Tom Reeve: update {i} on the site visits"
                 for i in range(10))


@pytest.mark.parametrize(("message", "value"), [
    ("[03/04/2024, 10:01:00] Priya Shah: OFFICIAL-SENSITIVE - contract values below",
     "OFFICIAL-SENSITIVE"),
    ("2024-04-03 10:01 <pshah> OFFICIAL-SENSITIVE [COMMERCIAL]",
     "OFFICIAL-SENSITIVE [COMMERCIAL]"),
    ("03/04/2024, 10:01 - Priya Shah: OFFICIAL-SENSITIVE: pricing for lot 2",
     "OFFICIAL-SENSITIVE"),
    ("Priya Shah  10:01\nOFFICIAL-SENSITIVE: contract values below", "OFFICIAL-SENSITIVE"),
    ("[10:01] Priya Shah: SECRET - do not forward", "SECRET"),
])
def test_a_chat_message_opening_with_its_marking_is_marked_mid_conversation(
        message: str, value: str) -> None:
    content = f"{CHAT}\n{message}\n{CHAT}\n"
    assert [v for _, v in markings("chats/site-visits.txt", content)] == [value]


@pytest.mark.parametrize("message", [
    "[03/04/2024, 10:01:00] Priya Shah: SECRET: the values live in Key Vault",
    "[03/04/2024, 10:02:00] Tom Reeve: TOP SECRET!",
    "[03/04/2024, 10:02:00] Tom Reeve: OFFICIAL-SENSITIVE data needs the approval first?",
    "[03/04/2024, 10:03:00] Tom Reeve: SECRET santa is on friday",
    "[03/04/2024, 10:01:00] Priya Shah: what does OFFICIAL-SENSITIVE mean for test data?",
    "[03/04/2024, 10:01:00] Priya Shah: SECRET - the client secret expired",
    "10:30 Chair: OFFICIAL-SENSITIVE handling was discussed at length",
    "10:31 Chair: OFFICIAL-SENSITIVE: add the banner at the top and the bottom",
    "A: OFFICIAL-SENSITIVE - means the team needs approval first",
])
def test_a_chat_message_about_markings_or_secrets_is_quiet(message: str) -> None:
    content = f"{CHAT}\n{message}\n{CHAT}\n"
    assert markings("chats/site-visits.txt", content) == []


def test_a_logs_level_is_no_speaker() -> None:
    content = "".join(f"12:00:0{i} INFO: step {i}\n" for i in range(5)) \
        + "12:00:06 WARN: OFFICIAL-SENSITIVE - document blocked\n" \
        + "".join(f"12:00:1{i} INFO: step {i}\n" for i in range(5))
    assert markings("logs/scanner.log", content) == []


def test_a_transcripts_speaker_stating_the_meetings_marking_marks_it() -> None:
    content = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Chair>This meeting is "
               "OFFICIAL-SENSITIVE, please do not share the recording.\n\n"
               "00:00:05.000 --> 00:00:08.000\n<v Sam>Thanks.\n")
    assert markings("meetings/review.vtt", content) == [(4, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("content", "line", "value"), [
    ('[\n  {"type": "message", "user": "U02ABCDEF", "text": "OFFICIAL-SENSITIVE: summary of '
     'the incident review attached, please do not forward", "ts": "1712131415.000100"}\n]\n',
     2, "OFFICIAL-SENSITIVE"),
    ('[\n  {\n    "type": "message",\n    "text": "OFFICIAL-SENSITIVE [COMMERCIAL] - pricing '
     'for lot 2 attached",\n    "ts": "1712131415.000100"\n  }\n]\n', 4,
     "OFFICIAL-SENSITIVE [COMMERCIAL]"),
    ('{"value": [{"messageType": "message", "createdDateTime": "2024-04-03T09:14:00Z", '
     '"body": {"contentType": "text", "content": "OFFICIAL-SENSITIVE: site visit notes '
     'attached, do not forward"}}]}\n', 1, "OFFICIAL-SENSITIVE"),
])
def test_an_exported_message_on_one_json_line_opening_with_its_marking_is_marked(
        content: str, line: int, value: str) -> None:
    assert markings("exports/channel.json", content) == [(line, value)]


@pytest.mark.parametrize("content", [
    '{"banner": {"text": "OFFICIAL-SENSITIVE"}}\n',  # a component's label
    '[\n  {"type": "message", "text": "SECRET: the client secret rotates on Friday"},\n'
    '  {"type": "message", "text": "OFFICIAL-SENSITIVE data must not go into the sandbox"},\n'
    '  {"type": "message", "text": "does the OFFICIAL-SENSITIVE rule apply to test data?"},\n'
    '  {"type": "message", "text": "Top Secret (1984) is on tonight"}\n]\n',
    # an application's messages about markings, not a chat's
    '{\n  "UPLOAD_BLOCKED": {\n    "message": "OFFICIAL-SENSITIVE: documents need approval '
    'before upload"\n  }\n}\n',
    '{"errors": [{"code": 403, "message": "OFFICIAL-SENSITIVE - access denied for this '
    'user"}]}\n',
    '{"notifications": [{"body": "OFFICIAL-SENSITIVE: your upload was blocked"}]}\n',
])
def test_an_exported_label_or_message_about_markings_is_quiet(content: str) -> None:
    assert markings("exports/channel.json", content) == []
