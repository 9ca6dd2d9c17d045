"""An organisation's published lines, another record's id in a phone's shape, a product's
code in a postcode's shape, and the days a bug report's tests ran on."""

from __future__ import annotations

import pytest
from tests.conftest import found


@pytest.mark.parametrize("line", [
    "Customer services: 0161 234 5678",
    "For general enquiries call 0161 234 5678.",
    "Reception: 0113 234 5678",
    "Advice line: 0113 234 5670",
    "Contact us on 0113 234 5671 or by post.",
    "Our office number is 0113 234 5672.",
])
def test_a_number_named_as_an_organisations_public_line_is_not_a_persons(line: str) -> None:
    assert found("contact.md", line + "\n", type_="PHONE_NUMBER") == []


def test_a_persons_mobile_labelled_beside_a_reception_line_is_still_found() -> None:
    content = "Reception: 0113 234 5678, mobile: 07911 123456\n"
    assert found("contact.md", content, type_="PHONE_NUMBER") == ["07911 123456"]


def test_an_out_of_hours_number_in_a_teams_support_notes_is_an_on_call_persons() -> None:
    content = "## Support\n\n- Out of hours: 0113 234 5679\n"
    assert found("CONTRIBUTING.md", content, type_="PHONE_NUMBER") == ["0113 234 5679"]


@pytest.mark.parametrize("key", ["orderId", "transactionNumber", "caseRef", "ticket_id",
                                 "meterSerial"])
def test_a_phones_shape_under_another_records_id_is_not_a_phone(key: str) -> None:
    content = f'{{"{key}": "07412345678"}}\n'
    assert found("order.json", content, type_="PHONE_NUMBER") == []


def test_a_phones_shape_under_a_phone_key_beside_an_order_id_is_still_found() -> None:
    content = '{"orderId": "07412345678", "mobile": "07911123456"}\n'
    assert found("order.json", content, type_="PHONE_NUMBER") == ["07911123456"]


@pytest.mark.parametrize("line", [
    "The model number is LS11 6AB on the label.",
    "Boiler error code B23 8TH shown after reset.",
    "Printer part number HG1 2AB ordered.",
])
def test_a_postcodes_shape_named_as_a_products_code_is_not_a_postcode(line: str) -> None:
    assert found("notes.md", line + "\n", type_="UK_POSTCODE") == []


def test_a_postcode_on_a_line_that_names_a_model_elsewhere_is_still_found() -> None:
    content = "Model number 4471 fitted at the home postcode: LS11 6AB\n"
    assert found("notes.md", content, type_="UK_POSTCODE") == ["LS11 6AB"]


BUG = (
    "## Bug 4312: DOB validation rejects leap day\n\n"
    "Steps: enter date of birth 29/02/1988 on the form, press Continue.\n"
    "{line}\n"
)


@pytest.mark.parametrize("line", [
    "Tested on 14/03/2024 with the DOB field, failed again on 15/03/2024.",
    "DOB check reproduced on 12/03/2024 in staging.",
    "Reported on 11/03/2024 by the DOB team; fixed on 18/03/2024.",
])
def test_the_day_a_test_ran_or_a_bug_was_seen_is_not_a_birth_date(line: str) -> None:
    assert found("bug.md", BUG.format(line=line), type_="DATE_OF_BIRTH") == ["29/02/1988"]


@pytest.mark.parametrize("line", [
    "The DOB column was backfilled on 12/04/2024.",
    "DOB lookups were cached on 12/04/2024 for the demo.",
    "Date of birth checks seen on 12/04/2024 in the logs.",
])
def test_the_day_something_was_done_on_is_not_a_birth_date(line: str) -> None:
    assert found("notes.md", line + "\n", type_="DATE_OF_BIRTH") == []


def test_a_baby_delivered_on_a_day_was_born_on_it() -> None:
    content = "Date of birth: baby delivered on 12/04/2024 at 32 weeks\n"
    assert found("notes.md", content, type_="DATE_OF_BIRTH") == ["12/04/2024"]


@pytest.mark.parametrize("content", [
    'dob_placeholder = "12/04/1985"\n',
    '{"dummyDob": "1985-04-12"}\n',
])
def test_a_birth_date_named_as_a_stand_in_is_not_one(content: str) -> None:
    assert found("form.py", content, type_="DATE_OF_BIRTH") == []


def test_a_birth_date_given_as_the_value_that_failed_is_still_found() -> None:
    content = "DOB check failed: 12/04/1985\n"
    assert found("bug.md", content, type_="DATE_OF_BIRTH") == ["12/04/1985"]


@pytest.mark.parametrize("line", [
    "Unit 4, Riverside Industrial Estate, Leeds LS11 5XB",
    "Unit 7 Lakeside Business Park, Swansea SA7 9AB",
    "Acme Ltd, Units 2-3 Brook Trading Estate, Bradford BD7 1AB",
])
def test_a_unit_on_an_industrial_estate_or_a_business_park_is_a_businesss(line: str) -> None:
    assert found("suppliers.md", line + "\n", type_="UK_POSTCODE") == []


def test_a_home_near_an_industrial_estate_is_still_a_persons() -> None:
    content = "Home: 5 Park View, Leeds LS11 5XB (behind the Industrial Estate)\n"
    assert found("notes.md", content, type_="UK_POSTCODE") == ["LS11 5XB"]


@pytest.mark.parametrize("line", [
    "2024-04-12 10:14:03 INFO Processed 4857773457 bytes for patient batch",
    "2024-04-12 10:14:03 INFO patient sync took 4857773457 ms",
    "Loaded 4857773457 rows into the patient table",
])
def test_a_count_with_its_unit_after_it_is_not_an_nhs_number(line: str) -> None:
    assert found("app.log", line + "\n", type_="UK_NHS") == []


def test_an_nhs_number_before_other_words_on_a_patients_line_is_still_found() -> None:
    content = "2024-04-12 10:14:03 WARN patient 4857773457 has no GP (0 records)\n"
    assert found("app.log", content, type_="UK_NHS") == ["4857773457"]


@pytest.mark.parametrize("value", ["07111111111", "07999 999999", "+44 7333 333333"])
def test_a_phone_number_of_one_digit_over_and_over_is_a_dummy(value: str) -> None:
    assert found("phone.test.ts", f'const mobile = "{value}";\n', type_="PHONE_NUMBER") == []


def test_a_mobile_with_a_few_repeated_digits_is_still_a_persons() -> None:
    content = 'const mobile = "07911 211111";\n'
    assert found("phone.test.ts", content, type_="PHONE_NUMBER") == ["07911 211111"]
