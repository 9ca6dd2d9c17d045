"""SQLite fixtures: every table's values are scanned, placed by table, row and column."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, NotScanned, Text

EMAIL = "b.okafor.5530@gmail.com"


def database(tmp: Path) -> bytes:
    path = tmp / "fixture.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, "
                     "note BLOB)")
        conn.executemany("INSERT INTO users (name, email, note) VALUES (?, ?, ?)", [
            ("Test User", "test@example.com", None),
            ("Bola", EMAIL, b"multi\nline"),
        ])
        conn.execute('CREATE TABLE "odd ""name""" (v TEXT)')
        conn.execute('INSERT INTO "odd ""name""" VALUES (?)', (f"see {EMAIL}",))
        conn.execute("CREATE VIEW everyone AS SELECT * FROM users")
    conn.close()
    return path.read_bytes()


def test_email_in_a_table_is_placed_by_table_row_and_column(repo: Repo, cli: Any,
                                                             tmp_path: Path) -> None:
    repo.write("fixtures/app.db", database(tmp_path))
    run = cli("scan", "--format", "json", "fixtures/app.db")
    assert run.code == 1
    places = sorted(f["place"] for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS")
    assert places == ['table odd "name", row 1, v', "table users, row 2, email"]


def test_a_password_in_a_settings_table_is_named_by_its_row(repo: Repo, cli: Any,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "settings.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE settings (key TEXT, value TEXT)")
        conn.executemany("INSERT INTO settings VALUES (?, ?)", [
            ("smtp_host", "smtp.internal"), ("smtp_password", "Xk7#pQ2v" + "Lm9!tR4w")])
    conn.close()
    repo.write("fixtures/app.db", path.read_bytes())
    run = cli("scan", "--format", "json", "fixtures/app.db")
    assert [(f["type"], f["place"]) for f in run.json["findings"]] == \
        [("PASSWORD", "table settings, row 2, value")]


def test_table_reads_as_columns_under_a_header_line(tmp_path: Path) -> None:
    parts = extract(Blob("app.sqlite", database(tmp_path)))
    assert isinstance(parts, list)
    [users] = [p for p in parts if isinstance(p, Text) and p.place == "table users"]
    assert users.syntax == "tsv"
    assert users.text.split("\n") == ["id\tname\temail\tnote",
                                      "1\tTest User\ttest@example.com\t",
                                      f"2\tBola\t{EMAIL}\tmulti line"]


def test_text_in_a_utf16_or_binary_blob_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE cache (k TEXT, v BLOB)")
        conn.executemany("INSERT INTO cache VALUES (?, ?)", [
            ("a", f"owner {EMAIL}".encode("utf-16")),  # Windows tools store UTF-16
            ("b", b"\x80\x04\x95\x00\x00" + f"contact:{EMAIL}".encode() + b"\x00\x94.")])
    conn.close()
    parts = extract(Blob("cache.sqlite", path.read_bytes()))
    assert isinstance(parts, list)
    [cache] = [p for p in parts if isinstance(p, Text)]
    rows = cache.text.split("\n")[1:]
    assert rows[0] == f"a\towner {EMAIL}"
    assert rows[1].startswith("b\t") and f"contact:{EMAIL}" in rows[1]


def test_views_are_not_read_twice(tmp_path: Path) -> None:
    parts = extract(Blob("app.sqlite", database(tmp_path)))
    assert isinstance(parts, list)
    assert not any(isinstance(p, Text) and "everyone" in (p.place or "") for p in parts)


def test_db_file_that_is_not_sqlite_is_read_as_text(repo: Repo, cli: Any) -> None:
    repo.write("cache.db", f"key=value\nowner={EMAIL}\n")
    run = cli("scan", "--format", "json", "cache.db")
    assert [f["line"] for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"] == [2]


@pytest.mark.parametrize("damage", [
    lambda d: d[:100] + b"\xff" * 4000,
    lambda d: d[:20],
], ids=["corrupt-pages", "truncated-header"])
def test_damaged_database_is_not_scanned_and_blocks(repo: Repo, cli: Any, tmp_path: Path,
                                                    damage: Any) -> None:
    data = damage(database(tmp_path))
    result = extract(Blob("app.sqlite", data))
    assert isinstance(result, NotScanned)
    repo.write("app.sqlite", data)
    run = cli("scan", "--format", "json", "app.sqlite")
    assert run.code == 2
    assert "SQLite" in run.json["not_scanned"][0]["reason"]
