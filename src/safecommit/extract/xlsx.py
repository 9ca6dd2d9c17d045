"""Excel workbooks: every sheet's cells, comments, headers and footers, and properties.

A sheet is one text: line N is row N, cells apart by tabs, so a header row names its
columns for the detectors, and each cell's place reads ``sheet Payments!B7``. Cached
values are read, and the text written into a formula (``HYPERLINK("mailto:…")``), not
the rest of it. Sheets are parsed as a stream, one cell at a time.
"""

from __future__ import annotations

import datetime
import time
import zipfile
from collections import defaultdict
from typing import TYPE_CHECKING

from safecommit.extract import limits, ooxml
from safecommit.extract.errors import ExtractError
from safecommit.extract.office_props import properties
from safecommit.extract.props import placed_text, properties_text
from safecommit.lazyre import lazy
from safecommit.model import Blob, NotScanned, Text

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_BOOK = "xl/workbook.xml"
_REF = lazy(r"([A-Z]{1,3})(\d{1,7})")
_LITERAL = lazy(r'"((?:[^"]|"")+)"')
_PROMPTS = ("promptTitle", "prompt", "errorTitle", "error")
# Excel writes a character XML cannot hold as _xHHHH_ (a cell's line break as _x000D_), and
# an underscore that would read as one as _x005F_: decoded, so no escape glues onto a word.
_ESCAPE = lazy(r"_x([0-9A-Fa-f]{4})_")


def _unescaped(said: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), said) if "_x" in said else said
# A header's codes: font ("&\"Arial,Bold\""), size ("&14"), colour ("&KFF0000", a theme's
# "&K01+000"), fields ("&P", "&D"); and its left, centre and right sections (&L, &C, &R),
# each read as a line of its own.
_HF_CODE = lazy(r'&(?:"[^"]*"|\d+|K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|[A-Za-z&])')
_HF_SECTION = lazy(r"&[LCR]")

