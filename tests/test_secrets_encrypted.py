"""Encrypted values and references to a secret store: ciphertext whose key is held elsewhere
(under the store's own access control) is safe to commit; a reference names where a secret
is kept. Ciphertext whose key is fixed or kept beside it is a secret all the same."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from secrets_support import BODY, fill, scan

# An AWS KMS ciphertext blob: its header (format version, key's id and lengths), then the
# ciphertext. The bytes after the header stand in for what KMS writes.
_KMS = base64.b64encode(b"\x01\x02\x02\x00\x78" + bytes(range(7, 190))).decode()
_KMS_OLD = base64.b64encode(b"\x01\x01\x02\x00\x78" + bytes(range(40, 200))).decode()
# A Windows DPAPI blob: its version, its provider's id and its master key's version, then
# what DPAPI writes (stood in for)
_DPAPI_HEAD = bytes.fromhex("01000000" "d08c9ddf0115d1118c7a00c04fc297eb" "01000000")
_DPAPI = base64.b64encode(_DPAPI_HEAD + bytes(range(30, 130))).decode()
_DPAPI_HEX = (_DPAPI_HEAD + bytes(range(30, 130))).hex()


@pytest.mark.parametrize(("name", "content"), [
    # KMS-encrypted values, as Serverless, Lambda and Terraform's aws_kms_secrets keep them
    ("serverless.yml", f"environment:\n  DB_PASSWORD: {_KMS}\n"),
    ("config.yaml", f"api_secret: {_KMS_OLD}\n"),
    ("main.tf", f'  payload = "{_KMS}"\n  db_password = "{_KMS_OLD}"\n'),
    # references to where a secret is kept, under a password's key
    ("config.yaml", "db_password: secretsmanager:prod/db/password\n"
                    "api_token: aws-secretsmanager:/prod/api-token\n"
                    "smtp_password: aws-parameterstore:/prod/smtp/password\n"),
    (".env", "DB_PASSWORD=ssm-secure:/prod/db/password\nSMTP_PASSWORD=sops:prod/smtp\n"),
    ("template.yaml", "      MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:"
                      "password}}'\n"
                      "      OtherPassword: \"{{resolve:ssm-secure:/prod/db/pw:1}}\"\n"),
    # DPAPI: NuGet.config's encrypted password, PowerShell's exported SecureString
    ("NuGet.config", '<packageSourceCredentials>\n  <nexus>\n'
                     '    <add key="Password" value="' + _DPAPI + '" />\n'),
    ("deploy.ps1", f'$pw = ConvertTo-SecureString "{_DPAPI_HEX}"\n'
                   f'$db_password = "{_DPAPI_HEX}"\n'),
])
def test_ciphertext_with_its_key_elsewhere_or_a_reference_is_not_a_secret(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "template"), [
    # the KMS header's shape on a value too short to be a blob, and one without the header
    ("config.yaml", "db_password: AQICAH{pw}\n"),
    ("config.yaml", "api_secret: " + BODY[:60] + "\n"),
    # DPAPI's header with too little after it to be a blob
    ("NuGet.config", '<add key="ClearTextPassword" value="AQAAANCMnd8BFdERjHoAwE/Cl+sB{pw}" />\n'),
    # a reference's word inside a password, not its scheme before a colon
    (".env", "DB_PASSWORD=secretsmanager{pw}\n"),
])
def test_a_value_that_only_looks_encrypted_is_still_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert len(scan(cli, tmp_path, name, fill(template))) == 1


_MASTER = "{" + base64.b64encode(bytes(range(60, 92))).decode() + "}"


@pytest.mark.parametrize(("name", "content", "expected"), [
    # Maven's master password: encrypted with a fixed, published key, so it is as good as
    # plain; and it decrypts every {…} password of settings.xml
    (".m2/settings-security.xml", f"<settingsSecurity>\n  <master>{_MASTER}</master>\n"
                                  "</settingsSecurity>\n", [("PASSWORD", 2)]),
    ("ci/settings-security.xml", f"<settingsSecurity><master>{_MASTER}</master>"
                                 "</settingsSecurity>\n", [("PASSWORD", 1)]),
    # where the master is kept instead, and an empty one
    ("ci/settings-security.xml", "<settingsSecurity>\n  <relocation>/Volumes/key/security.xml"
                                 "</relocation>\n</settingsSecurity>\n", []),
    ("ci/settings-security.xml", "<settingsSecurity><master></master></settingsSecurity>\n", []),
    # a settings.xml password encrypted with that master: safe while the master is elsewhere
    ("settings.xml", f"<server>\n  <id>nexus</id>\n  <password>{_MASTER}</password>\n"
                     "</server>\n", []),
    # a <master> element of another file
    ("build.xml", f"<branches>\n  <master>{_MASTER}</master>\n</branches>\n", []),
])
def test_maven_s_master_password_is_a_secret_though_encrypted(
        cli: Any, tmp_path: Path, name: str, content: str,
        expected: list[tuple[str, int]]) -> None:
    found = scan(cli, tmp_path, name, content)
    assert [(f["type"], f["line"]) for f in found] == expected
