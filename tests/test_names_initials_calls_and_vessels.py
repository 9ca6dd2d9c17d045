"""PERSON: initials run together before a known surname ("<G>.<G>. <Surname> signed off");
a person's class built with a ``name`` (``Person(name = …)``) or with an options array or
object (PHP's ``new User(['name' => …])``, Laravel's ``User::factory()->create([…])``);
not people: a vessel after its prefix (``MV``, ``RRS``), a ``name`` in a list of rooms,
vessels or trains, a service's helpdesk. The names are made up; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("line", "name"), [
    ("J.R. Hargreaves signed off the business case.", "J.R. Hargreaves"),
    ("A.B. Hargreaves will circulate the revised plan.", "A.B. Hargreaves"),
    ("K.L.M. Hargreaves approved the change.", "K.L.M. Hargreaves"),
])
def test_initials_run_together_before_a_known_surname_are_a_person(line: str, name: str
                                                                   ) -> None:
    assert people("minutes.md", f"# Board\n\n{line}\n") == [name]


@pytest.mark.parametrize("line", [
    "The U.K. Government published the guidance.",
    "See the U.S. Army Corps of Engineers report.",
    "Use the E.U. Commission template.",
])
def test_an_abbreviation_before_an_organisation_is_not_a_person(line: str) -> None:
    assert people("notes.md", f"{line}\n") == []


@pytest.mark.parametrize(("name", "line"), [
    ("Keeper.kt", 'val keeper = Person(name = "Zephyrine Okonjo", email = "z@example.com")'),
    ("Keeper.swift", 'let keeper = Person(name: "Zephyrine Okonjo", age: 42)'),
    ("keeper.py", 'keeper = Applicant(name="Zephyrine Okonjo")'),
    ("keeper.rb", 'keeper = Keeper.new(name: "Zephyrine Okonjo")'),
])
def test_a_persons_class_built_with_a_name_holds_a_full_name(name: str, line: str) -> None:
    assert people(name, line + "\n") == ["Zephyrine Okonjo"]


@pytest.mark.parametrize("line", [
    'val a = Product(name = "Zephyrine Okonjo")',
    'val b = Person(name = "Admin User")',
    'val c = User(name = "Service Account")',
    'val d = Member(name = "Platform Team")',
    'val e = Owner(name = "Rural Payments Agency")',
    'val f = Contact(name = "Floodline Helpdesk")',
    'val g = Customer(name = "Bramble Widgets Ltd")',
])
def test_a_thing_or_a_team_built_with_a_name_is_not_a_person(line: str) -> None:
    assert people("Things.kt", line + "\n") == []


@pytest.mark.parametrize("line", [
    "$user = new User(['name' => 'Siobhan Thistlewood', 'email' => 'st@example.com']);",
    "$keeper = Keeper::create(['name' => 'Siobhan Thistlewood']);",
    "$a = User::factory()->create(['name' => 'Siobhan Thistlewood']);",
    "$f = Customer::updateOrCreate(['email' => 'x@example.com'], "
    "['name' => 'Siobhan Thistlewood']);",
])
def test_a_php_array_passed_to_a_persons_class_names_a_person(line: str) -> None:
    assert people("UserSeeder.php", f"<?php\n{line}\n") == ["Siobhan Thistlewood"]


def test_an_options_object_passed_to_a_persons_class_names_a_person() -> None:
    content = "const keeper = await Keeper.create({ name: 'Siobhan Thistlewood', cph: 'x' });\n"
    assert people("seed.js", content) == ["Siobhan Thistlewood"]


@pytest.mark.parametrize("line", [
    "$product = new Product(['name' => 'Siobhan Thistlewood']);",
    "$farm = Holding::create(['name' => 'Siobhan Thistlewood']);",
    "$user = new User($repo, ['name' => 'Siobhan Thistlewood']);",
])
def test_a_php_array_passed_to_a_things_class_or_after_other_arguments_stays_quiet(
        line: str) -> None:
    assert people("ProductSeeder.php", f"<?php\n{line}\n") == []


@pytest.mark.parametrize("line", [
    "The MV Agnes Weston was moored at the quay.",
    "RNLB Siobhan Hargreaves launched at 03:10.",
    "Survey data came from RRS Imogen Hargreaves.",
])
def test_a_vessel_after_its_prefix_is_not_a_person(line: str) -> None:
    assert people("log.md", f"{line}\n") == []


def test_a_person_beside_a_vessel_is_still_found() -> None:
    content = "Email from Siobhan Hargreaves about the MV Agnes Weston.\n"
    assert people("notes.md", content) == ["Siobhan Hargreaves"]


@pytest.mark.parametrize("parent", ["rooms", "meeting_rooms", "vessels", "trains", "boats"])
def test_a_name_in_a_yaml_list_of_things_is_the_things(parent: str) -> None:
    content = f"{parent}:\n  - name: Wallace Carothers\n    capacity: 12\n"
    assert people("site.yaml", content) == []


def test_a_name_in_a_yaml_list_of_people_is_still_found() -> None:
    content = "keepers:\n  - name: Wallace Carothers\n    cph: 12/345/6789\n"
    assert people("site.yaml", content) == ["Wallace Carothers"]


def test_a_locomotives_name_column_is_not_a_person() -> None:
    content = "loco_no,loco_name,depot\n91101,Ellen Terry,Bounds Green\n"
    assert people("fleet.csv", content) == []


@pytest.mark.parametrize("word", ["Helpdesk", "Helpline", "Hotline"])
def test_a_services_helpdesk_under_a_contacts_key_is_not_a_person(word: str) -> None:
    content = f"contact:\n  name: Floodline {word}\n"
    assert people("service.yaml", content) == []
