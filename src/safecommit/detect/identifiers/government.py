"""UK government identifiers: NI number, NHS number, passport, driving licence, UTR."""

from __future__ import annotations

from dataclasses import replace

from safecommit.detect.identifiers.numbers import (
    DIGITS_END,
    NOT_AFTER_GROUP,
    PATH_ID_START,
    SPOKEN_DIGIT,
    SPOKEN_GAP,
    THREES_REST,
    digits_only,
    is_placeholder_id,
    read_out,
    spoken_digits,
)
from safecommit.detect.recognizer import Recognizer
from safecommit.lazyre import lazy_regex
from safecommit.offline import without_ssl
from safecommit.reserved import (
    DVLA_SPECIMEN_LICENCE,
    compact,
    is_placeholder_digits,
    is_reserved_licence,
    is_reserved_nhs,
    is_reserved_nino,
    is_reserved_utr,
)


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _keep_spacing(value: str, fake: str) -> str:
    """``fake`` written with the value's separators: ``AB 12 34 56 C`` → ``QQ 12 34 56 C``."""
    out, it = [], iter(fake)
    for c in value:
        out.append(c if not c.isalnum() else next(it, ""))
    return "".join(out) + "".join(it)


# --- National Insurance number ------------------------------------------------------------
# HMRC never issues D, F, I, Q, U or V as either letter, nor O as the second, nor the
# prefixes BG, GB, KN, NK, NT, TN and ZZ. The suffix is A to D.
_NINO_INVALID_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def _valid_nino(value: str) -> bool:
    return compact(value)[:2] not in _NINO_INVALID_PREFIXES and not is_placeholder_digits(value)


# The number's own groupings: AB123456C, AB 12 34 56 C, AB-12-34-56-C, and the six digits
# kept together, AB 123456 C or AB-123456-C.
_NINO_DIGITS = r"(?:[ ]?\d{6}[ ]?|-\d{6}-|([ \-])\d{2}\1\d{2}\1\d{2}\1?)"
_SIX_TOGETHER = lazy_regex(r"\w\w([ \-])?\d{6}\1?\w")


def _nino_score(value: str) -> float:
    # AB 123456 C could be a grid reference and a letter: it needs its name nearby.
    return 0.45 if (" " in value or "-" in value) and _SIX_TOGETHER.fullmatch(value) else 0.85


NINO = Recognizer(
    type="UK_NINO",
    name="nino",
    pattern=rf"(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]{_NINO_DIGITS}[A-D]"
            r"(?![A-Za-z0-9])",
    why="A National Insurance number identifies a person for tax and benefits.",
    context=("nino", "ni number", "ni no", "national insurance", "national insurance number",
             "insurance number", "ni", "nat ins", "yswiriant gwladol"),  # Welsh: national insurance
    # A product's or a part's code can share the shape (two letters, six digits, a
    # letter): its name beside it says so.
    anti_context=("sku", "part", "part number", "part no", "catalogue", "catalog",
                  "product code", "item code", "stock code", "model number", "serial number"),
    anti_context_near=True,
    validate=_valid_nino,
    reserved=is_reserved_nino,
    suggest=lambda v: _keep_spacing(v, "QQ123456C"),
    score=_nino_score,
)

# Written in lower case (``niNo = "ab123456c"``) the shape is too common in hashes and ids
# to stand alone: only a NINO key or context word makes it one.
NINO_LOWER = Recognizer(
    type="UK_NINO",
    name="nino",
    pattern=rf"(?<![A-Za-z0-9])[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]{_NINO_DIGITS}[a-d]"
            r"(?![A-Za-z0-9])",
    why=NINO.why,
    context=NINO.context,
    requires_context=True,
    validate=_valid_nino,
    reserved=is_reserved_nino,
    suggest=lambda v: _keep_spacing(v, "qq123456c"),
)



# Kept without its suffix letter, as some benefit and payroll systems store it
# (``"nino": "AB123456"``): two letters and six digits are a code's shape too, so only
# under its own name, never the bare "NI" (Northern Ireland's).
NINO_NO_SUFFIX = replace(
    NINO_LOWER,
    # (not one with its suffix apart from it, which NINO reads)
    pattern=r"(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
            r"(?:\d{6}|([ \-])\d{2}\1\d{2}\1\d{2})"
            r"(?![A-Za-z0-9]|[ \-.]?[A-Da-d](?![A-Za-z0-9])|[ \-.]\d)",
    context=tuple(word for word in NINO.context if word != "ni"),
    normalise=compact,
    suggest=lambda v: _keep_spacing(v, "QQ123456"),
)

