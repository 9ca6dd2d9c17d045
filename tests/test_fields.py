"""Fields pair each literal value with the key or column that names it."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safecommit.detect.fields import Field, fields_on
from safecommit.detect.locate import Locator
from safecommit.model import Text


def fields(locator: Locator) -> list[Field]:
    """Every field in the text."""
    return fields_on(locator, range(locator.line_count), lists=True)


def pairs(syntax: str, text: str) -> list[tuple[str, str]]:
    found = fields(Locator(Text("f", text, syntax)))
    assert all(text[f.start:f.end] == f.value for f in found)
    return [(f.key, f.value) for f in found]


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    ("yaml", "applicant.address.postcode: ZZ99 9ZZ\n",
     [("applicant.address", "postcode", "ZZ99 9ZZ")]),
    ("json", '{"person.dob": "1900-01-01", "sbi": 106000000}',
     [("person", "dob", "1900-01-01"), ("", "sbi", "106000000")]),
    ("properties", "customer.contact.email=ann@example.com\n",
     [("customer.contact", "email", "ann@example.com")]),
    ("python", 'self.keeper.setDob("1900-01-01")\n', [("self.keeper", "setDob", "1900-01-01")]),
])
def test_a_dotted_keys_last_part_is_its_key_and_the_earlier_parts_its_path(
        syntax: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = fields(Locator(Text("f", text, syntax)))
    assert [(f.path, f.key, f.value) for f in found] == expected


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    ("json", '{"contactName": "Ann Example", "sbi": 106000000}',
     [("contactName", "Ann Example"), ("sbi", "106000000")]),
    ("yaml", "customer:\n  surname: Example\n", [("surname", "Example")]),
    ("env", "DB_USER=svc_reader\n", [("DB_USER", "svc_reader")]),
    ("python", 'b.contactName("Ann Example")\n', [("contactName", "Ann Example")]),
    ("xml", "<row><surname>Example</surname></row>", [("surname", "Example")]),
    ("csv", 'id,full_name\n1,"Example, Ann"\n', [("id", "1"), ("full_name", "Example, Ann")]),
    ("tsv", "id\tpostcode\n1\tZZ99 9ZZ\n", [("id", "1"), ("postcode", "ZZ99 9ZZ")]),
    # A .csv that Excel wrote with semicolons, or a system with bars or tabs: its header's
    # separator is the file's, and a comma inside a cell is the cell's.
    ("csv", "id;full_name\n1;Example, Ann\n", [("id", "1"), ("full_name", "Example, Ann")]),
    ("csv", "# export\nid|postcode\n1|ZZ99 9ZZ\n", [("id", "1"), ("postcode", "ZZ99 9ZZ")]),
    ("csv", "id\tpostcode\n1\tZZ99 9ZZ\n", [("id", "1"), ("postcode", "ZZ99 9ZZ")]),
    ("sql", "INSERT INTO t (id, name) VALUES (1, 'Ann'), (2, 'Bo');",
     [("id", "1"), ("name", "Ann"), ("id", "2"), ("name", "Bo")]),
])
def test_values_are_paired_with_their_key(syntax: str, text: str,
                                          expected: list[tuple[str, str]]) -> None:
    assert pairs(syntax, text) == expected


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    # A vCard's N is family;given: the pair reads its first part.
    ("vcard", "N:Example;Ann;;;\nFN:Ann Example\nBDAY:2001-02-03\n",
     [("surname", "Example"), ("fullName", "Ann Example"), ("birthDate", "2001-02-03")]),
    ("ldif", "cn: Ann Example\nsn: Example\nuid: aexample\nmail: a@example.org\n",
     [("fullName", "Ann Example"), ("surname", "Example"), ("username", "aexample"),
      ("mail", "a@example.org")]),
    # Only in those formats: elsewhere cn and n are whatever the file means by them.
    ("properties", "cn=Ann Example\nn=5\n", [("cn", "Ann Example"), ("n", "5")]),
])
def test_directory_formats_own_keys_are_read_as_what_they_name(
        syntax: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(syntax, text) == expected


@pytest.mark.parametrize("text", [
    "| Customer | NHS number |\n|---|---|\n| x | 4640192835 |\n",
    "Customer | NHS number\n:--- | ---:\n x | 4640192835\n",
    "Intro\n\n| Customer | NHS number |\n| -------- | ---------- |\n| x | 4640192835 |\n\nEnd\n",
])
def test_a_markdown_table_cell_is_named_by_its_columns_header(text: str) -> None:
    assert ("NHS number", "4640192835") in pairs("markdown", text)


@pytest.mark.parametrize("text", [
    "| Field | Value |\n|---|---|\n| Name | x |\n| Postcode | ex4 6px |\n",
    "| Question | Answer |\n| --- | --- |\n| Postcode | ex4 6px |\n",
    "| Item | Details |\n|:---|:---|\n| Postcode | ex4 6px |\n",
])
def test_a_table_of_fields_and_values_names_each_value_by_its_rows_field(text: str) -> None:
    assert ("Postcode", "ex4 6px") in pairs("markdown", text)


def test_a_table_with_more_columns_or_another_header_keeps_its_columns_names() -> None:
    assert pairs("markdown", "| Field | Notes |\n|---|---|\n| Postcode | ex4 6px |\n") \
        == [("Field", "Postcode"), ("Notes", "ex4 6px")]
    assert ("Value", "ex4 6px") in pairs(
        "markdown", "| Field | Value | Owner |\n|---|---|---|\n| Postcode | ex4 6px | x |\n")


@pytest.mark.parametrize("syntax", ["text", "log", "markdown"])
def test_an_hl7_patient_segments_fields_are_named_by_their_place(syntax: str) -> None:
    text = ("MSH|^~\\&|PAS|RBZ|EPR|RBZ|20240517102231||ADT^A01|MSG00001|P|2.4\n"
            "PID|1||4854330120^^^NHS^NH||PARRY^OLWEN||198402150000|F|||14 Rowan Close^^Exeter"
            "^^EX4 6PX||07811345672~07923418265|01392458712\n"
            "NK1|1|PARRY^GWYN|SPO|14 Rowan Close^^Exeter|07811345672\n")
    found = pairs(syntax, text)
    assert {("dateOfBirth", "19840215"), ("streetAddress", "14 Rowan Close"),
            ("homePhone", "07811345672"), ("businessPhone", "01392458712"),
            ("phone", "07811345672")} <= set(found)


def test_each_of_a_patients_identifiers_in_an_hl7_segment_is_named_by_its_place() -> None:
    text = "PID|1|4854330120|H123^^^RBZ^MR~4854330120^^^^NH|X7||PARRY^OLWEN\n"
    found = pairs("text", text)
    assert {("patientId", "4854330120"), ("patientIdentifier", "H123"),
            ("patientIdentifier", "4854330120"), ("alternatePatientId", "X7")} <= set(found)


def test_a_line_that_only_mentions_a_segment_is_not_one() -> None:
    assert pairs("text", "the PID segment|holds the birth date\n") == []


def test_a_markdown_table_ends_at_the_first_line_without_a_cell() -> None:
    text = "| a | sbi |\n|---|---|\n| x | 1 |\n\n| 2 | 3 |\n"
    assert pairs("markdown", text) == [("a", "x"), ("sbi", "1")]


def test_an_escaped_pipe_stays_inside_its_cell() -> None:
    text = "| a | b |\n|---|---|\n| x \\| y | z |\n"
    assert pairs("markdown", text) == [("a", "x \\| y"), ("b", "z")]


def test_pairs_laid_side_by_side_on_one_line_are_read_apart() -> None:
    text = "url: https://x.gov.uk/api      X-Customer-Nhs-Number: 4857773457      crn: 11\n"
    assert pairs("yaml", text) == [("url", "https://x.gov.uk/api"),
                                   ("X-Customer-Nhs-Number", "4857773457"), ("crn", "11")]


def test_code_on_the_right_hand_side_is_not_a_value() -> None:
    assert pairs("python", 'surname = row["surname"]\n') == []


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    ("xml", '<add key="SmtpUser" value="relay" />', [("key", "SmtpUser"), ("SmtpUser", "relay")]),
    ("json", '{"key": "adminPassword", "value": "x"}',
     [("key", "adminPassword"), ("adminPassword", "x")]),
    ("yaml", "env:\n  - name: ALERT_EMAIL\n    value: a@b.c\n",
     [("name", "ALERT_EMAIL"), ("ALERT_EMAIL", "a@b.c")]),
    ("json", '[{"Key": "owner", "Value": "x"}]', [("Key", "owner"), ("owner", "x")]),
])
def test_a_value_is_named_by_its_key_or_name_sibling(syntax: str, text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert pairs(syntax, text) == expected


def test_a_resx_entrys_value_is_named_by_its_name_past_xml_space() -> None:
    # .NET resources: xml:space is XML's own attribute and names nothing
    text = ('<data name="SupportContactName" xml:space="preserve">\n'
            "  <value>Ann Example</value>\n</data>\n")
    assert ("SupportContactName", "Ann Example") in pairs("xml", text)


@pytest.mark.parametrize(("text", "expected"), [
    ('<string name="support_contact_name">Ann Example</string>',
     ("support_contact_name", "Ann Example")),
    ('<item name="owner_email">ann@example.com</item>', ("owner_email", "ann@example.com")),
])
def test_an_android_resource_entry_is_named_by_its_name_attribute(
        text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs("xml", f"<resources>\n  {text}\n</resources>\n")


def test_a_value_far_from_a_name_keeps_its_own_key() -> None:
    text = "- name: app\n  image: x\n  ports: []\n  value: 3\n"
    assert ("value", "3") in pairs("yaml", text)


@pytest.mark.parametrize(("syntax", "text", "key"), [
    ("kotlin", '    dob = LocalDate.parse("1984-03-17"),\n', "dob parse"),
    ("kotlin", '    val dob: LocalDate = LocalDate.parse("1984-03-17")\n', "dob parse"),
    ("python", 'make(dob=date.fromisoformat("1984-03-17"))\n', "dob fromisoformat"),
    ("javascript", '{"dob": new Date("1984-03-17")}\n', "dob Date"),
    ("java", '.dateOfBirth("1984-03-17")\n', "dateOfBirth"),
])
def test_a_wrapped_literal_keeps_the_name_it_is_assigned_to(syntax: str, text: str,
                                                           key: str) -> None:
    assert pairs(syntax, text) == [(key, "1984-03-17")]


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    ("python", 'b.sbi("106000000")\n', [("sbi", "106000000")]),
    ("python", 'Customer(sbi="106000000")\n', [("sbi", "106000000")]),
    ("python", 'builder.withSbi("106000000").build()\n', [("withSbi", "106000000")]),
    # a word, a blank, then a parenthesis: prose before an aside, not a call
    ("yaml", "description: Duplicate claim (SBI 106000000)\n", []),
    ("shell", "# fix for the farm (SBI 106000000)\n", []),
    ("env", "NOTE=fix for the farm (SBI 106000000)\n", []),
    ("python", "# Ann Example (passport 100200300)\n", []),
])
def test_a_call_has_no_blank_before_its_parenthesis(syntax: str, text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert pairs(syntax, text) == expected


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    ("yaml", "sbi:\n  - 106000001\n  - '106000002'  # note\n  - \"106000003\"\nother: x\n",
     [("sbi", "106000001"), ("sbi", "106000002"), ("sbi", "106000003"), ("other", "x")]),
    ("yaml", "sbi:\n- 106000001\n- 106000002\n", [("sbi", "106000001"), ("sbi", "106000002")]),
    ("json", '{"sbi": [\n  106000001,\n  106000002\n]}\n',
     [("sbi", "106000001"), ("sbi", "106000002")]),
    ("json", '{"sbis": [\n  "106000001", "106000002",\n  "106000003"],\n "n": "x"}\n',
     [("sbis", "106000001"), ("sbis", "106000002"), ("sbis", "106000003"), ("n", "x")]),
    ("hcl", "test_sbis = [\n  106000001, # first\n  106000002,\n]\n",
     [("test_sbis", "106000001"), ("test_sbis", "106000002")]),
    ("python", 'SBIS = [\n    "106000001",\n    "106000002",\n]\n',
     [("SBIS", "106000001"), ("SBIS", "106000002")]),
])
def test_every_item_of_a_list_under_a_key_is_named_by_the_key(
        syntax: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(syntax, text) == expected


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    # a list of mappings: each item's own keys name its values
    ("yaml", "people:\n  - name: Ann\n    sbi: 1\n  - name: Bo\n",
     [("name", "Ann"), ("sbi", "1"), ("name", "Bo")]),
    # a list ends where its indentation does
    ("yaml", "a:\n  - x\nb: y\n  - z\n", [("a", "x"), ("b", "y")]),
    # code in a list is not a literal: the list is not read
    ("python", 'x = [\n    f(1),\n    "2",\n]\n', []),
    ("json", '{"sbi": [\n  {"ref": "a"},\n  "b"\n]}\n', [("ref", "a")]),
])
def test_only_a_lists_literal_items_are_named_by_its_key(
        syntax: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(syntax, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a row a line, numbers too; NULL and a call are not values
    ("INSERT INTO t (sbi, crn, at) VALUES\n  (106000001, 1100000001, now()),\n"
     "  (106000002, NULL, now());\n",
     [("sbi", "106000001"), ("crn", "1100000001"), ("sbi", "106000002")]),
    # a literal a call converts is the column's value
    ("INSERT INTO t (dob, at) VALUES (TO_DATE('01/01/1900', 'DD/MM/YYYY'), now()),\n"
     "  (CAST('1900-01-02' AS DATE), SYSDATE);\n",
     [("dob", "01/01/1900"), ("dob", "1900-01-02")]),
    # no column list: the columns of the table's CREATE TABLE in the same text
    ("CREATE TABLE public.claimant (\n  id integer NOT NULL,\n  amount NUMERIC(10, 2),\n"
     "  dob text,\n  CONSTRAINT pk PRIMARY KEY (id)\n);\n"
     "INSERT INTO public.claimant VALUES (7, 1.5, '1966-07-21');\n",
     [("id", "7"), ("amount", "1.5"), ("dob", "1966-07-21")]),
    ("CREATE TABLE `t` (`sbi` int, PRIMARY KEY (`sbi`));\nINSERT INTO `t` VALUES (1),(2);\n",
     [("sbi", "1"), ("sbi", "2")]),
    # and with no CREATE TABLE, no columns to name the values
    ("INSERT INTO claimant VALUES (7, '1966-07-21');\n", []),
    # pg_dump's COPY rows, a tab between cells, to the line "\\."
    ("COPY public.c (crn, surname, dob) FROM stdin;\n1100000001\tExample\t\\N\n\\.\n"
     "1100000002\tAfter\n",
     [("crn", "1100000001"), ("surname", "Example")]),
])
def test_sql_rows_are_named_by_their_columns(text: str, expected: list[tuple[str, str]]) -> None:
    callees = ("NUMERIC", "TO_DATE", "CAST")  # a call's own pair: read by code's rules
    assert [pair for pair in pairs("sql", text) if pair[0] not in callees] == expected


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    # Gherkin's Examples and a step's data: the first row is the header, with no rule
    ("text", "    Examples:\n      | crn | sbi |\n      | 1 | 2 |\n      | 3 | 4 |\n",
     [("crn", "1"), ("sbi", "2"), ("crn", "3"), ("sbi", "4")]),
    ("java", '// | crn | sbi |\n// | 1 | 2 |\n', []),  # rows must open with the pipe
    ("text", "| crn | sbi |\n| 1 | 2 | 3 |\n", []),  # a row of another shape
    # a Markdown table is read once, under the header above its rule
    ("markdown", "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n",
     [("a", "1"), ("b", "2"), ("a", "3"), ("b", "4")]),
])
def test_a_pipe_table_without_a_rule_is_read_under_its_first_row(
        syntax: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(syntax, text) == expected


def html_pairs(text: str) -> list[tuple[str, str]]:
    """The pairs whose key is not an HTML element or attribute's own name."""
    markup = {"th", "td", "dt", "dd", "p", "a", "class", "scope", "href"}
    return [pair for pair in pairs("html", text) if pair[0] not in markup]


