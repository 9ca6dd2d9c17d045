"""A safe fake value for each personal-data type, in the written shape of the original.

Every fake comes from the type's reserved space (DESIGN.md, "Safe fake values"): emails
at example.com, Ofcom drama numbers, QQ NI numbers, NHS numbers in the 999 range with a
valid check digit, documentation IPs and MACs, published test cards, placeholder names.
Types with no published fictional range get a value that no issuer hands out and that
says so on sight: a ``999`` prefix for numeric ids (as the NHS does), ``ZZ99`` postcodes
(the NHS pseudo-postcodes), ``ZZ`` number plates, ``Example`` streets.

Each generator takes the original value and a ``Draw`` (a deterministic stream keyed by
the repository's salt and the value), and lays its fake out in the original's shape. A
fake only ever adds letters, digits, ``.`` and ``-``: spaces, commas, quotes and other
punctuation appear only where the original had them, so no file format needs escaping.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import regex

from safecommit.lazyre import lazy_regex
from safecommit.offline import without_ssl
from safecommit.redact import vocab
from safecommit.redact.shape import fill, fill_alnum, group, match_case, separator
from safecommit.reserved import is_reserved_email

# Asks for the fake of another value, so that a value inside a value (a postcode in an
# address, an email used as a user name) gets the same fake as it does on its own.
Sub = Callable[[str, str], str]


class Draw:
    """A deterministic stream of choices for one value: HMAC-SHA512 under the salt."""

    __slots__ = ("_n", "_round", "_seed", "attempt")

    def __init__(self, key: bytes, label: str, attempt: int = 0) -> None:
        message = f"safecommit-redact\0{label}\0{attempt}".encode()
        self._seed = hmac.new(key, message, hashlib.sha512).digest()
        self._n = int.from_bytes(self._seed, "big")
        self._round = 0
        self.attempt = attempt

    def below(self, n: int) -> int:
        if self._n < n << 64:  # running low: stretch the stream
            self._round += 1
            more = hashlib.sha512(self._seed + self._round.to_bytes(4, "big")).digest()
            self._n = (self._n << 512) | int.from_bytes(more, "big")
        self._n, r = divmod(self._n, n)
        return r

    def pick(self, options: tuple[str, ...] | str) -> str:
        return options[self.below(len(options))]

    def digits(self, k: int) -> str:
        return "".join(str(self.below(10)) for _ in range(k))


Generator = Callable[[str, Draw, Sub], str]


@dataclass(frozen=True, slots=True)
class FakeType:
    generate: Generator
    # True for a value this module could have produced: never replaced again (idempotence).
    is_fake: Callable[[str], bool]
    # The form two spellings of one value share, so both get the same fake.
    canonical: Callable[[str], str]


def _alnum(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).lower()


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


# --- ids without a published fictional range: mark the first characters ----------------------


def _marked(value: str, draw: Draw, marks: int = 3, digit: str = "9", letter: str = "X") -> str:
    """The value's shape with fresh characters, the first ``marks`` of them the mark."""
    out, seen = [], 0
    for c in value:
        if c.isdigit():
            out.append(digit if seen < marks else str(draw.below(10)))
        elif c.isalpha() and c.isascii():
            new = letter if seen < marks else draw.pick(string.ascii_uppercase)
            out.append(new.lower() if c.islower() else new)
        else:
            out.append(c)
            continue
        seen += 1
    return "".join(out)


def _is_marked(value: str, marks: int = 3, digit: str = "9", letter: str = "X") -> bool:
    chars = [c for c in value if c.isalnum()][:marks]
    return len(chars) == marks and all(
        c == digit if c.isdigit() else c.upper() == letter for c in chars)


def _marked_type(marks: int = 3, digit: str = "9", letter: str = "X") -> FakeType:
    return FakeType(
        lambda v, d, _: _marked(v, d, marks, digit, letter),
        lambda v: _is_marked(v, marks, digit, letter),
        _alnum,
    )


# --- people --------------------------------------------------------------------------------

_WORD = lazy_regex(r"[^\s,]+")


def _name_words(value: str) -> list[regex.Match[str]]:
    return list(_WORD.finditer(value))


def _is_title(word: str) -> bool:
    return word.rstrip(".").lower() in vocab.TITLES


