"""Notebooks: cell sources and outputs are scanned on the raw file's lines, naming the cell."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, Text

EMAIL = "olu.adebayo.4471@gmail.com"


def notebook(*cells: dict[str, Any], indent: int | None = 1) -> str:
    """A notebook as Jupyter writes it (nbformat 4, one-space indent)."""
    doc = {
        "cells": list(cells),
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                    "name": "python3"},
                     "language_info": {"name": "python"}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    return json.dumps(doc, indent=indent) + "\n"


def code(*lines: str, outputs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"cell_type": "code", "execution_count": 1, "metadata": {},
            "outputs": outputs or [], "source": list(lines)}


def markdown(*lines: str) -> dict[str, Any]:
    return {"cell_type": "markdown", "metadata": {}, "source": list(lines)}


def raw_line_of(content: str, needle: str) -> int:
    return next(i for i, line in enumerate(content.splitlines(), start=1) if needle in line)


def texts(content: str | bytes) -> list[Text]:
    data = content.encode() if isinstance(content, str) else content
    parts = extract(Blob("analysis.ipynb", data))
    assert isinstance(parts, list)
    return [p for p in parts if isinstance(p, Text)]


def findings(repo: Repo, cli: Any, content: str) -> list[dict[str, Any]]:
    repo.write("analysis.ipynb", content)
    run = cli("scan", "--format", "json", "analysis.ipynb")
    assert run.code == 1, run.out + run.err
    return [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]


def test_email_in_code_cell_is_reported_on_its_raw_line_naming_the_cell(
        repo: Repo, cli: Any) -> None:
    content = notebook(markdown("# Claims\n", "Read the extract."),
                       code("import pandas as pd\n", f'owner = "{EMAIL}"\n', "print(owner)"))
    [found] = findings(repo, cli, content)
    assert found["line"] == raw_line_of(content, EMAIL)
    assert found["place"] == "cell 2"
    assert EMAIL not in json.dumps(found)


@pytest.mark.parametrize("output", [
    {"name": "stdout", "output_type": "stream", "text": ["rows: 2\n", f"owner={EMAIL}\n"]},
    {"data": {"text/plain": ["  owner\n", f"0 {EMAIL}"]}, "execution_count": 1,
     "metadata": {}, "output_type": "execute_result"},
    {"data": {"text/html": ["<table>\n", f"<tr><td>{EMAIL}</td></tr>\n", "</table>"]},
     "metadata": {}, "output_type": "display_data"},
    {"ename": "ValueError", "evalue": "bad row", "output_type": "error",
     "traceback": ["\u001b[0;31mValueError\u001b[0m Traceback\n",
                   f"\u001b[0;32m----> 1\u001b[0m check(\u001b[43m'{EMAIL}'\u001b[0m)"]},
], ids=["stream", "text-plain", "text-html", "traceback"])
def test_email_in_any_kind_of_output_is_found_in_that_cells_output(
        repo: Repo, cli: Any, output: dict[str, Any]) -> None:
    content = notebook(code("df.head()", outputs=[output]))
    [found] = findings(repo, cli, content)
    assert found["line"] == raw_line_of(content, EMAIL)
    assert found["place"] == "cell 1 output"


def test_traceback_colour_codes_are_removed_so_values_read_whole() -> None:
    content = notebook(code("x", outputs=[{"ename": "E", "evalue": "e", "output_type": "error",
                                           "traceback": [f"\u001b[43m{EMAIL}\u001b[0m"]}]))
    [output] = [t for t in texts(content) if t.place == "cell 1 output"]
    assert EMAIL in output.text and "\x1b" not in output.text


def test_cells_are_read_as_their_language_so_detectors_tell_code_from_prose() -> None:
    content = notebook(markdown("Some **prose**"), code("x = 1"), code("%%sql\n", "SELECT 1"))
    syntax = {t.place: t.syntax for t in texts(content)}
    assert syntax["cell 1"] == "markdown"
    assert syntax["cell 2"] == "python"
    assert syntax["cell 3"] == "sql"


def test_json_escapes_are_decoded_in_place_on_the_same_line() -> None:
    content = notebook(code('name = "caf\u00e9"\n', "y = 2"))
    assert '\\"caf\\u00e9\\"' in content  # escaped in the raw file
    [cell] = [t for t in texts(content) if t.place == "cell 1"]
    assert cell.first_line == raw_line_of(content, "caf")
    assert cell.text.splitlines()[0].strip() == 'name = "caf\u00e9"'


def test_embedded_images_are_not_scanned_as_text() -> None:
    pixels = base64.b64encode(bytes(range(256)) * 8).decode()
    content = notebook(code("plot()", outputs=[{"data": {"image/png": pixels, "text/plain":
                                                         ["<Figure>"]}, "metadata": {},
                                                "output_type": "display_data"}]))
    assert all(pixels[:40] not in t.text for t in texts(content))


def test_notebook_metadata_is_scanned_too(repo: Repo, cli: Any) -> None:
    doc = json.loads(notebook(code("x = 1")))
    doc["metadata"]["authors"] = [{"name": "Analyst", "email": EMAIL}]
    content = json.dumps(doc, indent=1)
    [found] = findings(repo, cli, content)
    assert found["place"] == "notebook metadata"
    assert found["line"] == raw_line_of(content, EMAIL)


def test_an_authors_name_in_the_metadata_is_a_persons_but_a_kernels_is_not(
        repo: Repo, cli: Any) -> None:
    doc = json.loads(notebook(code("x = 1")))
    doc["metadata"]["authors"] = [{"name": "Edward Thistlewood"}]
    content = json.dumps(doc, indent=1)
    repo.write("analysis.ipynb", content)
    run = cli("scan", "--format", "json", "analysis.ipynb")
    assert run.code == 1, run.out + run.err
    [found] = [f for f in run.json["findings"] if f["type"] == "PERSON"]
    assert (found["place"], found["line"]) == ("notebook metadata",
                                               raw_line_of(content, "Thistlewood"))
    assert all(f["line"] != raw_line_of(content, "python3") for f in run.json["findings"])


def test_notebook_on_one_line_reports_line_one_and_the_cell(repo: Repo, cli: Any) -> None:
    content = notebook(code("a = 1\n", f"b = '{EMAIL}'"), indent=None)
    [found] = findings(repo, cli, content)
    assert (found["line"], found["place"]) == (1, "cell 1")


@pytest.mark.parametrize("content", [
    '{"cells": [{"cell_type": "code", "source": ["x = \'' + EMAIL + '\'"]',  # cut short
    '{"nbformat": 4, "note": "' + EMAIL + '"}',  # JSON, but not a notebook
], ids=["truncated", "not-a-notebook"])
def test_broken_notebook_is_still_scanned_as_text(repo: Repo, cli: Any, content: str) -> None:
    [found] = findings(repo, cli, content)
    assert found["line"] == 1


def test_binary_junk_named_ipynb_is_scanned_for_strings(repo: Repo, cli: Any) -> None:
    repo.write("analysis.ipynb", b"\x00\x01\x02" + f"  {EMAIL}  ".encode() + b"\x00\xff")
    run = cli("scan", "--format", "json", "analysis.ipynb")
    assert run.code == 1
    assert run.json["findings"][0]["type"] == "EMAIL_ADDRESS"


def test_a_text_file_attached_to_a_markdown_cell_is_decoded_and_read_on_its_line(
        repo: Repo, cli: Any) -> None:
    cell = markdown("See the attached list ![x](attachment:people.csv)")
    listed = base64.b64encode(f"name,email\nOlu,{EMAIL}\n".encode()).decode()
    picture = base64.b64encode(b"\x89PNG\r\n\x1a\n not text").decode()
    cell["attachments"] = {"people.csv": {"text/csv": listed},
                           "shot.png": {"image/png": picture}}
    content = notebook(cell)
    parts = extract(Blob("n.ipynb", content.encode()))
    assert isinstance(parts, list)
    [attached] = [t for t in parts if isinstance(t, Text) and t.place == "cell 1 attachment"]
    assert f"name,email Olu,{EMAIL}" in attached.text
    repo.write("n.ipynb", content)
    run = cli("scan", "--format", "json", "n.ipynb")
    [found] = [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]
    assert found["place"] == "cell 1 attachment" and found["line"] == raw_line_of(content, listed)


def _screenshot() -> str:
    """A pasted screenshot of a case record, base64 as Jupyter stores an attachment."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("RGB", (1100, 200), "white")
    draw = ImageDraw.Draw(im)
    draw.text((30, 60), f"Email address: {EMAIL}", fill="black",
              font=ImageFont.load_default(size=34))
    out = io.BytesIO()
    im.save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


