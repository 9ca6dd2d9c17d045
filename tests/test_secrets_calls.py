"""Credentials passed by position to well-known calls: found where the argument is a literal,
never where it is a variable, a lookup or a tutorial's example."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import fill, scan, types


@pytest.mark.parametrize(("name", "template", "expected"), [
    # a JWT's signing secret
    ("auth.js", "return jwt.sign(claims, '{secret}', {{ expiresIn: '1h' }})\n", "GENERIC_SECRET"),
    ("auth.py", 'return jwt.encode({{"sub": uid}}, "{secret}", algorithm="HS256")\n',
     "GENERIC_SECRET"),
    ("auth.ts", "const claims = jwt.verify(token, \"{secret}\")\n", "GENERIC_SECRET"),
    # a log-in's user and password
    ("mail.py", 'server.login("{user}", "{pw}")\n', "PASSWORD"),
    ("ftp.py", "ftp.login('{user}', '{pw}')\n", "PASSWORD"),
    ("db.ts", "export const db = new Sequelize('claims', '{user}', '{pw}', {{\n"
              "  dialect: 'postgres'\n}})\n", "PASSWORD"),
    ("db.ts", "export const db = new Sequelize(\n  'claims',\n  '{user}',\n  '{pw}',\n"
              "  {{ dialect: 'postgres' }}\n)\n", "PASSWORD"),
    ("logins.sql", "EXEC sp_addlogin 'rpa_report', '{pw}';\n", "PASSWORD"),
    ("roles.sql", "EXEC sp_setapprole 'reporting', '{pw}';\n", "PASSWORD"),
    ("logins.sql", "EXEC sp_password NULL, '{pw}', 'rpa_report';\n", "PASSWORD"),
    # keys: Fernet's, an Azure AD app's secret, an HMAC key, a key store's password
    ("crypto.py", '_cipher = Fernet(b"{storage_key}")\n', "GENERIC_SECRET"),
    ("Graph.cs", 'new ClientSecretCredential(tenantId, clientId, "{secret}");\n',
     "GENERIC_SECRET"),
    ("Security.java", 'return Keys.hmacShaKeyFor(Decoders.BASE64.decode("{storage_key}"));\n',
     "GENERIC_SECRET"),
    ("Hmac.java", 'var key = new SecretKeySpec("{secret}".getBytes(), "HmacSHA256");\n',
     "GENERIC_SECRET"),
    ("Tls.java", 'ks.load(getClass().getResourceAsStream("/app.p12"), "{pw}".toCharArray());\n',
     "PASSWORD"),
    ("Pbe.java", 'var spec = new PBEKeySpec("{pw}".toCharArray());\n', "PASSWORD"),
    # an LDAP bind's password, and a directory entry's
    ("auth.py", 'conn.simple_bind_s("cn={user},ou=svc,dc=defra,dc=internal", "{pw}")\n',
     "PASSWORD"),
    ("auth.py", "conn.bind_s('uid={user},ou=people,dc=defra,dc=internal', '{pw}', AUTH)\n",
     "PASSWORD"),
    ("ldap.js", "client.bind('cn={user},dc=defra,dc=internal', '{pw}', (err) => {{}})\n",
     "PASSWORD"),
    ("Ad.cs", 'var e = new DirectoryEntry("LDAP://dc1/DC=defra", "DEFRA\\\\{user}", "{pw}");\n',
     "PASSWORD"),
    # the Azure SDKs' key credentials
    ("search.ts", "const c = new SearchClient(url, 'claims', new AzureKeyCredential('{secret}'))\n",
     "GENERIC_SECRET"),
    ("Search.cs", 'var c = new SearchClient(uri, "claims", new AzureKeyCredential("{secret}"));\n',
     "GENERIC_SECRET"),
    # JNDI's environment for an LDAP bind
    ("Ldap.java", 'env.put(Context.SECURITY_CREDENTIALS, "{pw}");\n', "PASSWORD"),
    # Twilio's auth token, its account's SID first
    ("sms.js", "const client = require('twilio')('AC{hex32}', '{hex32}')\n", "GENERIC_SECRET"),
    ("sms.py", 'client = twilio.rest.Client("AC{hex32}", "{hex32}")\n', "GENERIC_SECRET"),
    # the client imported by its own name: the SID alone says it is Twilio's
    ("sms.py", 'sms = Client("AC{hex32}", "{hex32}")\n', "GENERIC_SECRET"),
    ("Sms.cs", 'TwilioClient.Init("AC{hex32}", "{hex32}");\n', "GENERIC_SECRET"),
    ("Sms.java", 'Twilio.init("AC{hex32}", "{hex32}");\n', "GENERIC_SECRET"),
    # an API key's SID first, its secret next
    ("sms.py", 'client = Client("SK{hex32}", "{hex32}", account_sid)\n', "GENERIC_SECRET"),
    # Perl's DBI, the MongoDB .NET driver's credential, Redis's AUTH with its password alone
    ("export.pl", 'my $dbh = DBI->connect("dbi:Pg:dbname=app;host=db", "{user}", "{pw}");\n',
     "PASSWORD"),
    ("Mongo.cs", 'var c = MongoCredential.CreateCredential("admin", "{user}", "{pw}");\n',
     "PASSWORD"),
    ("auth.lua", 'local ok, err = red:auth("{pw}")\n', "PASSWORD"),
    ("Cache.java", 'jedis.auth("{pw}");\n', "PASSWORD"),
    # AWS CDK's secret written into the template, Express's cookie signing secret
    ("stack.ts", "const pw = SecretValue.unsafePlainText('{pw}');\n", "PASSWORD"),
    ("stack.ts", "new iam.User(this, 'U', {{ password: cdk.SecretValue.plainText(\"{pw}\") }});\n",
     "PASSWORD"),
    ("app.js", "app.use(cookieParser('{secret}'));\n", "GENERIC_SECRET"),
    # R's httr: a request's basic (or digest) authentication, user then password
    ("extract.R", 'res <- httr::GET(url, httr::authenticate("{user}", "{pw}"))\n', "PASSWORD"),
    ("extract.R", 'res <- GET(url, authenticate("{user}", "{pw}", type = "digest"))\n',
     "PASSWORD"),
])
def test_a_credential_passed_by_position_is_found(cli: Any, tmp_path: Path, name: str,
                                                  template: str, expected: str) -> None:
    assert expected in types(scan(cli, tmp_path, name, fill(template)))


@pytest.mark.parametrize(("name", "template"), [
    ("logins.sql", "EXEC sp_addlogin '{user}', '{pw}';\n"),
    ("export.pl", 'my $dbh = DBI->connect($dsn, "{user}", "{pw}");\n'),
])
def test_the_user_of_a_log_in_call_is_personal_data(cli: Any, tmp_path: Path, name: str,
                                                    template: str) -> None:
    found = scan(cli, tmp_path, name, fill(template), kind="personal-data")
    assert types(found) == {"USERNAME"}


@pytest.mark.parametrize(("name", "template", "user"), [
    ("auth.py", 'conn.simple_bind_s("cn={user},ou=svc,dc=defra,dc=internal", "{pw}")\n', "{user}"),
    ("Ad.cs", 'var e = new DirectoryEntry(path, "DEFRA\\\\{user}", "{pw}");\n',
     "DEFRA\\\\{user}"),
])
def test_the_account_of_an_ldap_bind_is_personal_data(cli: Any, tmp_path: Path, name: str,
                                                     template: str, user: str) -> None:
    found = scan(cli, tmp_path, name, fill(template), kind="personal-data")
    assert [f["type"] for f in found] == ["USERNAME"]
    assert found[0]["end_column"] - found[0]["column"] == len(fill(user))


def test_the_user_of_a_log_in_with_a_made_up_password_is_not(cli: Any, tmp_path: Path) -> None:
    content = "smtp.login('psu', 'doesnotexist')\n"
    assert scan(cli, tmp_path, "test_smtp.py", content, kind="personal-data") == []


@pytest.mark.parametrize(("name", "content"), [
    ("auth.js", "return jwt.sign(claims, process.env.JWT_SECRET, { expiresIn: '1h' })\n"),
    ("auth.js", "const token = jwt.sign({ foo: 'bar' }, 'shhhhh');\n"),
    ("auth.py", 'token = jwt.encode(payload, key, algorithm="HS256")\n'),
    ("auth.py", 'claims = jwt.decode(token, options={"verify_signature": False})\n'),
    ("auth.py", 'claims = jwt.decode("Zq8vR2xL0pW4nT6yB1cFKd93Lmq")\n'),
    ("mail.py", "server.login(user, password)\n"),
    ("roles.sql", "EXEC sp_setapprole @rolename = 'reporting', @password = @pw;\n"),
    ("logins.sql", "EXEC sp_password @old = NULL, @new = @new_pw, @loginame = 'rpa_report';\n"),
    ("stack.ts", "const pw = SecretValue.unsafePlainText(props.password);\n"),
    ("stack.ts", "const pw = SecretValue.secretsManager('prod/db/password');\n"),
    ("app.js", "app.use(cookieParser(process.env.COOKIE_SECRET));\n"),
    ("app.js", "app.use(cookieParser());\n"),
    ("mail.py", 'server.login("reports", os.environ["SMTP_PASSWORD"])\n'),
    ("bot.js", "client.login('Zq8vR2xL0pW4nT6yB1cFKd93Lmq')\n"),
    ("app.js", "req.login(user, function (err) { next(err) })\n"),
    ("db.ts", "const db = new Sequelize('sqlite::memory:')\n"),
    ("db.ts", "const db = new Sequelize(process.env.DATABASE_URL)\n"),
    ("crypto.py", "cipher = Fernet(Fernet.generate_key())\n"),
    ("crypto.py", "cipher = Fernet(key)\n"),
    ("Hex.java", 'private static final char[] HEX = "0123456789abcdef".toCharArray();\n'),
    ("Tls.java", "ks.load(null, null);\n"),
    ("Tls.java", "ks.load(in, password.toCharArray());\n"),
    ("Tls.java", 'ks.load(in, "changeit".toCharArray());\n'),
    ("Graph.cs", "new ClientSecretCredential(tenantId, clientId, clientSecret);\n"),
    ("auth.py", "conn.simple_bind_s(bind_dn, bind_password)\n"),
    ("auth.py", 'conn.simple_bind_s("cn=admin,dc=example,dc=org", "admin")\n'),
    ("ldap.js", "client.bind(dn, process.env.LDAP_PASSWORD, cb)\n"),
    ("app.js", "const handler = this.onClick.bind(this, 'Zq8vR2xL0pW4nT6yB1cFKd93Lmq')\n"),
    ("Ad.cs", "var e = new DirectoryEntry(path, user, password);\n"),
    ("sms.js", "const client = require('twilio')(accountSid, authToken)\n"),
    ("sms.py", 'sms = Client("AC{hex32}", os.environ["TWILIO_AUTH_TOKEN"])\n'),
    ("search.ts", "const c = new AzureKeyCredential(process.env.SEARCH_KEY)\n"),
    ("Ldap.java", "env.put(Context.SECURITY_CREDENTIALS, password);\n"),
    ("export.pl", 'my $dbh = DBI->connect($dsn, $user, $ENV{"DB_PASSWORD"});\n'),
    ("auth.lua", 'local ok, err = red:auth(os.getenv("REDIS_PASSWORD"))\n'),
    # a test client's .auth(user, password), and Firebase's auth()
    ("api.test.js", "await request(app).get('/').auth('reviewer', 'Zq8vR2xL0pW4nT6yB1c')\n"),
    ("app.js", "const auth = firebase.auth()\n"),
    # httr's authenticate from the environment; Passport's strategy; a method of that name
    ("extract.R", 'res <- GET(url, authenticate(Sys.getenv("API_USER"), Sys.getenv("API_PW")))\n'),
    ("routes.js", "app.post('/login', passport.authenticate('local', { failureRedirect: '/' }))\n"),
    ("test_api.py", 'client.authenticate("reviewer", "Zq8vR2xL0pW4nT6yB1c")\n'),
])
def test_a_variable_lookup_or_example_in_a_call_is_never_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "template", "expected", "users"), [
    # sbt's repository credentials: realm, host, user, password
    ("build.sbt", 'credentials += Credentials("Sonatype Nexus Repository Manager", '
                  '"nexus.defra.internal", "{user}", "{pw}")\n', [("PASSWORD", 1)], [1]),
    ("project/Publish.scala", "credentials += Credentials(\n  \"Artifactory Realm\",\n"
                              "  \"artifactory.defra.internal\",\n  \"{user}\",\n  \"{pw}\"\n)\n",
     [("PASSWORD", 5)], [4]),
    # read from a file or the environment, a stand-in: no literal password; and the realm
    # is no account
    ("build.sbt", 'credentials += Credentials(Path.userHome / ".sbt" / ".credentials")\n', [], []),
    ("build.sbt", 'credentials += Credentials("Artifactory Realm", "artifactory.defra.internal", '
                  'sys.env("ART_USER"), sys.env("ART_PASSWORD"))\n', [], []),
    ("build.sbt", 'credentials += Credentials("Realm", "nexus.internal", "admin", "admin123")\n',
     [], []),
])
def test_sbt_s_credentials_take_a_user_third_and_a_password_fourth(
        cli: Any, tmp_path: Path, name: str, template: str,
        expected: list[tuple[str, int]], users: list[int]) -> None:
    content = fill(template)
    assert [(f["type"], f["line"]) for f in scan(cli, tmp_path, name, content)] == expected
    accounts = scan(cli, tmp_path, name, content, kind="personal-data")
    assert [(f["type"], f["line"]) for f in accounts] == [("USERNAME", line) for line in users]
