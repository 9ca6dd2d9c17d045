"""The shipped name lists: how they load, and the sorted list searched by bisection."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from safecommit.names_data import DATA, MORE_SURNAMES_FILE, SortedWords, load, load_not_people

WORDS = st.text(st.characters(min_codepoint=32, max_codepoint=0x17F, blacklist_characters="\n"),
                min_size=1, max_size=8)


@given(st.sets(WORDS, max_size=60), st.lists(WORDS, max_size=20))
def test_sorted_words_answers_as_a_set_does(words: set[str], asked: list[str]) -> None:
    found = SortedWords("\n".join(sorted(words)))
    for word in [*words, *asked]:
        assert (word in found) == (word in words)


def test_sorted_words_never_holds_an_empty_word_or_a_line_break() -> None:
    found = SortedWords("Ashworth\nDuckworth\n")
    assert "" not in found and "Ashworth\nDuckworth" not in found and "Duckworth" in found
    assert "" not in SortedWords("") and "Ashworth" not in SortedWords("")


def test_the_long_list_is_sorted_has_no_common_name_twice_and_loads() -> None:
    lines = (DATA / MORE_SURNAMES_FILE).read_text(encoding="utf-8").split("\n")
    names = [line for line in lines if line and not line.startswith("#")]
    assert names == sorted(set(names)) and len(names) > 50_000
    data = load()
    assert not data.surnames.intersection(names)
    assert "Postlethwaite" in data.more_surnames and "Norway" not in data.more_surnames
    # a census surname that the lists hold only as a given name is a surname too
    assert "Lennox" in data.given and "Lennox" in data.more_surnames


def test_the_list_of_names_that_are_not_people_loads_names_not_headings() -> None:
    found = load_not_people()
    assert {"grant thornton", "charles ross", "winston churchill"} <= found
    assert not any(n.startswith(("#", "[")) or n != n.strip() or not n for n in found)


def test_english_given_names_and_short_forms_a_team_uses_are_known() -> None:
    data = load()
    assert {"Esme", "Jonty", "Albie", "Seb", "Steph", "Izzy", "Maisie", "Tallulah"} <= data.given
