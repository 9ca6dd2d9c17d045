"""The forms an identifier takes in the wild: how it is written, where it is written and
the lookalikes that share its shape. Every value here is made up."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from safecommit.config import Config
from safecommit.model import Blob
from safecommit.scan import scan_blob


def found(name: str, content: str) -> set[tuple[int, str]]:
    return {(f.line, f.type) for f in scanned(name, content) if f.kind == "personal-data"}


def types(name: str, content: str) -> set[str]:
    return {t for _, t in found(name, content)}


def spans(name: str, content: str) -> set[tuple[str, str]]:
    """Each finding's type and the text it covers."""
    return {(f.type, raw(content, f)) for f in scanned(name, content) if f.kind == "personal-data"}


# --- Firm Reference Number -------------------------------------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("payment-request.json", '{"frn": 1102876453, "marketingYear": 2024}\n'),
    ("values.yaml", "testFrn: 1102876453\n"),
    ("terraform.tfvars", "test_frn = 1102876453\n"),
    ("payments.tsv", "Payee\tFRN\tAmount\nx\t1102876453\t150.00\n"),
    ("worker.log", "2024-06-11 10:15:36,000 INFO worker Payment sent for FRN 1102876453\n"),
    ("notes.md", "Their firm reference number is 1102876453.\n"),
    ("Payment.cs", 'var request = new PaymentRequest { Frn = 1102876453 };\n'),
])
def test_a_firm_reference_number_is_found_by_its_name(name: str, content: str) -> None:
    assert "DEFRA_FRN" in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("payment-request.json", '{"invoiceNumber": 1102876453, "marketingYear": 2024}\n'),
    ("payment-request.json", '{"frn": 1234567890}\n'),  # a placeholder
    ("payment-request.json", '{"frn": 9991102876}\n'),  # how redaction writes one
    ("payment-request.json", '{"frn": 110287645}\n'),  # nine digits
    ("notes.md", "Build 1102876453 passed.\n"),
])
def test_ten_digits_without_the_name_or_a_fake_frn_is_not_one(name: str, content: str) -> None:
    assert "DEFRA_FRN" not in types(name, content)


