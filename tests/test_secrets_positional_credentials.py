"""Credentials passed by position where no key names them: Python's MySQL and SQL Server
drivers (``MySQLdb.connect(host, "<user>", "<password>", db)``, ``pymysql.connect`` and
``pymssql.connect`` alike) and Go's ``smtp.PlainAuth("", "<user>", "<password>", host)`` and
``smtp.CRAMMD5Auth("<user>", "<secret>")``, Ruby's ``Net::SMTP.start`` and ``Net::FTP.new``
and JavaMail's ``transport.connect("<host>", "<user>", "<password>")``. Variables there stay
quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill

_TYPES = ("USERNAME", "PASSWORD", "CONNECTION_STRING_PASSWORD")


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content) if f.type in _TYPES]


@pytest.mark.parametrize("call", [
    'db = MySQLdb.connect("db.prod.internal", "{user}", "{pw}", "claims")',
    "conn = pymysql.connect('db.prod.internal', '{user}', '{pw}', 'claims')",
    'conn = pymssql.connect("sql-prod.database.windows.net", "{user}", "{pw}", "claims")',
])
def test_a_python_drivers_user_and_password_by_position_are_found(call: str) -> None:
    content = fill(call) + "\n"
    assert _found("etl.py", content) == [("USERNAME", fill("{user}")),
                                         ("CONNECTION_STRING_PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize(("name", "call"), [
    ("mail.go", 'auth := smtp.PlainAuth("", "{user}", "{pw}", "smtp.office365.com")'),
    ("mail.go", 'auth := smtp.CRAMMD5Auth("{user}", "{pw}")'),
    ("mailer.rb", "Net::SMTP.start('smtp.office365.com', 587, 'defra.gov.uk', '{user}', '{pw}', "
                  ":login)"),
    ("upload.rb", "ftp = Net::FTP.new('ftp.prod.internal', '{user}', '{pw}')"),
    ("Mailer.java", 'transport.connect("smtp.office365.com", "{user}", "{pw}");'),
])
def test_a_mail_or_ftp_clients_user_and_password_by_position_are_found(name: str,
                                                                       call: str) -> None:
    content = fill(call) + "\n"
    assert _found(name, content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize(("name", "call"), [
    ("etl.py", "conn = pymssql.connect(host, user, password, 'claims')"),
    ("etl.py", "db = MySQLdb.connect(cfg.host, cfg.user, os.environ['DB_PASSWORD'], 'claims')"),
    ("mail.go", "auth := smtp.PlainAuth(\"\", cfg.User, cfg.Password, cfg.Host)"),
    ("upload.rb", "ftp = Net::FTP.new(host, user, ENV.fetch('FTP_PASSWORD'))"),
    ("Mailer.java", "transport.connect(host, user, password);"),
    ("Client.java", 'socket.connect("api.prod.internal", "claims", "Readme.md");'),
])
def test_variables_passed_by_position_stay_quiet(name: str, call: str) -> None:
    assert _found(name, call + "\n") == []
