"""A Markdown label in bold or italics (``**Password:** <value>``, ``**Password**: <value>``,
``*Password:* <value>``) gives its value as the plain label does, and so does a bold user
name beside it. Labels over words, placeholders, masks and references stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned("docs/access.md", content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("label", ["**Password:**", "**Password**:", "*Password:*",
                                   "- **Password:**"])
def test_a_bold_or_italic_password_label_gives_its_value(label: str) -> None:
    content = fill(label + " {pw}\n")
    assert _found(content) == [("PASSWORD", fill("{pw}"))]


def test_bold_user_and_password_labels_on_one_line_give_both() -> None:
    content = fill("**Username:** {user}  **Password:** {pw}\n")
    assert _found(content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("line", [
    "**Password:** stored in Key Vault (`kv-prod/db-password`)",
    "**Password:** `<your password>`",
    "**Password**: must be at least 12 characters",
    "**Username:** your Defra email address",
    "**Password:** ********",
    "**Token:** `${{ secrets.API_TOKEN }}`",
    "**Password:** changeme",
    "**API key:** see the team's 1Password vault",
    "**Passwords** are rotated every 90 days.",
])
def test_bold_labels_over_words_placeholders_and_references_stay_quiet(line: str) -> None:
    assert _found(line + "\n") == []
