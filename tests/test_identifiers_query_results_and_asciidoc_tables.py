"""A database client's result pasted into prose (psql's rule, the MySQL client's borders)
and an AsciiDoc table: each cell is named by its column's header."""

from __future__ import annotations

from tests.conftest import found

PSQL = (
    "Query output from staging:\n\n```\n"
    " customer_id | nhs_number |    dob     | created_at | order_ref\n"
    "-------------+------------+------------+------------+------------\n"
    "          17 | 4809865347 | 1985-03-03 | 2024-03-12 | 5738563913\n"
    "          18 | 6119692495 | 1979-11-21 | 2024-03-13 | 4259235788\n"
    "(2 rows)\n```\n"
)

MYSQL = (
    "mysql> SELECT id, nhs_number, dob, created FROM patients LIMIT 2;\n"
    "+----+------------+------------+------------+\n"
    "| id | nhs_number | dob        | created    |\n"
    "+----+------------+------------+------------+\n"
    "|  1 | 4809865347 | 1985-03-03 | 2024-03-12 |\n"
    "|  2 | 6119692495 | 1979-11-21 | 2024-03-13 |\n"
    "+----+------------+------------+------------+\n"
    "2 rows in set (0.00 sec)\n"
)

ADOC = (
    "= Test data\n[cols=\"1,1,1\"]\n|===\n|Ref |NHS number |Date of birth\n\n"
    "|A1 |480 986 5347 |03/03/1985\n"
    "|A2 |611 969 2495 |21/11/1979\n"
    "|===\n"
)


def test_a_psql_results_cells_are_named_by_their_columns() -> None:
    assert found("runbook.md", PSQL, type_="UK_NHS") == ["4809865347", "6119692495"]
    assert found("runbook.md", PSQL, type_="DATE_OF_BIRTH") == ["1985-03-03", "1979-11-21"]


def test_a_mysql_clients_cells_are_named_by_their_columns() -> None:
    assert found("session.txt", MYSQL, type_="UK_NHS") == ["4809865347", "6119692495"]
    assert found("session.txt", MYSQL, type_="DATE_OF_BIRTH") == ["1985-03-03", "1979-11-21"]


def test_an_asciidoc_tables_rows_are_named_by_its_header_row() -> None:
    assert found("guide.adoc", ADOC, type_="UK_NHS") == ["480 986 5347", "611 969 2495"]
    assert found("guide.adoc", ADOC, type_="DATE_OF_BIRTH") == ["03/03/1985", "21/11/1979"]


def test_a_query_results_other_columns_stay_quiet() -> None:
    content = PSQL.replace(" nhs_number ", " invoice_no ").replace("    dob     ",
                                                                     "  shipped   ")
    assert found("runbook.md", content, kind="personal-data") == []


GRID = (
    "+--------+-------------+\n"
    "| name   | {column} |\n"
    "+========+=============+\n"
    "| A      | 4809865347  |\n"
    "+--------+-------------+\n"
    "| B      | 6119692495  |\n"
    "+--------+-------------+\n"
)


def test_a_grid_tables_rows_are_named_by_its_header_past_the_borders_between_them() -> None:
    content = GRID.format(column="nhs_number ")
    assert found("patients.rst", content, type_="UK_NHS") == ["4809865347", "6119692495"]


def test_a_grid_tables_row_above_a_border_is_no_header() -> None:
    content = GRID.format(column="invoice_no ")
    assert found("invoices.rst", content, kind="personal-data") == []
