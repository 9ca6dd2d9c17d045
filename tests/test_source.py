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


def test_a_folder_lists_its_files_by_name_then_its_folders_depth_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("b.txt", "a/z.txt", "a/c/d.txt", "a.txt", "b/x.txt", ".git/config"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x\n")
    monkeypatch.chdir(tmp_path)
    assert [item.path for item in disk_files(["."])] == \
        ["a.txt", "b.txt", "a/z.txt", "a/c/d.txt", "b/x.txt"]


def test_a_link_to_a_folder_is_scanned_as_the_link_git_would_commit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("alpha\n")
    (tmp_path / "alias").symlink_to("real", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    found = {item.path: item for item in disk_files(["."])}
    assert found["alias"] == Blob("alias", b"real")  # its target's name, not its files twice
    assert set(found) == {"alias", "real/a.txt"}


def _deeper_than_the_os_can_name(top: Path) -> Path:
    """Folders nested past PATH_MAX (made through directory handles, as a path that long
    cannot be opened), with a file at the bottom."""
    import os

    fd = os.open(top, os.O_RDONLY)
    depth = 0
    try:
        while depth * 201 < 5000:
            os.mkdir("d" * 200, dir_fd=fd)
            deeper = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd, depth = deeper, depth + 1
        leaf = os.open("settings.env", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(leaf, b"DB_PASSWORD=s3cr3t-but-unread\n")
        os.close(leaf)
    finally:
        os.close(fd)
    return top.joinpath(*["d" * 200] * depth)


def test_a_folder_that_cannot_be_listed_is_not_scanned_never_skipped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.txt").write_text("fine\n")
    _deeper_than_the_os_can_name(tmp_path)
    monkeypatch.chdir(tmp_path)
    items = list(disk_files(["."]))
    unlisted = [item for item in items if isinstance(item, NotScanned)]
    assert len(unlisted) == 1
    assert unlisted[0].path.startswith("d" * 200 + "/")
    assert "cannot list this folder (File name too long)" in unlisted[0].reason
    assert [item.path for item in items if isinstance(item, OnDisk)] == ["ok.txt"]


def test_a_scan_with_a_folder_it_cannot_list_blocks(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "ok.txt").write_text("fine\n")
    _deeper_than_the_os_can_name(tmp_path)
    done = subprocess.run([sys.executable, "-m", "safecommit", "scan", "."], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2, done.stdout + done.stderr  # 2: not everything was scanned
    assert "cannot list this folder" in done.stdout + done.stderr
