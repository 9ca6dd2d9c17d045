"""An HTML table written a cell to a line (a saved Confluence page, a hand-written mockup):
each cell is read under its own column, counted from its row's ``<tr>``; and a table of
labels and values, with no header naming its columns, gives the value each label names."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill

_HEADER_A_CELL_TO_A_LINE = """<table class="confluenceTable">
<tbody>
<tr>
<th>System</th>
<th>Username</th>
<th>Password</th>
</tr>
<tr>
<td>Grafana</td>
<td>{user}</td>
<td>{pw}</td>
</tr>
</tbody>
</table>
"""
_LABELS_A_CELL_TO_A_LINE = """<table>
<tr>
<td>Username</td>
<td>{user}</td>
</tr>
<tr>
<td>Password</td>
<td>{pw}</td>
</tr>
</table>
"""
_LABELS_ON_ONE_LINE = """<table>
<tr><th>Setting</th><th>Value</th></tr>
<tr><td>Username</td><td>{user}</td></tr>
<tr><td>Password</td><td>{pw}</td></tr>
</table>
"""


def _found(content: str) -> list[tuple[str, str]]:
    return sorted((f.type, raw(content, f)) for f in scanned("runbook.html", content)
                  if f.kind != "marking")


@pytest.mark.parametrize("template", [
    _HEADER_A_CELL_TO_A_LINE, _LABELS_A_CELL_TO_A_LINE, _LABELS_ON_ONE_LINE])
def test_a_cell_to_a_line_or_a_label_s_row_gives_its_password_and_user(template: str) -> None:
    content = fill(template)
    assert _found(content) == sorted([("PASSWORD", fill("{pw}")), ("USERNAME", fill("{user}"))])


def test_the_first_cell_of_a_row_a_cell_to_a_line_is_not_read_under_the_last_header() -> None:
    content = fill(_HEADER_A_CELL_TO_A_LINE)
    assert "Grafana" not in [value for _, value in _found(content)]


@pytest.mark.parametrize("label, value", [
    ("Password policy", "At least 12 characters"),
    ("Password", "Ask the platform team"),
    ("Token", "{{{{ vault_token }}}}"),
    ("Password", "********"),
    ("System", "Tq7vB2xLm9WkPz"),
])
def test_a_label_s_row_of_policy_prose_placeholders_or_other_names_is_quiet(
        label: str, value: str) -> None:
    for template in ("<table>\n<tr>\n<td>{label}</td>\n<td>{value}</td>\n</tr>\n</table>\n",
                     "<table>\n<tr><td>{label}</td><td>{value}</td></tr>\n</table>\n"):
        assert _found(fill(template.format(label=label, value=value))) == []
