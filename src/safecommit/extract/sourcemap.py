"""Source maps (``app.js.map``): each original source they carry, read as itself.

A bundler's map is one line of JSON: the sources' paths, a ``mappings`` string of base64
position codes, and often every source's whole text in ``sourcesContent``. Read as one
line, the codes pass for identifiers (some have the shape of an old number plate) and a
word of code thousands of characters away reads as context for every match. So each
source is read on its own, in its own language and on its own lines, placed as ``source
src/app.ts``; the map's other fields (its file, source root and names) are read as JSON,
and the mappings are left out. A ``.map`` file that is not a source map is read as text.
"""

from __future__ import annotations

import json

from safecommit.extract.errors import ExtractError
from safecommit.extract.jsonscan import loads
from safecommit.extract.syntax import syntax_for
from safecommit.extract.text import decode, normalise_newlines, to_str
from safecommit.model import Blob, Text

# Position codes and sources' texts: read apart, or (the codes) not at all.
_APART = frozenset({"mappings", "sourcesContent"})


def extract(blob: Blob) -> list[Text]:
    decoded = to_str(blob.data)
    if decoded is None:
        return [decode(blob, "binary")]
    raw = normalise_newlines(decoded[0])
    doc: object = None
    if raw.lstrip().startswith("{"):
        try:
            doc = loads(raw, "source map JSON")
        except ExtractError:
            doc = None
    if not isinstance(doc, dict) or not isinstance(doc.get("mappings"), str):
        return [decode(blob, syntax_for(blob.path.removesuffix(".map")) if doc is None
                      else "json")]
    rest = {k: v for k, v in doc.items() if k not in _APART}
    texts = [Text(blob.path, json.dumps(rest, indent=1, ensure_ascii=False), "json",
                  place="source map", commit=blob.commit)]
    sources = doc.get("sources")
    contents = doc.get("sourcesContent")
    if not isinstance(contents, list):
        return texts
    for number, content in enumerate(contents):
        if not isinstance(content, str) or not content.strip():
            continue
        name = sources[number] if isinstance(sources, list) and number < len(sources) \
            and isinstance(sources[number], str) else f"#{number + 1}"
        texts.append(Text(blob.path, normalise_newlines(content), syntax_for(name),
                          place=f"source {name}", commit=blob.commit))
    return texts
