"""Dates of birth: a date counts only when the text says it is a birth date.

``createdAt: <date>`` is not personal data; ``dob: <date>`` is. The date itself
must be real and in the past (1900 to today), in any common written form.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

import regex

from safecommit.detect.recognizer import Recognizer
from safecommit.lazyre import lazy_regex
from safecommit.reserved import is_placeholder_birth_date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", *_MONTHS, "sept"})
# A month as Go (time.May) and Java (Month.MAY, Calendar.MAY) name their constants: the
# name is checked as a month's when the date is read.
_MONTH_CONSTANTS = r"(?:time|Month|Calendar)\.[A-Za-z]{3,9}"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# Welsh months, as a Welsh-language form writes a date (3 Mawrth 1984), and as they are
# softened after "o" (of): 3 o Fawrth 1984.
_WELSH_MONTHS = {
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "fawrth": 3, "ebrill": 4, "mai": 5, "fai": 5,
    "mehefin": 6, "fehefin": 6, "gorffennaf": 7, "orffennaf": 7, "awst": 8, "medi": 9,
    "fedi": 9, "hydref": 10, "tachwedd": 11, "dachwedd": 11, "rhagfyr": 12, "ragfyr": 12,
}
_WELSH_MONTH = (r"(?:Ionawr|Chwefror|[MF]awrth|Ebrill|[MF]ai|[MF]ehefin|Gorffennaf|Orffennaf"
                r"|Awst|[MF]edi|Hydref|[TD]achwedd|Rh?agfyr)")
# English ordinals, and Welsh ones: 1af, 2il, 3ydd, 5ed, 8fed, 11eg, 21ain.
_ORD = r"(?:st|nd|rd|th|af|il|ydd|fed|ed|eg|ain)?"

# A day as an ordinal word, as a transcript or a letter writes one: "the fourteenth of June
# 1978", "the twenty-first of May, 1990" (tens and units hyphenated, spaced or run together).
_DAY_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
# (Checked as a day when the date is read: "twenty-tenth" is none.)
# (Any word ending "th" is read, and checked as a day when the date is read: a short
# pattern, so that the gate's automaton stays small. "The month of May" is no day.)
_DAY_IN_WORDS = (r"(?:(?:[Tt]wenty|[Tt]hirty)[ \-]?)?"
                 r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[A-Za-z]{3,9}th)")
_WORDS_DATE = lazy_regex(r"(?i)(?:(twenty|thirty)[ \-]?)?([a-z]+)\s+of\s+([A-Za-z]+)\.?,?"
                            r"\s+(\d{4})")

_NUMERIC = lazy_regex(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")
_ARGUMENTS = lazy_regex(r"(\d{4}),\s*(\d{1,2}),\s*(\d{1,2})")
# The same with the month as a language's constant (see _MONTH_CONSTANTS).
_ARGUMENTS_NAMED_MONTH = lazy_regex(
    r"(\d{4}),\s*(?:[A-Za-z]+\.)?(?P<name>[A-Za-z]{3,9}),\s*(\d{1,2})")
# The same by name, as Swift, Python, Kotlin and C# can pass them: year: 1900, month: 1, day: 1
_NAMED_PART = r"[ \t]*[:=][ \t]*"
# Protocol Buffers' text format parts them with blanks alone: { year: 1900 month: 1 day: 1 }.
_NAMED_NEXT = r"(?:,[ \t]*|[ \t]+)"
_NAMED_ARGUMENTS = lazy_regex(
    rf"year{_NAMED_PART}(\d{{4}}){_NAMED_NEXT}month{_NAMED_PART}(\d{{1,2}}){_NAMED_NEXT}"
    rf"day(?:OfMonth)?{_NAMED_PART}(\d{{1,2}})")
_COMPACT = lazy_regex(r"(\d{4})(\d{2})(\d{2})")
_ABBREVIATED = lazy_regex(r"(\d{1,2})[/\-]([A-Za-z]{3})[/\-](\d{4}|\d{2})")
# SAS's DATE9. form, as its data steps and exports write a date: 01JAN1900.
_DATE9 = lazy_regex(r"(\d{2})([A-Za-z]{3})(\d{4})")
_WORDY = lazy_regex(r"(?i)(?:(\d{1,2})" + _ORD
                       + r"\s+(?:of?\s+)?([A-Za-z]+)\.?,?\s+(\d{4}|['\u2019]?\d{2})"
                       r"|([A-Za-z]+)\.?\s+(\d{1,2})" + _ORD + r",?\s+(\d{4}))")


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _full_year(year: str) -> int:
    """A two-digit year is in the last century unless it is 30 or less: 66 is 1966."""
    short = int(year)
    return short if len(year) == 4 else 1900 + short if short > 30 else 2000 + short


def _candidates(value: str) -> list[datetime.date]:
    """Every reading of the value as a date (day-first and month-first where ambiguous)."""
    found: list[datetime.date | None] = []
    if m := _NUMERIC.fullmatch(value):
        a, b, c = (int(g) for g in m.groups())
        if len(m.group(1)) == 4:
            found.append(_date(a, b, c))
        elif len(m.group(3)) in (2, 4):
            full = _full_year(m.group(3))
            found += [_date(full, b, a), _date(full, a, b)]
    elif args := (_ARGUMENTS.fullmatch(value) or _COMPACT.fullmatch(value)
                  or _NAMED_ARGUMENTS.fullmatch(value)):
        year, month, day = (int(g) for g in args.groups())
        found.append(_date(year, month, day))
    elif (named := _ARGUMENTS_NAMED_MONTH.fullmatch(value)) \
            and named.group("name").lower() in _MONTH_WORDS:
        found.append(_named_month(named.group(3), named.group("name"), int(named.group(1))))
    elif o := _ABBREVIATED.fullmatch(value) or _DATE9.fullmatch(value):
        found.append(_named_month(o.group(1), o.group(2), _full_year(o.group(3))))
    elif w := _WORDY.fullmatch(value):
        day_, name, year_ = w.group(1, 2, 3) if w.group(1) else w.group(5, 4, 6)
        found.append(_named_month(day_, name, _full_year(year_.lstrip("'\u2019"))))
    elif (words := _WORDS_DATE.fullmatch(value)) \
            and (unit := _DAY_WORDS.get(words.group(2).lower())):
        tens = {"twenty": 20, "thirty": 30}.get((words.group(1) or "").lower(), 0)
        if not tens or unit < 10:
            found.append(_named_month(str(tens + unit), words.group(3), int(words.group(4))))
    return [d for d in found if d is not None]


def _named_month(day: str, name: str, year: int) -> datetime.date | None:
    number = _WELSH_MONTHS.get(name.lower()) or _MONTHS.get(name[:3].lower())
    return _date(year, number, int(day)) if number else None


def _is_birth_date(value: str) -> bool:
    today = datetime.date.today()
    return any(datetime.date(1900, 1, 1) <= d <= today for d in _candidates(value))


def _placeholder(value: str) -> bool:
    return any(is_placeholder_birth_date(d.year, d.month, d.day) for d in _candidates(value))


def _decoded(value: str) -> str:
    return _ENCODED_SLASH.sub("/", value) if "%" in value else value


_ENCODED_SLASH = lazy_regex(r"%2[Ff]")


def _suggestion(value: str) -> str:
    if slash := _ENCODED_SLASH.search(value):
        return _suggestion(_decoded(value)).replace("/", slash.group())
    if _NAMED_ARGUMENTS.fullmatch(value):
        return regex.sub(r"\d+", lambda m: "1900" if len(m.group()) == 4 else "1", value)
    if _ARGUMENTS.fullmatch(value) or _ARGUMENTS_NAMED_MONTH.fullmatch(value):
        return "1900, 1, 1"
    if _COMPACT.fullmatch(value):
        return "19000101"
    if regex.match(r"\d{4}", value):
        return "1900.01.01" if value[4:5] == "." else "1900-01-01"
    if o := _ABBREVIATED.fullmatch(value):  # keep Oracle's form: 01-JAN-1900, 01-Jan-00
        month = "JAN" if o.group(2).isupper() else "Jan"
        return "-".join(("01", month, "1900" if len(o.group(3)) == 4 else "00"))
    if _DATE9.fullmatch(value):
        return "01JAN1900" if value.isupper() else "01Jan1900"
    if _WORDS_DATE.fullmatch(value):
        return "first of January 1900"
    if value[:1].isdigit() and regex.search(r"[A-Za-z]", value):
        return "1 Ionawr 1900" if regex.search(_WELSH_MONTH, value) else "1 January 1900"
    if not value[:1].isdigit():
        return "January 1, 1900"
    return "01/01/1900"


# A birth date stored as a date and time has midnight: 1900-01-01T00:00:00.000Z (a date
# serialised by JavaScript), 1900-01-01 00:00:00 (SQL), 1/1/1900 12:00:00 AM (.NET).
_MIDNIGHT = r"(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|\+00:00)?|[ ]12:00:00[ ]AM)"

# Birth dates that are not a person's: livestock's and pets' (Defra registers cattle, sheep,
# pigs and horses, and issues pet passports).
_ANIMAL_WORDS = ("ear tag", "eartag", "breed", "species", "herd", "flock", "calf", "calves",
                 "cattle", "bovine", "cow", "heifer", "livestock", "sheep", "ewe",
                 "pig", "piglet", "horse", "equine", "pony", "foal", "dog", "puppy",
                 "kitten", "pet", "microchip", "animal")
# Keys only an animal's record has: a bare date of birth beside them is the animal's (a
# keeper's own is under a key that says whose, ``keeper_dob``, and is still found). Not
# ``species``: a farmer's application names the species it is for.
_ANIMAL_KEYS = ("ear tag", "eartag", "breed", "microchip", "dam", "sire", "pedigree",
                "herdbook", "herd book", "animal id", "animal number", "ueln")
# Keys that make a record a person's whatever else it holds: a date of birth beside them
# is still reported (an animal's record naming its owner is left to the person to allow).
_PERSON_KEYS = ("first name", "last name", "full name", "given name", "family name",
                "surname", "forename", "farmer", "keeper", "owner", "applicant", "customer",
                "email", "phone", "telephone", "mobile", "contact number", "address",
                "postcode", "postal code", "nino", "national insurance", "nhs", "passport",
                "driving licence", "iban", "sort code", "account number")
# Dates beside birth-date words that say when something was done to the field, not when
# anyone was born: dobVerifiedAt, "fixed the date of birth validation bug on …".
_CHANGE_WORDS = ("verified at", "verified on", "verified date", "verification", "updated at",
                 "updated on", "last updated", "changed at", "changed on", "modified at",
                 "modified on", "last modified", "validation", "validated", "validator",
                 "bug", "fixed", "ticket", "column", "migration")

# A value named as a stand-in (``dob_placeholder``, ``dummyDob``, "fake DOB"): made up.
_STAND_IN_WORDS = ("placeholder", "dummy", "fake")

# Eight digits are any number's shape: beside a birthday's word, a key or a sentence that
# names an amount (``birthday_budget``, "the birthday budget is …") or, under a key, an id
# (``birthday_id``) says the number is that, even where it reads as a date.
_AMOUNT_WORDS = ("budget", "amount", "cost", "price", "total", "spend", "limit", "allowance",
                 "fee", "balance", "payment", "count", "pence", "pounds", "gbp")
_ID_WORDS = ("id", "identifier", "ref", "reference", "number", "code", "seq", "sequence")

# Where code names a record's other dates (created_at = datetime(…) on the line after a date
# of birth, where no key is read): when something happened or falls due.
_EVENT_WORDS = ("created", "deleted", "expires", "expiry", "expiration",
                "issued", "submitted", "deadline", "effective", "timestamp",
                # a bound of what a form accepts: ``minDob``, ``max_birth_date``, ``DOB_CUTOFF``
                "min", "max", "minimum", "maximum", "earliest", "latest", "cutoff", "cut off",
                # a feature's switch: ``feature.dob.enabled.since``, "DOB check enabled since"
                "enabled", "disabled", "since", "rollout")

# A date that follows a bound or an example is a rule or a form's hint, not anyone's
# birth date: "born on or after <date>", "before <date>", ``dob < '<date>'``, ``dob >=
# date(…)``, "For example, <date>", "e.g. <date>". A comparison needs a blank before its
# operator, so a tag's closing ``>`` (``<td><date>``) is no bound. An API schema's
# ``example:`` is not one of these: an API sample is data, and a real one must not be there.
_NOT_A_BIRTH = (
    r"(?<!(?:\b(?:[Bb]efore|[Aa]fter|[Pp]rior[ \t]+to|(?:[Ee]arlier|[Ll]ater|[Oo]lder|[Yy]ounger)"
    r"[ \t]+than|[Uu]ntil)[ \t]+"
    r"|\b(?:[Ff]or[ \t]+example|[Ee]\.[ \t]?[Gg]\.|[Ee][Gg]|[Ss]uch[ \t]+as)[,:]?[ \t]*['\"]?"
    # a format's example: "DOB format example: <date>", "date format: <date>", "example
    # format <date>", "formatted as <date>" (a form's hint, or a parser's doc)
    r"|\b(?:[Ee]xample[ \t])?[Ff]ormat(?:ted)?(?:[ \t](?:[Ee]xample|is|like|as))?"
    r"[ \t]*[:=]?[ \t]*['\"`(]?"
    r"|[ \t][<>]=?[ \t]*(?:new[ \t]+)?[\w.]*\(?['\"`]?"
    # a comparison's method: ``dob.isAfter(LocalDate.of(…))``, ``moment(dob).isBefore(…)``
    r"|(?:After|Before|after|before)\([ \t]*(?:new[ \t]+)?[\w.]*\(?['\"`]?"
    # either end of a range: "between <date> and <date>", "<date> to <date>"
    r"|\b(?:[Bb]etween|BETWEEN|[Ff]rom|FROM)[ \t]+['\"`]?"
    r"|\d['\"`]?[ \t]+(?:to|and|TO|AND|until|[\-\u2013\u2014])[ \t]+['\"`]?))"
)
# A date's own label just before it, naming another event: "Start date: …", "application
# received …", "decision due …", "date of death …", "applied on …". On a line that says
# "born" or "DOB" elsewhere, that label is the date's, not the birth words further off.
# (Read back from the date's end, once a date is found. Written in its cases, not with an
# inline flag: a case-blind pattern cannot be prefiltered and would read every line.)
_EVENT_WORDS_BEFORE = ("received", "due", "starts", "started", "start", "ends", "ended", "end",
                       "death", "died", "deceased", "applied", "registered", "joined",
                       "renewed", "renewal", "paid", "visited", "reviewed", "closed", "opened",
                       "arrived", "departed", "moved", "signed", "decided", "expired", "expire",
                       "expiry", "valid from", "valid until", "valid to", "valid",
                       # a release's: "the birthday feature shipped …"
                       "shipped", "released", "launched", "deployed", "published",
                       # a change's: "the DOB field added …", "dob column renamed …"
                       "added", "removed", "renamed", "migrated", "dropped", "deprecated",
                       "introduced",
                       # a start's: "the birthday feature went live …", "founded …"
                       "went live", "go live", "goes live", "kicked off", "began", "founded",
                       "established", "enabled", "disabled", "rolled out", "since",
                       # a work item's: "ticket raised …", "design signed off …"
                       "raised", "logged", "signed off", "approved", "merged", "completed",
                       # the day an age or a count is taken on: "age at …", "as at …"
                       "age at", "as at", "as of",
                       # a check's verdict on a value given to it, as a test's prose writes
                       # it ("DOB field rejects …", "should accept …"): an input, not a birth
                       "rejects", "rejected", "reject", "accepts", "accepted", "accept")
# A thing done on a day, with "on" after its verb: "tested on …", "failed again on …",
# "backfilled on …", "seen on …". ("DOB check failed: …" gives the value that failed.)
# Not a baby's: "delivered on …" is a birth.
_EVENT_WORDS_ON = ("seen", "ran", "run", "done", "begun", "held")


def _any_case(words: tuple[str, ...]) -> str:
    """Each word as written in a sentence, a title or capitals: ``[Dd]ue|DUE``."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}|{w.upper()}" for w in words)


