"""Protective markings: each form a marking takes, each lookalike, each policy setting."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from conftest import Repo
from safecommit.detect.locate import Locator
from safecommit.detect.markings import detect, tier
from safecommit.extract.syntax import syntax_for
from safecommit.model import Finding, Text

GUID = "3f2b6c1e-8d4a-4f0b-9a7e-5c1d2e3f4a5b"


def found(path: str, *lines: str, syntax: str | None = None,
          place: str | None = None) -> list[Finding]:
    text = Text(path, "\n".join(lines) + "\n", syntax or syntax_for(path), place=place)
    return list(detect(Locator(text)))


def markings(path: str, *lines: str, syntax: str | None = None) -> list[tuple[int, str]]:
    return [(f.line, f.value) for f in found(path, *lines, syntax=syntax)]


# --- banners at the top or bottom of a document ----------------------------------------------

@pytest.mark.parametrize(("banner", "marking"), [
    ("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("OFFICIAL SENSITIVE", "OFFICIAL SENSITIVE"),
    ("OFFICIAL\u2013SENSITIVE", "OFFICIAL\u2013SENSITIVE"),
    # a minus sign or a figure dash for the hyphen, spaces either side of it
    ("OFFICIAL\u2212SENSITIVE", "OFFICIAL\u2212SENSITIVE"),
    ("OFFICIAL\u2012SENSITIVE", "OFFICIAL\u2012SENSITIVE"),
    ("OFFICIAL  -  SENSITIVE", "OFFICIAL  -  SENSITIVE"),
    ("**OFFICIAL-SENSITIVE [COMMERCIAL]**", "OFFICIAL-SENSITIVE [COMMERCIAL]"),
    ("OFFICIAL-SENSITIVE [PERSONAL]", "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("OFFICIAL-SENSITIVE [LOCSEN]", "OFFICIAL-SENSITIVE [LOCSEN]"),
    ("OFFICIAL-SENSITIVE: PERSONAL", "OFFICIAL-SENSITIVE: PERSONAL"),
    ("OFFICIAL-SENSITIVE PERSONAL DATA", "OFFICIAL-SENSITIVE PERSONAL DATA"),
    ("OFFICIAL-SENSITIVE - RECIPIENTS ONLY", "OFFICIAL-SENSITIVE - RECIPIENTS ONLY"),
    ("OFFICIAL-SENSITIVE HMG USE ONLY", "OFFICIAL-SENSITIVE HMG USE ONLY"),
    ("SECRET", "SECRET"),
    ("**SECRET**", "SECRET"),
    ("TOP SECRET", "TOP SECRET"),
    ("UK SECRET", "UK SECRET"),
    ("UK TOP SECRET", "UK TOP SECRET"),
    ("**SECRET - UK EYES ONLY**", "SECRET - UK EYES ONLY"),
    ("TOP SECRET UK EYES ONLY", "TOP SECRET UK EYES ONLY"),
    ("TOP SECRET - FIVE EYES ONLY", "TOP SECRET - FIVE EYES ONLY"),
    ("SECRET UK/US EYES ONLY", "SECRET UK/US EYES ONLY"),
    ("=== OFFICIAL-SENSITIVE ===", "OFFICIAL-SENSITIVE"),
    ("[SECRET]", "SECRET"),
    ("> OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    # a bracketed descriptor written in the marking's own case
    ("Official-Sensitive [Personal]", "Official-Sensitive [Personal]"),
    ("official-sensitive [personal]", "official-sensitive [personal]"),
    ("Official Sensitive (Commercial)", "Official Sensitive (Commercial)"),
    # the word written as a descriptor, in its brackets
    ("OFFICIAL (SENSITIVE)", "OFFICIAL (SENSITIVE)"),
    ("Official (Sensitive)", "Official (Sensitive)"),
    ("OFFICIAL (SENSITIVE) [PERSONAL]", "OFFICIAL (SENSITIVE) [PERSONAL]"),
])
@pytest.mark.parametrize("path", ["docs/runbook.md", "notes.txt", "minutes.rst"])
def test_banner_at_top_of_a_document_is_a_marking(path: str, banner: str, marking: str) -> None:
    assert markings(path, banner, "", "# Case review", "", "Actions agreed.") == [(1, marking)]


@pytest.mark.parametrize(("path", "lines"), [
    ("export.csv", ("OFFICIAL-SENSITIVE", "id,status", "1,PAID")),
    ("export.tsv", ("id\tstatus", "1\tPAID", "OFFICIAL-SENSITIVE [COMMERCIAL]\t\t")),
    # a spreadsheet saved as CSV: the banner row keeps the sheet's empty cells
    ("export.csv", ("OFFICIAL-SENSITIVE,,,", "sbi,claim,amount,reason", "1,CL1,1200,dup")),
    ("export.csv", ("sbi;claim", "1;CL1", "SECRET;;")),
])
def test_banner_row_at_the_top_or_bottom_of_a_data_file_is_a_marking(
        path: str, lines: tuple[str, ...]) -> None:
    banner = next(line for line in lines if line.startswith(("OFFICIAL", "SECRET")))
    assert [value for _, value in markings(path, *lines)] == [banner.strip(",;\t ")]


@pytest.mark.parametrize("path", ["docs/notes/standup.md", "notes.txt"])
def test_banner_at_the_bottom_is_a_marking_too(path: str) -> None:
    lines = ["OFFICIAL-SENSITIVE [PERSONAL]", "", "# Stand-up", "", "- Update the runbook", "",
             "OFFICIAL-SENSITIVE [PERSONAL]"]
    assert markings(path, *lines) == [(1, "OFFICIAL-SENSITIVE [PERSONAL]"),
                                      (7, "OFFICIAL-SENSITIVE [PERSONAL]")]


def test_banner_may_carry_more_capitals_after_a_separator() -> None:
    assert markings("memo.txt", "OFFICIAL-SENSITIVE - NOT FOR WIDER CIRCULATION", "",
                    "Body.") == [(1, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("footer", ["OFFICIAL-SENSITIVE    Page 2 of 5",
                                    "OFFICIAL-SENSITIVE | Page 2", "<!-- OFFICIAL-SENSITIVE -->"])
def test_footer_with_a_page_number_or_in_a_comment_is_a_marking(footer: str) -> None:
    assert markings("docs/report.md", "# Report", "", "Body.", "", footer) == \
        [(5, "OFFICIAL-SENSITIVE")]


def test_banner_on_every_page_of_a_long_document_is_found_on_each_page() -> None:
    page = ["OFFICIAL-SENSITIVE", *[f"Paragraph {i}." for i in range(10)]]
    assert [line for line, _ in markings("report.txt", *page, *page)] == [1, 12]


@pytest.mark.parametrize(("banner", "marking"), [
    ("RESTRICTED", "RESTRICTED"),
    ("CONFIDENTIAL", "CONFIDENTIAL"),
    ("PROTECT - PERSONAL", "PROTECT - PERSONAL"),
    ("UK RESTRICTED", "UK RESTRICTED"),
    ("**RESTRICTED - COMMERCIAL**", "RESTRICTED - COMMERCIAL"),
])
def test_legacy_marking_in_banner_position_is_a_marking(banner: str, marking: str) -> None:
    assert markings("docs/old-memo.md", banner, "", "Body text.") == [(1, marking)]


def test_heading_that_is_a_marking_counts_only_at_the_top_or_bottom() -> None:
    assert markings("README.md", "# OFFICIAL-SENSITIVE", "", "Body.") == [(1, "OFFICIAL-SENSITIVE")]
    explainer = ["# Handling guide", "", "Intro.", "", "Some text.", "", "## SECRET", "",
                 "Information needing heightened protection.", "", "More.", "", "End."]
    assert markings("docs/guide.md", *explainer) == []


# --- fields --------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "marking"), [
    ("Classification: OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("Security classification: SECRET", "SECRET"),
    ("SECURITY CLASSIFICATION: TOP SECRET", "TOP SECRET"),
    ("Protective marking: OFFICIAL-SENSITIVE [PERSONAL]", "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("**Classification:** OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("**Classification: TOP SECRET UK EYES ONLY**", "TOP SECRET UK EYES ONLY"),
    ("| Classification | OFFICIAL-SENSITIVE |", "OFFICIAL-SENSITIVE"),
    ("Ref: DEF-123    Classification: SECRET", "SECRET"),
    ("Classification: Official Sensitive", "Official Sensitive"),
    ("Classification: Secret", "Secret"),
    ("Classification: Top Secret", "Top Secret"),
    ("Classification: SECRET - internal distribution", "SECRET"),
    ("Classification: RESTRICTED", "RESTRICTED"),
    ("X-Classification: OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("Classification: Official-Sensitive (Personal)", "Official-Sensitive (Personal)"),
    ("Classification: official-sensitive [commercial]", "official-sensitive [commercial]"),
    # a cover sheet's handling or security level
    ("Handling: OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("Security level: Official Sensitive", "Official Sensitive"),
    ("**Handling:** SECRET", "SECRET"),
])
def test_classification_field_in_a_document_is_a_marking(line: str, marking: str) -> None:
    assert markings("docs/decision-record.md", "# Decision record", "", "Some context.", "",
                    line, "", "More text.") == [(5, marking)]


@pytest.mark.parametrize(("path", "lines", "marking"), [
    ("catalogue.yaml", ("name: holdings", "classification: OFFICIAL-SENSITIVE"),
     "OFFICIAL-SENSITIVE"),
    ("dataset.yml", ("name: holdings", "security_classification: SECRET"), "SECRET"),
    ("meta.json", ('{"name": "holdings",', ' "classification": "SECRET"}'), "SECRET"),
    ("meta.toml", ('name = "holdings"', 'protective_marking = "OFFICIAL-SENSITIVE"'),
     "OFFICIAL-SENSITIVE"),
    ("doc.xml", ("<doc>", "<pdfx:Classification>TOP SECRET</pdfx:Classification>"),
     "TOP SECRET"),
    ("page.html", ("<html><head>", '<meta name="classification" content="OFFICIAL-SENSITIVE">'),
     "OFFICIAL-SENSITIVE"),
    ("docs/report.md", ("---", "classification: OFFICIAL-SENSITIVE"), "OFFICIAL-SENSITIVE"),
    ("register.tsv", ("Title\tMinutes", "Classification\tOFFICIAL-SENSITIVE\t"),
     "OFFICIAL-SENSITIVE"),
    ("register.csv", ("Title,Minutes", "Classification,OFFICIAL-SENSITIVE"),
     "OFFICIAL-SENSITIVE"),
    # a resource's tags in infrastructure code
    ("infra/tags.tf", ('resource "azurerm_storage_account" "exports" {',
                       '  tags = { classification = "OFFICIAL-SENSITIVE" }'),
     "OFFICIAL-SENSITIVE"),
    ("infra/main.bicep", ("resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {",
                          "  tags: { classification: 'OFFICIAL-SENSITIVE' }"),
     "OFFICIAL-SENSITIVE"),
])
def test_classification_key_in_structured_data_is_a_marking(
        path: str, lines: tuple[str, ...], marking: str) -> None:
    assert markings(path, *lines, "") == [(2, marking)]


@pytest.mark.parametrize("line", [
    "  handling: secret", "  security_level: secret", "Handling: see the data protection notes",
    "Rules for data handling: OFFICIAL-SENSITIVE material stays on approved devices.",
])
def test_a_settings_handling_of_a_secret_value_is_not_a_marking(line: str) -> None:
    assert markings("config/params.yaml", "param:", "  type: string", line, "  env: PROD") == []


# --- email subjects ------------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "marking"), [
    ("Subject: OFFICIAL-SENSITIVE: Q3 payment run", "OFFICIAL-SENSITIVE"),
    ("Subject: [OFFICIAL-SENSITIVE] Q3 payment run", "OFFICIAL-SENSITIVE"),
    ("Subject: RE: SECRET - site visit", "SECRET"),
    ("Subject: Fwd: OFFICIAL SENSITIVE - minutes", "OFFICIAL SENSITIVE"),
    ("Subject: TOP SECRET UK EYES ONLY: operation notes", "TOP SECRET UK EYES ONLY"),
    ("Subject: OFFICIAL-SENSITIVE [PERSONAL] - case 12", "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("Subject: [EXTERNAL] RE: OFFICIAL-SENSITIVE: visit", "OFFICIAL-SENSITIVE"),
    ("Subject: Q3 payment run [OFFICIAL-SENSITIVE]", "OFFICIAL-SENSITIVE"),
])
def test_email_subject_prefix_is_a_marking(subject: str, marking: str) -> None:
    email = ["From: Test User <test.user@example.com>", "To: team@example.com", subject, "",
             "Hello,", "", "Please see the attached.", "", "Thanks"]
    assert markings("inbox/message.eml", *email) == [(3, marking)]
    assert markings("notes/forwarded.md", *email) == [(3, marking)]


# --- comments at the head (or foot) of a source file ----------------------------------------

@pytest.mark.parametrize(("path", "lines", "line", "marking"), [
    ("app/payments.py", ("# OFFICIAL-SENSITIVE", '"""Payments."""', "import os"), 1,
     "OFFICIAL-SENSITIVE"),
    ("app/movements.py", ("# Protective marking: OFFICIAL-SENSITIVE [PERSONAL]", '"""Doc."""',
                          "import os"), 1, "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("app/validation.py", ("# Classification: SECRET - UK EYES ONLY", "import os"), 1,
     "SECRET - UK EYES ONLY"),
    ("app/run.py", ("#!/usr/bin/env python3", "# -*- coding: utf-8 -*-", "# TOP SECRET",
                    "import os"), 3, "TOP SECRET"),
    ("app/doc.py", ('"""OFFICIAL-SENSITIVE', "", "Licence helpers.", '"""', "import os"), 1,
     "OFFICIAL-SENSITIVE"),
    ("app/doc2.py", ('"""', "Licence helpers.", "", "SECRET", '"""', "import os"), 4, "SECRET"),
    ("src/client.ts", ("// TOP SECRET", "export const x = 1;"), 1, "TOP SECRET"),
    ("src/api.ts", ("// Classification: OFFICIAL-SENSITIVE [LOCSEN]", "import x from 'x';"), 1,
     "OFFICIAL-SENSITIVE [LOCSEN]"),
    ("app/one.py", ('"""SECRET"""', "import os"), 1, "SECRET"),
    ("app/share.py", ("# OFFICIAL-SENSITIVE: do not share outside Defra", "import os"), 1,
     "OFFICIAL-SENSITIVE"),
    ("app/cases.py", ('"""TOP SECRET - contains case notes."""', "import os"), 1, "TOP SECRET"),
    ("src/Api.cs", ("/*", " * OFFICIAL-SENSITIVE [COMMERCIAL]", " */", "namespace Api;"), 2,
     "OFFICIAL-SENSITIVE [COMMERCIAL]"),
    ("src/Main.java", ("/* SECRET */", "package uk.gov.defra;"), 1, "SECRET"),
    ("db/report.sql", ("-- Classification: OFFICIAL-SENSITIVE", "SELECT 1;"), 1,
     "OFFICIAL-SENSITIVE"),
    ("deploy.sh", ("#!/bin/sh", "# RESTRICTED", "echo hi"), 2, "RESTRICTED"),
    ("infra/main.tf", ("# OFFICIAL-SENSITIVE", 'resource "x" "y" {}'), 1,
     "OFFICIAL-SENSITIVE"),
    ("config/app.yaml", ("# OFFICIAL-SENSITIVE", "name: app"), 1, "OFFICIAL-SENSITIVE"),
    ("config/app.xml", ('<?xml version="1.0"?>', "<!-- Classification: SECRET -->", "<app/>"),
     2, "SECRET"),
    (".env", ("# Classification: OFFICIAL-SENSITIVE", "PORT=3000"), 1, "OFFICIAL-SENSITIVE"),
    ("scripts/run.ps1", ("<# OFFICIAL-SENSITIVE #>", "Write-Host hi"), 1, "OFFICIAL-SENSITIVE"),
    # a handling instruction after SECRET makes it a marking, not a note about a secret
    ("scripts/sync.sh", ("#!/usr/bin/env bash", "# SECRET - do not distribute", "set -eu"), 2,
     "SECRET"),
    ("app/sync.py", ("# SECRET: need to know only", "import os"), 1, "SECRET"),
    # inside PowerShell's block comment, at the head or the foot
    ("scripts/run.ps1", ("<#", "  OFFICIAL-SENSITIVE", "  Exports passports.", "#>",
                         "param([string]$Out)"), 2, "OFFICIAL-SENSITIVE"),
    ("scripts/run.ps1", ("param([string]$Out)", "Write-Host hi", "<#", "  OFFICIAL-SENSITIVE",
                         "#>"), 4, "OFFICIAL-SENSITIVE"),
    ("report.tex", ("% OFFICIAL-SENSITIVE", "\\documentclass{article}"), 1, "OFFICIAL-SENSITIVE"),
    ("src/Api.cs", ("/// Classification: SECRET//UK EYES ONLY", "namespace Api;"), 1,
     "SECRET//UK EYES ONLY"),
    ("app/tail.py", ("import os", "", "x = 1", "", "# OFFICIAL-SENSITIVE"), 5,
     "OFFICIAL-SENSITIVE"),
    ("api/schema.graphql", ("# OFFICIAL-SENSITIVE", "type Query { a: Int }"), 1,
     "OFFICIAL-SENSITIVE"),
    ("src/Keeper.kt", ("// OFFICIAL-SENSITIVE: copied from a live case", "package x"), 1,
     "OFFICIAL-SENSITIVE"),
    # under the file's package, imports and namespace, before its code
    ("src/Pay.java", ("package uk.gov.defra.pay;", "", "// Classification: SECRET",
                      "import java.util.List;", "class Pay {}"), 3, "SECRET"),
    ("src/Pay.java", ("package uk.gov.defra.pay;", "", "import java.util.List;", "", "/**",
                      " * Payment calculator.", " *",
                      " * Protective marking: OFFICIAL-SENSITIVE [PERSONAL]", " */",
                      "public class Pay {}"), 8, "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("src/Pay.cs", ("using System;", "using System.Linq;", "", "namespace Pay;", "",
                    "// OFFICIAL-SENSITIVE", "public class Pay {}"), 6, "OFFICIAL-SENSITIVE"),
    ("pay/pay.go", ("package pay", "", "import (", '\t"fmt"', '\t"os"', ")", "",
                    "// TOP SECRET", "func Pay() {}"), 8, "TOP SECRET"),
    ("src/pay.ts", ("import {", "  a,", "  b,", "} from './x'", "'use strict'",
                    "// Classification: SECRET", "export const c = 1"), 6, "SECRET"),
    ("src/Pay.php", ("<?php", "declare(strict_types=1);", "", "namespace App;", "",
                     "use App\\Models\\Claim;", "", "// Classification: OFFICIAL-SENSITIVE",
                     "class Pay {}"), 8, "OFFICIAL-SENSITIVE"),
    ("app/pay.py", ("from __future__ import annotations", "", "from app import (", "    a,",
                    "    b,", ")", "import os", "", "# OFFICIAL-SENSITIVE", "x = 1"), 9,
     "OFFICIAL-SENSITIVE"),
])
def test_marking_in_a_head_or_foot_comment_of_source_is_a_marking(
        path: str, lines: tuple[str, ...], line: int, marking: str) -> None:
    assert markings(path, *lines) == [(line, marking)]


# --- document metadata (as the Office and PDF extractors will emit it) ----------------------

@pytest.mark.parametrize(("line", "marking"), [
    (f"MSIP_Label_{GUID}_Name = OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    (f"MSIP_Label_{GUID}_Name: Official Sensitive", "Official Sensitive"),
    (f"MSIP_Label_{GUID}_Name = OFFICIAL_SENSITIVE PERSONAL", "OFFICIAL_SENSITIVE PERSONAL"),
    (f"MSIP_Label_{GUID}_Name = Secret", "Secret"),
    (f"msip_labels: MSIP_Label_{GUID}_Enabled=True; MSIP_Label_{GUID}_Name=OFFICIAL-SENSITIVE;",
     "OFFICIAL-SENSITIVE"),
    (f'<property pid="2" name="MSIP_Label_{GUID}_Name"><vt:lpwstr>OFFICIAL-SENSITIVE'
     "</vt:lpwstr></property>", "OFFICIAL-SENSITIVE"),
    ("Classification: OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("<property name=\"Classification\"><vt:lpwstr>SECRET</vt:lpwstr></property>", "SECRET"),
])
@pytest.mark.parametrize("syntax", ["text", "properties", "xml", "binary"])
def test_sensitivity_label_in_document_metadata_is_a_marking(
        line: str, marking: str, syntax: str) -> None:
    hits = found("report.docx", "Title = Quarterly report", line, "Author = Test User",
                 syntax=syntax, place="properties")
    assert [(f.line, f.value, f.place) for f in hits] == [(2, marking, "properties")]


@pytest.mark.parametrize(("line", "marking"), [
    ("sensitivity label: OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("sensitivity label: Official Sensitive Personal", "Official Sensitive Personal"),
    ("sensitivity label: OFFICIAL-SENSITIVE - Commercial", "OFFICIAL-SENSITIVE - Commercial"),
    ("sensitivity label: Secret", "Secret"),
    ("Classification: OFFICIAL-SENSITIVE [PERSONAL]", "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("Security Classification: TOP SECRET", "TOP SECRET"),
    ("subject: OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("category: OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("keywords: bTB; OFFICIAL-SENSITIVE; 2024", "OFFICIAL-SENSITIVE"),
    ("status: OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("status: Final - OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    # a custom property of a name its writer chose, the marking its whole value
    ("PM: OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("Caveat: OFFICIAL-SENSITIVE PERSONAL", "OFFICIAL-SENSITIVE PERSONAL"),
    ("Security: TOP SECRET", "TOP SECRET"),
])
def test_marking_in_properties_as_the_office_and_pdf_extractors_write_them(
        line: str, marking: str) -> None:
    hits = found("report.docx", "author: Test User", line, "title: Quarterly report",
                 syntax="yaml", place="document properties")
    assert [(f.line, f.value) for f in hits] == [(2, marking)]


# The same properties in a raw document part, and in a document's metadata block at its head.
@pytest.mark.parametrize(("path", "lines", "expected"), [
    ("docs/core.xml", ('<?xml version="1.0"?>', "<cp:coreProperties>",
                       "  <dc:title>Outbreak summary</dc:title>",
                       "  <cp:keywords>OFFICIAL-SENSITIVE</cp:keywords>", "</cp:coreProperties>"),
     [(4, "OFFICIAL-SENSITIVE")]),
    ("docs/meta.xml", ("<office:meta>", "<dc:subject>TOP SECRET</dc:subject>", "</office:meta>"),
     [(2, "TOP SECRET")]),
    ("docs/props.txt", ("Title: Disease outbreak", "Author: A N Other",
                        "Keywords: fish, ISA, OFFICIAL-SENSITIVE", "", "Body."),
     [(3, "OFFICIAL-SENSITIVE")]),
    ("docs/notes.md", ("---", "title: Visit notes", "keywords: [bTB, OFFICIAL-SENSITIVE]", "---",
                       "", "Body."), [(3, "OFFICIAL-SENSITIVE")]),
    ("docs/notes.md", ("---", "title: Visit notes", "tags: [bTB, OFFICIAL-SENSITIVE]", "---",
                       "", "Body."), [(3, "OFFICIAL-SENSITIVE")]),
])
def test_marking_in_a_documents_properties_written_out_is_a_marking(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize(("path", "lines"), [
    ("docs/core.xml", ("<cp:coreProperties>", "<dc:title>Handling SECRET material</dc:title>",
                       "<cp:keywords>secret; rotation</cp:keywords>", "</cp:coreProperties>")),
    ("docs/props.txt", ("Title: Secret Santa rota", "Keywords: secret, santa", "", "Body.")),
    ("docs/props.txt", ("Title: Confidential offer letters", "", "Body.")),
    ("docs/notes.md", ("---", "title: Handling", "tags: [security, secrets, SECRET rotation]",
                       "---", "", "Body.")),
    # a keywords line deep in a document is no property of it
    ("docs/guide.md", ("# Guide", "", "Some text.", "", "Keywords: bTB, OFFICIAL-SENSITIVE",
                       "", "More text.", "", "End.")),
])
def test_properties_that_name_no_marking_of_the_document_are_not_flagged(
        path: str, lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


@pytest.mark.parametrize("line", ["Sensitivity: Confidential", "KeyType: SECRET",
                                  "Notes: OFFICIAL-SENSITIVE data is kept apart",
                                  "Scheme: RESTRICTED"])
def test_a_custom_property_that_is_no_marking_alone_is_not_flagged(line: str) -> None:
    hits = found("report.pdf", "author: Test User", line, "title: Quarterly report",
                 syntax="yaml", place="document properties")
    assert hits == []


@pytest.mark.parametrize("value", ["Confidential", "Highly Confidential", "General", "Official",
                                   "Public"])
def test_label_that_is_no_government_marking_is_not_flagged(value: str) -> None:
    assert markings("report.docx", f"MSIP_Label_{GUID}_Name = {value}", syntax="text") == []
    assert markings("report.docx", f"sensitivity label: {value}", syntax="yaml") == []


# --- notebooks, before and after a notebook extractor ---------------------------------------

def test_marking_in_a_notebook_markdown_cell_is_found_in_the_raw_json() -> None:
    notebook = ['{', ' "cells": [', '  {', '   "cell_type": "markdown",', '   "metadata": {},',
                '   "source": [', '    "**Classification: OFFICIAL-SENSITIVE: PERSONAL**\\n",',
                '    "\\n",', '    "# Exploratory analysis"', '   ]', '  }', ' ]', '}']
    assert markings("analysis.ipynb", *notebook) == [(7, "OFFICIAL-SENSITIVE: PERSONAL")]


@pytest.mark.parametrize("line", ['    "**SECRET**\\n",', '    "# TOP SECRET UK EYES ONLY\\n",'])
def test_banner_line_inside_a_json_text_is_a_marking(line: str) -> None:
    hits = markings("analysis.ipynb", '{"cells": [{"source": [', line, '    "x = 1"]}]}')
    assert [n for n, _ in hits] == [2]


# --- HTML ----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ['<p class="banner">OFFICIAL-SENSITIVE</p>',
                                  "<!-- OFFICIAL-SENSITIVE -->",
                                  '<div class="govuk-phase-banner"><strong>OFFICIAL-SENSITIVE'
                                  "</strong></div>"])
@pytest.mark.parametrize("path", ["views/page.html", "README.md"])
def test_banner_in_html_is_a_marking(path: str, line: str) -> None:
    assert markings(path, "<!DOCTYPE html>", line, "<main>Body</main>") == \
        [(2, "OFFICIAL-SENSITIVE")]


# --- lookalikes: the same words in ordinary use --------------------------------------------

@pytest.mark.parametrize(("path", "lines"), [
    ("app/settings.py", ('SECRET_KEY = os.environ["SECRET_KEY"]',
                         'client_secret = vault.get("CLIENT_SECRET")')),
    ("app/settings.py", ("# SECRET_KEY comes from Key Vault", "import os")),
    ("app/agreements.py", ("import os", "", "# Keep it secret: never paste the signing key.",
                           "x = 1")),
    ("src/client.ts", ("// Client secret expiry is monitored by the ops dashboard.",
                       "export const x = 1;")),
    ("docs/baking.md", ("# Bake sale", "", "Grandma's top secret recipe, now with more jam.",
                        "", "Our TOP SECRET recipe wins every year.")),
    ("docs/access.md", ("# Access", "", "Access is restricted to administrators.",
                        "Restricted areas need a pass.")),
    ("README.md", ("# safecommit", "", "Blocks `OFFICIAL-SENSITIVE`, `SECRET` and `TOP SECRET`.",
                   "", "It looks for `Classification: OFFICIAL-SENSITIVE` fields.",
                   "- OFFICIAL-SENSITIVE blocks unless approved.",
                   "- SECRET always blocks.")),
    ("docs/classifications.md", ("# Tiers", "", "OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET",
                                 "TOP SECRET", "", "Each tier has its own rules.")),
    ("docs/classifications.md", ("# Tiers", "", "- OFFICIAL", "- OFFICIAL-SENSITIVE",
                                 "- SECRET", "- TOP SECRET")),
    ("docs/note.md", ("OFFICIAL", "", "# Notes", "", "Classification: OFFICIAL")),
    ("inbox/a.eml", ("Subject: Secret Santa", "", "Names in the hat by Friday.")),
    ("inbox/b.eml", ("Subject: TOP SECRET recipe for the bake sale", "", "Jam.")),
    ("inbox/c.eml", ("Sensitivity: Company-Confidential", "Subject: Budget", "", "Hi")),
    ("inbox/d.eml", ("Subject: CONFIDENTIAL: offer letter", "", "Hi")),
    ("docs/howto.md", ("# Sharing", "", "Intro.", "", "More.", "",
                       "Set the sensitivity label: Official Sensitive before you share it.",
                       "Each file has a marking: SECRET, TOP SECRET or OFFICIAL-SENSITIVE.",
                       "Classification: OFFICIAL or OFFICIAL-SENSITIVE, never SECRET.")),
    ("docs/story.md", ("# Story", "", "Intro.", "", "Scene one.", "", "Scene two.", "",
                       "RESTRICTED", "", "More.", "", "End.", "", "Fin.", "", "Done.")),
    ("docs/story.md", ("# Data", "", "The classification: SECRET documents are kept apart.",)),
    ("dbt/models.yml", ("models:", "  - name: holdings", "    meta:",
                        "      data_classification: restricted",
                        "      classification: confidential")),
])
def test_marking_words_in_ordinary_use_are_not_flagged(path: str, lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


@pytest.mark.parametrize(("path", "lines"), [
    ("app/marking.py", ("from enum import Enum", "", "", "class Marking(Enum):",
                        '    OFFICIAL = "OFFICIAL"',
                        '    OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE"',
                        '    SECRET = "SECRET"', '    TOP_SECRET = "TOP SECRET"')),
    ("app/classifier.py", ("import re", "", "MARKINGS = [", '    "OFFICIAL-SENSITIVE",',
                           '    "SECRET",', '    "TOP SECRET"', "]", "",
                           "def classify(text):", "    # TOP SECRET first: it contains SECRET",
                           "    # SECRET", '    return "Classification: SECRET" in text')),
    ("src/Marking.java", ("package uk.gov.defra;", "", "enum Marking {", "  OFFICIAL,",
                          "  OFFICIAL_SENSITIVE,", "  SECRET", "}")),
    ("src/marking.ts", ("export type Marking =", '  | "OFFICIAL"', '  | "SECRET"',
                        '  | "TOP SECRET";')),
    ("app/classify.py", ('"""Classify documents by protective marking.', "",
                         "Markings, highest first:", "", "TOP SECRET", "SECRET",
                         "OFFICIAL-SENSITIVE", "OFFICIAL", '"""', "import re")),
    ("app/classify.py", ('"""Rules:', "", "- SECRET always blocks.", "- OFFICIAL-SENSITIVE warns.",
                         '"""', "import re")),
    ("app/tiers.py", ('"""Tiers, highest first:', "", "TOP SECRET: the highest threats.",
                      "SECRET: heightened threats.", "OFFICIAL-SENSITIVE: needs approval.",
                      '"""', "import re")),
    ("app/settings.py", ("# Settings: SECRET_KEY and CLIENT_SECRET come from Key Vault.",
                         "import os")),
    ("app/policy.py", ('"""Marking policy.', "", "OFFICIAL-SENSITIVE: blocks unless approved.",
                       '"""', "import re")),
    ("data/tiers.csv", ("tier", "OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET")),
    ("data/tiers.csv", ("tier,blocked,", "OFFICIAL,no,", "SECRET,yes,")),
    ("data/tiers.csv", ("OFFICIAL,,", "OFFICIAL-SENSITIVE,,", "SECRET,,")),
    ("config/markings.json", ('{"block": ["SECRET", "TOP SECRET"],',
                              ' "warn": ["OFFICIAL-SENSITIVE"]}')),
    ("config/markings.yaml", ("block:", "  - SECRET", "  - TOP SECRET", "warn:",
                              "  - OFFICIAL-SENSITIVE")),
    ("app/constants.py", ("OFFICIAL_SENSITIVE = 'OFFICIAL-SENSITIVE'",)),
    ("config/rules.yaml", ("rules:", "  - classification: OFFICIAL-SENSITIVE",
                           "    action: warn", "  - classification: SECRET",
                           "    action: block")),
    ("tests/fixtures/documents.json", ('[{"id": 1, "classification": "OFFICIAL-SENSITIVE"},',
                                       ' {"id": 2, "classification": "TOP SECRET"}]')),
    ("app/handlers.py", ("import os", "", "def handle(doc):",
                         "    # TOP SECRET: refuse outright", "    return None")),
    # the head ends at the first line of code, not at the imports
    ("src/Gate.java", ("package uk.gov.defra;", "import java.util.Set;", "",
                       'final Set<String> blocked = Set.of("SECRET");', "", "// SECRET", "",
                       "class Gate {}")),
    ("app/gate.py", ("import os", "", "BLOCKED = {'SECRET'}", "", "# TOP SECRET", "x = 1")),
    ("tests/test_classify.py", ("import pytest", "", "CASES = [", '    "SECRET",',
                                '    "OFFICIAL-SENSITIVE"', "]")),
    ("api/schema.graphql", ('"""A document."""', "type Document {", "  id: ID!", "}", "",
                            "enum Classification {", "  OFFICIAL", "  OFFICIAL_SENSITIVE",
                            "  SECRET", "}", "", "type Query { d: Document }")),
    ("api/documents.proto", ('syntax = "proto3";', "enum Classification {",
                             "  OFFICIAL = 0;", "  SECRET = 1;", "}")),
    # a block comment between two lines of code is neither the head nor the foot
    ("scripts/gate.ps1", ("param([string]$Level)", "<#", "  SECRET", "  refuses outright", "#>",
                          "if ($Level -eq 'SECRET') { exit 1 }")),
    # infrastructure code that checks or chooses a classification
    ("infra/variables.tf", ('variable "classification" {', "  type    = string",
                            '  default = "OFFICIAL"', "  validation {",
                            '    condition = contains(["OFFICIAL", "OFFICIAL-SENSITIVE"],'
                            " var.classification)", "  }", "}")),
    ("infra/tiers.tfvars", ('tiers = [', '  { classification = "OFFICIAL-SENSITIVE" },',
                            '  { classification = "SECRET" },', "]")),
    ("infra/kv.tf", ('resource "azurerm_key_vault_secret" "db" {', '  name  = "db-secret"',
                     "  value = var.secret # SECRET: never output", "}")),
])
def test_code_that_handles_markings_is_not_flagged(path: str, lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


def test_file_without_any_marking_word_is_skipped_before_any_line_is_read() -> None:
    from safecommit.detect.markings import hits

    assert hits("official business\nclient_secret = 1\n" * 1000, "python") == ()


def test_the_grammar_of_marked_lines_is_loaded_only_for_a_text_with_a_marking_word() -> None:
    # In a fresh interpreter: what is imported is the point.
    code = """
import sys
from safecommit.detect.markings import hits
assert hits("client_secret = 1\\n", "python") == ()
print("safecommit.detect.marking_lines" in sys.modules)
print(len(hits("OFFICIAL-SENSITIVE\\n\\nMinutes\\n", "markdown")))
print("safecommit.detect.marking_lines" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.split() == ["False", "1", "True"]


# --- policy ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("marking", "rule"), [
    ("OFFICIAL-SENSITIVE", "official-sensitive"), ("OFFICIAL SENSITIVE [PERSONAL]",
                                                   "official-sensitive"),
    ("Official Sensitive", "official-sensitive"), ("RESTRICTED", "official-sensitive"),
    ("PROTECT - PERSONAL", "official-sensitive"),
    ("SECRET", "secret"), ("TOP SECRET UK EYES ONLY", "secret"), ("Secret", "secret"),
    ("CONFIDENTIAL", "secret"),
])
def test_each_marking_falls_under_one_rule(marking: str, rule: str) -> None:
    assert tier(marking) == rule


def _config(repo: Repo, official_sensitive: str | None) -> None:
    if official_sensitive is not None:
        repo.write(".safecommit.toml", f'official_sensitive = "{official_sensitive}"\n')


@pytest.mark.parametrize("setting", [None, "block"])
def test_official_sensitive_blocks_by_default(repo: Repo, cli: Any, setting: str | None) -> None:
    _config(repo, setting)
    repo.stage("docs/runbook.md", "**OFFICIAL-SENSITIVE [PERSONAL]**\n\n# Runbook\n")
    run = cli("scan", "--staged", "--kind", "marking")
    assert run.code == 1
    assert "blocked" in run.out
    assert "PROTECTIVE_MARKING  OFFICIAL-SENSITIVE [PERSONAL]" in run.out
    assert "the OFFICIAL-SENSITIVE rule applies" in run.out
    assert "needs specific approval" in run.out
    assert 'official_sensitive = "warn"' in run.out


def test_official_sensitive_warns_when_the_team_has_approval(repo: Repo, cli: Any) -> None:
    _config(repo, "warn")
    repo.stage("docs/runbook.md", "**OFFICIAL-SENSITIVE [PERSONAL]**\n\n# Runbook\n")
    run = cli("scan", "--staged", "--kind", "marking")
    assert run.code == 0
    assert "warn PROTECTIVE_MARKING" in run.out
    assert "nothing blocks" in run.out
    assert "your team's approval" in run.out
    finding = cli("scan", "--staged", "--kind", "marking", "--format", "json").json["findings"][0]
    assert (finding["type"], finding["kind"]) == ("PROTECTIVE_MARKING", "marking")


@pytest.mark.parametrize("banner", ["SECRET", "TOP SECRET UK EYES ONLY", "UK SECRET",
                                    "CONFIDENTIAL"])
@pytest.mark.parametrize("setting", [None, "block", "warn"])
def test_secret_and_above_always_block_whatever_the_setting(
        repo: Repo, cli: Any, banner: str, setting: str | None) -> None:
    _config(repo, setting)
    repo.stage("docs/brief.md", f"**{banner}**\n\n# Brief\n")
    run = cli("scan", "--staged", "--kind", "marking")
    assert run.code == 1
    assert "warn PROTECTIVE_MARKING" not in run.out
    assert "the SECRET and TOP SECRET rule applies" in run.out
    assert "never allowed on SECRET or TOP SECRET" in run.out
    assert "no setting changes that" in run.out


def test_warn_setting_downgrades_only_the_official_sensitive_findings(
        repo: Repo, cli: Any) -> None:
    _config(repo, "warn")
    repo.stage("a.md", "OFFICIAL-SENSITIVE\n\nText.\n")
    repo.stage("b.md", "TOP SECRET\n\nText.\n")
    run = cli("scan", "--staged", "--kind", "marking", "--format", "json")
    assert run.code == 1
    assert {f["path"]: f["severity"] for f in run.json["findings"]} == \
        {"a.md": "warn", "b.md": "block"}


@pytest.mark.parametrize(("toml", "message"), [
    ('secret = "warn"\n', "unknown key 'secret'"),
    ('official_sensitive = "allow"\n', "'official_sensitive' must be one of 'block', 'warn'"),
])
def test_secret_cannot_be_set_to_warn_and_bad_settings_are_errors(
        repo: Repo, cli: Any, toml: str, message: str) -> None:
    repo.write(".safecommit.toml", toml)
    repo.stage("a.md", "SECRET\n")
    run = cli("scan", "--staged")
    assert run.code == 2
    assert message in run.err


def test_legacy_marking_message_says_which_rule_applies(repo: Repo, cli: Any) -> None:
    repo.stage("memo.txt", "RESTRICTED\n\nMemo.\n")
    run = cli("scan", "--staged", "--kind", "marking")
    assert run.code == 1
    assert "RESTRICTED is a legacy marking" in run.out
    assert "the OFFICIAL-SENSITIVE rule applies" in run.out


def test_marking_at_the_head_of_a_staged_python_file_blocks_the_commit(
        repo: Repo, cli: Any) -> None:
    repo.stage("app/licences.py", "# SECRET\n\"\"\"Licences.\"\"\"\n\nSECRET_KEY = 'x'\n")
    run = cli("scan", "--staged", "--kind", "marking", "--format", "json")
    assert run.code == 1
    assert [(f["path"], f["line"], f["column"], f["masked"]) for f in run.json["findings"]] == \
        [("app/licences.py", 1, 3, "SECRET")]


def _docx(header: str, label: str) -> bytes:
    import io
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.'
                               'org/package/2006/content-types"/>',
        "word/document.xml": f'<w:document {w}><w:body><w:p><w:r><w:t>Minutes of the meeting'
                             "</w:t></w:r></w:p></w:body></w:document>",
        "word/header1.xml": f"<w:hdr {w}><w:p><w:r><w:t>{header}</w:t></w:r></w:p></w:hdr>",
        "docProps/custom.xml": '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument'
                               '/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.'
                               'org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505'
                               '-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
                               f'name="MSIP_Label_{GUID}_Name"><vt:lpwstr>{label}</vt:lpwstr>'
                               "</property></Properties>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, body in parts.items():
            zf.writestr(name, body)
    return out.getvalue()


def test_word_document_with_a_marked_header_and_sensitivity_label_blocks(
        repo: Repo, cli: Any) -> None:
    repo.stage("docs/minutes.docx", _docx("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"))
    run = cli("scan", "--staged", "--kind", "marking", "--format", "json")
    assert run.code == 1
    assert sorted((f["masked"], f.get("place", "")) for f in run.json["findings"]) == [
        ("OFFICIAL-SENSITIVE", "header 1"),
        ("OFFICIAL-SENSITIVE", "property sensitivity label"),
    ]


def test_word_document_labelled_official_is_clean(repo: Repo, cli: Any) -> None:
    repo.stage("docs/minutes.docx", _docx("OFFICIAL", "OFFICIAL"))
    assert cli("scan", "--staged", "--kind", "marking").code == 0


@pytest.mark.parametrize(("lines", "line", "marking"), [
    (("WEBVTT", "", "NOTE OFFICIAL-SENSITIVE", "", "00:00.000 --> 00:01.000", "Hi."), 3,
     "OFFICIAL-SENSITIVE"),
    (("WEBVTT", "", "NOTE", "OFFICIAL-SENSITIVE PERSONAL", "", "00:00.000 --> 00:01.000",
      "Hi."), 4, "OFFICIAL-SENSITIVE PERSONAL"),
    (("WEBVTT - OFFICIAL-SENSITIVE", "", "00:00.000 --> 00:01.000", "Hi."), 1,
     "OFFICIAL-SENSITIVE"),
])
def test_marking_in_a_webvtt_header_or_note_is_a_marking(lines: tuple[str, ...], line: int,
                                                        marking: str) -> None:
    assert markings("research/p1.vtt", *lines) == [(line, marking)]


def test_a_webvtt_note_that_mentions_a_secret_is_not_a_marking() -> None:
    assert markings("research/p1.vtt", "WEBVTT", "", "NOTE the secret word was redacted",
                    "", "00:00.000 --> 00:01.000", "Hi.") == []


# --- the forms extracted documents and real headers take ---------------------------------------

@pytest.mark.parametrize(("path", "lines", "expected"), [
    # handling text in sentence case after the marking, at the top
    ("a.md", ("OFFICIAL-SENSITIVE - not for onward distribution", "", "Body."),
     [(1, "OFFICIAL-SENSITIVE")]),
    ("a.txt", ("SECRET \u2013 handle via approved systems only", "", "Body."), [(1, "SECRET")]),
    # running headers and footers that end with the marking
    ("a.txt", ("Bovine TB Annual Report 2023          OFFICIAL-SENSITIVE", "", "Body."),
     [(1, "OFFICIAL-SENSITIVE")]),
    ("a.txt", ("Body.", "", "Page 1 of 12          OFFICIAL-SENSITIVE"),
     [(3, "OFFICIAL-SENSITIVE")]),
    ("a.md", ("Residual risk register - OFFICIAL-SENSITIVE", "", "R1 text."),
     [(1, "OFFICIAL-SENSITIVE")]),
    ("a.txt", ("Annex B          SECRET", "", "Body."), [(1, "SECRET")]),
    ("a.md", ("# Lessons", "", "Intro.", "", "Page 3 of 8 - OFFICIAL-SENSITIVE", "", "More.",
              "", "End."), [(5, "OFFICIAL-SENSITIVE")]),
    # lower case, codewords, a caveat alone, a title-case descriptor, a paragraph's marking
    ("a.txt", ("Briefing.", "", "official-sensitive"), [(3, "official-sensitive")]),
    ("a.md", ("---", "classification: secret", "---", "", "Text."), [(2, "secret")]),
    ("a.txt", ("TOP SECRET STRAP1", "", "Annex text."), [(1, "TOP SECRET STRAP1")]),
    ("a.md", ("UK EYES ONLY", "", "Annex text."), [(1, "UK EYES ONLY")]),
    ("a.md", ("Classification: Official-Sensitive Personal", "", "Text."),
     [(1, "Official-Sensitive Personal")]),
    ("a.md", ("# Lessons", "", "Intro.", "", "(OFFICIAL-SENSITIVE) The day rates follow.", "",
              "More.", "", "End."), [(5, "OFFICIAL-SENSITIVE")]),
])
def test_markings_in_the_forms_documents_write_them(path: str, lines: tuple[str, ...],
                                                   expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize("subject", [
    "Subject: Bovine TB figures - OFFICIAL-SENSITIVE",
    "Subject: RE: Contract variation 14 - OFFICIAL SENSITIVE COMMERCIAL",
    "Subject: Bovine TB figures OFFICIAL-SENSITIVE",
])
def test_a_marking_that_ends_an_email_subject_is_a_marking(subject: str) -> None:
    assert len(markings("m.eml", "From: a@defra.gov.uk", subject, "", "Body.")) == 1


MIDDLE = ("# Guide", "", "One.", "", "Two.", "", "Three.", "")


# A translation catalogue holds the text a page shows: a label that says a marking is text
# to display, not the file's own classification.
@pytest.mark.parametrize(("path", "lines"), [
    ("src/i18n/en.json", ("{", '  "banner.marking": "OFFICIAL-SENSITIVE",',
                          '  "header.title": "Hedgerow Survey"', "}")),
    ("app/locales/cy.yml", ("cy:", "  classification: OFFICIAL-SENSITIVE")),
    ("config/messages_en.properties", ("document.classification=OFFICIAL-SENSITIVE",)),
])
def test_a_marking_as_text_in_a_translation_catalogue_is_not_flagged(
        path: str, lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


@pytest.mark.parametrize(("path", "lines"), [
    ("src/i18n/en.yml", ("# OFFICIAL-SENSITIVE", "en:", "  title: Claims")),  # its head
    ("src/data/en-route.json", ('{"classification": "OFFICIAL-SENSITIVE"}',)),  # not a language
])
def test_a_marked_catalogue_or_a_data_file_named_like_one_is_still_flagged(
        path: str, lines: tuple[str, ...]) -> None:
    assert [m for _, m in markings(path, *lines)] == ["OFFICIAL-SENSITIVE"]


@pytest.mark.parametrize(("path", "lines"), [
    # in the middle of prose, these forms are sentences, not banners
    ("a.md", (*MIDDLE, "SECRET - the highest tier we use", *MIDDLE)),
    ("a.md", (*MIDDLE, "A note on the plan - SECRET", *MIDDLE)),
    ("a.md", (*MIDDLE, "official-sensitive", *MIDDLE)),
    # an example in a Markdown code block
    ("guide.md", ("# How to mark", "", "A header should read:", "", "    OFFICIAL-SENSITIVE",
                  "", "or:", "", "```", "OFFICIAL-SENSITIVE", "```")),
    # a data catalogue: one dataset's classification among others'
    ("catalogue.yaml", ("datasets:", "  - name: cattle_movements",
                        "    classification: OFFICIAL-SENSITIVE", "  - name: public_holdings",
                        "    classification: OFFICIAL")),
])
def test_sentences_examples_and_catalogues_are_not_markings(path: str,
                                                            lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


# --- markings pasted from Word, PDFs and web pages ---------------------------------------------

NBSP = "\u00a0"


@pytest.mark.parametrize(("path", "lines", "marking"), [
    ("a.md", (f"OFFICIAL{NBSP}SENSITIVE", "", "# Notes"), f"OFFICIAL{NBSP}SENSITIVE"),
    ("a.txt", (f"TOP{NBSP}SECRET", "", "Body."), f"TOP{NBSP}SECRET"),
    ("a.txt", ("OFFICIAL\u2011SENSITIVE", "", "Body."), "OFFICIAL\u2011SENSITIVE"),  # no-break -
    ("a.txt", ("OFFICIAL\u2212SENSITIVE", "", "Body."), "OFFICIAL\u2212SENSITIVE"),  # minus
    ("a.txt", ("OFFICIAL\u00adSENSITIVE", "", "Body."), "OFFICIAL\u00adSENSITIVE"),  # soft -
    ("a.txt", ("UK\u202fTOP\u2009SECRET", "", "Body."), "UK\u202fTOP\u2009SECRET"),
    ("a.md", (f"SECRET{NBSP}\u2013 UK{NBSP}EYES{NBSP}ONLY", "", "Body."),
     f"SECRET{NBSP}\u2013 UK{NBSP}EYES{NBSP}ONLY"),
    ("a.md", (f"UK{NBSP}EYES{NBSP}ONLY", "", "Body."), f"UK{NBSP}EYES{NBSP}ONLY"),
    ("a.md", ("# Minutes", "", f"Classification:{NBSP}OFFICIAL{NBSP}SENSITIVE", "", "Text."),
     f"OFFICIAL{NBSP}SENSITIVE"),
    ("a.eml", ("From: a@example.com", f"Subject: OFFICIAL{NBSP}SENSITIVE: visit", "", "Hi."),
     f"OFFICIAL{NBSP}SENSITIVE"),
    # the HTML extractor decodes the entity to a no-break space
    ("a.html", ('<div class="banner">TOP\u00a0SECRET</div>', "<h1>Report</h1>"),
     f"TOP{NBSP}SECRET"),
])
def test_a_marking_with_odd_spaces_or_dashes_between_its_words_is_a_marking(
        path: str, lines: tuple[str, ...], marking: str) -> None:
    assert [value for _, value in markings(path, *lines)] == [marking]


def test_a_marking_with_an_escaped_no_break_space_in_a_notebook_cell_is_a_marking() -> None:
    cell = ['{"cells": [{"source": [', '    "**OFFICIAL\\u00a0SENSITIVE**\\n",', '    "x"]}]}']
    assert [line for line, _ in markings("analysis.ipynb", *cell)] == [2]


@pytest.mark.parametrize(("path", "lines"), [
    ("a.md", ("# Baking", "", f"The{NBSP}secret{NBSP}to good bread is time.", "",
              f"Our top{NBSP}secret recipe.")),
    ("a.md", (f"SECRET{NBSP}KEY", "", "Set it in Key Vault.")),
    ("a.txt", (f"Official{NBSP}business only", "", "Body.")),
    ("a.md", ("# Tiers", "", f"OFFICIAL{NBSP}SENSITIVE", "SECRET", f"TOP{NBSP}SECRET", "",
              "Each has rules.")),
    ("app/settings.py", (f"SECRET_KEY{NBSP}={NBSP}os.environ['KEY']",)),
])
def test_odd_spaces_do_not_make_ordinary_words_a_marking(path: str,
                                                         lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


# --- brackets: a title's or a paragraph's own marking -------------------------------------------

@pytest.mark.parametrize(("path", "lines", "expected"), [
    ("a.md", ("[OFFICIAL-SENSITIVE] Fraud referrals", "", "Text."), [(1, "OFFICIAL-SENSITIVE")]),
    ("a.md", ("# Fraud referral list (OFFICIAL-SENSITIVE)", "", "Text."),
     [(1, "OFFICIAL-SENSITIVE")]),
    ("a.txt", ("Fraud referral list [SECRET]", "", "Text."), [(1, "SECRET")]),
    ("a.md", ("# Briefing", "", "Intro.", "", "More.", "", "[SECRET] The source is reliable.",
              "", "More.", "", "End."), [(7, "SECRET")]),
    ("a.md", ("# Briefing", "", "Intro.", "", "More.", "", "> [TOP SECRET] The site is known.",
              "", "More.", "", "End."), [(7, "TOP SECRET")]),
    ("a.txt", ("[OFFICIAL-SENSITIVE [PERSONAL]] Case notes", "", "Text."),
     [(1, "OFFICIAL-SENSITIVE [PERSONAL]")]),
    ("a.md", ("# Report", "", "Body.", "", "Annex B (OFFICIAL-SENSITIVE)"),
     [(5, "OFFICIAL-SENSITIVE")]),
    ("app/cases.py", ("# [OFFICIAL-SENSITIVE] Case data helpers", "import os"),
     [(1, "OFFICIAL-SENSITIVE")]),
    ("a.md", ("**[OFFICIAL-SENSITIVE]** Fraud referrals", "", "Text."),
     [(1, "OFFICIAL-SENSITIVE")]),
    ("a.md", ("[ OFFICIAL-SENSITIVE ] Fraud referrals", "", "Text."), [(1, "OFFICIAL-SENSITIVE")]),
    ("a.md", ("# [SECRET] Operation notes", "", "Text."), [(1, "SECRET")]),
    ("a.md", ("# Notes", "", "Intro.", "", "More.", "", "## (TOP SECRET) Sources", "", "Text.",
              "", "More.", "", "End."), [(7, "TOP SECRET")]),
])
def test_a_marking_in_square_or_round_brackets_before_or_after_a_title_is_a_marking(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize(("path", "lines"), [
    ("a.md", ("[SECRET](https://example.com/film) is a film.", "", "Text.")),
    ("a.md", ("# [SECRET](https://example.com/film) reviewed", "", "Text.")),
    ("a.md", ("# Films", "", "See [SECRET] for more.", "", "[SECRET]: https://example.com/s")),
    ("a.md", ("# Review", "", "- [ ] SECRET handling reviewed", "- [x] Keys rotated")),
    # a section's title in brackets deep in a guide names what the section covers
    ("a.md", ("# Guide", "", "Intro.", "", "More.", "", "More.", "",
              "## Handling rules (OFFICIAL-SENSITIVE)", "", "Rules.", "", "More.", "", "End.")),
    ("a.md", ("# Guide to the scheme (OFFICIAL, OFFICIAL-SENSITIVE and SECRET)", "", "Text.")),
    ("a.txt", ("Use (SECRET) only in examples.", "", "Text.")),
])
def test_bracketed_words_that_do_not_mark_the_text_are_not_markings(
        path: str, lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


# --- tables, menus, glossaries and guides that list the classifications -----------------------

@pytest.mark.parametrize(("path", "lines"), [
    # a table's last cell is a row's value, not a running footer
    ("vars.md", ("# Variables", "", "| Variable | Type |", "|---|---|",
                 "| DB_PASSWORD | SECRET |", "| APP_NAME | PLAIN |", "", "Set these.")),
    ("catalogue.md", ("# Data catalogue", "", "| Dataset | Classification |", "|---|---|",
                      "| Fraud referrals | OFFICIAL-SENSITIVE |", "| Land cover | OFFICIAL |",
                      "| Staff records | OFFICIAL-SENSITIVE |", "", "Ask the data team.")),
    ("catalogue.md", ("# Data catalogue", "", "Dataset | Classification", "--- | ---",
                      "Land cover | OFFICIAL", "Fraud referrals | OFFICIAL-SENSITIVE")),
    # a menu or a list in HTML
    ("upload.html", ('<select name="classification">', "  <option>OFFICIAL</option>",
                     "  <option>OFFICIAL-SENSITIVE</option>", "  <option>SECRET</option>",
                     "</select>")),
    ("upload.html", ("<label>Marking</label>", '<select name="m">',
                     '  <option value="os">OFFICIAL-SENSITIVE</option>', "</select>")),
    ("tiers.html", ("<h1>Tiers</h1>", "<ul>", "<li>OFFICIAL</li>", "<li>SECRET</li>",
                    "<li>TOP SECRET</li>", "</ul>")),
    ("tiers.md", ("# Tiers", "", "<ul>", "<li>SECRET</li>", "</ul>")),
    # a guide's section heading and a glossary's terms
    ("classifications.md", ("# Classifications", "", "Intro.", "", "## OFFICIAL-SENSITIVE", "",
                            "A subset of OFFICIAL needing care.", "", "## Who to ask", "",
                            "Ask the security team.", "More text.", "More text.")),
    ("classifications.md", ("# Classifications", "", "Intro.", "", "More.", "", "More.", "",
                            "## SECRET", "", "Very sensitive information.")),
    ("glossary.md", ("# Glossary", "", "OFFICIAL-SENSITIVE",
                     ": A caveat for OFFICIAL information that could cause damage if lost.", "",
                     "SECRET", ": Very sensitive information.")),
    ("glossary.html", ("<dl>", "<dt>SECRET</dt>", "<dd>Very sensitive information.</dd>",
                       "</dl>")),
    # a table that ends the document: its last row is a row, not a footer
    ("markings.md", ("# Markings", "", "| Marking | Meaning |", "|---|---|",
                     "| OFFICIAL | Most information |", "| SECRET | Very sensitive |")),
    ("markings.md", ("| Marking | Meaning |", "| --- | --- |", "| TOP SECRET | Gravest |",
                     "| OFFICIAL | Most information |")),
    # a note about a secret value, tagged as TODO: would be
    ("vault.go", ("// SECRET: do not log the value returned here", "package vault")),
    ("vault.py", ("# SECRET - never print this token", "import os")),
    ("vault.py", ("# [SECRET] read from Key Vault", "import os")),
    ("config.yaml", ("# SECRET: do not commit real values", "db: x")),
    ("rotate.sh", ("#!/bin/sh", "# SECRET: rotate the value monthly", "set -e")),
    ("share.sh", ("#!/bin/sh", "# SECRET - share it with the on-call engineer only", "set -e")),
])
def test_tables_menus_glossaries_guides_and_tags_are_not_markings(
        path: str, lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


@pytest.mark.parametrize(("path", "lines", "expected"), [
    ("a.md", ("| OFFICIAL-SENSITIVE |", "", "Body."), [(1, "OFFICIAL-SENSITIVE")]),
    ("a.md", ("# Minutes", "", "| Classification | OFFICIAL-SENSITIVE |", "", "Body."),
     [(3, "OFFICIAL-SENSITIVE")]),
    ("a.md", ("Body.", "", "Page 3 | OFFICIAL-SENSITIVE"), [(3, "OFFICIAL-SENSITIVE")]),
    ("a.md", ("# Fraud report", "## OFFICIAL-SENSITIVE", "", "Body.", "", "More.", "", "End."),
     [(2, "OFFICIAL-SENSITIVE")]),
    ("a.md", ("<!-- markdownlint-disable -->", "# OFFICIAL-SENSITIVE", "", "Body."),
     [(2, "OFFICIAL-SENSITIVE")]),
    ("a.md", ("# Report", "", "Body.", "", "More.", "", "## SECRET"), [(7, "SECRET")]),
    ("a.html", ('<div class="banner">SECRET</div>', "<ul>", "<li>Item</li>", "</ul>"),
     [(1, "SECRET")]),
    ("vault.go", ("// SECRET", "package vault"), [(1, "SECRET")]),
    ("vault.go", ("// TOP SECRET: case notes", "package vault"), [(1, "TOP SECRET")]),
    ("vault.go", ("// SECRET UK EYES ONLY: case notes", "package vault"),
     [(1, "SECRET UK EYES ONLY")]),
])
def test_banners_beside_tables_lists_and_headings_are_still_markings(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


# --- keys that name what they classify -----------------------------------------------------------

@pytest.mark.parametrize(("path", "lines", "marking"), [
    ("meta.json", ('{"name": "fraud", "dataClassification": "OFFICIAL-SENSITIVE"}',),
     "OFFICIAL-SENSITIVE"),
    ("dataset.yaml", ("name: fraud", "data_classification: SECRET"), "SECRET"),
    ("dataset.yaml", ("name: fraud", "informationClassification: OFFICIAL-SENSITIVE"),
     "OFFICIAL-SENSITIVE"),
    ("meta.json", ('{"name": "fraud", "dataSensitivity": "OFFICIAL-SENSITIVE"}',),
     "OFFICIAL-SENSITIVE"),
    ("meta.toml", ('name = "fraud"', 'document_classification = "TOP SECRET"'), "TOP SECRET"),
    ("docs/record.md", ("# Record", "", "Information classification: Official Sensitive", "",
                        "Text."), "Official Sensitive"),
    # a label in lower case, as Kubernetes writes them: no commercial scheme has this level
    ("k8s/deploy.yaml", ("metadata:", "  name: grants-api", "  labels:",
                         "    data-classification: official-sensitive"), "official-sensitive"),
    ("k8s/deploy.yaml", ("metadata:", "  name: grants-api", "  labels:",
                         "    classification: official-sensitive"), "official-sensitive"),
    ("datasets/holdings.yaml", ("name: holdings", "classification: SECRET"), "SECRET"),
])
def test_a_classification_key_that_names_what_it_classifies_is_a_field(
        path: str, lines: tuple[str, ...], marking: str) -> None:
    assert [value for _, value in markings(path, *lines)] == [marking]


@pytest.mark.parametrize(("path", "lines"), [
    # commercial schemes tag cloud resources with words of their own
    ("tags.yaml", ("name: bucket", "DataClassification: CONFIDENTIAL")),
    ("tags.json", ('{"name": "bucket", "data_classification": "RESTRICTED"}',)),
    ("tags.yaml", ("name: bucket", "dataClassification: secret")),
    ("model.yaml", ("name: classifier", "imageClassification: SECRET")),
    # a label or a setting in lower case, as Kubernetes and config files write them
    ("k8s/deploy.yaml", ("metadata:", "  name: grants-api", "  labels:",
                         "    classification: secret")),
    ("config/storage.toml", ('bucket = "uploads"', 'classification = "top secret"')),
    (".env", ("BUCKET=uploads", "CLASSIFICATION=secret")),
    # a catalogue of several datasets
    ("catalogue.yaml", ("- name: a", "  dataClassification: OFFICIAL-SENSITIVE", "- name: b",
                        "  dataClassification: OFFICIAL")),
])
def test_commercial_levels_other_keys_and_catalogues_are_not_fields(
        path: str, lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


# --- a document's title property -----------------------------------------------------------------

@pytest.mark.parametrize(("line", "marking"), [
    ("title: Fraud referrals - OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("title: Fraud referrals (OFFICIAL-SENSITIVE)", "OFFICIAL-SENSITIVE"),
    ("subject: [SECRET] Site visit", "SECRET"),
    ("title: OFFICIAL-SENSITIVE - Fraud referrals", "OFFICIAL-SENSITIVE"),
    ("keywords: fraud; OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
])
def test_a_marking_in_a_document_title_with_other_words_is_a_marking(
        line: str, marking: str) -> None:
    lines = ("author: Test User", line, "description: notes")
    assert markings("docs/brief.docx", *lines, syntax="yaml") == [(2, marking)]


@pytest.mark.parametrize("line", [
    "title: Handling OFFICIAL-SENSITIVE information",
    "title: Guide to SECRET and TOP SECRET",
    "title: The secret garden - a novel",
    "subject: Secret Santa - December",
])
def test_a_title_about_markings_is_not_a_marking(line: str) -> None:
    assert markings("docs/guide.docx", "author: Test User", line, syntax="yaml") == []


def test_word_document_titled_with_its_marking_blocks(repo: Repo, cli: Any) -> None:
    import io
    import zipfile

    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            "<dc:title>Fraud referrals - OFFICIAL-SENSITIVE</dc:title></cp:coreProperties>")
    out = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(_docx("Minutes", "OFFICIAL")))
    with zipfile.ZipFile(out, "w") as zf:
        for name in source.namelist():
            zf.writestr(name, source.read(name))
        zf.writestr("docProps/core.xml", core)
    repo.stage("docs/brief.docx", out.getvalue())
    run = cli("scan", "--staged", "--kind", "marking", "--format", "json")
    assert [(f["masked"], f.get("place")) for f in run.json["findings"]] == \
        [("OFFICIAL-SENSITIVE", "property title")]


# --- a document on one line ----------------------------------------------------------------------

@pytest.mark.parametrize(("path", "line", "marking"), [
    ("report.html", "<p><strong>OFFICIAL-SENSITIVE</strong></p><h1>Fraud report</h1>"
                    "<p>Body text.</p>", "OFFICIAL-SENSITIVE"),
    ("report.html", '<html><head><title>Report</title></head><body><div class="banner">SECRET'
                    "</div><p>Body.</p><p>More.</p><p>More.</p><p>More.</p></body></html>",
     "SECRET"),
    ("report.html", "<p>Body.</p><p>More.</p><p>More.</p><p>More.</p><br><p>TOP SECRET</p>",
     "TOP SECRET"),
    # a notebook's cell, from a notebook saved without line breaks
    ("cell.md", " " * 40 + "**OFFICIAL-SENSITIVE**" + " " * 12 + "# Analysis",
     "OFFICIAL-SENSITIVE"),
])
def test_a_banner_at_the_top_or_foot_of_a_document_written_on_one_line_is_a_marking(
        path: str, line: str, marking: str) -> None:
    hits = found(path, line)
    assert [hit.value for hit in hits] == [marking]
    assert line[hits[0].column - 1:].startswith(marking)  # where it is on the line


def test_a_notebook_saved_on_one_line_with_a_marked_cell_blocks(repo: Repo, cli: Any) -> None:
    repo.stage("nb.ipynb", '{"cells": [{"cell_type": "markdown", "source": ['
                           '"**OFFICIAL-SENSITIVE**\\n", "\\n", "# Analysis"], "metadata": {}}],'
                           ' "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n')
    run = cli("scan", "--staged", "--kind", "marking", "--format", "json")
    assert [(f["line"], f["masked"]) for f in run.json["findings"]] == \
        [(1, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("path", "lines"), [
    # one line: a menu, a list, a table, a sentence, a marking in the middle
    ("a.html", ("<select><option>OFFICIAL</option><option>SECRET</option></select>",)),
    ("a.html", ("<ul><li>OFFICIAL-SENSITIVE</li><li>A</li><li>B</li></ul>",)),
    ("a.html", ("<table><tr><td>Fraud</td><td>OFFICIAL-SENSITIVE</td></tr><tr><td>Land</td>"
                "<td>OFFICIAL</td></tr></table>",)),
    ("a.html", ("<p>The word <b>SECRET</b></p>",)),
    ("a.html", ("<p>One.</p><p>Two.</p><p>Three.</p><p>SECRET</p><p>Four.</p><p>Five.</p>"
                "<p>Six.</p>",)),
    ("a.txt", ("The   SECRET   garden",)),
    # a sentence's inline tags and an HTML table's cells are not a running header's gap
    ("a.html", ("<p>Keep it <b>SECRET</b></p>", "<p>Body</p>", "<p>x</p>")),
    ("a.html", ("<table>", "<tr><td>Fraud</td><td>OFFICIAL-SENSITIVE</td></tr>",
                "<tr><td>Land</td><td>OFFICIAL</td></tr>", "</table>")),
    # a table written a cell a line (pandas' to_html), under its header row
    ("a.html", ("<table>", "<tr>", "<td>Fraud</td>", "<td>OFFICIAL-SENSITIVE</td>", "</tr>",
                "</table>")),
    ("a.html", ("<table>", "<tr><th>Dataset</th><th>Classification</th></tr>",
                "<tr><td>Fraud</td><td>OFFICIAL-SENSITIVE</td></tr>", "</table>")),
])
def test_one_line_menus_lists_tables_and_sentences_are_not_markings(
        path: str, lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


@pytest.mark.parametrize("lines", [
    ("<p>Annual report - <b>OFFICIAL-SENSITIVE</b></p>",),
    ("<div><span>Annual report</span>     <span>OFFICIAL-SENSITIVE</span></div>",),
    # a page's header laid out as a table of one row
    ("<table><tr><td>Defra</td><td>OFFICIAL-SENSITIVE</td></tr></table>",),
    ("<table>", "<tr>", '<td align="center">OFFICIAL-SENSITIVE</td>', "</tr>", "</table>"),
])
def test_a_running_header_in_html_is_a_marking(lines: tuple[str, ...]) -> None:
    assert [value for _, value in markings("a.html", *lines, "<p>Body</p>")] == \
        ["OFFICIAL-SENSITIVE"]


# --- drawings, Basic comments, email footers, title case ----------------------------------------

@pytest.mark.parametrize(("path", "lines", "expected"), [
    ("flow.puml", ("@startuml", "header OFFICIAL-SENSITIVE", "Alice -> Bob : hi", "@enduml"),
     [(2, "OFFICIAL-SENSITIVE")]),
    ("flow.puml", ("@startuml", "Alice -> Bob : hi", "right footer SECRET - UK EYES ONLY",
                   "@enduml"), [(3, "SECRET - UK EYES ONLY")]),
    # a slide deck's front matter sets its footer or header as a string
    ("deck.md", ("---", "marp: true", "footer: 'OFFICIAL-SENSITIVE'", "---", "# Plan"),
     [(3, "OFFICIAL-SENSITIVE")]),
    ("deck.md", ("---", 'header: "SECRET"', "---", "# Plan"), [(2, "SECRET")]),
    ("deck.md", ("---", "footer: 'Secret Santa sign-up'", "---", "# Plan"), []),
    ("diagram.svg", ('<svg xmlns="http://www.w3.org/2000/svg">', '<text x="10">SECRET</text>',
                     '<text x="10" y="30">Network diagram</text>', "</svg>"), [(2, "SECRET")]),
    ("Module1.bas", ("' OFFICIAL-SENSITIVE", "Sub Main()", "End Sub"),
     [(1, "OFFICIAL-SENSITIVE")]),
    ("Module1.vb", ("' OFFICIAL-SENSITIVE", "Module Module1", "End Module"),
     [(1, "OFFICIAL-SENSITIVE")]),
    ("b.eml", ("Hi,", "", "See below.", "", "This email is OFFICIAL-SENSITIVE."),
     [(5, "OFFICIAL-SENSITIVE")]),
    ("b.eml", ("This email and any attachments are classified as OFFICIAL-SENSITIVE and are "
               "intended for the addressee only.", "", "Hi,", "", "See below.", "", "More.",
               "", "Thanks"), [(1, "OFFICIAL-SENSITIVE")]),
    ("brief.md", ("This document is protectively marked SECRET.", "", "# Brief", "", "Text."),
     [(1, "SECRET")]),
    # a transcript, a recording, a notebook or a data extract names its own marking
    ("call.vtt", ("WEBVTT", "", "NOTE This transcript is OFFICIAL-SENSITIVE", "",
                  "00:00:01.000 --> 00:00:02.000", "Hello."), [(3, "OFFICIAL-SENSITIVE")]),
    ("notes.md", ("This recording is OFFICIAL-SENSITIVE [PERSONAL].", "",
                  "# Call"), [(1, "OFFICIAL-SENSITIVE [PERSONAL]")]),
    ("README.md", ("# Claims extract", "", "This extract is OFFICIAL-SENSITIVE.", "", "Text."),
     [(3, "OFFICIAL-SENSITIVE")]),
    ("README.md", ("# Analysis", "", "Text.", "", "This notebook is SECRET."),
     [(5, "SECRET")]),
    ("t.md", ("Secret - UK Eyes Only", "", "# Brief"), [(1, "Secret - UK Eyes Only")]),
    ("t.md", ("Top Secret UK Eyes Only", "", "# Brief"), [(1, "Top Secret UK Eyes Only")]),
    ("m.eml", ("From: a@example.com", "Subject: OFFICIAL SENSITIVE Fraud referral", "",
               "Hi."), [(2, "OFFICIAL SENSITIVE")]),
])
def test_markings_in_drawings_basic_comments_email_footers_and_title_case(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize(("path", "lines"), [
    # a drawing of the tiers; a drawing's sentence
    ("tiers.svg", ("<svg>", "<rect/>", '<text x="1">OFFICIAL</text>', "<rect/>",
                   '<text x="2">OFFICIAL-SENSITIVE</text>', "<rect/>", "<text>SECRET</text>",
                   "</svg>")),
    ("a.svg", ("<svg>", "<title>Secret garden</title>", "<text>Keep it SECRET</text>",
               "</svg>")),
    # a list of tiers spaced by blank lines
    ("tiers.md", ("# Tiers", "", "OFFICIAL", "", "OFFICIAL-SENSITIVE", "", "SECRET", "", "End")),
    # a Basic comment about a secret, a quoted word
    ("Module1.bas", ("' SECRET key handling", "Sub Main()", "End Sub")),
    ("a.md", ("'SECRET' is a word we avoid.", "", "Text.")),
    # sentences that are not a document naming its marking
    ("a.md", ("# Guide", "", "Intro.", "", "More.", "", "This document is OFFICIAL-SENSITIVE.",
              "", "More.", "", "More.", "", "End.")),
    ("a.md", ("This page is SECRET Santa rules.", "", "Text.")),
    ("a.md", ("Text.", "", "This file is SECRET-free: keys live in Key Vault.")),
    ("a.md", ("The document is OFFICIAL-SENSITIVE guidance on handling.", "", "Text.")),
    ("a.md", ("The data is SECRET-free: no keys.", "", "Text.")),
    ("a.md", ("# Guide", "", "Intro.", "", "More.", "", "This export is OFFICIAL-SENSITIVE.",
              "", "More.", "", "More.", "", "End.")),
    ("a.md", ("header secret sauce", "", "Text.")),
    # title case without a caveat, and a subject that is not a marking
    ("t.md", ("Secret - the recipe", "", "# x")),
    ("t.md", ("Top Secret", "", "# x")),
    ("m.eml", ("From: a@example.com", "Subject: SECRET Santa draw", "", "Hi.")),
])
def test_drawings_comments_sentences_and_title_case_that_are_not_markings(
        path: str, lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


# --- LaTeX running headers, the HR descriptor, reStructuredText directives -------------------

@pytest.mark.parametrize(("line", "marking"), [
    (r"\fancyhead[C]{OFFICIAL-SENSITIVE}", "OFFICIAL-SENSITIVE"),
    (r"\fancyfoot[L,R]{\textbf{SECRET UK EYES ONLY}}", "SECRET UK EYES ONLY"),
    (r"\chead{OFFICIAL-SENSITIVE [PERSONAL]}", "OFFICIAL-SENSITIVE [PERSONAL]"),
    # a watermark, on every page as a header is
    (r"\SetWatermarkText{OFFICIAL-SENSITIVE}", "OFFICIAL-SENSITIVE"),
])
def test_a_latex_running_header_or_footer_is_a_marking_anywhere_in_the_preamble(
        line: str, marking: str) -> None:
    lines = [r"\documentclass{article}", r"\usepackage{fancyhdr}", r"\usepackage{graphicx}",
             r"\pagestyle{fancy}", line, r"\begin{document}", "Text.", "More text.",
             "Last text.", r"\end{document}"]
    assert markings("briefing.tex", *lines) == [(5, marking)]


@pytest.mark.parametrize("line", [
    r"\fancyhead[C]{Grassland grants: a secret to keep}",
    r"\section{SECRET keys in the vault}",
    r"\newcommand{\marking}{SECRET}",
    r"\SetWatermarkText{Draft: not OFFICIAL-SENSITIVE yet}",
])
def test_latex_that_is_no_running_header_with_a_marking_is_not_one(line: str) -> None:
    lines = [r"\documentclass{article}", r"\usepackage{fancyhdr}", "Intro.", "More.", line,
             "Text.", "More text.", "Last text."]
    assert markings("briefing.tex", *lines) == []


@pytest.mark.parametrize(("definition", "use", "marking"), [
    (r"\newcommand{\classification}{OFFICIAL-SENSITIVE}", r"\fancyhead[C]{\classification}",
     "OFFICIAL-SENSITIVE"),
    (r"\def\marking{SECRET}", r"\lhead{\textbf{\marking}}", "SECRET"),
    (r"\newcommand*\banner{OFFICIAL-SENSITIVE [PERSONAL]}",
     r"\fancyfoot[C]{\small\banner\ -- \thepage}", "OFFICIAL-SENSITIVE [PERSONAL]"),
    (r"\providecommand{\level}{TOP SECRET}", r"\ohead{\level}", "TOP SECRET"),
    (r"\newcommand{\classification}{OFFICIAL-SENSITIVE}",
     r"\fancypagestyle{plain}{\fancyhf{}\cfoot{\classification}}", "OFFICIAL-SENSITIVE"),
])
def test_a_latex_macro_a_running_header_uses_carries_the_documents_marking(
        definition: str, use: str, marking: str) -> None:
    lines = [r"\documentclass{article}", r"\usepackage{fancyhdr}", definition,
             r"\pagestyle{fancy}", use, r"\begin{document}", "Text.", "More text.",
             "Last text.", r"\end{document}"]
    assert markings("briefing.tex", *lines) == [(3, marking)]


@pytest.mark.parametrize("use", [
    r"Put \verb|\marking| in your own header.",
    r"\fancyhead[C]{\markingnote}",
    r"\section{\marking}",
])
def test_a_latex_macro_no_running_header_uses_is_not_a_marking(use: str) -> None:
    lines = [r"\documentclass{article}", r"\newcommand{\marking}{SECRET}",
             r"\begin{document}", "Intro.", use, "Text.", r"\end{document}"]
    assert markings("template.tex", *lines) == []


@pytest.mark.parametrize(("line", "marking"), [
    (r"\hypersetup{pdftitle={Farm visits}, pdfsubject={OFFICIAL-SENSITIVE}}",
     "OFFICIAL-SENSITIVE"),
    (r"\usepackage[pdftitle={SECRET - Site visits}]{hyperref}", "SECRET"),
    # a key of its own in a hypersetup block spread over lines
    ("  pdfkeywords={grassland, OFFICIAL-SENSITIVE [PERSONAL], visits},",
     "OFFICIAL-SENSITIVE [PERSONAL]"),
])
def test_a_latex_documents_pdf_properties_carry_its_marking(line: str, marking: str) -> None:
    lines = [r"\documentclass{article}", r"\usepackage{hyperref}", r"\hypersetup{", line, "}",
             r"\begin{document}", "Intro.", "Text.", "More text.", "Last text.",
             r"\end{document}"]
    assert markings("briefing.tex", *lines) == [(4, marking)]


@pytest.mark.parametrize("line", [
    r"\hypersetup{pdftitle={How we handle OFFICIAL-SENSITIVE data}}",
    r"\hypersetup{pdfsubject={Guidance on SECRET and TOP SECRET}, pdfkeywords={markings}}",
])
def test_latex_pdf_properties_that_discuss_a_marking_are_not_one(line: str) -> None:
    lines = [r"\documentclass{article}", r"\usepackage{hyperref}", "Intro.", line,
             r"\begin{document}", "Text.", "More text.", "Last text.", r"\end{document}"]
    assert markings("guidance.tex", *lines) == []


@pytest.mark.parametrize(("lines", "marking"), [
    (("**OFFICIAL-SENSITIVE HR**", "", "# Case review"), "OFFICIAL-SENSITIVE HR"),
    ((".. classification:: OFFICIAL-SENSITIVE", "", "Summary", "======="),
     "OFFICIAL-SENSITIVE"),
])
def test_an_hr_descriptor_and_a_directive_carry_a_marking(lines: tuple[str, ...],
                                                         marking: str) -> None:
    assert markings("docs/case.md", *lines) == [(1, marking)]


def test_a_scoped_name_in_prose_is_not_a_classification_field() -> None:
    assert markings("docs/api.md", "# API", "", "Pass Classification::SECRET to block it.",
                    "", "More text.", "Last.") == []


@pytest.mark.parametrize("key", ["gov_classification", "govClassification", "handlingMarking",
                                 "handling_marking", "hmgSecurityClassification",
                                 "governmentClassification"])
def test_a_key_that_names_the_governments_scheme_is_a_classification_field(key: str) -> None:
    assert markings("meta.json", f'{{"{key}": "OFFICIAL-SENSITIVE", "id": 4}}') == \
        [(1, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("key", ["imageClassification", "declassification", "riskMarking"])
def test_a_key_with_another_prefix_is_not_a_classification_field(key: str) -> None:
    assert markings("model.json", f'{{"{key}": "SECRET", "id": 4}}') == []


# --- a head docstring's sentence, a comment's joke, a quoted banner row, LaTeX's layout -------

@pytest.mark.parametrize(("lines", "line", "marking"), [
    (('"""Hedgerow grant checks.', "", "This module is OFFICIAL SENSITIVE.", '"""', "import os"),
     3, "OFFICIAL SENSITIVE"),
    (('"""Hedgerow grant checks.', "", "The contents of this file are OFFICIAL-SENSITIVE.",
      '"""', "import os"), 3, "OFFICIAL-SENSITIVE"),
    (('"""Hedgerow grant checks.', "", "This script is classified SECRET.", '"""',
      "import os"), 3, "SECRET"),
    (("# This package is OFFICIAL-SENSITIVE and stays inside the team.", "import os"), 1,
     "OFFICIAL-SENSITIVE"),
])
def test_a_head_docstring_that_states_the_files_marking_is_a_marking(
        lines: tuple[str, ...], line: int, marking: str) -> None:
    assert markings("app/grants.py", *lines) == [(line, marking)]