# A fixed-width record's fields run together, with no blank between: an NI number and
# then eight digits (the birth date the next column holds). Only where its name (a
# column's header) says so.
NINO_RUN_ON = Recognizer(
    type="UK_NINO",
    name="nino",
    pattern=r"(?<![A-Za-z0-9])(?P<id>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D])"
            r"(?=\d{8}(?!\d))",
    group="id",
    why=NINO.why,
    context=NINO.context,
    requires_context=True,
    validate=_valid_nino,
    reserved=is_reserved_nino,
    suggest=lambda v: "QQ123456C",
)


# Spaced as it was read out or typed into a free-text box: each letter apart or dotted
# (``J E 4 8 2 9 1 7 B``, ``J.E. 48 29 17 B``), the digits in uneven groups (``JE 4829
# 17B``). Any such shape could be a code's, so only beside its name.
NINO_SPACED = replace(
    NINO_LOWER,
    pattern=r"(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z]\.?[ ]?[A-CEGHJ-NPR-TW-Z]\.?(?:[ ]?\d){6}"
            r"[ ]?[A-D](?![A-Za-z0-9])",
    normalise=compact,
    suggest=lambda v: _keep_spacing(v, "QQ123456C"),
)



# Read out in a call, its digits in words: "J T four eight three seven two six C", or
# "double four" for two of them. The same letters and digits once written out.
_SAID_NINO_DIGIT = rf"(?:(?:[Dd]ouble|[Tt]riple)[ \t]+)?(?:{SPOKEN_DIGIT})"
_SAID_NINO_PART = lazy_regex(rf"(?:[Dd]ouble|[Tt]riple)[ \t]+(?:{SPOKEN_DIGIT})|{SPOKEN_DIGIT}"
                             r"|\b[A-Z]\b")


def _said_nino(value: str) -> str:
    return "".join(spoken_digits(part) if len(part) > 1 else part
                   for part in _SAID_NINO_PART.findall(value))


NINO_SAID = replace(
    NINO_LOWER,
    pattern=r"(?<![A-Za-z0-9\-])[A-CEGHJ-PR-TW-Z][ \t.]+[A-CEGHJ-NPR-TW-Z]"
            rf"(?:{SPOKEN_GAP}{_SAID_NINO_DIGIT}){{3,6}}{SPOKEN_GAP}[A-D](?![\w\-])",
    normalise=_said_nino,
    validate=lambda v: len(v) == 9 and v[2:8].isdigit() and _valid_nino(v),
    suggest="Q Q one two three four five six C",
    # (every match's end: a digit's word, then the suffix's letter alone)
    gate_within=rf"(?:{SPOKEN_DIGIT}){SPOKEN_GAP}[A-D]\b",
)

# A headerless fixed-width extract's record runs its NI number into the holder's birth
# date (DDMMYYYY or YYYYMMDD) after the space-padded name before it: the date's shape
# after the number says what the record is, with no header to name it. (A code's column
# at a line's start, under its own header, is not one.)
_EIGHT_DIGIT_DATE = (r"(?:19\d\d|20[0-2]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                     r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19\d\d|20[0-2]\d)")
NINO_BEFORE_A_DATE = replace(
    NINO_RUN_ON,
    pattern=r"(?<![A-Za-z0-9])(?P<id>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D])"
            rf"(?=(?:{_EIGHT_DIGIT_DATE})(?!\d))(?<=[A-Za-z][ \t]{{1,40}}(?P=id))",
    context=(),
    requires_context=False,
    # a column (or a word beside it) that names a product's or a part's code instead
    anti_context=(*NINO.anti_context, "code", "serial", "item", "product", "stock",
                  "model", "order", "batch", "lot"),
    anti_context_near=True,
    confidence=0.85,
)


# --- NHS number ----------------------------------------------------------------------------
def _valid_nhs(value: str) -> bool:
    with without_ssl():
        from stdnum.gb import nhs

    return nhs.is_valid(_digits(value))


def _nhs_score(value: str) -> float:
    # 1 in 11 of all ten-digit numbers passes mod 11, so a bare run of ten digits (a Unix
    # time, an order id) needs the word NHS nearby. Written 3-3-4 it already reads as one.
    return 0.6 if not value.isdigit() and value[0] in "3467" else 0.3


_COUNTED = (r"(?![ \t]*(?:bytes|[KMG]?B|ms|ns|us|secs?|seconds|millis|rows|records|items"
            r"|files|messages|events|requests|tokens)\b)")


