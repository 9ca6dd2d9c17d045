"""A short name in capitals that ends in an API's word (``CH_API``), in a .env or R's
.Renviron, holds that API's key when its value is one a generator made; its address, a
placeholder or a word is no secret."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import scan, types

_UUID = "3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c"
_KEY = "Zk8pQ2vR7mXw4tLn" + "9bHc3sJd6fGy1aKe"


@pytest.mark.parametrize(("name", "template"), [
    (".Renviron", "CH_API={uuid}\n"),
    (".Renviron", 'OS_API="{key}"\n'),
    (".env", "DEBUG=1\nNOTIFY_API={key}\n"),
    ("config/.env.production", "export EA_API={key}\n"),
    # set as an environment's variable elsewhere: a script, compose, a call that sets one
    ("setup.sh", "export CH_API={uuid}\n"),
    ("setup.R", 'Sys.setenv(CH_API = "{uuid}")\n'),
    ("docker-compose.yml", "services:\n  app:\n    environment:\n      CH_API: {uuid}\n"),
    ("compose.yaml", "services:\n  app:\n    environment:\n      - OS_API={key}\n"),
    # a .env's or an .Renviron's names may be in lower case
    (".Renviron", "ch_api={uuid}\n"),
    (".env", 'notify_api="{key}"\n'),
    ("setup.R", 'Sys.setenv(os_places_api = "{key}")\n'),
    # set in code: the environment's map by its index or attribute, or a setter's call
    ("conftest.py", 'os.environ["CH_API"] = "{uuid}"\n'),
    ("conftest.py", "os.environ['NOTIFY_API'] = '{key}'\n"),
    ("conftest.py", 'monkeypatch.setenv("CH_API", "{uuid}")\n'),
    ("server.js", 'process.env.CH_API = "{uuid}";\n'),
    ("boot.rb", 'ENV["OS_API"] = "{key}"\n'),
    ("main.go", 'os.Setenv("CH_API", "{uuid}")\n'),
    ("Program.cs", 'Environment.SetEnvironmentVariable("CH_API", "{uuid}");\n'),
    ("set.ps1", '$env:CH_API = "{uuid}"\n'),
    ("env.sh", "export ch_api={uuid}\n"),
    ("Dockerfile", "FROM python:3.12-slim\nARG ch_api={uuid}\n"),
    # an environment's or a pipeline's entry, its value on the line below or beside it
    ("deployment.yaml", "env:\n  - name: 'CH_API'\n    value: {uuid}\n"),
    ("deployment.yaml", "env:\n  - name: CH_API\n    value: {uuid}\n"),
    ("deployment.yaml", "env:\r\n  - name: os_api\r\n    value: \"{key}\"\r\n"),
    ("azure-pipelines.yml", "variables:\n  - name: \"os_api\"\n    value: '{key}'\n"),
    ("task-definition.json", '{{"environment": [\n  {{"name": "CH_API", "value": "{uuid}"}}\n'
                             ']}}\n'),
    ("task-definition.json", '[\n  {{\n    "name": "OS_API",\n    "value": "{key}"\n  }}\n]\n'),
    # set only when unset; a Terraform app's settings and a function's environment
    ("boot.rb", 'ENV["CH_API"] ||= "{uuid}"\n'),
    ("main.tf", 'resource "azurerm_linux_web_app" "app" {{\n  app_settings = {{\n'
                '    CH_API = "{uuid}"\n  }}\n}}\n'),
    ("lambda.tf", 'resource "aws_lambda_function" "fn" {{\n  environment {{\n    variables = {{\n'
                  '      OS_API = "{key}"\n    }}\n  }}\n}}\n'),
    # a lookup's literal default: the key the code falls back to
    ("client.py", 'CH = os.getenv("CH_API", "{uuid}")\n'),
    ("client.py", "NOTIFY = os.environ.get('NOTIFY_API', '{key}')\n"),
    ("client.py", 'OS = os.environ.get("OS_API") or "{key}"\n'),
    ("client.rb", 'ch = ENV.fetch("CH_API", "{uuid}")\n'),
    ("client.js", 'const ch = process.env.CH_API || "{uuid}";\n'),
    ("client.ts", 'const os = process.env["OS_API"] ?? "{key}";\n'),
    ("config.php", "<?php\nreturn ['ch' => env('CH_API', '{uuid}')];\n"),
    # GitLab's expanded variable: the name over its value and description
    (".gitlab-ci.yml", 'variables:\n  CH_API:\n    value: "{uuid}"\n'
                       '    description: "the lookup key"\n'),
    # a notebook's cell sets it with the %env magic
    ("analysis.ipynb", '{{"cells": [{{"cell_type": "code", "metadata": {{}}, "outputs": [],\n'
                       ' "source": ["%env CH_API={uuid}\\n", "import os\\n"]}}],\n'
                       ' "metadata": {{}}, "nbformat": 4, "nbformat_minor": 5}}\n'),
])
def test_a_short_api_name_with_a_generated_value_is_a_key(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    content = template.format(uuid=_UUID, key=_KEY)
    assert types(scan(cli, tmp_path, name, content)) == {"API_KEY"}


@pytest.mark.parametrize(("name", "content"), [
    (".Renviron", "CH_API=https://api.example.org/v1\n"),
    (".env", "USE_API=true\nNOTIFY_API=notifications\nOS_API=changeme\n"),
    (".env", "OS_API=${OS_API_KEY}\n"),
    # the same name in code or settings that are not an environment's: an address or a flag
    ("settings.py", f'CH_API = "{_KEY}"\n'),
    ("lookup.R", f'CH_API <- "{_KEY}"\n'),
    ("docker-compose.yml", f"services:\n  app:\n    labels:\n      CH_API: {_KEY}\n"),
    ("setup.sh", f"./lookup.sh --source CH_API={_UUID}/v1\n"),
    # in lower case: an address, a flag, a placeholder, or code's and a shell's own variable
    (".env", "base_api=https://api.example.org/v1\nuse_api=true\nch_api=${CH_API_KEY}\n"),
    ("client.py", f'ch_api = "{_KEY}"\n'),
    ("setup.sh", f"ch_api={_KEY}\n"),
    # code that reads the variable, sets it from elsewhere or sets it to an address
    ("client.py", 'CH_API = os.environ["CH_API"]\n'),
    ("client.py", 'os.environ["CH_API"] = settings.CH_API_FROM_THE_VAULT_STORE\n'),
    ("client.py", 'os.environ["NOTIFY_API"] = "https://api.example.org/v1"\n'),
    ("client.js", f'fetch(process.env.CH_API, "{_KEY}");\n'),
    ("client.ps1", "$url = $env:CH_API\n"),
    ("client.py", 'CH = os.getenv("CH_API", "https://api.example.org/v1/things")\n'),
    ("client.js", 'const ch = process.env.CH_API || "https://api.example.org/v1";\n'),
    ("client.js", 'const ch = process.env.USE_API ? "yes" : "no";\n'),
    ("env.sh", "export ch_api=${CH_API_KEY}\n"),
    ("deployment.yaml", "env:\n  - name: CH_API\n    valueFrom:\n      secretKeyRef:\n"
                        "        name: ch\n        key: ch-api\n"),
    ("deployment.yaml", "env:\n  - name: OS_API\n    value: https://api.example.org/v1\n"),
    ("azure-pipelines.yml", "variables:\n  - name: CH_API\n    value: $(chApiKey)\n"),
    (".gitlab-ci.yml", "variables:\n  CH_API:\n    value: $CH_API_KEY\n"
                       "  OS_API:\n    value: https://api.example.org/v1\n"),
    ("chart.yaml", f"labels:\n  REPORTS_API:\n    value: {_UUID}\n"),
    ("task-definition.json", '[{"name": "REPORTS_API", "value": "reports.internal"}]\n'),
    # Terraform's own values and a resource's tags are no environment
    ("main.tf", f'locals {{\n  ch_api = "{_UUID}"\n}}\n'),
    ("main.tf", f'resource "x" "y" {{\n  tags = {{\n    REPORTS_API = "{_UUID}"\n  }}\n}}\n'),
    ("main.tf", 'resource "x" "y" {\n  app_settings = {\n    OS_API = "https://api.example.org"\n'
                '  }\n}\n'),
])
def test_an_api_name_with_an_address_a_word_or_outside_an_environment_is_quiet(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []
