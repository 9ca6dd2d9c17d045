"""Published-as-fictional values: never flagged, and the source of every suggestion.

See DESIGN.md, "Safe fake values". Each check takes the value as found (separators and
case as written) and decides for itself what to ignore. Besides DESIGN.md's list, a few
classes of value are never personal data whatever their form: role mailboxes
(``noreply@``), well-known public resolvers (``8.8.8.8``), multicast MACs and obvious
placeholders (``123456789``, ``1.2.3.4``). Each is named below so it can be explained.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from safecommit.lazyre import lazy_regex

if TYPE_CHECKING:
    from safecommit.names_data import NameData

# The fictional companies of Microsoft's documentation and samples (Contoso, Fabrikam,
# Northwind Traders …), whose domains it holds for them: Azure, Entra and .NET examples
# give their users addresses there, and tenants under onmicrosoft.com.
MICROSOFT_FICTIONAL = ("contoso", "fabrikam", "northwindtraders", "adventure-works",
                       "adventureworks", "wingtiptoys", "tailspintoys", "woodgrovebank",
                       "litwareinc", "proseware", "adatum", "fourthcoffee", "cohowinery",
                       "alpineskihouse", "wideworldimporters", "relecloud", "treyresearch",
                       "lucernepublishing", "margiestravel", "humongousinsurance",
                       "blueyonderairlines", "lamnahealthcare")
RESERVED_DOMAINS = ("example.com", "example.org", "example.net",
                    # the fictional domains of the SIP standard's examples (RFC 3261)
                    "atlanta.com", "biloxi.com", "atlanta.example.com",
                    # mail services' simulators: an address there only tests what the
                    # service does with a delivery, a bounce or a complaint
                    "simulator.amazonses.com", "blackhole.postmarkapp.com", "simulator.notify",
                    *(f"{name}.com" for name in MICROSOFT_FICTIONAL),
                    *(f"{name}.onmicrosoft.com" for name in MICROSOFT_FICTIONAL))
RESERVED_TLDS = (".example", ".test", ".invalid", ".localhost")
# GOV.UK Notify's smoke-test mailboxes: a message to one is accepted and never sent.
SIMULATED_MAILBOXES = frozenset(f"simulate-delivered{n}@notifications.service.gov.uk"
                                for n in ("", "-2", "-3"))

# --- email ------------------------------------------------------------------------------

# Local-part words of mailboxes that belong to a service or a team, not a person.
ROLE_MAILBOX_WORDS = frozenset({
    "noreply", "donotreply", "nobody", "mailer", "daemon", "postmaster", "hostmaster",
    "webmaster", "abuse", "info", "enquiries", "enquiry", "inquiries", "helpdesk", "help",
    "support", "servicedesk", "admin", "administrator", "root", "git", "notifications",
    "notification", "alerts", "alert", "security", "privacy", "dpo", "feedback", "contact",
    "hello", "team", "sales", "office", "mailbox", "service", "services", "ops", "devops",
    "bounce", "bounces", "unsubscribe", "newsletter", "digest", "list", "announce",
    # mailing lists: python-dev@, email-sig@, users-request@
    "sig", "dev", "users", "request", "owner", "discuss", "committers", "maintainers",
    # a team's or a service's shared mailbox: ruralpayments@, digital@, licensing@
    "payments", "digital", "licensing", "permits", "casework", "complaints", "correspondence",
    "operations", "communications", "comms", "media", "press", "recruitment", "finance",
    "accounts", "procurement", "grants", "claims", "applications", "queries", "incidents",
    "helpline", "foi", "requests", "accessibility", "protection", "consultations", "wildlife",
    "officer", "floodline", "psi", "records", "licences", "licenses", "enforcement",
    "trustees", "governors", "directors", "committee", "board", "secretary", "reception",
    "visits", "bookings", "appointments", "reservations",
    # an operations or a registry team's: tech@, noc@, dns@, infrastructure@, whois@
    "tech", "technical", "noc", "dns", "domains", "registry", "whois", "staff", "sysadmin",
    "sysadmins", "infra", "infrastructure", "engineering", "website", "community",
    # automation that commits and comments: snyk-bot@, actions@, ci@, deploy@
    "bot", "bots", "robot", "actions", "ci", "automation", "deploy", "builds",
    # contact and support, in the languages of the mail a service receives
    "soporte", "suporte", "contacto", "contato", "kontakt",
})
# Second-level labels under a country code (acme.co.uk, x.gov.uk): the owner is the label
# before them.
_SECOND_LEVEL = frozenset({"co", "org", "gov", "ac", "nhs", "ltd", "plc", "me", "net", "sch",
                           "police", "mod", "com", "edu"})
# A shared mailbox's one word ends with what the team does: ruralpayments@, customerservices@.
_ROLE_ENDINGS = tuple(w for w in ROLE_MAILBOX_WORDS if len(w) >= 5)
_NO_REPLY = lazy_regex(r"no[-_.]?reply|do[-_.]?not[-_.]?reply", regex.IGNORECASE)
# Google Cloud names its service accounts, agents and robots under this domain (project's
# ``iam.``, ``developer.``, ``appspot.``, ``cloudservices.``): a workload's identity, which
# no person reads mail at.
_SERVICE_ACCOUNT_DOMAIN = "gserviceaccount.com"
_LOCAL_WORDS = lazy_regex(r"[a-z]+")
_CAMEL = lazy_regex(r"(?<=[a-z])(?=[A-Z])")


_RESERVED_DOMAIN_SET = frozenset(RESERVED_DOMAINS)


def is_reserved_domain(domain: str) -> bool:
    d = domain.lower().rstrip(".")
    if d == "localhost" or d.endswith(RESERVED_TLDS):
        return True
    # the domain, or one it is under: a set look-up for each, not a test of every entry
    while d not in _RESERVED_DOMAIN_SET:
        dot = d.find(".")
        if dot < 0:
            return False
        d = d[dot + 1:]
    return True


def is_role_mailbox(value: str) -> bool:
    """``noreply@``, ``enquiries@``, ``…@users.noreply.github.com``, a cloud service
    account: a service, not a person."""
    local, _, domain = value.rpartition("@")
    # DefraGroupDataProtectionOfficer@: camel case separates the words too
    local = _CAMEL.sub(" ", local).lower()
    domain = domain.lower()
    if _NO_REPLY.search(local) or _NO_REPLY.search(domain):
        return True
    if domain == _SERVICE_ACCOUNT_DOMAIN or domain.endswith("." + _SERVICE_ACCOUNT_DOMAIN):
        return True
    words = _LOCAL_WORDS.findall(local)
    if any(w in ROLE_MAILBOX_WORDS for w in words):
        # contact.jane.smith@, jsmith.admin@: a person's own mailbox, or their admin account.
        # Hyphens join a service's words (eero-dynamic-dns@); people's mailboxes use dots.
        if "." not in local and "_" not in local:
            return True
        return not _names_a_person([t for t in _LOCAL_TOKENS.split(local)
                                    if t and t not in ROLE_MAILBOX_WORDS])
    if len(words) == 1:
        return local.isalpha() and local.endswith(_ROLE_ENDINGS)
    # legalvisits.<site>@: a team's word run together, beside the place or the unit it serves
    tokens = [t for t in _LOCAL_TOKENS.split(local) if t]
    others = [t for t in tokens if not (t.isalpha() and t.endswith(_ROLE_ENDINGS))]
    return len(others) < len(tokens) and not _names_a_person(others)


def _names_a_person(words: list[str]) -> bool:
    """Whether the words beside a role word name someone: a given name or initials run into
    a surname (``jsmith``), neither a common word (``mark``, ``forms``); or an initial
    beside a surname (``j.smith``)."""
    if not words:
        return False
    from safecommit.names_data import load, load_english  # only for a role word and more

    names, english = load(), load_english()
    initial = any(len(w) == 1 and w.isalpha() for w in words)  # j.smith.admin@

    def a_name(word: str) -> bool:
        title = word.title()
        if initial and title in names.surnames:
            return True
        if word in english:
            return False
        return (title in names.given and title not in names.words) or _run_together(word, names)

    return any(a_name(w) for w in words if len(w) > 2 and w.isalpha())


# Public bodies' domains, whose shared mailboxes are named after the team or the service
# (a scheme, a platform, an acronym): a local part there that holds no name is a team's.
_PUBLIC_SECTOR = (".gov.uk", ".nhs.uk", ".nhs.net", ".police.uk", ".mod.uk",
                  ".parliament.uk", ".sch.uk", ".ac.uk", ".gov.scot", ".gov.wales",
                  ".llyw.cymru")
_LOCAL_TOKENS = lazy_regex(r"[._\-+ ]+")


def is_team_mailbox(value: str) -> bool:
    """``scheme-grant@``, ``platform-team@``, ``bcms@`` on a public body's domain: a team's.

    A local part with a person's shape stays a person's: an initial (``j.smith``), a
    number (``ab1234``), a name among its words, or a name run together (``jsmith``,
    ``janesmith``). Names joined by a hyphen must not be common words (``hedgerow-grant``);
    joined by a dot or an underscore, as people's mailboxes are, any name counts.
    """
    local, _, domain = value.rpartition("@")
    if not ("." + domain.lower()).endswith(_PUBLIC_SECTOR) or not local:
        return False
    if any(c.isdigit() for c in local):
        return False
    tokens = [t for t in _LOCAL_TOKENS.split(_CAMEL.sub(" ", local).lower()) if t]
    # one letter is an initial; three letters or fewer alone could be a person's initials
    if not tokens or any(len(t) == 1 for t in tokens) or (len(tokens) == 1 and len(local) < 4):
        return False
    from safecommit.names_data import load  # only when a public body's mailbox appears

    names = load()
    dotted = any(c in local for c in "._") or len(tokens) == 1
    if len(tokens) == 2 and _words_not_given(tokens, names):
        return True
    if any(_is_name(t, names, words_too=dotted) for t in tokens):
        return False
    if len(tokens) == 2 and "-" not in local and _given_dot_surname(tokens, domain):
        return False
    return not (len(tokens) == 1 and _run_together(tokens[0], names))


def _words_not_given(tokens: list[str], names: NameData) -> bool:
    """``flood.warnings@``, ``green.finance@``: an English word that is no given name, then
    one that is no one's name at all. A person's mailbox starts with their given name, so a
    surname that is also a word (Flood, Green) opens a service's."""
    from safecommit.names_data import load_english

    english = load_english()
    first, last = tokens
    return first in english and last in english and first.title() not in names.given \
        and not _is_name(last, names, words_too=True)


