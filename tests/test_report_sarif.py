"""SARIF 2.1.0: valid against the official schema (when ../shared has it) and structurally."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_sample import RULES, pair_one, sample_reports

from align.model import Severity
from align.report import RenderContext
from align.report.sarif import FINGERPRINT_KEY, render, uri

SCHEMA = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "sarif" / "sarif-schema-2.1.0.json"
)
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _log(**options) -> dict:
    return json.loads(render(sample_reports(), RenderContext(**options)))


def test_valid_against_official_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        pytest.skip(f"official schema not present at {SCHEMA}")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(_log(rules=RULES))


def test_structure() -> None:
    log = _log(rules=RULES)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    reports = sample_reports()
    findings = [(r, f) for r in reports for f in r.findings]
    assert len(run["results"]) == len(findings)
    for result, (report, f) in zip(run["results"], findings, strict=True):
        assert result["ruleId"] == f.rule
        assert rules[result["ruleIndex"]]["id"] == f.rule
        assert result["level"] == LEVEL[f.severity]
        assert result["message"]["text"].startswith(f.message)
        primary = result["locations"][0]["physicalLocation"]
        assert primary["artifactLocation"]["uri"] == uri(report.alignment.en.path)
        assert primary["region"]["startLine"] == f.en.line
        related = result["relatedLocations"][0]["physicalLocation"]
        assert related["artifactLocation"]["uri"] == uri(report.alignment.zh.path)
        assert related["region"]["startLine"] == f.zh.line
        assert result["partialFingerprints"][FINGERPRINT_KEY] == f.fingerprint


def test_rules_default_to_every_registered_rule() -> None:
    from align.rules import all_rules

    registered = all_rules()
    run = json.loads(render([pair_one()]))["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert ids[: len(registered)] == [r.id for r in registered]
    by_id = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    for rule in registered:
        assert by_id[rule.id]["defaultConfiguration"]["level"] == LEVEL[rule.severity]
        assert by_id[rule.id]["fullDescription"]["text"] == rule.doc


def test_region_columns_count_code_points() -> None:
    report = pair_one()
    run = json.loads(render([report], RenderContext(rules=RULES)))["runs"][0]
    result = run["results"][1]  # token-missing
    assert run["columnKind"] == "unicodeCodePoints"
    region = result["relatedLocations"][0]["physicalLocation"]["region"]
    zh = report.alignment.zh
    line_text = zh.text.splitlines()[region["startLine"] - 1]
    assert line_text[region["startColumn"] - 1 : region["endColumn"] - 1] == "5G"


def test_uri() -> None:
    assert uri("docs/zh/a b.txt") == "docs/zh/a%20b.txt"
    assert uri("/srv/site/en.txt") == "file:///srv/site/en.txt"
