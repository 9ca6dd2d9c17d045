"""Connection strings: the password (a secret) and the user name (personal data) inside them.

Forms read: URIs with user info (``scheme://user:<password>@host/db``, any scheme, passwords
with reserved characters such as ``@ : / # ?``), key=value strings (ADO.NET and ODBC
``Server=…;User Id=…;Password=…``, JDBC ``;user=…;password=…`` and ``?user=…&password=…``,
libpq ``host=… user=… password=…``), Oracle's ``user/password@host``, Go's MySQL driver's
``user:password@tcp(host:3306)/db``, Azure keys
(``AccountKey=``, ``SharedAccessKey=``, SAS ``sig=``), command lines (``curl -u``,
``mysql -p``, ``sqlcmd -P``, ``smbclient -U``), and the ``.pgpass``, ``.netrc`` and
``.htpasswd`` files and PgBouncer's ``userlist.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from safecommit.detect.secret_plugins.calls import arguments
from safecommit.detect.secret_plugins.model import Hit, Line
from safecommit.detect.secret_plugins.values import (
    CHOSEN_ACCOUNT,
    decoded_base64,
    is_generated_key,
    is_hash,
    is_placeholder,
    looks_random,
    rejection,
    username_rejection,
)
from safecommit.extract.syntax import syntax_for
from safecommit.lazyre import lazy
from safecommit.reserved import is_reserved_domain

# A Kubernetes Secret keeps its values base64-encoded: one that decodes to a connection
# string with a password, or to a file holding a secret, is read from the Secret's "kind"
# line, down its manifest.
_SECRET_KINDS = ("kind: secret", '"kind": "secret"')
_ENCODED_VALUE = lazy(
    r"\s+[\"']?(?P<k>[\w.-]+)[\"']?\s*:\s*[\"']?(?P<v>[A-Za-z0-9+/]{16,}={0,2})[\"']?,?\s*$")
_MANIFEST_LINES = 200
# Oracle's drivers take "user/password@host" whole: their connect calls are triggers.
_ORACLE_CALLS = ("oracle",)  # cx_Oracle.connect, oracledb.connect: one shorter word
# Oracle's tools that take "user/password@db" as their first argument.
_ORACLE_TOOLS = ("sqlplus", "sqlldr", "expdp", "impdp")
# SQL*Plus's own command, in a script it runs: CONNECT <user>/<password>[@db]
_SQLPLUS_CONNECT = lazy(
    r"(?i)^\s*conn(?:ect)?\s+(?P<user>[A-Za-z][\w$#]*)/(?P<pw>[^@\s'\"/]+)(?=@|\s*$|\s*;)")
# " -u" as well as "-u ": the prefilter reads the user names' " -u" first, and a word it has
# read hides any word that overlaps it (curl -s -u <user>:<password> api.internal).
# Go's MySQL driver names its network after the '@': "user:pw@tcp(host:3306)/db".
_GO_NETWORKS = ("@tcp(", "@unix(")
# The words of a crypt(3) hash's scheme, in an .htpasswd's or a shadow file's entry kept
# elsewhere (see _CRYPT_ENTRY); and base64 of bcrypt's "$2a$", as Caddy took it.
_CRYPT_WORDS = frozenset({"apr1$", "$2a$", "$2b$", "$2y$", "$5$", "$6$", "$y$",
                          "jdjhj", "jdjij", "jdj5j"})
# pymssql's connect call, whose credentials come by position (see _CONNECT_CALL): no
# "mysql" in it
_MSSQL_CONNECT = "mssql.connect"
# An Azure Function's key in its path's query, with no scheme or host before it (a
# logged request line, a doc's "POST /api/<name>?code=<key>")
_FUNCTION_KEYS = ("?code=", "&code=")
TRIGGERS = frozenset({"://", "pass", "pwd", "accountkey", "sharedaccesskey", *_GO_NETWORKS,
                      "sig=", "jdbc:oracle", *_ORACLE_TOOLS, "sshpass", "mysql", "sqlcmd",
                      "-u ", " -u", "--user", "--auth", "redis-cli", "smbclient", "login", "pdo",
                      "getconnection", "/user:", "connect ", *_ORACLE_CALLS, *_SECRET_KINDS,
                      _MSSQL_CONNECT,
                      "@//", "userlist", *_CRYPT_WORDS, *_FUNCTION_KEYS})
USER_TRIGGERS = frozenset({"://", "uid=", "uid =", "user", "login", "jdbc:oracle", *_ORACLE_TOOLS,
                           " -u", "--auth", "pdo", "mysql", "getconnection", "ssh", "scp",
                           _MSSQL_CONNECT,
                           "sftp", "rsync", "connect ", "@//",
                           *_ORACLE_CALLS, *_GO_NETWORKS, *_CRYPT_WORDS})

# The password is lazy, so ``p@ss@host`` splits at the last '@' that a host name follows.
_URI = lazy(
    r"(?P<scheme>(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30})://"
    r"(?P<user>[^:@/\s'\"`<>\\]*)(?::(?P<pw>[^\s'\"`<>\\]*?))?"
    r"@(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)"
    # not "#": a password may hold one ("p@ss#1@host"), and a host is rarely followed by one
    r"(?=:\d|[/?\s'\"`,;)\]}<>\\]|$)",
)
_ORACLE = lazy(
    r"(?:jdbc:oracle:(?:thin|oci):|\b(?:sqlplus|sqlldr|rman|expdp|impdp)\s+"
    r"|\b(?:cx_Oracle|oracledb)\.connect\(\s*[\"'])"
    r"(?P<user>[A-Za-z][\w$#]*)/(?P<pw>[^@\s'\"]+)@",
)
# Oracle's Easy Connect, bare: <user>/<password>@//<host>[:<port>]/<service>
_EZCONNECT = lazy(
    r"(?<![\w$#/@.:-])(?P<user>[A-Za-z][\w$#]{0,127})/(?P<pw>[^@\s'\"`/]{1,128})@//[\w.-]+")
# The password is lazy: it may hold an '@', the network after the last one never does.
_GO_DSN = lazy(
    r"(?<![\w.:/@-])(?P<user>[A-Za-z_][\w.-]{0,62}):(?P<pw>[^\s'\"`]+?)@(?:tcp|unix)\(")
# key=value pairs; the value is braced or quoted (ODBC), or runs to ; & quote or space.
_PAIR = lazy(
    r"(?i)(?<![\w.-])(?P<k>user\s*id|userid|uid|user\s*name|username|user|password|passwd"
    r"|pwd)\s*=\s*(?P<v>\{(?:[^}]|\}\})*\}|'[^']*'|[^;&\s'\"]+)",
)
# Command lines that carry a credential: curl -u user:pw, mysql -pPW, sqlcmd -U u -P pw …
_CLI_USER_PASSWORD = lazy(
    # no '/' in the user: ``git push -u origin stable/4.2.x:stable/4.2.x`` names branches
    # (HTTPie's --auth takes the pair as curl's --user does)
    # (a shell's bare word holds no backtick, which would run a command: one after it
    # closes a document's inline code, as in ``curl -u <user>:<password>``)
    r"(?:^|\s)(?:-u|--user|--auth)[ =]?[\"']?(?P<user>[A-Za-z_][^:\s\"'$/]*):(?P<pw>[^\s\"'`]+)")
# An API key given as the user with no password: curl -u <key>: (Companies House's API)
_CLI_KEY_AS_USER = lazy(
    r"(?:^|\s)(?:-u|--user)[ =]?(?P<q>[\"']?)(?P<key>[A-Za-z0-9][\w-]{15,127}):(?P=q)(?=\s|$)")
_KEY_AS_USER = "API_KEY"
_CLI_TOOL = lazy(
    r"\b(?:psql|pg_dump|pg_dumpall|pg_restore|createdb|dropdb|mysql|mysqldump|mysqladmin"
    r"|mariadb|sqlcmd|bcp|osql|mongo|mongosh|mongodump|mongorestore|redis-cli|sshpass"
    r"|clickhouse-client|cqlsh|influx|twine|(?:docker|podman|helm\s+registry|oras|az)\s+login"
    r"|mongoexport|mongoimport|rabbitmqadmin|psexec(?:64)?|paexec"
    # Azure's database servers: -u and -p are the administrator's account and password
    r"|az\s+(?:sql\s+(?:server|mi)|(?:postgres|mysql)(?:\s+flexible-server|\s+server)?)"
    r"\s+(?:create|update)"
    # and a database's export and import (to a bacpac) as that administrator, and a
    # flexible server's own client (connect, execute)
    r"|az\s+sql\s+db\s+(?:export|import)"
    r"|az\s+(?:postgres|mysql)\s+flexible-server\s+(?:connect|execute))\b")
# smbclient -U [DOMAIN/]<user>%<password>
_SMB_USER_PASSWORD = lazy(
    r"(?:^|\s)-U\s*[\"']?(?:[\w.-]+[\\/])?(?P<user>[A-Za-z_][\w.-]*)%(?P<pw>[^\s\"'%]+)")
# Tools whose password follows a space, unquoted: sshpass -p, redis-cli -a, docker login -p,
# twine upload -p, az sql server create -p.
_SPACED_PASSWORD = {"sshpass": "-p", "redis-cli": "-a", "login": "-p", "twine": "-p",
                    "create": "-p", "update": "-p", "export": "-p", "import": "-p",
                    "connect": "-p", "execute": "-p",
                    **dict.fromkeys(("mongo", "mongosh", "mongodump", "mongorestore",
                                     "mongoexport", "mongoimport", "cqlsh", "rabbitmqadmin",
                                     "psexec", "psexec64", "paexec"), "-p")}
# not a long option written with one dash: influx -username <user>, -user <user>
_CLI_USER = lazy(r"(?:^|\s)-(?:U|u)(?!ser(?:name)?\b)[ ]?(?P<user>[A-Za-z][\w.@-]*)")
_QUOTED = r"\"[^\"]+\"|'[^']+'"
_CLI_PASSWORD = lazy(
    rf"(?:^|\s)(?:-p(?P<attached>[^\s\"'`-][^\s\"'`]*|{_QUOTED})|-P[ ]?(?P<pw>[^\s\"'`]+|{_QUOTED})"
    rf"|-p[ ]+(?P<quoted>{_QUOTED}))")
# openssl -passin pass:<password> (env: and file: name where it is kept instead)
_OPENSSL_PASS = lazy(rf"(?:^|\s)-pass(?:in|out)?[ ]+pass:(?P<v>[^\s\"'`]+|{_QUOTED})")
# net use \\server\share /user:<domain>\<user> <password>
_NET_USE = lazy(
    rf"\bnet\s+use\b[^\n]*?/user:(?P<user>[^\s\"'`]+)\s+(?P<pw>[^\s\"'`/*][^\s\"'`]*|{_QUOTED})")
# Secrets in a URL's query string: ?api_key=…, &access_token=…, &client_secret=…, Azure
# Maps' and API Management's &subscription-key=…, Event Grid's ?aeg-sas-key=…
_QUERY_SECRET = lazy(
    r"(?i)[?&](?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|token|client[_-]?secret"
    r"|secret|key|code|subscription[_-]?key|aeg-sas-(?:key|token))="
    r"(?P<v>[A-Za-z0-9._~%+/-]{16,}(?:={1,2}(?![\w=]))?)")  # (with its base64 padding)
# A package registry's token as a segment of its URL's path: an Anaconda channel's
# /t/<token>/ (conda.anaconda.org, repo.anaconda.cloud), Cloudsmith's /<token>/<org>/ (whose
# "public" and "basic" segments hold none).
_PATH_TOKEN = (
    r"(?i)://(?:[\w-]+\.)*(?:anaconda\.(?:org|com|cloud)(?::\d+)?/t|dl\.cloudsmith\.io)"
    r"/(?P<v>[A-Za-z0-9_-]{16,128})(?=/)")
# A key that makes a key=value string a connection string rather than a lone assignment.
_ANCHOR = lazy(
    r"(?i)(?<![\w.-])(?:server|data\s*source|host|hostname|hostaddr|address|addr"
    r"|network\s*address|database|databasename|initial\s*catalog|dbname|driver|dsn|provider"
    r"|port|sslmode|encrypt|trusted_connection|integrated\s*security|ssl|abortconnect)\s*=|jdbc:"
    r"|://",
)
# StackExchange.Redis's options follow each other after commas: "host:6380,password=…,ssl=True"
_NEXT_OPTION = lazy(r",\w+=")
_AFTER_OPTION = lazy(r"(?:[\w-]:\d{2,5}|=[^\s,'\"()]+),$")  # no space: not a call's
_AZURE = lazy(
    r"(?i)(?<![\w])(?P<k>AccountKey|SharedAccessKey|AccessKey)\s*=\s*"
    r"(?P<v>[A-Za-z0-9+/]{20,}={0,2})",
)
# App Configuration's "Endpoint=https://….azconfig.io;Id=…;Secret=…"
_AZURE_ENDPOINT_SECRET = lazy(
    r"(?i)(?<![\w])Endpoint=[^;\s\"']+;[^\"'\s]*?(?<![\w])Secret=(?P<v>[A-Za-z0-9+/]{20,}={0,2})")
# A secret under its own name in a connection string's pairs: Dataverse's (Dynamics 365)
# "AuthType=ClientSecret;Url=https://…;ClientId=…;ClientSecret=…", a client's "Secret=…".
_SECRET_PAIR = lazy(
    r"(?i)(?<![\w.-])(?:client\s*secret|app\s*secret|secret)\s*=\s*"
    r"(?P<v>\{(?:[^}]|\}\})*\}|'[^']*'|[^;&\s'\"\\]+)")
_SAS = lazy(r"(?<![\w])sig=(?P<v>[A-Za-z0-9%+/]{30,}(?:%3D|=){0,2})")
_SAS_CONTEXT = lazy(r"(?<![\w])(?:sv|se|sp|spr|srt|ss|sr)=")
_NETRC = lazy(r"(?<![\w])(?P<k>login|password|account)\s+(?P<v>\S+)")
_PGPASS_FIELD = lazy(r"(?:\\.|[^:\\])*")
_CREDENTIAL_FILES = frozenset({"netrc", "pgpass"})
# A .netrc entry written from somewhere else: RUN echo "machine <host> login <user> password
# <password>" > ~/.netrc, or a netrc kept under another name.
_NETRC_ENTRY = lazy(
    r"(?<![\w.-])(?:machine\s+(?P<host>[^\s\"'`]+)|default)(?:\s+login\s+(?P<user>[^\s\"'`]+))?"
    r"(?:\s+account\s+[^\s\"'`]+)?\s+password\s+(?P<pw>[^\s\"'`\\]+)")
# An ODBC data source's own line in odbc.ini: "UID = <user>" (its "PWD =" is a password key).
_INI_UID = lazy(r"^\s*(?i:uid)\s*=\s*(?P<v>[^\s;#]+)\s*$")
# An .htpasswd entry, "<user>:<hash>" (Apache's $apr1$, bcrypt's $2y$, {SHA}, crypt): a
# hash that guesses can be tried against offline, so the entry is a credential.
_HTPASSWD = lazy(r"^(?P<user>[^:#\s][^:\s]*):(?P<pw>[^:\s]{4,})(?::[^\s]*)?\s*$")
_HASHED = "PASSWORD_HASH"
# curl's config file: its user option (or the proxy's) as --user takes it, "<user>:<password>",
# after "=", ":" or a space, quoted or bare; or the short option, -u (-U for the proxy).
_CURLRC_USER = (  # (a rare file's pattern: re compiles it when first used)
    r'^\s*(?:-{0,2}(?:user|proxy-user)(?:\s*[=:]\s*|\s+)|-[uU]\s*)(?P<q>"?)'
    r'(?P<user>[^:\s"]*):(?P<pw>(?:\\.|[^\s"\\])+)(?P=q)\s*$')
# s3fs's password file: "<access key id>:<secret>", or "<bucket>:<access key id>:<secret>".
# The secret is one whatever its shape: S3's, or another store's that speaks S3.
_S3FS = r"^\s*(?:[\w.-]+:)?[\w+/=.-]{3,128}:(?P<pw>[^\s:]{8,})\s*$"
# An .htpasswd or a shadow file's entry kept elsewhere, "<user>:<hash>": a web server's
# basic-auth users in its config (Traefik's basicauth.users, its "$" doubled in a Compose
# file), a shadow file's line; Caddy's basicauth block, "<user> <bcrypt>". Only a whole hash
# of a scheme that log-ins are checked against (Apache's MD5, bcrypt, SHA-crypt, yescrypt).
_D = r"\$\$?"
_C = "[./0-9A-Za-z]"
_CRYPT_HASH = (rf"{_D}apr1{_D}{_C}{{1,8}}{_D}{_C}{{22}}|{_D}2[aby]{_D}\d\d{_D}{_C}{{53}}"
               rf"|{_D}[56]{_D}(?:rounds=\d+{_D})?{_C}{{1,16}}{_D}{_C}{{43,86}}"
               rf"|{_D}y{_D}{_C}+{_D}{_C}{{1,64}}{_D}{_C}{{43}}")
_CRYPT_ENTRY = lazy(
    rf"(?<![\w.@$-])(?P<user>[A-Za-z_][\w.@-]{{0,63}}):(?P<pw>{_CRYPT_HASH})(?!{_C})")
# HAProxy's userlist keeps a user's hash after a word: "user <name> password <hash>".
_HAPROXY_ENTRY = lazy(
    rf"^\s*user\s+(?P<user>[A-Za-z_][\w.@-]{{0,63}})\s+password\s+(?P<pw>{_CRYPT_HASH})"
    rf"(?!{_C})")
_CADDY_ENTRY = lazy(
    rf"^\s*(?P<user>[A-Za-z_][\w.@-]{{0,63}})\s+(?P<pw>\$2[aby]\$\d\d\${_C}{{53}}"
    r"|JDJ[hi5]J[A-Za-z0-9+/]{70,}={0,2})\s*$")
# PgBouncer's auth_file: ``"<user>" "<password>"`` a line (a quote doubled inside one). The
# password is in plain text or as PostgreSQL keeps it: "md5" and a hex digest, which
# PgBouncer logs in with as it is (as good as the password), or a SCRAM verifier, which
# guesses can be tried against offline. The file's name says what its lines are.
_USERLIST = lazy(r'^\s*"(?P<user>(?:[^"]|"")+)"\s+"(?P<pw>(?:[^"]|"")*)"')
_USERLIST_NAME = lazy(r"(?i)(?:^|/)[\w.-]*userlist[\w-]*\.txt(?:\.[a-z]+)?$"
                            r"|(?:^|/)pgbouncer/[^/]*\.txt$")

_AZURE_TYPES = {"accountkey": "AZURE_STORAGE_ACCOUNT_KEY",
                "sharedaccesskey": "AZURE_SHARED_ACCESS_KEY", "accesskey": "AZURE_ACCESS_KEY",
                "secret": "AZURE_APP_CONFIGURATION_SECRET"}


@dataclass(frozen=True, slots=True)
class Part:
    """A user name or a password found in a connection string, with its span in the line."""

    role: str  # "user" or "password"
    start: int
    end: int
    value: str
    type: str = "CONNECTION_STRING_PASSWORD"
    line_delta: int = 0  # on a later line of a call that spans lines


def _unwrap(raw: str, start: int) -> tuple[str, int, int]:
    """Strip ODBC braces or quotes, and a JSON escape's backslash, from a raw pair value."""
    end = start + len(raw)
    if len(raw) >= 2 and raw[0] + raw[-1] in ("{}", "''", '""'):
        return raw[1:-1], start + 1, end - 1
    if raw.endswith("\\"):
        return raw[:-1], start, end - 1
    return raw, start, end


