"""Where a person lives: UK postcodes and street address lines."""

from __future__ import annotations

from dataclasses import replace
from typing import TypedDict

import regex

from safecommit.detect.fields import reads_as_a_persons_name
from safecommit.detect.identifiers.numbers import SPOKEN_DIGIT, SPOKEN_GAP, spoken_digits
from safecommit.detect.recognizer import Recognizer
from safecommit.lazyre import lazy_regex
from safecommit.reserved import is_placeholder_address, is_reserved_postcode

# The 121 postcode areas of the UK and the Crown dependencies. An outward code outside
# them (``ZZ99``, ``XY1``) is not a postcode.
POSTCODE_AREAS = frozenset({
    "AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS", "BT", "BX", "CA",
    "CB", "CF", "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL",
    "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA",
    "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW",
    "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG",
    "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM",
    "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY",
    "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN",
    "WR", "WS", "WV", "YO", "ZE"
})
_AREA = lazy_regex(r"[A-Z]{1,2}")

_STREET_WORDS = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Crescent|Cres|Place|Pl|Court|"
    "Ct|Gardens|Gdns|Terrace|Grove|Hill|Park|Row|Square|Sq|Walk|Mews|Rise|View|Green|"
    "Parade|Wharf|Yard|Gate|Vale|Croft|Meadow|Meadows|Fields|Heights|Boulevard|Circus|"
    "Embankment|Quay|Chase|Brow|Wynd|Passage|Hollow|End|Bank|Side|Dale|Approach|Broadway"
)
_NAMED_PLACE = "Farm|House|Cottage|Cottages|Barn|Hall|Lodge|Manor|Mill|Grange|Farmhouse|Estate"
# An organisation's address, not a household's: a PO Box, a Freepost address, a
# building's number range (21-23), or a body's or a company's name (Agency, Council, Ltd)
# a few words before, on the address's line or at the head of its block of lines (a
# letter's or a privacy notice's address; not a table's or a record's rows, whose cells
# are not apart by blanks). A word that names the street or the house (a road named after
# a college, cottages after a hospital) says nothing about who lives there.
_ORG_WORDS = ("Agency|Council|Department|Ministry|Authority|Commission|Executive|"
              "Directorate|Ltd|LTD|Limited|PLC|plc|LLP|Trust|University|College|Hospital|"
              "Institute|Laboratory|Laboratories|Government|"
              # a company's or a body's legal form: the Free Software Foundation, Inc.'s
              # address heads every GPL licence notice
              "Inc|Incorporated|Corporation|Corp|LLC|GmbH|Foundation|Association|Society|"
              # a site that only businesses occupy: a unit on an industrial estate
              "Industrial[ \t]+(?:Estate|Park)|Trading[ \t]+Estate|Business[ \t]+(?:Park|Centre)|"
              "Retail[ \t]+Park|Enterprise[ \t]+Park|Science[ \t]+Park")
# A label that says the address is a business's place, before it on its line: "Our
# office:", "Head office -", "Depot:" (not a home office's).
_ORG_LABEL = (r"(?<![Hh]ome[ \t])\b(?:[Oo]ffice|OFFICE|[Oo]ffices|[Dd]epot|DEPOT|[Hh]eadquarters|"
              r"HQ|[Ww]arehouse|[Pp]remises|[Bb]ranch)(?:[ \t]+(?:[Aa]ddress|ADDRESS))?"
              r"[ \t]*(?::|[ \t][-\u2013])")
_ORG_SIGNAL = (
    rf"(?:{_ORG_LABEL}"
    rf"|\b(?:{_ORG_WORDS})\b\.?(?![ \t]+(?:{_STREET_WORDS}|{_NAMED_PLACE})\b)"
    r"|\b(?:[Pp]\.?[ \t]?[Oo]\.?[ \t]?(?:Box|BOX)[ \t]+\d{1,6}|Freepost|FREEPOST)"
    r"|(?<![\d\-])\d{1,4}[ \t]?[-\u2013][ \t]?\d{1,4})"
)
# A line break may carry a comment's leader: a licence notice in a source file's header.
# A comma may be escaped, as a calendar's or a contact card's text escapes it (``\,``).
_ADDRESS_GAP = (r"(?:(?:\\?,)?[ \t]+|,?[ \t]*(?:<br[ \t]*/?>)?[ \t]*\r?\n[ \t]*"
                # "-{2}": a doubled dash reads as set difference to the gate's parser
                r"(?:(?:#|//|-{2}|;|\*|%)[ \t]*)?)")
# Read back from the end of a match, over a few words: a bounded look, cheap per match.
_NOT_AN_ORGANISATIONS = (
    rf"(?<!{_ORG_SIGNAL}(?:{_ADDRESS_GAP}[A-Z0-9][\w'\u2019\-]*){{1,8}})"
)

# A row whose first cell (after an SQL row's number) names a body or a company, and the
# cells after it up to the match's end: a directory's or a supplier list's row, whose
# address is the organisation's. Read on the match's line, once a match is found (see
# Recognizer.row_veto): compiled only then, not with the pattern.
_ROW_CELL_GAP = r"[\"']?[,;\t][ \t]*[\"']?"
ORGANISATION_S_ROW = (
    rf"(?:(?<![^\n])|\()[ \t]*(?:\d{{1,9}}[ \t]*,[ \t]*)?[\"']?"
    rf"(?:[\w'\u2019&.\-]{{1,40}}[ \t]){{0,4}}"
    rf"(?:{_ORG_WORDS})\.?(?:{_ROW_CELL_GAP}[^,;\t\n\"']{{1,60}}){{1,7}}\Z"
)

ORG_ADDRESS_KEYS = ("branch", "branches", "branch address", "store", "shop", "venue",
                    "headquarters", "head office", "registered office", "hq", "depot",
                    "premises", "office", "warehouse", "business address", "business postcode",
                    "trading address",
                    # the UK business taxonomy's concepts, that name an inline XBRL
                    # fact in a company's accounts: its registered office's parts
                    "uk bus")
# And the keys of objects that are an organisation, around its address: an employer's,
# a company's, FHIR's ``<Organization>``.
# And a trading party's: a table or an object of suppliers, vendors or contractors (whose
# rows are businesses a service pays), or of companies.
ORG_OWNER_KEYS = (*ORG_ADDRESS_KEYS, "organisation", "organization", "company", "companies",
                  "employer", "supplier", "vendor", "contractor")
