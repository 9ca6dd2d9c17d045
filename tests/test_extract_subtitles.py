"""Transcripts (.vtt, .srt): what was said is scanned on its raw line; timings are not."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, Text

EMAIL = "m.okonkwo.2290@gmail.com"

VTT = f"""WEBVTT

1
00:00:00.000 --> 00:00:04.500 align:start
<v Researcher>Thanks for joining.

2
00:00:04.500 --> 00:00:09.100
<v.loud Ngozi Okonkwo>You can write to <i>{EMAIL}</i> &amp; me.

NOTE the participant asked us to delete this
"""

SRT = f"""1
00:00:00,000 --> 00:00:04,500
RESEARCHER: Thanks for joining.

2
00:00:04,500 --> 00:00:09,100
PARTICIPANT: <b>{EMAIL}</b> is best.
"""


def only_text(path: str, content: str) -> Text:
    parts = extract(Blob(path, content.encode()))
    assert isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], Text)
    return parts[0]


@pytest.mark.parametrize(("path", "content", "line"), [("call.vtt", VTT, 9), ("call.srt", SRT, 7)])
def test_email_said_in_a_transcript_is_reported_on_its_raw_line(
        repo: Repo, cli: Any, path: str, content: str, line: int) -> None:
    repo.write(path, content)
    run = cli("scan", "--format", "json", path)
    assert run.code == 1
    [found] = [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]
    assert found["line"] == line
    assert content.splitlines()[line - 1].count(EMAIL) == 1


def test_speaker_tags_read_as_names_in_place_and_markup_is_blanked() -> None:
    text = only_text("call.vtt", VTT)
    lines = text.text.split("\n")
    assert len(lines) == len(VTT.split("\n"))
    raw = VTT.split("\n")
    # each speaker's name stays at its column on the raw line, so a finding points at it
    assert lines[4].lstrip().startswith("Researcher:")
    assert lines[4].index("Researcher") == raw[4].index("Researcher")
    assert lines[8].lstrip().startswith("Ngozi Okonkwo:")
    assert lines[8].index("Ngozi") == raw[8].index("Ngozi")
    assert "<i>" not in lines[8] and "&amp;" not in lines[8] and "& me" in lines[8]
    assert text.syntax == "vtt"


@pytest.mark.parametrize(("path", "content"), [("call.vtt", VTT), ("call.srt", SRT)])
def test_timings_and_cue_numbers_are_not_scanned(path: str, content: str) -> None:
    text = only_text(path, content).text
    assert "-->" not in text and "00:00" not in text
    assert not any(line.strip().isdigit() for line in text.split("\n"))


def test_notes_are_scanned_as_said() -> None:
    assert "participant asked us to delete" in only_text("call.vtt", VTT).text


def test_style_blocks_are_not_scanned() -> None:
    content = "WEBVTT\n\nSTYLE\n::cue { color: #000000 }\n\n1\n00:00.000 --> 00:01.000\nhi\n"
    text = only_text("call.vtt", content).text.split("\n")
    assert text[3] == "" and text[7] == "hi"


def test_binary_junk_named_vtt_is_scanned_for_strings(repo: Repo, cli: Any) -> None:
    repo.write("broken.vtt", b"\x00\xff\x00" + EMAIL.encode() + b"\x00\x00\x01")
    run = cli("scan", "--format", "json", "broken.vtt")
    assert run.code == 1
    assert run.json["findings"][0]["type"] == "EMAIL_ADDRESS"
