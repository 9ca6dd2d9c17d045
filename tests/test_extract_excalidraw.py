"""Excalidraw drawings (.excalidraw): the words on the canvas, top first, then the links."""

from __future__ import annotations

import json
from typing import Any

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, Text

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


def test_a_scene_that_is_not_json_is_read_as_its_text() -> None:
    parts = extract(Blob("broken.excalidraw", b'{"elements": [OFFICIAL-SENSITIVE'))
    assert isinstance(parts, list) and isinstance(parts[0], Text)
    assert parts[0].syntax == "json" and "OFFICIAL-SENSITIVE" in parts[0].text
