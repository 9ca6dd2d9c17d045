"""Protective markings: OFFICIAL-SENSITIVE and above, where a document carries them.

A marking counts only where documents put one: a banner line, a ``Classification:`` field,
an email subject prefix, a comment at the head (or foot) of a source file, or document
metadata (``MSIP_Label_…_Name``, extracted Office and PDF properties). The same words in
ordinary use (``SECRET_KEY``, "keep it secret", a constant ``OFFICIAL_SENSITIVE``) or in
code that handles markings (a list of marking strings in a classifier) are not markings.

Markings are written in capitals, so one case-sensitive search skips almost every file,
and the grammar of a marked line (``marking_lines``) is compiled only for a file that holds
a marking word: a commit hook rarely pays for it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from safecommit import re2scan
from safecommit.detect.locate import Locator
from safecommit.detect.make import make_finding
from safecommit.extract.syntax import CODE, STRUCTURED
from safecommit.lazyre import lazy
from safecommit.model import Finding

if TYPE_CHECKING:
    from safecommit.detect.marking_lines import Hit

TYPE = "PROTECTIVE_MARKING"
TIMEOUT = 1.0

Tier = Literal["official-sensitive", "secret"]
Mode = Literal["code", "structured", "prose", "html", "metadata"]

# Upper-case marking words (and the title-case forms metadata uses, and a classification
# field in lower case); nothing else can match. Words may be joined by any space a word
# processor or a web page puts there (a non-breaking space is two bytes of UTF-8).
# One RE2 pass finds the lines that hold one (re2scan.lines_with).
_PREFILTER = lazy(
    r"SECRET|SENSITI(?:VE|F)|RESTRICTED|CONFIDENTIAL|PROTECT|Secret|Sensiti(?:ve|f)"
    r"|fficial.{1,3}sensitive"
    r"|EYES[^A-Za-z\n]{1,3}ONLY|(?i:classification)[^\n]{0,40}secret|OFFSEN"
    r"|(?i:classification|marking)[\"' \t*_:=]+O-?S\b"  # its initials, in a field
    r"|S E (?:N S I T I V E|C R E T)"  # letter-spaced, as a banner may be styled
)

WHY: dict[str, str] = {
    "official-sensitive": (
        "AI tools are allowed on OFFICIAL material only, by default; OFFICIAL-SENSITIVE needs "
        "specific approval, so a marked file must not enter a repository an AI reads. Remove "
        "the file from the commit. If your team has that approval, set "
        "official_sensitive = \"warn\" in config."
    ),
    "official-sensitive-warn": (
        "It warns rather than blocks because config sets official_sensitive = \"warn\" (your "
        "team's approval for OFFICIAL-SENSITIVE material): check the approval covers this file "
        "and the AI tools that read this repository."
    ),
    "secret": (
        "AI tools are never allowed on SECRET or TOP SECRET material, and no setting changes "
        "that. Remove the file from the commit and from this repository, and report it as an "
        "incident."
    ),
}
_RULE = {"official-sensitive": "OFFICIAL-SENSITIVE", "secret": "SECRET and TOP SECRET"}


def tier(marking: str) -> Tier:
    """The rule a marking falls under. Legacy CONFIDENTIAL maps up to SECRET, failing safe."""
    upper = marking.upper()
    if "SECRET" in upper or "CONFIDENTIAL" in upper:
        return "secret"
    return "official-sensitive"


def why(marking: str, official_sensitive: str = "block") -> str:
    """What the finding means and what to do, naming the rule that applies."""
    from safecommit.detect.marking_lines import LEGACY_START  # a marking was read: it is loaded

    rule = tier(marking)
    if LEGACY_START.match(marking):
        head = (f"{marking} is a legacy marking: until the material is reviewed and re-marked, "
                f"the {_RULE[rule]} rule applies.")
    else:
        head = f"{marking}: the {_RULE[rule]} rule applies."
    key = "official-sensitive-warn" if rule == "official-sensitive" \
        and official_sensitive == "warn" else rule
    return f"{head} {WHY[key]}"


def apply_policy(finding: Finding, official_sensitive: str) -> Finding:
    """Downgrade an OFFICIAL-SENSITIVE finding to a warning when config says so.

    SECRET and TOP SECRET never downgrade: no config key can reach them.
    """
    if finding.kind != "marking" or official_sensitive != "warn" \
            or tier(finding.value) != "official-sensitive":
        return finding
    return replace(finding, severity="warn", why=why(finding.value, "warn"))


# Infrastructure code declares resources as keys and values, as a data file does: a tag
# ``classification = "OFFICIAL-SENSITIVE"`` marks what the resource holds.
_DECLARATIVE = frozenset({"terraform", "bicep"})


# Source languages the syntax table leaves as text: their files are code all the same, so
# only a comment at the head or foot marks them (a Lisp's ``;;``, Stata's and SAS's ``*``,
# COBOL's ``*>``), not a string their code compares or assigns.
_SCRIPT_SUFFIXES = frozenset({
    "clj", "cljs", "cljc", "edn", "lisp", "el", "scm", "rkt",  # Lisps: ; comments
    "do", "ado", "sas", "sps",  # statistics scripts: * comments
    "cbl", "cob", "cpy",  # COBOL: *> or a * in the indicator column
    "hs", "elm", "adb", "ads", "vhd", "vhdl",  # -- comments
    "erl", "hrl", "jl", "ml", "mli", "nim", "zig", "pas", "asm",
    "snap",  # a Jest snapshot: JavaScript holding a test's rendered output
})


# Fortran in fixed form, whose comment lines open with C or * in column 1.
_FIXED_FORM = frozenset({"f", "for", "f77", "ftn", "fpp"})


def mode_for(syntax: str, path: str = "") -> Mode:
    if syntax in _DECLARATIVE:
        return "structured"
    if syntax in CODE or (syntax == "text" and path.rpartition(".")[2].lower()
                          in _SCRIPT_SUFFIXES):
        return "code"
    if syntax == "html" or (syntax == "xml" and path[-4:].lower() == ".svg"):
        return "html"  # an SVG drawing's <text> is what its reader sees, as a page's is
    if syntax in STRUCTURED:
        return "structured"
    if syntax == "binary":
        return "metadata"
    return "prose"


def _candidate_lines(text: str, data: bytes | None = None) -> list[int]:
    """Indices of the lines that hold a marking word, in order. ``data`` is the text as
    UTF-8, when the caller has it."""
    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    return re2scan.lines_with(_PREFILTER.pattern.encode(), data)


# A document's header or footer, extracted apart: every line of it runs on every page.
_RUNNING_PLACE = lazy(r"(?:\b(?:header|footer) \d+|headers? and footers?)$")


def hits(text: str, syntax: str, data: bytes | None = None, path: str = "",
         place: str | None = None) -> Sequence[Hit]:
    """Every marking in ``text`` (of the file at ``path``, at ``place`` inside it), read as
    ``syntax`` (``data``: the text as UTF-8, if made)."""
    candidates = _candidate_lines(text, data)
    if not candidates:
        return ()
    from safecommit.detect import marking_lines

    mode = mode_for(syntax, path)
    if syntax == "xml" and ("<ac:" in text or "<ri:" in text):
        mode = "html"  # a Confluence page in its storage format: XHTML, as a page shows it
    found = marking_lines.read(text, mode, candidates, vtt=syntax == "vtt",
                               markdown=syntax == "markdown", rst=syntax == "rst",
                               asciidoc=path[-5:].lower() == ".adoc"
                               or path[-9:].lower() == ".asciidoc",
                               running=place is not None and _RUNNING_PLACE.search(place)
                               is not None,
                               texts=mode != "structured" or not _catalogue(path),
                               own=place in _OWN_PROPERTIES, css=syntax == "css",
                               jsx=_writes_elements(path, text),
                               table=syntax in ("csv", "tsv"),
                               typst=path[-4:].lower() == ".typ",
                               fixed_form=path.rpartition(".")[2].lower() in _FIXED_FORM,
                               pieces=mode == "code" and place is not None
                               and place[:5] == "cell " and path[-6:].lower() == ".ipynb")
    if found and mode == "structured" and _catalogue(path):
        # A translation catalogue's values are text a page shows ("banner.marking":
        # "OFFICIAL-SENSITIVE" labels a banner, a "title" titles a page): its keys are
        # message ids, not the file's own classification or properties. A comment that
        # heads the file still marks it.
        found = [h for h in found if h.detector not in ("marking-field", "marking-property")]
    if found and syntax in _SECTIONED:
        found = [h for h in found if not _heads_settings(text, h.line)]
    if found and mode == "structured":
        # A tab joins a marking's words where a word processor set one; in a data file it
        # parts two columns ("OFFICIAL<tab>SENSITIVE": a level, then a flag).
        found = [h for h in found if "\t" not in h.value]
    return found


# An INI or TOML file's section header names the settings under it ("[SECRET]" over a
# client's id and secret, a level's own settings under its name): a key, not a banner.
_SECTIONED = frozenset({"ini", "toml", "properties"})
_SECTION_HEADER = lazy(r"[ \t]*\[\[?[^\[\]\n]+\]\]?\s*")
_SETTING = lazy(r"[ \t]*[\"']?[\w.-]+[\"']?[ \t]*[:=]")
_NOTE = ("#", ";", "!")  # a comment line, between the header and its settings
_SETTINGS_LOOKED_AT = 6


def _heads_settings(text: str, index: int) -> bool:
    """Whether line ``index`` of ``text`` is a section's header with settings under it."""
    lines = text.split("\n", index + 1 + _SETTINGS_LOOKED_AT)
    if _SECTION_HEADER.fullmatch(lines[index]) is None:
        return False
    for line in lines[index + 1:index + 1 + _SETTINGS_LOOKED_AT]:
        stripped = line.strip()
        if stripped and stripped[:1] not in _NOTE:
            return _SETTING.match(line) is not None
    return False


