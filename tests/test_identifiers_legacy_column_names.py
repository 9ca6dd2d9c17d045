"""A legacy system's abbreviated column names (POST_CD, NHSNUM, BRTH_DT) name their values."""

from __future__ import annotations

import pytest
from tests.conftest import found


@pytest.mark.parametrize(("column", "value", "type_"), [
    ("POST_CD", "HG29AL", "UK_POSTCODE"),
    ("NHSNUM", "6119692495", "UK_NHS"),
    ("BRTH_DT", "1985-03-03", "DATE_OF_BIRTH"),
])
def test_an_abbreviated_column_names_its_values(column: str, value: str, type_: str) -> None:
    content = f"PAT_ID,{column}\n17,{value}\n"
    assert found("extract.csv", content, type_=type_) == [value]


@pytest.mark.parametrize(("column", "value", "type_"), [
    ("PRODCODE", "HG29AL", "UK_POSTCODE"),
    ("ORDERNUM", "6119692495", "UK_NHS"),
    ("SHIP_DT", "1985-03-03", "DATE_OF_BIRTH"),
])
def test_another_columns_abbreviation_names_nothing(column: str, value: str, type_: str) -> None:
    content = f"PAT_ID,{column}\n17,{value}\n"
    assert found("extract.csv", content, type_=type_) == []