_VOWELS = frozenset("aeiouy")


def _given_dot_surname(tokens: list[str], domain: str) -> bool:
    """``<given>.<surname>@``, as a public body makes its staff's mailboxes, for names the
    lists do not know: two words that are neither English (``grants``, ``support``) nor
    an acronym (``bcms``, ``ahwr``: fewer than two vowels), nor the body's own name
    (``defra`` at defra.gov.uk)."""
    from safecommit.names_data import load_english

    english = load_english()
    labels = set(domain.lower().split("."))
    return all(len(t) >= 4 and t.isalpha() and t not in english and t not in labels
               and t not in ROLE_MAILBOX_WORDS and sum(c in _VOWELS for c in t) >= 2
               for t in tokens)


def _is_name(token: str, names: NameData, *, words_too: bool) -> bool:
    title = token.title()
    if not words_too and title in names.words:
        return False
    return title in names.given or title in names.surnames or title in names.more_surnames


def _run_together(token: str, names: NameData) -> bool:
    """``jsmith``, ``jrsmith``, ``janesmith``: initials or a given name, then a surname."""
    for cut in range(1, len(token) - 2):
        head, tail = token[:cut], token[cut:].title()
        if (cut <= 2 or head.title() in names.given) and (
                tail in names.surnames or tail in names.more_surnames):
            return True
    return False