# Schemes whose user info, even without a password, names a database or broker account.
_ACCOUNT_SCHEMES = lazy(
    r"(?i)^(?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql"
    r"|sqlserver|oracle|db2|cockroachdb|clickhouse|cassandra|neo4j|couchdb|influxdb|mqtts?"
    r"|ssh|sftp|scp|rsync|smb|git\+ssh)"
    r"(?:\+\w+)?$")
# ssh <user>@bastion, scp f <user>@10.0.0.5:/tmp, rsync -a d/ <user>@h:d/, ssh -l <user> h
_SSH_TOOL = lazy(r"(?:^|[\s;&|(`$])(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id|autossh)(?=\s)")
_SSH_USER = lazy(
    r"(?:(?<=\s)|(?<=\s[\"']))(?P<user>[A-Za-z_][\w.-]{0,31})"
    r"@(?P<host>[A-Za-z0-9][\w.-]*|\[[0-9A-Fa-f:.]+\])(?=:|[\s\"'`]|$)"
    r"|(?:^|\s)-l\s+(?P<login>[A-Za-z_][\w.-]{0,31})(?=\s)")


def _local(host: str) -> bool:
    """A host only a developer's machine or its compose network knows: ``localhost``, a
    loopback address, or a service's bare name (``db``, ``rabbitmq``)."""
    return "." not in host or host.startswith("127.") or host.endswith(".localhost")


