"""Source maps: each source they carry is read as itself, on its own lines; the mappings
(base64 position codes) are never read as text."""

from __future__ import annotations

import json
from typing import Any

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, Text

EMAIL = "r.achebe.6610@gmail.com"
TOKEN = "ghp_" + "x7Kq2Lm9Pz4Rt8Vb1Nc6Wd3Fg5Hj0YsAeUi"
SERVICE = (
    "import { createClient } from 'redis'\n"
    "\n"
    "// Vehicle registration lookups for the case worker screens\n"
    f"const token = '{TOKEN}'\n"
    f"export const contact = '{EMAIL}'\n"
)
VIEW = "export const greeting = 'Hello'\n"
# Codes of the shape a bundler writes: ``GAA1B`` and ``AAE5C`` have the shape of old
# number plates, and the source above says "registration" a few thousand characters away.
MAPPINGS = ";".join(["AAAA,SAASA,GAA1B,KAAK", "AAE5C,MAA6B,SAAS", "AAAA,GAAG"] * 200)


def source_map(**overrides: Any) -> str:
    doc = {"version": 3, "file": "service.js", "sourceRoot": "",
           "sources": ["../../src/server/service.ts", "../../src/views/view.ts"],
           "sourcesContent": [SERVICE, VIEW], "names": ["createClient", "token"],
           "mappings": MAPPINGS}
    doc.update(overrides)
    return json.dumps(doc)  # one line, as bundlers write it


def texts(content: str, path: str = "dist/service.js.map") -> list[Text]:
    parts = extract(Blob(path, content.encode()))
    assert isinstance(parts, list)
    return [p for p in parts if isinstance(p, Text)]


def test_each_source_is_read_as_its_own_language_on_its_own_lines() -> None:
    found = {t.place: t for t in texts(source_map())}
    service = found["source ../../src/server/service.ts"]
    assert service.syntax == "typescript"
    assert service.text == SERVICE
    assert found["source ../../src/views/view.ts"].text == VIEW
    assert "GAA1B" not in "".join(t.text for t in found.values())  # the mappings are not read


def test_the_maps_own_fields_are_read_as_json() -> None:
    bucket = "https://" + "deploy:" + "Tr0ub4dor-Harbour-77@" + "assets.example.com/build"
    (meta,) = [t for t in texts(source_map(sourceRoot=bucket)) if t.place == "source map"]
    assert meta.syntax == "json"
    assert bucket in meta.text


def test_findings_name_the_source_and_its_line(repo: Repo, cli: Any) -> None:
    repo.write("dist/service.js.map", source_map())
    run = cli("scan", "--format", "json", "dist")
    placed = {(f["kind"], f["place"], f["line"]) for f in run.json["findings"]}
    assert placed == {
        ("secret", "source ../../src/server/service.ts", 4),
        ("personal-data", "source ../../src/server/service.ts", 5),
    }


def test_a_map_without_sources_content_still_reads_its_fields() -> None:
    content = source_map()
    doc = json.loads(content)
    del doc["sourcesContent"]
    assert [t.place for t in texts(json.dumps(doc))] == ["source map"]


def test_a_map_file_that_is_no_source_map_is_read_as_text() -> None:
    # MapServer's map files, a linker's map, a JSON lookup table named .map
    (plain,) = texts("MAP\n  NAME 'farms'\n  EXTENT 0 0 700000 1300000\nEND\n", "farms.map")
    assert plain.place is None and plain.text.startswith("MAP")
    (table,) = texts('{"SX": "Devon", "SY": "Dorset"}', "regions.map")
    assert table.syntax == "json" and table.place is None
