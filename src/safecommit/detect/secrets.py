"""Secrets: our plugins and detect-secrets' own, behind one fast prefilter.

One pass for every plugin's trigger words and prefixes finds the few candidate lines (see
``secret_plugins.prefilter``); a plugin runs only on lines holding one of its words, and
detect-secrets is imported only when a line could match one of its plugins. Overlapping hits
on a line keep the most specific type.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from safecommit.detect.locate import Locator
from safecommit.detect.make import make_finding
from safecommit.detect.secret_plugins import (
    calls,
    commands,
    connection_strings,
    declared,
    keywords,
    sql,
    tables,
    tokens,
    upstream,
)
from safecommit.detect.secret_plugins.model import Hit, Line, Plugin, keep_most_specific
from safecommit.detect.secret_plugins.prefilter import (
    Prefilter,
    candidate_line_text,
    candidate_lines,
)
from safecommit.extract.syntax import PROSE
from safecommit.lazyre import lazy
from safecommit.model import Finding

WHY = ("A credential in a repository is compromised: rotate it now, then remove it and load "
       "it from the environment or a secret store.")
_WHY_BY_TYPE = {
    "PASSWORD": "A password in a repository is compromised: change it now, then remove it and "
                "load it from the environment or a secret store.",
    "CONNECTION_STRING_PASSWORD": "A connection string with its password is compromised: "
                                  "change the password now, then keep the connection string "
                                  "in the environment or a secret store.",
    "PASSWORD_HASH": "A password's hash can be cracked offline: change that password now, "
                     "then keep the file out of the repository.",
    "PRIVATE_KEY": "A private key in a repository is compromised: revoke and replace it now, "
                   "then remove it.",
    "SESSION_TOKEN": "A session cookie lets whoever reads it act as that user: sign that "
                      "session out (or end it on the server) now, then remove it. Record "
                      "requests with cookies removed.",
}


@dataclass(frozen=True)
class Registered:
    """A plugin and the trigger words that put a line in front of it."""

    find: Plugin
    words: frozenset[str]


PLUGINS: tuple[Registered, ...] = (
    Registered(tokens.find, tokens.TRIGGERS),
    Registered(connection_strings.find, connection_strings.TRIGGERS),
    Registered(keywords.find, keywords.TRIGGERS),
    Registered(tables.find, tables.TRIGGERS),
    Registered(upstream.find, upstream.TRIGGERS),
    Registered(calls.find, calls.TRIGGERS),
    Registered(sql.find, sql.TRIGGERS),
    Registered(commands.find, commands.TRIGGERS),
    Registered(declared.find, declared.TRIGGERS),
    Registered(keywords.find_tried, keywords.TRIED_TRIGGERS),
    Registered(keywords.find_service_pairs, keywords.SERVICE_PAIR_TRIGGERS),
)
USER_PLUGINS: tuple[Registered, ...] = (
    Registered(connection_strings.find_users, connection_strings.USER_TRIGGERS),
    Registered(keywords.find_users, keywords.USER_TRIGGERS),
    Registered(tables.find_users, tables.USER_TRIGGERS),
    Registered(calls.find_users, calls.TRIGGERS),
    Registered(sql.find_users, sql.TRIGGERS),
    Registered(keywords.find_said_users, keywords.SAID_USER_TRIGGERS),
    Registered(keywords.find_tried_users, keywords.TRIED_TRIGGERS),
    Registered(commands.find_users, commands.TRIGGERS),
    Registered(keywords.find_service_pair_users, keywords.SERVICE_PAIR_TRIGGERS),
)
# One prefilter for both kinds, so a text is read once for secrets and user names together.
# (with the words the scan marks lines with itself in notes and messages, see _MARKS:
# literals no text holds)
PREFILTER = Prefilter(frozenset().union(*(p.words for p in PLUGINS + USER_PLUGINS)),
                      shapes=tokens.SHAPES + calls.SHAPES + keywords.SHAPES)
# The rule under a Markdown table's header: | --- | :-: |
_RULE = lazy(r"\s*\|[\s|:-]*-[\s|:-]*$")
# Files whose every line is a credential entry.
_WHOLE_FILE = frozenset({"pgpass", "netrc", "htpasswd", "curlrc", "s3fs"})


def hits(locator: Locator, plugins: tuple[Registered, ...]) -> Iterator[tuple[int, Hit]]:
    """(line index, hit) for every plugin hit on a candidate line, most specific per span."""
    text = locator.text
    by_line: dict[int, list[Hit]] = {}
    # The plugins for each set of trigger words: a text's lines share a few such sets.
    chosen: dict[frozenset[str], tuple[Registered, ...]] = {}
    for index, words, line_text in candidates(locator):  # in line order
        run = chosen.get(words)
        if run is None:
            run = chosen[words] = tuple(p for p in plugins if not p.words.isdisjoint(words))
        if not run:
            continue
        line = Line(line_text, index, text.syntax, text.path, locator, words)
        for plugin in run:
            for hit in plugin.find(line):
                by_line.setdefault(index + hit.line_delta, []).append(hit)
    for index in sorted(by_line):
        for hit in keep_most_specific(by_line[index]):
            yield index, hit


def candidates(locator: Locator) -> list[tuple[int, frozenset[str], str]]:
    """The text's candidate lines, in order: (index, trigger words, text). Made once per
    text, as the secret and user-name passes read the same lines. A line that is only its
    trigger word (Python's ``pass``) is left out: it holds no value to be either."""
    found: list[tuple[int, frozenset[str], str]] | None = \
        locator.cache.get("secret_lines")  # type: ignore[assignment]
    if found is not None:
        return found
    text = locator.text
    if text.syntax in _WHOLE_FILE or tokens.is_rails_key_file(text.path) \
            or keywords.is_jaas_file(text.path) \
            or (text.syntax == "properties" and keywords.is_users_file(text.path)) \
            or (text.syntax == "text" and (connection_strings.is_auth_file(text.path)
                                           or keywords.is_one_secret_file(locator)
                                           or keywords.is_cookie_jar(locator))):
        lines = dict.fromkeys(range(locator.line_count), PREFILTER.words)
    else:
        lines = candidate_lines(locator, PREFILTER)
        if text.syntax in tables.TABULAR and 0 in lines:
            # A header naming a password column makes every row a candidate.
            header = lines[0]
            lines = {i: lines.get(i, frozenset()) | header for i in range(locator.line_count)}
        elif text.syntax == "markdown":
            lines = _with_table_rows(locator, lines)
        elif text.syntax == "html":
            lines = _with_html_rows(locator, lines)
        if text.syntax in _PAIR_SYNTAXES:
            for mark, word in _MARKS:
                if mark in text.text:
                    lines = _with_marks(locator, lines, mark, word)
    found = []
    for index, words in lines.items():
        line_text = candidate_line_text(locator, PREFILTER, index)
        if len(words) == 1 and line_text.strip().lower() in words:
            continue
        found.append((index, words, line_text))
    locator.cache["secret_lines"] = found
    return found


_TABLE_ROWS = 200  # a Markdown table's rows read under one header
# Notes and messages, whose lines may say a log-in with no trigger word: a service's with
# a spaced slash ("Jenkins: deploy / <password>"), one-letter labels' ("u=<account>
# p=<password>"). Each mark is in too many lines of code for the one pass.
_PAIR_SYNTAXES = PROSE | keywords.MESSAGE_SYNTAXES
_MARKS = ((" / ", frozenset({keywords.LABEL_PAIR})), (" p=", frozenset({keywords.ONE_LETTER_PAIR})))


def _with_marks(locator: Locator, lines: dict[int, frozenset[str]], mark: str,
                word: frozenset[str]) -> dict[int, frozenset[str]]:
    """Each line of notes or messages holding ``mark``, given ``word`` as if the prefilter
    had found it there."""
    found = dict(lines)
    text = locator.text.text
    at = text.find(mark)
    while at != -1:
        index = locator.line_index(at)
        found[index] = found.get(index, frozenset()) | word
        at = text.find(mark, locator.line_span(index)[1])
    return dict(sorted(found.items()))


def _with_table_rows(locator: Locator, lines: dict[int, frozenset[str]]
                     ) -> dict[int, frozenset[str]]:
    """A Markdown table header's trigger words (``| user | password |``) on each of its rows,
    which hold the values with no word of their own."""
    found = dict(lines)
    for index, words in lines.items():
        if not candidate_line_text(locator, PREFILTER, index).lstrip().startswith("|") \
                or index + 1 >= locator.line_count \
                or not _RULE.match(locator.line_text(index + 1)):
            continue
        row = index + 2
        while row < min(locator.line_count, index + 2 + _TABLE_ROWS) \
                and locator.line_text(row).lstrip().startswith("|"):
            found[row] = found.get(row, frozenset()) | words
            row += 1
    return dict(sorted(found.items()))


def _with_html_rows(locator: Locator, lines: dict[int, frozenset[str]]
                    ) -> dict[int, frozenset[str]]:
    """An HTML table header's trigger words (``<th>Password</th>``) on the rows below it, to
    the table's end."""
    found = dict(lines)
    for index, words in lines.items():
        if "<th" not in locator.line_text(index).lower():
            continue
        for row in range(index + 1, min(locator.line_count, index + 1 + _TABLE_ROWS)):
            below = locator.line_text(row)
            if "<table" in below.lower():
                break
            found[row] = found.get(row, frozenset()) | words
            if "</table" in below.lower():
                break
    return dict(sorted(found.items()))


def to_finding(locator: Locator, index: int, hit: Hit, why: str,
               suggestion: str | None = None) -> Finding:
    line_start = locator.line_span(index)[0]
    return make_finding(
        locator, line_start + hit.start, line_start + hit.end, hit.value,
        kind=hit.kind, type=hit.type, detector=hit.detector, confidence=hit.confidence,
        why=why, suggestion=suggestion,
    )


def detect(locator: Locator) -> Iterator[Finding]:
    for index, hit in hits(locator, PLUGINS):
        yield to_finding(locator, index, hit, _WHY_BY_TYPE.get(hit.type, WHY))