@pytest.mark.parametrize(("text", "expected"), [
    ("<tr><th>Name</th><th>SBI</th></tr>\n<tr><td>x</td><td>1</td></tr>\n"
     "<tr><td>y</td><td>2</td></tr>\n",
     [("Name", "x"), ("SBI", "1"), ("Name", "y"), ("SBI", "2")]),
    # GOV.UK's table: cells over several lines, a link in a cell, a row's own <th>
    ('<table>\n<thead>\n<tr>\n  <th scope="col">Name</th>\n  <th scope="col">SBI</th>\n'
     '</tr>\n</thead>\n<tbody>\n<tr>\n  <th scope="row">Ann</th>\n  <td>\n'
     '    <a href="/x">1</a>\n  </td>\n</tr>\n<tr><td>Bo<td>2</tr>\n</tbody></table>\n',
     [("Name", "Ann"), ("SBI", "1"), ("Name", "Bo"), ("SBI", "2")]),
    # no header row: each row's <th> names its cells
    ("<table><tr><th>Date of birth</th><td>d</td></tr><tr><th>SBI</th><td>1</td></tr></table>",
     [("Date of birth", "d"), ("SBI", "1")]),
    # a new table forgets the last one's header
    ("<table><tr><th>SBI</th></tr><tr><td>1</td></tr></table>\n<table><tr><td>2</td></tr>"
     "</table>", [("SBI", "1")]),
])
def test_an_html_table_cell_is_named_by_its_columns_header(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert html_pairs(text) == expected


@pytest.mark.parametrize("text", [
    "<dl><dt>Date of birth</dt><dd>21 July 1966</dd></dl>",
    '<dt class="govuk-summary-list__key">\n  Date of birth\n</dt>\n'
    '<dd class="govuk-summary-list__value">\n  21 July 1966\n</dd>\n',
    "<dt>\n  Date of birth\n</dt>\n<dd>\n  <p>21 July 1966</p>\n</dd>\n",
])
def test_a_definition_is_named_by_its_term_over_several_lines(text: str) -> None:
    assert html_pairs(text) == [("Date of birth", "21 July 1966")]


SCHEMA_SAMPLES = [
    ("yaml", "properties:\n  sbi:\n    type: integer\n    format: int64\n    example: 12\n"),
    ("yaml", "properties:\n  sbi:\n    type: integer\n    default: 12\n"),
    ("yaml", "sbi:\n  type: integer\n  enum:\n    - 12\n"),
    # an OpenAPI parameter: the property is the parameter's name
    ("yaml", "parameters:\n  - name: sbi\n    in: query\n    schema:\n      type: integer\n"
             "      example: 12\n"),
    ("json", '{"properties": {\n  "sbi": {\n    "type": "integer",\n    "example": 12\n  }\n}}\n'),
    ("json", '{"sbi": {\n  "type": "string",\n  "examples": [\n    "12"\n  ]\n}}\n'),
    ("json", '{"parameters": [{\n  "name": "sbi",\n  "schema": {\n    "type": "string",\n'
             '    "example": "12"\n  }\n}]}\n'),
]


@pytest.mark.parametrize(("syntax", "text"), SCHEMA_SAMPLES)
def test_a_schema_sample_is_named_by_its_property(syntax: str, text: str) -> None:
    from safecommit.detect.evidence import field_at

    locator = Locator(Text("api", text, syntax))
    start = text.rindex("12")
    found = field_at(locator, start, start + 2)
    assert found is not None and found.key == "sbi"


@pytest.mark.parametrize(("syntax", "text"), [
    ("yaml", "sbi:\n  type: integer\n  description: 12\n"),  # not a sample key
    ("yaml", "properties:\n  example: 12\n"),  # nothing but structure above
])
def test_a_value_under_another_generic_key_keeps_it(syntax: str, text: str) -> None:
    from safecommit.detect.evidence import field_at

    locator = Locator(Text("api", text, syntax))
    start = text.rindex("12")
    found = field_at(locator, start, start + 2)
    assert found is not None and found.key != "sbi"


def test_json_inside_a_json_string_is_read_by_key() -> None:
    text = '{"raw": "{\\n  \\"applicantName\\": \\"Ann Example\\"\\n}"}'
    assert ("applicantName", "Ann Example") in pairs("json", text)


@pytest.mark.parametrize("banner", ["OFFICIAL-SENSITIVE", "Holdings extract 2024-11-12"])
def test_a_banner_row_above_the_header_is_not_the_header(banner: str) -> None:
    text = f"{banner}\nholding_ref,passport_number\nH-1,100200300\n"
    assert pairs("csv", text) == [("holding_ref", "H-1"), ("passport_number", "100200300")]


def test_a_one_column_file_keeps_its_header() -> None:
    assert pairs("csv", "email\na@b.c\nd@e.f\n") == [("email", "a@b.c"), ("email", "d@e.f")]


LINES = st.sampled_from([
    'passportNo: "123456789"', "  dob: 1980-01-31", 'SMTP_USER=jane',
    '"nhsNumber": "943 476 5919",',
    '{"key": "adminPassword", "value": "hunter2"}', "- name: DB_USER", "  value: jane",
    "<surname>Doe</surname>", '<add key="SmtpUser" value="jane" />', "email = 'a@b.co'",
    "INSERT INTO people (name, postcode) VALUES ('Jane Doe', 'SW1A 1AA'),", "('Joe', 'GW17 WEL');",
    'payload = "{\\"sortCode\\": \\"12-34-56\\"}"', "name,postcode", "Jane Doe,SW1A 1AA",
    "x = row['surname']", "", "plain words", '<p class="a"', 'title="x">Jane Doe</p>',
    "sbis:", "  - 106000001", "- 'x'", '"sbi": [', '  "106000002", 3,', "]",
])


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(LINES, max_size=12),
       syntax=st.sampled_from(["json", "yaml", "xml", "html", "sql", "csv", "env", "python"]))
