"""TOP SECRET leading a document's head or foot, or a chat message, then a handling
instruction and more sentences ("TOP SECRET - do not forward. The list of sites is in the
shared drive.") marks it, as OFFICIAL-SENSITIVE does. A bare SECRET there may name a value,
and TOP SECRET told of as a thing ("Do not share it with anyone") stays quiet."""

from __future__ import annotations

import pytest

from conftest import found

LINE = "TOP SECRET - do not forward. The list of sites is in the shared drive."


def markings(name: str, content: str) -> list[str]:
    return found(name, content, kind="marking")


@pytest.mark.parametrize(("name", "content"), [
    ("notes/sites.txt", f"{LINE}\n\nSites are listed below.\n"),
    ("chats/sync.txt", f"[09:02] Priya Shah\n{LINE}\n[09:03] Tom Reed\nThanks.\n"),
    ("notes/sites.md", f"Sites\n\nSites are listed below.\n\n{LINE}\n"),
])
def test_top_secret_then_a_handling_sentence_marks(name: str, content: str) -> None:
    assert markings(name, content) == ["TOP SECRET"]


@pytest.mark.parametrize("content", [
    "TOP SECRET. Do not share it with anyone.\n\nThe surprise is on Friday.\n",
    "SECRET. Do not share it. The value is in Key Vault.\n\nMore.\n",
    "SECRET - do not forward. The token is in the vault.\n\nMore.\n",
])
def test_secret_or_a_thing_told_of_stays_quiet(content: str) -> None:
    assert markings("notes/plan.txt", content) == []
