"""The signature, the fail-on threshold and the rule registry: what CI reproduces a run by."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from align.api import exit_code, signature
from align.checks import CHECKS
from align.model import (
    FAIL_ON,
    AlignError,
    Alignment,
    Document,
    Finding,
    Report,
    Settings,
    Severity,
)
from align.rules import REGISTRY, all_rules


def test_signature_names_every_setting() -> None:
    sig = signature(Settings(), "m")
    for f in fields(Settings):
        if f.name not in ("model", "disabled_rules", "severity_overrides", "ignore_patterns",
                          "terms"):
            assert f"|{f.name}:" in sig, f.name


@pytest.mark.parametrize(
    "change",
    [
        {"terms": (("新型工业化", ("new industrialization",)),)},
        {"ignore_patterns": ("^Photo:",)},
        {"disabled_rules": frozenset({"mismatch"})},
        {"severity_overrides": (("addition", Severity.INFO),)},
        {"merge_min_gain": 0.1},
        {"fail_on": "warning"},
        {"split": "lines"},
    ],
)
def test_any_changed_setting_changes_the_signature(change: dict) -> None:
    assert signature(replace(Settings(), **change), "m") != signature(Settings(), "m")


def test_two_glossaries_of_one_size_differ() -> None:
    a = Settings(terms=(("新型工业化", ("new industrialization",)),))
    b = Settings(terms=(("新型工业化", ("new-type industrialization",)),))
    assert signature(a, "m") != signature(b, "m")
    assert signature(a, "m") == signature(replace(b, terms=a.terms), "m")


def _report(*severities: Severity) -> Report:
    doc = Document("x", "zh", "", ())
    findings = tuple(Finding("omission", s, "m", None, None) for s in severities)
    return Report(Alignment(doc, replace(doc, lang="en"), ()), findings)


@pytest.mark.parametrize(
    ("fail_on", "severities", "code"),
    [
        ("error", (Severity.WARNING, Severity.INFO), 0),
        ("error", (Severity.ERROR,), 1),
        ("warning", (Severity.WARNING,), 1),
        ("warning", (Severity.INFO,), 0),
        ("info", (Severity.INFO,), 1),
        ("never", (Severity.ERROR,), 0),
    ],
)
def test_exit_code_follows_fail_on(fail_on: str, severities: tuple, code: int) -> None:
    assert exit_code([_report(*severities)], fail_on) == code


def test_unknown_fail_on_is_a_user_error() -> None:
    with pytest.raises(AlignError, match="fail-on"):
        exit_code([_report()], "errors")
    assert "never" in FAIL_ON


def test_every_registered_rule_belongs_to_exactly_one_check() -> None:
    declared = [rule.id for check in CHECKS for rule in check.rules]
    assert sorted(declared) == sorted(REGISTRY)
    assert len(set(declared)) == len(declared)
    assert [r.id for r in all_rules()] == list(REGISTRY)


def test_a_rule_makes_findings_at_its_default_severity_unless_graded() -> None:
    rule = REGISTRY["omission"]
    assert rule.finding("m", None, None).severity is rule.severity
    assert rule.finding("m", None, None, severity=Severity.INFO).severity is Severity.INFO
    assert rule.finding("m", None, None).rule == "omission"
