"""HTML: text and attribute values are scanned on their raw lines, references decoded."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, Text

PAGE = """<!DOCTYPE html>
<html>
<head><link rel="icon" href="data:image/png;base64,{pixels}"></head>
<body>
  <dl>
    <dt>Email address</dt>
    <dd>{shown}</dd>
  </dl>
  <input name="contact" value="{attr}">
</body>
</html>
"""
PIXELS = base64.b64encode(bytes(range(200))).decode()


def html_text(content: str) -> Text:
    parts = extract(Blob("page.html", content.encode()))
    assert isinstance(parts, list) and isinstance(parts[0], Text)
    return parts[0]


@pytest.mark.parametrize("shown", [
    "ade.bello.5512@gmail.com",
    "ade.bello.5512&#64;gmail.com",
    "ade.bello.5512&#x40;gmail&period;com",
    "ade&#46;bello.5512@gmail.com",
], ids=["plain", "decimal-reference", "hex-and-named-references", "dot-reference"])
def test_email_in_page_text_is_found_on_its_line_however_it_is_encoded(
        repo: Repo, cli: Any, shown: str) -> None:
    repo.write("page.html", PAGE.format(pixels=PIXELS, shown=shown, attr="Change"))
    run = cli("scan", "--format", "json", "page.html")
    assert run.code == 1
    [found] = [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]
    assert found["line"] == 7


def test_email_in_an_attribute_value_is_found(repo: Repo, cli: Any) -> None:
    repo.write("page.html", PAGE.format(pixels=PIXELS, shown="-", attr="ade.bello.5512@gmail.com"))
    run = cli("scan", "--format", "json", "page.html")
    assert [f["line"] for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"] == [9]


def test_inline_image_payload_is_blanked_and_lines_are_kept() -> None:
    content = PAGE.format(pixels=PIXELS, shown="x", attr="y")
    text = html_text(content)
    assert PIXELS[:24] not in text.text
    assert "data:image/png;base64," in text.text
    assert text.text.count("\n") == content.count("\n")
    assert text.syntax == "html"


def test_binary_junk_named_html_is_scanned_for_strings(repo: Repo, cli: Any) -> None:
    repo.write("page.html", b"\x00\xfe\x00 ade.bello.5512@gmail.com \x00\x00\x01")
    run = cli("scan", "--format", "json", "page.html")
    assert run.code == 1
    assert run.json["findings"][0]["type"] == "EMAIL_ADDRESS"
