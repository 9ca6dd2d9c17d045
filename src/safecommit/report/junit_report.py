"""JUnit XML, for Azure DevOps' PublishTestResults and GitLab's test report. Values are masked.

Each finding is a failed test case, each file that could not be scanned an errored one, and
a warning a passed one that says so. A clean scan is one passed case, so that a pipeline
always has a result to show.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from safecommit.config import Config
from safecommit.lazyre import lazy
from safecommit.model import Finding, ScanResult
from safecommit.report import blocking, remedy, repo_path

# XML 1.0 cannot hold most control characters, even escaped; a file name may.
_NOT_XML = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _details(f: Finding, config: Config) -> str:
    lines = [f"{f.path}:{f.line}:{f.column}" + (f" [{f.place}]" if f.place else ""),
             f"{f.type} ({f.kind}): {f.masked}", f.why]
    if f.suggestion:
        lines.append(f"Use a safe fake value instead, such as {f.suggestion}.")
    if f.commit:
        lines.append(f"Added in commit {f.commit}.")
    g = config.guidance
    lines += [remedy(f),
              f"Report an AI incident: {g.report_incident}",
              f"Keeping data safe: {g.keeping_data_safe}",
              f"When in doubt, ask {g.contact}."]
    return "\n".join(lines)


def render(result: ScanResult, config: Config, *, color: bool = False) -> str:
    n_block, n_unscanned = blocking(result, config)
    failures = sum(1 for f in result.findings if f.severity == "block")
    errors = n_unscanned
    cases: list[ET.Element] = []
    for f in result.findings:
        case = ET.Element("testcase", {
            "classname": f"safecommit.{f.kind}.{f.type}",
            "name": _clean(f"{f.path}:{f.line}:{f.column} {f.type} {f.masked}"),
            "file": _clean(repo_path(config, f.path)), "line": str(f.line), "time": "0",
        })
        if f.severity == "block":
            failure = ET.SubElement(case, "failure", {
                "type": f.type, "message": _clean(f"{f.type} {f.masked}: {f.why}")})
            failure.text = _clean(_details(f, config))
        else:
            out = ET.SubElement(case, "system-out")
            out.text = _clean("warning, does not block\n" + _details(f, config))
        cases.append(case)
    for n in result.not_scanned:
        case = ET.Element("testcase", {"classname": "safecommit.not-scanned",
                                       "name": _clean(f"{n.path} not scanned"),
                                       "file": _clean(repo_path(config, n.path)),
                                       "time": "0"})
        tag = "error" if config.on_unscanned == "block" else "system-out"
        node = ET.SubElement(case, tag, {"type": "NOT_SCANNED", "message": _clean(n.reason)}
                             if tag == "error" else {})
        node.text = _clean(f"{n.path}: {n.reason}" +
                           (f" (commit {n.commit})" if n.commit else ""))
        cases.append(case)
    if not cases:
        cases.append(ET.Element("testcase", {
            "classname": "safecommit", "time": "0",
            "name": f"no personal data, secrets or protective markings "
                    f"({result.stats.files} files)"}))
    seconds = f"{result.stats.seconds:.3f}"
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": str(errors),
              "skipped": "0", "time": seconds}
    suites = ET.Element("testsuites", {"name": "safecommit", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "safecommit", **counts})
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", {"name": "files", "value": str(result.stats.files)})
    ET.SubElement(props, "property", {"name": "blocking", "value": str(n_block)})
    suite.extend(cases)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
