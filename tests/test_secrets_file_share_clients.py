"""File-transfer and file-share clients take their account and password by position:
Python's ``ftplib.FTP(host, "<user>", "<password>")`` and ``FTP_TLS``, and pysmb's
``SMBConnection("<user>", "<password>", client, server)``. Variables, an anonymous log-in,
placeholders and impacket's ``SMBConnection(name, host)`` (no credentials) stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("line", [
    'ftp = ftplib.FTP_TLS("ftp.internal", "{user}", "{pw}")',
    'ftp = FTP_TLS("ftp.internal", "{user}", "{pw}", timeout=30)',
    "ftp = ftplib.FTP('ftp.internal', '{user}', '{pw}')",
    'conn = SMBConnection("{user}", "{pw}", "etl-worker", "fileserver", use_ntlm_v2=True)',
])
def test_a_file_clients_account_and_password_by_position_are_found(line: str) -> None:
    content = fill(line) + "\n"
    assert _found("transfer.py", content) == [("USERNAME", fill("{user}")),
                                              ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("line", [
    "ftp = ftplib.FTP_TLS(host, user, passwd)",
    'ftp = ftplib.FTP("ftp.internal")',
    'ftp = ftplib.FTP("ftp.internal", "anonymous", "guest@example.com")',
    'ftp = FTP_TLS("ftp.internal", "<user>", "<password>")',
    "conn = SMBConnection(user, password, client_name, server_name)",
    'conn = SMBConnection("FILESERVER01", "fileserver.internal")',
    'conn = SMBConnection("FILESERVER01", "fileserver.internal", sess_port=445)',
])
def test_variables_anonymous_log_ins_and_other_calls_stay_quiet(line: str) -> None:
    assert _found("transfer.py", line + "\n") == []
