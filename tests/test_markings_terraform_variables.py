"""A Terraform variable named for the classification is a classification field kept as a
name and its default: ``variable "classification" {`` … ``default = "<level>"`` marks the
configuration, as a tag does, and so does a Bicep parameter's default (``param
classification string = '<level>'``). Another variable's default, a default of OFFICIAL
beside a list of levels, and a default in lower case (a commercial scheme's) do not."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned("infra/variables.tf", content)
            if f.kind == "marking"]


@pytest.mark.parametrize(("content", "line"), [
    ('resource "azurerm_storage_account" "sa" {\n  name = "herds"\n  tags = {\n'
     '    data_classification = var.classification\n  }\n}\nvariable "classification" {\n'
     '  default = "OFFICIAL-SENSITIVE"\n}\n', 8),
    ('variable "data_classification" {\n  description = "The level of the data the bucket '
     'holds"\n  type        = string\n  default     = "OFFICIAL-SENSITIVE"\n}\n', 4),
])
def test_a_classification_variables_default_marks_the_configuration(
        content: str, line: int) -> None:
    assert markings(content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    'variable "classification" {\n  type    = string\n  default = "OFFICIAL"\n  validation {\n'
    '    condition     = contains(["OFFICIAL", "OFFICIAL-SENSITIVE"], var.classification)\n'
    '    error_message = "Use OFFICIAL or OFFICIAL-SENSITIVE."\n  }\n}\n',
    'variable "classification" {\n}\nvariable "banner" {\n  default = "OFFICIAL-SENSITIVE"\n}\n',
    'variable "classification" {\n  default = "secret"\n}\n',
])
def test_another_variables_default_or_a_list_of_levels_is_not_a_marking(content: str) -> None:
    assert markings(content) == []


def test_a_bicep_classification_parameters_default_marks_the_template() -> None:
    content = ("param location string = resourceGroup().location\n"
               "param classification string = 'OFFICIAL-SENSITIVE'\n\n"
               "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n"
               "  name: 'herds'\n  tags: {\n    classification: classification\n  }\n}\n")
    assert [(f.line, raw(content, f)) for f in scanned("infra/main.bicep", content)
            if f.kind == "marking"] == [(2, "OFFICIAL-SENSITIVE")]


def test_a_bicep_parameter_allowing_levels_is_not_a_marking() -> None:
    content = ("@allowed([\n  'OFFICIAL'\n  'OFFICIAL-SENSITIVE'\n])\n"
               "param classification string = 'OFFICIAL'\n")
    assert [f for f in scanned("infra/main.bicep", content) if f.kind == "marking"] == []
