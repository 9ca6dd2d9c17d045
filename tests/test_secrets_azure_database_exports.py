"""An Azure SQL database's export and import (``az sql db export|import``) and a flexible
server's own client (``az postgres|mysql flexible-server connect|execute``) log in as the
server's administrator: ``-u`` is its account and ``-p`` its password, as for ``create``.
A variable, a placeholder or another command's ``-p`` is no password."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned("deploy.sh", content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("line", [
    "az sql db export -g rg-ffc -s sql-ffc -n claims -u {user} -p {pw} --storage-uri $URI",
    "az sql db import -g rg-ffc -s sql-ffc -n claims -u {user} -p '{pw}' --storage-uri $URI",
    "az postgres flexible-server connect -n pg-ffc -u {user} -p {pw} -d claims",
    "az mysql flexible-server execute -n my-ffc -u {user} -p {pw} -q 'select 1'",
])
def test_the_administrators_password_is_found(line: str) -> None:
    content = fill(line) + "\n"
    assert _found(content) == [("USERNAME", fill("{user}")),
                               ("CONNECTION_STRING_PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("line", [
    'az sql db export -g rg -s sql -n claims -u {user} -p "$SQL_PASSWORD" --storage-uri $URI',
    "az sql db export -g rg -s sql -n claims -u {user} -p <password>",
    "az postgres flexible-server connect -n pg -u {user} -p changeme",
    "az storage blob upload --account-name st -c c -n f -f f --auth-mode login -p path",
])
def test_variables_placeholders_and_other_commands_give_no_password(line: str) -> None:
    assert [t for t, _ in _found(fill(line) + "\n") if t != "USERNAME"] == []
