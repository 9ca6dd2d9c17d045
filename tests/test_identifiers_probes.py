"""Gaps that probes of new file kinds and contexts found: each a general rule, tested on
the shape that showed it and on the real value beside it that must still be found."""

from __future__ import annotations

import pytest

from conftest import scanned

# Ten digits passing mod 11 (made up for these tests), a date, a sort code and an account.
NHS_A, NHS_B, NHS_C = "6426212997", "3832364056", "4061358952"
SORT_CODE = "30-94-57"


def found(name: str, content: str) -> set[tuple[int, str]]:
    return {(f.line, f.type) for f in scanned(name, content) if f.kind == "personal-data"}


def of_type(name: str, content: str, type_: str) -> list[int]:
    return sorted(line for line, t in found(name, content) if t == type_)


# --- NHS numbers: a release's number under a key that names the NHS service ------------------
@pytest.mark.parametrize(("name", "content"), [
    ("metrics.json", f'{{"nhsAppVersion": "{NHS_A}", "nhs_build": {NHS_B}}}\n'),
    ("notes.md", f"NHS login build {NHS_A} went live.\n"),
    ("settings.yaml", f"nhs_api_version: {NHS_A}\n"),
])
def test_ten_digits_named_as_a_version_or_a_build_are_not_an_nhs_number(
        name: str, content: str) -> None:
    assert of_type(name, content, "UK_NHS") == []


def test_an_nhs_number_beside_its_own_label_is_still_found() -> None:
    content = f'{{"nhsAppVersion": "2", "nhs_number": "{NHS_A}"}}\n'
    assert of_type("a.json", content, "UK_NHS") == [1]
    assert of_type("notes.md", f"NHS number {NHS_B} (version 2 of the form)\n",
                   "UK_NHS") == [1]


# --- a label names its own value, not the next line's ----------------------------------------
@pytest.mark.parametrize("content", [
    f"nhs_number={NHS_A}\nThe trust code is {NHS_B} in the ODS list.\n",
    f"NHS number: {NHS_A}\nRef {NHS_B}\n",
])
def test_the_line_before_labelling_its_own_number_does_not_name_the_next(content: str) -> None:
    assert of_type("notes.txt", content, "UK_NHS") == [1]


@pytest.mark.parametrize("content", [
    f"NHS number:\n{NHS_B}\n",  # the label's value is on the next line
    f"Patient: A Person\nHer number is {NHS_B}\n",  # the label names no number of its own
])
def test_a_label_on_the_line_before_still_names_a_value(content: str) -> None:
    assert of_type("notes.txt", content, "UK_NHS") == [2]


