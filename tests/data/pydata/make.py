"""Make the NumPy and pandas fixtures: ``python make.py`` in a virtualenv with numpy and
pandas (not test dependencies: the files are committed). Every value is invented."""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).parent
VALUES = ["Marguerite Okonkwo-Blythe", "marguerite.blythe.5521@gmail.com", "07723 481093",
          "JT 48 29 17 D"]

np.save(HERE / "people.npy", np.array(VALUES))  # str: UTF-32 cells
np.save(HERE / "objects.npy", np.array(VALUES, dtype=object), allow_pickle=True)
np.savez_compressed(HERE / "people.npz", people=np.array(VALUES))
np.save(HERE / "records.npy", np.array([(VALUES[0], VALUES[1], 41)],
                                       dtype=[("fullname", "<U40"), ("email", "<U40"),
                                              ("age", "<i8")]))
np.save(HERE / "numbers.npy", np.arange(64, dtype="<i8"))
pd.DataFrame({"fullname": [VALUES[0]], "email": [VALUES[1]], "mobile": [VALUES[2]],
              "ni": [VALUES[3]]}).to_pickle(HERE / "frame.pkl")  # Arrow-backed strings

# Formats read only as strings, or not at all (these need pyarrow and h5py too).
import h5py  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.feather as feather  # noqa: E402
import pyarrow.orc as orc  # noqa: E402

TABLE = pa.table({"fullname": [VALUES[0]], "email": [VALUES[1]], "mobile": [VALUES[2]]})
feather.write_feather(TABLE, HERE / "people.feather", compression="uncompressed")
orc.write_table(TABLE, HERE / "people.orc")
with h5py.File(HERE / "people.h5", "w") as f:
    f.create_dataset("people", data=np.array(VALUES, dtype="S40"))
with h5py.File(HERE / "people-deflate.h5", "w") as f:
    f.create_dataset("people", data=np.array(VALUES * 20, dtype="S40"), compression="gzip")
# people.sas7bdat: made from a Stata file by the readstat command (Debian package readstat).