_DONE_ON = (r"(?:\b(?!(?:[Dd]elivered|DELIVERED)\b)[A-Za-z]{2,}(?:ed|ED)"
            rf"|{_any_case(_EVENT_WORDS_ON)})(?:[ \t]+(?:again|AGAIN))?[ \t]+(?:on|ON)")

# What was "born" when a thing is (a service, a project): the day it started.
_THING_WORDS = ("service", "project", "programme", "program", "platform", "product",
                "app", "application", "system", "site", "website", "tool", "team",
                "company", "business", "idea", "initiative", "repo", "repository",
                "library", "feature", "brand", "campaign", "scheme", "community", "blog")
_THING_BORN = (r"\b(?:[Tt]he|[Tt]his|[Oo]ur|[Yy]our|[Tt]heir|[Ii]ts)[ \t]+(?:[\w\-]+[ \t]+){0,2}"
               rf"(?:{'|'.join(_THING_WORDS)})[ \t]+(?:was|were|is)[ \t]+born")

_EVENT_LABEL = (
    # (a key's words joined by an underscore too: ``birth_date``, ``dob_date`` are a birth's)
    r"(?<!\b(?:(?!(?:[Bb]irth|BIRTH|[Dd]ob|DOB)(?![A-Za-z]))[A-Za-z]+[ \t_\-](?:[Dd]ate|DATE)"
    rf"|{_any_case(_EVENT_WORDS_BEFORE)}|{_THING_BORN}"
    rf"|{_DONE_ON})"
    r"(?:[ \t]+(?:on|ON))?[ \t]*[:=]?[ \t]*(?:(?:[Tt]he|THE)[ \t]+)?(?P=date))"
)
# A release's date right after its version, as a changelog and release notes write it:
# "2.3.0 (<date>)", "[2.3.0] - <date>", "introduced in v2.3 (<date>)", "v1.2, <date>",
# "added in release 2.3 on <date>".
_AFTER_A_VERSION = (
    r"(?<!(?<![\w.])[Vv]?\d+(?:\.\d+){1,3}(?:-[\w.]+)?\]?"
    r"(?:[ \t]*\([ \t]*|[ \t]+[\-\u2013\u2014][ \t]+|[:,][ \t]+|[ \t]+on[ \t]+)(?P=date))"
)
# A kind of value's example: "dates like <date>", "values like <date>". (Read back from
# the date's end, as the labels above are.)
_AN_EXAMPLE_OF_A_KIND = (
    r"(?<!\b(?:[Dd]ates?|[Vv]alues?|[Ii]nputs?|[Ss]trings?|[Ff]ormats?)[ \t]+like"
    r"[ \t]+['\"`]?(?P=date))"
)
# The start of a range: "<date> to <date>", "<date> and <date>" after BETWEEN.
_RANGE_AHEAD = (r"(?!['\"`]?[ \t]+(?:to|and|TO|AND|until|[\-\u2013\u2014])[ \t]+['\"`]?"
                r"\d{1,4}[/.\-])")