# Names that stand in for "some domain" and "some person" in documentation and tests.
PLACEHOLDER_DOMAIN_LABELS = frozenset({
    "foo", "bar", "baz", "qux", "quux", "spam", "eggs", "ham", "xyz", "abc", "xxx", "yyy",
    "zzz", "aaa", "bbb", "ccc", "domain", "yourdomain", "mydomain", "somedomain", "company",
    "yourcompany", "mycompany", "somewhere", "anywhere", "nowhere", "acme", "localdomain",
    "test", "tester", "testing",
    "email", "mail-server", "yoursite", "mysite", "website", "server", "host", "invalid",
    # Welsh: "example", as a Welsh-language service's hints write it
    "enghraifft",
})
PLACEHOLDER_LOCAL_PARTS = frozenset({
    "user", "username", "someone", "somebody", "anyone", "anybody", "name", "yourname",
    "your.name", "firstname", "lastname", "firstname.lastname", "first.last", "first_last",
    "me", "you", "email", "address", "foo", "bar", "baz", "test", "tester", "testuser",
    "test.user", "test_user", "demo", "sample", "example", "dummy", "fake", "john.doe",
    "jane.doe", "johndoe", "janedoe", "jdoe", "joe.bloggs", "joebloggs", "a", "b", "x", "xxx",
    "abc", "aaa",
    "person", "user.name", "user_name", "recipient", "sender", "customer", "applicant",
    # a form's hint of how a mailbox is made up: name.surname@, forename.surname@
    "name.surname", "firstname.surname", "forename.surname", "first.surname",
    "firstname_lastname", "first.name", "givenname.familyname", "fullname", "full.name",
    "myname", "my.name", "youremail", "your.email", "myemail", "my.email",
    # Welsh: "name.surname", "someone" (not "name" alone: three letters may be initials)
    "enw.cyfenw", "rhywun",
})
_TRAILING_DIGITS = lazy_regex(r"\d+$")


