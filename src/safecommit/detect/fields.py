"""Fields: values paired with the key or column that names them.

Structured text says what a value is: ``"nhsNumber": "…"``, a ``postcode`` column,
``<surname>…</surname>``, ``INSERT INTO t (email) VALUES ('…')``. Detectors read these
pairs instead of guessing from the value alone. A value must be a literal: in
``surname = row["surname"]`` the right-hand side is code, so there is no field.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice, pairwise

import regex

from safecommit import re2scan
from safecommit.detect.locate import Locator
from safecommit.extract.syntax import PROSE
from safecommit.lazyre import lazy, lazy_regex


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    value: str
    start: int
    end: int
    # A dotted key's earlier parts (``applicant.address`` of ``applicant.address.postcode``):
    # the key is its last part, which other readers compare, and these say whose it is.
    path: str = ""


# key <sep> literal, for JSON, YAML, .env, INI, properties, TOML, HCL, and code literals:
#   "key": "v"   key: v   KEY=v   key = 'v'   key => "v"   .key("v")   key="v" (XML attribute)
# A call has no blank before its parenthesis: in "for the farm (SBI …)" a word of prose
# comes before an aside, and naming the aside's value "farm" would hide the word "SBI".
# A bare value ends where a line ends, or where a gap opens before the next ``key: ``
# (pieces that extractors lay side by side on one line: a HAR entry's headers), or at a
# blank before the next ``key=`` (a log line's pairs: ``crn=… order=…``).
# A number of one digit is a value too where an object's member ends after it
# (``"month": 2,``: a date's part beside its year), not a call's argument.
# A number is the whole value only where no word follows it: in ``line1: 14 Glan yr Afon``
# the value is the street, bare.
# The key is possessive: no key character can open what follows it, so giving one back
# never makes a match, and not trying saves a third of the pattern's time.
_PAIR = lazy_regex(
    r"""(?<![\w$])["']?(?P<key>[A-Za-z_@$][\w.\-$@]{0,80}+)["']?\]?
        (?P<sep>[ \t]*(?:=>|:=|=|:)|\()[ \t]*
        (?:
            "(?P<dq>(?:[^"\\\n]|\\.){1,500})"
          | '(?P<sq>(?:[^'\\\n]|\\.){1,500})'
          | (?P<num>(?<![\w"'])-?\d(?:[\d \-/]{0,30}\d|(?=[ \t]*(?:[,}]|\r?$)))(?![\w.]|[ \t]+\w))
          | (?P<bare>(?<![\w"'])[^\s"'#;,{}\[\]()<>][^\n#;,{}\[\]()<>"]{0,300}?)
                     (?=\s*(?:$|[#;,}\])]|\s\#)|[ \t]{3,}[A-Za-z_@$][\w.\-$@]{0,80}:[ \t]
                        |[ \t]+[A-Za-z_][\w.\-]{0,80}=(?![=>])))
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# A typed value's wrapper: a one-key object whose key names the value's type, not what it
# is, and puts the value one level below the key that does (DynamoDB's
# ``"email": {"S": "…"}``, MongoDB's extended JSON ``"dob": {"$date": "…"}``, Avro's JSON
# unions ``"dob": {"string": "…"}``, Firestore's and protobuf Struct's ``stringValue``).
# The value is named by the wrapper's own key.
_TYPE_TAGS = frozenset({
    "S", "N", "B", "$date", "$numberLong", "$numberInt", "$numberDecimal", "$numberDouble",
    "string", "int", "long", "float", "double", "bytes", "boolean",
    "stringValue", "integerValue", "doubleValue", "timestampValue", "numberValue",
})
_WRAPPER_KEY = lazy_regex(
    r"""["']?(?P<key>[A-Za-z_@$][\w.\-$@]{0,80})["']?[ \t]*:[ \t]*\{\s*\Z""")
_WRAPPER_CLOSE = lazy_regex(r"\s*\}")
# Bare values are only trusted in formats where a bare value is data, not code.
_BARE_OK = frozenset({"yaml", "env", "ini", "properties", "toml", "text", "markdown", "log",
                      "dockerfile", "shell", "vcard", "ldif"})
# A contact card and a directory entry name a person's parts with short keys of their own
# (RFC 6350's FN and N, LDAP's cn and sn): read under the names every detector knows.
# N is "family;given;…": its first part is the one a pair reads.
_KEY_ALIASES: dict[str, dict[str, str]] = {
    "vcard": {"fn": "fullName", "n": "surname", "bday": "birthDate"},
    "ldif": {"cn": "fullName", "sn": "surname", "gn": "givenName", "uid": "username"},
}
ALIASED_KEYS = frozenset(_KEY_ALIASES)
# JSON inside a JSON string (a Postman body, a logged payload): \"key\": \"v\"
_ESCAPED_PAIR = lazy_regex(
    r'\\"(?P<key>[A-Za-z_@$][\w.\-$@]{0,80})\\"[ \t]*:[ \t]*'
    r'\\"(?P<v>(?:[^"\\\n]|\\[^"\n]){1,500})\\"')
_XML_ELEMENT = lazy_regex(
    r"<(?P<key>[A-Za-z_][\w.\-:]{0,80})(?P<attrs>\s[^<>]{0,300})?>(?P<v>[^<>\n]{1,300})"
    r"</(?P=key)>")
# An HTML element that only lays out text is named by the attribute that says what the
# text is: <span itemprop="postalCode">, <td data-label="Postcode">, <dd data-field="sbi">.
_LAYOUT_ELEMENTS = frozenset({"span", "div", "p", "td", "dd", "li", "strong", "b", "em", "i",
                              "small", "output", "data", "time", "label", "code"})
_NAMING_ATTRIBUTE = lazy_regex(
    r"""(?<![\w\-])(?:itemprop|data-label|data-field)[ \t]*=[ \t]*["']([^"'<>]{1,80})["']""")
# A resource file's entry is named by its ``name``: Android's <string name="support_email">,
# and <item name="…"> in its arrays and styles. So is an inline XBRL fact, by its concept
# (``<ix:nonNumeric name="uk-bus:AddressLine1">``, taxonomy and all).
_NAMED_ENTRIES = frozenset({"string", "item", "nonNumeric", "nonFraction"})
_NAME_ATTRIBUTE = lazy_regex(r"""(?<![\w\-:])name[ \t]*=[ \t]*["']([^"'<>]{1,80})["']""")
# ``INSERT INTO t (cols) VALUES``, or ``INSERT INTO t VALUES`` (a dump's rows), whose columns
# are those of the table's ``CREATE TABLE`` in the same text, if it has one.
_INSERT = lazy_regex(
    r"INSERT\s+INTO\s+(?P<table>[\w.\"`\[\]]+)\s*(?:\((?P<cols>[^()]{1,2000})\)\s*)?"
    r"VALUES\s*", regex.IGNORECASE)
_CREATE_TABLE = lazy_regex(
    r"CREATE\s+(?:\w+\s+){0,2}TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<table>[\w.\"`\[\]]+)\s*\(",
    regex.IGNORECASE)
# A table's part that is not a column: ``PRIMARY KEY (id)``, ``CONSTRAINT …``, ``KEY idx (…)``.
_NOT_A_COLUMN = frozenset({"primary", "constraint", "unique", "foreign", "check", "key",
                           "index", "exclude", "fulltext", "spatial", "period", "like"})
# pg_dump's ``COPY t (cols) FROM stdin;``: its rows follow, a tab between cells, to ``\.``.
_COPY = lazy_regex(
    r"^COPY\s+[\w.\"]+\s*\((?P<cols>[^()]{1,2000})\)\s+FROM\s+stdin;[ \t\r]*$",
    regex.MULTILINE)
# A row may call functions: (1, 'GW17 WEL', now(), TO_DATE('01/01/1900', 'DD/MM/YYYY')).
_SQL_TUPLE = lazy_regex(
    r"\((?P<body>(?:[^()'\n]|'(?:[^'\n]|'')*'|\((?:[^()'\n]|'(?:[^'\n]|'')*')*\)){1,4000})\)")
_SQL_CALL_LITERAL = lazy_regex(r"[A-Za-z_][\w.]*\s*\(\s*'((?:[^'\n]|''){1,200})'")
_SQL_VALUE = lazy_regex(
    r"\s*(?:'(?P<s>(?:[^'\n]|'')*)'|(?P<n>[^,'\s()]+(?:\([^()]*\))?))\s*(?:,|$)")


# The name a call's result is given: ``dob = LocalDate.parse(``, ``val dob: Date = Date(``,
# ``dob=date.fromisoformat(``, ``"dob": new Date(``. Matched against the text before the call.
_ASSIGNED = lazy_regex(
    r"""(?<![\w$.])(?P<name>[A-Za-z_$][\w$]{0,80})["']?(?:[ \t]*:[ \t]*[\w.<>?\[\]]{1,60})?
        [ \t]*(?::=|=|:)[ \t]*(?:new[ \t]+)?\Z""",
    regex.VERBOSE,
)
# ``{"key": "adminPassword", "value": "…"}``, ``<add key="SmtpUser" value="…" />`` and
# ``- name: DB_USER`` / ``value: …``: the value is named by its sibling, not by "value".
_NAME_KEYS = frozenset({"key", "name", "Key", "Name", "ParameterKey", "variable"})
_VALUE_KEYS = frozenset({"value", "Value", "ParameterValue", "defaultValue"})


def _pairs(locator: Locator, start: int = 0, end: int | None = None) -> Iterator[Field]:
    """Pairs in ``text[start:end]``. A pair never crosses a line break, so the pairs of a
    run of whole lines are the whole text's pairs on those lines."""
    text, syntax = locator.text.text, locator.text.syntax
    end = len(text) if end is None else end
    found = _pairs_between(text, syntax in _BARE_OK, start, end, syntax in _NAMES_READ)
    aliases = _KEY_ALIASES.get(syntax)
    if aliases is None:
        return found
    return (Field(aliases.get(f.key.lower(), f.key), f.value, f.start, f.end) for f in found)


def _pairs_between(text: str, bare_ok: bool, start: int, end: int,
                   addressee: bool = False) -> Iterator[Field]:
    for m in _PAIR.finditer(text, start, end, timeout=5.0):
        call = m.group("sep") == "("
        if call and text[m.start("sep") - 1] in " \t":
            # A call has no blank before its parenthesis: in "for the farm (SBI …)" a word
            # of prose comes before an aside, and naming the aside's value "farm" would
            # hide the word "SBI". The aside is read on its own.
            yield from _pairs_between(text, bare_ok, m.start("sep") + 1, m.end(), addressee)
            continue
        for group in ("dq", "sq", "num", "bare"):
            if m.group(group) is not None:
                if group == "bare" and not bare_ok:
                    break
                value = m.group(group).strip()
                if value:
                    at = m.start(group)
                    path, _, key = m.group("key").rpartition(".")
                    if addressee and key == _NOTIFY_FIRST_LINE and _NOTIFY_WORD in text:
                        key = _NOTIFY_ADDRESSEE
                    if call:
                        key = _call_key(text, m.start(), key)
                    elif key in _TYPE_TAGS and (wrapper := _wrapper_key(text, m)) is not None:
                        path, _, key = wrapper.rpartition(".")
                    yield Field(key, value, at, at + len(value), path)
                break


# A GOV.UK Notify letter's personalisation names its address's lines ``address_line_1`` to
# ``address_line_7``, and its first line is the addressee: a person's name, not a house's.
_NOTIFY_FIRST_LINE = "address_line_1"
_NOTIFY_WORD = "personalisation"
_NOTIFY_ADDRESSEE = "addresseeName"
# (Where a reader of names reads a field's key, as names.py's _FIELD_SYNTAXES: elsewhere,
# in code, the line is left an address's, and found as one, not missed.)
_NAMES_READ = frozenset({"json", "yaml", "toml", "ini", "properties", "env", "xml", "html",
                         "sql"})


def _notify_addressees(locator: Locator) -> Iterator[Field]:
    """A Notify letter's addressee, wherever its line is read: a reader of names reads
    only the lines that hold a word of a name's key, and ``address_line_1`` holds none."""
    text = locator.text.text
    at = text.find(_NOTIFY_FIRST_LINE)
    while at != -1:
        start, end = locator.line_span(locator.line_index(at))
        yield from (f for f in _pairs_between(text, locator.text.syntax in _BARE_OK,
                                              start, end, addressee=True)
                    if f.key == _NOTIFY_ADDRESSEE)
        at = text.find(_NOTIFY_FIRST_LINE, end)


def _wrapper_key(text: str, m: regex.Match[str]) -> str | None:
    """The key of the one-key object that a type tag's pair ``m`` is alone in, if it is;
    past a second tag that wraps the first (``"dob": {"$date": {"$numberLong": "…"}}``)."""
    start, end = m.start(), m.end()
    for _ in range(2):
        close = _WRAPPER_CLOSE.match(text, end)
        opened = _WRAPPER_KEY.search(text, max(0, start - 120), start) if close else None
        if close is None or opened is None:
            return None
        if opened.group("key") not in _TYPE_TAGS:
            return opened.group("key")
        start, end = opened.start(), close.end()
    return None


def _call_key(text: str, at: int, callee: str) -> str:
    """A call's key: the callee, after the name its result is assigned to, if any."""
    assigned = assigned_name(text, at)
    return f"{assigned} {callee}" if assigned is not None else callee


def assigned_name(text: str, at: int) -> str | None:
    """The name that the result of the call starting at ``at`` is assigned to, if any."""
    line_start = text.rfind("\n", max(0, at - 160), at) + 1
    assigned = _ASSIGNED.search(text, max(line_start, at - 160), at)
    return assigned.group("name") if assigned is not None else None


_SIBLING_REACH = 4  # attributes back to an element's ``name`` (id, class, type between)


def _named_by_sibling(found: list[Field], text: str) -> list[Field]:
    """Give a ``value`` the name its sibling ``key``/``name`` holds, on its line or the next:
    the pair just before it, or one a few attributes back in the same element (an HTML
    ``<input name="postcode" type="text" value="…">``)."""
    out = list(found)
    for i in range(1, len(out)):
        f = out[i]
        if f.key not in _VALUE_KEYS:
            continue
        window = max(0, f.start - 300)
        in_tag = text.rfind("<", window, f.start) > text.rfind(">", window, f.start)
        # XML's own attributes (xml:space="preserve" on a .resx entry) name nothing: looked past
        siblings = [j for j in range(i - 1, max(-1, i - 1 - _SIBLING_REACH), -1)
                    if not _xml_attribute(text, out[j])]
        for j in siblings[:_SIBLING_REACH if in_tag else 1]:
            before = out[j]
            between = text[before.end:f.start]
            if in_tag and ("<" in between or ">" in between):
                break  # another element's
            if before.key in _NAME_KEYS and between.count("\n") <= 1:
                out[i] = Field(before.value, f.value, f.start, f.end)
                break
            if before.key == "system" and between.count("\n") <= 1 \
                    and (named := _system_name(before.value)):
                # a FHIR identifier's or contact point's system names its value: by the
                # URL's last part (``…/Id/nhs-number``), not its host (``fhir.nhs.uk``)
                out[i] = Field(named, f.value, f.start, f.end)
                break
    return out


def _xml_attribute(text: str, f: Field) -> bool:
    """One of XML's own attributes (``xml:space``, ``xml:lang``), read as a pair by its
    local name."""
    return text.find("xml:" + f.key, max(0, f.start - len(f.key) - 12), f.start) != -1


def _system_name(system: str) -> str:
    """What a FHIR ``system`` names: a URL's last part, or the word itself (``phone``)."""
    if "/" not in system:
        return system
    return system.rstrip("/").rsplit("/", 1)[-1] if "://" in system else ""


def _escaped(locator: Locator) -> Iterator[Field]:
    for m in _ESCAPED_PAIR.finditer(locator.text.text, timeout=5.0):
        yield Field(m.group("key"), m.group("v"), m.start("v"), m.end("v"))


def _xml(locator: Locator) -> Iterator[Field]:
    for m in _XML_ELEMENT.finditer(locator.text.text, timeout=5.0):
        value = m.group("v").strip()
        if value:
            start = m.start("v") + m.group("v").index(value)
            key = m.group("key").rsplit(":", 1)[-1]
            attrs = m.group("attrs")
            if attrs and (named := _naming(key, attrs)):
                key = named
            elif key == "Nm" and (party := _payment_party(locator.text.text, m.start())):
                key = party
            elif key in _GOVTALK_NAME_PARTS:
                key = _GOVTALK_NAME_PARTS[key]
            yield Field(key, value, start, start + len(value))


# HMRC's GovTalk schemas (a payroll's RTI submission, a Self Assessment return) name a
# person's parts with short elements of their own: ``<Fore>`` and ``<Sur>`` in a ``<Name>``.
_GOVTALK_NAME_PARTS = {"Fore": "forename", "Sur": "surname"}

# An ISO 20022 payment's (pain.001's, pacs.008's) or statement's (camt.053's) party names
# itself in an ``<Nm>`` among its first elements: a creditor's, its account's holder's, a
# debtor's (maybe in a ``<Pty>`` of its own). A creditor or a debtor paid by a service (a
# farmer, a claimant) is a person; the name reader tells a firm's name from theirs.
_PAYMENT_PARTIES = {"Cdtr": "payeeName", "UltmtCdtr": "payeeName", "CdtrAcct": "holderName",
                    "Dbtr": "payerFullName", "UltmtDbtr": "payerFullName", "DbtrAcct": "holderName"}
_OPENING_TAG = lazy_regex(r"<(\w+)(?:[ \t][^<>]*)?>\s*\Z")


def _payment_party(text: str, at: int) -> str | None:
    """The name an ``<Nm>`` at ``at`` has as its party's, where the element it opens just
    inside is a party's (or a ``<Pty>`` just inside one)."""
    for _ in range(2):
        opened = _OPENING_TAG.search(text, max(0, at - 120), at)
        if opened is None:
            return None
        if opened.group(1) != "Pty":
            return _PAYMENT_PARTIES.get(opened.group(1))
        at = opened.start()
    return None


def _naming(element: str, attrs: str) -> str | None:
    """The name an element's attributes give its text, where they give it one."""
    if element in _LINKS and _MAILTO.search(attrs):
        return _MAILTO_TEXT
    if element.lower() in _LAYOUT_ELEMENTS:
        named = _NAMING_ATTRIBUTE.search(attrs)
    elif element in _NAMED_ENTRIES:
        named = _NAME_ATTRIBUTE.search(attrs)
    else:
        return None
    return named.group(1) if named else None


# A link to a mailbox (``<a href="mailto:…">``): its text is the mailbox's owner's name,
# as a contact's name beside their email, or else the address again or the link's words
# ("Email the team"), that the name reader tells from a person's name.
_LINKS = frozenset({"a", "A"})
_MAILTO = lazy_regex(r"""(?i)\bhref[ \t]*=[ \t]*["']?[ \t]*mailto:""")
_MAILTO_TEXT = "contactName"


# A column headed by an identifier's short name alone, that a key elsewhere spells out: a
# ``CHI`` column (Scotland's patient number; "chi" alone is a statistic's word too, and
# only the header row says it is a column's name).
_SHORT_COLUMNS = {"chi": "CHI number"}


def _column_name(label: str) -> str:
    return _SHORT_COLUMNS.get(label.lower(), label)


def _split_row(line: str, offset: int, sep: str) -> Iterator[tuple[str, int, int]]:
    """Cells of one delimited line as (value, start, end), honouring double quotes."""
    i, n = 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':
            j = i + 1
            while j < n and not (line[j] == '"' and (j + 1 >= n or line[j + 1] != '"')):
                j += 2 if line[j] == '"' else 1
            yield line[i + 1:j].replace('""', '"'), offset + i + 1, offset + j
            k = line.find(sep, j)
            i = n + 1 if k == -1 else k + 1
        else:
            k = line.find(sep, i)
            end = n if k == -1 else k
            yield line[i:end], offset + i, offset + end
            i = end + 1


_MAX_CELLS = 1000


# Separators that a delimited export uses: Excel writes ``;`` where the decimal mark is a
# comma, and many systems write ``|`` or a tab whatever the file's suffix says.
_SEPARATORS = (",", ";", "\t", "|")


def _sep_directive(line: str) -> str | None:
    """The separator Excel's first line names (``sep=;``), which it writes above a table
    saved for a locale whose lists are not comma-separated; the line is no row."""
    stripped = line.strip().lstrip("\ufeff")
    return stripped[4] if len(stripped) == 5 and stripped[:4].lower() == "sep=" else None


def _separator(locator: Locator, default: str) -> str:
    """The separator that the first row with one uses most; the suffix's on a tie."""
    if locator.line_count and (named := _sep_directive(locator.line_text(0))) is not None:
        return named
    for index in range(min(locator.line_count, 20)):
        line = locator.line_text(index)
        if line.lstrip().startswith("#"):
            continue
        counts = {sep: line.count(sep) for sep in _SEPARATORS}
        best = max(counts.values())
        if best:
            return default if counts[default] == best else max(counts, key=counts.__getitem__)
    return default


# A table's header below another block (a report's summary lines, a blank line, a
# section's title, then the table): its cells are labels, none a value.
_LABEL = lazy(r"[ \t]*[A-Za-z][^@\d]{0,60}")
_HAS_DIGIT = lazy(r"\d")


def _new_header(cells: list[tuple[str, int, int]], header: list[str]) -> bool:
    """Whether a row after a blank line (and maybe a title) opens another table: labels
    alone, as many as no row of the table above has, or below a first row that held a
    value and so was no header (a report's "Generated,<date>")."""
    return len(cells) >= 2 and all(_LABEL.fullmatch(c[0]) is not None for c in cells) \
        and (len(cells) != len(header) or not all(_LABEL.fullmatch(h) for h in header))


# A GOV.UK Notify letters' upload sheet: its address is in its numbered lines alone, the
# first the addressee's name; an export of holdings or premises names its town, county or
# house in columns of their own, and its first line is a house's.
_NOTIFY_LINE = lazy(r"address[ _]line[ _]([1-7])", re.IGNORECASE)
_NOT_NOTIFY_COLUMNS = lazy(
    r"(?i)town|city|county|street|house|building|locality|district|premises|holding|"
    r"property|organi[sz]ation|company|business")


def _notify_columns(header: list[str]) -> list[str]:
    """The header, with a Notify sheet's first address line named as its addressee."""
    lines = {m.group(1) for h in header if (m := _NOTIFY_LINE.fullmatch(h.strip()))}
    if not {"1", "2", "3"} <= lines \
            or any(_NOT_NOTIFY_COLUMNS.search(h) for h in header):
        return header
    # (named both: a sheet that is no letters' still has its first line read as a house's)
    return [f"{h}_{_NOTIFY_ADDRESSEE}"
            if (m := _NOTIFY_LINE.fullmatch(h.strip())) and m.group(1) == "1" else h
            for h in header]


def _delimited(locator: Locator, sep: str) -> Iterator[Field]:
    sep = _separator(locator, sep)
    header: list[str] | None = None
    seen_data = False
    after_gap = False  # a blank line above, past titles of one cell
    # Every row so far of two cells or fewer, and one with a digit: a report's lines above
    # its table (a title, "Generated,<date>"), whose first longer row of labels is the header.
    report_lines, digits = True, False
    for index in range(locator.line_count):
        line = locator.line_text(index)
        if not line.strip():
            after_gap = header is not None
            continue
        if line.lstrip().startswith("#") or (index == 0 and _sep_directive(line)):
            continue
        start = locator.line_span(index)[0]
        # A bounded row: a line of millions of cells (a dump on one line) is data to read as
        # text, not a table whose every cell is worth a key.
        cells = list(islice(_split_row(line, start, sep), _MAX_CELLS))
        # A title or banner row above the header ("OFFICIAL-SENSITIVE", "Extract 2024-11")
        # is one cell; the header is the first row of several.
        if header is None or (len(header) == 1 and len(cells) > 1 and not seen_data) \
                or ((after_gap or (report_lines and digits and len(cells) > 2))
                    and _new_header(cells, header)):
            report_lines = report_lines and len(cells) <= 2
            digits = digits or _HAS_DIGIT.search(line) is not None
            header = _notify_columns([_column_name(c[0].strip()) for c in cells])
            if len(cells) > 1:
                _header_rows(locator).add(index)
            seen_data = after_gap = False
            continue
        after_gap = after_gap and len(cells) == 1
        seen_data = True
        if report_lines:
            report_lines = len(cells) <= 2
            digits = digits or _HAS_DIGIT.search(line) is not None
        for (value, s, _end), key in zip(cells, header, strict=False):
            stripped = value.strip()
            if stripped:
                lead = value.index(stripped)
                if key.endswith(_NOTIFY_ADDRESSEE) and reads_as_a_persons_name(stripped):
                    key = _NOTIFY_ADDRESSEE
                yield Field(key, stripped, s + lead, s + lead + len(stripped))


# A Notify sheet's first line that reads as a person's name is its addressee's alone, one
# finding, as the header says: a title and a name, or an initial or a name the lists hold
# and a name that is no English word too. Any other value keeps both names, so that a
# house's name put there ("Hill Top", "The Old Rectory") is still found as an address.
_TITLED = lazy(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame|Lady|Lord)\.?[ \t]+[A-Z]")
_INITIAL = lazy(r"[A-Z]\.?")


def reads_as_a_persons_name(value: str) -> bool:
    """Whether a value reads as a person's name, not a house's: a title and a name, or up
    to three words the name lists hold (or initials; a double-barrelled surname's each
    part), one of them no English word."""
    if _TITLED.match(value):
        return True
    words = value.split()
    if not 2 <= len(words) <= 3:
        return False
    from safecommit.names_data import load, load_english  # only for a few values: read once

    lists, english = load(), load_english()
    named = [part for w in words if _INITIAL.fullmatch(w) is None for part in w.split("-")]
    return bool(named) and all(
        w in lists.given or w in lists.surnames or w in lists.more_surnames for w in named) \
        and any(w not in lists.words and w.lower() not in english for w in named)


# The rule under a Markdown table's header: ``|---|:--:|``, ``--- | ---``.
_TABLE_RULE = rb"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"


def _pipe_cells(line: str, offset: int) -> list[tuple[str, int, int]]:
    """A table row's cells as (value, start, end); outer pipes and ``\\|`` are not edges."""
    edges = [-1, *(i for i, c in enumerate(line) if c == "|" and line[i - 1:i] != "\\"),
             len(line)]
    cells = [(line[left + 1:right], offset + left + 1, offset + right)
             for left, right in pairwise(edges)]
    stripped = line.strip()
    if stripped.startswith("|"):
        cells = cells[1:]
    if stripped.endswith("|") and len(stripped) > 1:
        cells = cells[:-1]
    return cells


def _pipe_tables(locator: Locator) -> Iterator[Field]:
    """Markdown tables: each cell under its column's header (``| NHS number |`` above)."""
    for rule in re2scan.lines_with(_TABLE_RULE, locator.utf8):
        if rule == 0:
            continue
        header = [key.strip() for key, _, _ in _pipe_cells(locator.line_text(rule - 1), 0)]
        pairs = len(header) == 2 and header[1].lower() in _VALUE_HEADERS
        for index in range(rule + 1, locator.line_count):
            line = locator.line_text(index)
            if "|" not in line or not line.strip():
                break
            cells = _pipe_cells(line, locator.line_span(index)[0])
            # a table of fields and their values: each value is named by its row's field
            keys = [header[0], cells[0][0].strip()] if pairs and len(cells) == 2 else header
            for (value, start, _end), key in zip(cells, keys, strict=False):
                stripped = value.strip()
                if stripped and key:
                    lead = value.index(stripped)
                    yield Field(key, stripped, start + lead, start + lead + len(stripped))


# The second column's header of a table that lists fields and their values, one a row
# (``| Field | Value |``): a form's answers, a record written out in a runbook.
_VALUE_HEADERS = frozenset({"value", "values", "detail", "details", "answer", "answers"})


# HL7 version 2's patient segments, a field between each pair of bars, as interfaces log
# and test them: a field is named by its place, not by a key. The patient's (PID)
# identifiers, birth date, address and phones; the next of kin's (NK1) address and phone.
# Only a field's first component is read (``^`` parts a field; ``~`` repeats it), of each
# repetition where a field lists several: a patient's identifiers (an NHS number among
# hospital numbers, with or without its assigning authority). An address's first
# component is its street, and its second too: a UK feed puts a house's name first and
# the street after it (``<house name>^<street>^<town>``).
_HL7_SEGMENT = rb"(?m)^(?:PID|NK1)\|"
_HL7_FIELDS: dict[str, dict[int, str]] = {
    "PID": {2: "patientId", 3: "patientIdentifier", 4: "alternatePatientId",
            7: "dateOfBirth", 11: "streetAddress", 13: "homePhone", 14: "businessPhone"},
    "NK1": {4: "streetAddress", 5: "phone"},
}
_HL7_REPEATED = frozenset({2, 3, 4})
_HL7_ADDRESSES = {"PID": 11, "NK1": 4}
_HL7_SECOND = lazy_regex(r"[^|^~&\\\r]*\^([^|^~&\\\r]+)")
_HL7_REPETITION = lazy_regex(r"~([^|^~&\\\r]+)")
_HL7_COMPONENT = lazy_regex(r"[^|^~&\\\r]+")

# A bank statement's account, named by its tags, not by a word: an OFX statement's
# <ACCTID> is its account number, and its <BANKID> (the sort code in a UK statement),
# closed or not (OFX 1 is SGML).
_PAYMENT_TAGS = rb"<(?:ACCTID|BANKID)>"
_OFX_ACCOUNT = lazy_regex(r"<(?P<tag>ACCTID|BANKID)>[ \t]*(?P<v>[\w\-]{1,34})")
_PAYMENT_KEYS = {"ACCTID": "accountNumber", "BANKID": "sortCode"}

# Where a text names fields by their place, not by a word in it: the context gate of a
# recognizer that requires a key these names give must also open on such a text.
POSITIONAL_FIELDS_GATE = "(?m:^(?:PID|NK1)\\|)|<(?:ACCTID|BANKID)>"
POSITIONAL_KEYS = frozenset(
    [name for names in _HL7_FIELDS.values() for name in names.values()]
    + list(_PAYMENT_KEYS.values()))


def _payments(locator: Locator) -> Iterator[Field]:
    for m in _OFX_ACCOUNT.finditer(locator.text.text, timeout=5.0):
        yield Field(_PAYMENT_KEYS[m.group("tag")], m.group("v"), m.start("v"), m.end("v"))


def _hl7(locator: Locator) -> Iterator[Field]:
    for index in re2scan.lines_with(_HL7_SEGMENT, locator.utf8):
        line, offset = locator.line_text(index), locator.line_span(index)[0]
        names = _HL7_FIELDS[line[:3]]
        at = 0
        for place in range(1, max(names) + 1):
            at = line.find("|", at) + 1
            if at == 0:
                break
            if place in names and (m := _HL7_COMPONENT.match(line, at)) is not None:
                value = m.group()
                if place == 7:
                    value = value[:8]  # the date, without the time that may follow it
                yield Field(names[place], value, offset + at, offset + at + len(value))
            if place == _HL7_ADDRESSES[line[:3]] and (m := _HL7_SECOND.match(line, at)):
                yield Field(names[place], m.group(1), offset + m.start(1), offset + m.end(1))
            if place in _HL7_REPEATED:
                close = line.find("|", at)
                for r in _HL7_REPETITION.finditer(line, at, len(line) if close < 0 else close):
                    yield Field(names[place], r.group(1), offset + r.start(1),
                                offset + r.end(1))


# Two lines in a row that open and close with a pipe: a Gherkin table (``Examples:``, a
# step's data), a table in a comment. Its first row is its header, with no rule below it.
_PIPE_ROWS = rb"\|[ \t\r]*\n[ \t]*\|"


def _bare_pipe_tables(locator: Locator) -> Iterator[Field]:
    """Pipe tables with no rule under the header (a Markdown table has one, and is read
    by ``_pipe_tables``): each cell under its column's header, the block's first row."""
    last = -1
    for index in re2scan.lines_with(_PIPE_ROWS, locator.utf8):
        if index <= last:
            continue  # a row of the block already read
        first = index
        while _pipe_row(locator.line_text(first - 1)):
            first -= 1
        last = first
        while _pipe_row(locator.line_text(last + 1)):
            last += 1
        rows = [locator.line_text(i) for i in range(first, last + 1)]
        if last == first or any(_RULE_LINE.fullmatch(r) for r in rows):
            continue
        header = [key.strip() for key, _, _ in _pipe_cells(rows[0], 0)]
        for i in range(first + 1, last + 1):
            cells = _pipe_cells(locator.line_text(i), locator.line_span(i)[0])
            if len(cells) != len(header):
                continue  # not a row of this table's shape
            for (value, start, _end), key in zip(cells, header, strict=True):
                stripped = value.strip()
                if stripped and key:
                    lead = value.index(stripped)
                    yield Field(key, stripped, start + lead, start + lead + len(stripped))


_RULE_LINE = lazy_regex(_TABLE_RULE.decode())

# A database client's result, pasted into a runbook, a ticket or a log: psql's rule of
# dashes and plus signs under its header (`` name | dob ``, then ``------+-----``), or
# the MySQL client's borders (``+----+-----+``) around its header and below it; a grid
# table's (tabulate's, reST's) ``+====+`` under its header and borders between its rows.
_CLIENT_RULE_GATE = rb"\+--"
_CLIENT_RULE = rb"(?m)^[ \t]*\+?[\-=]{2,}(?:\+[\-=]{2,})+\+?[ \t\r]*$"


def _client_tables(locator: Locator) -> Iterator[Field]:
    """Each cell of a query's result under its column's header, the line above the rule;
    the rows run to the first line with no bar (a blank, psql's ``(2 rows)``)."""
    rules = set(re2scan.lines_with(_CLIENT_RULE, locator.utf8))
    for rule in sorted(rules):
        above = locator.line_text(rule - 1) if rule else ""
        if "|" not in above or (rule - 2 in rules and rule > 2
                                and "|" in locator.line_text(rule - 3)):
            # a border above the header, a rule of another kind, or a grid table's border
            # between two rows (tabulate's, reST's): no header above it
            continue
        header = [key.strip() for key, _, _ in _pipe_cells(above, 0)]
        yield from _rows_under(locator, header, rule + 1)


def _rows_under(locator: Locator, header: list[str], first: int) -> Iterator[Field]:
    """The rows from line ``first`` while each holds a bar (past a grid's borders between
    them): each cell under its column."""
    count = locator.line_count
    for index in range(first, count):
        line = locator.line_text(index)
        if "|" not in line:
            if line.lstrip().startswith("+-") and index + 1 < count \
                    and "|" in locator.line_text(index + 1):
                continue  # a grid's border between two rows
            return
        cells = _pipe_cells(line, locator.line_span(index)[0])
        if len(cells) == len(header):
            for (value, start, _end), key in zip(cells, header, strict=True):
                stripped = value.strip()
                if stripped and key:
                    lead = value.index(stripped)
                    yield Field(key, stripped, start + lead, start + lead + len(stripped))


# An AsciiDoc table (``|===`` around it): its first row, each cell after a bar, is the
# header, and each row below it on a line of its own is read under it.
_ADOC_TABLE = rb"(?m)^\|===[ \t\r]*$"


def _adoc_tables(locator: Locator) -> Iterator[Field]:
    lines = re2scan.lines_with(_ADOC_TABLE, locator.utf8)
    for opening in lines[::2]:
        first = opening + 1
        while first < locator.line_count and not locator.line_text(first).strip():
            first += 1
        header_line = locator.line_text(first) if first < locator.line_count else ""
        if not header_line.lstrip().startswith("|") or header_line.startswith("|==="):
            continue
        header = [key.strip() for key, _, _ in _pipe_cells(header_line, 0)]
        index = first + 1
        while index < locator.line_count and not locator.line_text(index).strip():
            index += 1  # the blank line that marks the header row
        if len(header) > 1:
            yield from _rows_under(locator, header, index)


def _pipe_row(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 2 and stripped[0] == "|" and stripped[-1] == "|"


# A GOV.UK Frontend summary list written as its Nunjucks macro (a prototype's "check your
# answers" page): each row's value is named by its key's text, however the row is laid out
# over its lines.
_SUMMARY_LIST_MACRO = "govukSummaryList"
_SUMMARY_ROW = lazy_regex(
    r"""\bkey[ \t]*:[ \t]*\{\s*(?:text|html)[ \t]*:[ \t]*(?P<q>["'])(?P<k>[^"'\n]{1,80})(?P=q)"""
    r"""\s*\}\s*,\s*value[ \t]*:[ \t]*\{\s*(?:text|html)[ \t]*:[ \t]*"""
    r"""(?P<r>["'])(?P<v>[^"'\n]{1,300})(?P=r)""")


def _summary_lists(locator: Locator) -> Iterator[Field]:
    """The rows after the macro's first call (a page's later calls among them)."""
    text = locator.text.text
    for m in _SUMMARY_ROW.finditer(text, text.find(_SUMMARY_LIST_MACRO), timeout=5.0):
        yield Field(m.group("k"), m.group("v"), m.start("v"), m.end("v"))


# HTML tables: each ``<td>`` under its column's ``<th>``, or (a table with no header row)
# the ``<th>`` that heads its own row.
# A cell's tag and its first text, past any markup inside it (a link, a <strong>), or a
# row's or a table's tag: one match a cell, its value read with it. (The standard engine:
# twice as fast as ``regex`` here, and a table has a match a cell.)
_HTML_TABLE_TAG = lazy(
    r"<(?:(?P<cell>t[dh])\b[^<>]{0,500}>\s*(?:<(?!/?t[dhr]\b|/?table\b)[^<>]{0,500}>\s*){0,5}"
    r"(?P<v>[^<>\s][^<>\n]{0,300})?|(?P<row>/?tr)\b[^<>]{0,500}>|(?P<table>/?table)\b[^<>]{0,500}>)",
    re.IGNORECASE)


def _html_tables(locator: Locator) -> Iterator[Field]:
    """A row of ``<th>`` alone is the header; a cell's end tag is markup like any other,
    and may be left out."""
    text = locator.text.text
    header: list[str] | None = None
    row: list[tuple[bool, str, int]] = []  # (a <th>, its first text, where that starts)
    for m in _HTML_TABLE_TAG.finditer(text):
        kind = m.lastgroup
        if kind == "v":
            value = m.group("v").rstrip()
            row.append((text[m.start() + 2] in "hH", value, m.start("v")))
            continue
        if kind == "cell":
            row.append((text[m.start() + 2] in "hH", "", -1))
            continue
        if row and all(th for th, _, _ in row):
            header = [value for _, value, _ in row]
        elif row:
            yield from _html_row(row, header)
        row = []
        if kind == "table":
            header = None


def _html_row(row: list[tuple[bool, str, int]], header: list[str] | None) -> Iterator[Field]:
    """A row's cells: under the header's columns, or else under the row's own ``<th>``."""
    row_key = ""
    for i, (th, value, start) in enumerate(row):
        if header is None and th:
            row_key = value
            continue
        key = header[i] if header is not None and i < len(header) else row_key
        if value and key:
            yield Field(key, value, start, start + len(value))


# A definition list written over several lines: ``<dt>`` (the key) and the ``<dd>`` after
# it, each tag, text and end tag on lines of their own (GOV.UK's summary list).
_DEFINITION = lazy_regex(
    r"<dt\b[^<>]{0,300}>(?P<key>[^<>]{1,200})</dt>\s*<dd\b[^<>]{0,300}>\s*"
    r"(?:<(?!/)[^<>]{0,300}>\s*){0,3}(?P<v>[^<>\s][^<>\n]{0,300})", regex.IGNORECASE)


def _definitions(locator: Locator) -> Iterator[Field]:
    for m in _DEFINITION.finditer(locator.text.text, timeout=5.0):
        key, value = " ".join(m.group("key").split()), m.group("v").rstrip()
        if key and value:
            yield Field(key, value, m.start("v"), m.start("v") + len(value))


def _sql(locator: Locator) -> Iterator[Field]:
    text = locator.text.text
    tables: dict[str, list[str]] | None = None
    for ins in _INSERT.finditer(text, timeout=5.0):
        if ins.group("cols") is not None:
            cols = [_column(c) for c in ins.group("cols").split(",")]
        else:
            tables = _create_tables(text) if tables is None else tables
            cols = tables.get(_table(ins.group("table")), [])
        if cols:
            yield from _sql_rows(text, ins.end(), cols)


def _sql_rows(text: str, pos: int, cols: list[str]) -> Iterator[Field]:
    """The tuples from ``pos``, ``(…), (…)``, on one line or one a line: each value under
    its column. A string or a number is a value; ``NULL`` and ``now()`` are not."""
    while True:
        tup = _SQL_TUPLE.match(text, pos, timeout=5.0)
        if tup is None:
            break
        body_start = tup.start("body")
        for col, v in zip(cols, _SQL_VALUE.finditer(tup.group("body")), strict=False):
            group = "s" if v.group("s") is not None else "n"
            value = v.group(group)
            at = body_start + v.start(group)
            if group == "n" and "(" in value:
                # a literal converted by a call: TO_DATE('…', 'DD/MM/YYYY'), CAST('…' AS …)
                call = _SQL_CALL_LITERAL.match(value)
                if call is None:
                    continue
                group, value, at = "s", call.group(1), at + call.start(1)
            if value.strip() and (group == "s" or value[-1].isdigit()):
                yield Field(col, value, at, at + len(value))
        pos = tup.end()
        sep = _TUPLE_SEPARATOR.match(text, pos)
        if sep is None:
            break
        pos = sep.end()


_TUPLE_SEPARATOR = lazy_regex(r"\s*,\s*")


def _column(name: str) -> str:
    return name.strip(" \"`[]\n\t\r")


def _table(name: str) -> str:
    """A table's name without its schema and quotes, in lower case: ``public."Claimant"``."""
    return _column(name.rsplit(".", 1)[-1]).lower()


def _create_tables(text: str) -> dict[str, list[str]]:
    """Each ``CREATE TABLE``'s columns, by table name."""
    tables: dict[str, list[str]] = {}
    for create in _CREATE_TABLE.finditer(text, timeout=5.0):
        cols = [name for part in _top_level_parts(text, create.end())
                if (name := _column(part.split(None, 1)[0] if part.split() else ""))
                and name.lower() not in _NOT_A_COLUMN]
        tables[_table(create.group("table"))] = cols
    return tables


def _top_level_parts(text: str, start: int, limit: int = 20_000) -> list[str]:
    """The comma-separated parts between ``start`` and its closing parenthesis, not
    splitting inside nested ones (``NUMERIC(10, 2)``)."""
    parts, depth, begin = [], 0, start
    for i in range(start, min(len(text), start + limit)):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                parts.append(text[begin:i])
                return parts
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(text[begin:i])
            begin = i + 1
    return parts


def _copy_rows(locator: Locator) -> Iterator[Field]:
    """pg_dump's ``COPY … FROM stdin;`` rows: each cell under its column."""
    text = locator.text.text
    for copy in _COPY.finditer(text, timeout=5.0):
        cols = [_column(c) for c in copy.group("cols").split(",")]
        for index in range(locator.line_index(copy.end()) + 1, locator.line_count):
            line = locator.line_text(index).rstrip("\r")
            if line == "\\.":
                break
            start = locator.line_span(index)[0]
            for (value, s, _end), key in zip(_split_row(line, start, "\t"), cols, strict=False):
                if value and value != "\\N":
                    yield Field(key, value, s, s + len(value))


# A list under a key: every item is named by the key. ``sbi:`` and its ``- …`` lines in YAML;
# ``"sbis": [``, ``sbis = [`` or ``sbis: [`` with one or more literals a line, to ``]``.
# An item's line is read when it is asked for (as a pair's is): its key is found by walking
# up the list to its head, and every line walked is given the answer, so a list's lines
# cost one look each, and a file's other lists none.
_LIST_REACH = 5000  # lines from an item up to its list's head, at most
# Read from the line's end (the bracket) back: one try, not one a column.
_LIST_KEY = lazy_regex(
    r"""(?<![\w$])["']?(?P<key>[A-Za-z_@$][\w.\-$@]{0,80})["']?[ \t]*
        (?:=>|:=|=|:)[ \t]*\[[ \t\r]*$""", regex.VERBOSE | regex.REVERSE)
_BLOCK_KEY = lazy_regex(
    r"""[ \t]*(?:-[ \t]+)?["']?(?P<key>[A-Za-z_@$][\w.\-$@ ]{0,80}?)["']?[ \t]*:[ \t\r]*
        (?:\#.*)?$""", regex.VERBOSE)
_BLOCK_ITEM = lazy_regex(
    r"""[ \t]*-[ \t]+(?:"(?P<dq>(?:[^"\\\n]|\\.){1,500})"|'(?P<sq>[^'\n]{1,500})'
        |(?P<bare>[^\s"'\[\]{}|>&*!\#][^\n]{0,300}?))[ \t\r]*(?:[ \t]\#.*)?$""",
    regex.VERBOSE)
_ITEM = lazy_regex(
    r"""[ \t]*(?:"(?P<dq>(?:[^"\\\n]|\\.){1,500})"|'(?P<sq>(?:[^'\\\n]|\\.){1,500})'
        |(?P<num>[+\-]?\d[\w.\-/]{0,40}))[ \t]*(?:,|(?=[ \t\r]*(?:$|\]|\#|//)))""",
    regex.VERBOSE)
_ITEM_LINE_END = lazy_regex(r"[ \t\r]*(?:(?:\#|//).*)?$")
_LIST_CLOSE = lazy_regex(r"[ \t]*\][ \t]*[,;)]*[ \t\r]*(?:(?:\#|//).*)?$")
# ``name: x`` at the start of an item: the item is a mapping, whose own pairs name it.
_MAPPING = lazy_regex(r"[^\s:\-][^\s:]{0,80}:(?:\s|$)")
_LITERAL_START = frozenset("\"'0123456789+-")


def list_fields(locator: Locator, index: int) -> list[Field]:
    """The items on 0-based line ``index``, each named by its list's key."""
    cache: dict[int, list[Field]] = locator.cache.setdefault("list_fields", {})  # type: ignore[assignment]
    found = cache.get(index)
    if found is None:
        found = cache[index] = _list_fields(locator, index)
    return found


def _list_fields(locator: Locator, index: int) -> list[Field]:
    line = locator.line_text(index)
    stripped = line.lstrip(" \t")
    if not stripped:
        return []
    offset = locator.line_span(index)[0]
    if stripped[0] == "-" and locator.text.syntax == "yaml":
        item = _BLOCK_ITEM.match(line)
        if item is None or item.lastgroup is None:
            return []
        value = item.group(item.lastgroup).strip()
        if not value or (item.lastgroup == "bare" and _MAPPING.match(value)):
            return []
        key = _block_key(locator, index, len(line) - len(stripped))
        start = offset + item.start(item.lastgroup)
        return [] if key is None else [Field(key, value, start, start + len(value))]
    if stripped[0] in _LITERAL_START and locator.text.syntax not in PROSE:
        items = _literals(line)
        if not items:
            return []
        key = _bracket_key(locator, index)
        if key is None:
            return []
        out = []
        for m in items:
            group = m.lastgroup or "num"
            value = m.group(group)
            out.append(Field(key, value, offset + m.start(group), offset + m.end(group)))
        return out
    return []


def _literals(line: str) -> list[regex.Match[str]] | None:
    """The literals of a line that holds nothing else (but a closing bracket, or a
    comment), or None."""
    pos, found = 0, []
    while (item := _ITEM.match(line, pos)) is not None and item.end() > pos:
        found.append(item)
        pos = item.end()
    if _ITEM_LINE_END.match(line, pos) is not None or _LIST_CLOSE.match(line, pos) is not None:
        return found
    return None


def _block_key(locator: Locator, index: int, depth: int) -> str | None:
    """The key above YAML's ``- item`` at ``depth`` on line ``index``."""
    keys: dict[int, str | None] = locator.cache.setdefault("block_keys", {})  # type: ignore[assignment]
    walked, key = [index], None
    for above in range(index - 1, max(-1, index - _LIST_REACH), -1):
        line = locator.line_text(above)
        stripped = line.lstrip(" \t")
        if not stripped or stripped[0] == "#":
            continue
        indent = len(line) - len(stripped)
        if indent > depth:
            continue  # inside an item that is a mapping, or a block of text
        if indent == depth and stripped[:2] in ("- ", "-\t"):
            if above in keys:
                key = keys[above]
                break
            walked.append(above)
            continue
        head = _BLOCK_KEY.match(line)
        if head is not None:
            key = _schema_name(locator, above, head.group("key"))
        break
    for i in walked:
        keys[i] = key
    return key


def _bracket_key(locator: Locator, index: int) -> str | None:
    """The key of the ``key: [`` above the literals on line ``index``."""
    keys: dict[int, str | None] = locator.cache.setdefault("bracket_keys", {})  # type: ignore[assignment]
    walked, key = [index], None
    for above in range(index - 1, max(-1, index - _LIST_REACH), -1):
        if above in keys:
            key = keys[above]
            break
        line = locator.line_text(above)
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "//")):
            continue
        if stripped[0] in _LITERAL_START and "]" not in line and _literals(line):
            walked.append(above)
            continue
        if stripped[-1] == "[" and (head := _LIST_KEY.search(line)) is not None:
            key = _schema_name(locator, above, head.group("key").rsplit(".", 1)[-1])
        break
    for i in walked:
        keys[i] = key
    return key


# OpenAPI and JSON Schema give a property's sample under a key that names nothing
# (``sbi:`` / ``type: integer`` / ``example: …``): the value is named by the property.
_SCHEMA_VALUE_KEYS = frozenset({"example", "examples", "default", "const", "enum", "x-example"})
_SCHEMA_VALUE = lazy_regex(
    r"""[ \t]*(?:-[ \t]+)?["']?(?:example|examples|default|const|enum|x-example)["']?[ \t]*:""")
# Keys that are a schema's structure, not a property: the name is further out.
_STRUCTURAL = frozenset({
    "schema", "schemas", "items", "properties", "allOf", "oneOf", "anyOf", "not",
    "additionalProperties", "content", "application/json", "parameters", "components",
    "definitions", "$defs", "requestBody", "responses", "examples", "example", "value",
})
# (read by others: an API schema's structure says nothing of whose a value is)
STRUCTURAL_KEYS = _STRUCTURAL
_YAML_KEY = lazy_regex(
    r"""^(?P<indent>[ \t]*(?:-[ \t]+)?)["']?(?P<key>[^\s:"'#][^:"'#]{0,80}?)["']?
        [ \t]*:(?:[ \t]+(?P<v>[^\s#][^#]*?))?[ \t\r]*(?:\#.*)?$""", regex.VERBOSE)
_JSON_OPEN = lazy_regex(r'"(?P<key>[^"\n]{1,80})"[ \t]*:[ \t]*[{\[][ \t\r]*$')
_JSON_NAME = lazy_regex(r'"name"[ \t]*:[ \t]*"(?P<v>[^"\n]{1,80})"')
_SCHEMA_REACH = 60  # lines up to look for the property
_SCHEMA_WORDS = ("example", "default", "const", "enum")


def _schema_name(locator: Locator, index: int, key: str) -> str:
    """``key``, or for a schema's sample (``example``, ``default`` …) on line ``index``,
    the name of the property it is a sample of, when there is one."""
    if key not in _SCHEMA_VALUE_KEYS:
        return key
    if locator.text.syntax == "yaml":
        return _yaml_property(locator, index) or key
    return _json_property(locator, index) or key


def _yaml_property(locator: Locator, index: int) -> str | None:
    """The nearest enclosing key that is not structure, or an OpenAPI parameter's
    ``name`` beside the structure on the way out."""
    line = _YAML_KEY.match(locator.line_text(index))
    level = len(line.group("indent")) if line is not None else 0
    for above in range(index - 1, max(-1, index - _SCHEMA_REACH), -1):
        m = _YAML_KEY.match(locator.line_text(above))
        if m is None:
            continue
        depth = len(m.group("indent"))
        if depth == level and m.group("key") == "name" and m.group("v"):
            return m.group("v").strip("\"'")
        if depth < level:
            if m.group("key") not in _STRUCTURAL:
                return m.group("key")
            level = depth
            if m.group("indent").endswith(("- ", "-\t")) and (
                    named := _yaml_sibling_name(locator, above, depth)):
                return named
    return None


def _yaml_sibling_name(locator: Locator, index: int, depth: int) -> str | None:
    """A ``name: x`` among the lines below ``index`` at ``depth`` (a list item's keys)."""
    for below in range(index, min(locator.line_count, index + _SCHEMA_REACH)):
        m = _YAML_KEY.match(locator.line_text(below))
        if m is not None and below > index and len(m.group("indent")) < depth:
            break
        if m is not None and len(m.group("indent")) == depth and m.group("key") == "name":
            return (m.group("v") or "").strip("\"'") or None
    return None


def _json_property(locator: Locator, index: int) -> str | None:
    """The key of the nearest enclosing object that is not structure (braces counted by
    line, strings aside), or the ``"name"`` inside it."""
    depth = 0
    for above in range(index - 1, max(-1, index - _SCHEMA_REACH), -1):
        line = _JSON_STRING.sub('""', locator.line_text(above))
        depth += line.count("}") + line.count("]") - line.count("{") - line.count("[")
        if depth == 0 and (named := _JSON_NAME.search(locator.line_text(above))):
            return named.group("v")
        if depth < 0:
            opened = _JSON_OPEN.search(locator.line_text(above))
            if opened is not None and opened.group("key") not in _STRUCTURAL:
                return opened.group("key")
            depth = 0
    return None


_JSON_STRING = lazy_regex(r'"(?:[^"\\\n]|\\.)*"')


def _is_schema(text: str) -> bool:
    """An OpenAPI document or a JSON Schema: its properties or parameters are described,
    with their types (a GeoJSON file has properties too, but no types)."""
    return ("properties" in text or "parameters" in text) \
        and any(t in text for t in _SCHEMA_TYPES)


_SCHEMA_TYPES = ("type: string", "type: integer", "type: object", '"type": "string"',
                 '"type": "integer"', '"type": "object"')


def _lines_with_words(locator: Locator, found: tuple[str, ...]) -> list[int]:
    """The lines that hold any of the words, in order: ``str.find`` jumps between them,
    where a pattern would read every character of a large file."""
    text, lines = locator.text.text, set()
    for word in found:
        at = text.find(word)
        while at != -1:
            index = locator.line_index(at)
            lines.add(index)
            at = text.find(word, locator.line_span(index)[1])
    return sorted(lines)


def _schema_values(locator: Locator) -> Iterator[Field]:
    """Each schema sample on its own line (``example: 106000000``), by its property."""
    text = locator.text.text
    bare_ok = locator.text.syntax in _BARE_OK
    for index in _lines_with_words(locator, _SCHEMA_WORDS):
        start, end = locator.line_span(index)
        if _SCHEMA_VALUE.match(text, start, end) is None:
            continue
        for f in _pairs_between(text, bare_ok, start, end):
            if f.key in _SCHEMA_VALUE_KEYS and (name := _schema_name(locator, index, f.key)) \
                    != f.key:
                yield Field(name, f.value, f.start, f.end)


def fields_on(locator: Locator, lines: Iterable[int], *, lists: bool = False) -> list[Field]:
    """The pairs on ``lines`` (0-based, ascending), with every field that needs more than
    its own line to read wherever it is (``document_fields``), in order of position: with
    every line (and ``lists``), all the text's fields.

    For a reader that wants only the pairs near some words: an HTML page is dense with
    ``class="…"`` pairs, and reading the lines that matter costs a fraction of reading
    them all. Each field has the key the whole text gives it, but on a line whose line
    before is not given: a ``value`` is named by its sibling there, which is not read.
    A list's items are read with ``lists`` (evidence reads them near each match): a
    reader of many lines would pay for every list in a file of lists (a Kubernetes
    manifest) to find few.
    """
    found = document_fields(locator)[0]
    if locator.text.syntax not in _DELIMITED:
        own: list[Field] = []
        for first, last in _runs(lines):
            own.extend(line_fields(locator, first, last) if lists else
                       _pairs(locator, locator.line_span(first)[0], locator.line_span(last)[1]))
        found = sorted([*own, *found], key=lambda f: f.start)
    return _named_by_sibling(found, locator.text.text)


def line_fields(locator: Locator, first: int, last: int) -> list[Field]:
    """The fields read from lines ``first`` to ``last`` alone (pairs, and list items with
    their list's key), in order of position."""
    found = list(_pairs(locator, locator.line_span(first)[0], locator.line_span(last)[1]))
    items = [f for index in range(first, last + 1) for f in list_fields(locator, index)]
    return sorted([*found, *items], key=lambda f: f.start) if items else found


def _runs(lines: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Ascending line indexes as runs of consecutive lines: (first, last)."""
    first = last = -2
    for index in lines:
        if index != last + 1:
            if first >= 0:
                yield first, last
            first = index
        last = index
    if first >= 0:
        yield first, last


def fields_near(locator: Locator, index: int) -> list[Field]:
    """The fields on 0-based line ``index`` and the line before it, in order of position.

    Every field's value sits on one line, so this is the whole text's fields there, with
    a ``value`` named by its sibling on the line before. Code is dense with ``key = value``
    pairs: reading only the lines that hold a match costs a fraction of reading them all.
    """
    cache: dict[int, list[Field]] = locator.cache.setdefault("fields_near", {})  # type: ignore[assignment]
    found = cache.get(index)
    if found is None:
        start = locator.line_span(max(index - 1, 0))[0]
        end = locator.line_span(index)[1]
        document, starts = document_fields(locator)
        near = document[bisect_left(starts, start):bisect_right(starts, end)]
        if locator.text.syntax not in _DELIMITED:
            own = line_fields(locator, max(index - 1, 0), index)
            near = sorted([*own, *near], key=lambda f: f.start)
        found = cache[index] = _named_by_sibling(near, locator.text.text)
    return found


_DELIMITED = {"csv": ",", "tsv": "\t"}
# Where HTML is written: its own files, XML, and Markdown (which allows it).
_MARKUP = frozenset({"html", "xml", "markdown"})


def _inserts(locator: Locator) -> bool:
    """``INSERT INTO`` or ``insert into`` in the text. RE2 finds the words in any case (it
    looks for their first letter with ``memchr``); only then are the two spellings looked
    for: three times faster than two ``in`` searches over every text."""
    text = locator.text.text
    return re2scan.found(rb"(?i)insert into", locator.utf8) \
        and ("INSERT INTO" in text or "insert into" in text)


def _header_rows(locator: Locator) -> set[int]:
    rows: set[int] = locator.cache.setdefault("header_rows", set())  # type: ignore[assignment]
    return rows


# A header's label, a cell of words alone that names a person's details: a first row
# without one may be a headerless file's data (whose street holds "Street").
_LABEL_WORDS = lazy_regex(
    r"(?i)(?:^|[,\t;|])[ \"]*(?:[A-Za-z\-]+[ _])*(?:name|address|postcode|postal|e-?mail|"
    r"phone|mobile|birthday)(?:[ _][A-Za-z\-]+)*[ \"]*(?=[,\t;|\r]|$)")


def is_header_row(locator: Locator, index: int) -> bool:
    """Whether line ``index`` is a delimited file's header, one that says so in its labels'
    words: its cells name columns, and a street's shape among them (an export's ``Home
    Street``) is a column's name."""
    if locator.text.syntax not in _DELIMITED:
        return False
    document_fields(locator)
    return index in _header_rows(locator) \
        and _LABEL_WORDS.search(locator.line_text(index)) is not None


def document_fields(locator: Locator) -> tuple[list[Field], list[int]]:
    """The fields that need more than their own line to read (a CSV header, a Markdown
    table's header, an SQL column list, an XML element's attributes), in order of position,
    with their starts."""
    cached = locator.cache.get("document_fields")
    if cached is None:
        syntax = locator.text.syntax
        found: list[Field] = []
        if syntax in _DELIMITED:
            found.extend(_delimited(locator, _DELIMITED[syntax]))
        else:
            if re2scan.found(rb'\\"', locator.utf8):
                found.extend(_escaped(locator))
            if syntax in ("xml", "html"):
                found.extend(_xml(locator))
            if syntax in _MARKUP:
                if _SUMMARY_LIST_MACRO in locator.text.text:
                    found.extend(_summary_lists(locator))
                if re2scan.found(rb"(?i)<th[\s>]", locator.utf8):
                    found.extend(_html_tables(locator))
                if re2scan.found(rb"(?i)</dt>", locator.utf8):
                    found.extend(_definitions(locator))
            if syntax in PROSE and re2scan.found(_TABLE_RULE, locator.utf8):
                found.extend(_pipe_tables(locator))
            if syntax in PROSE:
                found.extend(_bare_pipe_tables(locator))
                if re2scan.found(_CLIENT_RULE_GATE, locator.utf8):
                    found.extend(_client_tables(locator))
                if re2scan.found(rb"\|===", locator.utf8):
                    found.extend(_adoc_tables(locator))
                if re2scan.found(_HL7_SEGMENT, locator.utf8):
                    found.extend(_hl7(locator))
                if re2scan.found(_PAYMENT_TAGS, locator.utf8):
                    found.extend(_payments(locator))
            if syntax in _NAMES_READ and _NOTIFY_WORD in locator.text.text \
                    and _NOTIFY_FIRST_LINE in locator.text.text:
                found.extend(_notify_addressees(locator))
            if syntax in ("yaml", "json") and _is_schema(locator.text.text):
                found.extend(_schema_values(locator))
            if syntax == "sql" or _inserts(locator):
                found.extend(_sql(locator))
            # pg_dump's plain output is often kept as .dump, .pgsql or .backup: text.
            if syntax in ("sql", "text") and re2scan.found(rb"FROM stdin;", locator.utf8):
                found.extend(_copy_rows(locator))
        found.sort(key=lambda f: f.start)
        cached = locator.cache["document_fields"] = (found, [f.start for f in found])
    return cached  # type: ignore[return-value]


# A GOV.UK Frontend date input written as its Nunjucks macro: each item's input is named
# ``<namePrefix>-<name>`` (the macro's ``id`` when it has no prefix), so an item's
# ``{ name: "year", value: … }`` is the ``dob-year`` input a posted form would hold.
_DATE_INPUT_MACRO = "govukDateInput"
_DATE_INPUT_REACH = 1500  # characters back from an item to its macro's call
_DATE_INPUT_PREFIX = lazy_regex(r"""\b(?:namePrefix|id)[ \t]*:[ \t]*["']([^"'\n]{1,60})["']""")


def date_input_prefix(text: str, at: int) -> str | None:
    """The name prefix of the GOV.UK date input macro whose items ``at`` is among, if it is."""
    call = text.rfind(_DATE_INPUT_MACRO, max(0, at - _DATE_INPUT_REACH), at)
    if call < 0 or "}}" in text[call:at]:
        return None  # no macro here, or it ended before the value
    named = {m.group(0).split(":")[0].strip(): m.group(1)
             for m in _DATE_INPUT_PREFIX.finditer(text, call, at)}
    return named.get("namePrefix") or named.get("id")
