"""PERSON: a pasted ``git shortlog`` names its authors outright, in its summary
(``    42\\t<Given> <Surname>``) and its groups' heads (``<Given> <Surname> (3):``): names the
lists do not know too. Not people: a bot or a team there. The names are made up."""

from __future__ import annotations

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


def test_a_shortlogs_summary_names_its_authors() -> None:
    content = ("    42\tKesiena Quennell\n    17\tBrannagh Felthorpe <bf@example.com>\n"
               "     3\tdependabot[bot]\n     2\tPayments Team\n")
    assert people("authors.txt", content) == ["Kesiena Quennell", "Brannagh Felthorpe"]


def test_a_shortlogs_groups_name_their_authors() -> None:
    content = ("Kesiena Quennell (2):\n      Fix SBI lookup\n      Add export\n\n"
               "Payments Team (1):\n      Bump deps\n\ndependabot[bot] (2):\n      Bump requests\n")
    assert people("shortlog.txt", content) == ["Kesiena Quennell"]


def test_a_numbered_list_of_places_with_tabs_is_not_a_shortlog() -> None:
    content = "    1\tMarket Harborough\n    2\tChipping Norton\n    3\tHemel Hempstead\n"
    assert people("towns.txt", content) == []
