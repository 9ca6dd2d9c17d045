"""A short name in lower case set as an environment's variable: judged by its value, as in a
.env, where the key above its entries names an environment (compose's ``environment:``, a
launch configuration's ``"env"``, a pipeline's ``variables:``), in SAM's ``env.json``, or on
a command line after a flag that sets an app's environment. Elsewhere such a name is a map's
key, and stays quiet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import scan, types

_UUID = "3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c"
_KEY = "Zk8pQ2vR7mXw4tLn" + "9bHc3sJd6fGy1aKe"


@pytest.mark.parametrize(("name", "template"), [
    ("docker-compose.yml", "services:\n  app:\n    environment:\n      - ch_key={uuid}\n"),
    ("compose.yaml", "services:\n  app:\n    environment:\n    - ea_key={key}\n"),
    ("docker-compose.yml", "services:\n  app:\n    environment:\n      REGION: eu-west-2\n"
                           "      # the lookups service\n      ch_key: {uuid}\n"),
    (".vscode/launch.json", '{{\n  "configurations": [\n    {{\n      "name": "Run",\n'
                            '      "env": {{\n        "DEBUG": "1",\n'
                            '        "ch_key": "{uuid}"\n      }}\n    }}\n  ]\n}}\n'),
    ("env.json", '{{\n  "LookupFunction": {{\n    "ea_key": "{key}"\n  }}\n}}\n'),
    ("app.json", '{{\n  "name": "frp",\n  "env": {{\n    "ch_key": "{uuid}"\n  }}\n}}\n'),
    ("values.yaml", "extraEnv:\n  - name: ch_key\n    value: {uuid}\n"),
    (".gitlab-ci.yml", "variables:\n  ea_key: {key}\n"),
    ("template.yaml", "Resources:\n  Fn:\n    Properties:\n      Environment:\n"
                      "        Variables:\n          ch_key: {uuid}\n"),
    ("deploy.sh", 'az webapp config appsettings set -g rg-frp -n frp-api '
                  '--settings "ch_key={uuid}"\n'),
    ("run.sh", "gcloud run deploy frp --set-env-vars ea_key={key}\n"),
    # the same flags in a workflow's step and in a Makefile's recipe
    (".github/workflows/ci.yml", "jobs:\n  test:\n    steps:\n"
                                 "      - run: docker run -e ch_key={uuid} frp-api\n"),
    ("Makefile", "run:\n\tdocker run -e ea_key={key} frp-api\n"),
    # an ECS task definition's environment, a list of name and value
    ("task-definition.json", '{{\n  "containerDefinitions": [\n    {{\n'
                             '      "environment": [\n'
                             '        {{"name": "ch_key", "value": "{uuid}"}}\n'
                             '      ]\n    }}\n  ]\n}}\n'),
])
def test_a_lower_case_name_in_an_environment_is_judged_by_its_value(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    content = template.format(uuid=_UUID, key=_KEY)
    assert types(scan(cli, tmp_path, name, content)) == {"GENERIC_SECRET"}


@pytest.mark.parametrize(("name", "template"), [
    # keys that pick a row or a cache entry, even in an environment
    ("docker-compose.yml", "services:\n  app:\n    environment:\n      - cache_key={key}\n"
                           "      - sort_key=created_at\n      - partition_key={uuid}\n"),
    # placeholders and references
    ("docker-compose.yml", "services:\n  app:\n    environment:\n      ch_key: changeme\n"
                           "      ea_key: ${{EA_KEY}}\n"),
    # the same names outside an environment: labels, a launch configuration's args, data
    ("docker-compose.yml", "services:\n  app:\n    labels:\n      ch_key: {uuid}\n"),
    (".vscode/launch.json", '{{\n  "configurations": [\n    {{\n      "args": {{\n'
                            '        "ch_key": "{uuid}"\n      }}\n    }}\n  ]\n}}\n'),
    ("fixtures.json", '{{\n  "rows": {{\n    "ch_key": "{uuid}"\n  }}\n}}\n'),
    ("deploy.sh", 'curl -s "https://example.org/lookup?ch_key={uuid}"\n'),
    # a workflow's step with no flag that sets the environment
    (".github/workflows/ci.yml", "jobs:\n  test:\n    steps:\n"
                                 "      - run: ./lookup.sh ch_key={uuid}\n"),
])
def test_a_lower_case_name_outside_an_environment_or_with_no_secret_is_quiet(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert scan(cli, tmp_path, name, template.format(uuid=_UUID, key=_KEY)) == []


@pytest.mark.parametrize(("name", "template"), [
    # an Airflow variable, set under a short name, in the environment's case or code's
    ("dags/setup.py", 'from airflow.models import Variable\nVariable.set("ch_key", "{key}")\n'),
    ("dags/setup.py", 'Variable.set("ea_key", "{uuid}")\n'),
    # a Databricks notebook's parameter, whose default is the literal
    ("notebooks/load.py", '# Databricks notebook source\n'
                          'dbutils.widgets.text("token", "{key}")\n'),
    ("notebooks/load.py", 'dbutils.widgets.text("api_key", "{key}")\n'),
    ("notebooks/load.py", 'dbutils.widgets.text("ch_key", "{uuid}")\n'),
    # setenv in R, and C's
    ("setup.R", 'Sys.setenv("ch_key" = "{key}")\n'),
])
def test_a_literal_set_as_a_variable_under_a_secret_name_is_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    found = types(scan(cli, tmp_path, name, template.format(uuid=_UUID, key=_KEY)))
    assert found and found <= {"GENERIC_SECRET", "API_KEY"}


@pytest.mark.parametrize(("name", "template"), [
    # an empty default, a placeholder, a setting that is no secret, a key that picks a row
    ("notebooks/load.py", 'dbutils.widgets.text("token", "")\n'
                          'dbutils.widgets.text("token", "your-token-here")\n'
                          'dbutils.widgets.text("env", "dev")\n'),
    ("dags/setup.py", 'Variable.set("cache_key", "{key}")\nVariable.set("region", "eu-west-2")\n'
                      'Variable.set("sort_key", "created_at")\n'),
    # a map's key set in code, not a variable's
    ("cache.py", 'cache.set("ch_key", "{uuid}")\n'),
])
def test_a_variable_set_with_no_secret_is_quiet(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert scan(cli, tmp_path, name, template.format(uuid=_UUID, key=_KEY)) == []
