"""Avro container files: records read through their own schema, value by value under their
fields' names, whatever the codec safecommit can undo; one it cannot is not scanned."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, NotScanned, Text

DATA = Path(__file__).parent / "data" / "avro"  # made by make.py, with fastavro


@pytest.mark.parametrize("codec", ["null", "deflate"])
def test_each_string_is_read_under_its_field_and_record(repo: Repo, cli: Any,
                                                        codec: str) -> None:
    name = f"claimants-{codec}.avro"
    parts = extract(Blob(name, (DATA / name).read_bytes()))
    assert isinstance(parts, list)
    [text] = parts
    assert isinstance(text, Text)
    lines = text.text.splitlines()
    assert lines[:6] == ["fullname: Marguerite Okonkwo-Blythe",
                         "contact.email: marguerite.blythe.5521@gmail.com",
                         "contact.mobile: 07723 481093", "ni: JT 48 29 17 D", "status: OPEN",
                         "notes: called back"]
    assert "fullname: Ann Other" in lines
    repo.write(name, (DATA / name).read_bytes())
    run = cli("scan", "--format", "json", name)
    assert {("PERSON", "record 1 fullname"), ("EMAIL_ADDRESS", "record 1 contact.email"),
            ("PHONE_NUMBER", "record 1 contact.mobile"), ("UK_NINO", "record 1 ni")} <= {
        (f["type"], f.get("place")) for f in run.json["findings"]}


def test_a_codec_safecommit_cannot_undo_is_not_scanned_and_says_so() -> None:
    data = (DATA / "claimants-null.avro").read_bytes()
    snappy = data.replace(b"\x08null", b"\x0csnappy", 1)  # the codec named in the header
    result = extract(Blob("c.avro", snappy))
    assert isinstance(result, NotScanned)
    assert result.reason.startswith("its records are snappy-compressed")


@pytest.mark.parametrize("cut", [3, 40, -30])
def test_a_damaged_file_is_not_scanned(cut: int) -> None:
    data = (DATA / "claimants-deflate.avro").read_bytes()
    result = extract(Blob("c.avro", data[:cut]))
    assert isinstance(result, NotScanned)
