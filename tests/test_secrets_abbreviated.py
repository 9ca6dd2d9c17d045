"""Keys under short names and bare columns: a service's key in a Markdown table's ``Key``
column, and keys under abbreviated variable names (``_KEY``, ``_TOK``) wherever an
environment variable is set, beside the lookalikes that name a row, a cache entry or a thing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import fill, scan, types

_UUID = "3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c"
_UUID_2 = "6a1c9e2f-4b3d-4e8a-9f7c-2d5b1a0e8c63"
_UUID_3 = "9d2e7b4c-1a5f-4c3e-8b6d-0f7a2c9e5b14"


@pytest.mark.parametrize(("name", "content"), [
    ("keys.md", f"| Service | Key |\n|---|---|\n| Company lookups | {_UUID} |\n"),
    ("README.md", f"| Environment | API | Key |\n| --- | --- | --- |\n"
                  f"| dev | lookups | `{_UUID}` |\n"),
    # a service's keys, each in a row a name leads, however many
    ("keys.md", f"| Environment | Key |\n|---|---|\n| dev | {_UUID} |\n"
                f"| test | {_UUID_2} |\n| prod | {_UUID_3} |\n"),
    # a table led by a Key column of a single UUID (or two the same)
    ("keys.md", f"| Key | Service |\n|---|---|\n| {_UUID} | lookups |\n"
                f"| {_UUID} | lookups |\n"),
])
def test_a_uuid_in_a_markdown_column_named_only_key_is_a_secret(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert types(scan(cli, tmp_path, name, content)) == {"GENERIC_SECRET"}


@pytest.mark.parametrize(("name", "content"), [
    # the ids of resources, tenants and subscriptions: things, not keys
    ("resources.md", f"| Resource | Id | Tenant | Subscription |\n|---|---|---|---|\n"
                     f"| rg-frp-dev | {_UUID} | {_UUID_2} | {_UUID} |\n"),
    ("ids.md", f"| Name | Guid |\n|---|---|\n| frp-dev | {_UUID} |\n"),
    # the nil UUID is a placeholder
    ("keys.md", "| Service | Key |\n|---|---|\n"
                "| lookups | 00000000-0000-0000-0000-000000000000 |\n"),
    # a data file's key column of record ids
    ("records.csv", f"key,created\n{_UUID},2024-10-01\n"),
    # a document's table led by a Key column of distinct UUIDs: its rows' (flags') ids
    ("flags.md", f"| Key | Enabled |\n| --- | --- |\n| {_UUID} | true |\n"
                 f"| {_UUID_2} | false |\n| {_UUID_3} | true |\n"),
    ("FEATURES.md", f"| **Key** | Owner | Enabled |\n|:--|:--|:--|\n"
                    f"| `{_UUID}` | payments | yes |\n| `{_UUID_2}` | search | no |\n"
                    f"| `{_UUID_3}` | search | no |\n| `{_UUID}` | payments | yes |\n"),
    ("flags.md", f"| Flag | Key | Enabled |\n| --- | --- | --- |\n| new-search | {_UUID} | on |\n"
                 f"| dark-mode | {_UUID_2} | off |\n| beta-banner | {_UUID_3} | on |\n"),
])
def test_a_uuid_that_names_a_thing_in_a_table_is_not_a_secret(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


_KEY = "Zk8pQ2vR7mXw4tLn" + "9bHc3sJd6fGy1aKe"


@pytest.mark.parametrize(("name", "template"), [
    # a Companies House key (a UUID) under a short name, wherever the environment is set
    ("docker-compose.yml", "services:\n  app:\n    environment:\n      CH_KEY: {uuid}\n"),
    ("docker-compose.yml", "services:\n  app:\n    environment:\n      - CH_KEY={uuid}\n"),
    ("deploy.sh", "export CH_KEY={uuid}\n"),
    ("Dockerfile", "FROM python:3.12-slim\nENV CH_KEY={uuid}\n"),
    ("settings.py", 'CH_KEY = "{uuid}"\n'),
    (".github/workflows/ci.yml", "env:\n  CH_KEY: {uuid}\n"),
    ("deployment.yaml", "env:\n  - name: CH_KEY\n    value: \"{uuid}\"\n"),
    # a generated key under a provider's short name
    ("docker-compose.yml", "services:\n  app:\n    environment:\n      EA_KEY: {key}\n"),
    # Terraform's variables and locals name the environment's settings in lower case
    ("dev.tfvars", 'region = "eu-west-2"\nch_key = "{uuid}"\n'),
    ("locals.tf", 'locals {{\n  ea_key = "{key}"\n}}\n'),
    ("terragrunt.hcl", 'inputs = {{\n  ch_key = "{uuid}"\n}}\n'),
    ("prod.auto.tfvars.json", '{{\n  "region": "eu-west-2",\n  "ch_key": "{uuid}"\n}}\n'),
    # an Azure Functions app's local settings: its "Values" are its environment
    ("local.settings.json", '{{\n  "IsEncrypted": false,\n  "Values": {{\n'
                            '    "FUNCTIONS_WORKER_RUNTIME": "python",\n'
                            '    "ch_key": "{uuid}"\n  }}\n}}\n'),
    ("api/local.settings.json", '{{"Values": {{"ea_key": "{key}"}}}}\n'),
    # a .env's bare KEY: the environment's one key
    (".env", "KEY={uuid}\n"),
    ("prod.env", "REGION=eu-west-2\nKEY={key}\n"),
    # a Kubernetes Secret's entries, each one a secret, named in its own case
    ("secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: frp\ntype: Opaque\n"
                    "stringData:\n  ch-key: {uuid}\n"),
    ("secret.json", '{{"apiVersion": "v1", "kind": "Secret",\n "stringData": {{\n'
                    '  "ea_key": "{key}"\n }}\n}}\n'),
])
def test_a_key_under_a_short_environment_name_is_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    content = template.format(uuid=_UUID, key=_KEY)
    assert types(scan(cli, tmp_path, name, content)) == {"GENERIC_SECRET"}


@pytest.mark.parametrize(("name", "template"), [
    (".env", "API_TOK={secret}\n"),
    ("docker-compose.yml", "services:\n  app:\n    environment:\n      - GH_TOK={secret}\n"),
    ("deploy.sh", "export NOTIFY_TOK='{secret}'\n"),
    ("deployment.yaml", "env:\n  - name: API_TOK\n    value: \"{secret}\"\n"),
])
def test_a_token_under_a_name_cut_short_is_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert types(scan(cli, tmp_path, name, fill(template))) == {"GENERIC_SECRET"}


@pytest.mark.parametrize(("name", "template"), [
    # keys that pick a row, a cache entry, an object, or name a thing
    ("docker-compose.yml", "services:\n  app:\n    environment:\n      CACHE_KEY: user_profile_v2\n"
                           "      SORT_KEY: created_at\n      PRIMARY_KEY: customer_id\n"
                           "      PARTITION_KEY: {uuid}\n      WORKSPACE_KEY: {uuid}\n"
                           "      SITE_KEY: {key}\n      DEDUP_KEY: {key}\n"),
    # references, not values
    (".github/workflows/ci.yml", "env:\n  CH_KEY: ${{{{ secrets.CH_KEY }}}}\n"
                                 "  API_TOK: $(apiTok)\n  NOTIFY_KEY: ${{NOTIFY_KEY}}\n"),
    # a lexer's tokens, and a map's keys in code's lower case
    ("lexer.py", 'cur_tok = tokens[0]\nnext_tok = "("\nlast_tok = "END_OF_INPUT_MARKER"\n'
                 'lookup_key = "{key}"\n'),
    # a name cut short elsewhere than at its end
    ("settings.py", 'TOK_KIND = "{key}"\n'),
])
def test_a_short_name_that_holds_no_secret_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert scan(cli, tmp_path, name, template.format(uuid=_UUID, key=_KEY)) == []


@pytest.mark.parametrize(("name", "template"), [
    # a table's primary, secondary or foreign key is a row's UUID; Azure's keys are base64
    (".env", "PRIMARY_KEY={uuid}\nSECONDARY_KEY={uuid2}\n"),
    ("dev.tfvars", 'primary_key = "{uuid}"\nforeign_key = "{uuid2}"\n'),
    ("dev.tfvars.json", '{{"tenant_key": "{uuid}", "cache_key": "{key}"}}\n'),
    # a JSON file's keys in code's case are a map's, not the environment's
    ("fixtures.json", '{{"ch_key": "{uuid}", "lookup_key": "{key}"}}\n'),
    # a .env's bare KEY that holds a placeholder, a reference or a word; a bare KEY in code
    (".env.example", "KEY=00000000-0000-0000-0000-000000000000\nKEY=changeme\n"
                     "KEY=${{API_KEY}}\nKEY=sort_order\n"),
    ("settings.py", 'KEY = "{uuid}"\n'),
    # a Kubernetes Secret's entries that name a row, a cache entry or a certificate's key
    ("secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: frp\nstringData:\n"
                    "  sort-key: created_at\n  partition-key: {uuid}\n  cache-key: {key}\n"
                    "  tls.key: /etc/tls/tls.key\n"),
    # an Azure Functions app's keys that pick a row, a table or a flag
    ("local.settings.json", '{{"Values": {{"sort_key": "created_at", "feature_key": "on",'
                            ' "partition_key": "{uuid}", "cache_key": "{key}"}}}}\n'),
    # Terraform's keys that pick a state file, an object or a table's row
    ("main.tf", 'terraform {{\n  backend "s3" {{\n    key = "env/dev/terraform.tfstate"\n'
                '  }}\n}}\nresource "x" "y" {{\n  hash_key = "LockID"\n'
                '  cache_key = "{key}"\n  object_key = "exports/daily.csv"\n}}\n'),
])
def test_a_key_that_picks_a_row_or_an_object_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    content = template.format(uuid=_UUID, uuid2=_UUID_2, key=_KEY)
    assert scan(cli, tmp_path, name, content) == []


def test_an_azure_primary_key_in_base64_is_still_a_secret(cli: Any, tmp_path: Path) -> None:
    assert types(scan(cli, tmp_path, ".env", fill("PRIMARY_KEY={storage_key}\n"))) \
        == {"GENERIC_SECRET"}


@pytest.mark.parametrize(("name", "template"), [
    # a secret's or a variable's name, in any case, with its value below it
    ("containerapp.yaml", "secrets:\n  - name: ch-key\n    value: {uuid}\n"),
    ("variables.tf", 'variable "ch_key" {{\n  type    = string\n  default = "{uuid}"\n}}\n'),
    ("deployment.yaml", "env:\n  - name: ea-key\n    value: {key}\n"),
])
def test_a_key_under_a_short_name_with_its_value_below_is_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    content = template.format(uuid=_UUID, key=_KEY)
    assert types(scan(cli, tmp_path, name, content)) == {"GENERIC_SECRET"}


def test_a_named_key_below_that_picks_a_row_or_a_thing_is_not_flagged(
        cli: Any, tmp_path: Path) -> None:
    content = (f"env:\n  - name: cache-key\n    value: {_KEY}\n"
               f"  - name: partition-key\n    value: {_UUID}\n"
               "  - name: sort-key\n    value: created_at\n"
               f"  - name: workspace-key\n    value: {_UUID}\n"
               f"  - name: site-key\n    value: {_KEY}\n")
    assert scan(cli, tmp_path, "deployment.yaml", content) == []


@pytest.mark.parametrize(("name", "template"), [
    ("settings.md", "| Key | Value |\n|---|---|\n| TenantId | {uuid} |\n| CH_KEY | {uuid} |\n"),
    ("settings.md", "| Setting | Value |\n|---|---|\n| OS_PLACES_KEY | `{key}` |\n"),
    ("settings.csv", "key,value\nCH_KEY,{uuid}\n"),
])
def test_a_settings_table_s_row_named_as_a_key_holds_one(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    content = template.format(uuid=_UUID, key=_KEY)
    assert types(scan(cli, tmp_path, name, content)) == {"GENERIC_SECRET"}


def test_a_settings_table_s_row_that_names_a_thing_or_a_cache_s_key_is_not_flagged(
        cli: Any, tmp_path: Path) -> None:
    content = (f"| Key | Value |\n|---|---|\n| TENANT_KEY | {_UUID} |\n"
               f"| WORKSPACE_KEY | {_UUID} |\n| CACHE_KEY | {_KEY} |\n"
               "| SORT_KEY | created_at |\n| EA_KEY | see the vault |\n")
    assert scan(cli, tmp_path, "settings.md", content) == []
