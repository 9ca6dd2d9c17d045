"""JSON has no comments, so files keep them as keys: package.json's ``"//"``, JSON Schema's
``"$comment"``, a config's ``"_comment"``. Such a key among the first or last keys of the
file's top object is its head comment, and a marking there marks the file; a record's
comment field, or a comment listing levels, does not. The top object's own description
(package.json's) headed by OFFICIAL-SENSITIVE is the file's property, as a title is.
A database object's comment in SQL (``COMMENT ON TABLE … IS '<level>'``, MySQL's
``COMMENT='<level>'`` table option) records what the table holds, as a cloud resource's
tag does; a column's comment, or a comment about levels, does not."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content", "line"), [
    ("schemas/herd.schema.json", '{\n  "$comment": "OFFICIAL-SENSITIVE",\n  "type": "object",\n'
     '  "properties": {"cph": {"type": "string"}}\n}\n', 2),
    ("data/herds.json", '{\n  "//": "OFFICIAL-SENSITIVE - do not share",\n'
     '  "herds": [{"cph": "12/345/6789"}]\n}\n', 2),
    ("package.json", '{\n  "name": "herds",\n  "version": "1.0.0",\n'
     '  "//": "OFFICIAL-SENSITIVE"\n}\n', 4),
])
def test_a_marking_in_a_json_comment_key_heading_the_top_object_marks_it(
        name: str, content: str, line: int) -> None:
    assert markings(name, content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    '{\n  "name": "herds",\n  "version": "1.0.0",\n  "scripts": {"test": "jest"},\n'
    '  "dependencies": {},\n  "comment": "Levels: OFFICIAL, OFFICIAL-SENSITIVE"\n}\n',
    '{\n  "//": "SECRET: the token comes from Key Vault",\n  "name": "herds"\n}\n',
    '[\n  {"comment": "OFFICIAL-SENSITIVE", "id": 1},\n  {"comment": "ok", "id": 2}\n]\n',
    '{\n "records": [\n  {\n   "comment": "OFFICIAL-SENSITIVE",\n   "id": 1\n  }\n ]\n}\n',
])
def test_a_records_comment_or_a_note_about_levels_is_not_a_marking(content: str) -> None:
    assert markings("data/herds.json", content) == []


@pytest.mark.parametrize(("content", "line"), [
    ("SET statement_timeout = 0;\nCREATE TABLE herds (cph text);\n"
     "COMMENT ON TABLE herds IS 'OFFICIAL-SENSITIVE';\n", 3),
    ("CREATE TABLE herds (\n  cph varchar(11),\n  notes text\n"
     ") ENGINE=InnoDB COMMENT='OFFICIAL-SENSITIVE';\n", 4),
])
def test_a_marking_as_a_tables_comment_marks_the_schema(content: str, line: int) -> None:
    assert markings("db/schema.sql", content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    "COMMENT ON COLUMN docs.marking IS 'OFFICIAL-SENSITIVE';\n",
    "COMMENT ON TABLE docs IS 'Register of documents and their marking (OFFICIAL, "
    "OFFICIAL-SENSITIVE)';\n",
    "select * from docs where comment = 'SECRET';\n",
    "CREATE TABLE herds (\n  cph varchar(11) COMMENT 'OFFICIAL-SENSITIVE'\n);\n",
])
def test_a_columns_comment_or_a_query_is_not_a_marking(content: str) -> None:
    assert markings("db/schema.sql", content) == []


def test_a_json_files_own_description_headed_by_a_marking_marks_it() -> None:
    content = ('{\n  "name": "herds-api",\n  "description": "OFFICIAL-SENSITIVE: herd movement '
               'API",\n  "version": "1.0.0"\n}\n')
    assert markings("package.json", content) == [(3, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    '{\n  "name": "herds-api",\n  "description": "Blocks OFFICIAL-SENSITIVE files from '
    'commits",\n  "version": "1.0.0"\n}\n',
    '{\n  "name": "herds-api",\n  "description": "SECRET",\n  "version": "1.0.0"\n}\n',
    '{\n  "openapi": "3.0.3",\n  "components": {\n    "schemas": {\n      "Holder": {\n'
    '        "description": "OFFICIAL-SENSITIVE. A holder of a herd."\n      }\n    }\n  }\n}\n',
])
def test_a_description_about_levels_or_of_a_nested_record_is_not_the_files_marking(
        content: str) -> None:
    assert markings("package.json", content) == []


def test_a_columns_comment_in_code_is_not_a_marking() -> None:
    content = ('import sqlalchemy as sa\nherds = sa.Table("herds", meta, sa.Column("cph", '
               "sa.String(11), comment='OFFICIAL-SENSITIVE'))\n")
    assert markings("db/models.py", content) == []
