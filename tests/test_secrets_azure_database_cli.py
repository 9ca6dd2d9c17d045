"""The Azure CLI's database server commands take the administrator's account and password
as short flags (``az sql server create -u <account> -p <password>``; the same for ``az
postgres`` and ``az mysql``, flexible or not, and ``update``): the password is a secret and
the account a user name. A variable there, and ``-p`` in commands where it is something else,
stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned("deploy.sh", content)
            if f.type in ("USERNAME", "CONNECTION_STRING_PASSWORD", "PASSWORD")]


@pytest.mark.parametrize("command", [
    "az sql server create -n sql-claims -g rg-claims -u {user} -p '{pw}'",
    "az postgres flexible-server create --name pg-claims -u {user} -p \"{pw}\" --tier Burstable",
    "az mysql server create -g rg-claims -n my-claims -u {user} -p '{pw}' --sku-name B_Gen5_1",
])
def test_an_azure_database_servers_administrator_is_found(command: str) -> None:
    content = fill(command) + "\n"
    assert _found(content) == [("USERNAME", fill("{user}")),
                               ("CONNECTION_STRING_PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("command", [
    "az sql server update -n sql-claims -g rg-claims -p \"$SQL_ADMIN_PASSWORD\"",
    "az sql db create -n claims -g rg-claims -s sql-claims -p 1",
    "az storage blob upload -c claims -f report.csv -n report.csv -p false",
])
def test_a_variable_or_another_commands_p_flag_stays_quiet(command: str) -> None:
    assert _found(command + "\n") == []
