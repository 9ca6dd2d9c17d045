"""Parquet files: each text, whole-number and date value under its column's name, from
Snappy, gzip and uncompressed pages, dictionary or plain, data pages v1 and v2; a codec
that cannot be read says which columns went unchecked; a damaged file is not scanned."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.parquet import snappy
from safecommit.model import Blob, NotScanned, Text

DATA = Path(__file__).parent / "data" / "parquet"  # made by make.py, with pyarrow
PEOPLE = {("PERSON", "column full_name"), ("EMAIL_ADDRESS", "column email"),
          ("UK_NHS", "column nhs_number"), ("DATE_OF_BIRTH", "column date_of_birth")}


def scan(repo: Repo, cli: Any, name: str, data: bytes) -> Any:
    repo.write(name, data)
    return cli("scan", "--format", "json", name)


def read(name: str, data: bytes | None = None) -> Text:
    parts = extract(Blob(name, data if data is not None else (DATA / name).read_bytes()))
    assert isinstance(parts, list)
    texts = [p for p in parts if isinstance(p, Text)]
    assert len(texts) == 1 and not [p for p in parts if isinstance(p, NotScanned)]
    return texts[0]


@pytest.mark.parametrize("name", [
    "people.snappy.parquet",  # pandas' and Spark's default: Snappy, dictionary pages
    "people.gzip.parquet",    # gzip, no dictionary, data page v2
    "people.plain.parquet",   # uncompressed, no dictionary, data page v1
])
def test_personal_data_in_each_column_is_found_under_the_columns_name(
        repo: Repo, cli: Any, name: str) -> None:
    run = scan(repo, cli, name, (DATA / name).read_bytes())
    assert {(f["type"], f.get("place")) for f in run.json["findings"]} == PEOPLE
    assert run.code == 1


def test_values_are_read_as_the_table_holds_them() -> None:
    text = read("people.snappy.parquet")
    assert text.text.splitlines() == [
        "full_name: Rhiannon Evans", "full_name: Callum MacLeod", "full_name: Oluwaseun Adeyemi",
        "email: r.evans.1987@outlook.com", "email: ops@example.gov.uk",
        "email: seun.adeyemi@gmail.com",
        "nhs_number: 9434765919", "nhs_number: 4010232137", "nhs_number: 9434765870",
        "date_of_birth: 1987-03-14", "date_of_birth: 1990-11-02", "date_of_birth: 1979-06-30"]
    # Scores and timestamps name no one: not read.
    assert "score" not in text.text and "seen" not in text.text


def test_a_list_column_is_read_under_its_own_name() -> None:
    assert read("nested.parquet").text.splitlines() == ["aliases: Rhi Evans", "aliases: R. Evans"]


def test_snappy_back_references_that_overlap_what_they_write_are_decoded() -> None:
    # 5,000 values, seven distinct: Snappy packs them as copies of what came just before.
    assert read("many.parquet").text.splitlines() == [
        f"contact: farm-{n}@example.com" for n in range(7)]


def test_a_codec_that_cannot_be_read_says_which_columns_were_not_checked(
        repo: Repo, cli: Any) -> None:
    parts = extract(Blob("people.zstd.parquet", (DATA / "people.zstd.parquet").read_bytes()))
    assert isinstance(parts, list)
    assert [p.reason for p in parts if isinstance(p, NotScanned)] == [
        "compressed with zstd, which safecommit cannot read, so these columns were not "
        "checked: full_name, email, nhs_number, date_of_birth"]
    run = scan(repo, cli, "people.zstd.parquet", (DATA / "people.zstd.parquet").read_bytes())
    assert run.code != 0 and run.json["not_scanned"]


def test_a_parquet_file_is_known_by_its_bytes_whatever_its_name() -> None:
    # Spark writes part-00000-… files; a download may lose its suffix.
    data = (DATA / "people.snappy.parquet").read_bytes()
    assert read("part-00000", data).place == "Parquet data"


@pytest.mark.parametrize("data", [
    b"PAR1" + b"\x00" * 20 + b"PAR1",                                  # a footer of nothing
    b"PAR1" + b"\x15\x00" * 4 + (9999).to_bytes(4, "little") + b"PAR1",  # longer than the file
])
def test_a_damaged_parquet_file_is_not_scanned(data: bytes) -> None:
    result = extract(Blob("broken.parquet", data))
    assert isinstance(result, NotScanned)
    assert result.reason.startswith("not a readable Parquet file")


def test_a_truncated_parquet_file_is_not_scanned(repo: Repo, cli: Any) -> None:
    data = (DATA / "people.plain.parquet").read_bytes()
    cut = data[:200] + data[-400:]  # the footer points at pages that are gone
    run = scan(repo, cli, "cut.parquet", cut)
    assert run.code != 0
    assert run.json["not_scanned"][0]["reason"].startswith("not a readable Parquet file")


def test_too_many_values_are_over_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_cells=100))
    result = extract(Blob("many.parquet", (DATA / "many.parquet").read_bytes()))
    assert isinstance(result, NotScanned) and "over the cap" in result.reason


@pytest.mark.parametrize(("packed", "plain"), [
    (b"\x05\x10hello", b"hello"),                  # one literal
    (b"\x08\x08abc" + b"\x05\x03", b"abcabcab"),   # a copy that overlaps what it writes
    (b"\x06\x04ab" + b"\x0e\x02\x00", b"ababab"),  # a copy with a two-byte offset
])
def test_snappy_literals_and_copies(packed: bytes, plain: bytes) -> None:
    assert snappy(packed, 1 << 20) == plain


def test_snappy_claiming_more_than_the_cap_is_refused_before_it_is_unpacked() -> None:
    with pytest.raises(ExtractError, match="a zip bomb"):
        snappy(b"\xff\xff\xff\xff\x0f" + b"\x00", 1 << 20)
