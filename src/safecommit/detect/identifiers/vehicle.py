"""UK vehicle registration marks, current and older formats."""

from __future__ import annotations

import datetime

from safecommit.detect.recognizer import Recognizer
from safecommit.reserved import compact, is_reserved_plate

VEHICLE_CONTEXT = ("vrm", "vrn", "vehicle", "vehicle reg", "vehicle registration", "registration",
                   "reg", "reg no", "registration number", "number plate", "numberplate",
                   "licence plate", "license plate", "plate", "car", "van", "vehicle reg no",
                   # the vehicles that move livestock, and who drives them
                   "lorry", "trailer", "truck", "hgv", "tractor", "horsebox", "haulier",
                   "transporter",
                   "cerbyd", "rhif cofrestru")  # Welsh: vehicle, registration number


def _valid_current(value: str) -> bool:
    # The age identifier: March plates 02..YY, September plates 51..YY+50.
    age = int(compact(value)[2:4])
    year = datetime.date.today().year % 100
    return 2 <= age <= year + 1 or 51 <= age <= year + 51


def _keep_form(value: str) -> str:
    return "AB12 CDE" if " " in value else "AB12CDE"


# Since 2001: two letters (the memory tag), two digits (age), space, three letters.
CURRENT = Recognizer(
    type="UK_VEHICLE_REGISTRATION",
    name="vehicle-registration",
    pattern=r"(?<![A-Za-z0-9\-_])[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}(?![A-Za-z0-9\-_])",
    why="A vehicle registration mark identifies the keeper of a vehicle.",
    context=VEHICLE_CONTEXT,
    validate=_valid_current,
    reserved=is_reserved_plate,
    suggest=_keep_form,
    confidence=0.45,
)

# Kept in lower case, as a form's input is posted (``"vrm": "ab12cde"``): the shape is an
# id's or a slug's as often, so only a vehicle's key makes it a plate.
CURRENT_LOWER = Recognizer(
    type="UK_VEHICLE_REGISTRATION",
    name="vehicle-registration",
    pattern=r"(?<![A-Za-z0-9\-_])[a-hj-pr-y][a-hj-pr-y]\d{2} ?[a-hj-pr-z]{3}(?![A-Za-z0-9\-_])",
    why=CURRENT.why,
    context=VEHICLE_CONTEXT,
    requires_context=True,
    requires_key=True,
    validate=_valid_current,
    reserved=is_reserved_plate,
    suggest=lambda v: _keep_form(v).lower(),
)

# 1983-2001 prefix (A123 BCD) and 1963-1983 suffix (ABC 123D): only with context.
OLDER = Recognizer(
    type="UK_VEHICLE_REGISTRATION",
    name="vehicle-registration-older",
    pattern=r"(?<![A-Za-z0-9\-_])(?:[A-HJ-NP-Y]\d{1,3} ?[A-HJ-PR-Y]{3}"
            r"|[A-HJ-PR-Y]{3} ?\d{1,3}[A-HJ-NP-Y])(?![A-Za-z0-9\-_])",
    why="A vehicle registration mark identifies the keeper of a vehicle.",
    context=VEHICLE_CONTEXT,
    requires_context=True,
    reserved=is_reserved_plate,
    suggest=_keep_form,
)

RECOGNIZERS = (CURRENT, CURRENT_LOWER, OLDER)
