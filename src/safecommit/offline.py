"""Import libraries without the network clients they carry for features we never use.

detect-secrets imports ``requests`` only to verify a secret with its provider, and
python-stdnum imports ``ssl`` only for its SOAP client (online VAT and company look-ups) and
``pydoc`` only to describe its own modules. Both are imported with stand-ins in their place:
any use of a stand-in raises, so no path through either library can reach the network, and a
scan does not pay for what it would never run (``requests``, ``urllib3`` and ``ssl``: about
0.08 s and 180 modules; ``ssl`` and ``pydoc`` for stdnum: about 0.02 s; in a commit hook, and
in every scan's serial start-up). The stand-ins are removed once the import is done, so
anything else in the process that imports these modules gets the real ones.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from types import ModuleType


class NetworkRefused(RuntimeError):
    """A library tried to reach the network: safecommit never calls out."""


class Unavailable(RuntimeError):
    """A library asked for a module it was loaded without (``pydoc``, for documentation)."""


class RequestException(OSError):
    """``requests.exceptions.RequestException``, for detect-secrets' ``except`` clauses."""


class Response:
    """``requests.Response``, for detect-secrets' annotations; never made."""


def _stand_in(name: str, why: str, error: type[RuntimeError]) -> ModuleType:
    module = ModuleType(name, f"safecommit's stand-in: every call raises ({why})")

    def refuse(attribute: str) -> object:
        if attribute.startswith("__"):  # the import system's and repr's questions
            raise AttributeError(attribute)
        raise error(f"{name}.{attribute} was asked for: {why}")

    module.__getattr__ = refuse  # type: ignore[method-assign]
    return module


def _requests() -> dict[str, ModuleType]:
    why = "safecommit makes no network calls (verification is off)"
    exceptions = _stand_in("requests.exceptions", why, NetworkRefused)
    exceptions.RequestException = RequestException  # type: ignore[attr-defined]
    requests = _stand_in("requests", why, NetworkRefused)
    requests.exceptions = exceptions  # type: ignore[attr-defined]
    requests.RequestException = RequestException  # type: ignore[attr-defined]
    requests.Response = Response  # type: ignore[attr-defined]
    return {"requests": requests, "requests.exceptions": exceptions}


def _ssl_and_pydoc() -> dict[str, ModuleType]:
    return {"ssl": _stand_in("ssl", "safecommit makes no network calls", NetworkRefused),
            "pydoc": _stand_in("pydoc", "loaded without documentation tools", Unavailable)}


@contextmanager
def _standing_in(stand_ins: dict[str, ModuleType]) -> Iterator[None]:
    # A module loaded already is real: nothing to save, and nothing to replace.
    added = {name: module for name, module in stand_ins.items() if name not in sys.modules}
    sys.modules.update(added)
    try:
        yield
    finally:
        for name, module in added.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def without_requests() -> AbstractContextManager[None]:
    """detect-secrets imports made inside it that ask for ``requests`` get the stand-in."""
    if "requests" in sys.modules:
        return nullcontext()
    return _standing_in(_requests())


def without_ssl() -> AbstractContextManager[None]:
    """python-stdnum imports made inside it get stand-ins for ``ssl`` and ``pydoc``. Once
    stdnum is loaded it costs next to nothing, so each validator imports its stdnum module
    inside it."""
    if "stdnum.util" in sys.modules:
        return nullcontext()
    return _standing_in(_ssl_and_pydoc())