# --- birth dates ----------------------------------------------------------------------------
@pytest.mark.parametrize("content", [
    "The service was born on 12 March 2019 as a discovery project.\n",
    "Our new claims platform was born on 04/05/2021.\n",
])
def test_a_thing_that_was_born_has_a_start_date_not_a_birth_date(content: str) -> None:
    assert of_type("history.md", content, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("content", [
    "The patient was born on 14 February 1985.\n",
    "Our daughter was born on 02/03/2010.\n",
])
def test_a_person_born_on_a_date_is_still_found(content: str) -> None:
    assert of_type("notes.md", content, "DATE_OF_BIRTH") == [1]


@pytest.mark.parametrize("content", [
    "# dob field renamed 2021-03-04 to date_of_birth\n",
    "-- the birth_date column migrated 2022-01-10\n",
])
def test_a_date_a_field_was_changed_on_is_not_a_birth_date(content: str) -> None:
    assert of_type("migrate.py", content, "DATE_OF_BIRTH") == []


# --- sort codes labelled by their abbreviation -----------------------------------------------
@pytest.mark.parametrize("content", [
    f"Payee: A Person\nSC: {SORT_CODE}\n",
    f"S/C {SORT_CODE}  Acc 41827365\n",
    f"s/c {SORT_CODE.replace('-', ' ')}\n",
])
def test_a_sort_code_after_sc_or_s_slash_c_is_found(content: str) -> None:
    assert "UK_BANK_ACCOUNT" in {t for _, t in found("payee.txt", content)}


@pytest.mark.parametrize("content", [
    f"Ticket SC-{SORT_CODE} closed\n",
    f"ESC {SORT_CODE}\n",
    "SC: 12-34-56\n",  # a placeholder
])
def test_sc_inside_another_word_or_id_is_no_label(content: str) -> None:
    assert found("notes.txt", content) == set()


# --- emails spelled in words -----------------------------------------------------------------
@pytest.mark.parametrize("content", [
    "Contact morwenna dot treloar at kernowmail dot co dot uk for access.\n",
    "Or write to jsmith at gmail dot com\n",
    "Email: A dot Person AT farmpost DOT co DOT uk\n",
])
def test_an_email_spelled_with_at_and_dot_is_found(content: str) -> None:
    assert of_type("contact.md", content, "EMAIL_ADDRESS") == [1]


@pytest.mark.parametrize("content", [
    "Have a look at bbc dot co dot uk for the story.\n",
    "Contact us at defra dot gov dot uk\n",
    "We met at noon and the dot was fine.\n",
    "jane dot doe at example dot com\n",  # a reserved domain
    "the file at build dot tar\n",  # no mail domain's suffix
    "The data is stored at kernowmail dot co dot uk for now.\n",
])
def test_words_that_only_look_like_a_spelled_email_are_not_one(content: str) -> None:
    assert of_type("notes.md", content, "EMAIL_ADDRESS") == []


# --- a street with no house number, its town and its postcode beside it ----------------------
@pytest.mark.parametrize("content", [
    "Mrs Person lives on Acacia Avenue, Camborne TR14 8AG with her daughter.\n",
    "The claimant moved to Heron Way, Boston, Lincolnshire PE21 6XJ last year.\n",
])
def test_a_street_before_its_town_and_postcode_is_an_address(content: str) -> None:
    assert of_type("case-notes.md", content, "STREET_ADDRESS") == [1]


@pytest.mark.parametrize("content", [
    "We walked down Acacia Avenue to the river.\n",  # no postcode: a place in a sentence
    "Acacia Avenue, Camborne is closed TR14 8AG\n",  # the postcode is not the town's
])
def test_a_street_alone_in_a_sentence_is_not_reported(content: str) -> None:
    assert of_type("notes.md", content, "STREET_ADDRESS") == []


# --- ISO 20022: an account's <Othr><Id> ------------------------------------------------------
_PAIN = """<Document>
 <CstmrCdtTrfInitn>
  <PmtInf>
   <DbtrAcct>
    <Id>
     <Othr>
      <Id>41827365</Id>
     </Othr>
    </Id>
   </DbtrAcct>
   <CdtTrfTxInf>
    <PmtId><EndToEndId>40118265</EndToEndId></PmtId>
    <CdtrAcct><Id><Othr><Id>73419028</Id></Othr></Id></CdtrAcct>
   </CdtTrfTxInf>
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>
"""


def test_an_iso_20022_accounts_other_id_is_an_account_number() -> None:
    assert of_type("pain001.xml", _PAIN, "UK_BANK_ACCOUNT") == [7, 13]


def test_an_xml_number_is_named_by_the_element_around_it() -> None:
    content = "<Holder>\n <Passport>\n  <Number>512390875</Number>\n </Passport>\n</Holder>\n"
    assert of_type("holder.xml", content, "UK_PASSPORT") == [3]
    order = "<Order>\n <Id>\n  <Othr><Id>41827365</Id></Othr>\n </Id>\n</Order>\n"
    assert found("order.xml", order) == set()


# --- a GOV.UK date input written as its Nunjucks macro ---------------------------------------
_DATE_INPUT = """{{{{ govukDateInput({{
  id: "{id}",
  namePrefix: "{id}",
  fieldset: {{ legend: {{ text: "What is your date of birth?" }} }},
  items: [
    {{ name: "day", value: "14", classes: "govuk-input--width-2" }},
    {{ name: "month", value: "2", classes: "govuk-input--width-2" }},
    {{ name: "year", value: "1985", classes: "govuk-input--width-4" }}
  ]
}}) }}}}
"""


@pytest.mark.parametrize("id_", ["dob", "date-of-birth"])
def test_a_date_input_macros_prefilled_birth_year_is_a_birth_date(id_: str) -> None:
    content = _DATE_INPUT.format(id=id_).replace(
        '  fieldset: { legend: { text: "What is your date of birth?" } },\n', "")
    assert of_type("check-answers.njk", content, "DATE_OF_BIRTH") == [7]


def test_another_date_inputs_year_is_not_a_birth_date() -> None:
    content = _DATE_INPUT.format(id="issue-date").replace("date of birth", "issue date")
    assert of_type("licence.njk", content, "DATE_OF_BIRTH") == []
    # and a year after the macro has ended is no item of it
    after = _DATE_INPUT.format(id="dob") + '<p class="copyright">1985</p>\n'
    assert of_type("page.njk", after, "DATE_OF_BIRTH") == [8]


# --- FHIR: an identifier's system names its value, by its last part, not its host ------------
_FHIR = """{{
  "resourceType": "Patient",
  "identifier": [
    {{"system": "https://fhir.nhs.uk/Id/{first}", "value": "{a}"}},
    {{"system": "https://fhir.nhs.uk/Id/{second}", "value": "{b}"}}
  ],
  "telecom": [{{"system": "phone", "value": "07811 345672", "use": "mobile"}}]
}}
"""


def test_a_fhir_identifier_is_named_by_its_system_not_its_host() -> None:
    content = _FHIR.format(first="nhs-number", a=NHS_A, second="local-order", b=NHS_B)
    assert of_type("patient.json", content, "UK_NHS") == [4]
    assert of_type("patient.json", content, "PHONE_NUMBER") == [7]


def test_a_fhir_health_and_care_number_is_found() -> None:
    content = _FHIR.format(first="hcn", a=NHS_A, second="local-order", b=NHS_B)
    assert of_type("patient.json", content, "UK_NHS") == [4]


# --- Scotland's CHI number and Northern Ireland's H&C number ---------------------------------
# (a CHI number opens with its holder's birth date, DDMMYY)
CHI = "1402859007"


@pytest.mark.parametrize("content", [
    f"CHI: {CHI}\n",
    f"chi no {CHI}\n",
    f"Her H&C number is {NHS_A}.\n",
    f"HCN {NHS_A}\n",
])
def test_a_chi_or_health_and_care_number_is_found_by_its_short_name(content: str) -> None:
    assert of_type("notes.md", content, "UK_NHS") == [1]


@pytest.mark.parametrize("content", [
    f"CHI_SQUARE_SEED={NHS_A}\n",  # no birth date at its start: not a CHI number
    f"chi squared build {CHI}\n",
])
def test_chi_the_statistic_names_no_number(content: str) -> None:
    assert of_type("stats.env", content, "UK_NHS") == []


# --- HL7: a UK feed's address puts the house's name first and the street second --------------
def test_an_hl7_addresss_second_component_is_its_street() -> None:
    content = ("MSH|^~\\&|PAS|RGT|EPR|RGT|20241128093000||ADT^A01|MSG00042|P|2.4\n"
               "PID|1||RGT4471^^^RGT^MR||PERSON^ALEX||19850214|F|||"
               "Treloyhan^Trelowarren Street^Camborne^^TR14 8AG||\n"
               "NK1|1|PERSON^SAM|DAU|Penhallow^Heron Way^Boston^^PE21 6XJ\n")
    assert of_type("adt.hl7", content, "STREET_ADDRESS") == [2, 3]


def test_a_cornish_house_name_under_an_address_line_key_is_found() -> None:
    content = '{"address": {"line1": "Chy Gwyn", "town": "Camborne"}}\n'
    assert of_type("applicant.json", content, "STREET_ADDRESS") == [1]


# --- a birth date kept as a month and a year (Companies House's officers) --------------------
@pytest.mark.parametrize("content", [
    '{"name": "PERSON, Alex", "date_of_birth": {"month": 2, "year": 1985}}\n',
    '{"dateOfBirth": {\n  "year": 1985,\n  "month": 2\n}}\n',
])
def test_a_birth_year_beside_a_one_digit_month_is_a_birth_date(content: str) -> None:
    assert of_type("officers.json", content, "DATE_OF_BIRTH") != []


def test_another_dates_month_and_year_are_not_a_birth_date() -> None:
    content = '{"issue_date": {"month": 2, "year": 1985}}\n'
    assert of_type("licence.json", content, "DATE_OF_BIRTH") == []


# --- a home's position ----------------------------------------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("notes.md", "Her home is at 50.2129, -5.2952 on the map.\n"),
    ("farms.geojson", '{"type": "Feature", "properties": {"type": "farmhouse"},\n'
                      ' "geometry": {"type": "Point", "coordinates": [-5.295213, 50.212934]}}\n'),
])
def test_a_homes_coordinates_are_a_location(name: str, content: str) -> None:
    assert of_type(name, content, "LOCATION") != []


