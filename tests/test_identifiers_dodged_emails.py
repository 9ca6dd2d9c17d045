"""Addresses written to dodge a harvester: a defanged dot (``[.]``), a bracketed dot in the
mailbox as well as the domain, and a spelled-out address whose mailbox keeps its own dots.
Each is found as the address it spells; a file's name before "at" is not a mailbox."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def emails(content: str, name: str = "notes.md") -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "EMAIL_ADDRESS"]


@pytest.mark.parametrize(("content", "address"), [
    ("Reach me at j.okafor[at]outlook[.]com\n", "j.okafor[at]outlook[.]com"),
    ("Email: tom (dot) harris (at) gmail (dot) com\n", "tom (dot) harris (at) gmail (dot) com"),
    ("Contact amara[dot]okafor[at]gmail[dot]com\n", "amara[dot]okafor[at]gmail[dot]com"),
    ("Send to tom.harris AT gmail DOT com please\n", "tom.harris AT gmail DOT com"),
])
def test_a_dodged_address_is_found_whole(content: str, address: str) -> None:
    assert emails(content) == [address]


def test_a_dodged_address_is_read_as_the_address_it_spells() -> None:
    content = "Reach me at j.okafor[at]example[.]com\n"
    assert emails(content) == []  # the reserved domain, once its dot is read


@pytest.mark.parametrize("content", [
    "See README.md at github dot com for more.\n",
    "The config.yaml at gitlab dot com is the source.\n",
    "Look at gmail dot com for the docs.\n",
])
def test_a_file_name_or_a_verb_before_at_is_no_mailbox(content: str) -> None:
    assert emails(content) == []
