"""HAR captures: headers, cookies, bodies and IPs are scanned, each on its raw line."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.model import Blob, Text

EMAIL = "r.achebe.6610@gmail.com"
TOKEN = "ghp_" + "x7Kq2Lm9Pz4Rt8Vb1Nc6Wd3Fg5Hj0YsAeUi"


def har() -> dict[str, Any]:
    body = json.dumps({"email": EMAIL, "ok": True})
    return {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "128"},
                    "entries": [{
                        "startedDateTime": "2026-01-02T10:00:00.000Z",
                        "serverIPAddress": "10.1.2.3",
                        "request": {
                            "method": "POST", "url": "https://api.service.gov.uk/claims",
                            "headers": [{"name": "Authorization", "value": f"token {TOKEN}"},
                                        {"name": "X-Forwarded-For", "value": "10.9.8.7"}],
                            "cookies": [{"name": "session", "value": "abc123"}],
                            "postData": {"mimeType": "application/json", "text": body}},
                        "response": {
                            "status": 200, "headers": [{"name": "Set-Cookie",
                                                        "value": "sid=zzz; HttpOnly"}],
                            "content": {"mimeType": "application/json", "encoding": "base64",
                                        "text": base64.b64encode(body.encode()).decode()}},
                    }]}}


def har_text(content: str) -> Text:
    parts = extract(Blob("capture.har", content.encode()))
    assert isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], Text)
    return parts[0]


def line_in(text: Text, needle: str) -> int:
    return next(text.first_line + i for i, line in enumerate(text.text.split("\n"))
                if needle in line)


def test_headers_read_as_name_and_value_on_the_value_line() -> None:
    content = json.dumps(har(), indent=2)
    text = har_text(content)
    raw = content.splitlines()
    at = line_in(text, "Authorization: token ")
    assert TOKEN in raw[at - 1]
    assert line_in(text, "X-Forwarded-For: 10.9.8.7") == \
        next(i for i, line in enumerate(raw, 1) if "10.9.8.7" in line)
    assert "Set-Cookie: sid=zzz" in text.text and "Cookie: session=abc123" in text.text
    assert "serverIPAddress: 10.1.2.3" in text.text


def test_json_body_is_decoded_so_its_values_read_plainly() -> None:
    text = har_text(json.dumps(har(), indent=2))
    assert f'"email": "{EMAIL}"' in text.text


def test_base64_response_body_is_decoded() -> None:
    text = har_text(json.dumps(har(), indent=2))
    assert text.text.count(EMAIL) == 2


def test_email_in_a_body_is_reported_with_its_entry(repo: Repo, cli: Any) -> None:
    content = json.dumps(har(), indent=2)
    repo.write("capture.har", content)
    run = cli("scan", "--format", "json", "capture.har")
    assert run.code == 1
    places = {f["place"] for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"}
    assert places == {"entry 1 request", "entry 1 response"}


def test_a_finding_after_escapes_points_at_its_raw_column(repo: Repo, cli: Any) -> None:
    # The request body's JSON is escaped in the HAR: \" is one character written as two.
    content = json.dumps(har(), indent=2)
    repo.write("capture.har", content)
    run = cli("scan", "--format", "json", "capture.har")
    raw = content.splitlines()
    found = [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"
             and f["place"] == "entry 1 request"]
    assert found and all(
        raw[f["line"] - 1][f["column"] - 1:f["end_column"] - 1] == EMAIL for f in found)


@pytest.mark.parametrize("content", [
    '{"log": {"entries": [{"request": {"url": "https://x.test/?e=' + EMAIL + '"',
    "not json at all: " + EMAIL,
], ids=["truncated", "not-json"])
def test_broken_har_is_still_scanned_as_text(repo: Repo, cli: Any, content: str) -> None:
    repo.write("capture.har", content)
    run = cli("scan", "--format", "json", "capture.har")
    assert run.code == 1
    assert [f["line"] for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"] == [1]


def _form_har(body: str, mime: str = "application/x-www-form-urlencoded") -> str:
    entry = {"request": {"method": "POST", "url": "https://permits.service.gov.uk/apply",
                         "postData": {"mimeType": mime, "text": body}}}
    return json.dumps({"log": {"version": "1.2", "entries": [entry]}}, indent=2)


def test_form_encoded_body_is_decoded_into_name_and_value_on_its_line() -> None:
    content = _form_har("permitType=abstraction&postcode=LS6+3QW&holder=Olwen%20Parry")
    text = har_text(content)
    for field in ("permitType: abstraction", "postcode: LS6 3QW", "holder: Olwen Parry"):
        assert line_in(text, field) == \
            next(i for i, line in enumerate(content.splitlines(), 1) if "LS6+3QW" in line)


def test_a_body_that_is_not_form_encoded_is_not_split() -> None:
    text = har_text(_form_har("a=1&b=2", mime="text/plain"))
    assert "text: a=1&b=2" in text.text


@pytest.mark.parametrize("body", ["postcode=LS6+3QW&consent=yes",
                                  "consent=yes&contact_phone=07811+345672"])
def test_personal_data_in_a_form_encoded_body_is_reported(repo: Repo, cli: Any,
                                                          body: str) -> None:
    content = _form_har(body)
    repo.write("captures/apply.har", content)
    run = cli("scan", "--format", "json", "captures/apply.har")
    assert run.code == 1
    assert {f["type"] for f in run.json["findings"]} & {"UK_POSTCODE", "PHONE_NUMBER"}
    body_line = next(i for i, line in enumerate(content.splitlines(), 1) if '"text"' in line)
    assert [f["line"] for f in run.json["findings"]] == [body_line]


def test_a_minified_captures_header_and_query_values_are_named_by_their_names(
        repo: Repo, cli: Any) -> None:
    entry = {"request": {"method": "GET", "url": "https://x.gov.uk/api/login?crn=1102938576",
                         "headers": [{"name": "X-Customer-Nhs-Number", "value": "4857773457"}],
                         "queryString": [{"name": "sbi", "value": "106843291"}]}}
    repo.write("captures/login.har", json.dumps({"log": {"version": "1.2",
                                                         "entries": [entry]}}) + "\n")
    run = cli("scan", "--format", "json", "captures/login.har")
    assert sorted(f["type"] for f in run.json["findings"]) == ["DEFRA_CRN", "DEFRA_SBI",
                                                               "UK_NHS"]


def test_a_session_cookie_in_a_capture_is_a_secret_and_other_cookies_are_not(
        repo: Repo, cli: Any) -> None:
    session = "s%3A" + "hT8kq2Zr9XvLw3mN7pQ1sB4y.Qm3vR8tY2wE6uI9oP1aS4dF7gH0jK"
    entry = {"request": {"method": "GET", "url": "https://apply.service.gov.uk/claim",
                         "cookies": [{"name": "connect.sid", "value": session},
                                     {"name": "cookies_policy", "value": "%7B%22essential"
                                                                         "%22%3Atrue%7D"}]}}
    content = json.dumps({"log": {"version": "1.2", "entries": [entry]}}, indent=2)
    repo.write("captures/claim.har", content)
    run = cli("scan", "--format", "json", "captures/claim.har")
    assert run.code == 1
    [found] = run.json["findings"]
    assert found["type"] == "SESSION_TOKEN" and found["kind"] == "secret"
    assert found["line"] == next(i for i, line in enumerate(content.splitlines(), 1)
                                 if session in line)
    assert session not in json.dumps(run.json)


def _query_har(url: str, query: list[dict[str, str]]) -> str:
    entry = {"request": {"method": "GET", "url": url, "queryString": query, "headers": []}}
    return json.dumps({"log": {"version": "1.2", "entries": [entry]}}, indent=2)


def test_a_urls_query_fields_are_read_decoded_on_the_url_line() -> None:
    text = har_text(_query_har(
        "https://api.service.gov.uk/search?name=Ann%20Example&postcode=ZZ99+9ZZ", []))
    [line] = [row for row in text.text.split("\n") if "search" in row]
    assert "name: Ann Example" in line and "postcode: ZZ99 9ZZ" in line
    assert "url: https://api.service.gov.uk/search" in line


def test_an_encoded_query_value_is_decoded() -> None:
    text = har_text(_query_har("https://a.example/x",
                               [{"name": "applicant", "value": "Ann%20Example"}]))
    assert "applicant: Ann Example" in text.text


def test_a_name_in_a_captured_query_is_reported(repo: Repo, cli: Any) -> None:
    capture = _query_har(
        "https://api.service.gov.uk/search?fullName=Bukola%20Adeyinka&page=2",
        [{"name": "fullName", "value": "Bukola%20Adeyinka"}, {"name": "page", "value": "2"}])
    repo.write("capture.har", capture)
    run = cli("scan", "--format", "json", "capture.har")
    assert run.code == 1
    rows = capture.split("\n")
    url = next(n for n, row in enumerate(rows, 1) if '"url"' in row)
    value = next(n for n, row in enumerate(rows, 1) if '"value": "Bukola' in row)
    assert [(f["type"], f["line"]) for f in run.json["findings"]] == [("PERSON", url),
                                                                     ("PERSON", value)]
