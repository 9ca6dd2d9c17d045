"""Reading files from disk: every byte, whatever the file did since it was measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from safecommit.model import Blob, NotScanned, OnDisk
from safecommit.source import _read_all, disk_blobs, disk_files, read


@pytest.mark.parametrize(("content", "measured"), [
    (b"", 0),  # empty
    (b"abc", 3),  # as measured
    (b"grew since it was measured" * 100_000, 10),  # read to the end, past the first read
    (b"shrank", 600),  # fewer bytes than measured
])
def test_a_file_is_read_whole_whatever_its_measured_size(tmp_path: Path, content: bytes,
                                                           measured: int) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(content)
    assert _read_all(str(path), measured) == content


def test_a_folder_is_read_file_by_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_bytes(b"alpha\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.bin").write_bytes(bytes(range(256)))
    monkeypatch.chdir(tmp_path)
    found = {b.path: b.data for b in disk_blobs(["."]) if isinstance(b, Blob)}
    assert found == {"a.txt": b"alpha\n", "sub/b.bin": bytes(range(256))}


def test_a_scan_of_a_folder_measures_files_and_reads_each_when_it_is_scanned(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_bytes(b"alpha\n")
    (tmp_path / "big.txt").write_bytes(b"x" * 50)
    (tmp_path / "link").symlink_to("a.txt")
    monkeypatch.chdir(tmp_path)
    found = {item.path: item for item in disk_files(["."], max_bytes=20)}
    assert found["a.txt"] == OnDisk("a.txt", str(tmp_path / "a.txt"), 6)
    assert found["link"] == Blob("link", b"a.txt")  # a link is its target's name
    assert isinstance(found["big.txt"], NotScanned)
    (tmp_path / "a.txt").write_bytes(b"alpha, changed since\n")
    assert read(found["a.txt"]) == Blob("a.txt", b"alpha, changed since\n")  # type: ignore[arg-type]
    (tmp_path / "a.txt").unlink()
    assert read(found["a.txt"]) is None  # type: ignore[arg-type]  # gone: nothing to scan


def test_a_deferred_file_is_counted_and_scanned_like_a_read_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from safecommit.config import Config
    from safecommit.scan import scan

    values = json.loads((Path(__file__).parent / "data/identifiers/values.json").read_text())
    (tmp_path / "app.env").write_text(f"ADMIN_EMAIL={values['EMAIL_ADDRESS']['valid'][0]}\n")
    monkeypatch.chdir(tmp_path)
    deferred = scan(disk_files(["."]), Config(), b"salt", jobs=1)
    eager = scan(disk_blobs(["."]), Config(), b"salt", jobs=1)
    assert deferred.findings == eager.findings and deferred.findings
    assert (deferred.stats.files, deferred.stats.bytes) == (eager.stats.files, eager.stats.bytes)
