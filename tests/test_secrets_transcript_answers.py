"""A meeting transcript's question for a password answered in the next cue ("Sure, it's
<value>"): the cue's timing and the blank line between are passed over, and a speaker's
words after their name are read as a chat's answer is."""

from __future__ import annotations

import pytest

from conftest import found
from secrets_support import fill


def _secrets(name: str, content: str) -> list[str]:
    return found(name, content, kind="secret")


def _vtt(question: str, answer: str) -> str:
    return ("WEBVTT\n\n00:01:07.000 --> 00:01:10.000\n<v Tom Reed>" + question + "\n\n"
            "00:01:11.000 --> 00:01:15.000\n<v Priya Shah>" + answer + "\n")


@pytest.mark.parametrize("answer", ["Sure, it is {pw}", "it's {pw}", "{pw}"])
def test_a_password_given_in_the_next_cue_is_found(answer: str) -> None:
    content = _vtt("Sorry, can you spell the password?", fill(answer))
    assert _secrets("meetings/standup.vtt", content) == [fill("{pw}")]


@pytest.mark.parametrize("answer", ["Sure, it's in Key Vault", "I'll send it on Teams",
                                    "Sure, it is ********"])
def test_an_answer_that_is_no_password_stays_quiet(answer: str) -> None:
    content = _vtt("Can you share the password?", answer)
    assert _secrets("meetings/standup.vtt", content) == []
