"""A release's date after its version and a feature switch's date beside birth words, a
conferencing service's local numbers listed by place, and an NI number run into a birth
date in a headerless fixed-width extract."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def values(name: str, content: str, type_: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == type_]


# --- a release's date, a switch's date ---------------------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("NOTES.md", "DOB check introduced in v2.3 (12/03/2021).\n"),
    ("CHANGELOG.md", "## [2.3.0] - 2021-03-12 - date of birth check\n"),
    ("CHANGELOG.md", "- 2.3.0 (2021-03-12): date of birth validation\n"),
    ("CHANGELOG.md", "### 4.1.0-rc.1 (2022-05-14) DOB field\n"),
    ("RELEASES.md", "Birth date lookup, 1.4: 14/05/2022\n"),
    ("RELEASES.md", "Date of birth field v1.2, 2024-03-01\n"),
])
def test_a_date_right_after_a_version_is_the_release_s(name: str, content: str) -> None:
    assert values(name, content, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("name", "content"), [
    ("flags.properties", "feature.dob.enabled.since=2021-03-12\n"),
    ("flags.properties", "dob_check_enabled_from=14/05/2022\n"),
    ("flags.yaml", "dob_lookup:\n  disabled_since: 2022-05-14\n"),
    ("NOTES.md", "The DOB check was enabled on 12/03/2021.\n"),
    ("NOTES.md", "Date of birth matching rolled out 12/03/2021.\n"),
    ("NOTES.md", "DOB check live since 12/03/2021.\n"),
    ("V2__dob.sql", "-- Ticket CLM-1234 (raised 28/02/2024): store DOB\n"),
    ("NOTES.md", "DOB page design signed off 2024-03-01\n"),
    ("NOTES.md", "Date of birth lookup approved 2024-03-01 by the board\n"),
])
def test_a_switch_s_or_a_work_item_s_date_beside_birth_words_is_not_a_birth_date(
        name: str, content: str) -> None:
    assert values(name, content, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("name", "content", "date"), [
    ("people.properties", "customer.dob=1980-03-12\n", "1980-03-12"),
    ("notes.md", "Patient 2.3 (DOB 12/03/1980) was seen.\n", "12/03/1980"),
    ("notes.md", "DOB: 12/03/1980, customer since 2015.\n", "12/03/1980"),
    ("notes.md", "Born 12/03/1980 - 2 children.\n", "12/03/1980"),
])
def test_a_birth_date_beside_a_number_or_since_is_still_found(
        name: str, content: str, date: str) -> None:
    assert values(name, content, "DATE_OF_BIRTH") == [date]


# --- a CI system's numbers -----------------------------------------------------------------
@pytest.mark.parametrize("content", [
    "Build number 07911482917 (CI)\n",
    "Pipeline ID: 07911482917\n",
    "run id 07911482917 failed\n",
])
def test_a_build_s_or_a_run_s_number_is_not_a_phone(content: str) -> None:
    assert values("ci.log", content, "PHONE_NUMBER") == []


def test_a_phone_beside_a_build_s_number_is_still_found() -> None:
    content = "Build 4821 failed; call Priya on 07911 482917\n"
    assert values("ci.log", content, "PHONE_NUMBER") == ["07911 482917"]


# --- a meeting's dial-in numbers ---------------------------------------------------------
ZOOM = """Dial by your location
        +44 131 460 1196 United Kingdom
        +44 203 481 5237 United Kingdom
        +1 312 626 6799 US (Chicago)
        +353 1 536 9320 Ireland