# Git hosts whose HTTPS clone URL names the account that copied it: https://<user>@host/…
_GIT_HOSTS = frozenset({"bitbucket.org", "dev.azure.com", "github.com", "gitlab.com"})
_FIRST_SEGMENT = lazy(r"/([^/\s'\"`?#]+)")


def _git_account(host: str, user: str, text: str, end: int) -> bool:
    """A clone URL's account (https://<user>@bitbucket.org/<workspace>/…), not the
    organisation the host puts there (https://<org>@dev.azure.com/<org>/…)."""
    if host not in _GIT_HOSTS and not host.endswith(".visualstudio.com"):
        return False
    segment = _FIRST_SEGMENT.match(text, end)
    return segment is not None and segment.group(1).lower() != user.lower() \
        and host.partition(".")[0] != user.lower()


_JDBC_PROPERTY = lazy(r";[A-Za-z]\w*=")


def _uri_parts(text: str) -> Iterator[Part]:
    for m in _URI.finditer(text):
        host = m.group("host").lower()
        if host != "localhost" and is_reserved_domain(host):
            continue  # user:pass@db.example.com is an example
        user, pw = m.group("user"), m.group("pw")
        if pw and ";" in pw and _JDBC_PROPERTY.search(pw):
            continue  # host:1433;database=x;user=<user>@<server>: JDBC's properties, whose
            # account holds an "@" (Azure SQL's user@server), not a user and a password
        if pw and pw == user and _local(host):
            continue  # guest:guest@rabbitmq: an image's default account, on the dev network
        if user and (pw or _ACCOUNT_SCHEMES.match(m.group("scheme"))
                     or _git_account(host, user, text, m.end())):
            yield Part("user", m.start("user"), m.end("user"), user)
        if pw:
            yield Part("password", m.start("pw"), m.end("pw"), pw)
    for m in _ORACLE.finditer(text):
        yield Part("user", m.start("user"), m.end("user"), m.group("user"))
        yield Part("password", m.start("pw"), m.end("pw"), m.group("pw"))
    for m in _EZCONNECT.finditer(text) if "@//" in text else ():
        yield Part("user", m.start("user"), m.end("user"), m.group("user"))
        yield Part("password", m.start("pw"), m.end("pw"), m.group("pw"))


