"""More clients that take credentials by position, with their user beside a real password:
Oracle's Python drivers (``cx_Oracle.connect("<user>", "<password>", dsn)``), ldap3's
``Connection(server, "<dn>", "<password>")``, go-ldap's ``Bind``, paramiko's
``connect("<host>", <port>, "<user>", "<password>")``, redis-py's ``Redis(host, port, db,
"<password>")``, Ruby pg's seven-argument ``PG.connect`` and Go's ``ssh.Password``.
Variables, the one-string forms read elsewhere and other calls of the same names stay
quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize(("name", "line"), [
    ("db.py", 'conn = cx_Oracle.connect("{user}", "{pw}", "db.internal/ORCLPDB1")'),
    ("db.py", "conn = oracledb.connect('{user}', '{pw}', dsn)"),
    ("db.py", 'conn = ldap3.Connection(server, "{user}", "{pw}", auto_bind=True)'),
    ("db.py", 'client.connect("sftp.internal", 22, "{user}", "{pw}")'),
    ("db.rb", 'conn = PG.connect("db.internal", 5432, nil, nil, "claims", "{user}", "{pw}")'),
    ("db.rb", 'conn = PG::Connection.new("db", 5432, "", "", "claims", "{user}", "{pw}")'),
])
def test_an_account_and_its_password_by_position_are_found(name: str, line: str) -> None:
    content = fill(line) + "\n"
    assert _found(name, content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize(("name", "line"), [
    ("db.py", 'conn = Connection(server, "cn={user},ou=svc,dc=defra", "{pw}")'),
    ("ldap.go", 'err = l.Bind("cn={user},ou=svc,dc=defra", "{pw}")'),
])
def test_a_bind_as_a_dn_gives_its_account_and_password(name: str, line: str) -> None:
    content = fill(line) + "\n"
    assert _found(name, content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize(("name", "line"), [
    ("cache.py", 'r = redis.Redis("cache.internal", 6379, 0, "{pw}")'),
    ("ssh.go", 'auth := []ssh.AuthMethod{{ssh.Password("{pw}")}}'),
])
def test_a_password_by_position_is_found(name: str, line: str) -> None:
    content = fill(line) + "\n"
    assert _found(name, content) == [("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize(("name", "line"), [
    ("db.py", "conn = cx_Oracle.connect(user, password, dsn)"),
    ("db.py", 'conn = oracledb.connect(user="app", password=pw, dsn=dsn)'),
    ("db.py", 'conn = sqlite3.Connection("claims.db", 5.0)'),
    ("db.py", "conn = Connection(server, user, password)"),
    ("db.py", 'sock.connect(("db.internal", 5432))'),
    ("db.py", 'client.connect("sftp.internal", 22, "{user}", password)'),
    ("db.py", 'smtp.connect("smtp.internal", 587)'),
    ("cache.py", "r = redis.Redis(host, 6379, 0, password)"),
    ("cache.py", 'r = redis.Redis("cache.internal", 6379, 0)'),
    ("db.rb", 'conn = PG.connect("host=db.internal dbname=claims")'),
    ("ssh.go", "auth := []ssh.AuthMethod{{ssh.Password(pw)}}"),
    ("ldap.go", "err = l.Bind(dn, password)"),
])
def test_variables_and_other_calls_stay_quiet(name: str, line: str) -> None:
    assert [t for t, _ in _found(name, fill(line) + "\n") if t != "USERNAME"] == []
