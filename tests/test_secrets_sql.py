"""Database accounts made or changed in SQL with their password: the password is a secret
and the account's name is personal data, in every common dialect; a statement with no real
password (a placeholder, a variable, a hash, NULL, no password at all) names neither."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import fill, scan


@pytest.mark.parametrize(("name", "template", "user"), [
    # SQL Server: a login and its password, then a change of password
    ("002_service_accounts.sql", "CREATE LOGIN {user} WITH PASSWORD = '{pw}';\n", "{user}"),
    ("logins.sql", "CREATE LOGIN [{user}] WITH PASSWORD = N'{pw}', CHECK_POLICY = OFF;\n",
     "{user}"),
    ("logins.sql", "ALTER LOGIN {user} WITH PASSWORD = '{pw}';\n", "{user}"),
    # MySQL and Oracle
    ("init.sql", "CREATE USER '{user}'@'%' IDENTIFIED BY '{pw}';\n", "{user}"),
    ("init.sql", "CREATE USER `{user}`@`localhost` IDENTIFIED WITH mysql_native_password BY "
                 "'{pw}';\n", "{user}"),
    ("init.sql", "CREATE USER IF NOT EXISTS {user} IDENTIFIED BY \"{pw}\";\n", "{user}"),
    ("schema.sql", "ALTER USER {user} IDENTIFIED BY {pw};\n", "{user}"),
    ("grants.sql", "SET PASSWORD FOR '{user}'@'localhost' = '{pw}';\n", "{user}"),
    ("grants.sql", "GRANT SELECT ON frp.* TO '{user}'@'%' IDENTIFIED BY '{pw}';\n", "{user}"),
    # PostgreSQL: roles and users, with options before the password
    ("roles.sql", "CREATE ROLE {user} WITH LOGIN PASSWORD '{pw}';\n", "{user}"),
    ("roles.sql", "ALTER ROLE {user} WITH PASSWORD '{pw}' VALID UNTIL '2030-01-01';\n",
     "{user}"),
    ("roles.sql", "ALTER USER \"{user}\" WITH ENCRYPTED PASSWORD '{pw}';\n", "{user}"),
    ("roles.sql", "CREATE USER {user} WITH NOSUPERUSER CREATEDB PASSWORD '{pw}';\n", "{user}"),
    # the same statements inside code, a shell script and a runbook
    ("migrate.py", 'cur.execute("CREATE USER {user} WITH PASSWORD \'{pw}\'")\n', "{user}"),
    ("init-db.sh", "psql -c \"CREATE USER {user} WITH PASSWORD '{pw}';\"\n", "{user}"),
    ("RESTORE.md", "Run `ALTER LOGIN {user} WITH PASSWORD = '{pw}'` after the restore.\n",
     "{user}"),
])
def test_an_account_made_with_its_password_names_both(cli: Any, tmp_path: Path, name: str,
                                                      template: str, user: str) -> None:
    content = fill(template)
    secrets = scan(cli, tmp_path, name, content)
    assert [f["type"] for f in secrets] == ["PASSWORD"]
    users = scan(cli, tmp_path, name, content, kind="personal-data")
    assert [(f["type"], f["end_column"] - f["column"]) for f in users] \
        == [("USERNAME", len(fill(user)))]


@pytest.mark.parametrize(("name", "content"), [
    # a placeholder, a variable of psql, sqlcmd or the shell, NULL, a hash, no password
    ("init.sql", "CREATE USER app_reader WITH PASSWORD '<password>';\n"),
    ("init.sql", "CREATE USER app_reader WITH PASSWORD 'changeme';\n"),
    ("init.sql", "CREATE USER app_reader WITH PASSWORD :'app_password';\n"),
    ("init.sql", "CREATE LOGIN app_reader WITH PASSWORD = '$(AppReaderPassword)';\n"),
    ("init.sql", "ALTER ROLE app_reader WITH PASSWORD NULL;\n"),
    ("init.sql", "CREATE USER app_reader FOR LOGIN app_reader;\n"),
    ("init.sql", "CREATE ROLE app_reader WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:c2FsdHNhbHQ="
                 "$aGFzaGhhc2g=:c2VydmVyc2lnbg==';\n"),
    ("init.sh", "psql -c \"ALTER USER app_reader WITH PASSWORD '$APP_READER_PASSWORD';\"\n"),
    # a login's hash copied from the server (T-SQL's HASHED), a bind variable, and an
    # account whose password the directory or the system checks
    ("logins.sql", "CREATE LOGIN app_reader WITH PASSWORD = 0x0200" + "A1B2C3D4" * 17
                   + " HASHED;\n"),
    ("init.sql", "CREATE USER app_reader IDENTIFIED BY :app_password;\n"),
    ("init.sql", "CREATE USER app_reader IDENTIFIED EXTERNALLY;\n"),
    ("init.sql", "CREATE USER app_reader IDENTIFIED GLOBALLY AS 'CN=app_reader,O=example';\n"),
    # code that builds the statement from variables
    ("migrate.py", "cur.execute(f\"CREATE USER {user} WITH PASSWORD '{password}'\")\n"),
    ("migrate.py", 'cur.execute("CREATE ROLE %s WITH LOGIN PASSWORD %s", (user, pw))\n'),
    # prose that reads like a statement
    ("GUIDE.md", "To create user accounts with password reset enabled, see the admin guide.\n"),
    ("GUIDE.md", "Alter user details with password confirmation required.\n"),
])
def test_a_statement_with_no_real_password_names_no_account(cli: Any, tmp_path: Path,
                                                            name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []
    assert scan(cli, tmp_path, name, content, kind="personal-data") == []


def test_a_product_s_own_account_is_not_personal_data(cli: Any, tmp_path: Path) -> None:
    content = fill("ALTER USER postgres WITH PASSWORD '{pw}';\n")
    assert [f["type"] for f in scan(cli, tmp_path, "init.sql", content)] == ["PASSWORD"]
    assert scan(cli, tmp_path, "init.sql", content, kind="personal-data") == []