def _sqlplus_parts(text: str) -> Iterator[Part]:
    m = _SQLPLUS_CONNECT.match(text)
    if m is not None:
        yield Part("user", m.start("user"), m.end("user"), m.group("user"))
        yield Part("password", m.start("pw"), m.end("pw"), m.group("pw"))


def _go_dsn_parts(text: str) -> Iterator[Part]:
    for m in _GO_DSN.finditer(text):
        yield Part("user", m.start("user"), m.end("user"), m.group("user"))
        yield Part("password", m.start("pw"), m.end("pw"), m.group("pw"))


# A line that continues a string literal from the line above: "…" + / implicit joining in
# Python and C / & in Visual Basic / . in PHP
_FRAGMENT = lazy(r"\s*(?:[+&.]\s*)?[@$]?[\"']")
_FRAGMENT_LINES = 3  # how far above a fragment the connection string's start may be


def _continues_a_connection_string(line: Line) -> bool:
    """The line is a piece of a connection string built over lines ("Server=…;" + then
    "Password=…;"): a string fragment, with the string's anchor a few lines above."""
    if _FRAGMENT.match(line.text) is None:
        return False
    return any(_ANCHOR.search(line.before(n)) is not None
               for n in range(1, min(_FRAGMENT_LINES, line.index) + 1))