# A fixture's made-up person, named before the date on its line (``"name": "Joe Bloggs"``,
# ``"lastName": "Doe"``, ``Person("Test", "User", …)``): the birth date is as made up as
# the name. (A placeholder's surname as a whole word, in the case names are written in.)
_PLACEHOLDER_PERSON = (
    r"\b(?:Bloggs|Doe|Mustermann|Musterfrau|McTestface|Testerson|Appleseed|Nordmann)\b"
    r"|\bA[ \t.]+N[ \t.]+Other\b|\bTest[ \t_]?User\b"
    r"|[\"']Test[\"'][ \t]*[,:;][^\n]{0,40}[\"']User[\"']"
)

DATE_OF_BIRTH = Recognizer(
    type="DATE_OF_BIRTH",
    name="date-of-birth",
    pattern=(
        r"(?<![\w/.\-])(?<![\d:]:)" + _NOT_A_BIRTH + r"(?P<date>"
        r"\d{4}(?:-\d{1,2}-|/\d{1,2}/|%2[Ff]\d{1,2}%2[Ff])\d{1,2}"
        # year first with dots, as some European and East Asian forms write it; not a
        # release's calendar version ("release 2024.01.15", "the 2024.01.15 build")
        r"|(?<!(?:[Rr]elease|RELEASE|[Vv]ersion|VERSION|[Bb]uild|BUILD|[Tt]ag|TAG)[ \t:=v]{1,3})"
        r"\d{4}\.\d{1,2}\.\d{1,2}"
        r"(?![ \t]+(?:[Rr]elease|RELEASE|[Vv]ersion|VERSION|[Bb]uild|BUILD|[Tt]ag|TAG)\b)"
        # its slashes percent-encoded in a URL's query: ?dob=01%2F01%2F1900
        r"|\d{1,2}([/.\-]|%2[Ff])\d{1,2}\2(?:\d{4}|\d{2})"
        # Oracle's DD-MON-YYYY and DD-MON-RR: 01-Jan-1900, 01-JAN-00
        r"|\d{1,2}([/\-])[A-Za-z]{3}\3(?:\d{4}|\d{2})"  # the month is checked as a date
        r"|\d{2}[A-Za-z]{3}\d{4}"  # SAS's DATE9.: 01JAN1900
        # (and with a two-digit year, maybe after an apostrophe: 23 Aug 71, 23rd August '71)
        rf"|\d{{1,2}}{_ORD}[ \t]+(?:of[ \t]+)?{_MONTH},?[ \t]+(?:\d{{4}}|['\u2019]?\d{{2}})"
        rf"|\d{{1,2}}{_ORD}[ \t]+(?:o[ \t]+)?{_WELSH_MONTH}[ \t]+\d{{4}}"
        rf"|{_MONTH}[ \t]+\d{{1,2}}{_ORD},?[ \t]+\d{{4}}"
        # A date built in code from its year, month and day: LocalDate.of(1900, 1, 1) in
        # Java, Date.new in Ruby, date(…) in Python, new Date(…) in JavaScript, new
        # DateOnly(…) in C#, NaiveDate::from_ymd_opt(…) in Rust, Carbon::create(…) in PHP,
        # time.Date(…) in Go, Date.UTC(…) in JavaScript, MAKE_DATE(…) and DATEFROMPARTS(…)
        # in SQL; the month maybe by name (time.February, Month.FEBRUARY).
        r"|(?<=[Dd]ate(?:[Tt]ime|Only)?(?:\.of|\.new|\.UTC)?\(|from_ymd(?:_opt)?\("
        r"|Carbon::create(?:FromDate)?\(|DATE\(|(?:MAKE_DATE|make_date|DATEFROMPARTS)\()"
        rf"\d{{4}},[ \t]?(?:\d{{1,2}}|{_MONTH_CONSTANTS}),[ \t]?\d{{1,2}}"
        r"(?=[,)])"
        # Or by name: DateComponents(year: 1900, month: 1, day: 1) in Swift, date(year=…)
        # in Python, LocalDate.of(year = …, month = …, dayOfMonth = …) in Kotlin.
        rf"|(?<=\([ \t]*){_NAMED_ARGUMENTS.pattern}(?=[ \t]*[,)])"
        # Or a message's fields on one line: date_of_birth { year: 1900 month: 1 day: 1 }.
        rf"|(?<=\x7b[ \t]*){_NAMED_ARGUMENTS.pattern}(?=[ \t]*[,}}])"
        # Any other time of day is when something happened, not when someone was born.
        rf"){_EVENT_LABEL}{_AFTER_A_VERSION}{_AN_EXAMPLE_OF_A_KIND}{_MIDNIGHT}?"
        rf"(?![\w/\-]|[.:]\d|[ \t]\d{{1,2}}:\d{{2}}){_RANGE_AHEAD}"
    ),
    group="date",
    why="A date of birth, with almost anything else, identifies a person.",
    # and Welsh forms' labels: dyddiad geni (date of birth), ganwyd (born); and French
    # ones: date de naissance (a Channel Islands' or a bilingual export's column)
    context=("dob", "d o b", "date of birth", "birth", "born", "birthday", "birthdate", "bday",
             "geni", "ganwyd", "naissance",
             "birth date", "date of birth dd mm yyyy",
             "brth dt", "brthdt"),  # a legacy system's column (BRTH_DT)
    requires_context=True,
    anti_context=_ANIMAL_WORDS + _CHANGE_WORDS + _EVENT_WORDS + _STAND_IN_WORDS,
    anti_context_near=True,
    anti_record=_ANIMAL_KEYS,
    person_record=_PERSON_KEYS,
    heads_entries=True,
    normalise=_decoded,
    validate=_is_birth_date,
    reserved=_placeholder,
    suggest=_suggestion,
    row_veto=_PLACEHOLDER_PERSON,
)

