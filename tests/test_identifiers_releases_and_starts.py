"""A release's number shaped like a holding's, the day a thing started or a count was taken
beside birth words, and the GOV.UK Design System's summary list: none is a person's; the
real value beside each is still found."""

from __future__ import annotations

import pytest

from conftest import raw, scanned

# A holding's number and a birth date, made up for these tests.
CPH = "44/123/4567"


def values(name: str, content: str, type_: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == type_]


# --- a CPH's shape right after a release's own word --------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("notes.md", f"Upgraded to version {CPH} of the schema.\n"),
    ("notes.md", f"Version {CPH} is the current one.\n"),
    ("notes.md", f"Schema version: {CPH}\n"),
    ("CHANGELOG.md", f"- release {CPH} fixes the export\n"),
    ("build.txt", f"Build {CPH}\n"),
    ("meta.json", f'{{"schemaVersion": "{CPH}"}}\n'),
    ("meta.yaml", f"version: {CPH}\n"),
])
def test_a_cph_shaped_number_after_version_release_or_build_is_not_a_cph(
        name: str, content: str) -> None:
    assert values(name, content, "DEFRA_CPH") == []


@pytest.mark.parametrize("content", [
    f"Holding {CPH} was inspected, version 2 of the form.\n",
    f"CPH {CPH} (form version 3)\n",
    f"The farm at {CPH} was visited.\n",
])
def test_a_cph_with_a_version_later_on_its_line_is_still_found(content: str) -> None:
    assert values("visit.md", content, "DEFRA_CPH") == [CPH]


# --- the day a thing started, or an age was taken on -------------------------------------
@pytest.mark.parametrize("content", [
    "The birthday reminder feature went live 01/02/2022.\n",
    "Birthday emails go live on 14/03/2024.\n",
    "The team was born out of a review; founded 01/04/2019.\n",
    "Born Digital programme kicked off 05/05/2020.\n",
    "Age at 31/03/2024 must be 18 or over, from the date of birth.\n",
    "Count of births as at 31/03/2023 by region.\n",
    "DOB checks began 12 June 2021 across the service.\n",
])
def test_a_date_after_its_start_or_as_at_label_is_not_a_birth_date(content: str) -> None:
    assert values("notes.md", content, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("content", "date"), [
    ("DOB: 03/03/1984 (age at 31/03/2024: 40)\n", "03/03/1984"),
    ("Born 14 Feb 1975, founded the firm in 2001.\n", "14 Feb 1975"),
    ("Date of birth went unrecorded; DOB 12/06/1981.\n", "12/06/1981"),
])
def test_a_birth_date_beside_start_words_is_still_found(content: str, date: str) -> None:
    assert values("notes.md", content, "DATE_OF_BIRTH") == [date]


# --- the GOV.UK Design System's summary list, which prototypes copy ----------------------
SUMMARY_LIST = """<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt>Name</dt><dd>Sarah Philips</dd></div>
  <div class="govuk-summary-list__row"><dt>Date of birth</dt><dd>5 January 1978</dd></div>
  <div class="govuk-summary-list__row"><dt>Address</dt>
    <dd>72 Guild Street<br>London<br>SE23 6FH</dd></div>
  <div class="govuk-summary-list__row"><dt>Contact details</dt>
    <dd>07700 900457<br>sarah.phillips@example.com</dd></div>
</dl>
"""


@pytest.mark.parametrize("name", ["check-answers.html", "check-answers.njk"])
def test_the_design_systems_summary_list_example_is_not_personal_data(name: str) -> None:
    assert [f for f in scanned(name, SUMMARY_LIST) if f.kind == "personal-data"] == []


def test_a_real_birth_date_and_postcode_in_a_summary_list_are_found() -> None:
    content = SUMMARY_LIST.replace("5 January 1978", "6 January 1978") \
        .replace("SE23 6FH", "SE23 6FJ")
    found = {f.type: raw(content, f) for f in scanned("check-answers.html", content)}
    assert found.get("DATE_OF_BIRTH") == "6 January 1978"
    assert found.get("UK_POSTCODE") == "SE23 6FJ"


# --- a bound named as a cut-off ----------------------------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("rules.py", "DOB_CUTOFF = date(2006, 3, 14)  # must be born before\n"),
    ("rules.yaml", "dob_cut_off: 2006-03-14\n"),
    ("notes.md", "Birth date cutoff 14/03/2006 for the scheme.\n"),
])
def test_a_birth_dates_cut_off_is_a_rule_not_a_birth_date(name: str, content: str) -> None:
    assert values(name, content, "DATE_OF_BIRTH") == []


def test_a_birth_date_in_a_test_of_the_cut_off_is_still_found() -> None:
    content = "customer = make_customer(dob=date(1985, 3, 14))\n"
    assert values("test_rules.py", content, "DATE_OF_BIRTH") == ["1985, 3, 14"]