# What a record says it is, in a type member of its own, when it is an organisation's or
# a site's, not a person's: FHIR's ``"resourceType": "Organization"`` or ``"Location"``
# (whatever its address's ``use``), a map feature whose properties say it is an office or
# a depot. A record that says anything else (a ``Patient``, a ``Practitioner``, a
# farmhouse), or an address whose own ``use`` is ``home``, is read as a person's.
# (Not a business, a company, a site or premises: a sole trader's, a farm's, is a person's,
# and a site visit is to someone's holding.)
ORG_RECORD_TYPES = ("organization", "organisation", "location", "healthcare service",
                    "office", "offices", "depot", "warehouse", "headquarters", "hq", "branch",
                    "store", "venue", "laboratory", "facility")
# The last word of a record's name that says the same: a ``Worcester depot``, a ``Bristol
# office``, a ``Penryn Health Centre`` (not a word that is a surname too: a Branch).
ORG_NAME_ENDINGS = ("office", "offices", "depot", "warehouse", "premises", "headquarters",
                    "hq", "laboratory", "laboratories", "centre", "center", "ltd", "limited",
                    "plc", "llp", "agency", "council", "authority")
# Types that say nothing of whose: a GeoJSON feature's and its geometry's, an address's
# kind and an address used for work (whose work is the record's to say), a bundle's, a
# schema's types.
OWNER_NEUTRAL_TYPES = ("feature", "feature collection", "collection", "point", "polygon",
                       "multi point", "multi polygon", "line string", "geometry",
                       "postal", "physical", "both", "work", "billing", "bundle",
                       "searchset", "transaction", "document", "object", "string", "array")
# The keys of an address's parts and of an address as a whole, which say what a value is
# but not whose: read past them, out to the key that says whose (see Recognizer).
ADDRESS_PART_KEYS = ("address", "addr", "postal", "postcode", "post code", "postal code",
                     "zip", "line", "street", "house", "building", "name", "number", "flat",
                     "town", "city", "county", "locality", "district", "country", "region",
                     "location", "detail", "contact", "primary", "main", "full", "first",
                     "second", "third", "formatted", "premise", "uprn", "sub", "dependent",
                     "thoroughfare", "area", "cod post", "cyfeiriad")



class _Whose(TypedDict):
    anti_enclosing: tuple[str, ...]
    enclosing_neutral: tuple[str, ...]
    anti_owner: tuple[str, ...]
    owner_neutral: tuple[str, ...]
    anti_owner_names: tuple[str, ...]


# A person's address, not an organisation's: the keys, record types and names that say an
# address is a business's, and the parts to read past on the way out to them (Recognizer).
PERSONS_ONLY: _Whose = {
    "anti_enclosing": ORG_OWNER_KEYS,
    "enclosing_neutral": ADDRESS_PART_KEYS,
    "anti_owner": ORG_RECORD_TYPES,
    "owner_neutral": OWNER_NEUTRAL_TYPES,
    "anti_owner_names": ORG_NAME_ENDINGS,
}

POSTCODE_CONTEXT = ("postcode", "post code", "postal code", "postalcode", "zip", "zip code",
                    "cod post", "cyfeiriad",  # Welsh: postcode, address
                    "address", "addr", "postcode lookup",
                    # ISO 20022's (a pain.001 payment file's) PstCd
                    "pst cd",
                    # a legacy system's column, abbreviated (POST_CD; not "pcode", which
                    # every "opcode" in code would hold for the gate)
                    "post cd")


# A form's hint and a guide's example show the shape a postcode takes, in English or Welsh
# ("For example, …", "Er enghraifft, …"): a building's postcode, nobody's home.
_EXAMPLE_WORDS = ("for example", "e g", "eg", "er enghraifft", "hint")

# A device's or a product's code can take a postcode's shape ("model number <postcode>",
# "error code B33 8TH"): its name beside it says which it is.
_CODE_WORDS = ("model number", "model no", "error code", "fault code", "part number",
               "part no", "product code", "item code", "serial number", "serial no", "sku")


def _valid_postcode(value: str) -> bool:
    area = _AREA.match(value)
    if area is None or area.group() not in POSTCODE_AREAS:
        return False
    # A district with a letter after its number is one of central London's, split up
    # (SW1A, EC4Y, W1D): "SW2A" is a made-up postcode's.
    lettered = _LETTERED_DISTRICT.match(value)
    return lettered is None or lettered.group(1) in _SPLIT_DISTRICTS


_LETTERED_DISTRICT = lazy_regex(r"([A-Z]{1,2}\d)[A-Z]")
_SPLIT_DISTRICTS = frozenset({"E1", "N1", "W1", "EC1", "EC2", "EC3", "EC4", "NW1", "SE1", "SW1",
                              "WC1", "WC2"})


def _postcode_score(value: str) -> float:
    return 0.8 if " " in value else 0.45  # SW1A1AA could be a code; SW1A 1AA is a postcode


# In a URL's query its space is percent-encoded (CF10%203NQ), or a plus, as an HTML form
# sends it (CF10+3NQ).
_ENCODED_SPACE = lazy_regex(r"%20|\+")


def _decoded(value: str) -> str:
    return _ENCODED_SPACE.sub(" ", value) if "%" in value or "+" in value else value


def _postcode_suggestion(value: str) -> str:
    space = _ENCODED_SPACE.search(value)
    return "ZZ99" + space.group() + "9ZZ" if space else \
        "ZZ99 9ZZ" if " " in value else "ZZ999ZZ"


# outward code (area, district, optional sub-district) and inward code (digit, two letters
# that are never C, I, K, M, O or V)
_POSTCODE_FORM = (r"(?<![A-Za-z0-9\-_/.])(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]{1,2}\d{2})(?: |%20|\+)?"
                  r"\d[ABD-HJLNP-UW-Z]{2}")

POSTCODE = Recognizer(
    type="UK_POSTCODE",
    name="postcode",
    pattern=_POSTCODE_FORM + _NOT_AN_ORGANISATIONS + r"(?![A-Za-z0-9\-_])",
    why="A postcode locates a household: with a name or a house number it identifies a person.",
    context=POSTCODE_CONTEXT,
    normalise=_decoded,
    validate=_valid_postcode,
    reserved=is_reserved_postcode,
    suggest=_postcode_suggestion,
    score=_postcode_score,
    # and under a business's address key (``office_address``, ``branch_postcode``), as the
    # street beside it is: a business's premises, not anyone's home
    anti_context=(*_EXAMPLE_WORDS, *_CODE_WORDS, *ORG_ADDRESS_KEYS),
    anti_context_near=True,
    **PERSONS_ONLY,
    row_veto=ORGANISATION_S_ROW,
)

# In any case, and with its outward code padded or hyphenated (POSTCODE_PADDED's forms):
# one pattern for the two, so that they share one gate.
_ANY_CASE_POSTCODE = (
    r"(?<![A-Za-z0-9\-_/.])(?:[A-Za-z]{1,2}\d[A-Za-z\d]?|[A-Za-z]{1,2}\d{2})"
    r"(?:[ ]{1,3}|%20|\+|-)?\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![A-Za-z0-9\-_])"
)


def _canonical(value: str) -> str:
    """A postcode as the post office prints it: upper case, its two parts one blank apart."""
    return " ".join(value.upper().replace("-", " ").split())


# Typed in lower or mixed case (``sy23 3bu``, as a form's user keyed it), the shape is a
# hash's or an id's too: only a postcode's own key names it. Upper case is POSTCODE's.
POSTCODE_ANY_CASE = Recognizer(
    type="UK_POSTCODE",
    name="postcode",
    pattern=_ANY_CASE_POSTCODE,
    why=POSTCODE.why,
    # Not ``zip``: every text that handles archives says it, and a UK postcode under a
    # zip key is written as the post office prints it.
    context=("postcode", "post code", "postal code", "postalcode", "cod post", "pst cd",
             "post cd"),
    requires_context=True,
    requires_key=True,
    normalise=_decoded,
    validate=lambda v: v != v.upper() and _valid_postcode(v.upper()),
    reserved=lambda v: is_reserved_postcode(_canonical(v)),
    suggest=lambda v: _postcode_suggestion(v).lower(),
    anti_context=ORG_ADDRESS_KEYS,
    anti_context_near=True,
    **PERSONS_ONLY,
)

# With its outward code padded to a fixed width (``ZZ9  9ZZ``, two or three blanks, as the
# ONS's postcode files and fixed-width exports write it) or joined by a hyphen
# (``ZZ99-9ZZ``, as a form's user or a file name has it): a code's or an id's shape too,
# so only where a postcode's own word or key names it.
POSTCODE_PADDED = Recognizer(
    type="UK_POSTCODE",
    name="postcode",
    pattern=_ANY_CASE_POSTCODE,
    why=POSTCODE.why,
    context=POSTCODE_ANY_CASE.context,
    requires_context=True,
    # upper case, as a postcode is printed: in lower case it is POSTCODE_ANY_CASE's
    validate=lambda v: v == v.upper() and ("-" in v or "  " in v) and _valid_postcode(v),
    reserved=lambda v: is_reserved_postcode(_canonical(v)),
    suggest=lambda v: "ZZ99-9ZZ" if "-" in v else "ZZ9  9ZZ",
    anti_context=POSTCODE.anti_context,
    anti_context_near=True,
    **PERSONS_ONLY,
)

# Read out a character at a time, as a call's transcript writes what was said: "L S one
# one, six A B", "B S 1 4 8 X Y". Each letter stands alone (or the inward code's two are
# together), each digit is a numeral or its word; beside a postcode's name only. (ASCII
# numerals, as the gate's automata read ``\d``.)
_SAID_LETTER = r"[A-Z]"
_SAID_DIGIT = rf"(?:[0-9]|{SPOKEN_DIGIT})"
_INWARD_LETTER = r"[ABD-HJLNP-UW-Z]"
_SPOKEN_POSTCODE = (
    rf"(?<![\w\-]){_SAID_LETTER}(?:{SPOKEN_GAP}{_SAID_LETTER})?{SPOKEN_GAP}{_SAID_DIGIT}"
    rf"(?:{SPOKEN_GAP}(?:{_SAID_DIGIT}|{_SAID_LETTER}))?{SPOKEN_GAP}{_SAID_DIGIT}{SPOKEN_GAP}"
    rf"{_INWARD_LETTER}(?:{SPOKEN_GAP})?{_INWARD_LETTER}(?![\w\-])"
)
_SAID_PART = lazy_regex(rf"(?:{SPOKEN_DIGIT})(?![a-z])|[0-9]|[A-Z]")
_OUTWARD = lazy_regex(r"[A-Z]{1,2}\d[A-Z\d]?|[A-Z]{1,2}\d{2}")


def _written(value: str) -> str:
    """The postcode a spoken one spells: "Z Z nine nine, nine Z Z" is ``ZZ99 9ZZ``."""
    chars = "".join(part if len(part) == 1 else spoken_digits(part)
                    for part in _SAID_PART.findall(value))
    return f"{chars[:-3]} {chars[-3:]}"


def _valid_written(written: str) -> bool:
    return _OUTWARD.fullmatch(written[:-4]) is not None and _valid_postcode(written)


POSTCODE_SPOKEN = Recognizer(
    type="UK_POSTCODE",
    name="postcode",
    pattern=_SPOKEN_POSTCODE,
    why=POSTCODE.why,
    context=POSTCODE_ANY_CASE.context,
    requires_context=True,
    validate=lambda v: _valid_written(_written(v)),
    reserved=lambda v: is_reserved_postcode(_written(v)),
    suggest="Z Z nine nine, nine Z Z",
    # (every match's inward code: a digit, then its two letters)
    gate_within=rf"{_SAID_DIGIT}{SPOKEN_GAP}{_INWARD_LETTER}(?:{SPOKEN_GAP})?{_INWARD_LETTER}",
    **PERSONS_ONLY,
)

