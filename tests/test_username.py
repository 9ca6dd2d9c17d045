"""USERNAME: a user name in a connection string or a config key is personal data."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from secrets_support import FAKES, fill, scan


def usernames(cli: Any, tmp: Path, name: str, content: str) -> list[Any]:
    return [f for f in scan(cli, tmp, name, content, kind="personal-data")
            if f["type"] == "USERNAME"]


@pytest.mark.parametrize(("name", "template"), [
    ("app.yaml", "username: {person}\n"),
    ("app.yaml", "database:\n  user: {user}\n"),
    (".env", "POSTGRES_USER={user}\n"),
    (".env", "DB_USERNAME={person}\n"),
    (".env", "MYSQL_USER={user}\n"),
    ("application.properties", "spring.datasource.username={person}\n"),
    ("flyway.conf", "flyway.user={user}\n"),
    ("settings.py", '        "USER": "{user}",\n'),
    ("production.toml", '[database]\nuser = "{user}"\n'),
    ("main.tf", '  administrator_login = "{user}"\n'),
    ("main.tf", '  admin_username = "{user}"\n'),
    ("main.bicep", "param sqlAdministratorLogin string = '{user}'\n"),
    ("settings.xml", "      <username>{person}</username>\n"),
    ("config.js", "  username: process.env.DB_USER || '{user}',\n"),
    ("database.php", "'username' => env('DB_USERNAME', '{user}'),\n"),
    ("deployment.yaml", "        - name: DB_USER\n          value: {user}\n"),
    ("application.yml", "smtp:\n  username: {person}@naturalengland.org.uk\n"),
    ("restore.sh", "psql -h db.internal -U {user} -d app\n"),
    ("dump.sh", "pg_dump --username={user} app > dump.sql\n"),
    (".env", "DATABASE_URL=postgres://{user}@db.internal:5432/app\n"),
    (".env", "DATABASE_URL=postgres://{user}:{pw}@db.internal:5432/app\n"),
    ("appsettings.json", '{{"Default": "Server=sql.internal;Database=db;User Id={user};'
                         'Integrated Security=false"}}\n'),
    ("Repo.java", 'String url = "jdbc:sqlserver://sql:1433;databaseName=db;user={user};'
                  'password={pw}";\n'),
    ("rotate.sh", 'psql "host=db.internal user={user} dbname=app sslmode=require"\n'),
    ("odbc.txt", "Driver={{ODBC Driver 18 for SQL Server}};Server=sql1;UID = {user};PWD = {pw};\n"),
    ("compose.yaml", "      RABBITMQ_DEFAULT_USER: {user}\n"),
    ("Dockerfile", "ENV DB_USER={user}\n"),
    ("settings.py", 'EMAIL_HOST_USER = "{user}"\n'),
    (".pgpass", "db.internal:5432:app:{user}:{pw}\n"),
    ("db.go", 'const dsn = "{user}:{pw}@tcp(mysql.internal:3306)/app"\n'),
    (".netrc", "machine api.internal login {user} password {pw}\n"),
    (".htpasswd", "{user}:$apr1$Zq8vR2xL$0pW4nT6yB1cFKd93Lmq7s.\n"),
    ("Dockerfile", 'RUN echo "machine git.internal login {user} password {pw}" > ~/.netrc\n'),
    ("import.sh", "impdp {user}/{pw}@FRPPRD schemas=FRP\n"),
    ("odbc.ini", "[reporting]\nDriver = ODBC Driver 18 for SQL Server\nUID = {user}\n"),
    # an API's or a service's account
    ("app.yaml", "api_user: {user}\n"),
    (".env", "SERVICE_USER={user}\n"),
    ("docs.md", "Upload with `sftp {user}@sftp.partner.internal`.\n"),
    ("accounts.md", "| env | username |\n|---|---|\n| prd | `{user}` |\n"),
    # an account of a test environment, not a test fixture's
    ("app.yaml", "username: test_gauges_loader\n"),
    ("users.csv", "id,username,password\n1,{user},{pw}\n"),
    ("seed.sql", "INSERT INTO users (id, username) VALUES (1, '{user}');\n"),
    ("wp-config.php", "define('DB_USER', '{user}');\n"),
    ("client.py", 'r = requests.get(url, auth=("{user}", "{pw}"))\n'),
    ("Client.cs", 'var cred = new NetworkCredential("{user}", "{pw}");\n'),
    ("client.R", 'req <- request(u) |> req_auth_basic("{user}", "{pw}")\n'),
    ("login.sh", "docker login -u {user} -p {pw} registry.internal\n"),
    ("Sync.ps1", '$c = New-Object System.Management.Automation.PSCredential("{user}", $pw)\n'),
    ("export.php", "$pdo = new PDO(\n    'pgsql:host=db.internal;dbname=app',\n    '{user}',\n"
                   "    $password\n);\n"),
    ("ssh.sh", "ssh {user}@bastion.defra.internal\n"),
    ("ssh_config", "Host jump\n  HostName bastion.internal\n  User {user}\n"),
    (".ssh/config", "Host jump\n  User {user}\n"),
    ("report.ps1", "Invoke-Sqlcmd -ServerInstance sqlprd01 -Username {user} -Password $pw\n"),
    ("map.bat", "net use \\\\fileserver\\share /user:DEFRA\\{user} {pw}\n"),
    ("mount.sh", "smbclient //files.internal/share -U DEFRA/{user}%{pw}\n"),
    ("deploy.ps1", '$c = New-Object PSCredential ("DEFRA\\{user}", $ss)\n'),
    ("deploy.ps1", "$c = [pscredential]::new('DEFRA\\{user}', $secure)\n"),
    ("deploy.ps1", "$c = New-Object -TypeName System.Management.Automation.PSCredential "
                   "-ArgumentList 'DEFRA\\{user}', $ss\n"),
    ("backup.sh", "scp dump.sql {user}@10.0.0.5:/tmp/\n"),
    ("sync.sh", "rsync -az ./site/ {user}@web01.internal:/srv/site/\n"),
    ("tunnel.sh", "ssh -l {user} -L 5432:db:5432 bastion.internal\n"),
    ("clone.sh", "git clone ssh://{user}@git.defra.internal/repo.git\n"),
    # a git host's HTTPS clone URL names the account that copied it
    (".gitmodules", "[submodule \"shared\"]\n\turl = https://{user}@bitbucket.org/defra/shared.git\n"),
    ("package.json", '{{"repository": "https://{user}@dev.azure.com/defra/ledger/_git/app"}}\n'),
    # an LDAP bind's account, named by its distinguished name
    ("application.yml", "ldap:\n  username: cn={user},ou=Service Accounts,dc=defra,dc=internal\n"),
    ("config.yaml", "bindDN: uid={person},ou=people,dc=defra,dc=internal\n"),
    ("settings.py", 'AUTH_LDAP_BIND_DN = "CN={user},OU=Service,DC=defra,DC=internal"\n'),
    ("application.properties", "ldap.manager-dn=cn={user},dc=defra,dc=internal\n"),
    # Airflow's connection, its log-in given as an option
    ("airflow.sh", "airflow connections add api --conn-type http --conn-login {user} "
                   "--conn-password '{pw}'\n"),
])
def test_user_name_in_config_or_connection_string_is_personal_data(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    found = usernames(cli, tmp_path, name, fill(template))
    assert found, "no USERNAME finding"
    assert all(f["kind"] == "personal-data" for f in found)
    assert all(f["suggestion"] == "example_user" for f in found)


@pytest.mark.parametrize(("name", "content"), [
    ("app.yaml", "username: ${DB_USERNAME}\n"),
    ("app.yaml", "username: <your-username>\n"),
    ("app.yaml", "username: example_user\n"),
    ("app.yaml", "username: __token__\n"),
    ("app.yaml", "user: jane.doe@example.com\n"),
    ("app.yaml", "user: postgres\n"),
    ("app.yaml", "user: root\n"),
    (".env", "POSTGRES_USER=postgres\n"),
    ("compose.yaml", "    user: \"1000:1000\"\n"),
    ("compose.yaml", "    user: node\n"),
    ("compose.yaml", "      POSTGRES_USERNAME: ${POSTGRES_USERNAME:-postgres}\n"),
    ("settings.py", '"USER": os.environ.get("DB_USER", "postgres"),\n'),
    ("database.php", "'username' => env('DB_USERNAME', 'forge'),\n"),
    ("config.js", "username: process.env.POSTGRES_USERNAME,\n"),
    ("schema.js", "database: Joi.object({ host: Joi.string(), username: Joi.string() }),\n"),
    ("ci.yml", "  username: ${{ github.actor }}\n"),
    ("ci.yml", '        run: git config user.name "github-actions[bot]"\n'),
    ("client.py", 'USER_AGENT = "defra-bot/1.0"\n'),
    ("views.py", "user = User.objects.get(pk=1)\n"),
    ("views.py", "username = request.form['username']\n"),
    ("views.py", 'logger.info("user %s logged in", username)\n'),
    ("types.ts", "interface Props { username: string; }\n"),
    ("app.yaml", "login_url: /auth/login\n"),
    ("app.yaml", "redirect_after_login: dashboard\n"),
    ("app.yaml", "  user_id: 12345\n"),
    ("app.yaml", "max_users: 10\n"),
    ("Dockerfile", "USER node\n"),
    ("site.yml", "  become_user: root\n"),
    ("schema.sql", "CREATE TABLE users (username VARCHAR(50), password_hash VARCHAR(255));\n"),
    ("cli.py", 'parser.add_argument("--username", help="the user")\n'),
    ("alembic.ini", "sqlalchemy.url = driver://user:pass@localhost/dbname\n"),
    ("db.go", 'dsn := "root:password@tcp(127.0.0.1:3306)/app"\n'),
    ("db.go", 'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)\n'),
    ("deployment.yaml", "        - name: DB_USER\n          valueFrom:\n            secretKeyRef:\n"
                        "              name: db\n              key: username\n"),
    ("README.md", "The user should sign in with their Defra ID.\n"),
    ("clone.sh", "git clone git@github.com:org/repo.git\n"),
    ("fetch.py", 'urlopen("ftp://parrot@localhost/foo/bar.html")\n'),
    ("app.yaml", "username: testUser\n"),
    # the people of examples: alice and bob, and DESIGN.md's placeholder names
    ("test_auth.py", 'r = client.post("/login", data={"username": "alice", "password": "x1"})\n'),
    ("app.yaml", "user: bob\n"),
    ("app.yaml", "username: jane.doe\n"),
    ("app.yaml", "username: joe.bloggs\n"),
    ("auth.log", "POST /login username=j.bloggs status=401\n"),
    # GitHub's example accounts, in API fixtures copied from its docs
    ("fixtures/user.json", '{"login": "octocat", "id": 1, "type": "User"}\n'),
    ("fixtures/pr.json", '{"user": {"login": "monalisa"}, "merged_by": {"login": "hubot"}}\n'),
    # an Authorization header's scheme, not its user
    ("Api.cs", 'h.Authorization = new AuthenticationHeaderValue("Bearer", "Zq8vR2xL0pW4n");\n'),
    ("ssh.sh", "ssh git@github.com\n"),
    ("ssh.sh", "ssh -i key.pem ec2-user@10.0.0.1\n"),
    ("ssh.sh", "ssh jdoe@host.example.com\n"),
    ("README.md", "Connect with `ssh <user>@<host>`.\n"),
    ("app.py", '# "user": the account the job runs as\n'),
    ("perms.py", "uid = os.getuid()\n"),
    ("perms.py", "uid = pwd.getpwnam(name).pw_uid\n"),
    ("app.ini", "uid = 1000\n"),
    ("uwsgi.ini", "[uwsgi]\nuid = www-data\n"),
    ("app.py", "api_user = get_current_user(request)\n"),
    ("src/main/resources/messages_cy.properties", "login.username=Enw defnyddiwr\n"),
    ("config.yaml", "bind_dn: cn=admin,dc=example,dc=org\n"),
    ("slapd.yaml", "manager_dn: cn=Manager,dc=defra,dc=internal\n"),
    ("config.yaml", "base_dn: ou=people,dc=defra,dc=internal\n"),
    ("config.yaml", "user_dn_pattern: uid={0},ou=people,dc=defra,dc=internal\n"),
    ("config.yaml", "bindDN: ${LDAP_BIND_DN}\n"),
    ("config.yaml", "username: cn=%s,ou=people,dc=defra,dc=internal\n"),
    ("locales/cy.json", '{"login": {"username": "Enw defnyddiwr"}}\n'),
    # a test fixture's accounts: a word that says so, then a role; a role alone
    ("test_auth.py", 'user = User.objects.create_user(username="reviewer", password=pw)\n'),
    ("cypress/fixtures/users.json", '{"viewer": {"username": "test-viewer"}}\n'),
    ("e2e/users.yaml", "username: demo_admin2\n"),
    ("playwright.env", "E2E_USER=e2e.reviewer\n"),
    # the organisation a clone URL names, a host's token account, a web page's user part
    (".gitmodules", "\turl = https://defra@dev.azure.com/defra/ledger/_git/shared\n"),
    (".gitmodules", "\turl = https://defra@defra.visualstudio.com/ledger/_git/shared\n"),
    (".gitmodules", "\turl = https://x-access-token@github.com/DEFRA/ledger.git\n"),
    ("README.md", "See https://anyone@docs.internal/ledger for the guide.\n"),
    # a call named for auth whose arguments are a header's names, not a log-in
    ("client.py", "r = self.http_error_auth_reqed('www-authenticate', host, req, headers)\n"),
    ("client.R", 'req <- req_auth_basic(req, "svc_reports", Sys.getenv("API_PASSWORD"))\n'),
])
def test_placeholder_default_account_or_lookup_is_never_a_username(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert usernames(cli, tmp_path, name, content) == []


def test_username_is_personal_data_not_a_secret(cli: Any, tmp_path: Path) -> None:
    content = fill("DATABASE_URL=postgres://{user}:{pw}@db.internal:5432/app\n")
    secret = scan(cli, tmp_path, ".env", content, kind="secret")
    assert [f["type"] for f in secret] == ["CONNECTION_STRING_PASSWORD"]
    personal = usernames(cli, tmp_path, ".env", content)
    assert [f["masked"][:1] for f in personal] == [FAKES["user"][:1]]
    assert FAKES["user"] not in str(personal)


@pytest.mark.parametrize(("name", "content"), [
    ("connect.R", 'con <- dbConnect(odbc::odbc(), Server = "sql01", UID = "csf_r_analyst", '
                  'PWD = "Kx7pQ2vWm9zR")\n'),
    ("report.py", 'conn = pyodbc.connect(server="sql01", uid="csf_py_reader", '
                  'pwd=os.environ["CSF_PWD"])\n'),
])
def test_odbc_uid_beside_its_password_is_a_user_name(cli: Any, tmp_path: Path, name: str,
                                                     content: str) -> None:
    assert len(usernames(cli, tmp_path, name, content)) == 1


@pytest.mark.parametrize(("name", "content"), [
    # a uid with no password beside it is any id: a Firebase user's, a process's
    ("fixtures.js", 'const user = { uid: "Xk29fQmP7wLz3RtY8vNb1CsD4hJ", name: "Reviewer" }\n'),
    ("drop.py", "os.setuid(uid=1000)\n"),
    ("ldap.py", 'entry = {"uid": "csf_reader", "mail": "reader@example.com"}\n'),
])
def test_a_uid_with_no_password_beside_it_is_not_a_user_name(cli: Any, tmp_path: Path,
                                                             name: str, content: str) -> None:
    assert usernames(cli, tmp_path, name, content) == []


def test_a_kubernetes_secret_s_encoded_account_is_a_user_name(cli: Any, tmp_path: Path) -> None:
    encoded = base64.b64encode(FAKES["user"].encode()).decode()
    manifest = f"apiVersion: v1\nkind: Secret\ndata:\n  username: {encoded}\n"
    found = usernames(cli, tmp_path, "secret-db.yaml", manifest)
    assert [(f["line"], f["end_column"] - f["column"]) for f in found] == [(4, len(encoded))]


@pytest.mark.parametrize("content", [
    # a product's own account, encoded; the same value outside a Secret is no account
    "apiVersion: v1\nkind: Secret\ndata:\n  username: " + base64.b64encode(b"postgres").decode()
    + "\n",
    "kind: ConfigMap\ndata:\n  username: " + base64.b64encode(b"csf_reports").decode() + "\n",
])
def test_an_encoded_default_account_or_a_value_outside_a_secret_is_not_decoded(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert usernames(cli, tmp_path, "manifest.yaml", content) == []


@pytest.mark.parametrize(("name", "template"), [
    ("cronjob.yaml", '      args: ["--db-user", "{user}", "--db-password", "{pw}"]\n'),
    ("backup.py", 'subprocess.run(["pg_dump", "--username", "{user}", "--password", "{pw}"])\n'),
    ("cronjob.yaml", '      args: ["--db-user", "{user}", "--db-password", "$(DB_PASSWORD)"]\n'),
])
def test_the_user_of_an_argv_that_holds_a_password_flag_is_a_user_name(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    found = usernames(cli, tmp_path, name, fill(template))
    assert [f["end_column"] - f["column"] for f in found] == [len(FAKES["user"])]


@pytest.mark.parametrize("content", [
    '      args: ["--user", "the", "--verbose"]\n',
    '      command: ["useradd", "--user", "csf_list_only"]\n',
    'parser.add_argument("--user", "-u", help="the user")\n',
])
def test_a_list_with_a_user_flag_and_no_password_flag_names_no_user(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert usernames(cli, tmp_path, "job.yaml", content) == []


@pytest.mark.parametrize(("name", "content"), [
    ("hibernate.cfg.xml", '<property name="hibernate.connection.username">CSF_HIB</property>\n'),
    ("application.properties", "spring.datasource.username=CSF_APP_RW\n"),
    # Snowflake's connections file
    ("config.toml", '[connections.claims]\naccount = "xy12345"\nuser = "SVC_CLAIMS"\n'),
    (".snowsql/config", "[connections.claims]\nusername = SVC_CLAIMS\n"),
    ("ingest.py", 'conn = snowflake.connector.connect(user="SVC_INGEST", account="xy12345")\n'),
    # YAML beside the account's password, or in dbt's profiles
    ("profiles.yml", "frp:\n  outputs:\n    dev:\n      type: snowflake\n"
                     "      user: SVC_TRANSFORM\n      authenticator: externalbrowser\n"),
    ("connections.yaml", "warehouse:\n  login: SVC_INGEST\n  password: Qv7-mZ2pLx9-Rt4w\n"),
    ("connections.json", '{\n  "frp_db": {\n    "login": "SVC_INGEST",\n'
                         '    "password": "Qv7-mZ2pLx9-Rt4w"\n  }\n}\n'),
])
def test_an_account_in_capitals_is_a_user_name_where_no_variable_is_bare(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert len(usernames(cli, tmp_path, name, content)) == 1


@pytest.mark.parametrize(("name", "content"), [
    (".env", "DB_USER=CSF_APP_RW\n"),  # a variable's name, in a file that reads them bare
    ("app.yaml", "username: CSF_APP_RW\n"),
    ("context.xml", "<username>DB_USER</username>\n"),  # a name for an account, not one
    ("application.properties", "spring.datasource.username=APP_USERNAME\n"),
    ("config.toml", '[db]\nuser = "DB_USER"\n'),
    ("ingest.py", "conn = connect(user=SNOWFLAKE_USER, account=ACCOUNT)\n"),  # a constant
    ("ingest.sh", "snowsql -a xy12345 -u $SNOWFLAKE_USER\nUSER=SVC_INGEST\n"),
    # YAML's capitals with no password beside them: a mode, a variable's name
    ("pipeline.yml", "inputs:\n  user: SVC_INGEST\n  mode: FAST\n"),
    ("settings.json", '{\n  "user": "SVC_INGEST",\n  "mode": "FAST"\n}\n'),
])
def test_a_name_in_capitals_elsewhere_or_naming_a_user_is_not_a_user_name(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert usernames(cli, tmp_path, name, content) == []



@pytest.mark.parametrize(("name", "content", "line"), [
    # R's config package, and an ODBC connection's settings: the uid beside its pwd
    ("config.yml", 'default:\n  warehouse:\n    driver: "SQL Server"\n'
                   "    uid: svc_analysis\n    pwd: Qv7-mZ2pLx9-Rt4w\n", 4),
    ("connections.yaml", "dsn:\n  pwd: Qv7-mZ2pLx9-Rt4w\n  uid: svc_analysis\n", 3),
])
def test_a_uid_beside_its_password_in_yaml_is_a_user_name(
        cli: Any, tmp_path: Path, name: str, content: str, line: int) -> None:
    assert [f["line"] for f in usernames(cli, tmp_path, name, content)] == [line]


def test_a_uid_with_no_password_beside_it_is_any_id(cli: Any, tmp_path: Path) -> None:
    content = "metadata:\n  name: frp\n  uid: svc_analysis\n  namespace: frp\n"
    assert usernames(cli, tmp_path, "pod.yaml", content) == []


@pytest.mark.parametrize(("name", "content"), [
    ("auth.md", "Users give their password or token and user: pkgname2's `auth_basic` does it.\n"),
    ("auth.md", "Give a password and user: driver3\u2019s connect() takes them.\n"),
    ("login.py", "# give the password and user: helper4's wrapper does it\nx = 1\n"),
    # an organisation's name of two words owns it
    ("notes.txt", "The user: Riverside Trust's shared account; the password is in the vault.\n"),
])
def test_a_word_before_a_possessive_in_prose_is_not_a_user_name(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert usernames(cli, tmp_path, name, content) == []


def test_an_account_in_prose_not_followed_by_a_possessive_is_still_a_user_name(
        cli: Any, tmp_path: Path) -> None:
    content = "The password is set and the user: jdoe42 is the account.\n"
    found = usernames(cli, tmp_path, "auth.md", content)
    assert [f["line"] for f in found] == [1]


@pytest.mark.parametrize("account", ["deploy", "svc", "bot", "ci", "deployer"])
def test_a_chosen_role_account_beside_a_real_password_is_a_user_name(
        cli: Any, tmp_path: Path, account: str) -> None:
    content = f"DATABASE_URL=postgres://{account}:{FAKES['pw']}@db.internal:5432/app\n"
    assert [f["line"] for f in usernames(cli, tmp_path, ".env", content)] == [1]


@pytest.mark.parametrize("content", [
    "DATABASE_URL=postgres://deploy@db.internal:5432/app\n",  # no password beside it
    "DATABASE_URL=postgres://deploy:changeme@db.internal:5432/app\n",  # a placeholder's
    "DATABASE_URL=postgres://svc:${DB_PASSWORD}@db.internal:5432/app\n",
    # a product's own account, whatever the password: it names nobody
    f"DATABASE_URL=postgres://postgres:{FAKES['pw']}@db.internal:5432/app\n",
    f"BROKER_URL=amqp://airflow:{FAKES['pw']}@mq.internal:5672/\n",
    "deploy_user: deploy\n",  # a role's name in settings, with no password
])
def test_a_role_account_with_no_real_password_or_a_product_s_own_is_quiet(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert usernames(cli, tmp_path, ".env", content) == []


@pytest.mark.parametrize(("name", "template", "line"), [
    ("db.ini", "[db]\nuser=deploy\npassword={pw}\n", 2),
    ("app.yaml", "database:\n  host: db.internal\n  user: svc\n  password: '{pw}'\n", 3),
    (".env", "SMTP_USER=deployer\nSMTP_PASSWORD={pw}\n", 1),
    # the password above the account, in the same block
    ("settings.toml", '[broker]\npassword = "{pw}"\nport = 5672\nusername = "bot"\n', 4),
    # Maven's server, its password an element's text
    ("settings.xml", "<server>\n  <id>nexus</id>\n  <username>deploy</username>\n"
                     "  <password>{pw}</password>\n</server>\n", 3),
])
def test_a_role_account_in_settings_beside_a_real_password_is_a_user_name(
        cli: Any, tmp_path: Path, name: str, template: str, line: int) -> None:
    found = usernames(cli, tmp_path, name, template.format(pw=FAKES["pw"]))
    assert [f["line"] for f in found] == [line]


@pytest.mark.parametrize(("name", "template"), [
    ("db.ini", "[db]\nuser=deploy\npassword=changeme\n"),
    ("app.yaml", "ci:\n  user: ci\n  password: ${{CI_PASSWORD}}\n"),
    # another block's or another service's password is not the account's
    ("app.yaml", "db:\n  password: '{pw}'\nci:\n  user: ci\n"),
    ("db.ini", "[db]\npassword={pw}\n[ci]\nuser=ci\n"),
    (".env", "DB_USER=svc\nDB_PASSWORD=changeme\nSMTP_PASSWORD={pw}\n"),
    ("app.yaml", "db:\n  password: '{pw}'\n\n  user: deploy\n"),
    ("settings.xml", "<server>\n  <username>ci</username>\n"
                     "  <password>${{env.CI_PASSWORD}}</password>\n</server>\n"),
])
def test_a_role_account_in_settings_without_its_own_real_password_is_quiet(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert usernames(cli, tmp_path, name, template.format(pw=FAKES["pw"])) == []


@pytest.mark.parametrize(("name", "template"), [
    ("inventory.ini", "[web]\nweb01 ansible_user=deploy ansible_password={pw}\n"),
    ("fetch.sh", "echo fetching\ncurl -u deploy:{pw} https://nexus.internal/repo\n"),
    ("restore.sh", "set -e\nPGPASSWORD='{pw}' psql -h db.internal -U svc reports\n"),
])
def test_a_role_account_beside_a_real_password_on_its_line_is_a_user_name(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    found = usernames(cli, tmp_path, name, template.format(pw=FAKES["pw"]))
    assert [f["line"] for f in found] == [2]


@pytest.mark.parametrize(("name", "template", "lines"), [
    # the line's own password is a template's: the real one a line above is another host's
    ("inventory.ini", "[web]\nweb01 ansible_user=deploy ansible_password={pw}\n"
                      'web02 ansible_user=ci ansible_password="{{{{ vault_ci_pass }}}}"\n', [2]),
    ("fetch.sh", "curl -u bot:$BOT_TOKEN https://nexus.internal/repo\n", []),
    ("restore.sh", "PGPASSWORD=changeme psql -h db.internal -U svc reports\n", []),
    # a password on another line of a script is not the command's
    ("restore.sh", "export DB_PASSWORD='{pw}'\nssh deploy@bastion.internal\n", []),
])
def test_a_role_account_beside_a_template_or_another_line_s_password_is_quiet(
        cli: Any, tmp_path: Path, name: str, template: str, lines: list[int]) -> None:
    found = usernames(cli, tmp_path, name, template.format(pw=FAKES["pw"]))
    assert [f["line"] for f in found] == lines


@pytest.mark.parametrize(("name", "template", "line"), [
    # the account's service names its password: the same service's, not the nearest
    ("app.yaml", "db_password: '{pw}'\ndb_user: deploy\nsmtp_password: changeme\n", 2),
    (".env", "SMTP_USER=svc\nDB_PASSWORD=changeme\nSMTP_PASSWORD={pw}\n", 1),
])
def test_a_role_account_pairs_with_its_own_service_s_password(
        cli: Any, tmp_path: Path, name: str, template: str, line: int) -> None:
    found = usernames(cli, tmp_path, name, template.format(pw=FAKES["pw"]))
    assert [f["line"] for f in found] == [line]


@pytest.mark.parametrize(("name", "template"), [
    ("db.ini", "[db]\nuser=deploy\nbypass={pw}\n"),
    ("notes.txt", "Username: deploy\nCompass: {pw}\n"),
    ("app.yaml", "ci:\n  user: CI_RUNNER\n  trespass: '{pw}'\n"),
    ("app.yaml", "proxy:\n  user: deploy\n  pass_through: '{pw}'\n"),
])
def test_a_key_that_merely_ends_in_pass_is_no_password_for_a_role_account(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    content = template.format(pw="Tq7vB2" + "xLm9Wk")  # (a bare value: no "#" to end it)
    assert scan(cli, tmp_path, name, content) == []
    assert usernames(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "template", "line"), [
    # a password the command's own tool reads, set a line or two above it in the block
    ("dump.sh", "export PGPASSWORD='{pw}'\nssh deploy@db.internal pg_dump app\n", 2),
    ("copy.sh", "sshpass -p '{pw}' \\\n  scp out.tar svc@files.internal:/srv/\n", 2),
    (".gitlab-ci.yml", "deploy:\n  script:\n    - export SSHPASS='{pw}'\n"
                       "    - sshpass -e ssh deploy@web.internal ./release.sh\n", 4),
    ("sync.sh", "export RSYNC_PASSWORD='{pw}'\nrsync -a out/ ci@files.internal::srv\n", 2),
])
def test_a_role_account_under_its_tool_s_real_password_is_a_user_name(
        cli: Any, tmp_path: Path, name: str, template: str, line: int) -> None:
    found = usernames(cli, tmp_path, name, template.format(pw=FAKES["pw"]))
    assert [f["line"] for f in found] == [line]


@pytest.mark.parametrize("template", [
    "export PGPASSWORD=changeme\nssh deploy@db.internal\n",  # a placeholder
    "export PGPASSWORD='{pw}'\n\nssh deploy@db.internal\n",  # another block's
    "export APP_PASSWORD='{pw}'\nssh deploy@db.internal\n",  # no tool reads it
])
def test_a_role_account_under_a_placeholder_or_another_s_password_is_quiet(
        cli: Any, tmp_path: Path, template: str) -> None:
    found = usernames(cli, tmp_path, "run.sh", template.format(pw=FAKES["pw"]))
    assert found == []