def _near_example(label: str) -> bool:
    """``examples``, ``xample``, ``exampel``, ``examp``: "example", misspelt or cut short."""
    target = "example"
    if label.startswith(target) or (len(label) >= 5 and target.startswith(label)):
        return True
    if abs(len(label) - len(target)) > 1:
        return False
    # one substitution, insertion or deletion
    i = 0
    while i < min(len(label), len(target)) and label[i] == target[i]:
        i += 1
    return label[i + 1:] == target[i + 1:] or label[i:] == target[i + 1:] \
        or label[i + 1:] == target[i:]


def is_placeholder_email(value: str) -> bool:
    local, _, domain = value.lower().rpartition("@")
    labels = domain.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    owner = labels[-2] if len(labels) >= 2 else domain
    if len(owner) == 1 or owner in PLACEHOLDER_DOMAIN_LABELS:
        return True
    if any(_near_example(label) for label in labels[:-1]):
        return True
    # one@one.org, bbb@bbb.org: the same made-up word on both sides
    return _TRAILING_DIGITS.sub("", local) in PLACEHOLDER_LOCAL_PARTS or local == owner


def is_reserved_email(value: str) -> bool:
    local, _, domain = value.rpartition("@")
    if is_reserved_domain(domain):
        return True
    # A sub-address (``mailbox+tag@``) is the mailbox's: the tag its owner chose for one
    # sender (``+licensing``) says nothing about whose mailbox it is.
    mailbox = local.partition("+")[0] or local
    value = f"{mailbox}@{domain}"
    return (is_role_mailbox(value) or is_placeholder_email(value) or is_team_mailbox(value)
            or value.lower() in SIMULATED_MAILBOXES)



# --- phone numbers ------------------------------------------------------------------------

