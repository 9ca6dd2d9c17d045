"""Power BI reports: a text box's words read as the page shows them, in a project's visual
files, its report.json, and a .pbix's Report/Layout; the rest of the report as JSON."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import handler_for

EMAIL = "r.okoro.5521@gmail.com"


def text_box(*paragraphs: list[str]) -> dict[str, Any]:
    """A text box's settings as Power BI writes them: paragraphs of runs."""
    return {"general": [{"properties": {"paragraphs": [
        {"textRuns": [{"value": run} for run in runs]} for runs in paragraphs]}}]}


def visual(*paragraphs: list[str]) -> str:
    """A visual's file in a project saved in the enhanced report format (PBIR)."""
    return json.dumps({"name": "a1b2", "position": {"x": 10, "y": 0},
                       "visual": {"visualType": "textbox", "objects": text_box(*paragraphs)}},
                      indent=2) + "\n"


def legacy(*paragraphs: list[str]) -> str:
    """A report.json (or a .pbix's Report/Layout): each visual's settings a JSON string."""
    config = json.dumps({"name": "a1b2", "singleVisual": {"visualType": "textbox",
                                                          "objects": text_box(*paragraphs)}})
    return json.dumps({"sections": [{"displayName": "Overview", "visualContainers": [
        {"x": 10, "y": 0, "config": config}]}]}, indent=2) + "\n"


VISUAL = "Claims.Report/definition/pages/p1/visuals/a1b2/visual.json"


def marks(run: Any) -> list[tuple[int, str | None]]:
    return [(f["line"], f.get("place")) for f in run.json["findings"] if f["kind"] == "marking"]


def test_only_a_reports_files_are_read_as_power_bi() -> None:
    assert handler_for(VISUAL) == handler_for("Claims.Report/report.json") \
        == handler_for("Report/Layout") == "safecommit.extract.powerbi"
    assert handler_for("config/visual.json") is None and handler_for("Layout") is None


def test_a_marking_typed_into_a_visuals_text_box_is_one_on_its_raw_line(repo: Repo,
                                                                         cli: Any) -> None:
    content = visual(["OFFICIAL-SENSITIVE"])
    repo.write(VISUAL, content)
    run = cli("scan", "--format", "json", VISUAL)
    line = next(i for i, said in enumerate(content.splitlines(), 1) if "OFFICIAL" in said)
    assert marks(run) == [(line, "text box")]


def test_a_text_box_in_a_legacy_report_or_a_pbix_is_read_too(repo: Repo, cli: Any) -> None:
    repo.write("Claims.Report/report.json", legacy(["OFFICIAL", "-SENSITIVE"]))
    run = cli("scan", "--format", "json", "Claims.Report/report.json")
    assert [place for _, place in marks(run)] == ["text box"]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("Report/Layout", legacy(["OFFICIAL-SENSITIVE"]).encode("utf-16-le"))
    repo.write("reports/claims.pbix", out.getvalue())
    run = cli("scan", "--format", "json", "reports/claims.pbix")
    assert [place for _, place in marks(run)] == ["Report/Layout, text box"]


@pytest.mark.parametrize("paragraphs", [
    [["Guidance on handling OFFICIAL-SENSITIVE data"]],
    [["Filter by level:"], ["OFFICIAL"], ["OFFICIAL-SENSITIVE"], ["SECRET"]],
])
def test_a_text_box_that_only_mentions_markings_is_not_one(
        repo: Repo, cli: Any, paragraphs: list[list[str]]) -> None:
    repo.write(VISUAL, visual(*paragraphs))
    run = cli("scan", "--format", "json", VISUAL)
    assert run.json["findings"] == []


def test_personal_data_in_a_text_box_is_reported_once(repo: Repo, cli: Any) -> None:
    repo.write(VISUAL, visual(["Questions to ", EMAIL]))
    run = cli("scan", "--format", "json", VISUAL)
    assert [(f["type"], f.get("place")) for f in run.json["findings"]] \
        == [("EMAIL_ADDRESS", "text box")]