# The day in words, as a transcript or a letter writes it: "the fourteenth of June 1978".
# Its own pattern, behind a gate of "of", a month and a year, which few lines hold: the
# words in the birth date's own gate cost every text's first pass.
DATE_OF_BIRTH_IN_WORDS = replace(
    DATE_OF_BIRTH,
    pattern=(rf"(?<![\w/.\-])(?P<date>{_DAY_IN_WORDS}[ \t]+of[ \t]+{_MONTH},?[ \t]+"
             r"(?:19|20)[0-9][0-9])(?![\w/\-]|[.:]\d)"),
    gate_within=r"[ \t]of[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?[ \t]+"
                r"(?:19|20)\d\d",
)

# The year spoken too, as a transcript writes what was said: "the fourteenth of June
# nineteen seventy-eight", "14 June nineteen eighty-one", "March 3rd, two thousand and
# two". The year is written in digits before the date is read, so that it is checked as
# any other birth date is. Its own gate, the year's first words, which few lines hold.
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER_WORDS = {**{w: i + 1 for i, w in enumerate(_UNITS)},
                 **{w: i + 10 for i, w in enumerate(_TEENS)},
                 **{w: 20 + 10 * i for i, w in enumerate(_TENS)}}
_UNDER_A_HUNDRED = (rf"(?:(?:{'|'.join(_TENS)})(?:[ \-](?:{'|'.join(_UNITS)}))?"
                    rf"|{'|'.join(_TEENS)}|(?:oh|o)[ \-](?:{'|'.join(_UNITS)})|{'|'.join(_UNITS)})")