# A serving member's address ends in a British Forces Post Office number (``BFPO`` and up
# to four digits), where a civilian's ends in a postcode: with the name and unit above it,
# it routes mail to that person. Upper case, as the Post Office prints it; not a
# regiment's own office's (the organisation's words before it).
BFPO = Recognizer(
    type="UK_POSTCODE",
    name="postcode",
    pattern=r"(?<![A-Za-z0-9\-_/.])BFPO[ \t]?\d{1,4}" + _NOT_AN_ORGANISATIONS
            + r"(?![A-Za-z0-9\-_]|\.\d)",
    why=POSTCODE.why,
    context=POSTCODE_CONTEXT,
    confidence=0.8,
    # (no BFPO number is set aside for examples: the reserved postcode stands in)
    suggest="ZZ99 9ZZ",
    anti_context=(*_EXAMPLE_WORDS, *ORG_ADDRESS_KEYS),
    anti_context_near=True,
    **PERSONS_ONLY,
)

# A fixed-width record's fields run together, with no blank between: a postcode that
# fills its column meets the next column's digits (an account's, an amount's), or the
# digits of the column before (a birth date's) meet it. Its shape, with its space, upper
# case; only where its column's header (or another key) names it a postcode.
_SPACED_POSTCODE = r"(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]{1,2}\d{2}) \d[ABD-HJLNP-UW-Z]{2}"
POSTCODE_RUN_ON = Recognizer(
    type="UK_POSTCODE",
    name="postcode",
    pattern=(rf"(?:(?<=\d)|(?<![A-Za-z0-9\-_/.])(?={_SPACED_POSTCODE}\d))"
             rf"{_SPACED_POSTCODE}(?![A-Za-z\-_])"),
    why=POSTCODE.why,
    context=POSTCODE_ANY_CASE.context,
    requires_context=True,
    requires_key=True,
    validate=_valid_postcode,
    reserved=is_reserved_postcode,
    suggest="ZZ99 9ZZ",
    anti_context=ORG_ADDRESS_KEYS,
    anti_context_near=True,
)

# A capitalised word, or two joined by a hyphen, maybe over small words: Pen-y-Bryn,
# Bryn-y-Mor, Stow-on-the-Wold.
_CAP = r"[A-Z][a-z'\u2019]+(?:-(?:[a-z]{1,3}-){0,2}[A-Z][a-z'\u2019]+)?"

# Not "street" in words: a street's own word is no context (two Roman roads' names on
# one line would each raise the other). A ``street`` key is read by STREET_UNDER_ITS_KEY.
STREET_CONTEXT = ("address", "addr", "address line", "address line 1", "line 1",
                  "residence", "home address", "postal address", "correspondence address",
                  "lives at", "we re at", "i live")


# A year and a comma where a house's number would be: a copyright notice's line of years
# and holders, one whose surname is a street's word (Green, Park, Hill). (A notice that
# says "Copyright" is known by that word.)
_YEAR_FIRST = lazy_regex(r"(?:19|20)\d\d,")


def _not_a_year_first(value: str) -> bool:
    return _YEAR_FIRST.match(value) is None


def _street_score(value: str) -> float:
    # "1 Example Street" is an address; "Example Road" alone could be a place in a sentence.
    return 0.8 if regex.search(r"\d", value) else 0.4


# A street's name with no house number, then its town and its postcode ("lives on Acacia
# Avenue, Camborne" and the postcode): the postcode beside it makes it an address, not a
# place named in a sentence. Found from the postcode, read back from its end over the
# town to the street (a capture in a lookbehind): the pattern runs only where a postcode
# can be, and its gate is the postcode's own.
# Or the cells of a row: an SQL tuple's, a CSV's or a tab-separated dump's (a row with no
# column list, no header), the street's cell, then its town's and the postcode's; and a
# contact card's address, its parts apart by semicolons, an empty one between (``;;``),
# or a calendar's, its commas escaped (``\,``).
_CELL_GAP = r"[\"'\\]?[,;\t]{1,2}[ \t]*[\"']?"
# (a county may be cut short with a full stop: "Leek, Staffs. ST13 …")
_TOWNS_BEFORE = (rf"(?:,?[ \t]+(?:{_CAP}\.?,?[ \t]+){{0,3}}"
                 rf"|{_CELL_GAP}(?:{_CAP}(?:[ \t]{_CAP}){{0,2}}{_CELL_GAP}){{0,3}})")

# Welsh puts the street word first: 1 Clos Example, Heol Example, Rhodfa'r Example, and a
# court, gardens, a row, a grove or a meadow: Llys, Cwrt, Gerddi, Rhes, Llwyn, Dôl.
_WELSH_STREET_WORDS = ("Heol|Ffordd|Stryd|Lôn|Lon|Clos|Rhodfa|Cilgant|Teras|Maes|Llys|Cwrt|"
                       "Gerddi|Rhes|Llwyn|Dôl")
_WELSH_CAP = r"[A-ZÂÊÎÔÛŴŶ][a-zâêîôûŵŷäëïöüÿ'\u2019]+(?:-[A-ZÂÊÎÔÛŴŶ][a-zâêîôûŵŷ'\u2019]+)?"
_WELSH_PARTICLE_WORD = r"(?:y|yr|ar|o|dan|uwch|ger)"
_WELSH_PARTICLE = rf"(?:{_WELSH_PARTICLE_WORD}[ \t])"

_STREET_LINE = (
    # (not the last part of a section's number: "2.6.2.2 Missing Skeleton Fields")
    r"(?<![\w\-])(?<!\d\.)"
    r"(?:(?:Flat|Apartment|Apt|Unit|Suite)[ \t]\d{1,4}[A-Za-z]?,?[ \t])?"
    # (its words one blank apart: a tab is a cell's end, in a tab-separated row)
    rf"(?:(?:{_CAP} ){{0,3}}(?:{_NAMED_PLACE}),[ \t])?"
    r"(?:\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?[ \t])?"
    rf"(?:{_CAP} ){{1,3}}(?:{_STREET_WORDS})\b"
)
# (HTTP's "431 Request Header Fields Too Large")
_STREET_END = r"(?!\.\w|-|'\w|\()(?![ \t]+Too[ \t]+Large)"

