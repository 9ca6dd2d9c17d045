"""A SQL script's database and session settings (T-SQL's ``USE [db]``, ``SET NOCOUNT ON``
and ``GO``, a dump's ``SET client_encoding = …;``) come before its code as imports do, so
a marking in the comment under them, such as SQL Server's stored procedure header, heads
the script. A comment after a query is not the head."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned("sql/claims.sql", content)
            if f.kind == "marking"]


@pytest.mark.parametrize(("content", "line"), [
    ("SET ANSI_NULLS ON\nGO\nSET QUOTED_IDENTIFIER ON\nGO\n"
     "-- =============================================\n-- Author: Data team\n"
     "-- Description: Claims extract\n-- OFFICIAL-SENSITIVE\n"
     "-- =============================================\nCREATE PROCEDURE x AS SELECT 1;\n", 8),
    ("USE [Claims]\nGO\n-- OFFICIAL-SENSITIVE\nCREATE PROCEDURE x AS SELECT 1;\n", 3),
    ("SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n-- OFFICIAL-SENSITIVE\n"
     "CREATE TABLE claims (id int);\n", 3),
])
def test_a_marking_under_a_sql_scripts_settings_heads_it(content: str, line: int) -> None:
    assert markings(content) == [(line, "OFFICIAL-SENSITIVE")]


def test_a_comment_after_a_query_is_not_the_head() -> None:
    content = "SELECT 1;\n-- OFFICIAL-SENSITIVE\nCREATE TABLE claims (id int);\n" \
        "INSERT INTO claims VALUES (1);\n"
    assert markings(content) == []
