"""Secrets assigned to secret-sounding keys, in every config syntax and in code; and the
placeholders, templates, lookups and hashes that are never flagged."""

from __future__ import annotations

import base64
import time
from pathlib import Path
from typing import Any

import pytest

from safecommit.detect.secret_plugins import keywords
from safecommit.detect.secret_plugins.keywords import classify
from safecommit.detect.secret_plugins.values import rejection
from secrets_support import FAKES, fill, scan, types


@pytest.mark.parametrize(("name", "template", "expected"), [
    ("app.yaml", "password: {pw}\n", "PASSWORD"),
    ("app.yaml", "db:\n  password: \"{pw}\"  # local only\n", "PASSWORD"),
    ("app.json", '{{"db": {{"password": "{pw}"}}}}\n', "PASSWORD"),
    (".env", "DB_PASSWORD={pw}\n", "PASSWORD"),
    (".env.production", "export DB_PASSWORD='{pw}'\n", "PASSWORD"),
    ("settings.ini", "[db]\npassword = {pw}\n", "PASSWORD"),
    ("app.properties", "spring.datasource.password={pw}\n", "PASSWORD"),
    ("app.properties", "db.password: {pw}\n", "PASSWORD"),
    ("config.toml", '[database]\npassword = "{pw}"\n', "PASSWORD"),
    ("web.config", '<add key="DbPassword" value="{pw}" />\n', "PASSWORD"),
    ("db.xml", '<connection host="db" password="{pw}" />\n', "PASSWORD"),
    ("settings.xml", "<server>\n  <password>{pw}</password>\n</server>\n", "PASSWORD"),
    ("connections.xml", "<Connection>\n  <Password><![CDATA[{pw}]]></Password>\n</Connection>\n",
     "PASSWORD"),
    ("main.tf", '  admin_password = "{pw}"\n', "PASSWORD"),
    ("variables.tf", 'variable "db_password" {{\n  type = string\n  default = "{pw}"\n}}\n',
     "PASSWORD"),
    ("prod.tfvars", 'db_password = "{pw}"\n', "PASSWORD"),
    ("main.bicep", "param adminPassword string = '{pw}'\n", "PASSWORD"),
    ("Dockerfile", "ENV DB_PASSWORD={pw}\n", "PASSWORD"),
    ("Dockerfile", "ENV DB_PASSWORD {pw}\n", "PASSWORD"),
    ("deploy.sh", "export PGPASSWORD={pw}\n", "PASSWORD"),
    ("deploy.sh", "mysqldump --password={pw} app > dump.sql\n", "PASSWORD"),
    ("deploy.sh", "vault login --password '{pw}'\n", "PASSWORD"),
    ("app.py", 'DB_PASSWORD = "{pw}"\n', "PASSWORD"),
    ("app.py", 'conn = connect(host="db", password="{pw}")\n', "PASSWORD"),
    ("app.py", 'config["password"] = "{pw}"\n', "PASSWORD"),
    ("app.py", 'password: str = "{pw}"\n', "PASSWORD"),
    ("app.py", 'password = os.environ.get("DB_PASSWORD", "{pw}")\n', "PASSWORD"),
    ("app.js", "const password = '{pw}';\n", "PASSWORD"),
    ("config.js", "  password: process.env.DB_PASSWORD || '{pw}',\n", "PASSWORD"),
    ("config.ts", "  password: process.env.DB_PASSWORD ?? '{pw}',\n", "PASSWORD"),
    ("App.java", 'private static final String DB_PASSWORD = "{pw}";\n', "PASSWORD"),
    ("App.java", 'dataSource.setPassword("{pw}");\n', "PASSWORD"),
    ("App.cs", 'options.Password = @"{pw}";\n', "PASSWORD"),
    ("main.go", 'password := "{pw}"\n', "PASSWORD"),
    ("main.go", 'var password string = "{pw}"\n', "PASSWORD"),
    ("seeds.rb", 'User.create!(email: "a@example.com", password: "{pw}")\n', "PASSWORD"),
    ("database.php", "'password' => env('DB_PASSWORD', '{pw}'),\n", "PASSWORD"),
    ("database.php", "$password = '{pw}';\n", "PASSWORD"),
    ("seed.sql", "CREATE ROLE app LOGIN PASSWORD '{pw}';\n", "PASSWORD"),
    ("seed.sql", "CREATE USER 'app'@'%' IDENTIFIED BY '{pw}';\n", "PASSWORD"),
    ("script.ps1", '$password = "{pw}"\n', "PASSWORD"),
    ("analysis.ipynb", '"source": ["password = \\"{pw}\\"\\n"]\n', "PASSWORD"),
    # a notebook's %env magic, which sets a variable as a shell does
    ("explore.ipynb", '{{"cells": [{{"cell_type": "code", "metadata": {{}}, "outputs": [], '
                      '"source": ["%env OS_API_KEY={secret}\\n"]}}], "metadata": {{}}, '
                      '"nbformat": 4, "nbformat_minor": 5}}\n', "API_KEY"),
    ("README.md", "Run it with `DB_PASSWORD={pw}` locally.\n", "PASSWORD"),
    ("app.log", "2024-01-01 12:00:00 DEBUG connect password={pw}\n", "PASSWORD"),
    ("compose.yaml", "      POSTGRES_PASSWORD: ${{POSTGRES_PASSWORD:-{pw}}}\n", "PASSWORD"),
    ("deployment.yaml", "        - name: DB_PASSWORD\n          value: \"{pw}\"\n", "PASSWORD"),
    ("task.json", '{{"name": "DB_PASSWORD", "value": "{pw}"}}\n', "PASSWORD"),
    ("secret.yaml", "data:\n  password: VHE3IXZCMiN4TG05\n", "PASSWORD"),
    ("settings.py", 'SECRET_KEY = "{secret}"\n', "GENERIC_SECRET"),
    ("app.yaml", "client_secret: {secret}\n", "GENERIC_SECRET"),
    ("app.yaml", "apiKey: {secret}\n", "API_KEY"),
    ("payments.py", 'API_KEY = "{hex}"  # TODO move to Key Vault\n', "API_KEY"),
    ("redis.conf", "requirepass {pw}\n", "PASSWORD"),
    # a directive's base64 value, its padding kept (Fluent Bit, Spark's defaults)
    ("fluent-bit.conf", "[OUTPUT]\n    Name  azure\n    Shared_Key  {storage_key}\n",
     "GENERIC_SECRET"),
    ("spark-defaults.conf", "spark.hadoop.fs.azure.account.key.stdata01.dfs.core.windows.net "
                            "{bus_key}\n", "GENERIC_SECRET"),
    (".env", "TWILIO_AUTH_TOKEN={hex}\n", "TWILIO_AUTH_TOKEN"),
    ("rotate.sh", "export AWS_SECRET_ACCESS_KEY={aws_secret}\n", "AWS_SECRET_ACCESS_KEY"),
    # detect-secrets calls both halves of a key an access key: the secret half is named
    ("s3.py", 's3 = boto3.client("s3",\n    aws_secret_access_key="{aws_secret}")\n',
     "AWS_SECRET_ACCESS_KEY"),
    ("call.sh", 'curl -H "Authorization: Bearer {secret}" https://api.internal/x\n',
     "BEARER_TOKEN"),
    ("call.sh", 'curl -H "Authorization: Basic {basic}" https://api.internal/x\n',
     "BASIC_AUTH_CREDENTIALS"),
    ("call.sh", "curl -H 'Cookie: connect.sid={secret}; theme=dark' https://app.internal/\n",
     "SESSION_TOKEN"),
    # a Bearer scheme joined in code to a literal token: R's paste, + and PHP's .
    ("client.R", 'add_headers(Authorization = paste("Bearer", "{secret}"))\n', "BEARER_TOKEN"),
    ("client.R", 'add_headers(Authorization = paste0("Bearer ", "{secret}"))\n',
     "BEARER_TOKEN"),
    ("client.py", 'headers = {{"Authorization": "Bearer " + "{secret}"}}\n', "BEARER_TOKEN"),
    ("client.js", "const h = {{ Authorization: 'Bearer ' + '{secret}' }};\n", "BEARER_TOKEN"),
    ("client.php", "$h = ['Authorization: Bearer ' . '{secret}'];\n", "BEARER_TOKEN"),
    ("client.py", 'h = {{"Authorization": "Bearer {{}}".format("{secret}")}}\n', "BEARER_TOKEN"),
    ("site.yml", "- uri:\n    url: https://api.internal/x\n    url_username: svc\n"
                 "    url_password: \"{pw}\"\n", "PASSWORD"),
    ("ls_adls.json", '{{"name": "ls_adls", "properties": {{"typeProperties": {{'
                     '"servicePrincipalId": "0d3c8f4e-2b7a-4c1e-9f5d-6a8b2c4e7f10",\n'
                     '"servicePrincipalKey": {{'
                     '"type": "SecureString", "value": "{secret}"}}}}}}}}\n', "GENERIC_SECRET"),
    # format strings' other placeholders, and a literal interpolated into the scheme
    ("client.go", 'h := fmt.Sprintf("Bearer %v", "{secret}")\n', "BEARER_TOKEN"),
    ("Client.swift", 'let h = String(format: "Bearer %@", "{secret}")\n', "BEARER_TOKEN"),
    ("client.py", 'h = {{"Authorization": "Bearer %s" % ("{secret}",)}}\n', "BEARER_TOKEN"),
    ("Client.cs", 'c.Add("Authorization", $"Bearer {{"{secret}"}}");\n', "BEARER_TOKEN"),
    ("client.js", 'const h = {{ Authorization: `Bearer ${{"{secret}"}}` }};\n', "BEARER_TOKEN"),
    ("client.js", 'const h = "Bearer ".concat("{secret}");\n', "BEARER_TOKEN"),
    # an Authorization header's other schemes: Django REST framework's, Okta's, Elastic's
    ("smoke_test.py", 'h = {{"Authorization": "Token {hex}"}}\n', "API_TOKEN"),
    ("okta.py", 'headers = {{"Authorization": "SSWS {secret}"}}\n', "OKTA_API_TOKEN"),
    ("es.sh", "curl -H 'Authorization: ApiKey {storage_key}' https://es.internal:9200\n",
     "API_KEY"),
    ("access.log", "GET /claims 200 cookie: _ga=GA1.2.1; ASP.NET_SessionId={secret}\n",
     "SESSION_TOKEN"),
    ("README.md", "Set-Cookie: .AspNetCore.Cookies={secret}; path=/; HttpOnly\n",
     "SESSION_TOKEN"),
    ("wp-config.php", "define('DB_PASSWORD', '{pw}');\n", "PASSWORD"),
    ("main.go", 'os.Setenv("DB_PASSWORD", "{pw}")\n', "PASSWORD"),
    ("App.java", 'System.setProperty("db.password", "{pw}");\n', "PASSWORD"),
    ("client.py", 'r = requests.get(url, auth=("{user}", "{pw}"))\n', "PASSWORD"),
    ("Client.cs", 'var cred = new NetworkCredential("{user}", "{pw}");\n', "PASSWORD"),
    # HTTP clients' calls that set a Basic log-in or a Bearer token from literals
    ("client.R", 'req <- request(u) |> req_auth_basic("{user}", "{pw}")\n', "PASSWORD"),
    ("client.rs", 'let r = c.get(u).basic_auth("{user}", Some("{pw}")).send();\n', "PASSWORD"),
    ("Client.java", 'String c = Credentials.basic("{user}", "{pw}");\n', "PASSWORD"),
    ("client.R", 'req <- request(u) |> req_auth_bearer_token("{secret}")\n', "BEARER_TOKEN"),
    ("client.R", 'req <- req_auth_bearer_token(req, "{secret}")\n', "BEARER_TOKEN"),
    ("Client.java", 'headers.setBearerAuth("{secret}");\n', "BEARER_TOKEN"),
    ("client.rs", 'let r = c.get(u).bearer_auth("{secret}").send();\n', "BEARER_TOKEN"),
    ("deploy.ps1", '$s = ConvertTo-SecureString "{pw}" -AsPlainText -Force\n', "PASSWORD"),
    ("deploy.ps1", '$s = ConvertTo-SecureString -AsPlainText -Force -String "{pw}"\n',
     "PASSWORD"),
    # a password that starts as an id selector would, its case mixed
    ("login.page.js", "const creds = {{ password: '#{pw}' }};\n", "PASSWORD"),
    # a browser testing cloud's access key, a bare key beside its account
    ("wdio.conf.js", "exports.config = {{\n  user: '{user}',\n  key: '{secret}',\n}};\n",
     "GENERIC_SECRET"),
    ("wdio.conf.ts", "export const config = {{\n    key: '{secret}',\n    user: '{user}',\n}};\n",
     "GENERIC_SECRET"),
    # a comment in code that says what a secret is
    ("deploy.py", "# TODO remove before go-live: the prod password is {pw}\n", "PASSWORD"),
    ("client.js", "const x = 1; // the api key was {secret} until March\n", "API_KEY"),
    # a .NET signing key made from a literal's bytes, and an Azure DevOps token in a script
    ("Startup.cs", "o.TokenValidationParameters = new() {{ IssuerSigningKey = new SymmetricSecurity"
                   'Key(Encoding.UTF8.GetBytes("{secret}")) }};\n', "GENERIC_SECRET"),
    ("Token.cs", 'var signingKey = Encoding.ASCII.GetBytes("{secret}");\n', "GENERIC_SECRET"),
    ("release.ps1", '$pat = "{ado_pat}"\n', "GENERIC_SECRET"),
    # a header given to curl inside a string of code or of JSON
    ("Jenkinsfile", "sh \"curl -H 'X-Api-Key: {secret}' https://api.internal/hooks\"\n", "API_KEY"),
    ("package.json", '{{"scripts": {{"ping": "curl --header \'X-Api-Key: {secret}\' '
                     'https://api.internal"}}}}\n', "API_KEY"),
    ("seed.sql", "ALTER USER app IDENTIFIED BY {pw};\n", "PASSWORD"),
    ("spring.xml", '<property name="password" value="{pw}"/>\n', "PASSWORD"),
    ("compose.yaml", "    environment:\n      - POSTGRES_PASSWORD={pw}\n", "PASSWORD"),
    ("app.py", "# TODO remove before go-live: password={pw}\n", "PASSWORD"),
    ("App.java", "// old credentials: password: {pw}\n", "PASSWORD"),
    ("secrets.yml", "production:\n  secret_key_base: {secret}\n", "GENERIC_SECRET"),
    ("kubeconfig", "users:\n- name: admin\n  user:\n    client-key-data: {storage_key}\n",
     "GENERIC_SECRET"),
    ("users.csv", "id,username,password,email\n1,{user},{pw},someone@example.com\n", "PASSWORD"),
    # settings tables, whose rows each name their own value
    ("settings.csv", "key,value\nsmtp_host,smtp.internal\nsmtp_password,{pw}\n", "PASSWORD"),
    ("settings.tsv", "Setting\tValue\napi_token\t{hex}\n", "GENERIC_SECRET"),
    ("SETTINGS.md", "| Setting | Value |\n|---|---|\n| `DB_PASSWORD` | {pw} |\n", "PASSWORD"),
    # a Markdown table whose columns are named: each row's cells, code quotes or not
    ("accounts.md", "# Accounts\n\n| env | username | password |\n| --- | --- | :-: |\n"
                    "| tst | {user} | `{pw}` |\n", "PASSWORD"),
    ("partners.md", "| partner | api key |\n|---|---|\n| Riverside | {secret} |\n", "API_KEY"),
    ("keys.tsv", "id\tlogin\tapi_key\n1\t{user}\t{secret}\n", "API_KEY"),
    ("seed.sql", "INSERT INTO users (id, username, password) VALUES (1, '{user}', '{pw}');\n",
     "PASSWORD"),
    # a settings table's rows, each naming its own value
    ("seed.sql", "INSERT INTO app_settings (setting_key, setting_value) VALUES "
                 "('smtp_host', 'smtp.internal'), ('smtp_password', '{pw}');\n", "PASSWORD"),
    ("V3__settings.sql", "INSERT INTO settings (name, value) VALUES ('os_api_key', '{secret}');\n",
     "API_KEY"),
    ("Web.config", '<machineKey validationKey="{hex}" validation="HMACSHA256" />\n',
     "GENERIC_SECRET"),
    ("docker-compose.yml", '    command: ["redis-server", "--requirepass", "{pw}"]\n',
     "PASSWORD"),
    ("backup.py", 'subprocess.run(["pg_dump", "--password", "{pw}"])\n', "PASSWORD"),
    ("application.yml", "password: ${{DB_PASSWORD:{pw}}}\n", "PASSWORD"),
    ("vault.yml", "vault_db_password: {pw}\n", "PASSWORD"),
    (".env", "VAULT_TOKEN=s.{secret}\n", "GENERIC_SECRET"),
    (".env", "REDIS_CACHE_PASSWORD={pw}\n", "PASSWORD"),
    (".env", "LDAP_BIND_PW={pw}\n", "PASSWORD"),
    (".env", "SERVICE_BUS_KEY={secret}\n", "GENERIC_SECRET"),
    # the value of an object under a password key: ARM parameters and templates, YAML
    ("arm.parameters.json",
     '{{"parameters": {{\n  "adminPassword": {{ "value": "{pw}" }}\n}}}}\n', "PASSWORD"),
    ("arm.json",
     '    "sqlPassword": {{ "type": "securestring", "defaultValue": "{pw}" }},\n', "PASSWORD"),
    ("arm.parameters.json", '  "adminPassword": {{\n    "value": "{pw}"\n  }}\n', "PASSWORD"),
    ("params.yml", "adminPassword:\n  type: securestring\n  defaultValue: {pw}\n", "PASSWORD"),
    # said in a sentence: chat, notes, transcripts
    ("chat.md", "**User:** the db password is {pw} and it still fails\n", "PASSWORD"),
    ("notes.md", "Use password {pw} to log in.\n", "PASSWORD"),
    ("notes.md", "API key: {secret}\n", "API_KEY"),
    ("call.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Sam>The admin password is "
                 "{pw} for now.\n", "PASSWORD"),
    # code forms: a builder's step, Rust's &str and String::from, C's char array
    ("DataSourceConfig.java", 'DataSourceBuilder.create().username("{user}")'
                              '.password("{pw}").build();\n', "PASSWORD"),
    ("main.rs", 'const DB_PASSWORD: &str = "{pw}";\n', "PASSWORD"),
    ("main.rs", "static API_KEY: &'static str = \"{secret}\";\n", "API_KEY"),
    ("main.rs", 'let password = String::from("{pw}");\n', "PASSWORD"),
    ("auth.c", 'char password[] = "{pw}";\n', "PASSWORD"),
    # XML whose key and value sit in different attributes or elements
    ("applicationContext.xml", '  <property name="password"><value>{pw}</value></property>\n',
     "PASSWORD"),
    ("config.xml", '  <entry key="db.password">{pw}</entry>\n', "PASSWORD"),
    ("hive-site.xml", "  <property>\n    <name>javax.jdo.option.ConnectionPassword</name>\n"
                      "    <value>{pw}</value>\n  </property>\n", "PASSWORD"),
    # a password that starts as a YAML tag or a variable would: no tag, no variable
    (".env", "DB_PASSWORD=!{pw}\n", "PASSWORD"),
    (".env", "DB_PASSWORD=$unshine-{pw}\n", "PASSWORD"),
    ("roles.sql", "CREATE USER app WITH PASSWORD '!{pw}';\n", "PASSWORD"),
    ("settings.py", 'DB_PASSWORD = "$Kx7{pw}"\n', "PASSWORD"),
    # YAML: the value after an anchor (whose name can be the only key), and a block scalar's
    ("compose.yaml", "x-db: &db_password {pw}\n", "PASSWORD"),
    ("values.yaml", "db:\n  password: &pw {pw}\n", "PASSWORD"),
    ("values.yaml", "db:\n  password: &pw '{pw}'\n", "PASSWORD"),
    ("values.yaml", "redis:\n  password: |\n    {pw}\nsmtp:\n  host: mail\n", "PASSWORD"),
    ("values.yaml", "smtp:\n  password: >-\n    {pw}\n", "PASSWORD"),
    ("values.yaml", "api:\n  client_secret: |-\n    {secret}\n\n", "GENERIC_SECRET"),
    # lookalikes of the hashes, names, translations and paths that are never flagged
    ("application.yml", "password: '{{noop}}{pw}'\n", "PASSWORD"),  # Spring's plain text
    (".env", "DB_PASSWORD=harvest-moon-42\n", "PASSWORD"),  # a password may be words
    ("locales/cy.json", '{{"smtpPassword": "{pw}"}}\n', "PASSWORD"),
    (".env", "CSRF_SECRET={secret}\n", "GENERIC_SECRET"),  # the server's, that signs them
    (".env", "SLACK_VERIFICATION_TOKEN={hex}\n", "GENERIC_SECRET"),
    ("storage.py", 'storage_key = "{storage_key}"\n', "GENERIC_SECRET"),
    ("ldap.ini", "[ldap]\nbind_password = /{secret}\n", "PASSWORD"),
    # keys that hold a word of another kind, away from the secret word
    (".gitlab-ci.yml", "variables:\n  TF_VAR_db_password: {pw}\n", "PASSWORD"),
    (".env", "GET_ADDRESS_API_KEY={secret}\n", "API_KEY"),
    ("prd.tfvars", 'primary_access_key = "{storage_key}"\n', "GENERIC_SECRET"),
    # hex under a key with "sha" or "sum" inside a word (shared, consumer): no digest
    (".env", "WEBHOOK_SHARED_SECRET={hex}\n", "GENERIC_SECRET"),
    (".env", "CONSUMER_SECRET={hex}\n", "GENERIC_SECRET"),
    # a key that says what it keys: fernet, event grid; a bare Key inside a Jwt or signing object
    (".env", "FERNET_KEY={storage_key}\n", "GENERIC_SECRET"),
    ("airflow.env", "AIRFLOW__CORE__FERNET_KEY={storage_key}\n", "GENERIC_SECRET"),
    (".env", "EVENTGRID_KEY={bus_key}\n", "GENERIC_SECRET"),
    ("local.settings.json", '{{\n  "Values": {{\n    "EventGridKey": "{bus_key}"\n  }}\n}}\n',
     "GENERIC_SECRET"),
    ("appsettings.json", '{{\n  "Jwt": {{\n    "Key": "{secret}",\n    "Issuer": "https://x"\n'
                         "  }}\n}}\n", "GENERIC_SECRET"),
    ("appsettings.json", '{{\n  "Jwt": {{\n    "Issuer": "https://x",\n\n    "Key": "{secret}"\n'
                         "  }}\n}}\n", "GENERIC_SECRET"),
    ("config.yaml", "signing:\n  key: {secret}\n", "GENERIC_SECRET"),
    # .NET's configuration sections joined as the environment and the portal join them
    ("launchSettings.json", '{{"environmentVariables": {{\n  "Jwt__Key": "{secret}"\n}}}}\n',
     "GENERIC_SECRET"),
    ("appservice.json", '[{{"name": "Jwt:Key", "value": "{secret}", "slotSetting": false}}]\n',
     "GENERIC_SECRET"),
    ("appsettings-export.json", '[\n  {{\n    "name": "Smtp:Password",\n    "slotSetting": false,\n'
                                '    "value": "{pw}"\n  }}\n]\n', "PASSWORD"),
    # in hex, and under an INI or TOML section that names the secret
    ("config.yaml", "jwt:\n  key: {hex}\n", "GENERIC_SECRET"),
    ("app.ini", "[database]\nhost = db\n[mailgun]\nkey = {hex}\n", "GENERIC_SECRET"),
    ("settings.toml", "[api]\nurl = \"https://api.internal\"\nkey = \"{secret}\"\n", "API_KEY"),
    ("settings.toml", "[services.notify]\nkey = \"{secret}\"\n", "GENERIC_SECRET"),
    # Django's generated key keeps its warning prefix: it is still the key that signs
    ("settings.py", 'SECRET_KEY = "django-insecure-{secret}!x+"\n', "GENERIC_SECRET"),
    # a service's endpoint and its key, as an Azure SDK client's options on one line
    ("cosmos.ts", "const c = new CosmosClient({{ endpoint: 'https://x.documents.azure.com:443/', "
                  "key: '{storage_key}' }})\n", "GENERIC_SECRET"),
    ("search.json", '{{"search": {{"endpoint": "https://s.search.windows.net", '
                    '"key": "{secret}"}}}}\n', "GENERIC_SECRET"),
    # redis.conf's replica password
    ("redis.conf", "masterauth {pw}\n", "PASSWORD"),
    # a UUID under a token's or an API key's key (Snyk, Codecov, Heroku, npm's old
    # tokens)
    ("ci.yml", "env:\n  SNYK_TOKEN: 3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c\n", "GENERIC_SECRET"),
    (".npmrc", "//registry.npmjs.org/:_authToken=3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c\n",
     "NPM_TOKEN"),
    (".env", "HEROKU_API_KEY=3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c\n", "API_KEY"),
    ("ci.py", 'CODECOV_TOKEN = "3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c"\n', "GENERIC_SECRET"),
    # three random words set as a password in config (the NCSC's advice), in any spelling
    (".env", "SMTP_PASSWORD=orchard-kettle-lantern\n", "PASSWORD"),
    (".env", "ADMIN_PASSWORD=OrchardKettleLantern\n", "PASSWORD"),
    (".env", "REPORTS_PASSWORD=orchardkettlelantern\n", "PASSWORD"),
    (".env", 'SFTP_PASSWORD="orchard kettle lantern"\n', "PASSWORD"),
    ("values.yaml", "smtp:\n  password: tractor_barn_meadow\n", "PASSWORD"),
    ("prod.ini", "[db]\npassword = correct-horse-battery-staple-paddock\n", "PASSWORD"),
    # shapes that a real password can have: a famous weak one with a year and a symbol, one
    # "/" at its start, one ".+" inside, a "${" inside its random letters
    ("prod.ini", "[smtp]\npassword = Welcome2024!\n", "PASSWORD"),
    ("prod.ini", "[ldap]\nbind_password = /Zk3pQx9Lm2vR7tY8wN4bC6dF1gH5jK0\n", "PASSWORD"),
    ("prod.ini", "[redis]\npassword = Xk.+9mQ2vLp7Rt\n", "PASSWORD"),
    ("prod.ini", "[api]\nsecret = a${{b}}Zq8Lm3Xp9Rt2Vw7\n", "GENERIC_SECRET"),
    # Terraform's state, read as JSON: an output's value, and a random_password's result
    ("infra/terraform.tfstate", '{{\n  "outputs": {{\n    "sql_admin_password": {{\n'
                                '      "value": "{pw}",\n      "sensitive": true\n    }}\n'
                                '  }}\n}}\n', "PASSWORD"),
    ("infra/terraform.tfstate", '    {{\n      "type": "random_password",\n      "name": "sql",\n'
                                '      "instances": [\n        {{\n          "attributes": {{\n'
                                '            "length": 24,\n            "result": "{pw}",\n'
                                '            "special": true\n', "PASSWORD"),
    # what a resource stores: a key vault's secret, a secret manager's, an app's password
    ("infra/terraform.tfstate", '    {{\n      "mode": "managed",\n'
                                '      "type": "azurerm_key_vault_secret",\n'
                                '      "name": "db",\n      "instances": [\n        {{\n'
                                '          "attributes": {{\n            "content_type": "",\n'
                                '            "identity": [{{"type": "SystemAssigned"}}],\n'
                                '            "name": "db-password",\n'
                                '            "value": "{secret}",\n', "GENERIC_SECRET"),
    ("infra/terraform.tfstate.backup", '      "type": "aws_secretsmanager_secret_version",\n'
                                       '      "instances": [{{"attributes": {{"secret_string": '
                                       '"{pw}", "version_stages": ["AWSCURRENT"]}}}}]\n',
     "GENERIC_SECRET"),
    ("infra/terraform.tfstate", '      "type": "random_password",\n      "instances": '
                                '[{{"attributes": {{"length": 24, "result": "{pw}"}}}}]\n',
     "PASSWORD"),
    ("ops/mysql/my.cnf", "[client]\nuser=forms_admin\npassword=harvest2024\n", "PASSWORD"),
    # languages' own ways to assign and wrap a literal
    ("extract.R", 'api_key <- "{secret}"\n', "API_KEY"),
    ("extract.R", 'db_password <<- "{pw}"\n', "PASSWORD"),
    ("config.go", 'var jwtKey = []byte("{secret}")\n', "GENERIC_SECRET"),
    ("Module1.vb", 'Private Const ApiKey As String = "{secret}"\n', "API_KEY"),
    ("Module1.vb", 'Dim dbPassword As String = "{pw}"\n', "PASSWORD"),
    ("V12__logins.sql", "CREATE LOGIN payments_app WITH PASSWORD = N'{pw}';\n", "PASSWORD"),
    # a lookup's default, with the key inside it
    ("AuthConfig.java", '@Value("${{jwt.secret:{secret}}}")\n', "GENERIC_SECRET"),
    ("AuthConfig.java", '@Value("${{jwt.signing-key:{secret}}}")\n', "GENERIC_SECRET"),
    ("run.sh", 'echo "${{API_TOKEN:-{secret}}}" > .token\n', "GENERIC_SECRET"),
    ("Program.cs", 'var apiKey = configuration.GetValue<string>("ApiKey") ?? "{secret}";\n',
     "API_KEY"),
    # .NET's app.config: a named setting over its <value>, an element with a value attribute
    ("app.config", '<setting name="GatewayApiKey" serializeAs="String">\n'
                   "  <value>{secret}</value>\n</setting>\n", "API_KEY"),
    ("app.config", '<smtp>\n  <password value="{pw}" />\n</smtp>\n', "PASSWORD"),
    # CI and scripts: SonarQube's login, Windows' setx, Azure Pipelines' logging command, a
    # Basic header built from a literal, PagerDuty's routing key
    ("sonar-project.properties", "sonar.login={hex}\n", "GENERIC_SECRET"),
    ("Jenkinsfile", "  environment {{\n    SONAR_LOGIN = '{hex}'\n  }}\n", "GENERIC_SECRET"),
    ("setup.cmd", "setx FFC_API_KEY {secret}\n", "API_KEY"),
    ("azure-pipelines.yml", '  - script: echo "##vso[task.setvariable variable=SYSTEM_ACCESSTOKEN]'
                            '{ado_pat}"\n', "GENERIC_SECRET"),
    ("azure-pipelines.yml", '  - script: echo "##vso[task.setvariable variable=apiToken;'
                            'issecret=true]{secret}"\n', "GENERIC_SECRET"),
    ("Set-Secrets.ps1", '$h = @{{ "Authorization" = "Basic " + [Convert]::ToBase64String('
                        '[Text.Encoding]::ASCII.GetBytes(":{ado_pat}")) }}\n',
     "BASIC_AUTH_CREDENTIALS"),
    ("client.js", "headers.Authorization = 'Basic ' + btoa('{user}:{pw}')\n",
     "BASIC_AUTH_CREDENTIALS"),
    ("client.js", "const auth = 'Basic ' + Buffer.from('{user}:{pw}').toString('base64')\n",
     "BASIC_AUTH_CREDENTIALS"),
    # the pair encoded under a name that says what it is for, and libcurl's option
    ("Billing.kt", 'val basicAuth = Base64.getEncoder().encodeToString("{user}:{pw}"'
                   '.toByteArray())\n', "BASIC_AUTH_CREDENTIALS"),
    ("partner.php", "curl_setopt($ch, CURLOPT_USERPWD, '{user}:{pw}');\n",
     "BASIC_AUTH_CREDENTIALS"),
    ("fetch.py", "c.setopt(pycurl.USERPWD, '{user}:{pw}')\n", "BASIC_AUTH_CREDENTIALS"),
    ("config.toml", '[pagerduty]\nrouting_key = "{hex}"\n', "GENERIC_SECRET"),
    # a town's name in a password is no stand-in, nor is one path-like segment
    ("settings.py", 'DB_PASSWORD = "Fakenham2019!"\n', "PASSWORD"),
    ("config.yaml", "client_secret: Zq8vR2xL/0pW4nT6yB1c/FKd93Lmq\n", "GENERIC_SECRET"),
    # a Google app password, as it is shown (in fours) or run together
    ("settings.py", 'EMAIL_HOST_PASSWORD = "ipgq imab iirb gsup"\n', "PASSWORD"),
    ("settings.py", 'EMAIL_HOST_PASSWORD = "ipgqimabiirbgsup"\n', "PASSWORD"),
    # an element with attributes before its text (FileZilla's site manager)
    ("sitemanager.xml", "<Server>\n  <User>{user}</User>\n"
                        '  <Pass encoding="base64">{secret}</Pass>\n</Server>\n', "PASSWORD"),
    # an Apple property list's key over its string
    ("Info.plist", "<dict>\n  <key>OSApiKey</key>\n  <string>{secret}</string>\n</dict>\n",
     "API_KEY"),
    # a triple-quoted string on one line (TOML, Python)
    ("config.toml", '[auth]\nclient_secret = """{secret}"""\n', "GENERIC_SECRET"),
    ("settings.py", "SECRET_KEY = \'\'\'{secret}\'\'\'\n", "GENERIC_SECRET"),
    # a .env name ending in "key" whose value only a generator makes
    (".env", "OS_PLACES_KEY={secret}\n", "GENERIC_SECRET"),
    (".env.production", "OSDATAHUB_KEY={secret}\n", "GENERIC_SECRET"),
    (".env", "EXPORT_SIGNER_KEY={hex}\n", "GENERIC_SECRET"),
    # a tool's own settings command
    ("setup.sh", "aws configure set aws_secret_access_key {aws_secret}\n",
     "AWS_SECRET_ACCESS_KEY"),
    ("ci.yml", "  - yarn config set npmAuthToken {secret}\n", "GENERIC_SECRET"),
    # R's assignment, in an R script and in an R Markdown or Quarto document's chunk
    ("maps.R", 'os_key <- "{secret}"\n', "GENERIC_SECRET"),
    ("report.Rmd", '```{{r}}\nos_key <- "{secret}"\n```\n', "GENERIC_SECRET"),
    ("report.qmd", '```{{r}}\napi_key <- "{secret}"\n```\n', "API_KEY"),
    ("Env.swift", 'static let datahubKey = "{secret}"\n', "GENERIC_SECRET"),
    # a typed value's wrapper: DynamoDB's, Avro's, Firestore's, on its key's line or below
    ("items.json", '{{"service": {{"S": "claims"}}, "password": {{"S": "{pw}"}}}}\n', "PASSWORD"),
    ("export.json", '{{"apiKey": {{"string": "{secret}"}}}}\n', "API_KEY"),
    ("doc.json", '{{"client_secret": {{\n  "stringValue": "{secret}"\n}}}}\n', "GENERIC_SECRET"),
    # a JMeter test plan's variable, its name over its value
    ("load.jmx", '<elementProp name="pw" elementType="Argument">\n'
                 '  <stringProp name="Argument.name">password</stringProp>\n'
                 '  <stringProp name="Argument.value">{pw}</stringProp>\n</elementProp>\n',
     "PASSWORD"),
])
def test_secret_in_an_assignment_is_found(cli: Any, tmp_path: Path, name: str, template: str,
                                          expected: str) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert expected in types(found)
    assert all(f["kind"] == "secret" for f in found)