NHS = Recognizer(
    type="UK_NHS",
    name="nhs-number",
    # Not after a country code: ten digits after "+44 " are a phone's, whatever they pass.
    # In a REST path after a word's segment (``/patients/…``, FHIR's ``/Patient/…``).
    # Nor right after "version" or "build", in a key or a sentence that names the NHS
    # service whose release it is (``nhsAppVersion``, "NHS login build …").
    # (read back from the number's end, once ten digits are found: cheaper than before
    # every character; and before the end's own look ahead, which the gate keeps)
    pattern=rf"{PATH_ID_START}(?<!\+\d{{1,3}}[ \-])"
            r"(?P<id>\d{3}([ \-]?)\d{3}\2\d{4})"
            r"(?<!(?:[Vv]ersion|VERSION|[Bb]uild|BUILD)[\"']?[ \t]*[:=]?[ \t]*[\"']?(?P=id))"
            # Nor right after another id's own label, as a log line writes a trace's, a
            # session's or a job's ("trace=…", "sid=…", "job …") beside a patient's words.
            r"(?<!\b(?:[Tt]race|[Ss]pan|[Ss]ession|[Ss]id|[Jj]ob|[Rr]equest|[Cc]orrelation"
            r"|[Oo]ffset|[Bb]ytes|[Tt]hread)(?:[_\-]?(?:[Ii]d|ID))?[\"']?[ \t]*[:=#]?"
            r"[ \t]*[\"']?(?P=id))"
            + DIGITS_END
            # Nor a count, its unit after it: "<ten digits> bytes", "… ms", "… rows".
            + _COUNTED,
    group="id",
    why="An NHS number identifies a patient.",
    # and Northern Ireland's health and care number (H&C, HCN), ten digits with the same
    # check digit
    context=("nhs", "nhs number", "nhs no", "nhsno", "nhsnumber", "nhsnum", "patient", "chi number",
             "health and care number", "hcn", "h c number", "h c no",
             # the Personal Demographics Service, looked up by NHS number
             "pds", "personal demographics",
             "rhif gig"),  # Welsh: NHS number (GIG, Gwasanaeth Iechyd Gwladol)
    validate=_valid_nhs,
    # A phone number that happens to pass mod 11, named as one by its key or beside it.
    anti_context=("phone", "phone number", "telephone", "tel", "mobile", "cell", "fax",
                  "landline", "contact number", "msisdn"),
    anti_context_near=True,
    reserved=is_reserved_nhs,
    suggest=lambda v: _keep_spacing(v, "9990000018"),
    score=_nhs_score,
)


# Grouped unevenly (3-4-3, 4-3-3), as a form's boxes or a clerk's notes split it: as
# often a phone's or an order's shape, so only from an issued range's first digit and
# after "NHS" on its line (a few words between). Its own gate is that word: one on the
# digits' shape cost every text's first pass states wherever numbers are.
NHS_UNEVEN = replace(
    NHS,
    # (its label read back from the number's end: cheaper than before every character)
    pattern=r"(?<![\w+\-/.])"
            r"(?P<id>[3-7][0-9]{2}(?P<s2>[ \-])[0-9]{4}(?P=s2)[0-9]{3}"
            r"|[3-7][0-9]{3}(?P<s3>[ \-])[0-9]{3}(?P=s3)[0-9]{3})"
            r"(?<=(?<![A-Za-z])[Nn][Hh][Ss][^\n0-9]{0,24}(?P=id))(?![\w\-]|[.:]\d|[ \t]\d)"
            + _COUNTED,
    requires_context=True,
    # another number's own label beside it: an order's, an invoice's, a ticket's
    anti_context=(*NHS.anti_context, "order", "ref", "reference", "invoice", "ticket", "build",
                  "version", "isbn"),
    score=None,
    gate_within=r"[Nn][Hh][Ss]",
)


# Read out digit by digit, as a call's transcript or a note of one writes it ("four eight
# five, seven seven seven, …"), beside the number's name (the caller's line or the
# question before it).
NHS_SPOKEN = read_out(NHS, 10, "nine nine nine, oh oh oh, oh oh one eight")

# Scotland's CHI number: ten digits with the NHS number's check digit, the first six the
# holder's birth date (DDMMYY), often written apart from the last four. Named "CHI" just
# before it (a label, a key): the pattern reads the name, so it runs only where the name
# is; and as "chi" is a statistic's word too (a chi squared test's seed), only a number
# that opens with a date is one.
def _valid_chi(value: str) -> bool:
    digits = _digits(value)
    day, month = int(digits[:2]), int(digits[2:4])
    return 1 <= day <= 31 and 1 <= month <= 12 and _valid_nhs(digits)


