"""PERSON: names in fixtures, code text, author fields, transcripts and mail; never code.

The names here are made up from common given names and surnames; none is a real person's.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safecommit.detect import names
from safecommit.detect.locate import Locator
from safecommit.detect.names import find, key_role
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- structured fixtures and data: values under name-like keys ---------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("a.json", "json", '{"contactName": "Priya Raman", "id": 7}', ["Priya Raman"]),
    ("a.json", "json", '{"customer": {"fullName": "Dr Sian Matthews"}}', ["Dr Sian Matthews"]),
    ("a.json", "json", '{"author": "Priya Raman <priya@example.org>"}', ["Priya Raman"]),
    ("a.yml", "yaml", "assignee: Aoife Byrne\n", ["Aoife Byrne"]),
    ("a.yml", "yaml", "customer:\n  surname: Okonkwo\n", ["Okonkwo"]),
    ("a.csv", "csv", "id,first_name,surname\n1,Bilal,Hussain\n", ["Bilal", "Hussain"]),
    ("a.csv", "csv", "id,holder_name,scheme\n1,Mr Tomasz Nowicki,SFI\n", ["Mr Tomasz Nowicki"]),
    ("a.tsv", "tsv", "id\tfull_name\n1\tKwame Mensah\n", ["Kwame Mensah"]),
    ("a.csv", "csv", 'id,full_name\n1,"Raman, Priya"\n', ["Raman, Priya"]),
    ("s.sql", "sql", "INSERT INTO customers (id, full_name) VALUES (1, 'Fatima Begum');",
     ["Fatima Begum"]),
    ("pom.xml", "xml", "<developer><name>Andrei Popescu</name></developer>", ["Andrei Popescu"]),
    ("setup.cfg", "ini", "[metadata]\nauthor = Siobhan Kelly\n", ["Siobhan Kelly"]),
    ("pyproject.toml", "toml", 'authors = [{name = "Wei Zhang", email = "w@example.org"}]\n',
     ["Wei Zhang"]),
])
def test_a_name_under_a_name_key_is_found(path: str, syntax: str, text: str,
                                          expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # a name the lists half know, under a "name" key inside a person's object
    ("Chart.yaml", "yaml", "name: ffc-pay\nmaintainers:\n  - name: Fenella Harcourt\n"
                           "    email: fh@example.org\n", ["Fenella Harcourt"]),
    ("a.yaml", "yaml", "owner:\n  # who to ask\n  name: Fenella Harcourt\n", ["Fenella Harcourt"]),
    ("a.json", "json", '{"contact": {"id": 3, "name": "Fenella Harcourt"}}', ["Fenella Harcourt"]),
    ("a.json", "json", '{"authors": [{"name": "Tobiah Marchetti"}, {"name": "Fenella Harcourt"}]}',
     ["Tobiah Marchetti", "Fenella Harcourt"]),
    ("a.ini", "ini", "[owner]\nname = Fenella Harcourt\n", ["Fenella Harcourt"]),
    ("a.toml", "toml", '[tool.owner]\nname = "Fenella Harcourt"\n', ["Fenella Harcourt"]),
    # the same under a thing's or no one's object, or a team's name under an owner
    ("a.yaml", "yaml", "project:\n  name: Tobiah Marchetti\n", []),
    ("a.json", "json", '{"site": {"name": "Tobiah Marchetti"}}', []),
    ("a.yaml", "yaml", "owner:\n  name: Platform Team\n", []),
    ("a.toml", "toml", '[tool.poetry]\nname = "Tobiah Marchetti"\n', []),
])
def test_a_name_inside_a_persons_object_is_theirs(path: str, syntax: str, text: str,
                                                  expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # a "name" beside a person's e-mail, phone, birth date or address: a person's record,
    # its name theirs, a surname the lists do not know or one they do
    ("a.json", "json", '[{"name": "Quentin Zarkovitch", "email": "qz@example.org"}]',
     ["Quentin Zarkovitch"]),
    ("a.json", "json", '{"id": 4, "name": "Orla Pemberthwick", "phone": "01632 960001"}',
     ["Orla Pemberthwick"]),
    ("a.json", "json", '{"name": "Orla Smith", "dateOfBirth": "1980-01-02"}', ["Orla Smith"]),
    ("a.yaml", "yaml", "people:\n  - id: 3\n    name: Quentin Zarkovitch\n"
                       "    home_address: 1 High Street\n", ["Quentin Zarkovitch"]),
    ("a.yaml", "yaml", "people:\n  - name: Orla Pemberthwick\n    dob: 1980-01-02\n",
     ["Orla Pemberthwick"]),
    ("a.csv", "csv", "id,name,email\n1,Quentin Zarkovitch,qz@example.org\n",
     ["Quentin Zarkovitch"]),
    # the same without such a sibling, a thing's name beside one, a host's address, and a
    # sibling of the next item or of an object around it
    ("a.json", "json", '{"name": "Quentin Zarkovitch", "run": "make"}', []),
    ("a.json", "json", '{"name": "Deploy Pipeline", "email": "ops@example.org"}', []),
    ("a.yaml", "yaml", "servers:\n  - name: Quentin Zarkovitch\n    ip_address: 192.0.2.1\n",
     []),
    ("a.yaml", "yaml", "steps:\n  - name: Quentin Zarkovitch\n    run: make\n"
                       "  - name: Build\n    email: ops@example.org\n", []),
    ("a.json", "json", '{"email": "ops@example.org", "steps": [{"name": "Quentin Zarkovitch"}]}',
     []),
    ("a.csv", "csv", "id,name,ip_address\n1,Quentin Zarkovitch,192.0.2.1\n", []),
    # an SQL row: an insert's tuple (one of many) or a COPY block's line, and a product's or
    # a row's without a detail beside it
    ("a.sql", "sql", "INSERT INTO people (id, name, email) VALUES\n"
                     "  (1, 'Quentin Zarkovitch', 'qz@example.org'),\n"
                     "  (2, 'Orla Pemberthwick', NULL);\n", ["Quentin Zarkovitch"]),
    ("a.sql", "sql", "INSERT INTO t (name, phone) VALUES ('Orla Pemberthwick', '01632 960001'),"
                     " ('Quentin Zarkovitch', '01632 960002');\n",
     ["Orla Pemberthwick", "Quentin Zarkovitch"]),
    ("a.sql", "sql", "COPY public.contacts (id, name, phone) FROM stdin;\n"
                     "1\tQuentin Zarkovitch\t01632 960001\n\\.\n", ["Quentin Zarkovitch"]),
    ("a.sql", "sql", "INSERT INTO products (name, email) VALUES ('Harvest Tracker', "
                     "'team@example.org');\n", []),
    ("a.sql", "sql", "INSERT INTO jobs (name, run) VALUES ('Quentin Zarkovitch', 'make');\n"
                     "INSERT INTO teams (email) VALUES ('ops@example.org');\n", []),
    # a TOML or INI section, a properties group by its prefix, and a step's or an app's
    ("a.toml", "toml", '[[people]]\nname = "Quentin Zarkovitch"\nemail = "qz@example.org"\n',
     ["Quentin Zarkovitch"]),
    ("a.ini", "ini", "[record]\nphone = 01632 960001\nname = Orla Pemberthwick\n",
     ["Orla Pemberthwick"]),
    ("a.properties", "properties", "contact.name=Quentin Zarkovitch\n"
                                   "contact.email=qz@example.org\n", ["Quentin Zarkovitch"]),
    ("a.toml", "toml", '[[steps]]\nname = "Quentin Zarkovitch"\nrun = "make"\n\n'
                       '[[teams]]\nemail = "ops@example.org"\n', []),
    ("a.properties", "properties", "app.name=Quentin Zarkovitch\n"
                                   "support.email=ops@example.org\n", []),
    # a JSON detail in a direct child object, before or after the name; not one under an
    # author's key (a manifest's), nor one in a list below the record
    ("a.json", "json", '[{"contact": {"email": "qz@example.org"}, "name": "Quentin Zarkovitch"}]',
     ["Quentin Zarkovitch"]),
    ("a.json", "json", '{"name": "Orla Pemberthwick", "details": {"dob": "1980-01-02"}}',
     ["Orla Pemberthwick"]),
    ("a.json", "json", '{"name": "Quentin Zarkovitch", "author": {"email": "qz@example.org"}}',
     []),
    ("a.json", "json", '{"name": "Quentin Zarkovitch", "teams": [{"email": "ops@example.org"}]}',
     []),
    # a users table's display name, as its name is read
    ("a.sql", "sql", "INSERT INTO users (display_name, email) VALUES ('Quentin Zarkovitch', "
                     "'qz@example.org');\n", ["Quentin Zarkovitch"]),
    ("a.json", "json", '{"displayName": "Orla Pemberthwick", "email": "op@example.org"}',
     ["Orla Pemberthwick"]),
    ("a.json", "json", '{"displayName": "Orla Pemberthwick", "run": "make"}', []),
])
def test_a_name_beside_a_persons_details_is_theirs(path: str, syntax: str, text: str,
                                                   expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


_BACS = ("2001001234567809912345612345678    00000010000" + "ACME PAYROLL LTD".ljust(18)
         + "SALARY NOV".ljust(18))


@pytest.mark.parametrize(("text", "expected"), [
    # a BACS Standard 18 record's payee, past the originator's name and reference
    (_BACS + "QUENTIN ZARKOVITCH\n", ["QUENTIN ZARKOVITCH"]),
    (_BACS + "ORLA PEMBERTHWICK\n", ["ORLA PEMBERTHWICK"]),
    # a SWIFT MT103's ordering customer and beneficiary, after their accounts or not
    (":20:REF1\n:50K:/12345678\nQUENTIN ZARKOVITCH\n1 HIGH STREET\n:59:/87654321\n"
     "Orla Pemberthwick\n", ["QUENTIN ZARKOVITCH", "Orla Pemberthwick"]),
    (":50K:Quentin Zarkovitch\n", ["Quentin Zarkovitch"]),
    # an OFX transaction's name and a QIF transaction's payee
    ("<STMTTRN><TRNAMT>-10.00<NAME>Quentin Zarkovitch<MEMO>rent</STMTTRN>\n",
     ["Quentin Zarkovitch"]),
    ("!Type:Bank\nD01/01/2026\nT-10.00\nPOrla Pemberthwick\n^\n", ["Orla Pemberthwick"]),
    # a firm paid, a bank's code in a tag's field, and a P line outside a QIF file
    (_BACS + "ACME WIDGETS LTD\n", []),
    (":57A:BANKGB2L\n:59:/87654321\nAcme Widgets Ltd\n", []),
    ("<NAME>Direct Debit<MEMO>rent\n", []),
    ("<NAME>Kwikmart Brixo<MEMO>food\n", []),
    ("!Type:Bank\nPKwikmart Brixo\n^\n", []),
    ("POrla Pemberthwick\n", []),
])
def test_a_payment_records_payer_and_payee_are_found(text: str, expected: list[str]) -> None:
    assert names_in("payments.txt", text, "text") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("dn: uid=qz,ou=people\ndisplayName: Quentin Zarkovitch\n", ["Quentin Zarkovitch"]),
    ("dn: uid=bv,ou=people\ndisplayName: Brindle Vasquette\n", ["Brindle Vasquette"]),
    ("dn: cn=admins,ou=groups\ndisplayName: Domain Admins\n", []),
])
def test_a_directory_entrys_display_name_is_a_persons(text: str, expected: list[str]) -> None:
    assert names_in("people.ldif", text, "ldif") == expected


@pytest.mark.parametrize(("table", "expected"), [
    ("<tr><th>Full name</th><th>Holding</th></tr>\n"
     "<tr><td>Tobiah Marchetti</td><td>Manor Farm</td></tr>\n", ["Tobiah Marchetti"]),
    ('<tr><th scope="row">Contact name</th><td class="govuk-table__cell">Wenonah Blackwood</td>'
     "</tr>\n", ["Wenonah Blackwood"]),
    # things, placeholders and teams under a column of names, and columns of other things
    ("<tr><th>Full name</th></tr>\n<tr><td>Platform Team</td></tr>\n<tr><td>Joe Bloggs</td></tr>\n",
     []),
    ("<tr><th>Breed</th><th>Holding</th></tr>\n<tr><td>Belted Galloway</td><td>Manor Farm</td>"
     "</tr>\n", []),
    ('<tr><th scope="row">Holding</th><td>Penhallow Farm</td></tr>\n', []),
])
def test_a_name_under_an_html_tables_header_of_names_is_found(table: str,
                                                              expected: list[str]) -> None:
    text = f'<table class="govuk-table">\n{table}</table>\n'
    assert names_in("keepers.html", text, "html") == expected


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("Name", "Wenonah Blackwood", ["Wenonah Blackwood"]),
    ("Full name", "Wenonah Blackwood", ["Wenonah Blackwood"]),
    ("Name", "Hill Farm", []),
    ("Name", "Jane Doe", []),
    ("Business name", "Blackwood Farms", []),
])
def test_a_forms_name_answer_in_a_summary_list_is_a_persons_name(key: str, value: str,
                                                                  expected: list[str]) -> None:
    text = (f'{{{{ govukSummaryList({{ rows: [ {{ key: {{ text: "{key}" }}, '
            f'value: {{ text: "{value}" }} }} ] }}) }}}}\n')
    assert names_in("check.njk", text, "html") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('<meta name="author" content="Caradog Pryce">\n', ["Caradog Pryce"]),
    ("<meta content='Caradog Pryce' name='DC.creator'>\n", ["Caradog Pryce"]),
    ('<meta name="author" content="Defra Digital">\n', []),
    ('<meta name="author" content="Platform Team">\n', []),
    ('<meta name="description" content="Sheep Scab reporting">\n', []),
])
def test_a_pages_author_in_its_head_is_found(text: str, expected: list[str]) -> None:
    assert names_in("layout.html", text, "html") == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("a.csv", "csv", 'name,role\n"ZHANG Wei",Tester\nOKAFOR Chidi,Developer\n',
     ["ZHANG Wei", "OKAFOR Chidi"]),
    ("a.yml", "yaml", "delegate_name: NOWAK Tomasz\n", ["NOWAK Tomasz"]),
    # a word in capitals before a place, a word or a placeholder
    ("a.csv", "csv", "name,role\nHILL Farm,x\nNOTE Grace,x\nDOE John,x\n", []),
])
def test_a_name_under_a_name_key_with_its_surname_first_in_capitals_is_found(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("vets.tsv", "tsv", "id\tname\tpractice\n1\tkrzysztof wróbel\thillside vets\n",
     ["krzysztof wróbel"]),
    ("a.csv", "csv", "id,first_name,last_name\n1,priya,kapoor\n", ["priya", "kapoor"]),
    ("a.yml", "yaml", "contact_name: amara okafor-bello\nauthor: siobhan kelly\n",
     ["amara okafor-bello", "siobhan kelly"]),
    ("a.json", "json", '{"fullName": "tomasz nowicki"}', ["tomasz nowicki"]),
    # words, things, placeholders and handles in lower case stay clean
    ("a.csv", "csv", "id,name\n1,grace period\n2,river severn\n3,hill farm\n", []),
    ("a.csv", "csv", "id,first_name,last_name\n1,string,string\n2,john,doe\n", []),
    ("a.yml", "yaml", "name: hedgerow-grants\nowner: platform team\nauthor: jdoe\n", []),
    ("a.csv", "csv", "id,name\n1,priya\n", []),  # one word under a key of a whole name
])
def test_a_name_in_lower_case_under_a_name_key_is_found(path: str, syntax: str, text: str,
                                                        expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("contacts.vcf", "vcard",
     "BEGIN:VCARD\nVERSION:3.0\nN:Okonkwo;Bilal;;;\nFN:Bilal Okonkwo\nEND:VCARD\n",
     ["Okonkwo", "Bilal Okonkwo"]),
    ("users.ldif", "ldif",
     "dn: uid=bo,ou=people,dc=example,dc=org\ncn: Siobhan Kelly\nsn: Kelly\n",
     ["Siobhan Kelly", "Kelly"]),
])
def test_a_name_on_a_contact_card_or_directory_entry_is_found(path: str, syntax: str,
                                                                text: str,
                                                                expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("groups.ldif", "ldif", "dn: cn=Administrators,ou=groups,dc=example,dc=org\n"
                            "cn: Administrators\ncn: Domain Users\ncn: Rural Payments\n"),
    ("team.vcf", "vcard", "BEGIN:VCARD\nFN:Payments Service Desk\nORG:Rural Payments\n"),
])
def test_a_group_or_team_entry_is_not_a_person(path: str, syntax: str, text: str) -> None:
    assert names_in(path, text, syntax) == []


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("T.java", "java", 'agent = Agent.builder()\n    .contactName("Priya Raman")\n    .build();',
     ["Priya Raman"]),
    ("a.test.js", "javascript", "const app = {\n  farmerName: 'Aoife Byrne',\n};",
     ["Aoife Byrne"]),
    ("test_a.py", "python", 'return Claimant(\n    contact_name="Bilal Hussain",\n)',
     ["Bilal Hussain"]),
    ("a_test.go", "go", 'in: Event{\n\tAgentName: "Kwame Mensah",\n}', ["Kwame Mensah"]),
    ("seeds.rb", "ruby", 'User.create!(applicant_name: "Mr Jay O\'Neill")', ["Mr Jay O'Neill"]),
    ("a.test.js", "javascript", "const a = { accountHolder: 'Fatima Begum' };",
     ["Fatima Begum"]),
    ("mod.py", "python", '__author__ = "Siobhan Kelly"\n', ["Siobhan Kelly"]),
])
def test_a_name_in_an_object_literal_or_builder_call_is_found(path: str, syntax: str, text: str,
                                                              expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("KeeperTest.java", "java", 'Keeper k = new Keeper("Agnieszka", "Nowak");',
     ["Agnieszka", "Nowak"]),
    ("test_a.py", "python", 'user = make_user("Bilal", "Hussain", sbi=106000001)',
     ["Bilal", "Hussain"]),
    ("a.test.ts", "typescript", "const c = createCustomer('Aoife', 'Byrne')", ["Aoife", "Byrne"]),
    ("A.cs", "csharp", 'var p = new Person("Kwame", "Mensah", 42);', ["Kwame", "Mensah"]),
    ("a.R", "r", 'person("Siobhan", "Kelly", email = "s@example.org")', ["Siobhan", "Kelly"]),
    ("K.kt", "kotlin", 'val k = Keeper("Tomasz", "Nowicki")', ["Tomasz", "Nowicki"]),
    ("KeeperTest.java", "java", 'new Keeper("Angela", "McLean")', ["Angela", "McLean"]),
])
def test_a_name_split_over_a_calls_first_two_arguments_is_found(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("syntax", "text"), [
    ("python", 'towns = of("Chester", "Lancaster", "York")'),  # a list of things
    ("python", 'pairs = [("Chester", "Lancaster")]'),  # a tuple, not a call
    ("java", 'Apple a = new Apple("Granny", "Smith");'),  # a variety
    ("python", 'u = make_user("Joe", "Bloggs")'),  # a placeholder
    ("python", 'x = f("Mark", "Hall")'),  # two common words
    ("python", 'x = f("Amount", "Paid")'),
])
def test_two_words_in_a_call_that_are_not_a_name_are_not_flagged(syntax: str, text: str) -> None:
    assert names_in("a.py", text, syntax) == []


@pytest.mark.parametrize(("text", "expected"), [
    ('{"lastName": "Nowi\\u0144ski", "firstName": "Bogdan"}', ["Nowi\\u0144ski", "Bogdan"]),
    ('{"author": "Se\\u00e1n O\\u2019Brien <sean@example.org>"}', ["Se\\u00e1n O\\u2019Brien"]),
    ('{"customerName": "Siobh\\u00e1n Kelly"}', ["Siobh\\u00e1n Kelly"]),
])
def test_a_name_in_json_written_with_escaped_letters_is_found(text: str,
                                                              expected: list[str]) -> None:
    assert names_in("fixture.json", text, "json") == expected


@pytest.mark.parametrize("text", [
    '{"name": "Caf\\u00e9 Nero"}', '{"business_name": "Nowi\\u0144ski Farms"}',
    '{"surname": "\\u2014"}',
])
def test_escaped_json_values_that_are_not_names_are_not_flagged(text: str) -> None:
    assert names_in("fixture.json", text, "json") == []


@pytest.mark.parametrize(("key", "role"), [
    ("surname", "part"), ("first_name", "part"), ("lastName", "part"), ("forename", "part"),
    ("created_by", "full"), ("lastModifiedBy", "full"),
    ("fullName", "full"), ("contact_name", "full"), ("customerName", "full"),
    ("holder_name", "full"), ("author", "full"), ("maintainers", "full"), ("speaker", "full"),
    ("name", "generic"), ("owner", "generic"), ("accountHolder", "generic"),
    ("contact", "generic"),
    ("filename", None), ("hostname", None), ("user_name", None), ("business_name", None),
    ("app.name", None), ("display_name", "generic"), ("value", None), ("status", None),
    ("pet_name", None), ("vessel_name", None), ("variety", None), ("field_name", None),
    ("PLACEHOLDER_SURNAMES", None), ("example_author", None),
    # a payment's parties
    ("creditorName", "full"), ("debtor_name", "full"), ("payerName", "full"),
    # a Welsh form's keys
    ("enw_llawn", "full"), ("enwLlawn", "full"), ("enw", "generic"), ("cyfenw", "part"),
    ("enw_cyntaf", "part"), ("renewal", None),
])
def test_a_key_says_how_sure_a_value_is_a_name(key: str, role: str | None) -> None:
    assert key_role(key) == role


_KEY_WORDS = sorted(names.FULL_ROLES | names.GENERIC_ROLES | names.PART_WORDS
                    | names.FULL_QUALIFIERS | names.NOT_PERSON | {"name", "names", "first",
                                                                 "last", "given", "id", "x",
                                                                 "enw", "cyntaf"})


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(st.sampled_from(_KEY_WORDS), min_size=1, max_size=4),
       spelling=st.sampled_from(["snake", "camel", "upper", "dotted", "kebab", "run"]))
def test_every_key_with_a_role_holds_a_role_word(parts: list[str], spelling: str) -> None:
    # Keyed values are read only on the lines holding one of these words (and the line
    # after): a key that has a role and none of them would be missed.
    from safecommit import re2scan

    key = {"snake": "_".join(parts), "upper": "_".join(parts).upper(), "dotted": ".".join(parts),
           "kebab": "-".join(parts), "run": "".join(parts),
           "camel": parts[0] + "".join(p.title() for p in parts[1:])}[spelling]
    if key_role(key) is not None:
        assert re2scan.lines_with(names._ROLE_WORDS, key.encode()) == [0], key


def test_keyed_names_are_found_among_many_other_pairs() -> None:
    # An HTML mock-up is dense with attribute pairs; only the lines near a role word are
    # read for keyed values, wherever they are in the page.
    filler = '<div class="row" id="r1">\n' * 300
    page = (filler + '<input name="surname" value="Okonkwo">\n' + filler
            + '{"key": "contactName",\n"value": "Priya Raman"}\n' + filler
            + "<p>Author: Aoife Byrne</p>\n<author>Bilal Hussain</author>\n")
    assert names_in("mock.html", page, "html") == ["Okonkwo", "Priya Raman", "Aoife Byrne",
                                                   "Bilal Hussain"]


@pytest.mark.parametrize(("syntax", "text"), [
    ("json", '{"name": "Payments Service"}'),
    ("json", '{"name": "my-app", "version": "1.0.0"}'),
    ("yaml", "owner: Platform Team\n"),
    ("json", '{"author": "Environment Agency"}'),
    ("json", '{"customerName": "Hill Farm Ltd"}'),
    ("yaml", "surname: Required\n"),
    ("json", '{"firstName": "string", "lastName": "string"}'),
    ("yaml", "fullName: Full Name\n"),
])
def test_a_value_under_a_name_key_that_is_not_a_person_is_not_flagged(syntax: str,
                                                                      text: str) -> None:
    assert names_in("a", text, syntax) == []


# --- free text inside code ---------------------------------------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("a.py", "python", "# Call Priya Raman if this fails\nx = 1\n", ["Priya Raman"]),
    ("a.py", "python", 'def f():\n    """Maintainer: Tomasz Nowicki\n\n    Long text.\n    """\n',
     ["Tomasz Nowicki"]),
    ("a.py", "python", 'raise RuntimeError("ask Siobhan Kelly for the key")\n',
     ["Siobhan Kelly"]),
    ("A.java", "java", "/**\n * Parses claims.\n * @author Andrei Popescu\n */\nclass A {}\n",
     ["Andrei Popescu"]),
    ("a.ts", "typescript", "// TODO(Wei Zhang): remove after the migration\n", ["Wei Zhang"]),
    ("a.sql", "sql", "-- owner: Fatima Begum\nSELECT 1;\n", ["Fatima Begum"]),
    # single quotes open a string as double quotes do
    ("a.py", "python", "rows = [(7, 'Gareth Hughes')]\n", ["Gareth Hughes"]),
    ("a.test.js", "javascript", "expect(screen.getByText('Gareth Hughes')).toBeVisible()\n",
     ["Gareth Hughes"]),
    ("a.sql", "sql", "INSERT INTO claimant VALUES (7, 'Gareth Hughes');\n", ["Gareth Hughes"]),
    ("a.R", "r", "claimant <- c('Gareth Hughes', 'Sian Pryce')\n",
     ["Gareth Hughes", "Sian Pryce"]),
    ("a.md", "markdown", "The farmer 'Gareth Hughes' called.\n", ["Gareth Hughes"]),
    ("a.md", "markdown", "Signed by Mary O'Neill.\n", ["Mary O'Neill"]),
])
def test_a_name_in_a_comment_docstring_or_string_is_found(path: str, syntax: str, text: str,
                                                          expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("a.py", "python",
     "def display_name(first_name: str, last_name: str) -> str:\n"
     "    return f\"{first_name} {last_name}\".strip()\n"),
    ("a.py", "python", "surname = row[\"surname\"]\n"),
    ("a.py", "python", "try:\n    x()\nexcept ValueError as Error:\n    raise KeyError\n"),
    ("a.py", "python", "# ValueError is raised when a Request times out\n"),
    ("A.cs", "csharp", "public class Farm\n{\n    public Jordan Austin { get; set; }\n}\n"),
    ("a.go", "go", "type Victoria struct{ Austin Jordan }\nvar x = Victoria{}\n"),
    ("a.py", "python", "class JackAllen(Base):\n    TracyBurns = 1\n"),
    ("a.py", "python", 'LOGGER_NAME = "Request Handler"\nMAX = "Max Length"\n'),
    ("a.py", "python", "LOGGER_NAME = 'Request Handler'\nheaders = {'Content Type': 1}\n"),
    ("a.js", "javascript", "import { Grant, Hill } from './models';\nnew Grant(Hill);\n"),
])
def test_code_is_never_a_name(path: str, syntax: str, text: str) -> None:
    assert names_in(path, text, syntax) == []


# --- author and contact fields ------------------------------------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("AUTHORS", "authors", "Priya Raman <priya@example.org>\nOluchi Eze\n",
     ["Priya Raman", "Oluchi Eze"]),
    ("CODEOWNERS", "codeowners", "# Owner: Aoife Byrne\n/src/ @defra/payments\n",
     ["Aoife Byrne"]),
    ("NOTES.md", "markdown", "Co-authored-by: Tomasz Nowicki <tn@example.org>\n",
     ["Tomasz Nowicki"]),
    ("package.json", "json", '{"author": "Kwame Mensah <kwame@example.org>"}',
     ["Kwame Mensah"]),
    ("mod.py", "python", '__author__ = ("Wei Zhang <wz@example.org>",)\n', ["Wei Zhang"]),
])
def test_author_and_contact_fields_name_people(path: str, syntax: str, text: str,
                                               expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


def test_a_team_in_codeowners_is_not_a_persons_name() -> None:
    # (an account made of a given name and a surname is: see test_names_code_owners_and_dependabot)
    assert names_in("CODEOWNERS", "/src/ @defra/payments @platform-devs\n", "codeowners") == []


# --- transcripts and research notes ------------------------------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("r.vtt", "vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Priya Raman>Hello there.\n",
     ["Priya Raman"]),
    ("r.vtt", "vtt", "00:00.000 --> 00:02.000\nSiobhan: I applied online.\n", ["Siobhan"]),
    ("r.srt", "srt", "1\n00:00:01,000 --> 00:00:02,000\nPARTICIPANT: I spoke to Kwame Mensah "
     "at the RPA.\n", ["Kwame Mensah"]),
    ("n.md", "markdown", "**Fatima Begum:** the map was hard to use.\n", ["Fatima Begum"]),
    ("n.md", "markdown", "## Attendees\n\n- Grace Hall (RPA)\n- Mark Hill (NE)\n",
     ["Grace Hall", "Mark Hill"]),
    # Will is William's short form, a word too: a name where a speaker is named
    ("chat.txt", "text", "[09:07] Will Grant: can someone review PR 88?\n", ["Will Grant"]),
])
def test_speakers_and_names_in_what_was_said_are_found(path: str, syntax: str, text: str,
                                                       expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize("text", [
    "<v Researcher>Thanks for coming.\n<v Participant>No problem.\n",
    "SPEAKER 1: Thanks for coming.\nPARTICIPANT: No problem.\nInterviewer: Go on.\n",
    "Note: the Grace Hall booking moved.\nStatus: done\n",
    "Grace Period: 30 days\nGrant Funding: open\n",
])
def test_roles_and_labels_are_not_speakers_names(text: str) -> None:
    assert names_in("r.vtt", text, "vtt") == []


# --- logs and email-like text ------------------------------------------------------------

@pytest.mark.parametrize(("syntax", "text", "expected"), [
    ("log", "2024-04-20 06:08:02 INFO app - signed in as Bilal Hussain\n", ["Bilal Hussain"]),
    ("log", "2024-10-25 09:49:00 INFO app - case reassigned to Wei Zhang\n", ["Wei Zhang"]),
    ("email", "Dear Mr Raman,\n\nThank you.\n", ["Mr Raman"]),
    ("email", "Dear Siobhan,\n\nThank you.\n", ["Siobhan"]),
    ("email", "It is done.\n\nRegards,\nPriya\n", ["Priya"]),
    ("email", "It is done.\n\nKind regards, Priya Raman\n", ["Priya Raman"]),
    ("text", "Passed to Mrs Adeyemi-Cole for review.\n", ["Mrs Adeyemi-Cole"]),
    ("text", "Signed off by Priya K. Raman today.\n", ["Priya K. Raman"]),
    # After a word in capitals, or a word that cannot start a name, a name still starts.
    ("log", "2024-10-25 09:49:00 WARN URGENT Priya Raman called back\n", ["Priya Raman"]),
    ("text", "NOTE Bilal Hussain will call.\n", ["Bilal Hussain"]),
    ("text", "Value was NaN Wei Zhang said.\n", ["Wei Zhang"]),
    # a Welsh letter: Annwyl (dear), Helo, Diolch (thanks), Cofion (regards), Yn gywir
    ("email", "Annwyl Gwenllian,\n\nDiolch am eich neges.\n", ["Gwenllian"]),
    ("email", "Helo Siân,\n", ["Siân"]),
    ("email", "Mae wedi'i wneud.\n\nCofion cynnes,\nMark Hill\n", ["Mark Hill"]),
    ("email", "Yn gywir,\nGrace Ward\n", ["Grace Ward"]),
    ("email", "Helo Byd\nDiolch Yn Fawr\nCofion Gorau\n", []),
    # a thank-you, or a salutation inside the quoted text a step expects
    ("text", 'Then I see "Thank you, Bethan"\n', ["Bethan"]),
    ("text", 'Then I see "Hi Bethan"\n', ["Bethan"]),
    ("text", 'Then I see "Thank you. Next steps"\nThank you, Grace.\n', []),
    ("markdown", 'a salutation ("Dear Jane") is read\n', []),  # the suggested fake
    # the given name of a person the note names in full, alone: a sign-off, a mention
    ("text", "From: Morag Sinclair <morag@example.org>\n\nSee attached.\n\nMorag\n",
     ["Morag Sinclair", "Morag"]),
    ("markdown", "Reviewed by: Sunita Raghavan\n\nSent.\n\n- Sunita\n"
                 "Sunita Park is nearby. MorSunita\nSunita's\n",
     ["Sunita Raghavan", "Sunita"]),
    # not where the name is a word: a month, another language's word, mid-sentence
    ("text", 'Last-Translator: Jan Novak <jn@example.org>\nmsgid "Jan."\n', ["Jan Novak"]),
    ("text", "Reviewed by: Sunita Raghavan\nP4: it was Sunita, lovely.\n",
     ["Sunita Raghavan"]),
    # found only by the lists (not surely), or a given name that is also a word
    ("markdown", "Sunita Raghavan came.\n\nSunita\n", ["Sunita Raghavan"]),
    ("markdown", "Reviewed by: Grace Raghavan\n\nGrace\n", ["Grace Raghavan"]),
])
def test_names_in_logs_and_letters_are_found(syntax: str, text: str,
                                             expected: list[str]) -> None:
    assert names_in("x", text, syntax) == expected


# --- placeholders and lookalikes ----------------------------------------------------------

PLACEHOLDERS = ["Joe Bloggs", "John Doe", "Jane Doe", "A N Other", "Test User", "Joe Public",
                "Fred Bloggs", "Example Person", "Test Applicant", "A. N. Other"]


@pytest.mark.parametrize("name", PLACEHOLDERS)
@pytest.mark.parametrize(("path", "syntax", "template"), [
    ("a.json", "json", '{{"contactName": "{}"}}'),
    ("a.csv", "csv", "id,full_name\n1,{}\n"),
    ("T.java", "java", '.contactName("{}")'),
    ("a.py", "python", "# Call {} if this fails\n"),
    ("n.md", "markdown", "- {} (RPA)\n"),
    ("n.md", "markdown", "test record: {}\n"),
    ("r.vtt", "vtt", "<v {}>Hello.\n"),
    ("m.eml", "email", "Dear {},\n"),
])
def test_placeholder_names_are_never_flagged(name: str, path: str, syntax: str,
                                             template: str) -> None:
    assert names_in(path, template.format(name), syntax) == []


@pytest.mark.parametrize("text", [
    "See the Grace Hall booking and the Mark Hill report.\n",  # both words are common words
    "Will Power and Will Hall are in the glossary.\n",
    "The Victoria Park Road depot.\n",
    "Grant Thornton Limited audits the accounts.\n",
    "Hyrum's Law applies here.\n",
    "Dr Sender and Miss Rate are column headings.\n",
    "The Grace Winter Fair and the Mark Winter sale.\n",  # Winter is a surname and a word
    "Ting Xue Yun Jian are pinyin syllables, Haf and Nest are not listed.\n",
    "Fonts: Yu Gothic and Yi Baiti; the Feng Shui of the office.\n",
])
def test_common_words_places_and_organisations_are_not_names(text: str) -> None:
    assert names_in("n.md", text, "markdown") == []


@pytest.mark.parametrize(("path", "syntax", "text"), [
    # a place, a maker or a breed under its key
    ("stations.yaml", "yaml", "town: Newton Stewart\n"),
    ("kit.yaml", "yaml", "manufacturer: Ifor Williams\n"),
    ("a.json", "json", '{"make": "John Deere", "town": "Melton Mowbray"}'),
    # a name that names a place or a thing by the noun after it
    ("n.md", "markdown", "The Melton Mowbray office is closed.\n"),
    ("n.md", "markdown", "Jack Russell terriers are allowed on site.\n"),
    ("n.md", "markdown", "Use a Fisher Yates shuffle.\n"),
    # companies and brands named after their founders
    ("n.md", "markdown", "Ted Baker and Laura Ashley vouchers from John Lewis.\n"),
    ("books.py", "python", 'Publisher.objects.create(name="Prentice Hall", num_awards=3)\n'),
    ("refs.md", "markdown", "Published by Morgan Kaufmann, then by Addison-Wesley.\n"),
    # countries and cities named like people, in a form's list of options
    ("countries.js", "javascript", "{ text: 'Sierra Leone', value: 1 },\n"
                                   "{ text: 'Costa Rica', value: 2 },\n"),
])
def test_places_makers_and_brands_that_read_as_names_are_not_people(path: str, syntax: str,
                                                                    text: str) -> None:
    assert names_in(path, text, syntax) == []


@pytest.mark.parametrize(("path", "syntax", "text"), [
    # a species, a variety, a pet, a boat, a field, an office or a catchment under its key
    ("survey.json", "json", '{"species": "Marsh Harrier", "count": 4}'),
    ("orchard.csv", "csv", "variety,crop\nCharles Ross,apple\nArthur Turner,apple\n"),
    ("orchard.csv", "csv", "cultivar,crop\nJames Grieve,apple\n"),
    ("pet.json", "json", '{"petName": "Bella Rose", "species": "dog"}'),
    ("pets.yaml", "yaml", "animal_name: Rosie Hughes\n"),
    ("vessels.csv", "csv", "vessel_name,pln\nMary Rose,BM 1\n"),
    ("fields.csv", "csv", "parcel_id,field_name\nSX12345678,Peter Field\n"),
    ("office.json", "json", '{"office": "Lawrence Weston", "catchment": "Clayton West"}'),
    ("rooms.yaml", "yaml", "room: Grace Darling\n"),
    # a map feature's name is a place, by the file's kind
    ("stations.geojson", "json",
     '{"type":"Feature","properties":{"name":"Preston Montford","river":"Severn"}}'),
    ("sites.kml", "text", "<Placemark><name>Preston Montford</name></Placemark>\n"),
    ("walk.gpx", "text", "<wpt><name><![CDATA[Preston Montford]]></name></wpt>\n"),
    # and in code: a literal under a key or argument that names a thing
    ("BoatTest.php", "php", "$b = ['boat_name' => 'Lady Margaret', 'length' => 9];"),
    ("a.test.ts", "typescript", "const h = { breed: 'Kerry Hill', town: `Preston Montford` }"),
    ("test_a.py", "python", 'Holding(village="Preston Montford", species="Marsh Harrier")'),
    ("seeds.rb", "ruby", 'Vessel.create!(vessel_name: "Mary Rose")'),
    # a country, and a bank's branch
    ("operators.conf", "ini", 'country="Hong Kong" operator="Harbour Mobile"\n'),
    ("countries.yaml", "yaml", "country: Sierra Leone\nnation: Saint Lucia\n"),
    ("banks.conf", "ini", '3103 branch="Henderson West"\n'),
])
def test_things_and_places_under_their_keys_are_not_people(path: str, syntax: str,
                                                           text: str) -> None:
    assert names_in(path, text, syntax) == []


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # a person beside a thing word: the key says who, not what
    ("a.json", "json", '{"field_officer": "Sarah Jones"}', ["Sarah Jones"]),
    ("a.json", "json", '{"office_contact_name": "Sarah Jones"}', ["Sarah Jones"]),
    ("a.json", "json", '{"site_manager": "Tom Brown", "species": "Kerry Hill"}', ["Tom Brown"]),
    ("u.json", "json", '{"displayName": "Sarah Jones"}', ["Sarah Jones"]),
    ("a.test.ts", "typescript", "const h = { breed: 'Texel', keeper: 'Sarah Jones' }",
     ["Sarah Jones"]),
    ("BoatTest.php", "php", "$b = ['boat_name' => 'Mary', 'owner' => 'Sarah Jones'];",
     ["Sarah Jones"]),
    ("test_a.py", "python", '# Lady Margaret Jones called about the boat\nx = 1\n',
     ["Lady Margaret Jones"]),
    # an author in a map file is a person
    ("walk.gpx", "text", "<metadata><author><name>Sarah Jones</name></author></metadata>\n",
     ["Sarah Jones"]),
    ("sites.kml", "text", "<atom:author><atom:name>Sarah Jones</atom:name></atom:author>\n",
     ["Sarah Jones"]),
])
def test_people_beside_thing_keys_and_in_map_files_are_still_found(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize("text", [
    # firms named after people
    "The audit went to Grant Thornton and the valuation to Carter Jonas.\n",
    "Advice from Baker McKenzie and Oliver Wyman; odds from William Hill.\n",
    # varieties, breeds and species: by the list, or by the noun after them
    "Plant Charles Ross apples and a James Grieve.\n",
    "Plant Arthur Turner apples beside the Tom Brown pears.\n",
    "Hedge plants: Ragged Robin, Herb Bennet, Herb Robert.\n",
    "Birds seen: Marsh Harrier. Sheep: Kerry Hill.\n",
    "Working dogs (Border Collie, Jack Russell) must be kept away.\n",
    # historic, famous and fictional people, and published example names
    "Seed drills date back to Jethro Tull; Winston Churchill and Adam Smith wrote about it.\n",
    "Gilbert White recorded birds; Beatrix Potter farmed; Sir Winston Churchill's speech.\n",
    "As described by Michael Nygard; see Nat Pryce's adr-tools.\n",
    "Ada Lovelace and Alan Turing rooms; Homer Simpson and Harry Potter.\n",
    # an institution named after a titled person
    "She went to Lady Margaret School and the Sir John Cass Primary.\n",
    "The Dr Sian Matthews Centre opens today.\n",
    # firms, a cider apple, cited authors and scientists, towns that read as names
    "Potatoes from Albert Bartlett; students from Harper Adams; Kingston Black cider.\n",
    "Koch's postulates (Robert Koch); Steve Krug and Jakob Nielsen on usability.\n",
    # eponyms of algorithms, tests and laws, cited in docstrings
    "Uses Carl Friedrich Gauss's elimination and Pierre-Simon Laplace smoothing.\n",
    "After Richard Bellman and Lester Ford; see Vladimir Levenshtein (1965).\n",
    "Rank tests of Frank Wilcoxon, Charles Spearman and Maurice Kendall.\n",
    "Pork pies from Melton Mowbray; offices in Burgess Hill and Thornton Heath.\n",
    # makers named after their founders, with a legal form or a trade after the name
    "Parts from Robert Bosch GmbH, Carl Zeiss AG and Anton Paar GmbH.\n",
    "Dan Smith LLC, Otto Bock Healthcare GmbH & Co. KG and Angel Iglesias S.A.\n",
    "Shenzhen Kang Hui Technology Co., Ltd and Hua Jung Components Co., Ltd.\n",
    "Supplied by Leo Bodnar Electronics Ltd and Herman Miller International.\n",
    "Holdings at Stanton Harcourt, Newton Stewart and Thornton Dale were visited.\n",
    # things named for a titled person: a time zone, a museum
    "Times are kept in Lord Howe Standard Time; see the Sir John Soane Museum.\n",
])
def test_firms_varieties_figures_and_institutions_are_not_people(text: str) -> None:
    assert names_in("n.md", text, "markdown") == []


@pytest.mark.parametrize(("path", "syntax", "text"), [
    # a table of Unicode blocks whose names read as a given name and a surname
    ("blocks.py", "python", 'BLOCKS = {\n    "Tai Le": range(6480, 6528),\n'
                            '    "Tai Tham": range(6688, 6832),\n'
                            '    "Kirat Rai": range(1, 2),\n}\n'),
    # a typeface named like a person, in an option's docstring
    ("fmt.py", "python", 'def f(fontface):\n'
                         '    """The font, for example ``Bitstream Vera Sans``."""\n'),
    ("omml.py", "python", "MATH_FONT = '<m:mathFont m:val=\"Cambria Math\"/>'\n"),
    # a date library's day count, and a table of Windows locales
    ("time.py", "python", "# MJD: the Modified Julian Day number, from the Julian Date\n"),
    ("lcid.py", "python", 'RUSSIAN_MOLDOVA = (2073, "ru-MO", "The Russian Moldova language.")\n'),
    # the YAML specification's example people, in a YAML library's tests
    ("test_spec.py", "python", 'DOC = """\n- Mark McGwire\n- Sammy Sosa\n- Ken Griffey\n"""\n'),
    # a novel's hero quoted as sample text, and a title that is no one's name
    ("README.md", "markdown", "Winston Smith, his chin nuzzled into his breast, slipped in.\n"),
    ("suffixes.txt", "text", "// agakhan : Fondation Aga Khan (Aga Khan Foundation)\n"),
])
def test_scripts_typefaces_and_stock_examples_are_not_people(path: str, syntax: str,
                                                             text: str) -> None:
    assert names_in(path, text, syntax) == []


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("people.json", "json", '{"fullName": "Homer Simpson"}'),
    ("cya.njk", "html", '{{ govukSummaryList({ rows: [ { key: { text: "Name" }, '
                        'value: { text: "Sarah Philips" } } ] }) }}'),
    ("breeds.json", "json", '[{ "name": "Kerry Hill", "species": "sheep" }]'),
    ("schools.csv", "csv", "school,la\nLady Margaret School,Hammersmith\n"),
    ("fixture.json", "json", '{"fullName": "John Smith"}'),  # the stock example
])
def test_figures_and_examples_under_name_keys_are_not_people(path: str, syntax: str,
                                                             text: str) -> None:
    assert names_in(path, text, syntax) == []


def test_a_figures_name_with_an_email_address_credits_a_person() -> None:
    assert names_in("n.md", "Reviewed by Michael Nygard <mn@example.org> today.\n",
                    "markdown") == ["Michael Nygard"]


@pytest.mark.parametrize(("text", "expected"), [
    # a firm's name opens with a person's: its legal form ends the run, or follows a comma
    ("Ordered from Tomasz Nowicki Haulage Services Ltd last week.\n", []),
    ("// wme : Ernest Hartley Events Management, LLC\n", []),
    ("Bought from Wei Zhang Hua Tong Trading Company Limited.\n", []),
    # a person beside a firm is still a person
    ("Tomasz Nowicki signed for Hartley Haulage Ltd.\n", ["Tomasz Nowicki"]),
])
def test_a_name_that_opens_a_firms_name_is_not_a_person(text: str,
                                                        expected: list[str]) -> None:
    assert names_in("suppliers.md", text, "markdown") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a titled person beside an organisation word that is also a surname
    ("Dr Helen Park and Mrs Jane Court signed.\n", ["Dr Helen Park", "Mrs Jane Court"]),
    ("Robin Smith and Sarah Jones signed.\n", ["Robin Smith", "Sarah Jones"]),
    ("Ask Tom Brown about the sheep.\n", ["Tom Brown"]),
])
def test_people_near_lists_of_things_are_still_found(text: str, expected: list[str]) -> None:
    assert names_in("n.md", text, "markdown") == expected


@pytest.mark.parametrize("text", [
    "Hedge surveys were carried out near Aston Clinton, Leigh Sinton and Norton Lindsey.\n",
    "Flood warning issued near Melton Mowbray and Carlton Colville this morning.\n",
    "Sites visited: Melton Mowbray and Stanford le Hope.\n",
    "Travel via Stanton Harcourt, or around Carlton Colville.\n",
    "Near Aston Clinton the hedges are taller.\n",
])
def test_villages_after_a_place_word_are_places(text: str) -> None:
    assert names_in("n.md", text, "markdown") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Work in Jane Okafor's claim; ask Sarah Jones.\n", ["Jane Okafor's", "Sarah Jones"]),
    ("Please copy in Sarah Jones on replies.\n", ["Sarah Jones"]),
    ("Done in Sarah Jones' absence.\n", ["Sarah Jones"]),
    ("While in Leeds, Sarah Jones met the farmer.\n", ["Sarah Jones"]),
    ("Attendees: Sarah Jones, Tom Brown\n", ["Sarah Jones", "Tom Brown"]),
    ("Meeting near York with Dr Sian Matthews.\n", ["Dr Sian Matthews"]),
])
def test_people_after_place_words_are_still_found(text: str, expected: list[str]) -> None:
    assert names_in("n.md", text, "markdown") == expected


# --- names the lists do not know, where the context says a person is named --------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("a.json", "json", '{"fullName": "Tavonga Chimuka"}', ["Tavonga Chimuka"]),
    ("a.json", "json", '{"author": "Kesandu Ubaku <nd@example.org>"}', ["Kesandu Ubaku"]),
    ("a.json", "json", '{"contactName": "Chimuka, Tavonga"}', ["Chimuka, Tavonga"]),
    ("COMMIT_MSG.txt", "text", "Fix rounding\n\nCo-authored-by: Tavonga Chimuka <tm@example.org>\n",
     ["Tavonga Chimuka"]),
    ("COMMIT_MSG.txt", "text", "Signed-off-by: Kesandu Ubaku <kesandu@example.org>\n",
     ["Kesandu Ubaku"]),
    ("NOTES.md", "markdown", "Maintainer: Ilunga Mwamba\n", ["Ilunga Mwamba"]),
    ("form.md", "markdown", "Full name: Kesandu Ubaku\n", ["Kesandu Ubaku"]),
    ("form.md", "markdown", "**Applicant:** Tavonga Chimuka (tenant)\n", ["Tavonga Chimuka"]),
    ("visit.md", "markdown", "Dr Tavonga Chimuka signed the certificate.\n",
     ["Dr Tavonga Chimuka"]),
    ("a.md", "markdown", "Contact Tavonga Chimuka <tavonga.chimuka@example.org>\n",
     ["Tavonga Chimuka"]),
    ("a.md", "markdown", "Ilunga Mwamba <im@example.org>\n", ["Ilunga Mwamba"]),
    ("m.md", "markdown", "Attendees: Tavonga Chimuka, Ilunga Mwamba and Kesandu Ubaku\n",
     ["Tavonga Chimuka", "Ilunga Mwamba", "Kesandu Ubaku"]),
])
def test_a_name_the_lists_do_not_know_is_found_where_a_person_is_named(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text"), [
    # English words, organisations and services where a person could be named
    ("a.json", "json", '{"author": "Natural England"}'),
    ("a.json", "json", '{"fullName": "Platform Engineering"}'),
    ("a.json", "json", '{"createdBy": "Azure Pipelines"}'),
    ("a.json", "json", '{"fullName": "Not Provided"}'),
    ("a.md", "markdown", "Defra Noreply <noreply@example.org>\n"),
    ("a.md", "markdown", "Grafana Loki <support@example.org>\n"),  # the address is not theirs
    ("n.md", "markdown", "Maintainer: Data Science Team\n"),
    ("n.md", "markdown", "Name: Build Pipeline\nApproved by: Finance, Legal and HR\n"),
    ("n.md", "markdown", "Mr Robot and Dr Who are on television.\n"),
    # a name key in a data file, and labels in code, keep the strict dictionary
    ("a.yml", "yaml", "name: Tavonga Chimuka\n"),
    ("x.py", "python", "def f():\n    name: Tavonga Chimuka = 1\n"),
])
def test_lookalikes_where_a_person_could_be_named_are_not_names(path: str, syntax: str,
                                                               text: str) -> None:
    assert names_in(path, text, syntax) == []


# An action's owner heads its list item, and a thank-you credits a person: there a given
# name alone, or a surname the lists do not know, is a person's.
@pytest.mark.parametrize(("text", "expected"), [
    ("- Aoibheann to draft the alert copy\n", ["Aoibheann"]),
    ("- Byrne, Aoibheann to chase the licence\n", ["Byrne, Aoibheann"]),
    ("- A. Okwuosa to book the room\n", ["A. Okwuosa"]),
    ("1. [ ] Harper Nwosu-Eze to review\n", ["Harper Nwosu-Eze"]),
    ("Thanks to Aoibheann for the map fix.\n", ["Aoibheann"]),
    ("- Thanks to Aoibheann for the fix to the map layer\n", ["Aoibheann"]),
    ("Kudos to Siân ap Dafydd for the Welsh content\n", ["Siân ap Dafydd"]),
    ("- Actions: W. Lis to book the site visit\n", ["W. Lis"]),
    ("- ACTION: Aoibheann to draft the alert copy\n", ["Aoibheann"]),
])
def test_an_actions_owner_or_a_credited_person_is_found(text: str, expected: list[str]) -> None:
    assert names_in("retro.md", text, "markdown") == expected


@pytest.mark.parametrize("text", [
    "- Docs to update\n- Azure to be configured\n- Defra to confirm\n- Python to 3.12\n",
    "- Jenkins to run nightly\n- Sentry to alert on errors\n- [ ] Kafka to replace RabbitMQ\n",
    "- Will to check\n- Grace to pair\n- Team to agree\n- V. Important to note\n",
    "- Platform, Team to sign off\n- Jane Doe to test\n",
    "- Actions: Platform Team to review\n- Action: None to record\n- Actions: Docs to update\n",
    "Thanks to Azure for the credits. Thanks to Grace for nothing.\n",
    # tools named like people
    "- Travis to run the build\n- Cassandra to store the events\nThanks to Okta for SSO.\n",
])
def test_list_items_and_thanks_that_name_no_person_are_not_flagged(text: str) -> None:
    assert names_in("retro.md", text, "markdown") == []


# A quotation's attribution names its speaker, whose name the lists may not know.
@pytest.mark.parametrize(("text", "expected"), [
    ('> "It saves me an hour."\n> \u2014 Bronwyn Tregenza, farm business adviser\n',
     ["Bronwyn Tregenza"]),
    ('"Clearer."\n-- Oyinkansola Bamgbose\n', ["Oyinkansola Bamgbose"]),
    ('> "Clearer."\n> \u2014 Participant 7\n> \u2014 Natural England, 2023\n'
     '\u2014 Defra Digital (team blog)\n-- Hill Farm Ltd\n', []),
    ("Options:\n-- Verbose Output\n-- Dry Run\n", []),
    ("Setup notes\n-- Liquibase Changelogs\n-- Oyinkansola Bamgbose\n", []),  # no quote
])
def test_a_quotations_attribution_names_its_speaker(text: str, expected: list[str]) -> None:
    assert names_in("quotes.md", text, "markdown") == expected


# A list kept under a key that names people holds people, known to the lists or not.
@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("a.yml", "yaml", 'reviewers:\n  - Tavita Faleolo\n  - "Sione Taufa"\nlabels:\n  - Bug Fix\n',
     ["Tavita Faleolo", "Sione Taufa"]),
    ("a.json", "json", '{"attendees": ["Tavita Faleolo", "Sione Taufa"], "tags": ["Grant Date"]}',
     ["Tavita Faleolo", "Sione Taufa"]),
    ("Cargo.toml", "toml", 'maintainers = ["Tavita Faleolo <t@example.org>"]\n'
                           'keywords = ["Bee Health"]\n', ["Tavita Faleolo"]),
])
def test_a_list_of_people_under_a_key_that_names_them_is_found(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("a.yml", "yaml", "reviewers:\n  - platform-team\n  - Platform Team\n  - Joe Bloggs\n"),
    ("a.json", "json", '{"contributors": ["Defra Digital", "Natural England"]}'),
    ("a.yml", "yaml", "reviewer:\n  - Release Notes\nauthor_names:\n  - Build Service\n"),
])
def test_a_list_under_a_person_key_that_holds_no_person_is_not_flagged(
        path: str, syntax: str, text: str) -> None:
    assert names_in(path, text, syntax) == []


# "First" and "Last" say little alone, but side by side they are a name's two parts.
@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("payees.go", "go", '{First: "Tendai", Last: "Mupfumira", Sort: "20-00-00"},\n',
     ["Tendai", "Mupfumira"]),
    ("p.swift", "swift", 'Person(given: "Ewa", family: "Kaczmarek")\n', ["Ewa", "Kaczmarek"]),
])
def test_first_and_last_keys_side_by_side_name_a_person(path: str, syntax: str, text: str,
                                                         expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("pages.go", "go", 'p := Pages{First: "Introduction"}\nq := Pages{Last: "Appendix"}\n'),
    ("steps.go", "go", '{First: "Build", Last: "Deploy"}\n'),  # English words, no name
    ("fake.go", "go", '{First: "Joe", Last: "Bloggs"}\n'),  # a placeholder
])
def test_first_and_last_keys_that_hold_no_name_are_not_flagged(path: str, syntax: str,
                                                               text: str) -> None:
    assert names_in(path, text, syntax) == []


# A log's key=value pairs name people by their keys, as a data file's do.
@pytest.mark.parametrize(("text", "expected"), [
    ("10:02 INFO approval recorded by=Nowak, Tomasz case=PP-221\n", ["Nowak, Tomasz"]),
    ('level=info msg="case reassigned" assignee="Tavita Faleolo" case=WG-5510\n',
     ["Tavita Faleolo"]),
    ('level=info msg="Job Done" service=Bee Health team=Platform Team owner=platform\n', []),
    ("level=info applicant=Joe Bloggs status=ok\n", []),
])
def test_a_person_under_a_logfmt_key_is_found(text: str, expected: list[str]) -> None:
    assert names_in("app.log", text, "log") == expected


# A JSON object inside a log line, a REST client's request or a runbook's example is read
# by key, as a JSON file is.
@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("app.log", "log", '{"level":"info","msg":"signed","signatory":"Nimisha Kapoor"}\n',
     ["Nimisha Kapoor"]),
    ("keepers.http", "text", 'POST https://localhost/keepers\n\n'
                             '{"firstName": "Tobiah", "lastName": "Marchetti"}\n',
     ["Tobiah", "Marchetti"]),
    ("runbook.md", "markdown", '```\n{"holder": {"full_name": "Oyelaran Dunmore"}}\n```\n',
     ["Oyelaran Dunmore"]),
    # things and placeholders under name keys, and names under keys that are no person's
    ("app.log", "log", '{"msg":"sent","service_name":"Payment Hub","team":"Platform Team"}\n',
     []),
    ("runbook.md", "markdown", '{"name": "Hill Farm", "contact_name": "Joe Bloggs"}\n', []),
    ("app.log", "log", '{"msg":"Record Saved","river":"Afon Teifi"}\n', []),
    # a line of YAML or an env file in a runbook's example, its key an identifier
    ("runbook.md", "markdown", "```yaml\nkeeper_name: Tobiah Marchetti\n"
                               'contactName: "Wenonah Blackwood"\n```\n',
     ["Tobiah Marchetti", "Wenonah Blackwood"]),
    ("notes.txt", "text", "SUPPORT_CONTACT_NAME=Tobiah Marchetti\n", ["Tobiah Marchetti"]),
    ("runbook.md", "markdown", "service_name: Payment Hub\nteam_name: Platform Team\n"
                               "keeper_name: Joe Bloggs\nfile_name: Hill Farm\n", []),
])
def test_a_person_under_a_key_of_json_written_into_a_line_is_found(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# A calendar's attendee and a directory entry name a person by their common name (CN).
@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("standup.ics", "text", 'ORGANIZER;CN="Bevan, Rhodri":mailto:r@example.org\n'
                            "ATTENDEE;CN=Oyinkansola Bamgbose;ROLE=REQ-PARTICIPANT:mailto:o@x\n",
     ["Bevan, Rhodri", "Oyinkansola Bamgbose"]),
    ("groups.txt", "text", "member: CN=Aoife Byrne,OU=Staff,DC=example,DC=org\n",
     ["Aoife Byrne"]),
])
def test_a_common_name_in_a_calendar_or_directory_is_found(path: str, syntax: str, text: str,
                                                           expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize("text", [
    "ATTENDEE;CN=Woodland Grants Team:mailto:team@example.org\n",
    "member: CN=Hedgerow Survey Readers,OU=Groups\nsubject: CN=svc-deploy\n",
    "issuer: CN=Microsoft Azure TLS Issuing CA 01, O=Microsoft Corporation\n",
    "CN=Deploy Service,OU=Apps\nATTENDEE;CN=Meeting Room 4:mailto:room4@example.org\n",
])
def test_a_common_name_that_is_no_person_is_not_flagged(text: str) -> None:
    assert names_in("dirs.txt", text, "text") == []


# Batch files, Makefiles and Dockerfiles assign values without quotes.
@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("backup.bat", "batch", "@echo off\nset OWNER=Nikolai Petrov\nset \"CONTACT=Aoife Byrne\"\n",
     ["Nikolai Petrov", "Aoife Byrne"]),
    ("Makefile", "make", "OWNER = Nikolai Petrov\nexport MAINTAINER := Aoife Byrne\n",
     ["Nikolai Petrov", "Aoife Byrne"]),
    ("Dockerfile", "dockerfile", "FROM python:3.12\nENV OWNER Nikolai Petrov\n",
     ["Nikolai Petrov"]),
])
def test_a_name_assigned_without_quotes_is_found(path: str, syntax: str, text: str,
                                                 expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("build.bat", "batch", "set OWNER=%USERNAME%\nset TEAM_NAME=Platform Team\n"
                           "set PATH=C:\\Tools;%PATH%\nset BUILD=Release Candidate\n"),
    ("Makefile", "make", "OWNER = $(shell git config user.name)\nVERSION = Release Candidate\n"
                         "CC = gcc\nAPP_NAME = Hedgerow Survey\n"),
    ("Dockerfile", "dockerfile", "ENV OWNER=${OWNER}\nENV SERVICE_NAME Hedgerow Survey\n"),
])
def test_unquoted_assignments_that_are_no_name_are_not_flagged(path: str, syntax: str,
                                                               text: str) -> None:
    assert names_in(path, text, syntax) == []


# A full name found once (by its key or label) is the same person wherever else the text
# writes it: a test asserts the name its builder set.
@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("SurveyorTest.java", "java",
     'Surveyor s = Surveyor.builder().withFullName("Ibrahim Al-Farsi").build();\n'
     'assertThat(s.getFullName()).isEqualTo("Ibrahim Al-Farsi");\n',
     ["Ibrahim Al-Farsi", "Ibrahim Al-Farsi"]),
    # a name the lists do not know, found by its label, then alone (not inside a word)
    ("notes.md", "markdown", "Reviewed by: Ilinca Vrabiescuu\n\nWe sent Ilinca Vrabiescuu "
                             "the form.\nJob xIlinca Vrabiescuu2 ran.\n",
     ["Ilinca Vrabiescuu", "Ilinca Vrabiescuu"]),
])
def test_a_name_found_once_is_found_again_elsewhere_in_the_text(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


def test_one_word_found_once_is_not_searched_again() -> None:
    text = "Dear Aoife,\nThe Aoife release is out.\n"
    assert names_in("note.txt", text, "text") == ["Aoife"]


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("fwd.txt", "text", "From: Rees, Bronwen (RPA)\nSent: 03 June 2024\n"
                        "To: Nowak, Tomasz (APHA); Chimuka, Tavonga (Defra)\n",
     ["Rees, Bronwen", "Nowak, Tomasz", "Chimuka, Tavonga"]),
    ("a.eml", "email", 'From: "Rees, Bronwen (RPA)" <bronwen.rees@example.org>\n',
     ["Rees, Bronwen"]),
    ("audit.log", "log", "2024-06-01 INFO Approved by: Nowak, Tomasz\n", ["Nowak, Tomasz"]),
    ("n.md", "markdown", "Claimant: Hughes, Gareth\nEscalated to HUGHES, Gareth on Monday.\n",
     ["Hughes, Gareth", "HUGHES, Gareth"]),
    ("p.csv", "csv", 'Name,SBI\n"HUGHES, GARETH",x\n', ["HUGHES, GARETH"]),
    # a bank file's surname and initials, under a person's key
    ("bacs.csv", "csv", "id,payee_name\n1,HUGHES G\n2,NOWAK T J\n3,\"Rees, B.\"\n",
     ["HUGHES G", "NOWAK T J", "Rees, B."]),
    ("p.json", "json", '{"payeeName": "NOWAK T"}', ["NOWAK T"]),
])
def test_a_name_written_surname_first_is_found(path: str, syntax: str, text: str,
                                               expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("b.csv", "csv", "name,floor\nHALL B,2\nBLOCK C,3\n"),  # a building under a generic key
    ("p.csv", "csv", "id,payee_name\n1,BLOGGS J\n2,TEST A\n"),  # placeholders
    ("p.csv", "csv", "id,payee_name\n1,PAYMENTS A\n"),  # no surname
])
def test_a_word_and_initials_that_are_no_persons_name_are_not_flagged(path: str, syntax: str,
                                                                      text: str) -> None:
    assert names_in(path, text, syntax) == []


# A fixed-width payment file has no keys: its payee is a surname in capitals and initials,
# standing between its columns.
@pytest.mark.parametrize(("text", "expected"), [
    ("HDR PAYEES\nPAY 000123 NWACHUKWU O          00012345 20-00-00\n"
     "PAY 000124 PRZYBYLSKA A M       00067890 30-00-00\n",
     ["NWACHUKWU O", "PRZYBYLSKA A M"]),
    ("00012345  HUGHES G J  250.00\n", ["HUGHES G J"]),
    ("NOWAK T\n", ["NOWAK T"]),
])
def test_a_payee_in_a_fixed_width_payment_file_is_found(text: str,
                                                        expected: list[str]) -> None:
    assert names_in("bacs-payees.txt", text, "text") == expected


@pytest.mark.parametrize("text", [
    "PAY 000125 HEDGE FARMS LTD      00011223 40-00-00\n",  # a firm
    "SEE ANNEX B    FOR DETAILS\nGRADE A\nZONE C   2024\nPLAN B\n",  # parts and grades
    "PAY 000126 BLOGGS J        00000000 00-00-00\n",  # a placeholder
    "VITAMIN C\nSECTION A B\nPHASE A\n",
    "The NOWAK T report is ready.\n",  # not between columns
])
def test_capitals_and_letters_that_are_no_payee_are_not_flagged(text: str) -> None:
    assert names_in("payees.txt", text, "text") == []


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("a.json", "json", '{"surname": "O\'NEILL"}', ["O'NEILL"]),
    ("letter.txt", "text", "TO: MR BARTOSZ NOWAK\n12 HIGH STREET\n", ["MR BARTOSZ NOWAK"]),
    ("payees.csv", "csv", "customer,amount\nNOWAK BARTOSZ,100\n", ["NOWAK BARTOSZ"]),
    # capitals that are no name, or a placeholder, either way round
    ("payees.csv", "csv", "customer,amount\nHILL FARM,100\nDOE JOHN,1\n", []),
    ("letter.txt", "text", "TO: ALL STAFF\n", []),
])
def test_names_in_capitals_are_read_in_title_case(path: str, syntax: str, text: str,
                                                 expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("CITATION.cff", "text", "authors:\n  - family-names: Okafor\n    given-names: Chidi\n",
     ["Okafor", "Chidi"]),
    ("form.md", "markdown", "Surname: Chimuka\nForename: Tavonga\n", ["Chimuka", "Tavonga"]),
    # a form's hints, and placeholders
    ("form.md", "markdown", "Surname: Required\nFirst name: Enter\nLast name: Bloggs\n", []),
])
def test_a_part_of_a_name_after_its_label_is_found(path: str, syntax: str, text: str,
                                                  expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("## Contributors\n\n* Olufemi Bakare\n* Ebele Nwosu\n", ["Olufemi Bakare", "Ebele Nwosu"]),
    ("**Attendees**\n- Ebele Nwosu (APHA)\n- Olufemi Bakare\n",
     ["Ebele Nwosu", "Olufemi Bakare"]),
    ("Present:\n\n1. Ebele Nwosu\n2. Olufemi Bakare\n", ["Ebele Nwosu", "Olufemi Bakare"]),
    # a list under a heading of people may hold teams and tools; other lists name no one
    ("## Team\n- Platform Team\n- Natural England\n- Dependabot\n", []),
    ("## Breeds\n- Belted Galloway\n- Welsh Black\n", []),
    ("## Contributors\n- Belted Galloway sheep, from the herd book\n", []),
])
def test_a_name_in_a_list_under_a_heading_of_people_is_found(text: str,
                                                            expected: list[str]) -> None:
    assert names_in("README.md", text, "markdown") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("    Examples:\n      | first | last | breed |\n      | Shreya | Raghunathan | Texel |\n",
     ["Shreya", "Raghunathan"]),
    ("    Given these keepers:\n      | name | holding |\n      | Siobhan Dunmore | Glebe Farm |\n",
     ["Siobhan Dunmore"]),
    # placeholders, things, and tables whose header names no one
    ("    Examples:\n      | first | last |\n      | Joe | Bloggs |\n", []),
    ("    Examples:\n      | name | holding |\n      | Hill Farm | Glebe Farm |\n", []),
    ("    Examples:\n      | breed | county |\n      | Welsh Black | Powys |\n", []),
])
def test_a_name_in_a_gherkin_table_under_a_header_of_names_is_found(
        text: str, expected: list[str]) -> None:
    text = "Feature: Register\n  Scenario Outline: keepers\n" + text
    assert names_in("features/register.feature", text, "text") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("- @Giulia Ricci to update the backlog (@Sarah Jones too)\n",
     ["Giulia Ricci", "Sarah Jones"]),
    ("Mail sarah@Sarah Jones or @@Sarah Jones.\n", []),  # not an @ that opens a word
])
def test_an_at_mention_of_a_person_is_found(text: str, expected: list[str]) -> None:
    assert names_in("minutes.md", text, "markdown") == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("p.py", "python", "# @samira.haddad please check the cap\nx = 1\n", ["samira.haddad"]),
    ("values.yaml", "yaml", "# TODO(mhairi.macdonald): move probes\nx: 1\n",
     ["mhairi.macdonald"]),
    ("notes.md", "markdown", "cc @siobhan-kelly and @Tomasz_Nowicki\n",
     ["siobhan-kelly", "Tomasz_Nowicki"]),
    # decorators, addresses, scoped packages, words and placeholders
    ("p.py", "python", "@mock.patch('x')\n@unittest.skipIf(True, 'x')\ndef f(): pass\n", []),
    ("notes.md", "markdown", "Mail amara.okafor@example.com or see @types/node.\n", []),
    ("notes.md", "markdown", "Ping @grace.period or @john.doe or @app.route.\n", []),
    ("p.py", "python", "x = '@amara.okafor.example'  # a domain, not a handle\n", []),
])
def test_a_handle_made_of_a_persons_name_is_found(path: str, syntax: str, text: str,
                                                  expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("farmer = {'full_name': 'Kemi Pritchard', 'county': 'Powys'}\n", ["Kemi Pritchard"]),
    ("x = dict(contact_name=\"Mr Jay O'Neill\", other='x')\n", ["Mr Jay O'Neill"]),
])
def test_a_single_quoted_literal_ends_at_its_quote(text: str, expected: list[str]) -> None:
    assert names_in("fixture.py", text, "python") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sarah Elowen Jones owns this job.\n", ["Sarah Elowen Jones"]),
    ("Sarah Tavonga Jones owns this job.\n", ["Sarah Tavonga Jones"]),
    ("Mohammed Shahidul Islam owns this job.\n", ["Mohammed Shahidul Islam"]),
    # an English word between two names is not a middle name
    ("Ask Sarah Report Jones.\n", []),
    ("Months: Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec\n", []),
])
def test_a_middle_name_the_lists_do_not_know_joins_the_name(text: str,
                                                           expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("// Zhang Wei wrote the projection maths\n", ["Zhang Wei"]),
    ("// Nguyen Thi Lan reviewed it\n", ["Nguyen Thi Lan"]),
    ("// Tang Dynasty art and Feng Shui\n", []),
])
def test_a_chinese_or_vietnamese_name_written_family_name_first_is_found(
        text: str, expected: list[str]) -> None:
    assert names_in("map.js", text + "export const p = 1\n", "javascript") == expected


def test_a_double_barrelled_surname_may_come_from_the_long_tail() -> None:
    assert names_in("n.md", "Proposed by Jonathan Ashworth-Bell.\n", "markdown") \
        == ["Jonathan Ashworth-Bell"]


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("a.json", "json", '{"firstName": "Joe", "lastName": "Bloggs"}'),
    ("a.json", "json", '{"surname": "Bloggs", "forename": "Joe"}'),  # surname first
    ("a.csv", "csv", "last_name,first_name\nDoe,John\n"),
    ("a.csv", "csv", "id,first_name,surname\n1,Jane,Doe\n"),
    ("a.py", "python", 'Customer(\n    first_name="John",\n    last_name="Doe",\n)'),
])
def test_a_given_name_beside_a_placeholder_surname_is_a_placeholder(path: str, syntax: str,
                                                                  text: str) -> None:
    assert names_in(path, text, syntax) == []


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("patient.json", "json", '{"name": [{"use": "official", "family": "Raghunathan",'
                             ' "given": ["Priya", "Devi"], "prefix": ["Mrs"]}]}',
     ["Raghunathan", "Priya", "Devi"]),
    ("a.json", "json", '{"name": {"first": "Priya", "last": "Raghunathan"}}',
     ["Priya", "Raghunathan"]),
    ("a.yaml", "yaml", "contactName:\n  given: Priya\n  family: Raghunathan\nrole: vet\n",
     ["Priya", "Raghunathan"]),
    ("a.yaml", "yaml", "name:\n  given: [Priya, Devi]\n", ["Priya", "Devi"]),
    ("claimants.rb", "ruby", 'factory :claimant do\n  first_name { "Oluwaseun" }\n'
                             '  last_name  { "Adebayo" }\nend\n', ["Oluwaseun", "Adebayo"]),
    # parts of other things, or of a placeholder
    ("theme.json", "json", '{"font": {"family": "Roboto", "weight": 400}}', []),
    ("a.json", "json", '{"name": {"first": "Joe", "last": "Bloggs"}}', []),
    ("a.yaml", "yaml", "pages:\n  first: Introduction\n  last: Appendix\n", []),
])
def test_a_name_written_as_an_object_of_parts_is_found(path: str, syntax: str, text: str,
                                                       expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("a.csv", "csv", "id,forename,surname\n1,John,Doe\n2,Priya,Raghunathan\n"),
    ("a.csv", "csv", "id,forename,surname\n2,Priya,Raghunathan\n1,John,Doe\n"),
    ("a.json", "json", '[{"firstName": "Priya", "lastName": "Raghunathan"},'
                       ' {"firstName": "Joe", "lastName": "Bloggs"}]'),
    ("a.py", "python", 'REAL = dict(first_name="Priya", last_name="Raghunathan")\n'
                       'SAFE = dict(first_name="Jane", last_name="Doe")\n'),
    ("a.sql", "sql", "INSERT INTO t (forename, surname) VALUES ('Test', 'User');\n"
                     "INSERT INTO t (forename, surname) VALUES ('Priya', 'Raghunathan');\n"),
])
def test_a_placeholder_row_hides_only_itself_not_a_real_name_beside_it(
        path: str, syntax: str, text: str) -> None:
    assert names_in(path, text, syntax) == ["Priya", "Raghunathan"]


def test_a_surname_whose_apostrophe_sql_doubles_is_found() -> None:
    text = "INSERT INTO users (first_name, last_name) VALUES\n  ('Ciaran', 'O''Donnell');\n"
    assert names_in("seed.sql", text, "sql") == ["Ciaran", "O''Donnell"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Signed by Mary-Jane Okafor-Hughes.\n", ["Mary-Jane Okafor-Hughes"]),
    # a Gaelic prefix after the hyphen
    ("Spoke to Naomi Atkins-McCarthy and Ciara Smith-O'Brien.\n",
     ["Naomi Atkins-McCarthy", "Ciara Smith-O'Brien"]),
    ("Ask Rhona Kerr-MacDonald.\n", ["Rhona Kerr-MacDonald"]),
    ("A visit to El Salvador.\n", []),
    ("Pieter de Vries and Ahmed bin Hassan wrote it.\n", ["Pieter de Vries", "Ahmed bin Hassan"]),
    ("Signed by Pieter van der Berg and Maria de la Cruz.\n",
     ["Pieter van der Berg", "Maria de la Cruz"]),
    # Arabic and Urdu articles joined in lower case, as formal transliteration writes them
    ("Notes by Fatima al-Hashimi and Zia ul-Haq.\n", ["Fatima al-Hashimi", "Zia ul-Haq"]),
    ("Owner: Nasser el-Sayed\n", ["Nasser el-Sayed"]),
    ("Totals al-Value and Other Things.\n", []),
    # "Al-" or "El-" before a stem no list holds: an Arabic family name all the same
    ("Handled by Tariq Al-Qudsawi and Mona El-Gammaly.\n",
     ["Tariq Al-Qudsawi", "Mona El-Gammaly"]),
    ("Mark Al-Pine and Grace El-Even.\n", []),  # English words after the article
    # a small word between the parts joins a place's name, not a double-barrelled surname
    ('COMMUNES = ["Les Authieux-sur-Calonne", "Les Essarts-le-Roi"]\n', []),
])
def test_hyphens_and_particles_are_read_as_names_write_them(text: str,
                                                           expected: list[str]) -> None:
    assert names_in("n.md", text, "markdown") == expected


@pytest.mark.parametrize("name", [
    "Eilidh MacLeod", "Gwilym Prosser", "Sioned Rees", "Ruaridh Sinclair", "Gwenllian Morgan",
    "Harpreet Sandhu", "Oluwaseun Adeyemi", "Bartosz Nowak", "Siobhán Ní Bhriain",
    "Oksana Shevchenko", "Dmytro Kovalenko", "Babatunde Fashola", "Naledi Mokoena",
    "Bronwen Harries", "Siân Llywelyn-Jones", "Zubair Farooq", "Nusrat Khatun",
    "Hodan Warsame", "Waqas Bhatti",
    # Zimbabwean, Caribbean, Nigerian, South Asian, Turkish, Vietnamese, Lithuanian, Romanian
    "Tendai Moyo", "Delroy Gayle", "Kemi Pritchard", "Sandeep Sharma", "Priyanka Patel",
    "Emre Kaya", "Shahidul Islam", "Trang Nguyen", "Gintaras Kazlauskas", "Ionut Ciobanu",
    "Faduma Guled",
    # Welsh, Mandarin, South African, Japanese and Pakistani names; a Faker en_GB surname
    "Anwen Pritchard", "Seren Llwyd", "Xiaoling Zhou", "Vusi Dlamini", "Liezl Coetzee",
    "Pieter van der Merwe", "Sakura Tanaka", "Nasrin Akhtar", "Emma Winter",
    "Karen Hill-Winter", "Jian Hua Li", "Yu Zhang",
])
def test_welsh_gaelic_irish_and_community_names_are_known(name: str) -> None:
    assert names_in("n.md", f"The visit was booked by {name} on Monday.\n", "markdown") \
        == [name]


@pytest.mark.parametrize("name", [
    "Sarah Ashworth", "Ian Duckworth", "Jean Sutcliffe", "Alan Postlethwaite",
    "Ruth Greenhalgh", "Neil Ramsbottom", "Kevin Higginbottom", "Rachel Whitby",
])
def test_the_long_tail_of_british_surnames_is_known(name: str) -> None:
    assert names_in("n.md", f"Payment held for {name} today.\n", "markdown") == [name]
    assert names_in("a.yaml", f"name: {name}\n", "yaml") == [name]


@pytest.mark.parametrize("text", [
    '0x243b: "smn_FI",  # Sami Finland\n',
    "Carol Christmas lights\n",
    "Bruno Dutch oven\n",
])
def test_countries_festivals_and_peoples_are_not_surnames(text: str) -> None:
    assert names_in("n.py", text, "python") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Approved by: R. J. Fenwick\n", ["R. J. Fenwick"]),
    ("last modified by: Tobias Wetherall\n", ["Tobias Wetherall"]),
    ("Updated by Tobias Wetherall in March.\n", ["Tobias Wetherall"]),
    ("Attendees: Gareth Pritchard, Sophie Buckingham and Rachel Whitby\n",
     ["Gareth Pritchard", "Sophie Buckingham", "Rachel Whitby"]),
    ("Attendees: Priya Raman, Anne Church\n", ["Priya Raman", "Anne Church"]),
    ("Present: Chen Xiaoming, Wang Fang\n", ["Chen Xiaoming", "Wang Fang"]),
    ("Apologies: Oksana Shevchenko\n", ["Oksana Shevchenko"]),
    ("We walked in Grace Park and Victoria Park.\n", []),
    # a signature block: who signed, whatever their names
    ("Signed: J. R. Fenwick\n", ["J. R. Fenwick"]),
    ("Signature: Mark Hill\nSignatory: Tobias Wetherall\n", ["Mark Hill", "Tobias Wetherall"]),
    ("Signed: yes\nUnsigned: Grace Hall\nSignature: Required\n", []),
])
def test_initials_under_a_label_and_every_name_in_a_list_of_people(
        text: str, expected: list[str]) -> None:
    assert names_in("n.md", text, "markdown") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PRESENT: DR ELLEN MCGRATH, MRS SUNITA PATEL\n", ["DR ELLEN MCGRATH", "MRS SUNITA PATEL"]),
    ("Witness: JOHN WILLIAMS\n", ["JOHN WILLIAMS"]),
    ("APOLOGIES: JOE BLOGGS\n", []),
    ("NOTES: PLEASE READ THE POLICY\n", []),
    ("PLEASE NOTE: SARAH JONES IS AWAY\n", []),  # no label that lists people
])
def test_names_in_capitals_after_a_label_that_lists_people(text: str,
                                                           expected: list[str]) -> None:
    assert names_in("minutes.txt", text, "text") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The service was set up by IMOGEN FEATHERSTONE and handed to NGOZI OKONJO in June.\n",
     ["IMOGEN FEATHERSTONE", "NGOZI OKONJO"]),
    ("Talk to SIOBHAN O'REILLY about the legacy database.\n", ["SIOBHAN O'REILLY"]),
    # a line all in capitals, a longer run of capitals, two words, a placeholder
    ("MEETING WITH PRIYA RAMAN ABOUT FUNDING\n", []),
    ("See the part headed FOR PRIYA RAMAN ONLY below.\n", []),
    ("A GRACE PERIOD of ten days applies; write to JOE BLOGGS.\n", []),
])
def test_a_name_in_capitals_amid_lower_case_prose_is_found(text: str,
                                                           expected: list[str]) -> None:
    assert names_in("handover.txt", text, "text") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name that is also two words, where the sentence says someone did the work
    ("Completed by Grace Mark on behalf of the team.\n", ["Grace Mark"]),
    ("Minutes taken by Will Rose.\n", ["Will Rose"]),
    ("The fix was authored by Mark Hill.\n", ["Mark Hill"]),
    # an action's owner opens its line or its list item, then the task
    ("## Actions\n- Mark Hill to chase the supplier\n- Grace Wood will draft the note\n",
     ["Mark Hill", "Grace Wood"]),
    ("Action: Will Rose to update the risk log\n", ["Will Rose"]),
    # the same words as a heading, or with no task after them
    ("- Grace Period to apply\n", []),
    ("Mark Hill is steep.\n", []),
    ("The road goes from Mark Hill to the farm.\n", []),
])
def test_two_word_names_named_by_their_deed_or_their_task_are_found(
        text: str, expected: list[str]) -> None:
    assert names_in("minutes.md", text, "markdown") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attendance list pasted from a meeting, and a list of delegates
    ("Attendees\nKelly, Siobhan (DEFRA)\nRaman, Priya (RPA)\n", ["Kelly, Siobhan", "Raman, Priya"]),
    ("Delegates\n- OKONJO, Ngozi\n- O'REILLY, Siobhan\n", ["OKONJO, Ngozi", "O'REILLY, Siobhan"]),
    # a line that only reads so: a greeting, a place, a phrase, two words that are no name
    ("Hello, World\nParis, France\nYes, Please\nHill, Mark\n", []),
    ("Kelly, Siobhan and the others came.\n", []),  # not the whole line: read as prose
])
def test_a_line_that_is_a_name_written_surname_first_is_found(text: str,
                                                              expected: list[str]) -> None:
    assert names_in("attendance.txt", text, "text") == expected


def test_a_name_after_a_sign_off_and_a_blank_line_is_found() -> None:
    assert names_in("m.eml", "Kind regards,\n\nNgozi Okonjo\n", "email") == ["Ngozi Okonjo"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Please confirm.\n\nKind regards,\nRónán\n", ["Rónán"]),
    ("Please confirm.\n\nMany thanks,\nTomasz\n", ["Tomasz"]),
    ("Please confirm.\n\nBest,\nPriya\n", ["Priya"]),
    ("Please confirm.\n\nBest wishes, Siobhan\n", ["Siobhan"]),
    ("Please confirm.\n\nYours sincerely,\nAdaeze\n", ["Adaeze"]),
    ("The best Priya can do.\n", []),  # no sign-off: a word in a sentence
    ("Kind regards,\nWill\n", []),  # a given name that is also a word
    ("Best Practice.\n", []),
])
def test_a_given_name_under_a_sign_off_of_two_words_is_found(text: str,
                                                             expected: list[str]) -> None:
    assert names_in("m.eml", text, "email") == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("t.py", "python", "# Fictional keeper for tests: Aled Pryce (made-up)\nx = 1\n", []),
    ("a.md", "markdown", "Sample: Bronwen Tudor (not a real person).\n", []),
    ("a.json", "json", '{"name": "Aled Pryce", "note": "fictitious"}\n', []),
    # only the line that says so: the next line's name is still found, and "test" says nothing
    ("a.md", "markdown", "Fictional: Bronwen Tudor.\nReviewed by Aled Pryce.\n", ["Aled Pryce"]),
    ("t.py", "python", "# Test keeper: Aled Pryce\nx = 1\n", ["Aled Pryce"]),
])
def test_a_name_on_a_line_that_says_it_is_made_up_is_not_flagged(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("calc.py", "python", "# per Chiamaka's request, round half up\nx = 1\n", ["Chiamaka"]),
    ("notes.md", "markdown", "Changed at Siobhan\u2019s suggestion.\n", ["Siobhan"]),
    ("notes.md", "markdown", "Reworded following Tomasz's review.\n", ["Tomasz"]),
    # on a later line, of an ASCII text and of one that is not
    ("calc.py", "python", "x = 1\n\n# per Chiamaka's request\n", ["Chiamaka"]),
    ("notes.md", "markdown", "Café menu.\nChanged at Siobhan\u2019s suggestion.\n", ["Siobhan"]),
    # a word, a tool, the suggested fake, and code
    ("notes.md", "markdown", "Per Grace's review and on Azure's advice.\n", []),
    ("notes.md", "markdown", "Per Jane's request.\n", []),
    ("calc.py", "python", "per_request = user_request(Siobhan's_request)\n", []),
])
def test_a_given_name_whose_request_a_note_records_is_found(path: str, syntax: str, text: str,
                                                            expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("See attached.\n\nMorag\n", ["Morag"]),
    ("Thanks for the update.\n\nRónán\n\n", ["Rónán"]),
    ("See attached.\n\nWill\n", []),  # a word
    ("See attached.\n\nThe Team\n", []),
    ("Morag\n", []),  # one line: no body above it
    # above a job title, a quoted mail or after a sign-off's comma, with pronouns
    ("Outage is Saturday.\n\nTomasz\nSenior Platform Engineer | Defra\n", ["Tomasz"]),
    ("Approved.\n\nAoife\n\n-----Original Message-----\nFrom: x\n\nCan you approve?\n",
     ["Aoife"]),
    ("Copy attached. Diolch,\nFfion (she/her)\n", ["Ffion"]),
    # a heading or a word alone between paragraphs is not one
    ("Intro.\n\nBackground\nThe service started in May.\n", []),
    ("Intro,\nMay\nbe late.\n", []),
])
def test_a_given_name_alone_at_the_end_of_a_mails_body_is_its_sign_off(
        text: str, expected: list[str]) -> None:
    assert names_in("m.eml", text, "email") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Passed to Tomasz Zielinski today.\n", ["Tomasz Zielinski"]),  # accents dropped
    ("Passed to Tomasz Zieliński today.\n", ["Tomasz Zieliński"]),
    ("Passed to Kirsty MacAllister today.\n", ["Kirsty MacAllister"]),  # Mac + a stem
    ("Passed to Kirsty McQuarrie today.\n", ["Kirsty McQuarrie"]),
    ("Passed to Kirsty O'Flaherty today.\n", ["Kirsty O'Flaherty"]),
    ("Grace bought a MacBook Pro.\n", []),
])
def test_plain_spellings_and_gaelic_prefixes_make_surnames(text: str,
                                                          expected: list[str]) -> None:
    assert names_in("n.md", text, "markdown") == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("k.tsv", "tsv", "ref\tkeeper\nK-1\tDafydd ap Rhys\n", ["Dafydd ap Rhys"]),
    ("n.md", "markdown", "Inspected by Lowri ferch Gruffydd in May.\n",
     ["Lowri ferch Gruffydd"]),
])
def test_a_fathers_name_after_ap_or_ferch_is_a_surname(path: str, syntax: str, text: str,
                                                      expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("syntax", "text", "expected"), [
    ("json", '{"signatory": "R. Thomas"}', ["R. Thomas"]),
    ("yaml", "approver: R J Okafor\n", ["R J Okafor"]),
    ("json", '{"signatory": "J. Doe"}', []),
    ("json", '{"status": "A. Road"}', []),
])
def test_initials_and_a_surname_under_a_person_key_are_a_name(syntax: str, text: str,
                                                             expected: list[str]) -> None:
    assert names_in("f", text, syntax) == expected


@pytest.mark.parametrize("text", [
    "- Secret Santa: names in the hat by Friday.\n",
    "- Bank Holiday: office closed.\n",
])
def test_one_known_name_out_of_a_names_place_is_not_a_speaker(text: str) -> None:
    assert names_in("n.md", text, "markdown") == []


def test_a_name_in_a_binary_file_is_not_guessed_at() -> None:
    assert names_in("a.bin", "Priya Raman", "binary") == []


# --- end to end --------------------------------------------------------------------------

def test_a_staged_fixture_with_a_name_blocks_and_masks_it(repo, cli) -> None:  # type: ignore[no-untyped-def]
    repo.stage("tests/fixtures/claim.json", '{"customer": {"fullName": "Priya Raman"}}\n')
    run = cli("scan", "--staged", "--format", "json")
    assert run.code == 1
    people = [f for f in run.json["findings"] if f["type"] == "PERSON"]
    assert [(f["line"], f["masked"], f["detector"]) for f in people] == \
        [(1, "P********", "person-name")]
    assert "Priya Raman" not in run.out


def test_a_placeholder_fixture_is_clean(repo, cli) -> None:  # type: ignore[no-untyped-def]
    repo.stage("tests/fixtures/claim.json", '{"customer": {"fullName": "Joe Bloggs"}}\n')
    run = cli("scan", "--staged", "--format", "json")
    assert [f for f in run.json["findings"] if f["type"] == "PERSON"] == []


def test_a_vtt_speaker_is_found_through_the_transcript_extractor(repo, cli) -> None:  # type: ignore[no-untyped-def]
    repo.write("research/round-1.vtt",
               "WEBVTT\n\n1\n00:00:00.000 --> 00:00:05.000\n<v Researcher>Hello.\n\n"
               "2\n00:00:05.000 --> 00:00:09.000\n<v Siobhan Kelly>Hi, sorry I'm late.\n")
    run = cli("scan", "--format", "json", "research")
    people = [(f["line"], f["type"]) for f in run.json["findings"] if f["type"] == "PERSON"]
    assert people == [(9, "PERSON")]


@pytest.mark.parametrize(("cue", "expected"), [
    ("<v Jack Bird>Hello.", ["Jack Bird"]),  # two common words: the voice tag says who
    ("<v Siobhan Kelly>Hi, sorry I'm late.", ["Siobhan Kelly"]),
    ("<v.loud Grace Ward>Can you hear me?", ["Grace Ward"]),
    ("<v Interviewer>Next: the claim form.", []),
    ("Note:Grace Period applies.", []),
    # a directory's display name, surname first, with the organisation after it
    ("<v Kelly, Siobhan>Morning.", ["Kelly, Siobhan"]),
    ("<v Marchetti, Tobiah (RPA)>Hi all.", ["Marchetti, Tobiah"]),
    ("<v Notes, Action>Read this.", []),
])
def test_a_voice_tag_read_by_the_transcript_extractor_names_its_speaker(
        cue: str, expected: list[str]) -> None:
    from safecommit.extract.subtitles import clean

    text = clean(f"WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n{cue}\n")
    assert names_in("call.vtt", text, "vtt") == expected


# --- the run gate: a run with no name, title or Gaelic particle in it is skipped ----------

RUN_TEXT = st.lists(st.sampled_from([
    " ", " ", "\t", "\n", ".", ",", "'", "-", "_", "Jane", "Doe", "Mark", "Hall", "Will",
    "Power", "Return", "None", "If", "Value", "Error", "Dr", "Dr.", "Mr", "Sir", "J", "J.",
    "A.", "van", "de", "bin", "Ní", "Mac", "O'Neill", "MacLeod", "Mary-Jane", "SMITH", "JANE",
    "Smith's", "Contact", "Author:", "Dear", "Ltd", "Road", "Élodie", "Zieliński", "Priya",
    "Patel", "Sender", "Test", "User", "E", "WITH", "ACUTE", "NASA", "Team", "McAllister",
    "D'Arcy", "Rose", "ROSE", "Ó", "Briain"]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(RUN_TEXT, st.sampled_from(["text", "python", "markdown"]))
def test_the_run_gate_changes_no_finding(text: str, syntax: str) -> None:
    gated = find(Locator(Text("a", text, syntax)))
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(names._Names, "may_name", lambda self, run: True)
        every_run = find(Locator(Text("a", text, syntax)))
    assert gated == every_run


def test_the_run_gate_skips_runs_without_a_name_title_or_gaelic_particle() -> None:
    known = names._Names(names.load())
    assert not known.may_name("Return None If")
    assert not known.may_name("E WITH ACUTE")  # capitals and initials, but no name
    assert not known.may_name("NASA Team")
    assert known.may_name("Raise Jane")  # a given name
    assert known.may_name("See Dr Who")  # a title
    assert known.may_name("See Dr. Who")
    assert known.may_name("The O'Brien")  # a prefixed surname
    assert known.may_name("Mary-Jane Doe")  # a hyphenated given name
    assert known.may_name("JANE DOE")  # a name in capitals
    assert known.may_name("Jane's Notes")  # a possessive
    assert known.may_name("Ó Briain")  # a Gaelic particle


@settings(max_examples=400, deadline=None)
@given(RUN_TEXT.map(lambda s: s.encode("ascii", "ignore").decode()))
def test_in_ascii_text_the_stdlib_run_pattern_matches_as_the_regex_one(text: str) -> None:
    for start in range(len(text)):
        full, ascii_only = names._RUN.match(text, start), names._RUN_ASCII.match(text, start)
        assert (full and full.span()) == (ascii_only and ascii_only.span())


@pytest.mark.parametrize(("text", "may"), [
    ("Dear Siobhan,\n", True), ("Ünïcødé first. Cheers\nSiobhan\n", True),
    ("no greeting here\n", False), ("dear siobhan\n", False),  # the pattern is case-sensitive
])
def test_a_text_is_read_for_a_salutation_only_when_it_holds_a_salutation_word(
        text: str, may: bool) -> None:
    assert names._may_salute(Locator(Text("a.txt", text, "text"))) is may
    assert bool(find(Locator(Text("a.txt", text, "text")))) is (text.startswith("Dear")
                                                                or "Cheers" in text)


@pytest.mark.parametrize("tag", ["<v Siobhan>", "<v\tSiobhan>", "<v.loud Siobhan>",
                                 "<v.a.b-c  Siobhan >"])
def test_a_single_given_name_in_any_voice_tag_form_is_found(tag: str) -> None:
    text = f"WEBVTT\n\n00:00.000 --> 00:02.000\n{tag}I applied online.\n"
    assert names_in("r.vtt", text, "vtt") == ["Siobhan"]


# --- chat exports, codenames, Gaelic prefixes, name lists, copyright notices --------------

@pytest.mark.parametrize(("syntax", "text", "expected"), [
    ("text", "[09:03] Blessing Mutasa: I'll pair after standup\n", ["Blessing Mutasa"]),
    ("text", "12/06/2024, 09:03 - Precious Ncube: on my way\n", ["Precious Ncube"]),
    ("markdown", "[2024-06-12 09:03:12] Tendai Moyo: ok\n", ["Tendai Moyo"]),
    ("text", "09:14 pm Siobhan Kelly: thanks\n", ["Siobhan Kelly"]),
])
def test_a_chat_exports_speaker_after_its_time_is_a_name(syntax: str, text: str,
                                                         expected: list[str]) -> None:
    assert names_in("chat.txt", text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("t.vtt", "vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ceridwen Ashby>Hello?\n",
     ["Ceridwen Ashby"]),
    ("t.vtt", "vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nOyelaran Dunmore: I agree\n",
     ["Oyelaran Dunmore"]),
    ("chat.txt", "text", "[09:14] Tobiah Marchetti: is snd down?\n", ["Tobiah Marchetti"]),
    ("chat.txt", "text", "Ceridwen Ashby  9:03 AM\nmorning all\n", ["Ceridwen Ashby"]),
    # where a speaker stands, a heading or a tool is still no one
    ("t.vtt", "vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nNext Steps: agree a date\n", []),
    ("chat.txt", "text", "[09:14] Azure Pipelines: build 812 failed\n", []),
    ("chat.txt", "text", "[09:15] Build Failed: see the log\n", []),
])
def test_a_speaker_the_lists_do_not_know_is_found_where_only_a_speaker_stands(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("syntax", "text"), [
    ("text", "[09:11] Note: build green\n[09:12] Grace Period: 30 days\n"),
    ("log", "2024-06-12 09:14:03 INFO Keeper: started\n09:14:05 WARN Harvest Lane: retry\n"),
    ("text", "09:10 Exercise Silver Birch: lessons learned\n"),
    ("markdown", "Project Blue Heron: kick-off notes\n"),
])
def test_times_levels_and_codenames_before_a_colon_are_not_speakers(syntax: str,
                                                                    text: str) -> None:
    assert names_in("chat.txt", text, syntax) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Maintainer: Eilidh NicLeòid\n", ["Eilidh NicLeòid"]),
    ("Catriona NicDhòmhnaill phoned about the ewes.\n", ["Catriona NicDhòmhnaill"]),
    ("The NicHandler class wraps the network card.\n", []),
])
def test_a_gaelic_womans_nic_surname_is_one_word(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


@pytest.mark.parametrize("name", [
    "Venkatesh Subramanian", "Murali Shanmugam", "Osagie Igbinedion", "Efosa Omoregie",
    "Tesfaye Gebremedhin", "Yohannes Tekle", "Cerys Mathias", "Kasia Nowak",
    "Tomek Lewandowski", "Katya Oliynyk", "Blessing Mutasa",
    # given names the lists once missed: Welsh, Cornish, Igbo, Yoruba, Gujarati, Korean
    "Caradog Pryce", "Tamsin Trevithick", "Ebele Nwosu", "Olufemi Bakare", "Hetal Patel",
    "Hyejin Kim", "Hye-jin Kim", "Ceridwen Hocking", "Jago Penhaligon", "Rhian Rhydderch",
    "Kofi Danquah",
])
def test_names_of_uk_communities_in_prose_are_found(name: str) -> None:
    text = f"The visit was booked by {name} last week.\n"
    assert names_in("notes.md", text, "markdown") == [name]


@pytest.mark.parametrize("text", [
    "# Georgi Petkanov <gpetkanov@example.org>, 2012\n",
    "Translated by Georgi Petkanov last year.\n",
])
def test_a_rare_given_name_before_a_surname_known_by_its_ending_is_a_name(text: str) -> None:
    # "Georgi" is only in the long tail, "Petkanov" only by its ending: neither is listed.
    assert names_in("django.po", text, "text") == ["Georgi Petkanov"]


@pytest.mark.parametrize(("text", "expected"), [
    ("# Copyright (c) 2012-2019 Priya Raman and contributors.\n", ["Priya Raman"]),
    ("// https://example.org v7.8.5 Copyright 2010-2023 Tomasz Nowicki\n", ["Tomasz Nowicki"]),
    ("Copyright (c) 2016 Kwame Mensah, Aoife Byrne\n", ["Kwame Mensah", "Aoife Byrne"]),
    ("© 2020 Siobhan Kelly. All rights reserved.\n", ["Siobhan Kelly"]),
])
def test_a_copyright_holder_is_a_person(text: str, expected: list[str]) -> None:
    assert names_in("vendor/lib.js", text, "markdown") == expected


@pytest.mark.parametrize("text", [
    "We use Donald Knuth's algorithm, and Tony Hoare's quicksort.\n",
    "Per Barbara Liskov, a subtype must be substitutable.\n",
    "Quotes came from Sir Robert McAlpine and Travis Perkins.\n",
    "Harry Ferguson tractors were on the farm; Bernard Matthews turkeys were not.\n",
])
def test_cited_figures_and_firms_named_after_people_are_not_flagged(text: str) -> None:
    assert names_in("vendor/lib.js", text, "markdown") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Written by Priya Raman for the renewals spike.\n", ["Priya Raman"]),
    ("Plan (c): ask Aoife Byrne to sign.\n", ["Aoife Byrne"]),
    ("Dear Aoife Byrne, the copyright is Crown.\n", ["Aoife Byrne"]),
])
def test_a_name_near_a_copyright_word_but_not_holding_it_is_flagged(
        text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Research call 4\n\nPadmini Ramachandran   0:03\nThanks for joining.\n",
     ["Padmini Ramachandran"]),
    ("Euan Gillies  9:03 AM\nmorning all\n", ["Euan Gillies"]),
    ("Daily Standup 09:30\nGrace Period 10:00\nMeeting with the team at 10:30\n", []),
])
def test_a_meeting_transcripts_speaker_before_their_time_is_a_name(
        text: str, expected: list[str]) -> None:
    assert names_in("transcript.txt", text, "text") == expected


@pytest.mark.parametrize(("key", "role"), [
    ("real_name", "full"), ("realName", "full"), ("married_name", "full"),
    ("display_name", "generic"), ("nickname", None),
])
def test_a_real_or_married_name_key_names_a_person(key: str, role: str | None) -> None:
    assert key_role(key) == role


@pytest.mark.parametrize(("text", "expected"), [
    ("Dear Baroness Prydderch,\n", ["Baroness Prydderch"]),
    ("Viscountess Anwen Prydderch wrote.\n", ["Viscountess Anwen Prydderch"]),
    ("The Red Baron flew over the farm.\n", []),
])
def test_a_peers_title_before_a_name_is_a_name(text: str, expected: list[str]) -> None:
    assert names_in("letter.txt", text, "text") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Visit booked by Agata Przybylska.\n", ["Agata Przybylska"]),
    ("Visit booked by Jana Dvořáková.\n", ["Jana Dvořáková"]),
    ("Visit booked by Lenka Černá.\n", ["Lenka Černá"]),
    ("We flew to Alaska and Nebraska.\n", []),
])
def test_a_slavic_womans_surname_is_known_by_its_mans_form(text: str,
                                                           expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


@pytest.mark.parametrize(("key", "role"), [
    ("accountHolderName", "full"), ("userFullName", "full"), ("user_full_name", "full"),
    ("fullname", "full"), ("businessOwnerName", "full"), ("spouse", "generic"),
    ("landowner", "generic"), ("caseOfficer", "generic"), ("employee", "generic"),
    ("accountName", None), ("userName", None), ("bankAccountName", None),
    ("holdingName", None), ("vesselName", None),
])
def test_a_key_for_a_persons_own_name_or_part_in_a_case_names_a_person(
        key: str, role: str | None) -> None:
    assert key_role(key) == role


@pytest.mark.parametrize(("text", "expected"), [
    ('{"accountHolderName": "Eirlys Prydderch", "sortCode": "00-00-00"}', ["Eirlys Prydderch"]),
    ('{"caseOfficer": "Obinna Nwachukwu"}', ["Obinna Nwachukwu"]),
    ('{"caseOfficer": "Unassigned"}', []),
    ('{"bankAccountName": "Hedge Farms Ltd"}', []),
])
def test_values_under_those_keys_are_names(text: str, expected: list[str]) -> None:
    assert names_in("case.json", text, "json") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Visit booked by Agnieszka Brzęczyszczykiewicz.\n", ["Agnieszka Brzęczyszczykiewicz"]),
    ("Visit booked by Gintarė Petrauskaitė.\n", ["Gintarė Petrauskaitė"]),
    ("Visit booked by Yaroslav Hnatyuk.\n", ["Yaroslav Hnatyuk"]),
    ("Visit booked by Ivelina Petkova.\n", ["Ivelina Petkova"]),
    ("Visit booked by Ashwin Kumaraswamy.\n", ["Ashwin Kumaraswamy"]),
    ("Visit booked by Damola Ogunleyebi.\n", ["Damola Ogunleyebi"]),
    ("Grace Improv is a comedy night.\n", []),
    ("The Hristo Dimitrov Trust funds it.\n", []),
    ("Peter Oyster and Jack Onion are not names.\n", []),
])
def test_a_surname_no_list_holds_is_known_by_its_ending(text: str,
                                                        expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("/* Lead: Kwesi Appiah-Kubi */\n", ["Kwesi Appiah-Kubi"]),
    ("// Reviewed: Kwesi Appiah-Kubi\n", ["Kwesi Appiah-Kubi"]),
    ("// Tested by Kwesi Appiah-Kubi\n", ["Kwesi Appiah-Kubi"]),
    ("// Lead: Natural England\n", []),
    ("// Lead Time: 30 days\n", []),
    ("// Reviewed: Grace Period rules\n", []),
])
def test_a_lead_or_a_reviewer_named_in_a_comment_is_a_person(text: str,
                                                              expected: list[str]) -> None:
    assert names_in("a.js", text + "const x = 1\n", "javascript") == expected


@pytest.mark.parametrize("name", ["John Doe Jr", "John Doe Jr.", "Joe Bloggs Snr"])
def test_a_placeholder_with_a_generation_after_it_is_still_a_placeholder(name: str) -> None:
    assert names_in("a.json", f'{{"fullName": "{name}"}}', "json") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Name,Role\nKwesi Appiah-Kubi,PO\n", ["Kwesi Appiah-Kubi"]),
    ("Name,Role\nPriya Smith-Walking,PO\n", []),
    ("Name,Role\nPlatform Team,Ops\n", []),
])
def test_a_double_barrelled_surname_with_one_part_no_list_holds_is_a_surname(
        text: str, expected: list[str]) -> None:
    assert names_in("team.csv", text, "csv") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Booked by Shafiq Ur Rehman today.\n", ["Shafiq Ur Rehman"]),
    ("Booked by Zia Ul Haq today.\n", ["Zia Ul Haq"]),
    ("Booked by Ruairí Ó hUiginn today.\n", ["Ruairí Ó hUiginn"]),
    ("Booked by Aled Ap Dafydd today.\n", ["Aled Ap Dafydd"]),
    ("Bin Collection Day is Monday.\n", []),
    ("Use hCaptcha Enterprise today.\n", []),
])
def test_capitalised_particles_and_an_irish_h_inside_a_name_keep_it_whole(
        text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


@pytest.mark.parametrize(("table", "expected"), [
    ("| Name | Role |\n|---|---|\n| Kwesi Appiah-Kubi | PO |\n| Platform Team | Ops |\n",
     ["Kwesi Appiah-Kubi"]),
    ("| Role | Owner |\n| :--- | :---: |\n| SRO | Beathag Gwyther |\n", ["Beathag Gwyther"]),
    ("| Name | Role |\n|---|---|\n| Joe Bloggs | Tester |\n", []),
    ("| Town | County |\n|---|---|\n| Milton Keynes | Bucks |\n", []),
])
def test_cells_under_a_markdown_tables_person_header_are_names(table: str,
                                                               expected: list[str]) -> None:
    assert names_in("team.md", "# Team\n\n" + table, "markdown") == expected


@pytest.mark.parametrize(("row", "expected"), [
    ('{ key: { text: "Full name" }, value: { text: "Zuleika Ombasa" } }', ["Zuleika Ombasa"]),
    ('{\n  key: { text: "Name" },\n  value: { html: "Kwesi Appiah-Kubi" }\n}',
     ["Kwesi Appiah-Kubi"]),
    ('{ key: { text: "Holding name" }, value: { text: "Ombasa Farm" } }', []),
    ('{ key: { text: "Name" }, value: { text: "Joe Bloggs" } }', []),
])
def test_a_govuk_summary_list_row_under_a_name_key_names_a_person(row: str,
                                                                  expected: list[str]) -> None:
    text = "{{ govukSummaryList({ rows: [\n" + row + "\n] }) }}\n"
    assert names_in("views/check.njk", text, "html") == expected


@pytest.mark.parametrize(("macro", "expected"), [
    ('label: { text: "Full name" },\n  hint: { text: "For example, Sarah Philips" },\n'
     '  id: "full-name",\n  value: "Zuleika Ombasa"', ["Zuleika Ombasa"]),
    ('label: { text: "Holding name" },\n  id: "holding",\n  value: "Ombasa Farm"', []),
])
def test_a_govuk_input_filled_under_a_name_label_names_a_person(macro: str,
                                                                expected: list[str]) -> None:
    text = "{{ govukInput({\n  " + macro + "\n}) }}\n"
    assert names_in("views/name.njk", text, "html") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Payee bank details\nIBAN: GB06 LOYD 3096 1712 3456 78\n", []),
    ("Payee bank details\nIban Garcia: the details are below\n", ["Iban Garcia"]),
])
def test_a_field_name_that_is_also_a_given_name_is_no_speaker_alone(
        text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # what a person said, thought or raised, in a comment or a note
    ("a.py", "python", "    # Chidi said the upstream API returns duplicates\n", ["Chidi"]),
    ("a.go", "go", "\t// Aoife thinks we should pool connections here\n", ["Aoife"]),
    ("adr.md", "markdown", "Niamh raised that the cache does not survive restarts.\n",
     ["Niamh"]),
    ("a.md", "markdown", "As Gareth noted, this avoids building the list.\n", ["Gareth"]),
    ("a.py", "python", "# As Harpreet pointed out, HS256 is fine here.\n", ["Harpreet"]),
    ("t.txt", "text", "Olamide from the platform team says the fixture is shared.\n",
     ["Olamide"]),
    # someone to ask, to check with, or thanked, and a speaker who names themself
    ("a.py", "python", "# Ask Eilidh about the tolerance before changing it.\n", ["Eilidh"]),
    ("a.cs", "csharp", "// TODO: check with Zainab whether closed cases reopen\n", ["Zainab"]),
    ("a.ts", "typescript", "// ask Adaeze before changing the date format\n", ["Adaeze"]),
    ("a.py", "python", "# Thanks to Imran for spotting the leak.\n", ["Imran"]),
    ("notes.md", "markdown", "- CSV export (thanks Kwame)\n", ["Kwame"]),
    ("chat.txt", "text", "Human: I'm Imran, I maintain the licensing service.\n", ["Imran"]),
    ("a.ts", "typescript", "// Kudos to Seren for the tests.\n", ["Seren"]),
    ("notes.md", "markdown", "Credit Kwame for the CSV export and Ama for the Welsh copy.\n",
     ["Kwame", "Ama"]),
    ("a.py", "python", "    # Magdalena and I agreed to skip weekends\n", ["Magdalena"]),
    ("retro.md", "markdown", "- Pairing between Tomasz and Magdalena on the API\n",
     ["Tomasz", "Magdalena"]),
    ("notes.md", "markdown", "Built from Priyanka's notebook, cc Rhodri.\n",
     ["Priyanka", "Rhodri"]),
])
def test_a_given_name_alone_that_speaks_or_is_spoken_to_is_a_name(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("a.py", "python", "# Ask Claude about the failing test\n"),  # an assistant
    ("a.py", "python", "# Sentry flagged the error twice\n"),  # a tool
    ("a.md", "markdown", "Mark said nothing; Will thinks it scales.\n"),  # names that are words
    ("a.md", "markdown", "Ask Jane about it.\n"),  # the safe fake value
    ("a.md", "markdown", "Talk to Bristol about the data.\n"),  # a place
    ("m.eml", "email", "Thanks,\n\nLondon\nOffice\n"),
    ("m.eml", "email", "Thanks Alexa.\n"),
    ("a.py", "python", "# Per Dijkstra's note on goto\n"),  # a preposition, not "Per"
    ("a.md", "markdown", "Django and Celery run the jobs; Jordan and Will review.\n"),
    ("a.md", "markdown", "Check with Customer Services about the refund.\n"),
    # a credit's second thing, and a word after "and" that is no given name
    ("a.md", "markdown", "Thanks to the platform team for the fix and Will for the tests.\n"),
    ("a.md", "markdown", "Credit the export for speed and accuracy for the rest.\n"),
    # languages and days the lists hold as given names
    ("NEWS", "text", "Localization message files for Danish and German have been added.\n"),
    ("AUTHORS", "text", "The inner loop is close to Hume & Sunday's recommended one.\n"),
    ("a.py", "python", "said = Chidi.said  # no comment names anyone\n"),  # code
])
def test_a_word_that_is_no_persons_given_name_is_not_one_beside_said_or_ask(
        path: str, syntax: str, text: str) -> None:
    assert names_in(path, text, syntax) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("# TODO(priyanka): move this to the settings module\n", ["priyanka"]),
    ("# TODO(Priyanka) move this\n", ["Priyanka"]),
    ("# TODO(perf): cache the lookup\n", []),
    ("# TODO(security): rotate keys\n", []),
    ("# TODO(django): upgrade\n", []),
    ("# TODO(mark): words that are names stay words\n", []),
    ("# TODO(v2): drop the shim\n", []),
])
def test_a_todos_owner_given_name_alone_is_a_name(text: str, expected: list[str]) -> None:
    assert names_in("a.py", text, "python") == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("notes.md", "markdown",
     "Attendees: Siobhan Gallagher, Rhodri Pritchard\n\n- Siobhan demoed the journey.\n"
     "- Rhodri fixed the tests.\n",
     ["Siobhan Gallagher", "Rhodri Pritchard", "Siobhan", "Rhodri"]),
    # not mid-sentence, nor before a capitalised word (a place named after someone)
    ("notes.md", "markdown",
     "Attendees: Siobhan Gallagher\n\nWe met Siobhan, who left.\nSiobhan Park is nearby.\n",
     ["Siobhan Gallagher"]),
])
def test_a_surely_found_persons_given_name_is_found_again_in_their_text(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize("text", [
    "Please find the invoice attached.\n\nKind regards,\n\nNiamh\nAccount Manager\n",
    "Release goes out tonight.\n\nCheers\n\nGareth\nPlatform team\n",
])
def test_a_sign_off_a_blank_line_above_its_given_name_is_read(text: str) -> None:
    assert [n for n in names_in("a.eml", text, "email") if n in ("Niamh", "Gareth")] == \
        [text.split("\n")[-3]]


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("apply.cy.js", "javascript", 'cy.get("#firstName").type("Siobhan");\n', ["Siobhan"]),
    ("apply.cy.js", "javascript", "cy.get('[name=\"lastName\"]').clear().type('Gallagher');\n",
     ["Gallagher"]),
    ("apply.spec.ts", "typescript",
     'await page.getByLabel("Full name").fill("Siobhan Gallagher");\n', ["Siobhan Gallagher"]),
    ("steps.rb", "ruby", "fill_in 'Surname', with: 'Gallagher'\n", ["Gallagher"]),
    ("test_ui.py", "python", 'driver.find_element(By.ID, "surname").send_keys("Gallagher")\n',
     ["Gallagher"]),
    # a field that names no person, and a placeholder typed into one that does
    ("apply.cy.js", "javascript", 'cy.get("#town").type("Newton Abbot");\n', []),
    ("apply.cy.js", "javascript", 'cy.get("#lastName").type("Bloggs");\n', []),
])
def test_a_value_a_browser_test_types_into_a_name_field_is_a_name(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- names by their place in a record ------------------------------------------------------

_HL7 = ("MSH|^~\\&|PAS|WARD|LAB|TRUST|202401011200||ADT^A01|MSG1|P|2.5\r"
        "PID|1||9990001^^^TRUST^MR||THISTLEWOOD^EDWARD^J^^MR||19800101|M\r"
        "NK1|1|WHITTAKER^MARGARET|SPO\r"
        "PID|2||9990002^^^TRUST^MR||^Oluwaseun||19900101|F\r"
        "PID|3||9990003^^^TRUST^MR||DOE^JOHN||19800101|M\n")


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # the patient's and the next of kin's names, family name first; a given name alone;
    # a placeholder's parts are not reported
    ("adt.hl7", "text", _HL7, ["THISTLEWOOD", "EDWARD", "WHITTAKER", "MARGARET", "Oluwaseun"]),
    # a message in a JSON fixture's string, its segments parted by escaped carriage returns
    ("feed.json", "json",
     '{"message": "MSH|^~\\\\&|PAS\\rPID|1||42^^^T||Thistlewood^Edward^^^Mr||19800101|M"}\n',
     ["Thistlewood", "Edward"]),
    # other fields of the segment hold no name: a code, an identifier, a sex
    ("adt.hl7", "text", "PID|1||ABC^^^TRUST^MR||||19800101|M|||High Street\n", []),
])
def test_an_hl7_segments_name_fields_are_names(path: str, syntax: str, text: str,
                                                expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # a GPX track's author, on lines as real files indent it; a waypoint's name is a place
    ("walk.gpx", "xml", "<gpx>\n  <metadata>\n    <author>\n      <name>Edward Thistlewood"
     "</name>\n    </author>\n  </metadata>\n  <wpt>\n    <name>Preston Montford</name>\n"
     "  </wpt>\n</gpx>\n", ["Edward Thistlewood"]),
    # Terraform and code: a name inside an owner's block, with or without "="
    ("main.tf", "terraform", 'locals {\n  owner = {\n    name  = "Edward Thistlewood"\n'
     '    team  = "data"\n  }\n}\n', ["Edward Thistlewood"]),
    ("main.tf", "terraform", 'owner {\n  name = "Edward Thistlewood"\n}\n',
     ["Edward Thistlewood"]),
    ("main.tf", "terraform", 'module "store" {\n  name = "Edward Thistlewood"\n}\n', []),
])
def test_a_name_under_a_persons_element_or_block_is_a_full_name(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a surname with particles, in capitals or not, and an Irish one, written first
    ("Attendees\nVAN DER BERG, Pieter\nNí Bhriain, Aoife (RPA)\nde la Cruz, Marisol\n",
     ["VAN DER BERG, Pieter", "Ní Bhriain, Aoife", "de la Cruz, Marisol"]),
    # a chat's speaker under the time they spoke, as Teams copies it, with no colon
    ("[10:02] Whittaker, Margaret (DEFRA)\nCan we move this to Thursday?\n",
     ["Whittaker, Margaret"]),
    ("[10:02] Bloggs, Joe (DEFRA)\nok\n", []),
    # a particle alone before a word is no surname: "La Paz, Bolivia"
    ("- La Paz, Bolivia\n", []),
])
def test_a_line_that_is_a_name_written_surname_first_with_particles_or_a_time(
        text: str, expected: list[str]) -> None:
    assert names_in("notes.txt", text, "text") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a greeting's full name, its surname one the lists do not know
    ("Dear Edward Thistlewood,\n\nPlease find the licence attached.\n", ["Edward Thistlewood"]),
    ("Hi Edward Thistlewood,\nthe survey is booked.\n", ["Edward Thistlewood"]),
    # a greeting of words, a role, a placeholder: no one
    ("Dear Rose Garden,\n", []),
    ("Hi Team Leads,\n", []),
    ("Dear Joe Bloggs,\n", []),
    ("Hello Kitty Cat!\n", []),
])
def test_a_salutation_names_a_person_in_full(text: str, expected: list[str]) -> None:
    assert names_in("letter.txt", text, "text") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a surname that is also a given name (the census lists it as a surname)
    ("We met Stuart Lennox at the depot.\n", ["Stuart Lennox"]),
    ("Stuart Lennox said the gate was locked.\n", ["Stuart Lennox"]),
])
def test_a_surname_that_is_also_a_given_name_completes_a_name(
        text: str, expected: list[str]) -> None:
    assert names_in("notes.txt", text, "text") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Korean given names, written with a hyphen or as one word, and an English one
    ("Seo-yeon Lee joined the team.\n", ["Seo-yeon Lee"]),
    ("Minjun Choi joined the team.\n", ["Minjun Choi"]),
    ("Contact Fenella Smith about the survey.\n", ["Fenella Smith"]),
    # a word before a given name that is also a surname: no one ("Will" asks)
    ("Will Sarah come to the meeting?\n", []),
])
def test_given_names_of_uk_communities_are_known(text: str, expected: list[str]) -> None:
    assert names_in("notes.txt", text, "text") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # French "Les" before a plural noun: a place, not Les and a surname
    ("We walked from Les Bois to Les Monts.\n", []),
    ("Les Dennis opened the fete.\n", ["Les Dennis"]),
    # Haitian Creole "Nan" ("in") before a place, in a line of Creole
    ("Nan Washington, li te rete pou yon ti tan.\n", []),
    ("Nan Washington signed the form.\n", ["Nan Washington"]),
])
def test_a_foreign_function_word_that_is_a_given_name_opens_no_name(
        text: str, expected: list[str]) -> None:
    assert names_in("notes.txt", text, "text") == expected


def _docx_with_tracked_change(author: str) -> bytes:
    """A real Word document whose one paragraph holds an insertion tracked to ``author``."""
    import io
    import zipfile

    import docx

    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("The licence was renewed.")
    document.save(out)
    source, rewritten = zipfile.ZipFile(out), io.BytesIO()
    with zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:p>", (
                    f'<w:ins w:id="1" w:author="{author}" w:date="2024-01-01T00:00:00Z">'
                    '<w:r><w:t> Late.</w:t></w:r></w:ins></w:p>').encode(), 1)
            target.writestr(item, data)
    return rewritten.getvalue()


def test_a_word_documents_tracked_change_author_is_a_name_the_lists_need_not_know() -> None:
    from safecommit.extract import extract
    from safecommit.model import Blob

    texts = [t for t in extract(Blob("minutes.docx", _docx_with_tracked_change(
        "Margaret Quorndonville"))) if isinstance(t, Text)]
    found = [n for t in texts for n in names_in(t.path, t.text, t.syntax)]
    assert "Margaret Quorndonville" in found


def test_a_welsh_forms_keys_name_a_person() -> None:
    text = ('{"enw_llawn": "Gwenllian Prydderch", "enw_cyntaf": "Gwenllian",\n'
            ' "cyfenw": "Prydderch", "cyfeiriad": "Heol y Bont"}\n')
    assert names_in("ffurflen.json", text, "json") == [
        "Gwenllian Prydderch", "Gwenllian", "Prydderch"]


def test_a_payments_creditor_is_a_person_and_a_firm_is_not() -> None:
    text = ('{"payments": [{"creditorName": "Ifor Bevan-Thomas"},\n'
            ' {"creditorName": "Example Farms Ltd"}, {"payerName": "Rural Payments Agency"}]}\n')
    assert names_in("payments.json", text, "json") == ["Ifor Bevan-Thomas"]
