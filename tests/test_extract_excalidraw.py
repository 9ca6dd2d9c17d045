"""Excalidraw drawings (.excalidraw): the words on the canvas, top first, then the links, each
found at the raw line and column it is written at."""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, NotScanned, Text

EMAIL = "k.mensah.3318@gmail.com"


def scene(*elements: dict[str, Any]) -> bytes:
    return json.dumps({"type": "excalidraw", "version": 2, "source": "https://excalidraw.com",
                       "elements": list(elements), "appState": {"gridSize": None},
                       "files": {}}, indent=2).encode()


def text(words: str, x: float, y: float, **more: Any) -> dict[str, Any]:
    return {"type": "text", "x": x, "y": y, "text": words, "originalText": words, **more}


def test_a_drawings_words_are_read_top_first_with_its_links() -> None:
    data = scene(text("Payments API", 200, 100), text("Case system", 10, 100),
                 {"type": "frame", "x": 0, "y": 50, "name": "Casework"},
                 text("Old label", 0, 0, isDeleted=True),
                 {"type": "rectangle", "x": 0, "y": 90, "link": f"mailto:{EMAIL}"},
                 text("OFFICIAL-SENSITIVE", 300, 0))
    parts = extract(Blob("docs/architecture.excalidraw", data))
    assert isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], Text)
    assert parts[0].place == "drawing"
    assert parts[0].text.split("\n") == ["OFFICIAL-SENSITIVE", "Casework", "Case system",
                                         "Payments API", f"link: mailto:{EMAIL}"]


def test_a_banner_across_a_drawings_top_is_a_marking(repo: Repo, cli: Any) -> None:
    repo.write("docs/architecture.excalidraw",
               scene(text("Case system", 10, 100), text("Payments API", 200, 100),
                     text("Data warehouse", 400, 100), text("OFFICIAL-SENSITIVE", 300, 0)))
    run = cli("scan", "--format", "json", "docs/architecture.excalidraw")
    assert [(f["place"], f["masked"]) for f in run.json["findings"]] == \
        [("drawing", "OFFICIAL-SENSITIVE")]
    repo.write("docs/keys.excalidraw",
               scene(text("App", 10, 100), text("Vault holds SECRET_KEY", 200, 100)))
    assert cli("scan", "--format", "json", "docs/keys.excalidraw").json["findings"] == []


@pytest.mark.parametrize("indent", [2, None], ids=["pretty", "one line"])
def test_a_finding_points_at_the_raw_line_and_column_of_its_words(
        repo: Repo, cli: Any, indent: int | None) -> None:
    # Read top of the canvas first, the lines are in another order than the file's; the
    # escapes before a value (a quote, an accent, a line break) still count as raw columns.
    data = json.dumps({"type": "excalidraw", "elements": [
        text('Caf\u00e9 "notes"\n  owner Margaret Thornbury', 0, 500),
        text("Interview notes\nmobile 07912 345678", 0, 10),
        {"type": "rectangle", "x": 0, "y": 90, "link": f"mailto:{EMAIL}"}]}, indent=indent)
    repo.write("docs/visit.excalidraw", data)
    raw = data.split("\n")
    found = []
    for f in cli("scan", "--format", "json", "docs/visit.excalidraw").json["findings"]:
        line = raw[f["line"] - 1]
        found.append((f["type"], line[f["column"] - 1:f["end_column"] - 1]))
    assert sorted(found) == [("EMAIL_ADDRESS", EMAIL), ("PERSON", "Margaret Thornbury"),
                             ("PHONE_NUMBER", "07912 345678")]


def test_a_scene_that_is_not_json_is_read_as_its_text() -> None:
    parts = extract(Blob("broken.excalidraw", b'{"elements": [OFFICIAL-SENSITIVE'))
    assert isinstance(parts, list) and isinstance(parts[0], Text)
    assert parts[0].syntax == "json" and "OFFICIAL-SENSITIVE" in parts[0].text


def exported(data: bytes, version: int) -> bytes:
    """An SVG exported with "embed scene", as Excalidraw writes one (payload version 1:
    base64 of the scene; version 2: of a wrapper holding it deflated as a byte string)."""
    if version == 2:
        wrapper = {"version": "1", "encoding": "bstring", "compressed": True,
                   "encoded": zlib.compress(data).decode("latin-1")}
        data = json.dumps(wrapper).encode("latin-1")
    payload = base64.b64encode(data).decode()
    return ('<svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">'
            "<!-- svg-source:excalidraw --><metadata>"
            "<!-- payload-type:application/vnd.excalidraw+json -->"
            f"<!-- payload-version:{version} --><!-- payload-start -->{payload}"
            "<!-- payload-end --></metadata>"
            '<rect x="0" y="0" width="400" height="300" fill="#ffffff"></rect>'
            '<g><text x="0" y="18">Case system</text></g></svg>\n').encode()


@pytest.mark.parametrize("version", [1, 2])
def test_an_svg_export_is_read_by_the_scene_it_embeds(repo: Repo, cli: Any,
                                                      version: int) -> None:
    data = scene(text("Case system", 10, 100), text("OFFICIAL-SENSITIVE", 300, 0),
                 {"type": "rectangle", "x": 0, "y": 90, "link": f"mailto:{EMAIL}"})
    repo.write("docs/architecture.svg", exported(data, version))
    run = cli("scan", "--format", "json", "docs/architecture.svg")
    assert [(f["place"], f["type"]) for f in run.json["findings"]] == \
        [("drawing", "PROTECTIVE_MARKING"), ("drawing", "EMAIL_ADDRESS")]


def test_an_svg_exports_scene_that_cannot_be_unpacked_is_said_so() -> None:
    svg = exported(scene(text("Case system", 10, 100)), 2).replace(b"payload-start -->",
                                                                   b"payload-start -->eJx")
    parts = extract(Blob("docs/architecture.svg", svg))
    assert isinstance(parts, list) and [type(p) for p in parts] == [Text, NotScanned]
    assert isinstance(parts[0], Text) and "payload-start" in parts[0].text