CHI = Recognizer(
    type="UK_NHS",
    name="nhs-number",
    pattern=r"(?<![\w])(?:CHI|[Cc]hi)(?:[ \t_\-]*(?:[Nn]o|NO|[Nn]umber|NUMBER)\.?)?[\"']?"
            r"[ \t]*[:=#]?[ \t]*[\"']?(?P<id>\d{6}[ ]?\d{4})(?![\w]|[.\-]\d)",
    group="id",
    why="A CHI number identifies a patient in Scotland, and holds their birth date.",
    validate=_valid_chi,
    reserved=is_reserved_nhs,
    suggest=lambda v: "9990000018",
    confidence=0.95,
)


# --- Passport -----------------------------------------------------------------------------
# The machine-readable zone's second line (ICAO 9303, TD3: passports): the document number
# and its check digit, nationality, birth date, sex, expiry, an optional personal number,
# and check digits over them (weights 7, 3, 1).
_MRZ_LENGTH = 44
_MRZ_VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {"<": 0}
# ICAO's own specimen (Doc 9303), which every MRZ reader's tests use.
_MRZ_SPECIMEN_NUMBERS = frozenset({"L898902C3"})
# A UK passport's number is nine digits, so its line opens with ten (the number and its
# check digit): the pattern consumes only the nine that a number's own form does, and
# the gate (gate.py) stays the number's.
_MRZ = (r"\d{10}[A-Z<]{3}\d{6}\d[MFX<]\d{7}[A-Z0-9<]{14}[\d<]\d(?![A-Z0-9<])")


def _mrz_check(field: str, digit: str) -> bool:
    total = sum(_MRZ_VALUES[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field))
    return digit == str(total % 10) or (digit == "<" and not field.strip("<"))


def _valid_mrz(value: str) -> bool:
    """Each field's check digit, and the composite over the number, birth date, expiry and
    personal number with their check digits."""
    return (_mrz_check(value[0:9], value[9]) and _mrz_check(value[13:19], value[19])
            and _mrz_check(value[21:27], value[27]) and _mrz_check(value[28:42], value[42])
            and _mrz_check(value[0:10] + value[13:20] + value[21:43], value[43]))


def _is_mrz(value: str) -> bool:
    return len(value) == _MRZ_LENGTH


def _passport_canonical(value: str) -> str:
    return value if _is_mrz(value) else digits_only(value)


def _passport_suggestion(value: str) -> str:
    if _is_mrz(value):
        return "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    return "123456789" if value.isdigit() else "123" + value[3] + "456" + value[3] + "789"


PASSPORT = Recognizer(
    type="UK_PASSPORT",
    name="passport",
    # the number, or typed in threes (123 456 789); or the machine-readable zone's line.
    # The value is read ahead, and what is consumed is the number's nine digits, together
    # or in threes: the line's first nine, too.
    pattern=rf"(?<![\w.+/\-])(?=(?P<id>\d{{9}}(?={DIGITS_END})"
            rf"|{NOT_AFTER_GROUP}\d{{3}}{THREES_REST}(?={DIGITS_END})|{_MRZ}))"
            r"(?:\d{9}|\d{3}[ \-]\d{3}[ \-]\d{3})",
    group="id",
    why="A passport number identifies a person; a passport's machine-readable zone holds "
        "it with its holder's birth date.",
    context=("passport", "passport number", "passport no", "passportno", "travel document",
             "pasbort",  # Welsh
             "mrz", "machine readable zone", "machine readable"),
    requires_context=True,
    normalise=_passport_canonical,
    validate=lambda v: not _is_mrz(v) or _valid_mrz(v),
    reserved=lambda v: v[:9] in _MRZ_SPECIMEN_NUMBERS if _is_mrz(v) else is_placeholder_id(v),
    suggest=_passport_suggestion,
)

# A machine-readable zone's line is a passport's by its form alone, named or not (the
# "P<GBR…" line above it tells a reader, not in words): its five check digits hold by
# chance once in a hundred thousand. Its own pattern, not the number's: the line's gate
# opens on few texts, where the number's opens on every text with nine digits in a row.
PASSPORT_MRZ = Recognizer(
    type="UK_PASSPORT",
    name="passport",
    pattern=rf"(?<![\w<]){_MRZ}",
    why=PASSPORT.why,
    normalise=_passport_canonical,
    validate=lambda v: _is_mrz(v) and _valid_mrz(v),
    reserved=lambda v: v[:9] in _MRZ_SPECIMEN_NUMBERS,
    suggest=_passport_suggestion,
    confidence=0.9,
)

