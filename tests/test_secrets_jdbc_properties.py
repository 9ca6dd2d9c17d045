"""A JDBC URL's properties after its host (``jdbc:sqlserver://<host>:1433;database=…;
user=<user>@<server>;password=<password>``) are read as pairs: Azure SQL's account holds an
``@``, which does not make the host and the properties before it a user and a password."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned("src/Conn.java", content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("properties", [
    "database=claims;user={user}@sql-prod;password={pw};encrypt=true",
    "user={user}@sql-prod;password={pw}",
])
def test_an_account_with_its_servers_name_is_the_user_and_its_password_found(
        properties: str) -> None:
    content = fill('String url = "jdbc:sqlserver://sql-prod.database.windows.net:1433;'
                   + properties + '";\n')
    assert _found(content) == [("USERNAME", fill("{user}@sql-prod")),
                               ("CONNECTION_STRING_PASSWORD", fill("{pw}"))]


def test_a_url_with_a_user_and_password_before_its_host_is_still_read() -> None:
    content = fill('String url = "postgresql://{user}:{pw}@db.internal:5432/claims";\n')
    assert _found(content) == [("USERNAME", fill("{user}")),
                               ("CONNECTION_STRING_PASSWORD", fill("{pw}"))]