Meeting ID: 812 3456 7890
"""
WEBEX = """Join by phone
+44-20-7660-3104 United Kingdom Toll
+44-20-3478-5289 UK Toll-Free
"""
MEET = """Join by phone
(GB) +44 20 3957 1842 PIN: 482 917 365#
"""


@pytest.mark.parametrize("content", [ZOOM, WEBEX, MEET])
def test_a_conferencing_service_s_local_numbers_are_not_a_person_s(content: str) -> None:
    assert values("invite.txt", content, "PHONE_NUMBER") == []


@pytest.mark.parametrize(("content", "number"), [
    ("Contact: Priya, +44 7911 482917 United Kingdom\n", "+44 7911 482917"),
    ("+44 7911 482917\nUnited Kingdom\n", "+44 7911 482917"),
    ("+44 7911 482917 United Kingdom, call after 6\n", "+44 7911 482917"),
    ("Mobile: 07911 482917 (UK)\n", "07911 482917"),
    ("07911 482917\tUnited Kingdom\n", "07911 482917"),  # a tab-separated row's cells
])
def test_a_person_s_number_with_a_country_is_still_found(content: str, number: str) -> None:
    assert values("contact.txt", content, "PHONE_NUMBER") == [number]


# --- a headerless fixed-width extract ----------------------------------------------------
EXTRACT = """0000001HARGREAVES DOMINIC   JE482917B19800112LS11 5DQ4945807302
0000002OKAFOR     GRACE     NP739164C03121975BS1  4TR4157368193
"""


def test_an_ni_number_run_into_a_birth_date_is_found_without_a_header() -> None:
    assert values("extract.dat", EXTRACT, "UK_NINO") == ["JE482917B", "NP739164C"]


@pytest.mark.parametrize("content", [
    "ref JE482917B12345678\n",     # eight digits that are no date
    "ref JE482917B19801399\n",     # no such month or day
    "XJE482917B19800112\n",        # inside a longer id
    "QQ123456C19800112\n",         # the reserved example
])
def test_an_ni_number_s_shape_before_digits_that_are_no_date_stays_quiet(content: str) -> None:
    assert values("extract.dat", content, "UK_NINO") == []


# --- the Personal Demographics Service names an NHS number -------------------------------
@pytest.mark.parametrize("content", [
    "2024-03-01T10:12:46Z ERROR PdsClient: lookup failed for 4945807302 (HTTP 404)\n",
    "pds_lookup(4945807302)\n",
    "Personal Demographics Service returned 4945807302\n",
])
def test_a_number_looked_up_in_pds_is_an_nhs_number(content: str) -> None:
    assert values("app.log", content, "UK_NHS") == ["4945807302"]


def test_a_bare_ten_digit_number_without_pds_stays_quiet() -> None:
    content = "2024-03-01T10:12:46Z ERROR Client: lookup failed for 4945807302 (HTTP 404)\n"
    assert values("app.log", content, "UK_NHS") == []


# --- a login on a host after a remote shell's command ------------------------------------
@pytest.mark.parametrize("content", [
    "ssh -i key.pem ubuntu@ec2-3-8-12-44.eu-west-2.compute.amazonaws.com\n",
    "ssh ec2-user@bastion.example-service.co.uk\n",
    "scp dump.sql ec2-user@bastion.example-service.co.uk:/tmp/\n",
    "sftp -P 2222 deploy@files.example-service.co.uk\n",
])
def test_a_login_after_ssh_scp_or_sftp_is_not_an_email_address(content: str) -> None:
    assert values("runbook.md", content, "EMAIL_ADDRESS") == []


@pytest.mark.parametrize("content", [
    "Send your ssh public key to dominic.hargreaves@btinternet.com\n",
    "scp: ask dominic.hargreaves@btinternet.com for access\n",
    "Contact dominic.hargreaves@btinternet.com about ssh access\n",
])
def test_an_email_address_on_a_line_about_ssh_is_still_found(content: str) -> None:
    assert values("runbook.md", content, "EMAIL_ADDRESS") == ["dominic.hargreaves@btinternet.com"]


# --- a kind of value's example -----------------------------------------------------------
@pytest.mark.parametrize("content", [
    "Date of birth: dates like 31/12/1999 should be validated.\n",
    "The DOB parser accepts values like '1999-12-31'.\n",
    "Birth date inputs like 31/12/1999 are rejected.\n",
])
def test_a_date_given_as_an_example_of_a_kind_is_not_a_birth_date(content: str) -> None:
    assert values("dob.md", content, "DATE_OF_BIRTH") == []


def test_a_birth_date_after_like_in_other_words_is_still_found() -> None:
    content = "She was born, it seems like 31/12/1979 from the form.\n"
    assert values("notes.md", content, "DATE_OF_BIRTH") == ["31/12/1979"]