@pytest.mark.parametrize(("name", "content"), [
    # cookies that are not a session's, or hold no real value
    ("call.sh", "curl -H 'Cookie: session=abc123' https://app.internal/\n"),
    ("call.sh", "curl -H 'Cookie: session=${SESSION_COOKIE}' https://app.internal/\n"),
    ("call.sh", "curl -H 'Cookie: cookies_policy=%7B%22analytics%22%3Atrue%7D' https://x/\n"),
    ("plugins.js", "  cookie: { isSecure: true, isSameSite: 'Lax', password: config.secret },\n"),
    ("access.log", "GET / 200 cookie: _ga=GA1.2.1836459012.1700000000\n"),
    # Google's published reCAPTCHA test secret, for automated tests
    (".env.test", "RECAPTCHA_SECRET_KEY=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe\n"),
    # placeholders
    ("app.yaml", "password: changeme\n"),
    ("app.yaml", "password: <your-password>\n"),
    ("app.yaml", "password: REPLACE_ME\n"),
    ("app.yaml", "password: xxxxxxxx\n"),
    ("app.yaml", "password: '********'\n"),
    ("app.yaml", "password: dummy\n"),
    ("app.yaml", "password: example\n"),
    ("app.yaml", "password: \"[REDACTED]\"\n"),
    ("app.yaml", "password: TODO\n"),
    ("app.yaml", "password: ppp\n"),
    ("app.yaml", "password: password\n"),
    ("app.yaml", "password: P@ssw0rd!\n"),
    ("app.yaml", "password: s3cr3t\n"),
    ("app.yaml", "password: Welcome1\n"),
    ("app.env", "DATABASE_URL=amqp://guest:guest@localhost:5672/\n"),
    (".env.example", "API_KEY=your-api-key-here\n"),
    (".env.example", "SECRET_KEY=generate-a-long-random-string\n"),
    ("appsettings.json", '{"ClientSecret": "<insert-api-key-here>"}\n'),
    ("secret.yaml", "data:\n  password: Y2hhbmdlbWU=\n"),  # base64 of a placeholder
    ("README.md", "| `POSTGRES_PASSWORD` | database password, e.g. `changeme` |\n"),
    # templating
    ("app.yaml", "password: ${DB_PASSWORD}\n"),
    ("app.yaml", "password: \"{{ db_password }}\"\n"),
    ("app.yaml", "secret: \"{{ .Values.secret }}\"\n"),
    ("app.ini", "password = %(db_password)s\n"),
    ("Makefile", "PASSWORD = $(DB_PASSWORD)\n"),
    ("app.rb", 'password: "#{ENV["DB_PASSWORD"]}"\n'),
    ("app.yaml", "password: $DB_PASSWORD\n"),
    ("app.yaml", "password: '%DB_PASSWORD%'\n"),
    ("app.yaml", "password: '@@DB_PASSWORD@@'\n"),
    ("app.yaml", "password: __DB_PASSWORD__\n"),
    ("appsettings.json",
     '{"Db": {"Password": "@Microsoft.KeyVault(VaultName=kv-prd;SecretName=db-password)"}}\n'),
    (".env", "AZURE_CLIENT_SECRET=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/"
             "secrets/x/)\n"),
    ("azuredeploy.parameters.json", '  "adminPassword": {\n    "reference": {\n'
                                    '      "keyVault": {"id": "/subscriptions/x"},\n'
                                    '      "secretName": "sql-admin"\n    }\n  }\n'),
    ("params.yml", "adminPassword:\n  minLength: 12\nvalue: not-this-one\n"),
    ("values.yaml", "password:\n  value: ${DB_PASSWORD}\n"),
    # sentences about passwords and tokens that hold none
    ("notes.md", "The password is required, and the token is valid for 3600 seconds.\n"),
    ("notes.md", "Your password must be at least 12 characters long.\n"),
    ("notes.md", "The API key is stored in Key Vault (kv-ffc-prd).\n"),
    ("notes.md", "Use the token endpoint to sign in; the password was Password123 in dev.\n"),
    ("notes.md", "The secret is <redacted>, the access key is AKIAIOSFODNN7EXAMPLE.\n"),
    ("Form.java", 'form.field("pw").password("Please enter your password");\n'),
    ("Messages.java", 'msgs.password("label.password.required");\n'),
    ("Config.java", 'ds.password(System.getenv("DB_PASSWORD"));\n'),
    # an ARM expression, a default that describes itself, published emulator and example keys
    ("azuredeploy.json",
     '  "administratorLoginPassword": "[parameters(\'administratorLoginPassword\')]",\n'),
    # an Azure Pipelines runtime expression
    ("azure-pipelines.yml", "variables:\n  - name: dbPassword\n    value: $[variables.sndPw]\n"),
    ("azure-pipelines.yml", "variables:\n  apiToken: $[ dependencies.build.outputs['t.x'] ]\n"),
    ("config.js", "  sessionPassword: {\n    default: 'the-password-must-be-at-least-32-characters-"
                  "long',\n  },\n"),
    (".env.example", "AZURE_STORAGE=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
                     "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
                     "K1SZFPTOtr/KBHBeksoGMGw==;\n"),
    ("local.settings.json", '{"CosmosDb": "AccountEndpoint=https://localhost:8081/;AccountKey='
                            'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnq'
                            'yMsEcaGQy67XIw/Jw==;"}\n'),
    ("fixture.json", '{"token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwib'
                     'mFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36P'
                     'Ok6yJV_adQssw5c"}\n'),
    # a key that names how passwords are handled, not a password
    (".env", "PASSWORD_HASHER=argon2\n"),
    (".env", "PASSWORD_STORAGE=pbkdf2_sha256\n"),
    (".env", "AUTH_PASSWORD_VALIDATORS=django.contrib.auth.password_validation."
             "MinimumLengthValidator\n"),
    ("app.yaml", "password: !vault |\n"),
    ("configuration.yaml", "password: !secret db_password\n"),
    ("template.yaml", "MasterUserPassword: !Ref DbPassword\n"),
    ("app.yaml", "password: $dbPassword\n"),
    ("deploy.ps1", "$password = $env:DB_PASSWORD\n"),
    ("config.php", "'password' => $config->password,\n"),
    ("app.yaml", "password: ENC(AbCdEf123456==)\n"),
    # Mule's secure properties, encrypted as Jasypt's are
    ("mule-app.yaml", 'db:\n  password: "![kAw5ukCgKXoFXwfNm3PHL6rz]"\n'),
    ("ci.yml", "  SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}\n"),
    ("compose.yaml", "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}\n"),
    ("compose.yaml", "COOKIE_PASSWORD: ${COOKIE_PASSWORD:?required}\n"),
    ("run.sh", "export COOKIE_PASSWORD=${COOKIE_PASSWORD?required}\n"),
    ("main.tf", "administrator_login_password = random_password.sql.result\n"),
    ("main.tf", "password = var.db_password\n"),
    ("app.js", "const dsn = `${user}:${password}`;\n"),
    ("App.java", '@Value("${app.jwt.secret}")\n'),
    # environment and config lookups
    ("app.py", 'password = os.environ["DB_PASSWORD"]\n'),
    ("app.py", 'password = os.getenv("DB_PASSWORD")\n'),
    ("settings.py", 'SECRET_KEY = os.environ.get("SECRET_KEY", "")\n'),
    ("app.js", "const password = process.env.DB_PASSWORD;\n"),
    ("client.ts", "const apiKey: string = process.env.API_KEY ?? '';\n"),
    ("Program.cs", 'var secret = Environment.GetEnvironmentVariable("CLIENT_SECRET");\n'),
    ("Program.cs", 'var secret = configuration["Jwt:Secret"];\n'),
    ("App.java", 'String password = System.getenv("DB_PASSWORD");\n'),
    ("main.go", 'apiKey := os.Getenv("API_KEY")\n'),
    ("config.rb", "password: ENV.fetch('DB_PASSWORD'),\n"),
    ("database.php", "'password' => env('DB_PASSWORD', ''),\n"),
    ("production.toml", 'api_key_env = "NOTIFY_API_KEY"\n'),
    # getpass and prompts
    ("cli.py", 'password = getpass.getpass("Password: ")\n'),
    ("cli.py", "password = getpass()\n"),
    ("rotate.sh", 'read -rsp "Database password: " PGPASSWORD\n'),
    # hashes
    ("package-lock.json", '"integrity": "sha512-cW74M6kFay2zblCi1XGCMVHZMWqsPUNmWE31YrctME3BBbHd'
                          'FSAhe9JLWe07B0Et8tVpVkFL8Nb3K/snopfKJQ==",\n'),
    ("yarn.lock", "  integrity sha512-cW74M6kFay2zblCi1XGCMVHZMWqsPUNmWE31YrctME3BBbHdFSAhe9JLWe07"
                  "B0Et8tVpVkFL8Nb3K/snopfKJQ==\n"),
    ("check.py", 'REFERENCE_DATA_SHA256 = "065fad4aa7e73b58e42af82a443fb8d2205b7bb6d79d5e4d79aa33'
                 'f282c0b4c4"\n'),
    ("users.py",
     'password_hash = "$2b$12$KIXQJQ4uW0wW7Q5zQ5kP6eS1x9h3n2L8Y9a7J6b5C4d3E2f1G0h1i"\n'),
    ("go.sum", "github.com/x/y v1.0.0 h1:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG=\n"),
    ("release.env", "ARTIFACT_SHA256SUM=065fad4aa7e73b58e42af82a443fb8d2205b7bb6d79d5e4d79aa33f282"
                    "c0b4c4\n"),
    ("deploy.yaml", "secretCommitSha: 4c5e2f8a9b1d3e7f6a0c2b4d8e9f1a3c5b7d9e0f\n"),
    ("cache.json", '{"secretETag": "4c5e2f8a9b1d3e7f6a0c2b4d8e9f1a3c"}\n'),
    # UUIDs, AWS's documentation keys
    ("app.py", 'token = "3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c"\n'),
    # a UUID that names a thing: a tenant, a subscription, a request
    ("app.yaml", "subscriptionKey: 3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c\n"),
    ("app.yaml", "tenantSecretId: 3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c\n"),
    ("app.json", '{"idempotencyToken": "3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c"}\n'),
    ("app.json", '{"correlationToken": "3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c"}\n'),
    ("pact.json", '{"token": "3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c"}\n'),
    ("app.py", 'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n'),
    # code that names a secret without holding one
    ("validation.py", "def tokens_match(secret_token: str, supplied: str) -> bool:\n"),
    ("schema.sql", "    password_hash VARCHAR(255),\n"),
    ("main.tf", "  sensitive = true\n"),
    ("app.py", "password = request.form['password']\n"),
    ("app.py", "self.password = password\n"),
    ("app.py", "token = jwt.encode(payload, key, algorithm='HS256')\n"),
    ("app.py", "if token is None:\n"),
    ("app.py", "PASSWORD_MIN_LENGTH = 12\n"),
    ("app.py", 'token_url = "https://login.example.com/oauth/token"\n'),
    ("app.py", 'api_key_header = "X-Api-Key"\n'),
    ("app.ts", "export const TOKEN_STORAGE_KEY = 'app.token';\n"),
    ("app.js", "const sortKey = 'createdAt';\n"),
    ("App.cs", "public string Password { get; set; }\n"),
    ("main.go", 'Password string `json:"password"`\n'),
    ("en.json", '"password": "Password"\n'),
    ("messages.properties", "error.password.invalid=The password is wrong\n"),
    ("app.yaml", "secretName: db-credentials\n"),
    ("app.yaml", "  secretKeyRef:\n    name: db\n    key: password\n"),
    ("app.yaml", "tokenExpiry: 3600\n"),
    ("app.yaml", "secret: true\n"),
    ("workflow.yml", "      id-token: write\n"),
    ("login.html", '<input type="password" name="password" placeholder="Password">\n'),
    ("index.html", '<link rel="icon" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB'
                   'CAIAAACQd1PeAAAADElEQVR4nGPg+bMRAALRAbqWzzszAAAAAElFTkSuQmCC">\n'),
    ("app.js", "headers: { Authorization: `Bearer ${token}` },\n"),
    # a Bearer scheme joined to a variable, a lookup or a placeholder: no token here
    ("client.R", 'add_headers(Authorization = paste("Bearer", token))\n'),
    ("client.go", 'h := fmt.Sprintf("Bearer %v", cfg.Token)\n'),
    ("Client.cs", 'c.Add("Authorization", $"Bearer {token}");\n'),
    ("client.js", 'const h = "Bearer ".concat(process.env.API_TOKEN);\n'),
    ("client.R", 'add_headers(Authorization = paste0("Bearer ", Sys.getenv("API_TOKEN")))\n'),
    ("client.py", 'h = {"Authorization": "Bearer " + os.environ["API_TOKEN"]}\n'),
    ("client.js", "const h = { Authorization: 'Bearer ' + 'YOUR_ACCESS_TOKEN_GOES_HERE' };\n"),
    ("app.md", "Authorization: Bearer <token>\n"),
    ("README.md", "Authorization: Token <your-token>\n"),
    ("docs.md", "Send an Authorization header: Token followed by your key.\n"),
    ("client.py", 'AUTHORIZATION = "Token " + token\n'),
    ("views.py", 'raise AuthenticationFailed("Token Zq8vR2xL0pW4nT6yB1cFKd93 was revoked")\n'),
    ("app.py", "# the password is read from Key Vault\n"),
    ("app.py", "# password=<from vault>\n"),
    ("App.java", 'props.put("password", System.getenv("DB_PASSWORD"));\n'),
    ("i18n.js", "t('login.password', 'Password')\n"),
    ("client.py", "auth = HTTPBasicAuth(user, password)\n"),
    ("client.R", 'req <- request(u) |> req_auth_bearer_token(Sys.getenv("API_TOKEN"))\n'),
    ("client.R", 'req <- request(u) |> req_auth_basic("svc", Sys.getenv("API_PASSWORD"))\n'),
    ("Client.java", "headers.setBearerAuth(props.getToken());\n"),
    ("app.py", 'print("password:", "*" * 8)\n'),
    ("users.csv", "id,username,password\n1,jsmith,changeme\n"),
    ("settings.csv", "name,default\nDB_PASSWORD,changeme\nAPI_TOKEN,${API_TOKEN}\n"),
    ("README.md", "| Variable | Description | Default |\n|---|---|---|\n"
                  "| DB_PASSWORD | the database password, from Key Vault | none |\n"),
    ("users.csv", "id,name,email\n1,Jane,someone@example.com\n"),
    ("seed.sql",
     "INSERT INTO users (id, password_hash) VALUES (1, '$2b$12$abcdefghijklmnopqrstuv');\n"),
    # a default that says it is for a developer's machine only
    ("docker-compose.yml", "  MSSQL_SA_PASSWORD: ${SA_PASSWORD:-LocalDev_only1}\n"),
    ("docker-compose.yml",
     '  DB: "Server=db;User ID=sa;Password=${SA_PASSWORD:-LocalDev_only1}"\n'),
    ("application.yml", "password: ${DB_PASSWORD:}\n"),
    # values encrypted for the cluster
    # password hashes: Spring's and LDAP's {scheme}, crypt(3), PostgreSQL's and MySQL's
    ("application.yml", "password: \"{bcrypt}$2a$10$AAKmzBoZdxRZrqPta3vYNmf143Ht3WszHXbrWLIs57e6o"
                        "zOPuC5k6\"\n"),
    ("users.ldif", "userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\n"),
    ("roles.sql", "ALTER ROLE app WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:45a6PUMjRbMuiPcHh0+fwg=="
                  "$AnqchV0RLyLO/vZjFJ1RSM1IE6dQieYsW1odMiEq1ak=:ORvVvzRJyhIkrZIZ9ublud0rG8aomi2j6"
                  "btJbHAfOvw=';\n"),
    ("roles.sql", "ALTER ROLE legacy WITH LOGIN PASSWORD 'md5f11e9577d7d5abfdcb64f3f0468e068a';\n"),
    ("users.sql", "CREATE USER 'app'@'%' IDENTIFIED WITH mysql_native_password AS "
                  "'*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19';\n"),
    (".htpasswd.yml", "password: $apr1$r31.....$HqJZimcKQFAMYayBlzkrA/\n"),
    # Jupyter's hashed log-in password, in both of its forms
    ("jupyter_server_config.py", 'c.ServerApp.password = "argon2:$argon2id$v=19$m=10240,t=10,'
                                 'p=8$JdAN3fe9J45NvK/EPuGCvA$O/tbxglbwRpOFuBNTYrymAEH6370Q2z+eS1eF4GM6Do"\n'),
    ("jupyter_notebook_config.py", "c.NotebookApp.password = 'sha1:1b4c7e3d2a9f:"
                                   "7c4a8d09ca3762af61e59520943dc26494f8941b'\n"),
    ("shadow.yml", "password: $y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC\n"),
    # names of secrets, with a number among their words
    ("values.yaml", "postgresql:\n  auth:\n    existingSecret: ffc-grants-postgresql-v2\n"),
    ("cookies.ts", "export const SESSION_TOKEN_COOKIE = '__Host-ffc-session-v2'\n"),
    ("cache.ts", "export const TOKEN_CACHE_KEY = 'graph-token-cache-v2'\n"),
    ("scopes.ts", "export const SECRET_SCOPE = 'ffc-grants-kv-scope-01'\n"),
    # a translation file says "password" in its language
    ("locales/cy.json", '{\n  "password": "Cyfrinair",\n  "confirmPassword": "Cadarnhau"\n}\n'),
    ("config/locales/fr.yml", "fr:\n  password: Mot-de-passe\n"),
    ("messages_cy.properties", "login.password=Cyfrinair\n"),
    # an object's key in a bucket: folders and a file
    ("store.py", 'storage_key = f"claims/{claim_id}/evidence.pdf"\n'),
    ("store.py", 'blob_storage_key = "claims/2024/11/evidence-7f3a.pdf"\n'),
    ("store.py", 'storage_key = f"uploads/{upload_id}/{filename}"\n'),
    ("client.py", 'auth_token = f"{scheme}{token_value}"\n'),
    # a form's anti-forgery token, saved with the page
    ("apply.html", '<input type="hidden" name="csrf_token" value="F4pPoP0Ywo-hAw99ln9uXUMH2gw2Opnq'
                   'rrraxUcfHrQUPj6oPNFnBZqSETmeVIFS">\n'),
    ("apply.html", '<input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nq2vR7xLmK'
                   'pW4tY9bZ3cF6hJ1gD5sA8eU0iO">\n'),
    ("form.html", '<input type="hidden" name="authenticity_token" value="Zq8vR2xL0pW4nT6yB1cF'
                  'Kd93Lmq">\n'),
    ("form.html", '<input type="hidden" name="csrfmiddlewaretoken" value="Zq8vR2xL0pW4nT6yB1cF'
                  'Kd93Lmq">\n'),
    # a token with no signature holds no secret
    ("test.ts", "const unsignedTestToken = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0L"
                "XVzZXIiLCJyb2xlcyI6WyJhZG1pbiJdfQ.'\n"),
    # words that are a name, a description or an identifier, not random words
    ("app.py", 'password = "orchard-kettle-lantern"\n'),
    ("values.yaml", "passwordSecret: postgres-admin-creds\n"),
    ("values.yaml", "auth:\n  existingPasswordSecret: grafana-admin-secret\n"),
    (".env", "DB_PASSWORD=stored-in-key-vault\n"),
    (".env", 'DB_PASSWORD="see the team wiki"\n'),
    (".env", "ADMIN_PASSWORD=postgresadminpassword\n"),
    ("values.yaml", "password: correct-horse-battery-staple\n"),  # xkcd's
    ("values.yaml", "password: Password2024!\n"),
    ("values.yaml", "password: Welcome1!\n"),
    (".env", "DB_PASSWORD=helloworldhello\n"),
    (".env", "DB_PASSWORD=very-strong-password\n"),
    (".env", "ADMIN_PASSWORD=please-use-something-random\n"),
    # patterns and templates
    ("validation.yaml", "password: ^(?=.*\\d).{12,}$\n"),
    ("validation.yaml", "password: '.+@.+'\n"),
    ("nntp.py", "GROUP_PAT = 'fr.comp.lang.*'\n"),
    ("filetype.vim", ":let g:ft_ignore_pat = '\\.\\(Z\\|gz\\|bz2\\|zip\\|tgz\\)$'\n"),
    ("app.yaml", 'password: "prefix-${ENV}-suffix"\n'),
    ("app.yaml", "password: ${DB_HOST}Prod2024\n"),
    ("app.yaml", 'password: "Server=${HOST};Password=${PW};Database=x"\n'),
    # Terraform's state: a random_string's result is often a name's suffix
    ("infra/terraform.tfstate", '    {\n      "type": "random_string",\n      "instances": [\n'
                                '          "attributes": {\n            "result": "x7k2pq9z",\n'),
    ("results.json", '{\n  "type": "random_password",\n  "result": "Zq8vR2xL0pW4nT6yB1cF!"\n}\n'),
    # a secret's resource whose value the next resource holds: not its own
    ("infra/terraform.tfstate", '    {\n      "mode": "managed",\n'
                                '      "type": "azurerm_key_vault_secret",\n'
                                '      "instances": []\n    },\n    {\n'
                                '      "mode": "managed",\n      "type": "azurerm_app_config",\n'
                                '      "instances": [{"attributes": {"value": '
                                '"Zq8vR2xL0pW4nT6y"}}]\n'),
    # lookups, in the same languages
    ("extract.R", "api_key <- Sys.getenv('API_KEY')\n"),
    ("config.go", 'var jwtKey = []byte(os.Getenv("JWT_KEY"))\n'),
    ("Module1.vb", "Dim dbPassword As String = GetPassword()\n"),
    ("AuthConfig.java", '@Value("${jwt.secret:changeme}")\n'),
    ("run.sh", 'echo "${API_TOKEN:?set API_TOKEN first}"\n'),
    ("Program.cs", 'var apiKey = configuration.GetValue<string>("ApiKey") ?? "";\n'),
    # .NET's app.config with its values filled in by the release
    ("app.config", '<setting name="GatewayApiKey" serializeAs="String">\n'
                   "  <value>#{GatewayApiKey}#</value>\n</setting>\n"),
    ("app.config", '<setting name="GatewayUrl" serializeAs="String">\n'
                   "  <value>Zq8vR2xL0pW4nT6yB1cF</value>\n</setting>\n"),
    ("app.config", '<password value="" />\n'),
    # the same places, holding a lookup or a name
    ("sonar-project.properties", "sonar.login=${SONAR_TOKEN}\n"),
    ("setup.cmd", 'setx PATH "%PATH%;C:\\tools\\bin"\n'),
    ("setup.cmd", "setx API_KEY %API_KEY%\n"),
    ("azure-pipelines.yml",
     '  - script: echo "##vso[task.setvariable variable=apiToken]$(token)"\n'),
    ("client.js", "headers.Authorization = 'Basic ' + btoa(user + ':' + password)\n"),
    ("client.js", "headers.Authorization = 'Basic ' + btoa('user:changeme')\n"),
    ("partner.php", 'curl_setopt($ch, CURLOPT_USERPWD, "$user:$pass");\n'),
    ("partner.php", "curl_setopt($ch, CURLOPT_USERPWD, getenv('U') . ':' . getenv('P'));\n"),
    ("Billing.kt", 'val basicAuth = Base64.getEncoder().encodeToString("svc:changeme"'
                   '.toByteArray())\n'),
    ("client.js", "auth = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64')\n"),
    ("rabbit.toml", '[queue]\nrouting_key = "events.orders.#"\n'),
    ("rabbit.py", 'ROUTING_KEY = "audit.*.created"\n'),
    # a bare Key whose object names no secret
    ("appsettings.json", '{\n  "Logging": {\n    "Key": "Zq8vR2xL0pW4nT6yB1cF"\n  }\n}\n'),
    ("appsettings.json", '{\n  "Jwt": "on",\n  "Key": "Zq8vR2xL0pW4nT6yB1cF"\n}\n'),
    ("grid.yaml", "grid:\n  key: Zq8vR2xL0pW4nT6yB1cF\n"),
    ("settings.yaml", "session:\n  key: _claims_app_session\n"),
    ("settings.yaml", "sort:\n  key: 4c5e2f8a9b1d3e7f6a0c2b4d8e9f1a3c\n"),
    # encrypted for Spring Cloud Config, a Grafana lookup, Mapbox's public token
    ("application.properties", "spring.cloud.config.password={cipher}AQA4f2c8e9b1d3a7f6e0c2b4d"
                               "8e9f1a3c5b7d9e0f2a4c6e8Xk29fQmP7wLz\n"),
    ("grafana.ini", "[security]\nadmin_password = $__env{GF_ADMIN_PASSWORD}\n"),
    ("grafana.ini", "[database]\npassword = $__file{/run/secrets/grafana_db}\n"),
    ("config.yaml", "mapbox:\n  access_token: pk.eyJ1IjoiZGVmcmEiLCJhIjoiY2t4OHZ6bjJ5MDF5NTJwcGR6"
                    "bHZ0eGJ6NCJ9.Xk29fQmP7wLz3RtY8vNb1C\n"),
    ("cosmos.ts", "new CosmosClient({ endpoint: process.env.COSMOS_ENDPOINT, key: "
                  "process.env.COSMOS_KEY })\n"),
    ("routes.ts", "const route = { endpoint: '/api/items', key: 'item-list-cache' }\n"),
    ("settings.py", 'SECRET_KEY = "django-insecure-change-this-key-before-deploying"\n'),
    ("settings.py", 'SECRET_KEY = "insecure-local-dev-only-key-do-not-use-in-prod"\n'),
    ("setup.cfg", "[tool:pytest]\nkey = Zq8vR2xL0pW4nT6yB1cF\n"),
    ("app.ini", "[cache]\nkey = Zq8vR2xL0pW4nT6yB1cF\n"),
    ("app.ini", "[api]\nkey = ${API_KEY}\n"),
    ("app.ini", "[mailgun]\nkey = mailgun-key-name\n"),
    ("settings.toml", "[checksums]\nkey = \"4c5e2f8a9b1d3e7f6a0c2b4d8e9f1a3c\"\n"),
    ("settings.yaml", "signing:\n  key: signing-key-name\n"),
    ("items.yaml", "jwt:\n  items:\n    - key: Zq8vR2xL0pW4nT6yB1cF\n"),
    ("app.py", "jwt = {\n    key: value for key, value in pairs\n}\n"),
    # YAML aliases: the value is the anchor's, read (and judged) where the anchor is set
    ("compose.yaml", "x-db: &db_password ${DB_PASSWORD}\nservices:\n  app:\n    environment:\n"
                     "      DB_PASSWORD: *db_password\n"),
    ("compose.yaml", "environment: { REDIS_PASSWORD: *redis_password }\n"),
    ("values.yaml", "password: &pw\n  value: ${DB_PASSWORD}\n"),
    ("values.yaml", "password: |\n  {{ vault_db_password }}\n"),
    ("values.yaml", "password: |\n"),
    ("values.yaml", "certificate: |\n  Zq8vR2xL0pW4nT6yB1cF\n"),
    ("sealed.yaml", "kind: SealedSecret\nspec:\n  encryptedData:\n"
                    "    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq9tq7xWm3pZ8rT1vYb6n\n"),
    ("setup.sh", "aws configure set aws_secret_access_key $AWS_SECRET_ACCESS_KEY\n"),
    # a notebook's magic that reads the value from the environment, and code that reads it
    ("explore.ipynb", '{\n "cells": [{"cell_type": "code", "metadata": {}, "outputs": [],\n'
                      '  "source": [\n   "%env OS_API_KEY=$OS_KEY\\n",\n'
                      '   "api_key = os_key_from_vault()\\n"\n  ]}],\n'
                      ' "metadata": {}, "nbformat": 4, "nbformat_minor": 5\n}\n'),
    # a .env name ending in "key" that picks an entry, or whose value is a word or a path
    (".env", "CACHE_KEY=Zq8vR2xL0pW4nT6yB1cFKd93LmqW7sN2\n"),
    (".env", "OBJECT_KEY=uploads/2024/gauges.csv\nSORT_KEY=measurement_date_time\n"),
    (".env", "REDIS_KEY_PREFIX=frp:gauges:\nFEATURE_KEY=newDashboard2024\n"),
    (".env", "RECAPTCHA_SITE_KEY=6LcZq8vR2xL0pW4nT6yB1cFKd93LmqW7sN2pR5tV\n"
             "STRIPE_PUBLISHABLE_KEY=pk_live_Zq8vR2xL0pW4nT6yB1cFKd93LmqW\n"),
    ("seed.sql", "INSERT INTO settings (name, value) VALUES ('page_size', '50'), "
                 "('smtp_password', '${SMTP_PASSWORD}');\n"),
    ("queries.py", 'password = """\nSELECT 1\n"""\n'
                   'HELP = """password: read it from the vault"""\n'),
    ("strings.xml", '<password type="string"></password>\n<token lang="en">Your session token'
                    '</token>\n<secret xml:space="preserve">${SECRET}</secret>\n'),
    ("settings.py", 'DB_PASSWORD = "databasepassword"\nPASSWORD_FIELD = "confirmationfield"\n'),
    # Maven's encrypted password, and a property list's version under a plain key
    ("settings.xml", "<server>\n  <id>nexus</id>\n  <password>{COQLCE6DU6GtcS5P=}</password>\n"
                     "</server>\n"),
    ("Info.plist", "<key>CFBundleVersion</key>\n<string>412</string>\n<key>ApiKeyName</key>\n"
                   "<string>frp-os-key</string>\n"),
    # Helm's annotation that rolls a pod when its Secret changes: a digest's name
    ("deployment.yaml", "  annotations:\n    checksum/secret: 5d41402abc4b2a76b9719d911017c592"
                        "5d41402abc4b2a76b9719d911017c592\n"),
    # a value made of stand-in words, and a secret store's path
    ("test_auth.py", 'user = make_user(password="test-password-123")\n'),
    ("conftest.py", 'API_TOKEN = "dummy_secret_1"\n'),
    ("main.yml", "password: \"{{ lookup('hashi_vault', 'secret=frp/data/db:readonly') }}\"\n"),
    ("config.yaml", "client_secret: kv/frp/prod#client-secret\n"),
    ("setup.sh", 'yarn config set npmAuthToken "${NPM_TOKEN}"\n'),
    ("setup.sh", "git config --global credential.helper store\n"),
    # a Markdown table of accounts with no real value in it, and a table of fields
    ("accounts.md", "| env | username | password |\n|---|---|---|\n"
                    "| local | postgres | postgres |\n| prod | `${DB_USER}` | in Key Vault |\n"
                    "| test | `<user>` | `<password>` |\n"),
    ("fields.md", "| field | type | description |\n|---|---|---|\n"
                  "| password | string | the password, at least twelve characters |\n"),
    # a directive's lookup, path or digest, its padding kept
    ("fluent-bit.conf", "[OUTPUT]\n    Shared_Key  ${AZURE_SHARED_KEY}\n"),
    ("nginx.conf", "ssl_certificate_key /etc/ssl/private/app.key;\n"),
    ("sri.conf", "script_integrity sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1"
                 "kPzQho1wx4JwY8w=\n"),
    # the key read from configuration, a path beside $pat's name, a header's lookup
    ("Startup.cs",
     'var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"]));\n'),
    ("release.ps1", "$pat = $env:AZURE_DEVOPS_PAT\n$path = \"C:\\temp\\Xk29fQmP7wLz3RtY8vNb1C\"\n"),
    ("Jenkinsfile", "sh \"curl -H 'X-Api-Key: ${API_KEY}' https://api.internal/hooks\"\n"),
    # base64 of a sentence under a secret's key
    ("secret.yaml",
     "kind: Secret\ndata:\n  secret_greeting: aGVsbG8gd29ybGQgZnJvbSB0aGUgdGVhbQ==\n"),
    ("app.yaml", "api_secret_note: SGVsbG8sIFdvcmxkIQ==\n"),
    ("connections.xml", "<Password><![CDATA[${DB_PASSWORD}]]></Password>\n"),
    ("deploy.py", "# the password is read from Key Vault at start-up\n# if the token is None, "
                  "refresh it\n"),
    # a UI test's page object: each field's CSS selector
    ("login.page.js", "const loginPage = {\n  password: '#password',\n"
                      "  apiKey: 'input#api-key.govuk-input',\n"
                      "  token: '[data-testid=\"token-input\"]',\n"
                      "  confirmPassword: '.govuk-input--password:nth-child(2)',\n"
                      "  passwordField: 'form > input[type=password]',\n};\n"),
    # a bare key beside an account that names a cache entry; the account's key from the
    # environment; a token encrypted to Renovate's public key
    ("cache.js", "const entry = {\n  user: 'svc_reports',\n  key: 'user-profile',\n};\n"),
    ("wdio.conf.js", "exports.config = {\n  user: process.env.BROWSERSTACK_USERNAME,\n"
                     "  key: process.env.BROWSERSTACK_ACCESS_KEY,\n};\n"),
    ("renovate.json", '{"hostRules": [{"matchHost": "pkgs.dev.azure.com", "encrypted": '
                      '{"token": "wcFMA/xDdHCJBTolAQ/+L1Q0Xk29fQmP7wLz3RtY8vNb1CsD4hJgE6uA"}}]}\n'),
    # a pipeline's credential lookup (Concourse, BOSH) and Puppet's
    ("pipeline.yml", "params:\n  password: ((db_password))\n  api_token: ((ledger/api-token))\n"),
    ("common.yaml", "db:\n  password: \"%{hiera('db_password')}\"\n"),
    ("node.yaml", "  password: \"%{lookup('ledger::db_password')}\"\n"),
    # placeholders joined as a credential is written
    (".npmrc", "//npm.internal/:_auth=<user>:<password>\n"),
    ("notes.py", '# npm\'s _auth: "<user>:<password>", base64-encoded\n'),
    ("deploy.yaml", "  ora_password: <user>/<password>@<service>\n"),
    # a switch that reads the password from a pipe, before the registry's host
    ("ci.sh", 'cat token.txt | docker login -u "$REG_USER" --password-stdin '
              "europe-west2-docker.pkg.dev\n"),
    # an f-string's name with Python's conversion or format spec
    ("debug.py", 'print(f"password={password!r}")\n'),
    ("debug.py", 'log.info(f"token={token:>12} user={user!s}")\n'),
    # and its subscripts and attributes
    ("parse.py", 'raise ValueError(f"Token \'{token[0]}\' is not a valid operator")\n'),
    ("parse.py", 'raise ValueError(f"Token {tokens[i]!r} ends too soon")\n'),
    ("views.py", 'log.info(f"token={row[\'token\']} password={self.form.password}")\n'),
    # a quoted word with "token" in it, then the next attribute: no typed declaration
    ("glyphs.py", '"""\n<master location="location-token-bbb" source="master-token-aaa2"/>\n"""\n'),
])
def test_placeholder_template_lookup_or_hash_is_never_flagged(cli: Any, tmp_path: Path, name: str,
                                                              content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("key", "kind"), [
    ("POSTGRES_PASSWORD", "password"), ("spring.datasource.password", "password"),
    ("PGPASSWORD", "password"), ("administrator_login_password", "password"),
    ("ClientSecret", "secret"), ("SECRET_KEY", "secret"), ("NPM_TOKEN", "secret"),
    ("apiKey", "api_key"), ("x-api-key", "api_key"), ("AWS_SECRET_ACCESS_KEY", "aws"),
    ("POSTGRES_USER", "user"), ("administrator_login", "user"), ("username", "user"),
    ("password_hash", None), ("api_key_env", None), ("secretName", None),
    ("token_url", None), ("passport_number", None), ("user_agent", None), ("id-token", None),
    ("public_key", None), ("KNOWN_GOOD_DIGEST", None), ("sortKey", None),
    # a vault's or a cache's own credentials are secrets; the vault's name or a cache key not
    ("VAULT_TOKEN", "secret"), ("ANSIBLE_VAULT_PASSWORD", "password"),
    ("vault_db_password", "password"), ("REDIS_CACHE_PASSWORD", "password"),
    ("password_vault", None), ("keyvault_name", None), ("cache_key", None),
    ("ADMIN_CREDENTIAL", "secret"), ("credential_id", None), ("credential_type", None),
    ("SERVICE_BUS_KEY", "secret"), ("APIM_KEY", "secret"), ("LDAP_BIND_PW", "password"),
    ("DB_PW", "password"),
    # a form's anti-forgery token is not a credential; the secret that signs them is
    ("csrf_token", None), ("csrfmiddlewaretoken", None), ("__RequestVerificationToken", None),
    ("authenticity_token", None), ("X-CSRF-Token", None), ("AntiForgeryToken", None),
    ("CSRF_SECRET", "secret"), ("SLACK_VERIFICATION_TOKEN", "secret"),
    # a word that changes the secret word right before it, but names something else further off
    ("TF_VAR_db_password", "password"), ("GET_ADDRESS_API_KEY", "api_key"),
    ("STORAGE_PRIMARY_ACCESS_KEY", "secret"), ("primary_access_key", "secret"),
    ("PRIMARY_MASTER_KEY", "secret"), ("PROD_ENV_DB_PASSWORD", "password"),
    ("URL_SIGNING_SECRET", "secret"), ("ID_TOKEN_SIGNING_KEY", "secret"),
    ("FERNET_KEY", "secret"), ("EventGridKey", "secret"), ("EVENT_HUB_KEY", "secret"),
    ("gridKey", None), ("hub_key", None),
    ("OS_KEY", "secret"), ("os_datahub_key", "secret"), ("GITHUB_KEY", "secret"),
    ("PresharedKey", "secret"), ("api_user", "user"), ("SERVICE_USER", "user"),
    ("user_api", None), ("user_service", None),
    ("os_version", None), ("osKeyboard", None),
    ("getApiKey", None), ("get_password", None), ("env_password", None), ("TF_VAR", None),
    ("id_token", None), ("url_token", None), ("sort_key", None), ("foreign_key", None),
    ("var_password", None), ("reset_password_token", None), ("encrypted_db_password", None),
    # a service principal's client secret, in a linked service or a service connection
    ("servicePrincipalKey", "secret"), ("service_principal_key", "secret"),
    # a site's password, as Ansible's uri and get_url modules take it
    ("url_password", "password"), ("urlPassword", "password"), ("password_url", None),
])
def test_key_names_say_what_their_value_is(key: str, kind: str | None) -> None:
    assert classify(key) == kind