_YEAR_IN_WORDS = (rf"(?:[Nn]ineteen[ \-]{_UNDER_A_HUNDRED}"
                  rf"|[Tt]wo[ ]thousand(?:[ ](?:and[ ])?{_UNDER_A_HUNDRED})?)")


def _year_in_digits(value: str) -> str:
    """The date with its spoken year written as digits: "…June nineteen seventy-eight" as
    "…June 1978". (Its pattern compiled only when a date is read: never at import.)"""
    year = regex.search(_YEAR_IN_WORDS + r"\Z", value)
    if year is None:
        return value
    words = [w for w in regex.split(r"[ \-]+", year.group().lower()) if w not in ("and",)]
    century = 1900 if words[0] == "nineteen" else 2000
    rest = words[1:] if century == 1900 else words[2:]
    number = sum(_NUMBER_WORDS.get(w, 0) for w in rest)
    return value[:year.start()] + str(century + number)


DATE_OF_BIRTH_SPOKEN_YEAR = replace(
    DATE_OF_BIRTH,
    pattern=(rf"(?<![\w/.\-])(?P<date>(?:{_DAY_IN_WORDS}[ \t]+of[ \t]+{_MONTH}"
             rf"|\d{{1,2}}{_ORD}[ \t]+(?:of[ \t]+)?{_MONTH}|{_MONTH}[ \t]+\d{{1,2}}{_ORD}),?"
             rf"[ \t]+{_YEAR_IN_WORDS})(?![\w\-])"),
    normalise=_year_in_digits,
    suggest=lambda v: "first of January nineteen hundred" if _WORDS_DATE.fullmatch(
        _year_in_digits(v)) else "1 January nineteen hundred",
    # (starting on the blank before it: a gate that starts on a letter costs the automata
    # states wherever a word does)
    gate_within=r"[ \t](?:[Nn]ineteen[ \-][a-z]|[Tt]wo[ ]thousand)",
)

