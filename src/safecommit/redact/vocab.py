"""The words and numbers fake values are made from.

Surnames, street and town names are placeholders that read as made up on sight
(``Jane Bloggs``, ``12 Example Road, Sampleford``), so nobody mistakes a redacted fixture
for real data, and detectors can treat them as reserved. First names are common ones: a
first name alone identifies nobody.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Alex", "Alice", "Amy", "Andrew", "Anna", "Ben", "Beth", "Carl", "Chloe", "Chris",
    "Claire", "Dan", "David", "Emma", "Eve", "Fiona", "Frank", "Grace", "Hannah", "Harry",
    "Ian", "Isla", "Jack", "Jade", "James", "Jane", "Joe", "John", "Kate", "Laura",
    "Leo", "Lucy", "Mark", "Mary", "Max", "Megan", "Mia", "Nick", "Nina", "Oliver",
    "Owen", "Paul", "Pat", "Rachel", "Rob", "Rose", "Ruth", "Sam", "Sara", "Simon",
    "Sophie", "Steve", "Tom", "Tess", "Will", "Zoe",
)
SURNAMES = ("Bloggs", "Doe", "Citizen", "Example", "Sample", "Tester", "Placeholder", "Roe",
            "Soap", "Public")
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "rev", "revd", "reverend", "cllr", "capt", "captain", "master",
})

STREET_NAMES = ("Example", "Sample", "Specimen", "Placeholder", "Fictional", "Imaginary")
STREET_SUFFIXES = frozenset({
    "road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
    "way", "crescent", "place", "court", "gardens", "terrace", "grove", "hill", "row",
    "square", "walk", "mews", "park", "green", "view", "rise", "parade", "yard", "wharf",
    "gate", "croft", "fold", "meadows", "approach", "boulevard",
})
BUILDINGS = frozenset({
    "farm", "house", "cottage", "cottages", "barn", "lodge", "hall", "grange", "mill",
    "manor", "farmhouse", "steading", "estate", "building", "centre", "works", "chambers",
})
UNIT_WORDS = frozenset({"flat", "apartment", "apt", "unit", "suite", "room", "floor", "plot"})
TOWNS = ("Exampleton", "Sampleford", "Testbury", "Placeholder Vale", "Fictionville")
# Every word above that marks an address as already fake.
ADDRESS_MARKERS = frozenset(w.lower() for w in (*STREET_NAMES, *TOWNS))

# Published test card numbers, by scheme (Stripe, PayPal and Worldpay documentation).
TEST_CARDS: dict[str, tuple[str, ...]] = {
    "visa": ("4111111111111111", "4012888888881881", "4444333322221111", "4242424242424242",
             "4000056655665556", "4222222222222"),
    "mastercard": ("5555555555554444", "5105105105105100", "2223003122003222",
                   "5200828282828210"),
    "amex": ("378282246310005", "371449635398431", "378734493671000"),
    "discover": ("6011111111111117", "6011000990139424"),
    "diners": ("30569309025904", "38520000023237"),
    "jcb": ("3530111333300000", "3566002020360505"),
    "unionpay": ("6200000000000005",),
}
ALL_TEST_CARDS = frozenset(c for cards in TEST_CARDS.values() for c in cards)