@pytest.mark.parametrize("line", [
    "- name: DB_PASSWORD", '  "key": "api_key",', "  Name = SECRET", "variable \"db_password\" {",
    "  variable \"token\" {  ", "password: x", "  - value: x", "", "\u00a0name: KEY_A",
    "name: a b", "- 'key': token",
])
def test_the_cheap_look_at_a_line_finds_every_name_with_its_value_below(line: str) -> None:

    expected = keywords._NAME_LINE.match(line) or keywords._TF_VARIABLE.match(line)
    found = keywords._named(line)
    assert (found and found.group("k")) == (expected and expected.group("k"))


@pytest.mark.parametrize(("key", "secret", "user"), [
    ("setPassword", True, False), ("withApiKey", True, False), ("password", True, False),
    ("setUsername", False, True), ("putUser", False, True), ("settings", False, False),
])
def test_a_setter_is_read_as_the_key_it_sets(key: str, secret: bool, user: bool) -> None:

    assert keywords._secret_key(key) is secret
    assert keywords._user_key(key) is user


_WORDS = sorted({"key", "api", "pat", "pswd", "passphrase", "public", "sort", "primary", "cache",
                 "foreign", "dict", "value", "my", "x", "id", "secret", "token", "user", "db",
                 *keywords._KEY_QUALIFIERS})


