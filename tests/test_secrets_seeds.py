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
