"""Contact details: email addresses and phone numbers."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

import regex

from safecommit.detect.identifiers.numbers import (
    SPOKEN_DIGIT,
    SPOKEN_GAP,
    in_a_list_of_numbers,
    spoken_digits,
)
from safecommit.detect.recognizer import Recognizer
from safecommit.lazyre import lazy_regex
from safecommit.names_data import load_english
from safecommit.reserved import is_drama_number, is_dummy_phone, is_reserved_email

# Top-level domains that real mail uses. Two letters is any country code; longer ones are
# listed, so ``x@self.weight`` (matrix product) and ``icon@2x.png`` are not addresses.
_GENERIC_TLDS = frozenset({
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "mobi",
    "aero", "coop", "museum", "jobs", "travel", "asia", "cat", "tel", "post", "xyz", "top",
    "club", "shop", "store", "blog", "page", "site", "online", "tech", "dev", "app", "cloud",
    "email", "digital", "london", "scot", "wales", "cymru", "global", "services", "solutions",
    "agency", "company", "group", "network", "systems", "software", "studio", "design", "media",
    "news", "live", "life", "world", "today", "health", "care", "farm", "vet", "bank", "law",
    "team", "work", "works", "tools", "consulting", "energy", "green", "earth", "eco", "uk",
    "us", "academy", "school", "college", "university", "capital", "partners", "social", "love",
    "family", "fun", "space", "website", "host", "press"
})
# Image, script and archive suffixes that look like a TLD after an ``@``.
_FILE_SUFFIXES = frozenset({"js", "py", "ts", "rb", "pl", "sh", "md", "so", "gz", "xz", "hs"})


# A Message-ID's left side is a UUID, a timestamp or a counter: ``<1234.5678@host>``.
_MESSAGE_ID_LOCAL = lazy_regex(
    r"[0-9a-f]{8}(?:-?[0-9a-f]{4}){3}-?[0-9a-f]{12}|[\d.\-_$]+|.*\d{6,}.*", regex.IGNORECASE)
# A person's mailbox is words and then a number of their own (a birth date, a year or two):
# its digits end it, where a Message-ID's run through it.
_WORDS_THEN_NUMBER = lazy_regex(r"[a-z]+(?:[._\-][a-z]+)*[._\-]?\d{6,8}", regex.IGNORECASE)


def _message_id(local: str) -> bool:
    return _MESSAGE_ID_LOCAL.fullmatch(local) is not None \
        and _WORDS_THEN_NUMBER.fullmatch(local) is None


def _plausible_email(value: str) -> bool:
    local, _, domain = value.rpartition("@")
    tld = domain.rpartition(".")[2].lower()
    if tld in _FILE_SUFFIXES or _message_id(local):
        return False
    if local.endswith(".") or ".." in local:  # not deliverable: a parser's test input
        return False
    return (len(tld) == 2 and tld.isalpha()) or tld in _GENERIC_TLDS


def _unescape_at(value: str) -> str:
    # In a URL or a log of one the @ is percent-encoded: ?email=jane.doe%40example.com
    return value if "@" in value else value.replace("%40", "@")


_A_REMOTE_LOGIN = (
    r"(?<!\b(?:ssh|sftp|mosh|scp|rsync)(?:[ \t]+-{1,2}[\w\-]+(?:[ \t=]+[^\s@\-][^\s@]*)?){0,4}"
    r"[ \t]+(?:(?<=(?:scp|rsync)\b[^\n@]*)[^\s@]+[ \t]+)?[A-Za-z0-9][\w.%+\-]{0,63}@)"
)


EMAIL = Recognizer(
    type="EMAIL_ADDRESS",
    name="email",
    # not the user part of a URL: ftp://user:pass@host, ssh://git@host
    pattern=r"(?<![\w.%+\-]|//|//[^\s/@:]{1,64}:)[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}(?:@|%40)"
            # not a login on a host after a remote shell's command, which the user name
            # detector judges: ``ssh -i key.pem ubuntu@<host>``, ``scp dump.sql user@<host>:``
            + _A_REMOTE_LOGIN +
            r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-]|\.\w)",
    why="An email address identifies a person.",
    anti_context=("message id", "msg id", "in reply to", "references", "content id"),
    validate=_plausible_email,
    reserved=is_reserved_email,
    normalise=_unescape_at,
    suggest=lambda v: "jane.doe@example.com" if "@" in v else "jane.doe%40example.com",
    confidence=0.95,
)

# Written to dodge an address harvester: ``name(at)domain.co.uk``, ``name [at] domain
# [dot] com``, ``name{at}domain{dot}com``: the same address, read with its @ and dots.
# (a brace is written \x7b and \x7d: the gate's parser reads a bare one as a count's)
# A dot in brackets is a word or the dot itself, as a defanged address writes it
# (``name[.]surname[at]domain[.]com``), in the mailbox as in the domain.
_DODGED_AT = r"[ \t]?[(\[\x7b][Aa][Tt][)\]\x7d][ \t]?"
_BRACKETED_DOT = r"[ \t]?[(\[\x7b](?:[Dd][Oo][Tt]|\.)[)\]\x7d][ \t]?"
_DODGED_DOT = rf"(?:\.|{_BRACKETED_DOT})"
_DODGED = lazy_regex(r"[ \t]?[(\[{]([Aa][Tt]|[Dd][Oo][Tt]|\.)[)\]}][ \t]?")


def _undodged(value: str) -> str:
    return _DODGED.sub(lambda m: "@" if m.group(1).lower() == "at" else ".", value)


EMAIL_DODGED = replace(
    EMAIL,
    pattern=rf"(?<![\w.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{{0,63}}"
            rf"(?:{_BRACKETED_DOT}[A-Za-z0-9][A-Za-z0-9._%+\-]{{0,63}}){{0,3}}{_DODGED_AT}"
            rf"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{{0,61}}[A-Za-z0-9])?{_DODGED_DOT})+[A-Za-z]{{2,24}}"
            r"(?![\w\-]|\.\w)",
    normalise=_undodged,
    suggest=lambda v: "jane.doe(at)example.com",
    confidence=0.9,
)

# Spelled out in words: ``jane dot doe at example dot co dot uk``. Only the whole form: a
# mailbox, " at ", and a domain of words joined by " dot " ending in a mail domain's
# suffix; and not after a word prose puts before "at" ("look at", "contact us at", "stored
# at"): a mailbox of one word is none that English spells.
_SPELLED_PART = r"[A-Za-z0-9][A-Za-z0-9_\-]{0,40}"
# The mailbox may keep its own dots (``jane.doe AT example DOT com``).
_SPELLED_MAILBOX = r"[A-Za-z0-9](?:[A-Za-z0-9_\-]|\.(?=[A-Za-z0-9])){0,40}"
_SPELLED_DOT = r"[ \t]+(?:dot|DOT)[ \t]+"
_SPELLED = lazy_regex(r"[ \t]+(?:(dot|DOT)|at|AT)[ \t]+")
_NOT_A_MAILBOX = frozenset({
    "us", "me", "you", "him", "her", "them", "it", "we", "i", "look", "looking", "looked",
    "arrive", "arrived", "be", "is", "are", "was", "were", "meet", "stay", "based", "hosted",
    "live", "lives", "available", "find", "found", "here", "there", "online", "email", "mail",
    "write", "contact", "visit", "published", "up", "now", "out", "this", "that", "one",
})


def _unspelled(value: str) -> str:
    return _SPELLED.sub(lambda m: "." if m.group(1) else "@", value)


# A file's name before "at" is where the file is, not a mailbox: "README.md at …".
_FILE_NAME_SUFFIXES = _FILE_SUFFIXES | frozenset({
    "txt", "html", "htm", "json", "yaml", "yml", "toml", "ini", "cfg", "xml", "csv", "pdf",
    "doc", "docx", "xls", "xlsx", "zip", "png", "jpg", "svg", "log", "sql", "ipynb", "java"})


def _spelled_mailbox(value: str) -> bool:
    local = value.rpartition("@")[0]
    if local.lower() in _NOT_A_MAILBOX or not _plausible_email(value):
        return False
    if local.rpartition(".")[2].lower() in _FILE_NAME_SUFFIXES:
        return False
    return "." in local or local.lower() not in load_english()


EMAIL_SPELLED = replace(
    EMAIL,
    pattern=rf"(?<![\w.@\-]){_SPELLED_MAILBOX}(?:{_SPELLED_DOT}{_SPELLED_PART}){{0,3}}"
            rf"[ \t]+(?:at|AT)[ \t]+(?:[A-Za-z0-9\-]{{1,40}}{_SPELLED_DOT}){{1,4}}"
            r"[A-Za-z]{2,24}(?![\w\-]|\.\w)",
    normalise=_unspelled,
    validate=_spelled_mailbox,
    suggest=lambda v: "jane dot doe at example dot com",
    confidence=0.85,
    gate_within=r"[ \t](?:at|AT)[ \t]+[A-Za-z0-9\-]+[ \t]+(?:dot|DOT)[ \t]",
)


# Kinds of number that a person holds. Freephone, shared-cost, premium and 03 numbers
# (``0300 123 4567``) belong to organisations: helplines, not people.
_PERSONAL_KINDS = frozenset({0, 1, 2, 6, 7, 8, 10})  # phonenumbers.PhoneNumberType


@lru_cache(maxsize=1024)
def _parse(value: str) -> Any:
    import phonenumbers  # ~30 ms: only when a candidate appears

    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number) and not _a_uk_mobiles_shape(number):
        return None
    return number


# A UK mobile's shape: 07 and nine digits, not a pager's (076) nor a personal number's
# (070). The phone library knows the blocks Ofcom had allocated when it was built, and
# calls a number in a block allocated since (or one it missed) invalid: a real number all
# the same, whose owner's phone rings. (Ofcom's drama block is the reserved check's.)
def _a_uk_mobiles_shape(number: Any) -> bool:
    national = str(number.national_number)
    return number.country_code == 44 and len(national) == 10 and national[0] == "7" \
        and national[1] in "12345789"


def _personal_number(value: str) -> bool:
    import phonenumbers

    number = _parse(value)
    return number is not None and (phonenumbers.number_type(number) in _PERSONAL_KINDS
                                   or _a_uk_mobiles_shape(number))


def _is_drama(value: str) -> bool:
    """Ofcom's drama numbers, and a number someone typed as a dummy (``+447900000000``,
    ``01234 567890``): the dummies that tests and forms are full of."""
    import phonenumbers

    number = _parse(value)
    if number is None:  # not a valid number: validation rejects it anyway
        digits = "".join(c for c in value if c.isdigit())
        national = (digits[2:] if value.startswith("+44") else
                    digits[4:] if value.startswith("0044") else digits.lstrip("0"))
        return is_drama_number(44, national) or is_dummy_phone(national)
    national = phonenumbers.national_significant_number(number)
    return is_drama_number(number.country_code, national) or is_dummy_phone(national)


def _phone_score(value: str) -> float:
    # A bare run of digits could be any number; spacing or a + says "phone number". Dots
    # could join any numbers (a build's): with them, only a phone word or key says so.
    if "." in value or _ENCODED_SPACE.search(value):
        return 0.45  # and a + or %20 between the groups: a URL's, or a sum's
    return 0.85 if value.startswith(("+", "(")) or not value.isdigit() else 0.6


# In a URL's query a space is a + or %20: ?phone=07700+900123
_ENCODED_SPACE = lazy_regex(r"(?<=\d)(?:\+|%20)(?=\d)")


def _unescape_plus(value: str) -> str:
    # In a URL, or a log of one, the + is percent-encoded: ?phone=%2B447…
    value = "+" + value[3:] if value[:3] in ("%2B", "%2b") else value
    return _ENCODED_SPACE.sub(" ", value) if "+" in value[1:] or "%" in value else value


def _phone_suggestion(value: str) -> str:
    if value[:3] in ("%2B", "%2b"):
        return value[:3] + _phone_suggestion(_unescape_plus(value))[1:].replace(" ", "")
    if space := _ENCODED_SPACE.search(value):
        return _phone_suggestion(_unescape_plus(value)).replace(" ", space.group())
    number = _parse(value)
    mobile = number is not None and number.country_code == 44 \
        and str(number.national_number).startswith("7")
    for prefix in ("+", "00", "(+"):  # +44, 0044 or (+44): the international form stays
        if value.startswith(prefix):
            country = prefix + "44" + (")" if prefix == "(+" else "")
            return (country + " 7700 900123" if mobile or number is None
                    else country + " 20 7946 0123")
    return "07700 900123" if mobile else "020 7946 0123"


_PHONE_CONTEXT = ("phone", "tel", "telephone", "mobile", "mob", "cell", "fax", "landline",
                  "contact number", "call", "sms", "whatsapp", "phone number", "best number",
                  "msisdn",
                  "ffon", "ffôn", "symudol")  # Welsh: phone (written with and without its
# circumflex), mobile

# A conferencing service's local numbers, one a line, each followed by the place it is
# local to, as an invite lists them: ``+44 20 … United Kingdom``, ``+1 312 … US
# (Chicago)``, ``… UK Toll-Free``. (Read at the number's end: the line before it holds only
# the number, maybe after a country's code in brackets, and the line ends with the place;
# blanks between, not a tab: a tab-separated row's phone and country cells are a person's.)
_DIAL_IN_COUNTRIES = (
    "United Kingdom", "UK", "GB", "Great Britain", "England", "Scotland", "Wales",
    "Northern Ireland", "Ireland", "US", "USA", "United States", "Canada", "Australia",
    "New Zealand", "Germany", "France", "Spain", "Italy", "Netherlands", "Belgium",
    "Switzerland", "Austria", "Sweden", "Norway", "Denmark", "Finland", "Poland", "India",
    "Japan", "Singapore", "Hong Kong", "South Africa", "Brazil", "Mexico")
_LISTED_BY_PLACE = (
    r"(?<=(?:^|\n)[ \t]*(?:\([A-Z]{2}\)[ \t]*)?[+\d(][\d ()\-]{6,24})"
    rf"[ ]+(?:{'|'.join(c.replace(' ', '[ ]') for c in _DIAL_IN_COUNTRIES)})"
    r"(?:[ \t]+[Tt]oll(?:[ \-][Ff]ree)?)?(?:[ \t]*\([^()\n]{1,40}\))?"
    r"(?:,[ \t]*[A-Z][\w .\-]{0,30})?[ \t]*(?:\r?\n|\Z)"
)

PHONE = Recognizer(
    type="PHONE_NUMBER",
    name="phone",
    # After a colon only where a word ends in it (``tel:``, ``Phone:``, ``TEL;TYPE=CELL:``),
    # not a clock's or an address's digits (``10:0784…``).
    pattern=r"(?<![\w+/.@\-])(?<![\d:]:)"
            # international, with + or the 00 dialling prefix: +44 7…, 0044 7…, and the
            # country code in brackets: (+44) 7…; in a URL's query the + is %2B.
            r"(?:(?:(?:\+|%2[Bb]|00(?=[1-9]))\d{1,3}|\(\+\d{1,3}\))"
            r"(?:[ \-]?\(0\))?(?:[ \-]?(?:\(\d{1,5}\)|\d)){6,14}"
            # A UK number has ten digits after its 0 or its 44, or nine: a group after
            # them is the next number's ("07700 900123 24 hours", "…123 443" in a log).
            r"(?<!(?:\+|%2[Bb]|00)44(?:[ \-]?\d){11,13})"
            # a bracketed five-digit area code takes five or six digits: (01632) 960123
            r"|\(0\d{4}\)(?:[ \-]?\d){5,6}"
            # in a URL's query its groups are apart by + or %20: ?phone=07700+900123
            r"|\(?0\d{1,4}\)?(?:(?:[ \-+]|%20)?\d){7,9}"
            r"(?<=(?<!\d)0(?:(?:[ \-()+]|%20){0,2}\d){8,10})"
            # dots between the groups, as some people (and European habit) write them:
            # 07700.900.123, 01632.960.123
            r"|0\d{2,4}\.\d{3,4}\.\d{3,4}"
            # and after the country code: +44.7700.900123
            r"|\+\d{1,3}\.\d{2,5}\.\d{3,6}(?:\.\d{3,4})?"
            # the trunk 0 in brackets, written without the country code before it:
            # (0)1632 960123
            r"|\(0\)[ \-]?\d{2,5}(?:[ \-]?\d){5,8}"
            r"(?<=\(0\)(?:[ \-]?\d){9,10}))"
            # Not a meeting's dial-in, the number a meeting invite gives with the meeting's
            # code to dial after it (``,,<code>#``, ``PIN: <code>#``): a conferencing
            # service's line; nor one of its lines listed by place, alone on its line
            # with the country it is local to ("Dial by your location").
            r"(?![\w/]|[.:\-]\d|,{1,2}\d{6,}#|[ \t]+PIN:?[ \t]*\d[\d ]{3,}#"
            rf"|{_LISTED_BY_PLACE})",
    why="A phone number identifies a person.",
    context=_PHONE_CONTEXT,
    # An organisation's own lines, named as such beside the number: not a person's. And
    # the numbers of things that a phone's shape can have (an order's, a parcel's).
    anti_context=("switchboard", "helpline", "help line", "contact centre", "call centre",
                  # a public line that a service publishes for anyone to call
                  "customer services", "customer service", "enquiries", "enquiry line",
                  "advice line", "support line", "hotline", "reception",
                  "contact us", "our office", "office number", "main number",
                  "order no", "order number", "order ref", "invoice no", "invoice number",
                  "tracking no", "tracking number", "serial no", "serial number",
                  "consignment no", "consignment number", "batch no", "batch number",
                  # another record's id or reference, under its key or beside its label
                  "order id", "transaction id", "transaction no", "transaction number",
                  "transaction ref", "payment ref", "payment reference", "reference number",
                  "ref no", "case id", "case number", "case ref", "claim id", "claim number",
                  "application id", "application number", "ticket id", "ticket number",
                  "incident number", "customer id", "account id", "meter serial",
                  "meter number", "mpan", "mprn",
                  # a CI system's numbers for a build or a pipeline's run
                  "build no", "build number", "build id", "run number", "run id",
                  "pipeline id"),
    anti_context_near=True,
    normalise=_unescape_plus,
    validate=_personal_number,
    reserved=_is_drama,
    suggest=_phone_suggestion,
    score=_phone_score,
    numbers_around=in_a_list_of_numbers,
)

# A UK number in E.164 without its +, as SMS gateways and telecoms systems store it
# (``447700900123``): only where a phone key or word says so, as it is otherwise any number.
PHONE_WITHOUT_PLUS = Recognizer(
    type="PHONE_NUMBER",
    name="phone-e164-digits",
    # and written in groups (``44 7700 900123``), as it is read out
    pattern=r"(?<![\w+/.:@\-])(?<!\d[ \-])44(?:[1-9]\d{8,9}"
            r"|[ \-][1-9]\d{1,4}(?:[ \-]?\d){6,8}(?<=44(?:[ \-]?\d){9,10}))"
            r"(?![\w/]|[.:\-]\d|[ \-]\d)",
    why=PHONE.why,
    context=_PHONE_CONTEXT,
    requires_context=True,
    anti_context=PHONE.anti_context,
    anti_context_near=True,
    normalise=lambda v: "+" + v,
    validate=_personal_number,
    reserved=_is_drama,
    suggest=lambda v: "447700900123" if v.isdigit() else "44" + v[2] + "7700" + v[2] + "900123",
)

# A UK mobile number without its trunk 0, where the country code is kept apart from it
# (``"countryCode": "44", "phoneNumber": "7700900123"``, as SMS and alerting services
# store it): a run of digits like any other, so only under a phone key.
PHONE_WITHOUT_TRUNK = Recognizer(
    type="PHONE_NUMBER",
    name="phone-national-digits",
    pattern=r"(?<![\w+/.:@\-])7[1-9]\d{8}(?![\w/]|[.:\-]\d)",
    why=PHONE.why,
    # Only the keys a phone number is stored under: not ``call``, which all code says.
    context=("phone", "telephone", "tel", "mobile", "cell", "landline", "sms", "msisdn",
             "whatsapp", "ffon", "ffôn", "symudol"),
    requires_context=True,
    requires_key=True,
    # a key about phones that holds another number: ``phoneCount``, ``mobileDeviceId``
    anti_context=("count", "total", "id", "index", "extension", "ext"),
    anti_context_near=True,
    normalise=lambda v: "0" + v,
    validate=_personal_number,
    reserved=_is_drama,
    suggest="7700900123",
)

# Read out digit by digit, as a call's transcript writes it: "oh seven nine double one,
# four eight two, nine one seven". Written in digits (see ``spoken_digits``) before it is
# checked as any other number is.
def _spoken_number(value: str) -> bool:
    digits = spoken_digits(value)
    return len(digits) == 11 and _personal_number(digits)


PHONE_SPOKEN = Recognizer(
    type="PHONE_NUMBER",
    name="phone",
    pattern=rf"(?<![\w\-])(?:[Oo]h|[Zz]ero|[Nn]ought)"
            rf"(?:{SPOKEN_GAP}(?:(?:[Dd]ouble|[Tt]riple)[ \t]+)?(?:{SPOKEN_DIGIT})){{6,10}}"
            rf"(?![\w\-]|{SPOKEN_GAP}(?:{SPOKEN_DIGIT}|[Dd]ouble|[Tt]riple)\b)",
    why=PHONE.why,
    context=_PHONE_CONTEXT,
    anti_context=PHONE.anti_context,
    anti_context_near=True,
    validate=_spoken_number,
    reserved=lambda v: _is_drama(spoken_digits(v)),
    suggest="oh seven seven oh oh, nine oh oh, one two three",
    confidence=0.85,
    # (the pattern's first two words: a zero, then a digit's word or a repeat's)
    gate_within=rf"(?:[Oo]h|[Zz]ero|[Nn]ought){SPOKEN_GAP}(?:[Dd]ouble|[Tt]riple|{SPOKEN_DIGIT})",
)

RECOGNIZERS = (EMAIL, EMAIL_DODGED, EMAIL_SPELLED, PHONE, PHONE_WITHOUT_PLUS, PHONE_WITHOUT_TRUNK,
               PHONE_SPOKEN)
