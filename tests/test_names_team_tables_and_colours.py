"""PERSON: a Markdown table of people (a Name column beside a Role, an Email or a Job
title) names its members, surnames the lists do not know too; a colour named like a
person ("Olive Green", "Pearl White") is a colour where its key, the key above it or its
line speaks of colours. The names are made up from common given names and invented
surnames; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("header", ["| Role | Name |", "| Name | Role |", "| Job title | Name |",
                                    "| Name | Email |", "| Name | Pronouns |"])
def test_a_team_tables_name_column_names_its_members(header: str) -> None:
    first_name = header.index("Name") < header.index("|", 2)
    rows = [("Priya Quarrington", "Product owner"), ("Tom Hollisworth", "Tech lead")]
    lines = [header, "|---|---|"]
    lines += [f"| {n} | {r} |" if first_name else f"| {r} | {n} |" for n, r in rows]
    content = "# Team\n\n" + "\n".join(lines) + "\n"
    assert people("team.md", content) == ["Priya Quarrington", "Tom Hollisworth"]


@pytest.mark.parametrize("row", [
    "| Platform Team | Owner |",       # a team
    "| Payments Service | API |",      # a service
    "| Aurora Serverless | database |",  # a product named like a given name
    "| Joe Bloggs | Example |",        # a placeholder
])
def test_other_cells_of_a_team_tables_name_column_stay_quiet(row: str) -> None:
    content = f"| Name | Role |\n|---|---|\n{row}\n"
    assert people("team.md", content) == []


def test_a_given_name_alone_in_a_team_table_is_still_found() -> None:
    assert people("team.md", "| Name | Role |\n|---|---|\n| Priya | PO |\n") == ["Priya"]


def test_a_name_column_without_a_column_of_roles_keeps_the_stricter_rule() -> None:
    content = "| Name | Version |\n|---|---|\n| Priya Quarrington | 1.2 |\n"
    assert people("components.md", content) == []


@pytest.mark.parametrize(("name", "content"), [
    ("tokens.json", '{"colours": {"primary": "Olive Green",\n "bg": "Pearl White"}}\n'),
    ("tokens.json", '{"theme": "Holly Green", "color": "Lily White"}\n'),
    ("theme.yaml", "palette:\n  accent: Jade Green\n  border: Dove Grey\n"),
    ("kit.md", "Available colours: Pearl White, Ebony Black, Hazel Brown.\n"),
])
def test_a_colour_named_like_a_person_is_a_colour(name: str, content: str) -> None:
    assert people(name, content) == []


@pytest.mark.parametrize(("name", "content", "expected"), [
    # who did something to the colours
    ("notes.md", "Olive Green updated the colour tokens.\n", ["Olive Green"]),
    # a person's key in a file of colours
    ("tokens.json", '{"palette": {"owner": "Hazel Brown"}}\n', ["Hazel Brown"]),
    ("theme.yaml", "colours:\n  maintainer: Hazel Brown\n", ["Hazel Brown"]),
    ("notes.md", "- Theme lead: Holly Green\n", ["Holly Green"]),
    # no word of colours near it
    ("users.json", '{"name": "Olive Green", "email": "o@example.com"}\n', ["Olive Green"]),
])
def test_the_same_names_where_a_person_is_meant_are_found(
        name: str, content: str, expected: list[str]) -> None:
    assert people(name, content) == expected