# Ofcom's numbers for drama, as national significant numbers (no leading 0): each entry
# is a prefix that covers exactly the published block of 1,000 (or 10,000) numbers.
DRAMA_PREFIXES = (
    "7700900", "1632960", "2079460",
    *(f"{area}4960" for area in ("113", "114", "115", "116", "117", "118",
                                 "121", "131", "141", "151", "161")),
    "1914980", "2920180", "2896496", "8081570", "9098790", "3069990",
)
# North America's fictional block, 555-0100 to 555-0199, in any area code.
_NANP_FICTIONAL = lazy_regex(r"^\d{3}55501\d\d$")
# As a phone number, the whole 555 exchange: outside that block it holds directory and
# information services, never a person's line, and fiction and samples use all of it.
_NANP_555 = lazy_regex(r"^\d{3}555\d{4}$")


def is_drama_number(country_code: int, national_number: str) -> bool:
    """``national_number`` is the national significant number: digits, no trunk 0."""
    if country_code == 44:
        return national_number.startswith(DRAMA_PREFIXES)
    if country_code == 1:
        return _NANP_555.match(national_number) is not None
    return False


# --- networks -----------------------------------------------------------------------------

DOCUMENTATION_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "3fff::/20",
))
# Public resolvers and the like: infrastructure that everyone uses, never one person.
WELL_KNOWN_PUBLIC = frozenset(ipaddress.ip_address(a) for a in (
    "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112",
    "208.67.222.222", "208.67.220.220", "4.2.2.1", "4.2.2.2",
    "2001:4860:4860::8888", "2001:4860:4860::8844", "2606:4700:4700::1111",
    "2606:4700:4700::1001",
    "168.63.129.16",  # Azure's platform address (DNS, health probes) in every virtual network
))


def is_documentation_ip(value: str) -> bool:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    return any(address in net for net in DOCUMENTATION_NETWORKS
               if net.version == address.version)


def is_placeholder_ipv4(value: str) -> bool:
    """Typed by hand, not logged: ``1.2.3.4``, ``12.34.56.78``, ``14.15.16.17``, ``5.5.5.5``,
    ``170.85.170.85``, and octets in even steps (``11.22.33.44``, ``40.30.20.10``).
    (Dotted numbers with three one-digit parts, such as ``2.7.2.2`` or ``8.2.4.44``, are
    versions and section numbers: the IP recognizer rejects those.)"""
    octets = [int(o) for o in value.split(".")]
    steps = sum(b - a == 1 for a, b in pairwise(octets))
    even = len({b - a for a, b in pairwise(octets)}) == 1
    return len(set(octets)) <= 2 or steps >= 2 or even or is_placeholder_digits(value)


def is_reserved_ip(value: str) -> bool:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    if address in WELL_KNOWN_PUBLIC or is_documentation_ip(value):
        return True
    return address.version == 4 and is_placeholder_ipv4(value)


_HEX = "0123456789abcdef"
_NOT_HEX = lazy_regex(r"[^0-9a-f]")


def is_reserved_mac(value: str) -> bool:
    """The documentation block 00-00-5E-00-53-xx, broadcast and multicast, placeholders."""
    hexes = _NOT_HEX.sub("", value.lower())
    if len(hexes) != 12:
        return False
    if hexes.startswith("00005e0053") or len(set(hexes)) <= 2:
        return True
    if int(hexes[1], 16) & 1:  # multicast: a group address, never one device
        return True
    # 01:23:45:67:89:ab, 12:34:56:78:90:ab, 00:01:02:03:04:05, aa:bb:cc:dd:ee:ff — by hand
    runs = sum(_step(a, b) for a, b in pairwise(hexes))
    octets = [int(hexes[i:i + 2], 16) for i in range(0, 12, 2)]
    counting = sum(b - a == 1 for a, b in pairwise(octets))
    # 00:1A:2B:3C:4D:5E: both halves of the octets count up; 10:20:30:40:50:60: one
    # half counts up and the other stays
    highs = sum((b >> 4) - (a >> 4) == 1 for a, b in pairwise(octets))
    lows = sum((b & 15) - (a & 15) == 1 for a, b in pairwise(octets))
    same_lows = len({o & 15 for o in octets}) == 1
    return runs >= 8 or counting >= 4 or (highs >= 4 and (lows >= 4 or same_lows)) \
        or hexes in "".join(c * 2 for c in _HEX)


