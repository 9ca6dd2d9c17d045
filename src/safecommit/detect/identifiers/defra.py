"""Defra customer identifiers. For a sole trader, the business's id is the person's."""

from __future__ import annotations

from functools import partial

from safecommit.detect.identifiers.numbers import (
    DIGITS_END,
    NOT_AFTER_GROUP,
    PATH_ID_START,
    THREES_REST,
    digits_only,
    is_placeholder_id,
    read_out,
)
from safecommit.detect.recognizer import Recognizer
from safecommit.reserved import is_reserved_id


def _not_a_scale(value: str) -> bool:
    """Whether the three parts are not one number at three scales (10/100/1000, 25/250/2500:
    a load test's steps, a series of sizes), which no holding's number is."""
    parts = value.split("-")[0].split("/")
    return len({p.rstrip("0") for p in parts}) > 1 or len(set(parts)) < len(parts)


# A release's number written with slashes, right after its own word ("Version 44/…",
# ``schemaVersion: "44/…"``, "release 44/…"): not a holding's. Only just before it: a
# holding's number with a form's version later on its line is still one.
_RELEASE_BEFORE = (r"(?:[Vv]ersion|VERSION|\b[Vv]er\.?|VER|[Rr]elease|RELEASE|[Bb]uild|BUILD)"
                   r"[\"']?[ \t]*[:=]?[ \t]*[\"']?")

# County / parish / holding: NN/NNN/NNNN, optionally with a -NN sub-location.
CPH = Recognizer(
    type="DEFRA_CPH",
    name="cph",
    pattern=r"(?<![\w/.\-])(?<!" + _RELEASE_BEFORE + r")"
            r"(?!00)\d{2}/\d{3}/\d{4}(?:-\d{2})?(?![\w/]|[.\-]\d)",
    why="A County Parish Holding number identifies a holding and, for a sole trader, its keeper.",
    context=("cph", "cph number", "county parish holding", "holding", "holding number",
             "county parish"),
    # A laboratory's or an invoice's reference can share the shape: its name beside it says so.
    anti_context=("sample", "samples", "lab", "laboratory", "batch", "specimen", "invoice",
                  "order number", "ticket"),
    anti_context_near=True,
    validate=_not_a_scale,
    reserved=partial(is_reserved_id, marks=5),
    suggest="12/345/6789",
    confidence=0.75,
)

# The CPH as a REST path holds it (``/holdings/12/345/6789``): a path's numbers, so only
# where the line (the path's own words, most often) or its key names a holding.
CPH_IN_PATH = Recognizer(
    type="DEFRA_CPH",
    name="cph",
    pattern=r"(?<=[A-Za-z]/)(?!00)\d{2}/\d{3}/\d{4}(?:-\d{2})?(?![\w]|/\d|[.\-]\d)",
    why=CPH.why,
    context=("cph", "cph number", "county parish holding", "holding", "holding number"),
    requires_context=True,
    anti_context=CPH.anti_context,
    anti_context_near=True,
    validate=_not_a_scale,
    reserved=partial(is_reserved_id, marks=5),
    suggest="12/345/6789",
)

# Typed with blanks or hyphens (``12 345 6789``): a phone's or a count's shape, so only
# where the CPH is named (not "holding" alone: prose about locks and queues says it).
CPH_SPACED = Recognizer(
    type="DEFRA_CPH",
    name="cph",
    pattern=r"(?<![\w/.\-])(?!00)\d{2}([ \-])\d{3}\1\d{4}(?![\w/]|[.\-]\d|[ \-]\d)",
    why=CPH.why,
    context=("cph", "cph number", "county parish holding", "holding number"),
    requires_context=True,
    anti_context=CPH.anti_context,
    anti_context_near=True,
    reserved=partial(is_reserved_id, marks=5),
    suggest=lambda v: "12" + v[2] + "345" + v[2] + "6789",
)

# Nine digits with no marks (``"cphNumber": "123456789"``), as some systems store it: an
# SBI's shape too, so only under a CPH's own key.
CPH_DIGITS = Recognizer(
    type="DEFRA_CPH",
    name="cph",
    pattern=rf"{PATH_ID_START}(?P<id>(?!00)\d{{9}}){DIGITS_END}",
    group="id",
    why=CPH.why,
    context=("cph", "cph number", "county parish holding"),
    requires_context=True,
    requires_key=True,
    reserved=partial(is_placeholder_id, marks=5),
    suggest="123456789",
)

SBI = Recognizer(
    type="DEFRA_SBI",
    name="sbi",
    # or typed in threes: 123 456 789
    pattern=rf"{PATH_ID_START}(?P<id>[1-9]\d{{8}}|{NOT_AFTER_GROUP}[1-9]\d\d{THREES_REST})"
            rf"{DIGITS_END}",
    group="id",
    why="A Single Business Identifier identifies a farm business and, for a sole trader, "
        "the farmer.",
    context=("sbi", "sbi number", "single business identifier", "business identifier",
             "single business id"),
    requires_context=True,
    normalise=digits_only,
    reserved=is_placeholder_id,
    suggest=lambda v: "123456789" if v.isdigit() else "123" + v[3] + "456" + v[3] + "789",
)

