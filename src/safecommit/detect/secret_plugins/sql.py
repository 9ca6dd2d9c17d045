"""Database accounts made or changed in SQL with their password: the password, and the account.

``CREATE LOGIN <login> WITH PASSWORD = '…'`` and ``ALTER LOGIN`` (SQL Server), ``CREATE USER
<user> IDENTIFIED BY '…'`` (MySQL, Oracle), ``CREATE ROLE <role> WITH LOGIN PASSWORD '…'``,
``ALTER ROLE`` and ``ALTER USER`` (PostgreSQL), MySQL's ``SET PASSWORD FOR '<user>'@'<host>' =
'…'`` and ``GRANT … TO <user> IDENTIFIED BY '…'``. The account is named only beside a real
password: ``CREATE USER x FOR LOGIN y`` and ``PASSWORD NULL`` name no credential.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from safecommit.detect.secret_plugins.keywords import strong_enough
from safecommit.detect.secret_plugins.model import Hit, Line
from safecommit.detect.secret_plugins.values import rejection, username_rejection
from safecommit.lazyre import lazy

# Every statement starts with one of these or holds IDENTIFIED BY: words of their own, so
# that the many lines with "pass" in them never reach the statements' pattern.
TRIGGERS = frozenset({"identified", "create login", "create user", "create role", "alter login",
                      "alter user", "alter role", "set password"})

# An account's name: bare, "quoted", [bracketed], `quoted` or MySQL's 'user'@'host'.
_NAME = (r"(?:\"(?P<dq>[^\"\n]{1,128})\"|\[(?P<br>[^\]\n]{1,128})\]"
         r"|(?P<q>['`])(?P<sq>[^'`\n]{1,128})(?P=q)(?:@(?P<hq>['`])[^'`\n]*(?P=hq))?"
         r"|(?P<bare>[A-Za-z_][\w$.-]{0,127}))")
# The password's literal: 'x' (N'x' in T-SQL), "x" (Oracle), or a bare word (Oracle).
_PASSWORD = (r"(?:N?'(?P<pq>(?:[^'\n]|''){1,256})'|\"(?P<pd>[^\"\n]{1,256})\""
             r"|(?P<pb>[A-Za-z0-9][^\s;,'\"()]{0,255}))")
_SAYS_PASSWORD = (r"(?:(?:ENCRYPTED\s+)?PASSWORD(?:\s*=\s*|\s+)"
                  r"|IDENTIFIED\s+(?:WITH\s+['\"]?\w+['\"]?\s+)?BY(?:\s+PASSWORD)?\s+)")
# A T-SQL binary literal: the only bare password it takes is a hash (0x0200…, HASHED).
_BINARY = lazy(r"0x[0-9A-Fa-f]+$")
_STATEMENTS = lazy(
    rf"(?i)\b(?:(?:CREATE|ALTER)\s+(?:LOGIN|USER|ROLE)(?:\s+IF\s+NOT\s+EXISTS)?"
    rf"|GRANT\s[^;]{{1,200}}?\sTO)\s+{_NAME}"
    # what may stand between the account and its password: WITH, LOGIN, options
    rf"(?:\s+(?:WITH|LOGIN|NOLOGIN|SUPERUSER|NOSUPERUSER|CREATEDB|NOCREATEDB|CREATEROLE"
    rf"|INHERIT|NOINHERIT|REPLICATION|CONNECTION\s+LIMIT\s+\d+))*\s+{_SAYS_PASSWORD}{_PASSWORD}")
_SET_PASSWORD = lazy(
    rf"(?i)\bSET\s+PASSWORD\s+FOR\s+{_NAME}\s*=\s*(?:PASSWORD\s*\(\s*)?{_PASSWORD}")


def _accounts(line: Line) -> Iterator[tuple[re.Match[str], str, str]]:
    """(match, account group, password group) of each statement whose password is real."""
    text = line.text
    for m in (*_STATEMENTS.finditer(text), *_SET_PASSWORD.finditer(text)):
        user = next(g for g in ("dq", "br", "sq", "bare") if m.group(g) is not None)
        password = next(g for g in ("pq", "pd", "pb") if m.group(g) is not None)
        if password == "pb" and line.syntax != "sql":
            continue  # a bare word only in a SQL file: elsewhere "alter user … password reset"
        value = m.group(password)
        if password == "pb" and _BINARY.match(value):
            continue  # T-SQL's PASSWORD = 0x… HASHED: a login's hash, copied from the server
        if rejection(value, "password") is None \
                and strong_enough(value, "password", line.syntax):
            yield m, user, password


def find(line: Line) -> Iterator[Hit]:
    for m, _, password in _accounts(line):
        yield Hit(m.start(password), m.end(password), m.group(password), "PASSWORD",
                  "sql-account", 0.9, priority=10)


def find_users(line: Line) -> Iterator[Hit]:
    for m, user, _ in _accounts(line):
        if username_rejection(m.group(user)) is None:
            yield Hit(m.start(user), m.end(user), m.group(user), "USERNAME", "sql-account",
                      0.85, priority=10, kind="personal-data")
