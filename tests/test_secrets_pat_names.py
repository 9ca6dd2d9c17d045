"""A personal access token named by an unquoted name that ends its line (a pipeline's
``- name: AZURE_DEVOPS_PAT`` over its ``value:``) is read as the name's quoted spellings are;
a reference there stays quiet, as does a pattern's name in code (``self._pat``)."""

from __future__ import annotations

import pytest

from conftest import raw, scanned

PAT = "q3x7k2m9p4w8z5n1b6v0" + "c3r7t2y8u4i9o5a1s6d3f7g2h8j4k9l0"


def _secrets(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content) if f.kind == "secret"]


@pytest.mark.parametrize("name", ["AZURE_DEVOPS_PAT", "ADO_PAT", "GH_PAT"])
def test_a_pat_under_an_unquoted_name_over_its_value_is_found(name: str) -> None:
    content = f"variables:\n  - name: {name}\n    value: '{PAT}'\n"
    assert _secrets("azure-pipelines.yml", content) == [("GENERIC_SECRET", PAT)]


@pytest.mark.parametrize("value", ["$(ado-pat)", "${{ secrets.ADO_PAT }}", "''",
                                   "<personal-access-token>"])
def test_a_reference_or_a_placeholder_under_it_stays_quiet(value: str) -> None:
    content = f"variables:\n  - name: ADO_PAT\n    value: {value}\n"
    assert _secrets("azure-pipelines.yml", content) == []


def test_a_patterns_name_in_code_stays_quiet() -> None:
    content = "    def pattern(self):\n        return self._pat\n"
    assert _secrets("lib/grep.py", content) == []