def test_the_fields_near_a_line_are_the_whole_texts_fields_on_it(lines: list[str],
                                                                 syntax: str) -> None:
    # Evidence reads only the fields near a match; it must find the field the whole text's
    # fields give: the innermost one (latest start) that holds the value.
    from safecommit.detect.evidence import field_at

    locator = Locator(Text("t", "\n".join(lines), syntax))
    every = fields(locator)
    for f in every:
        holding = [g for g in every if g.start <= f.start and f.end <= g.end]
        innermost = max(holding, key=lambda g: g.start)
        found = field_at(locator, f.start, f.end)
        assert found is not None and found.start == innermost.start, (f, found)
        assert (found.key, found.value, found.end) in {
            (g.key, g.value, g.end) for g in holding if g.start == innermost.start}


@pytest.mark.parametrize("syntax, text", [
    ("yaml", "env:\n  - name: DB_USER\n    value: jane\n"),
    ("xml", '<param>\n<key>SmtpUser</key>\n<value>jane</value>\n</param>'),
])
def test_a_value_named_by_its_sibling_on_the_line_before_is_named_so_near_it_too(
        syntax: str, text: str) -> None:
    from safecommit.detect.evidence import field_at

    locator = Locator(Text("t", text, syntax))
    start = text.index("jane")
    found = field_at(locator, start, start + 4)
    assert found is not None and found.key in ("DB_USER", "SmtpUser")


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    # SQL inside another language's file, in either spelling.
    ("python", 'q = "INSERT INTO t (id, name) VALUES (1, \'Ann\');"\n', [("name", "Ann")]),
    ("markdown", "insert into t (id, name) values (1, 'Ann');\n", [("name", "Ann")]),
    # JSON escaped inside a string literal.
    ("python", 'body = "{\\"surname\\": \\"Example\\"}"\n', [("surname", "Example")]),
])
def test_fields_that_need_more_than_their_line_are_read_in_any_file(
        syntax: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [pair for pair in pairs(syntax, text) if pair in expected] == expected


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(LINES, max_size=12),
       syntax=st.sampled_from(["json", "yaml", "xml", "html", "sql", "csv", "env", "python"]),
       chosen=st.sets(st.integers(0, 11)))