# --- Customer Reference Number in a customer's name ----------------------------------------
@pytest.mark.parametrize(("name", "content", "expected"), [
    # in the range CRNs are issued from, named only as a customer's or a person's
    ("CHANGELOG.md", "- Hotfix for customer 1100872341 duplicate emails.\n", {"DEFRA_CRN"}),
    ("test_claims.py", 'client.get("/customers/1102938475/claims")\n', {"DEFRA_CRN"}),
    ("get-person.json", '{"urlPath": "/person/1100872341/summary"}\n', {"DEFRA_CRN"}),
    # outside the range, a placeholder, a time, or no customer named
    ("notes.md", "Customer 2024061112 called back.\n", set()),
    ("notes.md", "Customer 1100000000 is the placeholder.\n", set()),
    ("audit.log", "customer updated_at=1100872341\n", set()),
    ("chat.txt", "Agent: and your order number?\nCustomer: 1103587264\n", set()),
    ("customer.test.js", "expect(customer.createdAt).toBe('2024-03-12')\n"
                         "expect(result.count).toBe(1104418273)\n", set()),
    ("notes.md", "Build 1100872341 passed.\n", set()),
])
def test_ten_digits_in_the_crn_range_named_as_a_customers_are_a_crn(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


# --- Long literals ---------------------------------------------------------------------------
@pytest.mark.parametrize(("content", "type_", "value"), [
    ("static final long SBI = 117234906L;\n", "DEFRA_SBI", "117234906"),
    ("private const long Crn = 1103587264L;\n", "DEFRA_CRN", "1103587264"),
    ("val frn: Long = 1102876453L\n", "DEFRA_FRN", "1102876453"),
    ("static final long NHS_NUMBER = 7542555030L;\n", "UK_NHS", "7542555030"),
    ("static final long PASSPORT_NUMBER = 512390875L;\n", "UK_PASSPORT", "512390875"),
])
def test_an_id_written_as_a_long_literal_is_found_without_its_suffix(content: str, type_: str,
                                                                    value: str) -> None:
    assert (type_, value) in spans("Fixtures.java", content)


@pytest.mark.parametrize("content", [
    "static final long SBI = 117234906Lx;\n",
    "static final long SBI = 117234906LL;\n",
    "static final long SBI = 1172349061L;\n",  # ten digits: not an SBI
])
def test_a_long_suffix_does_not_end_a_longer_word(content: str) -> None:
    assert "DEFRA_SBI" not in types("Fixtures.java", content)


# --- Dates of birth --------------------------------------------------------------------------
@pytest.mark.parametrize(("value", "date"), [
    ("1984-05-28T00:00:00.000Z", "1984-05-28"),  # a Date serialised by JavaScript
    ("1984-05-28T00:00:00Z", "1984-05-28"),
    ("1984-05-28T00:00:00+00:00", "1984-05-28"),
    ("1984-05-28T00:00", "1984-05-28"),
    ("1984-05-28 00:00:00", "1984-05-28"),  # a SQL datetime
    ("1984-05-28 00:00:00.000", "1984-05-28"),
    ("28/05/1984 00:00:00", "28/05/1984"),
    ("5/28/1984 12:00:00 AM", "5/28/1984"),  # .NET's DateTime
    ("28-May-1984", "28-May-1984"),  # Oracle's DD-MON-YYYY
    ("28-MAY-84", "28-MAY-84"),  # and DD-MON-RR
    ("28-Feb-1984", "28-Feb-1984"),
    ("1984/05/28", "1984/05/28"),  # year first with slashes
    ("1984.05.28", "1984.05.28"),  # or with dots, under a birth date's own key
    ("19840528", "19840528"),  # a database's or a fixed-width file's eight digits
])
def test_a_birth_date_stored_with_midnight_or_in_oracle_form_is_found(value: str,
                                                                     date: str) -> None:
    assert spans("fixture.json", f'{{"dob": "{value}"}}\n') == {("DATE_OF_BIRTH", date)}


@pytest.mark.parametrize("value", [
    "1984-05-28T10:15:00.000Z",  # a time of day: when something happened
    "1984-05-28 00:00:01",
    "1984-05-28 09:30",
    "1984-05-28T00:00:00.123Z",
    "5/28/1984 12:00:00 PM",
    "28/May/1984:10:00:00",  # an access log's
    "28-Mya-1984",
    "30-Feb-1984",
    "28-May-2099",
    "19841328",  # no thirteenth month
    "1984.13.28",  # dots, year first: no thirteenth month either
])
def test_a_date_with_a_real_time_or_no_real_day_is_not_a_birth_date(value: str) -> None:
    assert types("fixture.json", f'{{"dob": "{value}"}}\n') == set()


def test_a_redacted_oracle_date_is_a_fake_one() -> None:
    (finding,) = scan_blob(Blob("a.json", b'{"dob": "28-MAY-84"}\n'), Config(), b"s")[0]
    assert finding.suggestion is not None
    assert types("a.json", f'{{"dob": "{finding.suggestion}"}}\n') == set()


# --- National Insurance numbers --------------------------------------------------------------
@pytest.mark.parametrize("value", ["JG 103795 B", "JG103795 B", "JG 103795B", "JG103795B",
                                   "JG 10 37 95 B", "JG-10-37-95-B",
                                   # spaced as it was read out, under its name
                                   "JG 1037 95 B"])
def test_a_nino_is_found_in_each_of_its_groupings(value: str) -> None:
    assert spans("claimant.yaml", f"nino: {value}\n") == {("UK_NINO", value)}


@pytest.mark.parametrize(("name", "content"), [
    ("notes.md", "Their NI number is JG 103795 B.\n"),
    ("claimant.yaml", "ni_no: jg 103795 b\n"),
])
def test_a_nino_with_its_six_digits_together_is_found_by_its_name(name: str,
                                                                  content: str) -> None:
    assert types(name, content) == {"UK_NINO"}


@pytest.mark.parametrize("content", [
    "Survey point SU 123456 A was dry.\n",  # a grid reference, then a letter
    "nino: QQ 123456 C\n",
    "nino: BG 103795 A\n",
])
def test_six_digits_between_letters_without_a_nino_name_or_a_nino_shape_are_not_one(
        content: str) -> None:
    assert "UK_NINO" not in types("notes.txt", content)


# --- Email addresses and Message-IDs ---------------------------------------------------------
@pytest.mark.parametrize("value", ["olwen.parry281184@farmpost.co.uk",
                                   "olwenparry1984@outlook.com", "o_parry_28111984@gmail.com"])
def test_a_mailbox_of_words_and_a_number_is_an_email_address(value: str) -> None:
    assert spans("contact.yaml", f"email: {value}\n") == {("EMAIL_ADDRESS", value)}


@pytest.mark.parametrize("value", [
    "20240611101536.4f2a9c@mail.farmpost.co.uk",  # a timestamp and a counter
    "171810153612.20800.1652638804087@mailhost.farmpost.co.uk",
    "3f2a9c1e-55b0-4c1e-9f7a-2d1c0e4b7a61@mail.farmpost.co.uk",  # a UUID
    "msg28111984a7@mail.farmpost.co.uk",  # digits inside, not at the end
    "relay1718101536@mail.farmpost.co.uk",  # a clock's ten digits
])
def test_a_message_id_is_not_an_email_address(value: str) -> None:
    assert types("notes.txt", f"See <{value}> for the thread.\n") == set()


@pytest.mark.parametrize(("name", "content"), [
    ("cattle.json", '{"calfDateOfBirth": "2021-03-14"}\n'),
    ("animals.yaml", "animal_dob: 2021-03-14\n"),
    ("Horse.java", 'horse.setEquineBirthDate("14/03/2021");\n'),
    ("notes.md", "Calf born 14 March 2021, ear tag on file.\n"),
    ("notes.md", "Puppy dob: 14/03/2021\n"),
])
def test_an_animals_birth_date_is_not_a_persons(name: str, content: str) -> None:
    assert types(name, content) == set()


@pytest.mark.parametrize(("name", "content"), [
    # The record says whose: a row with an ear tag and a breed is a calf's.
    ("movements.csv", "ear_tag,breed,sex,date_of_birth\nUK123456700001,Angus,F,2021-03-14\n"),
    ("calves.csv", "Tag,Born,Dam,Sire\nUK 321456 700001,2024-02-11,UK 321456 200345,Marcus\n"),
    ("animals.json", '[{"earTag": "UK123456700001", "breed": "Limousin",\n'
                     '  "dateOfBirth": "2021-03-14", "sex": "F"}]\n'),
    ("herd.yaml", "animals:\n  - earTag: UK123456700001\n    breed: Angus\n"
                  "    dob: 2021-03-14\n"),
    ("calves.sql", "INSERT INTO calves (ear_tag, dam, born)\n"
                   "VALUES ('UK1', 'UK2', '2021-03-14');\n"),
    ("fixtures.py", 'calf = Animal(ear_tag="UK123456700001", breed="Angus",\n'
                    '              date_of_birth=date(2021, 3, 14))\n'),
    ("dogs.ts", 'const rex = {\n  microchip: "985112003456789",\n  dob: "2021-03-14",\n};\n'),
])
def test_a_birth_date_in_an_animals_record_is_not_a_persons(name: str, content: str) -> None:
    assert types(name, content) - {"PERSON"} == set()


@pytest.mark.parametrize(("name", "content"), [
    # A record that names a person is theirs, whatever animal words are beside it.
    ("applications.js", "const a = {\n  farmerName: 'Ceri Morgan',\n"
                        "  dateOfBirth: '1981-01-14',\n  species: 'sheep',\n"
                        "  breed: 'Texel',\n}\n"),
    ("keepers.csv", "ear_tag,breed,keeper_dob\nUK123456700001,Angus,1961-03-14\n"),
    ("mixed.csv", "ear_tag,breed,date_of_birth,email\nUK1,Angus,1961-03-14,x@example.com\n"),
    # The keeper's own record holds a list of animals: the list is a record of its own.
    ("keeper.json", '{"dob": "1961-03-14", "animals": [{"earTag": "UK1", "breed": "Angus"}]}\n'),
    ("keeper.yaml", "keeper:\n  dob: 1961-03-14\n  animals:\n    - earTag: UK1\n"
                    "      breed: Angus\n"),
    ("keeper.py", 'keeper = Person(\n    dob=date(1961, 3, 14),\n'
                  '    herd=[Animal(ear_tag="UK1", breed="Angus")],\n)\n'),
])
def test_a_persons_birth_date_beside_an_animals_record_is_still_found(name: str,
                                                                      content: str) -> None:
    assert "DATE_OF_BIRTH" in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("model.json", '{"dobVerifiedAt": "2024-03-01", "dateOfBirthUpdatedOn": "2023-11-02"}\n'),
    ("user.py", 'user.date_of_birth_last_modified = "2023-11-02"\n'),
    ("CHANGELOG.md", "On 12/03/2024 we fixed the date of birth validation bug.\n"),
    ("validate.py", "# Date of birth validation added 2023-04-01 (ticket AB-123)\n"),
    ("notes.md", "The date_of_birth column migration ran on 2023-04-01.\n"),
])
def test_a_date_about_the_birth_date_field_is_not_a_birth_date(name: str,
                                                                content: str) -> None:
    assert types(name, content) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("applicant.json", '{"name": "Olwen Parry", "dob": "1984-05-28", "pet": "none"}\n'),
    ("applicants.csv", "id,dob,status\n7,28/05/1984,OPEN\n"),
    ("notes.md", "Her date of birth is 28 May 1984.\n"),
    ("notes.md", "DOB updated to 28/05/1984 after the call.\n"),
    ("notes.md", "Keeper date of birth: 28/05/1984\n"),
    ("notes.md", "Born 28/05/1984, she keeps sheep on the holding.\n"),
])
def test_a_persons_birth_date_beside_those_words_is_still_found(name: str,
                                                                content: str) -> None:
    assert "DATE_OF_BIRTH" in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("rules.md", "Cattle born on or after 1 July 1996 must have a cattle passport.\n"),
    ("rules.md", "Applicants born before 01/04/1960 are exempt.\n"),
    ("rules.md", "Anyone born after 31 March 2008 cannot apply (date of birth check).\n"),
    ("rules.md", "Date of birth must be no later than 31/03/2008.\n"),
    ("rules.js", "if (animal.dateOfBirth < '1996-07-01') { // born before the scheme\n"),
    ("rules.py", "if applicant.date_of_birth >= date(2008, 3, 31):\n"),
    ("Rules.cs", "if (person.DateOfBirth > new DateTime(2008, 3, 31)) {\n"),
    ("query.sql", "SELECT id FROM person WHERE dob <= '2008-03-31';\n"),
    ("dob.html", '<label for="dob">Date of birth</label>\n'
                 '<div class="govuk-hint">For example, 27/03/2007</div>\n'),
    ("form.njk", 'hint: { text: "Date of birth, e.g. 27 3 2007 or e.g. 27/03/2007" }\n'),
])
def test_a_birth_date_rule_or_example_is_not_a_birth_date(name: str, content: str) -> None:
    assert "DATE_OF_BIRTH" not in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("notes.md", "Born 28/05/1984 in Truro.\n"),
    ("notes.md", "Date of birth: 28 May 1984, before the move to Leeds.\n"),
    ("table.html", "<tr><th>Date of birth</th><td>28/05/1984</td></tr>\n"),
    # an API sample is data: a real one must not be in the schema (1900-01-01 is the fake)
    ("schema.yaml", "properties:\n  dateOfBirth:\n    type: string\n    format: date\n"
                    "    example: '1984-05-28'\n"),
    ("test_user.py", 'assert user.date_of_birth == "1984-05-28"\n'),
    ("notes.md", "> DOB 28/05/1984\n"),
])
def test_a_birth_date_near_those_words_but_not_bounded_by_them_is_found(name: str,
                                                                        content: str) -> None:
    assert "DATE_OF_BIRTH" in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("contact.md", "Email the team at hedgerow-grant@defra.gov.uk.\n"),
    ("pyproject.toml", 'authors = ["Defra DDTS <ddts-platform@defra.gov.uk>"]\n'),
    ("CODEOWNERS", "* @org/fcp @ fcp-developers@defra.gov.uk\n"),
])
def test_a_public_bodys_team_mailbox_is_not_personal_data(name: str, content: str) -> None:
    assert "EMAIL_ADDRESS" not in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("contact.md", "Email olwen.parry@defra.gov.uk or the team.\n"),
    ("pyproject.toml", 'authors = ["Olwen Parry <oparry@defra.gov.uk>"]\n'),
    ("contact.md", "Ask o.parry@apha.gov.uk.\n"),
])
def test_a_persons_mailbox_on_a_public_bodys_domain_is_found(name: str, content: str) -> None:
    assert "EMAIL_ADDRESS" in types(name, content)


# --- Addresses ----------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("privacy.md", "Rural Payments Agency, PO Box 352, Worksop, S80 9FG\n"),
    ("privacy.md", "Rural Payments Agency, Northgate House, 21-23 Valpy Street, Reading RG1 1AF\n"),
    ("privacy.md", "Write to us at Freepost RTKB-ABCD, Exeter EX1 1QA.\n"),
    ("contact.html", "<p>Acme Farm Supplies Ltd, 14 Mill Lane, Crediton EX17 2DF</p>\n"),
    ("letter.txt", "Teignbridge District Council\nForde House\nNewton Abbot\nTQ12 4XX\n"),
    ("letter.txt", "Animal and Plant Health Agency\nP.O. Box 12\nWorksop\nS80 9FG\n"),
    ("footer.njk", "Natural England<br>\nUnits 3-5, Example Park<br>\nYork YO1 7PX\n"),
])
def test_an_organisations_address_is_not_a_households(name: str, content: str) -> None:
    assert types(name, content) & {"UK_POSTCODE", "STREET_ADDRESS"} == set()


