"""A Terraform variable named for the classification is a classification field kept as a
name and its default: ``variable "classification" {`` … ``default = "<level>"`` marks the
configuration, as a tag does. Another variable's default, a default of OFFICIAL beside a
validation listing levels, and a default in lower case (a commercial scheme's) do not."""

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
