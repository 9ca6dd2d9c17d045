"""Text inside code: the spans of a source file that hold comments and string literals.

Words in code are identifiers, types and keywords; words in comments, docstrings and
string literals are text a person wrote. One compiled scanner per comment style finds
the text spans left to right, so a quote inside a comment, or a ``#`` inside a string,
is read the way the language reads it. It is a scanner, not a parser: measured against
pygments it is one to two orders of magnitude faster, and it only runs on files where a
detector already has a candidate.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

import regex

from safecommit import re2scan
from safecommit.detect.locate import Locator
from safecommit.lazyre import lazy

_TRIPLE = r'"""(?:[^\\]|\\.)*?(?:"""|\Z)' + r"|'''(?:[^\\]|\\.)*?(?:'''|\Z)"
_DQ = r'"(?:[^"\\\n]|\\.)*"'
_SQ = r"'(?:[^'\\\n]|\\.)*'"
_BACKTICK = r"`(?:[^`\\]|\\.)*`"
_BLOCK = r"/\*.*?(?:\*/|\Z)"
_SLASH = r"//[^\n]*"
_HASH = r"#[^\n]*"
_DASH = r"--[^\n]*"

# comment style -> (characters that open a span, alternatives tried left to right)
_STYLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "python": ("\"'#", (_TRIPLE, _HASH, _DQ, _SQ)),
    "hash": ("\"'#", (_HASH, _DQ, _SQ)),
    # Perl's POD: documentation from a line that opens with "=head1" (or any =word) to "=cut"
    "perl": ("\"'#=", (r"(?m:^=[A-Za-z].*?(?:^=cut\b[^\n]*|\Z))", _HASH, _DQ, _SQ)),
    "c": ("\"'/`", (_BLOCK, _SLASH, _DQ, _SQ, _BACKTICK)),
    "c-hash": ("\"'/`#", (_BLOCK, _SLASH, _HASH, _DQ, _SQ, _BACKTICK)),
    # C#'s verbatim strings, which may span lines (``@"Dear …,<newline>…"``, ``$@"…"``),
    # a doubled quote inside one standing for a quote
    "csharp": ("\"'/`@$", (_BLOCK, _SLASH, r'\$?@\$?"(?:[^"]|"")*"', _DQ, _SQ, _BACKTICK)),
    "sql": ("\"'/#-", (_BLOCK, _DASH, _HASH, _SQ, _DQ)),
    "lua": ("\"'-", (r"--\[\[.*?(?:\]\]|\Z)", _DASH, _DQ, _SQ)),
    "basic": ("\"'rR", (r"'[^\n]*", r"(?i:(?<![^\s])rem\b[^\n]*)", _DQ)),
    "css": ("\"'/", (_BLOCK, _DQ, _SQ)),
    # JSX and TSX: what a component renders between tags is text too (``<p>…</p>``).
    "jsx": ("\"'/`>", (_BLOCK, _SLASH, _DQ, _SQ, _BACKTICK, r">[^<>{}\n]*<")),
}
# Files whose markup mixes text into code: their style, whatever their syntax's.
_STYLE_OF_SUFFIX = {".jsx": "jsx", ".tsx": "jsx"}
_STYLE_OF: dict[str, str] = {
    "python": "python", "ruby": "hash", "perl": "perl", "shell": "hash", "r": "hash",
    "powershell": "hash", "make": "hash", "dockerfile": "hash",
    "javascript": "c", "typescript": "c", "java": "c", "kotlin": "c", "scala": "c",
    "groovy": "c", "csharp": "csharp", "go": "c", "rust": "c", "swift": "c", "c": "c", "cpp": "c",
    "objc": "c", "dart": "c", "fsharp": "c", "bicep": "c",
    "php": "c-hash", "terraform": "c-hash",
    "sql": "sql", "lua": "lua", "vbnet": "basic", "batch": "basic", "css": "css",
    "graphql": "python",  # "strings", """descriptions""" and # comments
    "proto": "c",
}


@cache
def _scanner(style: str) -> regex.Pattern[str]:
    opens, alts = _STYLES[style]
    # The lookahead on the opening characters lets the engine skip plain code fast.
    return regex.compile(f"(?=[{regex.escape(opens)}])(?:" + "|".join(f"(?:{a})" for a in alts)
                         + ")", regex.DOTALL)


@cache
def _re2_scanner(style: str) -> re2scan.Search | None:
    """The same scanner for RE2, which finds the same spans in ASCII text several times
    faster; None for a style it cannot express (a lookbehind)."""
    _, alts = _STYLES[style]
    source = "(?s)" + "|".join(f"(?:{a})" for a in alts).replace(r"\Z", r"\z")
    return re2scan.search_for(source)


def text_spans(locator: Locator, until: int | None = None) -> list[tuple[int, int]] | None:
    """Sorted (start, end) spans of comments and strings; None when the text is not code.

    With ``until``, the scan may stop there: every span that starts before ``until`` is in
    the list, whole (a name in a module's docstring needs only the top of the file read).
    """
    style = _STYLE_OF.get(locator.text.syntax)
    if style is None:
        return None
    path = locator.text.path
    if path.endswith("x"):  # cheap: most paths do not end in x
        style = _STYLE_OF_SUFFIX.get(path[path.rfind("."):].lower(), style)
    text = locator.text.text
    limit = len(text) + 1 if until is None else until
    cached = locator.cache.get("codetext")
    if cached is None or cached[1] < limit:  # type: ignore[index]
        cached = locator.cache["codetext"] = _scan(locator, style, limit)
    return cached[0]  # type: ignore[index, no-any-return]


def _scan(locator: Locator, style: str, limit: int) -> tuple[list[tuple[int, int]], int]:
    """The spans that start before ``limit``, and how far the list is complete."""
    text = locator.text.text
    search = _re2_scanner(style) if locator.ascii else None
    found = (re2scan.spans(search, locator.utf8) if search is not None
             else (m.span() for m in _scanner(style).finditer(text, timeout=10.0)))
    spans: list[tuple[int, int]] = []
    for span in found:
        if span[0] >= limit:
            return spans, limit
        spans.append(span)
    return spans, len(text) + 1


# The characters that open a comment, by style: "#", "/" for "//" and "/*", and "-" for
# SQL's and Lua's "--".
_COMMENT_MARKS = {"python": "#", "hash": "#", "perl": "#", "c": "/", "c-hash": "#/",
                  "csharp": "/",
                  "jsx": "/", "css": "/", "sql": "-/#", "lua": "-"}


def comment_marks(syntax: str) -> str:
    """The characters that open a comment in ``syntax``'s code ("" for none or another):
    a pass over a file's comments can skip to each one."""
    return _COMMENT_MARKS.get(_STYLE_OF.get(syntax, ""), "")


def in_text(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies inside one comment or string span."""
    i = bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


BRACKETS = lazy(r"[{}\[\]]")
_BRACKETS_AND_CALLS = lazy(r"[{}\[\]()]")


def open_brackets(text: str, start: int, bound: int, calls: bool = False) -> Iterator[int]:
    """The offsets of the brackets in ``text[bound:start]`` still open at ``start``,
    innermost first; with ``calls``, parentheses too."""
    found = _BRACKETS_AND_CALLS if calls else BRACKETS
    offsets = [m.start() for m in found.finditer(text, bound, start)]
    closers = "}])" if calls else "}]"
    depth = 0
    for i in reversed(offsets):
        if text[i] in closers:
            depth += 1
        elif depth > 0:
            depth -= 1
        else:
            yield i