@pytest.mark.parametrize(("name", "content"), [
    ("notes.md", "She lives at 12 Mill Lane, Crediton EX17 2DF.\n"),
    ("notes.md", "12 College Road, Crediton EX17 2DF\n"),
    ("notes.md", "Hospital Cottages, 4 Mill Lane, Crediton EX17 2DF\n"),
    ("letter.txt", "Olwen Parry\n12 Mill Lane\nCrediton\nEX17 2DF\n"),
    # the company's row does not clear the person's row below it
    ("people.csv", "name,address,postcode\nAcme Ltd,Unit 3,EX1 1QA\n"
                   "Olwen Parry,12 Mill Lane,EX17 2DF\n"),
    ("people.yaml", "employer: Acme Ltd\nhome_postcode: EX17 2DF\n"),
])
def test_a_households_address_beside_an_organisations_words_is_still_found(
        name: str, content: str) -> None:
    last = content.count("\n")  # the household's postcode is on the last line
    assert (last, "UK_POSTCODE") in found(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("boundaries.md", "Hedges follow Watling Street and Ermine Street.\n"),
    ("boundaries.md", "The route crosses Fosse Way, then Stane Street.\n"),
    ("routes.py", '# Mill Lane and Church Street are closed at the junction\n'),
    ("directions.md", "Turn left at Station Road, then right into Church Street.\n"),
])
def test_a_street_name_alone_in_prose_is_not_an_address(name: str, content: str) -> None:
    assert "STREET_ADDRESS" not in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("applicant.json", '{"street": "Mill Lane", "town": "Crediton"}\n'),
    ("applicant.yaml", "street: Mill Lane\n"),
    ("applicants.csv", "id,street,town\n7,Mill Lane,Crediton\n"),
    ("notes.md", "She lives at Mill Lane, Crediton.\n"),
    ("notes.md", "Address: Mill Lane, Crediton\n"),
    ("notes.md", "Deliveries to 12 Mill Lane and 4 Church Street.\n"),
])
def test_a_street_under_its_key_or_an_address_word_or_with_a_number_is_found(
        name: str, content: str) -> None:
    assert "STREET_ADDRESS" in types(name, content)


# --- IP addresses ---------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("CHANGELOG.md", "## [1.14.2.10] - 2024-09-10\n"),
    ("CHANGELOG.md", "# [86.14.203.77](https://example.com/compare) - 2024-09-10\n"),
    ("handbook.md", "Intro\n\n## 5.12.3.14 Eligible land\n"),
    ("handbook.md", "#### 86.14.203.77 Payment rates\n"),
    ("handbook.adoc", "=== 86.14.203.77 Payment rates\n"),
])
def test_four_numbers_that_open_a_heading_are_a_section_or_a_release(name: str,
                                                                     content: str) -> None:
    assert "IP_ADDRESS" not in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("hosts", "# 86.14.203.77 old-gateway\n"),
    ("notes.md", "## Incidents\nClient 86.14.203.77 sent the requests.\n"),
    ("nginx-access.log", '86.14.203.77 - - [10/Oct/2024:13:55:36 +0000] "GET / HTTP/1.1"\n'),
    ("notes.md", "Blocked #86.14.203.77 and ## after 86.14.203.78\n"),
])
def test_an_ip_in_a_comment_a_log_or_a_headings_body_is_found(name: str, content: str) -> None:
    assert "IP_ADDRESS" in types(name, content)


# --- Labels abbreviated as forms print them, and in Welsh --------------------------------------
@pytest.mark.parametrize(("name", "content", "expected"), [
    ("payees.csv", "Payee,A/C No\nX,73419028\n", {"UK_BANK_ACCOUNT"}),
    ("letter.txt", "Please pay into A/C No 73419028 today.\n", {"UK_BANK_ACCOUNT"}),
    ("cleifion.csv", "Enw,Rhif GIG\nX,4010232188\n", {"UK_NHS"}),
    ("nodyn.txt", "Rhif GIG: 4010232188\n", {"UK_NHS"}),
])
def test_an_abbreviated_or_welsh_label_names_its_value(name: str, content: str,
                                                       expected: set[str]) -> None:
    assert types(name, content) - {"PERSON"} == expected


# --- NHS numbers in a REST path ---------------------------------------------------------------
@pytest.mark.parametrize(("name", "content", "expected"), [
    ("access.log", "GET /patients/4010232188/records HTTP/1.1\n", {"UK_NHS"}),
    ("fhir.http", "GET {{base}}/Patient/4010232188\n", {"UK_NHS"}),
    # a path's number after a version's or a date's segment, or with no word naming it
    ("access.log", "GET /v2/4010232188 HTTP/1.1\n", set()),
    ("access.log", "GET /orders/4010232188 HTTP/1.1\n", set()),
])
def test_an_nhs_number_in_a_rest_path_is_named_by_its_segment(name: str, content: str,
                                                               expected: set[str]) -> None:
    assert types(name, content) == expected


# --- NHS numbers and phone numbers -----------------------------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("contact.json", '{"phone": "415-555-0199"}\n'),  # North America's fictional block
    ("notes.md", "Call the studio on 212 555 0142.\n"),
    ("contact.json", '{"phone": "646-637-9566"}\n'),  # passes mod 11, under a phone key
    ("contact.yaml", "mobileNumber: 646 637 9566\n"),
    ("notes.md", "Her US cell 646-637-9566 is on file.\n"),
])
def test_a_phone_number_that_passes_mod_11_is_not_an_nhs_number(name: str,
                                                               content: str) -> None:
    assert "UK_NHS" not in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("patient.json", '{"nhsNumber": "646-637-9566", "phone": "07700 900123"}\n'),
    ("notes.md", "Patient NHS number 646 637 9566 was referred.\n"),
    ("patients.csv", "nhs_number,telephone\n646 637 9566,07700 900123\n"),
    ("patient.json", '{"nhsNumber": "6466379566"}\n'),
])
def test_an_nhs_number_beside_a_phone_number_is_still_found(name: str, content: str) -> None:
    assert "UK_NHS" in types(name, content)


# --- Bank details and vehicles under short names ---------------------------------------------
@pytest.mark.parametrize(("name", "content", "value"), [
    ("payments.csv", "Payee,Sort,Acct\nx,40-11-62,73419028\n", "73419028"),
    ("payee.json", '{"sortCode": "401162", "account": "73419028"}\n', "73419028"),
    ("payee.yaml", "acct: 73419028\n", "73419028"),
    ("notes.md", "Paid into account 73419028 on Friday.\n", "73419028"),
])
def test_bank_details_under_short_names_are_found(name: str, content: str,
                                                  value: str) -> None:
    assert ("UK_BANK_ACCOUNT", value) in spans(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("query.json", '{"sort": "name", "page": 401162}\n'),
    ("config.yaml", "sort: 401162\n"),  # not written as a sort code
    ("users.json", '{"accountId": "73419028"}\n'),
    ("azure.json", '{"storageAccount": "73419028"}\n'),
    ("payee.json", '{"account": "12345678"}\n'),
    ("payee.json", '{"account": "99991234"}\n'),
    ("Sort.java", "int[] sorted = sort(new int[] {40, 11, 62}); // 73419028\n"),
    # a date written as eight digits, beside the verb "account for"
    ("changelog", "+ improve the script used in 20141220 to account for wide characters\n"),
])
def test_other_sorts_and_accounts_are_not_bank_details(name: str, content: str) -> None:
    assert "UK_BANK_ACCOUNT" not in types(name, content)


@pytest.mark.parametrize("content", ["vrn: LK19 XRP\n", "vrn: A123 BCD\n"])
def test_a_vehicle_registration_number_under_vrn_is_found(content: str) -> None:
    assert "UK_VEHICLE_REGISTRATION" in types("vehicle.yaml", content)


def test_a_vat_registration_number_under_vrn_is_not_a_vehicle() -> None:
    assert types("vat.yaml", "vrn: 123456789\n") == set()


@pytest.mark.parametrize(("name", "content"), [
    ("Fixtures.java", "    .dateOfBirth(LocalDate.of(1984, 5, 28))\n"),
    ("seeds.rb", 'Customer.create!(name: "x", dob: Date.new(1984, 5, 28))\n'),
    ("test_applicant.py", "applicant = Applicant(date_of_birth=date(1984, 5, 28))\n"),
    ("test_applicant.py", "applicant = Applicant(dob=datetime(1984, 5, 28, 0, 0))\n"),
    ("applicant.test.js", "const dob = new Date(1984, 4, 28);\n"),
    ("ApplicantTests.cs", "var a = new Applicant { DateOfBirth = new DateOnly(1984, 5, 28) };\n"),
])
def test_a_birth_date_built_in_code_is_found(name: str, content: str) -> None:
    assert "DATE_OF_BIRTH" in types(name, content)


