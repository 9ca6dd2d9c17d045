"""PERSON: not people: a hall, a hospital or an infirmary named for a person after
"Royal" (``the Royal Albert Hall``, ``Royal <Given> Infirmary``). The same name that does
a thing is still a person's. The names are made up or a building's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("line", [
    "The awards are at the Royal Albert Hall in May.",
    "Royal Albert Hall tickets are on the shared drive.",
])
def test_a_name_after_royal_is_a_place(line: str) -> None:
    assert people("notes.md", f"# Events\n\n{line}\n") == []


def test_the_same_name_doing_a_thing_is_a_person() -> None:
    content = "# Events\n\nAlbert Hall approved the budget.\n"
    assert people("notes.md", content) == ["Albert Hall"]