@pytest.mark.parametrize("content", [
    "Coordinates of the Bristol office: 51.4545, -2.5879.\n",
    '{"name": "Bristol office", "coordinates": [-2.587910, 51.454514]}\n',
    "const map = L.map('map', { home: [51.4545, -2.5879] })\n",  # a map's home view
])
def test_an_offices_coordinates_are_not_a_location(content: str) -> None:
    assert of_type("offices.md", content, "LOCATION") == []


# --- a fixed-width record's fields run together ----------------------------------------------
_RUN_ON = ("SURNAME   FORENAME  NINO     DOB     POSTCODE\n"
           "PERSON    ALEX      JR723456C{date}EX4 6PX\n")


@pytest.mark.parametrize("date", ["19840317", "17031984"])
def test_an_ni_number_and_a_birth_date_run_together_are_both_found(date: str) -> None:
    types = found("extract.dat", _RUN_ON.format(date=date))
    assert {(2, "UK_NINO"), (2, "DATE_OF_BIRTH")} <= types


def test_an_ni_numbers_shape_before_digits_under_other_headers_is_neither() -> None:
    content = "CODE     SERIAL   QTY\nJR723456C12345678 12\nJR723456C19840317 13\n"
    assert found("parts.dat", content) == set()


def test_a_postcode_run_into_the_birth_date_before_it_is_found() -> None:
    assert (2, "UK_POSTCODE") in found("extract.dat", _RUN_ON.format(date="19840317"))