@pytest.mark.parametrize(("name", "content", "lines"), [
    ("test_applicant.py", "dob = date(1984, 5, 28)\ncreated_at = datetime(2024, 5, 28)\n",
     {1}),
    ("test_applicant.py", "applicant = Applicant(date_of_birth=date(1900, 1, 1))\n", set()),
    ("test_applicant.py", "applicant = Applicant(date_of_birth=date(2099, 5, 28))\n", set()),
    ("test_applicant.py", "sizes = max(1984, 5, 28)  # date of birth\n", set()),
])
def test_other_dates_built_in_code_are_not_birth_dates(name: str, content: str,
                                                       lines: set[int]) -> None:
    assert {line for line, t in found(name, content) if t == "DATE_OF_BIRTH"} == lines


# --- County Parish Holding numbers -----------------------------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("report.md", "Lab sample reference 24/118/0042 was inconclusive.\n"),
    ("results.csv", "batch,result\n24/118/0042,clear\n"),
    ("notes.md", "Invoice 24/118/0042 was paid.\n"),
])
def test_a_reference_shaped_like_a_cph_but_named_otherwise_is_not_one(name: str,
                                                                      content: str) -> None:
    assert "DEFRA_CPH" not in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("report.md", "Samples were taken at CPH 41/217/0093 on Tuesday.\n"),
    ("holdings.csv", "cph,herd_size\n41/217/0093,120\n"),
    ("notes.md", "The holding 41/217/0093 is under restriction.\n"),
])
def test_a_cph_named_as_one_is_still_found(name: str, content: str) -> None:
    assert "DEFRA_CPH" in types(name, content)



# --- Driving licence -----------------------------------------------------------------------
@pytest.mark.parametrize("value", ["HARTL703124JM9PQ", "HARTL 703124 JM9PQ",
                                   "HARTL703124JM9PQ 01", "HARTL 703124 JM9PQ 01"])
def test_a_driving_licence_is_found_as_printed_or_in_its_three_groups(value: str) -> None:
    assert spans("keeper.txt", f"Driving licence: {value}\n") == {("UK_DRIVING_LICENCE", value)}


@pytest.mark.parametrize("value", ["HARTL 703124JM9PQ", "MORGA 753116 SM9IJ",
                                   "HARTL 713124 JM9PQ"])
def test_a_licence_with_one_gap_a_specimen_or_no_month_is_not_one(value: str) -> None:
    assert types("keeper.txt", f"Driving licence: {value}\n") == set()


# --- Passport machine-readable zone ---------------------------------------------------------
MRZ_UK = "5334278613GBR8402150F3001019<<<<<<<<<<<<<<<0"
MRZ_M = "1203847562GBR7911037M2812313<<<<<<<<<<<<<<<8"


@pytest.mark.parametrize(("name", "content"), [
    ("passport-scan.txt", f"MRZ 1: P<GBRPARRY<<OLWEN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
                          f"MRZ 2: {MRZ_UK}\n"),
    ("test_reader.py", f'MRZ_LINE_2 = "{MRZ_M}"\n'),
    ("scans.json", f'{{"mrz": ["P<IRLX<<Y<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "{MRZ_UK}"]}}\n'),
    ("ReaderTest.java", f'assertEquals(parse("{MRZ_UK}").passportNumber(), x);\n'),
])
def test_a_passports_machine_readable_line_is_found_by_its_check_digits(name: str,
                                                                       content: str) -> None:
    assert "UK_PASSPORT" in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("kiosk-test.md", f"Scan from Tuesday:\n\n```\nP<GBRX<<Y<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
                      f"{MRZ_UK}\n```\n"),
    ("fixtures.ts", f"export const line = '{MRZ_M}';\n"),
])
def test_a_machine_readable_line_needs_no_word_to_name_it(name: str, content: str) -> None:
    assert "UK_PASSPORT" in types(name, content)


@pytest.mark.parametrize("value", [
    MRZ_UK[:9] + "4" + MRZ_UK[10:],  # the number's check digit is wrong
    MRZ_UK[:-1] + "7",  # the composite is wrong
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",  # ICAO's specimen
])
def test_a_machine_readable_line_that_fails_its_checks_or_is_the_specimen_is_not_one(
        value: str) -> None:
    assert types("mrz.txt", f"mrz:\n  line2: {value}\n") == set()
    assert types("scan.txt", f"{value}\n") == set()


# --- Bank details written as a pair --------------------------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("messages.json", '{"text": "his bank changed: 40-11-62 / 73419028, updated"}\n'),
    ("runbook.md", "Bank details on file were 40-11-62 73419028.\n"),
    ("FFC-export.csv", 'key,desc\nFFC-1,"Payee account 40 11 62, 73419028 closed"\n'),
])
def test_a_sort_code_and_account_written_as_a_pair_are_bank_details(name: str,
                                                                    content: str) -> None:
    assert types(name, content) == {"UK_BANK_ACCOUNT"}


@pytest.mark.parametrize(("name", "content"), [
    ("runbook.md", "The batch 12-03-24 73419028 ran at 10:22.\n"),  # no banking word
    ("runbook.md", "Bank run 12-03-24 1710238951 logged.\n"),  # ten digits: not an account
    ("runbook.md", "Use the bank details 99-99-99 99991234 in tests.\n"),  # a fake pair
    ("runbook.md", "Use the bank details 12-34-56 73419028 in tests.\n"),  # a fake half
])
def test_a_date_or_a_fake_pair_beside_a_number_is_not_bank_details(name: str,
                                                                  content: str) -> None:
    assert types(name, content) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("export.json", '{"reference": 19840528, "dob_note": "see file"}\n'),  # not its key
    ("notes.md", "Date of birth check ran as job 19840528.\n"),  # prose: no key
])
def test_eight_digits_not_under_a_birth_dates_key_are_not_one(
        name: str, content: str) -> None:
    assert types(name, content) == set()


# --- A rural address's first line ----------------------------------------------------------
@pytest.mark.parametrize(("name", "content", "value"), [
    ("applicant.json", '{"addressLine1": "Higher Eastcott Farm"}\n', "Higher Eastcott Farm"),
    ("applicant.yaml", "address_line_1: Glebe Farm\n", "Glebe Farm"),
    ("keepers.csv", "id,Address Line 1,Postcode\n1,Rowan Cottage,\n", "Rowan Cottage"),
])
def test_a_farms_or_a_houses_name_under_an_address_line_key_is_an_address(
        name: str, content: str, value: str) -> None:
    assert spans(name, content) == {("STREET_ADDRESS", value)}


@pytest.mark.parametrize(("name", "content"), [
    ("notes.md", "We visited Glebe Farm last week.\n"),  # prose: a place's name
    ("farm.json", '{"farmName": "Glebe Farm"}\n'),  # not an address line's key
    ("applicant.json", '{"addressLine1": "Example Farm"}\n'),  # a placeholder
])
def test_a_named_place_elsewhere_or_a_placeholder_is_not_an_address(name: str,
                                                                   content: str) -> None:
    assert types(name, content) == set()


# --- Phone numbers written with the country code in brackets ---------------------------------
@pytest.mark.parametrize(("content", "expected"), [
    ("Mobile: (+44) 7842 615093\n", {"PHONE_NUMBER"}),
    ("Tel (+44)1392 275810\n", {"PHONE_NUMBER"}),
    ("Mobile: (+44) (0)7842 615093\n", {"PHONE_NUMBER"}),
    ("Mobile: (+44) 7700 900123\n", set()),  # Ofcom's drama range
    ("Helpline (+44) 300 123 4567\n", set()),  # an organisation's 03 number
])
def test_a_country_code_in_brackets_opens_a_phone_number(content: str,
                                                         expected: set[str]) -> None:
    assert types("contacts.md", content) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ('- text: "US office: +1-415-555-2671."\n', set()),  # the 555 exchange: samples, fiction
    ("Phone: +1 (212) 555-7788\n", set()),
    ('- text: "US office: +1-415-556-2671."\n', {"PHONE_NUMBER"}),
])
def test_a_north_american_number_in_the_555_exchange_is_nobodys(content: str,
                                                               expected: set[str]) -> None:
    assert types("examples.yaml", content) == expected


def test_a_bracketed_country_code_keeps_its_form_in_the_suggestion() -> None:
    findings, _ = scan_blob(Blob("c.md", b"Mobile: (+44) 7842 615093\n"), Config(), b"s")
    assert [f.suggestion for f in findings] == ["(+44) 7700 900123"]


# --- Postcodes shown as a hint's or a guide's example -----------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("constants.ts", 'export const POSTCODE_HINT = "For example, CF10 1AQ";\n'),
    ("cy.json", '{"postcodeHint": "Er enghraifft, CF10 1AQ"}\n'),
    ("GUIDE.md", "Enter the postcode in capitals (e.g. LS6 3QW).\n"),
    ("form.html", '<div class="govuk-hint">For example, LS6 3QW</div>\n'),
])
def test_a_postcode_given_as_an_example_is_not_a_households(name: str, content: str) -> None:
    assert types(name, content) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("cy.json", '{"postcode": "CF10 1AQ", "hint": "Er enghraifft, SW1A 2AA"}\n'),
    ("GUIDE.md", "The claimant at 14 Rowan Close, LS6 3QW, has not replied.\n"),
])
def test_a_postcode_beside_an_example_elsewhere_is_still_found(name: str, content: str) -> None:
    assert "UK_POSTCODE" in types(name, content)


