"""PERSON: a positional SQL row in a table of people (``INSERT INTO applicants VALUES``)
names a known given name beside a surname the lists do not know; an HTML or Markdown
table whose other columns reach or identify a person (Email, Phone, Date of birth, NHS
number) names its members under Name; not people: France's and Latin's stock names and
a surname made of a placeholder's word. The names are made up; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


def test_a_positional_row_in_a_table_of_people_names_an_unknown_surname() -> None:
    content = "INSERT INTO public.applicants VALUES (2, 'Thaddeus', 'Quarmby', '1062');\n"
    assert people("seed.sql", content) == ["Thaddeus", "Quarmby"]


@pytest.mark.parametrize("table", ["public.parishes", "towns", "products"])
def test_a_positional_row_in_a_table_of_things_stays_quiet(table: str) -> None:
    content = f"INSERT INTO {table} VALUES (2, 'Thaddeus', 'Quarmby', '1062');\n"
    assert people("seed.sql", content) == []


def test_an_html_table_with_a_contact_column_names_its_members() -> None:
    content = ("<table>\n<tr><th>Name</th><th>Email</th><th>Phone</th></tr>\n"
               "<tr><td>Thaddeus Quarmby</td><td>tq@example.com</td><td></td></tr>\n"
               "<tr><td>Grants Support</td><td>grants@example.com</td><td></td></tr>\n"
               "<tr><td>Platform Team</td><td>platform@example.com</td><td></td></tr>\n"
               "</table>\n")
    assert people("contacts.html", content) == ["Thaddeus Quarmby"]


def test_an_html_table_of_things_leaves_an_unknown_surname_alone() -> None:
    content = ("<table>\n<tr><th>Name</th><th>Version</th></tr>\n"
               "<tr><td>Thaddeus Quarmby</td><td>1.2</td></tr>\n</table>\n")
    assert people("versions.html", content) == []


def test_a_markdown_table_with_a_date_of_birth_names_its_members() -> None:
    content = ("| Name | Date of birth | NHS number |\n|---|---|---|\n"
               "| Thaddeus Quarmby | 1980 | 999 000 0018 |\n| Rural Payments | - | - |\n")
    assert people("patients.md", content) == ["Thaddeus Quarmby"]


@pytest.mark.parametrize("name", ["Jean Dupont", "Marie Dupont", "Nomen Nescio",
                                  "Jane Smith-Example", "Alex Jones-Test"])
def test_stock_names_and_placeholder_surnames_are_never_flagged(name: str) -> None:
    assert people("people.json", f'[{{"full_name": "{name}"}}]\n') == []
    assert people("notes.md", f"Owner: {name}\n") == []


def test_a_real_double_barrelled_surname_under_a_key_is_still_found() -> None:
    content = '[{"full_name": "Alex Jones-Okafor"}]\n'
    assert people("people.json", content) == ["Alex Jones-Okafor"]
