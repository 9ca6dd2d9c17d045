"""The bad-input matrix: every row through `safecommit scan` and through the hook.

Each row ends in a defined exit code and either a scan (with its findings) or a
"not scanned" entry that names the reason. Nothing crashes, hangs or leaks.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo, git

REAL = "alice.smith@gmail.com"
PLANTED = f"owner {REAL}"


@dataclass(frozen=True)
class Row:
    name: str
    content: bytes
    code: int
    lines: tuple[int, ...] = ()
    reason: str = ""
    filename: str = "input.txt"


ROWS = [
    Row("empty file", b"", 0),
    Row("binary noise", bytes(range(256)) * 64, 0, filename="noise.bin"),
    Row("binary with a planted value", b"\x00\x01\xff" + PLANTED.encode() + b"\x00" * 64, 1,
        lines=(1,), filename="blob.bin"),
    Row("invalid UTF-8", b"caf\xe9 \xff\xfe\n" + PLANTED.encode() + b"\n", 1, lines=(2,)),
    Row("UTF-16 with a BOM", ("first\n" + PLANTED + "\n").encode("utf-16"), 1, lines=(2,)),
    Row("UTF-16 LE without a BOM", ("first\n" + PLANTED + "\n").encode("utf-16-le"), 1,
        lines=(2,)),
    Row("UTF-16 BE without a BOM", ("first\n" + PLANTED + "\n").encode("utf-16-be"), 1,
        lines=(2,)),
    Row("UTF-8 with a BOM", codecs.BOM_UTF8 + ("first\n" + PLANTED + "\n").encode(), 1,
        lines=(2,)),
    Row("CRLF line endings", ("first\r\n" + PLANTED + "\r\nlast\r\n").encode(), 1, lines=(2,)),
    Row("lone CR line endings", ("first\r" + PLANTED + "\rlast\r").encode(), 1, lines=(2,)),
    Row("1 MB minified single line", (b"var a=1;" * 131072) + b'x="' + REAL.encode() + b'";',
        1, lines=(1,), filename="bundle.min.js"),
    Row("conflict markers", ("<<<<<<< HEAD\n" + PLANTED + "\n=======\nclean\n>>>>>>> b\n")
        .encode(), 1, lines=(2,)),
    Row("only NUL bytes", b"\x00" * 4096, 0, filename="zeros.bin"),
    Row("very long lines of one repeated character", b"@" * 200_000 + b"\n" + b"." * 200_000,
        0),
    Row("corrupt Word document", b"PK\x03\x04" + b"\x00garbage" * 50, 2,
        reason="not a readable .docx", filename="report.docx"),
    Row("spreadsheet that is not a zip", b"not a zip at all", 2,
        reason="not a readable .xlsx", filename="claims.xlsx"),
    Row("corrupt PDF", b"%PDF-1.4\n1 0 obj <<>> garbage\n%%EOF", 2,
        reason="not a readable PDF", filename="letter.pdf"),
    Row("truncated notebook, scanned as text",
        ('{"cells": [{"source": ["' + PLANTED + '"').encode(), 1, lines=(1,),
        filename="analysis.ipynb"),
]


def _check(run: Any, row: Row, path: str) -> None:
    assert run.code == row.code, (row.name, run.out, run.err)
    doc = run.json
    if row.reason:
        assert [n["path"] for n in doc["not_scanned"]] == [path]
        assert row.reason in doc["not_scanned"][0]["reason"]
    else:
        assert doc["not_scanned"] == []
        assert tuple(f["line"] for f in doc["findings"]) == row.lines
    assert REAL not in run.out + run.err


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_row_through_scan(row: Row, repo: Repo, cli: Any) -> None:
    repo.write(row.filename, row.content)
    _check(cli("scan", "--format", "json", row.filename), row, row.filename)


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_row_through_the_hook(row: Row, repo: Repo, cli: Any) -> None:
    repo.stage(row.filename, row.content)
    _check(cli("hook", "--format", "json", row.filename), row, row.filename)


# --- size ------------------------------------------------------------------------------------


def test_file_over_the_size_limit_is_not_scanned_and_blocks(repo: Repo, cli: Any) -> None:
    big = repo.path / "dump.csv"
    with big.open("wb") as fh:  # 200 MB, sparse: quick to make
        fh.truncate(200 * 1024 * 1024)
    for args in (("scan", "dump.csv"), ("hook", "dump.csv")):
        if args[0] == "hook":
            repo.git("add", "dump.csv")
        run = cli(*args, "--format", "json")
        assert run.code == 2
        assert "over the 67108864-byte limit" in run.json["not_scanned"][0]["reason"]


def test_size_limit_comes_from_config(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", "max_file_bytes = 100\n")
    repo.stage("a.txt", "x" * 200)
    run = cli("hook", "--format", "json", "a.txt")
    assert run.code == 2 and "over the 100-byte limit" in run.out


def test_file_over_the_limit_can_warn_instead_of_blocking(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", 'max_file_bytes = 100\non_unscanned = "warn"\n')
    repo.stage("a.txt", "x" * 200)
    run = cli("hook", "a.txt")
    assert run.code == 0 and "Not scanned (warning only)" in run.out


# --- links and paths -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["with space.txt", "new\nline.txt", "naïve-ünïcode.txt",
                                  "a[1]*.txt", "-dash.txt"])
def test_unusual_file_names_are_reported_by_their_real_name(name: str, repo: Repo,
                                                            cli: Any) -> None:
    repo.stage(name, PLANTED + "\n")
    for args in (("scan", "--staged"), ("hook", "--", name), ("scan", "--", name)):
        run = cli(args[0], "--format", "json", *args[1:])
        assert run.code == 1, (args, run.out, run.err)
        assert [f["path"] for f in run.json["findings"]] == [name]


def test_symlink_pointing_outside_the_repo_is_scanned_as_a_link_not_followed(
        repo: Repo, cli: Any, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(PLANTED + "\n")
    (repo.path / "link.txt").symlink_to(outside)
    repo.git("add", "link.txt")
    for args in (("scan", "link.txt"), ("scan", "."), ("hook", "link.txt"), ("scan", "--staged")):
        run = cli(*args, "--format", "json")
        assert run.code == 0, (args, run.out, run.err)


def test_symlink_loop_does_not_hang(repo: Repo, cli: Any) -> None:
    (repo.path / "a").symlink_to("b")
    (repo.path / "b").symlink_to("a")
    repo.git("add", "a", "b")
    assert cli("scan", ".").code == 0
    assert cli("hook", "a", "b").code == 0
    assert cli("scan", "--staged").code == 0


def test_named_pipe_is_not_read_and_is_reported(repo: Repo, cli: Any) -> None:
    os.mkfifo(repo.path / "pipe")
    for args in (("scan", "pipe"), ("hook", "pipe")):
        run = cli(*args, "--format", "json")
        assert run.code == 2
        assert run.json["not_scanned"][0] == {"path": "pipe", "reason": "not a regular file"}


def test_path_that_does_not_exist_is_reported(repo: Repo, cli: Any) -> None:
    run = cli("scan", "--format", "json", "missing.txt")
    assert run.code == 2 and run.json["not_scanned"][0]["reason"] == "no such file"


# --- git states ------------------------------------------------------------------------------


def _lfs_pointer(data: bytes) -> bytes:
    oid = hashlib.sha256(data).hexdigest()
    return (f"version https://git-lfs.github.com/spec/v1\noid sha256:{oid}\n"
            f"size {len(data)}\n").encode()


def test_lfs_pointer_is_scanned_through_its_object_in_the_work_tree(repo: Repo,
                                                                   cli: Any) -> None:
    content = (PLANTED + "\n").encode()
    repo.stage("data.csv", _lfs_pointer(content))
    repo.write("data.csv", content)  # what the LFS smudge filter leaves in the tree
    run = cli("hook", "--format", "json", "data.csv")
    assert run.code == 1 and run.json["findings"][0]["path"] == "data.csv"


def test_lfs_pointer_whose_object_is_missing_is_not_scanned(repo: Repo, cli: Any) -> None:
    repo.stage("data.csv", _lfs_pointer(b"something else\n"))
    run = cli("hook", "--format", "json", "data.csv")
    assert run.code == 2 and "git lfs pull" in run.json["not_scanned"][0]["reason"]


def test_submodule_is_left_to_its_own_repository(repo: Repo, cli: Any, tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    git(sub, "init", "-q")
    (sub / "a.txt").write_text(PLANTED + "\n")
    git(sub, "add", "a.txt")
    git(sub, "-c", "user.email=a@example.com", "-c", "user.name=A", "commit", "-qm", "x")
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(sub), "vendor")
    assert cli("scan", "--staged").code == 0
    assert cli("hook", "vendor", ".gitmodules").code == 0


def test_detached_head(repo: Repo, cli: Any) -> None:
    repo.stage("a.txt", "clean\n")
    repo.commit()
    repo.git("checkout", "-q", "--detach")
    repo.stage("b.txt", PLANTED + "\n")
    assert cli("hook", "b.txt").code == 1
    assert cli("scan", "--staged").code == 1


def test_mode_change_in_the_index_is_scanned(repo: Repo, cli: Any) -> None:
    repo.stage("run.sh", PLANTED + "\n")
    repo.git("commit", "-qm", "x", "--no-verify")
    repo.git("update-index", "--chmod=+x", "run.sh")
    assert cli("scan", "--staged").code == 1


def test_bare_clone_scans_a_range(repo: Repo, cli: Any, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    repo.stage("a.txt", "clean\n")
    base = repo.commit()
    repo.stage("b.txt", PLANTED + "\n")
    head = repo.commit()
    bare = tmp_path / "bare.git"
    git(tmp_path, "clone", "-q", "--bare", str(repo.path), str(bare))
    monkeypatch.chdir(bare)
    run = cli("scan", "--from", base, "--to", head, "--format", "json")
    assert run.code == 1, run.err
    assert [f["path"] for f in run.json["findings"]] == ["b.txt"]


# --- bad setups ------------------------------------------------------------------------------


HOSTILE: list[tuple[str, str]] = [
    ("[[allowlist]]\nregex = '.*'\nreason = 'quiet please'", "matches everything"),
    ("[[allowlist]]\npath = '**'\nreason = 'quiet please'", "allowlists every file"),
    ("[[allowlist]]\nregex = '(a+)+$'\nreason = 'backtracking'", ""),
    ("threshold = nan", "'threshold' must be a number from 0 to 1"),
    ('exclude = ["' + "x" * 10_000 + '"]', ""),
    ("\x00\x01", "not valid TOML"),
]


@pytest.mark.parametrize(("toml", "message"), HOSTILE)
def test_hostile_config_is_refused_or_harmless(toml: str, message: str, repo: Repo,
                                               cli: Any) -> None:
    repo.write(".safecommit.toml", toml + "\n")
    repo.stage("a.txt", PLANTED + "\n" + "a" * 5000 + "!\n")
    run = cli("hook", "a.txt")
    if message:
        assert run.code == 2 and message in run.err and run.err.count("\n") == 1
    else:
        assert run.code == 1  # accepted, and the finding still blocks


def test_unreadable_config_file(repo: Repo, cli: Any) -> None:
    (repo.path / ".safecommit.toml").mkdir()
    run = cli("hook")
    assert run.code == 2 and run.err.startswith("safecommit: ")




@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit"])
def test_a_file_name_that_is_not_utf8_gives_a_valid_utf8_report(fmt: str, repo: Repo,
                                                                 tmp_path: Path) -> None:
    import subprocess
    import sys

    name = b"caf\xe9-" + fmt.encode() + b".txt"
    (repo.path / os.fsdecode(name)).write_bytes((PLANTED + "\n").encode())
    proc = subprocess.run([sys.executable, "-m", "safecommit", "scan", "--format", fmt, "."],
                          cwd=repo.path, capture_output=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    proc.stdout.decode("utf-8")  # strict: raises if the report is not valid UTF-8
    # SARIF names files by URI, which keeps the name's own bytes percent-encoded.
    assert (b"caf%E9-" if fmt == "sarif" else b"caf\xef\xbf\xbd-") in proc.stdout


def test_a_hundred_thousand_small_files_through_scan_and_the_hook(repo: Repo, cli: Any) -> None:
    for i in range(100_000):
        folder = repo.path / f"d{i // 1000}"
        if i % 1000 == 0:
            folder.mkdir()
        (folder / f"f{i}.txt").write_text(f"line {i} of a small file\n")
    (repo.path / "d7" / "planted.txt").write_text(PLANTED + "\n")
    scanned = cli("scan", "--format", "json", ".")
    assert scanned.code == 1 and scanned.json["stats"]["files"] == 100_001
    assert [f["path"] for f in scanned.json["findings"]] == ["d7/planted.txt"]
    repo.git("add", "-A")
    staged = cli("scan", "--staged", "--format", "json")
    assert staged.code == 1 and staged.json["stats"]["files"] == 100_001
    files = [f"d{i // 1000}/f{i}.txt" for i in range(100_000)] + ["d7/planted.txt"]
    hooked = cli("hook", "--format", "json", *files)
    assert hooked.code == 1 and hooked.json["stats"]["files"] == 100_001
    assert [f["path"] for f in hooked.json["findings"]] == ["d7/planted.txt"]
