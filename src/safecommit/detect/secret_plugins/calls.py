"""Credentials passed by position to well-known calls, where no key names them.

``jwt.sign(claims, '<secret>')``, ``jwt.encode(payload, "<secret>", …)``,
``server.login("<user>", "<password>")`` (smtplib, ftplib, imaplib),
``new Sequelize('db', '<user>', '<password>', …)``, ``Fernet(b"<key>")``,
``new ClientSecretCredential(tenant, client, "<secret>")``, sbt's ``Credentials(realm, host,
"<user>", "<password>")``,
``Keys.hmacShaKeyFor(Decoders.BASE64.decode("<key>"))``, ``new SecretKeySpec("<key>"
.getBytes(), …)``, a Java key store's ``"<password>".toCharArray()``, T-SQL's
``sp_addlogin '<login>', '<password>'`` (and ``sp_setapprole``, ``sp_password``), an LDAP
bind's ``simple_bind_s("<dn>", "<password>")``
(python-ldap; ldapjs's ``client.bind("cn=…", "<password>", cb)``), JNDI's
``env.put(Context.SECURITY_CREDENTIALS, "<password>")``, .NET's ``new DirectoryEntry(path,
"<user>", "<password>")``, the Azure SDKs' ``AzureKeyCredential("<key>")`` and Twilio's
``twilio("AC…", "<auth token>")``, AWS CDK's ``SecretValue.unsafePlainText("<password>")``,
Express's ``cookieParser("<secret>")``, R's httr ``authenticate("<user>", "<password>")`` and
Go's ``smtp.PlainAuth("", "<user>", "<password>", host)``, Ruby's ``Net::SMTP.start`` and
``Net::FTP.new``, Python's ``ftplib.FTP_TLS(host, "<user>", "<password>")``, pysmb's
``SMBConnection("<user>", "<password>", client, server)``, JavaMail's
``transport.connect("<host>", "<user>", "<password>")``, and
SSH clients' (JSch's ``getSession("<user>", host)``, sshj, SSH.NET).
Each call is one declaration: its pattern, and what each argument holds. Only a literal
counts: a variable or a lookup is no secret.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from safecommit.detect.secret_plugins.keywords import strong_enough
from safecommit.detect.secret_plugins.model import Hit, Line
from safecommit.detect.secret_plugins.values import account_span, rejection
from safecommit.lazyre import lazy


@dataclass(frozen=True)
class Call:
    """A call, and the role of each argument it takes by position (``"*"``: any argument
    that is a literal turned into a key's bytes, such as ``"x".toCharArray()``)."""

    pattern: str
    roles: dict[int | str, str]  # index -> "user", "password" or "secret"
    triggers: tuple[str, ...]  # lower-case literals, one of which every match contains
    parens: bool = True  # False: the arguments run to ";" or the line's end (T-SQL's EXEC)
    # the user is an account on its own, as a URL's user part is: the call names the host
    # it logs in to, with no password beside it (JSch's getSession("<user>", host))
    user_alone: bool = False
    # fewer arguments than this: another function of the same name (impacket's
    # SMBConnection(name, host) where pysmb's takes user, password, its name and the server's)
    min_args: int = 0


# A form field's name, id or label that says it takes a password.
_PASSWORD_FIELD = r"(?i:pass(?:word|wd|phrase)?|pwd)"
_SSH_NET = r"\bnew\s+(?:Sftp|Ssh|Scp)Client\s*\(|\bnew\s+PasswordConnectionInfo\s*\("
_SSH_NET_WORDS = ("sftpclient", "sshclient", "scpclient", "passwordconnectioninfo")
CALLS: tuple[Call, ...] = (
    Call(r"\bjwt\.(?:sign|encode|decode|verify)\s*\(", {1: "secret"}, ("jwt.",)),
    Call(r"\.login\s*\(", {0: "user", 1: "password"}, (".login(",)),
    Call(r"\bnew\s+Sequelize\s*\(", {1: "user", 2: "password"}, ("sequelize",)),
    Call(r"\b(?:Multi)?Fernet\s*\(", {0: "secret"}, ("fernet(",)),
    Call(r"\bnew\s+ClientSecretCredential\s*\(", {2: "secret"}, ("credential",)),
    # sbt's Credentials(realm, host, user, password), all four literals
    Call(r"\bCredentials\s*\((?=\s*(?:\"|$))", {2: "user", 3: "password"}, ("credential",)),
    Call(r"\bhmacShaKeyFor\s*\(", {0: "secret"}, ("hmacshakeyfor",)),
    Call(r"\bnew\s+SecretKeySpec\s*\(", {0: "secret"}, ("secretkeyspec",)),
    Call(r"\.(?:load|getKey|getEntry|setKeyEntry|init)\s*\(|\bnew\s+PBEKeySpec\s*\(",
         {"*": "password"}, ("tochararray",)),
    Call(r"(?i)\bsp_addlogin\s+(?!@)", {0: "user", 1: "password"}, ("sp_addlogin",),
         parens=False),
    # T-SQL's other procedures that take a password by position: an application role's,
    # and a login's old and new ones (sp_password NULL, '<new>', '<login>')
    Call(r"(?i)\bsp_setapprole\s+(?!@)", {1: "password"}, ("sp_setapprole",), parens=False),
    Call(r"(?i)\bsp_password\s+(?!@)", {0: "password", 1: "password", 2: "user"},
         ("sp_password",), parens=False),
    Call(r"\.(?:simple_bind_s|simple_bind|bind_s)\s*\(", {0: "user", 1: "password"},
         ("simple_bind", "bind_s(")),
    # JavaScript's every function has a .bind(): only one whose first argument is a DN
    # (go-ldap's is Bind)
    Call(r"\.[bB]ind\s*\((?=\s*[\"'`](?:cn|uid|CN|UID)=)", {0: "user", 1: "password"},
         (".bind(",)),
    # ldap3's Connection(server, "<dn>", "<password>"), its user a DN (or any, named ldap3's)
    Call(r"(?:\bldap3\.Connection\s*\(|(?<![\w.])Connection\s*\("
         r"(?=\s*[\w.]+\s*,\s*[\"'](?:cn|uid|CN|UID)=))(?=\s*[\w.]+\s*,\s*[\"'])",
         {1: "user", 2: "password"}, ("connection(",)),
    Call(r"\bnew\s+DirectoryEntry\s*\(", {1: "user", 2: "password"}, ("directoryentry",)),
    # Azure SDKs' key credentials: AzureKeyCredential("<key>"), AzureNamedKeyCredential(name,
    # "<key>"), StorageSharedKeyCredential(account, "<key>")
    Call(r"\b(?:new\s+)?AzureKeyCredential\s*\(", {0: "secret"}, ("azurekeycredential",)),
    Call(r"\b(?:new\s+)?(?:AzureNamedKeyCredential|StorageSharedKeyCredential)\s*\(",
         {1: "secret"}, ("azurenamedkeycredential", "storagesharedkeycredential")),
    # Perl's DBI->connect($dsn, "<user>", "<password>"), the MongoDB .NET driver's
    # MongoCredential.CreateCredential(db, "<user>", "<password>")
    Call(r"\bDBI\s*->\s*connect(?:_cached)?\s*\(", {1: "user", 2: "password"}, ("dbi",)),
    Call(r"\bMongoCredential\.Create\w*Credential\s*\(", {1: "user", 2: "password"},
         ("mongocredential",)),
    # Redis's AUTH with the password alone: red:auth("<password>") (OpenResty),
    # jedis.auth("<password>"); not a test client's .auth(user, password)
    Call(r"[.:]auth\s*\((?=\s*[\"'][^\"'\n]*[\"']\s*\))", {0: "password"}, (".auth(", ":auth(")),
    # JNDI's environment: env.put(Context.SECURITY_CREDENTIALS, "<password>")
    Call(r"\.put\s*\((?=\s*(?:\w+\.)?SECURITY_CREDENTIALS\s*,)", {1: "password"},
         ("security_credentials",)),
    # the account's SID (or an API key's, whose secret comes next) says the call is
    # Twilio's client, whatever it is named
    Call(r"(?:\b(?:twilio|Twilio|TwilioRestClient|Client|TwilioClient\.Init|Twilio\.init)"
         r"|\(\s*[\"']twilio[\"']\s*\))\s*\("
         r"(?=\s*[\"'](?:AC|SK)[0-9a-fA-F]{32}[\"'])", {1: "secret"}, ("twilio",)),
    # AWS CDK's secret written into the template: SecretValue.unsafePlainText("<password>")
    Call(r"\bSecretValue\.(?:unsafePlainText|plainText)\s*\(", {0: "password"},
         ("plaintext(",)),
    # Express's cookie signing secret: cookieParser("<secret>")
    Call(r"\bcookieParser\s*\(", {0: "secret"}, ("cookieparser(",)),
    # R's httr: authenticate("<user>", "<password>"), a function, not a method (a test
    # client's .authenticate(…), Passport's passport.authenticate('local', …))
    Call(r"(?<![\w.$])authenticate\s*\(", {0: "user", 1: "password"}, ("authenticate(",)),
    # Go's net/smtp: PlainAuth(identity, "<user>", "<password>", host) and
    # CRAMMD5Auth("<user>", "<secret>")
    Call(r"\bsmtp\.PlainAuth\s*\(", {1: "user", 2: "password"}, ("plainauth(",)),
    Call(r"\bsmtp\.CRAMMD5Auth\s*\(", {0: "user", 1: "password"}, ("crammd5auth(",)),
    # Ruby's Net::SMTP.start(host, port, helo, "<user>", "<secret>", :login) and
    # Net::FTP.new(host, "<user>", "<password>")
    Call(r"\bNet::SMTP\.start\s*\(", {3: "user", 4: "password"}, ("net::smtp",)),
    Call(r"\bNet::FTP\.(?:new|open)\s*\(", {1: "user", 2: "password"}, ("net::ftp",)),
    # Python's ftplib.FTP(host, "<user>", "<password>") and FTP_TLS; pysmb's
    # SMBConnection("<user>", "<password>", client, server)
    Call(r"(?<![\w.])(?:ftplib\.)?FTP(?:_TLS)?\s*\(", {1: "user", 2: "password"},
         ("ftp(", "ftp_tls(")),
    Call(r"(?<![\w.])SMBConnection\s*\(", {0: "user", 1: "password"}, ("smbconnection(",),
         min_args=4),
    # Oracle's Python drivers: connect("<user>", "<password>", dsn) (not "<user>/<pw>@dsn",
    # read as a connection string)
    Call(r"\b(?:cx_Oracle|oracledb)\.connect\s*\((?=\s*[\"'][^\"'\n]*[\"']\s*,)",
         {0: "user", 1: "password"}, ("cx_oracle", "oracledb")),
    # paramiko's SSHClient: connect("<host>", <port>, "<user>", "<password>")
    Call(r"\.connect\s*\((?=\s*[\"'][^\"'\n]*[\"']\s*,\s*\d+\s*,\s*[\"'])",
         {2: "user", 3: "password"}, (".connect(",)),
    # redis-py's Redis(host, port, db, "<password>")
    Call(r"(?<![\w.])(?:redis\.)?(?:Strict)?Redis\s*\((?=[^,()\n]*,\s*\d+\s*,\s*\d+\s*,)",
         {3: "password"}, ("redis(",)),
    # Ruby's pg, in its positional form: PG.connect(host, port, options, tty, db, "<user>",
    # "<password>")
    Call(r"\b(?:PG(?:::Connection)?|PGconn)\.(?:new|open|connect)\s*\(",
         {5: "user", 6: "password"}, ("pg.connect(", "pg.new(", "pg::connection", "pgconn."),
         min_args=7),
    # Go's x/crypto/ssh: ssh.Password("<password>")
    Call(r"\bssh\.Password\s*\(", {0: "password"}, ("ssh.password(",)),
    # JavaMail's Transport and Store: connect("<host>", "<user>", "<password>"), its first
    # argument a host's name
    # SSH clients: JSch's getSession("<user>", host, port), its password set later;
    # sshj's authPassword("<user>", "<password>"), Ganymed's authenticateWithPassword;
    # SSH.NET's SftpClient, SshClient, ScpClient and PasswordConnectionInfo (host[, port],
    # "<user>", "<password>")
    Call(r"\.getSession\s*\((?=\s*\"[^\"\n]*\"\s*,\s*(?!true\b|false\b|\d)[\w\"])",
         {0: "user"}, (".getsession(",), user_alone=True),
    Call(r"\.(?:authPassword|authenticateWithPassword)\s*\(", {0: "user", 1: "password"},
         (".authpassword(", ".authenticatewithpassword(")),
    Call(_SSH_NET + r"(?![^,()\n]*,\s*\d+\s*,)", {1: "user", 2: "password"}, _SSH_NET_WORDS),
    Call(_SSH_NET + r"(?=[^,()\n]*,\s*\d+\s*,)", {2: "user", 3: "password"}, _SSH_NET_WORDS),
    Call(r"\b(?:transport|store)\.connect\s*\((?=\s*\"[\w-]+(?:\.[\w-]+)+\"\s*,)",
         {1: "user", 2: "password"}, ("transport.connect(", "store.connect(")),
    # A browser test typing into a password field (Playwright, Cypress, Selenium, WebdriverIO):
    # page.fill("#password", "<password>"), or the field found first, then filled:
    # getByLabel("Password").fill("<password>"), cy.get("[name=password]").type("<password>")
    Call(r"\.(?:fill|type)\s*\((?=\s*[\"'`][^\"'`\n]*" + _PASSWORD_FIELD + r"[^\"'`\n]*[\"'`]\s*,)",
         {1: "password"}, (".fill(", ".type(")),
    Call(r"\b(?:getByLabel|getByPlaceholder|getByTestId|locator|get|find_element|findElement|\$)"
         r"\s*\([^()\n]*" + _PASSWORD_FIELD + r"[^()\n]*\)\s*"
         r"\.(?:fill|type|send_keys|sendKeys|setValue)\s*\(",
         {0: "password"}, (".fill(", ".type(", ".send_keys(", ".sendkeys(", ".setvalue(")),
)
TRIGGERS = frozenset(t for c in CALLS for t in c.triggers)
# A Twilio account's or API key's SID as a call's first argument stands for the word
# "twilio": the client is as often imported as Client (Client("AC…", "<auth token>"),
# Client("SK…", "<key's secret>")). Lower-case: the prefilter folds case.
SHAPES = ((r"\(\s*[\"'](?:ac|sk)[0-9a-f]{32}[\"']", "twilio"),)
# (compiled when a line first holds one of its triggers: most runs need a few of them)
_COMPILED = tuple((lazy(c.pattern), c) for c in CALLS)
# A literal, perhaps wrapped once: b"…", @"…", decode("…"), "…".getBytes(), "…".toCharArray()
_LITERAL = lazy(
    r"\s*(?:[\w.]+\(\s*)?[bBuU@]?(?P<q>[\"'`])(?P<v>[^\"'`\n]{1,1024})(?P=q)\s*"
    r"(?P<wrap>\)|\.(?:getBytes|toCharArray|ToCharArray|encode)\([^()]{0,40}\))?\s*$")
_CALL_LINES = 6  # a call's arguments may run over this many lines


def arguments(text: str, start: int, closing: str) -> Iterator[tuple[int, int]]:
    """The span of each top-level argument from ``text[start]`` to the closing ``)`` (or,
    for a call with no parentheses, to ``;`` or the end of the line)."""
    depth, i, n, arg = 0, start, len(text), start
    while i < n:
        c = text[i]
        if c in "\"'`":
            close = text.find(c, i + 1)
            if close == -1:
                return
            i = close + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}" and depth:
            depth -= 1
        elif depth == 0 and (c == "," or c in closing):
            yield arg, i
            if c != ",":
                return
            arg = i + 1
        i += 1
    if closing != ")":
        yield arg, n