# The line above a machine-readable zone's second: its holder's name, surname first, the
# parts apart by one "<" and the surname from the given names by two (HOLDER<<GIVEN<NAMES).
# Only where a zone's second line follows it (the number's finding checks its digits): a
# ``P<`` and capitals are many things. A part of the passport's zone, as its second line
# is: typed as the passport's (names are the name detector's type).
_MRZ_PLACEHOLDER_NAMES = frozenset({"SPECIMEN", "SAMPLE", "TEST", "EXAMPLE", "DOE"})
PASSPORT_MRZ_NAME = Recognizer(
    type="UK_PASSPORT",
    name="passport",
    pattern=rf"(?<![\w<])P[A-Z<][A-Z<]{{3}}(?P<name>[A-Z]+(?:<[A-Z]+){{0,3}}<<[A-Z]+"
            rf"(?:<[A-Z]+){{0,3}})<*[ \t]*\r?\n[ \t]*{_MRZ}",
    group="name",
    why="A passport's machine-readable zone names its holder, beside the passport's number "
        "and the holder's birth date.",
    reserved=lambda v: not _MRZ_PLACEHOLDER_NAMES.isdisjoint(v.split("<")),
    suggest="SAMPLE<<PERSON",
    confidence=0.9,
)


# --- Driving licence ----------------------------------------------------------------------
# DVLA: 5 characters of surname padded with 9, decade digit, month (+50 for women), day,
# year digit, 2 initials padded with 9, an arbitrary digit, 2 check letters.
_LICENCE_SURNAME = lazy_regex(r"[A-Z]+9*")


def _valid_licence(value: str) -> bool:
    v = compact(value)
    month, day = int(v[6:8]), int(v[8:10])
    if month > 50:
        month -= 50
    return _LICENCE_SURNAME.fullmatch(v[:5]) is not None and 1 <= month <= 12 and 1 <= day <= 31


LICENCE = Recognizer(
    type="UK_DRIVING_LICENCE",
    name="driving-licence",
    # As printed, or in the card's three groups: MORGA 753116 SM9IJ (the specimen).
    pattern=r"(?<![A-Za-z0-9])[A-Z][A-Z9]{4}( ?)\d[0156]\d[0-3]\d\d\1[A-Z][A-Z9]\d[A-Z]{2}"
            r"(?: ?\d{2})?(?![A-Za-z0-9])",
    why="A driving licence number encodes a person's surname, initials and date of birth.",
    context=("driving licence", "driving license", "driver licence", "drivers licence",
             "licence number", "license number", "dvla", "licence", "license"),
    validate=_valid_licence,
    reserved=is_reserved_licence,
    suggest=DVLA_SPECIMEN_LICENCE,
    confidence=0.9,
)


# --- Unique Taxpayer Reference ------------------------------------------------------------
def _valid_utr(value: str) -> bool:
    with without_ssl():
        from stdnum.gb import utr

    return utr.is_valid(_digits(value))


UTR = Recognizer(
    type="UK_UTR",
    name="utr",
    # whole, in fives, or in a form's uneven groups (4-3-3, 3-3-4)
    pattern=r"(?<![\w.+/\-])(?:\d{10}|\d{5} \d{5}|\d{4} \d{3} \d{3}|\d{3} \d{3} \d{4})K?"
            r"(?![\w]|[.\-]\d)",
    why="A Unique Taxpayer Reference identifies a person (or their business) to HMRC.",
    context=("utr", "sa utr", "unique taxpayer reference", "taxpayer reference",
             "tax reference", "self assessment", "taxpayer", "hmrc reference",
             "unique tax reference", "tax ref",
             "trethdalwr"),  # Welsh: taxpayer (cyfeirnod trethdalwr unigryw: UTR)
    requires_context=True,
    validate=_valid_utr,
    reserved=is_reserved_utr,
    suggest="1234567890",
)

UTR_SPOKEN = read_out(UTR, 10, "one two three four five, six seven eight nine oh")

RECOGNIZERS = (NINO, NINO_LOWER, NINO_SPACED, NINO_SAID, NINO_NO_SUFFIX, NINO_RUN_ON,
               NINO_BEFORE_A_DATE, CHI, NHS, NHS_SPOKEN,
               PASSPORT, PASSPORT_MRZ, PASSPORT_MRZ_NAME, LICENCE, UTR, UTR_SPOKEN)
