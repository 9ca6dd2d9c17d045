"""Keys under short names and bare columns: a service's key in a Markdown table's ``Key``
column, and keys under abbreviated variable names (``_KEY``, ``_TOK``) wherever an
environment variable is set, beside the lookalikes that name a row, a cache entry or a thing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import scan, types

_UUID = "3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c"
_UUID_2 = "6a1c9e2f-4b3d-4e8a-9f7c-2d5b1a0e8c63"


@pytest.mark.parametrize(("name", "content"), [
    ("keys.md", f"| Service | Key |\n|---|---|\n| Company lookups | {_UUID} |\n"),
    ("README.md", f"| Environment | API | Key |\n| --- | --- | --- |\n"
                  f"| dev | lookups | `{_UUID}` |\n"),
])
def test_a_uuid_in_a_markdown_column_named_only_key_is_a_secret(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert types(scan(cli, tmp_path, name, content)) == {"GENERIC_SECRET"}


@pytest.mark.parametrize(("name", "content"), [
    # the ids of resources, tenants and subscriptions: things, not keys
    ("resources.md", f"| Resource | Id | Tenant | Subscription |\n|---|---|---|---|\n"
                     f"| rg-frp-dev | {_UUID} | {_UUID_2} | {_UUID} |\n"),
    ("ids.md", f"| Name | Guid |\n|---|---|\n| frp-dev | {_UUID} |\n"),
    # the nil UUID is a placeholder
    ("keys.md", "| Service | Key |\n|---|---|\n"
                "| lookups | 00000000-0000-0000-0000-000000000000 |\n"),
    # a data file's key column of record ids
    ("records.csv", f"key,created\n{_UUID},2024-10-01\n"),
])
def test_a_uuid_that_names_a_thing_in_a_table_is_not_a_secret(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []

