"""Every identifier, in every common file syntax: valid values are found with their type,
values with a bad checksum or a malformed shape are not, and reserved fake values never are.

The values are generated (tests/data/identifiers/make.py), pass their checksums and belong
to nobody; they live in tests/data, which the repository's own scan excludes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from safecommit.config import Config
from safecommit.model import Blob, Finding
from safecommit.scan import scan_blob

VALUES = json.loads((Path(__file__).parent / "data/identifiers/values.json").read_text())
# A finding of this type is what each table entry expects.
EXPECTED_TYPE = {name: name for name in VALUES} | {"UK_BANK_ACCOUNT_NUMBER": "UK_BANK_ACCOUNT"}


def camel(key: str) -> str:
    first, *rest = key.split("_")
    return first + "".join(w.title() for w in rest)


def pascal(key: str) -> str:
    return "".join(w.title() for w in key.split("_"))


def _csv_cell(value: str) -> str:
    return f'"{value}"' if "," in value else value


# syntax -> (file name, how a value sits under its key there)
SYNTAXES: dict[str, tuple[str, Callable[[str, str], str]]] = {
    "json": ("fixture.json",
             lambda k, v: f'{{\n  "id": 7,\n  "{camel(k)}": "{v}",\n  "status": "OPEN"\n}}\n'),
    "yaml": ("values.yaml", lambda k, v: f"customer:\n  id: 7\n  {k}: {v}\n  status: OPEN\n"),
    "csv": ("export.csv", lambda k, v: f"id,{k},status\n7,{_csv_cell(v)},OPEN\n"),
    "env": (".env", lambda k, v: f"PORT=3000\n{k.upper()}={v}\n"),
    "python": ("test_customer.py",
               lambda k, v: f'customer = Customer(\n    id=7,\n    {k}="{v}",\n)\n'),
    "javascript": ("customer.test.js",
                   lambda k, v: f"const customer = {{\n  id: 7,\n  {camel(k)}: '{v}',\n}}\n"),
    "java": ("CustomerTest.java",
             lambda k, v: f'Customer c = Customer.builder()\n    .id(7)\n    .{camel(k)}("{v}")\n'
                          f'    .build();\n'),
    "csharp": ("CustomerTests.cs",
               lambda k, v: f'var c = new Customer\n{{\n    Id = 7,\n'
                            f'    {pascal(k)} = "{v}",\n}};\n'),
    "sql": ("seed.sql",
            lambda k, v: f"INSERT INTO customers (id, {k}, status) VALUES\n"
                         f"  (7, '{v}', 'OPEN');\n"),
}


def scan(name: str, content: str) -> list[Finding]:
    findings, problems = scan_blob(Blob(name, content.encode()), Config(), b"salt")
    assert problems == []
    return [f for f in findings if f.kind == "personal-data"]


def cases(group: str) -> list[tuple[str, str]]:
    return [(t, v) for t, entry in VALUES.items() for v in entry[group]]


def located(findings: list[Finding], content: str, value: str) -> list[Finding]:
    """Findings whose line holds the value."""
    line = next(i for i, text in enumerate(content.splitlines(), 1) if value in text)
    return [f for f in findings if f.line == line]


@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
@pytest.mark.parametrize(("type_", "value"), cases("valid"))
def test_valid_value_under_its_key_is_found_with_its_type(type_: str, value: str,
                                                          syntax: str) -> None:
    name, render = SYNTAXES[syntax]
    content = render(VALUES[type_]["key"], value)
    found = located(scan(name, content), content, value)
    assert EXPECTED_TYPE[type_] in {f.type for f in found}, content


@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
@pytest.mark.parametrize(("type_", "value"), cases("invalid"))
def test_bad_checksum_or_malformed_value_is_not_found(type_: str, value: str,
                                                      syntax: str) -> None:
    name, render = SYNTAXES[syntax]
    content = render(VALUES[type_]["key"], value)
    found = located(scan(name, content), content, value)
    assert EXPECTED_TYPE[type_] not in {f.type for f in found}, content


@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
@pytest.mark.parametrize(("type_", "value"), cases("reserved"))
def test_reserved_fake_value_is_never_flagged(type_: str, value: str, syntax: str) -> None:
    name, render = SYNTAXES[syntax]
    content = render(VALUES[type_]["key"], value)
    assert located(scan(name, content), content, value) == [], content


@pytest.mark.parametrize(("type_", "value"), cases("valid"))
def test_suggestion_is_a_reserved_value_of_the_same_type(type_: str, value: str) -> None:
    name, render = SYNTAXES["json"]
    key = VALUES[type_]["key"]
    content = render(key, value)
    found = [f for f in located(scan(name, content), content, value)
             if f.type == EXPECTED_TYPE[type_]]
    assert found and found[0].suggestion
    replaced = render(key, found[0].suggestion)
    assert located(scan(name, replaced), replaced, found[0].suggestion) == []


@pytest.mark.parametrize(("type_", "value"), cases("valid"))
def test_finding_is_masked_and_placed_on_the_value(type_: str, value: str) -> None:
    name, render = SYNTAXES["python"]
    content = render(VALUES[type_]["key"], value)
    finding = next(f for f in located(scan(name, content), content, value)
                   if f.type == EXPECTED_TYPE[type_])
    line = content.splitlines()[finding.line - 1]
    assert line[finding.column - 1:finding.end_column - 1] in value
    assert value not in finding.masked
    assert 0.5 <= finding.confidence <= 1


# A round number typed as a stand-in for an id, and a real id of the same type beside it.
ROUND_NUMBERS = [("DEFRA_SBI", "106000000", "117234906"), ("DEFRA_CRN", "1104000000", "1103587264"),
                 ("DEFRA_FRN", "1102000000", "1102876453"),
                 ("UK_PASSPORT", "512000000", "512390875"),
                 ("UK_BANK_ACCOUNT_NUMBER", "73000000", "73419028")]


@pytest.mark.parametrize("syntax", ["json", "yaml", "python", "sql"])
@pytest.mark.parametrize(("type_", "round_", "real"), ROUND_NUMBERS)
def test_an_id_whose_last_six_digits_are_zeros_is_a_stand_in(type_: str, round_: str,
                                                             real: str, syntax: str) -> None:
    name, render = SYNTAXES[syntax]
    content = render(VALUES[type_]["key"], round_)
    assert located(scan(name, content), content, round_) == [], content
    content = render(VALUES[type_]["key"], real)
    assert EXPECTED_TYPE[type_] in {f.type for f in located(scan(name, content), content, real)}
