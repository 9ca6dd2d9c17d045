"""Reading files from disk: every byte, whatever the file did since it was measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from safecommit.model import Blob
from safecommit.source import _read_all, disk_blobs


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
