"""SECRET alone heading a document's note about a secret value ("# SECRET", then "The
client secret lives in Key Vault.") documents a setting, as a legacy word does heading a
note that uses it as its own word ("# PROTECT", then "How we protect the API"); a data
file's key over the
settings indented under it (YAML's ``SECRET:``) and an INI or TOML section's header over
its settings (``[SECRET]``, a level's own section) are config, not banners. SECRET heading
anything else, a handling instruction below it, and a marking in a config's comment still
mark."""

from __future__ import annotations

import pytest

from conftest import found


def markings(name: str, content: str) -> list[str]:
    return found(name, content, kind="marking")


@pytest.mark.parametrize(("name", "content"), [
    ("docs/auth.md", "# SECRET\n\nThe OAuth client secret. Rotate it every 90 days.\n"),
    ("docs/auth.md", "## SECRET\nThe client secret. Ask the team lead for it.\n"),
    ("docs/auth.md", "# Configuring the service\n\nSet these first.\n\n# SECRET\n\n"
     "The client secret is read from Key Vault at start-up.\n\n## Tenant\n"),
    ("docs/auth.rst", "SECRET\n======\n\nThe client secret lives in the vault.\n"),
    ("docs/auth.txt", "SECRET\n\nThe signing password, held in Key Vault.\n"),
    ("docs/abuse.md", "# PROTECT\n\nHow we protect the API from abuse: rate limits.\n"),
    ("docs/middleware.rst", "PROTECT\n=======\n\nThe protect middleware guards routes.\n"),
    ("docs/access.md", "## RESTRICTED\n\nThese endpoints are restricted to admin users.\n"),
])
def test_a_heading_secret_over_a_note_about_a_secret_value_is_not_a_marking(
        name: str, content: str) -> None:
    assert markings(name, content) == []


@pytest.mark.parametrize(("name", "content"), [
    ("config/app.yaml", "SECRET:\n  client_id: abc\n  client_secret: ${CLIENT_SECRET}\n"),
    ("config/levels.yaml", "OFFICIAL-SENSITIVE:\n  retention_days: 30\n"),
    ("config/app.ini", "[SECRET]\nclient_id = abc\nclient_secret = ${CLIENT_SECRET}\n"),
    ("config/app.toml", "[SECRET]\n# from the pipeline\nclient_id = \"abc\"\n"),
    ("config/app.cfg", "[server]\nport = 8080\n\n[TOP SECRET]\nretention_days = 30\n"),
    ("config/levels.ini", "[OFFICIAL-SENSITIVE]\nretention_days = 30\nbanner_colour = red\n"),
])
def test_a_config_key_or_section_named_for_a_level_is_not_a_marking(
        name: str, content: str) -> None:
    assert markings(name, content) == []


@pytest.mark.parametrize(("name", "content", "found"), [
    ("docs/brief.md", "# SECRET\n\nOperation Nightjar: the deployment plan.\n", "SECRET"),
    ("docs/brief.md", "# SECRET\n\nDo not share the secret plan outside the team.\n",
     "SECRET"),
    ("docs/review.md", "# SECRET\n\n## TENANT_ID\n\nThe tenant id.\n", "SECRET"),
    ("docs/review.md", "RESTRICTED\n\nThis document is restricted to the board.\n",
     "RESTRICTED"),
    ("docs/review.md", "# SECRET\n\nThis file lists the secret sites.\n", "SECRET"),
    ("config/app.ini", "; OFFICIAL-SENSITIVE\n[server]\nport = 8080\n", "OFFICIAL-SENSITIVE"),
    ("config/app.ini", "[SECRET]\n", "SECRET"),
])
def test_secret_over_other_text_or_a_comment_banner_still_marks(
        name: str, content: str, found: str) -> None:
    assert markings(name, content) == [found]