# Eight digits, day first or year first: one pattern for DATE_OF_BIRTH_COMPACT and
# DATE_OF_BIRTH_DAY_FIRST_COMPACT, so that the two share one gate. (The two readings never
# both fit: a month is at most 12, a year starts 19 or 20.)
_EIGHT_DIGITS = (r"(?<![\w.+/\-])(?P<date>(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d"
                 r"|(?:19|20)\d{6})(?![\w]|[.\-]\d)")

# Eight digits, year first (19840528), as a database or a fixed-width file stores a date:
# any number's shape elsewhere, so only under a birth date's own key.
DATE_OF_BIRTH_COMPACT = Recognizer(
    type="DATE_OF_BIRTH",
    name="date-of-birth",
    pattern=_EIGHT_DIGITS,
    group="date",
    why=DATE_OF_BIRTH.why,
    context=("dob", "d o b", "date of birth", "birth date", "birthdate", "birthday", "bday",
             "dyddiad geni"),
    requires_context=True,
    requires_key=True,
    anti_context=(*DATE_OF_BIRTH.anti_context, *_AMOUNT_WORDS, *_ID_WORDS),
    anti_context_near=True,
    anti_record=_ANIMAL_KEYS,
    person_record=_PERSON_KEYS,
    validate=_is_birth_date,
    reserved=_placeholder,
    suggest=_suggestion,
)


