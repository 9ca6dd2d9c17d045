"""PERSON: a one-word label before an identifier or a number is a form's field, not a
speaker; initials and a known surname that do a thing in prose are a person; a flood or
weather warning's area is a place; a ``name`` held by a person's object in code (a
receiver, a constructor, a list of people) is a person's; design tokens are colours. The
names are made up from common given names and invented or common surnames; none is a real
person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("line", [
    "NINO: QQ123456C",
    "MAC: 00-00-5E-00-53-01",
    "Nino: QQ 12 34 56 C",
    "- MAC: 00:00:5E:00:53:01",
])
@pytest.mark.parametrize("name", ["notes.md", "fields.txt"])
def test_a_one_word_label_before_an_identifier_is_a_field(line: str, name: str) -> None:
    content = f"Case 12\n{line}\n"
    assert people(name, content) == []


@pytest.mark.parametrize("line", [
    "Nino: 10 mins late, start without me",
    "Nino: morning all",
    "Nino Bianchi: 07700 900123",
])
def test_a_speaker_who_says_something_or_a_full_name_before_a_number_is_found(
        line: str) -> None:
    content = f"{line}\n"
    assert people("notes.md", content) == [line.split(":")[0]]


@pytest.mark.parametrize("line", [
    "Flood alert for Shelley Beck, Kirby Misperton",
    "Flood warning in force for Stanley Crook and Ashley Heath.",
    "Severe flood warning for Shelley Beck",
    "Yellow weather warning for Ashley Heath and Kirby Misperton",
])
def test_a_flood_or_weather_warnings_area_is_a_place(line: str) -> None:
    content = f"# Warnings\n\n- {line}\n"
    assert people("warnings.md", content) == []


def test_a_person_after_a_warning_or_after_for_is_still_found() -> None:
    content = ("The alert was raised by Ashley Heath.\n"
               "Thanks for Shelley Beck and the team.\n")
    assert people("notes.md", content) == ["Ashley Heath", "Shelley Beck"]


@pytest.mark.parametrize(("line", "name"), [
    ("J. Hargreaves approved the change request.", "J. Hargreaves"),
    ("M. Castellanos signed it off.", "M. Castellanos"),
    ("P. Lindqvist to circulate the minutes.", "P. Lindqvist"),
    ("R. Patel will send the draft.", "R. Patel"),
])
@pytest.mark.parametrize("file", ["minutes.md", "notes.txt"])
def test_initials_and_a_known_surname_that_do_a_thing_in_prose_are_a_person(
        line: str, name: str, file: str) -> None:
    content = f"Board notes\n\n{line}\n"
    assert people(file, content) == [name]


def test_initials_and_a_known_surname_in_a_code_comment_are_a_person() -> None:
    content = "# J. Hargreaves approved this workaround\nretry = 3\n"
    assert people("retry.py", content) == ["J. Hargreaves"]


@pytest.mark.parametrize("line", [
    "E. Coli tested positive in the sample.",    # a bacterium, its word English
    "U.S. Steel announced results.",             # a firm
    "See A. Baker said in the glossary",         # an article, no dot's initial
    "J Hargreaves approved it.",                 # no dot: a letter, not an initial
    "Appendix J. Hargreaves",                    # nothing done
])
def test_other_initials_before_a_capitalised_word_stay_quiet(line: str) -> None:
    assert people("notes.md", f"{line}\n") == []


@pytest.mark.parametrize(("file", "content"), [
    ("keeper.test.js", 'expect(keeper.name).toEqual("Margaret Thistlewood");\n'),
    ("keeper.test.js", 'expect(keepers[0].name).toBe("Margaret Thistlewood");\n'),
    ("keeper_spec.rb", 'expect(keeper.name).to eq("Margaret Thistlewood")\n'),
    ("test_keeper.py", 'assert applicant.name == "Margaret Thistlewood"\n'),
    ("test_keeper.py", 'self.assertEqual(keeper.name, "Margaret Thistlewood")\n'),
    ("KeeperTest.java", 'assertEquals("Margaret Thistlewood", keeper.getName());\n'),
])
def test_a_name_checked_on_a_persons_object_is_a_person(file: str, content: str) -> None:
    assert people(file, content) == ["Margaret Thistlewood"]


@pytest.mark.parametrize(("file", "content"), [
    ("keepers.rb", 'Keeper.new(name: "Dafydd Trevelyan", holding: 1)\n'),
    ("keepers_spec.rb", 'create(:keeper, name: "Dafydd Trevelyan")\n'),
    ("seed.py", 'Keeper.objects.create(name="Dafydd Trevelyan")\n'),
    ("seed.py", 'KeeperFactory(name="Dafydd Trevelyan", cph="x")\n'),
    ("users.js", 'const users = [\n  { id: 1, name: "Dafydd Trevelyan" },\n];\n'),
    ("users.ts", 'export const applicants: Applicant[] = [{ name: "Dafydd Trevelyan" }];\n'),
    ("factories.rb",
     'FactoryBot.define do\n  factory :keeper do\n    name { "Dafydd Trevelyan" }\n'
     '  end\nend\n'),
])
def test_a_name_given_to_a_persons_object_in_code_is_a_person(file: str,
                                                              content: str) -> None:
    assert people(file, content) == ["Dafydd Trevelyan"]


@pytest.mark.parametrize(("file", "content"), [
    ("test_town.py", 'self.assertEqual(town.name, "Newton Abbot")\n'),
    ("test_farm.py", 'self.assertEqual(farm.name, "Margaret Thistlewood")\n'),
    ("test_keeper.py", 'self.assertEqual(keeper.name, "Newton Abbot")\n'),
    ("seed.py", 'Holding(name="Dafydd Trevelyan")\n'),
    ("seed.py", 'Town.objects.create(name="Newton Abbot")\n'),
    ("towns.js", 'const towns = [{ name: "Newton Abbot" }];\n'),
    ("users.js", 'const users = [{ name: "Payments Team" }, { name: "Build Agent" }];\n'),
    ("factories.rb",
     'FactoryBot.define do\n  factory :holding do\n    name { "Dafydd Trevelyan" }\n'
     '  end\nend\n'),
])
def test_a_things_name_or_a_place_in_code_stays_quiet(file: str, content: str) -> None:
    assert people(file, content) == []


@pytest.mark.parametrize(("file", "content"), [
    ("tokens.md", "primary: Hunter Green\n"),
    ("tokens.md", "Accent: Hunter Green\n"),
    ("tokens.yaml", "primary: Hunter Green\n"),
    ("tokens.json", '{"primary": "Hunter Green"}\n'),
    ("tokens.md", "| Token | Value |\n|---|---|\n| primary | Hunter Green |\n"),
    ("tokens.md", "- Buttons: Hunter Green (#355E3B)\n"),
])
def test_a_design_tokens_colour_named_like_a_person_is_a_colour(file: str,
                                                                content: str) -> None:
    assert people(file, content) == []


@pytest.mark.parametrize("content", [
    "Owner: Hunter Green\n",
    "Primary contact: Hunter Green\n",
    "Hunter Green joined the primary school team\n",
])
def test_a_person_named_like_a_colour_is_still_found(content: str) -> None:
    assert people("notes.md", content) == ["Hunter Green"]


@pytest.mark.parametrize("label", ["Attendees", "Present"])
def test_a_list_of_given_names_after_commas_names_each_person(label: str) -> None:
    content = f"{label}: Rory, Bethany, Idris, Saanvi\n"
    assert people("minutes.md", content) == ["Rory", "Bethany", "Idris", "Saanvi"]


def test_a_surname_written_first_in_a_list_of_attendees_is_still_one_name() -> None:
    content = "Attendees: Okafor, Chidinma (RPA), Rory Hale\n"
    assert people("minutes.md", content) == ["Okafor, Chidinma", "Rory Hale"]


def test_a_titled_attendee_is_found_again_by_title_and_surname() -> None:
    content = ("Present: Ms Lavinia Ormerod (Defra), Mr Quentin Fairweather\n\n"
               "1. The Chair welcomed Ms Ormerod to the board.\n")
    assert people("minutes.txt", content) == [
        "Ms Lavinia Ormerod", "Mr Quentin Fairweather", "Ms Ormerod"]


def test_a_title_and_surname_no_attendee_has_stay_quiet() -> None:
    content = ("Present: Ms Lavinia Ormerod\n\n"
               "1. The Chair welcomed the board.\n")
    assert people("minutes.txt", content) == ["Ms Lavinia Ormerod"]


@pytest.mark.parametrize(("line", "name"), [
    ("Idris sorted the flaky tests.", "Idris"),
    ("Saanvi shipped the export on Friday.", "Saanvi"),
    ("Escalate to Philippa Drummondson if it fails.", "Philippa Drummondson"),
    ("Escalated to Philippa on Monday.", "Philippa"),
])
def test_a_colleague_who_finished_a_thing_or_is_escalated_to_is_a_person(
        line: str, name: str) -> None:
    assert people("standup.md", f"{line}\n") == [name]


@pytest.mark.parametrize("line", [
    "Jenkins finished the build.",          # a tool
    "Escalate to Platform if it fails.",    # a team
    "Escalated to Service Desk.",
    "Results sorted by date.",
])
def test_a_tool_a_team_or_a_sentence_that_finished_or_escalates_stays_quiet(
        line: str) -> None:
    assert people("standup.md", f"{line}\n") == []


@pytest.mark.parametrize("line", [
    "Florence Park: 12 trees planted",
    "- Victoria Station: lifts out of order",
    "- Edith Farm: fencing repaired",
])
def test_a_label_named_for_someone_and_ending_in_a_places_word_is_a_place(line: str) -> None:
    assert people("survey.md", f"# Survey\n\n{line}\n") == []


def test_a_speakers_label_of_a_given_name_and_a_surname_is_still_found() -> None:
    assert people("notes.md", "Grace Smith: morning all\n") == ["Grace Smith"]
