"""Make the Avro fixtures: ``python make.py`` in a virtualenv with fastavro (not a test
dependency: the files are committed). Every value is invented."""

from pathlib import Path

import fastavro

HERE = Path(__file__).parent
CONTACT = {"type": "record", "name": "Contact",
           "fields": [{"name": "email", "type": "string"},
                      {"name": "mobile", "type": ["null", "string"]}]}
SCHEMA = {"type": "record", "name": "Claimant", "namespace": "uk.example", "fields": [
    {"name": "fullname", "type": "string"},
    {"name": "contact", "type": ["null", CONTACT]},
    {"name": "previous", "type": ["null", "Contact"]},  # a named type, by its name
    {"name": "ni", "type": "string"}, {"name": "age", "type": "int"},
    {"name": "score", "type": "double"}, {"name": "open", "type": "boolean"},
    {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["OPEN", "SHUT"]}},
    {"name": "notes", "type": {"type": "array", "items": "string"}},
    {"name": "extra", "type": {"type": "map", "values": "string"}},
    {"name": "digest", "type": {"type": "fixed", "name": "Digest", "size": 4}}]}
RECORD = {"fullname": "Marguerite Okonkwo-Blythe",
          "contact": {"email": "marguerite.blythe.5521@gmail.com", "mobile": "07723 481093"},
          "previous": None, "ni": "JT 48 29 17 D", "age": 41, "score": 0.5, "open": True,
          "status": "OPEN", "notes": ["called back"], "extra": {"home": "07723 481093"},
          "digest": b"\x00\x01\x02\x03"}
for codec in ("null", "deflate"):
    with open(HERE / f"claimants-{codec}.avro", "wb") as out:
        fastavro.writer(out, fastavro.parse_schema(SCHEMA),
                        [RECORD, {**RECORD, "fullname": "Ann Other", "contact": None}],
                        codec=codec)
