"""A YAML mapping headed by a user (``user:``, or an Ansible module that makes one:
``community.postgresql.postgresql_user:``, ``win_user:``) names its account with ``name:``:
a user name when the block's password is a real one. A vault lookup, a weak password and a
block with no password leave the name alone."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("head", [
    "  community.postgresql.postgresql_user:",
    "  mysql_user:",
    "  ansible.windows.win_user:",
])
def test_an_ansible_user_modules_name_beside_a_real_password_is_a_user_name(head: str) -> None:
    content = fill("- name: create the reporting account\n" + head + "\n"
                   '    name: "{user}"\n    password: "{pw}"\n    priv: ALL\n')
    assert _found("playbooks/site.yml", content) == [("USERNAME", fill("{user}")),
                                                     ("PASSWORD", fill("{pw}"))]


def test_a_settings_user_block_names_its_account() -> None:
    content = fill("user:\n  name: {user}\n  password: {pw}\n")
    assert _found("config/app.yaml", content) == [("USERNAME", fill("{user}")),
                                                  ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("content", [
    '- postgresql_user:\n    name: app_reader\n    password: "{{ vault_db_password }}"\n',
    "admin_user:\n  name: svc_admin\n  password: changeme\n",
    "user:\n  name: svc_admin\n  shell: /bin/bash\n",
])
def test_a_lookup_a_weak_password_or_none_leaves_the_name_alone(content: str) -> None:
    assert _found("playbooks/site.yml", content) == []
