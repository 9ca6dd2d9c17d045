"""Protective markings at the head of files the syntax table reads as text: a Lisp's ``;;``
comments, a Stata or SAS script's ``*`` lines, COBOL's ``*>`` and its fixed form's comment
column are a source file's head comment; the code below them (a string it compares or
assigns) is not a marking. An XML comment just inside the root element heads the document,
and Azure DevOps' work item export keeps a classification as a named field over its value."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content"), [
    ("src/holdings/reconcile.clj", ";; OFFICIAL-SENSITIVE\n;; Holdings reconciliation.\n"
     "(ns defra.holdings.reconcile)\n(defn normalise [cph] cph)\n"),
    ("src/holdings/core.cljs", ";;;; OFFICIAL-SENSITIVE - do not share outside the team\n"
     "(ns defra.holdings.core)\n"),
    ("analysis/clean.do", "* OFFICIAL-SENSITIVE\n* Clean the survey extract.\n"
     'use "survey.dta", clear\n'),
    ("analysis/clean.sas", "* OFFICIAL-SENSITIVE;\ndata work.survey; set raw.survey; run;\n"),
    ("batch/grantpay.cbl", "      *> OFFICIAL-SENSITIVE\n       IDENTIFICATION DIVISION.\n"
     "       PROGRAM-ID. GRANTPAY.\n"),
    ("batch/grantpay.cob", "      * OFFICIAL-SENSITIVE\n       IDENTIFICATION DIVISION.\n"
     "       PROGRAM-ID. GRANTPAY.\n"),
    ("batch/grantpay.cbl", "000100*OFFICIAL-SENSITIVE\n000200 IDENTIFICATION DIVISION.\n"
     "000300 PROGRAM-ID. GRANTPAY.\n"),
])
def test_a_marking_heading_a_script_the_syntax_table_reads_as_text_marks_it(
        name: str, content: str) -> None:
    assert markings(name, content) == [(1, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("name", "content"), [
    # Stata code that recodes a column of levels: a string it compares, not its marking
    ("analysis/recode.do", "* Recode the marking column.\n"
     'replace marking = "OFFICIAL-SENSITIVE" if marking == "OS"\n'),
    ("analysis/recode.sas", "* Recode the marking column;\ndata work.docs; set raw.docs;\n"
     "  classification = 'OFFICIAL-SENSITIVE';\nrun;\n"),
    ("src/marking/levels.clj", ";; Levels the classifier knows.\n(ns defra.marking.levels)\n"
     '(def levels ["OFFICIAL" "OFFICIAL-SENSITIVE" "SECRET" "TOP SECRET"])\n'),
    ("batch/chkmark.cbl", "      *> Checks the marking field against the permitted levels.\n"
     "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. CHKMARK.\n"
     '       01 WS-MARK PIC X(20) VALUE "OFFICIAL-SENSITIVE".\n'),
])
def test_code_in_those_scripts_that_handles_levels_is_not_a_marking(
        name: str, content: str) -> None:
    assert markings(name, content) == []


@pytest.mark.parametrize(("content", "line"), [
    ('<?xml version="1.0"?>\n<report>\n  <!-- OFFICIAL-SENSITIVE -->\n'
     "  <title>Inspection summary</title>\n  <row><county>Kent</county></row>\n</report>\n", 3),
    ('<?xml version="1.0"?>\n<report xmlns="urn:defra:inspections"\n'
     '        version="2">\n  <!--\n    OFFICIAL-SENSITIVE\n  -->\n'
     "  <row><county>Kent</county></row>\n</report>\n", 5),
    ('<?xml version="1.0"?>\n<report>\n  <row><county>Kent</county></row>\n'
     "  <!-- OFFICIAL-SENSITIVE -->\n</report>\n", 4),
])
def test_a_comment_just_inside_the_root_element_heads_an_xml_document(
        content: str, line: int) -> None:
    assert markings("exports/inspections.xml", content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    # a comment among the records, under the first of them: a note on a record
    '<report>\n  <row><county>Kent</county></row>\n  <!-- OFFICIAL-SENSITIVE -->\n'
    "  <row><county>Devon</county></row>\n</report>\n",
    # a schema's comment listing the values a field allows
    "<schema>\n  <!-- Allowed values: OFFICIAL, OFFICIAL-SENSITIVE, SECRET -->\n"
    '  <enum name="marking"><value>OFFICIAL</value></enum>\n</schema>\n',
])
def test_an_xml_comment_among_records_or_listing_levels_is_not_a_marking(content: str) -> None:
    assert markings("exports/inspections.xml", content) == []


def test_an_azure_devops_work_item_field_over_its_value_is_a_classification_field() -> None:
    content = ('<WorkItems>\n  <WorkItem Id="4821">\n'
               '    <Field Name="System.Title" RefName="System.Title">\n'
               "      <Value>Migrate grant payments batch</Value>\n    </Field>\n"
               '    <Field Name="Custom.Classification" RefName="Custom.Classification">\n'
               "      <Value>OFFICIAL-SENSITIVE</Value>\n    </Field>\n"
               "  </WorkItem>\n</WorkItems>\n")
    assert markings("exports/workitems.xml", content) == [(7, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    # a register: one work item for each level
    "<WorkItems>\n" + "".join(
        f'  <WorkItem Id="{n}">\n    <Field Name="Custom.Classification">\n'
        f"      <Value>{level}</Value>\n    </Field>\n  </WorkItem>\n"
        for n, level in enumerate(["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"])) + "</WorkItems>\n",
    # a process template's field and the values it allows
    '<witd>\n  <FIELD name="Classification" refname="Custom.Classification" type="String">\n'
    '    <ALLOWEDVALUES>\n      <LISTITEM value="OFFICIAL" />\n'
    '      <LISTITEM value="OFFICIAL-SENSITIVE" />\n    </ALLOWEDVALUES>\n  </FIELD>\n</witd>\n',
    # another field's value under a field named for something else
    '<WorkItems>\n  <WorkItem Id="1">\n    <Field Name="System.Title">\n'
    "      <Value>Secret rotation</Value>\n    </Field>\n  </WorkItem>\n</WorkItems>\n",
])
def test_work_item_registers_and_templates_are_not_markings(content: str) -> None:
    assert markings("exports/workitems.xml", content) == []


def test_a_jest_snapshot_of_a_banner_is_a_tests_output_not_a_marking() -> None:
    content = ("// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n"
               "exports[`banner shows its level 1`] = `\n<div class=\"banner\">\n"
               "  OFFICIAL-SENSITIVE\n</div>\n`;\n")
    assert markings("src/__snapshots__/banner.test.js.snap", content) == []


def test_a_jest_snapshot_headed_by_a_marking_still_marks() -> None:
    content = "// OFFICIAL-SENSITIVE\n\nexports[`case summary 1`] = `<p>Kent</p>`;\n"
    assert markings("src/__snapshots__/case.test.js.snap", content) == [
        (1, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("content", "line"), [
    ('{\n  // OFFICIAL-SENSITIVE\n  "editor.tabSize": 2\n}\n', 2),
    ('{\n  "compilerOptions": {"strict": true}\n  // OFFICIAL-SENSITIVE\n}\n', 3),
])
def test_a_comment_just_inside_a_json_files_object_heads_it(content: str, line: int) -> None:
    assert markings(".vscode/settings.jsonc", content) == [(line, "OFFICIAL-SENSITIVE")]


def test_a_json_comment_among_its_settings_is_not_at_its_head() -> None:
    content = ('{\n  "editor.tabSize": 2,\n  // OFFICIAL-SENSITIVE\n'
               '  "files.exclude": {}\n}\n')
    assert markings(".vscode/settings.jsonc", content) == []
