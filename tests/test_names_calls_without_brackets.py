"""PERSON: a name's key called without brackets, alone on its line, as Ruby's DSLs write
an attribute (FactoryBot's ``first_name "…"``), keys its literal as ``first_name: "…"`` does.
The names are made up."""

from __future__ import annotations

from conftest import found


def names(name: str, content: str) -> list[str]:
    return found(name, content, type_="PERSON")


def test_a_factorys_static_attributes_key_a_name() -> None:
    content = ("FactoryBot.define do\n  factory :key_person do\n"
               '    first_name "Priya"\n    last_name "Raghunathan"\n'
               '    position "Director"\n  end\nend\n')
    assert names("spec/factories/key_person.rb", content) == ["Priya", "Raghunathan"]


def test_a_things_name_is_no_persons() -> None:
    content = ('factory :site do\n  name "Riverside Depot"\n  status "Pending Review"\n'
               '  puts "Hello World"\nend\n')
    assert names("spec/factories/site.rb", content) == []
