"""PERSON: people's names, found in layers and never in code.

1. Key and column context: a value under ``surname``, ``contactName`` or ``author`` is read
   as a name when it has a name's shape (``fields``).
2. Dictionaries: a capitalised given name followed by a capitalised surname, both in the
   shipped lists (``names_data``), in prose, comments, docstrings and string literals.
3. Patterns: titles (``Dr A N Other``), ``Name <email>``, speaker labels, author
   labels (``@author``, ``Maintainer:``), salutations and sign-offs.

Code is never a name: in source files only comments and string literals are read
(``codetext``), and a candidate must look like a name word by word. Placeholder names
(``Joe Bloggs``, ``A N Other``, ``Test User``) are never flagged.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from heapq import merge
from itertools import chain, pairwise

import regex

from safecommit import re2scan
from safecommit.detect.codetext import comment_marks, in_text, open_brackets, text_spans
from safecommit.detect.context import words
from safecommit.detect.fields import ALIASED_KEYS, Field, fields_on
from safecommit.detect.locate import Locator
from safecommit.detect.make import make_finding
from safecommit.extract.syntax import CODE, PROSE
from safecommit.lazyre import lazy, lazy_regex
from safecommit.model import Finding, Text
from safecommit.names_data import NameData, ascii_fold, load, load_english, load_not_people


@cache
def _lazy(source: str) -> regex.Pattern[str]:
    """A pattern made from text at run time (a syntax's, a key's prefix), compiled once."""
    return regex.compile(source)


TYPE = "PERSON"
DETECTOR = "person-name"
WHY = "A person's name is personal data."

# --- the shape of a name ------------------------------------------------------------------

_TITLE = (r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Baroness|Baron|Viscountess"
          r"|Viscount|Countess|Revd|Rev|Cllr|Capt|Col|Maj|Sgt)\.?")
_TITLES = frozenset(_TITLE[3:_TITLE.index(")")].split("|"))
# Arabic and Urdu articles joined in lower case: "al-Hashimi", "el-Sayed", "ul-Haq".
_JOINED = r"(?:al|el|ul|ud|ad|ur)-"
_ARTICLES = frozenset(_JOINED[3:_JOINED.index(")")].split("|"))
# The part after a hyphen may carry a Gaelic prefix too: "Atkins-McCarthy", "Smith-O'Brien".
_WORD = (rf"(?:Mc|Mac|Nic|O(?:''|['\u2019])|D(?:''|['\u2019])|Fitz|{_JOINED}|h(?=\p{{Lu}}))?"
         r"\p{Lu}\p{Ll}+(?:['\u2019-](?:Ma?c|O['\u2019])?\p{Lu}?\p{Ll}+)*")
_CAPS = r"(?:\p{Lu}['\u2019])?\p{Lu}{2,}(?:['\u2019-]\p{Lu}+)*"
_INITIAL = r"\p{Lu}(?:\.|(?=[ \t]))"
# A particle comes before a capital, or before a second particle: "van der Berg", "de la Cruz".
_PARTICLE = (r"(?:van|von|der|den|de|da|das|dos|del|della|di|du|le|la|bin|binti|ibn|al|el|ap"
             r"|ab|ferch|ni|nic|ter)(?=[ \t]+(?:\p{Lu}|(?:der|den|de|la|le|los|las)[ \t]+\p{Lu}))")
_PARTICLES = frozenset(_PARTICLE[3:_PARTICLE.index(")")].split("|"))
# "son of" or "daughter of": the name after one is a father's given name, used as a surname
# ("ap Rhys", "bin Ismail", "ferch Gruffydd").
PATRONYMICS = frozenset({"ap", "ab", "ferch", "bin", "binti", "ibn", "ni", "nic"})
# Irish surnames open with a capitalised particle ("Ní Bhriain", "Ó Briain", "Nic Aodha"):
# what follows one is a surname, whatever its (lenited) spelling.
_GAELIC_PARTICLES = frozenset({"Ní", "Nic", "Mac", "Ó", "Uí", "Ua"})
# Particles written with a capital inside a name: an Urdu "Ur" or "Ul" between a given
# name and a surname, Arabic's "Bin", and a Welsh "Ap" in a name written in title case.
_CAPITAL_PARTICLES = _GAELIC_PARTICLES | {"Ur", "Ul", "Ud", "Bin", "Binti", "Ibn", "Ap"}
# Gaelic and Norman prefixes make a surname of a capitalised stem: MacLeod, McAllister,
# O'Sullivan, FitzGerald, and a woman's NicLeòid; so does a Goan or Mangalorean "D'"
# (D'Souza, D'Mello). (Mac and Mc brand names are not people.)
_PREFIXED_SURNAME = lazy_regex(r"(?:Ma?c|Nic|[OD]['\u2019]|Fitz)\p{Lu}\p{Ll}{2,}")
_PREFIXED_NOT_NAMES = frozenset({"MacBook", "MacOS", "MacPorts", "MacVim", "McAfee"})
_ITEM = rf"(?:(?P<title>{_TITLE})(?=[ \t])|(?P<word>{_WORD})|(?P<caps>{_CAPS})" \
        rf"|(?P<initial>{_INITIAL})|(?P<particle>{_PARTICLE}))"
_ITEM_RE = lazy_regex(_ITEM)
# A name ends where a letter, digit or path goes on; an escape (a string's "\n") ends it too.
_AFTER = r"(?!(?!\\[nrt\"])[\p{L}\p{N}_@/\\-])"
# Two or more capitalised words, titles or initials on one line: where names can be.
_RUN = lazy_regex(
    rf"(?:{_TITLE}|{_WORD}|(?:\p{{Lu}}\.){{0,2}}{_INITIAL})"  # (initials run together: "<G>.<G>.")
    rf"(?:[ \t](?:{_TITLE}|{_WORD}|{_CAPS}|{_INITIAL}|{_PARTICLE}))+{_AFTER}")
# The same run in ASCII text, where the letter classes are plain ranges: the stdlib engine
# matches it in under half the time.
_RUN_ASCII = lazy(_RUN.pattern.replace(r"[\p{L}\p{N}_@/\\-]", r"[A-Za-z0-9_@/\\-]")
                        .replace(r"\p{Lu}", "[A-Z]").replace(r"\p{Ll}", "[a-z]"))

STRICT_TITLES = frozenset({"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Cllr", "Revd"})

# Words that make a value a placeholder, a form label or a type, not a person.
PLACEHOLDER_WORDS = frozenset({
    "Test", "Tester", "Testing", "Example", "Sample", "Dummy", "Fake", "Demo", "Mock",
    "Placeholder", "Anonymous", "Anon", "Unknown", "Nobody", "Somebody", "Someone", "Anybody",
    "Anyone", "Person", "User", "Users", "Applicant", "Customer", "Redacted", "Fictional",
    "Fictitious", "Default", "Generic", "Lorem", "Ipsum", "Foo", "Bar", "Baz", "Qux", "Null",
    "None", "Nil", "Undefined", "Firstname", "Lastname", "Surname", "Forename", "Name", "Names",
    "Fullname", "First", "Last", "Middle", "Given", "Family", "Full", "Your", "My", "Their",
    "String", "Text", "Required", "Optional", "Enter",
})
PLACEHOLDER_SURNAMES = frozenset({
    "Bloggs", "Doe", "Public", "Soap", "Blow", "Roe", "Other", "Mustermann", "Musterfrau",
    "Nurk", "Sixpack", "Citizen", "Testerson", "McTestface", "Tester", "Smithee",
    "Flintstone", "Rubble", "Foobar",
})
PLACEHOLDER_FULL = frozenset({
    ("Jan", "Kowalski"), ("Mario", "Rossi"), ("Juan", "Perez"), ("Juan", "Pérez"),
    ("Tommy", "Atkins"), ("Mary", "Major"), ("Erika", "Mustermann"), ("Max", "Mustermann"),
    # the stock example of forms and guidance (GOV.UK's own), not a person in a repository
    ("John", "Smith"), ("Jane", "Smith"), ("John", "Appleseed"), ("Ola", "Nordmann"),
    ("Kari", "Nordmann"),
    # France's and Latin's stock names ("N.N.")
    ("Jean", "Dupont"), ("Marie", "Dupont"), ("Nomen", "Nescio"),
    # the GNU licences' sample author and signatory, in every copy of the GPL and LGPL
    ("James", "Hacker"), ("Ty", "Coon"),
})
# A word after a name that makes it an organisation, a place or an eponym.
NOT_A_PERSON_AFTER = frozenset({
    "Ltd", "Limited", "Plc", "PLC", "LLP", "Llp", "LLC", "Llc", "Inc", "Corp", "Co", "Company",
    "Group",
    "Farm", "Farms", "Estate", "Estates", "Trust", "Council", "Agency", "Department",
    "Ministry", "Office", "Service", "Services", "Partners", "Partnership", "Associates",
    "Holdings", "Foundation", "Society", "University", "College", "School", "Academy", "Team",
    "Bank", "Authority", "Board", "Church", "Club", "Centre", "Center", "Hospital", "Surgery",
    "Practice", "Clinic", "Ventures", "Solutions", "Systems", "Technologies", "Consulting",
    "Contractors", "Brothers", "Bros", "Sons", "Street", "St", "Road", "Rd", "Avenue", "Ave",
    "Close", "Crescent", "Drive", "Way", "Place", "Square", "Gardens", "Court", "Terrace",
    "Mews", "Row", "Station", "Airport", "Stadium", "Building", "House", "Tower", "Primary",
    "Memorial", "Library", "Museum", "Gallery", "Theatre", "Park", "Wharf", "Quay", "Market",
    "Cathedral", "Chapel", "Abbey", "Manor", "Castle", "Lodge", "Cottage", "Mill", "Institute",
    "Award", "Prize", "Lecture", "Fund", "Act", "Law", "Theorem", "Algorithm", "Transform",
    "Distribution", "Equation", "Method", "Test", "Index", "Syndrome", "Disease", "Scale",
    # a company's legal form abroad, and the trade a maker's name goes on to say
    # ("… GmbH", "… Electronics Co., Ltd."); title case, as a capitals word is looked up
    "GmbH", "Gmbh", "Ag", "Kg", "GbR", "Ohg", "SpA", "Spa", "Srl", "Sarl", "Bv", "Nv", "Oy",
    "Kft", "Pty", "Pvt", "Corporation", "Incorporated", "Enterprises", "Industries",
    "Industrial", "Technology", "Electronics", "Electronic", "Elektronik", "Engineering",
    "Communications", "Telecom", "Networks", "Software", "Healthcare", "Instruments",
    "Components", "Manufacturing", "Products", "Laboratories", "Labs", "Imaging", "Controls",
    "International", "Consultants",
    # ... and trades the lists of English words leave out: "<Word> Widgets" in a list of
    # authors is a firm, as "<Given> <Surname> Haulage" is
    "Widget", "Widgets", "Gizmo", "Gizmos", "Apps", "Analytics", "Tech", "Robotics",
    "Logistics", "Biotech", "Pharma", "Fintech", "Agritech", "Agri", "Wireless", "Telecoms",
    "Renewables", "Informatics", "Geospatial", "Agrochemicals", "Joinery", "Haulage",
    # a service's point of contact ("<Word> Helpdesk" under a contact's key)
    "Helpdesk", "Servicedesk", "Helpline", "Hotline", "Inbox",
    # a bridge, a room, a prize or a rule named for someone ("… Bridge", "… Wing", "… Cup",
    # "… Effect"), and a river or a moor: words no surname or given name spells
    "Bridge", "Tunnel", "Viaduct", "Reservoir", "Harbour", "Wing", "Room", "Suite", "Lounge",
    "Auditorium", "Annexe", "Pavilion", "Fellowship", "Bursary", "Scholarship", "Cup",
    "Trophy", "Medal", "Shield", "Principle", "Effect", "Paradox", "Conjecture", "Formula",
    "River", "Stream", "Creek", "Lake", "Burn", "Water", "Moor", "Fell", "Tarn", "Estuary",
    "Valley", "Forest",
    # a street's or a site's word no surname spells ("<Given> <Surname> Esplanade", "…
    # Laboratory")
    "Causeway", "Esplanade", "Promenade", "Embankment", "Approach", "Precinct", "Concourse",
    "Arcade", "Villas", "Crossing", "Circle", "Laboratory", "Annex", "Campus",
    # a typeface's style ("<Word> Sans", "… Serif", "… Mono") and a Unicode block's or a
    # script's words ("… Symbols", "… Syllabics"): a font or a character set, not a person
    "Sans", "Serif", "Mono", "Monospace", "Grotesk", "Symbols", "Syllabics", "Supplement",
    "Ideographs",
})
# A street's type that a surname spells too: after a given name and a surname, the street
# named for them ("<Given> <Surname> Lane"), not a third name. (Street types no surname
# spells, "Road", "Avenue", are in ``NOT_A_PERSON_AFTER``.)
STREET_WORDS = frozenset({
    "Lane", "Hill", "Green", "Wood", "Gate", "Grove", "Walk", "Rise", "Yard", "Croft", "Chase",
    "Vale", "Parade", "Mount", "Meadow", "Meadows", "Brow", "Fold", "Heath", "Lea", "Dale",
    "Ridge", "Hollow", "Wynd", "Brae", "Boulevard", "Circus", "Alley", "Glade", "Orchard",
    "Paddock", "Mead", "Garth", "Loke", "Twitten", "Ginnel", "Broadway",
})
# Words that make a name a build server's or a bot's identity wherever it stands, even
# after a label for people: a commit trailer's "Co-authored-by: … CI <ci@…>", a mail's
# "From: … Build <…>". No one's surname, unlike "Park" or "Hall" after a given name.
MACHINE_WORDS = frozenset({"CI", "Bot", "Bots", "BOT", "Build", "Builds", "BUILD",
                           "Pipeline", "Pipelines", "Automation"})
ROLES = frozenset({
    "Researcher", "Participant", "Interviewer", "Interviewee", "Moderator", "Facilitator",
    "Observer", "Speaker", "Host", "Chair", "Notetaker", "Customer", "Agent", "Caller",
    "Operator", "Advisor", "Adviser", "Officer", "User", "Respondent", "Panel", "Audience",
    "Narrator", "Everyone", "All", "Both", "Unknown", "Inaudible", "Crosstalk", "Team", "Me",
})


_RSQUO = "\u2019"  # the typographic apostrophe
_POSSESSIVE = ("'s", _RSQUO + "s")


def _norm(token: str) -> str:
    """The dictionary form: no possessive, title case for capitals (``O'NEILL`` → ``O'Neill``)."""
    if token.endswith(_POSSESSIVE):
        token = token[:-2]
    token = token.replace(_RSQUO, "'").replace("''", "'")  # SQL doubles a quote in a string
    if token.isupper():
        token = token.title()
    elif token[:1].islower():  # a joined article: "al-Hashimi" is looked up as "Al-Hashimi"
        token = token[0].upper() + token[1:]
    return token


@dataclass(frozen=True, slots=True)
class Item:
    kind: str  # title | word | caps | initial | particle
    text: str
    start: int
    end: int


def _items(s: str, offset: int) -> list[Item]:
    found: list[Item] = []
    for m in _ITEM_RE.finditer(s):
        kind = m.lastgroup or "word"
        if m.group() in _GAELIC_PARTICLES or (m.group() in _CAPITAL_PARTICLES and found):
            kind = "particle"  # the others inside a name only: "Bin collection" opens none
        found.append(Item(kind, m.group(), offset + m.start(), offset + m.end()))
    return found


def _unknown_before_address(items: list[Item], address: str, names: _Names) -> Span | None:
    """A name the lists do not know before an address made of it: the name's words, or its
    initials, in the address's local part. Leading English words are not part of it
    ("Contact …")."""
    english = load_english()
    k = 0
    while k < len(items) - 1 and items[k].kind == "word" and items[k].text.lower() in english:
        k += 1
    items = items[k:]
    local = "".join(c for c in address[1:address.find("@")].lower() if c.isalpha())
    words = [i.text.lower() for i in items if i.kind in ("word", "caps")]
    initials = "".join(w[0] for w in words)
    if not local or not (any(len(w) >= 3 and w in local for w in words) or local == initials):
        return None
    return _name_span(items, names, relaxed=True, unknown=True)


def _a_teams_mailbox(dropped: list[Item], address: str) -> bool:
    """The English words dropped before a name (``_trim``) are spelt in the address too:
    the display name is a team's or a list's whole ("Grants Dev <grants-dev@…>")."""
    local = address[1:address.find("@")].lower()
    english = load_english()
    return any(len(i.text) >= 3 and i.text.lower() in english and i.text.lower() in local
               for i in dropped)


def _trim(items: list[Item], names: _Names) -> list[Item]:
    """Drop leading words that are not names: "Contact Jane Doe" → "Jane Doe"."""
    k = 0
    while k < len(items) - 1 and items[k].kind == "word" and not names.known(items[k].text):
        k += 1
    return items[k:]


_MAY_REMEMBERED = 1 << 16


class _Names:
    """Dictionary questions about one token."""

    __slots__ = ("_may", "_more", "data")

    def __init__(self, data: NameData) -> None:
        self.data = data
        self._may: dict[str, bool] = {}
        self._more: dict[str, bool] = {}

    def may_name(self, run: str) -> bool:
        """``_may_name``, remembered: runs repeat ("Inexact Rounded" in every line of a
        test file), and the answer depends only on the run."""
        found = self._may.get(run)
        if found is None:
            if len(self._may) >= _MAY_REMEMBERED:
                self._may.clear()  # bounded: memory stays flat over a whole repository
            found = self._may[run] = self._may_name(run)
        return found

    def _may_name(self, run: str) -> bool:
        """False only when no reading of the run can find a name in it: no word is a title,
        a Gaelic particle or a name in any form ``known`` reads. Every name in a run needs
        one (a title, a given name, or a known word where names are expected), and most
        runs in prose and code have none ("Return None If", "E WITH ACUTE")."""
        words = run.split()
        data = self.data
        if run.istitle() and "".join(words).isalpha():  # plain words: their own forms
            return not (data.given.isdisjoint(words) and data.surnames.isdisjoint(words)
                        and _TITLES.isdisjoint(words) and _GAELIC_PARTICLES.isdisjoint(words)
                        and not any(map(_surname_shaped, words[1:]))
                        and not any(not w.isascii() and self.known(w) for w in words))
        return any(w.rstrip(".") in _TITLES or w in _GAELIC_PARTICLES
                   or self.known(w, long_tail=True) for w in words)

    def given(self, token: str) -> bool:
        t = _norm(token)
        if t in self.data.given:
            return t.lower() not in _PARTICLES  # "El Salvador", "Le Pew": not given names
        if not t.isascii() and len(t) > 3 and ascii_fold(t) in self.data.given:
            # a known name with accents the lists do not spell: "Méabh", "Tòmas" (not a
            # short word of Irish, "Tá", "Dé", whose plain spelling a list holds)
            return True
        parts = t.split("-")
        # Mary-Jane; and a Korean name written with a hyphen, Hye-jin for Hyejin
        return len(parts) > 1 and (all(p in self.data.given for p in parts)
                                   or "".join(parts).title() in self.data.given)

    def surname(self, token: str, long_tail: bool = True) -> bool:
        """A surname; with ``long_tail``, the rarer ones too (see ``names_data``)."""
        t = _norm(token)
        if t in self.data.surnames or (long_tail and self._more_surname(t)):
            return True
        if not t.isascii() and len(t) > 3 and ascii_fold(t) in self.data.surnames:
            return True
        if _PREFIXED_SURNAME.fullmatch(t) is not None and t not in _PREFIXED_NOT_NAMES:
            return True
        if t[-1:] in ("a", "\u00e1") and any(
                m in self.data.surnames or (long_tail and self._more_surname(m))
                for m in _masculine(t)):
            return True
        parts = t.split("-")
        if len(parts) > 1 and parts[0].lower() in _ARTICLES:  # Al-Hashimi, Ul-Haq: the stem
            stem = "-".join(parts[1:])
            # "Al-" or "El-" joined to a capitalised stem makes an Arabic family name of
            # it (Al-Farsi, El-Gammal), if the stem is no English word
            return self.surname(stem, long_tail) or (
                long_tail and parts[0].lower() in ("al", "el") and len(parts) == 2
                and len(stem) >= 3 and stem.isalpha() and stem[0].isupper()
                and stem.lower() not in load_english())
        if len(parts) < 2 or any(p[:1].islower() for p in parts[1:-1]):
            # a small word between two capitals joins a place's name ("…-sur-…", "…-en-…"),
            # not a double-barrelled surname
            return False
        if len(parts) == 2 and parts[0] in ("Ap", "Ab") and parts[1][:1].isupper():
            # a Welsh patronymic joined as a surname ("Ap-Rhys", "Ab-Owen"): a father's name
            return parts[1] in self.data.surnames or parts[1] in self.data.given
        known = [p in self.data.surnames or p in self.data.given
                 or (long_tail and self._more_surname(p)) for p in parts]
        # Appiah-Kubi: a known surname joined to a name the lists do not hold, which is
        # no English word either.
        # Duff-Jones: a known surname last, after capitalised words, English ones too (the
        # lists leave out surnames that are words).
        return all(known) or (long_tail and any(known) and all(
            k or (len(p) > 2 and p.isalpha() and p.lower() not in load_english())
            for k, p in zip(known, parts, strict=True))) or (
            long_tail and known[-1] and parts[-1] in self.data.surnames
            and all(len(p) > 2 and p.isalpha() and p[0].isupper() and p[1:].islower()
                    and p not in NOT_A_PERSON_AFTER for p in parts[:-1]))

    def barrelled(self, token: str) -> bool:
        """A double-barrelled surname, where a given name stands before it: one part a
        common surname, the others capitalised words, English ones too ("<Word>-<Surname>",
        "<Surname>-<Word>"): the lists leave out the surnames that are words. (Not a
        verb's or an adverb's form: "<Surname>-Walking" is a phrase.)"""
        parts = _norm(token).split("-")
        surnames = self.data.surnames
        return 2 <= len(parts) <= 3 and any(p in surnames for p in parts) and all(
            len(p) > 2 and p.isalpha() and p[0].isupper() and p[1:].islower()
            and (p in surnames or not p.endswith(("ing", "ed", "ly"))) for p in parts)

    def _more_surname(self, name: str) -> bool:
        """Whether the long tail of surnames holds ``name``, remembered: a bisection of the
        list costs ~17 string probes, and a text asks about the same words again and again."""
        found = self._more.get(name)
        if found is None:
            if len(self._more) >= _MAY_REMEMBERED:
                self._more.clear()
            found = self._more[name] = name in self.data.more_surnames \
                or _surname_shaped(name)
        return found

    def known(self, token: str, long_tail: bool = False) -> bool:
        """A given name or a common surname: where a word only needs to look like a name
        (a run's first word, a label's object), the long tail is not worth a look."""
        return self.given(token) or self.surname(token, long_tail=long_tail)

    def weak(self, token: str) -> bool:
        """A name that is also a common English word (``Will``, ``Mark``, ``Hall``)."""
        return _norm(token) in self.data.words


# Endings that make a surname of a word no list holds, in the languages of large UK
# communities: Polish, Ukrainian, Russian and Bulgarian, Serbian and Croatian, Romanian,
# Lithuanian, Greek, Turkish, Georgian and Tamil ("Brzęczyszczykiewicz", "Hnatyuk",
# "Petkova", "Georgescu", "Petrauskaitė", "Papadopoulos", "Kumaraswamy"). Each is long
# enough that no common English word ends with it; and the word must be none.
_ENDINGS = (
    "wicz", "owski", "ewski", "owska", "ewska", "ński", "ńska", "nski", "nska", "czyk",
    "czak", "enko", "chuk", "czuk", "yuk", "iuk", "ovich", "evich", "ovna", "ova", "eva",
    "ović", "ević", "ovic", "evic", "escu", "eanu", "auskas", "auskienė",
    "auskiene", "aitė", "aite", "ienė", "ytė", "evičius", "avičius", "opoulos", "opoulou",
    "iadis", "idis", "akis", "oğlu", "oglu", "shvili", "adze", "swamy", "samy", "aswami",
    "anathan", "krishnan", "murthy", "moorthy", "alingam", "araman",
)
# Russian and Bulgarian men's surnames end -ov and -ev, as a few English words do
# ("improv"): only a longer word counts.
_SHORT_ENDINGS = ("ov", "ev")
# Yoruba and Igbo surnames open with a name of God or of a family's standing: Ade-,
# Olu-, Ogun-, Akin-, Oye- (Adeyemo, Ogunbiyi, Akinwale), and Igbo's Nw- (Nwankwo).
_OPENINGS = ("Adey", "Adeb", "Adew", "Adeo", "Adeg", "Olu", "Ogun", "Akin", "Oye", "Nw")


def _surname_shaped(name: str) -> bool:
    """A word the lists do not hold but whose ending (or opening) makes it a surname, and
    that is no English word: "Hnatyuk", not "Improv"."""
    if len(name) < 6 or not (name.endswith(_ENDINGS)
                             or name.startswith(_OPENINGS)
                             or (len(name) > 6 and name.endswith(_SHORT_ENDINGS))):
        return False
    return name.isalpha() and name.lower() not in load_english()


def _masculine(surname: str) -> tuple[str, ...]:
    """The forms a Slavic woman's surname takes for a man, which the lists hold:
    Przybylska → Przybylski, Nowicka → Nowicki, Nováková → Novák, Ivanova → Ivanov,
    Černá → Černý."""
    if surname.endswith(("ska", "cka", "zka")):
        return (surname[:-1] + "i",)
    if surname.endswith(("ova", "eva")):
        return (surname[:-1], surname[:-3])  # Ivanov; Novak, as Czech drops the accent
    if surname.endswith("ov\u00e1"):
        return (surname[:-3],)
    if surname.endswith("\u00e1") and len(surname) > 3:
        return (surname[:-1] + "\u00fd",)
    return ()


# A generation after a surname: "John Doe Jr" is still a placeholder.
_GENERATIONS = frozenset({"Jr", "Jnr", "Sr", "Snr", "Ii", "Iii"})


def is_placeholder(tokens: list[str]) -> bool:
    normed = [_norm(t).strip(".,") for t in tokens]
    while len(normed) > 1 and normed[-1] in _GENERATIONS:
        normed.pop()
    if any(t in PLACEHOLDER_WORDS for t in normed):
        return True
    if normed and normed[-1] in PLACEHOLDER_SURNAMES:
        return True
    if normed and "-" in normed[-1] and any(
            part in PLACEHOLDER_WORDS for part in normed[-1].split("-")):
        return True  # "<Given> <Surname>-Example"
    return len(normed) >= 2 and (normed[0], normed[-1]) in PLACEHOLDER_FULL


# --- spans --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    confidence: float
    suggestion: str = "Jane Doe"


def _name_span(items: list[Item], names: _Names, *, relaxed: bool,
               mode: Callable[[], float] | None = None, unknown: bool = False) -> Span | None:
    """A name made of all of ``items`` (a field value, a label's object), or None.

    Strict: a given name then a surname from the dictionaries, or a title and a name.
    Relaxed (a key or label says a person is named here): name-shaped words with at least
    one known name among them. With ``unknown`` (the context names a person outright: a
    full-name key, an author's trailer, ``Name <address>``), or after a title, words the
    lists do not know make a name too, when none is an English word (``_unknown_name``).
    """
    if not items or (items[-1].kind in ("particle", "initial") and len(items) > 1):
        return None
    titled = items[0].kind == "title"
    body = items[1:] if titled else items
    named = [i for i in body if i.kind in ("word", "caps")]
    if not named or any(i.kind == "title" for i in body):
        return None
    tokens = [i.text for i in items]
    if is_placeholder(tokens) or any(_norm(i.text) in ROLES for i in named):
        return None
    start, end = items[0].start, items[-1].end
    if titled and _honours_building(items, names):
        return None  # "Lady <Given> Hall" under a site's name: the college, a place
    if titled:
        # "Mr Bloggs" and "Dr Joe Bloggs"; "Dr Sender" and "Miss Rate" are not names.
        title = items[0].text.rstrip(".")
        if any(names.known(i.text) and i.kind == "word" for i in named) and (
                title in STRICT_TITLES or not all(names.weak(i.text) for i in named)):
            return Span(start, end, 0.85)
        if title in STRICT_TITLES and len(named) == 1 and named[0].kind == "word" \
                and "-" in named[0].text and names.barrelled(named[0].text):
            return Span(start, end, 0.8)  # "Mrs <Word>-<Surname>": a double-barrelled surname
        if title in STRICT_TITLES and named[-1].kind == "caps" \
                and len(named[-1].text) > 2 and names.surname(named[-1].text, long_tail=False):
            return Span(start, end, 0.8)  # "Mr DOE": a letter's or a case note's surname
        if title in STRICT_TITLES and (relaxed or (mode is not None and mode())
                                       or (len(named) >= 2 and _unknown_name(named, names))):
            return Span(start, end, 0.8)
        # "Mrs <Initial> <Surname>" at an address's head: a title and initials, then one
        # word that is a surname, or no English word, thing or place (one the lists do not
        # know)
        if title in STRICT_TITLES and len(body) > 1 and body[-1] is named[0] \
                and named[0].kind == "word" and all(i.kind == "initial" for i in body[:-1]) \
                and _titled_surname(named[0].text, names):
            return Span(start, end, 0.8)
        return None
    if len(named) == 1:
        word = named[0].text
        # (a town that stands alone, a language, a day: "From: York", not a given name)
        if relaxed and len(body) == 1 and names.given(word) and not names.weak(word) \
                and _norm(word) not in PLACES_ALONE:
            return Span(start, end, 0.7, "Jane")
        # "R. Thomas" under a signatory key: initials, then a known surname (or, where a
        # person is named outright, a word no English word, thing or place spells).
        if relaxed and len(body) > 1 and body[-1] is named[0] \
                and all(i.kind == "initial" for i in body[:-1]) \
                and (names.surname(word) or (unknown and _strange(word, names))):
            return Span(start, end, 0.8, "J. Doe")
        return None
    first, last = named[0].text, named[-1].text
    if names.given(first) and (_surname_at(items, items.index(named[-1]), names)
                               or names.barrelled(last)) and not (
            names.weak(first) and names.weak(last)):
        return Span(start, end, 0.85)
    if not relaxed:
        return None
    # Where a name is expected: two names ("Mark Hill:"), or one that is not also a common
    # word ("Grace Period:" is a heading) and stands where it would in a name: a given name
    # first or a surname last ("Secret Santa:" is not a person).
    known = [i for i in named if names.known(i.text)]
    if len(known) >= 2:
        return Span(start, end, 0.8)
    if len(known) == 1 and not names.weak(known[0].text) and (
            (known[0] is named[0] and names.given(first))
            or (known[0] is named[-1] and names.surname(last)
                # (not a short word in capitals, an acronym: "Material UI", "Ipsos MORI")
                and not (known[0].kind == "caps" and len(last) <= 4))) \
            and not _mostly_words(named, names):
        return Span(start, end, 0.8)
    # (there, names only the long tail knows are a name too: "<Surname> <Surname>", a given
    # name the census lists as a surname)
    if unknown and _unknown_name(named, names, known=True):
        return Span(start, end, 0.75)
    return None


# Words no list of English words holds that are still no one's name: mail robots, the
# services that send mail, and the names of tools that sign commits.
_NOT_NAME_WORDS = frozenset({
    "noreply", "donotreply", "admin", "administrator", "sysadmin", "bot", "robot", "mailer",
    "daemon", "postmaster", "webmaster", "hostmaster", "defra", "gov", "govuk", "hmrc", "dvla",
    "nhs", "github", "gitlab", "bitbucket", "dependabot", "renovate", "snyk", "jira", "azure",
    "devops", "sonarcloud", "codecov", "readme", "todo", "tbc", "tbd",
    # months and days, shortened
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    # a minister's or a peer's style before the name: "Rt Hon.", "the Hon."
    "rt", "hon",
})


def _titled_surname(word: str, names: _Names) -> bool:
    return (names.surname(word) or _strange(word, names)) and not names.weak(word)


# Around a title and a surname the lists do not know, what makes it plainly a person: a
# verb that takes one before it ("call Mrs <Surname> back", "spoke to Mr <Surname>"), or
# after it "back", a verb in the past or a possessive ("Mrs <Surname> rang", "Mr
# <Surname>'s claim"). ("The Mr <Word> van" is a brand's.)
_TITLED_VERB_BEFORE = lazy_regex(
    r"(?i)(?<![\p{L}'])(?:call|called|ring|rang|phone|phoned|email|emailed|contact|contacted"
    r"|ask|asked|tell|told|meet|met|visit|visited|remind|reminded|chase|chased|thank"
    r"|thanked|(?:spoke|speak|spoken|talk|talked|wrote|write|written|replied|reply|sent|send"
    r"|letter|writing)[ \t]+to|with|from|for|by|cc)[ \t]+\Z")
_TITLED_AFTER = lazy_regex(
    r"(?:['\u2019]s\b|[ \t]+(?:back\b|\p{Ll}+ed\b|says\b|said\b"
    r"|rang\b|wrote\b|came\b|phoned\b|called\b))")


def _plainly_a_person(text: str, start: int, end: int) -> bool:
    return _TITLED_VERB_BEFORE.search(text, max(0, start - 30), start) is not None \
        or _TITLED_AFTER.match(text, end) is not None


def _mostly_words(named: list[Item], names: _Names) -> bool:
    """Two or more English words beside one known name: a title or a codename ("Exercise
    Silver Birch:", "Project Blue Heron:"). One such word may be a given name that is also
    a word, before a surname."""
    if len(named) < 3:
        return False
    english = load_english()
    return sum(_norm(i.text).lower() in english and not names.known(i.text)
               for i in named) >= 2


def _unknown_name(named: list[Item], names: _Names, known: bool = False) -> bool:
    """Two to four name-shaped words, at least one of them no known name (or, with
    ``known``, all of them names), and none of those an English word or a word that names
    a thing: a name from abroad, but not "Natural England", "Platform Team" or "Hill Farm"."""
    if not 2 <= len(named) <= 4:
        return False
    english = load_english()
    strange = 0
    for item in named:
        word = _norm(item.text)
        if word in NOT_A_PERSON_AFTER or word in INSTITUTIONS:
            return False
        # a short word in capitals that is no common name is an acronym: "Power BI",
        # "Ipsos MORI"
        if item.kind == "caps" and len(item.text) <= 4 and not names.known(word):
            return False
        # A surname known only by its ending is one no list holds: it counts as strange.
        if names.known(word, long_tail=True) and not _surname_shaped(word):
            continue
        lower = word.lower()
        if len(word) < 2 or lower in english or lower in _NOT_NAME_WORDS:
            return False
        strange += 1
    return strange > 0 or known


def _surname_at(items: list[Item], j: int, names: _Names) -> bool:
    """``items[j]`` is a surname, or a father's given name after ``ap``, ``bin`` or ``Nic``."""
    word = items[j].text
    if names.surname(word):
        return True
    before = items[j - 1] if j > 0 else None
    if before is None or before.kind != "particle":
        return False
    return before.text in _GAELIC_PARTICLES or (before.text.lower() in PATRONYMICS
                                                 and names.given(word))


# Where a run can start: a capitalised word, title or initial (a capital, then a small
# letter, an apostrophe, a dot or a space: never a word in capitals), a space or a dot, and
# ahead a capital. Plain enough for the regex engine's fast path (ASCII text gets an ASCII
# pattern, about twice as fast); the full run is matched only where this hits.
# The next word is only looked at, not consumed: "URGENT Jane Doe" still starts a run at
# "Jane". It starts only at a word's start and reads a bounded word, so a long run of
# letters costs linear time, not quadratic.
# An apostrophe before it is an opening quote ('Jane Doe') unless a letter or digit is
# before that ("O'Neill" is one word).
_RUN_START = lazy_regex(
    rf"(?<![\p{{L}}\u2019-])(?<![\p{{L}}\p{{N}}]')\p{{Lu}}(?=[\p{{Ll}}'\u2019 .\t])"
    rf"[\p{{L}}'\u2019-]{{0,40}}[ .\t][ \t]?(?=\p{{Lu}}|{_PARTICLE}|{_JOINED}\p{{Lu}})")
_RUN_START_ASCII = lazy_regex(
    rf"(?<![A-Za-z-])(?<![A-Za-z0-9]')[A-Z](?=[a-z' .\t])[A-Za-z'-]{{0,40}}[ .\t][ \t]?"
    rf"(?=[A-Z]|{_PARTICLE}|{_JOINED}[A-Z])")
_NOT_BEFORE = frozenset("_@./\\$-")


def _mention(text: str, at: int) -> bool:
    """An @-mention of a person by name ("@Jane Doe to update …"), not an address or a
    decorator: the "@" opens a word, or an element's text (a wiki's or a chat's mention
    exported as HTML: ``<span class="user-mention">@Jane Doe</span>``)."""
    return text[at - 1] == "@" and (at < 2 or text[at - 2] in " \t\n([>")
_CAPITAL = lazy_regex(r"\p{Lu}")


# The ASCII start for RE2, which reads it several times faster but has no lookaround: the
# character before is consumed (or is the text's start), and so is what the lookahead would
# see; the group is what _RUN_START_ASCII consumes, and the next search starts at its end.
# Nor can a start follow a digit or ``_@./\\$`` (code, paths, addresses: _NOT_BEFORE).
_RUN_START_RE2 = (
    r"(?:^|[^A-Za-z0-9'_@./\\$-]|(?:^|[^A-Za-z0-9])'|(?:^|[ \t\n(\[>])@)"
    r"([A-Z](?:[a-z'][A-Za-z'-]{0,39})?[ .\t][ \t]?)"
    rf"(?:[A-Z]|(?:{'|'.join(sorted(_PARTICLES))})[ \t]+(?:(?:der|den|de|la|le)[ \t]+)?[A-Z]"
    rf"|{_JOINED}[A-Z])")


def _runs(locator: Locator, names: _Names, mode_at: _ModeFinder) -> Iterator[Span]:
    """Names inside runs of capitalised words: ``… reassigned to Joe Bloggs``."""
    text = locator.text.text
    code = locator.text.syntax in CODE
    for run in _run_matches(locator):
        if mode_at.authors or names.may_name(run.group()):
            items = _items(run.group(), run.start())
            if not code:
                yield from _scan_run(items, names, mode_at, text)
                continue
            found = list(_scan_run(items, names, mode_at, text))
            if not found and (span := _listed_in_code(text, items, names)):
                found.append(span)  # reviewers = [\n "<Given> <Unknown>",
            yield from found
        elif (at := run.start()) > 7 and text[at - 2] in _TAG_ENDS \
                and text[max(0, at - 16):at].endswith(_AUTHOR_TAGS):
            # (a character first: a text's own endswith() from an offset is slow where it
            # holds any letter past ASCII)
            yield from _tagged_author(_items(run.group(), at), names, text)


# A source file's tag for its author, in a comment or a docstring: what follows names a
# person outright, a name the lists do not know too ("@author <Given> <Surname>").
_AUTHOR_TAGS = ("@author ", "@author: ", "Author: ", "Authors: ", "Maintainer: ", "@maintainer ")
_TAG_ENDS = frozenset("r:")


def _tagged_author(items: list[Item], names: _Names, text: str) -> Iterator[Span]:
    k = 0
    while k < len(items) and k < 4 and items[k].kind in ("word", "caps", "initial", "particle"):
        k += 1
    if k < 2 or _organisation_after(items, k) or _a_thing_last(items[:k], names):
        return
    end = items[k - 1].end
    line_end = text.find("\n", end)
    if _AFTER_NAME.match(text[end:len(text) if line_end < 0 else line_end]) is None:
        return  # (the name ends its line, or an address or a note follows it)
    if (span := _name_span(items[:k], names, relaxed=True, unknown=True)) is not None:
        yield Span(span.start, span.end, max(span.confidence, 0.8), span.suggestion)


def _run_matches(locator: Locator) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The runs of capitalised words, left to right, not overlapping. A run never crosses
    a line break, so RE2 reads the ASCII lines and the regex engine only the others."""
    text = locator.text.text
    search = re2scan.search_for(_RUN_START_RE2, 1)
    lines = locator.ascii_lines() if search is not None else None
    if search is None or lines is None:
        yield from _run_matches_without_re2(text, 0, len(text), text.isascii())
        return
    runs = _re2_run_matches(text, lines.data, search)
    if not lines.others:  # an ASCII text: nothing to merge (merge costs ~1 us a run)
        yield from runs
        return
    others = chain.from_iterable(_run_matches_without_re2(text, start, end, False)
                                 for start, end in lines.others)
    yield from merge(runs, others, key=lambda run: run.start())


def _re2_run_matches(text: str, data: bytes, search: re2scan.Search) -> Iterator[re.Match[str]]:
    """The runs in the ASCII lines: RE2 finds where one can start, in ``data`` (see
    ``Locator.ascii_lines``), and the stdlib engine matches it there."""
    pos, size = 0, len(text)
    while (found := search(data, pos, size)) is not None:
        pos = found[1] - 1  # the character before the next start: a space, a tab or a dot
        # No timeout (it doubles the cost of this, the hottest call): a run of three items
        # always has a two-item prefix that matches, so a match fails only on a short run,
        # and runs never overlap; test_redos holds it to linear time on adversarial runs.
        run = _RUN_ASCII.match(text, found[0])
        if run is not None:
            pos = max(pos, run.end() - 1)  # a start inside the run is part of it
            yield run


def _run_matches_without_re2(text: str, start: int, end: int, plain: bool
                             ) -> Iterator[re.Match[str] | regex.Match[str]]:
    """``_run_matches`` in ``text[start:end]`` with the regex engine, for what RE2 cannot
    read (lines that are not ASCII, with their line break); ``plain`` when the whole text
    is ASCII."""
    match = _RUN_ASCII.match if plain else _RUN.match
    last = 0
    for hit in (_RUN_START_ASCII if plain else _RUN_START).finditer(text, start, end):
        at = hit.start()
        if at < last:
            continue
        before = text[at - 1] if at else " "
        if before.isalnum() or (before in _NOT_BEFORE and not _mention(text, at)):
            continue
        run = match(text, at, end)
        if run is not None:
            last = run.end()
            yield run


def _scan_run(items: list[Item], names: _Names, mode_at: _ModeFinder, text: str
              ) -> Iterator[Span]:
    n = len(items)
    i = 0
    while i < n:
        item = items[i]
        if item.text in _TURNED_TO_CAPITAL and i + 2 == n and items[i + 1].kind == "word" \
                and _given_alone(items[i + 1].text, names):
            # a sentence that asks or pings a given name alone ("Ask <given> before …"),
            # in a docstring as in a note
            yield Span(items[i + 1].start, items[i + 1].end, 0.75, "Jane")
            i += 2
            continue
        if item.text in _GREETINGS and i + 2 == n and items[i + 1].kind == "word" \
                and _given_alone(items[i + 1].text, names) \
                and _greets(text, item.start, items[i + 1].end):
            # a letter's greeting that a string opens ("Dear <given>,"), in code as in a note
            yield Span(items[i + 1].start, items[i + 1].end, 0.75, "Jane")
            i += 2
            continue
        if item.text in _GREETINGS and i + 3 == n and items[i + 1].kind == "word" \
                and items[i + 2].kind == "word" and _given_alone(items[i + 1].text, names) \
                and not names.surname(items[i + 2].text) \
                and not is_placeholder([items[i + 1].text, items[i + 2].text]) \
                and _unknown_name(items[i + 1:], names) \
                and _greets(text, item.start, items[i + 2].end):
            # ... and a given name and a surname the lists do not know ("Dear <given>
            # <unknown>,"): a greeting names its reader
            yield Span(items[i + 1].start, items[i + 2].end, 0.75)
            i += 3
            continue
        if item.kind == "title" and i + 1 < n:
            j = i + 1
            while j < n and j - i <= 4 and items[j].kind in ("word", "caps", "initial",
                                                               "particle"):
                j += 1
            while j > i + 1 and items[j - 1].kind in ("initial", "particle"):
                j -= 1
            # a thing named for a titled person: "… Museum", "… Standard Time", and a
            # place's or a firm's word after a given name and a surname ("Sir <Given>
            # <Surname> Gardens"; "Dr <Given> Park" is still a person)
            thing = any(_norm(it.text) in _TITLED_THINGS for it in items[i + 2:j]) \
                or any(_norm(it.text) in NOT_A_PERSON_AFTER for it in items[i + 3:j])
            if j >= i + 3 and (_honours_building(items[i:j], names) or (
                    item.text in _HONOURS
                    and (_INSTITUTION_AFTER.match(text, items[j - 1].end) is not None
                         or _LOCOMOTIVE_BEFORE.search(
                             text, max(0, item.start - 30), item.start) is not None))):
                i = j  # the building, not the given name and a surname in it
                continue
            if j > i + 1 and not thing and not _organisation_after(items, j) \
                    and not _institution_in(items, i + 2, j):
                span = _name_span(items[i:j], names, relaxed=False,
                                  mode=partial(mode_at, item.start))
                if span is None and j == i + 2 and items[i + 1].kind == "word" \
                        and item.text.rstrip(".") in STRICT_TITLES \
                        and _titled_surname(items[i + 1].text, names) \
                        and _plainly_a_person(text, item.start, items[i + 1].end):
                    # "Please call Mrs <Surname> back": a surname the lists do not know
                    span = Span(item.start, items[i + 1].end, 0.75)
                if span is not None:
                    yield span
                    i = j
                    continue
        elif item.kind == "word" and names.given(item.text):
            span, j = _given_then_surname(items, i, names, mode_at, text)
            if span is not None:
                yield span
                i = j
                continue
        elif item.kind == "word" and i + 1 < n and items[i + 1].kind == "word" \
                and len(items[i + 1].text) >= 6 and _surname_shaped(_norm(items[i + 1].text)) \
                and _unknown_name(items[i:i + 2], names) \
                and not _organisation_after(items, i + 2) \
                and not _thing_after(text, items[i + 1].end):
            # A given name no list holds before a surname whose ending makes it one
            # (a Ukrainian -yuk, a Bulgarian -ova).
            yield Span(item.start, items[i + 1].end, 0.75)
            i += 2
            continue
        elif item.text in FAMILY_FIRST:
            span, j = _family_then_given(items, i, names, mode_at, text)
            if span is not None:
                yield span
                i = j
                continue
        i += 1
    if items[0].kind == "initial":
        # "R. J. Fenwick" after a label: initials, then a surname
        if not any(it.kind == "word" and names.surname(it.text) for it in items[1:4]):
            return
    elif items[0].kind != "word" or not (mode_at.authors
                                         or any(names.known(it.text) for it in items[:4])):
        return
    relaxed = mode_at(items[0].start)
    if not relaxed and items[0].kind == "initial":
        if (span := _initials_doing(items, names, text)) is not None:
            yield span
        return
    if relaxed:
        k = 0
        while k < n and k < 4 and items[k].kind in ("word", "caps", "initial", "particle"):
            k += 1
        if k >= 2 and not _organisation_after(items, k) and not _a_thing_last(items[:k], names):
            # (an AUTHORS file's line is a person's name outright, as a trailer's is)
            span = _name_span(items[:k], names, relaxed=True, unknown=mode_at.authors)
            if span is not None:
                yield Span(span.start, span.end, max(span.confidence, relaxed), span.suggestion)


# A copyright notice's holder, a given name and a surname after its years: "Copyright ©
# <year> <Given> <Surname>. All rights reserved." (Xcode's header, a licence's first line),
# a holder the lists do not know too; a firm, a foundation or English words are not one.
_COPYRIGHT = lazy_regex(
    r"Copyright(?:[ \t]+(?:\([cC]\)|\u00a9))?[ \t]+\d{4}(?:[ \t]*[-,\u2013][ \t]*\d{4})*,?"
    rf"[ \t]+(?:by[ \t]+)?(?P<name>{_WORD}[ \t]{_WORD})(?=[ \t]*(?:[.,;<(]|$))", regex.M)


# A notice opens its file (a header's comment, a licence's first lines): only the head is
# searched, as a search of every text would cost a pass over all of it.
_NOTICE_REACH = 2000


def _copyright_holders(text: str, names: _Names) -> Iterator[Span]:
    at = text.find("Copyright", 0, _NOTICE_REACH)
    while at >= 0:
        m = _COPYRIGHT.match(text, at)
        at = text.find("Copyright", at + 9, _NOTICE_REACH)
        if m is None:
            continue
        items = _items(m.group("name"), m.start("name"))
        if len(items) == 2 and not _organisation_after(items, 2) \
                and (span := _name_span(items, names, relaxed=True, unknown=True)) is not None:
            yield span


def _initials_doing(items: list[Item], names: _Names, text: str) -> Span | None:
    """Initials with their dots and a surname the lists know, no English word, that do a
    thing in prose: "<G>. <Surname> approved", "<G>.<G>. <Surname> to circulate", "with
    <G>. <Surname>"."""
    k = 0
    while k < len(items) and k < 3 and items[k].kind == "initial" \
            and items[k].text.endswith("."):
        k += 1
    if k == 0 or k >= len(items) or items[k].kind != "word" \
            or (k + 1 < len(items) and items[k + 1].kind in ("word", "caps", "initial")):
        return None
    word = items[k].text
    # (two initials run together, "<G>.<G>.", are a name's shape enough for a surname
    # only the long tail knows)
    if not names.surname(word, long_tail=k >= 2) or names.weak(word) \
            or word.lower() in load_english():
        return None
    start, end = items[0].start, items[k].end
    if _plainly_a_person(text, start, end) or _ACTION_AFTER.match(text, end) is not None:
        return Span(start, end, 0.8, "J. Doe")
    return None


# A letter's or an email's greeting that opens a string, or a line of one (after a line
# break or its escape): "Dear <Given>,", "Hello <Given>\n" and the body, as a template or
# a test's expected mail writes it in code. Only before the comma, or the line break and
# the body, that end a greeting: "Dear {name},", and a string of a greeting alone, name no
# one. (Read in the runs of capitalised words: no pass of its own over the code.)
_GREETINGS = frozenset({"Dear", "Hello", "Hi", "Hey", "Annwyl", "Helo"})
_GREETING_OPENS = ("\"", "'", "`", "\\n", "\n")
_GREETING_ENDS = lazy_regex(r"[ \t]*(?:,|(?:\\n|\n)++[ \t]*[^\s\"'`\\])")


def _greets(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    head = text[max(line_start, start - 40):start].rstrip(" \t")
    return (not head or head.endswith(_GREETING_OPENS)) \
        and _GREETING_ENDS.match(text, end) is not None


# The words that open a sentence turning to someone (see ``_TURNED_TO``), capitalised.
_TURNED_TO_CAPITAL = frozenset({"Ask", "Ping", "Cc", "Thanks"})


def _given_then_surname(items: list[Item], i: int, names: _Names, mode_at: _ModeFinder,
                        text: str) -> tuple[Span | None, int]:
    n = len(items)
    best = -1
    for j in range(i + 1, min(n, i + 4)):
        it = items[j]
        if it.kind == "word" and _surname_at(items, j, names):
            best = j
        elif it.kind == "caps" and _caps_surname(items, j, names):
            best = j  # "Jane DOE": forms, case notes and letters write the surname so
            break
        if not (it.kind in ("initial", "particle") or (it.kind == "word"
                                                         and names.given(it.text))):
            if best < 0 and _unknown_middle(items, j, names):
                continue
            break
    if best < 0 or _organisation_after(items, best + 1) \
            or _thing_after(text, items[best].end):
        return None, i + 1
    if _firm_ahead(items, best + 1, text):
        return None, best + 1
    given, surname = items[i].text, items[best].text
    # "Grace Park" is a place, but not in a list of attendees
    if given.endswith(_POSSESSIVE) or (_norm(surname) in NOT_A_PERSON_AFTER
                                       and not mode_at(items[i].start)):
        return None, i + 1
    # ... and so is a street named for someone, its type a word a surname spells too
    # ("<Given> <Surname> Lane", "… Hill", "… Green")
    # (or a surname the lists do not know between: "<Given> <Unknown> Green")
    if best + 1 < n and items[best + 1].kind == "word" \
            and _norm(items[best + 1].text) in STREET_WORDS and not mode_at(items[i].start):
        return None, best + 2
    if best > i + 1 and _norm(surname) in STREET_WORDS and items[best - 1].kind == "word" \
            and not names.given(items[best - 1].text) and not mode_at(items[i].start):
        return None, best + 1
    # ... and a given name alone before one, after a preposition that puts it as a place
    # ("flooding on <Given> Lane", "warning for <Given> Hill.")
    if best == i + 1 and _norm(surname) in STREET_WORDS and not mode_at(items[i].start) \
            and _on_a_street(text, items[i].start, items[best].end):
        return None, best + 1
    # "Per" before a possessive is the preposition: "Per Dijkstra's note", "Per Morgan's
    # review" (a given name there is found as a request's)
    if given == "Per" and best == i + 1 and surname.endswith(_POSSESSIVE):
        return None, i + 1
    # ... and before a given name and a surname: "Per Gwen Doe, the cap is 100" names the
    # person from the second word on
    if given == "Per" and best > i + 1 and items[i + 1].kind == "word" \
            and names.given(items[i + 1].text) and not names.weak(items[i + 1].text):
        return None, i + 1
    # French "Les" before a plural noun that only the census lists as a surname ("the
    # woods", "the hills": a place), not a name; before a common surname or a given name it
    # is one (the short form of Leslie)
    if given == "Les" and best == i + 1 and surname.endswith(("s", "x")) \
            and not names.surname(surname, long_tail=False) and not names.given(surname):
        return None, i + 1
    # Haitian Creole "Nan" ("in") opens a sentence of a text in Creole, before a place (a
    # line with two more of its small words says so)
    if given == "Nan" and _in_creole(text, items[i].start):
        return None, i + 1
    # A surname that the lists know first as a given name ("Lennox", from the census) after
    # a word that is also an English one is two given names, or a word and a name: "Will
    # Sarah come", "Per Barbara Liskov".
    if names.given(surname) and not names.surname(surname, long_tail=False) \
            and (names.weak(given) or given.lower() in load_english()):
        return None, i + 1
    tokens = [it.text for it in items[i:best + 1]]
    if is_placeholder(tokens) or _place(text, items[i].start, items[best].end, mode_at) \
            or _named_for(text, items[i].start, items[best].end, _norm(surname), mode_at):
        return None, best + 1
    confidence = 0.8
    if names.weak(given) and names.weak(surname):
        # "Will Power", "Mark Hall": a name only where a name is expected.
        context = mode_at(items[i].start) or _name_only_line(text, items[i].start,
                                                              items[best].end) \
            or _action_owner(text, items[i].start, items[best].end)
        if not context:
            return None, i + 1
        confidence = 0.7
    return Span(items[i].start, items[best].end, confidence), best + 1


# The word before a street's name, where a street is meant: on it, at it, along it, near
# it, or a weather or flood warning for it ("… warning for <Given> Lane").
_ON_A_STREET = frozenset({"on", "at", "along", "off", "near", "nr", "via", "into", "onto",
                          "down", "up", "opposite", "outside", "past"})
_WARNINGS = frozenset({"warning", "warnings", "alert", "alerts", "closure", "closures",
                       "diversion", "diversions"})


def _on_a_street(text: str, start: int, end: int) -> bool:
    if text.startswith(("'", _RSQUO), end) or text[start:end].endswith(_POSSESSIVE):
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - 60)
    before = text[line_start:start].lower().split()
    if not before or not text[start - 1:start].isspace():
        return False
    if before[-1] in _ON_A_STREET:
        return len(before) < 2 or before[-2] not in _ON_A_PERSON
    if _HOUSE_NUMBER.fullmatch(before[-1]):  # "1 <Given> Lane, <town>": an address's street
        return True
    return before[-1] == "for" and len(before) > 1 and before[-2] in _WARNINGS


# A house's number (not a list's, "1."): 1, 14a, 221b, 3-5
_HOUSE_NUMBER = lazy(r"\d{1,4}[a-z]?(?:-\d{1,4}[a-z]?)?")


# Haitian Creole's commonest small words (pronouns, prepositions, tense and negation):
# two of them on a line say it is Creole.
_CREOLE_WORDS = lazy(r"(?<![\w'])(?:li|yo|mwen|nou|pou|ak|nan|gen|pa|te|ap|se|sa)(?![\w'])")


def _in_creole(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = {m.group() for m in _CREOLE_WORDS.finditer(text, start, len(text) if end < 0
                                                       else end)}
    return len(words) >= 2


# Villages and towns read as names (a given name and a surname) and no list of them
# ships, so their context says it: after a place's preposition ("near", "via") or a
# label for places ("Sites visited:"), and the rest of a list one heads ("near A, B and C").
# "in" after a verb that takes a person ("copied in", "loop in") is not a place's.
_PLACE_WORD = r"\p{Lu}[\p{L}'\u2019.-]*+(?:[ \t]++(?:\p{Lu}[\p{L}'\u2019.-]*+|le|la|en|on|upon" \
              r"|under|in|by|the|cum|next|sub)(?!\p{L}))*+"
_PLACE_LIST = (rf"(?:{_PLACE_WORD}(?:[ \t]*+,[ \t]*+(?:(?:and|or)[ \t]++)?"
               r"|[ \t]++(?:and|or|&)[ \t]++))*+")
# ... but not a visit's, an inspection's or a person's label about a site ("Site visit:",
# "Site contact:"): who visited, inspected or looks after it follows.
_BY_A_PERSON = frozenset({
    "visit", "visits", "visitor", "visitors", "inspection", "inspections", "inspector",
    "inspectors", "audit", "audits", "auditor", "auditors", "contact", "contacts", "manager",
    "managers", "lead", "leads", "owner", "owners", "officer", "officers", "meeting",
    "meetings", "attendee", "attendees", "rep", "reps"})
_PLACE_BEFORE = lazy_regex(
    r"(?<![\p{L}'])(?:(?P<prep>(?i:near|nr\.?|around|outside|towards?|via|in))"
    # a flood or weather warning's area: "Flood alert for <Place>, <Place>"
    r"|(?i:(?:flood|weather|severe|storm|rain|wind|snow|ice|fog|heat|thunderstorm|yellow"
    r"|amber)[ \t]+(?:alert|warning)s?(?:[ \t]+(?:in[ \t]+force|issued|updated|extended))?"
    r"[ \t]+for)"
    r"|(?i:sites?|locations?|villages?|towns?|places?|parish(?:es)?|venues?|catchments?)"
    rf"(?:[ \t]+(?P<what>\p{{L}}+))?[ \t]*:)[ \t]+{_PLACE_LIST}\Z")
# Verbs that take a person before "in": "copied in Sarah", "loop in Tom".
_IN_A_PERSON = frozenset({
    "copy", "copied", "cc", "cc'd", "loop", "looped", "bring", "brought", "rope", "roped",
    "call", "called", "fill", "filled", "sign", "signed", "log", "logged", "check", "checked",
    "pop", "popped", "keep", "kept", "put", "include", "included", "involve", "involved",
    "interested", "believe", "trust", "confide", "hand", "handed", "send", "sent",
})


def _place(text: str, start: int, end: int, mode_at: _ModeFinder) -> bool:
    """Whether the name at ``text[start:end]`` is a place by what is before it, with no
    possessive after it ("in Jane Doe's claim") and no label naming a person."""
    if text.startswith(("'", _RSQUO), end) or text[start:end].endswith(_POSSESSIVE):
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - 200)
    # What must be just before: a place word, a label's colon, or a list's comma or "and".
    before = text[max(line_start, start - 12):start].rstrip()
    if not before or not (before.endswith((",", ":", "&"))
                          or before.rsplit(None, 1)[-1].lower() in _PLACE_LAST):
        return False
    head = _PLACE_BEFORE.search(text, line_start, start)
    if head is None or mode_at(start) or (head.group("what") or "").lower() in _BY_A_PERSON:
        return False
    if head.group("prep") in ("in", "In"):
        verb = text[line_start:head.start()].split()
        if verb and verb[-1].lower() in _IN_A_PERSON:
            return False
    # After a comma, only inside a list that goes on: "in Leeds, Jane Doe met …" is not.
    return not text[line_start:start].rstrip().endswith(",") \
        or _LIST_GOES_ON.match(text, end) is not None


# A hospital's ward named for someone ("admitted to … Ward", "on … Ward, bay 4"): one is
# "on" a ward; one is admitted to, moved to or discharged from one where the line speaks of
# a patient's care; a bay, a bed or a hospital follows one. "Ward" is a common surname, so
# only then, and only where a preposition puts it as a place ("spoke to … Ward at the
# clinic", "assigned to … Ward" are people).
_WARD_BEFORE = lazy_regex(
    r"(?<![\p{L}'])(?:(?P<on>(?i:on|onto))|(?i:to|from|into|in|at))"
    r"[ \t]+\Z")
_CARE_WORDS = lazy_regex(
    r"(?i)\b(?:patients?|admitted|readmitted|admission|discharged?|nursed|bay|beds?|side[ ]room"
    r"|hospital|infirmary|appointments?|clinic|NHS|ICU|HDU|A&E|consultant|nurses?|sister"
    r"|matron|ward[ ]round)\b")
# What a patient's move or visit is (before the preposition), and what follows a ward.
_TO_A_WARD = frozenset({"admitted", "readmitted", "transferred", "moved", "discharged",
                        "returned", "nursed", "appointment", "appointments", "stepped"})
_AFTER_A_WARD = lazy_regex(
    r"[ \t]*,?[ \t]*(?:(?i:bay|beds?|side[ ]room)\b"
    r"|(?:\p{Lu}\p{Ll}+[ \t]+){1,3}(?:Infirmary|Hospital)\b)")
# A ward's own nouns, straight after "<Name> Ward" with no comma or possessive: the name
# is the ward's, as a noun's modifier ("book … Ward visit", "… Ward round", "… Ward staff");
# a person's would take an "'s" ("… Ward's visit").
_WARD_NOUN_AFTER = lazy_regex(
    r"[ \t]+(?:visits?|visiting|rounds?|staff|nurses?|sister|clerk|rota"
    r"|handover|beds?|bays?)\b")
# Who is waited on, signed off on or commented on is a person: "on" then means no ward.
_ON_A_PERSON = frozenset({"waiting", "wait", "waited", "off", "comment", "commented", "depend",
                          "depends", "rely", "relies", "call", "called", "check", "checked",
                          "pass", "passed", "hand", "handed", "focus", "report"})


# A vessel's prefix: what follows it is a ship's or a boat's name ("the MV <Given>
# <Surname>", "RRS <Given> <Surname>"), in capitals and before the name.
_SHIP_PREFIX = lazy(r"(?<![\w-])(?:HMS|HMY|HMC|RMS|RRS|RFA|RNLB|MV|MS|SS|FV|HMCS|HMAS|HMNZS|USS"
                    r"|NRV|RV)[ \t]+\Z")


def _named_for(text: str, start: int, end: int, surname: str, mode_at: _ModeFinder) -> bool:
    """The name at ``text[start:end]`` names a thing after a person: "the" before it (a
    ship, a building, a room: "the … room"), a vessel's prefix (``MV``, ``RNLB``), or a
    hospital's ward (see ``_WARD_BEFORE``); not after a label for people, nor before a
    possessive."""
    if text.startswith(("'", _RSQUO), end) or text[start:end].endswith(_POSSESSIVE):
        return False
    head = text[max(0, start - 40):start]
    the = (head[-4:].lower() == "the " and (len(head) == 4 or not head[-5].isalnum())) \
        or (head[-2:-1].isupper() and _SHIP_PREFIX.search(head) is not None) \
        or (head[-6:] == "Royal " and (len(head) == 6 or not head[-7].isalnum()))
    # (no one's name follows "Royal": a hall's, a hospital's, an infirmary's does)
    if not the and surname != "Ward":
        return False
    if mode_at(start):
        return False
    if the:
        return True
    if _WARD_NOUN_AFTER.match(text, end) is not None:
        return True
    before = _WARD_BEFORE.search(head)
    if before is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if before.group("on") is not None:
        verb = head[:before.start()].split()[-1:]
        return not verb or verb[0].lower() not in _ON_A_PERSON
    if _AFTER_A_WARD.match(text, end) is not None:
        return True
    verb = head[:before.start()].split()[-1:]
    return bool(verb) and verb[0].lower() in _TO_A_WARD \
        and _CARE_WORDS.search(line) is not None


_LIST_GOES_ON = lazy_regex(r"[ \t]*(?:,|(?:and|or|&)[ \t])")
_PLACE_LAST = frozenset({"near", "nr", "nr.", "around", "outside", "toward", "towards", "via",
                         "in", "and", "or", "for"})


# Chinese, Vietnamese and Korean surnames, written before the given name, as at home:
# the common ones that are no given name and no English word.
FAMILY_FIRST = frozenset({
    "Zhang", "Wang", "Liu", "Chen", "Huang", "Zhao", "Zhou", "Xu", "Zhu", "Guo", "Luo",
    "Zheng", "Liang", "Xie", "Tang", "Deng", "Feng", "Cao", "Peng", "Zeng", "Tian", "Dong",
    "Yuan", "Cai", "Jiang", "Cheng", "Ding", "Shen", "Yao", "Qian", "Liao", "Nguyen", "Tran",
    "Pham", "Phan", "Dang", "Bui", "Ngo", "Truong", "Huynh", "Choi", "Jung", "Kang", "Yoon",
    "Jang",
})


def _family_then_given(items: list[Item], i: int, names: _Names, mode_at: _ModeFinder,
                       text: str) -> tuple[Span | None, int]:
    """A family name first (``FAMILY_FIRST``), then one or two given names."""
    j = i + 1
    while j < len(items) and j <= i + 2 and items[j].kind == "word" \
            and names.given(items[j].text) and not names.weak(items[j].text):
        j += 1
    if j == i + 1 or _organisation_after(items, j) or _thing_after(text, items[j - 1].end) \
            or _firm_ahead(items, j, text) or is_placeholder([it.text for it in items[i:j]]) \
            or _place(text, items[i].start, items[j - 1].end, mode_at):
        return None, i + 1
    return Span(items[i].start, items[j - 1].end, 0.75), j


def _caps_surname(items: list[Item], j: int, names: _Names) -> bool:
    """``items[j]``, in capitals after a given name, is a common surname, alone in capitals
    (not a heading's run, "… LINE CLOSURES"), nor a word that makes a thing of the name."""
    word = _norm(items[j].text)
    return len(word) > 2 and names.surname(word, long_tail=False) \
        and word not in NOT_A_PERSON_AFTER \
        and (j + 1 >= len(items) or items[j + 1].kind != "caps")


def _unknown_middle(items: list[Item], j: int, names: _Names) -> bool:
    """``items[j]`` is a middle name the lists do not know, between a given name and a
    surname: no known name, no English word (a Cornish or Bengali middle name, but not
    "Jane Report Doe")."""
    item = items[j]
    if item.kind != "word" or j + 1 >= len(items) or items[j + 1].kind != "word" \
            or item.text.endswith(_POSSESSIVE) or not _surname_at(items, j + 1, names):
        return False
    word = _norm(item.text)
    lower = word.lower()
    return len(word) > 3 and not names.known(word, long_tail=True) \
        and lower not in load_english() \
        and lower not in _NOT_NAME_WORDS and word not in NOT_A_PERSON_AFTER


def _organisation_after(items: list[Item], j: int) -> bool:
    """An organisation's or a place's word after the name, or a common word and an
    institution's ("… Medical Centre", "… Community School")."""
    if j >= len(items):
        return False
    word = _norm(items[j].text)
    return word in NOT_A_PERSON_AFTER or (
        j + 1 < len(items) and items[j].kind == "word" and word.lower() in load_english()
        and _norm(items[j + 1].text) in INSTITUTIONS)


# A company's legal form, which ends its name (title case, as a word in capitals is read).
_LEGAL_FORMS = frozenset({"Ltd", "Limited", "Plc", "Llp", "Llc", "Inc", "Incorporated", "Corp",
                          "Corporation", "Company", "Gmbh"})
_FIRM_TAIL = lazy_regex(
    r"[ \t]*,?[ \t]+(?:Ltd|Limited|LTD|LIMITED|Plc|PLC|LLP|LLC|Inc|Corp|GmbH)\b")


def _firm_ahead(items: list[Item], j: int, text: str) -> bool:
    """Up to four more capitalised words after a name that end in a company's legal form,
    in the run or just after it: the name opens a firm's ("… Liang Cai Technology Company
    Limited", "… Endeavor Entertainment, LLC")."""
    k = j
    while k < len(items) and k - j < 4 and items[k].kind in ("word", "caps"):
        if _norm(items[k].text) in _LEGAL_FORMS:
            return True
        k += 1
    return k > j and _FIRM_TAIL.match(text, items[k - 1].end) is not None


# Words that end an institution's name and are no one's surname: a title and a name before
# one name a school or a charity ("Lady Margaret School", "Sir John Cass Primary").
INSTITUTIONS = frozenset({
    "School", "Schools", "Primary", "Infants", "Junior", "Juniors", "Nursery", "Grammar",
    "Academy", "College", "University", "Institute", "Hospital", "Hospice", "Infirmary",
    "Surgery", "Clinic", "Trust", "Foundation", "Charity", "Society", "Fund", "Centre",
    "Center", "Library", "Museum", "Gallery", "Theatre", "Almshouses", "Cathedral", "Church",
    "Chapel", "Memorial", "Homes", "Estate", "Estates", "Ltd", "Limited", "Plc", "PLC", "LLP",
    "Partnership", "Associates", "Holdings", "Prize", "Award", "Lecture", "Fellowship",
    "Scholarship", "Laboratory", "Observatory",
})


def _institution_in(items: list[Item], start: int, end: int) -> bool:
    return any(_norm(it.text) in INSTITUTIONS for it in items[start:end])


# Words no surname spells that make a titled person's name a thing's, even inside the run
# of capitalised words: "Lord … Standard Time", "the Sir … Museum".
_TITLED_THINGS = frozenset({
    "Standard", "Daylight", "Time", "Museum", "Gallery", "Library", "Institute", "Hospital",
    "School", "College", "University", "Foundation", "Trust", "Award", "Prize", "Lecture",
    "Memorial", "Fund", "Centre", "Center", "Academy", "Island", "Islands",
})


# An honour's title and a given name alone before a building's word that surnames spell
# too name the building or the college: "Lady <Given> Hall", "Sir <Given> House". (With
# a surname between, or after "Dr", it is a person: "Dr <Given> Hall".)
_HONOURS = frozenset({"Sir", "Dame", "Lady", "Lord"})
# What is named for a knight or a dame, in lower case after the name: "Sir <Given>
# <Surname> school" (a Mr's or a Dr's "hospital visit" is still theirs).
_INSTITUTION_AFTER = lazy_regex(
    r"[ \t]+(?:schools?|academy|college|hospital|hospice|library|museum|institute|centre"
    r"|center|trust|foundation|almshouses?"
    # a locomotive or a boat named for a knight: "the Sir <Given> <Surname> locomotive"
    r"|locomotives?|locos?|engines?|steamers?|steamships?|paddle|lifeboats?|vessels?)\b")
# ... and the locomotive before it, its running number maybe between: "loco 4498 Sir …".
_LOCOMOTIVE_BEFORE = lazy_regex(
    r"(?i)\b(?:locomotives?|locos?|engines?)(?:[ \t]+(?:no\.?[ \t]*)?\d{2,6})?[ \t]+\Z")
_BUILDINGS = frozenset({"Hall", "Halls", "House", "Court", "Lodge", "Manor", "Tower", "Mill",
                        "Building", "Buildings", "Chambers", "Wing", "Park", "Gardens",
                        "Chapel", "Cottage", "Cottages", "Quad", "Quadrangle"})


def _honours_building(items: list[Item], names: _Names) -> bool:
    return len(items) >= 3 and items[0].text in _HONOURS and items[1].kind == "word" \
        and _norm(items[2].text) in _BUILDINGS and names.given(items[1].text)


# A noun after a name that makes the name the name of a place or a thing: "the Melton
# Mowbray office", "Jack Russell terriers", "a Fisher Yates shuffle", and a variety or
# breed by what it is: "Arthur Turner apples", "Kerry Hill ewes".
_THING_AFTER = lazy_regex(
    r"[ \t]+(?:office|offices|depots?|sites?|stations?|branch|campus|estate|farm|terriers?"
    r"|spaniels?|bridge|building|wing|suite|room|rooms"
    r"|shuffle|algorithm|distribution|matching|theorem|transform|method|equation"
    r"|apples?|pears?|plums?|cherr(?:y|ies)|potato(?:es)?|roses?|tulips?|trees?|seedlings?"
    r"|variety|varieties|cultivars?|breeds?|sheep|ewes?|rams?|tups?|lambs?|cattle|cows?"
    r"|bulls?|heifers?|steers?|calves|pigs?|sows?|hens?|chickens?|ponies|pony|horses?"
    r"|dogs?|hounds?|collies)\b"
    # a company's legal form, which the run of capitalised words stops short of
    r"|[ \t]+(?:GmbH|AG|KG|GbR|OHG|SpA|Srl|SARL|BV|NV|Oy|Kft|Pty|Pvt|LLC)\b"
    r"|[ \t]+(?:S\.A\.|S\.p\.A\.|s\.r\.l\.|B\.V\.|N\.V\.)")


# A river's or a site's works and instruments, as a flood or water team's notes name them
# after a place ("<Place> gauge", "<Place> pumping station"): a word after the name.
_WORKS_AFTER = frozenset({
    "gauge", "gauges", "weir", "weirs", "sluice", "sluices", "culvert", "culverts", "outfall",
    "outfalls", "reservoir", "reservoirs", "catchment", "catchments", "telemetry", "pumping",
    "floodgate", "floodgates", "flood"})
_WORKS_THEN = frozenset({"station", "stations", "gate", "gates", "defence", "defences",
                         "alleviation", "storage"})


def _thing_after(text: str, end: int) -> bool:
    if _THING_AFTER.match(text, end) is not None:
        return True
    if text[end:end + 1] not in (" ", "\t"):
        return False
    after = [w.rstrip(".,;:)!?") for w in text[end:end + 40].split(None, 2)]
    if not after or after[0] not in _WORKS_AFTER:
        return False
    # "pumping" and "flood" only before their works: "<Place> pumping station"
    return after[0] not in ("pumping", "flood") \
        or (len(after) > 1 and after[1] in _WORKS_THEN)


# A name-shaped value under one of these keys names a place, a maker or a thing (a town
# named like a person, a trailer maker, a breed of dog).
THING_KEYS = frozenset({
    "town", "city", "village", "county", "place", "location", "locality", "station",
    "site", "street", "road", "region", "district", "parish", "ward", "area", "constituency",
    "manufacturer", "make", "brand", "vendor", "supplier", "company", "organisation",
    "organization", "business", "employer", "model", "product", "breed", "venue", "building",
    "office", "depot", "catchment", "river", "watercourse", "waterbody", "reservoir", "lake",
    "wood", "woodland", "forest", "hill", "field", "landmark", "feature", "habitat", "room",
    "species", "variety", "cultivar", "crop", "plant", "tree", "animal", "pet", "dog", "horse",
    "herd", "flock", "vessel", "boat", "ship", "school", "hospital", "country", "nation",
    "branch", "train", "locomotive", "loco", "storm", "racecourse", "aircraft",
    # livestock, and a pedigree's parents: a herd's records name animals ("dam_name")
    "animals", "pets", "dogs", "horses", "cattle", "sheep", "livestock", "cow", "cows",
    "bull", "bulls", "calf", "calves", "heifer", "ewe", "ewes", "ram", "mare", "stallion",
    "foal", "pony", "dam", "sire",
})


# Map files name places and features: a GeoJSON feature's ``properties.name``, a KML
# placemark's or a GPX waypoint's ``<name>`` is a place (``author`` names a person there).
GEO_SUFFIXES = (".geojson", ".topojson", ".kml", ".gpx")


@lru_cache(maxsize=1024)
def thing_key(key: str, geo: bool = False) -> bool:
    """Whether a key names a place or a thing: one of its words is in ``THING_KEYS`` and
    none says a person (``field_name`` is a thing, ``field_officer`` a person), or it is a
    map feature's name."""
    ws = words(key).split()
    if any(w in _PERSON_KEY_WORDS for w in ws):
        return False
    return any(w in THING_KEYS for w in ws) or (geo and ws[-1:] in (["name"], ["title"]))


def is_geo(path: str) -> bool:
    return path.lower().endswith(GEO_SUFFIXES)


# A ``<name>`` element's text in KML or GPX read as plain text, unless an author's.
_GEO_NAME_TAG = lazy_regex(r"(?<!<(?:\w+:)?author>\s*)<(?:\w+:)?name>(?:<!\[CDATA\[)?\s*\Z")


_GEO_AUTHOR_TAG = lazy_regex(r"<(?:\w+:)?author>\s*<(?:\w+:)?name>(?:<!\[CDATA\[)?\s*\Z")


def _not_geo_names(locator: Locator, spans: list[Span]) -> list[Span]:
    text = locator.text.text
    return [s for s in spans
            if _GEO_NAME_TAG.search(text, max(0, s.start - 80), s.start) is None]


# A table's columns that say its rows are animals: its "name" column is theirs (a herd's
# register: ear tag, breed, dam and sire).
_ANIMAL_COLUMNS = lazy_regex(r"(?i)(?:^|[,\t])[\"']?(?:breed|ear[ _-]?tag)[\"']?"
                                r"(?=[,\t\r]|$)")


def _animals_name(locator: Locator, f: Field) -> bool:
    """A ``name`` column of a CSV whose header says its rows are animals."""
    if locator.text.syntax not in ("csv", "tsv") or f.key.strip().lower() != "name":
        return False
    text = locator.text.text
    return _ANIMAL_COLUMNS.search(text, 0, max(0, text.find("\n"))) is not None


# An issue tracker's export (Jira's "Issue key", Azure DevOps' "Work Item Type"): its
# columns of people hold people, a "Reporter" or a "Creator" as much as an "Assignee", and
# so do its "Watchers" and "Assigned To". (Elsewhere a reporter or a creator may be a tool.)
_TRACKER_COLUMNS = lazy_regex(r"(?i)(?:^|[,\t;|])[\"']?(?:issue[ _]key|issue[ _]id"
                                 r"|work[ _]item[ _](?:id|type))[\"']?(?=[,\t;|\r]|$)")
_TRACKER_PEOPLE = frozenset({"watcher", "watchers", "assigned to"})


def _a_trackers_export(locator: Locator) -> bool:
    """The text is an issue tracker's CSV export: its header names its issues."""
    if locator.text.syntax not in ("csv", "tsv"):
        return False
    text = locator.text.text
    return _TRACKER_COLUMNS.search(text, 0, max(0, text.find("\n"))) is not None


def _trackers_person(key: str) -> bool:
    """A column of people in an issue tracker's export, by its header's ``key``."""
    key = words(key).strip()
    return key in _TRACKER_PEOPLE or key.rsplit(" ", 1)[-1] in GENERIC_ROLES


def _a_things_name(locator: Locator, f: Field) -> bool:
    """A ``name`` in a JSON or YAML object under a key that names things: a herd's animals,
    a fleet's vessels (``"animals": [{"name": …}]``, ``vessels:``, ``meeting_rooms:``)."""
    if locator.text.syntax not in ("json", "yaml") or f.key.strip().lower() != "name":
        return False
    parent = _parent_key(locator, f.start)
    return parent is not None and (thing_key(parent) or thing_key(parent.removesuffix("s")))


# An address's second or later line (``address_line_2``, ``addressLine3``, ``address2``):
# a house's name ("Ty <Word>", "Bryn <Word>"), a locality, a town, never its people's.
# (The first line may hold an addressee, "FAO <name>", and is read as it was.)
_LATER_ADDRESS_LINE = lazy(r" (?:address|addr) ?(?:line ?)?(?:[2-9]|two|three|four) $")


@lru_cache(maxsize=1024)
def _thing_name_key(key: str, geo: bool = False) -> bool:
    """``thing_key``, or a name or title key whose other words name a thing (a service's,
    a project's: ``_THING_NAME_WORDS``)."""
    if thing_key(key, geo):
        return True
    spaced = words(key)
    if " addr" in spaced and _LATER_ADDRESS_LINE.search(spaced) is not None:
        return True
    ws = spaced.split()
    return len(ws) > 1 and ws[-1] in ("name", "names", "title") \
        and any(w in _THING_NAME_WORDS for w in ws[:-1]) \
        and not any(w in _PERSON_KEY_WORDS for w in ws)


def _literal_of_a_thing(text: str, code: list[tuple[int, int]], span: Span) -> bool:
    """Whether ``span`` is in a string literal whose key in the code names a place or a
    thing: ``'boat_name' => '…'``, ``town: "Burgess Hill"``."""
    at = code[bisect_right(code, (span.start, 1 << 62)) - 1][0]
    if text[at] not in "\"'`":
        return False  # a comment
    key = _key_before(text, at, max(text.rfind("\n", 0, at) + 1, at - 90))
    return key is not None and (_thing_name_key(key) or (
        key.lower() == "name" and _things_block(_block_key(text, at))))


def _not_under_thing_keys(locator: Locator, spans: list[Span]) -> list[Span]:
    """The spans not inside a field whose key names a place or a thing."""
    geo = is_geo(locator.text.path)
    if geo and locator.text.syntax not in _FIELD_SYNTAXES:
        return _not_geo_names(locator, spans)
    lines = sorted({locator.line_index(s.start) for s in spans})
    found = fields_on(locator, lines)
    things = [f for f in found if _thing_name_key(f.key, geo) or _animals_name(locator, f)
              or _a_things_name(locator, f)]
    if not things:
        return spans
    return [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in things)]


_LIST_MARK = lazy_regex(r"^[ \t]*(?:[-*+•|][ \t]*|\d{1,3}[.)][ \t]+)?")
_LINE_TAIL = lazy_regex(r"[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*[,;.|]?[ \t]*$")


def _name_only_line(text: str, start: int, end: int) -> float:
    """0.7 when the name is all its line holds: a list of people (``- Jane Doe (RPA)``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    head = text[line_start:start]
    tail = text[end:line_end]
    lead = _LIST_MARK.match(head)
    return 0.7 if lead and lead.end() == len(head) and _LINE_TAIL.match(tail) else 0.0


# What follows an action's owner: "- Mark Hill to chase the supplier", "Will Rose will
# draft it".
_ACTION_AFTER = lazy_regex(r"[ \t]+(?:to|will|is[ \t]+to|agreed[ \t]+to)[ \t]+\p{Ll}")
_ACTION_HEAD = lazy_regex(
    r"[ \t]*(?:[-*+\u2022][ \t]*|\d{1,3}[.)][ \t]+)?"
    r"(?:(?i:actions?)[ \t]*:[ \t]*)?(?:\*\*|__)?")


def _action_owner(text: str, start: int, end: int) -> float:
    """0.7 when the name opens its line (or its list item, or an ``Action:``) and what
    follows gives it a task: minutes' actions name their owners so."""
    line_start = text.rfind("\n", 0, start) + 1
    head = _ACTION_HEAD.match(text, line_start, start)
    if head is None or head.end() != start:
        return 0.0
    return 0.7 if _ACTION_AFTER.match(text, end) is not None else 0.0


# --- labels: a word before the name that says a person is named -------------------------

_LABEL = lazy_regex(
    r"(?i:(?:^|[^\w])(?:@?author|authors|written\ by|created\ by|contributed\ by|maintainer|"
    r"maintainers|maintained\ by|(?:module|section|code)author::?|owner|owned\ by|"
    r"(?:point\ of\ )?contact|assignee|assigned\ to|reviewer|reviewed(?:\ by)?|approved\ by|"
    r"(?:tested|checked|verified|completed|drafted|taken|chaired|presented|submitted|authored"
    r"|compiled|produced|led|sent)\ by|lead|"
    r"signed[- ]off[- ]by|co-authored-by|reported\ by|raised\ by|requested\ by|prepared\ by|"
    r"(?:last\ )?modified\ by|updated\ by|edited\ by|"
    r"on\ behalf\ of|speaker|interviewee|attendees?|present|apologies|participants|invitees|"
    r"caseworker|signed\ in\ as|"
    r"logged\ in\ as|reassigned\ to|escalated\ to|spoke\ (?:to|with)|dear|hi|hello|"
    r"(?:kind\ |best\ |warm\ |many\ )?regards|thanks|thank\ you|cheers|best\ wishes|"
    r"yours\ (?:sincerely|faithfully|truly)|sincerely|"
    # Welsh, as bilingual services write letters: dear, hello, thanks, regards, sincerely
    r"annwyl|helo|diolch|cofion(?:\ gorau|\ cynnes)?|yn\ gywir|yn\ ddiffuant)"
    r"[ \t]*[:=,]?[ \t]*['\"]?)\Z")
_SIGN_OFF_LINE = lazy_regex(
    r"(?i:^[ \t>#*/-]*(?:kind |best |warm |many )?(?:regards|thanks|thank you|cheers|"
    r"best wishes|yours (?:sincerely|faithfully|truly)|sincerely|best|diolch"
    r"|cofion(?: gorau| cynnes)?|yn gywir|yn ddiffuant)[ \t]*,?[ \t]*)$")
_WEAK_LABELS = frozenset({"hi", "hello", "dear", "thanks", "annwyl", "helo", "diolch"})
_LIST_LABEL = lazy_regex(
    r"(?i:[ \t>*_-]*(?:attendees?|present|apologies|participants|invitees|cc|bcc|to"
    r"|panel|members)[*_]*[ \t]*:)")


class _ModeFinder:
    """Confidence that a label before ``offset`` names a person (0 when none)."""

    __slots__ = ("authors", "text")

    def __init__(self, text: str, syntax: str) -> None:
        self.text = text
        self.authors = syntax == "authors"

    def __call__(self, offset: int) -> float:
        text = self.text
        line_start = text.rfind("\n", 0, offset) + 1
        head = text[max(line_start, offset - 60):offset]
        if self.authors and not head.strip(" \t-*"):
            return 0.85
        m = _LABEL.search(head)
        if m is not None:
            word = m.group().strip(" \t:=,'\"").lower()
            return 0.75 if word in _WEAK_LABELS else 0.85
        # "Attendees: Jane Doe, John Roe and …": every name in a list of people
        if head.rstrip().endswith((",", ";", " and", "&")) \
                and _LIST_LABEL.match(text, line_start, offset) is not None:
            return 0.8
        if line_start > 0 and _LIST_HEAD.fullmatch(head) is not None \
                and _under_people_heading(text, line_start):
            return 0.8
        if not head.strip() and line_start > 0:
            # the sign-off on the line before, or (a blank line between) the one before that
            end = line_start - 1
            for _ in range(2):
                previous = text[text.rfind("\n", 0, end) + 1:end]
                if _SIGN_OFF_LINE.match(previous):
                    return 0.75
                if previous.strip() or end <= 0:
                    break
                end = text.rfind("\n", 0, end)
        return 0.0


# A list item's mark, alone before a name: "- ", "* ", "1. ".
_LIST_HEAD = lazy(r"[ \t]*(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?")
_LIST_ITEM = lazy(r"[ \t]*(?:[-*+\u2022]|\d{1,3}[.)])[ \t]")
# A heading or a label over a list of people: "## Contributors", "**Attendees**",
# "Present:". The whole heading is the word, so "## Team conventions" heads no people.
_PEOPLE_HEADING = lazy(
    r"(?i)[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:the[ \t]+)?(?:core[ \t]+|project[ \t]+)?"
    r"(?:contributors|authors|maintainers|attendees|present|apologies|participants|invitees"
    r"|reviewers|approvers|signatories|team|team[ \t]+members|members|people|contacts"
    r"|credits|acknowledg(?:e)?ments|thanks|owners|code[ \t]+owners|stakeholders|panel"
    r"|distribution(?:[ \t]+list)?|who[ \t]+to[ \t]+contact)"
    r"(?:\*\*|__)?[ \t]*:?(?:\*\*|__)?[ \t]*")
# How many lines up a list's heading is looked for.
_LIST_REACH = 40


# A heading or a label over a list of actions: "## Actions", "**Action items**", "Next
# steps:". (Its items' owners "will" do things, as well as going "to" do them.)
_ACTIONS_HEADING = lazy(
    r"(?i)[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:agreed[ \t]+|new[ \t]+|open[ \t]+"
    r"|outstanding[ \t]+|summary[ \t]+of[ \t]+)?(?:actions?(?:[ \t]+(?:items?|points?|log))?"
    r"|next[ \t]+steps|to[ \t-]?dos?)(?:\*\*|__)?[ \t]*:?(?:\*\*|__)?[ \t]*")
# What marks a line as an action's own: a label ("Action:") or a task list's box.
_ACTION_MARK = lazy(r"(?i)\baction|\[[ xX]\]")


def _an_action(text: str, line_start: int, head: int) -> bool:
    """The line at ``line_start`` is an action, whose owner's name starts at ``head``: it
    says so before the name, or it is an item of a list that an actions heading opens."""
    if _ACTION_MARK.search(text, line_start, head) is not None:
        return True
    return line_start > 0 and _under_people_heading(text, line_start, _ACTIONS_HEADING)


def _under_people_heading(text: str, line_start: int,
                          heading: re.Pattern[str] = _PEOPLE_HEADING) -> bool:
    """The list item at ``line_start`` is in a list that a heading of people (or another
    ``heading``) opens: up past the list's other items and blank lines, the first other
    line is that heading."""
    end = line_start - 1
    for _ in range(_LIST_REACH):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and _LIST_ITEM.match(line) is None:
            return heading.fullmatch(line) is not None
        if start == 0:
            return False
        end = start - 1
    return False


# --- single-word and tagged patterns ------------------------------------------------------

# A name's words are a space or two apart: a tab or a wider gap is the next column's.
_NAME_WORDS = rf"(?:{_TITLE}[ \t]+)?(?:{_WORD}|{_INITIAL})" \
              rf"(?: {{1,2}}(?:{_WORD}|{_CAPS}|{_INITIAL}|{_PARTICLE})){{0,4}}"
_EMAIL = lazy_regex(r"<[^<>@\s]{1,64}@[^<>\s]{1,255}>")
# A mailing list relays a member's mail under its own name: "'Jane Doe' via Grants Dev".
_VIA_BEFORE = lazy(r"(?<![\w-])via[ \t]+\Z")
_NAME_BEFORE_EMAIL = lazy_regex(rf"(?P<name>{_NAME_WORDS})['\"]?[ \t]*\Z")
# A chat export's time before its speaker: "[09:03] ", "09:03:12 ", "[12/06/2024, 09:03] ",
# WhatsApp's "12/06/2024, 09:03 - ". (A log's time, with its fraction of a second or its
# zone, is followed by a level, not a speaker.)
_CHAT_TIME = (r"(?:\[?(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?[ \t])?\d{1,2}:\d\d(?::\d\d)?"
              r"(?:[ ]?[AaPp][Mm])?\]?[ \t]+(?:[-|][ \t]+)?)?")
# A line that opens with a label and a colon: "Jane:", "**Jane Doe:**", "- J. Doe (RPA):"
_LINE_LABEL = (
    rf"\n[ \t]*{_CHAT_TIME}(?:[-*][ \t]+)?(?:\*\*|__)?(?P<label>\p{{Lu}}[^\n:*_()<>]{{1,59}}+)"
    r"(?:\*\*|__)?[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*:(?:\*\*|__)?[ \t]")
# A transcript's cue: the extractor writes a voice tag ("<v Jane Doe>Hello") as "Jane Doe:"
# in its place, with what was said straight after the colon.
_CUE_LABEL = lazy_regex(_LINE_LABEL.removesuffix(r"[ \t]"))
# In a log, a time is followed by a level and a logger ("09:14:03 INFO Keeper: …"), not a
# speaker: a log's label opens its line, as does that of a text with no line that opens
# with a time (RE2 looks: most texts), read without the time's alternatives.
_PLAIN_LABEL = lazy_regex(_LINE_LABEL.replace(_CHAT_TIME, ""))
# A line that opens with a time, then a capitalised label and a colon: a chat's.
_TIME_FIRST_RE2 = (rb"(?m)^[ \t]*\[?(?:[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4},?[ \t])?"
                   rb"[0-9]{1,2}:[0-9][0-9](?::[0-9][0-9])?(?: ?[AaPp][Mm])?\]?[ \t]+"
                   rb"(?:[-|][ \t]+)?[A-Z][^\n:]{1,59}:")
# A meeting transcript's speaker on a line of their own, before the time they spoke and
# what they said: "Jane Doe   0:03" (Teams), "Jane Doe  9:03 AM" (a chat copied out), an
# organisation after the name ("Doe, Jane (RPA)   0:03"), and the transcript's own lines
# of who started and stopped it.
_TIMED_SPEAKER = lazy_regex(
    r"(?m)^(?P<label>\p{Lu}[^\n:<>()]{1,59}?)(?:[ \t]+\([^()\n]{1,40}\))?"  # "(RPA)" after it
    r"[ \t]+(?:\d{1,2}:\d\d(?::\d\d)?(?:[ ]?[AaPp][Mm])?|(?:started|stopped)[ ]transcription)"
    r"[ \t]*$")
_TIMED_SPEAKER_RE2 = rb"(?m)[ \t][0-9]{1,2}:[0-9][0-9](?::[0-9][0-9])?(?: ?[AaPp][Mm])?[ \t]*$"
# Either: one pass over a text that has neither (most texts).
# A chat copied out of Teams: the time in brackets, then the speaker alone on the line, what
# they said below it ("[10:02] <Given> <Surname>").
_TIME_THEN_SPEAKER_RE2 = (rb"(?m)^[ \t]*\[[0-9]{1,2}:[0-9][0-9](?::[0-9][0-9])?(?: ?[AaPp][Mm])?\]"
                          rb"[ \t]+[A-Z][^\n:\[\]]{1,59}$")
_TIME_THEN_SPEAKER = lazy_regex(
    r"(?m)^[ \t]*\[\d{1,2}:\d\d(?::\d\d)?(?:[ ]?[AaPp][Mm])?\][ \t]+"
    r"(?P<label>\p{Lu}[^\n:\[\]<>()]{1,59}?)(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*$")
_BRACKETED_TIMES = frozenset(f"[{d}" for d in "0123456789")
_TIMED_RE2 = rb"(?m)(?:" + _TIME_FIRST_RE2[4:] + rb")|(?:" + _TIMED_SPEAKER_RE2[4:] + rb")"
# A subtitle's speaker in brackets at the head of a cue's line: "[Jane] Morning all",
# "- [Jane] Hi". Brackets also hold sounds ("[Music]", "[Laughter]"): only a name the
# lists know is a speaker there.
_BRACKETED_SPEAKER = lazy_regex(
    r"(?m)^[ \t]*(?:-[ \t]*)?\[(?P<label>\p{Lu}[^\n\[\]:]{0,40}?)\][ \t]*:?[ \t]+\S")
_CLOCK = lazy(r"\d:\d\d")
_VOICE = lazy_regex(r"<v(?:\.[\w.-]+)?[ \t]+(?P<label>[^<>\n]{1,80}?)[ \t]*>")
# A sign-off of two words writes its second in lower case ("Kind regards,"): those are
# listed whole, so a lone "regards" or "best" in a sentence opens nothing.
_SALUTES = ("Dear|Hi|Hello|Hey|Regards|Thanks|Thank you|Cheers|Annwyl|Helo|Diolch|Cofion"
            "|Kind regards|Best regards|Warm regards|Many thanks|Best wishes|All the best"
            "|Best|Sincerely|Yours sincerely|Yours faithfully|Yours truly|Cofion gorau"
            # a chat message's or a pull request's sign-off
            "|Thanks (?:again|all|everyone|both|so much)|Thx|(?:Speak|Talk) soon|Take care"
            # a British sign-off, only with its mark: "Ta" alone opens many words
            "|Ta[,!]")
# The name ends the salutation, or the quoted text that holds it ("Thank you, Bethan"); a
# sign-off may leave a blank line above it.
# (Its mark may be a "!" or a dash, "Thanks - <Given>", and a smile may end the line.)
_SALUTATION = lazy_regex(
    rf"\b(?:{_SALUTES})[ \t]*(?:[,!]|[-\u2013\u2014](?=[ \t]))?(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?"
    rf"[ \t]*)(?P<name>{_WORD})(?:[ \t]+(?P<last>{_WORD}))?"
    rf"(?=[ \t]*(?:[,!.\n\"\u201d<]|:-?[)D]|[-\u2013\u2014][ \t]|$))")
_SPEAKER_SYNTAXES = frozenset({"vtt", "srt", "markdown", "text", "rst", "email", "log"})
# ... and a transcript or minutes saved as a web page: a paragraph that opens with its
# speaker in bold, "<p><strong><Given> <Surname>:</strong> …" (the colon in or after it).
_HTML_SPEAKER = lazy_regex(
    r"<p\b[^>\n]*>[ \t]*<(?P<tag>strong|b)>[ \t]*(?P<label>\p{Lu}[^\n:*_()<>]{1,59}?)"
    r"[ \t]*(?::[ \t]*</(?P=tag)>|</(?P=tag)>[ \t]*:)")


def _may_salute(locator: Locator) -> bool:
    """A salutation word is in the text: RE2 finds the first, or says there is none, far
    faster than the full pattern reads a text that has none (most texts)."""
    search = re2scan.search_for(_SALUTES.encode())
    data = locator.utf8
    return search is None or search(data, 0, len(data)) is not None


def _tagged(locator: Locator, names: _Names) -> Iterator[Span]:
    text = locator.text.text
    syntax = locator.text.syntax
    if "@" in text:
        for m in _EMAIL.finditer(text, timeout=10.0):
            line_start = text.rfind("\n", 0, m.start()) + 1
            head = text[max(line_start, m.start() - 100):m.start()]
            before = _NAME_BEFORE_EMAIL.search(head)
            if before is None:
                continue
            offset = m.start() - len(head) + before.start("name")
            if offset > 0 and (text[offset - 1].isalnum() or text[offset - 1] in _NOT_BEFORE):
                continue
            if _VIA_BEFORE.search(head, 0, before.start("name")) is not None:
                continue  # "'Jane Doe' via Grants Dev <…>": a mailing list's name
            found = _items(before.group("name"), offset)
            trimmed = _trim(found, names)
            if len(trimmed) == 1 < len(found) and _a_teams_mailbox(found[:-1], m.group()):
                continue  # "Grants Dev <grants-dev@…>": the whole is a team's mailbox
            span = _name_span(trimmed, names, relaxed=True)
            if span is None or len(trimmed) < len(found):  # its given name unknown
                span = _unknown_before_address(found, m.group(), names) or span
            if span is not None:
                yield Span(span.start, span.end, max(span.confidence, 0.85), span.suggestion)
        if "ailto:" in text or "AILTO:" in text:
            yield from _mailto_links(text, locator.utf8, syntax == "html", names)
    # (label, where, whether only a speaker stands there: a transcript's cue or voice tag,
    # a chat line's time before it; a name the lists do not know is found there too)
    labels: list[tuple[str, int, bool]] = []
    if syntax in _SPEAKER_SYNTAXES:
        # Each label sits after a newline: a newline in front lets the first line count.
        timed = syntax != "log" and re2scan.found(_TIMED_RE2, locator.utf8)
        cues = syntax in ("vtt", "srt")
        line_label = _CUE_LABEL if syntax == "vtt" else _lazy(_LINE_LABEL) \
            if timed and re2scan.found(_TIME_FIRST_RE2, locator.utf8) else _PLAIN_LABEL
        labels.extend((m.group("label"), m.start("label") - 1,
                       cues or (timed and _CLOCK.search(m.group(), 0, m.start("label") - m.start())
                                is not None))
                      for m in line_label.finditer("\n" + text, timeout=10.0))
        if cues and "[" in text:
            labels.extend((m.group("label"), m.start("label"), False)
                          for m in _BRACKETED_SPEAKER.finditer(text, timeout=10.0))
        if syntax != "log" and text[:40].lstrip()[:2] in _BRACKETED_TIMES \
                and re2scan.found(_TIME_THEN_SPEAKER_RE2, locator.utf8):
            # (a copied chat opens with its first turn's time: no other text is searched)
            labels.extend((m.group("label"), m.start("label"), True)
                          for m in _TIME_THEN_SPEAKER.finditer(text, timeout=10.0))
        if timed and re2scan.found(_TIMED_SPEAKER_RE2, locator.utf8):
            labels.extend((m.group("label"), m.start("label"), True)
                          for m in _TIMED_SPEAKER.finditer(text, timeout=10.0))
    if syntax == "html" and ("<strong>" in text or "<b>" in text):
        labels.extend((m.group("label"), m.start("label"), False)
                      for m in _HTML_SPEAKER.finditer(text, timeout=10.0))
    if re2scan.found(rb"<v[ \t.]", locator.utf8):  # where a voice tag can open
        labels.extend((m.group("label"), m.start("label"), True)
                      for m in _VOICE.finditer(text, timeout=10.0))
    for label, start, speaker in labels:
        label = label.rstrip()
        speaker = speaker or _a_stand_up_turn(text, start, label)
        if not speaker and (_a_things_description(text, start + len(label))
                            or _a_places_item(text, start, label)):
            continue  # "- <Word>: the backup region" in a list of things to do
        if "," in label and (first := _SURNAME_FIRST.fullmatch(label)) is not None:
            # "Doe, Jane": a directory's display name, as Teams writes its speakers
            span = _surname_first(first, start, names, relaxed=True, unknown=speaker)
            if span is not None:
                yield Span(span.start, span.end, max(span.confidence, 0.8), span.suggestion)
            continue
        if (short := _GIVEN_AND_INITIAL.fullmatch(label)) is not None:
            # "Jane D:": a speaker's given name and the initial of their surname
            if _given_alone(short.group("given"), names):
                yield Span(start, start + len(label), 0.75, "Jane D")
            continue
        if _VALUE.fullmatch(label) is None:
            continue
        span = _name_span(_items(label, start), names, relaxed=True, unknown=speaker)
        if span is not None and (speaker or not _a_fields_label(text, start, label)):
            yield Span(span.start, span.end, max(span.confidence, 0.8), span.suggestion)
    if syntax in PROSE and re2scan.found(_CAPS_LABEL_RE2, locator.utf8):
        yield from _capital_names(text, names)
    if syntax not in _KEYED_ONLY and syntax not in CODE:
        # (in code, names have keys, and a name in a comment is read as prose is)
        yield from _labelled(locator, names)
    if syntax not in CODE and syntax not in _FIELD_SYNTAXES and _may_salute(locator):
        for m in _SALUTATION.finditer(text, timeout=10.0):
            if (span := _saluted_span(text, m, names, syntax == "email")) is not None:
                yield span


# What a stand-up's turn opens with after its speaker's label in bold: "**<Given>
# <Surname>:** yesterday …", "… blocked on …", "… off sick".
_TURN_OPENS = frozenset({"yesterday", "today", "y'day", "yday", "tomorrow", "done", "doing"})


def _a_stand_up_turn(text: str, start: int, label: str) -> bool:
    """The bold label at ``start`` is a stand-up's speaker: the day's news follows its
    colon (``_STAND_UP``, ``_TURN_OPENS``), so a name the lists do not know is one too."""
    if text[max(0, start - 2):start] not in ("**", "__"):
        return False
    colon = text.find(":", start + len(label), start + len(label) + 8)
    after = text[colon + 1:colon + 40].lstrip("*_ \t").split(None, 1) if colon >= 0 else []
    head = after[0].rstrip(",.:;-").lower() if after else ""
    return head in _TURN_OPENS or head in _STAND_UP


# A ServiceNow journal entry's head: when, who, and which journal ("2024-03-01 09:12:03 -
# <Given> <Surname> (Work notes)"), in an export's comments or work notes, or pasted.
_JOURNAL_HEAD = lazy_regex(
    r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?[ \t]+-[ \t]+(?P<label>\p{Lu}[^\n\\()<>:]{1,59}?)"
    r"[ \t]+\((?:Work notes|Additional comments|Comments)\)")


_MAIL_SYNTAXES = frozenset({"email", "markdown"})
# A reply's attribution line over the mail it quotes: "On Tue, 2 Apr 2024 at 10:12,
# <Given> <Surname> wrote:", with or without the sender's address.
_REPLY_HEAD = lazy_regex(
    r"(?m)^[ \t>]*On[ \t][^\n]{4,60}?,[ \t]+(?P<label>\p{Lu}[^\n<>,:]{1,59}?)"
    r"(?:[ \t]+<[^<>\n]{1,100}>)?[ \t]+wrote:[ \t]*$")


def _credited(value: str, at: int, names: _Names) -> Span | None:
    """``value`` (at ``at``) as a name the lists may not know, where its place says it is a
    person's: as sure as a label's."""
    span = _name_span(_items(value, at), names, relaxed=True, unknown=True)
    return None if span is None else Span(span.start, span.end, max(span.confidence, 0.8),
                                           span.suggestion)


def _credited_value(value: str, at: int, names: _Names) -> Span | None:
    """``_credited``, for a value shaped as a name (a title, words, initials) only."""
    return None if _VALUE.fullmatch(value) is None else _credited(value, at, names)


def _each_credited(pattern: regex.Pattern[str], group: str, text: str,
                   names: _Names) -> Iterator[Span]:
    for m in pattern.finditer(text, timeout=5.0):
        if (span := _credited(m.group(group), m.start(group), names)) is not None:
            yield span


def _reply_authors(text: str, names: _Names) -> Iterator[Span]:
    return _each_credited(_REPLY_HEAD, "label", text, names)


def _journal_authors(text: str, names: _Names) -> Iterator[Span]:
    """Who wrote each journal entry of a ticket: a name the lists do not know too."""
    return _each_credited(_JOURNAL_HEAD, "label", text, names)


def _a_things_description(text: str, end: int) -> bool:
    """The list item whose label ends at ``end``, under a heading of actions or things to
    do, describes a thing after its colon ("- <Word>: the new region") rather than giving a
    task to an owner ("- <Given>: chase the supplier")."""
    colon = text.find(":", end, end + 50)
    line_start = text.rfind("\n", 0, end) + 1
    if colon < 0 or _LIST_ITEM.match(text, line_start) is None:
        return False
    after = text[colon + 1:colon + 20].lstrip("*_ \t").split(None, 1)
    return bool(after) and after[0] in _DESCRIBES and line_start > 0 \
        and _under_people_heading(text, line_start, _ACTIONS_HEADING)


# After a label of one word and its colon, a value and nothing said: an identifier or a
# number, with two digits or more and no word of three letters in lower case ("<LABEL>:
# QQ…", "<Label>: 00-00-…"). A form's field, whose label is an acronym or a word that
# spells a given name; a speaker's turn says something ("<Given>: 10 mins late"), and a
# full name before a number is a list of contacts.
_FIELDS_VALUE = lazy_regex(r"[^\n]*?\d[^\n]*?\d")
_SAID = lazy_regex(r"\p{Ll}{3}")


def _a_fields_label(text: str, start: int, label: str) -> bool:
    """The label at ``start`` is a field's or a place's, not a speaker's: one word before a
    value ("<LABEL>: QQ…"), or a given name and a place's word ("<Given> Park: 12 trees",
    as "<Given> Park" is a place in prose)."""
    if " " not in label:
        return _a_fields_value(text, start + len(label))
    return label.rsplit(None, 1)[-1] in NOT_A_PERSON_AFTER


def _a_fields_value(text: str, end: int) -> bool:
    """The label that ends at ``end`` is a field's, with a value after its colon."""
    colon = text.find(":", end, end + 50)
    if colon < 0:
        return False
    line_end = text.find("\n", colon)
    line_end = len(text) if line_end < 0 else line_end
    return _FIELDS_VALUE.match(text, colon + 1, line_end) is not None \
        and _SAID.search(text, colon + 1, line_end) is None


def _a_places_item(text: str, start: int, label: str) -> bool:
    """The label at ``start`` opens a list item and is one place's name alone ("- <Place>:
    move the region"): what the item is about, not who does it."""
    word = label.strip("*_ \t")
    return (word in PLACES_TOO or word in PLACES_ALONE) \
        and _LIST_ITEM.match(text, text.rfind("\n", 0, start) + 1) is not None


_OPENING_SALUTES = frozenset({"Dear", "Hi", "Hello", "Hey", "Annwyl", "Helo"})


def _saluted_span(text: str, m: regex.Match[str], names: _Names, mail: bool = False
                  ) -> Span | None:
    if m.group("last") is None and mail and _signed_alone(text, m) \
            and _strange(m.group("name"), names) and not is_placeholder([m.group("name")]):
        # a mail's sign-off, the sender's given name alone on the line under it, one the
        # lists do not know ("Regards,\n<Given>"): no English word, role, tool or place
        word = _norm(m.group("name"))
        if word not in ROLES and word not in _TOOLS and word not in PLACES_ALONE:
            return Span(m.start("name"), m.end("name"), 0.75, "Jane")
    if m.group("last") is not None:
        if _saluted(m.group("name"), m.group("last"), names) or (
                _signed_or_addressed(text, m)
                and not is_placeholder([m.group("name"), m.group("last")])
                and _unknown_name(
                    _items(text[m.start("name"):m.end("last")], m.start("name")), names)):
            return Span(m.start("name"), m.end("last"), 0.8)
    elif _given_alone(m.group("name"), names, english=True):  # "Dear Robin" too
        return Span(m.start("name"), m.end("name"), 0.75, "Jane")
    return None


def _signed_alone(text: str, m: regex.Match[str]) -> bool:
    """The salutation ``m`` closes a mail, and its name stands alone on a line below it."""
    head = text[m.start():m.start("name")]
    if "\n" not in head or head.split(None, 1)[0].rstrip(",!") in _OPENING_SALUTES:
        return False
    end = text.find("\n", m.end("name"))
    return not text[m.end("name"):len(text) if end < 0 else end].strip(" \t,.!")


# A sequence diagram's actor named in full (Mermaid's "participant <id> as <name>",
# PlantUML's "actor \"<name>\" as <id>"): a person the lists may not know, or a system or
# a role ("Land Agent", "Payments API"), whose words are English. (Read only in a text that
# opens a diagram: "actor " is in every "factor ".)
_DIAGRAM_ACTOR = lazy(
    r"(?m)^[ \t]*(?:participant|actor)[ \t]+(?:[\w-]+[ \t]+as[ \t]+(?P<a>[^\n\"]+?)"
    r"|\"(?P<b>[^\"\n]+)\"[ \t]+as[ \t]+[\w-]+)[ \t]*$")


def _diagram_actors(text: str, names: _Names) -> Iterator[Span]:
    for m in _DIAGRAM_ACTOR.finditer(text):
        group = "a" if m.group("a") is not None else "b"
        value = m.group(group)
        if (span := _credited_value(value, m.start(group), names)) is not None:
            yield span


# A letter's greeting in an HTML page or an email's template ("<p>Dear <Given>,</p>"):
# the person the letter was written to. (Found by ``str.find``: a page's other salutes,
# "Hello" and "Thanks", open its buttons and headings more than letters.)
# The greetings and sign-offs an HTML page's letter or message opens or ends with (each
# found by ``str.find``: a page's markup is no place for the whole pattern's search).
_HTML_SALUTES = ("Dear ", "Thanks", "Thank you", "Regards", "Kind regards", "Best regards",
                 "Many thanks", "Best wishes", "Cheers")


# An HTML page's (a wiki's, exported minutes') list of actions under its heading:
# ``<h2>Actions</h2><ul><li><Given> to update the runbook</li>``: each item's owner, a
# given name alone too, as a Markdown list's under "## Actions" is.
_HTML_ACTIONS = lazy_regex(
    r"(?i)<h[1-6]\b[^<>]*>\s*(?:<[^<>]+>\s*)*(?:agreed\s+|new\s+|open\s+"
    r"|outstanding\s+|summary\s+of\s+)?(?:actions?(?:\s+(?:items?|points?|log))?"
    r"|next\s+steps|to[ -]?dos?)\s*:?\s*(?:<[^<>]+>\s*)*</h[1-6]>"
    r"\s*(?:<p\b[^<>]*>[^<]*</p>\s*)?<[uo]l\b[^<>]*>(?P<list>(?s:.){0,4000}?)</[uo]l>")
_HTML_ACTION = lazy_regex(
    r"<li\b[^<>]*>\s*(?:<(?:strong|b|em|p)>\s*)?(?P<head>[A-Z][^\n<>,]{0,50}?)"
    r"(?:\s*</(?:strong|b|em)>)?[ \t]+(?:to|will)[ \t]+(?!be\b)[a-z]{2,}")


def _html_action_owners(text: str, names: _Names) -> Iterator[Span]:
    for actions in _HTML_ACTIONS.finditer(text, timeout=10.0):
        for m in _HTML_ACTION.finditer(text, actions.start("list"),
                                             actions.end("list")):
            span = _owner(m.group("head"), m.start("head"), names, surname_first=True)
            if span is not None:
                yield span


def _html_greetings(text: str, names: _Names) -> Iterator[Span]:
    # a line break's tag read as the blanks it shows ("Cheers,<br>…"): offsets stay the same
    for tag in ("<br>", "<br/>", "<br />"):
        text = text.replace(tag, " " * len(tag))
    for salute in _HTML_SALUTES:
        at = text.find(salute)
        while at >= 0:
            if (m := _SALUTATION.match(text, at)) is not None \
                    and (span := _saluted_span(text, m, names)) is not None:
                yield span
            at = text.find(salute, at + len(salute))


def _signed_or_addressed(text: str, m: regex.Match[str]) -> bool:
    """The salutation's name is a letter's signature, on a line of its own under the
    sign-off, or the person a letter opens on ("Dear …,"): there, a name neither list
    knows is still one (``_unknown_name``), not in a sentence that opens "Best …"."""
    if "\n" in text[m.start():m.start("name")]:
        line_end = text.find("\n", m.end("last"))
        return not text[m.end("last"):len(text) if line_end < 0 else line_end].strip(" \t,.")
    return text[m.start():m.start("name")].split()[0].lower() in ("dear", "annwyl") \
        and text.startswith(",", m.end("last"))


_GIVEN_AND_INITIAL = lazy_regex(r"(?P<given>\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\.?")


def _saluted(first: str, last: str, names: _Names) -> bool:
    """A full name a mail greets or signs off with ("Dear Jane Doe,"): a given name and a
    surname, or a given name no English word spells and a word that is no English word
    nor a role, which the lists may not know ("Dear Jane Thistledown,")."""
    if is_placeholder([first, last]) or _norm(last) in ROLES \
            or _norm(last) in NOT_A_PERSON_AFTER:
        return False
    if names.given(first) and names.surname(last) and not (names.weak(first)
                                                          and names.weak(last)):
        return True
    english = load_english()
    return names.given(first) and not names.weak(first) and first.lower() not in english \
        and last.isalpha() and len(last) > 2 and last.lower() not in english \
        and last.lower() not in _NOT_NAME_WORDS


# --- labels that name a person outright -------------------------------------------------
# What follows one of these is a person's name, whether the lists know it or not: a commit
# trailer, a maintainer, a form's applicant, the sender and recipients of a mail, written
# surname first ("Doe, Jane (RPA)") or in capitals ("TO: MR JOHN DOE").
_PERSON_LABEL = lazy(  # plain alternatives: the stdlib engine is quicker
    r"(?im:^[ \t>*_#|-]*(?P<head>from|to|cc|bcc|reply-to|sender|(?:full |your )?name"
    r"|(?P<part>(?:sur|fore)names?|(?:last|family|first|given|middle|maiden)[ -]names?))"
    r"|(?<![\w-])(?P<label>co-authored-by|signed-off-by|reviewed-by|acked-by|reported-by"
    r"|tested-by|suggested-by|(?:[a-z]+-)+by(?=[ \t]*:)"  # any trailer: "Helped-by:"
    r"|maintainers?|maintained by|authors?|written by|applicant|claimant"
    r"|payee|account[ \t]+holder(?=(?:\*\*|__)?[ \t]*:)"  # a payment's, as a ticket notes it
    r"|uploaders?|packager"  # a Debian package's control file, an RPM spec's header
    r"|caseworker|assignee|assigned to|reassigned to|escalated to|reviewer|reviewed by"
    r"|approved by|prepared by|signed by|signed|signatory|signature|witness|witnessed by"
    r"|attendees?|present|apologies|participants|invitees|in[ \t]+attendance"
    r"|ooo|out[ \t-]of[ \t-]office|on[ \t]+leave|absent"
    # a role in a team or a case, with its colon: "Product owner:", "Point of contact:"
    r"|(?P<role>(?:(?:point|person)[ \t]+of[ \t]+|key[ \t]+|main[ \t]+)?contact"
    r"|(?:product|service|data|business|technical|process|asset|risk)[ \t]+owner|owner"
    r"|(?:tech(?:nical)?|delivery|product|team|policy|data|dev|test|design|user[ \t]+research)"
    r"[ \t]+lead|(?:delivery|product|project|programme|service|line)[ \t]+manager"
    r"|senior[ \t]+responsible[ \t]+owner|sro"
    # a team page's members by their trade: "Developer:", "Content designer:", "Solution
    # architect:", "Business analyst:", "Scrum master:"
    r"|developers?|testers?|analysts?|designers?|architects?|engineers?|scientists?"
    r"|researchers?|scrum[ \t]+master"
    # a research session's or a meeting's people, and who signed a release off
    r"|observers?|(?:note|minute)[ -]?takers?|facilitators?|interviewers?|moderators?|chair"
    r"|sign[ -]?offs?|signed[ -]off"
    # an architecture decision record's people (MADR's front matter, Nygard's headings)
    r"|deciders|decision[ -]makers|consulted|informed)(?=(?:\*\*|__)?[ \t]*:)))"
    r"(?:\*\*|__)?[ \t]*(?P<colon>:)?(?:\*\*|__)?[ \t]+(?P<value>[^\n]{1,200})")
# Rarer labels, read (and compiled) only on a line where RE2 finds one: an account's name
# as a refund's notes write it, who did a thing as a change log, a decision or a
# document's control table says ("Proposed by …", "Submitted by: …"), and a case's or a
# grant's people ("Case officer:", "Landowner:", "Minutes:" for who took them).
_MORE_LABELS = (
    r"(?im:^[ \t>*_#|-]*(?P<head>(?:bank[ \t]+)?account[ \t]+name"
    r"|name[ \t]+on[ \t]+(?:the[ \t]+)?account)(?P<part>(?!))?"
    r"|(?<![\w-])(?P<label>(?:proposed|raised|requested|reported|contributed|authored"
    r"|presented|submitted|drafted|chaired|minuted)[ \t]+by"
    r"|(?:[a-z]+ed[ \t]+by|minutes|(?:case|data[ \t]+protection|information[ \t]+governance)"
    r"[ \t]+officer|(?:account|case|relationship)[ \t]+manager|(?:deputy[ \t]+)?director"
    r"|sponsor|landowner|tenant|farmer|requester|requestor|customer|client"
    # a holding's or a case's people, as an inspection's notes name them
    r"|keeper|inspector|occupier|licensee|surveyor|assessor"
    # a call's or a complaint's person, as a call log or a case note names them
    r"|caller|complainant)"
    r"(?=(?:\*\*|__)?[ \t]*:)"
    # an invite's or a diary's visit and whom it visits: "Farm visit - <Given> <Surname>"
    r"|(?:farm|home|holding|welfare|site)[ \t]+visit"
    r"(?=(?:\*\*|__)?[ \t]*(?::|[-\u2013\u2014][ \t]))))"
    r"(?:\*\*|__)?[ \t]*(?P<colon>:|[-\u2013\u2014](?=[ \t]))?(?:\*\*|__)?[ \t]+"
    r"(?P<value>[^\n]{1,200})")
_MORE_LABELS_RE2 = (
    rb"(?im)^[ \t>*_#|-]*(?:(?:bank )?account name|name on (?:the )?account)"
    rb"|(?:ed by|minutes|officer|manager|director|sponsor|landowner|tenant|farmer"
    rb"|request[eo]r|customer|client|keeper|inspector|occupier|licensee|surveyor|assessor"
    rb"|caller|complainant)"
    rb"(?:\*\*|__)?[ \t]*:"
    rb"|visit(?:\*\*|__)?[ \t]*(?::|(?:-|\xe2\x80[\x93\x94])[ \t])"
    rb"|(?:proposed|raised|requested|reported|contributed|authored|presented|submitted"
    rb"|drafted|chaired|minuted) by[ \t]+(?-i:[A-Z\x80-\xff])")


@cache
def _more_labels() -> re.Pattern[str]:
    return re.compile(_MORE_LABELS)


# The same for RE2, which finds the lines that may hold one (most hold none).
_PERSON_LABEL_RE2 = (
    rb"(?im)^[ \t>*_#|-]*(?:from|to|cc|bcc|reply-to|sender|(?:full |your )?name"
    rb"|(?:sur|fore)names?|(?:last|family|first|given|middle|maiden)[ -]names?)"
    rb"(?:\*\*|__)?[ \t]*:|-by|maintain|author|written by|applicant|claimant|caseworker"
    rb"|uploader|packager|(?i:payee|account holder)(?:\*\*|__)?[ \t]*:"
    rb"|assign|escalated to|reviewer|approved by|prepared by|signed|signat|witness|attendee"
    rb"|present|apologies|participants|invitees|attendance"
    rb"|(?i:ooo|out[ -]of[ -]office|on leave|absent)(?:\*\*|__)?[ \t]*:"
    rb"|(?i:contact|owner|lead|manager|sro|observers?|takers?|facilitators?|interviewers?"
    rb"|developers?|testers?|analysts?|designers?|architects?|engineers?|scientists?"
    rb"|researchers?|master"
    rb"|moderators?|chair|sign[ -]?offs?|signed[ -]off|deciders|decision[ -]makers|consulted"
    rb"|informed)(?:\*\*|__)?[ \t]*:|" + _MORE_LABELS_RE2[5:])
# Labels that need no colon ("escalated to …"), and labels that list people.
_BY_OR_TO = frozenset({"maintained by", "written by", "assigned to", "reassigned to",
                       "proposed by", "raised by", "requested by", "reported by",
                       "contributed by", "authored by", "presented by", "submitted by",
                       "drafted by", "chaired by", "minuted by",
                       "escalated to", "reviewed by", "approved by", "prepared by", "signed by",
                       "witnessed by"})
_LISTS_PEOPLE = frozenset({"to", "cc", "bcc", "authors", "maintainers", "attendees", "attendee",
                           "present", "apologies", "participants", "invitees", "observers",
                           "sign-off", "sign off", "signoff", "sign-offs", "signed-off",
                           "signed off", "deciders", "decision-makers", "decision makers",
                           "consulted", "informed", "in attendance", "ooo", "out of office",
                           "out-of-office", "on leave", "absent"})
# Data files name people by key and column, where the keys say more than a label would.
_KEYED_ONLY = frozenset({"json", "yaml", "toml", "ini", "properties", "env", "csv", "tsv",
                         "sql", "vcard", "ldif"})
_LABEL_NAME = lazy_regex(_NAME_WORDS)
_PIECES = lazy_regex(r"[^;]+")
_BETWEEN_PEOPLE = lazy_regex(r"[ \t]*(?:[,&]|\band\b)[ \t]*")
# What may follow a name in a label's value: a team, an address, a quote, punctuation (a
# bracket the label opened in), the sentence going on in lower case ("escalated to Doe,
# Jane on Monday"), or a dash before the task ("Owner: <Given> - update the runbook").
_AFTER_NAME = lazy_regex(r"""(?:[ \t]*(?:\([^()\n]*\)|<[^<>\n]*>|["'*_\u2018-\u201d]))*"""
                            r"[ \t]*(?:[.,;:|)]|[ \t]\p{Ll}|$"
                            r"|(?<=[ \t])[-\u2013\u2014](?:[ \t]|$))")


def _label_spans(locator: Locator) -> Iterator[tuple[int, int]]:
    """The lines that may hold a person's label, as text offsets: RE2 finds them in the
    UTF-8 text (its pattern is ASCII), and each line's offset is carried over in step,
    decoding only what lies between two hits."""
    text, data = locator.text.text, locator.utf8
    search = re2scan.search_for(_PERSON_LABEL_RE2)
    if search is None:  # pragma: no cover - google-re2 is a dependency
        yield 0, len(text)
        return
    same = len(data) == len(text)  # ASCII: a byte's offset is the character's
    pos, size, chars = 0, len(data), 0
    while (hit := search(data, pos, size)) is not None:
        start = data.rfind(b"\n", 0, hit[0]) + 1
        end = data.find(b"\n", hit[0])
        end = size if end < 0 else end
        if same:
            yield start, end
        else:
            chars += len(data[pos:start].decode("utf-8", "surrogatepass"))
            line = len(data[start:end].decode("utf-8", "surrogatepass"))
            yield chars, chars + line
            chars += line + 1
        pos = end + 1


def _labelled(locator: Locator, names: _Names) -> Iterator[Span]:
    text = locator.text.text
    for start, end in _label_spans(locator):
        matches = list(_PERSON_LABEL.finditer(text, start, end))
        if re2scan.found(_MORE_LABELS_RE2, text[start:end].encode("utf-8", "surrogatepass")):
            matches.extend(_more_labels().finditer(text, start, end))
        for m in matches:
            label = " ".join((m.group("head") or m.group("label")).lower().split())
            if m.group("colon") is None and label not in _BY_OR_TO:
                continue
            if m.group("part") is not None:  # "Surname: …", CITATION.cff's "given-names: …"
                if (span := _name_part(m.group("value"), m.start("value"), names)) is not None:
                    yield span
                continue
            many = label in _LISTS_PEOPLE
            for piece in _PIECES.finditer(m.group("value")):
                found = list(_people_in(piece.group(), m.start("value") + piece.start(),
                                        many, names))
                if label.endswith(" visit"):
                    # a visit goes to a place as often as to a person ("Farm visit - <Word>
                    # Field"): the person's given name or title opens it
                    found = [s for s in found if _given_or_titled(text[s.start:s.end], names)]
                yield from found
                if found and not many:
                    break


def _given_or_titled(name: str, names: _Names) -> bool:
    first = name.split(None, 1)[0].rstrip(".")
    return first in _TITLES or (names.given(first) and _norm(name.split()[-1]) not in STREET_WORDS)


def _given_not_surname(word: str, names: _Names) -> bool:
    return names.given(word) and not names.surname(word, long_tail=False)


def _people_in(piece: str, offset: int, many: bool, names: _Names) -> Iterator[Span]:
    """The people in one piece of a label's value (a recipient between semicolons): one
    name written surname first, or the names a list holds, each name-shaped."""
    lead = len(piece) - len(piece.lstrip(" \t\"'"))
    body = _titled(piece[lead:])
    first = _SURNAME_FIRST.match(body)
    # (a list of given names after commas is a list: "<Given>, <Given>, <Given>")
    if first is not None and _AFTER_NAME.match(body, first.end()) is not None \
            and not (many and "," in body[first.end():]
                     and _given_not_surname(first.group("last"), names)):
        span = _surname_first(first, offset + lead, names, relaxed=True, unknown=True)
        if span is not None:
            yield span
            return
    starts = [0, *(m.end() for m in _BETWEEN_PEOPLE.finditer(body))] if many else [0]
    for at in starts:
        at += len(body[at:]) - len(body[at:].lstrip(" \t\"'"))
        if piece[lead + at + 1:lead + at + 2] in _AFTER_INITIAL \
                and (m := _INITIALLED.match(piece, lead + at)) is not None \
                and _AFTER_NAME.match(piece, m.end()) is not None \
                and (span := _field_span("holder", m.group(), offset + lead + at, names)):
            # "J.A. <SURNAME>", "MR K M <SURNAME>": a payee's initials and surname
            yield Span(span.start, span.end, 0.8, span.suggestion)
            if not many:
                return
            continue
        initials = _SURNAME_INITIALS.match(body, at)
        if initials is not None and _AFTER_NAME.match(body, initials.end()) is not None \
                and initials.group().rstrip(".")[-2:-1] in (" ", ".") \
                and names.surname(_norm(initials.group("last"))) \
                and not is_placeholder([initials.group("last")]):
            # "Doe J.", "DOE J": a surname, then initials, as minutes and forms write it
            yield Span(offset + lead + at, offset + lead + initials.end(), 0.8, "Doe J")
            if not many:
                return
            continue
        if body.startswith(_STYLE_OPENERS, at) and (style := _STYLE.match(body, at)):
            at = style.end()  # "The Rt Hon. …", "Sir …": the name after the style
        if (name := _LABEL_NAME.match(body, at)) is None \
                or _AFTER_NAME.match(body, name.end()) is None:
            continue
        items = _items(name.group(), offset + lead + at)
        while len(items) > 2 and items[-1].text in _POST_NOMINALS:
            items.pop()  # "… MP", "… OBE": the name before its letters
        span = _name_span(items, names, relaxed=True, unknown=True)
        if span is not None and not any(_norm(i.text) in NOT_A_PERSON_AFTER for i in items) \
                and not _a_thing_last(items, names):
            yield Span(span.start, span.end, max(span.confidence, 0.8), span.suggestion)
        if not many:
            return


# A minister's, a peer's or a knight's style before a name in a label's value ("Chair: The
# Rt Hon. …", "Present: Sir …"): the name after it is judged on its own words, as the
# style's words are English ones.
_STYLE = lazy_regex(r"(?:(?:The|the)[ \t]+)?(?:Rt\.?[ \t]*Hon\.?|Hon\.)[ \t]+"
                    r"(?:(?:Sir|Dame)[ \t]+)?|(?:Sir|Dame)[ \t]+(?=\p{Lu}\p{Ll}+[ \t]+\p{Lu})")


_STYLE_OPENERS = ("Rt", "The Rt", "the Rt", "Hon.", "Sir ", "Dame ")
# The letters after a name: a seat's (MP, MS, MSP, MLA), an honour's, a silk's.
_POST_NOMINALS = frozenset({"MP", "MS", "MSP", "MLA", "AM", "OBE", "MBE", "CBE", "KBE",
                            "DBE", "KC", "QC", "JP", "DL", "FRS"})


# The last word of a product's, a team's or a service's name, which no one's surname spells:
# a role's label may name one ("Owner: <Given> Squad", "Tech lead: <Given> Platform").
_PRODUCT_LAST = frozenset({
    "Squad", "Squads", "Tribe", "Guild", "Crew", "Pod", "Platform", "Platforms", "Portal",
    "Portals", "Hub", "App", "Apps", "Tool", "Tools", "Toolkit", "Dashboard", "Dashboards",
    "Api", "Apis", "Gateway", "Console", "Service", "Services", "Programme", "Project",
    "Workstream", "Directorate", "Unit", "Desk", "Helpdesk", "Support", "Ops", "Operations",
    "Backend", "Frontend", "Registry", "Register", "Catalogue", "Catalog", "Insight",
    "Insights", "Analytics", "Online", "Digital", "Tracker", "Finder", "Checker", "Mapper",
    "Planner", "Viewer", "Explorer", "Calculator", "Scheduler", "Monitor", "Importer",
    "Exporter", "Uploader", "Validator", "Generator", "Engine", "Module", "Library",
    "Dataset", "Datasets", "Pipeline", "Bot", "Scheme", "Schemes", "System", "Systems",
})


def _a_thing_last(items: list[Item], names: _Names) -> bool:
    """A label's value that ends in a product's, a team's or a service's word that no name
    list holds ("… Squad", "… Portal", "… Tracker"): the thing a role's label may name
    ("Owner: <Given> Portal"), not a person. (Not any English word: many surnames are.)"""
    if len(items) < 2 or items[-1].kind != "word":
        return False
    word = _norm(items[-1].text)
    return word in _PRODUCT_LAST and not names.known(word, long_tail=True)


def _name_part(value: str, offset: int, names: _Names) -> Span | None:
    """One part of a name after its label: name-shaped words, each a known name or no
    English word ("Surname: Required" is a form's hint)."""
    body = _titled(value)
    name = _LABEL_NAME.match(body)
    if name is None or _AFTER_NAME.match(body, name.end()) is None:
        return None
    items = _items(name.group(), offset)
    named = [i for i in items if i.kind in ("word", "caps")]
    if not 1 <= len(named) <= 3 or len(named) < len(items) or is_placeholder(
            [i.text for i in named]):
        return None
    english = load_english()
    for item in named:
        word = _norm(item.text)
        if word in ROLES or word in NOT_A_PERSON_AFTER or not (
                names.known(word, long_tail=True)
                or (word.lower() not in english and word.lower() not in _NOT_NAME_WORDS)):
            return None
    part = "Test" if len(named) == 1 and names.given(named[0].text) else "User"
    return Span(items[0].start, items[-1].end, 0.8, part)


# Minutes and forms written in capitals: "PRESENT: DR ELLEN MCGRATH, MRS SUNITA PATEL",
# "WITNESS: JOHN WILLIAMS". After such a label, each capitalised given name and surname is
# read in title case; without one, a line in capitals is a heading, not a list of people.
_CAPS_LABEL = (r"(?i:present|apologies|attendees|attending|witness|witnessed by|signed|"
               r"approved by|prepared by|author|officer|inspector|claimant|applicant|name)")
# What such a line holds: a colon, then two words in capitals (RE2 finds the colons first).
_CAPS_LABEL_RE2 = (rb":[ \t]*(?:(?:MR|MRS|MS|MISS|DR|PROF|CLLR|REVD)\.?[ \t]+)?"
                   rb"[A-Z][A-Z'-]+[ \t]+[A-Z]")
_CAPS_LINE = lazy_regex(rf"(?m)^[ \t>*_-]*{_CAPS_LABEL}[ \t]*:(?P<list>[^\n]*)$")
_CAPS_NAME = lazy_regex(
    r"(?<![A-Za-z'])(?:(?:MR|MRS|MS|MISS|DR|PROF|CLLR|REVD)\.?[ \t]+)?"
    r"(?P<name>[A-Z][A-Z'-]+(?:[ \t]+[A-Z][A-Z'-]+){1,2})(?![A-Za-z'])")


def _capital_names(text: str, names: _Names) -> Iterator[Span]:
    for line in _CAPS_LINE.finditer(text, timeout=10.0):
        for m in _CAPS_NAME.finditer(text, line.start("list"), line.end("list")):
            words = m.group("name").split()
            first, last = _norm(words[0]), _norm(words[-1])
            if names.given(first) and names.surname(last) and not (
                    names.weak(first) and names.weak(last)) and not is_placeholder(words):
                yield Span(m.start(), m.end(), 0.8)


# Two or three words in capitals between words that are not: a name a writer put in
# capitals amid lower-case prose ("set up by JANE DOE in June"). RE2 finds the lines with
# two words in capitals side by side, in the pass that finds prose's other lines of names.
_CAPS_THEN_GIVEN_RE2 = rb"[A-Z][A-Z'-]+[A-Z][ \t]+[A-Z][a-z]"
_CAPS_PAIR_RE2 = rb"[A-Z][A-Z'-]+[ \t]+[A-Z][A-Z'-]+"
# A line that is a name written surname first, as a directory shows it: an attendance list
# pasted from a meeting ("Doe, Jane (RPA)"), a list of delegates ("DOE, Jane"), a chat's
# speaker under the time they spoke ("[09:03] Doe, Jane (RPA)", as Teams copies it).
# The surname may open with its particles in lower case ("van der Berg, Pieter") and
# either part with an accented capital ("Ó Briain, Dara"; RE2 reads UTF-8, and Latin-1's
# capitals and Latin Extended-A's letters are enough to find the line).
# (No counted repeats: RE2 would build a state for each count, in every pass's first read.)
_LINE_PARTICLES_RE2 = ("(?:(?:" + _PARTICLE[3:_PARTICLE.index(")")] + r")[ \t]+)*").encode()
_LINE_CAPITAL_RE2 = rb"[A-Z\xc0-\xde\x{100}-\x{17f}]"
_SURNAME_FIRST_LINE_RE2 = (rb"(?m)^[ \t]*(?:[-*+][ \t]+|[0-9]+[.)][ \t]+|\[[0-9]+:[0-9:]+\]"
                           rb"[ \t]+)?(?:\*\*|__)?" + _LINE_PARTICLES_RE2 + _LINE_CAPITAL_RE2
                           + rb"[^\n,]*,[ \t]*" + _LINE_CAPITAL_RE2 + rb"[^\n,;:]*$")
_CAPS_OR_SURNAME_FIRST_RE2 = (_CAPS_PAIR_RE2 + b"|" + _CAPS_THEN_GIVEN_RE2 + b"|"
                              + _SURNAME_FIRST_LINE_RE2[4:]
                              # a title in capitals, then initials ("MRS J <SURNAME>")
                              + rb"|\b(?:MRS?|MS|MISS|MX|DR|PROF)\.?(?:[ \t]+[A-Z]\.?){1,3}"
                              rb"[ \t]+[A-Z][A-Z'-]+")
_SURNAME_FIRST_LINE = (
    r"[ \t]*(?:[-*+\u2022][ \t]+|\d{1,3}[.)][ \t]+|\[\d{1,2}:\d\d(?::\d\d)?\][ \t]+)?"
    r"(?P<label>)(?P<name>[^,\n]+,[^,\n(]+?)"
    r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*[,;.]?[ \t]*"
    r"(?:[ \t][-\u2013\u2014][ \t]+[^\n]{1,40})?")  # "Doe, Jane - DM": a role after a dash
# A role's label may open it ("Contact: Doe, Jane", "**Product owner:** Doe, Jane"): a
# label ``key_role`` reads as a person's, not "Location: …". (Tried on lines with a colon.)
_LABELLED_SURNAME_FIRST_LINE = _SURNAME_FIRST_LINE.replace(
    "(?P<label>)",
    r"(?:(?:\*\*|__)?(?P<label>\p{Lu}[\p{L} -]{0,40}?)[ \t]*:(?:\*\*|__)?[ \t]*)?")
_CAPS_RUN = lazy_regex(
    r"(?<![\p{L}\p{N}'\u2019_-])\p{Lu}[\p{Lu}'\u2019-]*\p{Lu}"
    r"(?:[ \t]+\p{Lu}[\p{Lu}'\u2019-]*\p{Lu})+(?![\p{L}\p{N}'\u2019_-])")


# A letter's signature in capitals under its sign-off: "Regards,", then "JANE DOE".
_CAPS_SIGNATURE = lazy_regex(
    r"[ \t]*(?P<name>\p{Lu}[\p{Lu}'\u2019-]+(?:[ \t]+\p{Lu}[\p{Lu}'\u2019-]+)"
    r"{1,2})[ \t]*,?[ \t]*")


# A letter's addressee in capitals, alone on its line over the address: a strict title,
# then a given name or initials, then a surname ("MR <GIVEN> <SURNAME>", "MRS <I> <SURNAME>").
_CAPS_TITLE_OPENS = frozenset(" \tMDP")
_CAPS_TITLED = lazy_regex(
    r"[ \t]*(?P<name>(?:MR|MRS|MS|MISS|MX|DR|PROF)\.?(?:[ \t]+\p{Lu}\.?){0,3}"
    r"(?:[ \t]+\p{Lu}[\p{Lu}'\u2019-]+){1,2})[ \t]*,?[ \t]*")


def _titled_in_capitals(words: list[str], names: _Names) -> bool:
    """After a title, initials or a given name, then a common surname, none of them a
    placeholder's."""
    body = [_norm(w.rstrip(".")) for w in words]
    initials = [w for w in body if len(w) == 1]
    full = [w for w in body if len(w) > 1]
    if not full or not names.surname(full[-1], long_tail=False) or is_placeholder(body):
        return False
    return (len(full) == 1 and bool(initials)) or (
        len(full) == 2 and names.given(full[0]) and not (names.weak(full[0])
                                                          and names.weak(full[1])))


def _signed_under(text: str, start: int) -> bool:
    """The line at ``start`` is under a sign-off ("Kind regards,"), a blank line between
    or none."""
    end = start - 1
    for _ in range(2):
        if end <= 0:
            return False
        previous = text[text.rfind("\n", 0, end) + 1:end]
        if _SIGN_OFF_LINE.match(previous):
            return True
        if previous.strip():
            return False
        end = text.rfind("\n", 0, end)
    return False


def _note_line(text: str, start: int, end: int, names: _Names) -> Iterator[Span]:
    """A name in capitals amid prose, or a line that is a name written surname first."""
    line = text[start:end]
    if line == line.upper():
        # a line all in capitals is a heading or a warranty, unless a letter's signature
        # or its addressee at the head of an address ("MRS <GIVEN> <SURNAME>")
        if (m := _CAPS_SIGNATURE.fullmatch(line)) is not None \
                and _signed_under(text, start):
            parts = m.group("name").split()
            if names.given(parts[0]) and names.surname(parts[-1]) \
                    and not is_placeholder(parts):
                yield Span(start + m.start("name"), start + m.end("name"), 0.8)
        elif line[:1] in _CAPS_TITLE_OPENS and (m := _CAPS_TITLED.fullmatch(line)) is not None \
                and _titled_in_capitals(m.group("name").split()[1:], names):
            yield Span(start + m.start("name"), start + m.end("name"), 0.8)
        return
    # (RE2 says which of its forms the line may hold: the full patterns cost more, and
    # most lines hold none; a line not in ASCII is read by them all)
    data = line.encode()
    plain = len(data) == len(line)
    if "," in line and (not plain or re2scan.found(_SURNAME_FIRST_LINE_RE2, data)):
        shape = _LABELLED_SURNAME_FIRST_LINE if ":" in line else _SURNAME_FIRST_LINE
        whole = _lazy(shape).fullmatch(line)
        if whole is not None \
                and (not whole.group("label") or key_role(whole.group("label")) is not None) \
                and (m := _SURNAME_FIRST.fullmatch(whole.group("name"))) is not None:
            # (a label says a person is named: one known name is enough there)
            span = _surname_first(m, start + whole.start("name"), names,
                                  relaxed=bool(whole.group("label")), unknown=False)
            if span is not None:
                yield span
                return
    if not plain or re2scan.found(_CAPS_PAIR_RE2, data):
        yield from _capitals_in(line, start, names)
    if not plain or re2scan.found(_CAPS_THEN_GIVEN_RE2, data):
        yield from _capitals_then_given(line, start, names)


# A surname in capitals before a given name, as forms, case notes and lists of delegates
# write it ("DOE Jane", a middle name after it): alone in capitals, not a heading's run.
# An Irish surname in capitals opens with its particle ("NÍ BHRIAIN Aoife", "MAC GIOLLA
# Padraig"): what follows the particle is a surname, whatever its (lenited) spelling.
_CAPS_GAELIC = r"(?:MAC|MHIC|MAG|NIC|N[IÍ]|Ó|U[AÍ])"
_CAPS_THEN_GIVEN = lazy_regex(
    r"(?<![\p{L}\p{N}'\u2019_-])(?<!\p{Lu}[ \t])(?:(?P<particle>" + _CAPS_GAELIC + r")[ \t]+)?"
    r"(?P<last>\p{Lu}[\p{Lu}'\u2019-]*\p{Lu})[ \t]+"
    r"(?P<given>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ \t]+(?P<middle>\p{Lu}\p{Ll}+))?"
    r"(?![\p{L}\p{N}'\u2019_-])")


def _capitals_then_given(line: str, start: int, names: _Names) -> Iterator[Span]:
    """``_CAPS_THEN_GIVEN``: a common surname, then a given name no English word spells."""
    for m in _CAPS_THEN_GIVEN.finditer(line):
        last, given, middle = _norm(m.group("last")), m.group("given"), m.group("middle")
        if m.group("particle") is not None:
            known = last.lower() not in load_english()
        else:
            known = names.surname(last, long_tail=False)
        if not (len(last) > 2 and known
                and last not in NOT_A_PERSON_AFTER and names.given(given)
                and not names.weak(given) and given.lower() not in load_english()
                and not is_placeholder([given, last])):
            continue
        end = m.end() if middle is not None and names.given(middle) \
            and not names.weak(middle) else m.end("given")
        yield Span(start + m.start(), start + end, 0.8)


def _capitals_in(line: str, start: int, names: _Names) -> Iterator[Span]:
    """A given name and a surname in capitals on a line of mixed case: the name stands out
    from its sentence. A line all in capitals (a heading, a licence's warranty) is not read,
    nor a longer run of capitals (a heading inside a line), nor a name that is also two
    common words ("GRACE PERIOD")."""
    for m in _CAPS_RUN.finditer(line):
        words = m.group().split()
        if len(words) > 3:
            continue
        first, last = _norm(words[0]), _norm(words[-1])
        if names.given(first) and names.surname(last) \
                and not (names.weak(first) and names.weak(last)) \
                and not any(_norm(w) in NOT_A_PERSON_AFTER for w in words) \
                and not is_placeholder(words):
            yield Span(start + m.start(), start + m.end(), 0.8)


# --- fields: values under name-like keys --------------------------------------------------

# Welsh forms' keys too: ``cyfenw`` (surname), ``enw cyntaf`` (first name), ``enw llawn``
# (full name), where the qualifier follows ``enw`` (name).
PART_WORDS = frozenset({"forename", "forenames", "firstname", "lastname", "surname", "surnames",
                        "givenname", "familyname", "middlename", "maidenname", "cyfenw"})
PART_PAIRS = ("first name", "last name", "given name", "family name", "middle name",
              "maiden name", "christian name", "other name", "birth name", "enw cyntaf")
FULL_QUALIFIERS = frozenset({
    "full", "legal", "preferred", "real", "married", "person", "contact", "customer", "holder",
    "applicant", "farmer", "agent", "inspector", "claimant", "payee", "keeper", "vet", "owner",
    "author", "patient", "client", "member", "employee", "staff", "officer", "caseworker", "tenant",
    "landlord", "occupier", "grower", "signatory", "recipient", "sender", "addressee",
    "beneficiary", "guardian", "parent", "spouse", "kin", "witness", "reporter", "assignee",
    "reviewer", "approver", "manager", "director", "trustee", "participant", "attendee",
    "speaker", "interviewee", "driver", "partner", "requester", "submitter",
    # a payment's parties, as ISO 20022 and payment exports name them
    "payer", "creditor", "debtor",
    "llawn",  # Welsh: enw llawn, full name
    # a form's question, as a survey's export heads its column: "What is your name?"
    "your", "my",
})
FULL_ROLES = frozenset({"author", "authors", "maintainer", "maintainers", "assignee", "speaker",
                        "actor",  # an event's or an audit record's: who did it
                        "signatory", "attendee", "attendees", "interviewee", "reviewer",
                        "approver", "caseworker", "witness", "kin",
                        # a meeting's: a calendar's or an attendance report's columns
                        "organizer", "organiser", "invitee", "participant",
                        # the plurals a list of people is kept under
                        "assignees", "speakers", "signatories", "interviewees", "reviewers",
                        "approvers", "caseworkers", "witnesses", "organizers", "organisers",
                        "invitees", "participants",
                        # a module's people: Python's ``__credits__``
                        "credits",
                        # a table of actions or of who does what: "| Who | What | When |"
                        "who"})
GENERIC_ROLES = frozenset({"owner", "contact", "customer", "agent", "manager", "lead", "client",
                           "member", "holder", "keeper", "by", "person", "sender", "recipient",
                           "creator", "developer", "contributor", "contributors", "reporter",
                           "applicant", "claimant", "payee", "farmer", "inspector", "patient",
                           "signee", "requester", "submitter",
                           # the people a service's records name by their part in a case
                           "spouse", "landowner", "landlord", "tenant", "occupier", "surveyor",
                           "assessor", "officer", "respondent", "complainant", "householder",
                           "licensee", "registrant", "representative", "nominee", "executor",
                           "deceased", "employee", "skipper", "grower", "guardian",
                           "beneficiary", "trustee",
                           # who rang a service desk: a ServiceNow incident's caller
                           "caller"})
# The generic roles that are a person's part in a case or a record (not an agent, a client,
# a manager or a lead, which software has too): under them a known given name and a
# surname the lists do not know are a person's (``_party_span``), as is a display name.
PARTIES = frozenset({"owner", "contact", "customer", "keeper", "sender", "recipient",
                     "creator", "contributor", "reporter", "applicant", "claimant", "payee",
                     "farmer", "inspector", "patient", "signee", "requester", "submitter",
                     "spouse", "landowner", "landlord", "tenant", "occupier", "surveyor",
                     "assessor", "respondent", "complainant", "householder", "licensee",
                     "registrant", "nominee", "executor", "employee", "grower", "guardian",
                     "beneficiary", "trustee", "assignee", "officer", "representative",
                     "caller"})
# A key that says its values are made up: ``PLACEHOLDER_SURNAMES``, ``example_author``.
PLACEHOLDER_KEYS = frozenset({"placeholder", "placeholders", "example", "examples", "sample",
                              "samples", "fake", "dummy", "reserved", "fictional", "mock"})
NOT_PERSON = frozenset({
    "file", "filename", "host", "hostname", "user", "username", "login", "app", "application",
    "service", "bucket", "table", "column", "db", "database", "schema", "key", "class",
    "module", "function", "method", "field", "var", "variable", "env", "scheme", "business",
    "company", "org", "organisation", "organization", "trading", "farm", "holding", "product",
    "project", "team", "queue", "topic", "event", "container", "image", "resource", "group",
    "domain", "server", "cluster", "region", "tag", "package", "property", "street", "road",
    "town", "city", "county", "country", "bank", "brand", "site", "location", "place",
    "parcel", "crop", "species", "breed", "animal", "land", "branch", "repo", "repository",
    "job", "task", "step", "stage", "workflow", "test", "type", "kind", "category", "status",
    "role", "permission", "policy", "config", "setting", "param", "parameter", "attr",
    "attribute", "label", "title", "heading", "document", "doc", "report", "form", "page",
    "template", "layout", "component", "element", "node", "device", "machine", "vm",
    "instance", "plugin", "provider", "model", "entity", "object", "item", "option",
    "collection", "index", "path", "dir", "directory", "folder", "url", "link", "route",
    "endpoint", "api", "font", "color", "colour", "theme", "icon", "sheet", "workbook", "tab",
    "cell", "channel", "stream", "pipeline", "account", "secret", "token", "cert",
    "certificate", "vault", "network", "subnet", "zone", "stack", "build", "release",
    "version", "commit", "lib", "library", "dataset", "metric", "layer", "scope",
    "screen", "nick", "nickname", "handle", "alias", "code", "short", "ref",
    # things and places named like people: a pet, a boat, an apple, a river's catchment
    "pet", "vessel", "boat", "ship", "variety", "cultivar", "catchment", "river", "office",
})

_VALUE_TAIL = lazy_regex(r"[ \t]*(?:<[^<>\n]*>|\([^()\n]*\))[ \t]*$")
_VALUE = lazy_regex(rf"(?:{_TITLE}[ \t]+)?(?:{_WORD}|{_CAPS}|{_INITIAL})"
                       rf"(?:[ \t]+(?:{_WORD}|{_CAPS}|{_INITIAL}|{_PARTICLE})){{0,4}}")
# A surname's particles, in any case when it comes first ("VAN DER BERG, Pieter"), and
# Irish ones ("Ní Bhriain, Aoife").
_LEAD_PARTICLE = (rf"(?:(?i:{_PARTICLE[3:_PARTICLE.index(')')]})|"
                  rf"{'|'.join(sorted(_GAELIC_PARTICLES))})[ \t]+")
_SURNAME_FIRST = lazy_regex(
    rf"(?P<last>(?:{_LEAD_PARTICLE}){{0,3}}(?:{_WORD}|{_CAPS})),[ \t]*"
    rf"(?P<rest>(?:(?:{_TITLE}|(?i:mr|mrs|ms|miss|dr))[ \t]+)?"
    rf"(?:{_WORD}|{_CAPS})(?:[ \t]+(?:{_WORD}|{_CAPS}|{_INITIAL})){{0,2}})")


_LEAD_PARTICLES = lazy_regex(rf"(?:{_PARTICLE}[ \t]+)+")
# A person's initials, then their surname: "J.A. <SURNAME>", "MR K M <Surname>".
_INITIALLED = lazy_regex(
    rf"(?:(?:{_TITLE}|(?i:mr|mrs|ms|miss|mx|dr))\.?[ \t]+)?"
    rf"(?:\p{{Lu}}(?:\.[ \t]*|[ \t]+)){{1,3}}(?<=[. \t])(?P<last>{_WORD}|{_CAPS})")
_AFTER_INITIAL = frozenset(". \tRrSsIiXx")  # an initial's dot or space, or a title's letter
_SURNAME_INITIALS = lazy_regex(rf"(?P<last>{_WORD}|{_CAPS}),?(?:[ \t]+\p{{Lu}}\.?){{1,3}}")


def party_role(key: str, table: bool = False) -> str | None:
    """``key_role``, but ``party`` for a generic key whose head word is a party's to a case
    or a record (``keeper``, ``Applicant``), and a database table's ``display_name``
    (``table``; a pipeline's step has a ``displayName`` too): a role read as ``generic``
    is, except that a known given name and an unknown surname make a name there."""
    role = key_role(key)
    if role == "generic":
        ws = words(key).split()
        if ws[-1] in PARTIES or (table and ws[-2:] == ["display", "name"]):
            return "party"
    return role


# A delivery team's roles, as a team page's or a service's metadata keys them (the labels
# ``Product owner:`` and ``Tech lead:`` in prose): whoever holds one is a person.
_TEAM_ROLE_KEYS = frozenset({
    ("product", "owner"), ("product", "manager"), ("delivery", "manager"), ("delivery", "lead"),
    ("tech", "lead"), ("technical", "lead"), ("scrum", "master"), ("service", "owner"),
    ("service", "manager"), ("responsible", "owner"), ("user", "researcher"),
    ("business", "analyst"), ("lead", "developer"), ("engineering", "manager"),
})


@lru_cache(maxsize=4096)
def key_role(key: str) -> str | None:
    """``part`` (one part of a name), ``full`` (a person's name), ``generic`` (a name, maybe
    a person's) or None, from the words of a key: ``contactName`` → full."""
    ws = words(key).split()
    if not ws or any(w in PLACEHOLDER_KEYS for w in ws):
        return None
    if "(original name)" in key.lower():
        return "full"  # a video call's participants: "Name (Original Name)", as joined
    # The last word is the head: an ``accountHolder`` is a person, an ``accountName`` is not.
    if ws[-1] in FULL_ROLES:
        return "full"
    if ws[-1] == "by" and len(ws) > 1:  # created_by, lastModifiedBy, approved by: who did it
        return "full"
    if ws[-1] == "person" and len(ws) > 1:  # contactPerson, responsible_person: a person's
        return "full"
    if ws[-1] == "to" and len(ws) > 1 and ws[-2] in ("assigned", "reassigned", "delegated"):
        return "full"  # a work item's "Assigned To", an "assigned_to" key: whom it is given
    if tuple(ws[-2:]) in _TEAM_ROLE_KEYS or ws == ["sro"]:
        return "full"  # product_owner, techLead: a delivery team's role, held by a person
    if ws[-1] in GENERIC_ROLES:
        return "generic"
    # A person's own name, whatever it belongs to: accountHolderName, userFullName.
    if ws[-1] in ("fullname", "fullnames") or (
            len(ws) > 1 and ws[-1] in ("name", "names") and ws[-2] in FULL_QUALIFIERS):
        return "full"
    if any(w in NOT_PERSON for w in ws):
        return None
    joined = " ".join(ws)
    if any(w in PART_WORDS for w in ws) or any(p in joined for p in PART_PAIRS):
        return "part"
    if "name" in ws or "names" in ws or "enw" in ws:
        return "full" if any(w in FULL_QUALIFIERS for w in ws) else "generic"
    return None


_JSON_ESCAPE = lazy_regex(r"\\u([0-9A-Fa-f]{4})")


def _unescaped(value: str) -> tuple[str, list[int]]:
    """``value`` with its JSON ``\\uXXXX`` escapes read, and where each of its characters
    (and its end) starts in ``value``."""
    plain: list[str] = []
    at: list[int] = []
    last = 0
    for m in _JSON_ESCAPE.finditer(value):
        plain.append(value[last:m.start()])
        at.extend(range(last, m.start()))
        plain.append(chr(int(m.group(1), 16)))
        at.append(m.start())
        last = m.end()
    plain.append(value[last:])
    at.extend(range(last, len(value) + 1))
    return "".join(plain), at


def _field_span(role: str, value: str, offset: int, names: _Names) -> Span | None:
    if "\\u" in value:
        # JSON written with its letters escaped (Python's json.dump): "Nowi\u0144ski" is read
        # as the name it stands for, and the whole value is the name.
        plain, at = _unescaped(value)
        span = _field_span(role, plain, 0, names) if plain != value else None
        if span is None:
            return None
        return Span(offset + at[span.start], offset + at[span.end], span.confidence,
                    span.suggestion)
    tail = _VALUE_TAIL.search(value)
    if tail is not None and tail.start() > 0:
        value = value[:tail.start()]
    value = value.rstrip(" \t,;")
    m = _SURNAME_FIRST.fullmatch(value)
    if m is not None:
        return _surname_first(m, offset, names, relaxed=role not in ("generic", "party"),
                              unknown=role == "full")
    if role == "full" and (m := _SURNAME_INITIALS.fullmatch(value)) is not None:
        # "ALLEN J R" under a payee's key: a bank file's surname and initials (a surname no
        # list holds too, where it is written in mixed case: "<Surname> J.")
        last = _norm(_titled(m.group("last")))
        # The unknown one only with its initial's dot: "<CA> O" is a certificate's
        # "CN=<CA> O=<organisation>" read up to the next attribute's "=".
        if (names.surname(last) or (not m.group("last").isupper() and value.endswith(".")
                                    and _strange(last, names))) \
                and not is_placeholder([last]):
            return Span(offset, offset + len(value), 0.85, "Doe J")
    if role != "part" and value[1:2] in _AFTER_INITIAL \
            and (m := _INITIALLED.fullmatch(value)) is not None:
        # "J.A. <SURNAME>", "MR K M <SURNAME>": a bank file's payee or account's holder, by
        # their initials and surname (one the lists do not know too: initials name a person)
        last = _norm(_titled(m.group("last")))
        if (names.surname(last) or _strange(last, names)) and not is_placeholder([last]) \
                and last not in NOT_A_PERSON_AFTER:
            return Span(offset, offset + len(value), 0.85, "J Doe")
    if role == "holder":
        return None
    if _VALUE.fullmatch(value) is None and (role != "part" or (
            (lead := _LEAD_PARTICLES.match(value)) is None
            or _VALUE.fullmatch(value, lead.end()) is None)):
        return None  # (a surname alone may open with its particles: "van der Berg")
    items = _items(_titled(value), offset)
    named = [i for i in items if i.kind in ("word", "caps")]
    if role == "part":
        if not 1 <= len(named) <= 3 or is_placeholder([i.text for i in items]):
            return None
        if any(_norm(i.text) in NOT_A_PERSON_AFTER or _norm(i.text) in ROLES for i in named):
            return None
        part = "Test" if len(named) == 1 and names.given(named[0].text) else "User"
        return Span(items[0].start, items[-1].end, 0.85, part)
    span = _name_span(items, names, relaxed=role in ("full", "person"), unknown=role == "full")
    if span is None and value.isupper() and items[0].kind != "title":
        # "DOE JANE": payment and bank files write the surname first, in capitals
        span = _name_span(items[::-1], names, relaxed=False)
        span = None if span is None else Span(items[0].start, items[-1].end, span.confidence)
    elif span is None and len(items) > 1 and items[0].kind == "caps" \
            and all(i.kind == "word" for i in items[1:]):
        # "DOE Jane": the surname in capitals, first, as forms and lists of delegates write it
        span = _name_span([*items[1:], items[0]], names, relaxed=False)
        span = None if span is None else Span(items[0].start, items[-1].end, span.confidence)
    elif span is None and (m := _CAPS_THEN_GIVEN.fullmatch(value)) is not None \
            and m.group("particle") is not None:
        # "MAC GIOLLA Padraig": an Irish surname in capitals, its particle first
        span = next(_capitals_then_given(value, offset, names), None)
    elif span is None and role == "party":
        span = _party_span(items, names) or _weak_pair(items, names)
    if span is None or any(_norm(i.text) in NOT_A_PERSON_AFTER for i in named):
        return None
    return Span(span.start, span.end, 0.9 if role == "full" else 0.85, span.suggestion)


def _party_span(items: list[Item], names: _Names) -> Span | None:
    """A given name no English word, tool or place spells, then one word the lists do not
    know and no English word, thing or place spells: a party's name from abroad
    (``keeper: <Given> <Unknown>``), not ``owner: <Given> Platform``."""
    if len(items) != 2 or items[0].kind != "word" or items[1].kind != "word" \
            or not _given_alone(items[0].text, names) or names.known(items[1].text) \
            or len(items[1].text) < 3 or is_placeholder([i.text for i in items]) \
            or not _unknown_name(items, names):
        return None
    return Span(items[0].start, items[1].end, 0.8)


def _weak_pair(items: list[Item], names: _Names) -> Span | None:
    """A given name and a surname that are both common words ("<Mark> <Day>"), which prose
    leaves alone: under a party's key (a customer, an applicant, a keeper) a person's."""
    if len(items) != 2 or any(i.kind != "word" for i in items) \
            or not names.given(items[0].text) or not names.surname(items[1].text, False) \
            or is_placeholder([i.text for i in items]):
        return None
    return Span(items[0].start, items[1].end, 0.8)


def _titled(value: str) -> str:
    """A value in capitals in title case, letter for letter ("MR J DOE" to "Mr J Doe"):
    titles and initials then read as they do in mixed case."""
    if not value.isupper():
        return value
    titled = value.title()
    return titled if len(titled) == len(value) else value


def _surname_first(m: regex.Match[str], offset: int, names: _Names, *, relaxed: bool,
                   unknown: bool) -> Span | None:
    """A name written surname first ("Doe, Jane", "DOE, JANE", a title before the rest)
    from a ``_SURNAME_FIRST`` match at ``offset``."""
    # "VAN DER BERG" reads as "van der Berg": its particles in lower case, as in a name
    # written given name first
    words = _titled(m.group("last")).split(" ")
    words = [w.lower() if w.lower() in _PARTICLES and k < len(words) - 1 else w
             for k, w in enumerate(words)]
    # "Bristol, UK", "Austin, TX": a place and its country's or state's code, not a
    # surname in title case before a given name in capitals
    if not m.group("last").isupper() and _lazy(r"\p{Lu}{2,3}").fullmatch(m.group("rest")):
        return None
    last = _items(" ".join(words), offset + m.start("last"))
    rest = _items(_titled(m.group("rest")), offset + m.start("rest"))
    span = _name_span(rest + last, names, relaxed=relaxed, unknown=unknown)
    if span is None or is_placeholder([i.text for i in last + rest]):
        return None
    return Span(offset + m.start(), offset + m.end(), 0.85)


Keyed = tuple[str, str, int]  # (role, value, offset of the value)


# Every key ``key_role`` gives a role holds one of these, in any case: the lines without
# one (and not just after one, where a ``value`` is named by its sibling) hold no keyed name.
# Welsh ``enw`` only where it opens a word (``enw_llawn``, ``cyswlltEnw``): not in every "renew".
_ROLE_WORDS = ("(?i)" + "|".join(sorted(FULL_ROLES | GENERIC_ROLES | PART_WORDS
                                        | {"name", "assigned"},
                                        key=lambda w: (-len(w), w)))
               + "|(?:^|[^a-z])enw|(?-i:[a-z]Enw)"
               # a programme's senior responsible owner, by its initials ("sro: …")
               + r"|\bsro\b").encode()


def _role_lines(locator: Locator) -> list[int]:
    """The lines that hold a role word, found once for the fields and the lists."""
    near = locator.cache.get("name-role-lines")
    if near is None:
        near = locator.cache["name-role-lines"] = re2scan.lines_with(_ROLE_WORDS, locator.utf8)
    return near  # type: ignore[return-value]


def _from_fields(locator: Locator) -> Iterator[Keyed]:
    near = _role_lines(locator)
    lines: Iterable[int] = sorted({*near, *(i + 1 for i in near if i + 1 < locator.line_count)})
    if locator.text.syntax in ALIASED_KEYS:  # its keys are not the words looked for (``cn``)
        lines = range(locator.line_count)
    geo = is_geo(locator.text.path)
    names = _names()
    found = fields_on(locator, lines)
    text = locator.text.text
    tracker = _a_trackers_export(locator)
    for f in found:
        if not f.value[:1].isalpha():
            continue
        if locator.text.syntax == "yaml" and text.startswith(",", f.end):
            f = _yaml_plain_scalar(text, f)
        role = key_role(f.key)
        if role is None and f.key.lower() in _DISPLAY_VALUE_KEYS:
            role = _referenced_role(locator, f.start)
        if tracker and role != "full" and _trackers_person(f.key):
            role = "full"
        if role == "generic" and (label := _spaced_key(locator, f.start)) is not None \
                and key_role(label) == "full":
            role = "full"  # "tracked change by: …", as a document's properties write it
        if role == "generic" and geo and _GEO_AUTHOR_TAG.search(
                locator.text.text, max(0, f.start - 80), f.start) is not None:
            role = "full"  # a map's author: GPX's <author><name>, KML's <atom:author>
        elif role is None and f.value[1:2] in _AFTER_INITIAL and _an_accounts_name(f.key):
            role = "holder"  # a bank account's name: its holder's, where initials open it
        elif role is None or (role == "generic" and (thing_key(f.key, geo)
                                                     or _animals_name(locator, f)
                                                     or _a_things_name(locator, f))):
            continue
        if role == "generic" and locator.text.syntax == "properties" \
                and _dotted_key_role(text, f.start) == "full":
            role = "full"  # support.contact.name=…: the whole key says whose name it is
        elif role == "generic" and words(f.key).strip() in _RECORD_NAME_KEYS \
                and _parent_names_a_person(locator, f.start,
                                           words(f.key).strip() == "display name"):
            role = "full"  # (a Jira export's "assignee": {"displayName": …} too)
        elif role == "generic" and locator.text.syntax == "ldif":
            role = "full"  # a directory entry's displayName: a person's, as its cn is
        elif role == "generic" and locator.text.syntax == "toml" and f.key == "name" \
                and (array := _array_key(text, f.start)) is not None \
                and key_role(array) == "full":
            role = "full"  # authors = [{ name = "…", email = "…" }]: pyproject's people
        elif role == "generic" and words(f.key).strip() in _RECORD_NAME_KEYS \
                and _record_of_a_person(locator, f.start, found):
            role = "person"
        elif role == "generic" and locator.text.syntax == "json" \
                and words(f.key).strip() in _RECORD_NAME_KEYS and '"model"' in text \
                and _fixture_of_a_person(text, f.start):
            role = "full"
        if role == "generic":
            role = party_role(f.key, locator.text.syntax == "sql") or role
        value: str | None = f.value
        # "van der Berg" (a part), "ap Gruffydd, Rhys" (a name written surname first)
        particles = f.value.split(" ", 1)[0] in _PARTICLES and _after_particles(f.value)
        if not f.value[:1].isupper() and not particles:
            value = _capitalised(f.value, names, role)
        if value is not None and role == "full" and ";" in value:
            # a list of people in one value: a calendar's "Required Attendees",
            # "<Surname>, <Given>;<Surname>, <Given>"
            for at, piece in _pieces(value, ";", f.start):
                lead = len(piece) - len(piece.lstrip())
                if piece.strip()[:1].isupper():
                    yield role, piece.strip(), at + lead
        elif value is not None:
            yield role, value, f.start


# A reference field's shown value, as ServiceNow's exports write it ("assigned_to":
# {"display_value": …, "value": <sys_id>}): named by the field that holds it.
_DISPLAY_VALUE_KEYS = frozenset({"display_value", "displayvalue"})


def _referenced_role(locator: Locator, offset: int) -> str | None:
    """The role of the reference field whose shown value is at ``offset``: its key's,
    read without the ``_id`` that names its stored value (``caller_id`` is the caller)."""
    parent = _parent_key(locator, offset)
    if parent is None:
        return None
    ws = words(parent).split()
    if len(ws) > 1 and ws[-1] == "id":
        ws = ws[:-1]
    return party_role(" ".join(ws))


def _an_accounts_name(key: str) -> bool:
    """``account_name``, ``Account Name``: a bank account's, or a cloud's storage account's
    (whose names are no person's initials and surname)."""
    return words(key).endswith(" account name ")


_DOTTED_KEY = lazy(r"[ \t]*(?P<key>[\w-]+(?:\.[\w-]+)+)[ \t]*[:=][ \t]*")


def _dotted_key_role(text: str, start: int) -> str | None:
    """The role of the whole dotted key on the line of the value at ``start`` (a
    properties file's ``support.contact.name``, whose last part alone is ``name``)."""
    head = _DOTTED_KEY.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
    return None if head is None else key_role(head.group("key"))


def _after_particles(value: str) -> bool:
    """``value`` opens with particles before a capital ("van der Berg"): read word by word,
    as most values that open with "de" or "la" are words, not names."""
    words = value.split(" ", 4)
    k = 0
    while k < len(words) - 1 and words[k] in _PARTICLES:
        k += 1
    return k > 0 and words[k][:1].isupper()


_YAML_REST = lazy_regex(r",[ \t]*[^\s#,\[\]{}][^\n#,\[\]{}]*?(?=[ \t]*(?:#|$))", regex.M)


def _yaml_plain_scalar(text: str, f: Field) -> Field:
    """A YAML value outside brackets runs to the end of its line, a comma and all
    ("owner: Doe, Jane"): only a flow collection's comma parts its items."""
    line_start = text.rfind("\n", 0, f.start) + 1
    if any(c in text[line_start:f.start] for c in "[{"):
        return f
    rest = _YAML_REST.match(text, f.end)
    if rest is None:
        return f
    return Field(f.key, text[f.start:rest.end()], f.start, rest.end(), f.path)


def _spaced_key(locator: Locator, start: int) -> str | None:
    """A key of several words whose value opens at ``start``, whole ("tracked change by",
    "comment author"): the fields read only its last word."""
    text = locator.text.text
    line_start = text.rfind("\n", 0, start) + 1
    label = text[line_start:start].rstrip(" \t:=").strip(" \t-\"'")
    return label if " " in label and len(label) <= 40 else None


_YAML_KEY_LINE = lazy_regex(
    r"[ \t]*(?:-[ \t]+)?[\"']?(?P<key>[A-Za-z_][\w.-]*)[\"']?[ \t]*:"
    r"[ \t]*(?:#.*)?$")
_JSON_KEY_BEFORE = lazy_regex(r"[\"']?(?P<key>[A-Za-z_][\w.-]*)[\"']?[ \t]*[:=][ \t]*\Z")
_SECTION = lazy_regex(r"(?rm)^[ \t]*\[+[ \t]*(?P<key>[^\]\n]+?)[ \t]*\]+[ \t]*$")
# How far back a ``name``'s parent is looked for: lines of YAML, characters of JSON.
_PARENT_LINES = 30
_PARENT_CHARS = 2000


def _parent_key(locator: Locator, offset: int) -> str | None:
    """The key of the object that holds the field at ``offset``: YAML by indentation (past
    a list item's own line), JSON by braces (past a list's brackets), TOML and INI
    by their section; None where there is none or it is out of reach."""
    syntax, text = locator.text.syntax, locator.text.text
    if syntax == "yaml":
        index = locator.line_index(offset)
        line = locator.line_text(index)
        indent = len(line) - len(line.lstrip(" "))
        for up in range(index - 1, max(-1, index - _PARENT_LINES), -1):
            above = locator.line_text(up)
            body = above.lstrip(" ")
            if not body.strip() or body.startswith("#"):
                continue
            level = len(above) - len(body)
            if level >= indent:
                continue
            if body.startswith("- "):  # the list item this field belongs to
                indent = level
                continue
            m = _YAML_KEY_LINE.fullmatch(above)
            return None if m is None else m.group("key")
        return None
    if syntax == "json":
        depth = 0
        for at in range(offset - 1, max(-1, offset - _PARENT_CHARS), -1):
            c = text[at]
            if c in "}]":
                depth += 1
            elif c in "{[":
                if depth:
                    depth -= 1
                    continue
                before = text[max(0, at - 80):at].rstrip()
                if before.endswith(("[", ",")):
                    continue  # an object in a list: the list's key is further back
                m = _JSON_KEY_BEFORE.search(before + " ")
                return None if m is None else m.group("key")
        return None
    if syntax in ("toml", "ini"):
        last = _SECTION.search(text, 0, offset)  # searched backwards: the nearest
        return None if last is None else last.group("key").split(".")[-1].strip("\"'")
    if syntax == "xml":
        # the element around the value's own: a POM's <developer> around its <name>
        depth, own = 0, True
        tags = list(_XML_TAG.finditer(text, max(0, offset - _PARENT_CHARS), offset))
        for tag in reversed(tags):
            if tag.group("end"):
                continue  # <br/>: neither opens nor closes
            if tag.group("close"):
                depth += 1
            elif own:
                own = False  # the value's own element
            elif depth:
                depth -= 1
            else:
                return tag.group("name").rsplit(":", 1)[-1]
        return None
    return None


_XML_TAG = lazy_regex(
    r"<(?P<close>/?)(?P<name>[A-Za-z_][\w:.-]{0,60})(?:[ \t\n][^<>]*?)?(?P<end>/?)>")


def _parent_names_a_person(locator: Locator, offset: int, display: bool = False) -> bool:
    """A ``name`` inside an owner's, a maintainer's or an author's object is that person's
    (``maintainers: - name: …``, ``"contact": {"name": …}``, ``[owner] name = …``), and
    (``display``) a display name inside a user's: a chat export's ``"from": {"user":
    {"displayName": …}}`` (an app's is under ``"application"``)."""
    parent = _parent_key(locator, offset)
    return _person_key(parent) or (display and parent is not None
                                   and parent.lower() in ("user", "users"))


# The generic keys a person's record holds their name under (a users table's display name).
_RECORD_NAME_KEYS = frozenset({"name", "display name"})
# A key that holds a person's own details: the record that holds it is a person's, and
# its ``name`` that person's (an e-mail or a phone number, a date of birth, a home
# address; not an ``ip_address``).
_DETAIL_KEY = (r"(?:e-?mail|(?:tele|mobile[_ -]?)?phone|mobile|dob|date[_ -]?of[_ -]?birth"
               r"|birth[_ -]?date|birthday|(?:home[_ -]?|postal[_ -]?)?address)"
               r"(?:[_ -]?(?:address|number|no))?")
_DETAIL_FIELD = lazy_regex(rf"(?i)(?<![\w.-])[\"']?{_DETAIL_KEY}[\"']?[ \t]*:")
_RECORD_LINES = 15


def _record_of_a_person(locator: Locator, offset: int, found: list[Field]) -> bool:
    """The ``name`` at ``offset`` has a sibling that holds a person's details: its row
    (CSV), its object (JSON, as far as the braces around it) or its mapping (YAML, the
    lines at its key's indentation)."""
    syntax, text = locator.text.syntax, locator.text.text
    if syntax in ("csv", "tsv"):
        start, end = locator.line_span(locator.line_index(offset))
        key = _lazy(rf"(?i){_DETAIL_KEY}")
        return any(start <= f.start < end and key.fullmatch(f.key.strip()) is not None
                   for f in found)
    if syntax == "json":
        return _object_of_a_person(text, offset)
    if syntax == "sql":
        return _row_of_a_person(text, offset, found)
    if syntax in ("toml", "ini", "properties", "env"):
        return _section_of_a_person(locator, offset)
    if syntax != "yaml":
        return False
    index = locator.line_index(offset)
    line = locator.line_text(index)
    body = line.lstrip(" -")
    indent = len(line) - len(body)
    detail = _DETAIL_FIELD
    for step in (-1, 1) if body == line.lstrip(" ") else (1,):
        at = index
        for _ in range(_RECORD_LINES):
            at += step
            if not 0 <= at < locator.line_count:
                break
            other = locator.line_text(at)
            rest = other.lstrip(" ")
            level = len(other) - len(rest)
            if not rest.strip() or rest.startswith("#") or level > indent:
                continue
            if rest.startswith("- "):  # the next item, or this item's start and first key
                if step == 1:
                    break
                level += len(rest) - len(rest[2:].lstrip(" "))
                if level == indent and detail.match(rest[2:].lstrip(" ")) is not None:
                    return True
                break
            if level != indent:
                break
            if detail.match(rest) is not None:
                return True
    return False


# A Django fixture's record: its model ("<app>.<model>") says what its fields describe,
# and a person's model's name is theirs ("claims.caseworker": {"fields": {"name": …}}).
_FIXTURE_MODEL = lazy(r'"model"[ \t]*:[ \t]*"[\w.]+\.(?P<model>\w+)"')
_FIXTURE_REACH = 400


def _fixture_of_a_person(text: str, offset: int) -> bool:
    at = text.rfind('"model"', max(0, offset - _FIXTURE_REACH), offset)
    m = _FIXTURE_MODEL.match(text, at) if at >= 0 else None
    if m is None:
        return False
    model = m.group("model").lower()
    return model in FULL_ROLES or model in GENERIC_ROLES or model in FULL_QUALIFIERS


_JSON_TOKEN = lazy_regex(
    rf"(?i)(?P<b>[{{}}\[\]])|(?<![\w.-])[\"']?{_DETAIL_KEY}[\"']?[ \t]*:")
_JSON_BACK = lazy_regex(r"(?r)[{}\[\]]")


def _object_start(text: str, offset: int) -> int:
    """Where the JSON object that holds ``offset`` opens, within _PARENT_CHARS before it;
    -1 when a list holds it, or no bracket does."""
    depth = 0
    for m in _JSON_BACK.finditer(text, max(0, offset - _PARENT_CHARS), offset):
        if m.group() in "}]":
            depth += 1
        elif depth:
            depth -= 1
        else:
            return m.start() if m.group() == "{" else -1
    return -1


def _object_of_a_person(text: str, offset: int) -> bool:
    """The JSON object that holds the ``name`` at ``offset`` has a person's detail among
    its own keys or its direct children's (``{"contact": {"email": …}, "name": …}``), not
    in a list below it, nor in an object around it, nor under another person's key (a
    manifest's ``author``)."""
    start = _object_start(text, offset)
    if start < 0:
        return False
    opened: list[int] = []  # where each bracket open below the object opens
    for m in _JSON_TOKEN.finditer(text, start + 1, offset + _PARENT_CHARS):
        b = m.group("b")
        if b is None:
            if not opened:
                return True
            if len(opened) == 1 and text[opened[0]] == "{":
                child = _JSON_KEY_BEFORE.search(
                    text[max(0, opened[0] - 80):opened[0]].rstrip() + " ")
                if child is None or key_role(child.group("key")) != "full":
                    return True
        elif b in "{[":
            opened.append(m.start())
        elif not opened:
            return False  # the object's end
        else:
            opened.pop()
    return False


# A chat export's bot or app user (Slack's ``"is_bot": true``): its name is a product's or
# a made-up character's, not a person's, though it may be a given name alone.
_BOT_FLAG = lazy(r'"(?:is_bot|is_app_user)"[ \t]*:[ \t]*true')
_BRACES = lazy(r"[{}]")


def _a_bots_record(text: str, offset: int) -> bool:
    """The JSON object that holds ``offset``, or the object that one is a value of (a
    user's ``profile``), flags a bot. (Not an object a list holds: a list of users.)"""
    end = offset
    for _ in range(2):
        start = _object_start(text, end)
        if start < 0:
            return False
        depth, close = 0, len(text)
        for brace in _BRACES.finditer(text, start, start + 4 * _PARENT_CHARS):
            depth += 1 if brace.group() == "{" else -1
            if not depth:
                close = brace.end()
                break
        if _BOT_FLAG.search(text, start, close) is not None:
            return True
        end = start
    return False


# Where one row of an SQL insert ends and the next starts: ``), (`` or ``;``, or a new line
# of a ``COPY`` block (no quotes nor brackets between its cells).
_SQL_ROW_END = lazy_regex(r"\)\s*,\s*\(|;")
_ROW_CELLS = 60


def _row_of_a_person(text: str, offset: int, found: list[Field]) -> bool:
    """The SQL row (an ``INSERT``'s tuple, a ``COPY`` block's line) that holds the
    ``name`` at ``offset`` has a column that holds a person's details."""
    at = bisect_right(found, offset, key=lambda f: f.start) - 1
    if at < 0 or found[at].start != offset:
        return False
    key = _lazy(rf"(?i){_DETAIL_KEY}")
    for step in (-1, 1):
        i = at
        for _ in range(_ROW_CELLS):
            j = i + step
            if not 0 <= j < len(found):
                break
            first, second = (found[j], found[i]) if step < 0 else (found[i], found[j])
            gap = text[first.end:second.start]
            if _SQL_ROW_END.search(gap) is not None or (
                    "\n" in gap and "'" not in gap and "(" not in gap):
                break
            if key.fullmatch(found[j].key.strip()) is not None:
                return True
            i = j
    return False


_KEY_PREFIX = lazy_regex(
    r"(?i)[ \t]*(?:export[ \t]+)?[\"']?(?P<prefix>[\w.-]+\.)?[\w-]*name[\"']?"
    r"[ \t]*[=:][ \t\"']*\Z")
_SECTION_START = lazy_regex(r"(?rm)^[ \t]*\[")


def _section_of_a_person(locator: Locator, offset: int) -> bool:
    """The ``name`` at ``offset`` sits beside a person's detail: in its TOML or INI
    section (``[[people]]``, ``[contact]``), or under the same prefix in a properties or
    an env file's group of keys (``contact.name`` beside ``contact.email``)."""
    text = locator.text.text
    line_start = text.rfind("\n", 0, offset) + 1
    m = _KEY_PREFIX.match(text, line_start, offset)
    if m is None:
        return False
    prefix = m.group("prefix")
    index = locator.line_index(offset)
    first = max(0, index - _RECORD_LINES)
    last = min(locator.line_count - 1, index + _RECORD_LINES)
    if prefix is None:
        if locator.text.syntax not in ("toml", "ini"):
            return False
        head = _SECTION_START.search(text, locator.line_span(first)[0], line_start)
        start = line_start if head is None and first > 0 else (0 if head is None
                                                               else head.start())
        after = _lazy(r"(?m)^[ \t]*\[").search(text, offset, locator.line_span(last)[1])
        end = locator.line_span(last)[1] if after is None else after.start()
        detail = rf"(?im)^[ \t]*[\"']?{_DETAIL_KEY}[\"']?[ \t]*[=:]"
    else:
        start, end = locator.line_span(first)[0], locator.line_span(last)[1]
        detail = (rf"(?im)^[ \t]*(?:export[ \t]+)?{regex.escape(prefix)}{_DETAIL_KEY}"
                  r"[ \t]*[=:]")
    return _lazy(detail).search(text, start, end) is not None


def _person_key(parent: str | None) -> bool:
    """Whether an object's key names a person whose ``name`` it holds."""
    if parent is None:
        return False
    ws = words(parent).split()
    if ws and ws[-1].endswith("s") and ws[-1][:-1] in GENERIC_ROLES and not thing_key(parent) \
            and ws[-1] != "bys":
        return True  # a list of records: ``keepers: - name: …``, ``"applicants": [{"name": …``
    role = key_role(parent)
    if role is None or thing_key(parent):
        return False
    return bool(ws) and (ws[-1] in FULL_ROLES or ws[-1] in GENERIC_ROLES) \
        and ws[-1] not in ("by", "who")


def _capitalised(value: str, names: _Names, role: str) -> str | None:
    """A name an export or a form's raw input wrote all in lower case ("jane doe"),
    with capitals, to be read as the name it is; None when it is no name so written. Only
    a name no reading can take for words: a given name no English word spells, then up to
    two more names (a surname may be a word: "smith"), or one name alone under a part's key
    ("doe" under ``last_name``)."""
    if value.count(",") == 1 and role != "part":
        # "doe, jane": written surname first, as a directory's export in lower case has it
        last, _, first = value.partition(",")
        gap = first[:len(first) - len(first.lstrip(" "))]
        if not last or not first.strip() or last != last.strip() or " " in first.strip():
            return None
        whole = _capitalised(f"{first.strip()} {last}", names, role)
        if whole is None:
            return None
        given, _, surname = whole.partition(" ")
        return f"{surname},{gap}{given}"
    words = value.split(" ")
    if sum(w not in _PARTICLES for w in words) > 3 or (len(words) == 1 and role != "part") \
            or not value.islower() \
            or not all(w.replace("-", "").isalpha() for w in words):
        return None
    # a particle inside a name stays in lower case: "dafydd ap gwilym", "pieter van der berg"
    title = " ".join(w if 0 < k < len(words) - 1 and w in _PARTICLES
                     else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                     for k, w in enumerate(words))
    if is_placeholder(title.split(" ")):
        return title  # kept, so the part beside it is known as a placeholder's too ("john")
    english = load_english()
    first = title.split(" ")[0]
    rest = [w for w in title.split(" ")[1:] if w not in _PARTICLES]
    if len(title) != len(value) or first.lower() in english or not names.known(first) \
            or not all(names.known(w, long_tail=True) for w in rest):
        return None
    return title


# A list of people under a key that names them: ``"attendees": ["…", "…"]``, TOML's
# ``maintainers = ["… <…>"]``, and YAML's ``reviewers:`` with an item a line under it.
_INLINE_LIST = lazy_regex(
    r"""["']?(?P<key>[A-Za-z_][\w.-]*)["']?[ \t]*[:=][ \t]*\[(?P<body>[^\[\]\n]{1,500})\]""")
_BLOCK_LIST_KEY = lazy_regex(r"(?P<indent>[ \t]*)(?P<key>[A-Za-z_][\w.-]*):[ \t]*$")
_BLOCK_ITEM = lazy_regex(r"(?P<indent>[ \t]*)-[ \t]+(?P<v>[^\n#]*[^\s#])[ \t]*$")
_QUOTED = lazy_regex(r""""((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'""")


def _from_lists(locator: Locator) -> Iterator[Keyed]:
    text = locator.text.text
    for index in _role_lines(locator):
        start, end = locator.line_span(index)
        for m in _INLINE_LIST.finditer(text, start, end):
            role = _list_role(m.group("key"))
            if role is not None:
                for q in _QUOTED.finditer(text, m.start("body"), m.end("body")):
                    group = 1 if q.group(1) is not None else 2
                    if q.group(group)[:1].isupper():
                        yield role, q.group(group), q.start(group)
        key = _BLOCK_LIST_KEY.fullmatch(text, start, end)
        if key is None or (role := _list_role(key.group("key"))) is None:
            continue
        line = index + 1
        while line < locator.line_count:
            start, end = locator.line_span(line)
            item = _BLOCK_ITEM.fullmatch(text, start, end)
            if item is None or len(item.group("indent")) < len(key.group("indent")):
                break
            value, at = item.group("v"), item.start("v")
            if value[:1] in "\"'" and value[-1:] == value[:1]:
                value, at = value[1:-1], at + 1
            if value[:1].isupper():
                yield role, value, at
            line += 1


def _list_role(key: str) -> str | None:
    """The role of a list's key: only one that names people (a plural of a person's part),
    since a list's items are rarely named one by one."""
    role = key_role(key)
    ws = words(key).split()
    last = ws[-1] if ws else ""
    if role is None and last[:-1] in GENERIC_ROLES and last.endswith("s"):
        # ``members``, ``owners``: people or teams, so read as a generic key's value is (a
        # name the lists know, or one a sibling's email address spells)
        return "generic"
    return role if role is not None and role != "part" and last.endswith("s") else None


# A person's name as an object of parts: FHIR's ``"name": [{"family": "…", "given": ["…"]}]``,
# ``"name": {"first": "…", "last": "…"}``, and the same in YAML. The parts' keys say little
# alone (a font family, the first page), so they count only inside a name.
_PART_KEYS = "family|given|first|last|middle|forename|forenames|surname|other"
_NAME_OBJECT_JSON = lazy_regex(
    r'"(?:[A-Za-z_]*[Nn]ames?)"[ \t]*:[ \t]*\[?\s*\{(?P<body>[^{}]{1,1000})\}')
_PART_JSON = lazy_regex(
    rf'"(?:{_PART_KEYS})"[ \t]*:[ \t]*(?P<v>"(?:[^"\\\n]|\\.)*"|\[[^\[\]]*\])')
_NAME_OBJECT_YAML = lazy_regex(
    r"^(?P<indent>[ \t]*)(?:-[ \t]+)?[A-Za-z_]*[Nn]ames?:[ \t]*$", regex.MULTILINE)
_PART_YAML = lazy_regex(
    rf"^(?P<indent>[ \t]*)(?:-[ \t]+)?(?:{_PART_KEYS}):[ \t]*(?P<v>[^\n#]*[^\s#])[ \t]*$",
    regex.MULTILINE)
_LITERAL = lazy_regex(
    r'"((?:[^"\\\n]|\\.)*)"|\'([^\'\n]*)\'|([^\s,\[\]"\']+(?: [^\s,\[\]"\']+)*)')
_NAME_PARTS = rb'(?i)["\s](?:family|given|first|last)"?:'


def _from_name_objects(locator: Locator) -> Iterator[Keyed]:
    """The parts of names written as objects, in JSON or YAML."""
    if not re2scan.found(_NAME_PARTS, locator.utf8):
        return
    text = locator.text.text
    if locator.text.syntax == "json":
        for obj in _NAME_OBJECT_JSON.finditer(text, timeout=5.0):
            for inner in _PART_JSON.finditer(text, obj.start("body"), obj.end("body")):
                yield from _part_values(inner.group("v"), inner.start("v"))
        return
    for obj in _NAME_OBJECT_YAML.finditer(text, timeout=5.0):
        indent, pos = len(obj.group("indent")), obj.end() + 1
        while (part := _PART_YAML.match(text, pos)) is not None \
                and len(part.group("indent")) > indent:
            yield from _part_values(part.group("v"), part.start("v"))
            pos = part.end() + 1


# ... and in XML: a name element's given and family names, as HL7 CDA (an NHS discharge
# summary, ``<name><given>…</given><family>…</family></name>``) and FHIR's XML
# (``<given value="…"/>``) write a patient's, an author's and a clinician's.
_XML_NAME_PARTS = rb"<(?:[A-Za-z]\w*:)?(?:given|family)[ >]"
_XML_NAME = lazy_regex(
    r"(?s)<(?:[A-Za-z]\w*:)?name\b[^<>]*>(?P<body>(?:(?!</?(?:[A-Za-z]\w*:)?name\b).)"
    r"{1,2000}?)</(?:[A-Za-z]\w*:)?name\s*>")
_XML_PART = lazy_regex(
    r"<(?:[A-Za-z]\w*:)?(?:given|family)(?:[ \t\n][^<>]*?\bvalue=\"(?P<a>[^\"<>]{1,80})\""
    r"[^<>]*/>|(?:[ \t\n][^<>]*)?>[ \t\n]*(?P<t>[^<>\n]{1,80}?)[ \t\n]*</)")


def _from_xml_name_parts(locator: Locator) -> Iterator[Keyed]:
    if not re2scan.found(_XML_NAME_PARTS, locator.utf8):
        return
    text = locator.text.text
    for obj in _XML_NAME.finditer(text, timeout=5.0):
        for part in _XML_PART.finditer(text, obj.start("body"), obj.end("body")):
            group = "a" if part.group("a") is not None else "t"
            if part.group(group)[:1].isupper():
                yield "part", part.group(group), part.start(group)


def _part_values(raw: str, offset: int) -> Iterator[Keyed]:
    """Each name in a part's value: a string, or a list of them (FHIR's ``given``)."""
    for m in _LITERAL.finditer(raw):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        value = m.group(group)
        if value[:1].isupper():
            yield "part", value, offset + m.start(group)


def _keyed(locator: Locator, keyed: list[Keyed], names: _Names) -> Iterator[Span]:
    """Spans for keyed values. A part of a name that makes a placeholder with the part next
    to it is a placeholder too: ``firstName: "Joe"`` beside ``lastName: "Bloggs"``."""
    fake = _placeholder_parts(locator, keyed)
    text = locator.text.text
    mailed = "@" in text
    for n, (role, value, at) in enumerate(keyed):
        if n in fake:
            continue
        span = _field_span(role, value, at, names)
        if span is None and mailed and role in ("generic", "person", "party"):
            span = _mailed_name(text, value, at, names)
        if span is not None:
            yield span


# A sibling's email address within a record's reach of a name under a generic key.
_RECORD_REACH = 300
_NEAR_EMAIL = lazy(r"(?<![\w.+-])(?P<local>[A-Za-z][A-Za-z0-9._-]{1,63})@[A-Za-z0-9-]+\.")


def _mailed_name(text: str, value: str, offset: int, names: _Names) -> Span | None:
    """A name under a generic key (``name``, ``holder``, ``.WithName(…)``) that the lists
    do not know, which an email address beside it, in the same record, spells: its local
    part is the name's words ("<given>.<surname>@"), or an initial and the surname. An
    organisation's record ("Payments Team", payments.team@) spells English words, which no
    name is held to be here."""
    value = value.rstrip(" \t,;")
    if (spellings := _spellings(value, offset, names)) is None:
        return None
    items, spelt = spellings
    for m in _NEAR_EMAIL.finditer(text, max(0, offset - _RECORD_REACH),
                                  offset + len(value) + _RECORD_REACH):
        if m.group("local").lower() in spelt:
            return Span(items[0].start, items[-1].end, 0.85, "Jane Doe")
    return None


def _spellings(value: str, offset: int, names: _Names) -> tuple[list[Item], set[str]] | None:
    """A name's words, where the value may be a name the lists do not know, with the local
    parts of an email address that would spell it."""
    if _VALUE.fullmatch(value) is None:
        return None
    items = _items(value, offset)
    words = [i.text for i in items]
    if not 2 <= len(words) <= 3 or any(i.kind != "word" for i in items) \
            or is_placeholder(words) \
            or not all(names.given(w) or names.surname(w) or _strange(w, names) for w in words) \
            or any(w.lower() in load_english() or _norm(w) in ROLES for w in words):
        return None
    lower = [w.lower() for w in words]
    return items, {".".join(lower), "_".join(lower), "-".join(lower), "".join(lower),
                   f"{lower[0][0]}.{lower[-1]}", f"{lower[0][0]}{lower[-1]}",
                   f"{lower[0]}.{lower[-1]}", f"{lower[0]}{lower[-1]}"}


# A link to a mailbox names its owner in its text, as an HTML ``<a href="mailto:…">``'s
# does: Markdown's ``[text](mailto:local@…)``, AsciiDoc's ``mailto:local@…[text]`` (a
# subject may follow a comma), and an HTML link in a Markdown file. A name the lists do
# not know is held to be one where the mailbox's local part spells its words. Each kind
# is looked for (and its pattern compiled) only where RE2 finds its mark.
_MAILTO_LINKS = (
    (rb"(?i)\]\([ \t]*<?mailto:",
     r"\[[ \t]*(?P<name>[^\[\]\n]{1,80}?)[ \t]*\]"
     r"\([ \t]*<?(?i:mailto):(?P<local>[^@()\s]{1,64})@"),
    # (RE2's repeats unbounded: it compiles a bounded one as that many states)
    (rb"(?i)mailto:[^\s\[\]<>\"']+\[",
     r"(?i:mailto):(?P<local>[^@()\s\[\]<>\"']{1,64})@[^\s\[\]<>\"']{1,255}"
     r"\[[ \t]*(?P<name>[^\[\],\n]{1,80}?)[ \t]*[,\]]"),
    (rb"(?i)<a[ \t][^<>]*mailto:",
     r"(?i:<a[ \t][^<>]{0,200}?href[ \t]*=[ \t]*[\"']?[ \t]*mailto:)"
     r"(?P<local>[^@\"'<>\s]{1,64})@[^<>]{0,300}>[ \t]*(?P<name>[^<>\n]{1,80}?)[ \t]*<"),
)
# Markdown's reference links: ``[text][ref]`` (or ``[text][]``, ``[text]``) with the
# reference defined on a line of its own, ``[ref]: mailto:local@…``.
_MAILTO_REFERENCE_RE2 = rb"(?i)\]:[ \t]*<?mailto:"
_MAILTO_REFERENCE = lazy_regex(
    r"(?im)^[ \t]{0,3}\[(?P<ref>[^\[\]\n]{1,80})\]:[ \t]*<?mailto:"
    r"(?P<local>[^@\s<>]{1,64})@")
_REFERENCE_LINK = lazy_regex(
    r"\[[ \t]*(?P<name>[^\[\]\n]{1,80}?)[ \t]*\](?:\[(?P<ref>[^\[\]\n]{0,80})\])?")


def _mailto_links(text: str, data: bytes, html: bool, names: _Names) -> Iterator[Span]:
    for mark, link in _MAILTO_LINKS[:2] if html else _MAILTO_LINKS:
        # (an HTML page's own links are read as its fields are)
        if not re2scan.found(mark, data):
            continue
        for m in _lazy(link).finditer(text, timeout=10.0):
            if (span := _spelt_by(m.group("name"), m.start("name"), m.group("local"),
                                  names)) is not None:
                yield span
    if not re2scan.found(_MAILTO_REFERENCE_RE2, data):
        return
    refs = {" ".join(m.group("ref").lower().split()): m.group("local")
            for m in _MAILTO_REFERENCE.finditer(text, timeout=10.0)}
    if not refs:
        return
    for m in _REFERENCE_LINK.finditer(text, timeout=10.0):
        ref = " ".join((m.group("ref") or m.group("name")).lower().split())
        if (local := refs.get(ref)) is not None \
                and (span := _spelt_by(m.group("name"), m.start("name"), local, names)):
            yield span


def _spelt_by(value: str, offset: int, local: str, names: _Names) -> Span | None:
    """The name ``value`` at ``offset`` where the mailbox's local part spells it."""
    spellings = _spellings(value, offset, names)
    if spellings is None or local.lower() not in spellings[1]:
        return None
    items = spellings[0]
    return Span(items[0].start, items[-1].end, 0.85, "Jane Doe")


def _placeholder_parts(locator: Locator, keyed: list[Keyed]) -> set[int]:
    """Indexes of the parts that pair, in text order, into a placeholder name. Parts pair
    off two by two, each with the next one within a few lines, so a fake row beside a real
    one (``John,Doe`` above ``Priya,Raghunathan``) hides only itself."""
    parts = sorted((at, n) for n, (role, _, at) in enumerate(keyed) if role == "part")
    fake: set[int] = set()
    k = 0
    while k + 1 < len(parts):
        (first_at, first), (second_at, second) = parts[k], parts[k + 1]
        close = locator.line_index(second_at) - locator.line_index(first_at) <= _PART_REACH
        a, b = keyed[first][1].split(), keyed[second][1].split()
        # in either order: a surname column before the forename one ("Bloggs", "Joe")
        # (and a bot's: firstName "<Tool>" beside lastName "Bot"; and a fictional or famous
        # figure's, a mock's persona: first_name "Luke" beside last_name "Skywalker")
        if close and (is_placeholder([*a, *b]) or is_placeholder([*b, *a])
                      or not MACHINE_WORDS.isdisjoint(a + b)
                      or not load_not_people().isdisjoint(
                          (" ".join(a + b).lower(), " ".join(b + a).lower()))):
            fake.update((first, second))
            k += 2
        else:
            k += 1
    return fake


# How many lines apart the parts of one name can be (a YAML mapping, one key a line).
_PART_REACH = 3


# In code, a literal that starts with a capital, and the key or call just before it:
#   contact_name="…"   farmerName: '…'   .contactName("…")   'author' => "…"   name = ("…"
# Only literals made of name characters (and an optional <email> or (note) after them).
# An apostrophe inside one is part of a name only before a letter ("O'Neill"): otherwise it
# closes the literal ('Jane Doe', 'county'). A surname may open with its particles in lower
# case: a Dutch "van der …", a Welsh "ap …".
_LITERAL_PARTICLES = "(?:(?:" + _PARTICLE[3:_PARTICLE.index(")")] + ") )*"
_CAPITAL_LITERAL = lazy_regex(
    rf"""["'`]{_LITERAL_PARTICLES}\p{{Lu}}(?:[\p{{L}}.\u2019\- ,]|'\p{{L}}){{0,80}}"""
    r"""(?:[<(][^<>()"'`\n]{0,100}[>)])?["'`]""")
# On ASCII text, RE2 or else the stdlib engine: several times and twice as fast.
_CAPITAL_LITERAL_ASCII = (
    rf"""["'`]{_LITERAL_PARTICLES}[A-Z](?:[A-Za-z.\- ,]|'[A-Za-z]){{0,80}}"""
    r"""(?:[<(][^<>()"'`\n]{0,100}[>)])?["'`]""")
_KEY_CHARS = frozenset("_$@-.")


def _key_before(text: str, start: int, floor: int) -> str | None:
    """The key whose value opens at ``start``: ``key = ``, ``key: ``, ``key => ``, ``.key(``."""

    def skip_blanks(i: int) -> int:
        while i > floor and text[i - 1] in " \t":
            i -= 1
        return i

    i = skip_blanks(start)
    if i > floor and text[i - 1] == "{":  # a Ruby block: first_name { "…" } (FactoryBot)
        return _identifier_before(text, skip_blanks(i - 1), floor)
    if i > floor and text[i - 1] in "([":
        before = skip_blanks(i - 1)
        if before > floor and text[before - 1] in "=:>":
            i = before
        elif text[i - 1] == "(":
            i -= 1  # a call: .contactName("…")
            callee = _identifier_before(text, i, floor)
            if callee not in _LIST_BUILDERS:
                return callee
            # a list built by a call is its key's (reviewers = listOf("…"), List.of("…"))
            while i > floor and (text[i - 1].isalnum() or text[i - 1] in _KEY_CHARS):
                i -= 1
            return _key_before(text, i, floor)
        else:
            return None
    if i - 2 >= floor and text[i - 2:i] in ("=>", ":=", "=="):
        i -= 2  # (a test's "row.surname == …" asserts a key's value as "=" sets it)
        if i > floor and text[i - 1] == "=":
            i -= 1  # ("===")
    elif i > floor and text[i - 1] in "=:":
        i -= 1
        if text[i] == "=" and ":" in text[floor:i] \
                and (typed := _ANNOTATED.search(text, floor, i)) is not None:
            return typed.group("key")  # first_name: str = "…"
    elif i < start and (key := _identifier_before(text, i, floor)) is not None \
            and not text[floor:i - len(key)].strip():
        return key  # a call without brackets, alone on its line: first_name "…" (FactoryBot)
    else:
        return None
    i = skip_blanks(i)
    if i > floor and text[i - 1] == "]":
        i -= 1
    if i > floor and text[i - 1] in "\"'":
        i -= 1
    return _identifier_before(text, i, floor)


# A declaration with its type between its name and its value: Python's and TypeScript's
# ``first_name: str = "…"``, ``surname: Optional[str] = "…"``, ``lastName?: string = "…"``,
# Kotlin's ``val firstName: String = "…"``, Swift's ``let owners: [String] = […]``. The
# name is the key, not the type.
_ANNOTATED = lazy_regex(
    r"(?<![\w$.])(?P<key>[A-Za-z_$][\w$]*)\??[ \t]*:[ \t]*(?:[A-Za-z_][\w.]*|\[[A-Za-z_][\w.]*\])"
    r"(?:\[[\w., |\[\]]*\]|<[\w., ?<>]*>)?\??(?:[ \t]*\|[ \t]*[A-Za-z_][\w.]*)*[ \t]*\Z")


def _identifier_before(text: str, end: int, floor: int) -> str | None:
    i = end
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in _KEY_CHARS):
        i -= 1
    key = text[i:end].rsplit(".", 1)[-1]
    return key if key and (key[0].isalpha() or key[0] in "_$@") else None


# A literal that can have a key: after ``=``, ``:``, ``=>``, ``(``, ``[`` or ``{`` and blanks, where
# _key_before looks. Most capitalised literals in code are messages and arguments with none;
# RE2 passes over them, with no call from Python for each.
_KEYED_LITERAL_RE2 = rf"[(\[=:>{{][ \t]*({_CAPITAL_LITERAL_ASCII})"
# In Ruby, after a name's key alone at a line's start too: a call without brackets, as
# FactoryBot's static attributes write it (``first_name "…"``). Its own search, in Ruby
# only: in RE2's, a line's start costs every process a larger automaton.
_BARE_CALL_LITERAL = lazy_regex(rf"(?m)^[ \t]*[a-z_]*name[ \t]+({_CAPITAL_LITERAL.pattern})")
# RE2's search in the regex engine, and in the stdlib's on ASCII text.
_KEYED_LITERAL = lazy_regex(rf"[(\[=:>{{][ \t]*({_CAPITAL_LITERAL.pattern})")
_KEYED_LITERAL_ASCII = lazy(_KEYED_LITERAL_RE2)
# RE2 searches with the literal's words and its note unbounded: its automaton, built in
# each process's first read, then has a few states, not one for each count (and, with the
# particles before the capital, for each of those too). A match of at most 83 bytes (two
# quotes, a capital, and 80 characters at most) is the bounded pattern's own
# (``re2scan.bounded_spans``).
_KEYED_LITERAL_QUICK_RE2 = _KEYED_LITERAL_RE2.replace("{0,80}", "*").replace("{0,100}", "*")
_SHORT_LITERAL = 83


def _capital_literals(locator: Locator) -> Iterator[tuple[int, int]]:
    """The capitalised literals that may have a key before them: those after an operator,
    and in Ruby a name's bare call. RE2 reads the ASCII lines (a literal never crosses a
    line break); the regex engine reads the others, and every line where RE2 is missing,
    with the same pattern, so a line's characters never change what is read on it."""
    text = locator.text.text
    search = re2scan.search_for(_KEYED_LITERAL_RE2, 1)
    lines = locator.ascii_lines() if search is not None else None
    spans: Iterator[tuple[int, int]]
    if search is None or lines is None:
        keyed = _KEYED_LITERAL_ASCII if text.isascii() else _KEYED_LITERAL
        spans = (m.span(1) for m in keyed.finditer(text))
    else:
        quick = re2scan.search_for(_KEYED_LITERAL_QUICK_RE2, 1)
        spans = re2scan.spans(search, lines.data) if quick is None \
            else re2scan.bounded_spans(quick, search, lines.data, _SHORT_LITERAL)
        if lines.others:
            spans = merge(spans, (m.span(1) for start, end in lines.others
                                  for m in _KEYED_LITERAL.finditer(text, start, end)))
    if locator.text.syntax == "ruby" and "name " in text:
        spans = merge(spans, (m.span(1) for m in _BARE_CALL_LITERAL.finditer(text)))
    yield from spans


# A call's first two arguments, one word each: a given name then a surname, as fixtures
# build people (``new Customer("Jane", "Doe")``, R's ``person("Jane", "Doe", email = …)``).
# A third such argument makes a list of things (``of("Chester", "Lancaster", "York")``).
# (A third argument that is one more capitalised word makes a list of words of the call,
# "Rose", "Violet", "Amber"; a postcode or an identifier after the surname does not.)
_SECOND_ARGUMENT = lazy_regex(
    rf"""[ \t]*,[ \t]*(["'])(?P<v>{_WORD})\1"""
    r"""(?=[ \t]*(?:\)|,(?![ \t]*(?P<q>["'`])\p{Lu}[\p{Ll}'\u2019-]*(?P=q))))""")


def _split_name(text: str, start: int, end: int) -> Iterator[Keyed]:
    """A given name in the literal at ``start``, the call's first argument, and a surname
    in the second: both parts of one name, each yielded as a part."""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before < 2 or text[before - 1] != "(" or not (text[before - 2].isalnum()
                                                      or text[before - 2] == "_"):
        return  # not a call's first argument: a tuple, a list
    second = _SECOND_ARGUMENT.match(text, end, timeout=1.0)
    if second is None:
        return
    given, surname = text[start + 1:end - 1], second.group("v")
    names = _names()
    if not (names.given(given) and (names.surname(surname) or _a_persons_class(
            text, before - 1, given, surname, names))) \
            or (names.weak(given) and names.weak(surname)) \
            or is_placeholder([given, surname]) \
            or f"{given} {surname}".lower() in load_not_people():
        return
    yield "part", given, start + 1
    yield "part", surname, second.start("v")


# The classes a person is made from by their given name and surname (``new Keeper("…",
# "…")``, ``Person(…)``): a party to a case, or a person, a user, a member or staff.
_PERSONS_CLASSES = PARTIES | {"person", "user", "member", "staff", "student", "pupil",
                              "learner", "worker", "colleague"}


def _a_persons_class(text: str, call: int, given: str, surname: str, names: _Names) -> bool:
    """The call whose bracket is at ``call`` makes a person (``new Keeper(``), and its first
    two arguments are a given name no English word, tool or place spells and a surname the
    lists do not know, that no English word, thing or place spells either."""
    callee = _identifier_before(text, call, max(0, call - 60))
    if callee is None or not callee[:1].isupper():
        return False
    head = words(callee).split()
    return bool(head) and head[-1] in _PERSONS_CLASSES \
        and _given_alone(given, names) and _strange(surname, names) \
        and not names.given(surname)


def _persons_word(word: str) -> bool:
    """A class, a variable or a symbol that holds a person or people (``Keeper``,
    ``applicants``, ``KeeperFactory``, ``:keeper``), not a thing."""
    ws = words(word.lstrip(":")).split()
    if ws and ws[-1] == "factory":
        ws = ws[:-1]
    return bool(ws) and (ws[-1] in _PERSONS_CLASSES or ws[-1].removesuffix("s")
                         in _PERSONS_CLASSES)


# An equality assertion whose literal comes second, after what it checks:
# ``assertEqual(keeper.name, "…")``, ``Assert.AreEqual(keeper.Surname, "…")``. (Read on
# its own: the literals after a comma are not read as keyed, every call's arguments would
# be.)
# (It opens on a literal, which ``re`` looks for in C, and looks ahead for the comma and a
# capital's quote before it reads the first argument's parts: most assertions are passed
# over at once.)
_ASSERTED_SECOND = lazy(
    r"ssert(?:(?<=assert)\w*+|(?<=Assert)\.\w++)[ \t]*+\("
    r"""(?=(?:[^,\n\[]|\[[^\]\n]{0,20}\])*+,[ \t]*+["'][A-Z])"""
    r"[ \t]*(?:[\w$]+[ \t]*\.[ \t]*)*?(?P<holder>[\w$]+)"
    r"(?:\[[^\]\n]{0,20}\])?[ \t]*\.[ \t]*(?:get_?)?(?P<key>[A-Za-z_]\w*)(?:[ \t]*\([ \t]*\))?"
    r"""[ \t]*,[ \t]*(?P<q>["'])(?P<v>[A-Z][^"'\n]{1,80})(?P=q)""")


def _asserted_second(text: str) -> Iterator[Keyed]:
    for m in _ASSERTED_SECOND.finditer(text):
        key = m.group("key")
        role = party_role(key)
        if role == "generic" and key.lower() == "name" and _persons_word(m.group("holder")):
            role = "party"
        if role is not None:
            yield role, m.group("v"), m.start("v")


# (PHP's ``->`` and an empty call on the way too: ``User::factory()->create(…)``)
_CALL_CHAIN = lazy(r"(?:[A-Za-z_$][\w$]*(?:\(\))?[ \t]*(?:\.|::|->)[ \t]*)*[A-Za-z_$][\w$!?]*"
                   r"[ \t]*\Z")
_CALL_LINK = lazy(r"[ \t]*(?:\(\))?[ \t]*(?:\.|::|->)[ \t]*")
_FIRST_SYMBOL = lazy(r"[ \t]*:(?P<s>[a-z_]\w*)[ \t]*,")


_FACTORY = lazy(r"factory[ \t]+:(?P<s>\w+)[^\n]*\bdo[ \t]*$", re.M)


def _a_persons_factory(text: str, offset: int) -> bool:
    """The nearest FactoryBot factory above ``offset`` makes a person (``factory :keeper
    do``)."""
    at = text.rfind("factory :", max(0, offset - _PARENT_CHARS), offset)
    m = _FACTORY.match(text, at) if at >= 0 else None
    return m is not None and _persons_word(m.group("s"))


def _array_key(text: str, offset: int) -> str | None:
    """The key of the array whose element is the braced object that holds ``offset``
    (``users = [{ name: "…" }, …]``), or None."""
    opened = open_brackets(text, offset, max(0, offset - _PARENT_CHARS), calls=True)
    brace, array = next(opened, None), next(opened, None)
    if brace is None or array is None or text[brace] != "{" or text[array] != "[":
        return None
    return _key_before(text, array, max(text.rfind("\n", 0, array) + 1, array - 90))


def _a_persons_call(text: str, start: int, floor: int) -> str | None:
    """The role of the ``name`` literal at ``start`` when it is a keyword argument of a call
    that makes or updates a person: ``Keeper.new(name: …)``, ``Applicant(name=…)``,
    ``applicant.update(name: …)``, FactoryBot's ``create(:keeper, name: …)``. A person's
    class built with it (``Person(name = …)``) holds a full name, as its object's braced
    initialiser does; a list of people or a factory's symbol holds a party's."""
    opened = open_brackets(text, start, floor, calls=True)
    i = next(opened, None)
    if i is not None and text[i] in "[{":
        # an options array or object passed whole: new User(['name' => …]) in PHP,
        # Keeper.create({ name: … }) in JavaScript
        i = next(opened, None)
        if i is not None and text[i] == "(" and text[i + 1:start].lstrip(" \t")[:1] not in "[{":
            return None
    if i is None or text[i] != "(":
        return None
    chain = _CALL_CHAIN.search(text, floor, i)
    parts = _CALL_LINK.split(chain.group().strip()) if chain is not None else []
    if any(_person_key(part) for part in parts):
        return "full"
    if any(_persons_word(part) for part in parts):
        return "party"
    symbol = _FIRST_SYMBOL.match(text, i + 1)
    return "party" if symbol is not None and _persons_word(symbol.group("s")) else None


# What a test checks a literal against, a person's name held by a person's object:
# ``expect(keeper.name).toEqual(…)``, ``assertEqual(applicant.name, …)``, ``keeper.name ==
# …``, ``expect(user.getName()).toBe(…)``.
_NAME_CHECKED = lazy(
    r"(?P<holder>[A-Za-z_$][\w$]*)(?:\[[^\]\n]{0,20}\])?[ \t]*\.[ \t]*(?:get_?)?(?:name|Name)"
    r"(?:[ \t]*\([ \t]*\))?[ \t]*(?:\)[ \t]*[.!]?[ \t]*(?:(?:to|not|should)[ \t]*\.?[ \t]*){0,2}"
    r"\w+[ \t]*\(?|,|===?)[ \t]*\Z")


def _a_persons_name_checked(text: str, start: int, floor: int) -> str | None:
    m = _NAME_CHECKED.search(text, floor, start)
    return "party" if m is not None and _persons_word(m.group("holder")) else None


def _from_code(locator: Locator) -> Iterator[Keyed]:
    """Key context in source code, without parsing every pair in the file."""
    text = locator.text.text
    if "ssert" in text:
        yield from _asserted_second(text)
    first: tuple[str, int] | None = None  # a literal under a bare "first" key, pending
    for start, end in _capital_literals(locator):
        literal = text[start:end]
        if literal[0] != literal[-1]:
            continue
        if text[end:end + 1] == "," and " " not in literal:
            yield from _split_name(text, start, end)
        floor = max(text.rfind("\n", 0, start) + 1, start - 90)
        key = _key_before(text, start, floor)
        role = key_role(key) if key else None
        if key is not None and role is not None and role != "part":
            yield from _more_items(text, start, end, key)
        if role is None and key in _FILLS:
            role = _filled_role(text, start, floor)
        elif role is None and key in _MATCHERS:
            role = _asserted_role(text, start, floor)
        elif role is None and key in _EQUALITY_ASSERTS:
            role = _compared_role(text, end)
        elif role == "generic" and key is not None and key.lower() == "name":
            block = _block_key(text, start)
            if _person_key(block):
                role = "full"  # owner = { name = "…" }, contact: { name: "…" }
            elif _things_block(block):
                role = None  # vessel = { name: "…" }: a boat's, a farm's, a town's name
            elif (called := _a_persons_call(text, start, floor)) is not None:
                role = called  # Keeper.new(name: "…"), Applicant(name="…")
            elif _persons_word(block if block is not None else _array_key(text, start) or "") \
                    or _a_persons_factory(text, start):
                role = "party"  # users = [{ name: "…" }], a person's factory
        if role in (None, "generic") and (key in _MATCHERS or (
                key is not None and key.lower() == "name" and "==" in text[start - 5:start])) \
                and text.find("ame", floor, start) >= 0 \
                and (checked := _a_persons_name_checked(text, start, floor)) is not None:
            role = checked  # expect(keeper.name).toEqual("…"), assertEqual(keeper.name, "…")
        if role is not None:
            yield role, literal[1:-1], start + 1
        elif key is not None and key.lower() in _BARE_PARTS:
            # "first" and "last" say little alone (a first page, a last step); side by side
            # on one line, they are a name's parts: {First: "…", Last: "…"}.
            if _BARE_PARTS[key.lower()] == "first":
                first = (literal[1:-1], start + 1)
            elif first is not None and "\n" not in text[first[1]:start]:
                if _bare_name(first[0], literal[1:-1]):
                    yield "part", first[0], first[1]
                    yield "part", literal[1:-1], start + 1
                first = None


# Calls that build a list from their arguments: Kotlin's, Java's, Scala's and Python's.
_LIST_BUILDERS = frozenset({"listOf", "mutableListOf", "arrayOf", "setOf", "mutableSetOf",
                            "of", "asList", "List", "Set", "Seq", "Array", "list", "tuple",
                            "frozenset", "set"})


def _more_items(text: str, start: int, end: int, key: str) -> Iterator[Keyed]:
    """The items after the first, at ``start``, of a list of people under ``key``
    (``authors = ["…", "…"]``, ``listOf("…", "…")``, an item a line too): only the first
    has a key before it."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] not in "[(" or (role := _list_role(key)) is None:
        return
    yield from _list_items(text, end, "]" if text[i - 1] == "[" else ")", role)


def _list_items(text: str, begin: int, closer: str, role: str) -> Iterator[Keyed]:
    """The capitalised quoted items from ``begin`` to the list's ``closer``."""
    close = text.find(closer, begin, begin + 2000)
    if close < 0:
        return
    for q in _QUOTED.finditer(text, begin, close):
        group = 1 if q.group(1) is not None else 2
        if q.group(group)[:1].isupper():
            yield role, q.group(group), q.start(group)


def _listed_in_code(text: str, items: list[Item], names: _Names) -> Span | None:
    """A literal that is all of a name, an item of a list of people in code whose key is
    above it (``reviewers = [`` or ``listOf(`` ending its line: no key stands before the
    item), when the dictionaries alone did not find it: read by the list's key."""
    start, end = items[0].start, items[-1].end
    if start == 0 or text[start - 1] not in "\"'" or text[end:end + 1] != text[start - 1] \
            or not 2 <= len(items) <= 4:
        return None
    before = text[max(0, start - 200):start - 1].rstrip(" \t\r\n")
    if before[-1:] not in ("[", "(", ","):
        return None  # not a list's item: an assignment's, a comparison's, an argument's
    floor = max(0, start - 1000)
    bracket = next(open_brackets(text, start - 1, floor, calls=True), None)
    if bracket is None or text[bracket] not in "[(":
        return None
    line = max(text.rfind("\n", 0, bracket) + 1, bracket - 90)
    if text[bracket] == "(" and _identifier_before(text, bracket, line) not in _LIST_BUILDERS:
        return None  # a call's argument, not a list's item
    key = _key_before(text, bracket + 1, line)
    role = _list_role(key) if key is not None else None
    if role not in ("full", "party"):
        return None
    return _name_span(items, names, relaxed=True, unknown=role == "full")


# An INSERT with no list of columns (pg_dump's --inserts, a seed script): its rows' values
# are named by position only. A given name and a surname side by side in a row are both
# parts of one name, as a constructor's two arguments are, unless the table holds things.
_POSITIONAL_INSERT = lazy_regex(
    r"(?i:\binsert[ \t]+into[ \t]+)(?P<table>[\w.\"`\[\]]{1,100})[ \t\n]+(?i:values)\b"
    r"(?P<rows>[^;]{1,20000})")
_ROW_PAIR = lazy_regex(
    rf"(?<=[(,][ \t]*)'(?P<g>{_WORD})'[ \t]*,[ \t]*'(?P<s>{_WORD})'(?=[ \t]*[,)])")


def _from_positional_rows(text: str) -> Iterator[Keyed]:
    names = _names()
    for m in _POSITIONAL_INSERT.finditer(text, timeout=5.0):
        table = m.group("table").strip('"`[]').rsplit(".", 1)[-1]
        if thing_key(table.rstrip("s")):
            continue
        people = _persons_word(table)  # applicants, customers: a surname no list knows too
        for pair in _ROW_PAIR.finditer(text, m.start("rows"), m.end("rows"),
                                              timeout=5.0):
            given, surname = pair.group("g"), pair.group("s")
            if names.given(given) and (names.surname(surname) or (
                    people and _given_alone(given, names) and _strange(surname, names))) \
                    and not (names.weak(given) and names.weak(surname)) \
                    and not is_placeholder([given, surname]) \
                    and f"{given} {surname}".lower() not in load_not_people():
                yield "part", given, pair.start("g")
                yield "part", surname, pair.start("s")


def _things_block(key: str | None) -> bool:
    """A braced block's key names a place or a thing (``vessel``, ``farm``, ``town``), so a
    ``name`` in it is the thing's."""
    if key is None or thing_key(key):
        return key is not None
    ws = words(key).split()
    return any(w in _THING_BLOCKS for w in ws) and not any(w in _PERSON_KEY_WORDS for w in ws)


_THING_BLOCKS = frozenset({"farm", "holding", "team", "project"})


def _block_key(text: str, offset: int) -> str | None:
    """The key of the braced block of code that holds ``offset``: ``owner = {``,
    ``"owner": {``, Terraform's ``owner {``; None where there is none within reach."""
    floor, at, depth = max(0, offset - _PARENT_CHARS), offset, 0
    while (opening := text.rfind("{", floor, at)) >= 0:
        closing = text.rfind("}", opening, at)
        if closing >= 0:
            depth, at = depth + 1, closing
        elif depth:
            depth, at = depth - 1, opening
        else:
            line = max(text.rfind("\n", 0, opening) + 1, opening - 90)
            key = _key_before(text, opening, line)
            if key is None:
                end = opening
                while end > line and text[end - 1] in " \t":
                    end -= 1
                key = _identifier_before(text, end, line)
            return key
    return _enclosing_class(text, offset, floor)


_CLASS_LINE = lazy(r"class[ \t]+(?P<name>[A-Za-z_]\w*)")


def _enclosing_class(text: str, offset: int, floor: int) -> str | None:
    """The name of the Python class whose own body holds ``offset`` (a factory's or a
    fixture's attribute: ``class VesselFactory:``), as a block's key; None where the line
    is in a function, or in no class."""
    if "class" not in text[floor:offset]:
        return None
    end = text.rfind("\n", 0, offset) + 1
    indent = len(text[end:offset]) - len(text[end:offset].lstrip(" \t"))
    while end > floor:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end - 1]
        body = line.lstrip(" \t")
        if body and not body.startswith("#") and len(line) - len(body) < indent:
            m = _CLASS_LINE.match(body)
            return None if m is None else m.group("name")
        end = start
    return None


# A browser test types a value into a form's field, named by the selector or label before
# it: cy.get("#firstName").type("…"), getByLabel("Last name").fill("…"), Capybara's
# fill_in "Surname", with: "…", Selenium's find_element(By.ID, "surname").send_keys("…").
_FILLS = frozenset({"type", "fill", "sendKeys", "send_keys", "setValue", "set_value", "with"})
_FIELD_BEFORE = lazy_regex(
    r"""(["'])(?P<field>(?:(?!\1)[^\n]){1,80})\1[ \t]*(?:\)(?:[ \t]*\.[ \t]*\w+\(\))*[ \t]*\."""
    r"""[ \t]*\w+[ \t]*\(|,[ \t]*with:)[ \t]*\Z""")


def _filled_role(text: str, start: int, floor: int) -> str | None:
    """The role of the form's field that the literal at ``start`` is typed into."""
    m = _FIELD_BEFORE.search(text, floor, start, timeout=1.0)
    return None if m is None else key_role(m.group("field"))


# A test's matcher, whose argument is the value its subject is expected to hold:
# ``assertThat(k.getSurname()).isEqualTo("…")``, ``expect(k.lastName).toBe("…")``,
# ``expect(k.last_name).to eq("…")``. The subject's last key names the value, as an
# assignment's does.
_MATCHERS = frozenset({"isEqualTo", "toBe", "toEqual", "toStrictEqual", "eq", "eql", "equal",
                       "equals", "shouldBe", "shouldEqual"})
_SUBJECT_BEFORE = (
    r"(?:expect|assertThat|assert_that|assertEquals?)[ \t]*\([ \t]*[\w$.]*?(?:\.get)?"
    r"(?P<key>[A-Za-z_$][\w$]*)(?:[ \t]*\([ \t]*\))?[ \t]*\)[ \t]*[.!]?[ \t]*"
    r"(?:(?:to|not|should)[ \t]*[.]?[ \t]*){0,2}\w+[ \t]*\([ \t]*\Z")


def _asserted_role(text: str, start: int, floor: int) -> str | None:
    """The role of the subject that a matcher's literal at ``start`` is expected to equal."""
    head = text[floor:start]
    if "xpect" not in head and "ssert" not in head:
        return None  # (no subject: "eq(", "equal(" of another call)
    m = re.search(_SUBJECT_BEFORE, head)
    return None if m is None else key_role(m.group("key"))


# A test's equality assertion that opens with its expected value, then what it checks:
# JUnit's and unittest's ``assertEquals("…", k.getFullName())``, xUnit's ``Assert.Equal``,
# NUnit's ``Assert.AreEqual``. The getter's or the attribute's key names the literal, as an
# assignment's does. (The literal second, after a comma, is not read: every call's
# arguments would be.)
_EQUALITY_ASSERTS = frozenset({"assertEquals", "assertEqual", "assert_equal", "Equal",
                               "AreEqual", "assertSame"})
_CHECKED_AFTER = lazy_regex(
    r"[ \t]*,[ \t]*(?:[\w$]+[ \t]*\.[ \t]*)*?(?P<holder>[\w$]+)[ \t]*\.[ \t]*(?:get)?"
    r"(?P<key>[A-Za-z_][\w$]*)(?:[ \t]*\([ \t]*\))?[ \t]*[),]")


def _compared_role(text: str, end: int) -> str | None:
    """The role of what an equality assertion compares its literal, ending at ``end``, with."""
    m = _CHECKED_AFTER.match(text, end, timeout=1.0)
    if m is None:
        return None
    role = party_role(m.group("key"))
    if role == "generic" and m.group("key").lower() == "name" \
            and _persons_word(m.group("holder")):
        return "party"  # assertEquals("…", keeper.getName()): a keeper's name
    return role


def _bare_name(given: str, family: str) -> bool:
    """Parts under bare keys make a name only if the lists know one of them and neither is
    an English word they do not know ("Build", "Deploy")."""
    names, english = _names(), load_english()
    known = [names.known(w, long_tail=True) for w in (given, family)]
    return any(known) and all(k or w.lower() not in english
                              for k, w in zip(known, (given, family), strict=True))


_BARE_PARTS = {"first": "first", "given": "first", "last": "last", "family": "last"}


_PERSON_KEY_WORDS = FULL_ROLES | GENERIC_ROLES | FULL_QUALIFIERS | PART_WORDS
# A thing's name under a key that says whose (``_thing_name_key``): ``service_name``,
# ``ProjectName``, ``bucketName`` (the words of ``NOT_PERSON`` that name no person's
# account or alias).
_THING_NAME_WORDS = NOT_PERSON - {"user", "username", "login", "nick", "nickname", "handle",
                                  "alias", "screen", "account", "short", "code", "ref"}

# A row of a GOV.UK summary list in a Nunjucks template, its key a label and its value the
# answer: { key: { text: "Full name" }, value: { text: "…" } }.
_SUMMARY_ROW = lazy_regex(
    r"""key:[ \t]*\{[ \t]*text:[ \t]*(["'])(?P<key>[^"'\n]{1,60})\1[ \t]*,?[ \t]*\}[ \t]*,"""
    r"""\s{0,40}value:[ \t]*\{[ \t]*(?:text|html):[ \t]*(["'])(?P<v>[^"'\n]{1,100})\3""")


# A GOV.UK input's label, then (past its hint and id) the value it was filled with:
# govukInput({ label: { text: "Full name" }, …, value: "…" }).
_LABELLED_INPUT = lazy_regex(
    r"""label:[ \t]*\{[^{}]{0,80}?text:[ \t]*(["'])(?P<key>[^"'\n]{1,60})\1[^{}]{0,80}\}"""
    r"""(?:[^{}()]|\{[^{}]{0,200}\}){0,400}?\bvalue:[ \t]*(["'])(?P<v>[^"'\n]{1,100})\3""")


def _from_summary_rows(text: str) -> Iterator[Keyed]:
    found = chain(_SUMMARY_ROW.finditer(text, timeout=5.0),
                  _LABELLED_INPUT.finditer(text, timeout=5.0) if "label:" in text
                  else ())
    for m in found:
        # A form's "Name" asks the person for theirs: a whole name, known or not.
        role = "full" if m.group("key").strip().lower() == "name" else key_role(m.group("key"))
        if role is not None and m.group("v")[:1].isupper():
            yield role, m.group("v"), m.start("v")


# A page's author in its head, either attribute first: <meta name="author" content="…">,
# and Dublin Core's "DC.creator".
_META_AUTHOR_RE2 = rb"(?i)<meta[^>]{0,80}(?:author|creator)"
_META_AUTHOR = lazy_regex(
    r"""(?i)<meta\s(?=[^>]{0,200}\bname=["'](?:dc\.)?(?:author|creator)["'])"""
    r"""[^>]{0,200}?\bcontent=(["'])(?P<v>[^"'<>\n]{1,100})\1""")


def _from_meta_authors(text: str) -> Iterator[Keyed]:
    for m in _META_AUTHOR.finditer(text, timeout=5.0):
        if m.group("v")[:1].isupper():
            yield "full", m.group("v"), m.start("v")


# An HTML table's rows and cells: a header row of <th> cells names each column, as a
# Markdown table's header does ("<th>Keeper</th>").
_HTML_ROW = lazy_regex(r"(?is)<tr\b[^>]*>(?P<row>.*?)</tr\s*>")
_HTML_CELL = lazy_regex(r"(?is)<t(?P<kind>[hd])\b[^>]*>(?P<cell>[^<]{0,120})</t[hd]\s*>")


def _from_html_tables(text: str) -> Iterator[Keyed]:
    roles: list[str | None] = []
    for row in _HTML_ROW.finditer(text, timeout=5.0):
        cells = list(_HTML_CELL.finditer(text, row.start("row"), row.end("row"),
                                                timeout=5.0))
        kinds = "".join(c.group("kind").lower() for c in cells)
        if kinds and "d" not in kinds:
            header = [words(c.group("cell")).strip() for c in cells]
            roles = [party_role(c.group("cell").strip()) for c in cells]
            if not _TEAM_COLUMNS.isdisjoint(header):
                # "<th>Name</th><th>Email</th>": a table of people, as in Markdown
                roles = ["party" if cell in _RECORD_NAME_KEYS else role
                         for cell, role in zip(header, roles, strict=True)]
            continue
        row_roles = roles
        if len(kinds) > 1 and kinds.startswith("hd") and "h" not in kinds[1:]:
            # a row's own header: <tr><th scope="row">Full name</th><td>…</td></tr>
            row_roles = [None, *[key_role(cells[0].group("cell").strip())] * (len(cells) - 1)]
        for cell, role in zip(cells, row_roles, strict=False):
            value = cell.group("cell").strip()
            if role is not None and value[:1].isupper():
                yield role, value, cell.start("cell") + cell.group("cell").index(value)


# A Markdown table's rule, under its header: "|---|:--:|".
_TABLE_RULE_RE2 = rb"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|"
_TABLE_RULE = lazy_regex(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")


def _cells(line: str, start: int) -> list[tuple[str, int]]:
    """The cells of a Markdown table's row, each with where its text starts in the text."""
    cells = []
    pos = line.index("|") + 1 if line.lstrip().startswith("|") else 0
    for part in line[pos:].split("|"):
        text = part.strip()
        cells.append((text, start + pos + (part.find(text) if text else 0)))
        pos += len(part) + 1
    if cells and not cells[-1][0]:
        cells.pop()  # the closing bar's empty cell
    return cells


# A fence around a code block in Markdown, and the separators of the rows an export pasted
# into one (a chat with an assistant, an issue's notes) is written with.
_FENCE_RE2 = rb"(?m)^[ \t]{0,3}(?:```|~~~)"
_ROW_SEPARATORS = (",", "\t", ";")


def _from_fenced_rows(locator: Locator) -> Iterator[Keyed]:
    """The cells of a delimited export pasted into a fenced block (a header of labels, then
    its rows), read as their columns' values, as in the file the rows came from: the
    ``forename`` and ``surname`` cells of a row pasted into a question."""
    fences = re2scan.lines_with(_FENCE_RE2, locator.utf8)
    for opened, closed in zip(fences[::2], fences[1::2], strict=False):
        yield from _delimited_block(locator, opened + 1, closed)


def _delimited_block(locator: Locator, first: int, end: int) -> Iterator[Keyed]:
    if first + 1 >= end:
        return
    head = locator.line_text(first).rstrip("\r")
    sep = max(_ROW_SEPARATORS, key=head.count)
    labels = [words(cell.strip(' "')).strip() for cell in head.split(sep)]
    if len(labels) < 2 or not all(labels) or any(_has_digit(cell) for cell in labels):
        return  # not a header of labels: code, or a row without its header
    roles = [key_role(label) for label in labels]
    if not any(roles):
        return
    for index in range(first + 1, end):
        line = locator.line_text(index)
        at = locator.line_span(index)[0]
        for cell, role in zip(line.split(sep), roles, strict=False):
            value = cell.strip(' "\r')
            if role is not None and value[:1].isupper():
                yield role, value, at + cell.index(value)
            at += len(cell) + 1


def _has_digit(cell: str) -> bool:
    return any(c.isdigit() for c in cell)


# A RACI chart's columns: who is responsible, accountable, consulted and informed.
_RACI = frozenset({"responsible", "accountable", "consulted", "informed", "r", "a", "c", "i"})
_RACI_COLUMNS = frozenset({"responsible", "accountable"})
# The columns beside a name that say the table lists people: what each does, where and how
# to reach them. Under its Name column a given name and a surname the lists do not know
# are a member's ("| <Given> <Unknown> | Tech lead |"), as under a party's key.
_TEAM_COLUMNS = frozenset({"role", "roles", "job title", "position", "responsibility",
                           "responsibilities", "pronouns", "email", "email address",
                           "e mail", "slack", "grade", "profession",
                           # ... and how to reach a person, or what identifies one
                           "phone", "telephone", "mobile", "phone number", "date of birth",
                           "dob", "nino", "ni number", "national insurance number",
                           "nhs number", "crn"})


def _from_tables(locator: Locator) -> Iterator[Keyed]:
    """The cells under a Markdown table's header that names people ("| Name | Role |"), read
    as that key's values: a team page, a contact list, a RACI chart."""
    if not re2scan.found(_TABLE_RULE_RE2, locator.utf8):
        return
    lines = locator.text.text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    for i in range(1, len(lines)):
        if "|" not in lines[i - 1] or _TABLE_RULE.fullmatch(lines[i]) is None:
            continue
        header = [words(cell).strip() for cell, _ in _cells(lines[i - 1], starts[i - 1])]
        raci = _RACI_COLUMNS.issubset(header)
        roles = ["full" if raci and cell in _RACI else key_role(cell) for cell in header]
        if not _TEAM_COLUMNS.isdisjoint(header):
            # a team page's "| Name | Role |": its names are the members'
            roles = ["party" if cell in _RECORD_NAME_KEYS else role
                     for cell, role in zip(header, roles, strict=True)]
        if not any(roles):
            continue
        j = i + 1
        while j < len(lines) and "|" in lines[j]:
            for (value, at), role in zip(_cells(lines[j], starts[j]), roles, strict=False):
                if role is not None and value[:1].isupper():
                    # a given name alone in an owner's or a lead's column ("| Fix it |
                    # <Given> |"): where a table says a person is named
                    alone = role in ("generic", "party") and " " not in value
                    yield "person" if alone else role, value, at
            j += 1


# A step whose table lists people: its "name" column is theirs.
_GHERKIN_PEOPLE = lazy(
    r"(?i)\b(?:users|people|persons|customers|applicants|farmers|agents|staff|members"
    r"|caseworkers|keepers|claimants|contacts|employees)\b")


def _from_gherkin_tables(text: str) -> Iterator[Keyed]:
    """The cells of a Gherkin table (a scenario's ``Examples:``, a step's data table) under
    a header cell that names a person or a part of a name ("| first | last |"): its first
    row is its header, with no rule under it."""
    lines = text.split("\n")
    roles: list[str | None] = []
    at = 0
    step = ""  # the step the table belongs to: "Given the following users exist:"
    for line in lines:
        if not line.lstrip().startswith("|"):
            roles = []
            step = line if line.strip() else step
        elif not roles:
            people = _GHERKIN_PEOPLE.search(step) is not None
            roles = [("full" if people and words(cell).strip() in _RECORD_NAME_KEYS else
                      key_role(cell)) or ("part" if cell.lower() in _BARE_PARTS else None)
                     for cell, _ in _cells(line, at)]
            roles = roles if any(roles) else [None]
        else:
            for (value, start), role in zip(_cells(line, at), roles, strict=False):
                if role is not None and value[:1].isupper():
                    yield role, value, start
        at += len(line) + 1


# A step that names its user in quotes: 'Given a user called "…"', 'the applicant "…"'.
_GHERKIN_PERSON = (r"called|named|users?|applicants?|farmers?|customers?|keepers?|agents?"
                   r"|caseworkers?|claimants?|inspectors?|vets?|officers?|persons?|members?"
                   r"|tenants?|landowners?|payees?")
_GHERKIN_STEP = lazy(
    r"(?m)^[ \t]*(?:Given|When|Then|And|But|\*)[ \t][^\n\"]*?\b(?:" + _GHERKIN_PERSON
    + r")[ \t]+\"(?P<value>[^\"\n]{3,60})\"")


def _from_gherkin_steps(text: str) -> Iterator[Keyed]:
    """The quoted name of the user a step is about, read as a party's: a given name and a
    surname the lists do not know make a person there; a given name alone is a persona."""
    for m in _GHERKIN_STEP.finditer(text):
        yield "party", m.group("value"), m.start("value")


_FIELD_SYNTAXES = frozenset({"json", "yaml", "toml", "ini", "properties", "env", "xml", "html",
                             "csv", "tsv", "sql", "vcard", "ldif"})


# --- the detector -------------------------------------------------------------------------


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans become one: the widest, at the highest confidence."""
    merged: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and s.start < merged[-1].end:
            last = merged[-1]
            if s.end > last.end or s.confidence > last.confidence:
                merged[-1] = Span(last.start, max(last.end, s.end),
                                  max(last.confidence, s.confidence), last.suggestion)
            continue
        merged.append(s)
    return merged


@lru_cache(maxsize=1)
def _names() -> _Names:
    """The one dictionary, with what it has answered: made once per process."""
    return _Names(load())


def find(locator: Locator) -> list[Span]:
    """The spans of people's names in the text, merged, in order."""
    text = locator.text
    # No capital, no name: every name pattern opens on one. The search stops at the first.
    # (A data file's names may all be in lower case: its keys are read all the same.)
    # Nor is a handle ("@jane.doe"), which is looked for first.
    if text.syntax == "binary":
        return []
    names = _names()
    handles = list(_owner_handles(text.text, names)) if text.syntax == "codeowners" \
        else list(_handles(text.text, names, text.syntax in _RUN_TOGETHER_SYNTAXES))
    if text.syntax == "yaml" and text.path.endswith(_DEPENDABOT):
        handles.extend(_dependabot_people(text.text, names))
    if _CAPITAL.search(text.text) is None and text.syntax not in _FIELD_SYNTAXES \
            and not handles:
        return []
    mode_at = _ModeFinder(text.text, text.syntax)
    spans = list(_runs(locator, names, mode_at))
    spans.extend(_tagged(locator, names))
    spans.extend(handles)
    spans.extend(_requests(locator, names))
    spans.extend(_escaped_text(locator, names))
    if text.syntax == "html" and re2scan.found(_DASHED_ROLE_RE2, locator.utf8):
        spans.extend(_dashed_roles(text.text, names))
    if text.syntax in _MAIL_SYNTAXES and " wrote:" in text.text:
        spans.extend(_reply_authors(text.text, names))
    if text.syntax in ("text", "log") and _SHORTLOG.match(text.text) is not None:
        spans.extend(_shortlog_authors(text.text, names))  # (a shortlog saved whole)
    if text.syntax in _EXPORT_SYNTAXES and ("(Work notes)" in text.text
                                            or "(Additional comments)" in text.text):
        spans.extend(_journal_authors(text.text, names))
    if text.text.find("Copyright", 0, _NOTICE_REACH) >= 0:
        spans.extend(_copyright_holders(text.text, names))
    if spans and (code := text_spans(locator, max(s.end for s in spans))) is not None:
        spans = [s for s in spans if in_text(code, s.start, s.end)
                 and not _literal_of_a_thing(text.text, code, s)]
    if spans and (text.syntax in _FIELD_SYNTAXES or is_geo(text.path)):
        spans = _not_under_thing_keys(locator, spans)
    if text.syntax in _FIELD_SYNTAXES:
        keyed = list(_from_fields(locator))
        if text.syntax in ("json", "yaml"):
            keyed.extend(_from_name_objects(locator))
        if text.syntax in ("json", "yaml", "toml"):
            keyed.extend(_from_lists(locator))
        elif text.syntax == "xml":
            keyed.extend(_from_xml_name_parts(locator))
        elif text.syntax == "html" and "value:" in text.text:
            keyed.extend(_from_summary_rows(text.text))
        if text.syntax == "html" and re2scan.found(_META_AUTHOR_RE2, locator.utf8):
            keyed.extend(_from_meta_authors(text.text))
        if text.syntax == "html" and "<th" in text.text:
            keyed.extend(_from_html_tables(text.text))
        if text.syntax == "html":
            spans.extend(_html_greetings(text.text, names))
            if "<li" in text.text and "</h" in text.text:
                spans.extend(_html_action_owners(text.text, names))
        spans.extend(_keyed(locator, keyed, names))
    elif text.syntax in CODE:
        keyed = list(_from_code(locator))
        if text.syntax == "terraform" and "default" in text.text:
            keyed.extend(_from_variable_defaults(text.text))
        spans.extend(_keyed(locator, keyed, names))
    elif text.syntax == "markdown":
        spans.extend(_keyed(locator, list(_from_tables(locator)), names))
        if "```" in text.text or "~~~" in text.text:
            spans.extend(_keyed(locator, list(_from_fenced_rows(locator)), names))
    elif text.path.endswith("DESCRIPTION") and "person(" in text.text:
        # an R package's DESCRIPTION: its Authors@R field is R code, person("…", "…")
        spans.extend(_keyed(locator, list(_from_code(locator)), names))
    elif text.path.endswith(".feature") and "|" in text.text:
        spans.extend(_keyed(locator, list(_from_gherkin_tables(text.text)), names))
    if text.path.endswith(".feature") and '"' in text.text:
        spans.extend(_keyed(locator, list(_from_gherkin_steps(text.text)), names))
    if text.syntax == "sql" and ("INSERT" in text.text or "insert" in text.text):
        spans.extend(_keyed(locator, list(_from_positional_rows(text.text)), names))
    if text.syntax in _BARE_ASSIGNMENTS:
        spans.extend(_keyed(locator, list(_from_bare_assignments(text.text, text.syntax)),
                            names))
    if text.syntax in PROSE:
        spans.extend(_owners_and_speakers(locator, names))
        if text.syntax == "email":
            spans.extend(_mails_news(text.text, names))
        if "sequenceDiagram" in text.text or "@startuml" in text.text:
            spans.extend(_diagram_actors(text.text, names))
    if text.syntax == "log":
        spans.extend(_keyed(locator, list(_from_logfmt(locator)), names))
    if text.syntax in ("text", "log") and "name" in text.text:
        spans.extend(_keyed(locator, list(_from_aligned_columns(text.text)), names))
    if text.syntax in _INLINE_JSON_SYNTAXES:
        spans.extend(_keyed(locator, list(_from_inline_pairs(locator)), names))
    if text.syntax == "json" and re2scan.found(_MESSAGE_KEY_RE2, locator.utf8):
        spans.extend(_chat_messages(locator, names))
    if text.syntax in ("csv", "tsv"):
        spans.extend(_free_text_cells(locator, names))
    if text.syntax in ("json", "yaml") and re2scan.found(_CAPS_THEN_GIVEN_RE2, locator.utf8):
        spans.extend(_capitals_then_given_in_values(locator, names))
    if text.syntax in ("text", "log") and text.text[:1] in _BLAME_OPENS \
            and _BLAME.match(text.text) is not None:
        spans.extend(_blame_authors(text.text, names))
    if text.syntax not in CODE and "ago) <" in text.text:
        spans.extend(_log_graph_authors(text.text, names))
    if text.syntax == "yaml" and "user:" in text.text:
        spans.extend(_user_refs(text.text, names))
    if text.syntax not in CODE and re2scan.found(rb"CN=", locator.utf8):
        spans.extend(_keyed(locator, list(_from_common_names(text.text)), names))
    # (HL7 files and extracts, not code: reading every source file for a segment would cost
    # each run of the hook a pass over all its code; a message always has its PID segment.)
    if text.syntax not in CODE and "PID|" in text.text:
        spans.extend(_hl7_names(text.text, names))
    if text.syntax == "text" and re2scan.found(_PAYEE_LINE_RE2, locator.utf8):
        spans.extend(_payee_lines(text.text, names))
    if text.syntax not in CODE and re2scan.found(_PAYMENT_RECORD_RE2, locator.utf8):
        spans.extend(_keyed(locator, list(_from_payment_records(text.text)), names))
    # A copyright notice's holders are people too: a name in a licence header is still a
    # name (exclude vendored code by path: README, "Allowlists").
    spans = [s for s in spans if not _not_a_person(text.text, s)
             and not MACHINE_WORDS.intersection(text.text[s.start:s.end].split()[1:])]
    spans = [s for s in spans if not _said_fictional(text.text, s)
             and not _an_assistant(text.text, s)]
    if spans and text.syntax not in CODE:
        spans = [s for s in spans if not _a_colour(locator, s)]
    if spans and "amily" in text.text:
        spans = [s for s in spans if not _a_typeface(text.text, s)]
    if spans and text.syntax not in CODE and "mailto:" in text.text:
        spans = [s for s in spans if not _a_rooms_mailbox(text.text, s)]
    if spans and text.syntax == "json" and '"is_bot"' in text.text:
        spans = [s for s in spans if not _a_bots_record(text.text, s.start)]
    if spans and text.syntax in CODE and ("faker" in text.text or "Faker" in text.text):
        spans = [s for s in spans if not _fake_datas_example(text.text, s)]
    again = _repeats(text.text, spans, 0.8 if text.syntax in PROSE else 0.85)
    again.extend(_parts_again(text.text, spans))
    if text.syntax in PROSE or text.syntax == "json":  # (a chat export's messages too)
        again.extend(_listed_after(text.text, spans, names))
    if text.syntax in PROSE:
        again.extend(_given_again(text.text, spans, names))
        again.extend(_family_again(text.text, spans, names))
    if text.syntax == "email":
        again.extend(_last_line_given(text.text, names))
    elif text.syntax in ("markdown", "text") and "\n--" in text.text:
        again.extend(_signature_given(text.text, names))
    return _merge(spans + again)


# A table printed with its columns lined up by blanks: a data frame's output in a notebook
# or a log (``print(df)``), a query's result pasted into a note. A header whose cells are
# apart by two blanks or more, one of them a key for a person's name (``first_name``,
# ``surname``, ``Full name``), names the cells of the rows under it, counted from the right
# (a data frame's index has no header).
_ALIGNED_CELL = r"\S+(?: \S+)*"
_ALIGNED_ROWS = 50


def _from_aligned_columns(text: str) -> Iterator[Keyed]:
    at = text.find("name")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        at = text.find("name", line_end)
        header = text[line_start:line_end]
        if "  " not in header.strip():
            continue
        keys = [m.group() for m in re.finditer(_ALIGNED_CELL, header)]
        roles = [key_role(k) if len(k) <= 40 else None for k in keys]
        if len(keys) < 2 or not any(r in ("part", "full", "generic") for r in roles):
            continue
        # A plain "name" column is read only for a given name from abroad and a common
        # surname (the prose finds the names the lists know): not a service's or a town's.
        strict = not any(r in ("part", "full") for r in roles)
        start = line_end + 1
        for _ in range(_ALIGNED_ROWS):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            cells = list(re.compile(_ALIGNED_CELL).finditer(text, start, end))
            if not cells or len(cells) - len(keys) not in (0, 1):
                break
            for role, cell in zip(reversed(roles), reversed(cells), strict=False):
                if not strict and role is not None:
                    yield role, cell.group(), cell.start()
                elif role == "generic" and _unknown_given_known_surname(cell.group(), _names()):
                    yield "full", cell.group(), cell.start()
            if end >= len(text):
                break
            start = end + 1


# --- free text written with escapes: a chat log's JSON, a string's "\n" -------------------

# A free text kept in a JSON value or a string literal writes its line breaks, its quotes
# and (Python's json.dump) its letters as escapes: "Hi team,\n\nJane Doe called" glues an
# "n" to the name, "Name: Jane Doe\nDOB: …" a backslash, "Sin\u00e9ad" and a quoted
# string's "O\'Doe" split it. The lines where an escape opens two capitalised words or a
# label (a record pasted into a chat), or ends such words after text that an escape
# opened, or writes a letter or an apostrophe inside a word, are read again with their
# escapes read, as the text they stand for: each is a little prose text (a transcript's
# "Caller: …", a mail's sign-off), whose names map back to the line.
# (RE2 finds them, on the escape: most files have none, and most code's escapes end a
# sentence in lower case, "done\n", or open a word alone, "\nTraceback".)
_ESCAPED_RE2 = (rb'\\(?:[nrt"\x27](?:[A-Z][a-z\x27-]*[ \t]+(?:[a-z]{1,4}[ \t]+)?[A-Z]'
                rb'|[A-Z][A-Za-z ]{0,30}:[ \t]'
                rb'|[^\\"\n]{0,100}[A-Z][a-z\x27-]*[ \t]+[A-Z][A-Za-z\x27-]*\\+[nrt"\x27])'
                rb'|\x27[A-Z][a-z]|u[0-9A-Fa-f]{4}(?:[A-Za-z]|[ \t]+[A-Z]))')
# In a data file or a log (not code, whose strings' escapes close many sentences, nor the
# cost of reading them all) also a name that an escape ends, its value opening on its
# line: "Caller: Jane Doe\n", as a list of a transcript's lines holds it.
_ESCAPED_DATA_RE2 = _ESCAPED_RE2 + rb'|[A-Z][a-z\x27-]*[ \t]+[A-Z][A-Za-z\x27-]*\\+[nrt"\x27]'
# (An escape's backslash may be escaped again, as JSON logged inside JSON writes it:
# "\\n" is a line break as well; a run of backslashes alone reads as one.)
_AN_ESCAPE = lazy_regex(r"""\\++(?:u[0-9A-Fa-f]{4}|[nrtbf"'/])?""")
_ESCAPED = {"n": "\n", "r": " ", "t": "\t", "b": " ", "f": " ", '"': '"', "'": "'", "/": "/",
            "": "\\"}


def _escaped_text(locator: Locator, names: _Names) -> Iterator[Span]:
    """Names in the free text of lines that write it with escapes, read as prose is. The
    keys of a data file still rule: a name found here under a key that names a thing is
    dropped with the others (``_not_under_thing_keys``), and in code only strings count.
    The lines are read together, as one text of their own, each on a line of its own."""
    text = locator.text.text
    if "\\" not in text:
        return  # (quicker than RE2's search)
    plain: list[str] = []
    # Where the text read skips ahead of the file's (an escape read, the lines between),
    # and how far the file then is ahead of it: a place maps back by the last mark before.
    marks: list[int] = []
    ahead: list[int] = []
    size = 0
    data = locator.text.syntax in _FIELD_SYNTAXES or locator.text.syntax == "log"
    for start, end in _lines_found(locator, _ESCAPED_DATA_RE2 if data else _ESCAPED_RE2):
        if plain:
            plain.append("\n")
            size += 1
        marks.append(size)
        ahead.append(start - size)
        last = start
        for m in _AN_ESCAPE.finditer(text, start, end):
            plain.append(text[last:m.start()])
            escape = m.group().lstrip("\\")
            plain.append(chr(int(escape[1:], 16)) if escape[:1] == "u" else _ESCAPED[escape])
            size += m.start() - last + 1
            marks.append(size)
            ahead.append(m.end() - size)
            last = m.end()
        plain.append(text[last:end])
        size += end - last
    if not plain:
        return
    read = "".join(plain)
    inner = Locator(Text(locator.text.path, read))
    for span in chain(_runs(inner, names, _ModeFinder(read, "text")), _tagged(inner, names)):
        words = read[span.start:span.end].split()
        # One word says too little in a data file's text ("signed by Macie", "\nTE: …"),
        # nor is a team's sign-off in Welsh a person ("Cofion,\nTim Defra": "Tîm", a team).
        if len(words) < 2 or any(word.lower() in _NOT_NAME_WORDS for word in words):
            continue
        start = span.start + ahead[bisect_right(marks, span.start) - 1]
        end = span.end + ahead[bisect_right(marks, span.end) - 1]
        yield Span(start, end, span.confidence, span.suggestion)


def _repeats(text: str, spans: list[Span], surely: float = 0.85) -> list[Span]:
    """A full name found once, wherever else the text writes it: a test asserts the name its
    fixture built (``isEqualTo("…")``), a log repeats it, with no key or label again. Only
    a name found surely (by a key, a label, an address) is looked for: a weaker find
    repeated would repeat a mistake. (In prose, a name a label of people gives, as minutes'
    ``Present:`` do, is sure enough: the minutes name them again in their items.)"""
    found = {text[s.start:s.end]: s for s in spans if s.confidence >= surely}
    short: set[str] = set()
    for value, span in list(found.items()):
        # "Ms <Given> <Surname>" under Present: is "Ms <Surname>" in the minutes' items
        ws = value.split()
        if len(ws) >= 3 and ws[0].rstrip(".") in STRICT_TITLES and ws[-1][:1].isupper() \
                and (titled := f"{ws[0]} {ws[-1]}") not in found:
            found[titled] = span
            short.add(titled)
    more: list[Span] = []
    for value, span in found.items():
        if " " not in value or text.count(value) < (1 if value in short else 2):
            continue  # one word ("Jane") says too little alone
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            if not (at and (text[at - 1].isalnum() or text[at - 1] in "_-")) \
                    and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                more.append(Span(at, end, span.confidence, span.suggestion))
            at = text.find(value, end)
    return more


# The next name in a list that a found full name opens: "contact <Given> <Surname> or
# <Given> <Unknown>", "meeting with …, … and …". Two capitalised words after a comma, "and",
# "or" or "&", the run of capitals ending there.
_NEXT_IN_LIST = lazy_regex(
    r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
    r"(?P<given>\p{Lu}\p{Ll}+)[ \t]+(?P<surname>\p{Lu}\p{Ll}+)"
    r"(?![\p{L}\p{N}_'\u2019-]|[ \t]+\p{Lu})")


def _listed_after(text: str, spans: list[Span], names: _Names) -> Iterator[Span]:
    """The given names and surnames the lists half know that follow a full name found in a
    list of people, each after the one before."""
    for span in spans:
        end = span.end
        if " " not in text[span.start:end]:
            continue  # (a given name alone may be a word's: only a full name opens a list)
        while (m := _NEXT_IN_LIST.match(text, end)) is not None:
            given, surname = m.group("given"), m.group("surname")
            items = _items(f"{given} {surname}", 0)
            if not _given_alone(given, names) or is_placeholder([given, surname]) \
                    or len(items) != 2 or not (names.surname(surname)
                                               or _unknown_name(items, names)):
                break
            yield Span(m.start("given"), m.end("surname"), 0.75)
            end = m.end()


def _parts_again(text: str, spans: list[Span]) -> list[Span]:
    """A name whose parts were found apart, side by side on one line (a fixture's
    ``first_name="…", last_name="…"``, a seed's row), wherever the text writes them
    together: the test's ``assert k.full_name == "<given> <surname>"``."""
    parts = sorted((s for s in spans if s.confidence >= 0.85
                    and s.suggestion in ("Test", "User") and " " not in text[s.start:s.end]),
                   key=lambda s: s.start)
    joined: set[str] = set()
    for first, last in pairwise(parts):
        if first.suggestion == "Test" and last.suggestion == "User" \
                and last.start - first.end <= 80 and "\n" not in text[first.end:last.start]:
            joined.add(f"{text[first.start:first.end]} {text[last.start:last.end]}")
    return _found_again(text, joined) if joined else []


def _found_again(text: str, values: set[str]) -> list[Span]:
    """Each place the text writes one of ``values`` as words of their own."""
    more: list[Span] = []
    for value in values:
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            if not (at and (text[at - 1].isalnum() or text[at - 1] in "_-")) \
                    and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                more.append(Span(at, end, 0.85))
            at = text.find(value, end)
    return more


# How many given names the lists do not know are looked for again in one text: each is
# a search of all of it.
_UNKNOWN_AGAIN = 8


def _given_again(text: str, spans: list[Span], names: _Names) -> Iterator[Span]:
    """The given name of a person found surely, alone on a line of a mail or a note (its
    sign-off: "Morag" under "See attached."), or heading a sentence of which it is the
    subject: a note's "Morag demoed the journey" under its list of attendees, a comment's
    "Morag found the leak" under its module's author. Not a name that is also a word, nor
    one before a capitalised word (a place: "Morag Park")."""
    english = load_english()
    given = set()
    unknown: set[str] = set()
    for s in spans:
        first = text[s.start:s.end].split(" ", 1)
        if len(first) == 2 and first[0].rstrip(".") in STRICT_TITLES:
            first = first[1].split(" ", 1)  # "Dr <Given> <Surname>": then "<Given> to send …"
        word = first[0]
        if s.confidence >= 0.85 and len(first) == 2 and names.given(word) \
                and not names.weak(word) and word.lower() not in english \
                and word.lower() not in _NOT_NAME_WORDS:
            given.add(word)
        elif s.confidence >= 0.8 and len(first) == 2 and len(unknown) < _UNKNOWN_AGAIN \
                and word[:1].isupper() and word[1:].islower() and not names.known(word) \
                and _strange(word, names):
            # a label's or a list's person ("Chair: <Given> <Surname>"), whose given name
            # the lists do not know: the note goes on to call them by it
            unknown.add(word)
    given |= unknown
    for word in given:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            # after a list's or a comment's mark, or a sentence's or a clause's end
            head = text[line_start:at].strip(" \t>*_-#/")
            if not head or (head.endswith((".", "!", "?", ";")) and text[at - 1] in " \t"):
                tail = text[end:line_end]
                # alone but for closing punctuation, or the subject of what follows
                if not tail.strip(" \t*_,.!") or _SUBJECT_AFTER.match(tail) is not None:
                    yield Span(at, end, 0.75, "Jane")
            at = text.find(word, end)


def _family_again(text: str, spans: list[Span], names: _Names) -> Iterator[Span]:
    """The surname of a person found by their title ("Mrs <Surname>") after a word that
    may be a given name elsewhere in the note: "<Given> <Surname> agreed", a relative or
    the same person, whose given name the lists may not know. Not after an English word or
    a place's or a thing's ("the <Surname> farm" is not read: "the" is a word)."""
    family = set()
    for s in spans:
        words = text[s.start:s.end].split()
        if len(words) == 2 and words[0].rstrip(".") in STRICT_TITLES and s.confidence >= 0.8:
            family.add(words[1])
    for surname in family:
        for m in _lazy(rf"(?<![\p{{L}}'\u2019.-])(?P<given>\p{{Lu}}\p{{Ll}}+)[ \t]+"
                       rf"{regex.escape(surname)}(?![\p{{L}}\p{{N}}_'\u2019-])").finditer(text):
            given = m.group("given")
            if given.rstrip(".") in _TITLES or names.weak(given) \
                    or not (names.given(given) or _strange(given, names)) \
                    or given in PLACES_ALONE or given in _TOOLS:
                continue
            yield Span(m.start(), m.end(), 0.75)


# What follows a name that heads its sentence: a verb, in lower case, or a possessive.
_SUBJECT_AFTER = lazy(r"[ \t]+[a-z]|['\u2019]s[ \t]+[a-z]")


def _last_line_given(text: str, names: _Names) -> Iterator[Span]:
    """A given name alone on its line in a mail's body: its sender's sign-off, though the
    mail's header, which names the sender in full, is another text. At the body's end
    ("See attached.\n\nMorag"), or after a blank line or a line that ends with a comma
    and before a blank line, a job title or a quoted mail ("Morag\nSenior Engineer",
    "Diolch,\nMorag (she/her)"). Not a name that is also a word ("Will"), nor a role
    ("Team")."""
    last = text.rfind("\n", 0, len(text.rstrip())) + 1
    for m in _SIGN_OFF_NAME.finditer(text):
        start = m.start()
        above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:max(start - 1, 0)].rstrip()
        if start == 0 or (start != last and above and not above.endswith(",")):
            continue
        word = m.group("name")
        if names.given(word) and not names.weak(word) and _norm(word) not in ROLES \
                and word.lower() not in load_english() and word not in PLACES_ALONE \
                and word not in _SIGN_OFF_WORDS and not is_placeholder([word]):
            yield Span(m.start("name"), m.end("name"), 0.7, "Jane")


# Sign-offs that a list also holds as a given name: "Ta," alone on its line is the
# closing, the name is on the line under it.
_SIGN_OFF_WORDS = frozenset({"Ta", "Thx", "Ciao", "Diolch", "Cofion"})


def _signature_given(text: str, names: _Names) -> Iterator[Span]:
    """A given name alone on the line under a signature's delimiter ("-- "), as a mail or
    a message pasted into a note signs off."""
    at = text.find("\n--")
    while at >= 0:
        end = text.find("\n", at + 3)
        if end >= 0 and not text[at + 3:end].strip(" \t") \
                and (m := _SIGN_OFF_NAME.match(text, end + 1)) is not None:
            word = m.group("name")
            if _given_alone(word, names) and not is_placeholder([word]):
                yield Span(m.start("name"), m.end("name"), 0.7, "Jane")
        at = text.find("\n--", at + 3)


# A line of a mail's body that holds a given name alone, but for a quote's mark, closing
# punctuation and the sender's pronouns.
_SIGN_OFF_NAME = lazy_regex(
    r"(?m)^[ \t>*_]*(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t*_,.!]*"
    r"(?:\((?:she|he|they|ze|xe)/\w+\)[ \t]*)?$")


# Assignments whose value has no quotes, in the languages that write them so: a batch
# file's ``set OWNER=…``, a Makefile's ``OWNER = …``, a Dockerfile's ``ENV OWNER …``. Code
# text (strings, comments) never holds them, so the key is read here.
_BARE_ASSIGNMENTS = {
    "batch": r"(?im)^[ \t@]*set[ \t]+\"?(?P<key>[A-Za-z_][\w.-]*)[ \t]*=(?P<v>[^\"\r\n%&|<>^]+)",
    "make": r"(?m)^(?:export[ \t]+)?(?P<key>[A-Za-z_][\w.-]*)[ \t]*(?:[?:+]|::)?=[ \t]*"
            r"(?P<v>[^\n#$\\]+)",
    "dockerfile": r"(?im)^[ \t]*(?:ENV|ARG|LABEL)[ \t]+(?P<key>[A-Za-z_][\w.-]*)(?:=|[ \t]+)"
                  r"(?P<v>[^\"'\n$\\=]+)$",
}


def _from_bare_assignments(text: str, syntax: str) -> Iterator[Keyed]:
    for m in _lazy(_BARE_ASSIGNMENTS[syntax]).finditer(text, timeout=5.0):
        value = m.group("v").rstrip()
        if value[:1].isupper() and (role := key_role(m.group("key"))) is not None:
            yield role, value, m.start("v")


# An action's owner at the head of a list item or of a line that says it is an action (or,
# in a list of actions, before "will", a colon or a dash: "- <Given>: chase the supplier",
# "- <Given> - book the room"), and
# a person credited by a thank-you:
#   - Okafor, Adaeze to chase the licence     - A. Okwuosa to book the room
#   - Aoibheann to draft the copy              Thanks to Aoibheann for the fix
#   ACTION: Aoibheann to draft the copy
# There a name may be one the lists do not know, or a given name alone. Minutes pasted
# from a document lose their list's marks: a line that opens with one or two capitalised
# words then " to " and a verb is an action too ("Aoibheann to draft the copy").
# (RE2 finds the lines where one to four capitalised words come before " to ": a small
# automaton, quick to build.)
_OWNER_RE2 = (rb"(?m)(?:^[ \t>]*(?:(?:[-*+]|[0-9]+[.)])[ \t]+(?:\[[ xX]\] )?"
              rb"(?:(?:ACTION|[Aa]ction) [0-9]{1,3} ?(?:-|\x{2013}) )?"
              rb"|(?:\*\*)?(?:ACTIONS?|[Aa]ctions?)(?: [0-9]{1,3})?(?:\*\*)?[ \t]*"
              rb"(?::|- |\x{2013} )(?:\*\*)?[ \t]*)(?:\*\*)?"
              rb"[A-Z][^ \t\n,*]*(?:,? [A-Z][^ \t\n,*]*){0,3}(?:\*\*)? (?:to|will) [a-z]"
              rb"|^[A-Z][a-z]+(?: [A-Z][a-z'-]+)? to [a-z]"
              rb"|^[ \t>]*(?:[-*+]|[0-9]+[.)])[ \t]+(?:\[[ xX]\] )?(?:\*\*)?"
              rb"[A-Z][a-z]+(?: [A-Z][a-z'-]+)?(?:\*\*)?(?::(?:\*\*)?| -| \x{2013}) [a-z]"
              rb"|(?:[Tt]hanks|[Tt]hank you|[Kk]udos|[Ss]hout[- ]?out) to [A-Z])")
# (The pattern finds the place; ``_owner`` reads the words. It is plain enough for the
# stdlib engine, which compiles it in a third of the time: most runs of a hook never
# need it, and those that do need it once.)
_OWNER = (
    r"(?m)^[ \t>]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(?:\*\*)?"
    r"(?:(?:ACTIONS?|[Aa]ctions?)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+"  # "- Action: … to …"
    r"|(?:ACTION|[Aa]ction)[ \t]+\d{1,3}[ \t]*[-\u2013][ \t]+)?"  # "- Action 1 - … to …"
    r"|(?:\*\*)?(?:ACTIONS?|[Aa]ctions?)(?:[ \t]+\d{1,3})?(?:\*\*)?[ \t]*"
    r"(?::(?:\*\*)?|[-\u2013])[ \t]+"  # or with no mark, or numbered: "Action 4 - … to …"
    r"|(?=[A-Z][a-z]+(?:[ ][A-Z][a-z'-]+)?[ ]to[ ]))"  # or a line's own head, alone
    r"(?P<head>\w[^\n*]{0,50}?)(?:\*\*)?(?:[ \t]+(?P<verb>to|will)|:(?:\*\*)?|[ \t]+[-\u2013])"
    r"[ \t]+(?!be\b)[a-z]{2,}")
_CREDIT = (r"(?:[Tt]hanks|[Tt]hank[ \t]you|[Kk]udos|[Ss]hout(?:-|[ \t])?out)[ \t]+to[ \t]+"
           r"(?P<credited>\w[^\n]{0,40}?)[ \t]+for\b")


@cache
def _owner_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(_OWNER), re.compile(_CREDIT)


def _lines_found(locator: Locator, source: bytes) -> Iterator[tuple[int, int]]:
    """The (start, end) offsets of the lines where ``source`` matches. In an ASCII text a
    match's byte offset is its character's, and its line is found around it: placing a line
    by its number would split the whole text into lines first."""
    if not locator.ascii:
        for line in re2scan.lines_with(source, locator.utf8):
            yield locator.line_span(line)
        return
    search = re2scan.search_for(source)
    if search is None:  # pragma: no cover - google-re2 is a dependency
        return
    text, data = locator.text.text, locator.utf8
    pos, size = 0, len(data)
    while pos < size and (hit := search(data, pos, size)) is not None:
        start = text.rfind("\n", 0, hit[0]) + 1
        end = text.find("\n", hit[0])
        end = size if end < 0 else end
        yield start, end
        pos = end + 1


def _owners_and_speakers(locator: Locator, names: _Names) -> Iterator[Span]:
    """Actions' owners, credited people, quotations' speakers and given names spoken of,
    read on the lines one RE2 pass finds: a changelog's many list items would otherwise cost
    the full patterns a try at every character."""
    text = locator.text.text
    for start, end in _lines_found(locator, _PROSE_LINES_RE2):
        yield from _note_line(text, start, end, names)
        for opener in _TAG_OPENERS:
            at = text.find(opener, start, end)
            if at >= 0:
                yield from _tag_owner(text, at + len(opener), names)
        if _PARTICIPANT_OR_ROLE.search(text, start, end) is not None:
            yield from _participants(text, start, end, names)
            yield from _with_roles(text, start, end, names)
        if not re2scan.found(_OWNED_OR_SPOKEN_RE2, text[start:end].encode()):
            continue  # found for its capitals or its surname first only: the rest is costly
        if text[start:end].lstrip(" \t>").startswith(("--", "\u2014", "\u2013")):
            yield from _attribution(text, start, end, names)
            continue
        yield from _spoken_of_on(text, start, end, names)
        owner, credit = _owner_patterns()
        # (one line may be both: "- Thanks to Aoibheann for the fix to the map")
        for m in chain(owner.finditer(text, start, end), credit.finditer(text, start, end)):
            group = "head" if "head" in m.re.groupindex else "credited"
            if not m.group(group)[0].isupper():
                continue
            if group == "head" and m.group("verb") != "to" \
                    and not _an_action(text, start, m.start(group)):
                # "… will see the banner": prose's future, not an action's owner; and
                # "<Word>: …" a list's term and its definition
                continue
            if group == "head" and m.group("verb") is None \
                    and text[m.start(group):m.end()].rsplit(None, 1)[-1] in _DESCRIBES:
                continue  # "- <Word>: the new region": a thing and what it is, no task
            if group == "head" and m.group("verb") is None and (
                    (place := m.group(group).strip("*_ \t")) in PLACES_TOO
                    or place in PLACES_ALONE):
                continue  # "- <Place>: move the region": what the task is about
            span = _owner(m.group(group), m.start(group), names, surname_first=group == "head")
            if span is not None:
                yield span


# What opens a description rather than a task after a list item's colon: "- <Word>: the
# backup region" says what a thing is (a place's, a codename's), where an action's owner is
# followed by a verb ("- <Given>: chase the supplier").
_DESCRIBES = frozenset({"the", "an", "our", "its", "their", "this", "that", "these", "those",
                        "new", "old", "each", "every", "all", "some", "no"})


# User research's notes name a participant by their number, and then, in brackets or
# after a dash, by their given name (and surname): "P3 (<Given>) said …", "P7 - <Given> -
# uses …", "Participant 2: <Given> <Surname>". (A priority's "P1 (Critical)" names none.)
_PARTICIPANT_RE2 = (rb"(?:\bP|[Pp]articipant |[Aa]ction |ACTION )[0-9]{1,3}[ \t]*"
                    rb"(?:\(|[:\x{2013}\x{2014}-])[ \t]*" + _LINE_CAPITAL_RE2)
_PARTICIPANT = lazy_regex(
    r"(?<![\w-])(?:P|[Pp]articipant[ \t]+|(?:[Aa]ction|ACTION)[ \t]+)\d{1,3}[ \t]*"
    r"(?:\([ \t]*|[-:\u2013\u2014][ \t]*)"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD})?)(?=[ \t]*[),:;\u2013\u2014-])")


# A given name with a delivery team's role in brackets after it: "<Given> (PO) and
# <Given> (TL) agreed the scope", as minutes and kick-off notes write the people there.
# (Roles that no country's, language's or system's code spells: "<Given> (DE)" may be a
# font's German cut.) And a name with its pronouns: "<Given> (she/her)".
_PRONOUNS = r"she/her|he/him|they/them|she/they|he/they"
_TEAM_ROLES = (rf"(?:PO|PM|DM|TL|BA|QA|SM|SRO|UR|UCD|Chair|chair|{_PRONOUNS}"
               # ... and a delivery team's roles written out: "(Product Owner)"
               r"|(?i:product owner|product manager|delivery manager|delivery lead"
               r"|tech(?:nical)? lead|lead developer|user researcher|service owner"
               r"|service designer|content designer|interaction designer|business analyst"
               r"|performance analyst|data scientist|scrum master|developer|tester"
               r"|architect))")
_WITH_ROLE_RE2 = rb"[A-Za-z\x{80}-\x{24f}] \(" + _TEAM_ROLES.encode() + rb"\)"
_WITH_ROLE = lazy_regex(
    rf"(?<![\w'\u2019-])(?P<name>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+"
    rf"\((?:(?P<pronouns>{_PRONOUNS})|{_TEAM_ROLES})\)")
# ... and a team page's member before a dash or a comma and their role, ending the line or
# the list's item: "<Given> <Surname> - Product owner", "<li><Given> <Surname>, Tech
# lead</li>".
_DASHED_ROLE_RE2 = (rb"[a-z][ \t]*(?:[,-]|\x{2013}|\x{2014})[ \t]+" + _TEAM_ROLES.encode()
                    + rb"[ \t]*(?:<|\r?$|\n)")
_DASHED_ROLE = lazy_regex(
    rf"(?<![\w'\u2019-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,2}})[ \t]*[-,\u2013\u2014][ \t]+"
    rf"{_TEAM_ROLES}[ \t]*(?=<|$)", regex.MULTILINE)


def _dashed_roles(text: str, names: _Names) -> Iterator[Span]:
    return _each_credited(_DASHED_ROLE, "name", text, names)


# What a team's records credit people with outright, in one RE2 pass over a text that is no
# code (most have none): a team page's member before their role (``_DASHED_ROLE``), a
# reply's attribution (``_REPLY_HEAD``), a ticket's journal (``_JOURNAL_HEAD``) and a
# pasted git shortlog (``_SHORTLOG``).
# (Each is looked for only where it is at home, as a pass over every text would cost more
# than all it finds: a web page's members, a mail's replies, an export's journals.)
_EXPORT_SYNTAXES = frozenset({"json", "csv", "tsv", "xml", "email"})


# Where either may be on a line that RE2 found (most such lines are others' to read).
_PARTICIPANT_OR_ROLE = lazy(rf"(?:\bP|articipant |ction |CTION )\d| \({_TEAM_ROLES}\)")


def _with_roles(text: str, start: int, end: int, names: _Names) -> Iterator[Span]:
    for m in _WITH_ROLE.finditer(text, start, end):
        if " " in m.group("name") or "\t" in m.group("name"):
            # a full name, which the lists may not know: "<Given> <Surname> (he/him)"
            if (span := _credited(m.group("name"), m.start("name"), names)) is not None:
                yield span
                continue
            first, _, word = m.group("name").partition(" ")
            word = word.strip(" \t")
            if m.group("pronouns") is not None and first.lower() in load_english() \
                    and (_given_alone(word, names) or _unknown_given(word, names)):
                # a sentence's word, then the name: "Welcome <Given> (he/him)"
                yield Span(m.end("name") - len(word), m.end("name"), 0.75, "Jane")
            continue
        before = text[max(start, m.start() - 40):m.start()].rstrip(" \t")
        last = before.rsplit(None, 1)[-1] if before.split() else ""
        if last[:1].isupper() and last[-1:].isalpha():
            continue  # the surname of a full name, found as one
        word = m.group("name")
        if _given_alone(word, names) or (m.group("pronouns") is not None and _unknown_given(
                word, names)):
            yield Span(m.start("name"), m.end("name"), 0.75, "Jane")


def _unknown_given(word: str, names: _Names) -> bool:
    """A word no list holds, in a given name's shape, that spells no English word, no role,
    no tool and no place: a given name from abroad, where only a person can stand (before
    their pronouns)."""
    return word[:1].isupper() and word[1:].islower() and not names.given(word) \
        and not names.weak(word) and _strange(word, names) and _norm(word) not in ROLES \
        and word not in _TOOLS and word not in PLACES_ALONE and not is_placeholder([word])


def _participants(text: str, start: int, end: int, names: _Names) -> Iterator[Span]:
    for m in _PARTICIPANT.finditer(text, start, end):
        span = _owner(m.group("name"), m.start("name"), names, surname_first=False)
        if span is not None:
            yield span


def _owner(head: str, offset: int, names: _Names, *, surname_first: bool) -> Span | None:
    """The person ``head`` names: a given name alone, a given name and a surname, initials
    and a surname, or (an action's owner) a surname, a comma and a given name."""
    if "," in head:
        last, _, first = head.partition(",")
        first = first.strip()
        if not (surname_first and _one_word(last) and _one_word(first)):
            return None
        if names.surname(last) and (names.given(first) or _strange(first, names)) \
                and not is_placeholder([first, last]):
            return Span(offset, offset + len(head), 0.75, "Doe, Jane")
        return None
    items = _items(head, offset)
    if not items or " ".join(i.text for i in items) != " ".join(head.split()):
        return None  # something between the words that is no part of a name
    named = [i for i in items if i.kind == "word"]
    if len(named) + sum(i.kind == "particle" for i in items) != len(items) \
            and not (items[-1].kind == "word" and all(i.kind == "initial" for i in items[:-1])):
        return None
    words = [i.text for i in named]
    if not 1 <= len(named) <= 2 or is_placeholder(words):
        return None
    if items[0].kind == "initial":
        last = words[-1]
        ok = names.surname(last) or _strange(last, names)
        suggestion = "J. Doe"
    else:
        given = words[0]
        ok = names.given(given) and not names.weak(given) \
            and given.lower() not in load_english() and _norm(given) not in ROLES \
            and (len(words) > 1 or given not in _TOOLS) \
            and (len(words) == 1 or names.surname(words[1]) or _strange(words[1], names))
        suggestion = "Jane" if len(words) == 1 else "Jane Doe"
    return Span(items[0].start, items[-1].end, 0.75, suggestion) if ok else None


# Tools and services named like people: alone at the head of an action ("- Travis to run
# the build") or thanked ("Thanks to Okta for …"), they are not people.
# (Given names common in the UK that also name a tool, Ruby or Hugo, stay names.)
_TOOLS = frozenset({
    "Karma", "Alexa", "Siri", "Cortana", "Cassandra", "Travis", "Aurora", "Athena", "Okta",
    "Hudson", "Jenkins", "Django", "Celery", "Selenium", "Cypress", "Sentry", "Grafana",
    "Kibana", "Helm", "Vault", "Consul", "Nomad", "Harbor", "Argo", "Flux", "Envoy", "Caddy",
    "Bamboo", "Maven", "Ansible", "Puppet", "Chef", "Apollo", "Watson",
    # an AI assistant, quoted and asked in transcripts and comments ("… said", "ask …")
    "Claude",
})
# The words after an AI assistant's name that name its model or its tool ("<Tool> Opus",
# "<Tool> Code"), no one's surname; and the mailbox it signs commits with, a no-reply one.
_ASSISTANT_WORDS = frozenset({"Opus", "Sonnet", "Haiku", "Code", "AI"})
_NO_REPLY = lazy(r"[ \t]*<(?:no-?reply|do-?not-?reply)@", re.IGNORECASE)


def _an_assistant(text: str, span: Span) -> bool:
    """An AI assistant's identity: its name and its model's ("Co-authored-by: <Tool> Opus
    <…>", "Written by <Tool> Code"), or its name alone before a no-reply mailbox."""
    words = text[span.start:span.end].split()
    if len(words) == 2 and words[1] == "AI":
        return True  # "<Given> AI": a product, as no one's surname is written in capitals
    if not words or words[0] not in _TOOLS:
        return False
    if len(words) > 1:
        return all(w in _ASSISTANT_WORDS for w in words[1:])
    return _NO_REPLY.match(text, span.end) is not None


# Places and languages that the lists hold as given names (as other countries name
# children) but that, a word alone, mean the place: "Thanks,\n\nLondon office",
# "talk to Bristol about the data". (With a surname, they are still names.)
PLACES_ALONE = frozenset({
    "London", "York", "Bristol", "Carlisle", "Kendal", "Devon", "Kent", "Essex", "Berlin",
    "Rome", "Milan", "Geneva", "Boston", "Houston", "Dallas", "Denver", "Brooklyn", "Africa",
    "Asia", "America", "Israel", "Kenya", "Nevada", "Indiana", "Montana", "Dakota",
    "Haskell", "Pascal",
    # towns and cities (and London boroughs) where offices and farms are, rarely a given name
    # in Britain: "fixed the Chester and Lincoln exports"
    "Chester", "Lincoln", "Preston", "Warwick", "Stafford", "Bradford", "Bedford", "Ely",
    "Clifton", "Kingston", "Richmond", "Camden", "Merton",
    # languages and nationalities ("messages for Danish and German"), and days
    "Danish", "German", "Dutch", "Irish", "Welsh", "English", "French", "Spanish", "Italian",
    "Polish", "Swedish", "Norwegian", "Finnish", "Russian", "Chinese", "Japanese", "Korean",
    "Indian", "Arabic", "Hebrew", "Greek", "Latin", "Persian", "Turkish", "Portuguese",
    "Hindi", "Urdu", "Bengali", "Punjabi", "Tamil", "Gaelic", "Cornish", "Scots", "British",
    "American", "Canadian", "Australian", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday",
})
# Places better known than the given name the lists also hold them as: countries, states,
# counties and large cities. Alone as a list item's label before its colon ("- <Place>: move
# the region", "- <Place>: add the font"), a word of these names what the item is about, not
# its owner (an owner's item says so with "to" or "will"). The given names commonest in
# Britain that a place also spells (Charlotte, Victoria) are left out: there a colleague is
# likelier.
PLACES_TOO = frozenset({
    "America", "Asia", "China", "Cuba", "Georgia", "Holland", "India", "Ireland", "Mali",
    "Oman", "Alabama", "Arizona", "Carolina", "Florida", "Louisiana", "Missouri", "Tennessee",
    "Texas", "Virginia", "Washington", "Adelaide", "Austin", "Melbourne", "Memphis", "Orlando",
    "Paris", "Phoenix", "Santiago", "Sydney", "Valencia", "Venice", "Wellington",
    "Milan",
})


def _one_word(text: str) -> bool:
    word = _ITEM_RE.fullmatch(text.strip())
    return word is not None and word.lastgroup == "word"


def _strange(word: str, names: _Names) -> bool:
    """A name-shaped word no list holds that is no English word: a surname from abroad."""
    lower = _norm(word).lower()
    return len(word) > 2 and lower not in load_english() and lower not in _NOT_NAME_WORDS \
        and _norm(word) not in NOT_A_PERSON_AFTER and _norm(word) not in INSTITUTIONS


# A quotation's attribution, on its own line under it: "> — Jane Doe, farm adviser". The
# speaker may have a name the lists do not know, as a label's may.
# ("--" and a capital also open the comments of some formats, which end their line with
# "--" again, as decimal test files do.)
_ATTRIBUTION_RE2 = "^[ \t>]*(?:(?:\u2014|\u2013)[ \t]*[A-Z]|-- [A-Z][^\n]*[^-\n][ \t]*$)".encode()
_OWNER_OR_SPEAKER_RE2 = b"(?m)" + _OWNER_RE2[4:] + b"|" + _ATTRIBUTION_RE2
_ATTRIBUTION = lazy(
    r"[ \t>]*(?:\u2014|\u2013|--)[ \t]*(?P<name>\w[^\n,(]{0,79}?)[ \t]*(?:[,(]|$)")


def _attribution(text: str, start: int, end: int, names: _Names) -> Iterator[Span]:
    if text[start:end].lstrip(" \t>").startswith("--") and not _under_a_quote(text, start):
        return  # "--" also opens a comment, and a rule's line
    m = _ATTRIBUTION.match(text, start, end)
    if m is None or _VALUE.fullmatch(m.group("name")) is None:
        return
    items = _items(m.group("name"), m.start("name"))
    span = _name_span(items, names, relaxed=True, unknown=True)
    if span is not None and not any(_norm(i.text) in NOT_A_PERSON_AFTER for i in items):
        yield span


def _under_a_quote(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is in a block quote, or the line above ends one."""
    if text[line_start:line_start + 8].lstrip(" \t").startswith(">"):
        return True
    above = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)]
    return above.rstrip().endswith(('"', "\u201d", "'", "\u2019", "\u00bb"))


# A log's key=value pairs (logfmt, as structured loggers write them): the value runs to
# the next pair or the line's end, and may be quoted: by=Doe, Jane case=12 user="Jane Doe".
_LOGFMT = lazy(r"""(?<![\w.-])(?P<key>[A-Za-z_][\w.-]*)=(?:"(?P<q>[^"\n]{1,100})"|"""
                     r"""(?P<v>[A-Z][^=\n"]{0,100}?))(?=[ \t]+[\w.-]+=|[ \t]*$)""", re.M)


def _from_logfmt(locator: Locator) -> Iterator[Keyed]:
    text = locator.text.text
    names = _names()
    for index in _role_lines(locator):
        start, end = locator.line_span(index)
        for m in _LOGFMT.finditer(text, start, end):
            group = m.lastgroup or "v"
            value = m.group(group)
            role = key_role(m.group("key")) if value[:1].isupper() else None
            if role == "generic" and _unknown_given_known_surname(value, names):
                role = "full"  # name="<Given> <Surname>", a given name from abroad
            if role is not None:
                yield role, value.rstrip(" \t,;"), m.start(group)


# A given name no list holds (nor an English word) before a common surname that is no
# English word: two capitalised words, as a log's ``name=`` pair writes a person.
_TWO_WORDS = lazy(r"[A-Z][a-z]{2,20} [A-Z][a-z]{2,30}")


def _unknown_given_known_surname(value: str, names: _Names) -> bool:
    if _TWO_WORDS.fullmatch(value) is None:
        return False
    given, family = value.split()
    return not names.given(given) and _strange(given, names) \
        and names.surname(family, long_tail=False) and family.lower() not in load_english() \
        and family not in NOT_A_PERSON_AFTER and not is_placeholder([given, family])


# A person's handle made of their name, in a mention or a TODO's owner: "@jane.doe
# please check", "TODO(joe_bloggs): …", "cc @john-doe". (A decorator, "@app.route",
# and a scoped package, "@types/node", are made of no names. A CODEOWNERS file's handles
# are read on their own: see ``_owner_handles``.)
# Each "@" and "TODO(" is found by ``str.find`` and the handle matched there: a text holds
# few, and a pattern that opens with an alternation would be read at every character, by
# RE2 or the stdlib engine alike. (Each opener is one more pass over every text: FIXME's and
# XXX's owners, far rarer, are left out.)
_HANDLE = lazy(r"[A-Za-z]{2,20}[._-][A-Za-z]{2,30}(?![\w@/(-]|\.\w)")
_HANDLE_OPENERS = ("@", "TODO(")
_NOT_BEFORE_HANDLE = frozenset("_.@")
# A TODO's owner may be a given name alone: "TODO(jane): …".
_OWNER_WORD = lazy(r"[A-Z]?[a-z]{2,20}(?=\))")


# ... or a full name ("TODO(Jane Doe): …"), the lists knowing one of its words or none
# being an English word.
_OWNER_NAME = lazy_regex(rf"{_WORD}(?:[ \t]+(?:{_WORD}|{_PARTICLE})){{1,3}}(?=\))")


# In notes, changelogs and mails (not code, whose "@" opens decorators and annotations),
# a mention of an account whose name and surname are run together: "thanks @<given><surname>".
_RUN_TOGETHER_SYNTAXES = frozenset({"markdown", "rst", "text", "email"})
_RUN_HANDLE = lazy(r"[A-Za-z]{6,40}(?![\w@/(-]|\.\w)")


def _handles(text: str, names: _Names, run_together: bool = False) -> Iterator[Span]:
    for opener in _HANDLE_OPENERS:
        at = text.find(opener)
        while at >= 0:
            start = at + len(opener)
            before = text[at - 1] if at else " "
            if opener != "@":
                yield from _tag_owner(text, start, names)
            elif not (before.isalnum() or before in _NOT_BEFORE_HANDLE):
                m = _HANDLE.match(text, start)
                if m is None and run_together:
                    m = _RUN_HANDLE.match(text, start)  # "@<given><surname>"
                    named = m is not None and _a_persons_account(m.group(), names)
                else:
                    named = m is not None and _named_handle(m.group(), names)
                if m is not None and named:
                    yield Span(start, m.end(), 0.75, "jane.doe")
            at = text.find(opener, start)


def _tag_owner(text: str, start: int, names: _Names) -> Iterator[Span]:
    """The owner in a TODO's (FIXME's, XXX's) brackets at ``start``: a handle made of a
    given name and a surname, a given name alone, or a full name."""
    if (m := _HANDLE.match(text, start)) is not None:
        if _named_handle(m.group(), names):
            yield Span(start, m.end(), 0.75, "jane.doe")
    elif (m := _OWNER_WORD.match(text, start)) is not None:
        if _given_alone(m.group().title(), names):
            yield Span(start, m.end(), 0.75, "jane")  # TODO(jane): a given name
    elif (full := _OWNER_NAME.match(text, start)) is not None:
        span = _name_span(_items(full.group(), start), names, relaxed=True, unknown=True)
        if span is not None:
            yield span


# FIXME's and XXX's owners, in a comment (found with a comment's spoken-of names: one pass).
_TAG_OPENERS = ("FIXME(", "XXX(")


# ``git blame``'s output, saved whole (its first line is one of its own): the commit, the
# path maybe, then the author, the time and the line number in brackets. The author is a
# person (or a bot: "dependabot[bot]" is no name).
_BLAME_OPENS = frozenset("^0123456789abcdef")
_BLAME = lazy_regex(
    r"(?m)^\^?[0-9a-f]{7,40} (?:[^\n(]{0,200} )?\((?P<name>[^\n()]{1,80}?)[ \t]+"
    r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}[ \t]+\d+\)")


def _blame_authors(text: str, names: _Names) -> Iterator[Span]:
    for m in _BLAME.finditer(text, timeout=5.0):
        name = m.group("name")
        if (span := _credited_value(name, m.start("name"), names)) is not None:
            yield span


# A pasted "git shortlog": its summary's lines ("    42\t<Given> <Surname>", with -e an
# address after) or its groups' heads ("<Given> <Surname> (42):"). Each names an author
# outright, as blame's lines do.
_SHORTLOG = lazy_regex(
    r"(?m)^(?:[ \t]*(?P<count>\d+)\t(?P<summary>[^\t\n<>()]{1,80}?)"
    r"(?P<address>[ \t]+<[^<>\n]{1,100}>)?"
    r"|(?P<group>\p{Lu}[^\t\n<>():]{1,80}?)[ \t]+\(\d+\):)[ \t]*$")


def _shortlog_authors(text: str, names: _Names) -> Iterator[Span]:
    found = list(_SHORTLOG.finditer(text, timeout=5.0))
    counts = [int(m.group("count")) for m in found if m.group("count") is not None]
    # (a summary sorted by count, as "-sn" writes it, or with its authors' addresses:
    # not a numbered list, "1\t<Town>", "2\t<Town>")
    summary = all(a >= b for a, b in pairwise(counts)) \
        or all(m.group("address") for m in found if m.group("count") is not None)
    for m in found:
        group = "summary" if m.group("summary") is not None else "group"
        if group == "summary" and not summary:
            continue
        name = m.group(group)
        if (span := _credited_value(name, m.start(group), names)) is not None:
            yield span


# A pasted "git log --graph" line in the common alias's format: the hash, the subject, the
# commit's age and its author's name in angle brackets, "* <hash> - <subject> (3 weeks ago)
# <Given Surname>". That name is a person's outright, as a trailer's is.
_LOG_GRAPH_AUTHOR = lazy_regex(
    r"(?m)\((?:\d+|an?)[ \t]+(?:second|minute|hour|day|week|month|year)s?"
    r"(?:,[ \t]+\d+[ \t]+\w+)?[ \t]+ago\)[ \t]*<(?P<name>[^<>@\n]{1,80}?)>"
    r"[ \t]*$")


def _log_graph_authors(text: str, names: _Names) -> Iterator[Span]:
    for m in _LOG_GRAPH_AUTHOR.finditer(text):
        name = m.group("name").strip()
        at = m.start("name") + m.group("name").index(name)
        if (span := _credited_value(name, at, names)) is not None:
            yield span


# A Backstage catalogue's reference to a user ("owner: user:<given>.<surname>", with its
# namespace or none): the handle of a person, as a mention's is. (A group's is a team.)
_USER_REF = lazy_regex(
    r"(?<![\w.-])user:(?:[\w-]+/)?(?P<handle>[A-Za-z]{2,20}[._-][A-Za-z]{2,30})"
    r"(?![\w@/(-]|\.\w)")


def _user_refs(text: str, names: _Names) -> Iterator[Span]:
    for m in _USER_REF.finditer(text):
        if _named_handle(m.group("handle"), names):
            yield Span(m.start("handle"), m.end("handle"), 0.75, "jane.doe")


# A CODEOWNERS file's and a Dependabot configuration's accounts are made of names as
# often as a mention's are: "@<given>-<surname>", or run together, "@<given><surname>".
# A team ("@org/team") is no one. Run together, both halves must be common names.
_OWNER_HANDLE = lazy(r"(?<![\w@.-])@(?P<handle>[A-Za-z][A-Za-z-]{3,38})(?![\w/.-])")
_DEPENDABOT = ("dependabot.yml", "dependabot.yaml")
_DEPENDABOT_ITEM = lazy(r"(?m)^[ \t]*-[ \t]*[\"']?(?P<handle>[A-Za-z][A-Za-z-]{3,38})[\"']?"
                        r"[ \t]*(?:#.*)?$")
_DEPENDABOT_PEOPLE = lazy(r"(?m)^[ \t]*(?:reviewers|assignees)[ \t]*:[ \t]*$")
_DEPENDABOT_KEY = lazy(r"(?m)^[ \t]*[\w-]+[ \t]*:")


def _owner_handles(text: str, names: _Names) -> Iterator[Span]:
    for m in _OWNER_HANDLE.finditer(text):
        if _a_persons_account(m.group("handle"), names):
            yield Span(m.start("handle"), m.end("handle"), 0.75, "jane.doe")


def _dependabot_people(text: str, names: _Names) -> Iterator[Span]:
    """The accounts listed under a Dependabot update's ``reviewers:`` or ``assignees:``."""
    for head in _DEPENDABOT_PEOPLE.finditer(text):
        for m in _DEPENDABOT_ITEM.finditer(text, head.end() + 1):
            between = text[head.end():m.start()]
            if _DEPENDABOT_KEY.search(between) is not None:
                break  # the list ended: another key came first
            if _a_persons_account(m.group("handle"), names):
                yield Span(m.start("handle"), m.end("handle"), 0.75, "jane.doe")


# A project's or a team's account: a name then what it makes ("@<name>lang", "@<name>labs").
_PROJECT_SUFFIXES = frozenset({"lang", "labs", "dev", "devs", "app", "apps", "ops", "team",
                               "org", "tech", "cloud", "digital"})


def _a_persons_account(handle: str, names: _Names) -> bool:
    """A given name and a surname, joined by a hyphen or run together."""
    if handle.count("-") == 1:
        return _named_handle(handle, names)
    if "-" in handle or handle.lower().endswith("bot"):
        return False
    low = handle.lower()
    if names.given(low.title()) or names.surname(low.title()):
        return False  # one name alone ("@macdonald"), not two run together
    for k in range(3, len(low) - 2):
        given, family = low[:k].title(), low[k:].title()
        if low[k:] in _PROJECT_SUFFIXES:
            continue
        if names.given(given) and not names.weak(given) and given.lower() not in load_english() \
                and names.surname(family, long_tail=False) \
                and family.lower() not in load_english() \
                and not is_placeholder([given, family]):
            return True
    return False


def _named_handle(handle: str, names: _Names) -> bool:
    given, family = (part.title() for part in re.split(r"[._-]", handle))
    return names.given(given) and not names.weak(given) \
        and given.lower() not in load_english() and names.surname(family) \
        and not is_placeholder([given, family])


# A given name alone whose request, advice or work a note or a comment records: "per Jane's
# request", "at Jane's suggestion", "following Jane's review", "from Jane's notebook".
# (RE2 skips to each apostrophe: a text with none is passed at once.)
_ASKED = (r"(?:request|suggestion|advice|feedback|comments?|review|note|email|ask|instructions?"
          r"|work|code|script|notebook|branch|fix|changes|idea|design|spike|analysis|draft"
          r"|sign-off|approval|input|PR|MR|pull request|merge request"
          # what a colleague wrote or showed: "<Given>'s walkthrough of the pipeline"
          r"|walkthrough|notes|slides|deck|demo|presentation|write-?up|summary|findings"
          r"|proposal|prototype|diagram|ticket"
          # a colleague's days in the team: "Friday is <Given>'s last day"
          r"|last day|first day|leaving do|leaving drinks)")
_REQUEST_RE2 = rb"'s " + _ASKED.encode()
_REQUEST_RE2_TYPOGRAPHIC = "\u2019s ".encode() + _ASKED.encode()
# The word before the name, which says whose request or work it is ("per", "following"),
# or the head of a line, a list item or a sentence: "<Given>'s notes from the retro".
_REQUEST = lazy_regex(
    rf"(?<![\p{{L}}\p{{N}}_'\u2019.-])(?P<name>{_WORD})['\u2019]s[ \t]+(?P<work>{_ASKED})\b")
# What only a person does or shows: after a place's name that is a given name too
# ("<Place>'s walkthrough"), a colleague's (not "<Place>'s findings on trade").
_ONLY_A_PERSONS = frozenset({"walkthrough", "notes", "slides", "deck", "demo", "PR", "MR",
                             "pull request", "merge request", "branch", "notebook", "spike",
                             "script", "write-up", "writeup"})
# ... and what only a person has, whatever stands before their name.
_A_PERSONS_DAYS = frozenset({"last day", "first day", "leaving do", "leaving drinks"})
_MONTHS_NAMED = frozenset({"April", "May", "June", "July", "August"})
_REQUEST_BEFORE = frozenset({"per", "at", "on", "following", "after", "from", "for", "awaiting",
                             "review", "reviewing", "reviewed", "merge", "merging", "merged",
                             "approve", "approving", "approved", "test", "testing", "tested"})
_LINE_MARKS = " \t>#*_+-"


def _whose_work(text: str, start: int) -> str | None:
    """What stands before a possessive's name at ``start``: ``by`` (a word that says whose
    request or work follows), ``head`` (a line's, a list item's or a sentence's head) or
    None (another word)."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    if not before.strip(_LINE_MARKS):
        return "head"
    if before[-1] not in " \t":
        return None
    last = before.split()[-1]
    if last.lstrip("([\"'").lower() in _REQUEST_BEFORE:
        return "by"
    return "head" if last[-1] in ".!?" and before[-2:-1] not in (" ", "\t") else None


# A given name alone that a note or a comment quotes or turns to: what the person said or
# thought ("… said the API returns duplicates", "as … pointed out", "… from the data team
# says"), and whom to ask, to check with or to thank ("ask … about", "check with …",
# "thanks …"), or a speaker who names themself ("I'm …").
# (The few lines RE2 finds are read word by word: a pattern for them would cost a hook's
# process more to compile than all its reading.)
_SPOKE = frozenset({"said", "says", "asked", "suggested", "mentioned", "raised", "flagged",
                    "noted", "thinks", "thought", "wants", "wanted", "reckons", "confirmed",
                    "agreed", "explained", "recommended", "proposed", "demoed",
                    # who stands in for whom: "… covers the support rota"
                    "covers",
                    # what a stand-up's or a retro's note says a colleague did
                    "fixed", "merged", "deployed", "paired", "pairing", "sorted",
                    "shipped", "finished",
                    # who wrote, built or knows a thing: a handover's notes
                    "wrote", "knows", "built", "owns", "maintains", "manages",
                    # who joins the team: "… joins us from the agency"
                    "joins"})
_SPOKE_TWO = frozenset({("pointed", "out"), ("and", "I"), ("is", "leaving"), ("was", "leaving"),
                        # who left or joined the team: a retro's card, a team's notes
                        ("left", "the"), ("left", "us"), ("left", "today"), ("joined", "the"),
                        ("joined", "us"), ("joined", "today"),
                        ("is", "off"), ("was", "off"), ("is", "away"), ("was", "away"),
                        ("off", "sick"), ("off", "today"), ("has", "joined"),
                        ("is", "joining"), ("is", "reviewing"), ("is", "fixing"),
                        ("is", "testing"), ("is", "working"),
                        # who takes a piece of work on: "… will own the migration"
                        ("will", "own"), ("will", "lead"), ("will", "chase"),
                        ("will", "pick"), ("will", "investigate"), ("will", "demo"),
                        ("will", "present"),
                        # who is away or still at a thing: a stand-up's note
                        ("out", "today"), ("out", "sick"), ("out", "tomorrow"), ("is", "still"),
                        ("was", "still")})
# What "<Given> is on …" may be: leave of some kind.
_ON_LEAVE = frozenset({"leave", "annual", "holiday", "maternity", "paternity", "parental",
                       "sick"})
_TURNED_TO = frozenset({"ask", "asked", "asking", "cc", "ping", "pinged", "credit", "thanks",
                        "i'm", "page", "paged", "fyi", "bye", "welcome", "h/t",
                        # whom to go to: "contact … for access"
                        "contact", "contacted",
                        # whom a note tells, reminds or nudges: "nobody told … the demo moved"
                        "told", "tell", "telling", "remind", "reminded", "nudge", "nudged"})
_TURNED_TO_TWO = frozenset({
    ("check", "with"), ("checked", "with"), ("speak", "to"), ("speak", "with"), ("spoke", "to"),
    ("spoke", "with"), ("talk", "to"), ("talk", "with"), ("talked", "to"), ("talked", "with"),
    ("pair", "with"), ("paired", "with"), ("pairing", "with"), ("thanks", "to"),
    ("worked", "with"), ("working", "with"), ("props", "to"), ("me", "and"),
    ("thank", "you"), ("kudos", "to"), ("shout-out", "to"), ("shoutout", "to"),
    ("according", "to"), ("i", "am"),
    # whom a decision or a wait is with: "agreed with … that", "waiting on … for the key"
    ("agreed", "with"), ("met", "with"), ("sync", "with"), ("synced", "with"),
    ("discussed", "with"), ("reviewed", "with"), ("raised", "with"), ("meeting", "with"),
    ("call", "with"),
    ("waiting", "on"), ("waiting", "for"),
    # whom a thread brings in: "looping in … for the data"
    ("loop", "in"), ("looped", "in"), ("looping", "in"),
    # who reported, raised or fixed something: a changelog's credit
    ("reported", "by"), ("raised", "by"), ("requested", "by"), ("suggested", "by"),
    ("spotted", "by"), ("fixed", "by"), ("reviewed", "by"),
    # whom a retro's card congratulates or says goodbye to
    ("congratulations", "to"), ("congrats", "to"), ("luck", "to"), ("farewell", "to"),
    ("goodbye", "to"),
    # whom a demo or a meeting is handed over to: "over to <given> for the payments bit"
    ("over", "to"), ("handover", "to"),
    # whom a letter or a mail goes to: a service's log, a case's note
    ("letter", "to"), ("email", "to"), ("reply", "to"), ("replied", "to"), ("wrote", "to"),
    ("written", "to"), ("sent", "to"), ("sending", "to"),
    # whom a team's notes welcome, or thank for their help: "welcome to … who joins …"
    ("welcome", "to"), ("help", "from"),
    # whom work is handed over from (and to: "handover from … to …")
    ("handover", "from"), ("hand-over", "from"), ("handoff", "from"),
    # who tested, approved or signed off a change: a pull request's checklist
    ("tested", "by"), ("approved", "by"), ("confirmed", "by"), ("verified", "by"),
    ("off", "by"), ("signed-off", "by"),
    # who gave a demo or a talk, or led a session: a retro's card, a show and tell's notes
    ("demo", "by"), ("demoed", "by"), ("presented", "by"), ("presentation", "by"),
    ("talk", "by"), ("walkthrough", "by"), ("led", "by"), ("facilitated", "by"),
    # who wrote, owns or mended a piece of work: a changelog's, a runbook's or a note's
    ("patched", "by"), ("implemented", "by"), ("owned", "by"), ("maintained", "by"),
    ("investigated", "by"), ("resolved", "by"), ("triaged", "by"), ("diagnosed", "by"),
    ("debugged", "by"), ("refactored", "by"),
    # who built, wrote or runs a thing: a handover's notes ("managed by … (DBA team)")
    ("built", "by"), ("written", "by"), ("managed", "by"), ("created", "by"),
    ("designed", "by"), ("developed", "by"), ("up", "by"), ("configured", "by"),
    # whom a runbook or a ticket escalates to: "escalate to … if it fails"
    ("escalate", "to"), ("escalated", "to"), ("escalating", "to"),
})
# Whom a note adds to a group of people: "add … to the Slack channel", "added … to the
# rota" (not "add Docker to the path": a tool, and no group after it).
_ADDED = frozenset({"add", "added", "adding"})
_ADDED_OR_VIA = _ADDED | {"via"}
_MEMBERS_OF = frozenset({"group", "groups", "channel", "channels", "team", "rota", "invite",
                         "invites", "meeting", "call", "thread", "chat", "org", "workspace",
                         "dl", "distro", "mailing", "distribution", "members", "allowlist",
                         "reviewers", "approvers", "admins", "owners", "circulation"})
# Whom a note thanks or contacts "out to": "shout out to …", "reached out to …".
_OUT_TO = frozenset({"shout", "reach", "reached", "reaching"})
# What is handed, sent or posted to a person: "hand it to …", "post it over to …" (not
# "move it to", "deploy it to": a place or a system).
_HANDED = frozenset({"post", "posts", "posted", "hand", "hands", "handed", "send", "sends",
                     "sent", "give", "gives", "gave", "pass", "passes", "passed", "forward",
                     "forwards", "forwarded", "email", "emailed", "e-mail", "e-mailed", "show",
                     "showed", "assign", "assigned"})
_HANDED_WHAT = frozenset({"it", "this", "that", "them", "these", "those"})
# A chat turn's speaker who names themself as the turn opens: "… here," or "… speaking -".
_SELF_NAMED = frozenset({"here", "speaking"})
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
_CLOCK_TOKEN = lazy(r"[\d:./apmAPM-]+")
# A relative, a friend or a colleague, named after whose they are: "my grandson …", "her
# husband …", as a user-research participant speaks of them.
_RELATIVES = frozenset({
    "son", "daughter", "grandson", "granddaughter", "husband", "wife", "partner", "brother",
    "sister", "mum", "mam", "mom", "dad", "mother", "father", "uncle", "aunt", "auntie",
    "nephew", "niece", "cousin", "neighbour", "neighbor", "friend", "colleague", "boss",
    "carer", "stepson", "stepdaughter", "grandmother", "grandfather", "nan", "gran",
})
_WHOSE = frozenset({"my", "his", "her", "our", "their", "your"})
_BETWEEN_TOKENS = "\"'()[]{}<>,.;:!?*_`\u201c\u201d\u2018\u2019"
_CREDITS = frozenset({"thanks", "thank", "credit", "kudos", "shout-out", "shoutout"})
_TOKEN = lazy(r"\S+")
# (RE2 reads UTF-8: a name's letters are code points, and its ``\b`` knows only ASCII's, so a
# name that opens with an accented capital, "Łucja" or "Éabha", is matched without one.)
_NAME_CAPITAL_RE2 = rb"(?:\b[A-Z]|[\xc0-\xde\x{100}-\x{17f}])"
_NAME_LETTERS_RE2 = rb"[a-z\x{80}-\x{24f}]"
# A stand-up's line that opens with a given name, a dash and how the person's day goes:
# "<Given> - blocked on the sandbox", "- <Given> - off sick", "<Given> (an en dash) pairing with …".
# (A glossary's "<Tool> - a static site generator" says what a thing is, not how it does.)
_STAND_UP = frozenset({"blocked", "working", "pairing", "reviewing", "investigating",
                       "looking", "picking", "finishing", "finished", "continuing", "carrying",
                       "helping", "chasing", "demoing", "onboarding", "off", "ooo", "wfh",
                       "away", "sick", "nothing"})
_STAND_UP_ON = frozenset({"leave", "holiday", "annual", "sick", "training", "a", "jury"})
_STAND_UP_RE2 = (rb"^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*)?" + _LINE_CAPITAL_RE2 + _NAME_LETTERS_RE2
                 + rb"+(?:\*\*)?[ \t]+(?:-|\x{2013}|\x{2014})[ \t]+(?:"
                 + "|".join(sorted(_STAND_UP)).encode() + rb"|on (?:"
                 + "|".join(sorted(_STAND_UP_ON)).encode() + rb"))\b|")
_SPOKEN_OF_RE2 = (
    _STAND_UP_RE2 + _NAME_CAPITAL_RE2 + _NAME_LETTERS_RE2
    + rb"+[ \t]+(?:said|says|asked|suggested|mentioned|raised|flagged"
    rb"|noted|thinks|thought|wants|wanted|pointed out|reckons|confirmed|agreed|explained"
    rb"|recommended|proposed|demoed|covers|(?:is|was) (?:leaving|off|away|on leave|still)|and I"
    rb"|out (?:today|sick|tomorrow)"
    rb"|fixed|merged|deployed|pair(?:ed|ing)|sorted|shipped|finished|off (?:sick|today)"
    rb"|wrote|knows|built|owns|maintains|manages"
    rb"|joins|has joined|is (?:joining|reviewing|fixing|testing|working)"
    rb"|will (?:own|lead|chase|pick|investigate|demo|present)"
    rb"|is on (?:annual|holiday|maternity|paternity|parental|sick)"
    rb"|(?:left|joined) (?:the|us|today)"
    rb"|(?:and|&) " + _LINE_CAPITAL_RE2 + _NAME_LETTERS_RE2 + b"*"
    rb"|from (?:the|our) [^\n]{1,30}team)\b"
    rb"|\b(?:[Aa]sk(?:ed|ing)?|[Cc]heck(?:ed)? with|(?:[Ss]peak|[Ss]poke|[Tt]alk(?:ed)?)"
    rb" (?:to|with)|[Pp]ing(?:ed)?|[Pp]air(?:ed|ing)? with|[Tt]hanks(?: to)?|[Tt]hank you"
    rb"|[Cc]c|[Pp]age[d]?|FYI|[Ff]yi|[Bb]ye|[Ww]elcome(?: to)?|[Hh]/t|[Ww]ork(?:ed|ing) with"
    rb"|[Cc]ontact(?:ed)?|(?:[Rr]aised|[Mm]eeting|[Cc]all) with"
    rb"|[Hh]elp from"
    rb"|[Pp]rops to|[Mm]e and|[Cc]redit|[Kk]udos to|[Ss]hout-?out to|[Aa]ccording to|I'm|I am"
    rb"|(?:[Aa]greed|[Mm]et|[Ss]ync(?:ed)?|[Dd]iscussed|[Rr]eviewed) with|[Ww]aiting on"
    rb"|(?:[Cc]ongrat(?:ulation)?s|[Ll]uck|[Ff]arewell|[Gg]oodbye|[Oo]ver|[Hh]andover"
    rb"|[Ll]etter|[Ee]mail|[Rr]epl(?:y|ied)|[Ww]r(?:ote|itten)|[Ss]en(?:t|ding)) to"
    rb"|(?:[Hh]and-?over|[Hh]andoff) from|[Ee]scalat(?:e|ed|ing) to"
    rb"|(?:[Rr]eported|[Rr]aised|[Rr]equested|[Ss]uggested|[Ss]potted|[Ff]ixed|[Rr]eviewed"
    rb"|[Tt]ested|[Aa]pproved|[Cc]onfirmed|[Vv]erified|[Ss]igned[ -]off"
    rb"|[Dd]emo(?:ed)?|[Pp]resent(?:ed|ation)|[Tt]alk|[Ww]alkthrough|[Ll]ed|[Ff]acilitated"
    rb"|[Pp]atched|[Ii]mplemented|[Oo]wned|[Mm]aintained|[Ii]nvestigated|[Rr]esolved"
    rb"|[Tt]riaged|[Dd]iagnosed|[Dd]ebugged|[Rr]efactored) by"
    rb"|(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our) (?:" + "|".join(sorted(_RELATIVES))
    .encode() + rb")"
    # what is handed, sent or posted to someone: "hand it to …", "post it over to …"
    rb"|(?i:post|hand|send|sent|give|gave|pass|forward|e-?mail|show|assign)(?:s|ed|ing)?"
    rb" (?:it|this|that|them|these|those)(?: (?:over|back|on))? to)[ \t]+" + _LINE_CAPITAL_RE2
    # a chat turn's speaker who names themself: "… here," or "… speaking -"
    + rb"|" + _NAME_CAPITAL_RE2 + _NAME_LETTERS_RE2
    + rb"+[ \t]+(?:here|speaking)[ \t]*(?:[,.!:;\x{2013}\x{2014}-]|(?m:$))")
# Prose's lines that may hold one, an action's owner or a quotation's speaker.
_OWNED_OR_SPOKEN_RE2 = _OWNER_OR_SPEAKER_RE2 + b"|" + _SPOKEN_OF_RE2
# ... and a name in capitals, or a name written surname first (``_note_line``), and a
# FIXME's or an XXX's owner (a Markdown page's "<!-- FIXME(jane.doe) -->"), in one pass.
_PROSE_LINES_RE2 = (_OWNED_OR_SPOKEN_RE2 + b"|" + _CAPS_OR_SURNAME_FIRST_RE2
                    + b"|(?:FIXME|XXX)\\(|" + _PARTICIPANT_RE2 + b"|" + _WITH_ROLE_RE2)
# In code, a comment that opens with one, after a tag or two ("# TODO: ask … about",
# "// As … noted,"): RE2 skips to each comment's mark with ``memchr`` and reads a few words
# past it, so the code and the rest of each comment cost nearly nothing. (Its words are
# fewer than prose's, and its automaton is quicker to build: most runs of a hook read
# only code.)
_COMMENT_LEAD = rb"[ \t]*(?:(?:TODO|FIXME|XXX|NB|NOTE|Note|As|as)\b[^ \t\n]{0,30}[ \t]+){0,2}"
_SPOKEN_IN_COMMENT_RE2 = (
    rb"(?:" + _LINE_CAPITAL_RE2 + _NAME_LETTERS_RE2
    # (and a surname after the given name: "# <Given> <Surname> said …")
    + rb"+(?: [A-Z]" + _NAME_LETTERS_RE2 + rb"+)? (?:said|says|asked|suggested|mentioned"
    rb"|raised|flagged|noted"
    rb"|thinks|thought|wants|pointed|agreed|and|&) |[Aa]sk |[Cc]heck(?:ed)? with |[Tt]hanks? "
    rb"|(?:[Aa]greed|[Ss]ync(?:ed)?|[Rr]eviewed|[Ww]ork(?:ed|ing)|[Pp]aired) with "
    rb"|(?:[Rr]eported|[Rr]aised|[Rr]equested|[Ss]uggested"
    rb"|[Ss]potted|[Ff]ixed|[Rr]eviewed|[Tt]ested|[Aa]pproved|[Cc]onfirmed|[Vv]erified"
    rb"|[Ss]igned[ -]off|[Pp]atched|[Ii]mplemented|[Mm]aintained|[Ii]nvestigated"
    rb"|[Dd]iagnosed|[Dd]ebugged) by "
    rb"|[Kk]udos |[Cc]c |[Ss]poke |[Tt]alk(?:ed)? |[Pp]ing |[Pp]air|[Cc]redit |[Aa]ccording "
    rb"|I'm |I am |[Cc]ontact )")
_TAGGED_IN_COMMENT_RE2 = (rb"|[ \t]*[*]?[ \t]*(?:FIXME|XXX)\("
                          # a to-do's owner: "# TODO: <Given> to remove once it is live"
                          rb"|[ \t]*(?:TODO|FIXME)[^ \t\n]{0,30}[ \t]+[A-Z][a-z]+"
                          rb" (?:to|will) [a-z]")
_TODO_OWNER = lazy_regex(
    r"(?:TODO|FIXME)\S{0,30}[ \t]+(?P<name>[A-Z][a-z]+)[ \t]+(?:to|will)"
    r"[ \t]+[a-z]")
_SPOKEN_IN_COMMENTS_RE2 = {
    "#": rb"#(?:" + _COMMENT_LEAD + _SPOKEN_IN_COMMENT_RE2 + _TAGGED_IN_COMMENT_RE2 + b")",
    "/": rb"/[/*](?:" + _COMMENT_LEAD + _SPOKEN_IN_COMMENT_RE2 + _TAGGED_IN_COMMENT_RE2 + b")",
    "-": rb"--(?:" + _COMMENT_LEAD + _SPOKEN_IN_COMMENT_RE2 + _TAGGED_IN_COMMENT_RE2 + b")",
}


_WORD_BEFORE = lazy_regex(r"(?<![\p{L}\p{N}_'\u2019.-])\p{Lu}\p{Ll}+ \Z")


def _given_before(text: str, start: int, end: int, names: _Names) -> Span | None:
    """A given name before the surname at ``text[start:end]`` whose work follows (only a
    person's: "<Given> <Unknown>'s demo"), the two a name the lists half know, where a line,
    an item or a sentence opens or a word says whose work it is."""
    given = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if given is None or not _given_alone(given.group()[:-1], names) \
            or _whose_work(text, given.start()) is None:
        return None
    items = _items(text[given.start():end], given.start())
    if len(items) != 2 or names.known(items[1].text) or not _unknown_name(items, names):
        return None
    return Span(given.start(), end, 0.75)


def _requests(locator: Locator, names: _Names) -> Iterator[Span]:
    text = locator.text.text
    sources = (_REQUEST_RE2,) if locator.ascii else (_REQUEST_RE2, _REQUEST_RE2_TYPOGRAPHIC)
    # Only the lines RE2 finds a request on: the full pattern opens on common words.
    lines = sorted({span for source in sources for span in _lines_found(locator, source)})
    for m in (m for start, end in lines
              for m in _REQUEST.finditer(text, start, end, timeout=5.0)):
        whose = _whose_work(text, m.start("name"))
        if whose is None and m.group("work") in _A_PERSONS_DAYS \
                and m.group("name") not in _MONTHS_NAMED:
            whose = "by"  # (not "June's last day": a month's)
        if whose is not None and _given_alone(m.group("name"), names) and (
                whose == "by" or _norm(m.group("name")) not in PLACES_TOO
                or m.group("work") in _ONLY_A_PERSONS):
            yield Span(m.start("name"), m.end("name"), 0.75, "Jane")
        elif whose is None and m.group("work") in _ONLY_A_PERSONS \
                and (whole := _given_before(text, m.start("name"), m.end("name"), names)):
            yield whole
    if locator.text.syntax in CODE:  # (prose's are found with its owners: one pass)
        gates = [_SPOKEN_IN_COMMENTS_RE2[mark] for mark in comment_marks(locator.text.syntax)]
        for start, end in sorted({span for gate in gates
                                  for span in _lines_found(locator, gate)}):
            yield from _spoken_of_on(text, start, end, names)
            if (owner := _TODO_OWNER.search(text, start, end)) is not None \
                    and _given_alone(owner.group("name"), names):
                yield Span(owner.start("name"), owner.end("name"), 0.75, "Jane")
            for opener in _TAG_OPENERS:
                at = text.find(opener, start, end)
                if at >= 0:
                    yield from _tag_owner(text, at + len(opener), names)


def _spoken_of_on(text: str, start: int, end: int, names: _Names) -> Iterator[Span]:
    """The given names spoken of on the line ``text[start:end]``: before what they said or
    thought ("… said", "… pointed out", "… and I", "… from the data team"), after whom one
    turns to ("ask …", "check with …", "thanks …", "I'm …"), and two side by side ("… and
    …", both or neither), and each one a credit goes on to thank ("thanks to … for the map
    and … for the copy")."""
    words: list[tuple[str, int, bool]] = []  # (word, where, punctuation after it)
    for m in _TOKEN.finditer(text, start, end):
        token = m.group()
        core = token.strip(_BETWEEN_TOKENS)
        if core:
            at = m.start() + token.index(core)
            words.append((core, at, at + len(core) < m.end()))
    credit = False  # a credit's word has opened the sentence so far
    for k, (word, _, stop) in enumerate(words):
        after = [w for w, _, _ in words[k + 1:k + 4]]
        named: list[int] = []
        lower = word.lower().replace("\u2019", "'")
        credit = credit or lower in _CREDITS
        if credit and lower in ("and", "&") and after[1:2] == ["for"] and not words[k + 1][2]:
            named = [k + 1]  # "… for the map and <given> for the copy"
        elif not stop and after and (after[0] in _SPOKE or tuple(after[:2]) in _SPOKE_TWO
                                   or (after[:2] == ["is", "on"] and after[2:3]
                                       and after[2] in _ON_LEAVE)
                                   or _from_a_team(words, k)) \
                and _norm(word) not in PLACES_TOO:
            named = [k]  # (not "<Place> said", a country's government: "… joins the scheme")
        elif _stand_up(words, k) and _norm(word) not in PLACES_TOO:
            named = [k]
        elif k + 1 < len(words) and not stop and (
                (lower == "to" and _handed_to(words, k))
                or (lower in _ADDED_OR_VIA and _added_or_via(words, k, lower))):
            named = [k + 1]
        elif not stop and k + 1 < len(words) and words[k + 1][0].lower() in _SELF_NAMED \
                and (words[k + 1][2] or k + 2 == len(words) or words[k + 2][0] in _DASHES) \
                and all(_CLOCK_TOKEN.fullmatch(w) for w, _, _ in words[:k]):
            named = [k]
        elif k + 1 < len(words) and (
                (lower in _TURNED_TO and not stop)
                or (k > 0 and not stop and lower in _RELATIVES and not words[k - 1][2]
                    and words[k - 1][0].lower() in _WHOSE)
                or (k > 0 and not stop and (words[k - 1][0].lower(), lower) in _TURNED_TO_TWO)
                or (lower == "to" and k > 1 and not stop and words[k - 1][0] == "out"
                    and words[k - 2][0].lower() in _OUT_TO)):
            named = [k + 1]
            if lower == "to" and words[k - 1][0].lower() == "welcome" \
                    and [w.lower() for w, _, _ in words[k + 2:k + 3]] != ["who"]:
                named = []  # "welcome to <Place>": only "welcome to …, who joins" is one
            elif lower in ("in", "for") and (
                    _norm(words[k + 1][0]) in PLACES_TOO or words[k + 1][0] in _MONTHS_NAMED
                    or words[k + 1][0].endswith(_POSSESSIVE)):
                # "loop in <Place>", "waiting for <Month>": a place, a time ("waiting for
                # <Given>'s sign-off" is read as a possessive)
                named = []
            if lower == "from" and k + 3 < len(words) and not words[k + 1][2] \
                    and words[k + 2][0] == "to" and not words[k + 2][2]:
                named.append(k + 3)  # "handover from … to …": both, or neither
        elif not stop and after[:1] in (["and"], ["&"]) and k + 2 < len(words) \
                and not words[k + 1][2] and not _places_pair(words, k):
            named = [k, k + 2]
        if named and all(_spoken_name(words, j, names) for j in named):
            yield from (Span(words[j][1], words[j][1] + len(words[j][0]), 0.75, "Jane")
                        for j in named)
        elif len(named) == 1 and _spoken_full_name(words, named[0], names):
            j = named[0]
            yield Span(words[j][1], words[j + 1][1] + len(words[j + 1][0]), 0.75)
        elif named == [k] and k > 0 and not words[k - 1][2] \
                and not (k > 1 and not words[k - 2][2] and words[k - 2][0][:1].isupper()) \
                and _spoken_full_name(words, k - 1, names):
            # the speaker's given name and a surname the lists do not know: "… … said"
            yield Span(words[k - 1][1], words[k][1] + len(word), 0.75)


# Two given names side by side are two places after a place's preposition ("exports from
# the offices in … and …", "farms near … and …"; not "copied in … and …") or before a noun
# that places are ("the … and … offices").
_PAIR_PLACE_BEFORE = frozenset({"in", "near", "nr", "around", "outside", "via", "at", "across",
                                "towards", "toward"})
_PAIR_PLACE_AFTER = frozenset({
    "office", "offices", "site", "sites", "depot", "depots", "area", "areas", "region",
    "regions", "branch", "branches", "station", "stations", "hub", "hubs", "campus",
    "campuses", "council", "councils", "estate", "estates", "catchment", "catchments"})


def _stand_up(words: list[tuple[str, int, bool]], k: int) -> bool:
    """``words[k]`` opens a stand-up's line (after a list's mark), and a dash and how the
    person's day goes follow it (``_STAND_UP``)."""
    if k + 2 >= len(words) or words[k + 1][0] not in _DASHES \
            or any(w not in ("-", "*", "+", ">") for w, _, _ in words[:k]):
        return False
    status = words[k + 2][0].lower()
    return status in _STAND_UP or (status == "on" and k + 3 < len(words)
                                   and words[k + 3][0].lower() in _STAND_UP_ON)


def _handed_to(words: list[tuple[str, int, bool]], k: int) -> bool:
    """``words[k]`` is the "to" of "hand it to", "send this over to": who gets a thing."""
    j = k - 1
    if j > 0 and words[j][0].lower() in ("over", "back", "on") and not words[j][2]:
        j -= 1
    return j > 0 and words[j][0].lower() in _HANDED_WHAT and not words[j][2] \
        and not words[j - 1][2] and words[j - 1][0].lower() in _HANDED


def _added_or_via(words: list[tuple[str, int, bool]], k: int, lower: str) -> bool:
    """``words[k]`` adds the next to a group of people, or is the "via" of "came in via
    …." at a sentence's end: who passed a thing on (no place either way)."""
    if _norm(words[k + 1][0]) in PLACES_TOO:
        return False
    if lower == "via":
        return words[k + 1][2] or k + 2 == len(words)
    return lower in _ADDED and _added_to(words, k)


def _added_to(words: list[tuple[str, int, bool]], k: int) -> bool:
    """``words[k]`` adds the one or two words after it "to" a group of people: a
    channel, a rota, a team's invite (``_MEMBERS_OF``)."""
    for to in (k + 2, k + 3):
        if to < len(words) and words[to][0] == "to" and not words[to - 1][2]:
            return any(w.lower() in _MEMBERS_OF for w, _, _ in words[to + 1:to + 5])
    return False


def _places_pair(words: list[tuple[str, int, bool]], k: int) -> bool:
    """``words[k]`` and ``words[k + 2]``, joined by "and", are two places: not before a
    possessive ("met in … and …'s office")."""
    if words[k + 2][0].endswith(_POSSESSIVE):
        return False
    before = words[k - 1][0].lower() if k > 0 and not words[k - 1][2] else ""
    if before in _PAIR_PLACE_BEFORE and not (
            before == "in" and k > 1 and words[k - 2][0].lower() in _IN_A_PERSON):
        return True
    return k + 3 < len(words) and not words[k + 2][2] \
        and words[k + 3][0].lower() in _PAIR_PLACE_AFTER


def _from_a_team(words: list[tuple[str, int, bool]], k: int) -> bool:
    """``words[k]`` comes before "from the … team" (or "our …")."""
    after = [w for w, _, _ in words[k + 1:k + 8]]
    return after[:1] == ["from"] and after[1:2] in (["the"], ["our"]) and "team" in after[3:]


def _spoken_name(words: list[tuple[str, int, bool]], j: int, names: _Names) -> bool:
    """``words[j]`` is a given name alone: no capitalised word straight after it (a run of
    them is a name or a title of its own: "ask Customer Services")."""
    word, _, stop = words[j]
    if not stop and j + 1 < len(words) and words[j + 1][0][:1].isupper():
        return False
    return _one_word(word) and _given_alone(word, names)


def _spoken_full_name(words: list[tuple[str, int, bool]], j: int, names: _Names) -> bool:
    """``words[j]`` and the next are a given name and a surname the lists do not know,
    where a note turns to a person ("check with … …"): the surname no English word, no
    organisation's or place's word, and the two words the end of the run of capitals."""
    if j + 1 >= len(words) or words[j][2] or not words[j + 1][0][:1].isupper() \
            or (j + 2 < len(words) and not words[j + 1][2]
                and words[j + 2][0][:1].isupper()):
        return False
    first, last = words[j][0], words[j + 1][0]
    if not (_one_word(first) and _one_word(last) and _given_alone(first, names)
            and not is_placeholder([first, last])):
        return False
    items = _items(f"{first} {last}", 0)
    return len(items) == 2 and _unknown_name(items, names)


def _given_alone(word: str, names: _Names, english: bool = False) -> bool:
    """Whether ``word``, alone, is a given name: one no English word spells (unless
    ``english``: after a salutation, a word is a name), no tool's and no role's. (The safe
    fake value a finding suggests is never one itself.)"""
    base = _norm(word)  # ("…'s" too)
    return names.given(word) and not names.weak(word) \
        and (english or word.lower() not in load_english()) \
        and base not in _TOOLS and base not in PLACES_ALONE and base not in ROLES \
        and base != "Jane"


# A JSON object written into a line of a log or a text (a structured log's line, a REST
# client's request body, an example in a runbook): its pairs are read by key, as a JSON
# file's are. (A code block in Markdown is text, not a JSON file.)
_INLINE_JSON_SYNTAXES = frozenset({"log", "text", "markdown", "rst", "email"})
_JSON_PAIR = lazy(r'"(?P<key>[A-Za-z_][\w.-]{0,60})"[ \t]*:[ \t]*"(?P<q>[^"\\\n]{1,100})"')


# A line of YAML, an env file or a properties file in a runbook's example, or of an Apple
# .strings file ("contact_name" = "…";): a key in the shape of an identifier that names a
# name (``keeper_name``, ``contactName``,
# ``SUPPORT_CONTACT_NAME``), so that a heading or a label of prose ("Keeper:") is left to
# the labels. Its lines are found by ``str.find`` of those words: an RE2 pass over every
# note and log would cost more than all the rest.
_KEY_LINE = lazy(
    r'[ \t>*-]*"?(?P<key>[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+)"?'
    r"""[ \t]*[:=][ \t]*(?:"(?P<q>[^"\n]{1,100})"|'(?P<s>[^'\n]{1,100})'"""
    r"""|(?P<v>[^\s#"'][^\n#;]{0,99}?))[ \t]*;?[ \t]*$""")
_KEY_NAME_WORDS = ("_name", "Name", "_NAME")


# An object's repr or a call's keyword arguments, as a log line or a traceback prints them:
# Applicant(full_name='…', dob=…). The value is quoted, and a comma or a bracket follows it.
_KEYWORD_ARGUMENT = lazy(
    r"""(?<![\w.-])(?P<key>[A-Za-z_]\w{0,60})=(?:'(?P<s>[^'\\\n]{1,100})'|"""
    r""""(?P<q>[^"\\\n]{1,100})")(?=[ \t]*[,)])""")


def _from_inline_pairs(locator: Locator) -> Iterator[Keyed]:
    text = locator.text.text
    pairs: list[tuple[str, str, int]] = []
    if '":' in text:
        for index in _role_lines(locator):
            start, end = locator.line_span(index)
            pairs.extend((m.group("key"), m.group("q"), m.start("q"))
                         for m in _JSON_PAIR.finditer(text, start, end))
    if "='" in text or '="' in text:
        for index in _role_lines(locator):
            start, end = locator.line_span(index)
            for m in _KEYWORD_ARGUMENT.finditer(text, start, end):
                group = "s" if m.group("s") is not None else "q"
                pairs.append((m.group("key"), m.group(group), m.start(group)))
    pairs.extend(_key_lines(text))
    for key, value, at in sorted(set(pairs), key=lambda p: p[2]):
        role = key_role(key) if value[:1].isupper() else None
        if role is not None and not (role == "generic" and thing_key(key)):
            yield role, value.rstrip(" \t,;"), at


# A Terraform variable's default is keyed by the variable's name, not by "default":
# ``variable "service_owner" { default = "…" }``.
_VARIABLE_DEFAULT = lazy_regex(
    r'variable[ \t]+"(?P<key>[A-Za-z_][\w-]{0,60})"[ \t]*\{[^{}]{0,400}?'
    r'\bdefault[ \t]*=[ \t]*"(?P<q>[^"\\\n]{1,100})"')


def _from_variable_defaults(text: str) -> Iterator[Keyed]:
    for m in _VARIABLE_DEFAULT.finditer(text, timeout=5.0):
        role = key_role(m.group("key"))
        if role is not None and not (role == "generic" and thing_key(m.group("key"))):
            yield role, m.group("q"), m.start("q")


# A chat export's messages (Slack's and Teams' JSON): a message's text is prose, and the
# given names it thanks, asks or quotes ("thanks Chidi, can you check") are found there as
# in a note. (The full names are found by their keys: "real_name", "displayName".)
_MESSAGE_KEY_RE2 = rb'"(?:text|body|content|message|comment)"[ \t]*:[ \t]*"'
_MESSAGE = lazy_regex(
    r'"(?:text|body|content|message|comment)"[ \t]*:[ \t]*"'
    r'(?P<q>(?:[^"\\\n]|\\.){1,2000})"')


# What a mail or a chat message says of a colleague as it opens a line: "<Given> has
# finished the import", "<Given> will demo it", "<Given> was off", "<Given> is looking into
# it". (Docs' personas do the same, "<Given> will see the banner": not read there.)
_NEWS = (r"(?P<name>\p{Lu}\p{Ll}+)[ \t]+(?:(?:has|had)[ \t]+(?:\p{Ll}+ed|been|done|sent|made"
         r"|written|built|taken|given|got|gone|left|found|run|put|set|shown|spoken|seen|told"
         r"|paid|rung)|will[ \t]+\p{Ll}{2,}|(?:is|was)[ \t]+(?:\p{Ll}+(?:ing|ed)|off|away|out"
         r"|on[ \t]+(?:leave|holiday)))\b")
_NEWS_AT_HEAD = lazy_regex(r"[ \t]*" + _NEWS)
_NEWS_LINE = lazy_regex(r"(?m)^[ \t>]*" + _NEWS)


def _news_of(m: regex.Match[str], names: _Names) -> Iterator[Span]:
    """The given name that opens a line of news: one no English word, tool or place
    spells."""
    if _given_alone(m.group("name"), names) and m.group("name") not in PLACES_TOO:
        yield Span(m.start("name"), m.end("name"), 0.75, "Jane")


def _mails_news(text: str, names: _Names) -> Iterator[Span]:
    """Colleagues that a mail's lines open with news of (``_NEWS``)."""
    for m in _NEWS_LINE.finditer(text, timeout=5.0):
        yield from _news_of(m, names)


# ... and the given name a message greets or signs off with ("Hi …,", "Thanks, …",
# "Cheers,\n…"), its line breaks escaped.
_MESSAGE_SALUTATION = lazy_regex(
    rf"(?:\b|(?<=\\n))(?:{_SALUTES})[ \t]*,?(?:[ \t]+|[ \t]*(?:\\n[ \t]*){{1,2}})"
    rf"(?P<name>{_WORD})"
    r"(?=[ \t]*(?:[,!.\u201d]|\\n|$))")


# A spreadsheet's free-text column (a retro board's cards, a Jira export's description, a
# survey's comments) is prose: the given names its cells ask, thank or quote are found as
# a chat message's are.
_FREE_TEXT_COLUMNS = frozenset({"text", "comment", "comments", "description", "summary",
                                "notes", "note", "body", "message", "details", "feedback",
                                "remarks", "narrative", "observations", "content",
                                # a retro board's cards, a stand-up's updates, a survey's
                                # answers
                                "card", "cards", "idea", "ideas", "update", "updates",
                                "answer", "answers", "response", "responses"})


_CELL_OWNER = lazy_regex(r"[\"'\s]*(?P<name>\p{Lu}\p{Ll}+)[ \t]+(?:to|will)[ \t]+\p{Ll}")


def _free_text_cells(locator: Locator, names: _Names) -> Iterator[Span]:
    text = locator.text.text
    header = text[:max(0, text.find("\n"))].lower()
    cells = {words(cell.strip(" \t\"'")) for cell in re.split(r"[,\t;]", header)}
    if not any(cell.split()[-1:] and cell.split()[-1] in _FREE_TEXT_COLUMNS for cell in cells):
        return
    for f in fields_on(locator, range(locator.line_count)):
        if words(f.key).split()[-1:] and words(f.key).split()[-1] in _FREE_TEXT_COLUMNS:
            yield from _spoken_of_on(text, f.start, f.end, names)
            if (news := _NEWS_AT_HEAD.match(text, f.start, f.end)) is not None:
                yield from _news_of(news, names)  # a retro card: "<Given> has fixed …"
            # a card that is an action: "<Given> to book the room"
            if (owner := _CELL_OWNER.match(text, f.start, f.end)) is not None \
                    and _given_alone(owner.group("name"), names):
                yield Span(owner.start("name"), owner.end("name"), 0.75, "Jane")


def _capitals_then_given_in_values(locator: Locator, names: _Names) -> Iterator[Span]:
    """A surname in capitals before a given name ("DOE Jane") in a data file's free text:
    a value under a free-text key (``notes``, ``remarks``, ``description``) or a sentence,
    as prose writes it. A value that is the name alone is read by its key instead."""
    text = locator.text.text
    lines = [locator.line_index(start)
             for start, _ in _lines_found(locator, _CAPS_THEN_GIVEN_RE2)]
    for f in fields_on(locator, lines):
        key = words(f.key).split()[-1:]
        if (key and key[0] in _FREE_TEXT_COLUMNS) or text.count(" ", f.start, f.end) >= 3:
            yield from _capitals_then_given(text[f.start:f.end], f.start, names)


def _chat_messages(locator: Locator, names: _Names) -> Iterator[Span]:
    text = locator.text.text
    for start, end in _lines_found(locator, _MESSAGE_KEY_RE2):
        for m in _MESSAGE.finditer(text, start, end, timeout=5.0):
            yield from _spoken_of_on(text, m.start("q"), m.end("q"), names)
            if (news := _NEWS_AT_HEAD.match(text, m.start("q"), m.end("q"))) is not None:
                yield from _news_of(news, names)
            for hit in _MESSAGE_SALUTATION.finditer(text, m.start("q"), m.end("q"),
                                                           timeout=5.0):
                if _given_alone(hit.group("name"), names, english=True):
                    yield Span(hit.start("name"), hit.end("name"), 0.75, "Jane")


def _key_lines(text: str) -> Iterator[tuple[str, str, int]]:
    seen: set[int] = set()
    for word in _KEY_NAME_WORDS:
        at = text.find(word)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if start not in seen:
                seen.add(start)
                m = _KEY_LINE.fullmatch(text, start, end)
                if m is not None and '"' not in m.group("key"):
                    group = "q" if m.group("q") is not None \
                        else "s" if m.group("s") is not None else "v"
                    yield m.group("key"), m.group(group), m.start(group)
            at = text.find(word, end)


# A common name, as a calendar's attendee or a directory's entry writes it:
# ``ATTENDEE;CN="Doe, Jane":mailto:…``, ``CN=Jane Doe,OU=Staff,DC=…``, and a comma escaped
# inside one, as LDAP and some calendars write a name surname first: ``CN=Doe\, Jane,OU=…``.
# (A calendar's parameter ends at its colon: ``ATTENDEE;CN=Doe, Jane:mailto:…``, unquoted
# as some exports write it, is one name.)
_COMMON_NAME = lazy_regex(
    r'(?<![A-Za-z0-9_])CN=(?:"(?P<q>[^"\n]{1,80})"'
    r'|(?<=;CN=)(?P<p>[^";:=\n\\]{1,80})(?=:)'
    r'|(?P<v>(?:[^";:,=\n\\]|\\,){1,80}))')


def _from_common_names(text: str) -> Iterator[Keyed]:
    for m in _COMMON_NAME.finditer(text, timeout=5.0):
        group = m.lastgroup or "v"
        # (the escape and its comma read as a comma and a blank: the offsets stay the same)
        value = m.group(group).replace("\\,", ", ")
        if value[:1].isupper() or _LEAD_PARTICLES.match(value) is not None:
            yield "full", value, m.start(group)


# A room's or a resource's entry in a calendar invite, named like a person ("<Given> Hall",
# a meeting room named for someone): its type says so (``CUTYPE=ROOM``), or its mailbox,
# a room's word among the name's ("<given>.hall.room@…", "room-<given>-hall@…").
_ROOM_MAILBOX = lazy_regex(r'"?[ \t]*:[ \t]*mailto:(?P<local>[^@\s"<>]{1,64})@')
_ROOM_WORDS = frozenset({"room", "rooms", "meetingroom", "boardroom", "resource", "resources",
                         "conf", "vc", "pod", "suite", "hub"})
_ROOM_TYPE = lazy_regex(r"(?i)CUTYPE=\"?(?:ROOM|RESOURCE)\b")


def _a_rooms_mailbox(text: str, span: Span) -> bool:
    if text[span.end:span.end + 1] not in ('"', ":", " ", "\t"):
        return False
    m = _ROOM_MAILBOX.match(text, span.end)
    if m is None:
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    return _ROOM_TYPE.search(text, line_start, span.start) is not None \
        or not _ROOM_WORDS.isdisjoint(re.split(r"[._+-]", m.group("local").lower()))


# HL7 version 2's person names, named by their place, not by a key: the patient's (PID-5,
# PID-6 the mother's maiden name, PID-9 an alias, MRG-7 a name before a merge), the next of
# kin's (NK1-2), the guarantor's (GT1-3) and the insured's (IN1-16), each
# ``FAMILY^GIVEN^MIDDLE^SUFFIX^PREFIX``, repeated with ``~``. A clinician's or a clerk's
# name is a person's too: the attending, referring, consulting, admitting and other
# doctors of a visit (PV1-7, 8, 9, 17, 52), the GP (PD1-4), who entered, verified and
# ordered an order (ORC-10, 11, 12, OBR-16, OBR-28 its copies), who observed a result
# (OBX-16), a document's providers and authors (TXA-5, 9, 10, 22), a role's person (ROL-4)
# and an event's operator (EVN-5), each ``ID^FAMILY^GIVEN^MIDDLE^…`` (its number first).
# A segment opens a line, or follows a carriage return (as the standard parts them) or its
# escape in a string.
_HL7_NAME_FIELDS = {"PID": (5, 6, 9), "NK1": (2,), "GT1": (3,), "IN1": (16,), "MRG": (7,)}
_HL7_STAFF_FIELDS = {"PV1": (7, 8, 9, 17, 52), "PD1": (4,), "ORC": (10, 11, 12),
                     "OBR": (16, 28), "OBX": (16,), "TXA": (5, 9, 10, 22), "ROL": (4,),
                     "EVN": (5,)}
_HL7_SEGMENT = lazy_regex(
    r"(?m)(?:^|(?<=\r|\\r|\\n))(?P<segment>"
    + "|".join(sorted(_HL7_NAME_FIELDS.keys() | _HL7_STAFF_FIELDS.keys())) + r")\|")


def _hl7_names(text: str, names: _Names) -> Iterator[Span]:
    """Each part of each person's name of an HL7 segment, unless the parts make a
    placeholder together (``DOE^JOHN``)."""
    for m in _HL7_SEGMENT.finditer(text, timeout=5.0):
        segment = m.group("segment")
        staff = segment in _HL7_STAFF_FIELDS
        places = _HL7_STAFF_FIELDS[segment] if staff else _HL7_NAME_FIELDS[segment]
        at, place = m.end(), 1
        while place <= places[-1]:
            end = len(text)
            for stop in ("|", "\r", "\n", "\\"):
                found = text.find(stop, at, end)
                end = end if found < 0 else found
            if place in places:
                for name_at, name in _pieces(text[at:end], "~", at):
                    # the family, given and middle names, before the suffix and the title
                    # (a staff member's number comes before the family name)
                    pieces = list(_pieces(name, "^", name_at))[staff:staff + 3]
                    parts = [(place_at, part) for place_at, part in pieces
                             if part[:1].isalpha()]
                    if is_placeholder([part for _, part in parts[1:2] + parts[:1]]):
                        continue
                    for part_at, part in parts:
                        if (span := _field_span("part", part, part_at, names)) is not None:
                            yield span
            if text[end:end + 1] != "|":
                break
            at, place = end + 1, place + 1


def _pieces(value: str, separator: str, offset: int) -> Iterator[tuple[int, str]]:
    """Each piece of ``value`` between separators, with its offset."""
    for piece in value.split(separator):
        yield offset, piece
        offset += len(piece) + 1


# A fixed-width payment file's payee: a surname in capitals then initials, between columns
# (a reference, "NOWAK A M", then the account and sort code), as BACS and bank files write
# them.
_PAYEE_LINE_RE2 = rb"(?m)[A-Z]{3}(?: [A-Z]){1,3}(?:[ \t]{2}|[ \t]*$)"
_PAYEE = lazy_regex(
    r"(?m)(?:^|(?<=[ \t]{2}|\t|[0-9][ \t]))(?P<last>(?:[A-Z]')?[A-Z]{2,}(?:[-'][A-Z]+)*)"
    r"(?P<initials>(?:[ ][A-Z]){1,3})(?=[ \t]{2,}\S|[ \t]*$)")


def _payee_lines(text: str, names: _Names) -> Iterator[Span]:
    english = load_english()
    for m in _PAYEE.finditer(text, timeout=5.0):
        last = _norm(m.group("last"))
        # One initial after an English word is a grade or a part ("GRADE A", "ANNEX B").
        if not names.surname(last) or is_placeholder([last]) or last in NOT_A_PERSON_AFTER \
                or (last.lower() in english and len(m.group("initials")) < 4):
            continue
        yield Span(m.start(), m.end(), 0.75, "DOE J")


# Payment files name the payer and the payee by a field's place or tag, not by a word: a
# BACS Standard 18 record's payee (the third 18-character field after the amount in pence,
# past the originator's name and reference), a SWIFT MT message's ordering customer
# (:50F:, :50K:) and beneficiary (:59:, :59F:) on the line after their account (or on the
# tag's own line when no account opens the field), an OFX transaction's <NAME> and a QIF
# transaction's payee (a line opening with P, in a file that declares its !Type). A
# statement's payees are mostly shops and firms: a name there needs a name the lists know.
_PAYMENT_RECORD_RE2 = rb"<NAME>|(?m:^)(?::5[09][FK]?:|!Type:|\d{31})"
_PAYMENT_NAMES = lazy_regex(
    r"(?m)<NAME>[ \t]*(?P<ofx>[^<\n]{1,64})"
    r"|^:(?:50[FK]|59F?):(?:/[^\n]*\n)?(?:1/)?(?P<swift>[^/:\n][^\n]{0,70})"
    r"|^\d{14}\d(?:0[1CNS]|1[789]|99|Z[1-5])\d{14}[^\n]{4}\d{11}[^\n]{36}(?P<bacs>[^\n]{1,18})")
_QIF_PAYEE = lazy_regex(r"(?m)^P(?P<v>[^\n]{1,64})")


def _from_payment_records(text: str) -> Iterator[Keyed]:
    for m in _PAYMENT_NAMES.finditer(text, timeout=5.0):
        group = m.lastgroup or ""
        value = m.group(group).rstrip(" \t\r")
        if value.strip():
            lead = len(value) - len(value.lstrip(" \t"))
            yield ("person" if group == "ofx" else "full"), value[lead:], m.start(group) + lead
    if "!Type:" in text:
        for m in _QIF_PAYEE.finditer(text, timeout=5.0):
            yield "person", m.group("v").rstrip(" \t\r"), m.start("v")


def _not_a_person(text: str, span: Span) -> bool:
    """A firm, a variety or breed, or a famous or fictional figure (``data/not-people.txt``),
    whole, or with up to two words around it on its line (a firm of three names is found
    as two of them), with or without a title before it or middle initials."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    after = text[span.end:span.end + 40 if line_end < 0 else min(line_end, span.end + 40)]
    if _EMAIL_AFTER.match(after) is not None:
        return False  # "Name <address>" credits the person; it does not cite a figure
    tokens = [_plain(t) for t in text[span.start:span.end].split()]
    bodies = [tokens]
    if len(tokens) > 2 and tokens[0].rstrip(".").title() in _TITLES:
        bodies.append(tokens[1:])  # "Sir" and a figure's name
    if len(tokens) > 2 and any(len(t) == 1 for t in tokens[1:-1]):
        # a figure's name with a middle initial ("Homer J. Simpson")
        bodies.append([t for k, t in enumerate(tokens) if len(t) > 1 or k in (0, len(tokens) - 1)])
    pairs, singles = _not_people_index()
    if not any(" ".join(b[:2]) in pairs if len(b) > 1 else b[0] in singles for b in bodies if b):
        return False  # most names: no entry holds their first two words side by side
    before = [_plain(t) for t in text[max(line_start, span.start - 40):span.start].split()[-2:]]
    ahead = [_plain(t) for t in after.split()[:2]]
    not_people = load_not_people()
    for body in bodies:
        for lead in range(len(before) + 1):
            words = before[len(before) - lead:] + body
            for tail in range(len(ahead) + 1):
                if " ".join(words + ahead[:tail]) in not_people:
                    return True
    return False


# A colour named as a given name that is a word and a surname that is a colour's ("<Olive>
# Green", "<Pearl> White"): a design token's, a theme's or a kit list's, where its key,
# the key above it or its line speaks of colours, a token's role (primary, accent,
# background …) or a colour's hex code. (A person's key keeps it a name.)
_COLOURS = frozenset({"Green", "Brown", "White", "Black", "Grey", "Gray", "Blue", "Red",
                      "Pink", "Yellow", "Orange", "Purple", "Silver", "Gold", "Cream"})
_COLOUR_WORDS = lazy(r"(?i)(?<![a-z])(?:colou?r|palette|shade|tint|swatch|paint|theme"
                     # a design token's role, or a colour's code beside its name
                     r"|primary|secondary|accent|background|foreground|border|fill|stroke"
                     r"|highlight|bg|fg|#[0-9a-f]{6}\b)")
_WORD_AFTER = lazy(r"[ \t]+[a-z]")
_KEY_AT_END = lazy_regex(r"[\"']?(?P<key>[A-Za-z_][\w.-]*)[\"']?[ \t]*[:=][ \t]*[\"']?\Z")


def _a_colour(locator: Locator, span: Span) -> bool:
    text = locator.text.text
    pair = text[span.start:span.end].split()
    if len(pair) != 2 or pair[1] not in _COLOURS or pair[0].lower() not in load_english():
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    before = text[max(line_start, span.start - 80):span.start]
    key = _KEY_AT_END.search(before)
    if key is not None and key_role(key.group("key")) is not None:
        return False  # "themeLead: …", "owner: …": a person's
    if _WORD_AFTER.match(text, span.end) is not None:
        return False  # "<Olive> Green changed the colour tokens": who did it
    if _COLOUR_WORDS.search(text, line_start, len(text) if line_end < 0 else line_end):
        return True
    parent = _parent_key(locator, span.start)
    return parent is not None and _COLOUR_WORDS.search(parent) is not None


# A typeface's family under a family's key (``familyName``, ``family``, ``fontFamily``),
# where the key or the lines just above it speak of fonts or typography: "Cormorant
# Garamond" in a theme is a font's, while a person's ``familyName`` holds a surname.
_TYPE_WORDS = lazy(r"(?i)font|typograph|typeface")
_TYPE_REACH = 300


def _a_typeface(text: str, span: Span) -> bool:
    line_start = text.rfind("\n", 0, span.start) + 1
    key = _KEY_AT_END.search(text[max(line_start, span.start - 80):span.start])
    if key is None or "amily" not in key.group("key"):
        return False
    return _TYPE_WORDS.search(text, max(0, span.start - _TYPE_REACH), span.start) is not None


# A line that says its names are made up: "a fictional keeper", "(made-up, not a real
# person)". ("Test" and "example" do not: fixtures named so hold real data too.)
_FICTIONAL = lazy(r"(?i)\b(?:fictional|fictitious|made[- ]up|not a real (?:person|name)"
                        r"|invented name)\b")


def _said_fictional(text: str, span: Span) -> bool:
    """The span's line says so (only its line is read: the search is case-blind, and slow
    over a whole text)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    return _FICTIONAL.search(text, line_start, len(text) if line_end < 0 else line_end) \
        is not None


# In code that makes up people with a fake-data library (Faker, faker-js, Bogus's Faker),
# a comment or a string that shows an example of its output: "# Example output: Dr. <Given>
# <Surname>", "// e.g. '<Given> <Surname>'". (An example alone is not enough: fixtures
# named so hold real data too. Beside a generator of made-up names, it shows one.)
_EXAMPLE_BEFORE = lazy(r"(?i)\b(?:e\.g\.|examples?|sample|output|returns|produces|such as)")


def _fake_datas_example(text: str, span: Span) -> bool:
    line_start = text.rfind("\n", 0, span.start) + 1
    return _EXAMPLE_BEFORE.search(text, line_start, span.start) is not None


_EMAIL_AFTER = lazy_regex(r"""[ \t]*["']?[ \t]*<[^<>@\s]+@""")


@lru_cache(maxsize=1)
def _not_people_index() -> tuple[frozenset[str], frozenset[str]]:
    """Every two words side by side in an entry of ``load_not_people``, and every word."""
    pairs: set[str] = set()
    words: set[str] = set()
    for entry in load_not_people():
        parts = entry.split()
        words.update(parts)
        pairs.update(" ".join(parts[k:k + 2]) for k in range(len(parts) - 1))
    return frozenset(pairs), frozenset(words)


def _plain(token: str) -> str:
    """A token as the list writes it, in lower case: no possessive, no punctuation around."""
    token = token.strip("()[]{}\"*_,;:.!?").replace(_RSQUO, "'").lower()
    return token[:-2] if token.endswith("'s") else token


def detect(locator: Locator) -> Iterator[Finding]:
    text = locator.text.text
    for span in find(locator):
        value = text[span.start:span.end]
        yield make_finding(locator, span.start, span.end, value, kind="personal-data",
                           type=TYPE, detector=DETECTOR, confidence=span.confidence, why=WHY,
                           suggestion=span.suggestion)
