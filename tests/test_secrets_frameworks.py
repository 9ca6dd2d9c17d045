"""Secrets in web frameworks' and platforms' own settings files (WordPress, Drupal, Laravel,
Rails, CloudFormation, Azure, LDIF …): the values they generate or hold are found under the
names those files give them; their lookups, placeholders and hashes are not."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from safecommit.detect.secret_plugins.keywords import classify
from secrets_support import BODY, FAKES, HEX, fill, scan

# What WordPress's salt service and Drupal's installer write: long, random, and (WordPress's)
# full of symbols.
WP_SALT = "".join(c + "!]~|{^,&"[i % 8] for i, c in enumerate(BODY[:32]))
DRUPAL_SALT = BODY[:20] + "-" + BODY[20:42] + "_"


@pytest.mark.parametrize(("name", "content"), [
    # WordPress's eight keys and salts
    ("wp-config.php", f"define('AUTH_KEY',         '{WP_SALT}');\n"),
    ("wp-config.php", f"define( 'LOGGED_IN_KEY', '{WP_SALT}' );\n"),
    ("wp-config.php", f"define('NONCE_KEY', '{WP_SALT}');\n"),
    ("wp-config.php", f"define('AUTH_SALT', '{WP_SALT}');\n"),
    ("wp-config.php", f"define('SECURE_AUTH_SALT', '{WP_SALT}');\n"),
    ("wp-config.php", f"define('LOGGED_IN_SALT', '{WP_SALT}');\n"),
    ("wp-config.php", f"define('NONCE_SALT', '{WP_SALT}');\n"),
    (".env", f"WORDPRESS_NONCE_SALT='{WP_SALT}'\n"),
    # the official image's wp-config-docker.php, its lookup's default filled in
    ("wp-config.php", "define( 'NONCE_SALT', getenv_docker('WORDPRESS_NONCE_SALT', "
                      f"'{HEX[:40]}') );\n"),
    # Drupal's hash salt, and a salt an app keeps in its settings
    ("sites/default/settings.php", f"$settings['hash_salt'] = '{DRUPAL_SALT}';\n"),
    ("settings.py", f'HASHIDS_SALT = "{DRUPAL_SALT}"\n'),
    ("config.yaml", f"app:\n  signing_salt: {HEX[:40]}\n"),
])
def test_a_framework_s_generated_key_or_salt_is_a_secret(cli: Any, tmp_path: Path, name: str,
                                                         content: str) -> None:
    assert [f["type"] for f in scan(cli, tmp_path, name, content)] == ["GENERIC_SECRET"]


@pytest.mark.parametrize(("name", "content"), [
    # WordPress's own placeholder, and a lookup
    ("wp-config.php", "define('NONCE_SALT', 'put your unique phrase here');\n"),
    ("wp-config.php", "define('NONCE_SALT', getenv('WORDPRESS_NONCE_SALT'));\n"),
    ("wp-config.php", "define( 'NONCE_SALT', getenv_docker('WORDPRESS_NONCE_SALT', "
                      "'put your unique phrase here') );\n"),
    ("wp-config.php", "define( 'DB_PASSWORD', getenv_docker('WORDPRESS_DB_PASSWORD', '') );\n"),
    ("settings.php", "$settings['hash_salt'] = file_get_contents('/run/drupal/salt.txt');\n"),
    # a test vector's salt, and a salt of a record's own kept beside its hash
    ("test_kdf.py", "out = kdf(password=b'password', salt=b'saltSALTsaltSALTsaltSALT')\n"),
    ("test_kdf.py", 'HASH_SALT = "NaCl"\n'),
    ("users.json", f'{{"username": "svc_reports", "salt": "{DRUPAL_SALT}"}}\n'),
    ("users.json", f'{{"user_salt": "{DRUPAL_SALT}"}}\n'),
    ("users.csv", f"id,password_hash,salt\n1,x,{DRUPAL_SALT}\n"),
    ("settings.py", "SALT_LENGTH = 16\nhash_salt_rounds = 12\n"),
])
def test_a_salt_that_is_no_setting_s_secret_is_not_flagged(cli: Any, tmp_path: Path,
                                                           name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("key", "kind"), [
    ("hash_salt", "salt"), ("AUTH_SALT", "salt"), ("LOGGED_IN_KEY", "secret"),
    ("NONCE_KEY", "secret"), ("OS_DATA_HUB_KEY", "secret"), ("osDataHub_key", "secret"),
    ("salt", None), ("user_salt", None), ("salt_length", None), ("basalt", None),
])
def test_key_names_say_which_salts_and_keys_are_secrets(key: str, kind: str | None) -> None:
    assert classify(key) == kind


@pytest.mark.parametrize(("name", "template"), [
    ("config.py", 'OS_DATA_HUB_KEY = "{secret}"\n'),
    ("config.yaml", "osDataHub:\n  key: {secret}\n"),
])
def test_ordnance_survey_s_data_hub_key_is_a_secret(cli: Any, tmp_path: Path, name: str,
                                                    template: str) -> None:
    assert [f["type"] for f in scan(cli, tmp_path, name, fill(template))] == ["GENERIC_SECRET"]


@pytest.mark.parametrize(("name", "template", "expected"), [
    # CloudFormation and SAM: NoEcho above or below the default, in YAML and in JSON
    ("template.yaml", "Parameters:\n  ApiKeyParam:\n    Type: String\n    NoEcho: true\n"
                      "    MinLength: 20\n    Default: '{secret}'\n", "GENERIC_SECRET"),
    ("template.yaml", "Parameters:\n  Upstream:\n    Default: {pw}\n    NoEcho: 'true'\n"
                      "    Type: String\n", "GENERIC_SECRET"),
    ("stack.json", '{{"Parameters": {{\n  "Upstream": {{\n    "Type": "String",\n'
                   '    "NoEcho": "true",\n    "Default": "{pw}"\n  }}\n}}}}\n',
     "GENERIC_SECRET"),
    # ARM: a securestring's default, on its lines or on one
    ("azuredeploy.json", '{{"parameters": {{\n  "sqlConn": {{\n    "type": "secureString",\n'
                         '    "metadata": {{"description": "the store"}},\n'
                         '    "defaultValue": "{pw}"\n  }}\n}}}}\n', "GENERIC_SECRET"),
    ("azuredeploy.json", '{{"parameters": {{"sqlConn": {{"type": "securestring", '
                         '"defaultValue": "{pw}"}}}}}}\n', "GENERIC_SECRET"),
    # a minified template: the default in the declared parameter's own object
    ("stack.json", '{{"Parameters": {{"Size": {{"Type": "String", "Default": "t3.micro"}}, '
                   '"Upstream": {{"Type": "String", "NoEcho": true, "Default": "{pw}"}}}}}}\n',
     "GENERIC_SECRET"),
    # Bicep: @secure() over the parameter, with other decorators between
    ("main.bicep", "@secure()\n@description('The upstream login')\n"
                   "param upstream string = '{pw}'\n", "GENERIC_SECRET"),
    ("main.bicep", "@sys.secure()\nparam adminPassword string = '{pw}'\n", "PASSWORD"),
])
def test_a_parameter_declared_secret_has_a_secret_default(cli: Any, tmp_path: Path, name: str,
                                                          template: str, expected: str) -> None:
    assert [f["type"] for f in scan(cli, tmp_path, name, fill(template))] == [expected]


@pytest.mark.parametrize(("name", "content"), [
    ("template.yaml", "Parameters:\n  Upstream:\n    Type: String\n    NoEcho: true\n"
                      "    Default: '{{resolve:secretsmanager:prod/db:SecretString:password}}'\n"),
    ("template.yaml", "Parameters:\n  Upstream:\n    Type: String\n    NoEcho: true\n"
                      "    Default: ''\n"),
    ("template.yaml", "Parameters:\n  Upstream:\n    Type: String\n    NoEcho: false\n"
                      "    Default: Production\n"),
    ("template.yaml", "Parameters:\n  Upstream:\n    NoEcho: true\n  Stage:\n"
                      "    Default: production-eu\n"),
    ("azuredeploy.json", '{"parameters": {\n  "token": {\n    "type": "securestring",\n'
                         '    "defaultValue": "[newGuid()]"\n  }\n}}\n'),
    ("main.bicep", "@secure()\nparam upstream string = newGuid()\n"),
    ("stack.json", '{"Parameters": {"Upstream": {"NoEcho": true, "Type": "String"}, '
                   '"Size": {"Type": "String", "Default": "m5.large2"}}}\n'),
    ("main.bicep", "@secure()\nparam upstream string\nparam stage string = 'production-eu'\n"),
    ("main.bicep", "@secure()\nparam upstream string = '${prefix}-${suffix}'\n"),
])
def test_a_declared_secret_with_no_literal_default_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


def _ldif(value: str) -> str:
    encoded = base64.b64encode(value.encode()).decode()
    return f"dn: uid=svc-reports,ou=services,dc=example,dc=org\nuserPassword:: {encoded}\n"


def test_an_ldif_password_written_in_base64_is_a_password(cli: Any, tmp_path: Path) -> None:
    found = scan(cli, tmp_path, "users.ldif", _ldif(FAKES["pw"]))
    assert [(f["type"], f["line"]) for f in found] == [("PASSWORD", 2)]


@pytest.mark.parametrize("value", [
    "{SSHA}" + base64.b64encode(bytes(range(24))).decode(),  # a hash, encoded
    "changeme",
])
def test_an_ldif_hash_or_placeholder_written_in_base64_is_not_flagged(
        cli: Any, tmp_path: Path, value: str) -> None:
    assert scan(cli, tmp_path, "users.ldif", _ldif(value)) == []


LARAVEL_KEY = "base64:" + base64.b64encode(bytes(range(7, 39))).decode()


@pytest.mark.parametrize(("name", "content"), [
    ("config/app.php", f"    'key' => '{LARAVEL_KEY}',\n"),
    ("config/app.php", f"    'key' => env('APP_KEY', '{LARAVEL_KEY}'),\n"),
    ("config.yaml", f"encrypter:\n  key: {LARAVEL_KEY}\n"),
])
def test_an_encryption_key_written_as_laravel_writes_it_is_a_secret(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert [f["type"] for f in scan(cli, tmp_path, name, content)] == ["GENERIC_SECRET"]


@pytest.mark.parametrize("content", [
    "    'key' => env('APP_KEY'),\n",
    "    'key' => 'base64:" + "A" * 43 + "=',\n",  # no random bytes: a stand-in
    "    'key' => 'base64:',\n",
])
def test_a_bare_key_with_no_generated_value_is_not_flagged(cli: Any, tmp_path: Path,
                                                           content: str) -> None:
    assert scan(cli, tmp_path, "config/app.php", content) == []


@pytest.mark.parametrize(("name", "template"), [
    # Ruby's default for a missing variable, given in a block, in code and in Rails' ERB
    ("config/initializers/db.rb", 'config.password = ENV.fetch("DB_PASS") {{ "{pw}" }}\n'),
    ("config/initializers/api.rb", "API_KEY = ENV.fetch('API_KEY') {{ '{secret}' }}\n"),
    ("config/database.yml", 'production:\n  password: <%= ENV.fetch("DB_PASS") {{ "{pw}" }} %>\n'),
    ("config/database.yml", 'production:\n  password: <%= ENV["DB_PASS"] || "{pw}" %>\n'),
])
def test_a_literal_default_behind_a_lookup_in_ruby_or_erb_is_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert len(scan(cli, tmp_path, name, fill(template))) == 1


@pytest.mark.parametrize("content", [
    'production:\n  password: <%= ENV.fetch("DB_PASS") { nil } %>\n',
    'production:\n  password: <%= ENV.fetch("DB_PASS") { "" } %>\n',
    'production:\n  password: <%= ENV.fetch("DB_PASS") %>\n',
    "production:\n  password: <%= Rails.application.credentials.dig(:db, :password) %>\n",
])
def test_erb_with_no_literal_default_is_not_a_secret(cli: Any, tmp_path: Path,
                                                     content: str) -> None:
    assert scan(cli, tmp_path, "config/database.yml", content) == []


@pytest.mark.parametrize(("name", "template"), [
    # Companies House's API: the key is basic auth's user, its password empty
    ("companies.py", 'resp = requests.get(url, auth=("{uuid}", ""))\n'),
    ("companies.py", "resp = requests.get(url, auth=HTTPBasicAuth('{uuid}', ''))\n"),
    ("companies.ts", "await axios.get(url, {{ auth: {{ username: '{uuid}', password: '' }} }})\n"),
    ("lookup.sh", "curl -s -u {uuid}: https://api.company-information.example/company/00000000\n"),
    ("README.md", "Try it: `curl -u {secret}: https://api.example.com/search`\n"),
])
def test_an_api_key_given_as_basic_auth_s_user_with_no_password_is_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    content = template.format(uuid="3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c", secret=BODY[:32])
    assert [f["type"] for f in scan(cli, tmp_path, name, content)] == ["API_KEY"]


@pytest.mark.parametrize(("name", "content"), [
    ("companies.py", 'resp = requests.get(url, auth=(api_key, ""))\n'),
    ("companies.py", 'resp = requests.get(url, auth=("svc_reports_readonly", ""))\n'),
    ("lookup.sh", "curl -u YOUR_API_KEY_HERE: https://api.example.com/company/00000000\n"),
    ("lookup.sh", 'curl -u "$CH_API_KEY:" https://api.example.com/company/00000000\n'),
    ("lookup.sh", "curl -u svc_reports_readonly: https://api.example.com/company/00000000\n"),
])
def test_basic_auth_with_no_password_and_no_key_is_not_flagged(cli: Any, tmp_path: Path,
                                                               name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


_UUID = "3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c"


@pytest.mark.parametrize(("name", "content"), [
    # Companies House's API keys are UUIDs: under its name, and in an API key's column
    (".env", f"COMPANIES_HOUSE_KEY={_UUID}\n"),
    ("settings.py", f'companyHouseKey = "{_UUID}"\n'),
    ("keys.csv", f"service,api_key\ncompanies-house,{_UUID}\n"),
])
def test_a_companies_house_key_is_a_secret_though_it_is_a_uuid(cli: Any, tmp_path: Path,
                                                               name: str, content: str) -> None:
    assert len(scan(cli, tmp_path, name, content)) == 1


@pytest.mark.parametrize(("name", "content"), [
    ("ids.csv", f"service,template_id\nnotify,{_UUID}\n"),
    ("tokens.csv", f"request,token\n1,{_UUID}\n"),
    ("keys.csv", "service,api_key\ncompanies-house,00000000-0000-0000-0000-000000000000\n"),
    (".env", f"COMPANIES_HOUSE_ID={_UUID}\n"),
])
def test_a_uuid_that_names_a_thing_is_not_a_secret(cli: Any, tmp_path: Path, name: str,
                                                   content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


def test_a_password_that_only_starts_as_an_encrypted_value_is_a_password(
        cli: Any, tmp_path: Path) -> None:
    found = scan(cli, tmp_path, "mule-app.yaml", 'db:\n  password: "![' + BODY[:12] + '"\n')
    assert [f["type"] for f in found] == ["PASSWORD"]
