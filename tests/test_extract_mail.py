"""Email files: headers, bodies and attachments are all scanned; positions stay findable."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from typing import Any

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, NotScanned, Text

SENDER = "k.mensah.3381@gmail.com"
IN_BODY = "a.very.long.address.for.wrapping.3381@gmail.com"
IN_ATTACHMENT = "t.nwosu.7713@gmail.com"


def message() -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Kofi Mensah <{SENDER}>"
    msg["To"] = "team@example.com"
    msg["Subject"] = "Claim details \u2013 follow up"  # non-ASCII: sent as an encoded word
    msg.set_content("Hello,\n" + "The claimant's address is " + "x" * 30 + f" {IN_BODY} ok.\n",
                    cte="quoted-printable")
    msg.add_alternative(f"<p>Write to <b>{SENDER}</b></p>\n", subtype="html")
    msg.add_attachment(f"name,email\nTunde,{IN_ATTACHMENT}\n".encode(), maintype="text",
                       subtype="csv", filename="claimants.csv")
    return msg.as_bytes()


def scan(repo: Repo, cli: Any, data: bytes) -> Any:
    repo.write("thread.eml", data)
    return cli("scan", "--format", "json", "thread.eml")


def test_sender_in_the_headers_is_found_on_its_raw_line(repo: Repo, cli: Any) -> None:
    data = message()
    run = scan(repo, cli, data)
    line = next(i for i, raw in enumerate(data.decode().splitlines(), 1) if SENDER in raw)
    assert any(f["line"] == line and "place" not in f for f in _emails(run))


def test_address_split_by_a_soft_line_break_is_found_on_the_line_it_starts(
        repo: Repo, cli: Any) -> None:
    data = message()
    raw_lines = data.decode().splitlines()
    assert not any(IN_BODY in line for line in raw_lines)  # quoted-printable wrapped it
    start = next(i for i, line in enumerate(raw_lines, 1) if line.startswith("The claimant"))
    run = scan(repo, cli, data)
    assert start in {f["line"] for f in _emails(run) if "place" not in f}


def test_attachment_is_extracted_and_named(repo: Repo, cli: Any) -> None:
    run = scan(repo, cli, message())
    assert any(f.get("place") == "attachment claimants.csv" for f in _emails(run))


def test_encoded_word_subject_is_decoded_in_the_header_text() -> None:
    parts = extract(Blob("thread.eml", message()))
    assert isinstance(parts, list)
    head = parts[0]
    assert isinstance(head, Text) and "Claim details \u2013 follow up" in head.text


def test_zip_attachment_is_unpacked_too() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("inner/contacts.txt", f"email {IN_ATTACHMENT}\n")
    msg = EmailMessage()
    msg["Subject"] = "files"
    msg.set_content("see attached\n")
    msg.add_attachment(buf.getvalue(), maintype="application", subtype="zip", filename="b.zip")
    parts = extract(Blob("m.eml", msg.as_bytes()))
    assert isinstance(parts, list)
    [inner] = [p for p in parts if isinstance(p, Text) and IN_ATTACHMENT in p.text]
    assert inner.place == "attachment b.zip!inner/contacts.txt"
    assert inner.path == "m.eml"


def test_broken_attachment_is_reported_not_scanned_and_the_rest_still_is() -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg.set_content("body\n")
    msg.add_attachment(b"PK\x03\x04 not really a zip", maintype="application",
                       subtype="zip", filename="broken.zip")
    parts = extract(Blob("m.eml", msg.as_bytes()))
    assert isinstance(parts, list)
    [problem] = [p for p in parts if isinstance(p, NotScanned)]
    assert problem.path == "m.eml" and problem.reason.startswith("attachment broken.zip: ")
    assert any(isinstance(p, Text) and SENDER in p.text for p in parts)


def test_garbage_named_eml_is_still_scanned(repo: Repo, cli: Any) -> None:
    run = scan(repo, cli, f"no headers at all, just {SENDER}\n".encode())
    assert run.code == 1 and _emails(run)


def _emails(run: Any) -> list[dict[str, Any]]:
    return [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]


def test_address_in_a_subject_folded_over_encoded_words_is_found_whole(
        repo: Repo, cli: Any) -> None:
    # A mailer splits a long non-ASCII subject into encoded words on folded lines, wherever
    # the byte count falls: here through the middle of the address.
    raw = ("From: office@example.com\n"
           "Subject: =?utf-8?q?Claim_\u2013_write_to_k=2Emensah=2E33?=\n"
           " =?utf-8?q?81=40gmail=2Ecom_today?=\n"
           "Date: Mon, 1 Jan 2024 09:00:00 +0000\n\nbody\n")
    run = scan(repo, cli, raw.encode())
    assert [f["line"] for f in _emails(run)] == [2]
    parts = extract(Blob("m.eml", raw.encode()))
    assert isinstance(parts, list) and isinstance(parts[0], Text)
    assert parts[0].text.count("\n") == raw.split("\n\n")[0].count("\n")  # lines kept


def test_sender_of_a_forwarded_message_is_found_and_placed() -> None:
    inner = EmailMessage()
    inner["From"] = f"Kofi Mensah <{SENDER}>"
    inner["Subject"] = "my claim"
    inner.set_content("see below\n")
    outer = EmailMessage()
    outer["From"] = "office@example.com"
    outer["Subject"] = "Fw: my claim"
    outer.set_content("forwarding\n")
    outer.add_attachment(inner)
    parts = extract(Blob("m.eml", outer.as_bytes()))
    assert isinstance(parts, list)
    [head] = [p for p in parts if isinstance(p, Text) and SENDER in p.text]
    assert head.place is not None and head.place.endswith("(message/rfc822) headers")
    assert head.text.splitlines()[0] == f"From: Kofi Mensah <{SENDER}>"


def test_a_body_labelled_base64_but_written_plain_is_read_as_written(repo: Repo,
                                                                     cli: Any) -> None:
    raw = ("From: office@example.com\nContent-Type: text/plain; charset=utf-8\n"
           f"Content-Transfer-Encoding: base64\n\nPlease write to {SENDER} today\n")
    run = scan(repo, cli, raw.encode())
    assert [f["line"] for f in _emails(run)] == [5]