# The places of a document's own properties, as the extractors give them (``props``): each
# property is the document's, not one record of a catalogue's several.
_OWN_PROPERTIES = frozenset({"document properties", "image metadata"})


# Where a service keeps the text its pages show, one file a language: ``i18n/en.json``,
# ``locales/cy.yml``, ``messages_en.properties``.
_CATALOGUE_DIRS = frozenset({"i18n", "l10n", "locale", "locales", "lang", "langs", "translations"})
_LANGUAGE_FILE = lazy(r"(?:messages|strings|translations?)?[_.-]?"
                            r"(?:en|cy|gd|ga)(?:[_-](?:gb|GB|ie|IE|us|US))?")


def _catalogue(path: str) -> bool:
    parts = path.lower().split("/")
    if not _CATALOGUE_DIRS.isdisjoint(parts[:-1]):
        return True
    return _LANGUAGE_FILE.fullmatch(parts[-1].split(".", 1)[0]) is not None


# A test or a story renders a component with example values: code about markings.
_EXERCISES = (".test.", ".spec.", ".stories.", "__tests__/", "/test/", "/tests/")


# JSX in a .js file (Create React App's way): React imported, or React's name for a class.
_REACT = lazy(r"""\bclassName=|\bfrom[ \t]*["']react["']|\brequire\([ \t]*["']react["']""")


def _writes_elements(path: str, text: str) -> bool:
    """Whether the file at ``path`` (holding ``text``) is a component written in JSX, not
    its test or story."""
    lower = path.lower()
    if any(part in "/" + lower for part in _EXERCISES):
        return False
    return lower[-4:] in (".jsx", ".tsx") \
        or (lower[-3:] == ".js" and _REACT.search(text) is not None)


def explains_the_scheme(text: str) -> bool:
    """Whether ``text`` (a document's pages or slides, read together) explains the levels of
    the scheme, each under its own name: training material, not marked material."""
    if not _candidate_lines(text):
        return False
    from safecommit.detect import marking_lines

    return marking_lines.explains_the_scheme(text)


def detect(locator: Locator) -> Iterator[Finding]:
    text = locator.text
    for hit in hits(text.text, text.syntax, locator.utf8, text.path, text.place):
        start = locator.line_span(hit.line)[0] + hit.start
        yield make_finding(
            locator, start, start + len(hit.value), hit.value,
            kind="marking", type=TYPE, detector=hit.detector, confidence=0.95,
            why=why(hit.value),
        )
