"""Rewriting files: only the values change. Encoding, BOM, line endings, escaping, file
mode and every other byte stay as they were; a file that cannot be rewritten safely is
left untouched and reported."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import stat
from typing import Any

import pytest
import yaml
from defusedxml import ElementTree

from conftest import Repo
from safecommit.config import tomllib  # tomllib, or tomli before Python 3.11

EMAIL = "alice.smith@gmail.com"
OTHER = "b.okafor@outlook.com"
FAKE = re.compile(r"[a-z]+(?:\.[a-z]+)?\d*@example\.com")


def redacted_email(text: str) -> str:
    found = FAKE.findall(text)
    assert found, text
    return str(found[0])


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("latin-1", b""),
])
def test_encoding_and_bom_are_kept_and_only_the_value_changes(
        repo: Repo, cli: Any, encoding: str, bom: bytes) -> None:
    text = f"Café contact: {EMAIL}\nbackup: {EMAIL}\n"
    original = bom + text.encode(encoding)
    path = repo.write("notes.txt", original)
    run = cli("redact", "notes.txt")
    assert run.code == 0, run.out + run.err
    data = path.read_bytes()
    assert data.startswith(bom)
    fake = redacted_email(data[len(bom):].decode(encoding))
    assert data == original.replace(EMAIL.encode(encoding), fake.encode(encoding))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_are_kept(repo: Repo, cli: Any, newline: str) -> None:
    lines = ["# contacts", f"owner = {EMAIL}", "", f"deputy = {OTHER}", "end"]
    original = newline.join(lines).encode()  # and no newline at the end
    path = repo.write("contacts.cfg", original)
    assert cli("redact", ".").code == 0
    data = path.read_bytes()
    assert data.count(newline.encode()) == original.count(newline.encode())
    assert not data.endswith(newline.encode())
    assert EMAIL.encode() not in data and OTHER.encode() not in data


def test_mixed_line_endings_stay_mixed(repo: Repo, cli: Any) -> None:
    original = f"a = 1\r\nowner = {EMAIL}\nb = 2\r\n".encode()
    path = repo.write("mixed.ini", original)
    assert cli("redact", ".").code == 0
    data = path.read_bytes().decode()
    assert data.split(redacted_email(data)) == ["a = 1\r\nowner = ", "\nb = 2\r\n"]


@pytest.mark.parametrize("mode", [0o755, 0o600, 0o640])
def test_file_mode_is_kept(repo: Repo, cli: Any, mode: int) -> None:
    path = repo.write("notify.sh", f"#!/bin/sh\nmail {EMAIL} < report.txt\n")
    path.chmod(mode)
    assert cli("redact", ".").code == 0
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert EMAIL not in path.read_text()


def _parse(name: str, text: str) -> Any:
    if name.endswith((".json", ".ipynb")):
        return json.loads(text)
    if name.endswith(".yaml"):
        return yaml.safe_load(text)
    if name.endswith(".toml"):
        return tomllib.loads(text)
    if name.endswith(".xml"):
        return ElementTree.fromstring(text)
    return list(csv.reader(io.StringIO(text)))


STRUCTURED = {
    "users.json": f'{{"note": "say \\"hi\\" to {EMAIL}", "cc": ["{OTHER}"],\n "tab": "a\\tb"}}\n',
    "users.yaml": f"owner: {EMAIL}\ndeputy: '{OTHER}'\nlist:\n  - \"{EMAIL}\"\n",
    "users.toml": f'[team]\nowner = "{EMAIL}"\ndeputy = \'{OTHER}\'\n',
    "users.xml": f'<?xml version="1.0"?>\n<team lead="{EMAIL}"><m>{OTHER}</m></team>\n',
    "users.csv": f'name,email,notes\nA,{EMAIL},"quoted, with a comma"\nB,"{OTHER}",x\n',
    "analysis.ipynb": json.dumps({
        "cells": [{"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [],
                   "source": [f"send_to(\"{EMAIL}\")\n", "print('done')"]}],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n",
}


def test_structured_files_still_parse_and_agree_with_each_other(repo: Repo, cli: Any) -> None:
    for name, text in STRUCTURED.items():
        repo.write(name, text)
    run = cli("redact", ".")
    assert run.code == 0, run.out + run.err
    mapping: dict[str, set[str]] = {EMAIL: set(), OTHER: set()}
    for name, original in STRUCTURED.items():
        text = (repo.path / name).read_text()
        assert EMAIL not in text and OTHER not in text, name
        _parse(name, text)
        # Only the values moved: everything around them is byte for byte the same.
        assert FAKE.sub("@", text) == original.replace(EMAIL, "@").replace(OTHER, "@"), name
        reals = re.findall(f"{re.escape(EMAIL)}|{re.escape(OTHER)}", original)
        for real, fake in zip(reals, FAKE.findall(text), strict=True):
            mapping[real].add(fake)
    assert len(mapping[EMAIL]) == 1 and len(mapping[OTHER]) == 1
    assert mapping[EMAIL] != mapping[OTHER]


def test_a_binary_file_is_left_untouched_and_reported(repo: Repo, cli: Any) -> None:
    original = b"\x00\x01\x02 owner " + EMAIL.encode() + b" \x00\xff" * 20
    path = repo.write("data.bin", original)
    run = cli("redact", ".")
    assert run.code == 2
    assert path.read_bytes() == original
    assert "data.bin" in run.out and "left untouched" in run.out and "binary" in run.out
    assert EMAIL not in run.out + run.err


def test_a_document_read_by_a_handler_is_left_untouched_and_reported(repo: Repo,
                                                                      cli: Any) -> None:
    original = "{\\rtf1\\ansi\\pard Contact " + EMAIL + "\\par\n}\n"
    path = repo.write("letter.rtf", original)
    run = cli("redact", ".")
    assert run.code == 2
    assert path.read_text() == original
    assert "letter.rtf" in run.out and "cannot be rewritten safely" in run.out
    assert EMAIL not in run.out + run.err


def test_bytes_that_would_not_survive_a_rewrite_leave_the_file_untouched(
        repo: Repo, cli: Any) -> None:
    original = codecs.BOM_UTF8 + f"owner: {EMAIL}\n".encode() + b"\xff\xfe broken\n"
    path = repo.write("broken.yaml", original)
    run = cli("redact", ".")
    assert run.code == 2
    assert path.read_bytes() == original
    assert "left untouched" in run.out


def test_a_file_with_another_hard_link_is_left_untouched(repo: Repo, cli: Any) -> None:
    path = repo.write("users.txt", f"owner: {EMAIL}\n")
    os.link(path, repo.path / "users-copy.txt")
    run = cli("redact", "users.txt")
    assert run.code == 2
    assert EMAIL in path.read_text()
    assert "hard link" in run.out


def test_a_symbolic_link_stays_a_link_and_its_target_is_redacted(repo: Repo, cli: Any) -> None:
    target = repo.write("users.txt", f"owner: {EMAIL}\n")
    (repo.path / "current.txt").symlink_to("users.txt")
    assert cli("redact", ".").code == 0
    assert os.readlink(repo.path / "current.txt") == "users.txt"
    assert EMAIL not in target.read_text()


def test_a_value_inside_a_secret_is_never_rewritten(repo: Repo, cli: Any) -> None:
    # A password that holds an email address: the secret wins, and is left for rotation.
    secret = f"SMTP_PASSWORD=Kx9!{EMAIL}\n"
    path = repo.write(".env", secret + f"OWNER={EMAIL}\n")
    run = cli("redact", ".")
    text = path.read_text()
    assert text.startswith(secret)
    assert EMAIL not in text.removeprefix(secret)
    assert run.code == 1
    assert "rotate this secret now" in run.out
    assert EMAIL not in run.out + run.err


def test_a_path_that_does_not_exist_is_reported(repo: Repo, cli: Any) -> None:
    run = cli("redact", "missing.json")
    assert run.code == 2
    assert "missing.json" in run.out and "no such file" in run.out


def test_redaction_writes_nothing_but_the_files_it_changes(repo: Repo, cli: Any) -> None:
    repo.write("users.json", f'{{"email": "{EMAIL}"}}\n')
    repo.write("clean.txt", "nothing to see\n")
    before = {p: p.stat().st_mtime_ns for p in repo.path.rglob("*") if p.is_file()}
    assert cli("redact", ".").code == 0
    after = {p: p.stat().st_mtime_ns for p in repo.path.rglob("*") if p.is_file()}
    created = set(after) - set(before)
    assert {p.relative_to(repo.path).as_posix() for p in created} <= {".git/safecommit/salt"}
    changed = {p.name for p in before if after.get(p) != before[p]}
    assert changed == {"users.json"}
    leftovers = [p for p in repo.path.iterdir() if p.name.endswith(".safecommit")]
    assert not leftovers
