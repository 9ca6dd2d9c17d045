"""Extract: turn a blob's bytes into Texts that detectors can read.

Formats with structure of their own (notebooks, Office files, PDFs, images, archives …)
have a handler module, imported only when a file of that type turns up. Everything else
is decoded as text.
"""

from __future__ import annotations

import importlib
from pathlib import PurePosixPath

from safecommit.extract.errors import ExtractError
from safecommit.extract.syntax import syntax_for
from safecommit.extract.text import decode
from safecommit.model import Blob, NotScanned, Text

__all__ = ["ExtractError", "extract"]

# suffix -> handler module; each module has ``extract(blob) -> list[Text]``.
HANDLERS: dict[str, str] = {}


def handler_for(path: str) -> str | None:
    name = PurePosixPath(path).name.lower()
    for suffix, module in HANDLERS.items():
        if name.endswith(suffix):
            return module
    return None


def extract(blob: Blob) -> list[Text] | NotScanned:
    """The texts inside ``blob``, or why it could not be read."""
    module = handler_for(blob.path)
    try:
        if module is not None:
            texts: list[Text] = importlib.import_module(module).extract(blob)
            return texts
        return [decode(blob, syntax_for(blob.path))]
    except ExtractError as exc:
        return NotScanned(blob.path, str(exc), blob.commit)