def _pair_parts(text: str, anchored: bool | None = None) -> Iterator[Part]:
    """``anchored``: whether the pairs are a connection string's, when the caller knows."""
    if not (anchored if anchored is not None else _ANCHOR.search(text)):
        return
    for m in _PAIR.finditer(text):
        before = text[:m.start()].rstrip()[-1:]
        if (before == "(" or (before == "," and not _AFTER_OPTION.search(text, 0, m.start()))
                or (m.group("v").startswith("'") and before != ";")):
            continue  # f(host=.., password=..) is a call with keyword arguments, not a string
        if _interpolated(text, m.start("v")):
            continue  # $"…;Password={options.Password}": C#'s (or an f-string's) hole
        key = re.sub(r"\s+", "", m.group("k").lower())
        value, start, end = _unwrap(m.group("v"), m.start("v"))
        if (option := _NEXT_OPTION.search(value)) is not None:
            value, end = value[:option.start()], start + option.start()
        role = "password" if key in ("password", "passwd", "pwd") else "user"
        yield Part(role, start, end, value)


def _azure_parts(text: str) -> Iterator[Part]:
    for m in _AZURE.finditer(text):
        yield Part("password", m.start("v"), m.end("v"), m.group("v"),
                   _AZURE_TYPES[m.group("k").lower()])
    for m in _AZURE_ENDPOINT_SECRET.finditer(text) if "secret=" in text.lower() else ():
        yield Part("password", m.start("v"), m.end("v"), m.group("v"), _AZURE_TYPES["secret"])
    if "sig=" in text and _SAS_CONTEXT.search(text):
        for m in _SAS.finditer(text):
            yield Part("password", m.start("v"), m.end("v"), m.group("v"), "AZURE_SAS_TOKEN")


# The opening of a string whose single braces are holes filled from code: C#'s and VB's
# $"…" ($@"…", @$"…"), Python's f"…" (rf, fr); a literal brace there is doubled.
_INTERPOLATED_OPEN = lazy(r"(?:\$@?|@\$|(?<![\w])(?:[fF][rR]?|[rR][fF]))[\"']$")


def _interpolated(text: str, at: int) -> bool:
    """The braced value at ``at`` is a hole of an interpolated string (``{expression}``),
    not ODBC's braced literal: the string it sits in opens as an interpolated one."""
    if text[at] != "{" or text.startswith("{{", at):
        return False
    quote = max(text.rfind('"', 0, at), text.rfind("'", 0, at))
    return quote > 0 and _INTERPOLATED_OPEN.search(text, 0, quote + 1) is not None


def _secret_pairs(text: str) -> Iterator[Part]:
    for m in _SECRET_PAIR.finditer(text):
        if _interpolated(text, m.start("v")):
            continue
        value, start, end = _unwrap(m.group("v"), m.start("v"))
        if looks_random(value, min_length=16):
            yield Part("password", start, end, value, "GENERIC_SECRET")


def _ssh_parts(text: str) -> Iterator[Part]:
    """The login in an ssh, scp, sftp or rsync command: the account someone signs in as."""
    tool = _SSH_TOOL.search(text)
    if tool is None:
        return
    for m in _SSH_USER.finditer(text, tool.end()):
        if m.group("host") is not None and is_reserved_domain(m.group("host").lower()):
            continue  # ssh jane@host.example.com is an example
        group = "user" if m.group("user") is not None else "login"
        yield Part("user", m.start(group), m.end(group), m.group(group))


# A literal piped into a command that reads its password from standard input:
# echo "<password>" | docker login … --password-stdin (helm, oras, podman, az acr alike)
_STDIN_PASSWORD = lazy(
    r"\b(?:echo|printf)\s+(?:-n\s+)?(?:(?P<q>[\"'])(?P<qv>[^\"'$`]+)(?P=q)|(?P<v>[^\s\"'$`|]+))"
    r"\s*\|[^|\n]*--password-stdin\b")


# Any tool's user and password options side by side: "./deploy.sh -u <account> -p
# <password>". Alone, -p is a port, a path or a profile as often, so only a value with a
# password's mix (both cases, and digits or marks) counts.
_ANY_TOOL_USER_PASSWORD = lazy(
    r"(?:^|\s)-u[ ]+(?P<user>[A-Za-z_][\w.@-]{1,63})[ ]+-p[ ]+"
    r"(?P<pw>[^\s\"'`$<{(-][^\s\"'`]{7,199})")


def _any_tool_parts(text: str) -> Iterator[Part]:
    for m in _ANY_TOOL_USER_PASSWORD.finditer(text):
        pw = m.group("pw")
        if any(c.islower() for c in pw) and any(c.isupper() for c in pw) \
                and any(not c.isalpha() for c in pw) and "/" not in pw \
                and looks_random(pw, min_length=8) and rejection(pw, "password") is None:
            yield Part("user", m.start("user"), m.end("user"), m.group("user"))
            yield Part("password", m.start("pw"), m.end("pw"), pw, "PASSWORD")


def _cli_parts(text: str) -> Iterator[Part]:
    for m in _STDIN_PASSWORD.finditer(text) if "--password-stdin" in text else ():
        group = "qv" if m.group("qv") is not None else "v"
        yield Part("password", m.start(group), m.end(group), m.group(group), "PASSWORD")
    for m in _CLI_USER_PASSWORD.finditer(text):
        yield Part("user", m.start("user"), m.end("user"), m.group("user"))
        yield Part("password", m.start("pw"), m.end("pw"), m.group("pw"), "BASIC_AUTH_CREDENTIALS")
    for m in _CLI_KEY_AS_USER.finditer(text):
        if is_generated_key(m.group("key")):
            yield Part("password", m.start("key"), m.end("key"), m.group("key"), _KEY_AS_USER)
    for m in _SMB_USER_PASSWORD.finditer(text) if "%" in text else ():
        yield Part("user", m.start("user"), m.end("user"), m.group("user"))
        yield Part("password", m.start("pw"), m.end("pw"), m.group("pw"))
    tool = _CLI_TOOL.search(text)
    if tool is None:
        if " -p " in text:
            yield from _any_tool_parts(text)
        return
    rest = tool.end()
    for m in _CLI_USER.finditer(text, rest):
        yield Part("user", m.start("user"), m.end("user"), m.group("user"))
    flag = _SPACED_PASSWORD.get(tool.group().split()[-1])
    if flag:
        # (a backtick closes a document's inline code: no shell word holds one)
        for m in re.finditer(rf"(?:^|\s){flag}[ ]+(?P<v>[^\s\"'`-][^\s\"'`]*|{_QUOTED})",
                             text[rest:]):
            yield _unquoted(Part("password", rest + m.start("v"), rest + m.end("v"),
                                 m.group("v")))
    capital_p = tool.group() in ("sqlcmd", "bcp", "osql")  # elsewhere -P is a port or option
    for m in _CLI_PASSWORD.finditer(text, rest):
        group = next(g for g in ("attached", "pw", "quoted") if m.group(g))
        if group == "pw" and not capital_p:
            continue
        start, end = m.span(group)
        yield _unquoted(Part("password", start, end, text[start:end]))


