"""People's names in free text that data files and code's strings hold with escapes: a chat
log's JSON messages, a fine-tuning set's prompts, a note with ``\\n`` line breaks."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from conftest import run_process
from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- escapes glue a name to the words around it, or split it ------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # a record pasted into an assistant's chat: the line break glues a backslash to the name
    ("chat.json", "json",
     '{"role": "user", "content": "Why does this fail?\\nApplicant: Morwenna Trelawny\\n'
     'Born: soon"}', ["Morwenna Trelawny"]),
    ("chat.json", "json", '{"content": "Applicant: Morwenna Trelawny\\nHolding: 12/345/6789"}',
     ["Morwenna Trelawny"]),
    # a blank line glues an "n" to it
    ("a.json", "json", '{"text": "Hi team,\\n\\nAlasdair Crombie rang about his claim."}',
     ["Alasdair Crombie"]),
    # a mail's sign-off in a fine-tuning set's prompt
    ("ft.jsonl", "json",
     '{"prompt": "Reword this:\\n\\nI have not heard back.\\nRegards,\\nIsobel Galbraith", '
     '"completion": " Thank you."}', ["Isobel Galbraith"]),
    # a speaker's label, a name the lists do not know
    ("ft.jsonl", "json", '{"content": "Caseworker: Chibuzor Okonjo\\nIssue: payment held"}',
     ["Chibuzor Okonjo"]),
    # quotes written as escapes
    ("a.json", "json", '{"body": "Customer \\"Eilidh Rennie\\" disputes the charge."}',
     ["Eilidh Rennie"]),
    # letters written as escapes (Python's json.dump): the name is found as written
    ("a.json", "json", '{"body": "Call note\\nCaller: Sin\\u00e9ad Rafferty asked for a form"}',
     ["Sin\\u00e9ad Rafferty"]),
    ("a.json", "json", '{"content": "Letter for Mr O\\u2019Tierney about the visit"}',
     ["Mr O\\u2019Tierney"]),
    ("a.json", "json", '{"content": "Rang Zo\\u00eb Pemberton back"}', ["Zo\\u00eb Pemberton"]),
    # a name that an escape ends, its value opening on its line: a transcript's lines
    ("segments.json", "json",
     '{"lines": [\n  "Caller: Lowenna Tremayne\\n",\n  "Topic: a late claim\\n"\n]}',
     ["Lowenna Tremayne"]),
    ("a.jsonl", "json", '{"text": "Summary of the call with Lowenna Tremayne\\n"}',
     ["Lowenna Tremayne"]),
    # a chat message logged as JSON inside JSON: its escapes escaped again
    ("app.log", "log",
     '{"level": "info", "body": "{\\"content\\": \\"Check:\\\\nApplicant: Tamsin Penhaligon'
     '\\\\nBorn: soon\\"}"}', ["Tamsin Penhaligon"]),
    # YAML's and TOML's double-quoted strings, a CSV cell exported with its breaks escaped
    ("a.yml", "yaml", 'notes: "Visited the yard.\\nMet Fenella Drummond there."\n',
     ["Fenella Drummond"]),
    ("a.toml", "toml", 'text = "Applicant: Zbigniew Kowalczyk\\nRef: 123"\n',
     ["Zbigniew Kowalczyk"]),
    ("a.csv", "csv", 'id,comment\n7,"Spoke to the agent.\\nAgent: Gwenllian Pryce\\nNo action"\n',
     ["Gwenllian Pryce"]),
    # code's string literals holding a transcript or a mail
    ("fixture.py", "python",
     'BODY = "Hi all,\\n\\nHamish Ogilvie will cover the rota.\\n\\nThanks"\n',
     ["Hamish Ogilvie"]),
    ("fixture.js", "javascript",
     'const note = "Spoke with the tenant.\\nTenant: Anwen Llewellyn\\nReason: late";\n',
     ["Anwen Llewellyn"]),
    # an apostrophe escaped in a single-quoted string, a MySQL dump's text
    ("fixture.js", "javascript", "const note = 'Met Orlaith O\\'Driscoll at the yard';\n",
     ["Orlaith O\\'Driscoll"]),
    ("dump.sql", "sql", "INSERT INTO notes VALUES (2,'Visit by Colm D\\'Arcy-Kelly');\n",
     ["Colm D\\'Arcy-Kelly"]),
])
def test_a_name_in_free_text_written_with_escapes_is_found(path: str, syntax: str, text: str,
                                                           expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


def test_names_in_a_chat_export_map_back_to_their_lines(tmp_path: Path) -> None:
    log = [
        {"role": "system", "content": "You help with casework."},
        {"role": "user", "content": "Summarise:\n\nCaller: Tegwen Hopkins\nTopic: late claim"},
        {"role": "assistant", "content": "A caller asked about a late claim."},
        {"role": "user", "content": "Draft a reply.\n\nKind regards,\nRhodri Vaughan-Price"},
    ]
    path = tmp_path / "conversation.jsonl"
    path.write_text("".join(json.dumps(m) + "\n" for m in log), encoding="utf-8")
    run = run_process("scan", "--format", "json", str(path), cwd=tmp_path)
    lines = path.read_text(encoding="utf-8").split("\n")
    found = [lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]
             for f in json.loads(run.out)["findings"] if f["type"] == "PERSON"]
    assert found == ["Tegwen Hopkins", "Rhodri Vaughan-Price"]


# --- lookalikes: what free text with escapes holds that is no person ----------------------

@pytest.mark.parametrize(("path", "syntax", "text"), [
    # a service's message catalogues: UI copy, places, bodies, a team's sign-off in Welsh
    ("en.json", "json",
     '{"nav": "Sign In\\nForgot Password\\nContact Us\\nService Manager",\n'
     ' "places": "Offices in Newcastle Upon Tyne\\nCarlisle Castle\\nWorcester Park",\n'
     ' "org": "Delivered by Natural England\\nEnvironment Agency\\nForestry Commission",\n'
     ' "hi": "Hi {firstName} {lastName},\\n\\nYour claim is ready.\\n\\nRegards,\\nDefra Digital",'
     '\n "role": "Dear Applicant,\\nContact your Relationship Manager.\\nHead Of Operations",\n'
     ' "days": "Grace Period\\nMay Day Bank Holiday\\nGood Friday\\nBoxing Day"}'),
    ("cy.json", "json",
     '{"intro": "Annwyl {enw},\\n\\nDiolch am eich cais.\\n\\nCofion,\\nTim Defra",\n'
     ' "contact": "Cysylltwch \\u00e2 ni\\nLlinell Gymorth Taliadau Gwledig"}'),
    # a schema's descriptions, a package's, lorem ipsum
    ("schema.json", "json",
     '{"description": "A County Parish Holding.\\nSee Also: Land Parcel Identifier."}'),
    ("package.json", "json",
     '{"description": "Manage Land Data.\\nBuilt with Express and React Router."}'),
    ("a.json", "json", '{"lorem": "Lorem Ipsum Dolor\\nSit Amet"}'),
    # a word alone after a label or a line break: an API's docs
    ("service.json", "json",
     '{"doc": "The object was not signed by Macie.\\nTE: All threads are made.\\nOK"}'),
    # code and queries in strings
    ("a.py", "python",
     'SQL = "SELECT First Name, Last Name\\nFROM Customer Table\\nWHERE Town = \'York\'"\n'
     'MSG = "Traceback (most recent call last):\\nValue Error: Bad Value\\nKey Error"\n'),
    ("a.js", "javascript", 'const w = "\\nMostly Sunny\\nLight Rain\\nHeavy Snow";\n'),
    # a path whose backslashes are escaped is no line break
    ("a.json", "json", '{"dir": "C:\\\\Users\\\\Public\\\\Documents\\\\Nightly Builds"}'),
])
def test_free_text_with_escapes_that_names_no_person_is_not_flagged(path: str, syntax: str,
                                                                    text: str) -> None:
    assert names_in(path, text, syntax) == []


def test_a_key_that_names_a_thing_still_rules_over_its_free_text() -> None:
    text = ('{"breed": "Native breeds:\\nDexter Galloway\\n", '
            '"notes": "Met Morag Pettigrew\\nat ten"}')
    assert names_in("a.json", text, "json") == ["Morag Pettigrew"]


# --- pathological input: escapes read in linear time -------------------------------------

@pytest.mark.parametrize("run", ["\\nAb Cd ", "\\u00e9a ", "\\\\nAb: ", "Ab Cd\\n",
                                 "\\\\\\\\"])
def test_escaped_free_text_is_read_in_linear_time(run: str) -> None:
    text = '{"a": "\\nAb Cd ' + run * (100_000 // len(run)) + '"}'
    started = time.process_time()
    find(Locator(Text("a.json", text, "json")))
    assert time.process_time() - started < 10.0


@pytest.mark.parametrize(("path", "syntax", "text"), [
    ("mail.py", "python", 'BODY = "Dear Morwenna Trelawny\\nYour claim is approved."\n'),
    ("mail.js", "javascript", "const body = 'Regards,\\tIsobel Galbraith\\n';\n"),
    ("Mail.java", "java", 'String to = "Alasdair Crombie\\r\\n";\n'),
])
def test_a_name_that_an_escape_ends_in_a_code_string_is_found(path: str, syntax: str,
                                                              text: str) -> None:
    assert len(names_in(path, text, syntax)) == 1
