"""Generate the identifier test values: made up, checksum-valid, never a real record.

Run from the repository root: ``.venv/bin/python tests/data/identifiers/make.py``.
Numbers are drawn from a seeded generator, so the file is reproducible. The folder is
excluded from the repository's own scan ([tool.safecommit] exclude in pyproject.toml).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from stdnum import iban, luhn
from stdnum.gb import utr

rng = random.Random(20240611)


def digits(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def nhs_number(prefix: str) -> str:
    while True:
        body = prefix + digits(9 - len(prefix))
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def bad_last(value: str) -> str:
    last = value[-1]
    return value[:-1] + str((int(last) + 1) % 10)


def card(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def gb_iban() -> str:
    bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(14)
    return "GB" + iban.calc_check_digits("GB00" + bban) + bban


def utr_number() -> str:
    body = digits(9)
    while body.startswith("999") or body[0] == "9":
        body = digits(9)
    return utr.calc_check_digit(body) + body


def imei_number() -> str:
    body = "35" + digits(12)
    return body + luhn.calc_check_digit(body)


nhs = [nhs_number(rng.choice("467")) for _ in range(3)]
cards = [card("4", 16), card("5" + rng.choice("12345"), 16), card("3" + rng.choice("47"), 15)]
ibans = [gb_iban() for _ in range(2)]
utrs = [utr_number() for _ in range(2)]
imeis = [imei_number() for _ in range(2)]


def spaced(value: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(value[i:i + size])
        i += size
    return sep.join(out)


# type -> the key that names it, made-up values that must be found, malformed values or
# values with a bad checksum, and reserved fake values that must never be found.
values = {
    "EMAIL_ADDRESS": {"key": "contact_email",
                      "valid": ["olwen.parry@farmpost.co.uk", "r.okonkwo-hale@outlook.com",
                                "olwen.parry%40farmpost.co.uk"],
                      "invalid": ["olwen.parry@", "olwen.parry@farmpost", "olwen.parry%40"],
                      "reserved": ["jane.doe@example.com", "no-reply@defra.gov.uk",
                                   "someone@mail.test", "joe.bloggs@example.org",
                                   "jane.doe%40example.com"]},
    "PHONE_NUMBER": {"key": "phone_number",
                     "valid": ["07811 345672", "+44 7811 345672", "+447811345672",
                               "(029) 2046 1193", "0161 873 2291", "+44 (0)7811 345672",
                               "0044 7811 345672", "(01874) 658213"],
                     "invalid": ["07811 34567", "0999 999 9999", "(01874) 65821"],
                     "reserved": ["07700 900123", "+44 20 7946 0321", "0113 496 0000",
                                  "07700900580", "+44 7700 900999", "0044 7700 900123"]},
    "UK_POSTCODE": {"key": "postcode", "valid": ["LS6 3QW", "CF24 1NT", "SW19 5AE"],
                    "invalid": ["XY1 2AB", "LS6 3QC"],
                    "reserved": ["ZZ99 9ZZ", "SW1A 1AA"]},
    "STREET_ADDRESS": {"key": "address_line_1",
                       "valid": ["14 Rowan Close", "Flat 3, 27 Mill Lane",
                                 "Hill Top Farm, Moor Lane", "14 Clos y Waun",
                                 "3 Glan yr Afon"],
                       "invalid": ["rowan close", "14"],
                       "reserved": ["12 Example Road", "1 Sample Street"]},
    "IP_ADDRESS": {"key": "client_ip",
                   "valid": ["86.14.203.77", "2a02:c7f:5c4e:5600:9d2e:41ff:fe0b:8c21"],
                   "invalid": ["10.24.3.9", "192.168.4.20", "256.1.2.3", "2.7.2.2"],
                   "reserved": ["192.0.2.44", "203.0.113.9", "198.51.100.7", "2001:db8::4"]},
    "MAC_ADDRESS": {"key": "mac_address", "valid": ["3C:22:FB:7A:91:0E", "d4-6a-6a-15-c2-9b"],
                    "invalid": ["3C:22:FB:7A:91", "01:00:5E:7A:91:0E"],
                    "reserved": ["00-00-5E-00-53-2A", "00:00:5e:00:53:01"]},
    "DEVICE_ID": {"key": "imei", "valid": imeis, "invalid": [bad_last(i) for i in imeis],
                  "reserved": ["001010000000008"]},
    "DATE_OF_BIRTH": {"key": "date_of_birth",
                      "valid": ["1984-05-28", "28/05/1984", "28 May 1984", "May 28, 1984"],
                      "invalid": ["2099-05-28", "1984-13-40"],
                      "reserved": ["1900-01-01", "01/01/1984"]},
    "UK_NINO": {"key": "ni_number", "valid": ["JG 10 37 95 B", "PW518802A", "jg103795b"],
                "invalid": ["BG103795A", "DA103795A", "JG103795E"],
                "reserved": ["QQ123456C", "QQ 12 34 56 C"]},
    "UK_NHS": {"key": "nhs_number",
               "valid": [nhs[0], spaced(nhs[1], (3, 3, 4)), spaced(nhs[2], (3, 3, 4), "-")],
               "invalid": [bad_last(nhs[0]), spaced(bad_last(nhs[1]), (3, 3, 4))],
               "reserved": [nhs_number("999"), spaced(nhs_number("999"), (3, 3, 4))]},
    "UK_PASSPORT": {"key": "passport_number", "valid": ["512390875", "308861274"],
                    "invalid": ["51239087", "5123908751"],
                    "reserved": ["123456789", "999412376"]},
    "UK_DRIVING_LICENCE": {"key": "driving_licence_number",
                           "valid": ["HARTL703124JM9PQ", "OKAFO862195CA9TR"],
                           "invalid": ["HARTL713124JM9PQ", "HARTL703324JM9PQ"],
                           "reserved": ["MORGA753116SM9IJ", "BLOGG701014JB9AA"]},
    "UK_UTR": {"key": "sa_utr", "valid": utrs,
               "invalid": [str((int(u[0]) + 1) % 10) + u[1:] for u in utrs],
               "reserved": ["1234567890"]},
    "CREDIT_CARD": {"key": "card_number",
                    "valid": [cards[0], spaced(cards[1], (4, 4, 4, 4)),
                              spaced(cards[2], (4, 6, 5))],
                    "invalid": [bad_last(cards[0]), spaced(bad_last(cards[1]), (4, 4, 4, 4))],
                    "reserved": ["4111111111111111", "4444 3333 2222 1111", "5555555555554444",
                                 "378282246310005"]},
    "UK_BANK_ACCOUNT": {"key": "sort_code", "valid": ["40-11-62", "401162"],
                        "invalid": ["40-11-6", "40-11-622"],
                        "reserved": ["12-34-56", "99-99-12", "00-00-00"]},
    "IBAN_CODE": {"key": "iban", "valid": [ibans[0], spaced(ibans[1], (4, 4, 4, 4, 4, 2))],
                  "invalid": [ibans[0][:2] + bad_last(ibans[0][2:4]) + ibans[0][4:]],
                  "reserved": ["GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32"]},
    "UK_VEHICLE_REGISTRATION": {"key": "vehicle_registration", "valid": ["LK19 XRP", "BD68FTV"],
                                "invalid": ["LK95 XRP", "IK19 XRP"], "reserved": ["AB12 CDE"]},
    "DEFRA_CPH": {"key": "cph_number", "valid": ["41/217/0093", "07/115/5562"],
                  "invalid": ["00/217/0093", "41/21/0093"],
                  "reserved": ["12/345/6789", "99/999/1234"]},
    "DEFRA_SBI": {"key": "sbi", "valid": ["117234906", "200418735"],
                  "invalid": ["11723490", "1172349061"],
                  "reserved": ["123456789", "999123456"]},
    "DEFRA_CRN": {"key": "crn", "valid": ["1103587264", "1106612390"],
                  "invalid": ["110358726", "11035872641"],
                  "reserved": ["1234567890", "9991234567"]},
    "DEFRA_FRN": {"key": "frn", "valid": ["1102876453", "1104519022"],
                  "invalid": ["110287645", "11028764531"],
                  "reserved": ["1234567890", "9991102876"]},
}
# A bank account number goes with its sort code: checked on its own key.
values["UK_BANK_ACCOUNT_NUMBER"] = {"key": "account_number", "valid": ["73419028"],
                                    "invalid": ["7341902"], "reserved": ["12345678", "99991234"]}
out = Path(__file__).with_name("values.json")
out.write_text(json.dumps(values, indent=1) + "\n")
print(out)