Part = tuple[str, int, int, str, int]  # role, start, end, value, line delta


def _calls(line: Line) -> Iterator[tuple[Call, list[Part]]]:
    """For each call on the line, the literals it takes as credentials."""
    text = line.text
    window: str | None = None
    starts: list[int] = []
    for pattern, call in _COMPILED:
        if line.words.isdisjoint(call.triggers):
            continue
        for m in pattern.finditer(text):
            if window is None:
                below = [line.locator.line_text(line.index + d) for d in range(1, _CALL_LINES)
                         if line.index + d < line.locator.line_count]
                window = "\n".join([text, *below])
                starts = [0]
                for piece in [text, *below]:
                    starts.append(starts[-1] + len(piece) + 1)
            args = list(arguments(window, m.end(), ")" if call.parens else ";\n"))
            if len(args) <= max((i for i in call.roles if isinstance(i, int)), default=-1) \
                    or len(args) < call.min_args:
                continue  # fewer arguments than the call's form: another function of the name
            parts: list[Part] = []
            for index, (s, e) in enumerate(args):
                role = call.roles.get(index) or call.roles.get("*")
                literal = _LITERAL.fullmatch(window, s, e) if role else None
                if role is None or literal is None or (
                        index not in call.roles and "CharArray" not in (literal["wrap"] or "")):
                    continue
                start, end = literal.span("v")
                delta = max(d for d, at in enumerate(starts) if at <= start)
                parts.append((role, start - starts[delta], end - starts[delta],
                              literal.group("v"), delta))
            yield call, parts


def _real(part: Part, syntax: str) -> bool:
    role, value = part[0], part[3]
    return role != "user" and not rejection(value, role) and strong_enough(value, role, syntax)


def find(line: Line) -> Iterator[Hit]:
    for _, parts in _calls(line):
        for part in parts:
            if _real(part, line.syntax):
                role, start, end, value, delta = part
                yield Hit(start, end, value,
                          "PASSWORD" if role == "password" else "GENERIC_SECRET", "keyword",
                          0.85, priority=10, line_delta=delta)


def find_users(line: Line) -> Iterator[Hit]:
    """The user of a log-in whose password is real: a test's ``login('u', 'wrong')`` is not."""
    for call, parts in _calls(line):
        if not call.user_alone and not any(_real(part, line.syntax) for part in parts):
            continue
        for role, start, _, value, delta in parts:
            span = account_span(value) if role == "user" else None
            if span is not None:  # all of the value, or the account its DN names
                yield Hit(start + span[0], start + span[1], value[span[0]:span[1]], "USERNAME",
                          "keyword", 0.85, priority=10, kind="personal-data", line_delta=delta)
