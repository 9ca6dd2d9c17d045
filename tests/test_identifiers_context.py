"""Context decides the ambiguous identifiers: a key names its value, whole words on the line
or the line before count, code is not data, and pragmas and the threshold are honoured."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import Repo, scanned
from safecommit.config import Config
from safecommit.model import Blob
from safecommit.scan import scan_blob

V = {t: e["valid"] for t, e in json.loads(
    (Path(__file__).parent / "data/identifiers/values.json").read_text()).items()}
DOB, NHS, SBI, CRN = V["DATE_OF_BIRTH"][0], V["UK_NHS"][0], V["DEFRA_SBI"][0], V["DEFRA_CRN"][0]
PASSPORT, EMAIL, NINO = V["UK_PASSPORT"][0], V["EMAIL_ADDRESS"][0], V["UK_NINO"][1]


def found(name: str, content: str, config: Config | None = None) -> set[tuple[int, str]]:
    return {(f.line, f.type) for f in scanned(name, content, config) if f.kind == "personal-data"}


def types(name: str, content: str) -> set[str]:
    return {t for _, t in found(name, content)}


THREE_SBIS = [SBI[:-1] + d for d in "135"]


def three_sbis_found(name: str, content: str) -> str:
    """``content`` with THREE_SBIS as {a}, {b} and {c}; asserts each is found, returns it."""
    text = content.format(a=THREE_SBIS[0], b=THREE_SBIS[1], c=THREE_SBIS[2])
    findings, _ = scan_blob(Blob(name, text.encode()), Config(), b"s")
    assert sorted(f.value for f in findings if f.type == "DEFRA_SBI") == THREE_SBIS
    return text


@pytest.mark.parametrize(("name", "content"), [
    ("a.json", f'{{"dob": "{DOB}",\n "createdAt": "2023-08-31"}}\n'),
    ("a.py", f'dob="{DOB}",\ncreated_at="2023-08-31",\n'),
    ("a.json", f'{{"dob": "{DOB}", "createdAt": "2023-08-31"}}\n'),
])
def test_a_date_under_another_key_is_not_a_birth_date_even_next_to_one(name: str,
                                                                        content: str) -> None:
    assert found(name, content) == {(1, "DATE_OF_BIRTH")}


def test_a_date_is_a_birth_date_only_with_birth_context() -> None:
    assert types("notes.md", f"Next review: {DOB}\n") == set()
    assert types("notes.md", f"She was born on {DOB}.\n") == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(("name", "content"), [
    ("app.log", "2024-05-14 09:40:05,551 WARN [scheduler-1] Reconciler - DOB mismatch\n"),
    ("app.log", "14/05/2024 09:40 customer date of birth updated\n"),
    ("CHANGELOG.md", "| 2024-05-14 | Added the DOB check | Kwame |\n"),
    ("V3__dob.sql", "-- 2024-03-02: added the date_of_birth column\n"),
    ("notes.md", "- 2 March 2024: agreed to stop storing birth dates\n"),
])
def test_a_date_that_dates_an_entry_about_birth_dates_is_not_one(name: str,
                                                                 content: str) -> None:
    assert types(name, content) == set()


@pytest.mark.parametrize("content", [
    f"Date of birth:\n{DOB}\n",
    f"- DOB: {DOB}\n",
    f"Customer born on {DOB} at home\n",
    f"dob,name\n{DOB},A\n",
])
def test_a_birth_date_is_still_found_where_its_line_or_the_line_before_says_so(
        content: str) -> None:
    assert types("notes.md" if "," not in content else "people.csv", content) \
        == {"DATE_OF_BIRTH"}


def test_csv_column_header_gives_context_lines_away() -> None:
    rows = "\n".join(f"{i},{SBI[:-1]}{i},OPEN" for i in range(8))
    content = f"id,sbi,status\n{rows}\n{99},{SBI},OPEN\n"
    assert (10, "DEFRA_SBI") in found("holdings.csv", content)
    assert types("holdings.csv", content.replace("sbi", "ref")) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("patients.csv", f"nhs_number,visits\n{NHS},1\n"),
    ("patients.csv", f"visits,nhs_number,ward\n1,{NHS},12\n"),
    ("patients.json", f'{{"nhs_numbers": [{NHS},{NHS}]}}\n'),
])
def test_a_number_next_to_another_number_in_a_row_or_list_is_still_found(name: str,
                                                                         content: str) -> None:
    # A comma between numbers is a separator (CSV cells, JSON arrays), not a decimal part.
    assert "UK_NHS" in types(name, content)


def test_a_markdown_tables_header_names_the_values_in_its_column() -> None:
    content = f"| Customer | SBI | CRN | NHS number |\n|---|---|---|---|\n" \
              f"| Acme Ltd | {SBI} | {CRN} | {NHS} |\n"
    assert types("notes.md", content) == {"DEFRA_SBI", "DEFRA_CRN", "UK_NHS"}
    assert types("notes.md", content.replace("| SBI | CRN | NHS number |", "| A | B | C |")) \
        == set()


@pytest.mark.parametrize("content", [
    "Refund to sort code 20-32-58, account 73149022.\n",
    "Refund to 73149022 (sort code 20-32-58).\n",
])
def test_eight_digits_beside_a_sort_code_are_its_account_number(content: str) -> None:
    findings, _ = scan_blob(Blob("notes.md", content.encode()), Config(), b"s")
    assert sorted(f.value for f in findings) == ["20-32-58", "73149022"]


@pytest.mark.parametrize(("name", "content"), [
    ("api.json", f'{{"url": "https://x.gov.uk/api/login?crn={CRN}&sbi={SBI}"}}\n'),
    ("api.yaml", f"url: https://x.gov.uk/api/login?crn={CRN};sbi={SBI}\n"),
])
def test_a_url_query_parameter_names_its_value(name: str, content: str) -> None:
    assert types(name, content) == {"DEFRA_CRN", "DEFRA_SBI"}
    assert types(name, content.replace("crn=", "page=").replace("sbi=", "size=")) == set()


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("sms.yaml", "mobile: 447842615093\n", {"PHONE_NUMBER"}),
    ("notify.json", '{"msisdn": "447842615093"}\n', {"PHONE_NUMBER"}),
    ("sms.yaml", "mobile: 447700900123\n", set()),  # Ofcom's drama range
    ("orders.yaml", "order_id: 447842615093\n", set()),  # any number, without a phone word
])
def test_a_uk_number_without_its_plus_is_a_phone_number_only_under_a_phone_key(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("alerts.bicep", "countryCode: '44'\nphoneNumber: '7842615093'\n", {"PHONE_NUMBER"}),
    ("contact.json", '{"countryCode": 44, "mobile": 7842615093}\n', {"PHONE_NUMBER"}),
    ("alerts.bicep", "phoneNumber: '7700900123'\n", set()),  # Ofcom's drama range
    ("orders.json", '{"orderNumber": "7842615093"}\n', set()),  # a number under another key
    ("stats.json", '{"phoneCount": 7842615093, "mobileDeviceId": 7842615093}\n', set()),
    ("notes.md", "Quote 7842615093 when you phone us.\n", set()),  # a phone word, not its key
])
def test_a_uk_mobile_without_its_trunk_zero_is_a_phone_number_only_under_a_phone_key(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("contact.vcf", "BEGIN:VCARD\nTEL;TYPE=CELL:07842 615093\nBDAY:1982-03-14\nEND:VCARD\n",
     {(2, "PHONE_NUMBER"), (3, "DATE_OF_BIRTH")}),
    ("mockup.html", '<a href="tel:+447842615093">Call Sam</a>\n', {(1, "PHONE_NUMBER")}),
    ("app.log", "sms sent Mobile:07842 615093\n", {(1, "PHONE_NUMBER")}),
    ("asset.txt", "MAC:3C:52:82:A1:7F:09\n", {(1, "MAC_ADDRESS")}),
    # a clock's digits, a key's fingerprint and an IPv6 address are not what follows a word
    ("app.log", "at 10:07842615093 ms\n", set()),
    ("known_hosts.md", "fingerprint aa:bb:cc:dd:ee:ff:3c:52:82:a1:7f:09:6f\n", set()),
    ("net.txt", "mac fe80::3c52:82ff:fea1:7f09\n", set()),
])
def test_a_value_straight_after_a_words_colon_is_found(
        name: str, content: str, expected: set[tuple[int, str]]) -> None:
    assert found(name, content) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("Switchboard: 020 7238 6000\n", set()),
    ('{"switchboard": "020 7238 6000", "mobile": "07842 615093"}\n', {(1, "PHONE_NUMBER")}),
    ("Call our helpline on 0113 496 1234 or write to us.\n", set()),
    ("Ring the switchboard and ask for the duty officer, whose mobile is 07842 615093 when "
     "the office is shut.\n", {(1, "PHONE_NUMBER")}),
])
def test_a_number_named_as_an_organisations_line_is_not_a_persons(
        content: str, expected: set[tuple[int, str]]) -> None:
    assert found("contacts.md", content) == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    # an order's, a parcel's or a device's number can have a phone number's shape
    ("orders.csv", "order_no,sku\n0784 551 9201,SKU-4401-22\n", set()),
    ("orders.md", "Order number 0784 551 9201 was sent\n", set()),
    ("parcel.json", '{"trackingNumber": "0791 123 4488"}\n', set()),
    ("orders.csv", "order_no,mobile\nORD-1,07812 441 903\n", {(2, "PHONE_NUMBER")}),
    ("notes.md", "In order to reach me call 07812 441 903 today\n", {(1, "PHONE_NUMBER")}),
])
def test_a_number_named_as_an_orders_or_a_parcels_is_not_a_phone(
        name: str, content: str, expected: set[tuple[int, str]]) -> None:
    assert found(name, content) == expected


@pytest.mark.parametrize(("content", "expected"), [
    # each item of a one-line list is named by its own label, not by the next item's
    (f"Patient X, NHS No {NHS[:3]}-{NHS[3:6]}-{NHS[6:]}, Tel 07842 615093\n",
     {(1, "UK_NHS"), (1, "PHONE_NUMBER")}),
    (f"Patient X; NHS number {NHS[:3]} {NHS[3:6]} {NHS[6:]}; mobile 07842 615093\n",
     {(1, "UK_NHS"), (1, "PHONE_NUMBER")}),
    # a phone that passes mod 11, labelled as a phone: the NHS label after it is the next's
    ("Patient X, Tel 646 637 9566, NHS No to follow\n", set()),
    # a form's items laid out with blanks or a tab: the next item's event is not the birth's
    ("DOB: 14/03/1984   Created: 01/02/2020\n", {(1, "DATE_OF_BIRTH")}),
    ("DOB: 14/03/1984\tCreated: 01/02/2020\n", {(1, "DATE_OF_BIRTH")}),
    ("Created: 01/02/2020   DOB: 14/03/1984\n", {(1, "DATE_OF_BIRTH")}),
])
def test_an_items_own_label_outweighs_the_next_items(content: str,
                                                    expected: set[tuple[int, str]]) -> None:
    assert {f for f in found("triage.txt", content) if f[1] != "PERSON"} == expected


@pytest.mark.parametrize(("name", "content"), [
    # a collection's builder names nothing: the name it is given names every item
    ("cohort.R", 'dob <- c("1984-03-17", "1962-08-14")\n'),
    ("cohort.R", 'df <- data.frame(dob = as.Date(c("1984-03-17", "1962-08-14")))\n'),
    ("Cohort.kt", 'val dobs = listOf("1984-03-17", "1962-08-14")\n'),
])
def test_every_item_of_a_built_collection_is_named_by_its_name(name: str, content: str) -> None:
    assert found(name, content) == {(1, "DATE_OF_BIRTH")}
    findings = scanned(name, content)
    assert len([f for f in findings if f.type == "DATE_OF_BIRTH"]) == 2


def test_a_space_aligned_tables_header_names_every_row_below_it() -> None:
    rows = "".join(f"{i}  {SBI[:-1]}{i}  {NHS}\n" for i in range(6))
    content = f"         sbi  nhs_number\n{rows}"
    assert found("df_head.txt", content) >= {(7, "DEFRA_SBI"), (7, "UK_NHS")}
    assert types("df_head.txt", content.replace("sbi  nhs_number", "ref  other_col")) == set()


def test_a_data_frame_printed_in_r_markdown_names_every_row_by_its_header() -> None:
    # R's output: each line after "##", and a name with a blank splits a row differently
    rows = "".join(f"## {i} {SBI[:-1]}{i}    Ann Example ZZ99 9ZZ\n" for i in range(1, 4))
    content = f"```\n##         sbi        claimant postcode\n{rows}```\n"
    assert [t for _, t in sorted(found("report.Rmd", content))].count("DEFRA_SBI") == 3
    assert types("report.Rmd", content.replace("sbi", "ref")) == set()


def test_the_open_government_licence_notice_in_every_government_repository_is_clean() -> None:
    notice = ("This information is licensed under the Open Government Licence v3.0. To view this "
              "licence, visit\nhttps://www.nationalarchives.gov.uk/doc/open-government-licence/"
              " or write to the Information\nPolicy Team, The National Archives, Kew, London "
              "TW9 4DU, or email: psi@nationalarchives.gov.uk.\n")
    assert types("LICENCE", notice) == set()


def test_a_generic_key_falls_back_to_the_line_before() -> None:
    content = f"env:\n  - name: PATIENT_NHS_NUMBER\n    value: {NHS}\n"
    assert found("deploy.yaml", content) == {(3, "UK_NHS")}


def test_a_transcript_takes_context_from_the_previous_utterance() -> None:
    vtt = (f"WEBVTT\n\n5\n00:00:38.881 --> 00:00:51.449\n<v Interviewer>Can you confirm your "
           f"date of birth?\n\n6\n00:00:51.449 --> 00:00:58.513\n<v Farmer>Yes, it's {DOB}.\n")
    assert types("interview.vtt", vtt) == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(("first", "second"), [
    ("<v Fatima Begum>Her CRN is", f"<v Fatima Begum>{CRN}"),
    ("<v Fatima Begum>Can I take your CRN?", f"<v Hamish Drummond>{CRN} is it"),
    ("<v Fatima Begum>Thanks.", f"<v Hamish Drummond>{CRN} is my CRN"),
])
def test_a_speakers_name_is_not_the_key_of_what_they_said(first: str, second: str) -> None:
    vtt = (f"WEBVTT\n\n00:00:04.600 --> 00:00:09.000\n{first}\n\n"
           f"00:00:09.100 --> 00:00:12.300\n{second}\n")
    assert "DEFRA_CRN" in types("call.vtt", vtt)


@pytest.mark.parametrize(("question", "answer", "expected"), [
    # an answer that only its own key could name: the question is that key
    ("What's the postcode of the holding?", "sy23 3bu", {"UK_POSTCODE"}),
    ("And your street address?", "3 Glan yr Afon", {"STREET_ADDRESS"}),
    ("What's your date of birth, as eight digits?", "19840528", {"DATE_OF_BIRTH"}),
    # a question about something else names nothing
    ("Which of these did you mean?", "sy23 3bu", set()),
])
def test_an_answer_in_a_transcript_is_named_by_its_question(
        question: str, answer: str, expected: set[str]) -> None:
    assert types("call.txt", f"Agent: {question}\nFarmer: {answer}\n") == expected
    vtt = (f"WEBVTT\n\n00:00:04.600 --> 00:00:09.000\n<v Agent>{question}\n\n"
           f"00:00:09.100 --> 00:00:12.300\n<v Farmer>{answer}\n")
    assert types("call.vtt", vtt) == expected


@pytest.mark.parametrize(("name", "content"), [
    ("values.yaml", "description: Duplicate claim (SBI {sbi})\n"),
    ("replay.sh", "# fix for the farm (SBI {sbi})\ncurl -s localhost\n"),
    ("app.env", "NOTE=fix for the farm (SBI {sbi})\n"),
    ("app.properties", "claim.reason=Duplicate claim (SBI {sbi})\n"),
    ("Dockerfile", 'LABEL description="Duplicate claim (SBI {sbi})"\n'),
    ("notes.yaml", "# Farm visit (sbi {sbi}), see ticket\n"),
    # a specific key whose value is a sentence: the sentence's words name the match too
    ("claims.json", '{{"reason": "Duplicate claim (SBI {sbi})"}}\n'),
    ("claims.yaml", 'reason: "SBI {sbi} paid twice"\n'),
    ("pact.json", '{{"request": {{"path": "/api/claims", "query": "sbi={sbi}"}}}}\n'),
])
def test_an_id_in_an_aside_after_a_word_is_named_by_the_aside(name: str, content: str) -> None:
    assert types(name, content.format(sbi=SBI)) == {"DEFRA_SBI"}
    assert types(name, content.format(sbi=SBI).replace("SBI", "ref").replace("sbi", "ref")) \
        == set()


@pytest.mark.parametrize("content", [
    f'c = Customer(sbi="{SBI}")\n', f'b.sbi("{SBI}").build()\n', f'foo (sbi="{SBI}")\n'])
def test_a_call_still_names_its_argument(content: str) -> None:
    assert types("a.py", content) == {"DEFRA_SBI"}


def test_only_the_words_just_before_a_match_in_a_sentence_value_name_it() -> None:
    rule = "Date of birth must be on or before 11/06/2006"
    assert types("messages.json", f'{{"tooYoung": "{rule}"}}\n') == set()
    assert types("messages.json", f'{{"error": "No record for date of birth {DOB}"}}\n') \
        == {"DATE_OF_BIRTH"}


def test_a_passport_in_an_aside_after_a_name_is_found() -> None:
    assert "UK_PASSPORT" in types("notes.yaml", f"# Ann Example (passport {PASSPORT})\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("nhsNumber", " nhs number "), ("HTTPServer", " http server "),
    ("addressLine1", " address line1 "), ("pageX", " page x "),
    # an abbreviation's plural is one word; so is "DoB" (and "PoB", "NoK")
    ("SBIs", " sbis "), ("userIDs", " user ids "), ("getURLsFor", " get urls for "),
    ("DoB", " dob "), ("customerDoB", " customer dob "), ("PoB", " pob "),
])
def test_words_split_keys_where_a_new_word_starts(text: str, expected: str) -> None:
    from safecommit.detect.context import words

    assert words(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("sbis", " sbi "), ("ALLOWED_SBIS", " allowed sbi "), ("nhsNumbers", " nhs number "),
    ("postcodes", " postcode "), ("NINOs", " nino "), ("addresses", " address "),
    # three letters, or a double s, are not plurals
    ("nhs", " nhs "), ("address", " address "), ("ips", " ips "), ("business", " business "),
    # a number after a word is a word of its own
    ("addressLine1", " address line 1 "), ("line1", " line 1 "), ("dob2", " dob 2 "),
])
def test_context_reads_a_plural_as_its_singular_and_a_number_apart(text: str,
                                                                    expected: str) -> None:
    from safecommit.detect.context import context_words

    assert context_words(text) == expected


@pytest.mark.parametrize(("name", "content"), [
    ("fixture.json", '{{"sbis": [{sbi}, {sbi2}]}}\n'),
    ("preprod.tfvars", "test_business_sbis = [{sbi}, {sbi2}]\n"),
    ("docker-compose.yml", 'environment:\n  ALLOWED_SBIS: "{sbi},{sbi2}"\n'),
    ("Seed.java", 'List<String> customerSbis = List.of("{sbi}", "{sbi2}");\n'),
    ("notes.md", "The SBIs {sbi} and {sbi2} were paid twice.\n"),
])
def test_a_plural_key_names_each_of_its_values(name: str, content: str) -> None:
    sbi2 = SBI[:-1] + str((int(SBI[-1]) + 1) % 10)
    text = content.format(sbi=SBI, sbi2=sbi2)
    findings, _ = scan_blob(Blob(name, text.encode()), Config(), b"s")
    assert sorted(f.value for f in findings if f.type == "DEFRA_SBI") == sorted([SBI, sbi2])
    assert types(name, re.sub("(?i)sbis", "refs", text)) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("allowlist.yaml", "sbi:\n  - {a}\n  - {b}\n  - {c}\n"),
    ("fixture.json", '{{\n  "sbi": [\n    {a},\n    {b},\n    {c}\n  ]\n}}\n'),
    ("preprod.tfvars", "test_business_sbis = [\n  {a},\n  {b},\n  {c},\n]\n"),
    ("seed.py", 'SBIS = [\n    "{a}",\n    "{b}",\n    "{c}",\n]\n'),
])
def test_every_item_of_a_list_under_an_id_key_is_found(name: str, content: str) -> None:
    text = three_sbis_found(name, content)
    assert types(name, re.sub("(?i)sbis?", "refs", text)) == set()


@pytest.mark.parametrize("content", [
    "INSERT INTO businesses (sbi, crn) VALUES\n  ({sbi}, {crn}),\n  ({sbi}, {crn}),\n"
    "  ({sbi}, {crn});\n",
    "COPY public.customer (sbi, crn, note) FROM stdin;\n{sbi}\t{crn}\tx\n{sbi}\t{crn}\t\\N\n"
    "{sbi}\t{crn}\ty\n\\.\n",
    "CREATE TABLE customer (\n  sbi bigint,\n  crn varchar(10)\n);\n"
    "INSERT INTO customer VALUES ({sbi}, '{crn}');\nINSERT INTO customer VALUES ({sbi}, '{crn}');\n"
    "INSERT INTO customer VALUES ({sbi}, '{crn}');\n",
])
def test_every_row_of_an_sql_dump_is_read_under_its_columns(content: str) -> None:
    text = content.format(sbi=SBI, crn=CRN)
    rows = found("dump.sql", text)
    assert [t for _, t in sorted(rows)].count("DEFRA_SBI") == 3
    assert [t for _, t in sorted(rows)].count("DEFRA_CRN") == 3
    assert types("dump.sql", text.replace("sbi", "ref").replace("crn", "qty")) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("apply.feature", "    Examples:\n      | crn   | sbi   |\n      | {crn} | {sbi} |\n"
                      "      | {crn} | {sbi} |\n      | {crn} | {sbi} |\n"),
    ("cases.html",
     "<tr><th>CRN</th><th>SBI</th></tr>\n" + "<tr><td>{crn}</td><td>{sbi}</td></tr>\n" * 3),
    ("cases.html", '<table class="govuk-table">\n<tr>\n<th scope="col">CRN</th>\n'
                   '<th scope="col">SBI</th>\n</tr>\n'
                   + "<tr>\n<td>\n{crn}\n</td>\n<td>{sbi}</td>\n</tr>\n" * 3 + "</table>\n"),
])
def test_every_row_of_a_table_is_read_under_its_header(name: str, content: str) -> None:
    text = content.format(sbi=SBI, crn=CRN)
    rows = [t for _, t in found(name, text)]
    assert rows.count("DEFRA_SBI") == 3 and rows.count("DEFRA_CRN") == 3
    assert types(name, text.replace("SBI", "Ref").replace("CRN", "Qty").replace("sbi", "ref")
                 .replace("crn", "qty")) == set()


def test_a_summary_list_over_several_lines_names_its_value() -> None:
    text = ('<dt class="govuk-summary-list__key">\n  {key}\n</dt>\n'
            '<dd class="govuk-summary-list__value">\n  {dob}\n</dd>\n')
    assert types("check.html", text.format(key="Date of birth", dob=DOB)) == {"DATE_OF_BIRTH"}
    assert types("check.html", text.format(key="Date of visit", dob=DOB)) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("openapi.yaml", "components:\n  schemas:\n    Claim:\n      properties:\n        sbi:\n"
                     "          type: integer\n          example: {sbi}\n        dateOfBirth:\n"
                     "          type: string\n          format: date\n"
                     "          example: \"{dob}\"\n"),
    ("schema.json", '{{"properties": {{\n  "sbi": {{\n    "type": "integer",\n'
                    '    "example": {sbi}\n  }},\n  "dateOfBirth": {{\n    "type": "string",\n'
                    '    "format": "date",\n    "examples": [\n      "{dob}"\n    ]\n  }}\n}}}}\n'),
])
def test_an_openapi_example_is_named_by_its_property(name: str, content: str) -> None:
    text = content.format(sbi=SBI, dob=DOB)
    assert types(name, text) == {"DEFRA_SBI", "DATE_OF_BIRTH"}
    assert types(name, text.replace("sbi", "orderId").replace("dateOfBirth", "createdOn")) \
        == set()


@pytest.mark.parametrize(("name", "content", "key"), [
    ("address.json", '{{"{key}": "{street}"}}\n', "line1"),
    ("Customer.xml", "<{key}>{street}</{key}>\n", "Line1"),
    ("app.yaml", "customer:\n  {key}: {street}\n", "addressLine1"),
])
@pytest.mark.parametrize("street", ["Rose Cottage, Mill Lane", "Heol y Dderwen"])
def test_a_street_with_no_house_number_is_found_under_a_line1_key(
        name: str, content: str, key: str, street: str) -> None:
    assert types(name, content.format(key=key, street=street)) == {"STREET_ADDRESS"}
    assert types(name, content.format(key="venue", street=street)) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("reprocess.txt", "SBIs to reprocess:\n{a}\n{b}\n{c}\n"),
    ("configmap.yaml", "data:\n  allowlist.txt: |\n    # SBIs allowed in the pilot\n    {a}\n"
                       "    {b}\n    {c}\n"),
    ("notes.md", "The SBIs:\n- {a}\n- {b}\n- {c}\n"),
    # a map's entries, each a value to a value, under a comment that names them
    ("fixes.py", "FIXES = {{\n    # SBIs: amounts\n    \"{a}\": \"12.50\",\n"
                 "    \"{b}\": \"7.00\",\n    \"{c}\": \"0.35\",\n}}\n"),
    ("fixes.rb", "# SBIs => claims\n{a} => 2,\n{b} => 3,\n{c} => 1,\n"),
    # rows of values, as tuples or lists, under a comment or a test's parameter names
    ("rows.py", "ROWS = [\n    # (SBIs, claims)\n    ({a}, 2),\n    ({b}, 3),\n    ({c}, 1),\n]\n"),
    ("rows.js", "const rows = [\n  // [SBIs, claims]\n  ['{a}', '2'],\n  ['{b}', '3'],\n"
                "  ['{c}', '1'],\n]\n"),
    ("test_rows.py", "@pytest.mark.parametrize('SBIs, ok', [\n    ('{a}', 1),\n    ('{b}', 1),\n"
                     "    ('{c}', 0),\n])\n"),
    # what the test expects of each row, and a comment that ends a row
    ("test_ok.py", "@pytest.mark.parametrize(('SBIs', 'ok'), [\n    ({a}, True),  # first\n"
                   "    ({b}, False),\n    ({c}, None),  # no claim yet\n])\n"),
    ("ok.test.ts", "test.each([\n  // [SBIs, ok]\n  [{a}, true], // first\n  [{b}, false],\n"
                   "  [{c}, null],\n])('%s', check)\n"),
    ("reprocess.txt", "SBIs to reprocess:\n{a}  # first\n{b}\n{c}\n"),
])
def test_a_column_of_values_is_named_by_the_line_above_it(name: str, content: str) -> None:
    text = three_sbis_found(name, content)
    assert types(name, re.sub("(?i)sbis", "Orders", text)) == set()
    # a line of words between the heading and the column: the heading names nothing below
    broken = text.replace(THREE_SBIS[0], "see below for the rest", 1)
    assert "DEFRA_SBI" not in types(name, broken)


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("keeper.json", '{{"passport": {{"number": "{passport}", "expiry": "2031-01-01"}}}}\n',
     {"UK_PASSPORT"}),
    ("keeper.json", '{{\n  "passport": {{\n    "number": "{passport}"\n  }}\n}}\n',
     {"UK_PASSPORT"}),
    ("keeper.yaml", "keeper:\n  passport:\n    issued: 2021-01-01\n    number: '{passport}'\n",
     {"UK_PASSPORT"}),
    ("keeper.json", '{{"sbi": {{"id": {sbi}}}}}\n', {"DEFRA_SBI"}),
    # the object is something else's, or the number is outside the passport's object
    ("order.json", '{{"order": {{"number": "{passport}"}}}}\n', set()),
    ("order.yaml", "passport:\n  pages: 34\norder:\n  number: '{passport}'\n", set()),
    ("order.json", '{{"passport": {{"pages": 34}},\n "order": {{"number": "{passport}"}}}}\n',
     set()),
])
def test_a_number_under_a_number_key_is_named_by_its_objects_key(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content.format(passport=PASSPORT, sbi=SBI)) == expected


@pytest.mark.parametrize(("name", "content"), [
    # the type or constructor that the number is given to names it
    ("Fixtures.kt", 'val doc = Passport(number = "{v}", expiry = LocalDate.of(2031, 1, 1))\n'),
    ("fixtures.py", 'doc = Passport(\n    number="{v}",\n)\n'),
    ("Fixtures.cs", 'var doc = new Passport\n{{\n    Number = "{v}",\n}};\n'),
    ("fixtures.go", 'doc := Passport{{Number: "{v}"}}\n'),
    ("fixtures.rs", 'let doc = Passport {{ number: "{v}".into() }};\n'),
    ("fixtures.rb", 'doc = Passport.new(number: "{v}")\n'),
    ("fixtures.js", "const doc = new Passport({{ number: '{v}' }})\n"),
    # and an INI or a TOML section the number's key is in
    ("keeper.ini", "[passport]\nissued = 2021-01-01\nnumber = {v}\n"),
    ("keeper.toml", '[keeper.passport]\nnumber = "{v}"\n'),
])
def test_a_number_under_a_number_key_is_named_by_its_type_or_section(
        name: str, content: str) -> None:
    assert types(name, content.format(v=PASSPORT)) == {"UK_PASSPORT"}
    for other in ("Order", "Invoice", "order"):
        assert types(name, content.format(v=PASSPORT).replace("passport", other.lower())
                     .replace("Passport", other)) == set()


@pytest.mark.parametrize("content", ['{{"DoB": "{dob}"}}\n', "DoB: {dob}\n",
                                     '{{"customerDoB": "{dob}"}}\n'])
def test_dob_spelt_with_a_capital_b_is_a_date_of_birth(content: str) -> None:
    assert types("a.json", content.format(dob=DOB)) == {"DATE_OF_BIRTH"}
    assert types("a.json", content.format(dob=DOB).replace("DoB", "Due")) == set()


@pytest.mark.parametrize("key", ["acorn_id", "public_ref", "crnx"])
def test_context_words_match_whole_words_only(key: str) -> None:
    assert types("a.py", f'{key} = "{CRN}"\n') == set()
    assert types("a.py", f'crn = "{CRN}"\n') == {"DEFRA_CRN"}


def test_an_ambiguous_number_with_no_context_is_not_reported() -> None:
    assert types("a.py", f'order_total = "{PASSPORT}"\n') == set()
    assert types("a.py", f'passport_no = "{PASSPORT}"\n') == {"UK_PASSPORT"}


@pytest.mark.parametrize("line", [
    "customer_email = get_email()",
    "def normalise_phone_number(phone_number: str) -> str:",
    "Email    string `json:\"email\"`",
    "sbi           CHAR(9),",
    "url = f\"mailto:{user}@{domain}\"",
])
def test_code_identifiers_are_never_values(line: str) -> None:
    assert types("a.py", line + "\n") == set()


@pytest.mark.parametrize("content", [
    f'nino = "{NINO}"  # safecommit: allow UK_NINO generated for a demo\n',
    f'# safecommit: allow\nnino = "{NINO}"\n',
    f'// safecommit: allow UK_NINO\nnino = "{NINO}"\n',
])
def test_inline_pragma_allows_the_line_or_the_next(content: str) -> None:
    assert types("a.py", content) == set()


def test_pragma_for_another_type_does_not_allow() -> None:
    assert types("a.py", f'nino = "{NINO}"  # safecommit: allow UK_NHS\n') == {"UK_NINO"}


def test_findings_below_the_threshold_do_not_block_unless_it_is_lowered() -> None:
    content = f'ref = "{NHS}"\n'  # a bare 10-digit number that happens to pass mod 11
    assert found("a.py", content) == set()
    assert found("a.py", content, Config(threshold=0.2)) == {(1, "UK_NHS")}


def test_cli_blocks_shows_type_and_suggestion_and_never_the_value(repo: Repo, cli) -> None:  # type: ignore[no-untyped-def]
    repo.stage("fixtures/customer.json", f'{{"nhsNumber": "{NHS}", "email": "{EMAIL}"}}\n')
    run = cli("scan", "--staged", "--format", "json")
    assert run.code == 1
    assert NHS not in run.out and EMAIL not in run.out
    by_type = {f["type"]: f for f in run.json["findings"]}
    assert by_type["UK_NHS"]["suggestion"].startswith("999")
    assert by_type["EMAIL_ADDRESS"]["suggestion"] == "jane.doe@example.com"
    assert by_type["UK_NHS"]["confidence"] >= 0.9


def test_every_finding_type_is_one_of_the_design_types() -> None:
    from safecommit.detect.personal import RECOGNIZERS

    design = {"EMAIL_ADDRESS", "PHONE_NUMBER", "UK_POSTCODE", "STREET_ADDRESS", "IP_ADDRESS",
              "MAC_ADDRESS", "DEVICE_ID", "DATE_OF_BIRTH", "UK_NINO", "UK_NHS", "UK_PASSPORT",
              "UK_DRIVING_LICENCE", "UK_UTR", "CREDIT_CARD", "UK_BANK_ACCOUNT", "IBAN_CODE",
              "UK_VEHICLE_REGISTRATION", "DEFRA_CPH", "DEFRA_SBI", "DEFRA_CRN",
              # proposed for DESIGN.md's list: presidio's name for a position, and the Firm
              # Reference Number Defra's payment services pay a customer under
              "LOCATION", "DEFRA_FRN"}
    assert {r.type for r in RECOGNIZERS} == design


@pytest.mark.parametrize(("name", "content"), [
    ("ApplicantFixtures.kt", 'val a = Applicant(\n    niNo = "{}",\n)\n'),
    ("seed.yaml", "applicant:\n  ni_number: {}\n"),
    ("notes.txt", "National Insurance number {} on file\n"),
])
@pytest.mark.parametrize("value", ["jg103795b", "pw 51 88 02 a"])
def test_a_lower_case_ni_number_is_found_under_a_nino_key(name: str, content: str,
                                                          value: str) -> None:
    assert types(name, content.format(value)) == {"UK_NINO"}


@pytest.mark.parametrize("content", ['checksum = "jg103795b"\n', "ref jg103795b\n",
                                     'nino = "qq123456c"\n'])
def test_a_lower_case_ni_number_shape_without_context_or_reserved_is_not_found(
        content: str) -> None:
    assert types("a.py", content) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("values.yaml", 'image:\n  repository: hedgerow/api\n  tag: "86.14.203.77"\n'),
    ("Chart.yaml", "appVersion: 86.14.203.77\n"),
    ("build.gradle", 'version = "86.14.203.77"\n'),
    ("notes.txt", "Deployed build 86.14.203.77 to staging\n"),
    # a change log's upgrades, and a Debian changelog's heading
    ("CHANGELOG.md", "* V8: upgrade to 86.14.203.77, see its ChangeLog\n"),
    ("CHANGELOG.md", "* deps: bump openssl to 86.14.203.77\n"),
    ("changelog", "hedgerow (86.14.203.77) unstable; urgency=low\n"),
])
def test_a_dotted_number_under_a_version_or_image_tag_key_is_not_an_ip(name: str,
                                                                      content: str) -> None:
    assert "IP_ADDRESS" not in types(name, content)


def test_an_upstream_in_a_proxys_log_does_not_hide_its_client() -> None:
    line = ("2024/06/11 09:17:44 [error] 31#31: *8812 upstream timed out while reading "
            "response header from upstream, client: 86.14.203.77, server: app.example.net\n")
    assert types("nginx-error.log", line) == {"IP_ADDRESS"}


def test_a_version_word_far_along_the_line_does_not_hide_an_ip() -> None:
    line = ('86.14.203.77 - - [12/Nov/2024:08:15:33 +0000] "GET /report HTTP/1.1" 200 512 "-" '
            '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Version/17.4 Mobile"\n')
    assert types("nginx-access.log", line) == {"IP_ADDRESS"}


@pytest.mark.parametrize(("name", "line"), [
    ("nginx-access.log", '10.40.0.9 - - "GET /api/keepers?email={} HTTP/1.1" 200 312\n'),
    ("client.py", 'requests.get("https://keepers.example.gov.uk/find?email={}&page=2")\n'),
])
def test_an_email_with_a_percent_encoded_at_in_a_url_is_found(name: str, line: str) -> None:
    value = EMAIL.replace("@", "%40")
    findings, _ = scan_blob(Blob(name, line.format(value).encode()), Config(), b"s")
    email = [f for f in findings if f.type == "EMAIL_ADDRESS"]
    assert len(email) == 1
    start = line.format(value).index(value) + 1
    assert (email[0].column, email[0].end_column) == (start, start + len(value))


@pytest.mark.parametrize("address", ["14 Clos y Waun", "3 Heol y Frenhines", "7 Rhodfa'r Môr",
                                     "22 Ffordd Penglais", "5 Lôn Las", "9 Stryd Fawr"])
def test_a_welsh_street_word_comes_before_the_street_name(address: str) -> None:
    assert types("letter.txt", f"The applicant lives at {address}, Aberystwyth.\n") == \
        {"STREET_ADDRESS"}


@pytest.mark.parametrize("content", ["See line 1: 3 Bears went home\n", "line1 = f(3)\n",
                                     "notes: 3 Glan yr Afon\n"])
def test_a_house_number_and_words_is_an_address_only_under_an_address_line_key(
        content: str) -> None:
    assert types("a.yaml", content) == set()
    assert types("a.yaml", "address_line_1: 3 Glan yr Afon\n") == {"STREET_ADDRESS"}


def test_coordinates_count_as_a_location_only_beside_gps_words() -> None:
    from safecommit.config import Config
    from safecommit.detect import detect
    from safecommit.model import Text

    def types(line: str) -> list[str]:
        return [f.type for f in detect(Text("a.yaml", line + "\n", "yaml"), Config().kinds)]

    assert "LOCATION" in types("gps_position: 51.501364, -0.141890")
    assert "LOCATION" not in types("office: 51.501364, -0.141890")
    assert "LOCATION" not in types("gps: 0.000000, 0.000000")


def test_context_on_a_very_long_line_is_read_around_the_match() -> None:
    # A minified file: one long line. The words next to the match still count, and each
    # match reads a bounded window, so thousands of matches on the line stay linear.
    padding = "lorem ipsum " * 1_000
    assert types("notes.md", f"{padding}She was born on {DOB}. {padding}\n") == \
        {"DATE_OF_BIRTH"}
    assert types("notes.md", f"{padding}Next review: {DOB}. {padding}\n") == set()


# --- the quick look for context before evidence is read ----------------------------------

def _needy_findings(name: str, content: str, look_first: bool) -> set[tuple[int, str]]:
    from safecommit.detect import recognizer

    with pytest.MonkeyPatch.context() as patched:
        if not look_first:
            patched.setattr(recognizer, "may_hold", lambda *args: True)
        return found(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("a.py", f'crn = "{CRN}"\nother = "{CRN}"\n'),
    ("a.py", f'customerRef = "{CRN}"  # the CRN\n'),
    ("a.yaml", f"addressLine1:\n  value: 12 Acacia Avenue\nsbi: {SBI}\n"),
    ("a.json", f'{{"sbiNumber":\n "{SBI}"}}\n'),
    ("holdings.csv", f"id,sbi\n1,{SBI}\n"),
    ("notes.md", f"Born on\n{DOB}, and {SBI} {CRN}\n"),
    ("interview.vtt", f"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v A>your sbi?\n\n2\n"
                      f"00:00:02.000 --> 00:00:03.000\n<v B>{SBI}\n"),
    # keys from further up: a list's, a table's column, a schema's property, a column's head
    ("a.yaml", f"sbi:\n  - {SBI}\n  - {SBI}\n  - {SBI}\nref:\n  - {SBI}\n  - {SBI}\n"),
    ("a.json", f'{{"sbis": [\n  {SBI},\n  {SBI},\n  {SBI}\n], "x": [\n  {SBI},\n  {SBI}\n]}}\n'),
    ("a.html", f"<tr><th>SBI</th><th>Ref</th></tr>\n<tr><td>{SBI}</td><td>{SBI}</td></tr>\n"
               f"<tr><td>{SBI}</td><td>{SBI}</td></tr>\n"),
    ("a.feature", f"| sbi | ref |\n| {SBI} | {SBI} |\n| {SBI} | {SBI} |\n"),
    ("a.sql", f"COPY t (sbi, ref) FROM stdin;\n{SBI}\t{SBI}\n{SBI}\t{SBI}\n\\.\n"),
    ("api.yaml", f"properties:\n  sbi:\n    type: integer\n    example: {SBI}\n  ref:\n"
                 f"    type: integer\n    example: {SBI}\n"),
    ("a.txt", f"SBIs:\n{SBI}\n{SBI}\n{SBI}\n\nrefs:\n{SBI}\n{SBI}\n"),
    # a long line (minified JSON) is looked at around each match, and at its field's key
    ("min.json", '{"a": "' + "x " * 3000 + f'", "sbi": "{SBI}", "b": "' + "y " * 3000 + '"}\n'),
    ("min.json", '{"sbi_notes": "' + "lorem " * 600 + f'{SBI}", "ref": "{SBI}"}}\n'),
    ("min.js", "var a=1;" * 600 + f'var ref="{SBI}";' + "var b=2;" * 600 + "\n"),
])
def test_the_quick_look_for_context_changes_no_finding(name: str, content: str) -> None:
    assert _needy_findings(name, content, True) == _needy_findings(name, content, False)


def test_with_no_context_word_near_a_match_no_field_is_read() -> None:
    from safecommit.detect.evidence import may_hold
    from safecommit.detect.gate import context_gate
    from safecommit.detect.locate import Locator
    from safecommit.model import Text

    near = re.compile(context_gate(("sbi", "single business identifier")) or "")
    text = f"x = 1\nref = {SBI}\ny = 2\nsingleBusinessIdentifier:\n  {SBI}\n"
    locator = Locator(Text("a.yaml", text, "yaml"))
    assert not may_hold(locator, text.index(SBI), near)
    assert may_hold(locator, text.rindex(SBI), near)  # camel case on the line before


@pytest.mark.parametrize(("name", "content"), [
    # Decimal arithmetic test vectors: long numbers beside other long numbers.
    ("divide.decTest", "div401 divide  5700122152274696   5700122152251386  ->  1.0000000\n"),
    ("add.decTest", "add92 add '3000000400000000'  '4000000000000400' -> '7000000400000400'\n"),
    ("fma.decTest", "fma62 fma 1 '6543210123456788' 0.499999 -> '6543210123456788' Inexact\n"),
    ("ids.csv", "event,snowflake\nsync,4929137582046132 1490270428191502336\n"),
    # a table of code points, grouped in fours like a card
    ("Stroke.pm", "5214 4929 1375 8204 6132 521A 521B\n"),
    ("catalog.bki", "insert ( 5038 snapshot 0 5039 4929 1375 8204 6132 5058 - d x )\n"),
])
def test_a_bare_number_among_other_long_numbers_is_not_a_card(name: str, content: str) -> None:
    assert "CREDIT_CARD" not in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    # an id of something else that passes Luhn by chance, named by its key or its words
    ("txns.json", '{"transactionId": "4929137582046132", "status": "settled"}\n'),
    ("orders.yaml", "orders:\n  - orderNumber: 5158651675019920\n"),
    ("notes.md", "Order 4929137582046132 was refunded.\n"),
    ("log.txt", "trace_id=4929137582046132 status=200\n"),
])
def test_an_id_that_passes_luhn_named_as_another_things_is_not_a_card(
        name: str, content: str) -> None:
    assert "CREDIT_CARD" not in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("payments.csv", "card_number,txn_id\n4929137582046132,1490270428191502336\n"),
    ("notes.md", "Refund the card 4929 1375 8204 6132 (ref 1490270428191502336).\n"),
    ("notes.md", "Paid with 4929 1375 8204 6132 0926 on the phone.\n"),
    ("order.json", '{"pan": "4929137582046132", "order": "1490270428191502336"}\n'),
    ("txn.json", '{"transactionId": "T-1", "cardNumber": "4929137582046132"}\n'),
])
def test_a_card_named_as_one_or_written_as_one_is_still_found(name: str, content: str) -> None:
    assert "CREDIT_CARD" in types(name, content)


def test_the_last_line_of_a_hex_dump_is_not_a_mac_address() -> None:
    dump = ("        Modulus:\n"
            "            00:c3:1f:7a:9e:42:b1:08:6d:55:e0:3a:91:c4:7f:\n"
            "            2e:b8:64:d0:17:a9\n")
    assert "MAC_ADDRESS" not in types("cert.pem", dump)
    assert "MAC_ADDRESS" in types("inventory.txt", "hostname: kiosk-7\n2e:b8:64:d0:17:a9\n")


@pytest.mark.parametrize(("name", "content"), [
    # The GPL's notice, in every file of a GPL project: the Free Software Foundation's.
    ("gpl.py", "# You should have received a copy of the GNU General Public License\n"
               "# along with this program; if not, write to the Free Software\n"
               "# Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA\n"),
    ("COPYING", "Free Software Foundation, Inc.,\n51 Franklin Street, Fifth Floor, Boston\n"),
    ("utils.py", "# this program; if not, write to the Free Software Foundation, Inc.,\n"
                 "# 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA\n"),
    ("gpl.c", " * write to the Free Software Foundation, Inc.,\n"
              " * 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA\n"),
    # a copyright holder whose name ends in a street's word, after the year
    ("LICENSE", "Copyright (c) 2021 Jane Green\n"),
    ("copyright", "Files: *\nCopyright: 2015, Ana Lee\n 2017, Chanho Park <cp@example.org>\n"),
    ("vendors.txt", "Acme Widgets LLC, 400 Harbour View Road, Plymouth\n"),
    ("banks.dat", '0506 branch="222 Lambton Quay"\n'),
    ("stores.json", '{"store": "80 Queen Street", "manager": "Area 5"}\n'),
    ("fixtures.py", 'customer.address = "742 Evergreen Terrace"\n'),
    ("README.md", "Deliver to 221B Baker Street for the demo.\n"),
    ("contact.md", "Write to us at Defra, Seacole Building, 2 Marsham Street, London.\n"),
    # the Environment Agency's head office: Defra's services' address lookup test address
    ("data_generator.rb", 'result: "ENVIRONMENT AGENCY, HORIZON HOUSE, DEANERY ROAD, BRISTOL"\n'),
    ("footer.md", "Our office: Seacole Building, 80 Queen Street, London.\n"),
    ("sites.yaml", "warehouse.addressLine1: 80 Queen Street\n"),
    # the last part of a section's number, before the section's title
    ("Locale.java", "// 2.6.2.2 Missing Skeleton Fields\n"),
    # an HTTP status's reason
    ("http.md", "The server returns a 431 Request Header Fields Too Large error.\n"),
])
def test_a_business_or_a_famous_address_is_not_a_households(name: str, content: str) -> None:
    assert "STREET_ADDRESS" not in types(name, content)


@pytest.mark.parametrize("postcode", ["BS1 5AH", "KT15 3NB", "NR33 0HT"])
def test_the_postcodes_of_defras_agencies_offices_are_not_personal(postcode: str) -> None:
    assert "UK_POSTCODE" not in types("os_places_response.json", f'{{"postcode": "{postcode}"}}\n')


@pytest.mark.parametrize(("name", "content"), [
    ("notes.md", "She lives at 14 Tanner Road, two doors from the village shop.\n"),
    ("notes.md", "She lives at 1984 Tanner Road, past the church.\n"),
    ("customer.json", '{"address": "14 Tanner Road", "branch": "Leeds"}\n'),
    ("letter.txt", "Dear Ms Owen,\n14 Tanner Road\nFoundation Street is closed.\n"),
    ("notes.md", "She moved to 14 Tanner Road, by the post office, last week.\n"),
])
def test_a_households_address_beside_those_words_is_still_found(name: str, content: str) -> None:
    assert "STREET_ADDRESS" in types(name, content)


@pytest.mark.parametrize("content", [
    "VALID = '''\n00345425001 00352861001 00356533003 00362684023 00376023023\n'''\n",
    "ids = [01782934561, 02083719452, 01619283746, 01912837465]\n",
])
def test_a_number_in_a_list_of_numbers_is_not_a_phone(content: str) -> None:
    assert "PHONE_NUMBER" not in types("whitelist.py", content)


@pytest.mark.parametrize(("name", "content"), [
    ("contacts.csv", "name,mobile,landline,fax\nA,07781234567,01134961234,01134961235\n"),
    ("notes.md", "Call 07781 234567 or 0113 496 1234, fax 01134961235.\n"),
])
def test_phones_side_by_side_under_a_phone_word_are_still_found(name: str, content: str) -> None:
    assert "PHONE_NUMBER" in types(name, content)


@pytest.mark.parametrize("content", [
    "Consult the spec (§17.3.2.36) for more details.\n",
    "See § 21.2.2.126 of the standard.\n",
    "From the spec 21.2.2.126: a chart's series order.\n",
    "As ECMA-376 specification 17.3.2.36 says, the default is on.\n",
    # Javadoc's tags for the Java specifications' sections, and X.509's object identifiers
    " * @jls 15.12.4.5 Create Frame, Synchronize, Transfer Control\n",
    'byte[] ski = cert.getExtensionValue("2.5.29.14");\n',
    '<tr><th scope="row">2.5.29.17</th><td>SubjectAlternativeName</td></tr>\n',
    "* **deps**: patch V8 to 11.3.244.8\n",
    # a release a news file names
    "What's new in at-spi2-core 2.39.90.1:\n",
    "It was already skipping symlinks (since 1.14.16.6) for similar reasons.\n",
])
def test_a_standards_clause_number_is_not_an_ip_address(content: str) -> None:
    assert "IP_ADDRESS" not in types("font.py", content)


def test_an_address_in_the_x500_block_outside_those_arcs_is_still_found() -> None:
    assert "IP_ADDRESS" in types("access.log", "client: 2.5.131.77 GET /claims\n")


def test_an_svg_paths_numbers_run_together_are_not_an_ip_address() -> None:
    path = '<path d="m108.76 55.62-.27-.03-.74-1.97c.35 1.88 1.2 2.88 1.81.4.63 1.34z"/>\n'
    assert "IP_ADDRESS" not in types("crest.svg", f'<svg xmlns="http://www.w3.org/2000/svg">{path}</svg>\n')
    log = '81.2.69.160 - - [27/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 0.023 0.021\n'
    assert "IP_ADDRESS" in types("access.log", log)


@pytest.mark.parametrize(("name", "content", "kind"), [
    # The GOV.UK Design System's own examples, which prototypes copy from its components.
    ("check-answers.html", '<dt class="govuk-summary-list__key">Date of birth</dt>\n'
                           '<dd class="govuk-summary-list__value">13/08/1980</dd>\n',
     "DATE_OF_BIRTH"),
    ("panel.html", "<p>Previous home address: 1 Willow Lane, Newchurch, Kington, HR5 3QF</p>\n",
     "UK_POSTCODE"),
    ("panel.html", "<p>Previous home address: 1 Willow Lane, Newchurch, Kington, HR5 3QF</p>\n",
     "STREET_ADDRESS"),
    ("summary.html", "<dd>Egbert Felix Gaspar Humbert</dd>\n", "PERSON"),
])
def test_the_design_systems_example_values_are_not_personal_data(name: str, content: str,
                                                                 kind: str) -> None:
    assert kind not in types(name, content)


@pytest.mark.parametrize("value", ["+447900000000", "07900 000000", "+44 20 7000 0000"])
def test_a_number_ending_in_six_zeros_is_a_dummy_not_a_phone(value: str) -> None:
    assert "PHONE_NUMBER" not in types("fields.test.js", f"telephoneNumber: '{value}'\n")


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("customer.test.js", f"expect(customer.crn).toBe('{CRN}')\n", "DEFRA_CRN"),
    ("claim.test.ts", f"expect(result.sbi).toEqual({SBI})\n", "DEFRA_SBI"),
    ("api.test.js", f"expect(body.dateOfBirth).toStrictEqual('{DOB}')\n", "DATE_OF_BIRTH"),
    ("KeeperTest.java", f'assertEquals("{CRN}", customer.getCrn());\n', "DEFRA_CRN"),
    ("KeeperTest.kt", f"assertThat(keeper.sbi).isEqualTo({SBI})\n", "DEFRA_SBI"),
    ("keeper_spec.rb", f'expect(keeper.passport_number).to eq("{PASSPORT}")\n', "UK_PASSPORT"),
    ("test_keeper.py", f'self.assertEqual(resp.json()["sbi"], {SBI})\n', "DEFRA_SBI"),
    ("keeper_test.go", f'want := "{CRN}" // CRN\n', "DEFRA_CRN"),
])
def test_an_assertion_names_its_value_by_what_it_asserts(name: str, content: str,
                                                          expected: str) -> None:
    assert found(name, content) == {(1, expected)}


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("test_seed.py", f'make_customer("{CRN}", "Jones")  # crn\n', "DEFRA_CRN"),
    ("Seed.java", f'var farm = new Farm("{SBI}"); // SBI of the farm\n', "DEFRA_SBI"),
    ("seed.sql", f"SELECT add_keeper('{PASSPORT}'); -- passport number\n", "UK_PASSPORT"),
])
def test_a_comment_that_ends_the_line_names_a_calls_argument(name: str, content: str,
                                                              expected: str) -> None:
    assert found(name, content) == {(1, expected)}


@pytest.mark.parametrize(("name", "content"), [
    # the assertion's subject is no person's id: the number is a count, a build, an order
    ("counts.test.js", f"expect(result.total).toBe({SBI})\n"),
    ("OrderTest.java", f'assertEquals("{CRN}", order.getInvoiceNumber());\n'),
    ("build_test.go", f'want := "{CRN}" // build number\n'),
    ("test_lab.py", f'make_sample("{SBI}")  # lab sample\n'),
])
def test_an_assertion_or_a_comment_about_something_else_names_no_id(name: str,
                                                                    content: str) -> None:
    assert found(name, content) == set()


@pytest.mark.parametrize("content", [
    '{"crnUpdatedAt": 1710238951}\n',
    '{"crn": {"ts": 1710238951}}\n',
    "crn_created_at: 1710238951\n",
    '{"frn_timestamp": 1710238951}\n',
])
def test_ten_digits_under_a_time_key_are_a_unix_time_not_a_customer_id(content: str) -> None:
    assert found("payload.json" if content.startswith("{") else "payload.yaml", content) == set()


def test_a_customer_id_beside_a_time_key_is_still_found() -> None:
    assert found("payload.json", f'{{"crn": "{CRN}", "ts": 1710238951}}\n') == {(1, "DEFRA_CRN")}


@pytest.mark.parametrize(("content", "expected"), [
    (f'{{"dyddiad_geni": "{DOB}"}}\n', "DATE_OF_BIRTH"),
    (f'{{"rhif_yswiriant_gwladol": "{NINO.lower()}"}}\n', "UK_NINO"),
    ('{"cod_didoli": "40-11-62"}\n', "UK_BANK_ACCOUNT"),
    ('{"rhif_cyfrif": "73419028"}\n', "UK_BANK_ACCOUNT"),
    (f'{{"cyfeirnod_cwsmer": "{CRN}"}}\n', "DEFRA_CRN"),
    (f'{{"rhif_pasbort": "{PASSPORT}"}}\n', "UK_PASSPORT"),
])
def test_a_welsh_forms_label_names_its_value(content: str, expected: str) -> None:
    assert found("ceisydd.json", content) == {(1, expected)}


@pytest.mark.parametrize("content", [
    f'{{"dyddiad_cyflwyno": "{DOB}"}}\n',  # date submitted
    f'{{"rhif_cais": "{CRN}"}}\n',  # application number
])
def test_other_welsh_labels_name_no_identifier(content: str) -> None:
    assert found("ceisydd.json", content) == set()


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("business.http", f"GET {{{{host}}}}/api/sbi/{SBI}/land-parcels\n", "DEFRA_SBI"),
    ("access.log", f'"GET /customers/crn/{CRN} HTTP/1.1" 200\n', "DEFRA_CRN"),
    ("routes.test.js", f"await request(app).get('/business/{SBI}') // sbi\n", "DEFRA_SBI"),
])
def test_an_id_in_a_rest_path_is_named_by_its_segment(name: str, content: str,
                                                       expected: str) -> None:
    assert found(name, content) == {(1, expected)}


@pytest.mark.parametrize(("name", "content"), [
    ("orders.http", f"GET {{{{host}}}}/api/orders/{SBI}\n"),  # no id's name
    ("notes.txt", f"sbi batch 12/{SBI}\n"),  # a date's or a batch's slash
    ("routes.txt", f"sbi route /api/v2/{CRN}\n"),  # a version's segment
    ("build.sh", f"sbi=$(cat ./{SBI})\n"),  # a relative path
])
def test_a_number_after_another_kind_of_slash_is_not_a_path_id(name: str, content: str) -> None:
    assert found(name, content) == set()


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("LookupTests.cs", f'[Theory]\n[InlineData("{CRN}")]\npublic void Lookup(string crn) {{}}\n',
     (2, "DEFRA_CRN")),
    ("LookupTests.cs", f'[TestCase({SBI})]\n[Category("unit")]\npublic void Find(long sbi) {{}}\n',
     (1, "DEFRA_SBI")),
    ("LookupTest.java", f'@CsvSource({{"{CRN}"}})\nvoid lookup(String crn) {{}}\n',
     (1, "DEFRA_CRN")),
    ("LookupTest.kt", f'@ValueSource(strings = ["{PASSPORT}"])\n'
                      f'fun checks(passportNumber: String) {{}}\n', (1, "UK_PASSPORT")),
])
def test_a_tests_data_is_named_by_the_parameters_of_the_method_below(
        name: str, content: str, expected: tuple[int, str]) -> None:
    assert found(name, content) == {expected}


P2 = PASSPORT[:-1] + ("1" if PASSPORT[-1] != "1" else "2")
ROWS_OF_DATA = [
    ("PassportTest.java", f'@ParameterizedTest\n@CsvSource({{\n    "{PASSPORT}, true",\n'
                          f'    "{P2}, false"\n}})\nvoid validates(String passportNumber, '
                          f'boolean ok) {{}}\n'),
    ("PassportTest.java", f'@ParameterizedTest\n@ValueSource(strings = {{\n    "{PASSPORT}",\n'
                          f'    "{P2}",\n}})\nvoid validates(String passportNumber) {{}}\n'),
]


@pytest.mark.parametrize(("name", "content"), ROWS_OF_DATA)
def test_every_row_of_an_attributes_data_over_lines_is_named_by_the_method_below(
        name: str, content: str) -> None:
    assert found(name, content) == {(3, "UK_PASSPORT"), (4, "UK_PASSPORT")}
    assert found(name, content.replace("passportNumber", "orderNumber")) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("OrderTests.cs", f'[InlineData("{CRN}")]\npublic void Totals(string invoice) {{}}\n'),
    ("OrderTest.java", f'@CsvSource({{"{CRN}"}})\nvoid totals(String orderNumber) {{}}\n'),
])
def test_a_tests_data_for_other_parameters_names_no_id(name: str, content: str) -> None:
    assert found(name, content) == set()


@pytest.mark.parametrize(("name", "content"), [
    ("query.sql", "SELECT id FROM keeper WHERE dob BETWEEN '1950-01-01' AND '2005-12-31';\n"),
    ("report.md", "Births registered: 2023-01-01 to 2023-12-31\n"),
    ("rules.md", "Applicants must be born from 01/01/1950 until 31/12/2005.\n"),
    ("form.js", "const minDob = '1900-01-02'\nconst max_birth_date = '2006-05-17'\n"),
])
def test_a_range_or_a_bound_of_birth_dates_is_a_rule_not_a_birth_date(name: str,
                                                                       content: str) -> None:
    assert "DATE_OF_BIRTH" not in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("keeper.md", f"DOB {DOB} and NINO {NINO}\n"),
    ("keeper.md", f"Date of birth: {DOB} - verified by phone\n"),
    ("keeper.yaml", f"dob: {DOB}\nmin_age: 18\n"),
])
def test_a_birth_date_beside_words_of_a_range_is_still_found(name: str, content: str) -> None:
    assert "DATE_OF_BIRTH" in types(name, content)


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("chat.txt", f"Agent: and your CRN?\nCustomer: it's {CRN}\n", {(2, "DEFRA_CRN")}),
    ("call.md", f"Advisor: passport number please\nCaller: {PASSPORT}\n", {(2, "UK_PASSPORT")}),
    ("chat.log", f"Agent: and your SBI?\nCustomer: {SBI}\n", {(2, "DEFRA_SBI")}),
    # the question asked something else; and a key that is no speaker still decides
    ("chat.txt", f"Agent: and your order number?\nCustomer: {CRN}\n", set()),
    ("notes.md", f"SBI list\nOrder: {SBI}\n", set()),
    # each line stamped with when it was said, before who said it
    ("webchat.txt", f"2024-06-12 14:03:05 AGENT: and your date of birth?\n"
                    f"2024-06-12 14:03:30 USER: {DOB}\n", {(2, "DATE_OF_BIRTH")}),
    ("chat.txt", f"[10:14] Agent (Mel): and your CRN?\n[10:15] Customer: {CRN}\n",
     {(2, "DEFRA_CRN")}),
    ("chat.txt", f"[10:14] Agent: and the date of the visit?\n[10:15] Customer: {DOB}\n",
     set()),
])
def test_a_chat_written_as_text_reads_the_question_above_the_answer(
        name: str, content: str, expected: set[tuple[int, str]]) -> None:
    assert found(name, content) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("Unique Tax Ref: 1739102846\n", {"UK_UTR"}),
    ("Tax ref 1739102846\n", {"UK_UTR"}),
    ("VAT ref 1739102846\n", set()),
    (f"Cust. ref. {CRN}\n", {"DEFRA_CRN"}),
    (f'{{"custRef": "{CRN}"}}\n', {"DEFRA_CRN"}),
])
def test_short_forms_of_a_references_name_are_its_context(content: str,
                                                           expected: set[str]) -> None:
    assert types("notes.md", content) == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("application.properties", "sam.lab.sample.ref=24/118/3391\n", set()),  # a lab's sample
    ("application.properties", "sam.keeper.holding.cph=24/118/3391\n", {"DEFRA_CPH"}),
    ("application.properties", f"sam.test.keeper.dob={DOB}\n", {"DATE_OF_BIRTH"}),
    ("settings.toml", f"keeper.passport.number = \"{PASSPORT}\"\n", {"UK_PASSPORT"}),
    ("app.env", f"PAYMENTS.TEST.SBI={SBI}\n", {"DEFRA_SBI"}),
])
def test_every_part_of_a_settings_files_dotted_key_is_read(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    # a flat export's keys (a YAML or JSON dump of nested records): the earlier parts say
    # what a weak last part (number, date, identifier) is
    ("export.yaml", f'applicant.passport.number: "{PASSPORT}"\n', {"UK_PASSPORT"}),
    ("export.yaml", f"applicant.birth.date: {DOB}\n", {"DATE_OF_BIRTH"}),
    ("export.yaml", f"farmer.business.identifier: {SBI}\n", {"DEFRA_SBI"}),
    ("export.yaml", f'customer.reference.number: "{CRN}"\n', {"DEFRA_CRN"}),
    ("export.json", f'{{"applicant.passport.number": "{PASSPORT}"}}\n', {"UK_PASSPORT"}),
    ("export.json", f'{{"person.birth.date": "{DOB}"}}\n', {"DATE_OF_BIRTH"}),
    ("Seed.kt", f'applicant.passport.number = "{PASSPORT}"\n', {"UK_PASSPORT"}),
    # and they say when the value is something else, or someone else's
    ("export.json", f'{{"build.number": "{PASSPORT}", "release.date": "{DOB}"}}\n', set()),
    ("export.json", '{"store.address.line1": "12 Rowan Street"}\n', set()),
    ("export.yaml", "branch.address.street: Rowan Street\n", set()),
    ("export.yaml", "office.helpline.phone: 0114 274 8123\n", set()),
    ("export.yaml", f"validation.dob.max: {DOB}\n", set()),
])
def test_every_part_of_a_dotted_key_is_read_in_any_format(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("claim.cy.js", f"cy.get('#crn').type('{CRN}')\n", {"DEFRA_CRN"}),
    ("apply.spec.ts", f"await page.getByLabel('Passport number').fill('{PASSPORT}')\n",
     {"UK_PASSPORT"}),
    ("test_form.py", f"driver.find_element(By.ID, 'sbi').send_keys('{SBI}')\n", {"DEFRA_SBI"}),
    # the field the test types into is something else's
    ("claim.cy.js", f"cy.get('#order').type('{CRN}')\n", set()),
])
def test_a_value_a_browser_test_types_is_named_by_its_fields_selector(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("id.json", f'{{"documentType": "passport", "documentNumber": "{PASSPORT}"}}\n',
     {"UK_PASSPORT"}),
    ("id.json", f'{{"idDocument": {{"type": "PASSPORT", "number": "{PASSPORT}"}}}}\n',
     {"UK_PASSPORT"}),
    ("id.yaml", f"identity:\n  document: passport\n  number: {PASSPORT}\n", {"UK_PASSPORT"}),
    ("ids.json", f'{{"identifiers": [{{"scheme": "NHS", "id": "{NHS}"}}]}}\n', {"UK_NHS"}),
    ("order.json", f'{{"type": "order", "number": "{PASSPORT}"}}\n', set()),
])
def test_a_sibling_that_types_an_object_names_its_number(
        name: str, content: str, expected: set[str]) -> None:
    assert types(name, content) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("Lorry CU15 XNM arrived 09:00\n", {"UK_VEHICLE_REGISTRATION"}),
    ("Trailer T482 HJW on the holding\n", {"UK_VEHICLE_REGISTRATION"}),
    ("Haulier's vehicle: P482HJW\n", {"UK_VEHICLE_REGISTRATION"}),
    ("Trailer T482 HJW\n".replace("Trailer", "Error"), set()),
])
def test_the_vehicles_that_move_livestock_name_a_registration(content: str,
                                                              expected: set[str]) -> None:
    assert types("movements.md", content) == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    # a snapshot of a rendered page sets the value on a line of its own, below its tag
    ("KeeperCard.test.tsx.snap", f"  <dt>Date of birth</dt>\n  <dd>\n    {DOB}\n  </dd>\n",
     {(3, "DATE_OF_BIRTH")}),
    ("keeper.html", f"<dd>\n  CRN\n</dd>\n<dd>\n  {CRN}\n</dd>\n", {(5, "DEFRA_CRN")}),
    ("keeper.html", f"<th>SBI</th>\n<td class=\"num\">\n  {SBI}\n</td>\n", {(3, "DEFRA_SBI")}),
    # the label past the markup names something else; or it is further than three lines
    ("KeeperCard.test.tsx.snap", f"  <dt>Joined</dt>\n  <dd>\n    {DOB}\n  </dd>\n", set()),
    ("keeper.html", f"<p>CRN</p>\n<div>\n<div>\n<div>\n  {CRN}\n", set()),
])
def test_a_label_is_read_past_lines_of_markup_alone(
        name: str, content: str, expected: set[tuple[int, str]]) -> None:
    assert found(name, content) == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    # a prose label of more than one word, or ending in a number, names its value as a key
    ("ticket.md", "Address line 1: 5 Pen y Bont\n", {(1, "STREET_ADDRESS")}),
    ("ticket.md", "- **Address line 1:** Glan Farm\n", {(1, "STREET_ADDRESS")}),
    ("notes.txt", "Post code: sa31 3bw\n", {(1, "UK_POSTCODE")}),
    ("notes.txt", "Street name: Bryn Road\n", {(1, "STREET_ADDRESS")}),
    # a label that names something else; and a label written in code is not prose's
    ("notes.txt", "Example code: sa31 3bw\n", set()),
    ("notes.txt", "Step 1: 5 Pen y Bont\n", set()),
    ("form.py", "# Address line 1: 5 Pen y Bont\n", set()),
])
def test_a_prose_label_of_several_words_is_the_key_of_its_value(
        name: str, content: str, expected: set[tuple[int, str]]) -> None:
    assert found(name, content) == expected


# --- typed values' wrappers ------------------------------------------------------------------
@pytest.mark.parametrize(("name", "content", "expected"), [
    ("items.json", '{"Item": {"nhs_number": {"N": "4854330120"}}}', "UK_NHS"),
    ("export.json", '{"_id": {"$oid": "64a1f0c2e4b0a1b2c3d4e5f6"}, '
                    '"nhs_number": {"$numberLong": "4854330120"}}', "UK_NHS"),
    ("export.json", '{"mobile": {"$numberLong": "447811345672"}}', "PHONE_NUMBER"),
])
def test_a_value_in_a_typed_wrapper_is_named_by_the_wrappers_key(
        name: str, content: str, expected: str) -> None:
    assert expected in types(name, content)


# MongoDB's extended JSON keeps a date as milliseconds since 1970 (negative before it).
@pytest.mark.parametrize(("name", "content", "line"), [
    ("people.json", '{"dob": {"$date": {"$numberLong": "-305078400000"}}}\n', 1),
    ("people.json", '{"name": "x", "dateOfBirth": {"$date": 453859200000}}\n', 1),
    ("people.json", '[\n  {\n    "birth_date": {\n      "$date": -305078400000\n'
                    '    }\n  }\n]\n', 4),
])
def test_a_birth_date_in_epoch_milliseconds_is_found_under_its_key(
        name: str, content: str, line: int) -> None:
    assert (line, "DATE_OF_BIRTH") in found(name, content)


@pytest.mark.parametrize("content", [
    '{"created_at": {"$date": 453859200000}, "order_number": {"$numberLong": "453859200000"}}\n',
    '{"updated": {"$date": {"$numberLong": "-305078400000"}}, "ref": 453859200000}\n',
    '{"dob_checked": 453859200000}\n',  # no date's wrapper: any count
    '{"dob": {"$date": {"$numberLong": "-2208988800000"}}}\n',  # 1 January 1900: unknown
    '{"dob": {"$date": 4102444800000}}\n',  # in the future
])
def test_milliseconds_under_another_key_or_out_of_range_are_no_birth_date(content: str) -> None:
    assert "DATE_OF_BIRTH" not in types("orders.json", content)


def test_a_date_in_a_typed_wrapper_under_another_key_is_no_birth_date() -> None:
    content = ('{"id": 7, "date_of_birth": {"null": null}, '
               '"updated": {"string": "1984-02-15"}}\n')
    assert "DATE_OF_BIRTH" not in types("record.avro.json", content)


# --- statistics scripts' inline data ---------------------------------------------------------
_SAS = ("data people;\n  input ref $ dob :date9. nhs_number $;\n  format dob date9.;\n"
        "  datalines;\nA1 15FEB1984 4854330120\nA2 {date} 4854330120\n;\nrun;\n")


def test_every_row_of_sas_datalines_is_named_by_the_input_statement() -> None:
    lines = found("load.sas", _SAS.format(date="23SEP1971"))
    assert (6, "DATE_OF_BIRTH") in lines and (6, "UK_NHS") in lines


def test_a_sas_date_under_another_variable_is_no_birth_date() -> None:
    content = ("data runs;\n  input batch run_date :date9.;\n  cards;\n"
               "7 15FEB1984\n8 23SEP1971\n;\nrun;\n")
    assert "DATE_OF_BIRTH" not in types("runs.sas", content)


@pytest.mark.parametrize(("name", "content"), [
    ("load.sps", "DATA LIST LIST / ref (A2) nhs_number (F10).\nBEGIN DATA\nA1 4854330120\n"
                 "A2 4854330120\nEND DATA.\n"),
    ("load.do", "clear\ninput str2 ref str10 nhs_number\n\"A1\" \"4854330120\"\n"
                "\"A2\" \"4854330120\"\nend\n"),
    ("fixtures.R", "x <- tribble(\n  ~ref, ~nhs_number,\n  \"A1\", \"4854330120\",\n"
                   "  \"A2\", \"4854330120\"\n)\n"),
])
def test_every_row_of_an_inline_data_block_is_named_by_its_header(
        name: str, content: str) -> None:
    assert (4, "UK_NHS") in found(name, content)


def test_a_block_that_never_ends_names_nothing() -> None:
    content = "input str2 ref str10 nhs_number\nA1 x\nA2 x\nA3 4854330120\n"
    assert "UK_NHS" not in types("notes.do", content)


# --- protobuf's text format ------------------------------------------------------------------
def test_a_messages_name_before_its_brace_names_its_fields() -> None:
    content = "person {\n  date_of_birth {\n    year: 1971\n    month: 9\n    day: 23\n  }\n}\n"
    assert (3, "DATE_OF_BIRTH") in found("person.textproto", content)


def test_a_birth_date_message_on_one_line_is_found() -> None:
    content = "person {\n  name: \"x\"\n  date_of_birth { year: 1971 month: 9 day: 23 }\n}\n"
    assert (3, "DATE_OF_BIRTH") in found("person.textproto", content)


def test_a_message_of_another_date_on_one_line_names_no_birth_date() -> None:
    content = ("person {\n  created { year: 1971 month: 9 day: 23 }\n"
               "  expires { year: 2030 month: 9 day: 23 }\n}\n")
    assert "DATE_OF_BIRTH" not in types("person.textproto", content)


def test_a_message_of_another_date_names_no_birth_date() -> None:
    content = "person {\n  created {\n    year: 1971\n    month: 9\n    day: 23\n  }\n}\n"
    assert "DATE_OF_BIRTH" not in types("person.textproto", content)


# --- fixed-width files -----------------------------------------------------------------------
# A mainframe extract's columns: a full field meets the next with one blank, so a row does
# not split into as many cells as its header has; it is read by the header's column starts.
_FIXED_WIDTH = ("SURNAME   FORENAME  NINO      {when}        POSTCODE\n"
                "SMITHSON  JOHN      JR723456C 1984-03-17 EX4 6PX\n"
                "EXAMPLES  JANE      JR723457D 1972-05-02 EX4 6PY\n"
                "SAMPLER   ALICE     JR723458A 1975-06-09 EX4 6PZ\n")


@pytest.mark.parametrize("name", ["extract.dat", "extract.txt", "extract.prn"])
def test_every_row_of_a_fixed_width_file_is_named_by_its_header(name: str) -> None:
    lines = found(name, _FIXED_WIDTH.format(when="DOB"))
    assert {(3, "DATE_OF_BIRTH"), (4, "DATE_OF_BIRTH")} <= lines


@pytest.mark.parametrize("content", [
    _FIXED_WIDTH.format(when="ORD"),
    ("PRODCODE  DESC      QTY       DATE       AMOUNT\n"
     "AB1234567 WIDGETS   0000012   1984-03-17 000012.50\n"
     "AB1234568 GADGETS   0000013   1985-03-17 000012.50\n"
     "AB1234569 GIZMOS    0000014   1986-03-17 000012.50\n"),
])
def test_a_fixed_width_file_with_no_birth_date_column_has_none(content: str) -> None:
    assert "DATE_OF_BIRTH" not in types("extract.dat", content)


def test_a_row_out_of_line_with_the_headers_columns_is_not_its_row() -> None:
    content = ("SURNAME   FORENAME  NINO      DOB        POSTCODE\n"
               "SMITHSON  JOHN      JR723456C 1984-03-17 EX4 6PX\n"
               "see 1972-05-02 for the notes on the   run\n")
    assert (3, "DATE_OF_BIRTH") not in found("extract.txt", content)


# --- a log line's pairs: each value's lead-in starts after the pair before it ---------------
@pytest.mark.parametrize("content", [
    "2024-11-28 09:14:02 INFO crn=1103947281 order_number=1102876453 status=OK\n",
    '2024-11-28 09:14:02 INFO lookup {"crn":"1103947281","orderRef":"1102876453"}\n',
    "2024-11-28 09:14:02 INFO sbi=106284713 invoice_id=107395824\n",
])
def test_a_log_pair_after_a_named_id_is_not_named_by_it(content: str) -> None:
    # the id is found, the order's or the invoice's number after it is not
    assert len(defra_ids(content)) == 1


def defra_ids(content: str) -> set[str]:
    """The values reported as CRNs or SBIs in a log line."""
    findings, _ = scan_blob(Blob("app.log", content.encode()), Config(), b"s")
    return {f.value for f in findings if f.type in ("DEFRA_CRN", "DEFRA_SBI")}


@pytest.mark.parametrize("content", [
    "Customer SBI number: 106284713\n",
    "2024-11-28 INFO payment for customer crn=1103947281\n",
])
def test_a_prose_lead_in_still_names_its_value(content: str) -> None:
    assert len(defra_ids(content)) == 1


@pytest.mark.parametrize("content", [
    # IANA's IETF protocol block: anycast services (PCP, TURN), never one person's device
    'SPECIAL = ["192.0.0.9/32", "192.0.0.10/32"]\n',
    'turn_anycast = "192.0.0.10"\n',
])
def test_an_ietf_protocol_assignment_is_not_a_persons_address(content: str) -> None:
    assert "IP_ADDRESS" not in types("ranges.py", content)


def test_an_address_beside_the_ietf_protocol_block_is_still_found() -> None:
    assert types("ranges.py", 'client_ip = "192.0.1.10"\n') == {"IP_ADDRESS"}


@pytest.mark.parametrize(("postcode", "real"), [
    # central London's split districts have a letter after their number ...
    ("SW1A 1QA", True), ("EC4Y 0DZ", True), ("W1D 3QF", True), ("WC2N 5DU", True),
    # ... and no other district does: a made-up postcode
    ("SW2A 0AA", False), ("GU1A 1AA", False), ("M1A 1AE", False),
])
def test_only_londons_split_districts_have_a_letter(postcode: str, real: bool) -> None:
    found = "UK_POSTCODE" in types("organisation.json", f'{{"postcode": "{postcode}"}}\n')
    assert found == real
