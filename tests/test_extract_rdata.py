"""R's saved objects (.rds, .RData): read, never evaluated, each string under its name, so a
data frame's value is judged by its column; a file the reader cannot follow is read as
its strings."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, NotScanned, Text

DATA = Path(__file__).parent / "data" / "rdata"  # made by make.R, with R


def text_of(name: str, data: bytes | None = None) -> Text:
    parts = extract(Blob(name, (DATA / name).read_bytes() if data is None else data))
    assert isinstance(parts, list)
    [text] = parts
    assert isinstance(text, Text)
    return text


@pytest.mark.parametrize("name", ["people.rds", "people-xz.rds", "people-plain.rds"])
def test_a_data_frames_values_are_read_under_their_columns(repo: Repo, cli: Any,
                                                           name: str) -> None:
    text = text_of(name)
    lines = text.text.splitlines()
    assert lines[:3] == ["fullname: Marguerite Okonkwo-Blythe", "fullname: Ann Other",
                         "fullname label: Claimant name"]
    assert "team: Uplands" in lines  # a factor's levels
    assert (0, "fullname[1]") in text.spans
    repo.write(name, (DATA / name).read_bytes())
    run = cli("scan", "--format", "json", name)
    assert {("PERSON", "fullname[1]"), ("EMAIL_ADDRESS", "email[1]"),
            ("PHONE_NUMBER", "mobile[1]"), ("UK_NINO", "ni[1]")} <= {
        (f["type"], f.get("place")) for f in run.json["findings"]}


def test_an_rdata_file_names_each_saved_object_and_leaves_code_names_out() -> None:
    text = text_of("case.RData")
    lines = text.text.splitlines()
    assert "officer: Marguerite Okonkwo-Blythe" in lines and "notes: rang 07723 481093" in lines
    places = [where for _, where in text.spans]
    assert "people$email[1]" in places and "case$officer" in places
    assert not any(line.startswith("seen") for line in lines)  # a function's argument names


def test_a_file_the_reader_cannot_follow_is_read_as_its_strings() -> None:
    plain = (DATA / "people-plain.rds").read_bytes()
    cut = gzip.compress(plain[:-200] + b"\x00\x00\x00\x15 marguerite.blythe.5521@gmail.com ")
    text = text_of("cut.rds", cut)
    assert text.place == "binary strings" and "marguerite.blythe.5521@gmail.com" in text.text


def test_a_damaged_compressed_file_is_not_scanned() -> None:
    data = (DATA / "people.rds").read_bytes()
    assert isinstance(extract(Blob("people.rds", data[:40])), NotScanned)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_a_reporting_services_data_source_is_read_as_xml(repo: Repo, cli: Any,
                                                         encoding: str) -> None:
    source = ('<?xml version="1.0" encoding="utf-8"?>\n<RptDataSource Name="Claims">\n'
              "  <ConnectionProperties>\n    <Extension>SQL</Extension>\n"
              "    <ConnectString>Data Source=sqlclaims;Initial Catalog=Claims</ConnectString>\n"
              "    <UserName>claims_reader</UserName>\n"
              "    <Password>Fk8rQz2mWv7tLp4x</Password>\n"
              "  </ConnectionProperties>\n</RptDataSource>\n")
    text = text_of("Claims.rds", source.encode(encoding))
    assert text.syntax == "xml" and text.text.splitlines()[6].strip().startswith("<Password>")
    repo.write("reports/Claims.rds", source.encode(encoding))
    run = cli("scan", "--format", "json", "reports/Claims.rds")
    assert ("PASSWORD", 7) in {(f["type"], f["line"]) for f in run.json["findings"]}