def _day_first_compact(value: str) -> datetime.date | None:
    return _date(int(value[4:]), int(value[2:4]), int(value[:2]))


# Eight digits, day first (03111984), as a form's date field keeps what was typed without
# its separators: any number's shape, so only in the words of a birth beside it, and only
# as a real date; the event and change words that rule out DATE_OF_BIRTH's rule it out too,
# and a build's or a release's number.
DATE_OF_BIRTH_DAY_FIRST_COMPACT = Recognizer(
    type="DATE_OF_BIRTH",
    name="date-of-birth",
    pattern=_EIGHT_DIGITS,
    group="date",
    why=DATE_OF_BIRTH.why,
    context=DATE_OF_BIRTH.context,
    requires_context=True,
    anti_context=(*DATE_OF_BIRTH.anti_context, *_AMOUNT_WORDS, "build", "release", "version",
                  "commit"),
    anti_context_near=True,
    anti_record=_ANIMAL_KEYS,
    person_record=_PERSON_KEYS,
    validate=lambda v: (d := _day_first_compact(v)) is not None
    and datetime.date(1900, 1, 1) <= d <= datetime.date.today(),
    reserved=lambda v: (d := _day_first_compact(v)) is not None
    and is_placeholder_birth_date(d.year, d.month, d.day),
    suggest="01011900",
)


# A date kept as milliseconds since 1970, as MongoDB's extended JSON writes one: {"$date":
# 0} or {"$date": {"$numberLong": "0"}}, negative before 1970. Any count's shape alone, so
# only under a birth date's own key, and only from 1900 to today.
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
_EARLIEST_MS = -2208988800000  # 1900-01-01


def _birth_millis(value: str) -> bool:
    now = datetime.datetime.now(datetime.timezone.utc)
    return _EARLIEST_MS <= int(value) <= (now - _EPOCH) // datetime.timedelta(milliseconds=1)


def _millis_date(value: str) -> datetime.date:
    return (_EPOCH + datetime.timedelta(milliseconds=int(value))).date()


# The compact birth date's rules (its key, context and records), read from milliseconds.
# (A brace is written \x7b: the gate's parser reads a bare one as another syntax's.)
DATE_OF_BIRTH_MILLIS = replace(
    DATE_OF_BIRTH_COMPACT,
    pattern=(r"\"\$date\"[ \t]*:[ \t]*(?:\x7b[ \t]*\"\$numberLong\"[ \t]*:[ \t]*\")?"
             r"(?P<date>-?\d{1,13})(?![\d.])"),
    validate=_birth_millis,
    reserved=lambda v: is_placeholder_birth_date(*_millis_date(v).timetuple()[:3]),
    suggest="-2208988800000",
)


# A date kept as a count since 1970 under a birth date's own key: days, as Avro's date
# type, Kafka Connect's Date and Debezium's change events write one (a bare number, or one
# in an Avro union's "int"); milliseconds, as Jackson writes a Java Date by default and
# Avro's timestamp-millis (in a union's "long"); or seconds, a Unix timestamp. Any count's
# shape, so only as a JSON value of a birth date's own key (which the pattern reads, so that
# the gate opens on few texts); not a value that reads as a year (a year of birth), and
# not eight digits (a date written without its separators: DATE_OF_BIRTH_COMPACT's).
_EARLIEST_DAY = -25567  # 1900-01-01
_EARLIEST_SECOND = _EARLIEST_MS // 1000


def _count_unit(value: str) -> int:
    """Seconds in the value's unit, by its digits: days (up to five), seconds (nine or
    ten), milliseconds (eleven to thirteen, as a thousandth)."""
    digits = len(value.lstrip("-"))
    return 86400 if digits <= 5 else 1 if digits <= 10 else 0


def _count_date(value: str) -> datetime.date:
    unit = _count_unit(value)
    if unit == 0:
        return _millis_date(value)
    return _EPOCH.date() + datetime.timedelta(seconds=int(value) * unit)


def _birth_count(value: str) -> bool:
    digits = len(value.lstrip("-"))
    if digits <= 5:
        days = int(value)
        today = (datetime.date.today() - _EPOCH.date()).days
        return _EARLIEST_DAY <= days <= today and not 1900 <= days <= 2100
    if digits <= 10:
        now = datetime.datetime.now(datetime.timezone.utc)
        return digits != 8 and _EARLIEST_SECOND <= int(value) <= (now - _EPOCH).total_seconds()
    return _birth_millis(value)