def _with_pasted_screenshot() -> str:
    cell = markdown("Case record as shown: ![shot](attachment:image.png)")
    cell["attachments"] = {"image.png": {"image/png": _screenshot()}}
    return notebook(cell, code("x = 1"))


def test_a_screenshot_pasted_into_a_markdown_cell_is_read_by_ocr(repo: Repo, cli: Any) -> None:
    repo.write("case.ipynb", _with_pasted_screenshot())
    run = cli("scan", "--format", "json", "case.ipynb")
    assert run.code == 1
    [found] = [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]
    assert found["place"] == "cell 1 attachment image.png, text in image (OCR)"


@pytest.mark.usefixtures("no_tesseract")
def test_without_tesseract_a_pasted_screenshot_is_not_scanned_and_blocks(
        repo: Repo, cli: Any) -> None:
    repo.write("case.ipynb", _with_pasted_screenshot())
    run = cli("scan", "--format", "json", "case.ipynb")
    assert run.code == 2
    [problem] = run.json["not_scanned"]
    assert problem["reason"].startswith("cell 1 attachment image.png: not checked for text: "
                                        "tesseract is not installed")


def test_an_output_plot_is_still_left_out(repo: Repo, cli: Any) -> None:
    plot = {"output_type": "display_data", "metadata": {},
            "data": {"image/png": _screenshot(), "text/plain": ["<Figure>"]}}
    repo.write("plot.ipynb", notebook(code("plot()", outputs=[plot])))
    run = cli("scan", "--format", "json", "plot.ipynb")
    assert run.code == 0 and not run.json["not_scanned"]


