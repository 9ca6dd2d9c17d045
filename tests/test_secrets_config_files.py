"""Credentials in the configuration files a delivery team commits beside its code (Ansible's
inventories and variables, package managers' settings), and the references, encrypted values
and store paths that sit where a credential would and are none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import fill, scan, types


@pytest.mark.parametrize(("name", "template"), [
    ("inventory/hosts.ini", "[web]\nweb01 ansible_host=web01.internal ansible_password={pw}\n"),
    ("group_vars/all.yml", 'ansible_become_password: "{pw}"\n'),
])
def test_an_ansible_password_in_plain_text_is_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert types(scan(cli, tmp_path, name, fill(template))) == {"PASSWORD"}


@pytest.mark.parametrize("content", [
    # a lookup in a Vault: the secret's path and field, not the secret
    "db_password: \"{{ lookup('hashi_vault', 'secret=secret/frp:password') }}\"\n",
    "api_token: \"{{ lookup('hashi_vault', 'secret=kv/frp-dev#token') }}\"\n",
    # encrypted with ansible-vault, and a variable's reference
    "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n"
    "  62313365396662343061393464336163383764373764613633653634306231386433626436623361\n",
    'ansible_ssh_pass: "{{ vault_ssh_pass }}"\n',
])
def test_an_ansible_reference_to_a_secret_is_not_flagged(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "group_vars/all.yml", content) == []


@pytest.mark.parametrize(("name", "template"), [
    # Azure's publish profile, as the portal downloads it
    ("frp-dev.PublishSettings", '<publishData>\n  <publishProfile profileName="frp-dev - Web '
     'Deploy" publishMethod="MSDeploy" userName="$frp-dev" userPWD="{secret}" />\n'
     "</publishData>\n"),
    # an SSIS package's configuration: the property's path names it, its value below
    ("etl/Load.dtsConfig", '<DTSConfiguration>\n  <Configuration ConfiguredType="Property" '
     'Path="\\Package.Connections[Src].Properties[Password]" ValueType="String">\n'
     "    <ConfiguredValue>{pw}</ConfiguredValue>\n  </Configuration>\n</DTSConfiguration>\n"),
    ("etl/Load.dtsConfig", '<DTSConfiguration>\n  <Configuration ConfiguredType="Property" '
     'Path="\\Package.Variables[User::DbPassword].Properties[Value]" ValueType="String">\n'
     "    <ConfiguredValue>{pw}</ConfiguredValue>\n  </Configuration>\n</DTSConfiguration>\n"),
    # as the designer writes it: the whole file on one line
    ("etl/Load.dtsConfig", '<?xml version="1.0"?><DTSConfiguration><Configuration '
     'ConfiguredType="Property" Path="\\Package.Connections[Src].Properties[ServerName]" '
     'ValueType="String"><ConfiguredValue>sqlsrv-etl-dev</ConfiguredValue></Configuration>'
     '<Configuration ConfiguredType="Property" '
     'Path="\\Package.Connections[Src].Properties[Password]" ValueType="String">'
     "<ConfiguredValue>{pw}</ConfiguredValue></Configuration></DTSConfiguration>\n"),
    # a JMeter test plan's HTTP authorization
    ("perf/load.jmx", '<elementProp name="" elementType="Authorization">\n'
     '  <stringProp name="Authorization.password">{pw}</stringProp>\n</elementProp>\n'),
])
def test_a_password_in_a_deployment_or_test_tool_s_xml_blocks(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert types(found) == {"PASSWORD"} and all(f["confidence"] >= 0.9 for f in found)


@pytest.mark.parametrize(("name", "content"), [
    ("perf/load.jmx", '<stringProp name="Authorization.password">${PERF_PASSWORD}</stringProp>\n'),
    ("etl/Load.dtsx", '<DTS:Password DTS:Name="Password" Sensitive="1" />\n'),
    # an SSIS configuration's other properties, and a password left empty or as a variable
    ("etl/Load.dtsConfig", '<DTSConfiguration>\n  <Configuration ConfiguredType="Property" '
     'Path="\\Package.Connections[Src].Properties[ServerName]" ValueType="String">\n'
     "    <ConfiguredValue>sqlsrv-etl-dev</ConfiguredValue>\n  </Configuration>\n"
     '  <Configuration ConfiguredType="Property" '
     'Path="\\Package.Connections[Src].Properties[Password]" ValueType="String">\n'
     "    <ConfiguredValue></ConfiguredValue>\n  </Configuration>\n"
     '  <Configuration ConfiguredType="Property" '
     'Path="\\Package.Variables[User::DbPassword].Properties[Value]" ValueType="String">\n'
     "    <ConfiguredValue>$(DB_PASSWORD)</ConfiguredValue>\n  </Configuration>\n"
     "</DTSConfiguration>\n"),
])
def test_a_deployment_or_test_tool_s_reference_to_a_password_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


_POSTMAN_ENTRY = ('    {{\n      "key": "{name}",\n      "value": "{value}",\n'
                  '      "type": "{type}"\n    }}')


def _postman(*entries: str) -> str:
    return '{\n  "name": "frp-dev",\n  "values": [\n' + ",\n".join(entries) + "\n  ]\n}\n"


def test_a_postman_variable_of_the_secret_type_is_a_secret_whatever_its_name(
        cli: Any, tmp_path: Path) -> None:
    secret = fill("{hex32}")
    content = _postman(_POSTMAN_ENTRY.format(name="baseUrl", value="https://frp.internal",
                                             type="default"),
                       _POSTMAN_ENTRY.format(name="apim", value=secret, type="secret"))
    found = scan(cli, tmp_path, "frp.postman_environment.json", content)
    assert [(f["type"], f["line"]) for f in found] == [("GENERIC_SECRET", 11)]
    one_line = '{"values": [{"key": "apim", "value": "' + secret + '", "type": "secret"}]}\n'
    assert types(scan(cli, tmp_path, "one.postman_environment.json", one_line)) \
        == {"GENERIC_SECRET"}


def test_a_postman_secret_variable_with_no_value_of_its_own_is_not_flagged(
        cli: Any, tmp_path: Path) -> None:
    content = _postman(_POSTMAN_ENTRY.format(name="apim", value="{{vault:apim-key}}",
                                             type="secret"),
                       _POSTMAN_ENTRY.format(name="token", value="", type="secret"),
                       _POSTMAN_ENTRY.format(name="region", value="uksouth", type="secret"))
    assert scan(cli, tmp_path, "frp.postman_environment.json", content) == []


def test_a_bicep_parameters_file_s_password_blocks(cli: Any, tmp_path: Path) -> None:
    content = fill("using 'main.bicep'\nparam adminPassword = '{pw}'\n"
                   "param apiKey = getSecret('sub', 'rg', 'frp-kv', 'api-key')\n")
    found = scan(cli, tmp_path, "main.bicepparam", content)
    assert [(f["type"], f["line"], f["confidence"]) for f in found] == [("PASSWORD", 2, 0.9)]
