"""Statistics packages' data sets (Stata .dta, SAS .xpt): each text value is read under its
variable's name, where the file's own strings run one value into the next."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract, limits
from safecommit.model import Blob, NotScanned, Text

DATA = Path(__file__).parent / "data" / "stats"  # made by make.py, with pandas and pyreadstat


def read(name: str) -> Text:
    parts = extract(Blob(name, (DATA / name).read_bytes()))
    assert isinstance(parts, list)
    [text] = parts
    assert isinstance(text, Text)
    return text


@pytest.mark.parametrize("name", ["people114.dta", "people118.dta", "people8.xpt",
                                  "people5.xpt"])
def test_each_text_value_is_read_under_its_variable(name: str) -> None:
    text = read(name)
    lines = text.text.splitlines()
    assert "fullname: Marguerite Okonkwo-Blythe" in lines
    assert "email: marguerite.blythe.5521@gmail.com" in lines
    assert "fullname: Ann Other" in lines
    if not name.startswith("people5"):  # a version 5 transport file: 8-character names
        assert "mobile: 07723 481093" in lines and "ni: JT 48 29 17 D" in lines
    assert (lines.index("email: marguerite.blythe.5521@gmail.com"), "row 1 email") in [
        (n, where) for n, (_, where) in enumerate(text.spans)]


def test_a_stata_long_string_is_read_under_its_variable() -> None:
    lines = read("people118.dta").text.splitlines()
    assert any(line.startswith("notes: Spoke to her on 07723 481093") for line in lines)


@pytest.mark.parametrize("name", ["people114.dta", "people118.dta", "people8.xpt"])
def test_every_planted_value_is_found_in_its_row_and_column(repo: Repo, cli: Any,
                                                            name: str) -> None:
    repo.write(name, (DATA / name).read_bytes())
    run = cli("scan", "--format", "json", name)
    found = {(f["type"], f.get("place")) for f in run.json["findings"]}
    assert {("PERSON", "row 1 fullname"), ("EMAIL_ADDRESS", "row 1 email"),
            ("PHONE_NUMBER", "row 1 mobile"), ("UK_NINO", "row 1 ni")} <= found


@pytest.mark.parametrize("name", ["people114.dta", "people8.xpt"])
def test_a_damaged_data_set_is_not_scanned(name: str) -> None:
    data = (DATA / name).read_bytes()
    result = extract(Blob(name, data[:150]))
    assert isinstance(result, NotScanned)
    assert result.reason.startswith("not a readable")


def test_a_data_set_over_the_cell_cap_is_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_cells=3))
    result = extract(Blob("people114.dta", (DATA / "people114.dta").read_bytes()))
    assert isinstance(result, NotScanned) and "cap" in result.reason


@pytest.mark.parametrize("name", ["people.sav", "notes-bytecode.sav", "notes.zsav"])
def test_spss_cases_are_read_under_their_variables_however_compressed(
        repo: Repo, cli: Any, name: str) -> None:
    lines = read(name).text.splitlines()
    assert "fullname: Marguerite Okonkwo-Blythe" in lines and "ni: JT 48 29 17 D" in lines
    if name != "people.sav":  # a text over 255 bytes: segments read back as one value
        [notes] = [line for line in lines if line.startswith("notes: Spoke")]
        assert notes.count("07723 481093") == 60
    repo.write(name, (DATA / name).read_bytes())
    run = cli("scan", "--format", "json", name)
    assert {("PERSON", "case 1 fullname"), ("EMAIL_ADDRESS", "case 1 email"),
            ("PHONE_NUMBER", "case 1 mobile"), ("UK_NINO", "case 1 ni")} <= {
        (f["type"], f.get("place")) for f in run.json["findings"]}


def test_spss_labels_are_read_too() -> None:
    text = read("people.sav")
    lines = text.text.splitlines()
    assert "fullname label: Claimant" in lines
    assert "value label: Seen by Marguerite Okonkwo-Blythe" in lines


def test_a_damaged_spss_file_is_not_scanned() -> None:
    data = (DATA / "people.sav").read_bytes()
    result = extract(Blob("people.sav", data[:300]))
    assert isinstance(result, NotScanned) and result.reason.startswith("not a readable SPSS")


def test_an_spss_portable_file_is_read_across_its_80_character_lines(repo: Repo,
                                                                      cli: Any) -> None:
    text = read("people.por")
    lines = text.text.splitlines()
    assert "FULLNAME label: Claimant" in lines
    # the file wraps every 80 characters, here within the name
    assert "FULLNAME: Marguerite Okonkwo-Blythe" in lines
    repo.write("people.por", (DATA / "people.por").read_bytes())
    run = cli("scan", "--format", "json", "people.por")
    assert {("PERSON", "case 1 FULLNAME"), ("EMAIL_ADDRESS", "case 1 EMAIL"),
            ("PHONE_NUMBER", "case 1 MOBILE"), ("UK_NINO", "case 1 NI")} <= {
        (f["type"], f.get("place")) for f in run.json["findings"]}


def test_a_damaged_portable_file_is_not_scanned() -> None:
    data = (DATA / "people.por").read_bytes()
    result = extract(Blob("people.por", data[:700]))
    assert isinstance(result, NotScanned) and result.reason.startswith("not a readable SPSS")
