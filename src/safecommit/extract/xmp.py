"""XMP metadata packets (in images and PDFs): every property, as (name, value) pairs.

Parsed with defusedxml. Simple properties may be attributes of ``rdf:Description``;
lists (``dc:creator``) hold ``rdf:li`` items named after their property.
"""

from __future__ import annotations

import re

from safecommit.lazyre import lazy

_PACKET = lazy(rb"<x:xmpmeta\b.*?</x:xmpmeta>|<rdf:RDF\b.*?</rdf:RDF>", re.DOTALL)
# Identifiers of the file itself, not of a person.
_SKIP = frozenset({"about", "InstanceID", "DocumentID", "OriginalDocumentID", "xmptk",
                   "DerivedFrom", "ModifyDate", "CreateDate", "MetadataDate"})
_STRUCTURE = frozenset({"RDF", "Description", "Seq", "Bag", "Alt", "li", "xmpmeta"})


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def find_packets(data: bytes) -> list[bytes]:
    """XMP packets embedded anywhere in a file's bytes (JPEG APP1, PNG iTXt, WebP, TIFF)."""
    if b"<x:xmpmeta" not in data and b"<rdf:RDF" not in data:
        return []
    return [m.group() for m in _PACKET.finditer(data)]


def xmp_pairs(packet: bytes) -> list[tuple[str, str]]:
    """(``XMP name``, value) for each property; [] when the packet is not safe, valid XML."""
    import defusedxml.ElementTree as DET

    try:
        root = DET.fromstring(packet)
    except Exception:  # malformed or hostile metadata: the rest still counts
        return []
    rows: list[tuple[str, str]] = []
    parents = {child: parent for parent in root.iter() for child in parent}
    for el in root.iter():
        name = _local(el.tag)
        if name == "Description":
            rows.extend((f"XMP {_local(k)}", v) for k, v in el.attrib.items()
                        if _local(k) not in _SKIP and v.strip())
        text = (el.text or "").strip()
        if not text or name in _SKIP:
            continue
        if name in _STRUCTURE:
            prop = el
            while prop in parents and _local(prop.tag) in _STRUCTURE:
                prop = parents[prop]
            name = _local(prop.tag)
            if name in _STRUCTURE or name in _SKIP:
                continue
        rows.append((f"XMP {name}", text))
    return rows
