"""PERSON: a log's ``name=`` pair, or a plain ``name`` column of a table printed with its
columns lined up (a data frame in a notebook's output), holding a given name no list knows
(nor an English word) and a common surname is a person's; a service, a place or a colour
under the same key is not. The names are made up."""

from __future__ import annotations

import pytest

from conftest import found


def people(name: str, content: str) -> list[str]:
    return found(name, content, type_="PERSON")


def logged(pair: str) -> str:
    return f"2026-03-02T10:14:23Z INFO claim.submit {pair} status=ok\n"


@pytest.mark.parametrize("pair", ['name="Tavish Cartwright"', "name=Tavish Cartwright"])
def test_an_unknown_given_name_and_a_common_surname_in_a_log_pair_is_a_person(
        pair: str) -> None:
    assert people("app.log", logged(pair)) == ["Tavish Cartwright"]


@pytest.mark.parametrize("pair", [
    'name="Kafka Consumer"', 'name="Redis Cluster"', 'name="Orwell Bridge"',
    'name="Whitby Abbey"', 'name="Tavish Green"', 'service="Tavish Cartwright"',
])
def test_things_under_a_log_pairs_name_stay_quiet(pair: str) -> None:
    assert people("app.log", logged(pair)) == []


FRAME = """\
   id               name  county
0   1  Tavish Cartwright   Devon
1   2      Kafka Cluster    Kent
2   3       Orwell Bridge   Suffolk
"""


def test_a_data_frames_name_column_holds_a_given_name_from_abroad() -> None:
    assert people("frame.txt", FRAME) == ["Tavish Cartwright"]