# --- HL7 patient segments --------------------------------------------------------------------
def test_a_patients_phone_in_an_hl7_segment_is_found_beside_its_other_numbers() -> None:
    content = ("MSH|^~\\&|PAS|RBZ|EPR|RBZ|20240517102231||ADT^A01|MSG00001|P|2.4\n"
               "PID|1||4854330120^^^NHS^NH||X^Y||19840215|F|||a^^b^^c||07811345672\n")
    assert "PHONE_NUMBER" in types("adt_a01.hl7", content)


@pytest.mark.parametrize("name", ["adt_a01.hl7", "feed.log", "message.txt"])
def test_a_patients_birth_date_in_an_hl7_segment_is_found_with_no_birth_word(name: str) -> None:
    # The segment names the field by its place: no word in the text says "birth".
    content = ("MSH|^~\\&|PAS|RBZ|EPR|RBZ|20240517102231||ADT^A01|MSG00001|P|2.4\r\n"
               "PID|1||||X^Y||19710923|F\n")
    assert (2, "DATE_OF_BIRTH") in found(name, content)


@pytest.mark.parametrize("pid3", ["H40123^^^RBZ^MR~4854330120^^^^NH", "4854330120"])
def test_an_nhs_number_among_an_hl7_patients_identifiers_is_found_without_its_authority(
        pid3: str) -> None:
    content = f"MSH|^~\\&|PAS|RBZ|EPR|RBZ|20240517||ADT^A01|1|P|2.4\nPID|1||{pid3}||X^Y\n"
    assert "UK_NHS" in types("adt_a01.hl7", content)


def test_a_patients_street_in_an_hl7_segment_is_found_in_capitals() -> None:
    content = "PID|1||||X^Y||19710923|F|||14 ROWAN CLOSE^^EXETER^^EX4 6PX\n"
    assert "STREET_ADDRESS" in types("adt_a01.hl7", content)


def test_an_hl7_order_number_is_no_nhs_number() -> None:
    content = "PID|1||H40123^^^RBZ^MR||X^Y\nOBR|1|4854330120|4854330121|CBC\n"
    assert "UK_NHS" not in types("oru_r01.hl7", content)


def test_a_process_id_is_no_hl7_segment() -> None:
    assert "DATE_OF_BIRTH" not in types("ps.log", "PID|19710923|running\n")


