"""Template parameters declared secret by their type, whatever their names: the default a
template gives them is a secret.

CloudFormation's and SAM's ``NoEcho: true`` (``"NoEcho": "true"``) beside a ``Default``, an
ARM template's ``"type": "securestring"`` beside a ``defaultValue``, and Bicep's ``@secure()``
over ``param <name> string = '<default>'``. The author said the value must not be shown; a
literal default is that value, in the repository. A default that is a lookup, a function
(``[newGuid()]``, ``newGuid()``), a placeholder or empty is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from safecommit.detect.secret_plugins.keywords import classify, strong_enough
from safecommit.detect.secret_plugins.model import Hit, Line
from safecommit.detect.secret_plugins.values import rejection
from safecommit.lazyre import lazy

TRIGGERS = frozenset({"noecho", "securestring", "secure()"})

# The line that declares it: NoEcho: true, "NoEcho": "true", "type": "securestring"
_DECLARES = lazy(
    r"""(?i)^\s*["']?(?:noecho["']?\s*:\s*["']?true|type["']?\s*:\s*["']securestring)["']?"""
    r"""\s*,?\s*$""")
# The same object on one line: {"type": "securestring", "defaultValue": "<value>"},
# {"NoEcho": true, "Default": "<value>"}
_INLINE = lazy(
    r"""(?i)["'](?:type["']\s*:\s*["']securestring["']|noecho["']\s*:\s*["']?true\b)""")
# The default beside it: Default: <value>, "Default": "<value>", "defaultValue": "<value>"
_DEFAULT = lazy(
    r"""^\s*["']?(?:Default|defaultValue)["']?\s*:\s*"""
    r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'#{}\[\],][^\n#]*?))\s*,?\s*(?:#.*)?$""")
_INLINE_DEFAULT = lazy(r"""["'](?:defaultValue|Default)["']\s*:\s*"(?P<dq>[^"\n]*)\"""")
# The parameter's name on the line that opens its object: ApiKey: / "ApiKey": {
_NAME = lazy(r"""^\s*["']?(?P<k>[\w.-]+)["']?\s*:\s*\{?\s*$""")
# Bicep: the decorated parameter, perhaps under more decorators
_BICEP_SECURE = lazy(r"^\s*@(?:sys\.)?secure\(\)\s*$")
_BICEP_PARAM = lazy(r"^\s*param\s+(?P<k>\w+)\s+\w+\s*=\s*'(?P<sq>(?:[^'\\\n]|\\.)*)'\s*$")
_BICEP_DECORATOR = lazy(r"^\s*@")

_REACH = 12  # lines either side of the declaration in which its object's default may be


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _siblings(line: Line) -> Iterator[tuple[int, str]]:
    """(line delta, text) of the declaration's neighbours in its object: the lines at its own
    indent above and below it, up to where the object starts or ends."""
    indent = _indent(line.text)
    locator = line.locator
    for step in (-1, 1):
        for n in range(1, _REACH + 1):
            index = line.index + step * n
            if not 0 <= index < locator.line_count:
                break
            text = locator.line_text(index)
            if not text.strip():
                continue
            if _indent(text) < indent:
                if step == -1:
                    yield -n, text  # the line that opens the object: its name
                break
            if _indent(text) == indent:
                yield step * n, text


def _hit(value: str, start: int, delta: int, name: str, syntax: str) -> Hit | None:
    if rejection(value, name) is not None or not strong_enough(value, "password", syntax):
        return None
    kind = "PASSWORD" if classify(name) == "password" else "GENERIC_SECRET"
    return Hit(start, start + len(value), value, kind, "declared-secret", 0.9, line_delta=delta)


def _inline_defaults(line: Line) -> Iterator[Hit]:
    """Each declared parameter's default in its own object, on one line (a minified
    template): between the braces around the declaration."""
    text = line.text
    for inline in _INLINE.finditer(text):
        close = text.find("}", inline.end())
        default = _INLINE_DEFAULT.search(text, text.rfind("{", 0, inline.start()) + 1,
                                         close if close != -1 else len(text))
        if default is not None:
            hit = _hit(default.group("dq"), default.start("dq"), 0, "", line.syntax)
            if hit is not None:
                yield hit


def _template_default(line: Line) -> Iterator[Hit]:
    if _DECLARES.match(line.text) is None:
        yield from _inline_defaults(line)
        return
    name = ""
    found: tuple[int, re.Match[str]] | None = None
    for delta, text in _siblings(line):
        if _indent(text) < _indent(line.text):
            opened = _NAME.match(text)
            name = opened.group("k") if opened is not None else ""
        elif found is None and (m := _DEFAULT.match(text)) is not None:
            found = delta, m
    if found is None:
        return
    delta, m = found
    group = next(g for g in ("dq", "sq", "bare") if m.group(g) is not None)
    hit = _hit(m.group(group), m.start(group), delta, name, line.syntax)
    if hit is not None:
        yield hit


def _bicep_default(line: Line) -> Iterator[Hit]:
    locator = line.locator
    for n in range(1, _REACH + 1):
        index = line.index + n
        if index >= locator.line_count:
            return
        text = locator.line_text(index)
        if not text.strip() or _BICEP_DECORATOR.match(text):
            continue  # @description('…'), @minLength(12) …
        m = _BICEP_PARAM.match(text)
        if m is not None:
            hit = _hit(m.group("sq"), m.start("sq"), n, m.group("k"), line.syntax)
            if hit is not None:
                yield hit
        return


def find(line: Line) -> Iterator[Hit]:
    if "secure()" in line.words:
        if _BICEP_SECURE.match(line.text) is not None:
            yield from _bicep_default(line)
        return
    if line.syntax in ("json", "yaml"):
        yield from _template_default(line)
