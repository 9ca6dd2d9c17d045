"""Given names and surnames for PERSON detection, shipped as package data.

The lists are derived once, at development time, from Faker's person providers (MIT)
for the locales whose names are common in the UK, and marked against SCOWL's common
English words (see ``data/NAMES-SOURCES.md``). Nothing is fetched at run time: ``load``
reads three small text files that ship with the package.

Rebuild (needs ``pip install faker names`` and Debian's ``scowl`` package)::

    python -m safecommit.names_data

Faker's lists are completed by a hand-made supplement (``data/names-supplement.txt``: Welsh,
Gaelic, Irish, South Asian, West African, Polish and Cantonese names that its locales leave
out) and by the plain-ASCII spelling of every accented name (``Zielinski`` beside
``Zieliński``), since many systems drop the accents. ``--extend`` re-applies those two to
the shipped lists without Faker.

Faker's surnames are each locale's few hundred most common, which leaves out most of
Britain's long tail (``Ashworth``, ``Duckworth``, ``Sutcliffe``). The US Census 1990 surname
list (public domain; shipped in the ``names`` package, MIT) has them: its names that are not
English words are kept in ``surnames-more.txt``, a sorted list read as one string and
searched by bisection (``SortedWords``), so its 75,000 names cost a process one file read,
not a set of 75,000 strings to build (~30 ms).
"""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GIVEN_FILE = "given-names.txt"
SURNAME_FILE = "surnames.txt"
WORDS_FILE = "name-words.txt"
MORE_SURNAMES_FILE = "surnames-more.txt"
SUPPLEMENT_FILE = "names-supplement.txt"
NOT_PEOPLE_FILE = "not-people.txt"
ENGLISH_FILE = "english-words.txt"

# Faker person locales whose names are common among people living in the UK: the home
# nations and Ireland, and the largest groups born abroad or with heritage abroad (ONS
# census 2021: India, Pakistan, Bangladesh, Poland, Romania, Nigeria, Ghana, Kenya,
# Zimbabwe and South Africa, Italy, Portugal, Spain, Turkey, China, the Gulf and Maghreb,
# the Baltics, central Europe). ``en`` is the broad English-speaking list of given names.
LOCALES = (
    "en", "en_GB", "en_IE", "ga_IE", "en_US", "en_NZ",
    "en_IN", "en_PK", "en_NG", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "en_KE", "sw", "zu_ZA",
    "pl_PL", "ro_RO", "lt_LT", "lv_LV", "cs_CZ", "sk_SK", "hu_HU", "bg_BG", "hr_HR", "sl_SI",
    "it_IT", "pt_PT", "pt_BR", "es_ES", "fr_FR", "fr_DZ", "de_DE", "nl_NL", "el_GR",
    "tr_TR", "az_AZ", "uz_UZ", "id_ID", "vi_VN", "zh_CN", "zh_TW",
    "da_DK", "sv_SE", "no_NO", "fi_FI",
)
_GIVEN_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                "first_romanized_names")
_SURNAME_ATTRS = ("last_names", "last_names_male", "last_names_female", "unisex_last_names",
                  "male_last_names", "last_romanized_names")
# SCOWL levels 10 and 20: the most common English words (about 8,000).
_SCOWL = Path("/usr/share/dict/scowl")
_SCOWL_LISTS = ("english-words", "british-words")
_SCOWL_LEVELS = (10, 20)
# Census surnames that are English words at any of these levels (``Fields``, ``Colon``,
# ``Herring``) are left out: the census lists many words as surnames. So are the names of
# countries, months, days and peoples (``Norway``, ``Christmas``, ``Dutch``).
_ENGLISH_LEVELS = (10, 20, 35, 40, 50)
# The English words a name the lists do not know must avoid (``Natural England`` under an
# author key is no one's name): SCOWL's common and mid-frequency words, levels 10 to 35.
_WORD_LEVELS = (10, 20, 35)
_UPPER_LEVELS = (10, 20, 35, 40)
_COUNTRIES = Path("/usr/share/zoneinfo/iso3166.tab")  # Debian's tzdata
# Census surnames that are names of software in this field's code and docs.
_NOT_SURNAMES = frozenset({"Docker", "Gradle", "Kube", "Bing", "Foo", "Nginx", "Kotlin"})


