"""Make the statistics-package fixtures: ``python make.py`` in a virtualenv with pandas
and pyreadstat (not test dependencies: the files are committed). Every value is invented."""

from pathlib import Path

import pandas as pd
import pyreadstat

HERE = Path(__file__).parent
PEOPLE = pd.DataFrame({
    "fullname": ["Marguerite Okonkwo-Blythe", "Ann Other"],
    "email": ["marguerite.blythe.5521@gmail.com", "none"],
    "mobile": ["07723 481093", "none"],
    "ni": ["JT 48 29 17 D", "none"],
    "visits": [4, 1],
})
NOTES = PEOPLE.assign(notes=["Spoke to her on 07723 481093 about the claim. " * 60, "none"])

PEOPLE.to_stata(HERE / "people114.dta", write_index=False)  # Stata 10-12, pandas' default
NOTES.to_stata(HERE / "people118.dta", write_index=False, version=118, convert_strl=["notes"])
pyreadstat.write_xport(PEOPLE, HERE / "people8.xpt")
pyreadstat.write_xport(PEOPLE, HERE / "people5.xpt", file_format_version=5, table_name="PEOPLE")

LABELS = ["Claimant", "Email", "Mobile", "NI", "Visits"]
pyreadstat.write_sav(PEOPLE, HERE / "people.sav", column_labels=LABELS,
                     variable_value_labels={"visits": {4: "Seen by Marguerite Okonkwo-Blythe"}})
pyreadstat.write_sav(NOTES, HERE / "notes-bytecode.sav", row_compress=True)  # SPSS's default
pyreadstat.write_sav(NOTES, HERE / "notes.zsav", compress=True)
pyreadstat.write_por(PEOPLE, HERE / "people.por", column_labels=LABELS)  # SPSS portable