# --- Postcodes typed in lower or mixed case --------------------------------------------------
@pytest.mark.parametrize(("name", "content", "expected"), [
    ("keeper.json", '{"postcode": "sy23 3bu"}\n', {"UK_POSTCODE"}),
    ("keeper.json", '{"postCode": "Sy23 3Bu"}\n', {"UK_POSTCODE"}),
    ("keeper.yaml", "post_code: cf372dp\n", {"UK_POSTCODE"}),
    ("keeper.yaml", "postcode: sw1a 1aa\n", set()),  # a published example, in any case
    ("keeper.yaml", "postcode: xy23 3bu\n", set()),  # no such postcode area
    ("build.yaml", "commit: sy23 3bu\n", set()),  # not under a postcode's key
    ("notes.md", "my postcode is sy23 3bu\n", set()),  # a postcode word, not its key
    # a table of fields and their values: the row's field is the value's key
    ("intake.md", "| Field | Value |\n|---|---|\n| Postcode | sy23 3bu |\n", {"UK_POSTCODE"}),
])
def test_a_lower_case_postcode_is_one_only_under_a_postcode_key(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


# --- County Parish Holding numbers in a path, with blanks or hyphens, or as nine digits -------
@pytest.mark.parametrize(("name", "content", "expected"), [
    ("holdings.http", "GET /api/holdings/37/205/0081\n", {"DEFRA_CPH"}),
    ("holdings.http", "GET /api/cph/37/205/0081/animals\n", {"DEFRA_CPH"}),
    ("client.js", "await get(`/holdings/37/205/0081?include=animals`)\n", {"DEFRA_CPH"}),
    ("visit.md", "CPH: 37 205 0081\n", {"DEFRA_CPH"}),
    ("visit.md", "Holding number 37-205-0081\n", {"DEFRA_CPH"}),
    ("holding.json", '{"cphNumber": "372050081"}\n', {"DEFRA_CPH"}),
    ("holding.json", '{"sbi": "372050081", "cph": "37/205/0081"}\n', {"DEFRA_SBI", "DEFRA_CPH"}),
    # nothing names a holding: a path's, a phone's or a count's numbers
    ("files.http", "GET /api/files/37/205/0081\n", set()),
    ("files.http", "GET /api/v1/37/205/0081\n", set()),
    ("visit.md", "Phone 37 205 0081\n", set()),
    ("holding.json", '{"holdingCount": 372050081}\n', set()),
    ("visit.md", "Sample 24 118 3391 from the holding\n", set()),  # a laboratory's reference
    ("visit.md", "CPH 12 345 6789\n", set()),  # the documented example
])
def test_a_cph_in_a_path_or_without_its_slashes_is_found_where_a_holding_is_named(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


# --- Street and house names joined over small words ------------------------------------------
@pytest.mark.parametrize(("name", "content", "expected"), [
    ("keeper.json", '{"addressLine1": "Pen-y-Bryn Farm"}\n', {"STREET_ADDRESS"}),
    ("letter.md", "Address: 4 Bryn-y-Mor Road, Aberystwyth\n", {"STREET_ADDRESS"}),
    ("letter.md", "Address: 4 Heol-y-Nant Close\n", {"STREET_ADDRESS"}),
    ("notes.md", "See Pen-y-Bryn Farm for the sale\n", set()),  # a place's name, no key
    ("notes.md", "Use the re-run-the Build\n", set()),
])
def test_a_hyphenated_name_over_small_words_is_one_word_of_an_address(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


# --- MAC addresses in Cisco's dotted form ----------------------------------------------------
@pytest.mark.parametrize(("name", "content", "expected"), [
    ("mac-table.txt", "  10    3c22.fb91.0e7d    DYNAMIC     Gi1/0/3\n", {"MAC_ADDRESS"}),
    ("switch.log", "DHCP_SNOOPING: binding 3C22.FB91.0E7D vlan 10\n", {"MAC_ADDRESS"}),
    ("devices.yaml", "switch_port_mac: 3c22.fb9a.4108\n", {"MAC_ADDRESS"}),
    ("notes.md", "Build 2024.0517.0001\n", set()),  # digits only: a build's number
    ("notes.md", "mac 0000.5e00.5301\n", set()),  # the documentation block
    ("notes.md", "ffff.ffff.ffff broadcast\n", set()),
    ("app.py", "x = self.abcd.ef01.ab12\n", set()),  # attributes, not a MAC
    # a collation table's weights: two small numbers after the first group
    ("allkeys.txt", "002D  ; [*020D.0020.0002] # HYPHEN-MINUS\n", set()),
])
def test_a_mac_address_in_cisco_dotted_form_is_found(name: str, content: str,
                                                     expected: set[str]) -> None:
    assert types(name, content) == expected


# --- Numbers written with dots between their groups ------------------------------------------
@pytest.mark.parametrize(("content", "expected"), [
    ("The keeper typed their mobile as 07811.345.672 and the SMS failed.\n",
     {("PHONE_NUMBER", "07811.345.672")}),
    ("Tel: 01970.623.418\n", {("PHONE_NUMBER", "01970.623.418")}),
    ('{"phone": "0113.496.0123"}\n', set()),  # a drama number, in any form
    ("Sort code given as 40.11.62, account 73419028.\n",
     {("UK_BANK_ACCOUNT", "40.11.62"), ("UK_BANK_ACCOUNT", "73419028")}),
    # the same shapes with no phone or sort code about them: versions, dates, clock times
    ("Upgraded to 0.118.2 on 01.02.2024 at 10.15.30.\n", set()),
    ("Released 20.45.77 (build 0784.120.3566).\n", set()),
])
def test_a_phone_number_or_a_sort_code_written_with_dots_is_found(
        content: str, expected: set[tuple[str, str]]) -> None:
    assert spans("notes.md", content) == expected


# --- Nine digits typed in threes ---------------------------------------------------------------
@pytest.mark.parametrize(("content", "expected"), [
    ("sbi: 117 234 906\n", {"DEFRA_SBI"}),
    ("Farm SBI 200-418-735, please check.\n", {"DEFRA_SBI"}),
    ("Passport: 512 390 875\n", {"UK_PASSPORT"}),
    ('{"passportNumber": "308-861-274"}\n', {"UK_PASSPORT"}),
    # placeholders, and the same shape with no name of the id, or inside longer numbers
    ("sbi: 123 456 789\n", set()),
    ("SBI 106 000 000\n", set()),
    ("Invoice 117 234 906 was sent.\n", set()),
    ("SBI holder's NHS number 754 255 5030\n", {"UK_NHS"}),
    ("Passport office: +44 300 222 0000\n", set()),  # a phone, not an NHS number either
])
def test_an_sbi_or_a_passport_number_typed_in_threes_is_found_by_its_name(
        content: str, expected: set[str]) -> None:
    assert types("notes.md", content) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("Address: 27 Llys Glas, Cardiff\n", {"STREET_ADDRESS"}),
    ("Address: 4 Cwrt y Coed, Bangor\n", {"STREET_ADDRESS"}),
    ("Address: 9 Gerddi'r Eglwys, Ruthin\n", {"STREET_ADDRESS"}),
    ("The minutes of Llys Glas Community Council are online.\n", set()),
])
def test_a_welsh_street_word_opens_its_street(content: str, expected: set[str]) -> None:
    assert types("notes.md", content) == expected


def test_nat_ins_names_a_national_insurance_number() -> None:
    assert types("notes.md", "nat ins no JG 103795 B\n") == {"UK_NINO"}
    assert types("notes.md", "grid ref JG 103795 B\n") == set()


# --- A birth date kept in three parts -----------------------------------------------------------
def date_input(prefix: str, year: str = "1984", parts: tuple[str, ...] = ("day", "month", "year"),
               ) -> str:
    """A GOV.UK date input's markup, prefilled, each part in its own item and form group."""
    values = {"day": "28", "month": "5", "year": year}
    items = "".join(
        '  <div class="govuk-date-input__item">\n    <div class="govuk-form-group">\n'
        f'      <label class="govuk-label" for="{prefix}-{part}">{part.title()}</label>\n'
        f'      <input class="govuk-input govuk-date-input__input" id="{prefix}-{part}" '
        f'name="{prefix}-{part}" type="text" inputmode="numeric" value="{values[part]}">\n'
        "    </div>\n  </div>\n" for part in parts)
    return f'<div class="govuk-date-input" id="{prefix}">\n{items}</div>\n'


@pytest.mark.parametrize(("name", "content", "line"), [
    # a prototype's page, its date input prefilled
    ("check-details.html", date_input("dob"), 17),
    ("check-details.html", date_input("date-of-birth"), 17),
    ("form.json", '{"dob": {"day": "28", "month": "05", "year": "1984"}}\n', 1),
    ("form.json", '{\n  "dateOfBirth": {\n    "day": "28",\n    "month": "05",\n'
                  '    "year": "1984"\n  }\n}\n', 5),
    ("session-data-defaults.js", "module.exports = {\n  'dob-day': '28',\n"
                                 "  'dob-month': '5',\n  'dob-year': '1984'\n}\n", 4),
    ("export.csv", "ref,birth_year,birth_month,birth_day\nA1,1984,05,28\n", 2),
    ("form.yaml", "dateOfBirth:\n  day: 28\n  month: 5\n  year: 1984\n", 4),
])
def test_a_birth_dates_year_beside_its_day_and_month_is_a_birth_date(
        name: str, content: str, line: int) -> None:
    assert found(name, content) == {(line, "DATE_OF_BIRTH")}


@pytest.mark.parametrize(("name", "content"), [
    ("form.json", '{"birthYear": 1984}\n'),  # a year alone is no one's birth date
    ("form.json", '{"dob": {"day": "1", "month": "1", "year": "1900"}}\n'),  # a placeholder
    ("licence.json", '{"licence": {"issueDay": 1, "issueMonth": 5, "issueYear": 2019}}\n'),
    ("report.csv", "report_year,report_month,births\n2019,05,1200\n"),
    # a statistic of births by period, beside its count or its region
    ("stats.json", '{"births": {"day": 12, "month": 5, "year": 2023, "count": 1400}}\n'),
    ("stats.csv", "region,birth_year,birth_month,births\nWales,2019,5,1200\n"),
    ("calf.json", '{"calf": {"birthDay": 14, "birthMonth": 3, "birthYear": 2024, '
                  '"earTag": "UK123"}}\n'),
    # another date's input, a birth year's input alone, an example year
    ("passport.html", date_input("issue-date")),
    ("about-you.html", date_input("dob", parts=("year",))),
    ("about-you.html", date_input("dob", year="1900")),
])
def test_a_year_of_something_else_or_alone_is_not_a_birth_date(name: str, content: str) -> None:
    assert found(name, content) == set()


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("keeper.json", '{"birth": {"date": "1984-05-28", "place": "Brecon"}}\n', {"DATE_OF_BIRTH"}),
    ("keeper.yaml", "birth:\n  place: Brecon\n  date: 1984-05-28\n", {"DATE_OF_BIRTH"}),
    ("visit.json", '{"visit": {"date": "1984-05-28"}}\n', set()),
    # a date built in code, in Rust and in PHP
    ("keeper.rs", "dob: NaiveDate::from_ymd_opt(1984, 5, 28).unwrap(),\n", {"DATE_OF_BIRTH"}),
    ("Keeper.php", "'dob' => Carbon::create(1984, 5, 28),\n", {"DATE_OF_BIRTH"}),
    ("Keeper.php", "'created' => Carbon::create(1984, 5, 28),\n", set()),
])
def test_a_date_under_a_date_key_is_named_by_its_object_and_a_built_date_is_read(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("Rhif cofrestru cerbyd: LK19 XRP\n", {"UK_VEHICLE_REGISTRATION"}),
    ("Cod cynnyrch: LK19 XRP\n", set()),  # a product code
])
def test_a_vehicle_named_in_welsh_is_found(content: str, expected: set[str]) -> None:
    assert types("nodiadau.md", content) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("Bank details: 73419028 / 40-11-62\n", {("UK_BANK_ACCOUNT", "73419028 / 40-11-62")}),
    ("Bank details: 99991234 / 40-11-62\n", set()),  # a redacted account
])
def test_an_account_number_written_before_its_sort_code_is_found(
        content: str, expected: set[tuple[str, str]]) -> None:
    assert spans("notes.md", content) == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    # a date built from its parts by name: Swift, Python, Kotlin, C#
    ("Fixtures.swift", "birthDate: DateComponents(year: 1984, month: 5, day: 28),\n",
     {"DATE_OF_BIRTH"}),
    ("test_keeper.py", "make_keeper(date_of_birth=date(year=1984, month=5, day=28))\n",
     {"DATE_OF_BIRTH"}),
    ("Fixtures.kt", "dob = LocalDate.of(year = 1984, month = 5, dayOfMonth = 28),\n",
     {"DATE_OF_BIRTH"}),
    ("Builder.cs", "DateOfBirth = new DateTime(year: 1984, month: 5, day: 28),\n",
     {"DATE_OF_BIRTH"}),
    # the same under a name that says it is when something happened
    ("Fixtures.swift", "// date of birth below\ncreated: DateComponents(year: 2021, month: 5, "
                       "day: 28),\n", set()),
    ("test_keeper.py", "make_keeper(joined=date(year=1984, month=5, day=28))\n", set()),
    ("Fixtures.swift", "birthDate: DateComponents(year: 1900, month: 1, day: 1),\n", set()),
    # its month by name, as Go's and Java's constants give it; in SQL's and JavaScript's calls
    ("keeper_test.go", "DOB: time.Date(1984, time.May, 28, 0, 0, 0, 0, time.UTC),\n",
     {"DATE_OF_BIRTH"}),
    ("Fixtures.kt", "dob = LocalDate.of(1984, Month.MAY, 28),\n", {"DATE_OF_BIRTH"}),
    ("seed.sql", "UPDATE keepers SET dob = MAKE_DATE(1984, 5, 28);\n", {"DATE_OF_BIRTH"}),
    ("seed.sql", "UPDATE keepers SET dob = DATEFROMPARTS(1984, 5, 28);\n", {"DATE_OF_BIRTH"}),
    ("keeper.test.js", "dob: new Date(Date.UTC(1984, 4, 28)),\n", {"DATE_OF_BIRTH"}),
    ("keeper_test.go", "Created: time.Date(2024, time.May, 28, 0, 0, 0, 0, time.UTC),\n", set()),
    ("keeper_test.go", "DOB: time.Date(1984, time.Marker, 28, 0, 0, 0, 0, time.UTC),\n", set()),
])
def test_a_date_built_from_named_parts_is_read_as_a_date(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


@pytest.mark.parametrize(("name", "content"), [
    # a built date's own name says what it is, whatever the line before says
    ("Builder.cs", "    DateOfBirth = new DateTime(1979, 11, 5),\n"
                   "    CreatedOn = new DateTime(2024, 6, 11),\n"),
    ("keepers.rb", "    date_of_birth { Date.new(1970, 1, 14) }\n"
                   "    created_at { Date.new(2024, 6, 11) }\n"),
    ("fixtures.rs", "    date_of_birth: NaiveDate::from_ymd_opt(1966, 7, 23).unwrap(),\n"
                    "    registered: NaiveDate::from_ymd_opt(2024, 6, 11).unwrap(),\n"),
])
def test_a_built_date_under_its_own_name_takes_no_context_from_the_line_before(
        name: str, content: str) -> None:
    assert found(name, content) == {(1, "DATE_OF_BIRTH")}


# --- SAS dates ---------------------------------------------------------------------------------
def test_a_sas_date9_birth_date_is_found_under_its_key() -> None:
    assert "DATE_OF_BIRTH" in types("load.sas", "data p;\n  dob = '23SEP1971'd;\nrun;\n")


def test_a_sas_date9_that_is_no_date_is_none() -> None:
    assert "DATE_OF_BIRTH" not in types("load.sas", "data p;\n  dob = '31ABC1971'd;\nrun;\n")


# --- BACS payment records ----------------------------------------------------------------------
def _bacs(dest: str, code: str = "99", name: str = "EXAMPLE AGENCY") -> str:
    return f"{dest}0{code}11223344556677    00000012500{name:<18}{'REF':<18}{'A N OTHER':<18}\n"


@pytest.mark.parametrize("code", ["99", "17", "Z4"])
def test_a_bacs_records_destination_account_is_found_by_the_records_shape(code: str) -> None:
    content = "VOL1000001\n" + _bacs("40441812873461", code)
    assert "UK_BANK_ACCOUNT" in types("payments.txt", content)


@pytest.mark.parametrize("content", [
    _bacs("99999912873461"),  # a redacted sort code
    _bacs("40441812873461", code="42"),  # no transaction code
    "4044181287346109911223344556677000000000012500000000000000000000000000\n",  # a number
])
def test_what_only_looks_like_a_bacs_record_is_none(content: str) -> None:
    assert "UK_BANK_ACCOUNT" not in types("payments.txt", content)


# --- OFX bank statements -----------------------------------------------------------------------
def test_an_ofx_statements_sort_code_and_account_are_found_by_their_tags() -> None:
    content = ("OFXHEADER:100\nDATA:OFXSGML\n<OFX>\n<BANKACCTFROM>\n<BANKID>404418\n"
               "<ACCTID>12873461\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n"
               "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20230614<TRNAMT>-45.00<FITID>40102321\n")
    lines = found("statement.ofx", content)
    assert {(5, "UK_BANK_ACCOUNT"), (6, "UK_BANK_ACCOUNT")} <= lines, lines
    assert not any(line == 9 for line, _ in lines)


# --- SWIFT payment messages --------------------------------------------------------------------
_MT103 = ("{{1:F01NWBKGB2LAXXX0000000000}}{{4:\n:20:REF0001\n:32A:230614GBP125,00\n"
          ":50K:/{payer}\nA N OTHER\n:59:/{payee}\nA N OTHER\n:71A:SHA\n-}}\n")


def test_a_swift_messages_parties_accounts_are_found_by_their_tags() -> None:
    lines = found("mt103.txt", _MT103.format(payer="12873461", payee="73624190"))
    assert {(4, "UK_BANK_ACCOUNT"), (6, "UK_BANK_ACCOUNT")} <= lines


def test_eight_digits_in_a_path_are_no_swift_account() -> None:
    content = "bank account api: GET https://bank.example.net/accounts/v1/12873461\n"
    assert "UK_BANK_ACCOUNT" not in types("notes.txt", content)


# --- An SBI in a business's REST path --------------------------------------------------------
@pytest.mark.parametrize(("name", "content", "expected"), [
    ("api.md", "Call GET /businesses/117234906/land-parcels to list them.\n", {"DEFRA_SBI"}),
    ("routes.js", "router.get('/business/117234906', handler)\n", {"DEFRA_SBI"}),
    ("test_api.py", 'client.get("/api/v1/sbi/117234906/claims")\n', {"DEFRA_SBI"}),
    # another thing's id, a placeholder, ten digits, a version or a port
    ("api.md", "Call GET /orders/117234906/items to list them.\n", set()),
    ("api.md", "Call GET /businesses/123456789/land-parcels as the example.\n", set()),
    ("api.md", "Call GET /businesses/1172349061/land-parcels to list them.\n", set()),
    ("api.md", "Call GET /businesses/1.2.3/land-parcels on localhost:8080.\n", set()),
    ("api.md", "The businesses have 117234906 parcels between them.\n", set()),
])
def test_nine_digits_in_a_business_path_are_an_sbi(name: str, content: str,
                                                   expected: set[str]) -> None:
    assert types(name, content) == expected


# --- Phone numbers without their + or with dots ----------------------------------------------
@pytest.mark.parametrize(("content", "value"), [
    ("Phone the farmer on 44 7723 481526 today.\n", "44 7723 481526"),
    ("Phone the farmer on 44-7723-481526 today.\n", "44-7723-481526"),
    ("Landline (0)1792 481526 during office hours.\n", "(0)1792 481526"),
    ("Mobile +44.7723.481526 for the farmer.\n", "+44.7723.481526"),
    ("Tel: +44 (0)1792 481526 in the day.\n", "+44 (0)1792 481526"),
])
def test_a_phone_number_in_groups_without_its_plus_or_with_dots_is_found(content: str,
                                                                        value: str) -> None:
    assert spans("notes.md", content) == {("PHONE_NUMBER", value)}


@pytest.mark.parametrize("content", [
    "Phone totals were 44 7723 and 12 in the week.\n",
    "Phone log: 44 7723 481526 99 rows.\n",  # a group after it: a run of numbers
    "Phone the helpline on 44 7723 481526.\n",  # an organisation's own line
    "Phone the helpline on 447723481526.\n",
    "Phone release 2024.01.15 on 10.20.30.40.\n",
    "Phone count (0)12 345.\n",  # too short for a number
])
def test_grouped_numbers_that_are_not_a_phone_number_are_not_one(content: str) -> None:
    assert "PHONE_NUMBER" not in types("notes.md", content)


# --- Postcodes padded to a fixed width or hyphenated -----------------------------------------
@pytest.mark.parametrize(("name", "content", "value"), [
    ("notes.md", "Her postcode is CF1  1AA in the old format.\n", "CF1  1AA"),
    ("notes.md", "The postcode: SA19-6AB was on the form.\n", "SA19-6AB"),
    ("export.csv", "name,postcode\nx,N1   1AA\n", "N1   1AA"),
    ("user.json", '{"postcode": "SA19-6AB"}\n', "SA19-6AB"),
])
def test_a_padded_or_hyphenated_postcode_named_as_one_is_found(name: str, content: str,
                                                              value: str) -> None:
    assert ("UK_POSTCODE", value) in spans(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("notes.md", "Reference SA19-6AB in the ticket.\n"),  # no postcode named
    ("notes.md", "Postcode job id SA19-6AB-45 failed.\n"),  # part of a longer id
    ("notes.md", "The postcode, for example CF1  1AA, goes here.\n"),  # a hint's
    ("notes.md", "The postcode: QQ19-6AB was on the form.\n"),  # no such area
])
def test_a_padded_or_hyphenated_code_not_named_as_a_postcode_is_not_one(name: str,
                                                                       content: str) -> None:
    assert "UK_POSTCODE" not in types(name, content)