@pytest.mark.parametrize("lines", [
    ('"""The document is marked OFFICIAL-SENSITIVE when it has a banner."""', "import os"),
    ('"""The report is OFFICIAL-SENSITIVE, or SECRET when it names a site."""', "import os"),
    ('"""This file is OFFICIAL-SENSITIVE; SECRET files are refused."""', "import os"),
    ("# This code is TOP SECRET, nobody may see how it works.", "import os"),
    ('"""Return True when the text is OFFICIAL SENSITIVE."""', "import os"),
])
def test_a_head_docstring_about_markings_or_boasting_is_not_a_marking(
        lines: tuple[str, ...]) -> None:
    assert markings("app/rules.py", *lines) == []


@pytest.mark.parametrize(("path", "lines"), [
    ("src/magic.js", ("// TOP SECRET: this is where the magic happens", "const a = 1;")),
    ("app/glue.py", ("# TOP SECRET: don't tell anyone it is held together with tape",
                     "import os")),
    ("src/Retry.kt", ("// TOP SECRET: shh, nobody knows why this works", "package retry")),
    ("src/lib.rs", ("// TOP SECRET: here be dragons", "fn main() {}")),
])
def test_a_top_secret_joke_tagging_a_comment_is_not_a_marking(
        path: str, lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


@pytest.mark.parametrize(("lines", "marking"), [
    (("// TOP SECRET: this file holds the visit rota", "const a = 1;"), "TOP SECRET"),
    (("// TOP SECRET: it must not leave the secure enclave, do not distribute",
      "const a = 1;"), "TOP SECRET"),
    (("// TOP SECRET - this is the visit rota", "const a = 1;"), "TOP SECRET"),
])
def test_a_top_secret_comment_that_names_its_contents_or_handling_is_a_marking(
        lines: tuple[str, ...], marking: str) -> None:
    assert markings("src/rota.js", *lines) == [(1, marking)]


def test_a_quoted_banner_row_heads_a_data_file() -> None:
    assert markings("exports/visits.csv", '"OFFICIAL-SENSITIVE","","",""',
                    '"id","site","visited"', '"1","North","2024-01-02"') == \
        [(1, "OFFICIAL-SENSITIVE")]
    # A first row whose other cells hold values is data, not a banner.
    assert markings("exports/levels.csv", '"SECRET","level three","blocks"',
                    '"OFFICIAL","level one","passes"') == []


@pytest.mark.parametrize("line", [
    r"\begin{center}\textbf{OFFICIAL-SENSITIVE}\end{center}",
    r"\centering\Large\textsc{Secret UK Eyes Only}",
    r"\textcolor{red}{\textbf{TOP SECRET}}",
])
def test_a_banner_in_latex_layout_is_a_marking(line: str) -> None:
    lines = [r"\documentclass{article}", r"\begin{document}", line, "Text.", "More text.",
             "Last text.", "Final text.", r"\end{document}"]
    assert len(markings("briefing.tex", *lines)) == 1


def test_a_latex_list_of_levels_is_not_a_marking() -> None:
    lines = [r"\documentclass{article}", r"\begin{document}", "Intro.", r"\begin{itemize}",
             r"\item \textbf{SECRET}", r"\end{itemize}", "Text.", "More text.", r"\end{document}"]
    assert markings("guide.tex", *lines) == []


@pytest.mark.parametrize(("lines", "marking"), [
    (('"""Hedgerow grant checks. OFFICIAL SENSITIVE."""', "import os"), "OFFICIAL SENSITIVE"),
    (("# Matches claims to holdings. OFFICIAL-SENSITIVE [PERSONAL]", "import os"),
     "OFFICIAL-SENSITIVE [PERSONAL]"),
])
def test_a_marking_as_the_sentence_that_ends_a_head_comment_is_a_marking(
        lines: tuple[str, ...], marking: str) -> None:
    assert markings("app/grants.py", *lines) == [(1, marking)]


@pytest.mark.parametrize("lines", [
    ('"""Blocks a file marked OFFICIAL. OFFICIAL-SENSITIVE."""', "import os"),
    ('"""Return True when the text is OFFICIAL SENSITIVE."""', "import os"),
])
def test_a_closing_marking_beside_another_tier_or_inside_a_sentence_is_not_one(
        lines: tuple[str, ...]) -> None:
    assert markings("app/rules.py", *lines) == []


@pytest.mark.parametrize(("lines", "line", "marking"), [
    (("---", 'title: "OFFICIAL-SENSITIVE: Hedgerow visits"', "---", "", "Text."), 2,
     "OFFICIAL-SENSITIVE"),
    (("---", "layout: report", "security: OFFICIAL-SENSITIVE", "---", "", "Text."), 3,
     "OFFICIAL-SENSITIVE"),
])
def test_a_marking_in_front_matter_as_a_quoted_title_or_security_is_a_marking(
        lines: tuple[str, ...], line: int, marking: str) -> None:
    assert markings("docs/visits.md", *lines) == [(line, marking)]


def test_front_matter_that_names_a_marking_in_its_subject_is_not_one() -> None:
    assert markings("docs/guide.md", "---", 'title: "Handling OFFICIAL-SENSITIVE material"',
                    "security: low", "---", "", "Text.") == []


def test_a_pages_title_that_carries_a_marking_is_a_marking() -> None:
    page = ["<!doctype html>", "<html>", "<head>", '<meta charset="utf-8">',
            "<title>OFFICIAL-SENSITIVE - Hedgerow visits</title>", "</head>", "<body>",
            "<p>Text</p>", "<p>More</p>", "</body>", "</html>"]
    assert markings("site/visits.html", *page) == [(5, "OFFICIAL-SENSITIVE")]
    page[4] = "<title>Secret Santa sign-up</title>"
    assert markings("site/santa.html", *page) == []


def test_a_doc_comments_classification_tag_is_a_marking() -> None:
    assert markings("src/grants.ts", "/**", " * @file Grant matcher",
                    " * @classification OFFICIAL-SENSITIVE", " */", "export const a = 1;") == \
        [(3, "OFFICIAL-SENSITIVE")]


def test_dublin_core_access_rights_carry_a_marking_but_not_an_access_level() -> None:
    page = ["<!doctype html>", "<html><head>",
            '<meta name="dcterms.accessRights" content="OFFICIAL-SENSITIVE">',
            "<title>Visits</title></head>", "<body><p>Text</p></body></html>"]
    assert markings("site/visits.html", *page) == [(3, "OFFICIAL-SENSITIVE")]
    assert markings("catalogue.json", '{"title": "Hedgerows", "accessRights": "RESTRICTED"}') \
        == []


# --- SECRET as a word of play: a game, a puzzle, a recipe, a celebration ---------------------

@pytest.mark.parametrize(("path", "lines"), [
    ("escape-room/README.md", ("# TOP SECRET: the escape room answers", "",
                               "Spoilers for the away day.", "", "1. The clock.")),
    ("games/cards/README.md", ("# TOP SECRET!", "", "A card game for two players.")),
    ("social/README.md", ("# TOP SECRET - birthday party planning", "", "Cake at three.")),
    ("quiz/answers.txt", ("Pub quiz answers - TOP SECRET", "", "1. Lincoln", "2. Ten")),
    ("quiz/round1.md", ("# [SECRET] Quiz night round one", "", "Question one.")),
    ("site/quiz.html", ("<h1>TOP SECRET: the treasure hunt clues</h1>", "<p>Clue one.</p>")),
    ("docs/bake-off.md", ("---", 'title: "TOP SECRET: my flapjack recipe"', "---", "",
                          "Oats and butter.")),
    ("src/cheats.py", ("# TOP SECRET: cheat codes for the demo game", "import os")),
])
def test_secret_in_the_title_of_a_game_recipe_or_celebration_is_not_a_marking(
        path: str, lines: tuple[str, ...]) -> None:
    # A marking is never exclaimed, and a marked document's title names work, not play.
    assert markings(path, *lines) == []


@pytest.mark.parametrize(("lines", "marking"), [
    # a marking alone is one, whatever the document goes on to say
    (("# TOP SECRET", "", "Leaving do for the team on Friday."), "TOP SECRET"),
    (("# TOP SECRET: Site visit briefing", "", "Timings."), "TOP SECRET"),
    (("# TOP SECRET - game plan for the negotiation", "", "Positions."), "TOP SECRET"),
    (("# TOP SECRET: war game scenario", "", "Injects."), "TOP SECRET"),
    # a codename is any word, a game's or a party's too
    (("# TOP SECRET: Operation Birthday Cake", "", "Timings."), "TOP SECRET"),
    (("# SECRET - Exercise Treasure Hunt", "", "Injects."), "SECRET"),
    # a caveat or a handling instruction makes it a marking, as OFFICIAL-SENSITIVE always is
    (("# TOP SECRET UK EYES ONLY: quiz answers", "", "Text."), "TOP SECRET UK EYES ONLY"),
    (("# SECRET - party planning list, do not distribute", "", "Text."), "SECRET"),
    (("TOP SECRET - DO NOT SHARE!", "", "Text."), "TOP SECRET"),
    (("# OFFICIAL-SENSITIVE: quiz night winners", "", "Text."), "OFFICIAL-SENSITIVE"),
])
def test_a_marking_in_a_title_is_one_unless_it_is_a_word_of_play(
        lines: tuple[str, ...], marking: str) -> None:
    assert markings("docs/notes.md", *lines) == [(1, marking)]


# --- a document that explains the classification scheme -----------------------------------

SCHEME = ("OFFICIAL", "Routine business: most of what the team handles.", "",
          "SECRET", "Needs heightened protection against serious threats.", "",
          "TOP SECRET", "Needs the highest protection; DV clearance.")


@pytest.mark.parametrize(("path", "lines"), [
    ("training/levels.txt", SCHEME),
    ("training/levels.txt", ("TOP SECRET - the gravest threats", "Very few people see it.", "",
                             "SECRET - serious threats", "Cleared staff only.", "",
                             "OFFICIAL-SENSITIVE - a subset of OFFICIAL", "Need to know.")),
    ("site/levels.html", ("<html><body>", "<h1>OFFICIAL</h1>", "<p>Routine business.</p>",
                          "<h1>SECRET</h1>", "<p>Serious threats.</p>", "<h1>TOP SECRET</h1>",
                          "<p>The gravest threats.</p>", "</body></html>")),
    # the two levels a team handles, OFFICIAL and OFFICIAL-SENSITIVE, each explained
    ("training/levels.txt", ("OFFICIAL", "Most of what the team handles.", "",
                             "OFFICIAL-SENSITIVE", "A subset of OFFICIAL: need to know.")),
])
def test_a_document_that_explains_each_level_under_its_name_is_not_marked(
        path: str, lines: tuple[str, ...]) -> None:
    # Three or more levels, each the title of its own explanation: training material about
    # markings, not marked material.
    assert markings(path, *lines) == []


@pytest.mark.parametrize(("lines", "expected"), [
    # the scheme explained in a document that is itself marked, top and foot
    (("OFFICIAL-SENSITIVE", "", "Guide to the levels", "", *SCHEME, "", "OFFICIAL-SENSITIVE"),
     [(1, "OFFICIAL-SENSITIVE"), (14, "OFFICIAL-SENSITIVE")]),
    # a marked document that lists the levels: a list names no subjects
    (("OFFICIAL-SENSITIVE", "", "Levels:", "", "- OFFICIAL", "- SECRET", "- TOP SECRET", "",
      "Our casework is OFFICIAL."), [(1, "OFFICIAL-SENSITIVE")]),
    # two levels explained are a comparison, not the scheme
    (("SECRET", "Serious threats.", "", "OFFICIAL", "Routine business."), [(1, "SECRET")]),
])
def test_a_marked_document_that_names_levels_is_still_marked(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings("briefings/levels.txt", *lines) == expected


@pytest.mark.parametrize(("lines", "line", "marking"), [
    (("---", "title: Site visit briefing", "author: Case Team", "date: 2025-03-03", "---", "",
      "# SECRET", "", "Details of the inspection regime.", "", "More.", "", "End."), 7,
     "SECRET"),
    (("+++", 'title = "Fraud referrals"', "weight = 2", "+++", "", "RESTRICTED", "",
      "# Fraud referrals", "", "Steps.", "", "More.", "", "End."), 6, "RESTRICTED"),
    (("---", "title: Fraud referrals", "tags: [fraud]", "---", "", "# Fraud referrals", "",
      "Intro.", "", "## OFFICIAL-SENSITIVE", "", "More.", "", "Steps.", "", "Done.", "",
      "End."), None, None),
    # rules around an introduction are no front matter
    (("---", "Intro to the levels.", "---", "", "## SECRET", "", "More.", "", "Steps.", "",
      "Done.", "", "End."), None, None),
])
def test_a_documents_front_matter_is_not_its_first_lines(
        lines: tuple[str, ...], line: int | None, marking: str | None) -> None:
    # A banner heading or a legacy marking counts at the top of the text the reader sees,
    # after the front matter; a heading after an introduction still heads a section.
    expected = [] if line is None else [(line, marking)]
    assert markings("docs/briefing.md", *lines) == expected


def test_an_email_subject_that_is_a_word_of_play_is_not_a_marking() -> None:
    assert markings("inbox/social.eml", "From: Social club <social@example.org>",
                    "Subject: TOP SECRET: birthday party planning", "", "Cake at three.") == []
    assert markings("inbox/social.eml", "From: Social club <social@example.org>",
                    "Subject: TOP SECRET: leaving do for the team lead", "", "Six pm.") == []
    assert markings("inbox/visit.eml", "From: Case team <cases@example.org>",
                    "Subject: TOP SECRET: visit plan", "", "Text.") == [(2, "TOP SECRET")]


@pytest.mark.parametrize(("path", "lines", "line", "marking"), [
    # a sheet saved as CSV: a title row, then the marking, then the table
    ("exports/claims.csv", ("Fraud referrals Q1,,", "OFFICIAL SENSITIVE - COMMERCIAL,,", ",,",
                            "sbi,claim,amount", "1,C1,200", "2,C2,300", "3,C3,400"),
     2, "OFFICIAL SENSITIVE - COMMERCIAL"),
    ("exports/claims.tsv", ("Fraud referrals Q1", "Prepared by the case team",
                            "OFFICIAL-SENSITIVE", "", "sbi\tclaim", "1\tC1", "2\tC2", "3\tC3"),
     3, "OFFICIAL-SENSITIVE"),
])
def test_a_banner_row_under_a_data_files_title_rows_is_a_marking(
        path: str, lines: tuple[str, ...], line: int, marking: str) -> None:
    assert markings(path, *lines) == [(line, marking)]


def test_a_marking_alone_in_a_row_of_a_table_is_a_value_not_a_banner() -> None:
    # under a header row, a row's one value is data about a record
    assert markings("exports/docs.csv", "ref,title,level", "OFFICIAL-SENSITIVE,,",
                    "D2,Bee health,OFFICIAL", "D3,Site plan,OFFICIAL", "D4,Maps,OFFICIAL") == []


def test_a_one_column_data_files_second_row_is_a_value() -> None:
    assert markings("exports/levels.csv", "level", "SECRET", "PENDING", "CLOSED", "OPEN") == []


def test_a_classification_badge_is_a_marking_whatever_its_address_spells() -> None:
    # The badge's address spells the marking its own way ("OFFICIAL--SENSITIVE"): it names
    # no other level.
    badge = ("![Classification: OFFICIAL-SENSITIVE]"
             "(https://img.shields.io/badge/classification-OFFICIAL--SENSITIVE-red)")
    assert markings("README.md", "# Fraud referrals", "", badge, "", "Steps.", "", "More.", "",
                    "Done.", "", "End.") == [(3, "OFFICIAL-SENSITIVE")]


BODY = ("Inspection findings for the holding.", "Next steps agreed with the keeper.",
        "Follow-up visit in May.", "Notes kept on file.")


@pytest.mark.parametrize(("lines", "line", "marking"), [
    # a page's running header and footer, their parts a space apart as a PDF's text gives them
    (("Defra Casework OFFICIAL-SENSITIVE", *BODY), 1, "OFFICIAL-SENSITIVE"),
    ((*BODY, "Fraud referrals OFFICIAL-SENSITIVE Page 2"), 5, "OFFICIAL-SENSITIVE"),
    ((*BODY, "Fraud referrals OFFICIAL SENSITIVE [PERSONAL] Page 2 of 5"), 5,
     "OFFICIAL SENSITIVE [PERSONAL]"),
    ((*BODY, "Department for Environment, Food & Rural Affairs Official Sensitive 3"), 5,
     "Official Sensitive"),
    ((*BODY, "Site visit plan SECRET Page 2 of 5"), 5, "SECRET"),
    # or its marking in the middle, between columns
    ((*BODY, "Page 2 of 5     OFFICIAL-SENSITIVE     Fraud referrals"), 5, "OFFICIAL-SENSITIVE"),
    (("Defra | OFFICIAL-SENSITIVE | Casework", *BODY), 1, "OFFICIAL-SENSITIVE"),
    ((*BODY, "Fraud referrals - SECRET - Page 2"), 5, "SECRET"),
    # or its marking first, a column before the page's title or number
    (("OFFICIAL-SENSITIVE      Holding inspection report", *BODY), 1, "OFFICIAL-SENSITIVE"),
    ((*BODY, "Official Sensitive\tFraud referrals"), 5, "Official Sensitive"),
    ((*BODY, "SECRET      Page 2 of 5"), 5, "SECRET"),
])
def test_a_pages_running_header_or_footer_a_space_apart_is_a_marking(
        lines: tuple[str, ...], line: int, marking: str) -> None:
    assert markings("review.txt", *lines) == [(line, marking)]


@pytest.mark.parametrize("edge", [
    "All case notes are OFFICIAL-SENSITIVE",
    "Case notes are marked OFFICIAL-SENSITIVE.",
    "Guide to OFFICIAL-SENSITIVE",
    "Sharing OFFICIAL-SENSITIVE",
    "Working with OFFICIAL-SENSITIVE",
    "Keep it SECRET",
    "The plan stays TOP SECRET",
    "Passwords | SECRET | Rotate monthly",
    "A pre-commit hook that blocks OFFICIAL-SENSITIVE",
    "Fixed the banner for OFFICIAL-SENSITIVE",
    "Add OFFICIAL-SENSITIVE",
    "Understanding OFFICIAL-SENSITIVE",
    "Why OFFICIAL-SENSITIVE",
])
def test_a_sentence_or_title_that_ends_with_a_marking_is_not_a_running_footer(edge: str) -> None:
    assert markings("notes.txt", edge, *BODY) == []
    assert markings("notes.txt", *BODY, edge) == []


@pytest.mark.parametrize("lines", [
    # a filter's or a legend's labels, a level a column
    ("Filter by level:   OFFICIAL   OFFICIAL-SENSITIVE   SECRET",),
    ("OFFICIAL-SENSITIVE   OFFICIAL   Not marked",),
    # a table of the levels laid out in columns
    ("OFFICIAL             Routine business", "OFFICIAL-SENSITIVE   Could cause harm if lost",
     "SECRET               Serious threats", "TOP SECRET           The gravest threats"),
    (*BODY, "OFFICIAL             Routine business",
     "OFFICIAL-SENSITIVE   Could cause harm if lost"),
    # SECRET, an ordinary word too, before a column of words
    ("SECRET      Rotate the signing key monthly", *BODY),
    # a setting's values documented beside the level, in lower case
    (*BODY, "OFFICIAL-SENSITIVE    block (the default) or warn"),
    # a chart's legend: the level and its share
    ("OFFICIAL-SENSITIVE   40%   Other   60%",),
    # a data frame's column printed, a level a row
    ("0    OFFICIAL-SENSITIVE", "1              OFFICIAL", "Name: level, dtype: object"),
])
def test_levels_in_columns_are_a_list_not_a_running_header(lines: tuple[str, ...]) -> None:
    assert markings("levels.txt", *lines) == []


@pytest.mark.parametrize(("path", "lines", "expected"), [
    # a message exported as JSON (Microsoft Graph, a mail client's export): its subject
    ("fixtures/message.json", ("{", '  "id": "AAMkAGI2",',
                               '  "subject": "OFFICIAL-SENSITIVE: TB breakdown at holding",',
                               '  "bodyPreview": "Notes attached."', "}"),
     [(3, "OFFICIAL-SENSITIVE")]),
    ("fixtures/message.json", ('{"subject": "RE: [SECRET] Visit plan", "body": "See below."}',),
     [(1, "SECRET")]),
    # a subject that only mentions a marking, and a page's text in a translation catalogue
    ("fixtures/message.json", ('{"subject": "Handling OFFICIAL-SENSITIVE material"}',), []),
    ("src/locales/en.json", ("{", '  "banner": {"title": "OFFICIAL-SENSITIVE"}', "}"), []),
])
def test_a_subject_or_title_in_json_is_a_property_as_in_yaml(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize("lines", [
    ('[{"title": "OFFICIAL", "rank": 1},', ' {"title": "SECRET", "rank": 3}]'),
    ('[{"title": "SECRET", "rank": 3},', ' {"title": "TOP SECRET", "rank": 4}]'),
    ("levels:", "  - title: OFFICIAL", "    rank: 1", "  - title: SECRET", "    rank: 3"),
])
def test_titles_that_name_several_levels_are_data_about_markings(lines: tuple[str, ...]) -> None:
    path = "config/levels.yaml" if lines[0] == "levels:" else "config/levels.json"
    assert markings(path, *lines) == []


@pytest.mark.parametrize(("lines", "expected"), [
    # a game's records: keys only a game has, or two a game's records share
    (('{"id": "dossier", "classification": "TOP SECRET", "sprite": "dossier.png"}',), []),
    (("{", '  "achievements": [', '    {"key": "all_files", "title": "TOP SECRET"},',
      '    {"key": "fast", "title": "Speed run"}', "  ]", "}"), []),
    (("quests:", "  - id: q1", "    title: SECRET", "    reward: 500", "    difficulty: hard"),
     []),
    # a recipe book's
    (('[{"title": "TOP SECRET", "ingredients": ["oats", "butter"], "serves": 4},',
      ' {"title": "Lemon drizzle", "ingredients": ["lemon"], "serves": 8}]'), []),
    # one key a record of work shares with a game is not enough; OFFICIAL-SENSITIVE is never
    # play
    (('{"id": "case-1", "classification": "TOP SECRET", "score": 4}',),
     [(1, "TOP SECRET")]),
    (('{"id": "dossier", "classification": "OFFICIAL-SENSITIVE", "sprite": "a.png"}',),
     [(1, "OFFICIAL-SENSITIVE")]),
])
def test_a_games_records_name_their_levels_in_play(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    path = "data/quests.yaml" if lines[0] == "quests:" else "data/records.json"
    assert markings(path, *lines) == expected


PAGE_END = ("<p>Steps for the casework team.</p>", "<p>More steps.</p>", "<p>Done.</p>",
            "<p>End.</p>", "</body></html>")


@pytest.mark.parametrize(("lines", "line"), [
    # a wiki page's properties table (Confluence's export), a row a line
    (("<html><body><table><tbody>", "<tr><th>Owner</th><td>Casework team</td></tr>",
      "<tr><th>Classification</th><td>OFFICIAL-SENSITIVE</td></tr>", "</tbody></table>",
      *PAGE_END), 3),
    # or a cell a line
    (("<html><body><table><tbody>", "<tr>", "<th><p>Classification</p></th>",
      "<td><p>OFFICIAL-SENSITIVE</p></td>", "</tr>", "</tbody></table>", *PAGE_END), 4),
])
def test_a_classification_cell_beside_its_key_in_an_html_table_is_a_field(
        lines: tuple[str, ...], line: int) -> None:
    assert markings("wiki/fraud.html", *lines) == [(line, "OFFICIAL-SENSITIVE")]


def test_a_register_of_documents_and_their_classifications_in_html_is_not_marked() -> None:
    assert markings("wiki/register.html", "<html><body><table>",
                    "<tr><th>Document</th><th>Classification</th></tr>",
                    "<tr><td>Fraud referrals</td><td>OFFICIAL-SENSITIVE</td></tr>",
                    "<tr><td>Bee health</td><td>OFFICIAL</td></tr>", "</table>", *PAGE_END) == []
    # a column of values under its key's cell, a cell a line
    assert markings("wiki/register.html", "<html><body><table>", "<tr>",
                    "<th>Classification</th>", "</tr>", "<tr>", "<td>OFFICIAL-SENSITIVE</td>",
                    "</tr>", "<tr>", "<td>Published</td>", "</tr>", "</table>", *PAGE_END) == []


@pytest.mark.parametrize(("path", "lines", "line", "marking"), [
    # R Markdown and Quarto reports: a subtitle, or LaTeX's running header in the YAML header
    ("reports/tb.Rmd", ("---", 'title: "Bovine TB analysis"', 'subtitle: "OFFICIAL-SENSITIVE"',
                        'author: "Analysis team"', "output: html_document", "---", "",
                        "## Results", "", "Text."), 3, "OFFICIAL-SENSITIVE"),
    ("reports/tb.qmd", ("---", 'title: "Bovine TB analysis"',
                        'subtitle: "OFFICIAL SENSITIVE - PERSONAL"', "format: html", "---", "",
                        "## Results"), 3, "OFFICIAL SENSITIVE - PERSONAL"),
    ("reports/tb.Rmd", ("---", 'title: "Bovine TB analysis"', "output: pdf_document",
                        "header-includes:", "  - \\usepackage{fancyhdr}", "  - \\pagestyle{fancy}",
                        "  - \\fancyhead[C]{OFFICIAL-SENSITIVE}", "---", "", "## Results", "",
                        "Text.", "", "More.", "", "End."), 7, "OFFICIAL-SENSITIVE"),
])
def test_a_reports_subtitle_or_latex_header_in_its_yaml_header_is_a_marking(
        path: str, lines: tuple[str, ...], line: int, marking: str) -> None:
    assert markings(path, *lines) == [(line, marking)]


def test_a_reports_subtitle_about_markings_is_not_one() -> None:
    assert markings("reports/guide.Rmd", "---", 'title: "Guide to marking reports"',
                    'subtitle: "How to add OFFICIAL-SENSITIVE to a report"', "---", "",
                    "Text.") == []


def test_a_note_about_a_secret_value_in_a_document_is_not_a_marking() -> None:
    # SECRET, a colon, then a sentence about a value: a note, as in a comment.
    assert markings("docs/secrets.md", "# Secrets", "", "SECRET: the values live in Key Vault.",
                    "", "- SECRET_KEY", "- CLIENT_SECRET") == []
    # a handling instruction, or a title, after it makes it a marking
    for line in ("SECRET: not to be shared outside the team.", "SECRET: Site visit plan"):
        assert markings("docs/visit.md", line, "", "# Visit", "", "Text.") == [(1, "SECRET")]


@pytest.mark.parametrize("place", ["footer 1", "headers and footers",
                                   "sheet Claims header and footer"])
def test_every_line_of_a_documents_header_or_footer_is_at_the_pages_edge(place: str) -> None:
    # A header or footer extracted apart: each of its lines runs on every page.
    lines = ("Printed copies are uncontrolled", "Fraud referrals OFFICIAL-SENSITIVE Page 1",
             "Casework team", "Version 3")
    assert [(f.line, f.value) for f in found("report.docx", *lines, syntax="text",
                                             place=place)] == [(2, "OFFICIAL-SENSITIVE")]
    assert [f.value for f in found("report.docx", *lines, syntax="text", place="body")] == []


def test_a_source_files_marking_stands_whatever_its_docstrings_list() -> None:
    assert markings("app/levels.py", "# OFFICIAL-SENSITIVE", '"""Levels.', "", "OFFICIAL",
                    "    Routine business.", '"""', "import os") == [(1, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("lines", "expected"), [
    # marked once, at its top, then explaining the levels in order: the banner is its own
    (("OFFICIAL-SENSITIVE", "", "# Guide to the levels", "", *SCHEME), [(1, "OFFICIAL-SENSITIVE")]),
    (("# Guide to the levels", "", "SECRET", "", "What each level means.", "",
      "OFFICIAL", "Routine business.", "", "OFFICIAL-SENSITIVE", "A subset of OFFICIAL.", "",
      "TOP SECRET", "The gravest threats."), [(3, "SECRET")]),
    # or once, at its foot
    (("Guide to the levels", "", *SCHEME, "", "OFFICIAL-SENSITIVE"), [(12, "OFFICIAL-SENSITIVE")]),
    # marked at its top, explaining OFFICIAL alone after it
    (("OFFICIAL-SENSITIVE", "", "Guide", "", "OFFICIAL", "Most of what the team handles."),
     [(1, "OFFICIAL-SENSITIVE")]),
])
def test_a_document_marked_once_that_explains_the_levels_is_marked(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    # An explanation goes through the levels in order, up or down; a level at the document's
    # head or foot that breaks the order is the document's own marking.
    assert markings("policy/handling.md", *lines) == expected


# --- a Confluence page in its storage format ------------------------------------------------

STATUS = ('<ac:structured-macro ac:name="status" ac:schema-version="1">'
          '<ac:parameter ac:name="colour">Red</ac:parameter>'
          '<ac:parameter ac:name="title">{}</ac:parameter></ac:structured-macro>')


@pytest.mark.parametrize(("lines", "expected"), [
    # a status lozenge at the page's head, under its table of contents
    (('<ac:structured-macro ac:name="toc">', '<ac:parameter ac:name="maxLevel">2'
      "</ac:parameter>", "</ac:structured-macro>", STATUS.format("OFFICIAL-SENSITIVE"),
      "<h1>Fraud referrals runbook</h1>", "<p>How the team handles a referral.</p>",
      "<p>Check the claim.</p>", "<p>Escalate it.</p>", "<p>Close the case.</p>"),
     [(4, "OFFICIAL-SENSITIVE")]),
    # a panel's title, the whole page on one line
    (('<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>'
      '<ac:structured-macro ac:name="panel"><ac:parameter ac:name="title">SECRET - Site visit'
      "</ac:parameter><ac:rich-text-body><p>Route and timings.</p></ac:rich-text-body>"
      "</ac:structured-macro><p>More.</p></ac:layout-cell></ac:layout-section></ac:layout>",),
     [(1, "SECRET")]),
    # its first paragraph, as a page's banner
    (("<p><strong>OFFICIAL-SENSITIVE</strong></p>",
      '<p>Notes from the review with <ac:link><ri:user ri:account-id="5570:ab"/></ac:link>.</p>',
      "<ul><li>Agree the threshold.</li></ul>", "<p>Next review in two weeks.</p>"),
     [(1, "OFFICIAL-SENSITIVE")]),
    # a register whose rows carry lozenges, and an expander that asks about a level
    (("<h1>Dataset register</h1>", "<p>Every dataset we hold.</p>", "<table><tbody>",
      "<tr><th>Dataset</th><th>Status</th></tr>",
      f"<tr><td>Claims</td><td>{STATUS.format('OFFICIAL-SENSITIVE')}</td></tr>",
      f"<tr><td>Guidance</td><td>{STATUS.format('OFFICIAL')}</td></tr>", "</tbody></table>",
      "<p>Ask the data owner before sharing.</p>",
      '<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">Why is SECRET not '
      "listed?</ac:parameter><ac:rich-text-body><p>We hold none.</p></ac:rich-text-body>"
      "</ac:structured-macro>"), []),
    # a guide whose table of levels ends the page, its last row's lozenge at the foot
    (("<h1>Marking guide</h1>", "<table><tbody>", "<tr><th>Level</th><th>Lozenge</th></tr>",
      f"<tr><td>Guidance</td><td>{STATUS.format('OFFICIAL')}</td></tr>",
      f"<tr><td>Claims</td><td>{STATUS.format('OFFICIAL-SENSITIVE')}</td></tr>",
      "</tbody></table>"), []),
])
def test_a_confluence_pages_marking_is_read_as_the_page_shows_it(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    # Storage format is XHTML with macros: read as a page, a macro's title as its own.
    assert markings("wiki/fraud-referrals.xml", *lines) == expected


# --- diagrams as code, and reStructuredText's page parts -------------------------------------

@pytest.mark.parametrize(("path", "lines", "expected"), [
    # PlantUML's title names the diagram, as a document's does
    ("docs/referral.puml", ("@startuml", "title OFFICIAL-SENSITIVE - Fraud referral flow",
                            "caseworker -> system: submit", "@enduml"),
     [(2, "OFFICIAL-SENSITIVE")]),
    ("docs/rotation.puml", ("@startuml", "title Secret rotation flow",
                            "app -> vault: fetch the secret", "@enduml"), []),
    # reStructuredText's header and footer directives run on every page, wherever they sit
    ("docs/runbook.rst", ("Fraud referrals runbook", "=======================", "",
                          "Check the claim.", "", "More text.", "",
                          ".. header:: OFFICIAL-SENSITIVE", "", "Further steps.", "", "Done.",
                          "", "Closing."), [(8, "OFFICIAL-SENSITIVE")]),
    # a literal block shows how to write one
    ("docs/markings.rst", ("Writing headers", "===============", "",
                           "Mark every page with a directive, for example::", "",
                           "    .. header:: OFFICIAL-SENSITIVE", "", "Then build the docs.",
                           "", "More."), []),
    ("docs/markings.rst", ("Writing headers", "===============", "", ".. code-block:: rst", "",
                           "   .. footer:: SECRET", "", "Then build.", "", "More.", "", "End."),
     []),
])
def test_a_diagrams_title_and_a_pages_directive_carry_a_marking(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


# --- a text held in a data file's string: a chat message, an issue's description ------------

@pytest.mark.parametrize(("path", "lines", "expected"), [
    # a Slack export's message, its first line the marking
    ("exports/casework/2026-01-05.json",
     ("[", "  {", '    "type": "message",',
      '    "text": "OFFICIAL-SENSITIVE\\nReferral notes for case twelve attached",',
      '    "ts": "1700000000.0001"', "  }", "]"), [(4, "OFFICIAL-SENSITIVE")]),
    # a Teams message's HTML body
    ("exports/teams-chat.json",
     ('{"messages": [', '  {"id": "1", "body": {"contentType": "html",',
      '   "content": "<p>OFFICIAL-SENSITIVE</p><p>Route for the visit.</p>"}}', "]}"),
     [(3, "OFFICIAL-SENSITIVE")]),
    ("exports/teams-chat.json",
     ('[{"content": "<p>SECRET UK EYES ONLY</p><p>Route for the visit.</p>"}]',),
     [(1, "SECRET UK EYES ONLY")]),
    # an API's fields described under a heading of a word
    ("api/openapi.json",
     ('{"secret": {"type": "string", "description": "SECRET\nThe client secret."},',
      ' "mode": {"type": "string", "description": "RESTRICTED\nOnly owners see it."}}'), []),
    # an issue's description that ends with it
    ("exports/issues.json",
     ('{"key": "FRAUD-12", "fields": {', '  "summary": "Referral triage",',
      '  "description": "Triage the referral.\\nCheck the register.\\n\\nOFFICIAL-SENSITIVE"',
      "}}"), [(3, "OFFICIAL-SENSITIVE")]),
    # messages that talk about markings, keys and secrets
    ("exports/casework/2026-01-06.json",
     ("[", '  {"text": "did you rotate the SECRET_KEY?\\nit is in the vault"},',
      '  {"text": "our data is OFFICIAL-SENSITIVE\\nso no AI tools on it"},',
      '  {"text": "<p>Keep it <b>SECRET</b></p><p>surprise party!</p>"}', "]"), []),
    # a description of one line is a label, and a catalogue's strings are a page's text
    ("package.json", ('{"name": "grants", "description": "OFFICIAL-SENSITIVE"}',), []),
    ("app/i18n/en.json", ('{"banner": {"text": "OFFICIAL-SENSITIVE\\nDo not share"}}',), []),
])
def test_a_text_held_in_a_json_string_is_read_as_a_document(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize(("path", "lines", "expected"), [
    # a tracker's export titles each issue after its key
    ("exports/jira.xml", ('<?xml version="1.0" encoding="UTF-8"?>', "<rss><channel>",
                          "<title>Jira export</title>", "<item>",
                          "<title>[FRAUD-12] OFFICIAL-SENSITIVE: referral triage</title>",
                          "<type>Task</type>", "</item>", "</channel></rss>"),
     [(5, "OFFICIAL-SENSITIVE")]),
    ("exports/issues.json", ('[{"key": "FRAUD-12", "title": "FRAUD-12: SECRET - site visit"}]',),
     [(1, "SECRET")]),
    ("exports/jira.xml", ("<rss><channel><item>", "<title>[FRAUD-13] Rotate SECRET_KEY</title>",
                          "</item></channel></rss>"), []),
])
def test_an_issues_title_after_its_key_carries_a_marking(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize(("line", "marking"), [
    # the page's number and type styles around it, LaTeX's "--" for a dash
    (r"\fancyfoot[C]{OFFICIAL-SENSITIVE \thepage}", "OFFICIAL-SENSITIVE"),
    (r"\lhead{\small\textsf{OFFICIAL SENSITIVE -- COMMERCIAL}}",
     "OFFICIAL SENSITIVE -- COMMERCIAL"),
    # a title or a Beamer deck's subtitle, as a document's properties
    (r"\subtitle{OFFICIAL-SENSITIVE}", "OFFICIAL-SENSITIVE"),
    (r"\title{SECRET -- Site visit plan}", "SECRET"),
])
def test_a_latex_header_title_or_subtitle_with_its_styling_is_a_marking(
        line: str, marking: str) -> None:
    lines = [r"\documentclass{beamer}", r"\usepackage{fancyhdr}", r"\pagestyle{fancy}", line,
             r"\begin{document}", "Text.", "More text.", "Last text.", r"\end{document}"]
    assert markings("briefing.tex", *lines) == [(4, marking)]


@pytest.mark.parametrize("line", [
    r"\title{Handling OFFICIAL-SENSITIVE data}",
    r"\title{TOP SECRET: the escape room answers}",
    r"\fancyfoot[C]{Keep it secret \thepage}",
])
def test_a_latex_title_about_markings_or_play_is_not_one(line: str) -> None:
    lines = [r"\documentclass{article}", line, r"\begin{document}", "Text.", "More text.",
             "Last text.", r"\end{document}"]
    assert markings("briefing.tex", *lines) == []


@pytest.mark.parametrize(("path", "lines", "expected"), [
    # a map's name, as Google Earth shows it over its places
    ("maps/sites.kml", ('<?xml version="1.0" encoding="UTF-8"?>',
                        '<kml xmlns="http://www.opengis.net/kml/2.2">', "<Document>",
                        "<name>OFFICIAL-SENSITIVE - Inspection sites</name>",
                        "<Placemark><name>Site 1</name></Placemark>", "</Document>", "</kml>"),
     [(4, "OFFICIAL-SENSITIVE")]),
    ("maps/patrol.gpx", ('<gpx version="1.1"><metadata><name>SECRET - Patrol route</name>'
                         "</metadata>", "<trk><name>Route 1</name></trk></gpx>"),
     [(1, "SECRET")]),
    # a setting's or a thing's name is none
    ("config/app.xml", ("<config>", "  <env>", "    <name>SECRET</name>",
                        "    <value>from the vault</value>", "  </env>", "</config>"), []),
    ("maps/sites.kml", ("<kml><Document>", "<name>Secret garden walks</name>",
                        "</Document></kml>"), []),
])
def test_a_maps_own_name_carries_its_marking(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize(("path", "lines", "expected"), [
    # an issue's description, escaped, in a Jira export
    ("exports/jira.xml", ("<rss><channel><item>", "<title>[FRAUD-13] Referral review</title>",
                          "<description>&lt;p&gt;OFFICIAL-SENSITIVE&lt;/p&gt;",
                          "&lt;p&gt;Case details for the review.&lt;/p&gt;</description>",
                          "</item></channel></rss>"), [(3, "OFFICIAL-SENSITIVE")]),
    # a placemark's description, in CDATA
    ("maps/sites.kml", ("<kml><Document><name>Sites</name>",
                        "<Placemark><name>Site 1</name><description><![CDATA[<p><b>SECRET</b>"
                        "</p><p>Access by the north gate.</p>]]></description></Placemark>",
                        "</Document></kml>"), [(2, "SECRET")]),
    # rich text that talks about a level, or a secret
    ("exports/jira.xml", ("<rss><channel><item>",
                          "<description>&lt;p&gt;Our data is OFFICIAL-SENSITIVE, so no AI tools."
                          "&lt;/p&gt;&lt;p&gt;Thanks&lt;/p&gt;</description>",
                          "</item></channel></rss>"), []),
    ("maps/sites.kml", ("<kml><Document><name>Sites</name>",
                        "<Placemark><description><![CDATA[<p>Keep the gate code secret.</p>"
                        "<p>Open daily.</p>]]></description></Placemark>", "</Document></kml>"),
     []),
])
def test_rich_text_held_in_an_xml_element_is_read_as_the_page_it_shows(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


def _issue(*description: str) -> tuple[str, ...]:
    return ("<rss><channel><item>", "<title>[FLD-12] Inspection follow-up</title>",
            *description, "<status>Open</status>", "<priority>Major</priority>",
            "</item></channel></rss>")


@pytest.mark.parametrize(("lines", "expected"), [
    # the foot of an escaped description, its last line bare before the closing tag
    (_issue("<description>&lt;p&gt;Follow up the inspection.&lt;/p&gt;",
            "&lt;p&gt;Visit booked for next week.&lt;/p&gt;",
            "OFFICIAL-SENSITIVE</description>"), [(5, "OFFICIAL-SENSITIVE")]),
    (_issue("<description>&lt;p&gt;Follow up the inspection.&lt;br/&gt;",
            "Visit booked for next week.&lt;/p&gt;",
            "&lt;p&gt;&lt;b&gt;SECRET UK EYES ONLY&lt;/b&gt;&lt;/p&gt;",
            "</description>"), [(5, "SECRET UK EYES ONLY")]),
    # in CDATA, over several lines
    (_issue("<description><![CDATA[<p>Follow up the inspection.</p>",
            "<p>Visit booked for next week.</p>",
            "<p>OFFICIAL-SENSITIVE [PERSONAL]</p>]]></description>"),
     [(5, "OFFICIAL-SENSITIVE [PERSONAL]")]),
    # plain text of several lines: a document too, but a bare SECRET there is a heading
    (_issue("<description>Follow up the inspection.", "Visit booked for next week.", "",
            "OFFICIAL-SENSITIVE</description>"), [(6, "OFFICIAL-SENSITIVE")]),
    (_issue("<description>Rotate the key.", "Then test the login.", "",
            "SECRET</description>"), []),
    # rich text whose last paragraph talks about a level
    (_issue("<description>&lt;p&gt;Follow up the inspection.&lt;/p&gt;",
            "&lt;p&gt;Visit booked for next week.&lt;/p&gt;",
            "&lt;p&gt;Should the export be OFFICIAL-SENSITIVE?&lt;/p&gt;</description>"), []),
])
def test_an_xml_elements_text_over_several_lines_is_read_as_one_document(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings("exports/jira.xml", *lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    # a custom field in a Jira export: its name, then its value a few lines under
    (("<rss><channel><item>", "<customfields>", '  <customfield id="customfield_10050">',
      "    <customfieldname>Classification</customfieldname>", "    <customfieldvalues>",
      '      <customfieldvalue key="10100"><![CDATA[OFFICIAL-SENSITIVE]]></customfieldvalue>',
      "    </customfieldvalues>", "  </customfield>", "</customfields>",
      "</item></channel></rss>"), [(6, "OFFICIAL-SENSITIVE")]),
    # or on one line
    (("<record>", "<field><name>Security classification</name><value>SECRET</value></field>",
      "</record>"), [(2, "SECRET")]),
    # another field's value, and a field's list of options
    (("<customfield>", "  <customfieldname>Notes</customfieldname>",
      "  <customfieldvalue><![CDATA[SECRET]]></customfieldvalue>", "</customfield>"), []),
    (("<field>", "  <name>Classification</name>", "  <options>", "    <option>OFFICIAL</option>",
      "    <option>OFFICIAL-SENSITIVE</option>", "    <option>SECRET</option>", "  </options>",
      "</field>"), []),
])
def test_a_classification_kept_as_an_xml_records_name_and_value_is_a_field(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings("exports/issues.xml", *lines) == expected


@pytest.mark.parametrize(("path", "lines", "expected"), [
    # a Tableau sheet's title, its text a few tags under the element
    ("dashboards/referrals.twb", ("<?xml version='1.0' encoding='utf-8' ?>", "<workbook>",
                                 "  <worksheets>", "    <worksheet name='Referrals'>",
                                 "      <layout-options>", "        <title>",
                                 "          <formatted-text>",
                                 "            <run>OFFICIAL-SENSITIVE: Fraud referrals</run>",
                                 "          </formatted-text>", "        </title>",
                                 "      </layout-options>", "    </worksheet>",
                                 "  </worksheets>", "  <datasources/>", "</workbook>"),
     [(8, "OFFICIAL-SENSITIVE")]),
    # a page's title element, its text on a line of its own
    ("site/visits.html", ("<html>", "<head>", "<title>", "  SECRET - Site visits", "</title>",
                          "</head>", "<body>", "<p>Intro.</p>", "<p>More.</p>", "<p>More.</p>",
                          "<p>End.</p>", "</body>", "</html>"), [(4, "SECRET")]),
    # a title about markings, and a sheet's text outside its title
    ("dashboards/guide.twb", ("<workbook>", "<worksheet>", "<title>", "<formatted-text>",
                              "<run>Handling OFFICIAL-SENSITIVE data</run>", "</formatted-text>",
                              "</title>", "<zone>", "<run>Intro.</run>", "</zone>", "<zone>",
                              "<run>SECRET: the vault holds the keys.</run>", "</zone>",
                              "</worksheet>", "</workbook>"), []),
])
def test_the_text_of_a_title_element_opened_above_is_a_title(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


# --- a sentence naming the document's own marking, away from its top and foot ------------------

_BODY = ("# Flood model runbook", "", "Steps to run the model.", "", "1. Fetch the data.",
         "2. Run it.", "", "3. Check the output.", "")
_TAIL = ("", "4. Publish.", "", "5. Tidy up.", "", "6. Close the ticket.")


@pytest.mark.parametrize("sentence", [
    "Note: this document is OFFICIAL-SENSITIVE. Do not share it outside the team.",
    "**Important:** this data is OFFICIAL-SENSITIVE - do not forward it.",
    "This spreadsheet is OFFICIAL-SENSITIVE. Keep it on the team drive only.",
    "This document is OFFICIAL-SENSITIVE and must not be circulated.",
])
def test_a_document_naming_its_own_marking_with_a_handling_rule_is_marked_anywhere(
        sentence: str) -> None:
    found = markings("runbook.md", *_BODY, sentence, *_TAIL)
    assert [value for _, value in found] == ["OFFICIAL-SENSITIVE"]


@pytest.mark.parametrize("sentence", [
    "This document is OFFICIAL-SENSITIVE when it holds case data.",  # a rule about markings
    "Note: the report is OFFICIAL-SENSITIVE if it names a farm, so do not share it.",
    "This page is OFFICIAL-SENSITIVE, and SECRET ones must be blocked.",
    "This page is marked OFFICIAL-SENSITIVE.",  # no handling rule: a policy's example
    "Note: this code is TOP SECRET, do not tell anyone.",  # a boast, not a marking given
])
def test_a_sentence_about_markings_in_the_middle_of_a_document_is_not_one(
        sentence: str) -> None:
    assert markings("runbook.md", *_BODY, sentence, *_TAIL) == []


# --- a banner drawn as a picture; a marking header written as settings ----------------------

@pytest.mark.parametrize(("lines", "expected"), [
    (("![OFFICIAL-SENSITIVE](images/banner.png)", "", "# Hedgerow survey", "", "Results.",
      "", "More.", "", "End."), [(1, "OFFICIAL-SENSITIVE")]),
    (('<img src="banner.png" alt="SECRET UK EYES ONLY" width="600">', "", "# Site visits", "",
      "Results.", "", "More.", "", "End."), [(1, "SECRET UK EYES ONLY")]),
    (('<p align="center"><img src="docs/banner.svg" alt="OFFICIAL-SENSITIVE"></p>', "",
      "# Grants service", "", "Results.", "", "More.", "", "End."), [(1, "OFFICIAL-SENSITIVE")]),
    (("# Hedgerow survey", "", "Results.", "", "More.", "", "End.", "", "Done.", "",
      "[![OFFICIAL-SENSITIVE](images/foot.png)](https://intranet.example.com/marking)"),
     [(11, "OFFICIAL-SENSITIVE")]),
    # a picture of a banner explained, in the middle or at the top; a code block's example
    (("# Marking guide", "", "Each page shows its banner.", "", "Text.", "",
      "![OFFICIAL-SENSITIVE](images/example.png)", "", "More.", "", "End.", "", "Done."), []),
    (("![A page with a SECRET banner at its top](images/example.png)", "", "# Guide", "",
      "Text."), []),
    (("```", "![SECRET](images/banner.png)", "```", "", "# Guide", "", "Text."), []),
])
def test_a_pictures_alternative_text_at_the_top_or_foot_is_a_banner(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings("docs/survey.md", *lines) == expected


@pytest.mark.parametrize(("header", "expected"), [
    ("X-Protective-Marking: VERSION=2018.1, NS=gov.uk, SEC=OFFICIAL-SENSITIVE, "
     "ORIGIN=field.team@example.com", ["OFFICIAL-SENSITIVE"]),
    ("X-Protective-Marking: SEC=SECRET; ORIGIN=field.team@example.com", ["SECRET"]),
    ("X-Protective-Marking: VERSION=2018.1, SEC=OFFICIAL, ORIGIN=field.team@example.com", []),
    ("X-Mailer: Outlook, SEC=SECRET", []),
    # the standard's own spellings of the same levels
    ("X-Protective-Marking: VERSION=2018.4, NAMESPACE=gov.au, SEC=OFFICIAL:Sensitive, "
     "ACCESS=Personal-Privacy, ORIGIN=field.team@example.com", ["OFFICIAL:Sensitive"]),
    ("X-Protective-Marking: VERSION=2018.4, SEC=TOP-SECRET, ORIGIN=field.team@example.com",
     ["TOP-SECRET"]),
])
def test_a_marking_header_written_as_settings_carries_its_level(
        header: str, expected: list[str]) -> None:
    lines = ("From: Field Team <field.team@example.com>", "Subject: Survey results", header,
             "", "Hi all,", "", "The results are attached.", "", "Thanks")
    assert [value for _, value in markings("mail/survey.eml", *lines)] == expected


@pytest.mark.parametrize(("subject", "expected"), [
    ("Subject: [SEC=OFFICIAL:Sensitive] Survey results", ["OFFICIAL:Sensitive"]),
    ("Subject: RE: Survey results [SEC=OFFICIAL:Sensitive, ACCESS=Legal-Privilege]",
     ["OFFICIAL:Sensitive"]),
    ("Subject: FW: Survey results [SEC=TOP-SECRET]", ["TOP-SECRET"]),
    ("Subject: Survey results [SEC=SECRET]", ["SECRET"]),
    ("Subject: Survey results [SEC=OFFICIAL-SENSITIVE]", ["OFFICIAL-SENSITIVE"]),
    # the standard's lower level, and a level that is not the UK's
    ("Subject: [SEC=OFFICIAL] Survey results", []),
    ("Subject: Survey results [SEC=UNOFFICIAL]", []),
])
def test_an_email_subjects_protective_marking_tag_carries_its_level(
        subject: str, expected: list[str]) -> None:
    lines = ("From: Field Team <field.team@example.com>", subject, "", "Hi all,", "",
             "The results are attached.", "", "Thanks")
    assert [value for _, value in markings("mail/survey.eml", *lines)] == expected


# --- play named by a text's title; AsciiDoc's example blocks ---------------------------------

@pytest.mark.parametrize(("lines", "expected"), [
    (("TOP SECRET", "", "# Escape room clues", "", "The first code is under the mat."), []),
    (("# Flapjack recipe", "", "TOP SECRET", "", "- oats", "- butter", "", "Bake for 20 min."),
     []),
    (("# Team quiz answers", "", "1. Paris", "2. Blue whale", "", "SECRET"), []),
    # a codename or a handling instruction makes it a marking; so does a title of work
    (("TOP SECRET", "", "# Operation Birthday Cake: site notes", "", "Visit at dawn."),
     [(1, "TOP SECRET")]),
    (("SECRET - do not forward", "", "# Bake sale rota", "", "Stalls at noon."),
     [(1, "SECRET")]),
    (("# Site visit notes", "", "Visited the farm.", "", "- Cake for Sam on Friday", "",
      "SECRET"), [(7, "SECRET")]),
])
def test_a_bare_secret_in_a_text_whose_title_names_play_is_not_a_marking(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings("notes/page.md", *lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    (("= Handling marked documents", "", "A marked page shows, at its top:", "", "....",
      "OFFICIAL-SENSITIVE", "....", "", "Use the picker to choose it."), []),
    (("= Handling marked documents", "", "For example:", "", "[source,text]", "----",
      "SECRET UK EYES ONLY", "----", "", "More text."), []),
    (("OFFICIAL-SENSITIVE", "", "= Case review", "", "----", "print(1)", "----", "",
      "Actions agreed."), [(1, "OFFICIAL-SENSITIVE")]),
])
def test_a_marking_in_an_asciidoc_listing_or_literal_block_is_an_example(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings("docs/handling.adoc", *lines) == expected


# --- a sensitivity label's name apart from its key --------------------------------------------

@pytest.mark.parametrize(("path", "lines", "expected"), [
    # an unpacked, indented docProps/custom.xml
    ("docs/unpacked/docProps/custom.xml",
     ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', "<Properties>",
      f'  <property pid="2" name="MSIP_Label_{GUID}_Enabled">', "    <vt:lpwstr>true</vt:lpwstr>",
      "  </property>", f'  <property pid="3" name="MSIP_Label_{GUID}_Name">',
      "    <vt:lpwstr>OFFICIAL-SENSITIVE</vt:lpwstr>", "  </property>", "</Properties>"),
     [(7, "OFFICIAL-SENSITIVE")]),
    # Microsoft Graph's file or message, its label an object
    ("tests/fixtures/drive_item.json",
     ("{", '  "name": "survey.docx",',
      f'  "sensitivityLabel": {{"id": "{GUID}", "displayName": "OFFICIAL-SENSITIVE"}}', "}"),
     [(3, "OFFICIAL-SENSITIVE")]),
    ("tests/fixtures/drive_item.json",
     ("{", '  "name": "survey.docx",', '  "sensitivityLabel": {', f'    "id": "{GUID}",',
      '    "displayName": "Official Sensitive Personal",', '    "assignmentMethod": "standard"',
      "  }", "}"), [(5, "Official Sensitive Personal")]),
    # a label that is no marking; a name outside a label's object
    ("tests/fixtures/drive_item.json",
     ("{", '  "sensitivityLabel": {', f'    "id": "{GUID}",', '    "displayName": "OFFICIAL"',
      "  },", '  "children": [', '    {"name": "SECRET", "size": 3}', "  ]", "}"), []),
    ("docs/unpacked/docProps/custom.xml",
     ("<Properties>", '  <property pid="2" name="Owner">', "    <vt:lpwstr>SECRET</vt:lpwstr>",
      "  </property>", "</Properties>"), []),
])
def test_a_sensitivity_labels_name_apart_from_its_key_is_a_marking(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


# --- a speaker's sentence naming the document's marking ---------------------------------------

@pytest.mark.parametrize(("path", "lines", "expected"), [
    ("meetings/call.txt",
     ("Meeting transcript", "",
      "Sam Patel: Before we start, this meeting is OFFICIAL-SENSITIVE, so please do not share "
      "the recording.", "Ade Okafor: Thanks. First item is the hedgerow grants.",
      "Sam Patel: Agreed.", "Ade Okafor: Next, the budget.", "Sam Patel: Fine.",
      "Ade Okafor: Any other business?", "Sam Patel: None."), [(3, "OFFICIAL-SENSITIVE")]),
    ("chats/team.txt",
     ("[10:01] Ade Okafor: morning", "[10:02] Ade Okafor: sent the draft",
      "[10:03] Sam Patel: This document is OFFICIAL-SENSITIVE - do not forward outside Defra.",
      "[10:04] Ade Okafor: ok", "[10:05] Sam Patel: thanks", "[10:06] Ade Okafor: will do",
      "[10:07] Ade Okafor: done"), [(3, "OFFICIAL-SENSITIVE")]),
    ("meetings/call.vtt",
     ("WEBVTT", "", "00:00:01.000 --> 00:00:04.000",
      "<v Sam Patel>Before we start, this call is OFFICIAL-SENSITIVE, so do not record it.",
      "", "00:00:05.000 --> 00:00:08.000", "<v Ade Okafor>Thanks. First, the grants.", "",
      "00:00:09.000 --> 00:00:12.000", "<v Sam Patel>Agreed.", "",
      "00:00:13.000 --> 00:00:15.000", "<v Ade Okafor>Next item."), [(4, "OFFICIAL-SENSITIVE")]),
    # a rule, an example, a question, a quotation, a sentence with no instruction
    ("docs/guide.md",
     ("# Marking your documents", "", "Intro.", "",
      "If the report names a farm, this report is OFFICIAL-SENSITIVE and must not be shared.",
      "", "For example, this document is OFFICIAL-SENSITIVE and must not leave the team.", "",
      "The footer reads: This document is OFFICIAL-SENSITIVE - do not forward.", "",
      "Ask yourself: is this document OFFICIAL-SENSITIVE? If so, do not share it.", "",
      "Sam Patel: I think this export is OFFICIAL-SENSITIVE.", "",
      "In production, the data is OFFICIAL-SENSITIVE, so it must not be copied to dev.", "",
      "Text.", "", "More.", "", "End."), []),
])
def test_a_speakers_sentence_naming_the_documents_marking_with_an_instruction_is_one(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


# --- legacy words that tag a comment's note; a commercial scheme's levels explained ---------

@pytest.mark.parametrize(("path", "lines", "expected"), [
    ("web/guard.ts", ("// PROTECT: this handler guards against forged requests",
                      "export function guard() {}"), []),
    ("app/admin.py", ("# RESTRICTED: admin-only endpoints live here", "import os"), []),
    ("web/vendor.ts", ("// CONFIDENTIAL - Copyright Example Ltd 2024", "export const x = 1;"),
     []),
    # alone, with a descriptor, or with a handling instruction, a legacy word still marks
    ("app/model.py", ("# CONFIDENTIAL", "# Grants scoring model", "import os"),
     [(1, "CONFIDENTIAL")]),
    ("app/model.py", ("# PROTECT - do not distribute outside the team", "import os"),
     [(1, "PROTECT")]),
    ("app/model.py", ("# RESTRICTED - MANAGEMENT: scoring weights", "import os"),
     [(1, "RESTRICTED - MANAGEMENT")]),
    # a commercial scheme's levels, each explained
    ("docs/access.md", ("# Access levels", "", "PUBLIC", "", "Anyone can see it.", "",
                        "RESTRICTED", "", "Only staff can see it.", "", "CONFIDENTIAL", "",
                        "Only the team can see it."), []),
])
def test_legacy_words_that_tag_a_note_or_title_a_schemes_level_are_not_markings(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    # an Obsidian Excalidraw drawing's text elements, each with its block id
    (("---", "", "excalidraw-plugin: parsed", "", "---", "", "# Text Elements",
      "OFFICIAL-SENSITIVE ^k2Lr8PqA", "", "Case system ^Xy7Qw2Lm", "", "Payments API ^Ab3dE9fG",
      "", "Data warehouse ^Zt5Hn1Ks"), [(8, "OFFICIAL-SENSITIVE")]),
    (("# Visit notes ^top", "", "Text.", "", "More.", "", "SECRET UK EYES ONLY ^foot"),
     [(7, "SECRET UK EYES ONLY")]),
    (("# Drawing notes", "", "Keep the key SECRET ^k1", "", "More."), []),
])
def test_a_banner_before_an_obsidian_block_id_is_a_marking(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings("vault/Architecture.excalidraw.md", *lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    (("<html>", "<head>", "  <meta", '    name="protective-marking"',
      '    content="OFFICIAL-SENSITIVE"', "  >", "  <title>Case</title>", "</head>",
      "<body><p>Text.</p></body>", "</html>"), [(5, "OFFICIAL-SENSITIVE")]),
    (("<html>", "<head>", "  <meta", '    name="description"',
      '    content="How we handle SECRET material"', "  >", "</head>", "</html>"), []),
])
def test_a_meta_tags_content_on_a_line_of_its_own_is_read_with_its_name(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings("site/index.html", *lines) == expected


@pytest.mark.parametrize(("path", "lines", "expected"), [
    ("site/recipe.html", ("<!DOCTYPE html>", "<html><head><title>TOP SECRET brownies</title>"
                          "</head>", "<body>", "<h1>TOP SECRET</h1>",
                          "<p>The family recipe.</p>", "</body></html>"), []),
    ("slides/quiz.md", ("---", "marp: true", "footer: 'TOP SECRET'", "---", "", "# Team quiz",
                        "", "Question one."), []),
    # a deck about work keeps its footer
    ("slides/visits.md", ("---", "marp: true", "footer: 'TOP SECRET'", "---", "",
                          "# Site visits", "", "Visit one."), [(3, "TOP SECRET")]),
])
def test_a_page_or_deck_whose_title_names_play_is_not_marked_by_a_bare_secret(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize(("body", "expected"), [
    (('<img src="banner.png" alt="OFFICIAL-SENSITIVE">', "<h1>Survey</h1>", "<p>Results.</p>",
      "<p>More.</p>", "<p>End.</p>"), [(4, "OFFICIAL-SENSITIVE")]),
    (("<h1>Survey</h1>", "<p>Results.</p>", "<p>More.</p>", "<p>End.</p>",
      '<div><img src="foot.png" alt="SECRET"></div>'), [(8, "SECRET")]),
    # a picture of a banner in the middle of a guide
    (("<h1>Marking guide</h1>", "<p>A page shows its banner:</p>",
      '<img src="example.png" alt="OFFICIAL-SENSITIVE">', "<p>That is how it looks.</p>",
      "<p>More.</p>", "<p>End.</p>"), []),
])
def test_a_banner_picture_first_or_last_in_a_pages_body_is_a_marking(
        body: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    lines = ("<!DOCTYPE html>", "<html><head><title>Survey</title></head>", "<body>", *body,
             "</body></html>")
    assert markings("site/survey.html", *lines) == expected


@pytest.mark.parametrize(("path", "lines", "expected"), [
    # a template that shows a level's banner when a value is that level: code about markings
    ("app/views/doc.njk", ('{% if doc.marking == "OFFICIAL-SENSITIVE" %}',
                           '<div class="app-banner">OFFICIAL-SENSITIVE</div>', "{% endif %}",
                           "<h1>{{ doc.title }}</h1>"), []),
    ("templates/doc.html", ("{% extends \"layout.html\" %}", "{% block content %}",
                            "{% if level != 'SECRET' %}<p>Share freely.</p>{% else %}",
                            "<strong>SECRET</strong>{% endif %}", "{% endblock %}"), []),
    ("src/Banner.vue", ("<template>",
                        "<div v-if=\"marking === 'OFFICIAL-SENSITIVE'\">OFFICIAL-SENSITIVE</div>",
                        "</template>"), []),
    # a template that always shows its banner, and a page that compares another level
    ("templates/doc.html", ("{% extends \"layout.html\" %}", "{% block content %}",
                            '<div class="app-banner">OFFICIAL-SENSITIVE</div>',
                            "<h1>Visit findings</h1>", "{% endblock %}"),
     [(3, "OFFICIAL-SENSITIVE")]),
    ("templates/doc.html", ('<div class="app-banner">OFFICIAL-SENSITIVE</div>',
                            "{% if level == 'SECRET' %}<p>Ask first.</p>{% endif %}",
                            "<h1>Visit findings</h1>"), [(1, "OFFICIAL-SENSITIVE")]),
    # a marked guide's example of such a template, in a code block
    ("docs/banner.md", ("OFFICIAL-SENSITIVE", "", "# Banner", "", "```jinja",
                        '{% if doc.marking == "OFFICIAL-SENSITIVE" %}OFFICIAL-SENSITIVE'
                        "{% endif %}", "```"), [(1, "OFFICIAL-SENSITIVE")]),
])
def test_a_template_that_shows_a_banner_for_a_level_is_code_about_markings(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


def _docx_with_properties(core: str = "", **custom: str) -> bytes:
    """A Word document whose custom properties are ``custom`` (names with spaces as ``_``)
    and whose core properties' XML is ``core``."""
    import io
    import zipfile

    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" '
        f'name="{name.replace("_", " ")}"><vt:lpwstr>{value}</vt:lpwstr></property>'
        for pid, (name, value) in enumerate(custom.items(), start=2))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.'
                               'org/package/2006/content-types"/>',
        "word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/'
                             'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Minutes'
                             "</w:t></w:r></w:p></w:body></w:document>",
        "docProps/custom.xml": '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument'
                               '/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.'
                               f'org/officeDocument/2006/docPropsVTypes">{props}</Properties>',
        "docProps/core.xml": '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
                             'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/'
                             f'dc/elements/1.1/">{core}</cp:coreProperties>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, body in parts.items():
            zf.writestr(name, body)
    return out.getvalue()


@pytest.mark.parametrize(("custom", "expected"), [
    ({"Classification": "OFFICIAL-SENSITIVE", "Previous_classification": "SECRET"},
     ["OFFICIAL-SENSITIVE", "SECRET"]),
    ({"Classification": "OFFICIAL-SENSITIVE", "Source_classification": "OFFICIAL"},
     ["OFFICIAL-SENSITIVE"]),
    ({"Protective_marking": "OFFICIAL-SENSITIVE", "Title": "OFFICIAL"}, ["OFFICIAL-SENSITIVE"]),
    ({"Classification": "secret"}, ["secret"]),
])
def test_a_documents_own_properties_mark_it_even_when_they_name_other_levels(
        repo: Repo, cli: Any, custom: dict[str, str], expected: list[str]) -> None:
    # A document's properties are its own, not a catalogue's records of several datasets.
    repo.write("docs/minutes.docx", _docx_with_properties(**custom))
    run = cli("scan", "--kind", "marking", "--format", "json", "docs/minutes.docx")
    assert sorted(f["masked"] for f in run.json["findings"]) == expected


def test_a_documents_own_properties_at_official_are_clean(repo: Repo, cli: Any) -> None:
    repo.write("docs/minutes.docx", _docx_with_properties(Classification="OFFICIAL",
                                                          Previous_classification="OFFICIAL"))
    assert cli("scan", "--kind", "marking", "--format", "json",
               "docs/minutes.docx").json["findings"] == []


@pytest.mark.parametrize(("comments", "expected"), [
    ("OFFICIAL-SENSITIVE - draft for review", ["OFFICIAL-SENSITIVE"]),
    ("OFFICIAL-SENSITIVE draft for review", ["OFFICIAL-SENSITIVE"]),
    ("SECRET", ["SECRET"]),
    # comments that only mention a level, or a secret
    ("Guidance on handling OFFICIAL-SENSITIVE papers", []),
    ("Secret Santa list", []),
])
def test_a_documents_comments_property_marks_it_as_its_title_does(
        repo: Repo, cli: Any, comments: str, expected: list[str]) -> None:
    # Word's Comments (the core description) is the document's own, as its title is.
    repo.write("docs/minutes.docx", _docx_with_properties(
        core=f"<dc:description>{comments}</dc:description>"))
    run = cli("scan", "--kind", "marking", "--format", "json", "docs/minutes.docx")
    assert [(f["masked"], f["place"]) for f in run.json["findings"]] == \
        [(marking, "property description") for marking in expected]


def test_a_data_files_description_that_opens_with_a_level_is_not_a_marking() -> None:
    assert markings("catalogue/holdings.yaml", "name: holdings",
                    "description: OFFICIAL-SENSITIVE data about holdings") == []


@pytest.mark.parametrize(("path", "lines", "expected"), [
    # an AsciiDoc header's attributes
    ("docs/review.adoc", ("= Grant review", ":keywords: OFFICIAL-SENSITIVE, grants", "",
                          "The visits went well."), [(2, "OFFICIAL-SENSITIVE")]),
    ("docs/review.adoc", ("= Grant review", "Policy Team", ":description: OFFICIAL-SENSITIVE",
                          ":toc:", "", "The visits went well."), [(3, "OFFICIAL-SENSITIVE")]),
    # reStructuredText's docinfo and its meta directive's fields
    ("docs/review.rst", ("Grant review", "============", "", ":Subject: OFFICIAL-SENSITIVE",
                         ":Author: Policy Team", "", "The visits went well."),
     [(4, "OFFICIAL-SENSITIVE")]),
    ("docs/review.rst", (".. meta::", "   :keywords: OFFICIAL-SENSITIVE", "", "Grant review",
                         "============", "", "The visits went well."),
     [(2, "OFFICIAL-SENSITIVE")]),
    # front matter's description
    ("docs/review.md", ("---", "title: Grant review", "description: OFFICIAL-SENSITIVE", "---",
                        "", "The visits went well."), [(3, "OFFICIAL-SENSITIVE")]),
    # the same fields, about markings: no marking of the document
    ("docs/handling.adoc", ("= Handling", ":description: How we handle OFFICIAL-SENSITIVE data",
                            ":keywords: security, OFFICIAL-SENSITIVE handling", "",
                            "Guidance for the team."), []),
    ("docs/handling.rst", (".. meta::", "   :description: How we handle OFFICIAL-SENSITIVE data",
                           "", "Guidance for the team."), []),
    ("docs/handling.md", ("---", "description: OFFICIAL-SENSITIVE handling rules for the team",
                          "---", "", "Guidance for the team."), []),
])
def test_a_marking_among_a_documents_own_fields_marks_it(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize(("badge", "expected"), [
    ("![Classification](https://img.shields.io/badge/classification-OFFICIAL--SENSITIVE-orange)",
     [(1, "OFFICIAL--SENSITIVE")]),
    ("![badge](https://img.shields.io/badge/Protective_marking-OFFICIAL--SENSITIVE-red.svg)",
     [(1, "OFFICIAL--SENSITIVE")]),
    ('<img src="https://img.shields.io/badge/-OFFICIAL--SENSITIVE-red" alt="marking">',
     [(1, "OFFICIAL--SENSITIVE")]),
    # a badge whose label is no classification, or whose message only names a level
    ("![Secrets](https://img.shields.io/badge/secrets-SECRET-red)", []),
    ("![Docs](https://img.shields.io/badge/handling-OFFICIAL--SENSITIVE_guidance-blue)", []),
])
def test_a_readmes_badge_whose_message_is_a_marking_marks_it(
        badge: str, expected: list[tuple[int, str]]) -> None:
    assert markings("README.md", badge, "", "# Payments service", "", "Pays farmers.") \
        == expected


@pytest.mark.parametrize(("first", "expected"), [
    ('!!! warning "OFFICIAL-SENSITIVE"', [(1, "OFFICIAL-SENSITIVE")]),
    ('??? danger "OFFICIAL-SENSITIVE [PERSONAL]"', [(1, "OFFICIAL-SENSITIVE [PERSONAL]")]),
    (":lock: OFFICIAL-SENSITIVE", [(1, "OFFICIAL-SENSITIVE")]),
    (":rotating_light: **OFFICIAL-SENSITIVE** :rotating_light:", [(1, "OFFICIAL-SENSITIVE")]),
    # an admonition's title or a line with an emoji that only mentions a marking
    ('!!! note "How to mark OFFICIAL-SENSITIVE pages"', []),
    (":warning: Never commit OFFICIAL-SENSITIVE data", []),
])
def test_a_banner_in_an_admonitions_title_or_beside_an_emoji_is_a_marking(
        first: str, expected: list[tuple[int, str]]) -> None:
    assert markings("docs/index.md", first, "    Handle with care.", "", "# Fraud referrals",
                    "", "Steps to follow.", "", "End.") == expected


@pytest.mark.parametrize(("header", "expected"), [
    ("X-Security-Label: OFFICIAL-SENSITIVE", [(4, "OFFICIAL-SENSITIVE")]),
    ("X-Sensitivity-Label: OFFICIAL SENSITIVE PERSONAL", [(4, "OFFICIAL SENSITIVE PERSONAL")]),
    ("x-bjsecuritylabel: OFFICIAL-SENSITIVE", [(4, "OFFICIAL-SENSITIVE")]),
    # a label that is no government marking
    ("X-Security-Label: Internal Only", []),
])
def test_a_mail_header_that_names_its_security_label_is_a_marking(
        header: str, expected: list[tuple[int, str]]) -> None:
    assert markings("mail/visit.eml", "From: a@example.gov.uk", "To: b@example.gov.uk",
                    "Subject: Visit notes", header, "MIME-Version: 1.0", "", "Hi.") == expected


# --- Welsh: the Welsh Government's bilingual labels ------------------------------------------

@pytest.mark.parametrize(("lines", "expected"), [
    (("SWYDDOGOL-SENSITIF", *BODY), [(1, "SWYDDOGOL-SENSITIF")]),
    (("SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE", *BODY), [(1, "SWYDDOGOL-SENSITIF")]),
    ((*BODY, "Swyddogol - Sensitif"), [(5, "Swyddogol - Sensitif")]),
    (("Subject: SWYDDOGOL-SENSITIF: canlyniadau profion",), [(1, "SWYDDOGOL-SENSITIF")]),
])
def test_a_welsh_label_is_a_marking(lines: tuple[str, ...], expected: list[tuple[int, str]]
                                    ) -> None:
    assert markings("adroddiad.txt", *lines) == expected


@pytest.mark.parametrize("lines", [
    ("SWYDDOGOL", *BODY),  # OFFICIAL
    ("Lefelau:", "SWYDDOGOL", "SWYDDOGOL-SENSITIF", "OFFICIAL-SENSITIVE"),  # a list of levels
    ("Mae'r wybodaeth yn swyddogol ac yn sensitif.", *BODY),  # the words in a sentence
])
def test_welsh_words_that_are_no_label_are_not_a_marking(lines: tuple[str, ...]) -> None:
    assert markings("adroddiad.txt", *lines) == []


def test_a_welsh_label_falls_under_the_official_sensitive_rule() -> None:
    assert tier("SWYDDOGOL-SENSITIF") == "official-sensitive"


# --- banners set with a tab, or letter-spaced --------------------------------------------------

@pytest.mark.parametrize(("path", "lines", "marking"), [
    # a word processor's tab between the words, in a banner or a field
    ("minutes.txt", ("OFFICIAL\tSENSITIVE", "", "Minutes of the board."), "OFFICIAL\tSENSITIVE"),
    ("notes.md", ("# Notes", "", "Some text.", "", "Classification:\tOFFICIAL\tSENSITIVE"),
     "OFFICIAL\tSENSITIVE"),
    # letter-spaced capitals, as a banner is sometimes styled
    ("minutes.txt", ("O F F I C I A L - S E N S I T I V E", "", "Minutes of the board."),
     "OFFICIAL-SENSITIVE"),
    ("visit.md", ("# T O P  S E C R E T", "", "Site visit notes."), "TOP SECRET"),
    ("page.html", ('<div class="banner">O F F I C I A L\u00a0-\u00a0S E N S I T I V E</div>',
                   "<p>Casework</p>"), "OFFICIAL-SENSITIVE"),
])
def test_a_banner_set_with_a_tab_or_letter_spaced_is_a_marking(
        path: str, lines: tuple[str, ...], marking: str) -> None:
    assert [v for _, v in markings(path, *lines)] == [marking]


@pytest.mark.parametrize(("path", "lines"), [
    # a data file's tab parts two columns: a level, then a flag
    ("levels.tsv", ("level\tflag", "OFFICIAL\tSENSITIVE")),
    # a document's table (its cells apart by tabs): a level in title case, then a yes
    ("guide.txt", ("Handling guide", "", "Level\tSensitive?", "Official\tSensitive",
                   "Secret\tYes", "", "End.")),
    # letter-spaced capitals that are no marking, or a marking word in a sentence
    ("puzzle.txt", ("Minutes", "", "The S E C R E T word puzzle and A B C.", "", "End.")),
    ("notes.txt", ("Notes", "", "We said O F F I C I A L - S E N S I T I V E is how not to",
                   "style a banner.", "", "End.")),
])
def test_a_tab_between_columns_or_letters_in_a_sentence_is_not_a_marking(
        path: str, lines: tuple[str, ...]) -> None:
    assert markings(path, *lines) == []


@pytest.mark.parametrize(("lines", "line"), [
    ((r"\documentclass{beamer}",
      r"\setbeamertemplate{footline}{\centering\textbf{OFFICIAL-SENSITIVE}\hfill"
      r"\insertframenumber}", r"\begin{document}", r"\begin{frame}{Findings}", "Results.",
      r"\end{frame}", r"\end{document}"), 2),
    ((r"\documentclass{beamer}", r"\newcommand{\marking}{OFFICIAL-SENSITIVE}",
      r"\setbeamertemplate{headline}[default]{\marking}", r"\begin{document}", "x",
      r"\end{document}"), 2),
])
def test_a_beamer_decks_headline_or_footline_marks_every_slide(
        lines: tuple[str, ...], line: int) -> None:
    assert markings("talk.tex", *lines) == [(line, "OFFICIAL-SENSITIVE")]


def test_a_beamer_slide_about_the_footline_is_not_marked() -> None:
    assert markings("talk.tex", r"\documentclass{beamer}",
                    r"\setbeamertemplate{footline}{\insertshorttitle\hfill\insertframenumber}",
                    r"\begin{document}", r"\begin{frame}{How to mark slides}",
                    "Put SECRET or OFFICIAL-SENSITIVE in the footline if needed.",
                    r"\end{frame}", r"\end{document}") == []


@pytest.mark.parametrize(("path", "lines", "expected"), [
    # an API's description, a block scalar whose first line is its marking
    ("openapi.yaml", ("openapi: 3.0.3", "info:", "  title: Referrals API", "  description: |",
                      "    OFFICIAL-SENSITIVE", "", "    Internal API for referrals.",
                      "  version: 1.2.0"), [(5, "OFFICIAL-SENSITIVE")]),
    ("notes.yml", ("notes: >-", "  OFFICIAL-SENSITIVE", "  Handle with care."),
     [(2, "OFFICIAL-SENSITIVE")]),
    # SECRET heading a block is a note's heading as often: what a field holds
    ("workflow.yml", ("steps:", "  - run: |", "      SECRET", "      Goes in the vault."), []),
    # a schema that lists the levels is about markings
    ("openapi.yaml", ("components:", "  schemas:", "    Level:", "      type: string",
                      "      enum: [OFFICIAL, OFFICIAL-SENSITIVE, SECRET]"), []),
])
def test_a_yaml_block_scalar_headed_by_a_marking_is_marked(
        path: str, lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings(path, *lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    # a banner wrapped at its hyphen, as a narrow header box sets it
    (("OFFICIAL-", "SENSITIVE", "", "Minutes of the board.", "", "Attendees: the board."),
     [(1, "OFFICIAL-SENSITIVE")]),
    (("**OFFICIAL -**", "**SENSITIVE [PERSONAL]**", "", "Case notes."),
     [(1, "OFFICIAL -SENSITIVE [PERSONAL]")]),
    # a sentence wrapped there is not a banner
    (("Minutes", "", "The rule: documents marked OFFICIAL-", "SENSITIVE must be kept apart.",
      "", "End of", "OFFICIAL-", "SENSITIVE material is kept here.", "", "End."), []),
])
def test_a_banner_wrapped_at_its_hyphen_is_a_marking(
        lines: tuple[str, ...], expected: list[tuple[int, str]]) -> None:
    assert markings("minutes.txt", *lines) == expected


# --- what a page tells its reader without showing it, and what its stylesheet draws ----------

@pytest.mark.parametrize("element", [
    '<div class="banner" aria-label="OFFICIAL-SENSITIVE"></div>',
    '<span class="govuk-tag" title="OFFICIAL-SENSITIVE">&nbsp;</span>',
    "<strong class='marking' aria-label='SECRET'>",
    # a component given the words to show, as Vue's and web components' take them
    '<govuk-tag text="OFFICIAL-SENSITIVE" />',
    '<ClassificationBanner label="OFFICIAL-SENSITIVE" />',
])
def test_a_level_an_element_tells_its_reader_instead_of_showing_is_a_marking(
        element: str) -> None:
    page = ("<html>", "<body>", element, "<main>", "<h1>Case viewer</h1>",
            "<p>Open a case to see its notes.</p>", "</main>", "</body>", "</html>")
    [(line, value)] = markings("templates/case.html", *page)
    assert line == 3 and value in element


@pytest.mark.parametrize("element", [
    '<div class="official-sensitive-banner" data-level="OFFICIAL-SENSITIVE"></div>',
    '<p>Marked <abbr title="OFFICIAL-SENSITIVE">OS</abbr> when it holds case notes.</p>',
    '<input type="text" name="client" aria-label="SECRET">',
    '<select aria-label="SECRET"><option>a</option></select>',
    '<v-text-field label="SECRET" v-model="client"></v-text-field>',
])
def test_class_names_data_attributes_labelled_words_and_fields_are_not_markings(
        element: str) -> None:
    page = ("<html>", "<body>", "<h1>Case viewer</h1>", element,
            "<p>Open a case to see its notes.</p>", "</body>", "</html>")
    assert markings("templates/case.html", *page) == []


def test_a_gallery_of_tags_labelled_with_each_level_is_not_a_marking() -> None:
    page = ("<h1>Tags</h1>", '<span class="tag" aria-label="OFFICIAL"></span>',
            '<span class="tag" aria-label="OFFICIAL-SENSITIVE"></span>',
            '<span class="tag" aria-label="SECRET"></span>', "<p>Pick the tag that fits.</p>")
    assert markings("docs/tags.html", *page) == []


def test_a_banner_a_stylesheet_draws_is_a_marking_but_one_for_each_level_is_not() -> None:
    sheet = (".banner {", "  background: #d4351c;", "}", ".banner::before {",
             '  content: "OFFICIAL-SENSITIVE";', "}")
    assert markings("static/site.css", *sheet) == [(5, "OFFICIAL-SENSITIVE")]
    assert markings("static/site.scss", *sheet) == [(5, "OFFICIAL-SENSITIVE")]
    styled = ("<html><head><style>", *sheet, "</style></head>", "<body><p>Hello</p></body></html>")
    for page in ("templates/base.html", "Web/Site.master", "Web/Cases.aspx", "views/case.jsp",
                 "emails/decision.mjml"):  # server pages and MJML emails are HTML too
        assert markings(page, *styled) == [(6, "OFFICIAL-SENSITIVE")], page
    levels = (".marking--official::before { content: 'OFFICIAL'; }",
              ".marking--sensitive::before { content: 'OFFICIAL-SENSITIVE'; }",
              ".marking--secret::before { content: 'SECRET'; }")
    assert markings("static/markings.css", *levels) == []
    selected = ('[data-classification="OFFICIAL-SENSITIVE"]::before {',
                '  content: "OFFICIAL-SENSITIVE";', "}")
    assert markings("static/banner.css", *selected) == []
    named = (".official-sensitive-banner { color: #fff; }",
             '[data-marking="OFFICIAL-SENSITIVE"] .banner { background: #d4351c; }',
             '.secret-panel::before { content: ""; }')
    assert markings("static/site.css", *named) == []


def test_a_banner_alone_in_an_email_templates_row_is_a_marking() -> None:
    # An email is laid out as a table, a row a line: its banner row's cell is alone in its
    # row, not one value of a table of data.
    email = ("<html>", '<body style="margin:0">', '<table role="presentation" width="100%">',
             "  <tr>", '    <td align="center" style="color:#fff">OFFICIAL-SENSITIVE</td>',
             "  </tr>", "  <tr>", '    <td style="padding:20px">Dear colleague, the weekly '
             "summary follows.</td>", "  </tr>", "</table>", "</body>", "</html>")
    assert markings("emails/weekly.html", *email) == [(5, "OFFICIAL-SENSITIVE")]
    one_line = ("<table>", "<tr><td>OFFICIAL-SENSITIVE</td></tr>",
                "<tr><td>Dear colleague, the summary follows.</td></tr>", "</table>")
    assert markings("emails/weekly.html", *one_line) == [(2, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("rows", [
    ("<tr>", "  <td>Farm visit notes</td>", "  <td>OFFICIAL-SENSITIVE</td>", "</tr>",
     "<tr>", "  <td>Budget</td>", "  <td>OFFICIAL</td>", "</tr>"),
    ("<tr><td>DB_PASSWORD</td><td>SECRET</td></tr>", "<tr><td>API_URL</td><td>CONFIG</td></tr>"),
    ("<tr><td>OFFICIAL</td></tr>", "<tr><td>OFFICIAL-SENSITIVE</td></tr>"),
])
def test_a_level_in_a_row_of_a_table_of_data_is_still_not_a_marking(rows: tuple[str, ...]) -> None:
    page = ("<html><body>", "<h1>Store inventory</h1>", "<table>", *rows, "</table>",
            "<p>End of list.</p>", "</body></html>")
    assert markings("docs/inventory.html", *page) == []


@pytest.mark.parametrize("path", ["templates/notify/weekly-update.md",
                                  "templates/notify/weekly-update.txt"])
def test_a_marking_in_notify_inset_text_is_a_marking(path: str) -> None:
    template = ("Dear ((first_name)),", "", "^ OFFICIAL-SENSITIVE", "",
                "Your weekly summary for ((site_name)) is ready.")
    assert markings(path, *template) == [(3, "OFFICIAL-SENSITIVE")]
    plain = ("Dear ((first_name)),", "", "^ Do not share this outside your team.",
             "", "Your reference is ((reference)).")
    assert markings(path, *plain) == []


def test_a_marking_in_notify_inset_text_in_a_templates_yaml_or_json_is_a_marking() -> None:
    yaml = ("templates:", "  - name: weekly-update", "    subject: Weekly update", "    body: |",
            "      ^ OFFICIAL-SENSITIVE", "", "      Dear ((first_name)),", "",
            "      Your summary is ready.")
    assert markings("notify/templates.yml", *yaml) == [(5, "OFFICIAL-SENSITIVE")]
    json_body = ("{", '  "name": "weekly-update",', '  "subject": "Weekly update",',
                 '  "body": "^ OFFICIAL-SENSITIVE\\n\\nDear ((first_name)), your summary is '
                 'ready."', "}")
    assert markings("notify/weekly.json", *json_body) == [(4, "OFFICIAL-SENSITIVE")]
    plain = ("templates:", "  - name: reminder", "    body: |",
             "      ^ Do not share this outside your team.", "      Your reference is ((ref)).")
    assert markings("notify/templates.yml", *plain) == []


@pytest.mark.parametrize(("call", "line"), [
    (("{{ govukPhaseBanner({", '  tag: { text: "OFFICIAL-SENSITIVE" },',
      "  html: 'This is a new service.'", "}) }}"), 4),
    (('{{ govukNotificationBanner({ titleText: "OFFICIAL-SENSITIVE", text: "Handle with care." '
      "}) }}",), 3),
    (('{{ govukTag({ text: "OFFICIAL-SENSITIVE", classes: "govuk-tag--red" }) }}',), 3),
])
def test_a_level_a_page_template_gives_a_component_to_show_is_a_marking(
        call: tuple[str, ...], line: int) -> None:
    page = ('{% extends "layouts/main.html" %}', "{% block beforeContent %}", *call,
            "{% endblock %}", "{% block content %}", '<h1 class="govuk-heading-l">Cases</h1>',
            "{% endblock %}")
    assert markings("app/views/cases.njk", *page) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("call", [
    # a form's choice of levels, an item's value beside its text
    ("{{ govukRadios({", '  name: "marking",', "  items: [",
     '    { value: "official", text: "OFFICIAL" },',
     '    { value: "official-sensitive", text: "OFFICIAL-SENSITIVE" },',
     "    {", '      value: "secret",', '      text: "SECRET"', "    }", "  ]", "}) }}"),
    ('{{ govukInsetText({ text: "Do not upload SECRET material to this service." }) }}',),
    ('{% if case.marking == "OFFICIAL-SENSITIVE" %}',
     '{{ govukTag({ text: "OFFICIAL-SENSITIVE" }) }}', "{% endif %}"),
])
def test_a_templates_choice_of_levels_or_sentence_about_one_is_not_a_marking(
        call: tuple[str, ...]) -> None:
    page = ("{% block content %}", '<h1 class="govuk-heading-l">Upload a document</h1>', *call,
            "{% endblock %}")
    assert markings("app/views/upload.njk", *page) == []


COMPONENT = ('import React from "react";', "", "export function Header() {", "  return (",
             "    <header>", '      <div className="marking-banner">{}</div>',
             "      <h1>Case viewer</h1>", "    </header>", "  );", "}")


@pytest.mark.parametrize("path", ["src/components/Header.jsx", "src/components/Header.tsx",
                                  "src/components/Header.js"])  # JSX in .js: React imported
def test_a_banner_a_components_element_shows_is_a_marking(path: str) -> None:
    lines = [line.replace("{}", "OFFICIAL-SENSITIVE") for line in COMPONENT]
    assert markings(path, *lines) == [(6, "OFFICIAL-SENSITIVE")]
    # React 17's JSX needs no import: its className still says it is JSX
    assert markings(path, *lines[2:]) == [(4, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("path", "element"), [
    # a test or a story renders the component with an example
    ("src/components/__tests__/Header.test.jsx", '<div className="marking-banner">SECRET</div>'),
    ("src/components/Header.stories.tsx", '<div className="marking-banner">SECRET</div>'),
    # a choice among levels, a row of a table, a sentence
    ("src/components/Levels.jsx", "<option>OFFICIAL-SENSITIVE</option>"),
    ("src/components/Note.jsx", "<p>Keep it SECRET</p>"),
    # a .js file's test, and JavaScript that writes no JSX (no React, no className)
    ("src/components/Header.test.js", '<div className="marking-banner">SECRET</div>'),
    ("src/components/Header.js", '<div class="marking-banner">SECRET</div>'),
])
def test_a_level_in_a_components_test_story_choice_or_sentence_is_not_a_marking(
        path: str, element: str) -> None:
    lines = [line.replace('<div className="marking-banner">{}</div>', element)
             for line in COMPONENT]
    if path.endswith("Header.js"):
        lines = lines[1:]  # no React
    assert markings(path, *lines) == []


def test_a_level_in_a_components_table_row_is_not_a_marking() -> None:
    lines = ("export function Row() {", "  return (", "    <tr>", "      <td>API key</td>",
             "      <td>SECRET</td>", "    </tr>", "  );", "}")
    assert markings("src/components/Row.jsx", *lines) == []


def test_a_templates_list_of_components_one_for_each_level_is_not_a_marking() -> None:
    page = ("{% block content %}", '<h1 class="govuk-heading-l">Tags</h1>', "{% set tags = [",
            '  { text: "OFFICIAL", classes: "govuk-tag--grey" },',
            '  { text: "OFFICIAL-SENSITIVE", classes: "govuk-tag--red" },',
            '  { text: "SECRET", classes: "govuk-tag--purple" }', "] %}", "{% endblock %}")
    assert markings("app/views/tags.njk", *page) == []