def _count_suggestion(value: str) -> str:
    return {86400: "-25567", 1: str(_EARLIEST_SECOND)}.get(_count_unit(value),
                                                            str(_EARLIEST_MS))


DATE_OF_BIRTH_DAYS = replace(
    DATE_OF_BIRTH_COMPACT,
    pattern=(r"\"\w{0,40}?(?:[Dd]ob|DOB|[Dd]ate_?[Oo]f_?[Bb]irth|DATE_OF_BIRTH|[Bb]irth_?[Dd]ate"
             r"|BIRTH_DATE)\"[ \t]*:[ \t]*(?:\x7b[ \t]*\"(?:int|long)\"[ \t]*:[ \t]*)?"
             r"(?P<date>-?\d{3,5}|-?\d{9,13})(?![\d.eE])"),
    validate=_birth_count,
    reserved=lambda v: is_placeholder_birth_date(*_count_date(v).timetuple()[:3]),
    suggest=_count_suggestion,
)


def _birth_year(value: str) -> bool:
    return 1900 < int(value) <= datetime.date.today().year


# A birth date kept in three parts, as a GOV.UK date input posts it (dob-day, dob-month,
# dob-year), a form's model holds it ({"dateOfBirth": {"day": …, "month": …, "year": …}})
# or an export splits it into columns (birth_day, birth_month, birth_year): its year,
# under a birth date's key, in a record that holds its day or its month too.
DATE_OF_BIRTH_PARTS = Recognizer(
    type="DATE_OF_BIRTH",
    name="date-of-birth",
    pattern=r"(?<![\w.+/\-])(?P<date>(?:19|20)\d\d)(?![\w]|[.:/\-]\d)",
    group="date",
    why=DATE_OF_BIRTH.why,
    context=("dob", "date of birth", "birth", "birthdate", "dyddiad geni", "birth year",
             "year of birth", "dob year"),
    requires_context=True,
    requires_key=True,
    record=("day", "month"),
    anti_context=DATE_OF_BIRTH.anti_context,
    anti_context_near=True,
    # a statistic's period (births by year and month, a count and a region beside them)
    anti_record=(*_ANIMAL_KEYS, "count", "total", "region", "area", "rate", "population"),
    person_record=_PERSON_KEYS,
    validate=_birth_year,
    suggest="1900",
)

# Day, month and year split by single spaces, as a form's boxes are typed out ("DOB: 14 03
# 1982", or with the year's last two digits, "DOB dd mm yy"): any three numbers' shape
# elsewhere, so only right after a birth's own label (a few marks between, a key's quotes
# and colon, or "is"). Its own gate, on the digits: the birth year's, which its year
# passes, would run it on every line that holds a year.
DATE_OF_BIRTH_SPACED = replace(
    DATE_OF_BIRTH,
    # (its label read back from the date's end: cheaper than before every character)
    pattern=(r"(?<![\w])(?P<date>[0-9]{1,2} [0-9]{1,2} (?:19|20)?[0-9][0-9])"
             r"(?<=(?:(?<![A-Za-z])(?i:dob|d\.o\.b|born)|(?i:birth))"
             r"(?:[ \t]+(?i:is|was|on))?[^\w\n]{1,6}(?P=date))(?![\w\-/]|\.\d|[ \t]\d)"),
    normalise=lambda v: v.replace(" ", "/"),
    suggest="01 01 1900",
    gate_within=r"[0-9] [0-9][0-9]? [0-9][0-9]",
)

# A fixed-width record's fields run together: eight digits right after an NI number's
# shape, the birth date its next column holds, day or year first. Only in a birth date's
# words (its column's header).
DATE_OF_BIRTH_AFTER_NINO = Recognizer(
    type="DATE_OF_BIRTH",
    name="date-of-birth",
    pattern=r"(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]"
            r"(?P<date>(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d|(?:19|20)\d{6})"
            r"(?!\d)",
    group="date",
    why=DATE_OF_BIRTH.why,
    context=DATE_OF_BIRTH.context,
    requires_context=True,
    validate=lambda v: _is_birth_date(v) or (
        (d := _day_first_compact(v)) is not None
        and datetime.date(1900, 1, 1) <= d <= datetime.date.today()),
    reserved=_placeholder,
    suggest=_suggestion,
)

RECOGNIZERS = (DATE_OF_BIRTH, DATE_OF_BIRTH_IN_WORDS, DATE_OF_BIRTH_SPOKEN_YEAR,
               DATE_OF_BIRTH_COMPACT,
               DATE_OF_BIRTH_DAY_FIRST_COMPACT, DATE_OF_BIRTH_AFTER_NINO, DATE_OF_BIRTH_PARTS,
               DATE_OF_BIRTH_MILLIS, DATE_OF_BIRTH_DAYS)