def _raw_span(content: str, found: dict[str, Any]) -> str:
    assert found["line"] == found["end_line"]
    line = content.splitlines()[found["line"] - 1]
    return line[found["column"] - 1:found["end_column"] - 1]


@pytest.mark.parametrize("cell", [
    code('print(\\"a\\tb\\", \\"caf\u00e9\\", ' + f"'to: {EMAIL}')\n"),
    markdown(f'Contact "Jane" at {EMAIL}, not \\\\ "him"'),
    code("x", outputs=[{"name": "stdout", "output_type": "stream",
                        "text": [f'\u001b[31mred\u001b[0m "q"\r\n{EMAIL}\r\n']}]),
    code("x", outputs=[{"name": "stdout", "output_type": "stream",
                        "text": [f'\u001b[31mred\u001b[0m "q" {EMAIL} \u001b[0m"']}]),
    {**markdown("notes"), "metadata": {"reviewer_note": f'"hi" \U0001F600 {EMAIL}'}},
], ids=["code-after-escaped-quotes", "markdown", "output-crlf", "output-colour", "metadata"])
def test_a_finding_after_escapes_points_at_its_raw_column(
        repo: Repo, cli: Any, cell: dict[str, Any]) -> None:
    # The raw line spells \" and \u00e9 in more characters than the cell's text has: the
    # finding's columns still pick the value out of the raw line.
    content = notebook(cell)
    [found] = findings(repo, cli, content)
    assert _raw_span(content, found) == EMAIL