def _step(a: str, b: str) -> bool:
    """``b`` follows ``a`` counting in hex or in decimal (9 then a, or 9 then 0)."""
    i = _HEX.index(a)
    return b == _HEX[(i + 1) % 16] or (a == "9" and b == "0")


# --- numbers --------------------------------------------------------------------------------

_ASCENDING = "01234567890123456789"
_DESCENDING = "98765432109876543210"


# One digit six times or more: the body of a padded placeholder.
_REPEATED = lazy_regex(r"(\d)\1{5,}")


def is_placeholder_digits(value: str) -> bool:
    """One digit repeated (``000000000``) or a run (``123456789``, ``9876543210``), or a
    digit repeated with at most two others at its ends, as an id's length is padded:
    ``1100000000``, ``100000000``, ``000000001``; in an id of nine digits or more, three
    around it (a series' prefix and a count: ``1300000001``, ``300000099``; not a round
    number, ``106000000``)."""
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) < 4:
        return False
    if len(set(digits)) == 1 or digits in _ASCENDING or digits in _DESCENDING:
        return True
    repeated = _REPEATED.search(digits) if len(set(digits)) <= 3 else None
    if repeated is None:
        return False
    others = len(digits) - len(repeated.group())
    inside = repeated.start() > 0 and repeated.end() < len(digits)
    return others <= 2 or (others == 3 and inside and len(digits) >= 9)


def is_dummy_phone(national: str) -> bool:
    """A phone number typed as a dummy, by its national digits: the last six zeros
    (``+447900000000``), the last seven one digit (``0113 1111111``), or all but the
    first a run (``01234 567890``, ``07987 654321``), as one real number in a hundred
    million ends. A shorter run is a real number's often enough."""
    tail = national[-9:]
    return national.endswith("000000") or (len(national) >= 9 and len(set(national[-7:])) == 1) \
        or (len(tail) == 9 and (tail in _ASCENDING or tail in _DESCENDING))


