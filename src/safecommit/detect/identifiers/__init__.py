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
    # Added after the rest, as later rules are: the gates are dealt out to the automata in
    # turn, so one put before others would move each later gate to another automaton and
    # change which states every text's first pass builds. (Where one finds what an earlier
    # rule finds, the earlier finding is kept.)
    dates.DATE_OF_BIRTH_SPACED, government.NHS_UNEVEN,
    finance.SORT_CODE_RUN_TOGETHER, finance.ACCOUNT_ABBREVIATED,
)
