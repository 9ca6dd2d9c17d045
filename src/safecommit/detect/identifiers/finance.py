"""Money: payment card numbers, UK bank accounts (sort code and account number), IBANs."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from safecommit.detect.identifiers.address import ORG_NAME_ENDINGS, ORG_RECORD_TYPES
from safecommit.detect.identifiers.numbers import DIGITS_END, is_placeholder_id
from safecommit.detect.recognizer import Recognizer
from safecommit.lazyre import lazy_regex
from safecommit.offline import without_ssl
from safecommit.reserved import compact, is_reserved_iban, is_reserved_id, is_test_card

# Issuer prefixes and lengths of the card schemes: Visa, Mastercard, Amex, Discover,
# Diners, JCB, UnionPay and Maestro.
_CARD_SCHEMES = lazy_regex(
    r"4\d{12}(?:\d{3}){0,2}"
    r"|(?:5[1-5]\d{2}|222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}"
    r"|3[47]\d{13}"
    r"|(?:6011|65\d{2}|64[4-9]\d)\d{12,15}"
    r"|3(?:0[0-5]|[68]\d)\d{11,16}"
    r"|35(?:2[89]|[3-8]\d)\d{12,15}"
    r"|62\d{14,17}"
    r"|(?:5[06-9]|6\d)\d{10,17}"
)


# Seven digits counting up or down, anywhere in a number.
_RUNS = frozenset(line[i:i + 7] for line in ("0123456789", "9876543210") for i in range(4))


def _valid_card(value: str) -> bool:
    with without_ssl():
        from stdnum import luhn

    digits = "".join(c for c in value if c.isdigit())
    # Mostly zeros is a round number, and seven digits counting up or down were typed by
    # hand: neither is an account's digits.
    return _CARD_SCHEMES.fullmatch(digits) is not None and digits.count("0") < 9 \
        and not any(run in digits for run in _RUNS) and luhn.is_valid(digits)


# A long number written bare, beside another that is no card, is one of a column of
# numbers (test vectors for arithmetic, big-integer ids): one in ten passes Luhn by chance.
_LONG_NUMBER = lazy_regex(r"(?<![\w.])\d{13,19}(?![\w.])")


# Six groups of four or more in a row, hex or decimal: a table of code points or of ids
# (a collation table's CJK characters, a catalogue's object ids), not a card and its
# expiry date.
_GROUPS_IN_A_ROW = lazy_regex(r"(?<!\w)(?:[0-9A-Fa-f]{4,5} ){5,}[0-9A-Fa-f]{4,5}(?!\w)")


def _among_other_numbers(line: str, value: str) -> bool:
    if not value.isdigit():
        return " " in value and any(value in row for row in _GROUPS_IN_A_ROW.findall(line))
    return any(n != value and not _valid_card(n) for n in _LONG_NUMBER.findall(line))


def _card_score(value: str) -> float:
    return 0.9 if not value.isdigit() else 0.7


def _card_suggestion(value: str) -> str:
    digits = "".join(c for c in value if c.isdigit())
    fake = {"3": "378282246310005", "5": "5555555555554444", "2": "5555555555554444"}.get(
        digits[0], "4111111111111111")
    if value.isdigit():
        return fake
    sep = " " if " " in value else "-"
    if len(fake) == 15:
        return sep.join((fake[:4], fake[4:10], fake[10:]))
    return sep.join(fake[i:i + 4] for i in range(0, 16, 4))


CARD = Recognizer(
    type="CREDIT_CARD",
    name="card",
    pattern=r"(?<![\w.+/\-])(?:"
            # 4-4-4-4, whatever follows: its security code or expiry date is often
            # written next to it (… 7035 123, … 7035 12/27), not a part of it
            r"\d{4}([ \-])\d{4}\1\d{4}\1\d{4}"
            r"|\d{4}([ \-])\d{6}\2\d{4,5}"  # Amex and Diners 4-6-5, 4-6-4
            r"|[2-6]\d{12,15}"  # compact: longer runs are big integers, not cards
            r")(?![\w]|[.\-]\d)",
    why="A payment card number is financial data; PCI DSS forbids storing it in code.",
    context=("card", "card number", "cardno", "credit card", "debit card", "pan",
             "cardholder", "payment card", "card no"),
    # An id that passes Luhn by chance (one in ten does), named as what it is.
    anti_context=("transaction", "txn", "order", "invoice", "tracking", "shipment",
                  "correlation", "request id", "trace id", "session id",
                  # a device's or a product's number: its serial, its barcode
                  "serial", "serial number", "serial no", "imei", "barcode", "ean", "sku"),
    anti_context_near=True,
    validate=_valid_card,
    reserved=is_test_card,
    suggest=_card_suggestion,
    score=_card_score,
    numbers_around=_among_other_numbers,
)

# A date's own label just before six digits ("Payment date", "paid on", "due", "DOB"):
# on a line about bank details, a date with a two-digit year has a sort code's shape, and
# the label beside the value outweighs the words "sort code" elsewhere on the line.
_DATE_LABEL_WORDS = ("dated", "date", "on", "due", "paid", "updated", "changed", "expires",
                     "expiry", "issued", "received", "signed", "effective", "until", "before",
                     "after", "since", "dob", "born", "birth")
# (in its cases, not with an inline flag: a case-blind pattern cannot be prefiltered)
_DATE_LABEL = (r"(?<!\b(?:"
               + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}|{w.upper()}" for w in _DATE_LABEL_WORDS)
               + r")[ \t]*[:=]?[ \t]*(?P=code))")

# A longer card (17 to 19 digits) written in fours and the rest: its own pattern, as the
# number's form cannot tell its last group from a security code after a 16-digit card's.
# Both are read and checked; where both hold, the longer finding stands.
CARD_LONG = replace(
    CARD,
    pattern=r"(?<![\w.+/\-])\d{4}([ \-])\d{4}\1\d{4}\1\d{4}\1\d{1,3}(?![\w]|[.\-]\d)",
)

# An organisation's account, not a person's: bank details in a record that says it is an
# organisation's (a payee whose name is an agency's or a company's, an ``Organization``),
# read out past the keys of the details' own parts, as an address's are.
_BANK_PARTS = ("bank", "banking", "details", "sort", "code", "account", "acc", "acct",
               "number", "num", "no", "payment", "primary", "main")

SORT_CODE = Recognizer(
    type="UK_BANK_ACCOUNT",
    name="sort-code",
    # dots too (12.34.56): only the name "sort code" makes six digits one, in any form
    # (the label is read back from the end, once six digits are found: cheaper than
    # before every number)
    # Not a phone's last six after its area code ("07723 …", "01904 …"), on a ticket's
    # line that gives a sort code too.
    pattern=r"(?<![\w.+/\-])(?<!\b0\d{3}[ \-])(?<!\b0\d{4}[ \-])"
            r"(?P<code>\d{2}([ \-.]?)\d{2}\2\d{2})" + _DATE_LABEL
            + r"(?![\w]|[./\-]\d)",
    why="A sort code with an account number identifies a person's bank account.",
    context=("sort code", "sortcode", "bank sort code", "sort code and account",
             "cod didoli"),  # Welsh: sort code
    requires_context=True,
    reserved=partial(is_reserved_id, marks=4),
    suggest=lambda v: "12-34-56" if "-" in v else "12 34 56" if " " in v else "123456",
    anti_owner=ORG_RECORD_TYPES,
    anti_owner_names=ORG_NAME_ENDINGS,
    enclosing_neutral=_BANK_PARTS,
)

# A sort code after the abbreviation a bank's form or a payee's note gives it: "SC",
# "S/C" (capitals, or "s/c"), then the code in pairs. The label is the evidence: in a
# text with no other word of banking, six digits in pairs after it are a sort code.
SORT_CODE_ABBREVIATED = Recognizer(
    type="UK_BANK_ACCOUNT",
    name="sort-code",
    pattern=r"(?<![\w/.\-])(?:SC|S/C|s/c)[ \t]*[:.=]?[ \t]*"
            r"(?P<code>\d{2}([ \-])\d{2}\2\d{2})(?![\w]|[./\-]\d)",
    group="code",
    why=SORT_CODE.why,
    reserved=SORT_CODE.reserved,
    suggest=SORT_CODE.suggest,
    confidence=0.9,
)


def _not_a_date(value: str) -> bool:
    """Eight digits that read as a date (20141220: a change log's, a build's) are one, not
    an account: a real account number is a date by chance about once in a thousand."""
    year, month, day = int(value[:4]), int(value[4:6]), int(value[6:])
    return not (1970 <= year <= 2039 and 1 <= month <= 12 and 1 <= day <= 31)


ACCOUNT_NUMBER = Recognizer(
    type="UK_BANK_ACCOUNT",
    name="account-number",
    pattern=rf"(?<![\w.+/\-])(?P<id>\d{{8}}){DIGITS_END}",
    group="id",
    why="A bank account number, with its sort code, identifies a person's bank account.",
    # Beside a sort code, eight digits are the account it belongs to.
    context=("account number", "account no", "acc no", "acct no", "bank account",
             "accountnumber", "account num", "bank account number", "payee account",
             "sort code", "sortcode", "account", "acct",
             "a c no", "a c number",  # "A/C No", as a bank's forms abbreviate it
             # a payment's instruction, with whatever label the writer gave the number
             # ("pay into: Acc …")
             "pay into", "paid into",
             "rhif cyfrif", "cod didoli"),  # Welsh: account number, sort code
    requires_context=True,
    # An account's id in a system (accountId, a storage or service account) is not a bank's.
    anti_context=("id", "ref", "reference", "type", "service", "storage", "subscription",
                  "tenant"),
    anti_context_near=True,
    validate=_not_a_date,
    reserved=partial(is_placeholder_id, marks=4),
    suggest="12345678",
    anti_owner=ORG_RECORD_TYPES,
    anti_owner_names=ORG_NAME_ENDINGS,
    enclosing_neutral=_BANK_PARTS,
)

# The slashed abbreviations a bank's form or a payee's note gives them: eight digits after
# "A/C" (maybe "A/C No:") are an account, six run together after "S/C" a sort code. The
# label is the evidence, as for SORT_CODE_ABBREVIATED; one gate for the two, on the slash
# and the "C" before the digits.
_SLASHED_LABEL_END = r"(?:[ \t]*(?:[Nn]o|NO|[Nn]umber|NUMBER)\.?)?[ \t]*[:.=#]?[ \t]*"
_SLASHED_LABEL_GATE = r"/[Cc]" + _SLASHED_LABEL_END + "[0-9]{6}"

ACCOUNT_ABBREVIATED = Recognizer(
    type="UK_BANK_ACCOUNT",
    name="account-number",
    pattern=r"(?<![\w/.\-])(?:A/C|a/c|A/c)" + _SLASHED_LABEL_END
            + rf"(?P<id>[0-9]{{8}}){DIGITS_END}",
    group="id",
    why=ACCOUNT_NUMBER.why,
    validate=_not_a_date,
    reserved=ACCOUNT_NUMBER.reserved,
    suggest=ACCOUNT_NUMBER.suggest,
    confidence=0.9,
    gate_within=_SLASHED_LABEL_GATE,
)

SORT_CODE_RUN_TOGETHER = Recognizer(
    type="UK_BANK_ACCOUNT",
    name="sort-code",
    pattern=r"(?<![\w/.\-])(?:S/C|s/c)" + _SLASHED_LABEL_END
            + rf"(?P<code>[0-9]{{6}}){DIGITS_END}",
    group="code",
    why=SORT_CODE.why,
    reserved=SORT_CODE.reserved,
    suggest="123456",
    confidence=0.9,
    gate_within=_SLASHED_LABEL_GATE,
)

# A sort code and its account written as one pair, as people write bank details in a
# ticket or a chat: 99-99-99 99991234, 99 99 99 / 99991234. The pair's shape is the
# evidence, with any word of banking beside it; a sort code alone still needs its name.
def _fake_bank_details(value: str) -> bool:
    """Either half a placeholder or a redacted one: the pair is a fake."""
    return is_reserved_id(value[:8], marks=4) or is_reserved_id(value[-8:], marks=4)


BANK_DETAILS = Recognizer(
    type="UK_BANK_ACCOUNT",
    name="bank-details",
    # Blanks, a slash, a dash or "and" between them; a comma only with a blank after it,
    # so a CSV's or a TSV's two cells are read as cells, each under its column's name.
    pattern=r"(?<![\w.+/\-])(?:\d{2}([ \-])\d{2}\1\d{2}(?:[ ]*[/\-:][ ]*|,?[ ]+(?:and[ ]+)?)"
            r"\d{8}"
            # or the account first: 12345678 / 12-34-56
            r"|\d{8}(?:[ ]*/[ ]*|,?[ ]+)\d{2}([ \-])\d{2}\2\d{2})(?![\w]|[.\-]\d)",
    why=SORT_CODE.why,
    # Not "acc" nor "sort": every text that says "access" or "sorted" would wake the pattern.
    context=("bank", "banking", "account", "acct", "payee", "bacs", "paid into", "pay into",
             "building society", "cyfrif"),
    requires_context=True,
    reserved=_fake_bank_details,
    suggest="12-34-56 12345678",
    anti_owner=ORG_RECORD_TYPES,
    anti_owner_names=ORG_NAME_ENDINGS,
    enclosing_neutral=_BANK_PARTS,
)


# A BACS Standard 18 payment record, as a bureau's input file lays one out on each line:
# the destination's sort code and account number (the person paid, or the payer of a
# direct debit), a digit, a transaction code (99 credit, 17 debit, 01 and 18 and 19 the
# direct debit's first, re-presented and final collections, 0C 0N 0S instructions, Z1 to Z5
# returns), the originator's sort code and account, four free characters and an amount in
# pence of eleven digits, then three fields of eighteen characters: the originator's name,
# the reference and the destination account's name, of which some hold a letter (the
# first two may be blank or all digits: a payroll's, an instruction's). The record's shape
# names its first fourteen digits.
BACS_RECORD = Recognizer(
    type="UK_BANK_ACCOUNT",
    name="bank-details",
    # At a line's start; the lookbehind keeps the record's gate from starting inside a
    # run of digits.
    pattern=r"(?<![\w.])(?m:^)(?P<id>\d{14})\d(?:0[1CNS]|1[789]|99|Z[1-5])\d{14}[^\n]{4}\d{11}"
            r"[ -~]{0,53}[A-Za-z]",
    group="id",
    why=SORT_CODE.why,
    reserved=lambda v: is_reserved_id(v[:6], marks=4) or is_placeholder_id(v[6:], marks=4),
    suggest="12345612345678",
    confidence=0.9,
)


# A SWIFT MT payment message's ordering customer (:50A:, :50F:, :50K:) and beneficiary
# (:59:, :59A:, :59F:) open with their account after a slash: eight digits there are a UK
# account number (an IBAN there is found as one). The field's tag is the evidence.
SWIFT_ACCOUNT = Recognizer(
    type="UK_BANK_ACCOUNT",
    name="account-number",
    pattern=r"(?m:^):(?:50[AFK]|59[AF]?):/(?P<id>\d{8})(?![\w/\-])",
    group="id",
    why=ACCOUNT_NUMBER.why,
    validate=_not_a_date,
    reserved=partial(is_placeholder_id, marks=4),
    suggest="12345678",
    confidence=0.9,
)


# A building society's roll number: the account a payment into a society's pooled account
# is credited to (its sort code and account number are the society's, the roll number
# the saver's). Its forms vary by society (1234/56789012, A/12345678, 12345678-9AB); the
# words before it, read by the pattern, name it, so its gate opens on few lines.
def _a_roll_number(value: str) -> bool:
    return sum(c.isdigit() for c in value) >= 5


ROLL_NUMBER = Recognizer(
    type="UK_BANK_ACCOUNT",
    name="roll-number",
    pattern=r"(?<![A-Za-z])(?:[Rr]oll|ROLL)[ _\-]?(?:[Nn]umber|NUMBER|[Nn]o|NO|[Rr]ef|REF)\.?"
            r"[\"']?[ \t]*(?:[:=]|=>)?[ \t]*[\"']?"
            r"(?P<id>[A-Z0-9](?:[A-Z0-9/.\-]|[ ](?=[A-Z0-9])){4,18}[A-Z0-9])(?![\w/\-])",
    group="id",
    why="A building society roll number identifies a saver's account.",
    validate=_a_roll_number,
    # (not an electoral roll's, nor a school's or a class's register)
    context=("building society", "roll number", "roll no", "roll ref"),
    anti_context=("electoral", "voter", "voters", "register", "school", "class", "pupil",
                  "attendance"),
    anti_context_near=True,
    reserved=partial(is_placeholder_id, marks=4),
    suggest="12345678",
    confidence=0.9,
)


def _valid_iban(value: str) -> bool:
    with without_ssl():
        from stdnum import iban

    return iban.is_valid(value)


IBAN = Recognizer(
    type="IBAN_CODE",
    name="iban",
    pattern=r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?"
            r"(?![A-Za-z0-9])",
    why="An IBAN identifies a person's bank account.",
    context=("iban", "bank account", "account"),
    normalise=compact,
    validate=_valid_iban,
    reserved=is_reserved_iban,
    suggest="GB82WEST12345698765432",
    confidence=0.9,
)

RECOGNIZERS = (CARD, CARD_LONG, BANK_DETAILS, BACS_RECORD, SORT_CODE, SORT_CODE_ABBREVIATED,
               ACCOUNT_NUMBER, SWIFT_ACCOUNT, ROLL_NUMBER, IBAN)