STREET_ADDRESS = Recognizer(
    type="STREET_ADDRESS",
    name="street-address",
    pattern=_STREET_LINE + _NOT_AN_ORGANISATIONS + _STREET_END,
    why="A street address locates a household and, with a name, identifies a person.",
    context=STREET_CONTEXT,
    # Under these keys an address is a business's: a bank's branch, a shop, a venue. And
    # a copyright notice's holder may be named like a street: a year, then a surname
    # that is a street's word.
    anti_context=(*ORG_ADDRESS_KEYS, "copyright"),
    anti_context_near=True,
    **PERSONS_ONLY,
    row_veto=ORGANISATION_S_ROW,
    validate=_not_a_year_first,
    reserved=is_placeholder_address,
    suggest="1 Example Street",
    score=_street_score,
)

# A house's name that a home has, not an office (a House or a Hall is as often a body's).
_HOME_PLACE = "Farm|Farmhouse|Cottage|Cottages|Barn|Lodge|Grange|Manor"
# A house's name's word (a hyphen or an apostrophe within: Pen-y-Bryn, Gwel-y-Don): one
# class, as the pattern is read backwards and compiled with the street's (a pattern's
# length is first-pass time).
_HOUSE_CAP = r"[A-Z][A-Za-z'\u2019\-]*[a-z]"
# A house's number and a name with no street's word ("3 The Paddocks", "7 Highfield"),
# or a home's name ("Rose Cottage", "Manor Farm"), a comma and a blank after it (a row's
# bare comma is a cell's end: its street may be the next cell), then its town and
# its postcode: the first line of a full address. Only after a line's or a cell's start
# (a blank at most between), a colon or a dash (a label's: "Address - "), or a word that
# leads to a place ("lives at", "send it to"): after another word the number is that
# word's ("Unit 4", "Sprint 3", "we have 3 Offices"). (An organisation's words before it
# are read once, after either form.)
_HOUSE_LINE = (
    r"(?:(?<![^\n:;,\"'(\t>])|(?<=[\n:;,\"'(\t>\-\u2013] |\b(?:at|to|is|of|from) ))"
    rf"(?:\d{{1,3}}[A-Za-z]?[ ](?:The[ ])?{_HOUSE_CAP}(?:[ ]{_HOUSE_CAP})*"
    rf"|(?:{_HOUSE_CAP} )+(?:{_HOME_PLACE}))(?=,[ \t])"
)

STREET_BEFORE_POSTCODE = replace(
    STREET_ADDRESS,
    # (not before the NHS's and our own fake postcode: the lines above it are fakes too)
    pattern=rf"{_POSTCODE_FORM}(?<!ZZ99 ?[0-9][A-Z]{{2}})"
            rf"(?<=(?P<street>(?:{_STREET_LINE}|{_HOUSE_LINE}){_NOT_AN_ORGANISATIONS}"
            rf"{_STREET_END})"
            rf"{_TOWNS_BEFORE}"
            rf"{_POSTCODE_FORM})(?![A-Za-z0-9\-_])",
    group="street",
    score=None,
    confidence=0.8,
)

# On the islands, a house's name with no street (a Manx Ballacottier Cottage, a Guernsey
# farm), then its parish and its postcode: the postcode beside it makes the name a home's
# first line, as a street's is in STREET_BEFORE_POSTCODE. Not an office building's (a
# House or a Hall is as often a body's): a home's name ends in a farm's or a cottage's
# word here, and an organisation's words before it rule it out.
# And the Channel Islands' streets and houses, named in French (La Rue des Landes, Rue de
# la Fosse, Le Clos du Moulin, Les Vardes): before the islands' postcode (and its
# parish), such a name is a home's first line. (Only there: elsewhere "Le" and a
# capital is a sentence's French.)
_FRENCH_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'\u2019]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ'\u2019]+){0,2}"
_FRENCH_STREET_WORDS = ("Rue|Ruette|Ruelle|Route|Chemin|Clos|Mont|Val|Vallée|Côtil|Cotil|"
                        "Hougue|Mare|Croix|Carrefour|Pavé|Place|Avenue|Impasse|Allée|Quai|"
                        "Champ|Courtil|Maison|Ville|Pont|Douit|Hurel|Hougette")
_FRENCH_SMALL = r"(?:de|du|des|à|au|aux|es|ès|la|le|les|St|Ste|Saint|Sainte)"
_FRENCH_STREET = (
    r"(?:\d{1,4}[A-Za-z]?,?[ ])?"
    r"(?:(?:(?:La|Le|Les|L['\u2019])[ ]?)?(?:(?:Grande|Petite|Grand|Petit|Vieille|Vieux)[ ])?"
    rf"(?:{_FRENCH_STREET_WORDS})(?:[ ]{_FRENCH_SMALL}){{0,2}}(?:[ ](?:d|l)['\u2019]|[ ])"
    r"|(?:La|Le|Les)[ ])"
    rf"{_FRENCH_CAP}(?:[ ](?:{_FRENCH_SMALL}[ ]){{0,2}}{_FRENCH_CAP}){{0,2}}"
)
# One pattern for the two, before a Jersey, a Guernsey or a Manx postcode, behind a gate
# of its own: the islands' postcode after a blank or a separator (a gate that starts on
# a blank costs the automata few states; the pattern, long, is compiled only where a line
# holds one, not wherever a postcode's shape is: a text of mainland addresses never
# compiles it).
_ISLAND_POSTCODE = r"(?<![A-Za-z0-9\-_/.])(?:JE|GY|IM)[0-9]{1,2} ?[0-9][ABD-HJLNP-UW-Z]{2}"
# (Read forwards, and an organisation's words before it on its line checked only once it
# matched: a short pattern, quick to compile.)
NAMED_PLACE_BEFORE_POSTCODE = replace(
    STREET_BEFORE_POSTCODE,
    pattern=rf"(?<![\w\-])(?P<street>(?:{_CAP} ){{1,3}}(?:{_HOME_PLACE})|{_FRENCH_STREET})"
            rf"{_TOWNS_BEFORE}{_ISLAND_POSTCODE}(?![A-Za-z0-9\-_])",
    gate_within=r"[ \t,;\"'](?:JE|GY|IM)[0-9]",
    row_veto=rf"(?:{ORGANISATION_S_ROW})|{_ORG_SIGNAL}"
             rf"(?:(?:\\?,)?[ \t]+[A-Z0-9][\w'\u2019\-]*){{1,8}}\Z",
)