def test_a_postcode_that_fills_its_column_and_meets_the_next_ones_digits_is_found() -> None:
    content = ("SURNAME   FORENAME  POSTCODE ACCOUNT\n"
               "PERSON    ALEX      TR14 8AG87654321\n"
               "PERSON    SAM       EX4 6PX 12345678\n")
    assert of_type("extract.dat", content, "UK_POSTCODE") == [2, 3]


def test_a_postcodes_shape_among_digits_under_other_headers_is_none() -> None:
    content = "PART     SERIAL    QTY\nAB12 3CD87654321 12\n"
    assert found("parts.dat", content) == set()


# --- HL7: a segment is a record of its own ---------------------------------------------------
def test_an_order_segments_numbers_are_not_named_by_the_patient_segment_above() -> None:
    content = ("MSH|^~\\&|LAB|RGT|EPR|RGT|20241128093000||ORM^O01|MSG00043|P|2.4\n"
               f"PID|1||{NHS_A}^^^NHS^NH||PERSON^ALEX||19850214|F\n"
               f"ORC|NW|{NHS_B}|{NHS_C}||SC||||20241128093000\n"
               f"OBR|1|{NHS_B}|{NHS_C}|24606-7^Ferritin|||20241128093000\n")
    assert of_type("orders.hl7", content, "UK_NHS") == [2]


# --- a home's latitude and longitude under their own keys ------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("applicant.yaml", "applicant:\n  home_location: {lat: 50.2129, lon: -5.2952}\n"),
    ("farms.json", '{"farmhouse": {"latitude": 50.212934, "longitude": -5.295213}}\n'),
])
def test_a_homes_keyed_latitude_and_longitude_are_a_location(name: str, content: str) -> None:
    assert of_type(name, content, "LOCATION") != []


@pytest.mark.parametrize(("name", "content"), [
    ("offices.yaml", "office:\n  location: {lat: 51.4545, lon: -2.5879}\n"),
    ("depots.json", '{"depot": {"latitude": 51.454514, "longitude": -2.587910}}\n'),
])
def test_a_keyed_position_with_no_home_is_not_a_location(name: str, content: str) -> None:
    assert of_type(name, content, "LOCATION") == []


# --- a house's name, whatever its words, as an address's first line -------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("applicant.json", '{"addressLine1": "Hill Top", "postcode": "TR13 0QB"}\n'),
    ("applicant.py", 'applicant = Applicant(address_1="Hill Top")\n'),
    ("applicant.xml", "<Applicant><AddressLine1>Little Orchard</AddressLine1></Applicant>\n"),
    ("applicant.yaml", "applicant:\n  house_name: Little Orchard\n"),
    ("applicant.yaml", "applicant:\n  house_name_or_number: Little Orchard\n"),
    ("applicant.json", '{"address1": "Sunnyside, Church Road"}\n'),
])
def test_a_house_name_under_a_first_line_or_house_name_key_is_an_address(
        name: str, content: str) -> None:
    assert of_type(name, content, "STREET_ADDRESS") != []


@pytest.mark.parametrize("content", [
    '{"address1": "Not Provided", "houseName": "Enter House Name"}\n',
    '{"line1": "Welcome Back", "line2": "Summary Report"}\n',
    '{"addressLine1": "Acme Widgets Ltd"}\n',
    '{"address1": "Unknown"}\n',
])
def test_a_placeholder_or_another_first_line_is_not_a_house_name(content: str) -> None:
    assert of_type("content.json", content, "STREET_ADDRESS") == []


# --- a building society's roll number --------------------------------------------------------
@pytest.mark.parametrize("content", [
    "Building society roll number: 71549038-9AB\n",
    "Roll no. A/283746519 for the claimant.\n",
    '{"rollNumber": "2938/47561023"}\n',
])
def test_a_building_society_roll_number_is_a_bank_account(content: str) -> None:
    assert of_type("payee.md", content, "UK_BANK_ACCOUNT") == [1]


@pytest.mark.parametrize("content", [
    "Payroll number: 87234561\n",
    "Electoral roll number: 83746-19283\n",
    "Roll number: see the passbook\n",
    "Invoice 71549038-9AB-XY was paid.\n",
])
def test_a_payroll_or_an_electoral_roll_number_is_not_a_bank_account(content: str) -> None:
    assert of_type("notes.md", content, "UK_BANK_ACCOUNT") == []
