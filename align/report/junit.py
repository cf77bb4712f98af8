"""``--format junit``: JUnit XML, as CI servers (GitLab, Jenkins, Azure) display test results.

One ``testsuite`` per pair and one ``testcase`` per finding, named by rule and English line, so a
CI page lists the problems themselves rather than thousands of passing sentences. Findings that
reach ``fail_on`` (the same threshold as the exit code; default ``error``) are failures; the
others are passing test cases whose details are in ``system-out``. A pair without findings has a
single passing test case, so every pair shows up. A finding accepted by a reviewer or held by a
baseline is a skipped test case whose message gives the reason.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from align.model import Report
from align.report._common import chinese, describe, primary
from align.report.context import DEFAULT, RenderContext

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    root = ET.Element("testsuites", name="align")
    tests = failures = skipped = 0
    for report in reports:
        suite, n, failed = _suite(report, ctx.fail_on or report.settings.fail_on)
        root.append(suite)
        tests += n
        failures += failed
        skipped += int(suite.get("skipped", "0"))
    root.set("tests", str(tests))
    root.set("failures", str(failures))
    root.set("errors", "0")
    root.set("skipped", str(skipped))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _suite(report: Report, fail_on: str) -> tuple[ET.Element, int, int]:
    a = report.alignment
    suite = ET.Element("testsuite", name=_clean(f"{a.zh.path} -> {a.en.path}"))
    if report.signature:
        props = ET.SubElement(suite, "properties")
        ET.SubElement(props, "property", name="signature", value=_clean(report.signature))
    failures = skipped = 0
    for n, f in enumerate(report.findings, 1):
        where = primary(report, f)
        side = "en" if f.en is not None else "zh"
        case = ET.SubElement(
            suite,
            "testcase",
            name=_clean(f"#{n} {f.rule} ({side} line {where.line})"),
            classname=_clean(where.path),
            file=_clean(where.path),
            line=str(where.line),
        )
        details = [f"{f.severity.value} {f.rule}: {f.message}"]
        zh = chinese(report, f)
        if zh is not None:
            details.append(describe("zh", zh))
        details.append(describe(side, where))
        details += [f"{k}: {v}" for k, v in f.evidence]
        if f.suggestion:
            details.append(f"fix: {f.suggestion}")
        text = _clean("\n".join(details))
        if f.suppressed is not None:
            skipped += 1
            why = f"{f.suppressed.kind}: {f.suppressed.reason}"
            ET.SubElement(case, "skipped", message=_clean(why))
            ET.SubElement(case, "system-out").text = text
        elif f.severity.fails(fail_on):
            failures += 1
            failure = ET.SubElement(case, "failure", message=_clean(f.message), type=f.rule)
            failure.text = text
        else:
            ET.SubElement(case, "system-out").text = text
    count = len(report.findings)
    if not count:
        ET.SubElement(suite, "testcase", name="no findings", classname=_clean(a.en.path))
        count = 1
    suite.set("tests", str(count))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", str(skipped))
    return suite, count, failures


def _clean(text: str) -> str:
    """Drop characters XML 1.0 cannot carry at all (ElementTree escapes the rest)."""
    return _XML_INVALID.sub("", text)
