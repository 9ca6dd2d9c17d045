"""An API description's examples (OpenAPI's example and examples, Swagger 2's x-example)
under a parameter or a property named for a secret: a key a generator made is a real one
pasted in; a placeholder, a word or a JWT-shaped sample is a documented example."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import FAKES, scan

_PARAMETER = """paths:
  /grants:
    get:
      parameters:
        - name: api_key
          in: header
          required: true
          schema:
            type: string
          {ex}: {value}
        - name: page
          in: query
          example: 2
"""
_PROPERTY = """components:
  schemas:
    TokenRequest:
      type: object
      properties:
        client_id:
          type: string
          example: grants-portal
        client_secret:
          type: string
          example: {value}
"""
_LIST = """components:
  schemas:
    Session:
      properties:
        token:
          type: string
          examples:
            - {value}
"""
_NAMED_EXAMPLES = """components:
  parameters:
    ApiKey:
      name: x-api-key
      in: header
      schema:
        type: string
      examples:
        dev:
          summary: the development key
          value: {value}
"""
_JSON = ('{{"paths": {{"/x": {{"get": {{"parameters": [{{"name": "api_key", "in": "header", '
         '"type": "string", "x-example": "{value}"}}]}}}}}},\n'
         ' "definitions": {{"Login": {{"properties": {{"client_secret": '
         '{{"type": "string", "example": "{value}"}}}}}}}}}}\n')


@pytest.mark.parametrize("ex", ["example", "x-example"])
def test_a_secret_parameter_s_generated_example_is_a_key(
        cli: Any, tmp_path: Path, ex: str) -> None:
    found = scan(cli, tmp_path, "openapi.yaml", _PARAMETER.format(ex=ex, value=FAKES["secret"]))
    assert [(f["line"], f["type"]) for f in found] == [(10, "API_KEY")]


@pytest.mark.parametrize("shape, line", [(_PROPERTY, 11), (_LIST, 8), (_NAMED_EXAMPLES, 11)])
def test_a_secret_property_s_generated_example_is_a_secret(
        cli: Any, tmp_path: Path, shape: str, line: int) -> None:
    found = scan(cli, tmp_path, "openapi.yaml", shape.format(value=FAKES["secret"]))
    assert [f["line"] for f in found] == [line]


def test_a_swagger_json_s_examples_on_one_line_are_keys(cli: Any, tmp_path: Path) -> None:
    found = scan(cli, tmp_path, "swagger.json", _JSON.format(value=FAKES["secret"]))
    assert [f["line"] for f in found] == [1, 2]


@pytest.mark.parametrize("value", ["your-api-key-here", "string", "<api key>", "abc123",
                                   "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl",
                                   "ExampleClientSecretValue"])
def test_a_placeholder_or_a_sample_example_is_quiet(
        cli: Any, tmp_path: Path, value: str) -> None:
    for name, shape in (("a.yaml", _PARAMETER.format(ex="example", value=value)),
                        ("b.yaml", _PROPERTY.format(value=value)),
                        ("c.yaml", _LIST.format(value=value)),
                        ("e.yaml", _NAMED_EXAMPLES.format(value=value)),
                        ("d.json", _JSON.format(value=value))):
        assert scan(cli, tmp_path, name, shape) == [], name