# --- Dates of birth with dots year first, or eight digits day first --------------------------
@pytest.mark.parametrize(("content", "value"), [
    ("Date of birth 1984.03.17 on the form.\n", "1984.03.17"),
    ("She was born 17031984 in Swansea.\n", "17031984"),
    ('{"dob": "17031984"}\n', "17031984"),
])
def test_a_birth_date_with_dots_year_first_or_eight_digits_day_first_is_found(
        content: str, value: str) -> None:
    assert spans("notes.md", content) == {("DATE_OF_BIRTH", value)}


@pytest.mark.parametrize("content", [
    "Release tag 2024.01.15 went out.\n",  # no birth word: a version
    "Build 17031984 went out.\n",
    "She was born 31021984 in Swansea.\n",  # no such day
    "She was born 01011900 in the fixture.\n",  # a placeholder
    "DOB field: build 17031984 was cut.\n",  # a build's number
    "Her date of birth was 2084.03.17 in the bad row.\n",  # in the future
    "Born in the 2024.01.15 release of the birth register app.\n",  # a calendar version
    "Date of birth field added in release 2024.01.15.\n",
])
def test_dotted_or_compact_numbers_that_are_not_a_birth_date_are_not_one(content: str) -> None:
    assert "DATE_OF_BIRTH" not in types("notes.md", content)


# --- A business's premises: its postcode as its street -------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("company.json", '{"office_address": "12 Mill Lane, Llandeilo SA19 6AB"}\n'),
    ("company.yaml", "registered_office_address: 12 Mill Lane\n"
                     "registered_office_postcode: SA19 6AB\n"),
    ("company.json", '{"branch_postcode": "sa19 6ab"}\n'),
])
def test_a_postcode_under_a_business_address_key_is_the_business_s(name: str,
                                                                  content: str) -> None:
    assert types(name, content) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("user.json", '{"home_address": "12 Mill Lane, Llandeilo SA19 6AB"}\n'),
    ("user.json", '{"postcode": "sa19 6ab"}\n'),
])
def test_a_postcode_under_a_home_address_key_is_still_found(name: str, content: str) -> None:
    assert "UK_POSTCODE" in types(name, content)