def _unquoted(part: Part) -> Part:
    """The part without the quotes around it, if it has them."""
    if len(part.value) > 2 and part.value[0] in "\"'" and part.value[-1] == part.value[0]:
        return replace(part, start=part.start + 1, end=part.end - 1, value=part.value[1:-1])
    return part


def _windows_parts(text: str) -> Iterator[Part]:
    """``openssl … -passout pass:<password>`` and ``net use … /user:<user> <password>``."""
    for m in _OPENSSL_PASS.finditer(text):
        yield _unquoted(Part("password", m.start("v"), m.end("v"), m.group("v")))
    for m in _NET_USE.finditer(text):
        yield Part("user", m.start("user"), m.end("user"), m.group("user"))
        yield _unquoted(Part("password", m.start("pw"), m.end("pw"), m.group("pw")))


# Connection calls whose second and third arguments are the user name and the password:
# new PDO($dsn, 'user', 'pw'), mysqli_connect($host, 'user', 'pw', $db),
# DriverManager.getConnection(url, "user", "pw"); Python's MySQL and SQL Server drivers
# by position, MySQLdb.connect(host, "user", "pw", db), pymssql.connect(…). The call may
# span lines.
_CONNECT_CALL = lazy(
    r"(?i)\b(?:new\s+)?(?:PDO|mysqli|mysqli_connect|mysqli_real_connect|mysql_connect"
    r"|getConnection|(?:MySQLdb|pymysql|pymssql|_mssql)\.connect)\s*\(")
_CALL_LINES = 6


def _arguments(text: str, start: int) -> list[tuple[str, int, int] | None]:
    """Each argument of the call whose '(' ends at ``start``: a lone string literal as
    (value, start, end), anything else as None. Stops at the closing ')'."""
    found: list[tuple[str, int, int] | None] = []
    for a, b in arguments(text, start, ")"):
        arg = text[a:b].strip()
        lone = len(arg) >= 2 and arg[0] in "\"'" and arg[-1] == arg[0] \
            and arg.find(arg[0], 1) == len(arg) - 1
        at = text.index(arg, a) + 1 if lone else 0
        found.append((arg[1:-1], at, at + len(arg) - 2) if lone else None)
    return found


def _connect_calls(line: Line) -> Iterator[Part]:
    m = _CONNECT_CALL.search(line.text)
    if m is None:
        return
    below = [line.locator.line_text(line.index + d) for d in range(1, _CALL_LINES)
             if line.index + d < line.locator.line_count]
    window = "\n".join([line.text, *below])
    args = _arguments(window, m.end())
    starts = [0]
    for piece in [line.text, *below]:
        starts.append(starts[-1] + len(piece) + 1)
    for role, index in (("user", 1), ("password", 2)):
        arg = args[index] if len(args) > index else None
        if arg is not None:
            value, start, end = arg
            delta = max(d for d, s in enumerate(starts) if s <= start)
            yield Part(role, start - starts[delta], end - starts[delta], value,
                       line_delta=delta)


def _query_parts(text: str) -> Iterator[Part]:
    for m in _QUERY_SECRET.finditer(text):
        yield Part("password", m.start("v"), m.end("v"), m.group("v"), "URL_SECRET_TOKEN")


@cache
def _path_token() -> re.Pattern[str]:
    """Compiled the first time a line names a registry's host (not at import)."""
    return re.compile(_PATH_TOKEN)


def _path_token_parts(text: str) -> Iterator[Part]:
    for m in _path_token().finditer(text):
        yield Part("password", m.start("v"), m.end("v"), m.group("v"), "URL_SECRET_TOKEN")


def is_auth_file(path: str) -> bool:
    """PgBouncer's auth_file (``userlist.txt``), whose every line is an account's entry."""
    return _USERLIST_NAME.search(path) is not None


def _userlist_parts(line: Line) -> Iterator[Part]:
    if is_auth_file(line.path):
        yield from _userlist_entry(line.text)


def _userlist_entry(text: str) -> Iterator[Part]:
    m = _USERLIST.match(text)
    if m is None:
        return
    yield Part("user", m.start("user"), m.end("user"), m.group("user"))
    pw = m.group("pw")
    yield Part("password", m.start("pw"), m.end("pw"), pw,
               _HASHED if is_hash(pw) else "PASSWORD")


# The auth_file kept in a manifest's data under its file's name: userlist.txt: | over its
# lines, indented further.
_USERLIST_KEY = lazy(r"""^(?P<i>\s*)["']?[\w.-]*userlist[\w-]*\.txt["']?\s*:\s*\|[-+]?\s*$""")
_USERLIST_LINES = 200


def _embedded_userlist_parts(line: Line) -> Iterator[Part]:
    head = _USERLIST_KEY.match(line.text)
    if head is None:
        return
    for delta, below in line.block(len(head.group("i")), _USERLIST_LINES):
        for part in _userlist_entry(below):
            yield replace(part, line_delta=delta)


def _crypt_entries(line: Line) -> Iterator[Part]:
    found = list(_CRYPT_ENTRY.finditer(line.text))
    if not found and "caddyfile" in line.path.rpartition("/")[2].lower():
        found = [m for m in (_CADDY_ENTRY.match(line.text),) if m is not None]
    elif not found:
        found = [m for m in (_HAPROXY_ENTRY.match(line.text),) if m is not None]
    for m in found:
        yield Part("user", m.start("user"), m.end("user"), m.group("user"))
        yield Part("password", m.start("pw"), m.end("pw"), m.group("pw"), _HASHED)


def _file_parts(line: Line) -> Iterator[Part]:
    text = line.text
    if line.syntax == "text" and text.lstrip()[:1] == '"':
        yield from _userlist_parts(line)
    if line.syntax == "pgpass" and not text.lstrip().startswith("#"):
        fields = [(m.start(), m.group()) for m in _PGPASS_FIELD.finditer(text) if m.start() == 0
                  or text[m.start() - 1] == ":"]
        if len(fields) >= 5:
            start, user = fields[3]
            yield Part("user", start, start + len(user), user.replace("\\:", ":"))
            start, pw = fields[4]
            pw = pw.rstrip()
            yield Part("password", start, start + len(pw), pw.replace("\\:", ":"))
    elif line.syntax == "htpasswd" and (m := _HTPASSWD.match(text)) is not None:
        yield Part("user", m.start("user"), m.end("user"), m.group("user"))
        yield Part("password", m.start("pw"), m.end("pw"), m.group("pw"), _HASHED)
    elif line.syntax == "netrc":
        for m in _NETRC.finditer(text):
            role = "user" if m.group("k") == "login" else "password"
            if m.group("k") != "account":
                yield Part(role, m.start("v"), m.end("v"), m.group("v"))
    elif line.syntax == "ini" and (m := _INI_UID.match(text)) is not None:
        yield Part("user", m.start("v"), m.end("v"), m.group("v"))
    elif line.syntax == "curlrc" and (m := re.match(_CURLRC_USER, text)) is not None:
        yield Part("user", m.start("user"), m.end("user"), m.group("user"))
        yield Part("password", m.start("pw"), m.end("pw"), m.group("pw"),
                   "BASIC_AUTH_CREDENTIALS")
    elif line.syntax == "s3fs" and (m := re.match(_S3FS, text)) is not None:
        yield Part("password", m.start("pw"), m.end("pw"), m.group("pw"), "GENERIC_SECRET")


def _netrc_entries(text: str) -> Iterator[Part]:
    for m in _NETRC_ENTRY.finditer(text):
        host = m.group("host")
        if host is not None and is_reserved_domain(host.lower()):
            continue  # machine api.example.com …: an example
        if not looks_random(m.group("pw"), min_length=8):
            continue  # "login log1 password pass1": a parser's test, not an account
        if m.group("user") is not None:
            yield Part("user", m.start("user"), m.end("user"), m.group("user"))
        yield Part("password", m.start("pw"), m.end("pw"), m.group("pw"))


def parts(line: Line) -> list[Part]:
    """Every user name and password in the line's connection strings, read once for both
    the secret and the user-name detectors (kept with the text)."""
    read: dict[int, list[Part]] = line.locator.cache.setdefault(  # type: ignore[assignment]
        "connection_parts", {})
    found = read.get(line.index)
    if found is None:
        found = read[line.index] = list(_parts(line))
    return found


def _encoded_parts(line: Line) -> Iterator[Part]:
    """A Secret's base64 values that decode to a connection string with a password in it,
    or to a file with a secret in it: below its "kind" line, or above it, as kubectl writes
    a manifest, its keys in order (apiVersion, data, kind)."""
    locator = line.locator
    above = []
    for n in range(1, min(_MANIFEST_LINES, line.index) + 1):
        if locator.line_text(line.index - n).startswith(("---", "kind:")):
            break  # the document before
        above.append(-n)
    for delta in (*reversed(above), *range(1, min(_MANIFEST_LINES,
                                                  locator.line_count - line.index))):
        below = locator.line_text(line.index + delta)
        if delta > 0 and below.startswith(("---", "kind:")):
            return  # the next document
        m = _ENCODED_VALUE.match(below)
        plain = decoded_base64(m.group("v"), lines=True) if m is not None else None
        if m is None or plain is None:
            continue
        type = next((part.type for part in _plain_parts(plain)
                     if part.role == "password" and len(part.value) >= 4
                     and rejection(part.value, "password") is None), None) \
            if "\n" not in plain.strip() else None
        if type is None and _is_a_file(m.group("k"), plain):
            type = _file_secret(m.group("k"), plain)
        if type is not None:
            yield Part("password", m.start("v"), m.end("v"), m.group("v"), type,
                       line_delta=delta)


def _is_a_file(key: str, plain: str) -> bool:
    """A Secret's value that is a whole file (``kubectl create secret --from-file``): named
    as a file (``appsettings.json``, ``.env``), or of many lines."""
    return "\n" in plain.strip() or syntax_for(key) != "text"


def _file_secret(key: str, plain: str) -> str | None:
    """The type of the first secret in a file kept in a Secret, read as that file is."""
    from safecommit.detect.locate import Locator  # a file may hold any kind of secret
    from safecommit.detect.secrets import PLUGINS, hits
    from safecommit.model import Text

    for _, hit in hits(Locator(Text(key, plain, syntax_for(key))), PLUGINS):
        return hit.type
    return None


def _plain_parts(text: str) -> Iterator[Part]:
    yield from _uri_parts(text)
    yield from _pair_parts(text)
    yield from _azure_parts(text)


# A form's body or a query string, its pairs joined by "&": username=<user>&password=<pw>
# (an .http file's, a logged request's, a string in code), its password beside an "&"
_FORM_PASSWORD = (r"(?i)&(?:password|passwd|pwd)=[^&\s\"';]"
                  r"|(?<![\w.-])(?:password|passwd|pwd)=[^&\s\"';=]+&")  # (compiled when used)