class SortedWords:
    """Membership in a sorted list of words kept as one string, one word a line: loading
    it is one file read, and each question is a bisection of the string (~17 probes)."""

    __slots__ = ("_text",)

    def __init__(self, words: str) -> None:
        self._text = words if words.endswith("\n") or not words else words + "\n"

    def __len__(self) -> int:
        return self._text.count("\n")

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or "\n" in word:
            return False
        text = self._text
        lo, hi = 0, len(text)  # each is the start of a line
        while lo < hi:
            start = text.rfind("\n", 0, (lo + hi) // 2) + 1
            if start < lo:  # the middle is on lo's line
                start = lo
            end = text.index("\n", start)
            line = text[start:end]
            if line == word:
                return True
            if line < word:
                lo = end + 1
            else:
                hi = start
        return False


@dataclass(frozen=True, slots=True)
class NameData:
    """Names keyed by their title-case form (``Priya``, ``O'Neill``, ``Nowak``)."""

    given: frozenset[str]
    surnames: frozenset[str]
    # Names that are also common English words (``Will``, ``Mark``, ``Hall``): weak alone.
    words: frozenset[str]
    # The long tail of surnames (``Ashworth``, ``Postlethwaite``), not in ``surnames``.
    more_surnames: SortedWords


DATA = Path(__file__).parent / "data"


def _lines(name: str) -> str:
    # A plain file read: importlib.resources costs ~40 ms of imports on a commit hook.
    text = (DATA / name).read_text(encoding="utf-8")
    while text.startswith("#"):  # the header
        text = text[text.find("\n") + 1:]
    return text


def _read(name: str) -> frozenset[str]:
    return frozenset(line for line in _lines(name).split("\n") if line)


@lru_cache(maxsize=1)
def load() -> NameData:
    return NameData(_read(GIVEN_FILE), _read(SURNAME_FILE), _read(WORDS_FILE),
                    SortedWords(_lines(MORE_SURNAMES_FILE)))


@lru_cache(maxsize=1)
def load_not_people() -> frozenset[str]:
    """Names that name a firm, a variety or breed, or a famous or fictional figure (see
    ``data/not-people.txt``), in lower case; read only once a name is found, so a clean
    text never pays."""
    # Each word as a text's token is read, its dots around it dropped ("J.P." as "j.p").
    return frozenset(" ".join(w.strip(".") for w in line.lower().split())
                     for line in _lines(NOT_PEOPLE_FILE).split("\n")
                     if line.strip() and not line.startswith(("#", "[")))


@lru_cache(maxsize=1)
def load_english() -> SortedWords:
    """Common English words in lower case (``data/english-words.txt``): read only when a
    name the lists do not know stands where a person is named."""
    return SortedWords(_lines(ENGLISH_FILE))


def is_latin_name(name: str) -> bool:
    """A single word of Latin letters, with the apostrophes and hyphens names carry."""
    if not name or not name[0].isupper() or len(name) < 2:
        return False
    for ch in name:
        if ch in "'-":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def _faker_names(attrs: tuple[str, ...]) -> dict[str, int]:
    """Each name part, with the number of locales that list it."""
    import importlib

    found: dict[str, int] = {}
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        parts: set[str] = set()
        for attr in attrs:
            value = getattr(provider, attr, ())
            if isinstance(value, dict):
                value = list(value)
            if not isinstance(value, (list, tuple, set, frozenset)):
                continue
            for raw in value:
                # "Smith-Jones" and "Mary Ann" hold two names: keep each part.
                for part in str(raw).replace("-", " ").split():
                    part = part.strip(".")
                    if is_latin_name(part) and not part.isupper():
                        parts.add(part)
        for part in parts:
            found[part] = found.get(part, 0) + 1
    return found


def _common_words(levels: tuple[int, ...] = _SCOWL_LEVELS,
                  lists: tuple[str, ...] = _SCOWL_LISTS, lower: bool = True) -> set[str]:
    words: set[str] = set()
    for stem in lists:
        for level in levels:
            path = _SCOWL / f"{stem}.{level}"
            if path.is_file():
                words.update(w for w in path.read_text(encoding="latin-1").split()
                             if w.islower() or not lower)
    if not words:
        raise SystemExit(f"SCOWL word lists not found under {_SCOWL} (apt-get install scowl)")
    return words


def _supplement() -> dict[str, set[str]]:
    """The hand-made names: ``[given]`` and ``[surname]`` sections of white-space lists."""
    found: dict[str, set[str]] = {GIVEN_FILE: set(), SURNAME_FILE: set()}
    section = {"[given]": GIVEN_FILE, "[surname]": SURNAME_FILE}
    current: str | None = None
    for line in (DATA / SUPPLEMENT_FILE).read_text(encoding="utf-8").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line in section:
            current = section[line]
        elif current is not None:
            found[current].update(line.split())
    return found


# Latin letters that Unicode does not decompose into a base letter and an accent.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                       "\u0131": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"})


def ascii_fold(name: str) -> str:
    """``Zieliński`` → ``Zielinski``: the spelling a system without accents stores."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _complete(lists: dict[str, set[str]], common: set[str]) -> None:
    """Add the supplement and each accented name's plain spelling (unless a common word)."""
    for name, extra in _supplement().items():
        lists[name] |= extra
    for items in lists.values():
        folded = {ascii_fold(n) for n in items if not n.isascii()}
        items |= {f for f in folded if is_latin_name(f) and f.lower() not in common}


def _census_surnames(known: set[str]) -> list[str]:
    """The census surnames not in ``known`` and not English words, sorted."""
    import importlib

    names = importlib.import_module("names")  # the census lists: development time only

    english = _common_words(_ENGLISH_LEVELS)
    not_names = _NOT_SURNAMES | _common_words(_UPPER_LEVELS, ("english-upper",), lower=False)
    for line in _COUNTRIES.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            not_names |= {w.strip("(),.") for w in line.split("\t")[1].split()}
    found = set()
    census = Path(str(names.__file__)).parent / "dist.all.last"
    for line in census.read_text(encoding="ascii").splitlines():
        name = line.split()[0].title()
        if len(name) >= 4 and name not in known and name.lower() not in english \
                and name not in not_names:
            found.add(name)
    return sorted(found)


def _write(out: Path, lists: dict[str, set[str]], common: set[str]) -> None:
    given, surnames = lists[GIVEN_FILE], lists[SURNAME_FILE]
    words = {n for n in given | surnames if n.lower() in common}
    header = "# derived from Faker person providers (MIT); see NAMES-SOURCES.md\n"
    for name, items in lists.items():
        (out / name).write_text(header + "\n".join(sorted(items)) + "\n", encoding="utf-8")
    (out / WORDS_FILE).write_text(
        "# names that are also common English words (SCOWL levels 10 and 20); "
        "see NAMES-SOURCES.md\n" + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    more = _census_surnames(surnames)
    (out / MORE_SURNAMES_FILE).write_text(
        "# US Census 1990 surnames (public domain, via the names package, MIT) that are not "
        "in surnames.txt or English words; sorted; see NAMES-SOURCES.md\n"
        + "\n".join(more) + "\n", encoding="utf-8")
    english = sorted(w for w in _common_words(_WORD_LEVELS) if w.isalpha() and w.isascii())
    (out / ENGLISH_FILE).write_text(
        "# common English words (SCOWL levels 10 to 35, English and British); sorted; "
        "see NAMES-SOURCES.md\n" + "\n".join(english) + "\n", encoding="utf-8")
    print(f"given {len(given)}, surnames {len(surnames)} and {len(more)} more, "
          f"also words {len(words)}")


def build(out: Path) -> None:
    common = _common_words()
    lists = {}
    for name, attrs in ((GIVEN_FILE, _GIVEN_ATTRS), (SURNAME_FILE, _SURNAME_ATTRS)):
        counted = _faker_names(attrs)
        # A common word that only one locale lists as a name ("Add", "Valid") is noise.
        lists[name] = {n for n, c in counted.items() if c > 1 or n.lower() not in common}
    _complete(lists, common)
    _write(out, lists, common)


def extend(out: Path) -> None:
    """Re-apply the supplement and the plain spellings to the shipped lists (no Faker)."""
    common = _common_words()
    lists = {name: set(_read(name)) for name in (GIVEN_FILE, SURNAME_FILE)}
    _complete(lists, common)
    _write(out, lists, common)


if __name__ == "__main__":
    (extend if "--extend" in sys.argv[1:] else build)(DATA)
    sys.exit(0)