WELSH_STREET_ADDRESS = Recognizer(
    type="STREET_ADDRESS",
    name="street-address",
    pattern=(
        r"(?<![\w\-])"
        r"(?:(?:Fflat|Flat|Apartment|Apt|Unit|Uned)[ \t]\d{1,4}[A-Za-z]?,?[ \t])?"
        r"(?:\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?[ \t])?"
        rf"(?:{_WELSH_STREET_WORDS})(?:['\u2019]r)?"
        # and hyphenated, as many are signed: Maes-y-Coed, Heol-yr-Ysgol
        rf"(?:-{_WELSH_PARTICLE_WORD}-{_WELSH_CAP}"
        rf"|(?:[ \t]{_WELSH_PARTICLE}?{_WELSH_CAP}){{1,2}})(?![\w\-(])"
    ),
    why=STREET_ADDRESS.why,
    context=STREET_CONTEXT,
    # Under these keys an address is a business's: a bank's branch, a shop, a venue.
    anti_context=ORG_ADDRESS_KEYS,
    anti_context_near=True,
    **PERSONS_ONLY,
    reserved=is_placeholder_address,
    suggest="1 Example Street",
    score=_street_score,
)

# Under an address-line key a house number and words are the street, whatever its words:
# 1 Glan yr Example, 3 The Sample.
_ADDRESS_LINE_KEYS = ("address line 1", "address line1", "addressline1", "address1",
                      "addr1", "line 1", "line1", "street address", "address line",
                      "first line of address", "street",
                      # and a call's or an interview's question, that names its answer:
                      # "What's the first line of your address?", "And your home address?"
                      "first line of your address", "your address", "your home address",
                      # ISO 20022's (a payment file's) AdrLine and StrtNm
                      "adr line", "strt nm")

# Addresses of other kinds than a postal one: ``ipAddress``, ``emailAddress``.
_NOT_POSTAL = ("email", "e mail", "ip", "ipv4", "ipv6", "mac", "url", "web", "server",
               "memory", "wallet", "network", "host", "bind", "listen", "bitcoin", "contract",
               "proxy", "gateway", "dns", "bluetooth", "hardware", "remote", "local", "sender",
               "recipient", "reply", "from", "to", "cc", "bcc")

KEYED_STREET_ADDRESS = Recognizer(
    type="STREET_ADDRESS",
    name="street-address",
    pattern=(
        r"(?<![\w\-])\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?[ \t]"
        # an apostrophe only inside a word (Rhodfa'r), never a closing quote
        r"[A-ZÂÊÎÔÛŴŶ][\w\-]*(?:['\u2019]\w+)?(?:[ \t][\w\-]+(?:['\u2019]\w+)?){0,4}"
        r"(?![\w\-])"
    ),
    why=STREET_ADDRESS.why,
    context=_ADDRESS_LINE_KEYS,
    requires_context=True,
    requires_key=True,
    # store.address.line1: a dotted key's earlier parts say whose address it is
    anti_context=ORG_ADDRESS_KEYS,
    anti_context_near=True,
    **PERSONS_ONLY,
    reserved=is_placeholder_address,
    suggest="1 Example Street",
    confidence=0.8,
)

# Under an address's own key (``address``, ``homeAddress``, ``<Address>``), a house number
# and words are its street, whatever the words (a Reach, a Spinney, a Garth), maybe after a
# flat's or a house's part and a comma. The key is read by the pattern too, so that its
# gate opens on few lines; not under a key of an address of another kind (``ipAddress``),
# nor under a business's. (An abbreviated word keeps its period: St. and a name.)
ADDRESS_KEYED_STREET = replace(
    KEYED_STREET_ADDRESS,
    pattern=(
        r"(?:[Aa]ddress|ADDRESS|[Aa]ddr|ADDR)[\"']?[ \t]*(?:[:=]|=>|>)[ \t]*[\"']?"
        r"(?:[A-Z][^\"'<>\n,]{0,40},[ \t])?"
        r"(?P<street>\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?[ \t][A-Z][\w\-]*(?:['\u2019]\w+)?"
        r"(?:\.(?=[ \t]))?(?:[ \t][\w\-]+(?:['\u2019]\w+)?(?:\.(?=[ \t]))?){0,4})(?![\w\-])"
    ),
    group="street",
    context=("address", "addr", "cyfeiriad"),
    anti_context=(*ORG_ADDRESS_KEYS, *_NOT_POSTAL),
)

# A farm's or a house's name with no number, as a rural address's first line: Glebe Farm,
# Ty Newydd Cottage, and over the small words between a Welsh or an English name's words
# (yr, y, ar, o; the, on, of). Only under an address line's key: in prose it is a place's
# name.
KEYED_NAMED_PLACE = replace(
    KEYED_STREET_ADDRESS,
    pattern=rf"(?<![\w\-])(?:{_CAP}[ \t](?:(?:yr|y|ar|o|the|on|of)[ \t]){{0,2}}){{1,3}}"
            rf"(?:{_NAMED_PLACE})(?![\w\-]|['\u2019]\w)",
    suggest="Example Farm",
)

# A house's name with no place word, as the first line of an address: ``The`` and a name
# (The Old Rectory, The Beeches), or a Welsh house name's first word (Ty, Bryn, Plas) and a
# name. Only as a whole value under an address line's key, after its
# quote, its separator or its cell's: in prose, or under another key, a building's name.
_VALUE_END = r"(?=[ \t]*(?:[\"'<,;|\t\r\n^]|(?m:$)))"
# (and Cornish's house: Chy)
_HOUSE_NAME_LEAD = "The|Ty|T\u0177|Bryn|Plas|Pen|Hafod|Bod|Llety|Gwel|Chy"
KEYED_HOUSE_NAME = replace(
    KEYED_STREET_ADDRESS,
    # (the character before it is matched, not looked behind for, and its words are read
    # ahead: its gate is the start alone, short, and opens on few lines)
    pattern=rf"[\"'>:=,;|\t][ \t]?(?=(?P<house>(?:{_HOUSE_NAME_LEAD})(?:[ \t]{_CAP}){{1,3}})"
            rf"{_VALUE_END})(?:{_HOUSE_NAME_LEAD})[ \t][A-Z]",
    group="house",
    suggest="Example House",
)