@pytest.mark.parametrize("word", _WORDS)
def test_a_key_named_only_by_key_is_read_only_with_a_word_that_makes_it_a_secret(
        word: str) -> None:
    from safecommit.detect.secrets import PREFILTER

    for key in (f"{word}_key", f"{word}Key", f"{word}key", f"key_{word}", f"{word.upper()}_KEY",
                f"x_{word}_key", f"{word}-key"):
        line = f'{key} = "Zq8vR2xL0pW4nT6yB1cF"'
        if PREFILTER.lines(line)[0] != keywords._KEY_ONLY:
            continue  # another trigger word on the line: it is read in full
        if keywords.classify(key) not in (None, "user"):
            assert keywords._MAKES_A_KEY_SECRET.search(line.lower()), key


@pytest.mark.parametrize("line", [
    "for key in sorted(d):", "def __getitem__(self, key):", "return self._data[key]",
    'KEY = "Zq8vR2xL0pW4nT6yB1cF"', 'api_key = "Zq8vR2xL0pW4nT6yB1cF"',
    'stripeKey: "Zq8vR2xL0pW4nT6yB1cF"', 'pat_key = "Zq8vR2xL0pW4nT6yB1cF"',
])
def test_skipping_lines_with_no_secret_key_word_changes_no_finding(line: str) -> None:
    from safecommit.detect.locate import Locator
    from safecommit.detect.secret_plugins.model import Line
    from safecommit.detect.secrets import PREFILTER
    from safecommit.model import Text

    locator = Locator(Text("app.py", line, "python"))
    candidate = Line(line, 0, "python", "app.py", locator, PREFILTER.lines(line).get(0,
                                                                                   frozenset()))
    found = list(keywords.find(candidate))
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(keywords, "_KEY_ONLY", frozenset({"never"}))
        assert list(keywords.find(candidate)) == found


