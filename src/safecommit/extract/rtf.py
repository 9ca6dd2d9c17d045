"""Rich Text Format (``.rtf``): the words a reader sees, each on its raw line.

RTF is plain ASCII, so a raw scan finds an address or a number, but control words break
what they touch: ``Si\\'e2n`` is ``Siân`` and ``\\u8217?`` is an apostrophe, and a name
after ``\\f0`` starts mid-token. Here escapes become their characters, control words and
the groups no reader sees (font and colour tables, styles, pictures, ``\\*`` extensions)
go, and every source line break is kept, so a finding's line is the file's line.

Two kinds of group are read apart from the body, each still on its own raw line, since Word
writes them on the same line as the body's first words: a header or footer (``{\\header
…}``), which runs on every page, so a marking in it marks the document, as a .docx's header
does; and the document's properties (``{\\info {\\title …}{\\author …}}`` and the custom
ones of ``{\\*\\userprops …}``, where a sensitivity label is kept), each placed
``property title``, as a .docx's core properties are.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field, replace

from safecommit.extract.props import custom_property, properties_text
from safecommit.extract.text import to_str
from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

_TOKEN = lazy(
    r"\\'(?P<hex>[0-9a-fA-F]{2})"
    r"|\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?"
    r"|\\(?P<symbol>[^a-zA-Z])"
    r"|(?P<brace>[{}])"
    r"|(?P<newline>\r\n|\r|\n)"
    r"|(?P<text>[^\\{}\r\n]+)"
)
# Destinations no reader sees: their text is tables, styles and binary data, not words.
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "revtbl",
    "rsidtbl", "generator", "pict", "object", "objdata", "themedata", "colorschememapping",
    "datastore", "latentstyles", "xmlnstbl", "mmathPr", "filetbl", "pgdsctbl", "protusertbl",
    "bkmkstart", "bkmkend", "xe", "tc", "nonshppict",
})
# The document's properties: named, so that an author reads as one.
# ``{\* …}`` extensions that hold words a reader does see: a comment and its author, and
# a field's instruction (a link's ``mailto:`` address); named like the properties.
# A drawn shape's instance (``\shpinst``) too: its text box, and the words of WordArt (a
# watermark's, in the header) kept as its ``gtextUNICODE`` property; its other properties'
# values are numbers and settings, not words.
_SHOWN_EXTENSIONS = {"annotation": "comment: ", "atnauthor": "comment by: ", "fldinst": "",
                     "shpinst": ""}
_SHOWN_SHAPE_PROPERTIES = frozenset({"gtextUNICODE", "gtext", "wzDescription", "wzName"})
_PROPERTIES = frozenset({"title", "subject", "author", "manager", "company", "operator",
                         "category", "keywords", "comment", "doccomm"})
# Breaks inside a line: a paragraph or cell break becomes a gap wide enough to end a field.
_GAPS = {"par": "   ", "line": "   ", "sect": "   ", "page": "   ", "row": "   ",
         "cell": "\t", "tab": "\t", "footnote": "   ", "emdash": "\u2014", "endash": "\u2013",
         "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d",
         "bullet": "\u2022", "emspace": " ", "enspace": " ", "qmspace": " "}
_SYMBOLS = {"~": "\u00a0", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}", "*": ""}


# Groups read apart: a header's or footer's (every page's), and each of the document's
# properties. A custom property is a name (``\propname``) then its value (``\staticval``).
_RUNNING = frozenset({"header", "headerl", "headerr", "headerf",
                      "footer", "footerl", "footerr", "footerf"})
_CUSTOM = frozenset({"propname", "staticval"})
# Properties by the names a .docx's are given (``office_props``): Word's Comments box is
# RTF's ``\doccomm`` and a .docx's description.
_NAMES = {"operator": "last modified by", "doccomm": "description", "comment": "comments"}


@dataclass
class _Group:
    """A group read apart from the body: its kind, the raw line it opens on, its depth."""

    name: str
    line: int
    depth: int
    out: list[str] = field(default_factory=list)


@dataclass
class Read:
    """An RTF document read: its body, its headers and footers, its properties."""

    body: str
    # (``header``, line it opens on, its text): each keeps its raw line breaks
    running: list[tuple[str, int, str]] = field(default_factory=list)
    # (name, line it opens on, value): one line each
    properties: list[tuple[str, int, str]] = field(default_factory=list)


def extract(blob: Blob) -> list[Text]:
    decoded = to_str(blob.data)
    raw = decoded[0] if decoded is not None else blob.data.decode("latin-1")
    doc = read(raw)
    found = [Text(blob.path, doc.body, "text", lines=blob.lines, commit=blob.commit)]
    counts: dict[str, int] = {}
    for name, line, words in doc.running:
        kind = name[:6]  # header or footer: left, right and first pages' alike
        counts[kind] = counts.get(kind, 0) + 1
        found.append(Text(blob.path, words, "text", first_line=line,
                          place=f"{kind} {counts[kind]}", lines=blob.lines, commit=blob.commit))
    for name, line, value in doc.properties:
        text = properties_text(blob, [(name, value)])
        if text is not None:
            found.append(replace(text, first_line=line, lines=blob.lines))
    return found


def plain(raw: str) -> str:
    """The readable text of an RTF document's body, with the document's line breaks."""
    return read(raw).body


def read(raw: str) -> Read:
    """The readable text of an RTF document: its body, with the document's line breaks, and
    the headers, footers and properties read apart from it."""
    body: list[str] = []
    out = body  # where words go: the body, or the group being read apart
    groups: list[_Group] = []  # groups read apart, innermost last
    doc = Read("")
    custom_name = ""  # a custom property's name, waiting for its value
    line = 1
    skip_depth = 0  # inside a skipped group: the depth at which it closes
    depth = 0
    group_start = False  # the token before this one opened a group
    codepage = "cp1252"
    fallback = 0  # characters to drop after \uN (the reader's fallback for \uN)
    fallback_width = 1
    pending = bytearray()  # \'hh bytes, decoded together (a multi-byte code page)

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, errors="replace"))
            pending.clear()

    def open_group(name: str) -> list[str]:
        groups.append(_Group(name, line, depth))
        return groups[-1].out

    def close_group() -> None:
        nonlocal custom_name
        group = groups.pop()
        if group.name in _RUNNING:
            if "".join(group.out).strip():
                doc.running.append((group.name, group.line, "".join(group.out)))
            return
        words = " ".join("".join(group.out).split())
        if group.name == "propname":
            custom_name = words
        elif group.name == "staticval":
            row = custom_property(custom_name, words) if custom_name else None
            custom_name = ""
            if row is not None:  # not a label's ids and dates: not content
                doc.properties.append((row[0], group.line, row[1]))
        elif group.name in _PROPERTIES:
            doc.properties.append((_NAMES.get(group.name, group.name), group.line, words))

    starred = False  # the token before this one was the \* that opens an extension
    naming: list[str] | None = None  # a shape property's name (``{\sn …}``), being read
    shape_property = ""
    for m in _TOKEN.finditer(raw):
        kind = "word" if m.lastgroup == "arg" else m.lastgroup
        opened, group_start = group_start, False
        if starred:
            starred = False
            word = (m.group("word") or "") if kind == "word" else ""
            shown = _SHOWN_EXTENSIONS.get(word)
            if word in _PROPERTIES or word == "userprops":
                opened = True  # {\*\company …}: a property, as {\title …} is
            elif shown is None:
                skip_depth = depth  # {\* …}: an extension no plain reader shows
            else:
                out.append(f"   {shown}")  # apart from the words it is anchored to
                continue
        if kind == "newline":
            flush()
            line += 1
            body.append("\n")  # always: lines stay the file's lines
            for group in groups:
                group.out.append("\n" if group.name in _RUNNING else " ")
            continue
        if kind == "brace":
            flush()
            if m.group() == "{":
                depth += 1
                group_start = True
            else:
                if skip_depth and depth <= skip_depth:
                    skip_depth = 0
                    if naming is not None:
                        shape_property, naming = "".join(naming).strip(), None
                elif not skip_depth and out and out[-1] not in ("   ", "\n"):
                    out.append("   ")  # a property or a run ends: not glued to the next
                if groups and depth == groups[-1].depth:
                    close_group()
                    out = groups[-1].out if groups else body
                depth = max(0, depth - 1)
            continue
        if kind == "hex":
            if fallback:
                fallback -= 1
            elif not skip_depth:
                pending.append(int(m.group("hex"), 16))
            continue
        flush()
        if kind == "symbol":
            symbol = m.group("symbol")
            if symbol == "*" and opened and not skip_depth:
                starred = True  # skipped, unless the next word names one a reader sees
            elif not skip_depth:
                out.append(_SYMBOLS.get(symbol, ""))
            continue
        if kind == "word":
            word, arg = m.group("word"), m.group("arg")
            if skip_depth:
                continue
            if opened and word in _SKIPPED:
                skip_depth = depth
            elif opened and word == "sn":
                skip_depth, naming = depth, []
            elif opened and word == "sv" and shape_property not in _SHOWN_SHAPE_PROPERTIES:
                skip_depth = depth
            elif opened and arg is None and (word in _RUNNING or word in _PROPERTIES
                                             or word in _CUSTOM):
                out = open_group(word)
            elif opened and word in ("info", "userprops"):
                out = open_group(word)  # between its properties: nothing a reader sees
            elif word == "u" and arg is not None:
                code = int(arg)
                out.append(chr(code + 65536 if code < 0 else code))
                fallback = fallback_width
            elif word == "uc" and arg is not None:
                fallback_width = int(arg)
            elif word == "ansicpg" and arg is not None:
                codepage = _codepage(arg)
            elif word in _GAPS:
                out.append(_GAPS[word])
            elif word == "bin" and arg is not None:
                skip_depth = skip_depth or depth  # raw bytes follow: nothing to read
            continue
        if skip_depth:
            if naming is not None and kind == "text":
                naming.append(m.group())
            continue
        text = m.group()
        if fallback:
            dropped = min(fallback, len(text))
            text, fallback = text[dropped:], fallback - dropped
        out.append(text)
    flush()
    while groups:  # a file cut short: what its open groups hold is still read
        close_group()
    doc.body = "".join(body)
    return doc


def _codepage(number: str) -> str:
    name = f"cp{number}"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
