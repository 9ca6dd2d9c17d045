"""SSH clients' calls name their account by position: JSch's ``getSession("<user>", host,
port)`` is a user name on its own, as a URL's user part is (its password is set later);
sshj's ``authPassword``, Ganymed's ``authenticateWithPassword`` and SSH.NET's clients
(``new SftpClient(host[, port], "<user>", "<password>")``) give a password and, beside a
real one, its user. Variables, a product's own account and placeholders stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


def test_the_account_jsch_opens_a_session_for_is_a_user_name() -> None:
    content = fill('Session session = jsch.getSession("{user}", "sftp.internal", 22);\n')
    assert _found("Transfer.java", content) == [("USERNAME", fill("{user}"))]


@pytest.mark.parametrize(("name", "line"), [
    ("Transfer.java", 'ssh.authPassword("{user}", "{pw}");'),
    ("Transfer.java", 'conn.authenticateWithPassword("{user}", "{pw}");'),
    ("Transfer.cs", 'using var sftp = new SftpClient("sftp.internal", 22, "{user}", "{pw}");'),
    ("Transfer.cs", 'using var ssh = new SshClient("sftp.internal", "{user}", "{pw}");'),
    ("Transfer.cs", 'var info = new PasswordConnectionInfo(host, "{user}", "{pw}");'),
])
def test_an_ssh_clients_account_and_password_by_position_are_found(name: str,
                                                                   line: str) -> None:
    content = fill(line) + "\n"
    assert _found(name, content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize(("name", "line"), [
    ("Transfer.java", "Session s = jsch.getSession(user, host, 22);"),
    ("Transfer.java", 'Session s = jsch.getSession("root", host, 22);'),
    ("Transfer.java", 'Session s = jsch.getSession("<user>", host, 22);'),
    ("Transfer.java", 'Session s = factory.getSession("default");'),
    ("Transfer.java", 'Session s = store.getSession("reports", true);'),
    ("Transfer.java", "HttpSession s = request.getSession(true);"),
    ("Transfer.cs", "var c = new SftpClient(host, user, password);"),
    ("Transfer.cs", 'var c = new SftpClient(host, 22, "tester", "changeme");'),
])
def test_variables_default_accounts_and_other_sessions_stay_quiet(name: str,
                                                                  line: str) -> None:
    assert _found(name, line + "\n") == []
