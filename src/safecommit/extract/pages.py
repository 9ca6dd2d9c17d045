"""A document's pages (slides, a PDF's pages): a Text each, placed by its page; or, when the
pages explain the classification scheme, one Text that places each page.

A deck that trains people in the scheme gives each level a slide of its own ("SECRET", then
what it means): slide by slide, each would read as marked. Read together, the deck names
the levels, each under its own name, and the marking detector reads it as the
training material it is (``marking_lines._subjects``); a marking repeated on every slide, as
a footer is, still marks it.
"""

from __future__ import annotations

from collections.abc import Sequence

from safecommit.model import Blob, Text

# Fewer pages cannot name two levels, each on a page of its own.
_FEWEST = 2
# Between pages, read together: enough blank lines that no line is read as the neighbour of
# a line on another page (a list's next entry is looked for three lines away).
_BETWEEN = "\n" * 4


def texts(blob: Blob, pages: Sequence[tuple[str, str]]) -> list[Text]:
    """A Text for each of ``pages`` (place, text), in order, blank ones left out; or one
    Text for all of them, each placed by its span, when they explain the scheme."""
    kept = [(place, body) for place, body in pages if body.strip()]
    if len(kept) >= _FEWEST:
        from safecommit.detect.markings import explains_the_scheme

        whole = _BETWEEN.join(body for _, body in kept)
        if explains_the_scheme(whole):
            spans, at = [], 0
            for place, body in kept:
                spans.append((at, place))
                at += len(body) + len(_BETWEEN)
            return [Text(blob.path, whole, "text", place=kept[0][0], commit=blob.commit,
                         spans=tuple(spans))]
    return [Text(blob.path, body, "text", place=place, commit=blob.commit)
            for place, body in kept]
