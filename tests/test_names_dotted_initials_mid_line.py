"""PERSON: two initials run together with their dots before a surname that only the long
tail of the lists knows, where prose plainly means a person (``Comments from <G>.<G>.
<Surname> were noted``). Not people: a dotted acronym before an English word (``H.M.
Treasury``, ``A.M. Best``), and one initial before a surname only the long tail knows.
The names are made up; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("line", [
    "Comments from A.K. Pemberton were noted.",
    "We met with A.K. Pemberton on Tuesday.",
    "A.K. Pemberton to circulate the paper.",
])
def test_initials_run_together_before_a_long_tail_surname_are_a_person(line: str) -> None:
    content = f"# Board minutes\n\n{line}\n"
    assert people("minutes.md", content) == ["A.K. Pemberton"]


@pytest.mark.parametrize("line", [
    "Guidance from H.M. Treasury was noted.",
    "Ratings from A.M. Best were noted.",
    "Ships from the U.S. Navy were noted.",
])
def test_a_dotted_acronym_before_an_english_word_is_not_a_person(line: str) -> None:
    content = f"# Board minutes\n\n{line}\n"
    assert people("minutes.md", content) == []
