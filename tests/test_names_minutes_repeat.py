"""PERSON: in minutes and notes, a name a label of people gives (``Present:``, ``Owner:``)
is found again where the text repeats it in its items, a surname the lists do not know
too. The names are made up from common given names and invented surnames; none is a real
person's."""

from __future__ import annotations

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


def test_a_name_the_attendees_give_is_found_again_in_the_items() -> None:
    content = ("# Board minutes\n\nPresent: Rhys Drewitt, Nadia Marlowby\n\n"
               "1. Rhys Drewitt gave an update on the keeper service.\n"
               "2. Nadia Marlowby presented the risks.\n")
    assert people("minutes.md", content) == ["Rhys Drewitt", "Nadia Marlowby",
                                             "Rhys Drewitt", "Nadia Marlowby"]


def test_a_weaker_find_is_not_repeated() -> None:
    # a speaker found only by what they said: the same words elsewhere are not looked for
    content = "Notes\n\nPriya Quarrington said the import failed.\n\nPriya Quarrington Ltd\n"
    assert people("notes.md", content) == ["Priya Quarrington"]
