"""Archives: members are scanned like files, recursively, within caps (zip bombs)."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile
import tracemalloc
import zipfile
from typing import Any

import pytest

from conftest import Repo, zipped
from safecommit.config import Config
from safecommit.extract import extract, handler_for, limits, stream
from safecommit.model import Blob, NotScanned, Text
from safecommit.scan import scan_blob

EMAIL = "i.musa.7788@gmail.com"



def tarred(members: dict[str, bytes], mode: str = "w:gz") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def scan(repo: Repo, cli: Any, name: str, data: bytes) -> Any:
    repo.write(name, data)
    return cli("scan", "--format", "json", name)


def test_member_finding_points_at_the_archive_and_names_the_member(repo: Repo, cli: Any) -> None:
    data = zipped({"exports/users.csv": f"name,email\nIfe,{EMAIL}\n", "README.md": "hello\n"})
    run = scan(repo, cli, "bundle.zip", data)
    assert run.code == 1
    [found] = [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]
    assert (found["path"], found["place"], found["line"]) == ("bundle.zip", "exports/users.csv", 2)


def test_a_java_web_archive_is_read_as_a_zip(repo: Repo, cli: Any) -> None:
    data = zipped({"WEB-INF/classes/contacts.properties": f"support.email={EMAIL}\n"})
    run = scan(repo, cli, "claims.war", data)
    assert run.code == 1
    [found] = run.json["findings"]
    assert (found["type"], found["place"]) == ("EMAIL_ADDRESS",
                                               "WEB-INF/classes/contacts.properties")


def test_members_are_read_by_their_own_type() -> None:
    notebook = ('{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], '
                f'"source": ["x = \'{EMAIL}\'"]}}], "metadata": {{}}, "nbformat": 4, '
                '"nbformat_minor": 5}')
    parts = extract(Blob("b.zip", zipped({"nb/a.ipynb": notebook})))
    assert isinstance(parts, list)
    [cell] = [p for p in parts if isinstance(p, Text) and EMAIL in p.text]
    assert (cell.place, cell.syntax) == ("nb/a.ipynb, cell 1", "python")


def test_nested_archives_are_read_through(repo: Repo, cli: Any) -> None:
    inner = tarred({"deep/notes.txt": f"mail {EMAIL}\n".encode()})
    outer = zipped({"inner/data.tar.gz": inner})
    run = scan(repo, cli, "bundle.zip", outer)
    assert [f["place"] for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"] == \
        ["inner/data.tar.gz!deep/notes.txt"]


@pytest.mark.parametrize(("name", "data"), [
    ("dump.tar", tarred({"a/b.txt": f"{EMAIL}\n".encode()}, mode="w")),
    ("dump.tgz", tarred({"a/b.txt": f"{EMAIL}\n".encode()})),
    ("dump.tar.gz", tarred({"a/b.txt": f"{EMAIL}\n".encode()})),
    ("app.log.gz", gzip.compress(f"boot\nuser {EMAIL}\n".encode())),
    ("dump.tar.bz2", tarred({"a/b.txt": f"{EMAIL}\n".encode()}, mode="w:bz2")),
    ("dump.tar.xz", tarred({"a/b.txt": f"{EMAIL}\n".encode()}, mode="w:xz")),
    ("dump.txz", tarred({"a/b.txt": f"{EMAIL}\n".encode()}, mode="w:xz")),
    ("app.log.bz2", bz2.compress(f"boot\nuser {EMAIL}\n".encode())),
    ("app.log.xz", lzma.compress(f"boot\nuser {EMAIL}\n".encode())),
    ("app.log.lzma", lzma.compress(f"boot\nuser {EMAIL}\n".encode(), format=lzma.FORMAT_ALONE)),
], ids=["tar", "tgz", "tar.gz", "gz", "tar.bz2", "tar.xz", "txz", "bz2", "xz", "lzma"])
def test_tar_and_gzip_members_are_scanned(repo: Repo, cli: Any, name: str, data: bytes) -> None:
    run = scan(repo, cli, name, data)
    assert run.code == 1
    [found] = [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]
    assert found["path"] == name
    assert found["place"] in ("a/b.txt", "app.log")


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress],
                         ids=["gzip", "bzip2", "xz"])
def test_a_compressed_file_is_opened_whatever_its_name(repo: Repo, cli: Any,
                                                        compress: Any) -> None:
    run = scan(repo, cli, "exports/claimants.dat", compress(f"id,email\n7,{EMAIL}\n".encode()))
    assert run.code == 1
    [found] = run.json["findings"]
    assert (found["type"], found["line"], found["place"]) == ("EMAIL_ADDRESS", 2,
                                                             "claimants.dat")


@pytest.mark.parametrize(("magic", "kind"), [
    (b"7z\xbc\xaf\x27\x1c\x00\x04", "7-Zip"),
    (b"Rar!\x1a\x07\x01\x00", "RAR"),
    (b"\x28\xb5\x2f\xfd\x24\x00", "Zstandard"),
    (b"\x04\x22\x4d\x18\x64\x40", "LZ4"),
])
def test_an_archive_that_cannot_be_opened_is_not_scanned_and_blocks(
        repo: Repo, cli: Any, magic: bytes, kind: str) -> None:
    # Whatever it is called, and though its bytes hold text that reads as clean.
    run = scan(repo, cli, "backup.bin", magic + b"\x00" * 64 + b"nothing to see here\n")
    assert run.code == 2
    [skipped] = run.json["not_scanned"]
    assert skipped["path"] == "backup.bin"
    assert skipped["reason"].startswith(f"a {kind} archive, which safecommit cannot open")


def test_an_archive_that_cannot_be_opened_inside_a_zip_names_the_member() -> None:
    parts = extract(Blob("b.zip", zipped({"old/site.7z": b"7z\xbc\xaf\x27\x1c" + b"\x00" * 32,
                                          "notes.txt": "fine\n"})))
    assert isinstance(parts, list)
    [skipped] = [p for p in parts if isinstance(p, NotScanned)]
    assert skipped.reason.startswith("old/site.7z: a 7-Zip archive")
    assert any(isinstance(p, Text) and p.text == "fine\n" for p in parts)


def test_zip_bomb_stops_early_and_blocks(repo: Repo, cli: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_expanded=1024 * 1024))
    bomb = zipped({"zeros.txt": b"\0" * (8 * 1024 * 1024)})
    assert len(bomb) < 20_000
    run = scan(repo, cli, "bomb.zip", bomb)
    assert run.code == 2
    assert "unpacks to more than 1 MiB" in run.json["not_scanned"][0]["reason"]


def test_bomb_spread_over_members_is_capped_in_total(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_expanded=1024 * 1024))
    bomb = zipped({f"part{i}.txt": b"a" * 300_000 for i in range(5)})
    result = extract(Blob("bomb.zip", bomb))
    assert isinstance(result, NotScanned) and "a zip bomb?" in result.reason


def test_too_many_members_is_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_members=10))
    result = extract(Blob("many.zip", zipped({f"f{i}.txt": "x" for i in range(11)})))
    assert isinstance(result, NotScanned) and "over the 10 cap" in result.reason


def test_nesting_too_deep_is_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_depth=2))
    data = zipped({"x.txt": "x"})
    for level in range(3):
        data = zipped({f"level{level}.zip": data})
    result = extract(Blob("deep.zip", data))
    assert isinstance(result, list)
    [problem] = result
    assert isinstance(problem, NotScanned) and problem.path == "deep.zip"
    assert problem.reason.startswith("level2.zip!level1.zip: nested more than 2 deep")


def test_encrypted_member_is_not_scanned_but_the_others_are(repo: Repo, cli: Any) -> None:
    data = bytearray(zipped({"secret.txt": "hidden", "open.txt": f"{EMAIL}\n"}))
    # Set the "encrypted" flag on the first member, as a password-protected zip has it.
    for header in (b"PK\x03\x04", b"PK\x01\x02"):
        at = data.find(header)
        flag_at = at + (6 if header == b"PK\x03\x04" else 8)
        data[flag_at] |= 0x1
    run = scan(repo, cli, "mixed.zip", bytes(data))
    assert run.code == 2  # fail closed: one member could not be read
    assert run.json["not_scanned"][0]["reason"].startswith("secret.txt: encrypted")
    assert [f["place"] for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"] == \
        ["open.txt"]


def test_damaged_member_is_named_in_the_reason(repo: Repo, cli: Any) -> None:
    run = scan(repo, cli, "b.zip", zipped({"docs/a.pdf": b"%PDF-1.4 broken", "ok.txt": "ok"}))
    assert run.code == 2
    assert run.json["not_scanned"][0]["reason"].startswith("docs/a.pdf: not a readable PDF")


@pytest.mark.parametrize(("name", "data"), [
    ("b.zip", lambda: zipped({"a.txt": EMAIL})[:-30]),
    ("b.zip", lambda: b"PK\x03\x04" + b"\xff" * 64),
    ("b.tar.gz", lambda: tarred({"a.txt": b"x"})[:20]),
    ("b.gz", lambda: b"\x1f\x8b\x08\x00" + b"\x00" * 12),
    ("b.tar", lambda: b"not a tar file at all\n" * 40),
    ("b.bz2", lambda: bz2.compress(b"x" * 100)[:20]),
    ("b.xz", lambda: lzma.compress(b"x" * 100)[:20]),
    ("b.xz", lambda: b"plain text, not xz\n"),
], ids=["zip-truncated", "zip-garbage", "tgz-truncated", "gz-garbage", "tar-garbage",
        "bz2-truncated", "xz-truncated", "xz-not-xz"])
def test_damaged_archive_is_not_scanned_and_blocks(repo: Repo, cli: Any, name: str,
                                                   data: Any) -> None:
    run = scan(repo, cli, name, data())
    assert run.code == 2
    [skipped] = run.json["not_scanned"]
    assert skipped["path"] == name
    assert skipped["reason"].startswith("not a readable archive (")
    # One line, though tarfile's own message has a line for every method it tried.
    assert "\n" not in skipped["reason"]


def test_a_reason_is_always_one_line() -> None:
    assert NotScanned("a.bin", "could not read:\n- first\r\n- second").reason == \
        "could not read: - first - second"


def test_longest_suffix_picks_the_handler() -> None:
    assert handler_for("x/data.tar.gz") == handler_for("a.zip") == "safecommit.extract.archive"
    assert handler_for("x/data.tar.xz") == handler_for("dump.sql.bz2") == \
        "safecommit.extract.archive"
    assert handler_for("README.md") is None


# --- streaming: a scan holds one member's texts at a time --------------------------------


def test_streamed_parts_are_the_extracted_parts() -> None:
    data = zipped({"a/users.csv": f"name,email\nIfe,{EMAIL}\n", "b.zip": zipped({"c.txt": "c"}),
                   "README.md": "hello\n"})
    extracted = extract(Blob("bundle.zip", data))
    assert isinstance(extracted, list)
    assert list(stream(Blob("bundle.zip", data))) == extracted


def test_a_file_that_cannot_be_read_streams_one_not_scanned() -> None:
    [problem] = stream(Blob("b.zip", b"PK\x03\x04" + b"\xff" * 64))
    assert isinstance(problem, NotScanned) and problem.path == "b.zip"
    assert extract(Blob("b.zip", b"PK\x03\x04" + b"\xff" * 64)) == problem


def test_a_cap_reached_partway_keeps_what_was_read_and_blocks(
        repo: Repo, cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_expanded=1024 * 1024))
    data = zipped({"first.csv": f"name,email\nIfe,{EMAIL}\n",
                   **{f"part{i}.txt": b"a" * 300_000 for i in range(5)}})
    *read, problem = stream(Blob("bomb.zip", data))
    assert isinstance(problem, NotScanned) and "a zip bomb?" in problem.reason
    assert any(isinstance(p, Text) and EMAIL in p.text for p in read)
    run = scan(repo, cli, "bomb.zip", data)
    assert run.code == 2  # fail closed: the file was not fully scanned
    assert [f["place"] for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"] == \
        ["first.csv"]


def _peak_scanning(members: int, member: bytes) -> int:
    data = zipped({f"logs/day{i}.log": member for i in range(members)})
    tracemalloc.start()
    try:
        findings, problems = scan_blob(Blob("logs.zip", data), Config(), b"salt")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (findings, problems) == ([], [])
    return peak


def test_a_scan_holds_one_member_at_a_time() -> None:
    member = ("note: nothing to see here, just prose and numbers 12345\n" * 4_000).encode()
    _peak_scanning(1, member)  # imports and compiled patterns are not what is measured
    few, many = _peak_scanning(2, member), _peak_scanning(8, member)
    # Read all at once, six more members would hold six more copies of the text.
    assert many < few + 2 * len(member), (few, many, len(member))


def test_a_visio_drawings_author_is_read_as_a_property_not_raw_xml() -> None:
    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            "<dc:creator>Chidi Eze</dc:creator></cp:coreProperties>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("visio/pages/page1.xml", "<PageContents><Text>Site plan</Text></PageContents>")
        zf.writestr("docProps/core.xml", core)
    parts = extract(Blob("plan.vsdx", buf.getvalue()))
    assert isinstance(parts, list)
    found = {p.place: p.text for p in parts if isinstance(p, Text)}
    assert found == {"page 1": "Site plan", "document properties": "author: Chidi Eze"}


@pytest.mark.parametrize("name", ["plan.vsdx", "places.kmz", "book.epub", "sheet.xlsb"])
def test_a_damaged_zip_by_another_name_says_it_is_not_a_zip(name: str) -> None:
    result = extract(Blob(name, b"PK\x05"))
    assert isinstance(result, NotScanned)
    assert result.reason == "not a readable archive (BadZipFile: File is not a zip file)"


def test_a_zips_comments_are_read_as_texts_of_their_own(repo: Repo, cli: Any) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        member = zipfile.ZipInfo("visits.csv")
        member.comment = f"queries to {EMAIL}".encode()
        zf.writestr(member, "visit,outcome\nV1,closed\n")
        zf.comment = b"OFFICIAL-SENSITIVE - visits exported for the audit"
    run = scan(repo, cli, "exports/visits.zip", buf.getvalue())
    assert {(f["type"], f["place"]) for f in run.json["findings"]} == {
        ("PROTECTIVE_MARKING", "zip comment"), ("EMAIL_ADDRESS", "visits.csv comment")}
