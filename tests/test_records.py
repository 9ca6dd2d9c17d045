"""A value's record: the other keys of its row, or of the object that directly holds it."""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.records import record_has, sibling_keys
from safecommit.model import Text

VALUE = "2021-03-14"


def siblings(name: str, syntax: str, text: str) -> list[str]:
    return sibling_keys(Locator(Text(name, text, syntax)), text.index(VALUE))


@pytest.mark.parametrize(("name", "syntax", "text", "keys"), [
    ("a.csv", "csv", f"ear_tag,breed,dob\nUK1,Angus,{VALUE}\n", ["ear_tag", "breed"]),
    ("a.sql", "sql", f"INSERT INTO t (tag, born) VALUES ('UK1', '{VALUE}');\n", ["tag"]),
    ("a.json", "json", f'{{"tag": "UK1", "born": "{VALUE}"}}\n', ["tag"]),
    ("a.json", "json", f'{{\n  "tag": "UK1",\n  "born": "{VALUE}",\n  "sex": "F"\n}}\n',
     ["tag", "sex"]),
    ("a.yaml", "yaml", f"- tag: UK1\n  born: {VALUE}\n- tag: UK2\n", ["tag"]),
    ("a.yaml", "yaml", f"- tag: UK1\n- born: {VALUE}\n  tag: UK2\n- tag: UK3\n", ["tag"]),
    ("a.py", "python", f'Calf(tag="UK1", born=parse("{VALUE}"))\n', ["tag"]),
])
def test_a_value_in_a_row_or_an_object_has_its_siblings_keys(name: str, syntax: str,
                                                               text: str,
                                                               keys: list[str]) -> None:
    assert siblings(name, syntax, text) == keys


@pytest.mark.parametrize(("name", "syntax", "text"), [
    ("a.json", "json", f'{{"dob": "{VALUE}", "animals": [{{"tag": "UK1"}}]}}\n'),
    ("a.yaml", "yaml", f"dob: {VALUE}\nanimals:\n  - tag: UK1\n"),
    ("a.py", "python", f'Keeper(dob="{VALUE}", herd=[Calf(tag="UK1")])\n'),
])
def test_a_nested_record_is_not_the_values_own(name: str, syntax: str, text: str) -> None:
    assert "tag" not in siblings(name, syntax, text)


def test_a_value_in_prose_has_no_record() -> None:
    assert siblings("a.md", "markdown", f"The calf was born on {VALUE}.\n") == []


def test_a_record_with_a_word_has_it_unless_another_says_otherwise() -> None:
    text = f'{{"earTag": "UK1", "ownerEmail": "a@example.com", "dob": "{VALUE}"}}\n'
    locator = Locator(Text("a.json", text, "json"))
    at = text.index(VALUE)
    assert record_has(locator, at, ("ear tag",))
    assert not record_has(locator, at, ("ear tag",), unless=("email",))
    assert not record_has(locator, at, ("breed",))