Cell = tuple[int, str, str]  # (column number, reference, value)


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _letters(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def _is(name: str, local: str) -> bool:
    return name == local or name.endswith(":" + local)


def _shared(zf: zipfile.ZipFile, targets: dict[str, tuple[str, str]]) -> list[str]:
    part = next((t for kind, t in targets.values() if kind == "sharedStrings"),
                "xl/sharedStrings.xml")
    data = ooxml.read(zf, part)
    if data is None:
        return []
    strings: list[str] = []
    buf: list[str] = []
    inside = [False]

    def start(name: str, attrs: dict[str, str]) -> None:
        if _is(name, "t"):
            inside[0] = True
        elif _is(name, "si"):
            buf.clear()

    def end(name: str) -> None:
        if _is(name, "t"):
            inside[0] = False
        elif _is(name, "si"):
            strings.append(_unescaped("".join(buf)))

    def text(said: str) -> None:
        if inside[0]:
            buf.append(said)

    ooxml.stream(data, part, start, end, text)
    return strings


# Excel's built-in number formats that show a date, and the letters of a custom one.
_DATE_FORMATS = frozenset({14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57})
_DATE_CODE = lazy(r"\[[^\]]*\]|\"[^\"]*\"|\\.")  # what is not a date letter in a code
_EPOCH = datetime.date(1899, 12, 30)  # serial 1 is 1900-01-01 (Lotus's leap-year bug kept)


def _date_styles(zf: zipfile.ZipFile, targets: dict[str, tuple[str, str]]) -> frozenset[int]:
    """The cell styles (``s`` indexes) that show a number as a date."""
    part = next((t for kind, t in targets.values() if kind == "styles"), "xl/styles.xml")
    root = ooxml.xml(zf, part)
    if root is None:
        return frozenset()
    custom = {int(el.get("numFmtId", "0")): el.get("formatCode", "") for el in root.iter()
              if ooxml.local(el.tag) == "numFmt"}
    dated = {i for i, code in custom.items()
             if any(ch in _DATE_CODE.sub("", code).lower() for ch in "dy")}
    xfs = next((el for el in root if ooxml.local(el.tag) == "cellXfs"), None)
    return frozenset(n for n, xf in enumerate(xfs if xfs is not None else ())
                     if (fmt := int(xf.get("numFmtId", "0"))) in _DATE_FORMATS or fmt in dated)


def _as_date(raw: str) -> str:
    """A date cell's serial as the date it shows (day first, as UK sheets write it)."""
    try:
        day = _EPOCH + datetime.timedelta(days=int(float(raw)))
    except (ValueError, OverflowError):
        return raw
    return day.strftime("%d/%m/%Y")


class _Sheet:
    """Collects one sheet's cells as expat reports them (the hot loop of a big workbook)."""

    def __init__(self, shared: list[str], left: list[int],
                 dates: frozenset[int] = frozenset()) -> None:
        self.shared, self.left, self.dates = shared, left, dates
        self.style = 0
        self.rows: dict[int, list[Cell]] = defaultdict(list)
        self.row = self.col = 0
        self.ref: str | None = None
        self.kind = "n"
        self.buf: list[str] = []
        self.inside = False
        self.formula: list[str] | None = None  # a formula's text, while inside one
        self.literals: list[str] = []
        self.columns: dict[str, int] = {}
        self.prompts: list[tuple[str, str]] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "c" or name.endswith(":c"):
            self.ref, self.kind = attrs.get("r"), attrs.get("t", "n")
            self.style = int(attrs.get("s") or 0)
            self.buf = []
            self.literals = []
        elif name in ("v", "t") or name.endswith((":v", ":t")):
            self.inside = True
        elif name == "f" or name.endswith(":f"):
            self.formula = []
        elif name == "row" or name.endswith(":row"):
            self.row = int(attrs.get("r") or self.row + 1)
            self.col = 0
        elif name == "dataValidation" or name.endswith(":dataValidation"):
            # The message a cell shows when picked or mistyped, written by the sheet's author.
            said = " ".join(" ".join(attrs.get(k, "").split()) for k in _PROMPTS).strip()
            if said:
                self.prompts.append((attrs.get("sqref", "?").split(" ")[0], said))

    def end(self, name: str) -> None:
        if name == "c" or name.endswith(":c"):
            self._cell()
        elif self.inside:
            self.inside = False
        elif self.formula is not None:
            said = "".join(self.formula)
            self.formula = None
            if '"' in said:  # ="…" text in a formula: HYPERLINK("mailto:…"), IF(…, "…")
                self.literals = [t.replace('""', '"') for t in _LITERAL.findall(said)]

    def text(self, said: str) -> None:
        if self.inside:
            self.buf.append(said)
        elif self.formula is not None:
            self.formula.append(said)

    def _cell(self) -> None:
        ref = self.ref
        m = _REF.fullmatch(ref) if ref else None
        if m:
            letters, row = m.group(1), int(m.group(2))
            col = self.columns.get(letters) or self.columns.setdefault(letters, _column(letters))
        else:
            col, row = self.col + 1, self.row
            ref = f"{_letters(col)}{row}"
        self.col = col
        value = _value(self.kind, "".join(self.buf), self.shared)
        if self.kind == "inlineStr":
            value = _unescaped(value)
        if self.literals:
            value = " ".join([value, *(t for t in self.literals if t not in value)]).strip()
        if not value:
            return
        if self.kind == "n" and self.style in self.dates:
            value = _as_date(value)
        self.left[0] -= 1
        if self.left[0] < 0:
            raise ExtractError(f"has over {limits.LIMITS.max_cells} cells, over the cap")
        self.rows[row].append((col, ref or "", value))


def _cells(data: bytes, part: str, shared: list[str], left: list[int],
           dates: frozenset[int] = frozenset()) -> _Sheet:
    """One sheet read: its rows (row number → its cells with a value) and prompts."""
    sheet = _Sheet(shared, left, dates)
    ooxml.stream(data, part, sheet.start, sheet.end, sheet.text)
    return sheet


def _prompts(blob: Blob, name: str, prompts: list[tuple[str, str]]) -> Text | None:
    return placed_text(blob, ((f"sheet {name}!{ref} prompt", "prompt", said)
                              for ref, said in prompts), f"sheet {name} prompts")


def _defined_names(blob: Blob, book: Element) -> Text | None:
    """Named values (Formulas > Name Manager): a constant such as ``="…"`` is kept there,
    not in any cell. A name for a range (``Sheet1!$A$1``) is read too: it is short."""
    return properties_text(blob, [(el.get("name", "?"), el.text) for el in book.iter()
                                  if ooxml.local(el.tag) == "definedName" and el.text
                                  and not el.get("name", "").startswith("_xlnm.")],
                           place="defined names", prefix="defined name ")


def _value(kind: str, raw: str, shared: list[str]) -> str:
    if kind in ("b", "e"):
        return ""  # booleans and errors hold no data
    if kind == "s":
        try:
            return shared[int(raw)]
        except (ValueError, IndexError):
            return ""
    return raw


def _sheet_text(blob: Blob, name: str, rows: dict[int, list[Cell]]) -> Text | None:
    if not rows:
        return None
    out: list[str] = []
    spans: list[tuple[int, str]] = []
    offset = 0
    for number in range(1, max(rows) + 1):
        line = ""
        for _col, ref, value in sorted(rows.get(number, ())):
            if line:
                line += "\t"
            spans.append((offset + len(line), f"sheet {name}!{ref}"))
            line += " ".join(value.split())
        out.append(line)
        offset += len(line) + 1
    return Text(blob.path, "\n".join(out), "tsv", place=f"sheet {name}", commit=blob.commit,
                spans=tuple(spans))


def _comments(blob: Blob, zf: zipfile.ZipFile, sheet: str, part: str,
              people: set[tuple[str, str]]) -> list[Text]:
    found = []
    for kind, target in ooxml.rels(zf, part).values():
        if kind not in ("comments", "threadedComment"):
            continue
        root = ooxml.xml(zf, target)
        if root is None:
            continue
        out, spans, offset = [], [], 0
        for el in root.iter():
            name = ooxml.local(el.tag)
            if name == "author" and el.text and el.text.strip():
                people.add(("comment author", el.text.strip()))
            elif name in ("comment", "threadedComment") and el.get("ref"):
                said = " ".join(t.strip() for t in el.itertext() if t.strip())
                spans.append((offset, f"sheet {sheet}!{el.get('ref')} comment"))
                out.append(said)
                offset += len(said) + 1
        text = ooxml.text(blob, out, f"sheet {sheet} comments", spans=tuple(spans))
        if text is not None:
            found.append(text)
    return found


def _header_footer(blob: Blob, data: bytes, part: str, sheet: str) -> list[Text]:
    """Each section of a sheet's headers and footers, a text of its own."""
    if b"headerFooter" not in data:
        return []
    root = ooxml.parse(data, part)
    said = [part for el in root.iter()
            if ooxml.local(el.tag) in ("oddHeader", "oddFooter", "evenHeader", "evenFooter",
                                       "firstHeader", "firstFooter") and el.text
            for part in header_footer_sections(el.text)]
    return header_footer_texts(blob, said, f"sheet {sheet} header and footer")


def header_footer_texts(blob: Blob, sections: list[str], place: str) -> list[Text]:
    """A text for each different section of a sheet's headers and footers: its left, centre
    and right are apart on the page, so a level in each is that section's banner, not an
    item of a list of levels."""
    return [Text(blob.path, said, "text", place=place, commit=blob.commit)
            for said in dict.fromkeys(sections)]


def header_footer_sections(written: str) -> list[str]:
    """The words of a header or footer as Excel writes it (``&L…&C…&R…``), a section each,
    without its codes."""
    return [part for section in _HF_SECTION.split(written)
            if (part := _HF_CODE.sub(" ", section).strip())]


def extract(blob: Blob) -> list[Text | NotScanned]:
    started = time.monotonic()
    found: list[Text | None] = []
    people: set[tuple[str, str]] = set()
    titles: list[tuple[str, str]] = []  # each sheet's name: a tab's title, as a reader sees it
    with ooxml.open_package(blob.data, ".xlsx") as zf:
        book = ooxml.xml(zf, _BOOK)
        if book is None:
            raise ExtractError("not an Excel workbook (no xl/workbook.xml)")
        targets = ooxml.rels(zf, _BOOK)
        shared = _shared(zf, targets)
        dates = _date_styles(zf, targets)
        budget = [limits.LIMITS.max_cells]
        for el in book.iter():
            if ooxml.local(el.tag) != "sheet":
                continue
            name = el.get("name", "?")
            titles.append(("sheet title", name))
            rid = next((v for k, v in el.attrib.items() if ooxml.local(k) == "id" and "}" in k), "")
            if rid not in targets:
                continue
            part = targets[rid][1]
            data = ooxml.read(zf, part)
            if data is None:
                continue
            sheet = _cells(data, part, shared, budget, dates)
            found.extend((_sheet_text(blob, name, sheet.rows),
                          _prompts(blob, name, sheet.prompts)))
            found.extend(_header_footer(blob, data, part, name))
            found.extend(_comments(blob, zf, name, part, people))
            if time.monotonic() - started > limits.LIMITS.parse_seconds:
                raise ExtractError(f"took over {limits.LIMITS.parse_seconds:.0f} s to read, "
                                   "over the cap")
        for person_part in ooxml.names(zf, "xl/persons", "person"):
            root = ooxml.xml(zf, person_part)
            if root is not None:
                people |= {("comment author", el.get("displayName", "")) for el in root.iter()
                           if ooxml.local(el.tag) == "person" and el.get("displayName")}
        found.extend((_defined_names(blob, book), ooxml.links(blob, zf),
                      ooxml.custom_xml(blob, zf)))
        found.extend(properties(blob, zf, [*sorted(people), *titles]))
        pictures = [*ooxml.media(blob, zf), *ooxml.other_parts(blob, zf)]
    return [*(t for t in found if t is not None), *pictures]