def person(value: str, draw: Draw, sub: Sub) -> str:
    words = _name_words(value)
    names = [w for w in words if not _is_title(w.group())]
    if not names:
        return value
    surname_first = len(names) > 1 and value[names[0].end():names[0].end() + 1] == ","
    surname = names[0] if surname_first or len(names) == 1 else names[-1]
    # Drawn surname first, then given names in order, whichever way round they are written.
    fakes = {id(surname): draw.pick(vocab.SURNAMES)}
    for w in names:
        if w is not surname:
            fakes[id(w)] = draw.pick(string.ascii_uppercase) if len(w.group().rstrip(".")) == 1 \
                else draw.pick(vocab.FIRST_NAMES)
    out, last = [], 0
    for w in words:
        out.append(value[last:w.start()])
        word, last = w.group(), w.end()
        if id(w) not in fakes:
            out.append(word)
        elif len(word.rstrip(".")) == 1:  # an initial stays an initial
            out.append(fakes[id(w)][0].upper() + word[1:])
        else:
            out.append(match_case(word, fakes[id(w)]))
    out.append(value[last:])
    return "".join(out)


def is_fake_person(value: str) -> bool:
    names = [w.group() for w in _name_words(value) if not _is_title(w.group())]
    if not names:
        return False
    first = {n.lower() for n in vocab.FIRST_NAMES}
    last = {n.lower() for n in vocab.SURNAMES}
    placeholders = {"joe bloggs", "john doe", "jane doe", "a n other", "test user"}
    if " ".join(n.lower() for n in names) in placeholders:
        return True
    return any(n.lower() in last for n in names) and all(
        n.lower() in first or n.lower() in last or len(n.rstrip(".")) == 1 for n in names)


def _canonical_person(value: str) -> str:
    names = [w.group().rstrip(".").lower() for w in _name_words(value)
             if not _is_title(w.group())]
    return " ".join(sorted(names))