def compact(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()


def is_marked(value: str, marks: int = 3) -> bool:
    """Ids with no published fictional range are faked by leading 9s (``999123456``).

    This is how ``safecommit redact`` writes them: 999 for passports, SBIs and CRNs,
    9999 for bank details and 99/999 for a CPH, so a redacted file scans clean.
    """
    return compact(value)[:marks] == "9" * marks


def is_reserved_id(value: str, marks: int = 3) -> bool:
    return is_marked(value, marks) or is_placeholder_digits(value)


def is_reserved_nino(value: str) -> bool:
    """``QQ123456C``: the prefix QQ is never issued (nor is any prefix starting with Q)."""
    return compact(value).startswith("QQ") or is_placeholder_digits(value)


# Published examples: the NHS number's own documentation (943 476 5919), and the
# Personal Demographics Service sandbox's patients (900 000 0009, 900 000 0017 …).
_PUBLISHED_NHS = ("9434765919",)
_NHS_SANDBOX = "90000000"


def is_reserved_nhs(value: str) -> bool:
    """The 999 range is published for testing; NHS numbers are never issued from it. Ten
    digits written 3-3-4 in North America's fictional block (415-555-0199) are a film's
    phone number, not a patient's."""
    digits = compact(value)
    return digits.startswith(("999", _NHS_SANDBOX)) or digits in _PUBLISHED_NHS \
        or is_placeholder_digits(value) \
        or (not value.isdigit() and _NANP_FICTIONAL.match(digits) is not None)


DVLA_SPECIMEN_LICENCE = "MORGA753116SM9IJ"


# Surname fields that no real licence holder has: placeholders and redacted licences.
PLACEHOLDER_LICENCE_SURNAMES = ("BLOGG", "DOE99", "CITIZ", "EXAMP", "SAMPL", "SPECI", "TESTE")


def is_reserved_licence(value: str) -> bool:
    return compact(value).startswith((DVLA_SPECIMEN_LICENCE, *PLACEHOLDER_LICENCE_SURNAMES))


def is_reserved_utr(value: str) -> bool:
    digits = compact(value)
    return digits[1:4] == "999" or is_reserved_id(value)


# Card numbers that payment providers publish for testing (Visa, Mastercard, Amex,
# Discover, Diners, JCB, UnionPay). None will ever be issued to a cardholder.
TEST_CARDS = frozenset({
    "4111111111111111", "4444333322221111", "5555555555554444", "378282246310005",
    "371449635398431", "378734493671000", "4242424242424242", "4000056655665556",
    "4012888888881881", "4222222222222", "5105105105105100",
    "5200828282828210", "2223003122003222", "2223000048400011", "6011111111111117",
    "6011000990139424", "3056930009020004", "30569309025904", "38520000023237",
    "3530111333300000", "3566002020360505", "6200000000000005", "5454545454545454",
    "4000000000000002", "4000000000000069", "4000000000000119", "4000000000009995",
    "4000002500003155", "4000002760003184", "5425233430109903", "2222420000001113",
    "4035501000000008", "4000000000001091", "4000000000001000", "6759649826438453",
    "4917610000000000", "4462030000000000", "4484070000000000", "6011601160116611",
    # GOV.UK Pay's sandbox cards (alphagov/pay-connector, SandboxCardNumbers.java, and
    # docs.payments.service.gov.uk/testing_govuk_pay)
    "4000160000000004", "5101180000000007", "4000020000000000", "4000000000000010",
    "4000000000000127", "4917610000000000003", "36148900647913", "4988080000000000",
    "4293189100000008", "4131840000000003", "4000180000000002",
    # Worldpay's test cards (developer.worldpay.com, Access Worldpay "Test values")
    "343434343434343", "6011000400000000", "3528000700000000", "2221000000000009",
    "5163613613613613", "4911830000000", "4917300800000000",
})


def is_test_card(value: str) -> bool:
    digits = "".join(c for c in value if c.isdigit())
    return digits in TEST_CARDS or len(set(digits[1:])) <= 1 or is_placeholder_digits(digits)


# IBANs printed in standards and bank documentation as examples.
EXAMPLE_IBANS = frozenset({
    "GB82WEST12345698765432", "GB29NWBK60161331926819", "GB33BUKB20201555555555",
    "GB94BARC10201530093459", "DE89370400440532013000", "FR1420041010050500013M02606",
    "NL91ABNA0417164300", "IE29AIBK93115212345678", "ES9121000418450200051332",
})


def is_reserved_iban(value: str) -> bool:
    """Published examples, and ISO 13616's example bank WEST with a 9999 sort code."""
    v = compact(value)
    return v in EXAMPLE_IBANS or v[4:12] == "WEST9999"


# Birth dates that stand for "unknown" rather than a person: 1 January 1900, and
# 1 January of any year, the conventional "day unknown" date that redaction writes; and
# the GOV.UK Design System's examples (its summary lists), which prototypes copy.
PLACEHOLDER_BIRTH_DATES = frozenset({(1900, 1, 1), (1980, 8, 13), (1978, 1, 5)})


def is_placeholder_birth_date(year: int, month: int, day: int) -> bool:
    return (year, month, day) in PLACEHOLDER_BIRTH_DATES or (month, day) == (1, 1)


# Words that mark an address as made up: ``12 Example Road, Sampleford``.
ADDRESS_MARKERS = frozenset({
    "example", "sample", "specimen", "placeholder", "fictional", "imaginary", "test", "fake",
    "dummy", "anytown", "anystreet", "exampleton", "sampleford", "testbury", "fictionville",
    "nowhere", "somewhere", "anywhere", "tester", "testing", "foo", "bar",
})
_ADDRESS_WORD = lazy_regex(r"[A-Za-z]+")
_WORD = lazy_regex(r"\w+")


# Addresses every reader knows as fiction's or the state's, which examples borrow (the
# Simpsons', Sherlock Holmes's, the Dursleys', the Prime Minister's, the White House), and
# those the GOV.UK Design System's components show, which prototypes copy.
FAMOUS_ADDRESSES = frozenset({
    "742 evergreen terrace", "221b baker street", "4 privet drive", "12 grimmauld place",
    "10 downing street", "11 downing street", "1600 pennsylvania avenue",
    "62 west wallaby street", "31 spooner street", "124 conch street",
    "1 willow lane", "9 elm street", "72 guild street",
    # Defra's head office, in every contact page and letter template, and the Environment
    # Agency's, which Defra's services use as their address lookup's test address (their
    # postcodes are among EXAMPLE_POSTCODES)
    "2 marsham street", "horizon house deanery road", "horizon house", "deanery road",
})


def is_placeholder_address(value: str) -> bool:
    words = _ADDRESS_WORD.findall(value)
    return any(w.lower() in ADDRESS_MARKERS for w in words) \
        or " ".join(_WORD.findall(value.lower())) in FAMOUS_ADDRESSES

# Postcodes of public buildings that documentation uses as examples (Buckingham Palace,
# Downing Street, Parliament, the BBC) or prints in every copy of a standard notice (The
# National Archives in the Open Government Licence, the ICO in privacy notices, Defra's head
# office and its agencies' main offices: the Environment Agency's in Bristol, APHA's at
# Weybridge, Cefas's at Lowestoft), the examples of each postcode format that every format
# reference lists (after BS 7666: EC1A 1BB, W1A 0AX, M1 1AE, B33 8TH, CR2 6XH, DN55 1PT),
# and the NHS's ZZ99 pseudo-postcodes.
EXAMPLE_POSTCODES = frozenset({"SW1A1AA", "SW1A2AA", "SW1A0AA", "W1A1AA", "EC1A1BB", "TW94DU",
                               "SK95AF", "SW1P4DF", "BS15AH", "KT153NB", "NR330HT",
                               "W1A0AX", "M11AE", "B338TH", "CR26XH", "DN551PT",
                               # 221B Baker Street; the GOV.UK Design System's addresses
                               "NW16XE", "HR53QF", "HR36EH", "SE236FH"})


def is_reserved_postcode(value: str) -> bool:
    v = compact(value)
    return v in EXAMPLE_POSTCODES or v.startswith("ZZ99")


EXAMPLE_PLATES = frozenset({"AB12CDE", "AB51ABC"})


def is_reserved_plate(value: str) -> bool:
    return compact(value) in EXAMPLE_PLATES


@lru_cache(maxsize=1)
def suggestions() -> dict[str, str]:
    """One safe value per type, for the docs; each recognizer suggests in the value's form."""
    return {
        "EMAIL_ADDRESS": "jane.doe@example.com", "PHONE_NUMBER": "07700 900123",
        "UK_POSTCODE": "ZZ99 9ZZ", "STREET_ADDRESS": "1 Example Street",
        "IP_ADDRESS": "192.0.2.10", "MAC_ADDRESS": "00-00-5E-00-53-01",
        "DEVICE_ID": "001010000000008", "DATE_OF_BIRTH": "1900-01-01", "UK_NINO": "QQ123456C",
        "UK_NHS": "999 000 0018", "UK_PASSPORT": "123456789",
        "UK_DRIVING_LICENCE": DVLA_SPECIMEN_LICENCE, "UK_UTR": "1234567890",
        "CREDIT_CARD": "4111 1111 1111 1111", "UK_BANK_ACCOUNT": "12-34-56 12345678",
        "IBAN_CODE": "GB82WEST12345698765432", "UK_VEHICLE_REGISTRATION": "AB12 CDE",
        "DEFRA_CPH": "12/345/6789", "DEFRA_SBI": "123456789", "DEFRA_CRN": "1234567890",
        "DEFRA_FRN": "1234567890",
    }
