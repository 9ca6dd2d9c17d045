"""Connection strings: the password is a secret, in every form a connection string takes."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from secrets_support import FAKES, UUID_A, fill, scan, types

URI = "CONNECTION_STRING_PASSWORD"


@pytest.mark.parametrize(("name", "template", "expected"), [
    (".env", "DATABASE_URL=postgres://{user}:{pw}@db.internal:5432/app\n", URI),
    (".env", "DATABASE_URL=postgresql://{user}:{pw_reserved}@db.internal:5432/app\n", URI),
    ("db.py", 'engine = create_engine("postgresql+psycopg2://{user}:{pw}@db/app")\n', URI),
    ("app.yaml", "url: mysql://{user}:{pw}@mysql.internal/app\n", URI),
    ("app.yaml", "url: mariadb://{user}:{pw}@maria.internal/app\n", URI),
    ("db.js", "const uri = 'mongodb+srv://{user}:{pw}@cluster0.ab1cd.mongodb.net/test';\n", URI),
    ("db.js", "const uri = 'mongodb://{user}:{pw}@h1:27017,h2:27017/db?replicaSet=rs0';\n", URI),
    (".env", "REDIS_URL=rediss://:{pw}@cache.internal:6380/0\n", URI),
    (".env", "REDIS_URL=redis://default:{pw}@cache.internal:6379\n", URI),
    (".env", "AMQP_URL=amqps://{user}:{pw}@mq.internal/vhost\n", URI),
    ("deploy.yaml", '  value: "amqp://{user}:{pw}@rabbitmq.internal:5672/jobs"\n', URI),
    (".env", "MSSQL_URL=mssql://{user}:{pw}@sql.internal:1433/db\n", URI),
    (".env", "SQL_URL=sqlserver://{user}:{pw}@sql.internal:1433?database=db\n", URI),
    (".env", "ORACLE_URL=oracle://{user}:{pw}@ora.internal:1521/ORCL\n", URI),
    ("Repo.java", 'String url = "jdbc:oracle:thin:{user}/{pw}@ora.internal:1521:ORCL";\n', URI),
    ("Repo.java", 'String url = "jdbc:sqlserver://sql.internal:1433;databaseName=db;user={user};'
                  'password={pw};encrypt=true";\n', URI),
    ("application.yml", 'url: "jdbc:postgresql://db.internal:5432/app?user={user}&password={pw}"\n',
     URI),
    ("Repo.java", 'String url = "jdbc:mysql://mysql.internal/db?user={user}&password={pw}";\n',
     URI),
    ("appsettings.json", '{{"Default": "Server=tcp:sql.internal,1433;Initial Catalog=db;'
                         'User ID={user};Password={pw};Encrypt=True;"}}\n', URI),
    ("appsettings.json", '{{"Default": "Data Source=sql.internal;Database=db;Uid={user};'
                         'Pwd={pw};"}}\n', URI),
    ("odbc.ini", "conn = Driver={{ODBC Driver 18 for SQL Server}};Server=sql.internal;"
                 "UID={user};PWD={{{pw};x}};\n", URI),
    ("Db.cs", "var cs = \"Server=sql.internal;Database=db;User Id={user};Password='{pw};x';\";\n",
     URI),
    ("rotate.sh", 'psql "host=db.internal dbname=app user={user} password={pw} sslmode=require"\n',
     URI),
    ("explore.ipynb", '"engine = create_engine(\\"postgresql://{user}:{pw}@db.internal/app\\")"\n',
     URI),
    ("app.log", "ERROR could not connect using postgresql://{user}:{pw}@db.internal:5432/app\n",
     URI),
    ("index.js", "storage: 'DefaultEndpointsProtocol=https;AccountName=stapp01;"
                 "AccountKey={storage_key};EndpointSuffix=core.windows.net',\n",
     "AZURE_STORAGE_ACCOUNT_KEY"),
    ("compose.yaml", 'BUS: "Endpoint=sb://sb-app.servicebus.windows.net/;'
                     'SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={bus_key}"\n',
     "AZURE_SHARED_ACCESS_KEY"),
    ("events.json", '{{"Hub": "Endpoint=sb://eh-app.servicebus.windows.net/;SharedAccessKeyName=send;'
                    'SharedAccessKey={bus_key};EntityPath=events"}}\n', "AZURE_SHARED_ACCESS_KEY"),
    (".env", "BLOB_SAS=https://stapp.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=co&sp=rl"
             "&se=2030-01-01T00:00:00Z&sig={sas_sig}\n", "AZURE_SAS_TOKEN"),
    (".pgpass", "db.internal:5432:app:{user}:{pw}\n", URI),
    (".pgpass", "*:*:*:{user}:pa\\:ss{pw}\n", URI),
    (".netrc", "machine api.internal login {user} password {pw}\n", URI),
    (".netrc", "machine api.internal\n  login {user}\n  password {pw}\n", URI),
    # a credential file's password shaped as a UUID is an API key (Heroku's)
    (".netrc", "machine api.heroku.com\n  login {user}\n  password " + UUID_A + "\n", URI),
    (".pgpass", "db.internal:5432:app:{user}:" + UUID_A + "\n", URI),
    # Oracle's tools: user/password@database
    ("export.sh", "expdp {user}/{pw}@FRPPRD schemas=FRP dumpfile=frp.dmp\n", URI),
    ("load.bat", "sqlldr {user}/{pw}@FRPPRD control=gauges.ctl\n", URI),
    ("nightly.sql", "CONNECT {user}/{pw}@//ora-01.internal:1521/FRPPRD\n", URI),
    # a .netrc entry written by a command, or kept in a file of another name
    ("Dockerfile", 'RUN echo "machine git.internal login {user} password {pw}" > ~/.netrc\n', URI),
    ("dotfiles/netrc", "machine nexus.internal login {user} password {pw}\n", URI),
    ("setup.sh", "printf 'default login {user} password {pw}\\n' > ~/.netrc\n", URI),
    # an .htpasswd entry's hash, of each scheme Apache reads
    (".htpasswd", "{user}:$apr1$Zq8vR2xL$0pW4nT6yB1cFKd93Lmq7s.\n", "PASSWORD_HASH"),
    (".htpasswd", "{user}:$2y$10$Zq8vR2xL0pW4nT6yB1cFKd93LmqW7sN2pR5tV8xA4bC/9eH1jK3.u\n",
     "PASSWORD_HASH"),
    (".htpasswd", "{user}:{{SHA}}Zq8vR2xL0pW4nT6yB1cFKd93Lmo=\n", "PASSWORD_HASH"),
    (".pypirc", "[internal]\nrepository = https://pypi.internal\nusername = {user}\n"
                "password = {pw}\n", "PASSWORD"),
    ("call.sh", "curl -u {user}:{pw} https://api.internal/x\n", "BASIC_AUTH_CREDENTIALS"),
    ("call.sh", "curl -s -u {user}:{pw} api.internal/x\n", "BASIC_AUTH_CREDENTIALS"),
    # HTTPie's --auth <user>:<password>
    ("call.sh", "http --auth {user}:{pw} GET https://api.internal/items\n",
     "BASIC_AUTH_CREDENTIALS"),
    ("call.sh", "https --auth='{user}:{pw}' api.internal/items\n", "BASIC_AUTH_CREDENTIALS"),
    ("backup.sh", "mysql -h db -u {user} -p{pw} app < dump.sql\n", URI),
    ("check.sh", "sqlcmd -S sql.internal -U {user} -P {pw} -Q 'select 1'\n", URI),
    ("cache.sh", "redis-cli -h cache.internal -a {pw} ping\n", URI),
    ("login.sh", "docker login -u {user} -p {pw} registry.internal\n", URI),
    ("publish.sh", "twine upload -u {user} -p {pw} dist/*\n", URI),
    ("copy.sh", "sshpass -p {pw} scp dump.sql backup.internal:/tmp\n", URI),
    # quoted passwords on command lines, and the Windows and Java tools' own forms
    ("report.sh", "mysql -h reporting.internal -u {user} -p'{pw}' -e 'select 1'\n", URI),
    ("seed.sh", 'sqlcmd -S sqlprd -U {user} -P "{pw}" -i seed.sql\n', URI),
    ("cache.sh", "redis-cli -h cache.internal -a '{pw}' ping\n", URI),
    ("login.sh", "az login -u {user} -p {pw}\n", URI),
    ("mount.sh", "smbclient //files.internal/share -U DEFRA/{user}%{pw} -c 'ls'\n", URI),
    ("pkcs.sh", "openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:{pw}\n", URI),
    ("map.bat", "net use \\\\fileserver\\share /user:DEFRA\\{user} {pw}\n", URI),
    ("keys.sh", "keytool -importkeystore -srckeystore a.p12 -srcstorepass {pw}\n", "PASSWORD"),
    ("deploy.ps1", '$ss = "{pw}" | ConvertTo-SecureString -AsPlainText -Force\n', "PASSWORD"),
    ("export.php", "$pdo = new PDO(\n    'pgsql:host=db.internal;dbname=app',\n    '{user}',\n"
                   "    '{pw}'\n);\n", URI),
    ("db.php", "$db = mysqli_connect('db.internal', '{user}', '{pw}', 'app');\n", URI),
    ("Repo.java", 'Connection c = DriverManager.getConnection(url, "{user}", "{pw}");\n', URI),
    ("fetch.js", "fetch('https://api.example.org/v1/x?api_key={secret}')\n", "URL_SECRET_TOKEN"),
    # Azure Maps' and API Management's subscription key in a URL's query
    ("maps.py", 'URL = "https://atlas.microsoft.com/search/address/json?api-version=1.0'
                '&subscription-key={secret}&query=York"\n', "URL_SECRET_TOKEN"),
    # a literal piped into a command that reads its password from standard input
    ("deploy.sh", 'echo "{pw}" | docker login acr.azurecr.io --username acr --password-stdin\n',
     "PASSWORD"),
    ("deploy.sh", "echo -n {pw} | helm registry login acr.azurecr.io -u acr --password-stdin\n",
     "PASSWORD"),
    # a password that holds "@" and "#"
    ("db.py", 'URL = "postgresql://{user}:Kx8@mQ#2vLp9@db.internal:5432/app"\n', URI),
    # Go's MySQL driver: the network and address after the '@'
    ("db.go", 'const dsn = "{user}:{pw}@tcp(mysql.internal:3306)/app?parseTime=true"\n', URI),
    ("db.go", 'db, err := sql.Open("mysql", "{user}:{pw_reserved}@tcp(10.0.0.5)/app")\n', URI),
    ("config.yaml", "dsn: {user}:{pw}@unix(/var/run/mysqld/mysqld.sock)/app\n", URI),
    # Oracle's EZConnect string in a driver's call
    ("ora.py", 'con = cx_Oracle.connect("{user}/{pw}@ora.internal:1521/PRD")\n', URI),
    ("ora.py", 'con = oracledb.connect("{user}/{pw}@ora.internal/PRD")\n', URI),
    # Azure's other keys: StackExchange.Redis options, SignalR and App Configuration
    ("appsettings.json", '{{"Redis": "cache.redis.cache.windows.net:6380,password={bus_key},'
                         'ssl=True,abortConnect=False"}}\n', URI),
    ("appsettings.json", '{{"SignalR": "Endpoint=https://sigr.service.signalr.net;'
                         'AccessKey={bus_key};Version=1.0;"}}\n', "AZURE_ACCESS_KEY"),
    ("appsettings.json", '{{"AppConfig": "Endpoint=https://appcs.azconfig.io;Id=Ab1c-l0-s0:dA9G;'
                         'Secret={bus_key}"}}\n', "AZURE_APP_CONFIGURATION_SECRET"),
    # kept base64-encoded, as a Kubernetes Secret's data
    ("secret.yaml", "kind: Secret\ndata:\n  DATABASE_URL: {conn_b64}\n", URI),
    ("secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\n"
                    "data:\n  STORAGE: {storage_b64}\n", "AZURE_STORAGE_ACCOUNT_KEY"),
    ("secret.json", '{{\n  "kind": "Secret",\n  "data": {{\n    "DATABASE_URL": "{conn_b64}"\n'
                    "  }}\n}}\n", URI),
])
def test_password_in_a_connection_string_is_found(cli: Any, tmp_path: Path, name: str,
                                                  template: str, expected: str) -> None:
    assert expected in types(scan(cli, tmp_path, name, fill(template)))


@pytest.mark.parametrize("template", [
    "postgresql://{user}:{pw_reserved}@db.internal:5432/app",
    "mongodb+srv://{user}:{pw_reserved}@cluster0.ab1cd.mongodb.net/test",
])
def test_password_with_reserved_characters_is_reported_whole(cli: Any, tmp_path: Path,
                                                             template: str) -> None:
    uri = fill(template)
    found = scan(cli, tmp_path, "app.env", f"URL={uri}\n")
    password = next(f for f in found if f["type"] == URI)
    # The span covers the whole password, '@', ':', '/', '#' and '?' included.
    width = password["end_column"] - password["column"]
    assert width == len(FAKES["pw_reserved"])
    assert FAKES["pw_reserved"] not in str(found)


@pytest.mark.parametrize("template", [
    "Run `mysql -u {user} -p{pw}` to connect.\n",
    "Run ``curl -u {user}:{pw}`` to fetch it.\n",
])
def test_a_command_s_password_in_inline_code_ends_before_the_backtick(
        cli: Any, tmp_path: Path, template: str) -> None:
    found = scan(cli, tmp_path, "notes.md", fill(template))
    password = next(f for f in found if f["type"] != "USERNAME")
    assert password["end_column"] - password["column"] == len(FAKES["pw"])


@pytest.mark.parametrize(("name", "content"), [
    ("alembic.ini", "sqlalchemy.url = driver://user:pass@localhost/dbname\n"),
    (".env", "DATABASE_URL=postgres://postgres:postgres@localhost:5432/app\n"),
    (".env", "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}/app\n"),
    ("db.py", 'DSN = "postgresql://%s:%s@%s/%s" % (user, pw, host, db)\n'),
    ("db.py", 'DSN = f"postgresql://{user}:{password}@{host}/{db}"\n'),
    ("db.js", "const dsn = `postgres://${user}:${pass}@${host}/db`;\n"),
    ("README.md", "Connect with `postgres://<user>:<password>@<host>/<db>`.\n"),
    (".env", "DATABASE_URL=postgres://localhost:5432/app\n"),
    ("config.go", 'const defaultDSN = "postgres://localhost:5432/app?sslmode=disable"\n'),
    ("links.py", 'url = "https://example.com/path@v2"\n'),
    ("test_proxy.py", "('http://joe:hunter2go@proxy.example.com/', 'joe', 'hunter2go'),\n"),
    ("test_fetch.py", 'urlopen("http://evil:thing@example.com")\n'),
    ("appsettings.json", '{"Default": "Server=(localdb)\\\\mssqllocaldb;Database=App;'
                         'Trusted_Connection=True;"}\n'),
    ("appsettings.json", '{"Default": "Server=sql;Database=db;User Id=sa;'
                         'Password=${SQL_PASSWORD};"}\n'),
    ("application.yml", "url: jdbc:postgresql://${DB_HOST:localhost}:5432/app\n"),
    ("appsettings.json", '{"Storage": "UseDevelopmentStorage=true"}\n'),
    ("appsettings.json", '{"Storage": "DefaultEndpointsProtocol=https;AccountName=stapp01;'
                         'AccountKey=<account-key>;"}\n'),
    ("release.sh",
     'echo "$TOKEN" | docker login ghcr.io -u "${{ github.actor }}" --password-stdin\n'),
    ("run.sh", "docker run -u 1000:1000 app\n"),
    ("mount.sh", "smbclient //files.internal/share -U DEFRA/$SMB_USER%$SMB_PASSWORD\n"),
    ("report.sh", "date -u +%Y-%m-%dT%H:%M:%S\n"),
    ("run.sh", "docker exec -u 0:0 app ls\n"),
    ("release.txt", "    $ git push origin -u stable/4.2.x:stable/4.2.x\n"),
    ("sync.sh", "rsync -u --chown=www:www src/ dst/\n"),
    ("run.sh", "docker run -p 8080:80 app\n"),
    ("restore.sh", "psql -h db -p 5432 -U postgres app\n"),
    ("report.sh", "psql -P pager=off -h db app\n"),
    (".pgpass", "# hostname:port:database:username:password\n"),
    (".htpasswd", "# user:hash, made with htpasswd -B\n"),
    (".htpasswd", "admin:changeme\n"),
    # SQL Server's documented container password
    ("appsettings.Development.json", '{"Default": "Server=localhost,1433;Database=app;User Id=sa;'
                                     'Password=yourStrong(!)Password;"}\n'),
    ("compose.yaml", "    environment:\n      MSSQL_SA_PASSWORD: YourStrong@Passw0rd\n"),
    ("README.md", "Add `machine api.example.com login jane password s3cr3tPa55` to ~/.netrc.\n"),
    ("setup.sh", 'echo "machine git.internal login $GIT_USER password $GIT_TOKEN" > ~/.netrc\n'),
    ("notes.txt", "Each machine has a login password of its own; ask the desk.\n"),
    ("export.sh", "expdp ${ORA_USER}/${ORA_PASSWORD}@FRPPRD schemas=FRP\n"),
    # Oracle's demo account, a local administrator's log-in, and a sentence
    ("demo.sql", "connect scott/tiger@orcl\n"),
    ("demo.sh", "sqlplus scott/tiger@orcl @report.sql\n"),
    ("admin.sql", "CONNECT / AS SYSDBA\n"),
    ("notes.py", "# connect to the database with the app user/role mapping\n"),
    ("db.py", 'connect(host="db", password=os.environ["DB_PASSWORD"])\n'),
    ("db.php", "$db = mysqli_connect($host, $user, $pass, $name);\n"),
    ("db.go", 'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)\n'),
    ("db.go", 'dsn := "user:password@tcp(localhost:3306)/dbname"\n'),
    ("db.go", 'dsn := os.Getenv("DB_USER") + ":" + os.Getenv("DB_PASS") + "@tcp(db:3306)/app"\n'),
    ("Repo.java", "Connection c = DriverManager.getConnection(url, props);\n"),
    # Microsoft's documentation's example SAS, copied into samples and notes
    ("notes.md", "Example: `https://myaccount.blob.core.windows.net/c/b.txt?sv=2019-02-02&sr=b"
                 "&sp=rw&spr=https&sig=Z%2FRHIX5Xcg0Mq2rqI3OlWTjEg2tYkboXr1P9ZUXDtkk%3D`\n"),
    # a document's inline code around a command's placeholders: its backtick closes it
    ("README.md", "Run `mysql -u <account> -p<password>` to connect.\n"),
    ("README.rst", "Run ``curl -u <user>:<password>`` to fetch it.\n"),
    ("tool.py", '"""Run ``sqlcmd -U <login> -P<password>`` first."""\n'),
    # a variable or a file piped in, not a literal
    ("deploy.sh", 'echo "$ACR_PASSWORD" | docker login acr.azurecr.io -u acr --password-stdin\n'),
    ("deploy.sh", "echo $TOKEN | docker login ghcr.io -u bot --password-stdin\n"),
    ("deploy.sh", "cat ~/token.txt | docker login ghcr.io -u bot --password-stdin\n"),
    # a call's keyword arguments, a host's fragment, encoded strings with no real password
    ("db.py", "conn = connect(host=db, password=get_db_password())\n"),
    ("ora.py", 'con = cx_Oracle.connect(user, password, "ora.internal/PRD")\n'),
    ("secret.yaml", "kind: Secret\ndata:\n  DATABASE_URL: " + FAKES["conn_b64_none"] + "\n"),
    ("secret.yaml", "kind: Secret\ndata:\n  URL: " + FAKES["conn_b64_placeholder"] + "\n"),
    # another document of the file, after the Secret's
    ("all.yaml", "kind: Secret\n---\nkind: ConfigMap\ndata:\n  URL: " + FAKES["conn_b64"] + "\n"),
])
def test_connection_string_without_a_real_password_is_never_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


def test_a_connection_string_is_read_once_for_its_password_and_its_user_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from safecommit.detect import secrets, usernames
    from safecommit.detect.locate import Locator
    from safecommit.detect.secret_plugins import connection_strings
    from safecommit.model import Text

    reads: list[int] = []
    read = connection_strings._parts

    def counted(line):  # type: ignore[no-untyped-def]
        reads.append(line.index)
        return read(line)

    monkeypatch.setattr(connection_strings, "_parts", counted)
    text = fill("DATABASE_URL=postgres://{user}:{pw}@db.internal/app\n")
    locator = Locator(Text("app.env", text, "env"))
    found = [f.type for f in secrets.detect(locator)] + [f.type for f in usernames.detect(locator)]
    assert "CONNECTION_STRING_PASSWORD" in found and "USERNAME" in found
    assert reads == [0]


@pytest.mark.parametrize(("name", "template"), [
    ("Db.cs", 'var cs = "Server=sql-csf;" +\n         "User Id={user};" +\n'
              '         "Password={pw};";\n'),
    ("db.py", 'DSN = (\n    "host=psql-csf port=5432 dbname=grants "\n'
              '    "user={user} password={pw}"\n)\n'),
    ("db.py", 'CONN = ("DRIVER={{ODBC Driver 18 for SQL Server}};SERVER=sql-csf;"\n'
              '        "UID={user};PWD={pw}")\n'),
    ("Db.vb", 'Dim cs = "Data Source=sql-csf;Initial Catalog=grants;" &\n'
              '    "User ID={user};Password={pw}"\n'),
])
def test_a_connection_string_built_over_lines_is_read_as_one(cli: Any, tmp_path: Path,
                                                             name: str, template: str) -> None:
    content = fill(template)
    assert {f["type"] for f in scan(cli, tmp_path, name, content)} \
        == {"CONNECTION_STRING_PASSWORD"}
    assert [f["type"] for f in scan(cli, tmp_path, name, content, kind="personal-data")] \
        == ["USERNAME"]


@pytest.mark.parametrize(("name", "content"), [
    # SQL built over lines: its quoted values are the query's, not a connection string's
    ("repo.py", "q = (\"SELECT * FROM logins WHERE host = 'db' \"\n"
                "     \"AND username = ? AND password = ?\")\n"),
    ("repo.py", 'q = ("SELECT 1 FROM t WHERE host = :host "\n     "AND password = :pw")\n'),
    ("log.py", 'log.info("host=%s "\n         "password=%s", host, "***")\n'),
    # a password with no connection string above it in code
    ("app.py", 'x = compute()\ny = "password=" + pw\n'),
])
def test_a_fragment_with_no_connection_string_above_it_is_not_one(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []
    assert scan(cli, tmp_path, name, content, kind="personal-data") == []


def _b64(text: str) -> str:
    return base64.b64encode(fill(text).encode()).decode()


@pytest.mark.parametrize(("key", "file", "expected"), [
    # kubectl create secret generic --from-file: each file whole, base64-encoded
    ("appsettings.json", '{{\n  "Smtp": {{\n    "Password": "{pw}"\n  }}\n}}\n', {"PASSWORD"}),
    ("config.json", '{{"db": {{"user": "{user}", "password": "{pw}"}}}}', {"PASSWORD"}),
    (".env", "APP_ENV=prod\nAPI_TOKEN={secret}\n", {"GENERIC_SECRET"}),
    ("settings", "[db]\nhost = db.internal\npassword = {pw}\n", {"PASSWORD"}),
    # files with no secret in them: lookups, placeholders, settings and prose
    ("config.json", '{{\n  "logLevel": "debug",\n  "password": "${{DB_PASSWORD}}"\n}}\n',
     set()),
    (".env", "DB_PASSWORD=changeme\nAPI_KEY=<api-key>\n", set()),
    ("README", "This Secret holds the settings.\nRotate the password yearly.\n", set()),
    ("run.sh", "#!/bin/sh\nexport PGPASSWORD=$(cat /run/secrets/pg)\n", set()),
])
def test_a_file_kept_in_a_secret_is_read_as_that_file(cli: Any, tmp_path: Path, key: str,
                                                      file: str, expected: set[str]) -> None:
    manifest = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n"
                f"  {key}: {_b64(file)}\n  tls.crt: {_b64(_CERTIFICATE)}\n")
    found = scan(cli, tmp_path, "secret.yaml", manifest)
    assert {(f["line"], f["type"]) for f in found} == {(6, t) for t in expected}


_CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIC" + FAKES["secret"] * 2 + "\n" \
    "-----END CERTIFICATE-----\n"


@pytest.mark.parametrize("manifest", [
    # as kubectl writes it (get -o yaml): its keys in order, the data above the kind
    "apiVersion: v1\ndata:\n  appsettings.json: {file}\n  ConnectionStrings__Db: {conn}\n"
    "kind: Secret\nmetadata:\n  name: app\ntype: Opaque\n",
    '{{\n  "apiVersion": "v1",\n  "data": {{\n    "appsettings.json": "{file}",\n'
    '    "ConnectionStrings__Db": "{conn}"\n  }},\n  "kind": "Secret"\n}}\n',
])
def test_a_secret_s_data_above_its_kind_is_read(cli: Any, tmp_path: Path,
                                                manifest: str) -> None:
    content = manifest.format(
        file=_b64('{{\n  "Smtp": {{\n    "Password": "{pw}"\n  }}\n}}\n'),
        conn=_b64("Server=sql01;Database=app;User ID={user};Password={pw};"))
    yaml = "kind:" in manifest
    found = scan(cli, tmp_path, "secret.yaml" if yaml else "secret.json", content)
    first = 3 if yaml else 4
    assert {(f["line"], f["type"]) for f in found} \
        == {(first, "PASSWORD"), (first + 1, "CONNECTION_STRING_PASSWORD")}


def test_the_secret_before_a_secret_s_document_is_not_read_as_its_data(
        cli: Any, tmp_path: Path) -> None:
    content = ("apiVersion: v1\nkind: ConfigMap\ndata:\n  blob: "
               + _b64("Server=sql01;Database=app;User ID={user};Password={pw};")
               + "\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app\n")
    assert scan(cli, tmp_path, "manifests.yaml", content) == []


@pytest.mark.parametrize("content", [
    "docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY\n",
    "gcloud auth print-access-token | docker login -u oauth2accesstoken --password-stdin "
    "europe-west2-docker.pkg.dev\n",
    "twine upload -u __token__ -p $TWINE_PASSWORD dist/*\n",
])
def test_a_registry_token_log_in_account_names_no_one(cli: Any, tmp_path: Path,
                                                      content: str) -> None:
    assert scan(cli, tmp_path, "ci.sh", content, kind="personal-data") == []
    assert scan(cli, tmp_path, "ci.sh", content) == []


def test_a_long_option_with_one_dash_is_not_a_short_user_flag(cli: Any, tmp_path: Path) -> None:
    content = fill("influx -username {user} -password '{pw}'\n")
    found = scan(cli, tmp_path, "ops.sh", content, kind="personal-data")
    assert [(f["column"], f["end_column"] - f["column"]) for f in found] \
        == [(content.index(fill("{user}")) + 1, len(fill("{user}")))]


@pytest.mark.parametrize(("content", "expected"), [
    # an image's default account, its password its own name, on the compose network
    ("DATABASE_URL=postgresql://lmh:lmh@db:5432/lmh\n", set()),
    ("AMQP_URL=amqp://lmhq:lmhq@rabbitmq:5672\n", set()),
    ("MONGO_URL=mongodb://svc_app:svc_app@localhost:27017/app\n", set()),
    ("MONGO_URL=mongodb://svc_app:svc_app@127.0.0.1:27017/app\n", set()),
    # the same pair on a shared server, or a real password on the local one: an account
    ("DATABASE_URL=postgresql://svc_app:svc_app@app-db.postgres.database.azure.com/app\n",
     {"USERNAME"}),
    ("DATABASE_URL=postgresql://svc_app:" + FAKES["pw"] + "@db:5432/app\n",
     {"USERNAME", "CONNECTION_STRING_PASSWORD"}),
])
def test_a_local_default_account_names_no_one(cli: Any, tmp_path: Path, content: str,
                                              expected: set[str]) -> None:
    found = [*scan(cli, tmp_path, ".env", content, kind="personal-data"),
             *scan(cli, tmp_path, ".env", content)]
    assert types(found) == expected


@pytest.mark.parametrize(("content", "expected"), [
    # Oracle's Easy Connect, bare, as a runbook's table writes it
    ("| Oracle | `" + FAKES["user"] + "/" + FAKES["pw"] + "@//ora.internal:1521/PRD` |\n",
     {"USERNAME", "CONNECTION_STRING_PASSWORD"}),
    # its shape, with lookups, and a link's path
    ("Connect as user/password@//host:port/service_name.\n", set()),
    ("${ORA_USER}/${ORA_PASSWORD}@//ora.internal:1521/PRD\n", set()),
    ("See https://docs.oracle.com/en/database/19/netag/naming.html#GUID-B0437826\n", set()),
])
def test_oracle_easy_connect_is_read_without_a_tool_before_it(
        cli: Any, tmp_path: Path, content: str, expected: set[str]) -> None:
    found = [*scan(cli, tmp_path, "runbook.md", content, kind="personal-data"),
             *scan(cli, tmp_path, "runbook.md", content)]
    assert types(found) == expected


# A SCRAM verifier as PostgreSQL keeps it: iterations, salt, stored key and server key.
_SCRAM = ("SCRAM-SHA-256$4096:" + base64.b64encode(b"pepper-salt-16by").decode() + "$"
          + base64.b64encode(bytes(range(32))).decode() + ":"
          + base64.b64encode(bytes(range(32, 64))).decode())


@pytest.mark.parametrize(("name", "content", "expected", "users"), [
    # PgBouncer's auth_file: the password in plain text, or as PostgreSQL keeps it (an md5
    # that PgBouncer logs in with as it is, or a SCRAM verifier that can be guessed offline)
    ("userlist.txt", fill('"{user}" "{pw}"\n'), [("PASSWORD", 1)], [1]),
    ("deploy/pgbouncer/userlist.txt", fill(';; accounts\n"{user}" "md5{hex32}"\n'),
     [("PASSWORD_HASH", 2)], [2]),
    ("pgbouncer/userlist.txt", fill('"{user}" "') + _SCRAM + '"\n', [("PASSWORD_HASH", 1)], [1]),
    # its own administrator's account names no one
    ("config/pgbouncer-userlist.txt", fill('"{user}" "{pw}"\n"pgbouncer" ""\n'),
     [("PASSWORD", 1)], [1]),
    # no password, a stand-in, a comment: the accounts, as a .pgpass's are
    ("userlist.txt", '"app_reader" ""\n"app_writer" "changeme"\n;; "svc" "<password>"\n',
     [], [1, 2]),
    # a list of accounts of another kind, and the entry's form in a file of another name
    ("userlist.txt", fill("{user}\n"), [], []),
    ("users.txt", fill('"{user}" "{pw}"\n'), [], []),
])
def test_a_pgbouncer_auth_file_holds_passwords_and_their_hashes(
        cli: Any, tmp_path: Path, name: str, content: str,
        expected: list[tuple[str, int]], users: list[int]) -> None:
    found = scan(cli, tmp_path, name, content)
    assert [(f["type"], f["line"]) for f in found] == expected
    accounts = scan(cli, tmp_path, name, content, kind="personal-data")
    assert [f["line"] for f in accounts if f["type"] == "USERNAME"] == users


@pytest.mark.parametrize(("content", "expected", "users"), [
    # PgBouncer's auth_file kept in a ConfigMap's or a Secret's data, under its file's name
    (fill('kind: ConfigMap\ndata:\n  pgbouncer.ini: |\n    [pgbouncer]\n    auth_type = md5\n'
          '  userlist.txt: |\n    "{user}" "{pw}"\n    "svc_grants" "md5{hex32}"\n'
          '  other: x\n'), [("PASSWORD", 7), ("PASSWORD_HASH", 8)], [7, 8]),
    (fill('stringData:\n  "userlist.txt": |-\n    "{user}" "{pw}"\n'), [("PASSWORD", 3)], [3]),
    # stand-ins, and the block's end
    ('data:\n  userlist.txt: |\n    "app" "changeme"\n  users.txt: |\n    "svc" "Zq8vR2xL0pW4"\n',
     [], []),
])
def test_a_pgbouncer_auth_file_kept_in_a_manifest_is_read(
        cli: Any, tmp_path: Path, content: str, expected: list[tuple[str, int]],
        users: list[int]) -> None:
    found = scan(cli, tmp_path, "k8s/pgbouncer.yaml", content)
    assert [(f["type"], f["line"]) for f in found] == expected
    accounts = scan(cli, tmp_path, "k8s/pgbouncer.yaml", content, kind="personal-data")
    assert [f["line"] for f in accounts if f["type"] == "USERNAME"] == users


# An Apache MD5 and a bcrypt hash, of the shapes htpasswd writes (made-up salts and digests)
_APR1 = "$apr1$Zq8vR2xL$0pW4nT6yB1cFKd93Lmq7s."
_BCRYPT = "$2y$10$Zq8vR2xL0pW4nT6yB1cFKd93LmqW7sN2pR5tV8xA4bC/9eH1jK3.u"


@pytest.mark.parametrize(("name", "content", "line"), [
    # a web server's basic-auth users, kept in its config rather than an .htpasswd
    ("docker-compose.yml", "    labels:\n      - \"traefik.http.middlewares.auth.basicauth.users="
                           + fill("{user}:") + _APR1.replace("$", "$$") + '"\n', 2),
    ("traefik/dynamic.yml", "http:\n  middlewares:\n    auth:\n      basicAuth:\n        users:\n"
                            + fill('          - "{user}:') + _BCRYPT + '"\n', 6),
    ("traefik.toml", fill('[http.middlewares.auth.basicAuth]\n  users = ["{user}:') + _APR1
     + '"]\n', 2),
    # a shadow file's entry
    ("rootfs/etc/shadow", fill("{user}:$6$Zq8vR2xL0pW4nT6y$") + "B1cFKd93LmqW7sN2pR5tV8xA4bC9eH1jK3"
     "mNoPqRsTuVwXyZa0b1c2d3e4f5g6h7i8j9kLmNoPqRsTuVwXy:19700:0:99999:7:::\n", 1),
    ("Caddyfile", fill("example.internal {{\n  basicauth /admin/* {{\n    {user} ") + _BCRYPT
     + "\n  }\n}\n", 3),
])
def test_a_basic_auth_entry_kept_in_config_is_a_password_hash(
        cli: Any, tmp_path: Path, name: str, content: str, line: int) -> None:
    assert [(f["type"], f["line"]) for f in scan(cli, tmp_path, name, content)] \
        == [("PASSWORD_HASH", line)]
    users = scan(cli, tmp_path, name, content, kind="personal-data")
    assert [(f["type"], f["line"]) for f in users] == [("USERNAME", line)]


@pytest.mark.parametrize(("name", "content"), [
    # a hash alone under a key (a seed's or a module's input), a truncated one, a stand-in
    ("seed.yml", "password_hash: " + _BCRYPT + "\n"),
    ("tasks.yml", "  password: '$6$rounds=656000$Zq8vR2xL0pW4nT6y$B1cFKd93Lmq'\n"),
    ("README.md", "Add `admin:$apr1$...` to the middleware's users.\n"),
    ("compose.yml", "      - traefik.http.middlewares.auth.basicauth.users=${BASIC_AUTH_USERS}\n"),
    # Traefik's documentation's own example
    ("compose.yml", '      - "traefik.http.middlewares.auth.basicauth.users=test:$$apr1$$H6uskkkW'
                    '$$IgXLP6ewTrSuBkTrqE8wj/"\n'),
])
def test_a_hash_not_given_with_its_user_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "template"), [
    # database and broker clients whose -p takes the password after a space
    ("dump.sh", "mongodump --host db.internal -u {user} -p {pw} --db frp\n"),
    ("check.sh", "mongo --host db.internal -u {user} -p {pw} frp\n"),
    ("check.sh", "cqlsh cassandra.internal -u {user} -p {pw}\n"),
    ("queues.sh", "rabbitmqadmin -H mq.internal -u {user} -p {pw} list queues\n"),
    ("remote.bat", "psexec \\\\app01 -u DEFRA\\{user} -p {pw} cmd /c ipconfig\n"),
])
def test_a_client_s_spaced_p_option_is_its_password(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    content = fill(template)
    found = scan(cli, tmp_path, name, content)
    assert [f["type"] for f in found] == [URI]
    assert found[0]["end_column"] - found[0]["column"] == len(FAKES["pw"])
    assert types(scan(cli, tmp_path, name, content, kind="personal-data")) == {"USERNAME"}


@pytest.mark.parametrize(("name", "content"), [
    ("dump.sh", "mongodump --host db.internal -u svc_app -p \"$MONGO_PASSWORD\" --db frp\n"),
    ("check.sh", "cqlsh cassandra.internal -u svc_app -p ${CASS_PW}\n"),
    ("run.sh", "docker run -p 8080:80 -u 1000 rabbitmq:3\n"),
])
def test_a_client_s_spaced_p_option_with_a_variable_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "template", "line"), [
    (".curlrc", 'silent\nuser = "{user}:{pw}"\n', 2),
    ("_curlrc", "user {user}:{pw}\n", 1),
    ("dotfiles/curlrc", "--user '{user}:{pw}'\n".replace("'", '"'), 1),
    (".curlrc", "-u {user}:{pw}\n", 1),
    (".curlrc", 'proxy-user: "{user}:{pw}"\n', 1),
])
def test_curl_s_config_file_holds_a_user_and_password(cli: Any, tmp_path: Path, name: str,
                                                      template: str, line: int) -> None:
    content = fill(template)
    found = scan(cli, tmp_path, name, content)
    assert [(f["type"], f["line"], f["end_column"] - f["column"]) for f in found] \
        == [("BASIC_AUTH_CREDENTIALS", line, len(FAKES["pw"]))]
    users = scan(cli, tmp_path, name, content, kind="personal-data")
    assert [(f["type"], f["line"]) for f in users] == [("USERNAME", line)]


@pytest.mark.parametrize("content", [
    'user = "svc_reports:${CURL_PASSWORD}"\n',  # a variable curl does not fill in
    'user = "svc_reports:changeme"\nuser = "svc_reports:<password>"\n',
    'user = "svc_reports"\n',  # curl asks for the password
    "--netrc-file /home/ci/.netrc\nurl = \"https://api.service.gov.uk/v1\"\n",
])
def test_curl_s_config_file_with_no_real_password_is_not_flagged(cli: Any, tmp_path: Path,
                                                                 content: str) -> None:
    assert scan(cli, tmp_path, ".curlrc", content) == []


@pytest.mark.parametrize(("name", "template"), [
    (".passwd-s3fs", "{aws_id}:{secret}\n"),
    ("passwd-s3fs", "# the landing bucket\nlanding-bucket:MINIOADMIN01:{secret}\n"),
    ("etc/passwd-s3fs", "minio01:{pw}\n"),  # another store's key, of no fixed shape
])
def test_an_s3fs_password_file_holds_its_secret_whatever_its_shape(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    found = [f for f in scan(cli, tmp_path, name, fill(template))
             if f["type"] == "GENERIC_SECRET"]
    assert [(f["line"], f["end_column"] - f["column"]) for f in found] \
        == [(fill(template).count("\n"), len(fill(template).rstrip().rpartition(":")[2]))]


@pytest.mark.parametrize("content", [
    "YOUR_ACCESS_KEY_ID:YOUR_SECRET_ACCESS_KEY\n",
    "${AWS_ACCESS_KEY_ID}:${AWS_SECRET_ACCESS_KEY}\n",
    "# ACCESS_KEY_ID:SECRET_ACCESS_KEY, one a line\n",
])
def test_an_s3fs_password_file_of_placeholders_is_not_flagged(cli: Any, tmp_path: Path,
                                                              content: str) -> None:
    assert scan(cli, tmp_path, ".passwd-s3fs", content) == []


def test_a_user_option_that_opens_a_continued_line_is_read(cli: Any, tmp_path: Path) -> None:
    content = fill("curl -X POST \\\n-u {user}:{pw} \\\nhttps://api.internal/deploy\n")
    found = scan(cli, tmp_path, "deploy.sh", content)
    assert [(f["type"], f["line"]) for f in found] == [("BASIC_AUTH_CREDENTIALS", 2)]


_DATAVERSE = ("AuthType=ClientSecret;Url=https://frp-dev.crm11.dynamics.com;"
              "ClientId=" + UUID_A + ";")


@pytest.mark.parametrize(("name", "template"), [
    # Dataverse's (Dynamics 365) connection string, its client's secret by name
    ("appsettings.json", '{{"ConnectionStrings": {{"Dataverse": "' + _DATAVERSE
     + 'ClientSecret={secret}"}}}}\n'),
    ("Program.cs", 'var conn = "' + _DATAVERSE + 'ClientSecret={secret}";\n'),
    ("connect.ps1", '$conn = "' + _DATAVERSE + 'Secret={secret}"\n'),
])
def test_a_secret_named_in_a_connection_string_is_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert types(scan(cli, tmp_path, name, fill(template))) == {"GENERIC_SECRET"}


@pytest.mark.parametrize("value", [
    "{ClientSecret}", "$(DataverseClientSecret)", "%CLIENT_SECRET%", "<client-secret>",
    "********", "${DATAVERSE_SECRET}", "changeme",
])
def test_a_connection_string_s_secret_that_is_a_placeholder_is_not_flagged(
        cli: Any, tmp_path: Path, value: str) -> None:
    content = 'var conn = "' + _DATAVERSE + "ClientSecret=" + value + '";\n'
    assert scan(cli, tmp_path, "Program.cs", content) == []


_CHANNEL_TOKEN = "fk-4f8a2c9e-1b7d-4e3a" + "-9c5f-2d8b6a0e7f13"


@pytest.mark.parametrize(("name", "template"), [
    ("environment.yml", "channels:\n  - https://conda.anaconda.org/t/{token}/frp-internal\n"
                        "  - conda-forge\n"),
    (".condarc", "channels:\n  - https://repo.anaconda.cloud/t/{token}/main\n"),
    ("setup.sh", "conda install -c https://conda.anaconda.org/t/{token}/frp tool\n"),
    ("requirements.txt", "--extra-index-url https://dl.cloudsmith.io/{token}/frp/py/python/"
                         "simple/\n"),
])
def test_a_registry_token_in_a_url_s_path_is_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    content = template.format(token=_CHANNEL_TOKEN)
    assert types(scan(cli, tmp_path, name, content)) == {"URL_SECRET_TOKEN"}


@pytest.mark.parametrize(("name", "content"), [
    ("environment.yml", "channels:\n  - https://conda.anaconda.org/t/${ANACONDA_TOKEN}/frp\n"),
    (".condarc", "channels:\n  - https://conda.anaconda.org/t/TOKEN/frp\n"),
    ("environment.yml", "channels:\n  - https://conda.anaconda.org/frp-internal\n"),
    ("requirements.txt", "--extra-index-url https://dl.cloudsmith.io/public/frp/py/python/"
                         "simple/\n"),
    ("links.md", "See https://example.org/t/a-forum-topic-about-packaging/12345 for more.\n"),
])
def test_a_registry_url_with_no_token_in_its_path_is_quiet(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize("name, content", [
    # a form's body in an .http file, a logged request's query string, a string in code
    ("login.http", "POST https://idm.defra.local/token\nContent-Type: "
                   "application/x-www-form-urlencoded\n\n"
                   "grant_type=password&username={person}&password={pw}\n"),
    ("access.log", "10:00:01 INFO GET /login?username={person}&password={pw} HTTP/1.1 200\n"),
    ("client.py", 'resp = requests.post(url, data="username={person}&password={pw}")\n'),
])
def test_a_form_body_s_password_and_its_account_are_reported(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    text = fill(content)
    secrets = scan(cli, tmp_path, name, text)
    users = scan(cli, tmp_path, name, text, kind="personal-data")
    assert [f["type"] for f in secrets] == ["CONNECTION_STRING_PASSWORD"]
    assert "USERNAME" in types(users)


@pytest.mark.parametrize("content", [
    'body = f"grant_type=password&username={{user}}&password={{password}}"\n',
    'q = "username=${{USER}}&password=${{PASSWORD}}"\n',
    'q = "username=<username>&password=<password>"\n',
    'q = "username=jsmith&password=secret"\n',
    'form = "remember=1&password=&submit=Login"\n',
])
def test_a_form_body_s_placeholders_and_its_tutorial_account_are_quiet(
        cli: Any, tmp_path: Path, content: str) -> None:
    text = fill(content)
    assert scan(cli, tmp_path, "client.py", text) == []
    assert scan(cli, tmp_path, "client.py", text, kind="personal-data") == []