def test_a_list_items_line_break_moves_no_other_item_on_its_raw_line() -> None:
    # On one line, each item's escaped line break lies between it and the next item: the
    # text's shifts (from an offset on, how much further right the raw column is) run in
    # order, so every offset has one.
    printed = {"name": "stdout", "output_type": "stream", "text": [f"to {EMAIL}\n", "done\n"]}
    [*_, output] = texts(notebook(code("send()\n", outputs=[printed]), indent=None))
    offsets = [offset for offset, _ in output.shifts]
    assert offsets == sorted(offsets)


@pytest.mark.parametrize(("title", "expected"), [
    ("OFFICIAL-SENSITIVE", ["OFFICIAL-SENSITIVE"]),
    ("Farm visits - OFFICIAL-SENSITIVE", ["OFFICIAL-SENSITIVE"]),
    ("Handling OFFICIAL-SENSITIVE data", []),
])
def test_a_marking_in_a_notebooks_title_marks_it(repo: Repo, cli: Any, title: str,
                                                 expected: list[str]) -> None:
    doc = json.loads(notebook(markdown("# Farm visits\n", "Summary of the visits.")))
    doc["metadata"]["title"] = title
    content = json.dumps(doc, indent=1) + "\n"
    repo.write("analysis.ipynb", content)
    run = cli("scan", "--format", "json", "analysis.ipynb")
    marks = [f for f in run.json["findings"] if f["kind"] == "marking"]
    assert [f["masked"] for f in marks] == expected
    assert all((f["line"], f["place"]) == (raw_line_of(content, '"title"'), "notebook metadata")
               for f in marks)


def test_a_notebook_tagged_with_its_marking_is_marked(repo: Repo, cli: Any) -> None:
    doc = json.loads(notebook(markdown("# Farm visits\n", "Summary of the visits.")))
    doc["metadata"]["tags"] = ["grants", "OFFICIAL-SENSITIVE"]
    content = json.dumps(doc, indent=1) + "\n"
    repo.write("analysis.ipynb", content)
    run = cli("scan", "--format", "json", "analysis.ipynb")
    assert [(f["line"], f["place"]) for f in run.json["findings"] if f["kind"] == "marking"] \
        == [(raw_line_of(content, '"OFFICIAL-SENSITIVE"'), "notebook metadata")]


def _with_widgets(model: str, state: dict[str, Any]) -> str:
    """A notebook whose saved widget state holds one widget: its model and its state."""
    doc = json.loads(notebook(code("import ipywidgets as w\n", "w.VBox(shown)")))
    doc["metadata"]["widgets"] = {"application/vnd.jupyter.widget-state+json": {
        "state": {"6f1c" * 8: {"model_module": "@jupyter-widgets/controls",
                               "model_name": model, "state": state}},
        "version_major": 2, "version_minor": 0}}
    return json.dumps(doc, indent=1) + "\n"


@pytest.mark.parametrize(("state", "expected"), [
    ({"value": "OFFICIAL-SENSITIVE", "description": ""}, ["OFFICIAL-SENSITIVE"]),
    ({"value": "", "description": "SECRET"}, ["SECRET"]),
    ({"_options_labels": ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"], "index": 0,
      "description": "Classification"}, []),
    ({"value": "", "description": "Secret key", "placeholder": "Paste it here"}, []),
])
def test_a_marking_a_saved_widget_shows_marks_the_notebook(
        repo: Repo, cli: Any, state: dict[str, Any], expected: list[str]) -> None:
    # A label's value, a control's description: what the widget shows its reader, kept in
    # the notebook's metadata. A dropdown's list of levels is its options, not a marking.
    content = _with_widgets("LabelModel", state)
    repo.write("analysis.ipynb", content)
    run = cli("scan", "--format", "json", "analysis.ipynb")
    marks = [f for f in run.json["findings"] if f["kind"] == "marking"]
    assert [f["masked"] for f in marks] == expected
    assert all(f["place"] == "notebook widgets" for f in marks)
