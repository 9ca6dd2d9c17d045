"""Power BI reports: the words of their text boxes, read as the page shows them.

A report is JSON: as a project saves it for source control (PBIP), a visual a file
(``X.Report/definition/pages/…/visuals/…/visual.json``) or the whole report in one
(``X.Report/report.json``, each visual's settings a string of JSON); inside a ``.pbix``, the
same report as ``Report/Layout`` (UTF-16). A text box keeps its words as runs of a paragraph
(``paragraphs[i].textRuns[j].value``), deep among its settings, where a banner reads as one
string among many. Each paragraph is read as a line of prose, on its raw line where the file
has one, so a classification typed across the top of a page is a marking; the rest of the
file is read as JSON, the paragraphs blanked in it, so nothing is reported twice. A
visual's title and subtitle and a shape's words (a literal under the object's ``text``
property) are read the same way: the page shows them as words too; so is each page's name
(a project's ``page.json``, a legacy report's sections), as its tab shows it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from safecommit.extract.jsonscan import JsonString, read, strings
from safecommit.extract.lines import Piece, line_starts, overlay, where
from safecommit.model import Blob, Text


def extract(blob: Blob) -> list[Text]:
    found = read(blob, "a Power BI report")
    if isinstance(found, Text):
        return [found]
    raw, _ = found
    starts = line_starts(raw)
    paragraphs: dict[tuple[str | int, ...], list[JsonString]] = {}
    pieces: list[Piece] = []
    titles: list[JsonString] = []  # a visual's title, a shape's words
    visuals: list[Piece] = []  # a legacy visual's words: its text boxes, title, shape text
    named: list[Piece] = []  # each page's name
    for s in strings(raw):
        if "textRuns" in s.path and s.key == "value":
            paragraphs.setdefault(s.path[:s.path.index("textRuns")], []).append(s)
        elif s.key == "config" and s.raw[1:2] == "{":  # a visual's settings, as a string
            line, col = where(starts, s.start + 1)
            visuals += [Piece(line, col, said) for said in _said(s.value)]
        elif s.path[-1:] == ("displayName",) and _page(s.path):
            line, col = where(starts, s.start + 1)  # a page's name, as its tab shows it
            named.append(Piece(line, col, " ".join(s.value.split())))
        elif s.key == "Value" and _titled(s.path):
            said = _literal(s.value)
            if said:
                line, col = where(starts, s.start + 1)
                pieces.append(Piece(line, col, said))
                titles.append(s)
    blanked = list(raw)
    for s in titles:
        blanked[s.start + 1:s.end - 1] = " " * (s.end - s.start - 2)
    for runs in paragraphs.values():
        line, col = where(starts, runs[0].start + 1)
        said = " ".join("".join(run.value for run in runs).split())
        if said:
            pieces.append(Piece(line, col, said))
        for run in runs:  # read as the box's words, not again as the file's
            blanked[run.start + 1:run.end - 1] = " " * (run.end - run.start - 2)
    out = [Text(blob.path, "".join(blanked) if paragraphs or titles else raw, "json",
                lines=blob.lines, commit=blob.commit)]
    boxes = [overlay(blob, group, "text", "text box") for group in _apart(pieces, visuals)]
    names = overlay(blob, named, "text", "page name")
    return [*out, *(t for t in (*boxes, names) if t is not None)]


def _apart(pieces: list[Piece], visuals: list[Piece]) -> list[list[Piece]]:
    """``pieces`` and ``visuals`` in groups, each read as a text of its own, where no two
    pieces of a group share a raw line: a legacy visual's settings are one string on one
    line, and its title and its shape's words, read as one line, would run a marking in one
    into the prose of the other. Pieces on lines of their own stay together, so neighbours
    (a list of levels, a visual a line) are still read as neighbours."""
    groups = [pieces]
    seen = [{p.line for p in pieces}]
    for piece in visuals:
        k = next((k for k, lines in enumerate(seen) if piece.line not in lines), len(groups))
        if k == len(groups):
            groups.append([])
            seen.append(set())
        groups[k].append(piece)
        seen[k].add(piece.line)
    return groups


# The settings whose text a page shows as words: a visual's title and subtitle, a shape's
# text. Each is a literal (``{"expr": {"Literal": {"Value": "'…'"}}}``) under its object's
# ``text`` property.
# A legacy text box's paragraphs share a line: apart as ``overlay`` sets pieces apart.
_GAP = "   "
_TITLED = frozenset({"title", "subTitle", "text"})


def _titled(path: tuple[str | int, ...]) -> bool:
    """Whether a ``Value`` at ``path`` is the text of a visual's title or a shape's words."""
    return path[-4:] == ("text", "expr", "Literal", "Value") and len(path) >= 7 \
        and path[-5] == "properties" and path[-7] in _TITLED


def _page(path: tuple[str | int, ...]) -> bool:
    """Whether a ``displayName`` at ``path`` is a page's: a project's ``page.json`` has it
    at the top, a legacy report each of its ``sections``."""
    return len(path) == 1 or (len(path) == 3 and path[0] == "sections")


def _literal(value: str) -> str:
    """A literal's words: a string is quoted in single quotes, a quote in it doubled."""
    if len(value) < 2 or value[0] != "'" or value[-1] != "'":
        return ""
    return " ".join(value[1:-1].replace("''", "'").split())


def _said(config: str) -> Iterator[str]:
    """Each paragraph of the text boxes in a visual's settings (legacy ``report.json``)."""
    try:
        settings = json.loads(config)
    except (ValueError, RecursionError):
        return
    stack: list[object] = [settings]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            paragraphs = node.get("paragraphs")
            if isinstance(paragraphs, list):  # a text box: its paragraphs read together
                said = _GAP.join(p for p in map(_runs, paragraphs) if p)
                if said:
                    yield said
                node = {k: v for k, v in node.items() if k != "paragraphs"}
            said = _runs(node)
            if said:
                yield said
            for name in ("title", "subTitle", "text"):
                if isinstance(node.get(name), list):
                    yield from _titles(node[name])
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))


def _runs(paragraph: object) -> str:
    """A paragraph's words: its runs' values, joined."""
    runs = paragraph.get("textRuns") if isinstance(paragraph, dict) else None
    if not isinstance(runs, list):
        return ""
    return " ".join("".join(str(run.get("value", "")) for run in runs
                            if isinstance(run, dict)).split())


def _titles(settings: list[object]) -> Iterator[str]:
    """The words of a title's or a shape's text settings (legacy ``report.json``)."""
    for item in settings:
        node: object = item
        for key in ("properties", "text", "expr", "Literal", "Value"):
            node = node.get(key) if isinstance(node, dict) else None
        said = _literal(node) if isinstance(node, str) else ""
        if said:
            yield said
