"""Office document properties and sensitivity labels, as ``name: value`` lines.

Author, last modified by, company and manager name people; a sensitivity label (Microsoft
Purview / MSIP) names the document's marking, such as OFFICIAL-SENSITIVE. People who
commented or tracked changes are listed too: their names are in the file.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable

from safecommit.extract.ooxml import local, xml
from safecommit.extract.props import custom_property, properties_text
from safecommit.model import Blob, Text

_CORE = {
    "creator": "author", "lastModifiedBy": "last modified by", "title": "title",
    "subject": "subject", "keywords": "keywords", "description": "description",
    "category": "category", "contentStatus": "status", "identifier": "identifier",
}
_APP = {"Company": "company", "Manager": "manager", "HyperlinkBase": "hyperlink base"}


def _pairs(zf: zipfile.ZipFile) -> Iterable[tuple[str, str]]:
    for part, names in (("docProps/core.xml", _CORE), ("docProps/app.xml", _APP)):
        root = xml(zf, part)
        for el in root if root is not None else ():
            label = names.get(local(el.tag))
            if label and el.text and el.text.strip():
                yield label, el.text.strip()
    custom = xml(zf, "docProps/custom.xml")
    if custom is not None:
        for prop in custom:
            name = prop.get("name", "")
            value = " ".join(t.strip() for t in prop.itertext() if t.strip())
            row = custom_property(name, value) if value else None
            if row is not None:  # not a label's ids, dates and methods: not content
                yield row
    labels = xml(zf, "docMetadata/LabelInfo.xml")
    if labels is not None:
        for el in labels.iter():
            if local(el.tag) == "label" and el.get("id"):
                yield "sensitivity label id", f"{el.get('id')} (method {el.get('method', '?')})"


def properties(blob: Blob, zf: zipfile.ZipFile,
               people: Iterable[tuple[str, str]] = ()) -> list[Text]:
    """One text of the document's properties, each line placed as ``property <name>``."""
    text = properties_text(blob, [*_pairs(zf), *people])
    return [text] if text is not None else []
