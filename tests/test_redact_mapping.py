"""The run's mapping: the same value always gets the same fake, distinct values distinct
fakes, the salt decides which, and a fake the detectors would flag is never used."""

from __future__ import annotations

import random
import re

from safecommit.redact.mapping import Mapper

SALT = bytes(range(32))


def _nhs_numbers(n: int) -> list[str]:
    rng = random.Random(7)
    out: list[str] = []
    while len(out) < n:
        body = str(rng.randint(400000000, 799999999))
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if check != 10:
            out.append(body + str(check % 11))
    return out


def test_the_same_value_gets_the_same_fake_every_time() -> None:
    mapper = Mapper(SALT)
    first = mapper.fake("EMAIL_ADDRESS", "alice.smith@gmail.com")
    assert mapper.fake("EMAIL_ADDRESS", "alice.smith@gmail.com") == first
    assert mapper.fake("EMAIL_ADDRESS", "Alice.Smith@Gmail.com").lower() == first.lower()


def test_one_phone_number_written_two_ways_keeps_each_way_with_the_same_digits() -> None:
    mapper = Mapper(SALT)
    national = mapper.fake("PHONE_NUMBER", "07912 345678")
    international = mapper.fake("PHONE_NUMBER", "+44 7912 345678")
    assert re.fullmatch(r"07700 900\d{3}", national)
    assert re.fullmatch(r"\+44 7700 900\d{3}", international)
    assert national[-3:] == international[-3:]


def test_the_same_salt_gives_the_same_fakes_and_another_salt_other_fakes() -> None:
    values = _nhs_numbers(20)
    one = [Mapper(SALT).fake("UK_NHS", v) for v in values]
    again = [Mapper(SALT).fake("UK_NHS", v) for v in values]
    other = [Mapper(bytes(32)).fake("UK_NHS", v) for v in values]
    assert one == again
    assert sum(a != b for a, b in zip(one, other, strict=True)) >= 18


def test_distinct_values_get_distinct_fakes_while_the_space_has_room() -> None:
    mapper = Mapper(SALT)
    values = _nhs_numbers(500)
    assert len({mapper.fake("UK_NHS", v) for v in values}) == len(set(values))
    names = [f"{first} {last}" for first in ("Alice", "Brian", "Carys", "Dev", "Emeka")
             for last in ("Walsh", "Okafor", "Hughes", "Patel", "Byrne", "Nowak")]
    assert len({mapper.fake("PERSON", n) for n in names}) == len(names)


def test_a_fake_maps_to_itself_so_redacting_twice_changes_nothing() -> None:
    mapper = Mapper(SALT)
    for type, value in [("UK_NHS", _nhs_numbers(1)[0]), ("PHONE_NUMBER", "+44 7912 345678"),
                        ("PERSON", "Mr Jay O'Neill"), ("DATE_OF_BIRTH", "14 March 1981"),
                        ("STREET_ADDRESS", "Flat 3, 27 Mill Lane, Leeds, LS1 4AP")]:
        made = mapper.fake(type, value)
        assert Mapper(bytes(32)).fake(type, made) == made


def test_when_the_detectors_flag_every_fake_of_a_type_their_suggestion_is_used() -> None:
    def flagged(type: str, candidate: str) -> bool:  # detectors that reserve only 123456789
        return candidate != "123456789"

    mapper = Mapper(SALT, flagged)
    assert mapper.fake("UK_PASSPORT", "548213907", "123456789") == "123456789"
    assert mapper.fake("UK_PASSPORT", "548213907") == "123456789"


def test_a_value_with_no_fake_that_passes_and_no_suggestion_is_left_for_the_report() -> None:
    mapper = Mapper(SALT, lambda type, candidate: True)
    made = mapper.fake("UK_PASSPORT", "999213907")  # already in the fake space, still flagged
    assert made == "999213907"
