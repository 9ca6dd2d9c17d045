"""A sort code labelled "sort" alone, UTRs grouped unevenly, and an NHS number as a queue
message's key."""

from __future__ import annotations

import pytest
from tests.conftest import found


@pytest.mark.parametrize(("line", "code"), [
    ("Payment details: sort 204518, account 41392087.", "204518"),
    ("Refund to sort 20-45-18, acc 41392087", "20-45-18"),
    ("SORT 204518 a/c 41392087", "204518"),
    ("Bank: Barclays sort 204518 acc no. 41392087", "204518"),
    ("sort 204518 41392087", "204518"),
])
def test_six_digits_after_sort_then_an_account_number_are_a_sort_code(line: str,
                                                                      code: str) -> None:
    assert code in found("refund.md", line + "\n", type_="UK_BANK_ACCOUNT")


@pytest.mark.parametrize("line", [
    "Benchmark: sort 100000 rows in 2.1s",
    "sort 204518 entries then merge them",
    "Sort accounts: sort 100000 account records by balance in 2.1 s.",
    "The bank account service can sort 250000 rows a second.",
])
def test_six_digits_after_sort_with_no_account_number_after_them_are_a_count(
        line: str) -> None:
    assert found("bench.md", line + "\n", type_="UK_BANK_ACCOUNT") == []


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