# A REST path names the business its nine digits are the id of (``/businesses/<sbi>/…``,
# ``/business/<sbi>``, as Defra's farming services' paths name it): a business's nine-digit
# id there is its SBI. Only in a path: "business 123456789" in prose could count anything.
SBI_OF_A_BUSINESS = Recognizer(
    type="DEFRA_SBI",
    name="sbi",
    # SBI's pattern with the path's words before it, so that the two share one gate
    pattern=rf"{PATH_ID_START}(?<=/(?:[Bb]usiness|[Bb]usinesses|BUSINESS|BUSINESSES)/)"
            rf"(?P<id>[1-9]\d{{8}}|{NOT_AFTER_GROUP}[1-9]\d\d{THREES_REST}){DIGITS_END}",
    group="id",
    why=SBI.why,
    # The words are in the pattern; as context they keep it from texts without them.
    context=("business", "businesses"),
    requires_context=True,
    context_confidence=0.85,
    normalise=digits_only,
    reserved=is_placeholder_id,
    suggest=SBI.suggest,
    confidence=0.85,
)

# Ten digits from 1000000000 are also a Unix time in seconds (2001 to 2033): under a
# key that says it is a time (``crnUpdatedAt``, ``ts``), the number is when, not who.
_TIME_WORDS = ("timestamp", "epoch", "unix", "time", "ts", "updated at", "created at",
               "modified at", "deleted at", "expires at", "verified at", "last modified")

CRN = Recognizer(
    type="DEFRA_CRN",
    name="crn",
    pattern=rf"{PATH_ID_START}(?P<id>\d{{10}}){DIGITS_END}",
    group="id",
    why="A Customer Reference Number identifies a person in the Rural Payments service.",
    context=("crn", "customer reference number", "customer reference", "customer ref",
             "customer reference no", "crn number", "cust ref",
             "cyfeirnod cwsmer"),  # Welsh: customer reference
    requires_context=True,
    anti_context=_TIME_WORDS,
    anti_context_near=True,
    reserved=is_placeholder_id,
    suggest="1234567890",
)

# Customer Reference Numbers are issued from 1100000000: ten digits in that range right
# after the word customer or person ("customer 1100000000", "customer no. 1100000000",
# ``/customers/1100000000``, ``/person/1100000000``, as the Rural Payments service's own
# paths name them) are one. Not after a colon: a chat's "Customer:" names who speaks.
CRN_OF_A_CUSTOMER = Recognizer(
    type="DEFRA_CRN",
    name="crn",
    # CRN's own pattern with the words before it, so that the two share one gate (gate.py)
    pattern=rf"{PATH_ID_START}(?<=\b(?:[Cc]ustomers?|CUSTOMER|[Pp]erson|[Pp]ersons|PERSON)"
            r"(?:[ _\-]?(?:[Ii][Dd]|[Nn]o\.?|[Nn]umber|NUMBER))?[ \t/#=]{1,2})"
            rf"(?P<id>\d{{10}}){DIGITS_END}",
    validate=lambda v: v.startswith("110"),
    group="id",
    why=CRN.why,
    # The words are in the pattern; as context they keep it from texts without them.
    context=("customer", "person"),
    requires_context=True,
    context_confidence=0.85,
    anti_context=_TIME_WORDS,
    anti_context_near=True,
    reserved=is_placeholder_id,
    suggest="1100000000",
    confidence=0.85,
)

# The Firm Reference Number: the id Defra's payment services pay a customer under
# (``frn`` in every payment request). Ten digits, like the CRN, so only its name says which.
FRN = Recognizer(
    type="DEFRA_FRN",
    name="frn",
    pattern=CRN.pattern,
    group="id",
    why="A Firm Reference Number identifies who Defra pays and, for a sole trader, the person.",
    context=("frn", "frn number", "firm reference number", "firm reference", "firm ref",
             "firm ref no", "firm reference no"),
    requires_context=True,
    anti_context=_TIME_WORDS,
    anti_context_near=True,
    reserved=is_placeholder_id,
    suggest="1234567890",
)

# Read out in a call, a digit at a time in words, beside its name.
SBI_SPOKEN = read_out(SBI, 9, "one two three, four five six, seven eight nine")
CRN_SPOKEN = read_out(CRN, 10, "one two three four five, six seven eight nine oh")

RECOGNIZERS = (CPH, CPH_IN_PATH, CPH_SPACED, CPH_DIGITS, SBI, SBI_OF_A_BUSINESS, CRN,
               CRN_OF_A_CUSTOMER, FRN, SBI_SPOKEN, CRN_SPOKEN)
