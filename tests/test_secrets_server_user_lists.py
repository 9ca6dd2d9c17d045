"""Servers' own lists of users hold a password for each: Redis's ACL file and redis.conf
(``user <name> on ><password> …``), HAProxy's userlist (``user <name> insecure-password
<password>``) and stats page (``stats auth <user>:<password>``), and Keycloak's realm export
(a user's ``"credentials": [{"type": "password", "value": "<password>"}]``). A variable, a
weak default, a hash and an empty form field stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize(("name", "line"), [
    ("redis/users.acl", "user {user} on >{pw} ~cache:* +@read"),
    ("redis/redis.conf", "user {user} reset on >{pw} ~* +@all"),
    ("haproxy/haproxy.cfg", "  user {user} insecure-password {pw}"),
    ("haproxy/haproxy.cfg", "  stats auth {user}:{pw}"),
])
def test_a_servers_user_and_password_are_found(name: str, line: str) -> None:
    content = fill(line) + "\n"
    assert _found(name, content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize(("name", "line"), [
    ("redis/users.acl", "user default on nopass ~* &* +@all"),
    ("redis/users.acl", "user admin on >changeme ~* +@all"),
    ("redis/users.acl", "user reader on #{hex}{hex32} ~* +@read"),
    ("redis/users.acl", "user worker on >${{REDIS_PASSWORD}} ~*"),
    ("haproxy/haproxy.cfg", "  user admin insecure-password admin"),
    ("haproxy/haproxy.cfg", "  stats auth ${{STATS_USER}}:${{STATS_PASS}}"),
])
def test_defaults_variables_and_hashes_stay_quiet(name: str, line: str) -> None:
    assert [t for t, _ in _found(name, fill(line) + "\n") if t != "USERNAME"] == []


def test_a_keycloak_users_password_credential_is_found() -> None:
    content = fill('{{"users": [{{"username": "{user}", "credentials": [{{"type": "password", '
                   '"value": "{pw}", "temporary": false}}]}}]}}\n')
    assert ("PASSWORD", fill("{pw}")) in _found("realm-export.json", content)


def test_a_keycloak_credential_written_over_lines_is_found() -> None:
    content = fill('{{\n  "credentials": [\n    {{\n      "type": "password",\n'
                   '      "value": "{pw}",\n      "temporary": false\n    }}\n  ]\n}}\n')
    assert _found("realm-export.json", content) == [("PASSWORD", fill("{pw}"))]


def test_a_form_fields_password_type_with_no_value_stays_quiet() -> None:
    content = ('{"fields": [{"name": "password", "type": "password", "value": ""}, '
               '{"name": "confirm", "type": "password", "label": "Confirm"}]}\n')
    assert _found("forms/login.json", content) == []