def test_the_fields_on_some_lines_are_the_whole_texts_fields_there(
        lines: list[str], syntax: str, chosen: set[int]) -> None:
    from safecommit.detect.fields import document_fields, fields_on, line_fields

    locator = Locator(Text("t", "\n".join(lines), syntax))
    picked = sorted(i for i in chosen if i < locator.line_count)
    # The whole text's fields, each marked: read from its own line, or needing more.
    documents = document_fields(locator)[0]
    own = [] if syntax == "csv" else line_fields(locator, 0, locator.line_count - 1)
    kinds = [kind for _, kind in sorted([*((f, "own") for f in own),
                                         *((f, "document") for f in documents)],
                                        key=lambda pair: pair[0].start)]
    every = fields(locator)
    expected = [f for f, kind in zip(every, kinds, strict=True)
                if kind == "document" or locator.line_index(f.start) in picked]
    on = fields_on(locator, picked, lists=True)
    # The same fields, in the same order ...
    assert [(f.start, f.end, f.value) for f in on] == \
        [(f.start, f.end, f.value) for f in expected]
    # ... each with its key, but where the whole text named it by a sibling on a line
    # before that was not picked.
    for got, want in zip(on, expected, strict=True):
        if got.key != want.key:
            assert locator.line_index(want.start) - 1 not in picked, (got, want)


