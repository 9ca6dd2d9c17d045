"""A Markdown table of fields and their values (``| Field | Value |``, ``| Item | Value |``)
names each row's value by its first cell, in bold or in code quotes too, as a settings
table does. A placeholder, a reference, a field's rule and a secret store's path in a
document's table stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned("docs/access.md", content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("header", ["| Field | Value |", "| Item | Value |"])
@pytest.mark.parametrize(("user", "password"), [
    ("| Username | {user} |", "| Password | {pw} |"),
    ("| **Username** | {user} |", "| **Password** | {pw} |"),
])
def test_a_field_tables_user_and_password_rows_are_found(header: str, user: str,
                                                         password: str) -> None:
    content = fill(header + "\n|---|---|\n" + user + "\n" + password + "\n")
    assert _found(content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("row", [
    "| Username | Your Defra email address |",
    "| Password | `<your password>` |",
    "| Token | from Key Vault |",
    "| Password | Required |",
    "| api_key | `${{API_KEY}}` |",
    "| password_min_length | 12 |",
    "| Secret | `kv-ffc-prod/api-secret` |",
])
def test_placeholders_rules_and_store_paths_in_a_field_table_stay_quiet(row: str) -> None:
    assert _found(fill("| Field | Value |\n|---|---|\n" + row + "\n")) == []


def test_a_store_path_in_a_settings_table_stays_quiet() -> None:
    content = "| Setting | Value |\n|---|---|\n| Secret | `kv-ffc-prod/api-secret` |\n"
    assert _found(content) == []