def email(value: str, draw: Draw, sub: Sub) -> str:
    local = value.rpartition("@")[0]
    first = draw.pick(vocab.FIRST_NAMES).lower()
    last = draw.pick(vocab.SURNAMES).lower()
    sep = next((c for c in local if c in "._-"), "")
    fake = f"{first}{sep}{last}" if sep else f"{first[0]}{last}"
    if any(c.isdigit() for c in local) or draw.attempt:
        fake += str(10 + draw.below(90 * 10 ** min(draw.attempt // 4, 3)))
    if local.isupper():
        fake = fake.upper()
    return f"{fake}@example.com"


def username(value: str, draw: Draw, sub: Sub) -> str:
    if "@" in value:
        return sub("EMAIL_ADDRESS", value)
    sep = next((c for c in value if c in "._-"), "")
    fake = f"example{sep}user{sep}{draw.digits(3 + draw.attempt // 4)}"
    return fake.upper() if value.isupper() else fake


_FAKE_USERNAME = lazy_regex(r"example[._-]?user[._-]?\d*", regex.IGNORECASE)


def is_fake_username(value: str) -> bool:
    return bool(_FAKE_USERNAME.fullmatch(value)) or is_reserved_email(value)


# --- phones: Ofcom's drama ranges -------------------------------------------------------------

_INTERNATIONAL = lazy_regex(r"^\s*(?:\+|00)\s*44\s*(?:\(0\)\s*)?")
_OTHER_COUNTRY = lazy_regex(r"^\s*(?:\+|00)")
_CITY = frozenset({"113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161"})
# national significant number prefix -> groups of the national form (with its 0)
_DRAMA: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("7700900", (5, 6)), ("2079460", (3, 4, 4)), ("2920180", (3, 4, 4)),
    ("2896496", (3, 4, 4)), ("1914980", (4, 3, 4)), ("1632960", (5, 6)),
    ("3069990", (5, 6)), ("8081570", (4, 3, 4)), ("9098790", (4, 3, 4)),
    *((f"{city}4960", (4, 3, 4)) for city in sorted(_CITY)),
)


def _drama_prefix(nsn: str) -> str:
    """The drama range of the same sort (mobile, London, city, area) as ``nsn``."""
    if nsn.startswith("7"):
        return "7700900"
    if nsn.startswith("2"):
        return {"29": "2920180", "28": "2896496"}.get(nsn[:2], "2079460")
    if nsn[:3] in _CITY:
        return nsn[:3] + "4960"
    if nsn.startswith("191"):
        return "1914980"
    if nsn.startswith("1"):
        return "1632960"
    if nsn.startswith("3"):
        return "3069990"
    if nsn.startswith("80"):
        return "8081570"
    if nsn.startswith("9"):
        return "9098790"
    return "7700900"


def _nsn(value: str) -> str:
    """The national significant number: digits after +44, (0) or the trunk 0."""
    m = _INTERNATIONAL.match(value)
    digits = _digits(value[m.end():] if m else value)
    return digits if m else digits.removeprefix("0")


def phone(value: str, draw: Draw, sub: Sub) -> str:
    m = _INTERNATIONAL.match(value)
    if m is None and _OTHER_COUNTRY.match(value):
        # Another country's number: a UK drama mobile, in international form.
        sep = " " if any(c.isspace() for c in value.strip()) else ""
        plus = "+" if value.lstrip().startswith("+") else "00"
        return f"{plus}44{sep}7700{sep}900{draw.digits(3)}"
    prefix, rest = (value[:m.end()], value[m.end():]) if m else ("", value)
    national = m is None and _digits(rest).startswith("0")
    fake_nsn = _drama_prefix(_nsn(value))
    fake_nsn += draw.digits(10 - len(fake_nsn))
    fake = ("0" if national else "") + fake_nsn
    laid = fill(rest, fake)
    if laid is not None:
        return prefix + laid
    sizes = next(g for p, g in _DRAMA if fake_nsn.startswith(p))
    if not national:
        sizes = (sizes[0] - 1, *sizes[1:])
    sep = separator(rest.strip().lstrip("(0)"), "") if any(
        not c.isdigit() for c in rest.strip()) else ""
    return prefix + group(fake, sizes, sep)


def is_fake_phone(value: str) -> bool:
    nsn = _nsn(value)
    return len(nsn) == 10 and any(nsn.startswith(p) for p, _ in _DRAMA)


# --- places ---------------------------------------------------------------------------------

_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_POSTCODE = lazy_regex(
    r"\b(?P<out>[A-Za-z]{1,2}[0-9][A-Za-z0-9]?)(?P<sp>\s*)(?P<in>[0-9][A-Za-z]{2})\b")


def postcode(value: str, draw: Draw, sub: Sub) -> str:
    m = _POSTCODE.search(value)
    space = m.group("sp") if m else (" " if " " in value else "")
    inward = str(draw.below(10)) + draw.pick(_INWARD_LETTERS) + draw.pick(_INWARD_LETTERS)
    fake = f"ZZ99{space}{inward}"
    return fake.lower() if value.islower() else fake


def is_fake_postcode(value: str) -> bool:
    return value.strip().upper().startswith("ZZ99")


_PART_SPLIT = lazy_regex(r"(\s*[,\n]\s*)")
_HOUSE = lazy_regex(r"^(?P<n>\d+[A-Za-z]?(?:-\d+[A-Za-z]?)?)(?P<sp>\s+)(?P<rest>.+)$")
_UNIT = lazy_regex(r"^(?P<w>[A-Za-z]+\.?)(?P<sp>\s+)(?P<n>\d+[A-Za-z]?)$")


def _street(words: str, draw: Draw) -> str:
    parts = words.split()
    suffix = parts[-1] if parts and parts[-1].lower().rstrip(".") in vocab.STREET_SUFFIXES \
        else "Road"
    name = draw.pick(vocab.STREET_NAMES)
    return f"{match_case(words, name)} {match_case(suffix, suffix)}"


def _address_part(part: str, draw: Draw, sub: Sub) -> str:
    pc = _POSTCODE.search(part)
    if pc is not None and pc.end() == len(part):
        head = part[:pc.start()]
        town = _address_part(head.rstrip(), draw, sub) + head[len(head.rstrip()):] \
            if head.strip() else head
        return town + sub("UK_POSTCODE", pc.group())
    if (unit := _UNIT.match(part)) and unit.group("w").lower().rstrip(".") in vocab.UNIT_WORDS:
        return unit.group("w") + unit.group("sp") + str(1 + draw.below(99))
    if house := _HOUSE.match(part):
        return str(1 + draw.below(99)) + house.group("sp") + _street(house.group("rest"), draw)
    words = part.split()
    if not words:
        return part
    last = words[-1].lower().rstrip(".")
    if last in vocab.BUILDINGS:
        return f"{match_case(part, draw.pick(vocab.STREET_NAMES))} {words[-1]}"
    if last in vocab.STREET_SUFFIXES:
        return _street(part, draw)
    return match_case(part, draw.pick(vocab.TOWNS))


def address(value: str, draw: Draw, sub: Sub) -> str:
    pieces = _PART_SPLIT.split(value)
    # Odd positions are the separators, kept as they are.
    return "".join(p if i % 2 else _address_part(p, draw, sub) for i, p in enumerate(pieces))


def is_fake_address(value: str) -> bool:
    words = {w.lower() for w in regex.findall(r"[A-Za-z]+", value)}
    towns = {t.lower() for t in vocab.TOWNS if " " in t}
    has_marker = bool(words & vocab.ADDRESS_MARKERS) or any(t in value.lower() for t in towns)
    postcodes = [m.group() for m in _POSTCODE.finditer(value)]
    return (has_marker or bool(postcodes)) and all(is_fake_postcode(p) for p in postcodes)


# --- networks and devices -------------------------------------------------------------------

_V4_NETS = ("192.0.2", "198.51.100", "203.0.113")
_V6_DOCS = (ipaddress.ip_network("2001:db8::/32"), ipaddress.ip_network("3fff::/20"))
_V4_DOCS = tuple(ipaddress.ip_network(f"{n}.0/24") for n in _V4_NETS)
_V4_TAIL = lazy_regex(r"\d{1,3}(?:\.\d{1,3}){3}$")


def _v4(draw: Draw) -> str:
    return f"{draw.pick(_V4_NETS)}.{1 + draw.below(254)}"


def ip(value: str, draw: Draw, sub: Sub) -> str:
    if ":" not in value:
        return _v4(draw)
    if tail := _V4_TAIL.search(value):  # IPv4-mapped IPv6
        return value[:tail.start()] + _v4(draw)
    if "::" in value:
        fake = f"2001:db8::{draw.below(0xF000) + 0x1000:x}:{draw.below(0xF000) + 0x1000:x}"
    else:
        fake = "2001:db8:" + ":".join(f"{draw.below(0xF000) + 0x1000:x}" for _ in range(6))
    return fake.upper() if any(c in "ABCDEF" for c in value) else fake


def is_fake_ip(value: str) -> bool:
    try:
        addr = ipaddress.ip_address(value.strip("[]").split("%")[0])
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    docs = _V4_DOCS if addr.version == 4 else _V6_DOCS
    return any(addr in net for net in docs)


def _is_hex(c: str) -> bool:
    return c in string.hexdigits


def _hex_case(template: str, fake: str) -> str:
    return fake.lower() if any(c in "abcdef" for c in template) else fake


def mac(value: str, draw: Draw, sub: Sub) -> str:
    n = sum(1 for c in value if _is_hex(c))
    # RFC 7042's documentation blocks: 00-00-5E-00-53-xx, and 00-00-5E-EF-10-00-00-xx (EUI-64)
    prefix = "00005EEF100000" if n == 16 else "00005E0053"
    fake = prefix + f"{draw.below(256):02X}"
    laid = fill(value, fake, _is_hex)
    return _hex_case(value, laid if laid is not None else group(fake, (2,) * 7, ":"))


def is_fake_mac(value: str) -> bool:
    hex_digits = "".join(c for c in value if _is_hex(c)).upper()
    return hex_digits.startswith(("00005E0053", "00005EEF100000"))


_UUID = lazy_regex(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-"
                      r"[0-9A-Fa-f]{12}")


def device_id(value: str, draw: Draw, sub: Sub) -> str:
    digits = _digits(value)
    if len(digits) == 15 and len(_alnum(value)) == 15:
        # An IMEI: a test TAC (reporting body 00) with a valid Luhn check digit.
        with without_ssl():
            from stdnum import luhn

        body = "000" + draw.digits(11)
        laid = fill(value, body + luhn.calc_check_digit(body))
        if laid is not None:
            return laid
    if sum(1 for c in value if _is_hex(c)) in (12, 16) and regex.fullmatch(
            r"[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5,7}|[0-9A-Fa-f]{4}(?:\.[0-9A-Fa-f]{4}){2,3}",
            value):
        return mac(value, draw, sub)
    if _UUID.fullmatch(value):
        fake = "00000000-0000-4000-8000-" + "".join(draw.pick("0123456789abcdef")
                                                   for _ in range(12))
        return _hex_case(value, fake) if any(c.islower() for c in value) else fake.upper()
    return _marked(value, draw, 3, "0", "X")


def is_fake_device_id(value: str) -> bool:
    return is_fake_mac(value) or value.lower().startswith("00000000-0000-4000-8000-") \
        or _is_marked(value, 3, "0", "X")


# --- dates of birth: 1 January of the same year -----------------------------------------------

_DATE_TOKEN = lazy_regex(r"(?P<num>\d+)(?P<ord>st|nd|rd|th)?|(?P<word>[A-Za-z]+)",
                            regex.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _is_month(word: str) -> bool:
    w = word.lower()
    return len(w) >= 3 and any(m.startswith(w) or (w == "sept" and m == "september")
                               for m in _MONTHS)


def date_of_birth(value: str, draw: Draw, sub: Sub) -> str:
    """The same format on 1 January of the same year: ages and ordering stay about right."""
    tokens = list(_DATE_TOKEN.finditer(value))
    numbers = [t for t in tokens if t.group("num")][:3]
    year = next((t for t in numbers if len(t.group("num")) == 4), None)
    if year is None and len(numbers) == 3:
        year = numbers[-1]
    worded = any(t.group("word") and _is_month(t.group("word")) for t in tokens)
    year_value = int(year.group("num")) if year is not None and len(year.group("num")) == 4 \
        else None
    out, last = [], 0
    for t in tokens:
        out.append(value[last:t.start()])
        last = t.end()
        text = t.group()
        if t in numbers and t is not year:
            n = t.group("num")
            wide = n.startswith("0") or (not worded and len(n) > 1)
            out.append(("1".zfill(len(n)) if wide else "1") + ("st" if t.group("ord") else ""))
        elif t.group("word") and _is_month(t.group("word")):
            out.append(match_case(text, "January" if len(text) > 4 else "Jan"[:len(text)]))
        elif t.group("word") and year_value and text.lower() in (
                *_DAYS, *(d[:3] for d in _DAYS)):
            day = _DAYS[date(year_value, 1, 1).weekday()]
            out.append(match_case(text, day.title() if len(text) > 3 else day[:3].title()))
        else:
            out.append(text)
    out.append(value[last:])
    return "".join(out)


# --- national and Defra ids -------------------------------------------------------------------


def nino(value: str, draw: Draw, sub: Sub) -> str:
    fake = "QQ" + draw.digits(6) + draw.pick("ABCD")
    return fill_alnum(value, fake) or fake


def nhs(value: str, draw: Draw, sub: Sub) -> str:
    while True:
        body = "999" + draw.digits(6)
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if check != 10:
            break
    fake = body + str(check % 11)
    return fill(value, fake) or group(fake, (3, 3, 4), " ")


def utr(value: str, draw: Draw, sub: Sub) -> str:
    with without_ssl():
        from stdnum.gb import utr as stdnum_utr

    body = "999" + draw.digits(6)
    fake = stdnum_utr.calc_check_digit(body) + body
    return fill(value, fake) or _marked(value, draw)


def driving_licence(value: str, draw: Draw, sub: Sub) -> str:
    surname = draw.pick(("BLOGG", "DOE99", "CITIZ", "EXAMP", "SAMPL", "SPECI", "TESTE"))
    month = 1 + draw.below(12) + 50 * draw.below(2)  # +50 for women, as DVLA encodes it
    born = f"{draw.below(10)}{month:02d}{1 + draw.below(28):02d}{draw.below(10)}"
    letters = string.ascii_uppercase
    initials = draw.pick(letters) + draw.pick("9" + letters)
    fake = surname + born + initials + "9" + draw.pick(letters) + draw.pick(letters)
    return fill_alnum(value, fake) or fake


def is_fake_driving_licence(value: str) -> bool:
    compact = _alnum(value).upper()
    return compact == "MORGA753116SM9IJ" or compact.startswith(
        ("BLOGG", "DOE99", "CITIZ", "EXAMP", "SAMPL", "SPECI", "TESTE"))


def vehicle_registration(value: str, draw: Draw, sub: Sub) -> str:
    return _marked(value, draw, marks=2, digit="9", letter="Z")


def is_fake_vehicle_registration(value: str) -> bool:
    return _alnum(value).upper().startswith(("ZZ", "Z9"))


# --- money ----------------------------------------------------------------------------------


def _scheme(digits: str) -> str:
    if digits.startswith("4"):
        return "visa"
    if digits[:2] in ("34", "37"):
        return "amex"
    if digits[:2] in ("51", "52", "53", "54", "55") or "2221" <= digits[:4] <= "2720":
        return "mastercard"
    if digits.startswith(("6011", "65", "644", "645", "646", "647", "648", "649")):
        return "discover"
    if digits.startswith(("36", "38", "30")):
        return "diners"
    if digits.startswith("35"):
        return "jcb"
    if digits.startswith("62"):
        return "unionpay"
    return "visa"


def credit_card(value: str, draw: Draw, sub: Sub) -> str:
    digits = _digits(value)
    scheme = vocab.TEST_CARDS[_scheme(digits)]
    same = tuple(c for c in scheme if len(c) == len(digits)) or tuple(
        c for c in sorted(vocab.ALL_TEST_CARDS) if len(c) == len(digits)) or scheme
    fake = draw.pick(same)
    return fill(value, fake) or group(fake, (4, 4, 4, 4), separator(value.strip(), ""))


def bank_account(value: str, draw: Draw, sub: Sub) -> str:
    """Sort code and account number each start 9999: neither is issued from there."""
    n = len(_digits(value))
    if n not in (6, 8, 14):
        return _marked(value, draw, marks=4)
    sort = "9999" + draw.digits(2) if n in (6, 14) else ""
    account = "9999" + draw.digits(4) if n in (8, 14) else ""
    return fill(value, sort + account) or _marked(value, draw, marks=4)


def is_fake_bank_account(value: str) -> bool:
    digits = _digits(value)
    if len(digits) == 14:
        return digits.startswith("9999") and digits[6:10] == "9999"
    return digits.startswith("9999")


def is_fake_card(value: str) -> bool:
    return _digits(value) in vocab.ALL_TEST_CARDS


def iban(value: str, draw: Draw, sub: Sub) -> str:
    with without_ssl():
        from stdnum import iban as stdnum_iban

    # ISO 13616's example bank code, an unissued 9999xx sort code and a 9999 account.
    bban = "WEST" + "9999" + draw.digits(2) + "9999" + draw.digits(4)
    fake = "GB" + stdnum_iban.calc_check_digits("GB00" + bban) + bban
    laid = fill_alnum(value, fake)
    if laid is not None:
        return laid
    return group(fake, (4,) * 6, " ") if " " in value.strip() else fake


def is_fake_iban(value: str) -> bool:
    return _alnum(value).upper()[4:12] == "WEST9999"


# --- the table ----------------------------------------------------------------------------


def _fixed_point(generate: Generator) -> Callable[[str], bool]:
    """For a generator that ignores its draw: a value is fake when it maps to itself."""
    return lambda v: generate(v, Draw(b"", ""), lambda t, x: x) == v


TYPES: dict[str, FakeType] = {
    "PERSON": FakeType(person, is_fake_person, _canonical_person),
    "EMAIL_ADDRESS": FakeType(email, is_reserved_email, str.lower),
    "USERNAME": FakeType(username, is_fake_username, str.lower),
    "PHONE_NUMBER": FakeType(phone, is_fake_phone, _nsn),
    "UK_POSTCODE": FakeType(postcode, is_fake_postcode, _alnum),
    "STREET_ADDRESS": FakeType(address, is_fake_address,
                               lambda v: " ".join(regex.findall(r"\w+", v.lower()))),
    "IP_ADDRESS": FakeType(ip, is_fake_ip, str.lower),
    "MAC_ADDRESS": FakeType(mac, is_fake_mac, _alnum),
    "DEVICE_ID": FakeType(device_id, is_fake_device_id, _alnum),
    "DATE_OF_BIRTH": FakeType(date_of_birth, _fixed_point(date_of_birth), str.lower),
    "UK_NINO": FakeType(nino, lambda v: _alnum(v).upper().startswith("QQ"), _alnum),
    "UK_NHS": FakeType(nhs, lambda v: _digits(v).startswith("999"), _digits),
    "UK_PASSPORT": _marked_type(),
    "UK_DRIVING_LICENCE": FakeType(driving_licence, is_fake_driving_licence, _alnum),
    "UK_UTR": FakeType(utr, lambda v: _digits(v)[1:4] == "999" or _is_marked(v), _digits),
    "CREDIT_CARD": FakeType(credit_card, is_fake_card, _digits),
    "UK_BANK_ACCOUNT": FakeType(bank_account, is_fake_bank_account, _digits),
    "IBAN_CODE": FakeType(iban, is_fake_iban, _alnum),
    "UK_VEHICLE_REGISTRATION": FakeType(vehicle_registration, is_fake_vehicle_registration,
                                        _alnum),
    "DEFRA_CPH": _marked_type(marks=5),
    "DEFRA_SBI": _marked_type(),
    "DEFRA_CRN": _marked_type(),
    "DEFRA_FRN": _marked_type(),
}
# A personal-data type added later, before it has a generator of its own.
FALLBACK = _marked_type()


def fake_type(type: str) -> FakeType:
    return TYPES.get(type, FALLBACK)