def test_a_row_of_millions_of_cells_is_read_only_as_far_as_a_table_goes() -> None:
    # a dump on one line: memory stays flat (each cell would otherwise be a field)
    text = "id,email\n" + "0," * 200_000 + "0\n1,x@y\n"
    found = fields(Locator(Text("dump.csv", text, "csv")))
    assert len(found) <= 1000 + 2 and ("email", "x@y") in [(f.key, f.value) for f in found]


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    ("yaml", "line1: 14 Glan yr Afon\n", [("line1", "14 Glan yr Afon")]),
    ("env", "ADDRESS_LINE_1=80 Queen Street\n", [("ADDRESS_LINE_1", "80 Queen Street")]),
    ("ini", "street = 123 456 Main Street\n", [("street", "123 456 Main Street")]),
    # a number alone, or before a comment, is still the whole value
    ("yaml", "sbi: 106000000  # pilot\n", [("sbi", "106000000")]),
    ("python", "timeout = 30 if slow else 10\n", []),  # code, not a value
    ("yaml", "phone: 07700 900123\n", [("phone", "07700 900123")]),
])
def test_a_bare_value_that_opens_with_a_number_is_the_whole_value(
        syntax: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(syntax, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('<span itemprop="postalCode">ZZ99 9ZZ</span>', ("postalCode", "ZZ99 9ZZ")),
    ('<td class="cell" data-label="Passport number">123456789</td>',
     ("Passport number", "123456789")),
    ('<dd data-field="sbi">106000000</dd>', ("sbi", "106000000")),
    # an element that names its text keeps its name; an id names a place on the page
    ('<surname itemprop="x">Example</surname>', ("surname", "Example")),
    ('<p id="summary-row-3">12-34-56</p>', ("p", "12-34-56")),
])
def test_a_layout_elements_text_is_named_by_the_attribute_that_says_what_it_is(
        text: str, expected: tuple[str, str]) -> None:
    locator = Locator(Text("f.html", text, "html"))
    assert expected in [(f.key, f.value) for f in fields(locator)]