# --- A house or farm name as the first line of a person's address --------------------------
@pytest.mark.parametrize(("content", "value"), [
    ('{"firstName": "Alys", "addressLine1": "Maes yr Haf Farm"}\n', "Maes yr Haf Farm"),
    ('{"firstName": "Alys", "addressLine1": "Bank of the Mill House"}\n',
     "Bank of the Mill House"),
    ('{"first_name": "Alys", "address_line_1": "Rose Cottage"}\n', "Rose Cottage"),
])
def test_a_house_or_farm_name_under_an_address_line_key_is_found(content: str,
                                                                value: str) -> None:
    assert ("STREET_ADDRESS", value) in spans("user.json", content)


# --- Eight digits under a key that names an amount or an id, not a date -------------------
@pytest.mark.parametrize(("name", "content"), [
    ("budget.yaml", "birthday_budget: 20240315\n"),
    ("gifts.json", '{"birthdayGiftAmount": 19840317}\n'),
    ("party.csv", "name,birthday_spend_limit\nx,20190704\n"),
    ("staff.yaml", "birthday_id: 20240315\n"),
    ("staff.yaml", "birthday: 12345678\n"),  # no such date
    ("notes.md", "The birthday budget is 17031984 pence.\n"),
])
def test_eight_digits_under_an_amount_or_an_id_beside_birthday_are_not_a_birth_date(
        name: str, content: str) -> None:
    assert "DATE_OF_BIRTH" not in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("person.yaml", "date_of_birth: 19840317\n"),
    ("child.json", '{"birthDate": 20190704}\n'),
    ("claimants.csv", "name,dob\nx,19791102\n"),
    ("notes.md", "Her date of birth is 17031984 on the form.\n"),
])
def test_eight_digits_under_a_birth_date_key_are_still_one(name: str, content: str) -> None:
    assert "DATE_OF_BIRTH" in types(name, content)


# --- A house's name with no place word as the first line of an address ---------------------
@pytest.mark.parametrize(("content", "value"), [
    ('{"address": {"line1": "The Old Rectory", "postcode": "ZZ99 9ZZ"}}\n', "The Old Rectory"),
    ('{"addressLine1": "The Beeches"}\n', "The Beeches"),
    ('{"address_line_1": "Ty Gwyn"}\n', "Ty Gwyn"),
    ('{"address_line_1": "Bryn Awel"}\n', "Bryn Awel"),
])
def test_a_house_name_under_an_address_line_key_is_found(content: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in spans("user.json", content)


@pytest.mark.parametrize("content", [
    '{"addressLine1": "The"}\n',
    '{"addressLine1": "The first line of your address"}\n',  # a form's hint
    '{"title": "The Old Rectory"}\n',  # not an address's key
    "The Old Rectory was rebuilt in the last century.\n",  # prose: a building's name
    '{"office_address": {"line1": "The Old Rectory"}}\n',  # a business's
])
def test_a_house_like_name_elsewhere_is_not_an_address(content: str) -> None:
    assert "STREET_ADDRESS" not in types("user.json", content)


@pytest.mark.parametrize(("name", "content"), [
    ("people.csv", "name,address_line_1,postcode\nx,The Old Rectory,ZZ99 9ZZ\n"),
    ("people.yaml", "address:\n  line1: The Old Rectory\n"),
    ("people.xml", "<AddressLine1>The Old Rectory</AddressLine1>\n"),
])
def test_a_house_name_is_found_in_every_keyed_layout(name: str, content: str) -> None:
    assert ("STREET_ADDRESS", "The Old Rectory") in spans(name, content)


# --- A series of scales shaped like a CPH ----------------------------------------------------
@pytest.mark.parametrize("content", [
    "Baseline measured 10/100/1000 requests at 25/250/2500 users.\n",
    "Load steps: 50/500/5000.\n",
])
def test_a_series_of_one_number_at_three_scales_is_not_a_cph(content: str) -> None:
    assert "DEFRA_CPH" not in types("notes.md", content)


def test_a_cph_with_round_parts_of_other_numbers_is_still_one() -> None:
    assert "DEFRA_CPH" in types("notes.md", "The holding 40/100/2000 is under restriction.\n")


# --- A date after the event it dates, beside a birthday's word ------------------------------
@pytest.mark.parametrize("content", [
    "Our birthday release, 2.0, shipped 28/11/2024.\n",
    "The birthday feature was released on 14/03/2019.\n",
    "Birthday emails launched 01/02/2024 for every user.\n",
    "Birthday reminders deployed on 01/02/2024.\n",
])
def test_a_date_after_its_own_event_is_not_a_birth_date(content: str) -> None:
    assert "DATE_OF_BIRTH" not in types("notes.md", content)


@pytest.mark.parametrize("content", [
    "She was born on 14/03/1989 and shipped to Leeds.\n",
    "Date of birth: 03/05/1977 (released from the old system)\n",
])
def test_a_birth_date_beside_such_words_further_off_is_still_one(content: str) -> None:
    assert "DATE_OF_BIRTH" in types("notes.md", content)


# --- Bank details after "pay into", with the short labels people type -----------------------
def test_an_account_number_on_a_pay_into_line_is_found_with_a_short_label() -> None:
    # (its sort code, labelled "SC", is not: six digits with a dash are a date's shape too)
    content = "Please pay into: Acc 41827365, SC 30-94-57 (the farm's bank).\n"
    assert ("UK_BANK_ACCOUNT", "41827365") in spans("ticket.md", content)


@pytest.mark.parametrize("content", [
    "Pay into the pot by 30-11-24.\n",  # a date
    "Paid into the fund on 20241128.\n",  # a date's eight digits
])
def test_numbers_on_a_pay_into_line_that_are_not_bank_details_are_not(content: str) -> None:
    assert "UK_BANK_ACCOUNT" not in types("ticket.md", content)


# --- A birth date with its month's name and a two-digit year ---------------------------------
@pytest.mark.parametrize(("content", "value"), [
    ("d.o.b: 23 Aug 71\n", "23 Aug 71"),
    ("DOB: 23rd August '71\n", "23rd August '71"),
    ("Born 4 Sept 02 in Truro.\n", "4 Sept 02"),
])
def test_a_birth_date_with_a_named_month_and_a_two_digit_year_is_found(content: str,
                                                                      value: str) -> None:
    assert spans("notes.md", content) == {("DATE_OF_BIRTH", value)}


@pytest.mark.parametrize("content", [
    "DOB field added 23 Aug 24 in the sprint.\n",  # an event's date
    "Born 23 Aug 2031 in the story.\n",  # in the future, written in full
    "DOB: 31 Feb 71\n",  # no such day
])
def test_a_named_month_date_with_a_short_year_that_is_no_birth_is_not(content: str) -> None:
    assert "DATE_OF_BIRTH" not in types("notes.md", content)


# --- A house number and a street of any name under an address key ---------------------------
@pytest.mark.parametrize(("content", "value"), [
    ('{"address": "3 Kings Reach, Truro"}\n', "3 Kings Reach"),
    ('{"homeAddress": "27 The Spinney, Launceston"}\n', "27 The Spinney"),
    ('{"address": "Flat 2, 7 Orchard Paddock, Bodmin"}\n', "7 Orchard Paddock"),
    ('{"address": "Rose Cottage, 2 Yew Tree Garth"}\n', "2 Yew Tree Garth"),
    ("<Address>50 St. James Street</Address>\n", "50 St. James Street"),
])
def test_a_street_of_any_name_under_an_address_key_is_found(content: str, value: str) -> None:
    name = "people.xml" if content.startswith("<") else "people.json"
    assert ("STREET_ADDRESS", value) in spans(name, content)


@pytest.mark.parametrize("content", [
    '{"ipAddress": "10 Gigabit Uplink"}\n',
    '{"emailAddress": "2 Factor Auth"}\n',
    '{"address": "See attached"}\n',
    '{"office_address": "3 Kings Reach, Truro"}\n',
    "The address has 3 Kings Reach in it.\n",  # prose: a key is needed
])
def test_other_addresses_and_prose_are_not_a_street(content: str) -> None:
    assert "STREET_ADDRESS" not in types("people.json", content)


# --- An email address written to dodge harvesters ----------------------------------------------
@pytest.mark.parametrize(("content", "value"), [
    ("Contact: morwenna(at)kernowmail.co.uk\n", "morwenna(at)kernowmail.co.uk"),
    ("Email d.prys [at] btinternet [dot] com please\n", "d.prys [at] btinternet [dot] com"),
    ("Write to k.asante{at}outlook{dot}com.\n", "k.asante{at}outlook{dot}com"),
])
def test_an_email_address_written_with_at_and_dot_in_brackets_is_found(content: str,
                                                                      value: str) -> None:
    assert spans("notes.md", content) == {("EMAIL_ADDRESS", value)}


@pytest.mark.parametrize("content", [
    "Contact: jane.doe(at)example.com\n",  # a reserved domain
    "Look (at) this.\n",
    "Parse x(at)y when the value is a pair.\n",
])
def test_bracketed_at_that_is_no_real_address_is_not_one(content: str) -> None:
    assert "EMAIL_ADDRESS" not in types("notes.md", content)
