"""A GOV.UK summary list written as its Nunjucks macro: each row's value is named by its
key's text, however the row is laid out."""

from __future__ import annotations

from tests.conftest import found

PAGE = """{{% from "govuk/components/summary-list/macro.njk" import govukSummaryList %}}
{{{{ govukSummaryList({{
  rows: [
    {{
      key: {{
        text: "{label}"
      }},
      value: {{
        text: "3 March 1985"
      }}
    }},
    {{
      key: {{ text: "Submitted" }},
      value: {{ text: "12 March 2024" }}
    }}
  ]
}}) }}}}
"""


def test_a_rows_value_is_named_by_its_keys_text_on_the_lines_above() -> None:
    content = PAGE.format(label="Date of birth")
    assert found("check-answers.njk", content, type_="DATE_OF_BIRTH") == ["3 March 1985"]


def test_a_row_whose_key_names_another_date_stays_quiet() -> None:
    content = PAGE.format(label="Date of application")
    assert found("check-answers.njk", content, type_="DATE_OF_BIRTH") == []
