"""A service's administrator log-in written in notes or a message with no word for the
secret ("Jenkins: admin / <password>", "- Grafana (prod) - root / <password>") gives the
password when it has a password's mix of characters; a word, a placeholder or a role's
description there does not."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _secrets(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content) if f.kind == "secret"]


@pytest.mark.parametrize("line", [
    "Jenkins: admin / {pw}",
    "- Grafana (prod) - root / {pw}",
    "* **SonarQube:** `admin` / `{pw}`",
    "Portainer \u2013 administrator / {pw}",
])
@pytest.mark.parametrize("name", ["docs/handover.md", "notes/servers.txt"])
def test_a_services_admin_and_password_in_notes_gives_the_password(line: str,
                                                                   name: str) -> None:
    content = "Servers\n\n" + fill(line) + "\n"
    assert _secrets(name, content) == [("PASSWORD", fill("{pw}"))]


def test_it_is_found_in_a_chat_message() -> None:
    content = json.dumps([{"type": "message", "user": "U04ABCDE12",
                           "text": fill("Jenkins: admin / {pw} (rotate after go-live)")}])
    assert _secrets("export/channel.json", content + "\n") == [("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("line", [
    "Roles: admin / read-only",
    "Access: admin / contributor / reader",
    "Jenkins: admin / <password>",
    "Jenkins: admin / ${{JENKINS_ADMIN_PASSWORD}}",
    "Jenkins: admin / (see Key Vault)",
    "Default log-in for the local stack: admin / admin",
    "Users: root / Administrators",
    "Jenkins: admin / changeme123",
])
def test_roles_placeholders_and_words_stay_quiet(line: str) -> None:
    assert _secrets("docs/handover.md", fill(line) + "\n") == []


def test_a_pair_in_code_is_left_to_the_codes_own_rules() -> None:
    content = 'ROLES = "viewer: admin / Superuser1"\n'
    assert _secrets("app/roles.py", content) == []
