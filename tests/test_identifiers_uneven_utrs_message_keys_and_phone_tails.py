"""UTRs grouped unevenly, an NHS number as a queue message's key, and a phone's last six
digits beside a sort code."""

from __future__ import annotations

import pytest
from tests.conftest import found


@pytest.mark.parametrize(("line", "number"), [
    ("Taxpayer UTR 7177 777 868 submitted late.", "7177 777 868"),
    ("UTR: 698 183 6553", "698 183 6553"),
])
def test_a_utr_grouped_unevenly_beside_its_name_is_found(line: str, number: str) -> None:
    assert found("notes.md", line + "\n", type_="UK_UTR") == [number]


def test_an_uneven_grouping_with_no_taxpayers_words_is_no_utr() -> None:
    assert found("notes.md", "Order 7177 777 868 shipped.\n", type_="UK_UTR") == []


def test_an_nhs_number_as_a_kafka_messages_key_is_named_by_its_topic() -> None:
    content = ("2026-03-02T10:15:01Z INFO consumer topic=patient-events partition=3 "
               "offset=118 key=4809865347 value=ADMIT\n")
    assert found("consumer.log", content, type_="UK_NHS") == ["4809865347"]


def test_a_records_key_in_json_is_named_by_its_topic() -> None:
    content = '{"topic": "patient-admissions", "key": "5738563913", "partition": 0}\n'
    assert found("record.json", content, type_="UK_NHS") == ["5738563913"]


def test_a_messages_key_on_a_topic_with_no_patients_words_is_no_nhs_number() -> None:
    content = "2026-03-02T10:15:02Z INFO producer sent key=6119692495 topic=orders\n"
    assert found("producer.log", content, type_="UK_NHS") == []


def test_a_phones_last_six_digits_on_a_line_with_a_sort_code_are_the_phones() -> None:
    content = ("RPS-1422,Payment not received,\"Called from 07723 418552, "
               "sort code 20-45-18 acc 41392087\"\n")
    assert found("issues.csv", content, type_="UK_BANK_ACCOUNT") == ["20-45-18", "41392087"]
    assert found("issues.csv", content, type_="PHONE_NUMBER") == ["07723 418552"]
