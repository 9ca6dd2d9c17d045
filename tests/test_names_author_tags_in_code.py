"""PERSON: a source file's author tag in a comment or a docstring (``@author``, ``Author:``,
``Maintainer:``) names a person outright, a name the lists do not know too; so does a
``name`` in pyproject's ``authors`` and ``maintainers`` tables. Not people: a team, a firm
or a service there. The names are made up; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("name", "content"), [
    ("Helper.java", "/**\n * Parses parcels.\n *\n * @author Kesiena Quennell\n */\nclass H {}\n"),
    ("helper.py", '"""Parses parcels.\n\n@author: Kesiena Quennell\n"""\n'),
    ("helper.py", "# Author: Kesiena Quennell <kq@example.com>\nx = 1\n"),
    ("helper.rb", "# Maintainer: Kesiena Quennell\nx = 1\n"),
])
def test_an_author_tag_in_code_names_a_person_the_lists_do_not_know(
        name: str, content: str) -> None:
    assert people(name, content) == ["Kesiena Quennell"]


@pytest.mark.parametrize("author", [
    "Payments Team", "Platform Engineering <pe@example.com>", "Python Software Foundation",
    "Land Services",
])
def test_a_team_or_a_firm_as_the_author_in_code_is_not_a_person(author: str) -> None:
    content = f"/**\n * Parses parcels.\n *\n * @author {author}\n */\nclass H {{}}\n"
    assert people("Helper.java", content) == []


def test_pyprojects_authors_tables_name_people_the_lists_do_not_know() -> None:
    content = ('[project]\nname = "land-parcel-export"\nauthors = [\n'
               '  { name = "Kesiena Quennell", email = "kq@example.com" },\n'
               '  { name = "Payments Team" },\n]\n'
               'maintainers = [\n  {name = "Brannagh Felthorpe"},\n]\n')
    assert people("pyproject.toml", content) == ["Kesiena Quennell", "Brannagh Felthorpe"]


def test_a_name_in_a_toml_table_of_things_stays_quiet() -> None:
    content = ('[[tool.plugins]]\nname = "Kesiena Quennell"\n\n'
               'servers = [\n  { name = "Brannagh Felthorpe" },\n]\n')
    assert people("settings.toml", content) == []
