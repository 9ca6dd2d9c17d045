"""A speaker's sentence that gives the meeting its marking counts when a handling
instruction follows it, however it is spelt: "don't share" and the same with a curly
apostrophe (as Teams writes it) as "do not share", and after "so" as after a comma. A
clause under a condition, or a question about the level, still does not."""

from __future__ import annotations

import pytest

from conftest import scanned


def transcript(said: str) -> str:
    return ("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n" + said + "\n\n"
            "00:00:06.000 --> 00:00:09.000\n<v Priya Shah>Understood.\n\n"
            "00:00:10.000 --> 00:00:12.000\n<v Priya Shah>Next item.\n")


def markings(said: str) -> list[str]:
    return [f.value for f in scanned("meetings/review.vtt", transcript(said))
            if f.kind == "marking"]


@pytest.mark.parametrize("said", [
    "<v Sam Carter>Before we start, this meeting is OFFICIAL-SENSITIVE, so please don't "
    "share the recording.",
    "<v Sam Carter>This meeting is OFFICIAL-SENSITIVE, so please don\u2019t share the "
    "recording.",
])
def test_a_speakers_marking_then_a_contracted_handling_instruction_marks_it(said: str) -> None:
    assert markings(said) == ["OFFICIAL-SENSITIVE"]


@pytest.mark.parametrize("said", [
    "<v Sam Carter>If a file names a farm, this meeting is OFFICIAL-SENSITIVE, so don't "
    "share it.",
    "<v Sam Carter>I think this meeting is OFFICIAL-SENSITIVE, is it? Don't know.",
])
def test_a_condition_or_a_question_about_the_level_is_not_a_marking(said: str) -> None:
    assert markings(said) == []


def test_a_chat_message_marking_the_chat_then_so_and_an_instruction_marks_it() -> None:
    content = ("[09:12] Sam Carter: heads up, this chat is OFFICIAL-SENSITIVE so don't forward "
               "anything\n[09:13] Priya Shah: ok\n[09:14] Sam Carter: figures are in the drive\n")
    assert [f.value for f in scanned("chats/herds.txt", content) if f.kind == "marking"] \
        == ["OFFICIAL-SENSITIVE"]


def test_a_question_whether_the_chat_is_marked_is_not_a_marking() -> None:
    content = ("[09:12] Sam Carter: is this chat OFFICIAL-SENSITIVE so we cannot use it?\n"
               "[09:13] Priya Shah: if the chat is OFFICIAL-SENSITIVE so be it\n"
               "[09:14] Sam Carter: ok\n")
    assert [f for f in scanned("chats/herds.txt", content) if f.kind == "marking"] == []
