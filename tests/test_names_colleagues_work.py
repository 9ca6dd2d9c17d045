"""PERSON: a given name and a surname the lists do not know before a colleague's work
("<Given> <Unknown>'s demo", slides, walkthrough) and before "is working on". The names
are made up from common given names and invented surnames; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("content", "expected"), [
    ("## Went well\n- Oliver Pellingham's demo was great\n", ["Oliver Pellingham"]),
    ("## Went well\n- Thanks for Nadia Marlowby's walkthrough\n", ["Nadia Marlowby"]),
    ("Stand-up\nRhys Drewitt is working on the API\n", ["Rhys Drewitt"]),
])
def test_a_colleague_with_an_unknown_surname_and_their_work(content: str,
                                                            expected: list[str]) -> None:
    assert people("retro.md", content) == expected


@pytest.mark.parametrize("content", [
    "## Notes\n- Windows Server's notes on patching\n",
    "## Notes\n- Georgia Tech's slides\n",
    "## Notes\n- read the Oliver Pellingham's demo\n",
    "Stand-up\nPlatform Team is working on it.\n",
    "Stand-up\nJenkins is working again.\n",
])
def test_a_things_work_stays_quiet(content: str) -> None:
    assert people("retro.md", content) == []
