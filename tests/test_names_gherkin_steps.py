"""PERSON: a Gherkin step that names its user in quotes ('Given a user called "…"', 'the
applicant "…"') names a person when the quotes hold a given name and a surname, one the
lists do not know too; a given name alone there is a persona, and a placeholder, a firm or
a screen's text stays quiet. The names are made up from common given names and invented
surnames; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(content: str) -> list[str]:
    return [raw(content, f) for f in scanned("claims.feature", content) if f.type == "PERSON"]


def feature(*steps: str) -> str:
    return "Feature: Claims\n  Scenario: a claim\n" + "".join(f"    {s}\n" for s in steps)


@pytest.mark.parametrize(("step", "expected"), [
    ('Given a user called "Priya Quarrington"', "Priya Quarrington"),
    ('And the applicant "Tom Hollisworth" has a holding', "Tom Hollisworth"),
    ('Then the caseworker named "Gareth Tamberley" sees it', "Gareth Tamberley"),
])
def test_a_steps_quoted_user_with_an_unknown_surname_is_a_person(
        step: str, expected: str) -> None:
    assert people(feature(step)) == [expected]


@pytest.mark.parametrize("step", [
    'Given a user called "Priya"',                  # a persona
    'And the agent "Acme Land Services" is set',    # a firm
    'And a user called "Joe Bloggs"',               # a placeholder
    'And a user named "Admin Console"',             # a thing
    'Then I see "Payment Schedule"',                # a screen's text
])
def test_other_quoted_values_in_steps_stay_quiet(step: str) -> None:
    assert people(feature(step)) == []
