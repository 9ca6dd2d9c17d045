"""Calendar files (.ics): folded lines read whole, an event's title read as its subject, its
description read as a text of its own, placed by its event, at the raw lines it is written on."""

from __future__ import annotations

from typing import Any

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, Text

EMAIL = "t.adeyemi.4471@gmail.com"


def invite(summary: str, description: str, attendee: str = "") -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Corp//Calendar//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20260301T100000Z\r\n"
            f"SUMMARY:{summary}\r\nDESCRIPTION:{description}\r\n{attendee}"
            "CLASS:CONFIDENTIAL\r\nLOCATION:Microsoft Teams Meeting\r\nUID:4a1b\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


def markings(repo: Repo, cli: Any, content: str) -> list[tuple[int, str, str]]:
    repo.write("meetings/review.ics", content)
    run = cli("scan", "--format", "json", "meetings/review.ics")
    return sorted((f["line"], f.get("place", ""), f["masked"]) for f in run.json["findings"]
                  if f["kind"] == "marking")


def test_an_invites_title_and_description_carry_its_marking(repo: Repo, cli: Any) -> None:
    said = "Agenda attached.\\nPlease do not forward\\, thanks.\\n\\nOFFICIAL-SENSITIVE"
    assert markings(repo, cli, invite("OFFICIAL-SENSITIVE - Fraud referrals review", said)) \
        == [(7, "", "OFFICIAL-SENSITIVE"), (8, "event 1 description", "OFFICIAL-SENSITIVE")]
    assert markings(repo, cli, invite("Fraud referrals review - OFFICIAL-SENSITIVE",
                                      "Weekly review.")) == [(7, "", "OFFICIAL-SENSITIVE")]
    assert markings(repo, cli, invite("Weekly sync", "SECRET\\n\\nSite visit route.")) \
        == [(8, "event 1 description", "SECRET")]


def test_a_finding_in_a_description_points_at_its_raw_line_and_column(
        repo: Repo, cli: Any) -> None:
    # The escaped line breaks of a description all sit on its raw line; a folded line holds
    # what follows. Editors and CI annotations jump to the line and column reported.
    first = "DESCRIPTION:Agenda\\n1. Claim for Margaret Thornbury\\, see notes"
    folded = " \\n2. Call her on 07912 345678 if needed"
    repo.write("review.ics", invite("Review", "x").replace("DESCRIPTION:x", f"{first}\r\n{folded}"))
    run = cli("scan", "--format", "json", "review.ics")
    found = sorted((f["type"], f["line"], f["column"], f["end_line"], f["place"])
                   for f in run.json["findings"])
    name, phone = first.index("Margaret") + 1, folded.index("07912") + 1
    assert found == [("PERSON", 8, name, 8, "event 1 description"),
                     ("PHONE_NUMBER", 9, phone, 9, "event 1 description")]


def test_a_pragma_on_a_descriptions_raw_line_allows_its_finding(repo: Repo, cli: Any) -> None:
    # On the raw line, whichever of the description's escaped lines holds it.
    said = "Claim for Margaret Thornbury\\nsafecommit: allow PERSON a fictional claimant"
    repo.write("review.ics", invite("Review", said))
    assert cli("scan", "--format", "json", "review.ics").json["findings"] == []
    repo.write("review.ics", invite("Review", said.replace("allow", "note")))
    assert [f["type"] for f in cli("scan", "--format", "json", "review.ics").json["findings"]] \
        == ["PERSON"]


def test_an_invite_about_markings_or_a_party_is_not_marked(repo: Repo, cli: Any) -> None:
    # CLASS:CONFIDENTIAL is the event's privacy in the calendar, not a marking.
    assert markings(repo, cli, invite("Secret Santa - TOP SECRET!", "Bring a gift.")) == []
    assert markings(repo, cli, invite(
        "Training: handling OFFICIAL-SENSITIVE material",
        "What the levels mean.\\nWhen to mark a document SECRET.\\nQuestions.")) == []


def test_a_folded_attendee_address_reads_whole(repo: Repo, cli: Any) -> None:
    at = EMAIL.index("@") + 3
    attendee = (f"ATTENDEE;CN=Reviewer;ROLE=REQ-PARTICIPANT:mailto:{EMAIL[:at]}\r\n"
                f" {EMAIL[at:]}\r\n")
    parts = extract(Blob("review.ics", invite("Review", "Notes.", attendee).encode()))
    assert isinstance(parts, list)
    calendar = next(p for p in parts if isinstance(p, Text) and p.place is None)
    lines = calendar.text.split("\n")
    assert EMAIL in lines[8] and lines[9] == ""  # the folded line is joined, its line kept
    repo.write("review.ics", invite("Review", "Notes.", attendee))
    run = cli("scan", "--format", "json", "review.ics")
    assert [(f["type"], f["line"]) for f in run.json["findings"]] == [("EMAIL_ADDRESS", 9)]


def test_every_text_property_is_read_unescaped_at_its_raw_columns(repo: Repo, cli: Any) -> None:
    # RFC 5545 escapes a comma, a semicolon and a line break in every text value, not only
    # the title and the description: a location or a comment reads as its reader sees it.
    location = "LOCATION:Mrs Blessing Oyelaran-Whitcombe\\, 14 Acacia Road\\, Leeds\r\n"
    comment = "COMMENT:Contact: Blessing Oyelaran-Whitcombe\\; please call ahead\\nThanks\r\n"
    # an attendee's name, a parameter, is read as written: "Surname\, Forename" reads whole
    attendee = "ATTENDEE;CN=Oyelaran-Whitcombe\\, Blessing:mailto:team-inbox@example.org\r\n"
    repo.write("visit.ics", invite("Home visit", "Notes.", location + comment + attendee))
    run = cli("scan", "--format", "json", "visit.ics")
    found = {(f["type"], f["line"], f["column"]) for f in run.json["findings"]}
    raw = (location + comment + attendee).split("\r\n")
    assert ("PERSON", 9, raw[0].index("Mrs") + 1) in found
    assert ("PERSON", 10, raw[1].index("Blessing") + 1) in found
    assert ("PERSON", 11, raw[2].index("=") + 2) in found
    parts = extract(Blob("visit.ics", invite("Home visit", "Notes.", location + comment).encode()))
    assert isinstance(parts, list)
    calendar = next(p for p in parts if isinstance(p, Text) and p.place is None)
    lines = calendar.text.split("\n")
    assert lines[8].endswith("Oyelaran-Whitcombe, 14 Acacia Road, Leeds")
    assert lines[9].endswith("Oyelaran-Whitcombe; please call ahead Thanks")


def test_a_commit_range_reports_only_the_description_lines_it_adds(
        repo: Repo, cli: Any) -> None:
    said = "Claim for Margaret Thornbury\\, see notes"
    repo.write("review.ics", invite("Review", said))
    repo.git("add", "review.ics")
    base = repo.commit("invite")
    repo.write("review.ics", invite("Review moved to Thursday", said))
    repo.git("add", "review.ics")
    head = repo.commit("retitle")
    run = cli("scan", "--format", "json", "--from", base, "--to", head)
    assert run.json["findings"] == []
    repo.write("review.ics", invite("Review moved to Thursday", said + "\\nCall Priya Raghunathan"))
    repo.git("add", "review.ics")
    later = repo.commit("more notes")
    run = cli("scan", "--format", "json", "--from", head, "--to", later)
    assert [(f["type"], f["line"]) for f in run.json["findings"]] == [("PERSON", 8), ("PERSON", 8)]
