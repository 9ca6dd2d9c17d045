"""Names: an institution named like a person, and fictional figures as fixtures write them."""

from __future__ import annotations

import pytest
from tests.conftest import found


@pytest.mark.parametrize("content", [
    '{\n  "name": "Robin Lane Medical Centre",\n  "city": "Leeds"\n}\n',
    '{\n  "site": "Sarah Jones Community School"\n}\n',
])
def test_a_name_then_a_common_word_and_an_institutions_is_the_institution(content: str
                                                                           ) -> None:
    assert found("site.json", content, type_="PERSON") == []


def test_the_same_name_alone_or_before_a_job_title_is_a_person() -> None:
    assert found("site.json", '{\n  "name": "Robin Lane",\n  "city": "Leeds"\n}\n',
                 type_="PERSON") == ["Robin Lane"]
    assert found("notes.md", "Ask Robin Lane Medical Director for the rota.\n",
                 type_="PERSON") == ["Robin Lane"]


@pytest.mark.parametrize(("name", "content"), [
    ("fixture.ts", "this.cardholderName = 'Homer J Simpson'\n"),
    ("fixture.ts", "this.cardholderName = 'Homer J. Simpson'\n"),
    ("seed.sql", "INSERT INTO users (first_name, last_name) VALUES ('Ford', 'Prefect');\n"),
    ("seed.sql", "INSERT INTO users (name) VALUES ('Zaphod Beeblebrox');\n"),
])
def test_a_fictional_figure_with_a_middle_initial_or_in_a_seed_is_not_a_person(
        name: str, content: str) -> None:
    assert found(name, content, type_="PERSON") == []


def test_a_person_with_a_middle_initial_is_still_found() -> None:
    content = "this.cardholderName = 'Homer J Pemberton'\n"
    assert found("fixture.ts", content, type_="PERSON") == ["Homer J Pemberton"]
