"""An HTML table's credential columns (a saved page's, a notebook's DataFrame output): a
header's <th> names each column, or a row's own <th> names the value beside it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secrets_support import FAKES, scan

_ROWS = """<table>
  <tr><th>Environment</th><th>Username</th><th>Password</th></tr>
  <tr><td>dev</td><td>{person}</td><td>{pw}</td></tr>
</table>
"""
_ONE_LINE = ('<table border="1" class="dataframe"><thead><tr><th></th><th>username</th>'
             '<th>password</th></tr></thead><tbody><tr><th>0</th><td>{person}</td>'
             '<td>{pw}</td></tr></tbody></table>\n')
_CONFLUENCE = ('<table class="confluenceTable"><tbody>\n<tr><th class="confluenceTh"><p>'
               'Environment</p></th><th class="confluenceTh"><p>Username</p></th>'
               '<th class="confluenceTh"><p>Password</p></th></tr>\n<tr><td class="confluenceTd">'
               '<p>dev</p></td><td class="confluenceTd"><p>{person}</p></td>'
               '<td class="confluenceTd"><p><code>{pw}</code></p></td></tr>\n</tbody></table>\n')
_SIDEWAYS = """<table>
<tr><th>Username</th><td>{person}</td></tr>
<tr><th>Password</th><td>{pw}</td></tr>
</table>
"""


def _found(cli: Any, tmp_path: Path, name: str, content: str) -> list[tuple[int, str]]:
    return sorted((f["line"], f["type"]) for kind in ("secret", "personal-data")
                  for f in scan(cli, tmp_path, name, content, kind=kind))


@pytest.mark.parametrize("content, lines", [(_ROWS, (3, 3)), (_ONE_LINE, (1, 1)),
                                            (_SIDEWAYS, (2, 3)), (_CONFLUENCE, (3, 3))])
def test_an_html_table_s_credential_columns_are_reported(
        cli: Any, tmp_path: Path, content: str, lines: tuple[int, int]) -> None:
    assert _found(cli, tmp_path, "page.html", content.format(**FAKES)) == sorted(
        [(lines[0], "USERNAME"), (lines[1], "PASSWORD")])


def test_a_notebook_s_dataframe_output_is_read_as_a_table(cli: Any, tmp_path: Path) -> None:
    output = {"data": {"text/html": [_ONE_LINE.format(**FAKES)]}, "execution_count": 1,
              "metadata": {}, "output_type": "execute_result"}
    notebook = {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {},
                           "source": ["df.head()"], "outputs": [output]}],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    found = scan(cli, tmp_path, "users.ipynb", json.dumps(notebook, indent=1))
    assert [f["type"] for f in found] == ["PASSWORD"]


@pytest.mark.parametrize("content", [
    "<table>\n<tr><th>Password</th><td><input type=\"password\" name=\"pw\"></td></tr>\n"
    "<tr><th>Password</th><td>Stored in Key Vault</td></tr>\n</table>\n",
    "<table><tr><th>Name</th><th>Password policy</th></tr>"
    "<tr><td>x</td><td>Minimum12chars</td></tr></table>\n",
    "<table><tr><th>Setting</th><th>Token lifetime</th></tr>"
    "<tr><td>access</td><td>3600s</td></tr></table>\n",
    "<table>\n<tr><th>Username</th><th>Password</th></tr>\n</table>\n"
    "<table>\n<tr><td>Tq7vB2xLm9Wk</td><td>Tq7vB2xLm9Wk</td></tr>\n</table>\n",
])
def test_an_html_table_s_other_columns_or_placeholders_are_quiet(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert _found(cli, tmp_path, "page.html", content) == []