@pytest.mark.parametrize(("text", "key"), [
    ('{"nhsNumber": {"S": "4854330120"}}', "nhsNumber"),
    ('{"dob": {"$date": "1984-02-15T00:00:00Z"}}', "dob"),
    ('{"mobile": {"$numberLong": "447811345672"}}', "mobile"),
    ('{"updated": {"string": "1984-02-15"}, "dob": null}', "updated"),
    ('{"fields": {"email": {"stringValue": "ann@example.com"}}}', "email"),
    ('{\n  "postcode": {\n    "S": "EX4 6PX"\n  }\n}', "postcode"),
    ('{"dob": {"$date": {"$numberLong": "-305078400000"}}}', "dob"),
])
def test_a_typed_values_wrapper_passes_its_key_to_the_value(text: str, key: str) -> None:
    assert [k for k, _ in pairs("json", text)] == [key]


def test_a_negative_number_is_the_whole_value_of_its_key() -> None:
    assert pairs("json", '{"offset": -305078400000}') == [("offset", "-305078400000")]


def test_a_one_key_object_whose_key_is_no_type_keeps_its_key() -> None:
    assert pairs("json", '{"address": {"postcode": "EX4 6PX"}}') == [("postcode", "EX4 6PX")]


def test_a_type_tag_beside_other_keys_is_no_wrapper() -> None:
    assert ("string", "x") in pairs("json", '{"dob": {"string": "x", "n": 1}}')


