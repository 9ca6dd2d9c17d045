"""A speaker's preface ("Just to say up front", "I'd like to flag") before a statement of
the meeting's own marking and a handling instruction does not make it a quotation: the
statement marks the transcript. "Let's say", a comparison ("like, …") or a condition
still keep a statement about a level out."""

from __future__ import annotations

import pytest

from conftest import found

HEAD = "Appeals panel - weekly sync\nTranscript\n\nPriya Shah   0:03\n"
TAIL = "\n\nTom Reed   0:15\nNoted.\n"


def markings(said: str) -> list[str]:
    content = f"{HEAD}{said}{TAIL}"
    return found("meetings/sync.txt", content, kind="marking")


@pytest.mark.parametrize("said", [
    "Morning all. Just to say up front, this call is OFFICIAL-SENSITIVE so please don't "
    "share the recording.",
    "Morning. I'd like to flag, this meeting is OFFICIAL-SENSITIVE, so please do not share "
    "the notes.",
])
def test_a_prefaced_statement_of_the_meetings_marking_marks_the_transcript(said: str) -> None:
    assert markings(said) == ["OFFICIAL-SENSITIVE"]


@pytest.mark.parametrize("said", [
    "Let's say this report is OFFICIAL-SENSITIVE, then we would not share it.",
    "It would be like, this report is OFFICIAL-SENSITIVE, so do not share it.",
    "Needless to say, if the extract has names, this extract is OFFICIAL-SENSITIVE, so do "
    "not share it.",
])
def test_a_supposed_or_conditional_statement_stays_quiet(said: str) -> None:
    assert markings(said) == []
