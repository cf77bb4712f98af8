"""JUnit XML: one suite per pair, one case per finding, failures exactly at ``fail_on``."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

from report_sample import pair_one, sample_reports

from align.model import Severity
from align.report import RenderContext
from align.report.junit import render


def _root(reports, **options) -> ET.Element:
    return ET.fromstring(render(reports, RenderContext(**options)).encode("utf-8"))


def test_suites_cases_and_counts() -> None:
    reports = sample_reports()
    root = _root(reports, fail_on="warning")
    suites = root.findall("testsuite")
    assert len(suites) == len(reports)
    expected_failures = 0
    for suite, report in zip(suites, reports, strict=True):
        cases = suite.findall("testcase")
        assert len(cases) == len(report.findings) == int(suite.get("tests"))
        failing = [f for f in report.findings if f.severity.rank >= Severity.WARNING.rank]
        assert int(suite.get("failures")) == len(failing)
        assert len(suite.findall("testcase/failure")) == len(failing)
        expected_failures += len(failing)
        for case, f in zip(cases, report.findings, strict=True):
            assert f.rule in case.get("name")
            assert case.get("file") == report.alignment.en.path
            assert int(case.get("line")) == f.en.line
            failure = case.find("failure")
            if f.severity.rank >= Severity.WARNING.rank:
                assert failure.get("type") == f.rule
                assert failure.get("message") == f.message
                assert " ".join(f.en.text.split()) in failure.text or not f.en.text
            else:
                assert failure is None and f.message in case.find("system-out").text
    assert int(root.get("failures")) == expected_failures
    assert int(root.get("tests")) == sum(len(r.findings) for r in reports)


def test_fail_on_defaults_to_the_report_setting() -> None:
    report = pair_one()  # settings fail_on = error: only the one error fails
    root = _root([report])
    assert int(root.get("failures")) == sum(f.severity is Severity.ERROR for f in report.findings)
    assert int(_root([report], fail_on="never").get("failures")) == 0


def test_clean_pair_still_shows_up() -> None:
    root = _root([replace(pair_one(), findings=())])
    (case,) = root.findall("testsuite/testcase")
    assert case.find("failure") is None and int(root.get("tests")) == 1


def test_text_is_escaped_and_control_characters_dropped() -> None:
    report = pair_one()
    f = replace(report.findings[0], message="bad \x01 <tag> & \x1b[31m")
    root = _root([replace(report, findings=(f,))])
    assert root.find("testsuite/testcase/failure").get("message") == "bad  <tag> & [31m"
