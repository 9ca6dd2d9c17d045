"""PERSON in a Markdown link to a person's mailbox, and what only looks like one there (a
team's mailbox, a link's words).

The names here are made up; none is a real person's.
"""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- a Markdown link to a mailbox: its text is the mailbox's owner's name ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Contact [Zorvath Quellin](mailto:zorvath.quellin@agency.test) for access.\n",
     ["Zorvath Quellin"]),
    ("| Owner | [Brindle Akkerholt](<mailto:bakkerholt@agency.test>) |\n",
     ["Brindle Akkerholt"]),
    ("- [ Ysolde Trevannick ](mailto:ysolde_trevannick@agency.test)\n", ["Ysolde Trevannick"]),
])
def test_a_markdown_mailto_link_names_its_owner(text: str, expected: list[str]) -> None:
    assert names_in("README.md", text, "markdown") == expected


@pytest.mark.parametrize("text", [
    "Email [Grants Support](mailto:grants.support@agency.test).\n",
    "Write to [the team](mailto:team@agency.test) or [Zorvath Quellin](mailto:help@agency.test)\n",
    "See [Jane Doe](mailto:jane.doe@agency.test).\n",
])
def test_a_markdown_mailto_link_that_names_no_one_is_not_flagged(text: str) -> None:
    assert names_in("README.md", text, "markdown") == []


# --- a payee or an account's holder by their initials and surname, as bank files write them ---

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("pay.csv", "csv", "id,Payee,amount\n1,J.A. QUELLINGTON,12.00\n", ["J.A. QUELLINGTON"]),
    ("pay.csv", "csv", "id,account_name,sort_code\n1,MR K M ZORBATHWAITE,\n",
     ["MR K M ZORBATHWAITE"]),
    ("pay.yml", "yaml", "payments:\n  - account holder: MRS P AKKERHOLT\n    amount: 3\n",
     ["MRS P AKKERHOLT"]),
    ("pay.json", "json", '{"accountName": "T. Vennacombe", "amount": 4}', ["T. Vennacombe"]),
])
def test_a_payees_initials_and_surname_are_found(path: str, syntax: str, text: str,
                                                  expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text"), [
    # a cloud's storage account, a team's account, words after an initial
    ("main.tf", "hcl", 'account_name = "flooddatastore"\n'),
    ("pay.csv", "csv", "id,account_name,payee\n1,A B TESTING,R D SERVICES\n"),
    ("pay.csv", "csv", "id,payee\n1,J BLOGGS\n"),
    ("a.yml", "yaml", "owner: A Team\n"),
])
def test_initials_before_a_word_that_is_no_surname_are_not_flagged(path: str, syntax: str,
                                                                    text: str) -> None:
    assert names_in(path, text, syntax) == []


# --- an address's later lines hold a house's name or a locality, never a person's ---

@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("a.csv", "csv", "id,address_line_1,address_line_2,town\n1,12 Mill Lane,Ty Gwyn,Bala\n"),
    ("a.json", "json", '{"addressLine2": "Bryn Awel", "addressLine3": "Rhos Goch"}'),
    ("a.yml", "yaml", "address:\n  address2: Ty Gwyn\n"),
])
def test_a_house_name_on_a_later_address_line_is_no_person(path: str, syntax: str,
                                                           text: str) -> None:
    assert names_in(path, text, syntax) == []


def test_a_name_beside_a_later_address_line_is_still_found() -> None:
    text = "id,full_name,address_line_2\n1,Rhodri Gwyn,Ty Gwyn\n"
    assert names_in("a.csv", text, "csv") == ["Rhodri Gwyn"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Refund raised.\nPayee: J.A. QUELLINGTON\nAmount: 12.00\n", ["J.A. QUELLINGTON"]),
    ("Account holder: MR K M ZORBATHWAITE\n", ["MR K M ZORBATHWAITE"]),
])
def test_a_payee_labelled_in_a_note_is_found(text: str, expected: list[str]) -> None:
    assert names_in("ticket.txt", text, "text") == expected


@pytest.mark.parametrize("text", [
    "Payee: Rural Payments Agency\n",
    "Account holder: A B Testing\n",
    "Payee: J BLOGGS\n",
])
def test_a_payee_that_is_no_person_is_not_flagged(text: str) -> None:
    assert names_in("ticket.txt", text, "text") == []


# --- other links to a mailbox: Markdown's reference links, AsciiDoc's, HTML in Markdown ---

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("README.md", "markdown",
     "Ask [Zorvath Quellin][zq] or [Brindle Akkerholt][].\n\n"
     "[zq]: mailto:zorvath.quellin@agency.test\n"
     "[brindle akkerholt]: <mailto:bakkerholt@agency.test>\n",
     ["Zorvath Quellin", "Brindle Akkerholt"]),
    ("README.md", "markdown",
     'Owner: <a href="mailto:ysolde.trevannick@agency.test">Ysolde Trevannick</a>\n',
     ["Ysolde Trevannick"]),
    ("index.adoc", "text",
     "Contact mailto:orlanthe.vashgrove@agency.test[Orlanthe Vashgrove] or\n"
     "mailto:tvennacombe@agency.test[Tamsin Vennacombe, Access request].\n",
     ["Orlanthe Vashgrove", "Tamsin Vennacombe"]),
])
def test_other_links_to_a_mailbox_name_its_owner(path: str, syntax: str, text: str,
                                                  expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("README.md", "markdown",
     "Ask [Grants Support][gs] or [Zorvath Quellin][help].\n\n"
     "[gs]: mailto:grants.support@agency.test\n[help]: mailto:help@agency.test\n"),
    ("README.md", "markdown", '<a href="mailto:help.desk@agency.test">Help Desk</a>\n'),
    ("index.adoc", "text", "Write to mailto:grants.team@agency.test[Grants Team].\n"),
])
def test_links_to_a_mailbox_that_name_no_one_are_not_flagged(path: str, syntax: str,
                                                             text: str) -> None:
    assert names_in(path, text, syntax) == []


# --- an account's name as a label in prose: a refund's or a ticket's notes ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Account name: K M ZORBATHWAITE\nSort code: 00-00-00\n", ["K M ZORBATHWAITE"]),
    ("- **Bank account name:** Threnody Quillfeather\n", ["Threnody Quillfeather"]),
    ("Name on account: Mr T Vennacombe\n", ["Mr T Vennacombe"]),
])
def test_an_accounts_name_in_prose_is_found(text: str, expected: list[str]) -> None:
    assert names_in("refund.md", text, "markdown") == expected


@pytest.mark.parametrize("text", [
    "Storage account name: flooddatastore\n",
    "Account name: Grants Payments\n",
    "Account name: Rural Payments Agency\n",
    "Account name: Farm Partnership\n",
])
def test_an_accounts_name_that_is_no_person_is_not_flagged(text: str) -> None:
    assert names_in("refund.md", text, "markdown") == []


# --- English given names and the short forms a team's notes use, before a listed surname ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Proposed by Esme Ravenscroft at the design review.\n", ["Esme Ravenscroft"]),
    ("Paired with Jonty Pemberton on the migration.\n", ["Jonty Pemberton"]),
    ("Thanks to Izzy Ashworth for the fix.\n", ["Izzy Ashworth"]),
])
def test_english_given_names_before_an_unknown_surname_are_found(text: str,
                                                                 expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected
