"""Credentials passed by position to well-known commands, where no key or flag names them.

``rabbitmqctl add_user <user> <password>``, Oracle's ``mkstore … -createCredential <alias>
<user> <password>``, ``htpasswd -b <file> <user> <password>``, ``echo '<user>:<password>' |
chpasswd``, ``net user <user> <password> /add``, ``ssh-keygen … -N <passphrase>``, ``az
keyvault secret set … --value <secret>``, ``gh secret set … --body <secret>``, Redis's ``ACL
SETUSER <user> … ><password>`` (and its ACL file's ``user <user> on ><password>``),
HAProxy's ``user <user> insecure-password <password>`` and ``stats auth <user>:<password>``,
OpenLDAP's ``ldapsearch -D <dn> -w <password>``, Poetry's
``poetry config http-basic.<repo> <user> <password>``, an archive's ``zip -P <password>``,
``7z x -p<password>`` and ``unrar x -p<password>``, ``openssl enc … -k <password>``, ``lftp
-u <user>,<password>``, ``schtasks … /RU <user> /RP <password>``, sqlpackage's
``/tp:<password>``, an ftp session's ``user <user> <password>`` in its here-document, a
literal echoed into ``sudo -S``, ``passwd --stdin``, ``gpg --passphrase-fd 0`` or a secret
store's command, Databricks' ``secrets put-secret … --string-value <secret>``, AWS's ``ssm
put-parameter --type SecureString --value <secret>``, an expect script's ``send
"<password>\\r"`` to a password's prompt, and cloud-init's ``chpasswd`` list of
``<user>:<password>``: in a script, a Dockerfile, a CI step, a cloud-config or a runbook.
Each command is one declaration: its pattern, with the user (``u``) and the secret (``p``)
it takes. Only a literal counts: a variable is no secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from safecommit.detect.secret_plugins.keywords import strong_enough
from safecommit.detect.secret_plugins.model import Hit, Line
from safecommit.detect.secret_plugins.values import account_span, rejection
from safecommit.lazyre import lazy

# One argument of a command line: quoted, or a bare word up to a space or a pipe.
_ARG = r"""(?:'[^'\n]*'|"[^"\n]*"|[^\s'";|&<>]+)"""
# The rest of one command, up to a space before the option looked for: not past a pipe or
# the next command.
_SAME_COMMAND = r"(?:\s[^\n|;&]*?)?\s"
# A literal echoed into a pipe: the command after it reads it.
_PIPED = rf"\b(?:echo|printf)\s+(?:-[enE]+\s+)*(?P<p>{_ARG})\s*\|\s*"
# 7-Zip's and RAR's password joined to its switch (-p<password>, "-p<password>"): a switch
# with nothing joined to it asks for the password, and RAR's -p- says there is none.
_JOINED_PASSWORD = rf"""["']?-h?p(?P<p>{_ARG})"""


def _flags_with(letter: str) -> str:
    """A look ahead: one of the short flags that follow holds ``letter`` (-b, -cb, -nbB)."""
    return rf"(?=(?:-[A-Za-z]+\s+)*-[A-Za-z]*{letter})"


@dataclass(frozen=True)
class Command:
    """A command, and what it takes: ``u`` the account, ``p`` the password or secret."""

    pattern: str
    triggers: tuple[str, ...]  # lower-case literals, one of which every match contains
    type: str = "PASSWORD"


COMMANDS: tuple[Command, ...] = (
    Command(rf"\brabbitmqctl\s+(?:add_user|change_password)\s+(?P<u>{_ARG})\s+(?P<p>{_ARG})",
            ("rabbitmqctl",)),
    # -b takes the password from the command line; with -n there is no file before the user
    Command(rf"\bhtpasswd\s+{_flags_with('b')}(?=(?:-[A-Za-z]+\s+)*-[A-Za-z]*n)"
            rf"(?:-[A-Za-z]+\s+)+(?P<u>{_ARG})\s+(?P<p>{_ARG})", ("htpasswd",)),
    Command(rf"\bhtpasswd\s+{_flags_with('b')}(?!(?:-[A-Za-z]+\s+)*-[A-Za-z]*n)"
            rf"(?:-[A-Za-z]+\s+)+{_ARG}\s+(?P<u>{_ARG})\s+(?P<p>{_ARG})", ("htpasswd",)),
    Command(r"\becho\s+(?:-[en]\s+)?['\"]?(?P<u>[A-Za-z_][\w.-]{0,31}):(?P<p>[^\s'\"]+)['\"]?"
            r"\s*\|\s*(?:sudo\s+)?chpasswd\b", ("chpasswd",)),
    Command(rf"(?i)\bnet\s+user\s+(?P<u>{_ARG})\s+(?P<p>(?![/*]){_ARG})(?=\s+/|\s*$)",
            ("net user",)),
    Command(rf"\bssh-keygen\b[^\n]*?\s-N\s*(?P<p>{_ARG})", ("ssh-keygen",)),
    Command(rf"\baz\s+keyvault\s+secret\s+set\b[^\n]*?\s--value[\s=]+(?P<p>{_ARG})",
            ("keyvault secret set",), "GENERIC_SECRET"),
    Command(rf"\bgh\s+secret\s+set\b[^\n]*?\s(?:--body|-b)[\s=]+(?P<p>{_ARG})",
            ("gh secret set",), "GENERIC_SECRET"),
    # Databricks' secret scopes: secrets put-secret (or the legacy put) … --string-value
    Command(rf"\bdatabricks\s+secrets\s+put(?:-secret)?\b[^\n]*?\s--string-value[\s=]+"
            rf"(?P<p>{_ARG})", ("string-value",), "GENERIC_SECRET"),
    # AWS Systems Manager's put-parameter of a SecureString: its --value, either side of --type
    Command(rf"\bssm\s+put-parameter\b(?=[^\n]*?\s--type[\s=]+[\"']?SecureString\b)"
            rf"[^\n]*?\s--value[\s=]+(?P<p>{_ARG})", ("put-parameter",), "GENERIC_SECRET"),
    Command(rf"(?i)\bACL\s+SETUSER\s+(?P<u>{_ARG})[^\n]*?\s['\"]?>(?P<p>[^\s'\"]+)",
            ("setuser",)),
    # the same rules kept in Redis's ACL file or redis.conf: user <name> on ><password> …
    Command(rf"^\s*user\s+(?P<u>{_ARG})\s(?:[^\n>]*?\s)?>(?P<p>[^\s'\"]+)", (" on >",)),
    # HAProxy: a userlist's "user <name> insecure-password <password>", and the stats
    # page's "stats auth <user>:<password>"
    Command(rf"^\s*user\s+(?P<u>{_ARG})\s+insecure-password\s+(?P<p>{_ARG})",
            ("insecure-password",)),
    Command(r"^\s*stats\s+auth\s+(?P<u>[^\s:]+):(?P<p>\S+)", ("stats auth",)),
    # Poetry keeps a repository's credentials: http-basic.<repo> <user> <password>, and
    # pypi-token.<repo> <token>
    Command(rf"\bpoetry\s+config\s+(?:--[\w-]+\s+)*http-basic\.[\w.-]+\s+(?P<u>{_ARG})"
            rf"\s+(?P<p>{_ARG})", ("http-basic",)),
    Command(rf"\bpoetry\s+config\s+(?:--[\w-]+\s+)*pypi-token\.[\w.-]+\s+(?P<p>{_ARG})",
            ("pypi-token",), "GENERIC_SECRET"),
    # OpenLDAP's tools bind as -D <dn> with -w <password>, in either order
    Command(rf"\bldap\w+\s[^\n]{{0,200}}?-D\s*(?P<u>{_ARG})[^\n]{{0,200}}?\s-w\s*(?P<p>{_ARG})",
            ("ldap",)),
    Command(rf"\bldap\w+\s[^\n]{{0,200}}?-w\s*(?P<p>{_ARG})[^\n]{{0,200}}?\s-D\s*(?P<u>{_ARG})",
            ("ldap",)),
    # an archive's password: zip's and unzip's -P, an option before the archive (unzip's -p
    # is "to the screen")
    Command(rf"\b(?:un)?zip(?:\.exe)?{_SAME_COMMAND}-P\s*(?P<p>{_ARG})",
            ("zip -", "zip.exe -")),
    Command(rf"\b7z[arz]?(?:\.exe)?{_SAME_COMMAND}{_JOINED_PASSWORD}",
            ("7z ", "7za ", "7zr ", "7zz ", "7z.exe ")),
    Command(rf"\b(?:un)?rar(?:\.exe)?{_SAME_COMMAND}{_JOINED_PASSWORD}", ("rar ",)),
    # openssl's cipher commands take the password after -k (-kfile names a file)
    Command(rf"\bopenssl(?:\.exe)?\s+(?:enc|aes|des|bf|camellia|chacha20|aria|sm4|seed|cast"
            rf"|rc[245]|idea)[\w-]*{_SAME_COMMAND}-k\s+(?P<p>{_ARG})", ("openssl",)),
    # a literal piped into a command that reads a password or a secret from its input
    Command(rf"{_PIPED}(?:sudo\s+)?gcloud\s+secrets\s+(?:create|versions\s+add)\b[^|\n]*?"
            r"\s--data-file[= ]-(?![\w./-])", ("gcloud secrets",), "GENERIC_SECRET"),
    Command(rf"{_PIPED}docker\s+secret\s+create\b[^|\n]*?\s-(?![\w./-])", ("secret create",),
            "GENERIC_SECRET"),
    Command(rf"{_PIPED}(?:kubectl\s+create\s+secret\b|az\s+keyvault\s+secret\s+set\b)[^|\n]*?"
            r"[\s=]/dev/stdin\b", ("/dev/stdin",), "GENERIC_SECRET"),
    Command(rf"{_PIPED}sudo\s+(?:-[A-Za-z]+\s+)*-[A-Za-z]*S\b", ("sudo -",)),
    Command(rf"{_PIPED}(?:sudo\s+)?passwd\s+--stdin\b", ("passwd --stdin",)),
    Command(rf"{_PIPED}(?:sudo\s+)?gpg2?\b[^|\n]*?\s--passphrase-fd[= ]0\b",
            ("passphrase-fd",)),
    # a scheduled task's run-as account and its password (/RP * asks for it)
    Command(rf"(?i)\bschtasks(?:\.exe)?\b[^\n]*?\s/RU\s+(?P<u>{_ARG})[^\n]*?\s/RP\s+(?P<p>{_ARG})",
            ("schtasks",)),
    # sqlpackage's short switches for a source's or a target's password
    Command(rf"(?i)\bsqlpackage(?:\.exe)?\b[^\n]*?\s/[st]p:(?P<p>{_ARG})", ("sqlpackage",)),
    # Oracle's wallet keeps a database's log-in under an alias: mkstore … -createCredential
    # <alias> <user> <password> (or -modifyCredential); with no password given it asks for one
    Command(rf"(?i)\bmkstore(?:\.bat)?\b[^\n|;&]*?\s-(?:create|modify)Credential\s+{_ARG}"
            rf"\s+(?P<u>(?!-){_ARG})\s+(?P<p>(?!-){_ARG})", ("mkstore",)),
    # and any secret under a name: mkstore … -createEntry <name> <secret>
    Command(rf"(?i)\bmkstore(?:\.bat)?\b[^\n|;&]*?\s-(?:create|modify)Entry\s+{_ARG}"
            rf"\s+(?P<p>(?!-){_ARG})", ("mkstore",), "GENERIC_SECRET"),
    # lftp's -u <user>,<password>
    Command(r"""\blftp\b[^\n|;&]*?\s-u\s+(?P<q>['"]?)(?P<u>[^\s,'"`<>]+),"""
            r"""(?P<p>[^\s'"`<>|;&]+)(?P=q)""", ("lftp",)),
)
# An expect script's answer to the password prompt it waits for: expect "…assword:" then
# send "<password>\r", on the same line or the next. Tcl's $variable and [command] are
# filled in when it runs.
_SEND = lazy(r'\bsend\s+(?:--\s+)?"(?P<p>[^"\n$\[]+?)(?:\\r|\\n)?"')
_PASSWORD_PROMPT = lazy(r"(?i)\bexpect\b[^\n]*?(?:assword|passphrase|passcode)")
_SEND_WORDS = frozenset({'send "', 'send -- "'})
_PROMPT_LINES = 2
# An ftp session fed from a here-document: its log-in is its own commands, "user <user>
# <password>" (ftp -n) or "quote USER <user>" and "quote PASS <password>", before the
# document's closing word.
_FTP_HEREDOC = lazy(
    r"\bftp\s+(?:-[A-Za-z]+\s+)*[^\s<|;&-][^\s<|;&]*\s*<<-?\s*['\"]?(?P<end>\w+)['\"]?")
_FTP_USER = lazy(r"^\s*(?:quote\s+)?user\s+(?P<u>[^\s'\"]+)(?:\s+(?P<p>[^\s'\"]+))?\s*$",
                       re.IGNORECASE)
_FTP_PASS = lazy(r"^\s*(?:quote\s+)?pass\s+(?P<p>[^\s'\"]+)\s*$", re.IGNORECASE)
_FTP_LINES = 40
TRIGGERS = frozenset(t for c in COMMANDS for t in c.triggers) | _SEND_WORDS | {"ftp "}


@cache
def _pattern(command: Command) -> re.Pattern[str]:
    """A command's pattern, compiled the first time a line holds one of its words."""
    return re.compile(command.pattern)


def _unquoted(m: re.Match[str], group: str) -> tuple[int, int, str]:
    start, end = m.span(group)
    raw = m.group(group)
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        return start + 1, end - 1, raw[1:-1]
    return start, end, raw


def _credentials(line: Line) -> Iterator[tuple[re.Match[str], Command, tuple[int, int, str]]]:
    """Each command on the line whose secret is a real one, with that secret's span."""
    for command in COMMANDS:
        if line.words.isdisjoint(command.triggers):
            continue
        for m in _pattern(command).finditer(line.text):
            secret = _unquoted(m, "p")
            if rejection(secret[2], "password") is None \
                    and strong_enough(secret[2], "password", line.syntax):
                yield m, command, secret


