"""Identifier declarations, one module per family. ``ALL`` is every one, in run order."""

from __future__ import annotations

from safecommit.detect.identifiers import (
    address,
    contact,
    dates,
    defra,
    finance,
    government,
    location,
    network,
    vehicle,
)
from safecommit.detect.recognizer import Recognizer

ALL: tuple[Recognizer, ...] = (
    *contact.RECOGNIZERS, *address.RECOGNIZERS, *network.RECOGNIZERS, *dates.RECOGNIZERS,
    *government.RECOGNIZERS, *finance.RECOGNIZERS, *vehicle.RECOGNIZERS, *defra.RECOGNIZERS,
    *location.RECOGNIZERS,
)
