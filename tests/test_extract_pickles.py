"""Pickles and NumPy arrays: read as their instructions and cells, never loaded, so text
stored four bytes a character or run together in a buffer is read value by value."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, NotScanned, Text

DATA = Path(__file__).parent / "data" / "pydata"  # made by make.py, with numpy and pandas
PLANTED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "UK_NINO"}


def texts(name: str, data: bytes) -> list[Text]:
    parts = extract(Blob(name, data))
    assert isinstance(parts, list)
    return [p for p in parts if isinstance(p, Text)]


@pytest.mark.parametrize("name", ["people.npy", "objects.npy", "people.npz", "frame.pkl"])
def test_every_planted_value_is_found(repo: Repo, cli: Any, name: str) -> None:
    repo.write(name, (DATA / name).read_bytes())
    run = cli("scan", "--format", "json", name)
    assert {f["type"] for f in run.json["findings"]} >= PLANTED


def test_a_text_array_names_each_item_and_a_table_each_row_and_column() -> None:
    [text] = texts("people.npy", (DATA / "people.npy").read_bytes())
    assert "value: marguerite.blythe.5521@gmail.com" in text.text.splitlines()
    assert (33, "item 2") in text.spans
    [table] = texts("records.npy", (DATA / "records.npy").read_bytes())
    assert table.text.splitlines() == ["fullname: Marguerite Okonkwo-Blythe",
                                       "email: marguerite.blythe.5521@gmail.com"]
    assert [where for _, where in table.spans] == ["row 1 fullname", "row 1 email"]


def test_an_array_of_numbers_gives_nothing_to_read() -> None:
    assert texts("numbers.npy", (DATA / "numbers.npy").read_bytes()) == []


def test_a_pandas_string_column_is_split_value_by_value() -> None:
    [text] = texts("frame.pkl", (DATA / "frame.pkl").read_bytes())
    lines = text.text.splitlines()
    assert "Marguerite Okonkwo-Blythe" in lines and "07723 481093" in lines


RAN: list[str] = []


def _boom() -> None:
    RAN.append("loaded")


class Hostile:
    """Runs ``_boom`` when unpickled."""

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return _boom, ()


@pytest.mark.parametrize("protocol", [0, 2, 4, 5])
def test_a_dicts_keys_name_its_values_and_nothing_is_run(protocol: int) -> None:
    record = {"fullname": "Marguerite Okonkwo-Blythe", "ni": "JT 48 29 17 D",
              "tags": [b"raw bytes here"], "payload": Hostile()}
    data = pickle.dumps(record, protocol=protocol)
    [text] = texts("record.pkl", data)
    lines = text.text.splitlines()
    assert "fullname: Marguerite Okonkwo-Blythe" in lines and "ni: JT 48 29 17 D" in lines
    assert RAN == []


def test_a_damaged_array_is_not_scanned() -> None:
    assert isinstance(extract(Blob("x.npy", b"\x93NUMPY\x01\x00\x10\x00{'descr': <U")),
                      NotScanned)
    assert isinstance(extract(Blob("x.npy", b"not numpy")), NotScanned)


def test_bytes_after_a_pickle_are_read_as_strings() -> None:
    data = pickle.dumps({"a": 1}) + b"\x00\x01 marguerite.blythe.5521@gmail.com \x00"
    [text] = texts("model.pkl", data)
    assert "marguerite.blythe.5521@gmail.com" in text.text


@pytest.mark.parametrize("codec", ["none", "zlib", "gzip", "bz2", "xz"])
def test_a_joblib_file_is_read_as_its_pickle_compressed_or_not(repo: Repo, cli: Any,
                                                             codec: str) -> None:
    import bz2
    import gzip
    import lzma
    import zlib

    model = {"trained_by": "Marguerite Okonkwo-Blythe",
             "contact": "marguerite.blythe.5521@gmail.com", "weights": [0.25, 0.5]}
    raw = pickle.dumps(model, protocol=4)
    packed = {"none": raw, "zlib": zlib.compress(raw), "gzip": gzip.compress(raw),
              "bz2": bz2.compress(raw), "xz": lzma.compress(raw)}[codec]
    repo.write("model.joblib", packed)
    run = cli("scan", "--format", "json", "model.joblib")
    assert {f["type"] for f in run.json["findings"]} == {"PERSON", "EMAIL_ADDRESS"}


def test_a_joblib_file_that_cannot_be_unpacked_is_not_scanned() -> None:
    import zlib

    lz4 = b"\x04\x22\x4d\x18" + bytes(40)
    broken = zlib.compress(pickle.dumps({"a": "b"}))[:-6] + b"\x00" * 6
    for data in (lz4, broken):
        assert isinstance(extract(Blob("model.joblib", data)), NotScanned)


def test_a_protocol_0_pickle_that_opens_like_a_zlib_header_is_read_as_it_is() -> None:
    # "(S" is MARK then STRING, and also a valid zlib header: only a .joblib is unpacked
    data = b"(S'marguerite.blythe.5521@gmail.com'\np0\ntp1\n."
    assert (data[0] << 8 | data[1]) % 31 == 0
    [text] = texts("legacy.pkl", data)
    assert "marguerite.blythe.5521@gmail.com" in text.text