# cloud-init's chpasswd module: the "<user>:<password>" lines of its list, below its key.
_CHPASSWD_HEAD = lazy(r"^(?P<i>\s*)chpasswd:\s*$")
_CHPASSWD_ENTRY = lazy(r"^\s*(?:-\s+)?(?P<u>[A-Za-z_][\w.-]{0,31}):(?P<p>[^\s:]\S*)\s*$")
_CHPASSWD_LINES = 20


def _chpasswd_entries(line: Line) -> Iterator[tuple[int, re.Match[str]]]:
    """(lines below, entry) for each real password in a cloud-config's chpasswd list."""
    head = _CHPASSWD_HEAD.match(line.text) if "chpasswd" in line.words else None
    if head is None:
        return
    for delta, below in line.block(len(head.group("i")), _CHPASSWD_LINES):
        m = _CHPASSWD_ENTRY.match(below)
        if m is not None and rejection(m.group("p"), "password") is None \
                and strong_enough(m.group("p"), "password", line.syntax):
            yield delta, m


def _ftp_log_in(line: Line) -> list[tuple[int, re.Match[str]]]:
    """(lines below, match) for each user and password line of an ftp session's
    here-document."""
    head = _FTP_HEREDOC.search(line.text) if "ftp " in line.words else None
    found: list[tuple[int, re.Match[str]]] = []
    if head is None:
        return found
    locator = line.locator
    for delta in range(1, min(_FTP_LINES, locator.line_count - line.index)):
        below = locator.line_text(line.index + delta)
        if below.strip() == head.group("end"):
            break
        m = _FTP_USER.match(below) or _FTP_PASS.match(below)
        if m is not None:
            found.append((delta, m))
    return found


def _real_password(m: re.Match[str], syntax: str) -> bool:
    password = m.group("p")
    return password is not None and rejection(password, "password") is None \
        and strong_enough(password, "password", syntax)


def _expect_answers(line: Line) -> Iterator[re.Match[str]]:
    if line.words.isdisjoint(_SEND_WORDS):
        return
    for m in _SEND.finditer(line.text):
        asked = _PASSWORD_PROMPT.search(line.text, 0, m.start()) is not None or any(
            _PASSWORD_PROMPT.search(line.before(n)) for n in range(1, _PROMPT_LINES + 1))
        if asked and rejection(m.group("p"), "password") is None \
                and strong_enough(m.group("p"), "password", line.syntax):
            yield m


def find(line: Line) -> Iterator[Hit]:
    for delta, m in _ftp_log_in(line):
        if _real_password(m, line.syntax):
            yield Hit(m.start("p"), m.end("p"), m.group("p"), "PASSWORD", "command", 0.85,
                      priority=10, line_delta=delta)
    for m in _expect_answers(line):
        yield Hit(m.start("p"), m.end("p"), m.group("p"), "PASSWORD", "command", 0.85,
                  priority=10)
    for _, command, (start, end, value) in _credentials(line):
        yield Hit(start, end, value, command.type, "command", 0.85, priority=10)
    for delta, m in _chpasswd_entries(line):
        yield Hit(m.start("p"), m.end("p"), m.group("p"), "PASSWORD", "command", 0.85,
                  priority=10, line_delta=delta)


def find_users(line: Line) -> Iterator[Hit]:
    session = _ftp_log_in(line)
    if any(_real_password(m, line.syntax) for _, m in session):
        for delta, m in session:
            if "u" in m.re.groupindex and account_span(m.group("u")) is not None:
                yield Hit(m.start("u"), m.end("u"), m.group("u"), "USERNAME", "command", 0.85,
                          priority=10, kind="personal-data", line_delta=delta)
    for delta, m in _chpasswd_entries(line):
        if account_span(m.group("u")) is not None:
            yield Hit(m.start("u"), m.end("u"), m.group("u"), "USERNAME", "command", 0.85,
                      priority=10, kind="personal-data", line_delta=delta)
    for m, _, _ in _credentials(line):
        if "u" in m.re.groupindex and m.group("u") is not None:
            start, _end, value = _unquoted(m, "u")
            span = account_span(value)  # all of it, or the account a DN names
            if span is not None:
                yield Hit(start + span[0], start + span[1], value[span[0]:span[1]], "USERNAME",
                          "command", 0.85, priority=10, kind="personal-data")
