"""PERSON: a person's class made from a given name and a surname the lists do not know
(``new Keeper("<Given>", "<Unknown>")``, ``Person("<Given>", "<Unknown>")``), and a test's
equality assertion that opens with the expected name (``assertEquals("…",
k.getFullName())``). The names are made up from common given names and invented surnames;
none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("KeeperTest.java", 'Keeper k = new Keeper("Tobias", "Hollisworth");\n',
     ["Tobias", "Hollisworth"]),
    ("test_people.py", 'p = Person("Oliver", "Pellingham")\n', ["Oliver", "Pellingham"]),
    ("ApplicantTests.cs", 'var a = new Applicant("Megan", "Tamberley", 42);\n',
     ["Megan", "Tamberley"]),
])
def test_a_persons_class_made_from_a_given_name_and_an_unknown_surname(
        name: str, content: str, expected: list[str]) -> None:
    assert people(name, content) == expected


@pytest.mark.parametrize(("name", "content"), [
    # an English word, or a thing's word, for the surname; a placeholder
    ("KeeperTest.java", 'Keeper k = new Keeper("Tobias", "Platform");\n'),
    ("KeeperTest.java", 'Keeper k = new Keeper("Joe", "Bloggs");\n'),
    # a thing's class: a town, a font
    ("Towns.java", 'Town t = new Town("Chester", "Winchcombe");\n'),
    ("Fonts.java", 'Font f = new Font("Helvetica", "Bold");\n'),
    # a word that is no given name first
    ("Users.java", 'User u = new User("Admin", "Quarrington");\n'),
])
def test_other_constructors_stay_quiet(name: str, content: str) -> None:
    assert people(name, content) == []


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("KeeperTest.java", 'assertEquals("Priya Quarrington", k.getFullName());\n',
     ["Priya Quarrington"]),
    ("KeeperTest.java", 'assertEquals("Quarrington", k.getSurname());\n', ["Quarrington"]),
    ("test_keeper.py", 'self.assertEqual("Megan Tamberley", keeper.get_full_name())\n',
     ["Megan Tamberley"]),
    ("KeeperTests.cs", 'Assert.AreEqual("Gareth Fenwright", keeper.Owner);\n',
     ["Gareth Fenwright"]),
])
def test_an_assertion_that_opens_with_the_expected_name(name: str, content: str,
                                                        expected: list[str]) -> None:
    assert people(name, content) == expected


@pytest.mark.parametrize("content", [
    'assertEquals("Grace Period", k.getTitle());\n',
    'assertEquals("Hello World", greeter.getGreeting());\n',
    'assertEquals("Priya Platform", k.getOwner());\n',
])
def test_other_assertions_stay_quiet(content: str) -> None:
    assert people("KeeperTest.java", content) == []
