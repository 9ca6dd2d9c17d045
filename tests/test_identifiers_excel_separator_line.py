"""A CSV that Excel saved with its separator named on the first line (``sep=;``)."""

from __future__ import annotations

import pytest
from tests.conftest import found


@pytest.mark.parametrize("content", [
    "sep=;\nCRN;DOB;Mobile\n1101234567;12/04/1985;07911123456\n",
    "\ufeffsep=,\r\nCRN,DOB,Mobile\r\n1101234567,12/04/1985,07911123456\r\n",
    "SEP=|\nCRN|DOB|Mobile\n1101234567|12/04/1985|07911123456\n",
])
def test_the_row_under_the_separator_line_is_the_header(content: str) -> None:
    assert found("export.csv", content) == ["1101234567", "12/04/1985", "07911123456"]


def test_a_first_cell_that_only_starts_with_sep_is_a_header_cell() -> None:
    content = "sep=x;crn\nA;1101234567\n"
    assert found("export.csv", content, type_="DEFRA_CRN") == ["1101234567"]
