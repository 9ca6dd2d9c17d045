"""A postcode typed in lower case right after its own word in a sentence (a ticket, a chat,
a call's notes) is found, as it is under a postcode's key; an example's, an office's and a
word's that does not name the value just after it stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def postcodes(content: str, name: str = "notes.md") -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "UK_POSTCODE"]


@pytest.mark.parametrize(("content", "postcode"), [
    ("Caller said my postcode is ls6 2qt and the house number is 4.\n", "ls6 2qt"),
    ("Postcode ls6 2qt (typed by the customer)\n", "ls6 2qt"),
    ("Post code: yo31 8bn\n", "yo31 8bn"),
    ("Her postcode was ls62qt at the time.\n", "ls62qt"),
])
def test_a_lower_case_postcode_after_its_own_word_is_found(content: str, postcode: str) -> None:
    assert postcodes(content) == [postcode]


@pytest.mark.parametrize("name", ["ticket.txt", "chat.log", "notes.md"])
def test_it_is_found_in_any_text(name: str) -> None:
    assert postcodes("User reports postcode ls6 2qt fails the lookup.\n", name) == ["ls6 2qt"]


@pytest.mark.parametrize("content", [
    "For example, postcode ls6 2qt is accepted in lower case.\n",
    "Office postcode: ls6 2qt\n",
    "The postcode lookup returns ls6 2qt matches.\n",  # the word names the lookup
    "Postcode zz99 9zz is the fake one to use.\n",
    "cache key: postcode ab1 2cd3\n",
])
def test_an_example_an_office_or_another_value_stays_quiet(content: str) -> None:
    assert postcodes(content) == []