def titled(title: str, shape: str | None = None) -> dict[str, Any]:
    """A visual's title and a shape's words as Power BI writes them: literals, quoted."""
    def literal(words: str) -> list[dict[str, Any]]:
        quoted = "'" + words.replace("'", "''") + "'"
        return [{"properties": {"text": {"expr": {"Literal": {"Value": quoted}}}}}]
    return {"title": literal(title), **({"text": literal(shape)} if shape else {})}


def test_a_marking_as_a_visuals_title_or_a_shapes_words_is_read(repo: Repo, cli: Any) -> None:
    content = json.dumps({"name": "c3d4", "visual": {
        "visualType": "shape", "objects": titled("Claims by region", "OFFICIAL-SENSITIVE"),
        "visualContainerObjects": titled("OFFICIAL-SENSITIVE [PERSONAL]")}}, indent=2) + "\n"
    repo.write(VISUAL, content)
    run = cli("scan", "--format", "json", VISUAL)
    rows = content.splitlines()
    assert sorted(marks(run)) == [
        (i, "text box") for i, said in enumerate(rows, 1) if "OFFICIAL" in said]
    config = json.dumps({"name": "c3d4", "singleVisual": {
        "visualType": "barChart", "vcObjects": titled("OFFICIAL-SENSITIVE")}})
    repo.write("Claims.Report/report.json", json.dumps({"sections": [
        {"displayName": "Overview", "visualContainers": [{"config": config}]}]}, indent=2))
    run = cli("scan", "--format", "json", "Claims.Report/report.json")
    assert [place for _, place in marks(run)] == ["text box"]


def test_a_visual_title_that_only_mentions_a_marking_is_not_one(repo: Repo, cli: Any) -> None:
    content = json.dumps({"name": "c3d4", "visual": {
        "visualType": "barChart",
        "visualContainerObjects": titled("Records held as OFFICIAL-SENSITIVE by month")}})
    repo.write(VISUAL, content)
    run = cli("scan", "--format", "json", VISUAL)
    assert marks(run) == []


def test_a_page_named_for_its_marking_marks_the_report(repo: Repo, cli: Any) -> None:
    page = "Claims.Report/definition/pages/p1/page.json"
    repo.write(page, json.dumps({"name": "p1", "displayName": "OFFICIAL-SENSITIVE",
                                 "height": 720, "width": 1280}, indent=2) + "\n")
    run = cli("scan", "--format", "json", page)
    assert marks(run) == [(3, "page name")]


def test_pages_named_for_each_level_are_a_register_not_a_marking(repo: Repo, cli: Any) -> None:
    sections = [{"displayName": level, "visualContainers": []}
                for level in ("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET")]
    repo.write("Levels.Report/report.json", json.dumps({"sections": sections}, indent=2))
    run = cli("scan", "--format", "json", "Levels.Report/report.json")
    assert marks(run) == []


@pytest.mark.parametrize(("title", "shape"), [
    ("Claims received by region and month", "OFFICIAL-SENSITIVE"),
    ("OFFICIAL-SENSITIVE", "Claims received by region and month"),
])
def test_a_legacy_visuals_title_and_shape_text_are_read_apart(repo: Repo, cli: Any,
                                                              title: str, shape: str) -> None:
    # A legacy visual's settings are one string on one line: its title and its shape's
    # words are apart on the page, not one line of prose.
    config = json.dumps({"name": "c3d4", "singleVisual": {
        "visualType": "shape", "objects": titled("", shape), "vcObjects": titled(title)}})
    repo.write("Claims.Report/report.json", json.dumps({"sections": [
        {"displayName": "Overview", "visualContainers": [{"config": config}]}]}, indent=2))
    run = cli("scan", "--format", "json", "Claims.Report/report.json")
    assert [place for _, place in marks(run)] == ["text box"]
