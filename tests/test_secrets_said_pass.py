""""pass" as a password's word in a sentence, after what it is for: "the prod db pass is
<value>", "vpn pass was <value>". Other passes ("the render pass is GPU-bound", "the
boarding pass is attached") say nothing secret."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _secrets(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content) if f.kind == "secret"]


@pytest.mark.parametrize("line", [
    "the prod db pass is {pw}",
    "FYI the vpn pass was {pw} until Friday",
    "sftp pass is: {pw}",
    "admin pass is `{pw}`",
])
def test_a_pass_said_after_a_log_ins_word_is_a_password(line: str) -> None:
    content = "Handover\n\n" + fill(line) + "\n"
    assert _secrets("notes/handover.md", content) == [("PASSWORD", fill("{pw}"))]


def test_it_is_found_in_a_chat_message_and_a_code_comment() -> None:
    chat = json.dumps([{"type": "message", "user": "U04ABCDE12",
                        "text": fill("the prod db pass is <b>{pw}</b>")}]) + "\n"
    code = fill("# the staging db pass is {pw}\nconnect()\n")
    assert _secrets("export/channel.json", chat) == [("PASSWORD", fill("{pw}"))]
    assert _secrets("app/db.py", code) == [("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("line", [
    "The boarding pass is attached to the email.",
    "The render pass is GPU-bound on Windows11.",
    "The first pass is O(n^2) but the second pass is cached.",
    "The hall pass is: blue-ticket",
    "the prod db pass is ${{DB_PASSWORD}}",
    "the prod db pass is <password>",
    "the prod db pass is in KeyVault",
    "# the lint pass is noqa-E501 safe",
])
def test_other_passes_and_unreal_values_stay_quiet(line: str) -> None:
    assert _secrets("notes/handover.md", line + "\n") == []
