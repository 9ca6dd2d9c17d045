"""Fields pair each literal value with the key or column that names it."""

import pytest

from safecommit.detect.fields import fields
from safecommit.detect.locate import Locator
from safecommit.model import Text


def pairs(syntax: str, text: str) -> list[tuple[str, str]]:
    found = fields(Locator(Text("f", text, syntax)))
    assert all(text[f.start:f.end] == f.value for f in found)
    return [(f.key, f.value) for f in found]


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    ("json", '{"contactName": "Ann Example", "sbi": 106000000}',
     [("contactName", "Ann Example"), ("sbi", "106000000")]),
    ("yaml", "customer:\n  surname: Example\n", [("surname", "Example")]),
    ("env", "DB_USER=svc_reader\n", [("DB_USER", "svc_reader")]),
    ("python", 'b.contactName("Ann Example")\n', [("contactName", "Ann Example")]),
    ("xml", "<row><surname>Example</surname></row>", [("surname", "Example")]),
    ("csv", 'id,full_name\n1,"Example, Ann"\n', [("id", "1"), ("full_name", "Example, Ann")]),
    ("tsv", "id\tpostcode\n1\tZZ99 9ZZ\n", [("id", "1"), ("postcode", "ZZ99 9ZZ")]),
    ("sql", "INSERT INTO t (id, name) VALUES (1, 'Ann'), (2, 'Bo');",
     [("name", "Ann"), ("name", "Bo")]),
])
def test_values_are_paired_with_their_key(syntax: str, text: str,
                                          expected: list[tuple[str, str]]) -> None:
    assert pairs(syntax, text) == expected


def test_code_on_the_right_hand_side_is_not_a_value() -> None:
    assert pairs("python", 'surname = row["surname"]\n') == []
