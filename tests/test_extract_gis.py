"""GIS files: a shapefile's attribute table (.dbf) read value by value under its field
names, Google Earth's .kmz unpacked, and GML, OpenStreetMap and QGIS projects read as XML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import HANDLERS, extract, handler_for, limits
from safecommit.extract.syntax import syntax_for
from safecommit.model import Blob, NotScanned, Text

DATA = Path(__file__).parent / "data" / "gis"  # made by make.py, with pyshp


def test_a_shapefiles_table_gives_each_value_under_its_field_and_record(
        repo: Repo, cli: Any) -> None:
    repo.write("holdings.dbf", (DATA / "holdings.dbf").read_bytes())
    run = cli("scan", "--format", "json", "holdings.dbf")
    assert {(f["type"], f.get("place")) for f in run.json["findings"]} == {
        ("DEFRA_CPH", "record 1 CPH"), ("PERSON", "record 1 OWNER"),
        ("EMAIL_ADDRESS", "record 1 CONTACT"), ("DEFRA_CPH", "record 2 CPH"),
        ("PERSON", "record 2 OWNER")}


def test_dates_read_as_dates_and_empty_values_left_out() -> None:
    parts = extract(Blob("holdings.dbf", (DATA / "holdings.dbf").read_bytes()))
    assert isinstance(parts, list) and isinstance(parts[0], Text)
    lines = parts[0].text.splitlines()
    assert "SURVEYED: 2023-06-14" in lines and "AREA_HA: 40.25" in lines
    assert not any(line.startswith("CONTACT") for line in lines[5:])  # record 2 has none


def table(records: list[bytes], fields: list[tuple[bytes, bytes, int]], count: int | None = None
          ) -> bytes:
    """A dBase III table, as the format lays it out."""
    header = 32 + 32 * len(fields) + 1
    width = 1 + sum(size for _, _, size in fields)
    head = bytes([3, 124, 1, 1]) + (len(records) if count is None else count).to_bytes(4, "little")
    head += header.to_bytes(2, "little") + width.to_bytes(2, "little") + bytes(20)
    for name, kind, size in fields:
        head += name.ljust(11, b"\0") + kind + bytes(4) + bytes([size, 0]) + bytes(14)
    return head + b"\r" + b"".join(b" " + r for r in records) + b"\x1a"


def test_a_deleted_record_is_still_read_and_text_in_the_windows_code_page_too() -> None:
    data = table([b"Sin\xe9ad Byrne "], [(b"NAME", b"C", 13)])
    data = data.replace(b" Sin", b"*Sin")  # the deletion flag
    parts = extract(Blob("old.dbf", data))
    assert isinstance(parts, list) and isinstance(parts[0], Text)
    assert parts[0].text == "NAME: Sin\u00e9ad Byrne"


def test_a_table_cut_short_is_read_as_far_as_its_records_go() -> None:
    data = table([b"Ann Lee   ", b"Bo Kim    "], [(b"NAME", b"C", 10)], count=1000)
    parts = extract(Blob("cut.dbf", data))
    assert isinstance(parts, list) and isinstance(parts[0], Text)
    assert parts[0].text.splitlines() == ["NAME: Ann Lee", "NAME: Bo Kim"]


@pytest.mark.parametrize("data", [
    b"\x03" + bytes(10),                               # too short for a header
    table([b"x"], [(b"NAME", b"C", 10)])[:32] + b"\r",  # no field descriptors
])
def test_a_damaged_table_is_not_scanned(data: bytes) -> None:
    result = extract(Blob("broken.dbf", data))
    assert isinstance(result, NotScanned)
    assert result.reason.startswith("not a readable dBase table")


def test_a_table_over_the_cell_cap_is_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_cells=3))
    result = extract(Blob("big.dbf", table([b"a"] * 5, [(b"NAME", b"C", 1)])))
    assert isinstance(result, NotScanned) and "over the 3 cap" in result.reason


def test_placemarks_in_a_kmz_are_read(repo: Repo, cli: Any) -> None:
    repo.write("fields.kmz", (DATA / "fields.kmz").read_bytes())
    run = cli("scan", "--format", "json", "fields.kmz")
    assert {(f["type"], f.get("place")) for f in run.json["findings"]} == {
        ("PERSON", "doc.kml"), ("PHONE_NUMBER", "doc.kml")}


@pytest.mark.parametrize("name", ["book.xlsb", "guide.epub", "fields.kmz", "project.qgz"])
def test_zips_by_another_name_are_unpacked(name: str) -> None:
    assert handler_for(name) == HANDLERS[".zip"]  # (a Visio drawing has a reader of its own)


@pytest.mark.parametrize(("name", "syntax"), [
    ("parcels.gml", "xml"), ("extract.osm", "xml"), ("project.qgs", "xml"),
    ("boundaries.topojson", "json"), ("sites.kml", "xml"), ("route.gpx", "xml"),
])
def test_gis_text_formats_are_read_in_their_own_syntax(name: str, syntax: str) -> None:
    assert syntax_for(name) == syntax