@pytest.mark.parametrize(("name", "content"), [
    # Code in a README, a reST page or a comment: an expression, not a literal.
    ("README.md", "```python\npassword = request.POST[\"password\"]\n```\n"),
    ("checklist.txt", "    with open(\"/etc/secret_key.txt\") as f:\n"
                      "        SECRET_KEY = f.read().strip()\n"),
    ("forms.rst", "    password = forms.CharField(widget=forms.PasswordInput)\n"),
    ("notes.md", "Then `password = getpass.getpass(\"Password: \")` asks for it.\n"),
    ("models.txt", "    user.password = hasher.encode_md5_hash(md5_hash, salt)\n"),
    ("auth.txt", "    password = ReadOnlyPasswordHashField()\n"),
    # a name ending in "!" or "?": Elixir's and Rust's lookups
    ("prod.exs", 'config :app, Web.Endpoint,\n'
                 '  secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\n'),
    ("notes.md", "Read it with `api_key = env!(\"API_KEY\")` at build time.\n"),
    # a string literal with its prefix, as a docstring's printed output shows it
    ("models.py", "#> password=SecretStr('****') password_bytes=SecretBytes(b'****')\n"),
    ("notes.md", "Set `token = Token(rb'...')` from the vault.\n"),
])
def test_code_written_in_prose_is_not_a_secret(cli: Any, tmp_path: Path, name: str,
                                               content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "content"), [
    # a code macro on a Confluence page saved as XML, and a <pre> block in a page
    ("page.xml", '<ac:plain-text-body><![CDATA[import os\n'
                 'SECRET_KEY = os.environ["SECRET_KEY"]\n'
                 'DB_PASSWORD = os.getenv("DB_PASSWORD")\n]]></ac:plain-text-body>\n'),
    ("runbook.html", '<pre>\ntoken = request.headers["X-Token"]\n</pre>\n'),
    # a script in a pipeline's YAML, its quotes escaped inside a shell string
    ("ci.yaml", 'steps:\n  - run: |\n'
                '      python -c "import os; SECRET_KEY = os.environ[\\"SECRET_KEY\\"]"\n'),
])
def test_code_held_as_text_in_markup_or_yaml_is_not_a_secret(cli: Any, tmp_path: Path,
                                                             name: str, content: str) -> None:
    # Cut at its string's quote, the value is a call or a subscript: code, whatever holds it.
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "template"), [
    ("settings.xml", "<server>\n  <password>Summer.Time({pw}</password>\n</server>\n"),
    ("app.yaml", "db:\n  password: Kq7.vX2({pw}\n"),
])
def test_a_password_shaped_like_a_call_is_still_one_in_markup_and_yaml(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert types(scan(cli, tmp_path, name, fill(template))) == {"PASSWORD"}


@pytest.mark.parametrize(("name", "template", "expected"), [
    # a log-in shared as a pair in a chat, and a provider's key said in a sentence
    ("chat.txt", "Sam (09:03): user {user} / pass {pw}\n", "PASSWORD"),
    ("handover.md", "login: {user}, pwd: {pw}\n", "PASSWORD"),
    ("chat.txt", "and the OS key is {secret}\n", "GENERIC_SECRET"),
    # a log-in said as a pair, its parts in code quotes or not
    ("onboarding.md", "The shared dev login is `{user}` / `{pw}` (rotate monthly).\n",
     "PASSWORD"),
    ("onboarding.md", "The shared dev credentials are `{user}` / `{pw}`.\n", "PASSWORD"),
    ("chat.txt", "[10:06] the log-in is {user} / {pw} for now\n", "PASSWORD"),
    # the pair joined by "and", its parts quoted as code
    ("README.md", "Log in to staging with user `{user}` and password `{pw}`.\n", "PASSWORD"),
    ("notes.txt", "username {user} and password {pw}\n", "PASSWORD"),
])
def test_a_secret_said_in_a_sentence_is_found(cli: Any, tmp_path: Path, name: str,
                                              template: str, expected: str) -> None:
    assert expected in types(scan(cli, tmp_path, name, fill(template)))


def test_the_user_of_a_log_in_said_in_a_sentence_is_personal_data(
        cli: Any, tmp_path: Path) -> None:
    found = scan(cli, tmp_path, "chat.txt", fill("user {user} / pass {pw}\n"),
                 kind="personal-data")
    assert [f["type"] for f in found] == ["USERNAME"]
    found = scan(cli, tmp_path, "notes.md", fill("The login is `{user}` / `{pw}`.\n"),
                 kind="personal-data")
    assert [f["type"] for f in found] == ["USERNAME"]


@pytest.mark.parametrize(("name", "content"), [
    ("notes.md", "The primary key is customer_reference_number_v2 in that table.\n"),
    ("chat.txt", "user guide / pass rate was 80% last quarter\n"),
    ("chat.txt", "user frp_drop / pass <ask the desk>\n"),
    # a documented signature: "password" is only the start of a parameter's name
    ("auth.rst", ".. function:: check(password, user=None, password_validators=None)\n"),
    ("notes.md", "users: 4 / passwords_rotated: 12 this quarter\n"),
    # what a log-in is made of, where it is, and local defaults
    ("adr.md", "The login is handled by Azure AD B2C / Entra ID.\n"),
    ("adr.md", "Login is via GOV.UK One Login / Defra Identity for customers.\n"),
    ("adr.md", "The login is done over SSO / OAuth2 flow, see the ADR.\n"),
    ("README.md", "The log-in is `admin` / `admin` on the local stack.\n"),
    ("README.md", "The login is `<user>` / `<password>` from Key Vault.\n"),
    ("README.md", "The login is username / password based, with MFA.\n"),
    ("perf.md", "Logon is slow: 2.3s / 1.1s before and after the fix.\n"),
    ("README.md", "See the user guide and password settings pages.\n"),
    ("README.md", "Log in with user `admin` and password `admin` on the local stack.\n"),
])
def test_a_sentence_with_no_secret_in_it_is_not_flagged(cli: Any, tmp_path: Path, name: str,
                                                        content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []
    assert scan(cli, tmp_path, name, content, kind="personal-data") == []


@pytest.mark.parametrize(("name", "content"), [
    # an object's short name, in camel case between dashes (OpenSSL's obj_mac.h)
    ("obj_mac.h", '#define SN_setct_PANToken               "setct-PANToken"\n'),
    ("obj_mac.h", '#define SN_id_regCtrl_regToken          "id-regCtrl-regToken"\n'),
    # a value that spells its own key: a header's or a field's name
    ("fields.py", 'CLIENT_SECRET = "Client-Secret"\n'),
])
def test_a_value_that_names_itself_or_an_object_is_not_a_secret(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "content"), [
    ("postgresql.conf", "password_encryption = scram-sha-256\t# scram-sha-256 or md5\n"),
    ("settings.py", 'JWT_SECRET_ALGORITHM = "HS256"\nTOKEN_ALG = "RS256"\n'),
    ("vault.yaml", "secret_cipher: aes-256-gcm\npassword_hasher: argon2id\n"),
])
def test_the_name_of_a_hashing_or_signing_scheme_is_not_a_secret(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize("content", [
    'UNRESERVED_PAT = r"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._!\\-~"\n',
    'PASSWORD_CHARS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%"\n',
    'TOKEN_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"\n',
])
def test_the_characters_a_generator_draws_from_are_not_a_secret(cli: Any, tmp_path: Path,
                                                                content: str) -> None:
    assert scan(cli, tmp_path, "gen.py", content) == []


@pytest.mark.parametrize("content", [
    'API_TOKEN = "kR7vXq2LmW9pZt4BnYc8HdJ3sFg6"\n',
    'db_password = "Abcd!Harbour92#Lantern"\n',
])
def test_a_secret_with_a_short_run_of_letters_is_still_found(cli: Any, tmp_path: Path,
                                                            content: str) -> None:
    assert scan(cli, tmp_path, "settings.py", content) != []


@pytest.mark.parametrize(("name", "content"), [
    ("handover.md", "The admin password = Summer(2024) until Friday.\n"),
    ("notes.txt", "db password: Tr0ub4dor.Harbour\n"),
    ("README.md", 'password = "Tr0ub4dor(Harbour)"\n'),
])
def test_a_password_with_a_bracket_or_a_dot_in_prose_is_still_found(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert types(scan(cli, tmp_path, name, content)) == {"PASSWORD"}


@pytest.mark.parametrize("content", [
    'SESSION_KEY = "_auth_user_id"\n',  # the name of a session entry
    'CSRF_SESSION_KEY = "_csrftoken"\n',
    'token = "%HOMEPATH%\\\\" + token[2:]\n',  # a Windows variable, then a path
    'db_password = "%DB_PASSWORD%"\n',
    # a forward reference to a private class, in a signature
    'def sign(backend: "Backend", private_key: "_DSAPrivateKey", data: bytes) -> bytes:\n',
    '    private_key: "_EllipticCurvePrivateKey",\n',
])
def test_a_private_name_or_a_windows_variable_is_not_a_secret(cli: Any, tmp_path: Path,
                                                              content: str) -> None:
    assert scan(cli, tmp_path, "settings.py", content) == []


@pytest.mark.parametrize(("name", "template"), [
    ("rotate-keys.md", "| partner | key | rotated |\n|---|---|---|\n"
                       "| Riverside IDB | `{secret}` | 2024-10-01 |\n"),
    ("partners.md", "| Partner | **Key** |\n| :-- | :-- |\n| Fenland | {secret} |\n"),
    ("partner_keys.csv", "partner,key,rotated\nRiverside IDB,{secret},2024-10-01\n"),
])
def test_a_generated_value_in_a_column_named_only_key_is_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert types(scan(cli, tmp_path, name, fill(template))) == {"GENERIC_SECRET"}


@pytest.mark.parametrize(("name", "content"), [
    # a keyboard's keys, a schema's keys, translation keys, names in Pascal case
    ("SHORTCUTS.md", "| Key | Action |\n|---|---|\n| `Ctrl+Shift+P` | Command palette |\n"),
    ("schema.md", "| Column | Type | Key |\n|---|---|---|\n| id | uuid | PK |\n"),
    ("i18n.md", "| key | text |\n|---|---|\n| `frp.home.title` | Home page title |\n"),
    ("cache.md", "| key | holds |\n|---|---|\n| `ResultsPageCachedEntryV2Key` | results |\n"),
    # the public half of a key pair, and a hex fingerprint, under a maintainers' "Key"
    ("MAINTAINERS.md", "| Maintainer | Key |\n|---|---|\n"
                       "| Release bot | AAAAC3NzaC1lZDI1NTE5AAAAIFx7kq2mVbN9pL4cR8tW3yZ6hJ0s |\n"
                       "| Release bot | 5A6DC3F8B2E94D1A7C0F3E8B9D2A6C4F1E7B3D90 |\n"),
    # a settings table's "key" column names each row's value, as before
    ("settings.csv", "key,value\ncache_prefix,frp-cache-v2\n"),
    ("objects.csv", "bucket,key\nfrp-exports,reports/2024/Q1/summary.csv\n"),
])
def test_a_column_named_key_that_holds_no_generated_value_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "template", "expected"), [
    # what the secret is for, between its word and its value
    ("break-glass.md", "2. The break-glass password for `{user}` is `{pw}` (rotate after use).\n",
     "PASSWORD"),
    ("handover.txt", "The admin password for the staging box is {pw} until Friday.\n", "PASSWORD"),
    ("notes.md", "Password for `{user}`: `{pw}`\n", "PASSWORD"),
    ("runbook.md", "6. Set the Redis password to `{pw}` in the portal if it was reset.\n",
     "PASSWORD"),
    ("runbook.md", "Set the secret to `{secret}` in the portal.\n", "GENERIC_SECRET"),
    # a key named by whose it is, when its value is one a generator makes
    ("ops-channel.txt", "[09:17] dev-2: the new OS places key is {secret} btw\n",
     "GENERIC_SECRET"),
    ("partners.md", "Riverside's key: {secret}\n", "GENERIC_SECRET"),
    ("partners.md", "The partner key for Riverside is `{secret}`.\n", "GENERIC_SECRET"),
    # an aside between the secret and its value
    ("0007-partner-keys.md", "The key for the Broads partner (issued 2024-05-01) was {secret} "
                             "until rotation.\n", "GENERIC_SECRET"),
    ("handover.md", "The password for prod (rotated monthly) is {pw}.\n", "PASSWORD"),
    # "pw", a chat's short word for it
    ("ops-chat.txt", "[09:16] Sam: thanks! and pw for the jump box: {pw} - don't share\n",
     "PASSWORD"),
])
def test_a_secret_said_with_what_it_is_for_is_found(cli: Any, tmp_path: Path, name: str,
                                                   template: str, expected: str) -> None:
    assert types(scan(cli, tmp_path, name, fill(template))) == {expected}


@pytest.mark.parametrize(("template", "user"), [
    ("2. The break-glass password for `{user}` is `{pw}`.\n", "{user}"),
    ("Password for `{user}`: `{pw}`\n", "{user}"),
])
def test_the_account_a_said_password_is_for_is_a_user_name(cli: Any, tmp_path: Path,
                                                          template: str, user: str) -> None:
    found = scan(cli, tmp_path, "runbook.md", fill(template), kind="personal-data")
    assert [(f["type"], f["end_column"] - f["column"]) for f in found] \
        == [("USERNAME", len(fill(user)))]


@pytest.mark.parametrize("content", [
    "The password for the service account is stored in Key Vault.\n",
    "The password for `csf_admin` is in the vault as `csf-admin-password`.\n",
    "Password for `csf_admin`: `<password>`\n",
    "The password for `root` is `changeme` on a local build.\n",
    "Set the password to at least twelve characters.\n",
    "Set the token to expire after one hour.\n",
    "The password (see the vault) is stored in Key Vault.\n",
    "The token (expires after one hour) is returned in the response.\n",
    "The key for each row is the customer reference.\n",
    "The primary key is customer_reference_number_v2 in that table.\n",
    "The cache key is ResultsPageCachedEntryV2Key for the results page.\n",
    "The SSH public key is AAAAC3NzaC1lZDI1NTE5AAAAIFx7kq2mVbN9pL4cR8tW3yZ6hJ0s.\n",
    "The deploy key is `AAAAC3NzaC1lZDI1NTE5AAAAIFx7kq2mVbN9pL4cR8tW3yZ6hJ0s`.\n",
    "Host key: SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8\n",
    "The signing key fingerprint is 5A6DC3F8B2E94D1A7C0F3E8B9D2A6C4F1E7B3D90.\n",
    "The idempotency key is Xk29fQmP7wLz3RtY8vNb1CsD4hJg for that request.\n",
    # the AWS CLI's shorthand: pairs, not a key's value
    "        --tags Key=Name,Value=my-file-system\n",
    "        --filters Key=Name,Values=sharedDocNamePrefix  Key=Owner,Values=Private\n",
])
def test_a_sentence_about_a_secret_with_no_secret_in_it_is_not_flagged(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "runbook.md", content) == []
    assert scan(cli, tmp_path, "runbook.md", content, kind="personal-data") == []


@pytest.mark.parametrize(("name", "template", "expected"), [
    ("values-prod.yaml", "rabbitmq:\n  auth:\n    erlangCookie: {hex32}\n", ["GENERIC_SECRET"]),
    ("rabbit.env", "RABBITMQ_ERLANG_COOKIE={secret}\n", ["GENERIC_SECRET"]),
    ("docker-compose.yml", "    environment:\n      - RABBITMQ_ERLANG_COOKIE={secret}\n",
     ["GENERIC_SECRET"]),
    # where it is kept, and a lookup, are no cookie
    ("values.yaml", "auth:\n  existingErlangSecret: csf-rabbit-erlang\n", []),
    ("rabbit.env", "RABBITMQ_ERLANG_COOKIE=${{ERLANG_COOKIE}}\n", []),
    ("docker-compose.yml", "      - RABBITMQ_ERLANG_COOKIE_FILE=/run/secrets/erlang_cookie\n", []),
])
def test_rabbitmq_s_erlang_cookie_is_a_secret(cli: Any, tmp_path: Path, name: str,
                                             template: str, expected: list[str]) -> None:
    assert [f["type"] for f in scan(cli, tmp_path, name, fill(template))] == expected


@pytest.mark.parametrize("template", [
    "[09:15] dev-2: yes, same creds as before — {user} / {pw}\n",
    "creds: {user} / `{pw}`\n",
    "Credentials for the staging box: {user} / {pw}\n",
])
def test_credentials_given_as_an_account_and_a_password_are_both_found(
        cli: Any, tmp_path: Path, template: str) -> None:
    content = fill(template)
    assert types(scan(cli, tmp_path, "ops-chat.txt", content)) == {"PASSWORD"}
    assert types(scan(cli, tmp_path, "ops-chat.txt", content, kind="personal-data")) \
        == {"USERNAME"}


@pytest.mark.parametrize("content", [
    "Credentials are stored in Azure Key Vault / GitHub secrets.\n",
    "The CI credentials come from secrets/ci.yaml and docs/creds.md\n",
    "Credentials: admin / admin\n",
    "creds for the demo: user / Pass1234!\n",
    "The credentials for test are test-user / Xy7#abcdEF\n",
    "credentials: csf_demo / changeme123\n",
])
def test_credentials_with_a_stand_in_on_either_side_are_not_flagged(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "ops-chat.txt", content) == []
    assert scan(cli, tmp_path, "ops-chat.txt", content, kind="personal-data") == []


@pytest.mark.parametrize(("name", "template", "expected"), [
    ("nginx.conf", '    proxy_set_header X-Api-Key "{secret}";\n', "API_KEY"),
    ("nginx.conf", "    fastcgi_param DB_PASSWORD {pw};\n", "PASSWORD"),
    ("nginx.conf", '    set $partner_api_key "{secret}";\n', "API_KEY"),
    ("httpd.conf", 'RequestHeader set X-Api-Key "{secret}"\n', "API_KEY"),
    ("httpd.conf", "SetEnv DB_PASSWORD {pw}\n", "PASSWORD"),
])
def test_a_web_server_directive_that_sets_a_secret_is_found(
        cli: Any, tmp_path: Path, name: str, template: str, expected: str) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert [f["type"] for f in found] == [expected]
    assert found[0]["end_column"] - found[0]["column"] == len(
        fill("{pw}" if expected == "PASSWORD" else "{secret}"))


@pytest.mark.parametrize("content", [
    "    proxy_set_header X-Api-Key $partner_api_key;\n",
    "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n",
    "    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n",
    '    proxy_cache_key "$scheme$request_method$host$request_uri";\n',
    "    add_header X-Frame-Options DENY;\n",
])
def test_a_web_server_directive_with_a_variable_or_no_secret_is_not_flagged(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "nginx.conf", content) == []


@pytest.mark.parametrize(("template", "user"), [
    ("Login for the staging portal is {user} and the password is {pw}\n", "{user}"),
    ("The username is {user}, the password is `{pw}`.\n", "{user}"),
])
def test_the_account_said_beside_a_password_is_a_user_name(cli: Any, tmp_path: Path,
                                                          template: str, user: str) -> None:
    found = scan(cli, tmp_path, "handover.txt", fill(template), kind="personal-data")
    assert [(f["type"], f["end_column"] - f["column"]) for f in found] \
        == [("USERNAME", len(fill(user)))]


@pytest.mark.parametrize("content", [
    "The user is prompted for a password; the password is shown once.\n",
    "The login is via Azure AD and the password is never stored.\n",
    "The user is locked after five attempts; the password is Tq7!vB2#xLm9 for now.\n",
    "The username is csf_uat_viewer; the password is in Key Vault.\n",
])
def test_a_sentence_with_no_account_or_no_password_names_no_user(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "handover.txt", content, kind="personal-data") == []


@pytest.mark.parametrize(("template", "expected"), [
    ("<wsse:UsernameToken><wsse:Username>{user}</wsse:Username>"
     "<wsse:Password Type=\"#PasswordText\">{pw}</wsse:Password></wsse:UsernameToken>\n",
     ["PASSWORD"]),
    ("<ns2:Credentials><ns2:Password>{pw}</ns2:Password></ns2:Credentials>\n", ["PASSWORD"]),
    ("<ns:ApiKey>{secret}</ns:ApiKey>\n", ["API_KEY"]),
    # a template, and a schema that names the element
    ('<wsse:Password Type="#PasswordDigest">{{password}}</wsse:Password>\n', []),
    ('<xs:element name="Password" type="xs:string"/>\n', []),
])
def test_an_element_with_a_namespace_prefix_is_read_as_its_key(
        cli: Any, tmp_path: Path, template: str, expected: list[str]) -> None:
    assert [f["type"] for f in scan(cli, tmp_path, "request.xml", fill(template))] == expected


def test_the_user_of_a_ws_security_token_is_a_user_name(cli: Any, tmp_path: Path) -> None:
    content = fill("<wsse:Username>{user}</wsse:Username>\n"
                   "<wsse:Password Type=\"#PasswordText\">{pw}</wsse:Password>\n")
    found = scan(cli, tmp_path, "request.xml", content, kind="personal-data")
    assert [(f["line"], f["type"]) for f in found] == [(1, "USERNAME")]


@pytest.mark.parametrize("content", [
    # the defaults local containers document and every compose file copies
    "      POSTGRES_PASSWORD: postgres\n",
    "      MYSQL_ROOT_PASSWORD: root\n",
    "      RABBITMQ_DEFAULT_PASS: guest\n",
    '      MSSQL_SA_PASSWORD: "YourStrong!Passw0rd"\n',
    "      SA_PASSWORD: Pass@word1\n",
    "      MONGO_INITDB_ROOT_PASSWORD: example\n",
    "      KEYCLOAK_ADMIN_PASSWORD: admin\n",
    "      ELASTIC_PASSWORD: changeme\n",
    "      DB_PASSWORD: ppp\n",
    "      JWT_SECRET: dev-secret\n",
    "      SESSION_SECRET: local-dev-session-secret-not-for-prod\n",
])
def test_a_local_container_s_documented_default_is_not_a_secret(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "docker-compose.yml",
                "services:\n  db:\n    environment:\n" + content) == []


def test_tomcat_s_own_example_account_is_not_a_credential(cli: Any, tmp_path: Path) -> None:
    content = ('<tomcat-users>\n  <user username="tomcat" password="&lt;must-be-changed&gt;" '
               'roles="tomcat"/>\n</tomcat-users>\n')
    assert scan(cli, tmp_path, "tomcat-users.xml", content) == []
    assert scan(cli, tmp_path, "tomcat-users.xml", content, kind="personal-data") == []


def test_an_account_in_tomcat_users_is_a_credential(cli: Any, tmp_path: Path) -> None:
    content = fill('<tomcat-users>\n  <user username="{user}" password="{pw}" '
                   'roles="manager-gui"/>\n</tomcat-users>\n')
    assert types(scan(cli, tmp_path, "tomcat-users.xml", content)) == {"PASSWORD"}
    assert types(scan(cli, tmp_path, "tomcat-users.xml", content, kind="personal-data")) \
        == {"USERNAME"}


@pytest.mark.parametrize("template", [
    "GET https://api.internal/admin\nAuthorization: Basic {user}:{pw}\n",
    "GET https://api.internal/admin\nAuthorization: Basic {user} {pw}\n",
    "GET https://api.internal/admin\nAuthorization: Digest {user} {pw}\n",
])
def test_a_rest_client_s_unencoded_authorization_is_a_user_and_a_password(
        cli: Any, tmp_path: Path, template: str) -> None:
    content = fill(template)
    assert types(scan(cli, tmp_path, "admin.http", content)) == {"PASSWORD"}
    assert types(scan(cli, tmp_path, "admin.http", content, kind="personal-data")) \
        == {"USERNAME"}


@pytest.mark.parametrize("content", [
    "Authorization: Basic {{username}}:{{password}}\n",
    "Authorization: Basic <username> <password>\n",
    "Authorization: Basic realm login\n",
    "Authorization: Basic auth is used for the admin API.\n",
])
def test_a_rest_client_s_authorization_with_stand_ins_is_not_flagged(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "admin.http", content) == []
    assert scan(cli, tmp_path, "admin.http", content, kind="personal-data") == []


@pytest.mark.parametrize(("name", "content"), [
    (".env.staging", "SMTP_PASSWORD='sp@ce xdF9 bar!'\n"),
    (".env", 'MAIL_PASSWORD="Kettle 42 Lantern!"\n'),
    ("app.yaml", 'password: "Tq7 vB2# xLm9"\n'),
])
def test_a_quoted_password_with_spaces_in_config_is_a_password(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert types(scan(cli, tmp_path, name, content)) == {"PASSWORD"}


@pytest.mark.parametrize(("name", "content"), [
    (".env", 'DB_PASSWORD="change me please"\n'),
    (".env", 'ADMIN_PASSWORD="Enter the admin password"\n'),
    (".env", 'API_PASSWORD="Not Set"\n'),
    (".env", 'LDAP_PASSWORD="see Key Vault"\n'),
    ("app.yaml", 'error_password: "Password is wrong!"\n'),
    ("app.py", 'password = "sp@ce xdF9 bar!".split()\n'),  # in code, words with spaces are text
])
def test_words_with_spaces_under_a_password_key_are_not_a_password(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


def test_a_quoted_yaml_value_on_the_line_below_its_key_is_read(cli: Any, tmp_path: Path) -> None:
    content = fill('database:\n  password:\n    "{pw}"\n  user:\n    "{user}"\n'
                   '  password_hint:\n    "the usual one"\n  token:\n    - "abc"\n')
    assert [(f["line"], f["type"]) for f in scan(cli, tmp_path, "app.yaml", content)] \
        == [(3, "PASSWORD")]
    assert [(f["line"], f["type"]) for f in scan(cli, tmp_path, "app.yaml", content,
                                                 kind="personal-data")] == [(5, "USERNAME")]


@pytest.mark.parametrize(("name", "content", "expected"), [
    # ODBC's UID beside its PWD, a call's arguments one to a line
    ("connect.R", 'con <- dbConnect(odbc::odbc(),\n  UID = "{user}",\n  PWD = "{pw}"\n)\n',
     {"USERNAME"}),
    ("etl.py", 'conn = pyodbc.connect(\n    server="dw",\n    pwd="{pw}",\n    uid="{user}")\n',
     {"USERNAME"}),
    # .NET's UserID beside its Password: SqlConnectionStringBuilder's fields
    ("Db.cs", 'new SqlConnectionStringBuilder\n{{\n    UserID = "{user}",\n'
              '    Password = "{pw}",\n}};\n', {"USERNAME"}),
    ("payload.json", '{{"UserId": "{user}", "Password": "{pw}"}}\n', {"USERNAME"}),
    # a UID or a user's id with no password near it is any id
    ("grid.R", 'row <- list(\n  UID = "{user}",\n  name = "x"\n)\n', set()),
    ("Row.cs", 'var row = new {{ UserId = "{user}", Name = "x" }};\n'
               '// the password policy applies\n', set()),
    ("events.json", '{{"user_id": "{user}", "event": "login"}}\n', set()),
])
def test_uid_beside_a_password_on_the_next_line_names_the_account(
        cli: Any, tmp_path: Path, name: str, content: str, expected: set[str]) -> None:
    assert types(scan(cli, tmp_path, name, fill(content), kind="personal-data")) == expected


@pytest.mark.parametrize("content", [
    "headers.Authorization = 'Basic ' + btoa('{user}:{pw}')\n",
    "val basicAuth = Base64.getEncoder().encodeToString(\"{user}:{pw}\".toByteArray())\n",
    "curl_setopt($ch, CURLOPT_USERPWD, '{user}:{pw}');\n",
])
def test_the_user_of_a_pair_encoded_for_a_basic_header_is_personal_data(
        cli: Any, tmp_path: Path, content: str) -> None:
    found = scan(cli, tmp_path, "client.txt", fill(content), kind="personal-data")
    assert [f["type"] for f in found] == ["USERNAME"]


@pytest.mark.parametrize(("content", "expected"), [
    # a seed file's rows, one to a line below the INSERT's columns
    ("INSERT INTO api_clients (client_id, client_secret, created_at)\n"
     "VALUES ('{{a}}', '{secret}', now());\n", {(2, "GENERIC_SECRET")}),
    ("INSERT INTO service_accounts (login, password)\nVALUES\n"
     "  ('{user}', '{pw}'),\n  ('svc_demo', 'changeme');\n",
     {(3, "USERNAME"), (3, "PASSWORD"), (4, "USERNAME")}),
    ("INSERT INTO settings (name, value)\n"
     "VALUES ('smtp_password', '{pw}'), ('feature_x', 'true');\n", {(2, "PASSWORD")}),
    # a hash, the statement's end, and the next statement's rows
    ("INSERT INTO users (id, password_hash)\n"
     "VALUES (1, '$2b$12$abcdefghijklmnopqrstuv');\n", set()),
    ("INSERT INTO t (password) VALUES ('{pw}');\n"
     "SELECT * FROM t WHERE x IN ('{secret}');\n", {(1, "PASSWORD")}),
    ("INSERT INTO service_accounts (login, password)\nSELECT login, secret FROM staging;\n"
     "INSERT INTO audit (event, detail)\nVALUES ('rotated', '{secret}');\n", set()),
])
def test_an_inserts_rows_on_the_lines_below_are_read_by_its_columns(
        cli: Any, tmp_path: Path, content: str, expected: set[tuple[int, str]]) -> None:
    text = fill(content).replace("{a}", "3f9a1c2e-4b5d-4e7f-8a9b-0c1d2e3f4a5b")
    found = [*scan(cli, tmp_path, "seed.sql", text),
             *scan(cli, tmp_path, "seed.sql", text, kind="personal-data")]
    assert {(f["line"], f["type"]) for f in found} == expected


@pytest.mark.parametrize(("content", "expected"), [
    # a Windows answer file: the element names the password, <Value> below holds it
    ("<AdministratorPassword>\n  <Value>{pw}</Value>\n  <PlainText>true</PlainText>\n"
     "</AdministratorPassword>\n", {(2, "PASSWORD")}),
    ("<AutoLogon>\n  <Password>\n    <Value>{pw}</Value>\n  </Password>\n</AutoLogon>\n",
     {(3, "PASSWORD")}),
    # what Windows writes once it has used the file, an empty value, a policy's number
    ("<Password>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n</Password>\n", set()),
    ("<Password>\n  <Value></Value>\n</Password>\n", set()),
    ("<PasswordPolicy>\n  <Value>12</Value>\n</PasswordPolicy>\n", set()),
])
def test_a_value_element_below_a_password_element_is_its_value(
        cli: Any, tmp_path: Path, content: str, expected: set[tuple[int, str]]) -> None:
    found = scan(cli, tmp_path, "unattend.xml", fill(content))
    assert {(f["line"], f["type"]) for f in found} == expected


@pytest.mark.parametrize(("content", "expected"), [
    # a settings table's row changed in place: the row's name says what its value is
    ("UPDATE settings SET value = '{hex}' WHERE name = 'webhook_signing_secret';\n",
     {"GENERIC_SECRET"}),
    ("UPDATE app_config SET config_value = '{pw}' WHERE config_key = 'smtp_password';\n",
     {"PASSWORD"}),
    # a flag, an empty value, a stand-in, and a column that is no settings table's
    ("UPDATE settings SET value = 'true' WHERE name = 'feature_partner_api';\n", set()),
    ("UPDATE settings SET value = '' WHERE name = 'smtp_password';\n", set()),
    ("UPDATE settings SET value = 'changeme' WHERE name = 'smtp_password';\n", set()),
    ("UPDATE jobs SET status = 'done' WHERE name = 'rotate_secret';\n", set()),
])
def test_a_settings_row_updated_in_place_is_read_by_its_name(
        cli: Any, tmp_path: Path, content: str, expected: set[str]) -> None:
    assert types(scan(cli, tmp_path, "V4__settings.sql", fill(content))) == expected


@pytest.mark.parametrize(("content", "expected"), [
    # a chat's question for a secret, and the message below that is the secret alone
    ("[10:04] Sam: what's the twilio auth token for the sandbox?\n[10:05] Ali: {hex32}\n",
     {(2, "GENERIC_SECRET")}),
    ("Sam: what's the api key for the OS maps sandbox?\n\nAli: {secret}\n", {(3, "API_KEY")}),
    # an id, a commit, a place, a job's name, a question about the key's other things
    ("Sam: what's the token's request id?\nAli: {{a}}\n", set()),
    ("Sam: which commit rotated the key?\nAli: {hex}\n", set()),
    ("Sam: where is the password kept?\nAli: https://kv-app.vault.azure.net/secrets/db\n",
     set()),
    ("Sam: is the key rotation job done?\nAli: NotificationRotationJobCompleted\n", set()),
    ("Sam: what's the api key's expiry date?\nAli: {secret}\n", set()),
    # the answer is a sentence, not the secret alone
    ("Sam: what's the api key?\nAli: ask the desk, it is in Key Vault\n", set()),
])
def test_a_secret_given_alone_in_answer_to_a_question_for_it_is_found(
        cli: Any, tmp_path: Path, content: str, expected: set[tuple[int, str]]) -> None:
    text = fill(content).replace("{a}", "3f9a1c2e-4b5d-4e7f-8a9b-0c1d2e3f4a5b")
    found = scan(cli, tmp_path, "chat.txt", text)
    assert {(f["line"], f["type"]) for f in found} == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    # a base64 secret may start with "/" and hold more: no folder is named so
    ("assume-role.json", '{{"Credentials": {{"SecretAccessKey": '
                         '"/tjizEtg+xE9kjwtdMU/XOL3k0STXfXvcL8/qQnf"}}}}\n', {"GENERIC_SECRET"}),
    # a container's environment as a JSON list of NAME=value strings
    ("inspect.json", '{{"Env": ["PATH=/usr/local/bin", "DB_PASSWORD={pw}", "NODE_ENV=prod"]}}\n',
     {"PASSWORD"}),
    ("task-def.json", '{{"environment": ["API_TOKEN=${{API_TOKEN}}", "DB_PASSWORD="]}}\n',
     set()),
    # secrets counted by number, as Vault's init prints its unseal keys
    ("vault-init.txt", "Unseal Key 1: {storage_key}\nUnseal Key 2: {bus_key}\n",
     {"GENERIC_SECRET"}),
    ("notes.md", "We rotated key 2 last week.\nAPI key 1: see the vault\n", set()),
    # a path under a secret's name: folders named as words
    ("compose.yaml", "    password: /run/secrets/DbPassword/Prod2024X\n", set()),
    ("app.yaml", "aws_secret_access_key: /var/lib/postgresql/data/Pg16Main\n", set()),
])
def test_values_in_other_shapes_are_read(cli: Any, tmp_path: Path, name: str, content: str,
                                         expected: set[str]) -> None:
    assert types(scan(cli, tmp_path, name, fill(content))) == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    # a setting written as one string of code: a pipeline's environment, an argv
    ("Jenkinsfile", 'withEnv(["SPRING_DATASOURCE_PASSWORD={pw}"]) {{\n', {"PASSWORD"}),
    ("Jenkinsfile", "withEnv(['DB_PASSWORD={pw}', 'APP_ENV=prod']) {{\n", {"PASSWORD"}),
    ("job.py", 'subprocess.run(cmd, env=["API_TOKEN={secret}"])\n', {"GENERIC_SECRET"}),
    ("job.py", 'args = ["--db-password={pw}", "--verbose"]\n', {"PASSWORD"}),
    ("job.js", "spawn('psql', [], {{ env: ['PGPASSWORD={pw} psql'] }})\n", {"PASSWORD"}),
    # a template, a lookup, or the key alone with its value joined on after the string
    ("job.py", 'a = "password=%s" % pw\nb = f"password={{pw}}&user={{user}}"\n', set()),
    ("job.py", 'c = "password=" + pw\nd = "password={{}}".format(pw)\n', set()),
    ("Jenkinsfile", 'withEnv(["DB_PASSWORD=$DB_PASSWORD", "API_TOKEN=${{API_TOKEN}}"])\n',
     set()),
    ("job.py", 'args = ["--db-password={{{{ db_password }}}}", "--token=<token>"]\n', set()),
])
def test_a_setting_inside_a_string_of_code_is_read(cli: Any, tmp_path: Path, name: str,
                                                   content: str, expected: set[str]) -> None:
    assert types(scan(cli, tmp_path, name, fill(content))) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ('    npmAuthIdent: "{user}:{pw}"\n', {("PASSWORD", "{pw}"), ("USERNAME", "{user}")}),
    ("    npmAuthIdent: {basic}\n", {("PASSWORD", "{basic}")}),
    ('    npmAuthIdent: "${{NPM_IDENT}}"\n', set()),
    ('    npmAuthIdent: "user:changeme"\n', set()),
])
def test_yarn_auth_ident_is_a_user_and_a_password(cli: Any, tmp_path: Path, content: str,
                                                 expected: set[tuple[str, str]]) -> None:
    text = "npmRegistries:\n  \"https://npm.internal\":\n" + fill(content)
    found = [*scan(cli, tmp_path, ".yarnrc.yml", text),
             *scan(cli, tmp_path, ".yarnrc.yml", text, kind="personal-data")]
    line = text.splitlines()[2]
    assert {(f["type"], line[f["column"] - 1:f["end_column"] - 1]) for f in found} \
        == {(t, fill(v)) for t, v in expected}


