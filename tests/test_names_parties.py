"""PERSON: under a key, a column or a table's header that names a party to a case or a
record (a keeper, an applicant, an owner, a reporter, a display name), a known given name
and a surname the lists do not know are a person's. The names are made up from common given
names and invented surnames; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("applicants.html",
     "<table>\n<tr><th>Reference</th><th>Applicant</th></tr>\n"
     "<tr><td>APP-1001</td><td>Priya Quarrington</td></tr>\n</table>\n",
     ["Priya Quarrington"]),
    ("services.html",
     "<table>\n<tr><th>Service</th><th>Owner</th></tr>\n"
     "<tr><td>Payments API</td><td>Helen Brackwell</td></tr>\n</table>\n",
     ["Helen Brackwell"]),
    ("openapi.yaml",
     "components:\n  schemas:\n    Holding:\n      properties:\n        keeper:\n"
     "          type: string\n          example: Tobias Hollisworth\n",
     ["Tobias Hollisworth"]),
    ("seed.sql", "UPDATE accounts SET display_name = 'Oliver Pellingham' WHERE id = 7;\n",
     ["Oliver Pellingham"]),
    ("case.json", '{"claimant": "Megan Tamberley", "ref": "C-101"}\n', ["Megan Tamberley"]),
])
def test_a_given_name_and_an_unknown_surname_under_a_partys_key(
        name: str, content: str, expected: list[str]) -> None:
    assert people(name, content) == expected


@pytest.mark.parametrize(("name", "content"), [
    # an English word, a thing's or a team's word for a surname
    ("services.yaml", "grants:\n  owner: Helen Platform\n  contact: Service Desk\n"),
    ("services.html",
     "<table>\n<tr><th>Owner</th></tr>\n<tr><td>Grace Period</td></tr>\n</table>\n"),
    # a placeholder
    ("openapi.yaml", "keeper:\n  type: string\n  example: Joe Bloggs\n"),
    # a generic key that software has too: an agent, a client, a manager
    ("ci.yaml", "build:\n  agent: Oscar Pellingham\n"),
    # a plain name key: a given name and an unknown word may be a product's
    ("images.yaml", "image:\n  name: Oscar Pellingham\n"),
])
def test_other_values_under_those_keys_stay_quiet(name: str, content: str) -> None:
    assert people(name, content) == []


def test_a_pipelines_display_name_stays_quiet() -> None:
    content = "steps:\n  - script: make\n    displayName: Oscar Pellingham\n"
    assert people("azure-pipelines.yml", content) == []


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("cases.csv", "case_ref,officer,notes\nC-1,Nadia Marlowby,visit booked\n",
     ["Nadia Marlowby"]),
    ("incidents.csv", "Number,Caller,Short description\nINC001,Fiona Oxshawe,cannot log in\n",
     ["Fiona Oxshawe"]),
    # a ServiceNow export's reference fields: a person's shown value, by its field
    ("incidents.json",
     '{"result": [{"caller_id": {"display_value": "Fiona Oxshawe", "value": "6816f7"},\n'
     '  "assigned_to": {"display_value": "Helen Brackwell", "value": "46d44a"}}]}\n',
     ["Fiona Oxshawe", "Helen Brackwell"]),
])
def test_an_officer_a_caller_and_a_reference_fields_person(
        name: str, content: str, expected: list[str]) -> None:
    assert people(name, content) == expected


def test_a_reference_field_that_holds_a_thing_stays_quiet() -> None:
    content = ('{"result": [{"assignment_group": {"display_value": "Oscar Pellingham"},\n'
               '  "cmdb_ci": {"display_value": "Keeper Portal"}}]}\n')
    assert people("incidents.json", content) == []
