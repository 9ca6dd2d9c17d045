"""Banners in more places (round 29): OFFICIAL-SENSITIVE run together as a constant is
written (``OFFICIAL_SENSITIVE``) at a document's top or foot; a C# or VB region's name and
C++'s ``#pragma region`` at a file's head; a Hugo shortcode named for the page's marking or
banner (its quoted argument) and a paired shortcode's content; a man page's ``.TH`` date,
source and manual fields and its roff comments; a fixed-form Fortran comment with ``*`` in
column 1; and a WebVTT header after its dash."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


BODY = "Payments to farms rose in the year under review.\nThe figures are in the annex.\n"


@pytest.mark.parametrize(("name", "content", "found"), [
    ("docs/report.md", f"OFFICIAL_SENSITIVE\n\n# Quarterly figures\n\n{BODY}",
     [(1, "OFFICIAL_SENSITIVE")]),
    ("docs/report.txt", f"Quarterly figures\n\n{BODY}\nOFFICIALSENSITIVE\n",
     [(6, "OFFICIALSENSITIVE")]),
    ("src/export.py", "# OFFICIAL_SENSITIVE\nimport os\n\nprint(os.name)\n",
     [(1, "OFFICIAL_SENSITIVE")]),
])
def test_official_sensitive_run_together_is_a_banner_at_the_edge(
        name: str, content: str, found: list[tuple[int, str]]) -> None:
    assert markings(name, content) == found


@pytest.mark.parametrize("content", [
    # a list of levels written as constants: SECRET at its foot is one of them
    "# Config\n\nSet `LEVEL` to one of:\n\nOFFICIAL\nOFFICIAL_SENSITIVE\nSECRET\n",
    "# Config\n\nSet `LEVEL` to one of:\n\nOFFICIAL_SENSITIVE\nSECRET\n",
    # a value a sentence introduces, at the page's foot
    "# Marking values\n\nThe API accepts `OFFICIAL` or:\n\nOFFICIAL_SENSITIVE\n",
    # a file holding the constant alone is a setting
    "OFFICIAL_SENSITIVE\n",
    # a constant mid-page names a value
    f"# Config\n\n{BODY}\nThe level:\n\nOFFICIAL_SENSITIVE\n\nMore text here.\n\n{BODY}",
    # a heading spelt as the constant is its section in the docs, at the head or the foot
    "## OFFICIAL_SENSITIVE\n\nThe level for material whose loss would cause damage.\n",
    f"# Levels\n\n{BODY}\n## OFFICIAL_SENSITIVE\n",
])
def test_a_constant_in_a_list_or_mid_page_is_not_a_banner(content: str) -> None:
    assert markings("docs/config.md", content) == []


@pytest.mark.parametrize(("name", "content"), [
    ("src/Claims.cs", "#region OFFICIAL-SENSITIVE\nusing System;\n\nnamespace Defra.Claims\n"
     "{\n    public class Model {}\n}\n#endregion\n"),
    ("src/Claims.vb", '#Region "OFFICIAL-SENSITIVE"\nImports System\n\nModule Claims\n'
     "End Module\n#End Region\n"),
    ("src/claims.cpp", "#pragma region OFFICIAL-SENSITIVE\n#include <vector>\n\n"
     "int main() { return 0; }\n#pragma endregion\n"),
])
def test_a_region_named_for_the_marking_at_a_files_head_marks_it(name: str, content: str) -> None:
    assert markings(name, content) == [(1, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    "using System;\n\nnamespace Defra.Claims\n{\n    #region Secret handling\n"
    "    public class SecretStore { public string Secret { get; set; } }\n    #endregion\n}\n",
    "#region Validation of SECRET values\nusing System;\n\npublic class Check {}\n",
])
def test_a_region_about_secrets_is_not_a_marking(content: str) -> None:
    assert markings("src/Store.cs", content) == []


@pytest.mark.parametrize("first", [
    '{{< classification "OFFICIAL-SENSITIVE" >}}',
    '{{< classification level="OFFICIAL-SENSITIVE" >}}',
    "{{% notice warning %}}OFFICIAL-SENSITIVE{{% /notice %}}",
])
def test_a_hugo_shortcode_showing_the_marking_at_a_pages_head_marks_it(first: str) -> None:
    content = f"{first}\n\n# Quarterly figures\n\n{BODY}"
    assert markings("content/report.md", content) == [(1, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    '# Levels\n\n{{< level "OFFICIAL" >}}\n{{< level "OFFICIAL-SENSITIVE" >}}\n'
    '{{< level "SECRET" >}}\n',
    '# Levels\n\n{{< classification "OFFICIAL" >}}\n{{< classification "OFFICIAL-SENSITIVE" >}}\n'
    '{{< classification "SECRET" >}}\n',
    f'# Report\n\n{BODY}\n{{{{< figure src="garden.png" title="SECRET garden" >}}}}\n',
    # an example in Hugo's code block
    f"# Banners\n\n{BODY}\n{{{{< highlight go >}}}}\n"
    '{{< classification "OFFICIAL-SENSITIVE" >}}\n{{< /highlight >}}\n',
])
def test_shortcodes_listing_levels_or_naming_a_picture_are_not_markings(content: str) -> None:
    assert markings("content/levels.md", content) == []


@pytest.mark.parametrize("content", [
    '.TH FLOODCTL 1 "2024-01-01" "OFFICIAL-SENSITIVE" "Flood tools"\n.SH NAME\n'
    "floodctl \\- run the flood model\n",
    '.\\" OFFICIAL-SENSITIVE\n.TH FLOODCTL 1\n.SH NAME\nfloodctl \\- run the flood model\n',
])
def test_a_man_pages_title_fields_and_head_comment_mark_it(content: str) -> None:
    assert markings("man/floodctl.1", content) == [(1, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    '.TH SECRET-TOOL 1 "" "libsecret" "User Commands"\n.SH NAME\nsecret-tool\n',
    '.TH SAFECOMMIT 1 "2024-01-01" "safecommit" "User Commands"\n.SH DESCRIPTION\n'
    "Blocks files marked OFFICIAL-SENSITIVE or SECRET.\n",
])
def test_a_man_page_named_for_a_secret_or_about_markings_is_not_marked(content: str) -> None:
    assert markings("man/tool.1", content) == []


def test_a_fixed_form_fortran_comment_with_a_star_marks_the_file() -> None:
    content = "*     OFFICIAL-SENSITIVE\n*     Flood model driver\n      PROGRAM FLOOD\n" \
        "      INTEGER N\n      N = 1\n      END\n"
    assert markings("model/flood.for", content) == [(1, "OFFICIAL-SENSITIVE")]


def test_a_star_list_item_in_a_text_file_is_still_a_list_item() -> None:
    assert markings("notes/levels.txt", f"* OFFICIAL-SENSITIVE\n\n{BODY}") == []


def test_a_webvtt_header_after_its_dash_marks_the_transcript() -> None:
    content = "WEBVTT - OFFICIAL-SENSITIVE\n\n00:00:01.000 --> 00:00:04.000\n" \
        "<v Alice>Morning all\n"
    assert markings("meetings/standup.vtt", content) == [(1, "OFFICIAL-SENSITIVE")]


def test_a_webvtt_header_naming_a_topic_about_markings_is_not_marked() -> None:
    content = "WEBVTT - Briefing on handling OFFICIAL-SENSITIVE data\n\n" \
        "00:00:01.000 --> 00:00:04.000\n<v Alice>Morning all\n"
    assert markings("meetings/briefing.vtt", content) == []