@pytest.mark.parametrize("text", [
    "<BANKACCTFROM>\n<BANKID>110011\n<ACCTID>12873461\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n",
    "<BANKACCTFROM><BANKID>110011</BANKID><ACCTID>12873461</ACCTID></BANKACCTFROM>\n",
])
def test_an_ofx_statements_account_is_named_by_its_tags(text: str) -> None:
    found = pairs("text", text)
    assert ("sortCode", "110011") in found and ("accountNumber", "12873461") in found


def test_a_table_below_a_summary_block_is_named_by_its_own_header() -> None:
    # an attendance report: a summary of key and value rows, a blank line, a section's
    # title, then the table (and a second table with fewer columns)
    text = ("1. Summary\nMeeting title,Sprint review\nAttended participants,2\n\n"
            "2. Participants\nName,First join,Email,Role\n"
            "Ann Example,09:00,ann@example.com,Organiser\n\n"
            "3. Activities\nName,Join time,Role\nAnn Example,09:00,Organiser\n")
    found = pairs("csv", text)
    assert ("Name", "Ann Example") in found and ("Email", "ann@example.com") in found
    assert ("Join time", "09:00") in found


def test_a_header_below_report_lines_names_its_columns() -> None:
    text = "Report generated,2024-11-12\nSource,extract\n\nName,Date of birth\nx,1900-01-01\n"
    assert ("Date of birth", "1900-01-01") in pairs("csv", text)


