"""A setting's value beside a sibling that names it, in either order: an ECS task
definition's container environment writes {"value": …, "name": …} as readily as the
Kubernetes order, on one line or over several."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import fill, scan, types


@pytest.mark.parametrize(("name", "template", "expected"), [
    # the value before its name, on one line
    ("taskdef.json", '{{"environment": [\n  {{"value": "{secret}", "name": "API_TOKEN"}},\n'
                     '  {{"value": "eu-west-2", "name": "AWS_REGION"}}\n]}}\n',
     "GENERIC_SECRET"),
    ("container.json", '[{{"value":"{pw}","name":"DB_PASSWORD"}}]\n', "PASSWORD"),
    # and over several lines, the name the object's last member
    ("taskdef.json", '{{"environment": [\n  {{\n    "value": "{pw}",\n'
                     '    "name": "DB_PASSWORD"\n  }},\n  {{\n    "value": "production",\n'
                     '    "name": "NODE_ENV"\n  }}\n]}}\n', "PASSWORD"),
    # a YAML list's item with its value first (a pipeline's variables, a container's env)
    ("azure-pipelines.yml", "variables:\n  - value: '{secret}'\n    name: apiToken\n"
                            "  - name: region\n    value: uksouth\n", "GENERIC_SECRET"),
    ("deployment.yaml", "env:\n  - value: \"{pw}\"\n    name: DB_PASSWORD\n", "PASSWORD"),
    # several members between the value and its name: its type, a description
    ("taskdef.json", '{{"environment": [\n  {{\n    "value": "{secret}",\n'
                     '    "type": "PLAINTEXT",\n    "description": "upstream service",\n'
                     '    "secure": false,\n    "name": "API_TOKEN"\n  }}\n]}}\n',
     "GENERIC_SECRET"),
    ("deployment.yaml", "env:\n  - value: \"{pw}\"\n    type: plain\n"
                        "    description: reporting database\n    name: DB_PASSWORD\n",
     "PASSWORD"),
    # the members' longer names: CloudFormation's parameters file, Elastic Beanstalk's
    # option settings, an Airflow project's variables, the AWS CLI's shorthand
    ("params.json", '[\n  {{\n    "ParameterKey": "DbPassword",\n'
                    '    "ParameterValue": "{pw}"\n  }},\n'
                    '  {{"ParameterKey": "Environment", "ParameterValue": "prod"}}\n]\n',
     "PASSWORD"),
    ("params.json", '[{{"ParameterKey": "ApiToken", "ParameterValue": "{secret}"}}]\n',
     "GENERIC_SECRET"),
    ("options.json", '[\n  {{\n    "Namespace": "aws:elasticbeanstalk:application:environment",'
                     '\n    "OptionName": "API_TOKEN",\n    "Value": "{secret}"\n  }}\n]\n',
     "GENERIC_SECRET"),
    ("airflow_settings.yaml", "airflow:\n  variables:\n    - variable_name: api_token\n"
                              "      variable_value: {secret}\n    - variable_name: region\n"
                              "      variable_value: eu-west-2\n", "GENERIC_SECRET"),
    ("deploy.sh", "aws cloudformation create-stack --stack-name frp --parameters "
                  "ParameterKey=DbPassword,ParameterValue={pw} "
                  "ParameterKey=Env,ParameterValue=prod\n", "PASSWORD"),
    # CloudFormation's capitalised members
    ("ecs.yaml", "Environment:\n  - Value: \"{secret}\"\n    Name: API_TOKEN\n"
                 "  - Value: eu-west-2\n    Name: AWS_REGION\n", "GENERIC_SECRET"),
])
def test_a_value_named_by_its_sibling_after_it_is_a_secret(
        cli: Any, tmp_path: Path, name: str, template: str, expected: str) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert types(found) == {expected}
    assert len(found) == 1


def test_a_yaml_item_s_value_is_not_named_by_the_next_item(cli: Any, tmp_path: Path) -> None:
    content = ("env:\n  - name: REGION\n    value: Zq8vR2xL0pW4nT6yB1cFKd93\n"
               "  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n"
               "        name: api\n        key: token\n")
    assert scan(cli, tmp_path, "deployment.yaml", content) == []


@pytest.mark.parametrize("content", [
    # the values that sit beside secret names belong to other objects, or are references
    '{"environment": [\n  {\n    "value": "production",\n    "name": "NODE_ENV"\n  },\n'
    '  {\n    "name": "DB_PASSWORD",\n    "valueFrom": "arn:aws:ssm:eu-west-2:000000000000:'
    'parameter/db"\n  }\n]}\n',
    '{"secrets": [\n  {"valueFrom": "arn:aws:secretsmanager:eu-west-2:000000000000:secret:x",'
    ' "name": "API_TOKEN"}\n]}\n',
    '{"environment": [\n  {"value": "${API_TOKEN}", "name": "API_TOKEN"}\n]}\n',
    # the longer names, over values that are none
    '[{"ParameterKey": "DbPassword", "ParameterValue": "{{resolve:ssm:/frp/db}}"},\n'
    ' {"ParameterKey": "ApiTokenTtl", "ParameterValue": "Zq8vR2xL0pW4nT6yB1cFKd93"}]\n',
    # a value several members above, in the object before the name's
    '{"environment": [\n  {\n    "value": "Zq8vR2xL0pW4nT6yB1cFKd93",\n'
    '    "type": "PLAINTEXT",\n    "name": "BUILD_LABEL"\n  },\n  {\n'
    '    "type": "PARAMETER_STORE",\n    "name": "API_TOKEN"\n  }\n]}\n',
])
def test_a_secret_name_beside_no_value_of_its_own_is_not_flagged(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "taskdef.json", content) == []


@pytest.mark.parametrize("name, content, line", [
    ("ssm.json", '{{\n  "Parameter": {{\n    "Name": "/grants/prod/db/password",\n'
                 '    "Type": "SecureString",\n    "Value": "{pw}",\n    "Version": 3\n'
                 '  }}\n}}\n', 5),
    ("template.yaml", "Resources:\n  DbPassword:\n    Type: AWS::SSM::Parameter\n    Properties:\n"
                      "      Name: /grants/prod/db/password\n      Type: String\n"
                      "      Value: {pw}\n", 7),
])
def test_a_parameter_named_by_its_path_holds_its_value(
        cli: Any, tmp_path: Path, name: str, content: str, line: int) -> None:
    found = scan(cli, tmp_path, name, fill(content))
    assert [(f["line"], f["type"]) for f in found] == [(line, "PASSWORD")]


def test_a_file_s_path_or_a_reference_under_a_path_name_is_quiet(
        cli: Any, tmp_path: Path) -> None:
    content = ("volumes:\n  - name: /etc/ssl/private/key.pem\n    value: {secret}\n"
               "params:\n  - Name: /grants/prod/db/password\n"
               "    Value: \"{{{{resolve:ssm-secure:/grants/prod/db/password}}}}\"\n")
    assert scan(cli, tmp_path, "params.yaml", fill(content)) == []
