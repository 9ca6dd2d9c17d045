"""Data files read only as strings, or not at all: Arrow/Feather and ORC are not scanned and
say so; SAS data sets and HDF5 are read as strings unless their data is compressed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, NotScanned, Text

DATA = Path(__file__).parent / "data" / "pydata"  # made by make.py


def parts_of(name: str, data: bytes | None = None) -> list[Text | NotScanned]:
    parts = extract(Blob(name, (DATA / name).read_bytes() if data is None else data))
    assert isinstance(parts, list)
    return parts


@pytest.mark.parametrize(("name", "reason"), [("people.feather", "an Arrow/Feather file"),
                                              ("people.orc", "an ORC file")])
def test_a_columnar_file_is_not_scanned_and_blocks(repo: Repo, cli: Any, name: str,
                                                   reason: str) -> None:
    repo.write(name, (DATA / name).read_bytes())
    run = cli("scan", "--format", "json", name)
    assert run.code != 0
    [problem] = run.json["not_scanned"]
    assert problem["reason"].startswith(reason)


def test_an_uncompressed_hdf5_file_and_sas_data_set_are_read_as_strings() -> None:
    for name in ("people.h5", "people.sas7bdat"):
        parts = parts_of(name)
        assert not any(isinstance(p, NotScanned) for p in parts)
        [text] = parts
        assert isinstance(text, Text) and "marguerite.blythe.5521@gmail.com" in text.text


def test_a_compressed_hdf5_file_is_not_scanned_and_names_its_compression() -> None:
    [problem] = [p for p in parts_of("people-deflate.h5") if isinstance(p, NotScanned)]
    assert problem.reason.startswith("its HDF5 datasets are compressed (deflate)")


def test_a_compressed_sas_data_set_is_not_scanned() -> None:
    data = (DATA / "people.sas7bdat").read_bytes()
    # a data set saved with COMPRESS=YES names its RLE compression in its header pages
    marked = data.replace(b"\0" * 8, b"SASYZCRL", 1)
    [problem] = [p for p in parts_of("people.sas7bdat", marked) if isinstance(p, NotScanned)]
    assert problem.reason.startswith("a compressed SAS data set")