def _parts(line: Line) -> Iterator[Part]:
    yield from _file_parts(line)
    if not line.words.isdisjoint(_SECRET_KINDS):
        yield from _encoded_parts(line)
    low = line.text.lower()
    if "userlist" in line.words and line.syntax == "yaml":
        yield from _embedded_userlist_parts(line)
    if not line.words.isdisjoint(_CRYPT_WORDS) and line.syntax != "htpasswd":
        yield from _crypt_entries(line)
    if "://" in low or "jdbc:oracle" in low or ".connect(" in low or "@//" in low \
            or any(tool in low for tool in _ORACLE_TOOLS):
        yield from _uri_parts(line.text)
        if "?" in low:
            yield from _query_parts(line.text)
        if "anaconda." in low or "cloudsmith" in low:
            yield from _path_token_parts(line.text)
    elif not line.words.isdisjoint(_FUNCTION_KEYS):
        yield from (p for p in _query_parts(line.text) if line.text[p.start - 5:p.start] == "code=")
    if "connect " in low and "/" in low:
        yield from _sqlplus_parts(line.text)
    if "@tcp(" in low or "@unix(" in low:
        yield from _go_dsn_parts(line.text)
    if " -" in low or low.startswith("-"):  # (an option may open a continued line)
        yield from _cli_parts(line.text)
    if "pass:" in low or "/user:" in low:
        yield from _windows_parts(line.text)
    if ("machine" in low or "default" in low) and line.syntax != "netrc" and "password" in low:
        yield from _netrc_entries(line.text)
    if "ssh" in low or "scp" in low or "sftp" in low or "rsync" in low:
        yield from _ssh_parts(line.text)
    if "pdo" in line.words or "mysql" in line.words or "getconnection" in line.words \
            or _MSSQL_CONNECT in line.words:
        yield from _connect_calls(line)
    if "=" in low:
        anchor = _ANCHOR.search(line.text) is not None
        if not anchor and "&" in low and re.search(_FORM_PASSWORD, line.text) is not None:
            # a form's pairs: its account only beside a real password (not a tutorial's)
            pairs = list(_pair_parts(line.text, anchored=True))
            real = any(_reported(p, line.syntax) for p in pairs)
            yield from (p for p in pairs if real or p.role == "password")
        else:
            yield from _pair_parts(line.text,
                                   anchored=anchor or _continues_a_connection_string(line))
        if "accesskey" in low or "accountkey" in low or "sig=" in low or "secret=" in low:
            yield from _azure_parts(line.text)
        if anchor and "secret" in low:
            yield from _secret_pairs(line.text)


def _not_a_password(value: str, syntax: str) -> bool:
    """A credential file's password field holds a password, even one shaped as a UUID (an
    API key such as Heroku's is one); elsewhere a UUID is an id."""
    why = rejection(value, "password")
    return why is not None and not (why == "uuid" and syntax in _CREDENTIAL_FILES)


def find(line: Line) -> Iterator[Hit]:
    """Passwords and keys in connection strings."""
    for part in parts(line):
        if part.role != "password":
            continue
        if part.type in _AZURE_TYPES.values() or part.type in (_HASHED, _KEY_AS_USER):
            if is_placeholder(part.value.replace("$$", "$")):  # (a Compose file's "$$")
                continue
        elif _not_a_password(part.value, line.syntax) or len(part.value) < 4:
            continue
        if part.type == "URL_SECRET_TOKEN" and not looks_random(part.value, min_length=16):
            continue
        yield Hit(part.start, part.end, part.value, part.type, "connection-string", 0.95,
                  priority=20, line_delta=part.line_delta)


# A password, not a key or a token: beside it a role's account is one to aim at
_PASSWORD_TYPES = frozenset({"CONNECTION_STRING_PASSWORD", "BASIC_AUTH_CREDENTIALS", "PASSWORD"})


def _reported(part: Part, syntax: str) -> bool:
    """A connection string's or a command's password that find reports: no placeholder, no
    reference: a URL's, a pair's, and a command's (curl's user option, mysql's password
    option)."""
    return part.role == "password" and part.type in _PASSWORD_TYPES \
        and len(part.value) >= 4 and not _not_a_password(part.value, syntax)


def find_users(line: Line) -> Iterator[Hit]:
    """User names in connection strings: personal data, not a secret; an account named for
    a role (deploy, svc) only beside its real password."""
    found = parts(line)
    for part in found:
        if part.role != "user":
            continue
        why = username_rejection(part.value)
        if why == CHOSEN_ACCOUNT:
            passwords = [p for p in found
                         if p.role == "password" and p.line_delta == part.line_delta]
            if any(_reported(p, line.syntax) for p in passwords) \
                    or (not passwords and part.line_delta == 0
                        and (_password_set_near(line) or _tool_password_above(line))):
                why = None
        if why is None:
            yield Hit(part.start, part.end, part.value, "USERNAME", "connection-string", 0.9,
                      priority=20, kind="personal-data", line_delta=part.line_delta)


# A password a command's tool reads for itself, set on a line above the command: libpq's,
# MySQL's and rsync's variables, sshpass's option or its variable (not an application's
# DB_PASSWORD, which no tool reads)
_TOOL_PASSWORD = lazy(
    r"(?:^|[\s;&|(])(?:(?:export\s+)?(?:PGPASSWORD|MYSQL_PWD|RSYNC_PASSWORD|SSHPASS)="
    r"|sshpass\s+-p\s*)(?:\"(?P<dq>[^\"\n$`]+)\"|'(?P<sq>[^'\n]+)'|(?P<v>[^\s\"'$`;&|]+))")
_ABOVE = 3


def _tool_password_above(line: Line) -> bool:
    """A real password that the command's tool reads, set on a line above it in the same
    block of a script (no blank line between): ``export PGPASSWORD=<password>`` or
    ``sshpass -p <password> \\`` over ``ssh <account>@<host>``."""
    from safecommit.detect.secret_plugins.keywords import strong_enough

    if line.syntax not in _SCRIPT_SYNTAXES:
        return False
    locator = line.locator
    for i in range(line.index - 1, max(line.index - 1 - _ABOVE, -1), -1):
        text = locator.line_text(i)
        if not text.strip():
            return False
        for m in _TOOL_PASSWORD.finditer(text):
            value = m.group("dq") or m.group("sq") or m.group("v")
            if not _not_a_password(value, line.syntax) and strong_enough(
                    value, "password", line.syntax):
                return True
    return False


_SCRIPT_SYNTAXES = frozenset({"shell", "dockerfile", "make", "yaml", "powershell", "batch"})


def _password_set_near(line: Line) -> bool:
    """A real password set as a variable on the line of a command that names only its
    account (``PGPASSWORD=<password> psql -U <account>``)."""
    from safecommit.detect.secret_plugins.keywords import real_password_near

    return real_password_near(line, near=0)