@pytest.mark.parametrize("row", [
    "Ann Example,Organiser",  # as many cells as the header: a row of its group
    "Ann Example,ann@example.com,Organiser",  # an address: data
    "Ann Example,2024-11-12,Organiser",  # a date: data
])
def test_a_row_after_a_blank_line_that_is_data_keeps_the_header(row: str) -> None:
    text = f"Name,Role\nBen Example,Lead\n\n{row}\n"
    assert pairs("csv", text)[2][0] == "Name"


def test_an_html_input_s_value_is_named_by_its_name_attribute_across_others() -> None:
    text = '<input class="govuk-input" id="pc" name="postcode" type="text" value="zz99 9zz">\n'
    assert ("postcode", "zz99 9zz") in pairs("html", text)


def test_a_value_is_not_named_by_a_name_in_another_element() -> None:
    text = '<meta name="viewport"><input type="text" value="zz99 9zz">\n'
    assert ("viewport", "zz99 9zz") not in pairs("html", text)


@pytest.mark.parametrize("above", [
    "Report,Claims extract\nGenerated,2024-11-12\n",  # key and value rows, no blank line
    "Claims extract\nGenerated 2024-11-12 by the reporting service\n",  # title lines
])
def test_a_header_below_a_report_s_short_lines_names_its_columns(above: str) -> None:
    text = f"{above}Name,Date of birth,Postcode\nx,1900-01-01,zz99 9zz\n"
    assert ("Postcode", "zz99 9zz") in pairs("csv", text)


def test_a_two_column_file_s_longer_row_of_words_is_its_data() -> None:
    text = "name,role\nAnn Example,Lead\nBen Example,Organiser,London\n"
    assert ("name", "Ben Example") in pairs("csv", text)


def test_a_street_shaped_label_in_a_contacts_exports_header_is_a_columns_name() -> None:
    from safecommit.config import Config
    from safecommit.model import Blob
    from safecommit.scan import scan_blob

    content = ("First Name,Last Name,E-mail Address,Home Street,Home Postal Code,Business Street\n"
               "Alex,Person,alex@example.com,22 Trelowarren Street,TR14 8AG,\n")
    findings, _ = scan_blob(Blob("contacts.csv", content.encode()), Config(), b"s")
    lines = {(f.line, f.type) for f in findings if f.type == "STREET_ADDRESS"}
    assert lines == {(2, "STREET_ADDRESS")}


def test_a_headerless_files_first_row_of_data_is_still_read() -> None:
    from safecommit.config import Config
    from safecommit.model import Blob
    from safecommit.scan import scan_blob

    content = "Alex Person,22 Trelowarren Street,Camborne,TR14 8AG\n"
    findings, _ = scan_blob(Blob("export.csv", content.encode()), Config(), b"s")
    assert {f.type for f in findings} >= {"UK_POSTCODE"}


def test_a_mailto_links_text_is_named_as_its_mailboxs_owner() -> None:
    text = ('<p><a href="mailto:ann.example@example.com">Ann Example</a> or '
            '<a href="https://example.com/ann">Bob Sample</a></p>\n')
    found = pairs("html", text)
    assert ("contactName", "Ann Example") in found
    assert ("contactName", "Bob Sample") not in found


def test_a_notify_sheets_first_address_line_is_named_as_its_addressee() -> None:
    header = ",".join(f"address_line_{n}" for n in range(1, 8))
    found = pairs("csv", header + "\nAnn Example,1 Sample Street,Sampleton,,,,ZZ99 9ZZ\n")
    assert ("address_line_1_addresseeName", "Ann Example") in found
    found = pairs("csv", "address_line_1,address_line_2,address_line_3,town\nA,B,C,D\n")
    assert ("address_line_1", "A") in found
