"""A chat's question that asks for a password by its short name ("anyone got the staging db
pw?") is a question for a secret as "password?" is: the next message, when it is the secret
alone, is that secret. An answer that points elsewhere stays quiet."""

from __future__ import annotations

from conftest import raw, scanned
from secrets_support import fill


def _secrets(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.kind == "secret"]


def _export(answer: str) -> str:
    return fill(
        '[\n'
        '  {{"type": "message", "user": "U04ABCDEF", "text": "anyone got the staging db pw?",'
        ' "ts": "1700000000.000100"}},\n'
        '  {{"type": "message", "user": "U04ABCDEG", "text": "' + answer + '",'
        ' "ts": "1700000001.000100"}}\n'
        ']\n')


def test_the_answer_to_a_question_for_a_pw_is_the_password() -> None:
    content = _export("{pw}")
    assert _secrets("export/dev.json", content) == [fill("{pw}")]


def test_the_answer_to_a_question_for_a_pw_in_a_transcript_is_the_password() -> None:
    content = fill("[10:02] Sam: anyone got the staging db pw?\n[10:03] Alex: {pw}\n")
    assert _secrets("notes/standup.md", content) == [fill("{pw}")]


def test_an_answer_that_points_elsewhere_stays_quiet() -> None:
    assert _secrets("export/dev.json", _export("check-the-key-vault")) == []