# Under the key of an address's first line, or of a house's name, the whole value is the
# house's name whatever its words (Hill Top, Little Orchard, Sunnyside): capitalised words,
# maybe over small ones, and nothing after them in the value. Not a placeholder's words
# (Not Provided, Enter Address, Unknown), nor an organisation's, nor small words alone.
# Under a later line's key a value may be a town's name; under ``line1`` alone, a chart's
# or a banner's first line.
_NOT_A_HOUSE_NAME = frozenset({
    "not", "no", "none", "unknown", "provided", "given", "required", "optional", "enter",
    "your", "address", "line", "first", "second", "same", "above", "below", "see", "as",
    "withheld", "redacted", "removed", "hidden", "masked", "confidential", "tbc", "tba",
    "pending", "missing", "empty", "blank", "null", "undefined", "n", "a", "na", "todo",
    "please", "select", "choose", "type", "here", "value", "text", "string", "field",
    "name", "number", "house", "building", "property", "flat", "unit", "apartment",
    "suite", "street", "road", "town", "city", "county", "postcode", "country",
    "true", "false", "yes", "ok", "error", "invalid", "valid", "default", "lookup",
    "manual", "manually", "search", "find", "change", "edit", "update", "save"})
_HOUSE_NAME_WORD = lazy_regex(r"[A-Za-z]+")


_SMALL_WORD = r"(?:of|the|at|on|in|by|upon|y|yr|ar|o)"
_SMALL_WORDS = frozenset({"of", "the", "at", "on", "in", "by", "upon", "y", "yr", "ar", "o"})


def _a_house_name(value: str) -> bool:
    """Capitalised words that name a house: not a placeholder's, an organisation's, nor a
    person's (a first line that holds its addressee, whose name is found as a name's: one
    finding, not two)."""
    words = [w.lower() for w in _HOUSE_NAME_WORD.findall(value)]
    return any(w not in _SMALL_WORDS for w in words) \
        and not any(w in _NOT_A_HOUSE_NAME for w in words) \
        and regex.search(rf"\b(?:{_ORG_WORDS})\b", value) is None \
        and not reads_as_a_persons_name(value)


_HOUSE_WORDS = rf"{_CAP}(?:[ \t](?:{_SMALL_WORD}[ \t]){{0,2}}{_CAP}){{0,3}}"
# The key is read by the pattern (a JSON, YAML, XML or code key), so that its gate opens
# on few lines. (Not a building's or a property's name: ``property`` and ``building`` are
# in every program, and a gate that opens on them costs every text.)
_FIRST_LINE_KEY = (r"(?:[Aa]ddress[_\-]?[Ll]ine[_\-]?1|ADDRESS_?LINE_?1|[Aa]ddr(?:ess)?[_\-]?1|"
                   r"ADDR(?:ESS)?_?1|[Hh]ouse[_\-]?[Nn]ame(?:[_\-]?[Oo]r[_\-]?[Nn]umber)?|"
                   r"HOUSE_?NAME(?:_?OR_?NUMBER)?)")
KEYED_ANY_HOUSE_NAME = replace(
    KEYED_STREET_ADDRESS,
    pattern=(rf"{_FIRST_LINE_KEY}[\"']?[ \t]*(?:[:=]|=>|>)[ \t]*[\"']?"
             rf"(?P<house>{_HOUSE_WORDS})(?=[ \t]*(?:[\"'<,;\r\n]|(?m:$)))"),
    group="house",
    context=("address line 1", "address line1", "addressline1", "address1", "address 1",
             "addr1", "addr 1", "house name"),
    validate=_a_house_name,
    suggest="Example House",
)

# Under a bare ``line1`` (``line_1``, ``Line1``) the same, but only inside an address's own
# block (``address:``, ``"homeAddress": {``), out past its parts' keys: alone, ``line1`` is a
# chart's or a banner's first line. The block's word is a context word the whole text must
# hold before the pattern runs (a text with no "address" in it never reads its lines).
BARE_LINE_HOUSE_NAME = replace(
    KEYED_ANY_HOUSE_NAME,
    pattern=(rf"(?<![\w\-])(?:[Ll]ine|LINE)[_\-]?1[\"']?[ \t]*(?:[:=]|=>|>)[ \t]*[\"']?"
             rf"(?P<house>{_HOUSE_WORDS})(?=[ \t]*(?:[\"'<,;\r\n]|(?m:$)))"),
    context=("address", "addr", "cyfeiriad"),
    enclosing_context=("address", "addr", "cyfeiriad"),
    enclosing_neutral=ADDRESS_PART_KEYS,
    # (nor an address of another kind's: an ``ipAddress`` block's first line)
    anti_context=(*ORG_ADDRESS_KEYS, *_NOT_POSTAL),
)

# And FHIR's address, whose lines are a list (``"line": ["…", …]``, the house's name its
# first item) or repeated elements (``<line value="…"/>``): a value with no key of its own,
# named only by the address object or element around it. (The pattern reads FHIR's own
# key, so that its gate opens on few lines.)
FHIR_LINE_HOUSE_NAME = replace(
    BARE_LINE_HOUSE_NAME,
    # (its bracket written \x5b: a bracket then a class reads as a nested set to the gate)
    pattern=(r"(?:\"line\"[ \t]*:[ \t]*\x5b[ \t]*(?:\r?\n[ \t]*)?\"|<line[ \t]+value=\")"
             rf"(?P<house>{_HOUSE_WORDS})(?=[ \t]*(?:[\"'<,;\r\n]|(?m:$)))"),
    # (named only so: the word "address" near a chart's ``<line value="…"/>`` is no address)
    context=(),
    requires_key=False,
    enclosing_keyless=True,
)

# The same, in a delimited file's cell: its key is its column's name, in a header lines
# away, so the pattern cannot read it. A whole cell of capitalised words on a line that
# holds a postcode, after it or before it (an export that puts the postcode first) (its
# gate is the postcode's, shared with it, and the pattern looks along the line for a
# postcode's shape itself: the gate is looser, and the postcode's own pattern is slow to
# compile): a row of addresses, whose first line's column holds a house's name. The
# postcode is looked for, not read up to, so that every cell of the row is read: a
# person's name in its first column is not a house's, and the house comes after it.
# (a cell's words are apart by blanks: a tab is a cell's edge, in a tab-separated row)
_CELL_WORDS = rf"{_CAP}(?: (?:{_SMALL_WORD} ){{0,2}}{_CAP}){{0,3}}"
_POSTCODE_SHAPE = (r"(?<![A-Za-z0-9\-_/.])[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}"
                   r"(?![A-Za-z0-9\-_])")
