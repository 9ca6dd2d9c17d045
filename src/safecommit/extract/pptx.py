"""PowerPoint decks: each slide's text and tables, its speaker notes and comments, and
the deck's properties. Slides are numbered as the deck shows them."""

from __future__ import annotations

import zipfile

from safecommit.extract import ooxml, pages
from safecommit.extract.errors import ExtractError
from safecommit.extract.office_props import properties
from safecommit.model import Blob, NotScanned, Text

_DECK = "ppt/presentation.xml"


def _slides(zf: zipfile.ZipFile) -> list[str]:
    """Slide part names in show order."""
    deck = ooxml.xml(zf, _DECK)
    if deck is None:
        raise ExtractError("not a PowerPoint deck (no ppt/presentation.xml)")
    targets = ooxml.rels(zf, _DECK)
    ordered = []
    for el in deck.iter():
        if ooxml.local(el.tag) == "sldId":
            rid = next((v for k, v in el.attrib.items() if ooxml.local(k) == "id" and "}" in k), "")
            if rid in targets:
                ordered.append(targets[rid][1])
    listed = set(ordered)
    # Slides not in the list are hidden from the show but still in the file.
    ordered += [n for n in ooxml.names(zf, "ppt/slides", "slide") if n not in listed]
    return ordered


def extract(blob: Blob) -> list[Text | NotScanned]:
    found: list[Text | None] = []
    slides: list[tuple[str, str]] = []
    with ooxml.open_package(blob.data, ".pptx") as zf:
        for number, part in enumerate(_slides(zf), start=1):
            slide = ooxml.xml(zf, part)
            if slide is None:
                continue
            slides.append((f"slide {number}", "\n".join(ooxml.lines(slide))))
            found.append(ooxml.text(blob, ooxml.described(slide), f"slide {number} alt text"))
            for kind, target in ooxml.rels(zf, part).values():
                root = ooxml.xml(zf, target) if kind in ("notesSlide", "comments") else None
                if root is None:
                    continue
                if kind == "notesSlide":
                    found.append(ooxml.text(blob, ooxml.lines(root), f"slide {number} notes"))
                else:
                    said = (" ".join(t.strip() for t in cm.itertext() if t.strip())
                            for cm in root if ooxml.local(cm.tag) == "cm")
                    found.append(ooxml.text(blob, said, f"slide {number} comments"))
        people: set[tuple[str, str]] = set()
        for name in ("ppt/commentAuthors.xml", "ppt/authors.xml"):
            root = ooxml.xml(zf, name)
            if root is not None:
                people |= {("comment author", who) for who in ooxml.authors(root)}
        found[:0] = pages.texts(blob, slides)
        found.extend((ooxml.links(blob, zf), ooxml.custom_xml(blob, zf)))
        found.extend(properties(blob, zf, sorted(people)))
        pictures = [*ooxml.media(blob, zf), *ooxml.other_parts(blob, zf)]
    return [*(t for t in found if t is not None), *pictures]
