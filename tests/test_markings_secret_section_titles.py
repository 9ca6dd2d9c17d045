"""A config's section titled SECRET between rules (``# ===== SECRET =====``) over the
settings that hold its credentials is the section's name, as ``# ===== DATABASE =====``
is: not a marking. So is a heading SECRET among headings of the same depth that name
settings as code does (``### TENANT_ID``, ``### `PORT` ``), a page documenting them.
SECRET at a file's head over anything else, not drawn between rules, or with a caveat,
still marks it."""

from __future__ import annotations

import pytest

from conftest import found


def markings(name: str, content: str) -> list[str]:
    return found(name, content, kind="marking")


@pytest.mark.parametrize(("name", "content"), [
    ("config/secrets.yaml", "# === SECRET ===\ndatabase_password: ${DB_PASSWORD}\n"
     "api_key: ${API_KEY}\n"),
    (".env.example", "# ---------- SECRET ----------\nDB_PASSWORD=${DB_PASSWORD}\n"),
    ("app/settings.py", "# ===================== SECRET =====================\n"
     "SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\n"),
    ("config/app.ini", ";;; ***** SECRET *****\n[database]\npassword = ${DB_PASSWORD}\n"),
    ("config/app.toml", "# ~~~ SECRET ~~~\n\n[auth]\nclient_secret = \"${CLIENT_SECRET}\"\n"),
])
def test_a_section_of_credentials_titled_secret_between_rules_is_not_a_marking(
        name: str, content: str) -> None:
    assert markings(name, content) == []


@pytest.mark.parametrize(("name", "content", "found"), [
    ("app/settings.py", "# ===== SECRET =====\nimport os\n\nDEBUG = False\n", "SECRET"),
    ("app/settings.py", "# SECRET\nSECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\n", "SECRET"),
    ("config/secrets.yaml", "# === SECRET - UK EYES ONLY ===\ndatabase_password: ${DB}\n",
     "SECRET - UK EYES ONLY"),
    ("config/secrets.yaml", "# === TOP SECRET ===\ndatabase_password: ${DB}\n", "TOP SECRET"),
])
def test_secret_over_other_settings_or_in_another_form_still_marks(
        name: str, content: str, found: str) -> None:
    assert markings(name, content) == [found]


@pytest.mark.parametrize("content", [
    "## Environment\n\n### SECRET\n\nThe client secret, from Key Vault.\n\n### TENANT_ID\n\n"
    "The tenant id.\n",
    "### SECRET\n\nThe client secret.\n\n### `PORT`\n\nThe port to listen on.\n",
])
def test_a_heading_secret_among_settings_headings_names_a_setting(content: str) -> None:
    assert markings("docs/environment.md", content) == []


@pytest.mark.parametrize("content", [
    "# SECRET\n\n# SUMMARY\n\nThe review covers licences.\n\n# BACKGROUND\n\nText.\n",
    "# SECRET\n\n## TENANT_ID\n\nThe tenant id.\n",
])
def test_a_heading_secret_over_sections_of_a_document_still_marks(content: str) -> None:
    assert markings("docs/review.md", content) == ["SECRET"]
