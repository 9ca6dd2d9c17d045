"""Import detect-secrets without its network client.

detect-secrets imports ``requests`` only to verify a secret with its provider, which
safecommit never does. Its plugins are imported with a stand-in ``requests`` in its place:
any call to it raises, so no path through detect-secrets can reach the network, and a scan
does not pay for ``requests``, ``urllib3`` and ``ssl`` (about 0.08 s and 180 modules, in a
commit hook and in every scan's serial start-up). The stand-in is removed once the import is
done, so anything else in the process that imports ``requests`` gets the real one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType


class NetworkRefused(RuntimeError):
    """detect-secrets tried to reach the network: safecommit never calls out."""


class RequestException(OSError):
    """``requests.exceptions.RequestException``, for detect-secrets' ``except`` clauses."""


class Response:
    """``requests.Response``, for detect-secrets' annotations; never made."""


def _refuse(name: str) -> object:
    if name.startswith("__"):  # the import system's and repr's questions about the module
        raise AttributeError(name)
    raise NetworkRefused(f"detect-secrets asked for requests.{name}: safecommit makes no "
                         "network calls (verification is off)")


def _stand_ins() -> dict[str, ModuleType]:
    exceptions = ModuleType("requests.exceptions")
    exceptions.RequestException = RequestException  # type: ignore[attr-defined]
    requests = ModuleType("requests", "safecommit's stand-in: every call raises")
    requests.exceptions = exceptions  # type: ignore[attr-defined]
    requests.RequestException = RequestException  # type: ignore[attr-defined]
    requests.Response = Response  # type: ignore[attr-defined]
    requests.__getattr__ = _refuse  # type: ignore[method-assign]
    return {"requests": requests, "requests.exceptions": exceptions}


@contextmanager
def without_requests() -> Iterator[None]:
    """Imports made inside it that ask for ``requests`` get the stand-in."""
    if "requests" in sys.modules:  # the real one is loaded already: nothing to save
        yield
        return
    stand_ins = _stand_ins()
    sys.modules.update(stand_ins)
    try:
        yield
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]