@pytest.mark.parametrize("value", ["A" * 200 + "-0", "a" * 200 + "-0", "Ab" * 100 + "-0",
                                   "aa-" + "AbC" * 70 + "0", "aaBB" * 50 + "-0"])
def test_a_long_value_is_judged_in_linear_time(value: str) -> None:
    started = time.process_time()
    rejection(value, "token")
    assert time.process_time() - started < 0.5


@pytest.mark.parametrize(("name", "content"), [
    ("chat.md", "User: can you fix the login page for me\nAssistant: Here is the fix.\n"),
    ("transcript.txt", "[10:02] USER: sort code 20 45 77 for the refund please\n"),
    ("session.log", "12:01:09 user: why does the build fail on main\n"),
])
def test_a_speakers_first_word_is_not_a_user_name(cli: Any, tmp_path: Path, name: str,
                                                  content: str) -> None:
    found = scan(cli, tmp_path, name, content, kind="personal-data")
    assert "USERNAME" not in types(found)


@pytest.mark.parametrize(("name", "content"), [
    ("chat.md", "user: jsmith42\n"),
    ("chat.md", "User: jsmith42 pass Harbour!Lantern7\n"),
])
def test_a_user_name_given_in_a_chat_is_still_found(cli: Any, tmp_path: Path, name: str,
                                                    content: str) -> None:
    assert "USERNAME" in types(scan(cli, tmp_path, name, content, kind="personal-data"))


