"""A seed script's INSERT with no column list: its columns are the ones the same script
created its table with, so a password's or a key's column is read as when named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import FAKES, scan, types

_CREATE = ("CREATE TABLE IF NOT EXISTS public.app_users (\n  id serial PRIMARY KEY,\n"
           "  username varchar(64) NOT NULL,\n  password varchar(128),\n"
           "  CONSTRAINT app_users_name UNIQUE (username)\n);\n")


@pytest.mark.parametrize("insert", [
    "INSERT INTO app_users VALUES (1, 'svc_reports', '{pw}');\n",
    "insert into public.app_users values (1, 'svc_reports', '{pw}'), (2, 'ci', 'changeme');\n",
])
def test_a_bare_insert_s_values_take_their_created_columns(
        cli: Any, tmp_path: Path, insert: str) -> None:
    content = _CREATE + insert.format(pw=FAKES["pw"])
    found = scan(cli, tmp_path, "seed.sql", content)
    assert types(found) == {"PASSWORD"}
    assert [f["line"] for f in found] == [7]


@pytest.mark.parametrize("content", [
    # another table's, or a table the script never created
    _CREATE + "INSERT INTO audit VALUES (1, 'svc_reports', 'Tq7vB2xLm9Wk');\n",
    "INSERT INTO app_users VALUES (1, 'svc_reports', 'Tq7vB2xLm9Wk');\n",
    _CREATE + "INSERT INTO app_users VALUES (1, 'svc_reports', NULL);\n",
])
def test_a_bare_insert_into_another_or_an_unknown_table_is_quiet(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "seed.sql", content) == []


@pytest.mark.parametrize("content, line", [
    # the column list on the lines below the head, as a formatter lays a seed file out
    ("INSERT INTO app_users\n  (username, password, enabled)\nVALUES\n"
     "  ('{person}', '{pw}', true);\n", 4),
    ("INSERT INTO app_users (\n  username,\n  password\n) VALUES ('{person}', '{pw}');\n", 4),
    # in code, the statement's first string ends after its columns
    ('String sql = "INSERT INTO app_users (username, password) " +\n'
     '             "VALUES (\'{person}\', \'{pw}\')";\n', 2),
])
def test_an_insert_s_column_list_below_or_apart_names_its_values(
        cli: Any, tmp_path: Path, content: str, line: int) -> None:
    name = "Seed.java" if "String" in content else "seed.sql"
    found = [f for kind in ("secret", "personal-data")
             for f in scan(cli, tmp_path, name, content.format(**FAKES), kind=kind)]
    assert sorted((f["line"], f["type"]) for f in found) == [(line, "PASSWORD"),
                                                              (line, "USERNAME")]


@pytest.mark.parametrize("content", [
    "INSERT INTO app_users\n  (username, password)\nVALUES\n  ($1, $2);\n",
    "INSERT INTO app_users\n  (SELECT username, password FROM staging_users);\n",
    "INSERT INTO audit_log\n  (event, detail)\nVALUES ('login', 'Tq7vB2xLm9Wk');\n",
])
def test_an_insert_with_no_credential_column_below_is_quiet(
        cli: Any, tmp_path: Path, content: str) -> None:
    for kind in ("secret", "personal-data"):
        assert scan(cli, tmp_path, "seed.sql", content, kind=kind) == []


@pytest.mark.parametrize("content, lines", [
    # pg_dump's COPY: its rows below, a tab between cells, to "\."
    ("COPY public.app_users (id, username, password, email) FROM stdin;\n"
     "1\t{person}\t{pw}\tx@example.com\n2\t\\N\t\\N\t\\N\n\\.\n", [2, 2]),
    # a formatter's INSERT: one value to a line
    ("INSERT INTO app_users (\n    username,\n    password\n) VALUES (\n    '{person}',\n"
     "    '{pw}'\n);\n", [5, 6]),
    ("INSERT INTO app_users (username, password) VALUES (\n    '{person}',\n    '{pw}'\n);\n",
     [2, 3]),
])
def test_a_dump_s_or_a_formatter_s_rows_are_read_by_their_columns(
        cli: Any, tmp_path: Path, content: str, lines: list[int]) -> None:
    found = [f for kind in ("secret", "personal-data")
             for f in scan(cli, tmp_path, "dump.sql", content.format(**FAKES), kind=kind)]
    assert sorted((f["line"], f["type"]) for f in found) == sorted(
        [(lines[0], "USERNAME"), (lines[1], "PASSWORD")])


@pytest.mark.parametrize("content", [
    "COPY public.audit (id, event, detail) FROM stdin;\n1\tlogin\tTq7vB2xLm9Wk\n\\.\n",
    "INSERT INTO audit_log (\n    event,\n    detail\n) VALUES (\n    'login',\n"
    "    'Tq7vB2xLm9Wk'\n);\n",
])
def test_a_dump_s_or_a_formatter_s_other_columns_are_quiet(
        cli: Any, tmp_path: Path, content: str) -> None:
    for kind in ("secret", "personal-data"):
        assert scan(cli, tmp_path, "dump.sql", content, kind=kind) == []