CELL_HOUSE_NAME = replace(
    KEYED_ANY_HOUSE_NAME,
    # (a cell right after its separator, or a pipe table's after its blanks: in code, a
    # string's "…, Sheffield, …" is a sentence's parts, not cells; an SQL row's value
    # is quoted, maybe a blank after its comma, and its last ends at the parenthesis)
    pattern=rf"(?:(?<![^,;\t\n])|(?<=\|)[ \t]{{0,3}}|(?<=,[ \t])(?=[\"']))[\"']?"
            rf"(?P<house>{_CELL_WORDS})(?<!['\u2019])[\"']?"
            rf"(?=[ \t]*(?:[,;|\t\r)]|(?m:$)))"
            rf"(?:(?=[^\n]*?{_POSTCODE_SHAPE})|(?<={_POSTCODE_SHAPE}[^\n]*))",
    gate_within=POSTCODE.gate,
)

# A street's line in upper case, as an address file's (Royal Mail's, a land register's) or
# a legacy system's export prints it: a whole cell, maybe with its number (27 HIGH STREET,
# MILL LANE, ROSE COTTAGE), on a line that holds a postcode after it. A cell after a comma,
# a semicolon, a tab, a pipe, an HL7 component's caret, or a key's colon or equals sign,
# then maybe a quote (not a line's first cell: a record's first column is its id or its
# name). Read as the prefilter reads (a bounded line, ASCII classes, no end of text), so
# that only the gate's lines are searched, not the whole text; and the separator is
# matched, not looked behind for, so that the engine tries few places on them.
_UPPER_WORD = r"[A-Z][A-Z']+(?:-[A-Z][A-Z']+)?"
# Its last word is a street's or a place's, checked after the match: a pattern with all
# of them costs a first pass its compiling. (Not an abbreviation: in capitals "ST" and "DR"
# are as often other words.)
_UPPER_PLACE_WORDS = frozenset(
    w.upper() for w in (*_STREET_WORDS.split("|"), *_NAMED_PLACE.split("|"))
    if w not in ("Rd", "St", "Ave", "Ln", "Dr", "Ct", "Pl", "Sq", "Gdns", "Cres"))


def _ends_in_a_street_word(value: str) -> bool:
    return value.rpartition(" ")[2] in _UPPER_PLACE_WORDS and _not_a_year_first(value)


UPPER_CELL_STREET = replace(
    STREET_ADDRESS,
    pattern=rf"[,;|^\t:=(][ \t]?[\"']?"
            rf"(?P<street>(?:\d{{1,4}}[A-Z]?,? )?(?:{_UPPER_WORD} ){{1,3}}[A-Z]{{3,10}})"
            rf"[\"']?(?=[ \t]*[,;|^\t)][^\n]*?{_POSTCODE_SHAPE})",
    group="street",
    # (its gate the postcode's, shared with it, and only its lines read: the postcode is
    # looked for after the street, as an address's parts are in order)
    gate_within=POSTCODE.gate,
    validate=_ends_in_a_street_word,
    score=None,
    confidence=0.8,
)

# A street's name alone, with no house number, under a ``street`` key: the street's own
# pattern, so the two share one gate.
STREET_UNDER_ITS_KEY = Recognizer(
    type="STREET_ADDRESS",
    name="street-address",
    pattern=STREET_ADDRESS.pattern,
    why=STREET_ADDRESS.why,
    context=("street", "strt nm"),
    requires_context=True,
    requires_key=True,
    anti_context=ORG_ADDRESS_KEYS,
    anti_context_near=True,
    **PERSONS_ONLY,
    reserved=is_placeholder_address,
    suggest="1 Example Street",
    score=_street_score,
)

# The keys of an address's later lines (``line2``, ``address_line_3``, ``address2``), that
# hold the street when the first holds a flat's or a house's name: a street's name alone,
# English or Welsh (Heol y Bont), is the street there. The key is read by the pattern, so
# that its gate opens on few lines ("line 2" is in many texts, a street's shape on many
# of their lines).
_LATER_LINE_KEYS = ("line 2", "line 3", "line 4", "address 2", "address 3", "addr 2")
_LATER_LINE_KEY = (r"(?<![\w\-])(?:[Aa]ddress[_\-]?[Ll]ine|ADDRESS_?LINE|[Ll]ine|LINE|"
                   r"[Aa]ddr(?:ess)?|ADDR(?:ESS)?)[_\-]?[2-4][\"']?[ \t]*(?:[:=]|=>|>)"
                   r"[ \t]*[\"']?")
STREET_UNDER_A_LATER_LINE = replace(
    STREET_UNDER_ITS_KEY,
    pattern=rf"{_LATER_LINE_KEY}(?P<street>{STREET_ADDRESS.pattern})",
    group="street",
    context=_LATER_LINE_KEYS,
)
WELSH_STREET_UNDER_A_LATER_LINE = replace(
    STREET_UNDER_A_LATER_LINE,
    pattern=rf"{_LATER_LINE_KEY}(?P<street>{WELSH_STREET_ADDRESS.pattern})",
)

# The keyed form before the street's: where both find the same words, its key's confidence
# is the one kept.
RECOGNIZERS = (POSTCODE, BFPO, POSTCODE_ANY_CASE, POSTCODE_PADDED, POSTCODE_RUN_ON,
               POSTCODE_SPOKEN,
               STREET_UNDER_ITS_KEY, STREET_UNDER_A_LATER_LINE, WELSH_STREET_UNDER_A_LATER_LINE,
               STREET_BEFORE_POSTCODE, NAMED_PLACE_BEFORE_POSTCODE,
               STREET_ADDRESS, WELSH_STREET_ADDRESS,
               UPPER_CELL_STREET,
               KEYED_STREET_ADDRESS, KEYED_NAMED_PLACE, KEYED_HOUSE_NAME,
               KEYED_ANY_HOUSE_NAME, BARE_LINE_HOUSE_NAME, FHIR_LINE_HOUSE_NAME,
               CELL_HOUSE_NAME,
               ADDRESS_KEYED_STREET)