@pytest.mark.parametrize(("name", "content"), [
    ("check.log", "PASS: gdb.base/annota3.exp: break in main\nFAIL: gdb.base/step.exp: next\n"),
    ("test-summary.txt", "PASS: ld-elf/dynsym1\nPASS: binutils-all/pr25543\n"),
    ("test-suite.log", "PASS: tests/t0001-init.sh\nPASS: test_claims.py::test_submit\n"),
])
def test_a_test_runs_result_line_is_not_a_password(cli: Any, tmp_path: Path, name: str,
                                                   content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


def test_a_password_written_after_pass_in_notes_is_still_found(cli: Any,
                                                               tmp_path: Path) -> None:
    found = scan(cli, tmp_path, "notes.md", "USER: admin\nPASS: Harbour!Lantern7x\n")
    assert types(found) == {"PASSWORD"}


@pytest.mark.parametrize(("name", "content"), [
    ("ChangeLog", "\t* sm/passphrase.h: Likewise.\n\t* find/execdir-pwd.exp: Likewise.\n"),
    ("CHANGELOG.md", "- docs/credential-store: s/--store/--file/\n"
                     "- 118_arm_pass_all.dpatch: Regenerated.\n"),
])
def test_a_changelogs_file_names_are_not_keys(cli: Any, tmp_path: Path, name: str,
                                               content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


def test_a_secret_file_held_under_its_name_is_still_read(cli: Any, tmp_path: Path) -> None:
    content = fill('stringData:\n  db_password.txt: "{secret}"\n')
    assert scan(cli, tmp_path, "secret.yaml", content) != []


@pytest.mark.parametrize(("name", "content"), [
    ("NEWS", "systemd-user: Drop redundant After=*.socket.\n"),
    ("COPYING", "NOTICE TO USER: Carefully read the following legal agreement.\n"),
    ("CHANGES.md", 'git p4 test: run as user "author"\n'),
    # a component's entry whose first word is followed by a setting or a quotation
    ("ChangeLog", "\tsystemd-user: Drop RefuseManualStart=true.\n"),
    ("ChangeLog", '\tsystemd-user: Enable "systemctl --user reload dirmngr"\n'),
    # an option named in a sentence, and a comment's sentence after a label
    ("ChangeLog", "\tand --remote-user correspond to exactly 1 user.\n"),
    ("NEWS", "Fix bug #25144: Misleading message for find -user unknown.\n"),
    ("Krb.java", '// Bound user: normally from the "principal" value in a JAAS file\n'),
])
def test_a_sentence_after_a_user_label_or_a_role_is_not_a_user_name(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert "USERNAME" not in types(scan(cli, tmp_path, name, content, kind="personal-data"))


@pytest.mark.parametrize("content", [
    "user: jsmith (locked out since Monday)\n",
    # a word, and a given name, after a user option
    "Run the sync with --remote-user mark to check the mirror.\n",
])
def test_an_account_named_before_a_remark_is_still_found(cli: Any, tmp_path: Path,
                                                         content: str) -> None:
    assert "USERNAME" in types(scan(cli, tmp_path, "notes.md", content, kind="personal-data"))


@pytest.mark.parametrize("content", [
    "$ python -m pip install --user SomePackage\n",
    "systemctl --user enable gpg-agent.socket\n",
    "journalctl --user -u sync.service\n",
])
def test_a_user_switch_takes_no_account(cli: Any, tmp_path: Path, content: str) -> None:
    assert "USERNAME" not in types(scan(cli, tmp_path, "README.md", content,
                                        kind="personal-data"))


def test_a_user_option_that_takes_an_account_is_still_read(cli: Any, tmp_path: Path) -> None:
    found = scan(cli, tmp_path, "README.md", "mysql --user jsmith42 -p\n", kind="personal-data")
    assert "USERNAME" in types(found)


def test_a_man_pages_escapes_around_a_placeholder_are_no_password(
        cli: Any, tmp_path: Path) -> None:
    content = "<protocol>://\\[lB]<user>\\[lB]:<password>\\[rB]@\\[rB]<hostname>\n"
    assert scan(cli, tmp_path, "npm-install.1", content) == []
    # a real password in a font change is still read
    found = scan(cli, tmp_path, "notes.txt", "password: \\fBTr4il-Beacon-77\\fR\n")
    assert types(found) == {"PASSWORD"}


@pytest.mark.parametrize(("name", "content"), [
    ("Ftp.java", 'if (user == null) {\nuser = "anonymous";\n'
                 'String vers = System.getProperty("java.version");\n'
                 'password = System.getProperty("ftp.protocol.user", "Java" + vers + "@");\n}\n'),
    ("Pool.java", 'System.out.println("\\nPass "+pass+" complete\\n");\n'),
    ("ChangeLog", '\t* guile/Makefile.am (%.go): Pass "GUILE_AUTO_COMPILE=0" to avoid it.\n'),
    ("ChangeLog", "  doit:124: rsa pss key: gnutls_x509_crt_verify_data2        |\n"),
    ("NEWS", "GNUTLS_E_UNKNOWN_SRP_USERNAME: ADDED.\nGNUTLS_A_MISSING_SRP_USERNAME: DEPRECATED\n"),
    ("manual.txt", "int col_in_pass = PNG_COL_IN_INTERLACE_PASS(output_x, pass);\n"),
])
def test_code_around_a_key_is_not_its_value(cli: Any, tmp_path: Path, name: str,
                                            content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []
    assert scan(cli, tmp_path, name, content, kind="personal-data") == []


def test_every_pass_line_of_a_test_log_is_a_result(cli: Any, tmp_path: Path) -> None:
    content = "PASS: rgn-over4\nXFAIL: rgn-over8\nPASS: cross-TU-into-cycle\n"
    assert scan(cli, tmp_path, "test-summary.txt", content) == []


def test_pass_lines_of_a_list_of_log_ins_are_still_passwords(cli: Any, tmp_path: Path) -> None:
    content = "USER: admin\nPASS: Harbour-Lantern7x\nUSER: deploy\nPASS: Quay-Beacon42z\n"
    assert types(scan(cli, tmp_path, "notes.md", content)) == {"PASSWORD"}


# --- Postman's API key auth ------------------------------------------------------------------
_POSTMAN_KEY = "a7Kq9Zx2Lm4Pv8Rt3Nw6Yb1Hc5Jd0Fg2"


@pytest.mark.parametrize(("name", "content"), [
    # as Postman exports a collection: the list over several lines
    ("grants.postman_collection.json",
     '{\n\t"auth": {\n\t\t"type": "apikey",\n\t\t"apikey": [\n\t\t\t{\n\t\t\t\t"key": "value",\n'
     f'\t\t\t\t"value": "{_POSTMAN_KEY}",\n\t\t\t\t"type": "string"\n\t\t\t}},\n'
     '\t\t\t{\n\t\t\t\t"key": "key",\n\t\t\t\t"value": "X-Api-Key"\n\t\t\t}\n\t\t]\n\t}\n}\n'),
    # and on one line
    ("grants.json", '{"auth": {"type": "apikey", "apikey": [{"key": "value", "value": '
                    f'"{_POSTMAN_KEY}", "type": "string"}}, '
                    '{"key": "key", "value": "X-Api-Key"}]}}\n'),
])
def test_a_postman_api_keys_value_is_found(cli: Any, tmp_path: Path, name: str,
                                           content: str) -> None:
    assert types(scan(cli, tmp_path, name, content)) == {"API_KEY"}


@pytest.mark.parametrize(("name", "content"), [
    # a variable of the collection's, and a "value" named so outside an API key's list
    ("grants.json", '{"apikey": [{"key": "value", "value": "{{apiKey}}"}]}\n'),
    ("grants.json", f'{{"items": [\n  {{\n    "key": "value",\n    "value": "{_POSTMAN_KEY}"\n'
                    '  }\n]}\n'),
])
def test_a_postman_variable_or_another_lists_value_is_not(cli: Any, tmp_path: Path, name: str,
                                                         content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


def test_a_type_tag_further_along_the_line_is_not_the_secret_keys_value(
        cli: Any, tmp_path: Path) -> None:
    content = fill('{{"password": {{"$binary": {{"subType": "00"}}}}, '
                   '"apiKey": {{"string": "{secret}"}}}}\n')
    assert types(scan(cli, tmp_path, "export.json", content)) == {"API_KEY"}


@pytest.mark.parametrize(("template", "expected"), [
    # Java's .properties separate a key from its value by "=", ":" or white space alone
    ("db.password {pw}\n", [("PASSWORD", 1)]),
    ("smtp.password:{pw}\n", [("PASSWORD", 1)]),
    ("  mail.password  \t{pw}\n", [("PASSWORD", 1)]),
    ("api.secret = {secret}\n", [("GENERIC_SECRET", 1)]),
    ("# mail\nldap.password: {pw}   # rotated yearly\n", [("PASSWORD", 2)]),
    # a value runs to the line's end: words are a message, not a password
    ("login.password: Passphrase please\nform.password Mot de passe requis\n", []),
    ("db.password ${{DB_PASSWORD}}\njdbc.password=\ndb.password\n", []),
    ("# password {pw}\n! password {pw}\n", []),
])
def test_a_properties_value_after_any_separator_is_read(
        cli: Any, tmp_path: Path, template: str, expected: list[tuple[str, int]]) -> None:
    found = scan(cli, tmp_path, "application.properties", fill(template))
    assert [(f["type"], f["line"]) for f in found] == expected


def test_a_properties_user_after_a_space_is_a_user_name(cli: Any, tmp_path: Path) -> None:
    content = fill("db.username {user}\ndb.password {pw}\n")
    users = scan(cli, tmp_path, "application.properties", content, kind="personal-data")
    assert [(f["type"], f["line"]) for f in users] == [("USERNAME", 1)]


def test_sbt_s_credentials_file_is_read_as_properties(cli: Any, tmp_path: Path) -> None:
    # letters and digits only: a password in a properties file, not a word in prose
    content = fill("realm=Sonatype Nexus Repository Manager\nhost=nexus.defra.internal\n"
                   "user={user}\npassword=q7vk2m9x4rzt\n")
    found = scan(cli, tmp_path, ".sbt/.credentials", content)
    assert [(f["type"], f["line"]) for f in found] == [("PASSWORD", 4)]


@pytest.mark.parametrize(("name", "template", "expected"), [
    # a file that holds one secret, named for it: Compose's and Docker's secrets
    ("secrets/db_password.txt", "{pw}\n", "PASSWORD"),
    ("secrets/postgres-password", "q7vk2m9x4rzt", "PASSWORD"),
    ("deploy/secrets/notify_api_key.txt", "{secret}\n", "API_KEY"),
    ("run/secrets/jwt_secret", "{secret}\n", "GENERIC_SECRET"),
])
def test_a_file_named_for_the_one_secret_it_holds_is_that_secret(
        cli: Any, tmp_path: Path, name: str, template: str, expected: str) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert [(f["type"], f["line"]) for f in found] == [(expected, 1)]


@pytest.mark.parametrize(("name", "content"), [
    ("secrets/redis_password.txt", "changeme\n"),
    ("secrets/db_password.txt", "${DB_PASSWORD}\n"),
    ("secrets/db_user.txt", "svc_frp_app\n"),
    ("docs/password.txt", "Passwords are kept in Key Vault; ask the platform team.\n"),
    # more than one line: notes, or a list, not one secret
    ("notes/api_token.txt", "Zq8vR2xL0pW4nT6yB1cFKd93Lmq\nrotated monthly by the platform\n"),
    ("wordlists/common_password.txt", "Tq7!vB2#xLm9\nWelcome2024!\nsummer\n"),
    # a file of another kind named for a secret, and a hash's file
    ("src/api_key.py", 'NAME = "api"\n'),
    ("secrets/db_password.sha256", "4c5e2f8a9b1d3e7f6a0c2b4d8e9f1a3c5b7d9e0f2a4c6e8b1d3f5a7c"
                                   "9e0b2d4f\n"),
])
def test_a_file_named_for_a_secret_without_one_secret_in_it_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "template", "expected"), [
    # letters and digits only: a password where the file is settings, not prose
    (".Renviron", "DB_USER={user}\nDB_PWD=q7vk2m9x4rzt\n", [("PASSWORD", 2)]),
    ("public/.htaccess", "SetEnv DB_PASSWORD {pw}\nSetEnv APP_ENV production\n", [("PASSWORD", 1)]),
    (".msmtprc", "account default\nhost smtp.office365.com\nuser {user}\npassword {pw}\n",
     [("CONNECTION_STRING_PASSWORD", 4)]),
    (".msmtprc", "account default\npasswordeval \"gpg -q -d ~/.msmtp.gpg\"\n", []),
])
def test_r_apache_and_msmtp_settings_files_are_read_as_settings(
        cli: Any, tmp_path: Path, name: str, template: str,
        expected: list[tuple[str, int]]) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert [(f["type"], f["line"]) for f in found] == expected


@pytest.mark.parametrize(("name", "template", "expected"), [
    # a template's parameter described at length before its default
    ("template.yaml", "Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n"
                      "    Description: Master password for the database\n    MinLength: 12\n"
                      "    MaxLength: 41\n    AllowedPattern: '[a-zA-Z0-9!#]*'\n"
                      "    Default: {pw}\n  DBName:\n    Type: String\n    Default: frp\n",
     [("PASSWORD", 9)]),
    ("azuredeploy.json", '{{\n  "parameters": {{\n    "adminPassword": {{\n'
                         '      "type": "securestring",\n      "metadata": {{\n'
                         '        "description": "The administrator password"\n      }},\n'
                         '      "defaultValue": "{pw}"\n    }}\n  }}\n}}\n', [("PASSWORD", 8)]),
    # the object ends before a default: the next parameter's is not its
    ("template.yaml", "Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n"
                      "    Description: Master password for the database\n    MinLength: 12\n"
                      "  DBName:\n    Type: String\n    Default: frp_reports_2024\n", []),
])
def test_a_parameter_s_default_below_its_description_is_read(
        cli: Any, tmp_path: Path, name: str, template: str,
        expected: list[tuple[str, int]]) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert [(f["type"], f["line"]) for f in found] == expected


@pytest.mark.parametrize(("template", "expected"), [
    # a YAML core tag before a value says its type: the value follows it
    ("password: !!str {pw}\n", [("PASSWORD", 1)]),
    ("password: !!binary |\n  {basic}\n", [("PASSWORD", 2)]),
    ("password: !!binary |\n  UGFzc3dvcmQ=\n", []),
    ("password: !!null\ntoken: !!str ''\n", []),
])
def test_a_yaml_tag_before_a_value_is_not_the_value(
        cli: Any, tmp_path: Path, template: str, expected: list[tuple[str, int]]) -> None:
    found = scan(cli, tmp_path, "values.yaml", fill(template))
    assert [(f["type"], f["line"]) for f in found] == expected


@pytest.mark.parametrize(("name", "template", "expected"), [
    # "pw" alone as a key: SAS's libname options, a form's fields
    ("load.sas", "libname frp oracle user={user} pw={pw} path=FRPPRD;\n", [("PASSWORD", 1)]),
    ("login.sh", "curl -d 'user={user}&pw={pw}' https://portal.internal/login\n",
     [("PASSWORD", 1)]),
    ("load.sas", 'libname frp oracle user={user} pw="{pw}" path=FRPPRD;\n', [("PASSWORD", 1)]),
    # a value of no strength, a lookup, and "pw" inside a word or base64
    ("load.sas", "libname frp oracle user={user} pw=&ORA_PW path=FRPPRD;\n", []),
    ("load.sas", "%let pw = %sysget(ORA_PW);\n", []),
    ("secret.yaml", "data:\n  tls.key: Zq8vR2xL0pW4nT6yB1cFKd93Lmqpw=\n", []),
    (".env", "STORAGE=DefaultEndpointsProtocol=https;AccountName=st01;AccountKey={bus_key}+Pw==;"
             "EndpointSuffix=core.windows.net\n", [("AZURE_STORAGE_ACCOUNT_KEY", 1)]),
])
def test_pw_alone_as_a_key_holds_a_password(
        cli: Any, tmp_path: Path, name: str, template: str,
        expected: list[tuple[str, int]]) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert [(f["type"], f["line"]) for f in found] == expected


@pytest.mark.parametrize(("name", "template", "expected"), [
    # Windows tools' /Name:value switches (sqlpackage, wmic, cmdkey)
    ("deploy-db.yml", "  - script: sqlpackage /Action:Publish /SourceFile:frp.dacpac "
                      "/TargetUser:{user} /TargetPassword:{pw} /p:BlockOnPossibleDataLoss=false\n",
     {"PASSWORD", "USERNAME"}),
    ("inventory.bat", "wmic /node:app01 /user:DEFRA\\{user} /password:{pw} process list\n",
     {"PASSWORD", "USERNAME"}),
    ("creds.bat", "cmdkey /add:sql01 /user:DEFRA\\{user} /pass:{pw}\n", {"PASSWORD", "USERNAME"}),
    ("extract.ps1", "& sqlpackage.exe /a:Extract /ssn:sql01 /sdn:frp /su:{user} /sp:'{pw}' "
                    "/tf:out.dacpac\n", {"PASSWORD"}),
    # a variable, a prompt, a property; and a path in a URL
    ("deploy-db.yml", "  - script: sqlpackage /a:Publish /tu:$(DbUser) /tp:$(DbPassword)\n", set()),
    ("creds.bat", "cmdkey /add:sql01 /user:DEFRA\\%SQL_USER% /pass\n", set()),
    ("links.md", "See https://portal.internal/password:reset for help.\n", set()),
])
def test_a_windows_switch_that_names_a_password_holds_it(
        cli: Any, tmp_path: Path, name: str, template: str, expected: set[str]) -> None:
    content = fill(template)
    found = [*scan(cli, tmp_path, name, content),
             *scan(cli, tmp_path, name, content, kind="personal-data")]
    assert {f["type"] for f in found} == expected


def test_a_jaas_files_user_entries_hold_their_passwords(cli: Any, tmp_path: Path) -> None:
    # Kafka's PLAIN login module: user_<account>="<password>", one entry per account
    content = fill('KafkaServer {{\n  org.apache.kafka.common.security.plain.PlainLoginModule '
                   'required\n  username="{user}"\n  password="{pw}"\n  user_{user}="{pw}"\n'
                   '  user_svc_frp_app="q7vk2m9x4rzt";\n}};\n')
    found = scan(cli, tmp_path, "config/kafka_server_jaas.conf", content)
    assert [(f["type"], f["line"]) for f in found] == [("PASSWORD", 4), ("PASSWORD", 5),
                                                       ("PASSWORD", 6)]
    users = scan(cli, tmp_path, "config/kafka_server_jaas.conf", content, kind="personal-data")
    assert [f["line"] for f in users] == [3, 5, 6]


def test_a_jaas_file_s_user_entries_with_lookups_are_not_flagged(cli: Any,
                                                                  tmp_path: Path) -> None:
    content = ('KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n'
               '  user_admin="${KAFKA_ADMIN_PASSWORD}"\n  user_app="changeme";\n};\n')
    assert scan(cli, tmp_path, "kafka_jaas.conf", content) == []


@pytest.mark.parametrize(("name", "template", "expected"), [
    # a password written straight after its word, in a sentence or a note
    ("handover.txt", "The nightly job's account is {user}, password {pw}.\n", [("PASSWORD", 1)]),
    ("RUNBOOK.md", "Admin portal: https://admin.internal - login {user}, pw {pw}\n",
     [("PASSWORD", 1)]),
    # a passphrase of random words, quoted as the one to use
    ("RUNBOOK.md", 'Use passphrase "orchard-kettle-lantern-fox" to open the key file.\n',
     [("PASSWORD", 1)]),
    # a chat's answer to a question for a password, shorter than a key
    ("chat.txt", "[09:14] Sam: can someone share the staging db password?\n"
                 "[09:15] Alex: {pw}\n", [("PASSWORD", 2)]),
    # words after the word, and a passphrase's advice
    ("RUNBOOK.md", "Password reset links expire; the password Manager holds the rest.\n", []),
    ("RUNBOOK.md", "Use a passphrase of three random words, e.g. `correct-horse-battery`.\n", []),
    ("chat.txt", "[09:14] Sam: can someone share the staging db password?\n"
                 "[09:15] Alex: sure thing\n", []),
])
def test_a_password_said_without_a_separator_is_found(
        cli: Any, tmp_path: Path, name: str, template: str,
        expected: list[tuple[str, int]]) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert [(f["type"], f["line"]) for f in found] == expected


@pytest.mark.parametrize(("name", "template", "expected", "users"), [
    # a server's own user list: <user>: <password>[,<role>…] (Jetty's realm, ActiveMQ's and
    # Artemis's users.properties)
    ("etc/realm.properties", "# user: password, roles\n{user}: {pw},admin\nguest: guest,user\n",
     [("PASSWORD", 2)], [2]),
    ("conf/users.properties", "{user}={pw}\nadmin=admin\n", [("PASSWORD", 1)], [1]),
    ("broker/etc/artemis-users.properties", "{user} = q7vk2m9x4rzt\n", [("PASSWORD", 1)], [1]),
    # encrypted, hashed or a stand-in: no password
    ("etc/artemis-users.properties", "svc_mq = ENC(Zq8vR2xL0pW4nT6yB1c)\n", [], []),
    ("etc/realm.properties", "svc_jetty: MD5:164c88b302622e17050af52c89945d44,admin\n", [], []),
    # a properties file of another name: its keys are settings
    ("application.properties", "server.port=8080\nfrp.mode=Zq8vR2xL0pW4\n", [], []),
])
def test_a_server_s_user_list_holds_passwords(
        cli: Any, tmp_path: Path, name: str, template: str,
        expected: list[tuple[str, int]], users: list[int]) -> None:
    content = fill(template)
    assert [(f["type"], f["line"]) for f in scan(cli, tmp_path, name, content)] == expected
    accounts = scan(cli, tmp_path, name, content, kind="personal-data")
    assert [f["line"] for f in accounts if f["type"] == "USERNAME"] == users


@pytest.mark.parametrize(("name", "template"), [
    # a chat's export keeps each message as a string: Slack's "text", Teams' "content"
    ("slack/general/2024-05-01.json",
     '[{{"type": "message", "text": "pw for the jump box: {pw} - don\'t share"}}]\n'),
    ("teams-export.json", '{{"body": {{"contentType": "text", '
                          '"content": "the password for the sftp account is {pw} fyi"}}}}\n'),
    ("export.yaml", "- from: Sam\n  text: 'the staging db password is {pw} btw'\n"),
    # a table's message column, and a saved page's text
    ("chat-export.csv", "Timestamp,Sender,Message\n2024-05-01 09:15,Sam,"
                        "the staging db password is {pw} btw\n"),
    ("chat-export.csv", 'Timestamp,Sender,Message\n2024-05-01 09:16,Sam,'
                        '"pw for the jump box: {pw} - don\'t share"\n'),
    ("teams.html", '<div class="message"><span>Sam</span><p>the password for the sftp account '
                   "is {pw} fyi</p></div>\n"),
])
def test_a_password_said_in_a_chat_export_s_message_is_found(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert [(f["type"], f["end_column"] - f["column"]) for f in found] \
        == [("PASSWORD", len(FAKES["pw"]))]


@pytest.mark.parametrize("content", [
    '{"message": "Your password is incorrect. Please try again"}\n',
    '{"body": "Your one-time passcode is {{code}}. It expires in 10 minutes."}\n',
    '{"text": "Your password should be at least 12 characters"}\n',
    '{"text": "password rotated, the new one is in kv-prod-uks-01"}\n',
    '{"text": "pw: see the vault"}\n',
    '{"content": "Token expired: please sign in again"}\n',
    # not a message: a sentence under another key is no one's words
    '{"title": "the password is Blue-Kettle-42"}\n',
])
def test_a_message_string_that_gives_no_password_is_not_flagged(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "messages.json", content) == []


@pytest.mark.parametrize(("name", "content"), [
    ("page.html", '<p class="govuk-body">Enter your password: it must be at least 12 '
                  "characters</p>\n<p>The password is stored in Azure Key Vault.</p>\n"
                  "<p>Your password is <strong>incorrect</strong>. Try again.</p>\n"
                  "<p>Set the token to <code>YOUR_TOKEN_HERE</code> in settings.</p>\n"),
    ("feedback.csv", 'id,comment,created\n1,"the password reset link expired",2024-01-01\n'
                     "2,password policy updated to 14 characters,2024-01-04\n"),
])
def test_a_page_or_a_table_that_gives_no_password_in_a_sentence_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "template", "expected"), [
    # a key's words run together in capitals, as an environment variable's name
    ("launchSettings.json", '{{\n  "SERVICEBUS__SHAREDACCESSKEY": "{bus_key}"\n}}\n', [2]),
    (".env", "STORAGEACCOUNTKEY={storage_key}\n", [1]),
    # rclone's remote: a bare key, in a section named for the remote, long and random as
    # a storage account's key is
    ("rclone.conf", "[azure-landing]\ntype = azureblob\naccount = stlanding\nkey = {rc_key}\n",
     [4]),
    # Prometheus's authorization block names its token "credentials"
    ("prometheus.yml", "scrape_configs:\n  - job_name: notify\n    authorization:\n"
                       "      type: Bearer\n      credentials: {secret}\n", [5]),
    # .NET's JWT settings on one line: the bare Key inside "Jwt"
    ("appsettings.json", '{{\n  "Jwt": {{ "Key": "{secret}", "Issuer": "claims" }}\n}}\n',
     [2]),
])
def test_a_token_under_a_key_named_for_its_place_is_found(
        cli: Any, tmp_path: Path, name: str, template: str, expected: list[int]) -> None:
    content = template.replace("{rc_key}", _RCLONE_KEY) if "{rc_key}" in template \
        else fill(template)
    assert [f["line"] for f in scan(cli, tmp_path, name, content)] == expected


_RCLONE_KEY = base64.b64encode(bytes((i * 71 + 29) % 256 for i in range(64))).decode()


@pytest.mark.parametrize(("name", "content"), [
    ("prometheus.yml", "authorization:\n  credentials_file: /etc/prometheus/token\n"),
    ("prometheus.yml", "authorization:\n  credentials: ${NOTIFY_TOKEN}\n"),
    ("fetch.json", '{"request": {"credentials": "same-origin", "mode": "cors"}}\n'),
    ("appsettings.json", '{\n  "Cache": { "Key": "claims-summary-cache-v2" }\n}\n'),
    ("appsettings.json", '{\n  "Sort": { "Key": "Zq8vR2xL0pW4nT6yB1cFKd93" }\n}\n'),
    # an INI section's bare key that is an id, a fingerprint, a name or encoded text
    ("signing.ini", "[signing]\nkey = 3AA5C34371567BD2\n[gpg]\n"
                    "key = 9C3A1F4B7E2D8C6A5B4F3E2D1C0B9A8F7E6D5C4B\n"),
    ("cache.ini", "[cache]\nkey = claims-summary-cache-v2-prod-uksouth-01\n"
                  "[x]\nkey = YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY=\n"),
])
def test_a_key_named_for_its_place_with_no_token_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "content"), [
    # ASP.NET's machine key left to be generated: a list of its options, no key
    ("web.config", '<machineKey validationKey="AutoGenerate,IsolateApps" '
                   'decryptionKey="AutoGenerate,IsolateApps" validation="SHA1" />\n'),
    # a lookup of a variable by its name, in a script read as text (SAS)
    ("analysis.sas", "%let password = %sysget(DB_PASSWORD);\n"),
    ("notes.txt", "api_key = getenv(NOTIFY_API_KEY)\n"),
])
def test_a_list_of_names_or_a_lookup_by_name_is_not_a_secret(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


def test_a_password_with_commas_in_it_is_still_one(cli: Any, tmp_path: Path) -> None:
    content = '<machineKey decryptionKey="Zq8vR2xL,0pW4nT6y,B1cFKd93" />\n'
    assert types(scan(cli, tmp_path, "web.config", content)) == {"GENERIC_SECRET"}


@pytest.mark.parametrize(("template", "expected"), [
    # Stata's options take their values in brackets
    ('odbc load, table("claims") dsn("Claims") user("{user}") password("{pw}")\n',
     {"PASSWORD"}),
    ('odbc load, table("claims") dsn("Claims") user("{user}") password("`dbpass\'")\n', set()),
    ('odbc load, table("claims") password($DBPASS)\n', set()),
])
def test_an_option_s_value_in_brackets_in_a_script_read_as_text_is_read(
        cli: Any, tmp_path: Path, template: str, expected: set[str]) -> None:
    assert types(scan(cli, tmp_path, "load.do", fill(template))) == expected


@pytest.mark.parametrize(("name", "template", "expected"), [
    # Consul's and Nomad's gossip key: 32 or 16 random bytes in base64
    ("consul.hcl", 'datacenter = "uks"\nencrypt = "{storage_key_32}"\n', [2]),
    ("consul.json", '{{\n  "encrypt": "{storage_key_16}",\n  "server": true\n}}\n', [2]),
    # the documentation's key, a sentence in base64, a setting that is no key
    ("consul.hcl", 'encrypt = "pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s="\n', []),
    ("consul.hcl", 'encrypt = "dGhpcyBpcyBub3QgYSByZWFsIGdvc3NpcCBrZXk="\n', []),
    ("app.json", '{{"Encrypt": "true", "encrypt_verify_incoming": true}}\n', []),
])
def test_a_cluster_s_gossip_key_is_a_secret(cli: Any, tmp_path: Path, name: str,
                                            template: str, expected: list[int]) -> None:
    content = template.format(storage_key_32=_GOSSIP_32, storage_key_16=_GOSSIP_16)
    assert [f["line"] for f in scan(cli, tmp_path, name, content)] == expected


_GOSSIP_32 = base64.b64encode(bytes((i * 37 + 11) % 256 for i in range(32))).decode()
_GOSSIP_16 = base64.b64encode(bytes((i * 53 + 7) % 256 for i in range(16))).decode()


@pytest.mark.parametrize(("name", "content", "expected"), [
    # Consul's ACL tokens, each under what it is for
    ("consul.hcl", 'acl {\n  enabled = true\n  tokens {\n    initial_management = '
                   '"7c3a9d2e-4f1b-4e8a-b5c6-d7e8f9a0b1c2"\n    agent = '
                   '"e95b599e-166e-7d80-08ad-aee76e7ddf19"\n    default = "anonymous"\n  }\n}\n',
     [4, 5]),
    ("consul.json", '{\n  "acl": {\n    "tokens": {\n      "agent": '
                    '"e95b599e-166e-7d80-08ad-aee76e7ddf19"\n    }\n  }\n}\n', [4]),
    # design tokens, the nil UUID, and names
    ("theme.json", '{\n  "tokens": {\n    "colour-primary": "#1d70b8",\n'
                   '    "font-family": "GDS Transport, arial, sans-serif"\n  }\n}\n', []),
    ("consul.hcl", 'tokens {\n  agent = "00000000-0000-0000-0000-000000000000"\n'
                   '  default = "anonymous"\n}\n', []),
])
def test_a_block_of_acl_tokens_holds_secrets(cli: Any, tmp_path: Path, name: str,
                                             content: str, expected: list[int]) -> None:
    assert [f["line"] for f in scan(cli, tmp_path, name, content)] == expected


@pytest.mark.parametrize(("name", "content", "expected"), [
    # Vault's AppRole log-in: the secret id beside its role id
    ("agent.hcl", 'config = {\n  role_id = "7c3a9d2e-4f1b-4e8a-b5c6-d7e8f9a0b1c2"\n'
                  '  secret_id = "e95b599e-166e-7d80-08ad-aee76e7ddf19"\n}\n', [3]),
    ("login.sh", "export VAULT_ROLE_ID=7c3a9d2e-4f1b-4e8a-b5c6-d7e8f9a0b1c2\n"
                 "export VAULT_SECRET_ID=e95b599e-166e-7d80-08ad-aee76e7ddf19\n", [2]),
    # a secret's id alone names it (Azure's client secret's id); a lookup is no value
    ("app.json", '{\n  "clientId": "7c3a9d2e-4f1b-4e8a-b5c6-d7e8f9a0b1c2",\n'
                 '  "secretId": "e95b599e-166e-7d80-08ad-aee76e7ddf19"\n}\n', []),
    ("agent.hcl", 'role_id = "7c3a9d2e-4f1b-4e8a-b5c6-d7e8f9a0b1c2"\n'
                  'secret_id = "${var.secret_id}"\n', []),
])
def test_an_approle_s_secret_id_beside_its_role_id_is_a_secret(
        cli: Any, tmp_path: Path, name: str, content: str, expected: list[int]) -> None:
    assert [f["line"] for f in scan(cli, tmp_path, name, content)] == expected


@pytest.mark.parametrize("content", [
    '{{\n    "github-oauth": {{\n        "github.com": "{hex}"\n    }}\n}}\n',
    '{{"github-oauth": {{"github.com": "{hex}"}}}}\n',
    '{{\n  "bearer": {{\n    "repo.example.org:8443": "{secret}"\n  }}\n}}\n',
    '{{\n  "gitlab-oauth": {{\n    "gitlab.example.org": "{secret}",\n'
    '    "git.example.org": "{secret}"\n  }}\n}}\n',
])
def test_composer_auth_tokens_kept_under_their_hosts_are_secrets(
        cli: Any, tmp_path: Path, content: str) -> None:
    # The key is the host's name: only the object above says its value is a token.
    found = scan(cli, tmp_path, "auth.json", fill(content))
    assert types(found) == {"GENERIC_SECRET"}
    assert len(found) == content.count("{secret}") + content.count("{hex}")


@pytest.mark.parametrize("value", ["your-github-oauth-token", "${GITHUB_TOKEN}",
                                   "xxxxxxxxxxxxxxxxxxxxxxxx"])
def test_composer_auth_placeholders_are_not_secrets(cli: Any, tmp_path: Path,
                                                    value: str) -> None:
    content = '{\n  "github-oauth": {\n    "github.com": "' + value + '"\n  }\n}\n'
    assert scan(cli, tmp_path, "auth.json", content) == []


@pytest.mark.parametrize("template", [
    "I reset the pw for svc_reports (currently {pw}) so update the job.\n",
    "Reset the password for the box (it was {pw}).\n",
    "The staging token (now {secret}) goes in the pipeline.\n",
])
def test_a_secret_said_in_an_aside_after_its_word_is_a_secret(
        cli: Any, tmp_path: Path, template: str) -> None:
    assert len(scan(cli, tmp_path, "chat.txt", fill(template))) == 1


@pytest.mark.parametrize("line", [
    "The password (currently disabled) expires.\n",
    "The token (currently rotating weekly) is in Key Vault.\n",
    "The pw for the box (now in Key Vault) changed.\n",
    "The password (it was changed yesterday) works.\n",
    "The API key (currently ${API_KEY}) is set.\n",
    "The password for admin (currently: <redacted>) was reset.\n",
])
def test_an_aside_that_holds_no_secret_is_not_one(cli: Any, tmp_path: Path, line: str) -> None:
    assert scan(cli, tmp_path, "chat.txt", line) == []


@pytest.mark.parametrize("content", [
    # a parameter's value that is an expression in brackets, not a literal
    "Connect-AzAccount -ServicePrincipal -Credential (New-Object PSCredential($appId, $s))\n",
    "New-AzSqlServer -SqlAdministratorCredentials (Get-Credential) -ServerName frp-sql\n",
    "Set-Thing -Password (Get-Secret -Name frp-db -AsPlainText)\n",
    "Invoke-Api -Token (Get-AzAccessToken).Token\n",
])
def test_a_powershell_parameter_given_an_expression_is_not_a_secret(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "deploy.ps1", content) == []


def test_a_powershell_parameter_given_a_literal_is_still_a_secret(
        cli: Any, tmp_path: Path) -> None:
    content = fill("Set-Thing -Password {secret} -Name frp\n")
    assert types(scan(cli, tmp_path, "deploy.ps1", content)) == {"PASSWORD"}


@pytest.mark.parametrize(("name", "content"), [
    ("runbook.md", "Connect with `Set-Thing -Password (Get-Secret -Name frp-db)` first.\n"),
    ("notes.txt", "Restore it, then Set-Thing -Password (Get-Secret -Name frp-db).\n"),
    ("handover.md", "The admin password (see the team vault) is rotated monthly.\n"),
    # placeholders joined as a path and a field, the last one's bracket before the sentence's
    ("vault.md", "A path with a field (`secret=<mount>/<name>:<field>`) is a reference.\n"),
])
def test_an_expression_or_an_aside_after_a_password_word_in_prose_is_not_a_secret(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


def test_a_logged_query_string_s_password_ends_at_its_ampersand(
        cli: Any, tmp_path: Path) -> None:
    content = (f"10:00:01 GET /login?password={FAKES['pw']}&next=home HTTP/1.1 200\n"
               "10:00:02 GET /reset?password=changed&ok=1 HTTP/1.1 200\n")
    found = scan(cli, tmp_path, "access.log", content)
    assert [(f["line"], f["end_column"] - f["column"]) for f in found] \
        == [(1, len(FAKES["pw"]))]
