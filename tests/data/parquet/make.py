"""Make the Parquet fixtures: ``python make.py`` in a virtualenv with pyarrow (not a test
dependency: the files are committed). Every value is invented."""

import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

HERE = Path(__file__).parent

people = pa.table({
    "full_name": ["Rhiannon Evans", "Callum MacLeod", None, "Oluwaseun Adeyemi"],
    "email": ["r.evans.1987@outlook.com", None, "ops@example.gov.uk", "seun.adeyemi@gmail.com"],
    "nhs_number": pa.array([9434765919, 4010232137, 9434765870, None], pa.int64()),
    "date_of_birth": pa.array([datetime.date(1987, 3, 14), datetime.date(1990, 11, 2), None,
                               datetime.date(1979, 6, 30)], pa.date32()),
    "score": [0.5, 0.25, 1.0, 0.75],
    "seen": pa.array([datetime.datetime(2024, 1, 2, 3, 4, 5)] * 4, pa.timestamp("ms")),
})

# pandas' and Spark's default (Snappy, dictionary pages, data page v1).
pq.write_table(people, HERE / "people.snappy.parquet")
# No dictionary: every value in a plain data page; data page v2; gzip.
pq.write_table(people, HERE / "people.gzip.parquet", compression="gzip", use_dictionary=False,
               data_page_version="2.0")
pq.write_table(people, HERE / "people.plain.parquet", compression="none", use_dictionary=False)
# A codec safecommit cannot read.
pq.write_table(people, HERE / "people.zstd.parquet", compression="zstd")
# Nested: a list column (repeated values).
pq.write_table(pa.table({"aliases": [["Rhi Evans", "R. Evans"], [], None]}),
               HERE / "nested.parquet")
# Many rows: Snappy back-references that overlap what they write.
many = pa.table({"contact": [f"farm-{n % 7}@example.com" for n in range(5000)]})
pq.write_table(many, HERE / "many.parquet", use_dictionary=False)
