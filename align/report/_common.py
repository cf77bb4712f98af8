"""What the CI formats (SARIF, JUnit, GitHub) share: rule lookup and where a finding points."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from align.model import Document, Finding, Report, Severity, Span
from align.rules import Rule, all_rules


@dataclass(frozen=True)
class Location:
    """A finding's place in one file: 1-based lines and columns (columns in code points), the end
    exclusive as in SARIF."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


def rules_for(reports: Sequence[Report], known: Sequence[Rule] | None = None) -> dict[str, Rule]:
    """``known`` (default: every registered rule), plus a stand-in for any rule id a finding
    uses that is not among them (so a report never loses a finding for want of its rule)."""
    if known is None:
        known = all_rules()
    rules = {r.id: r for r in known}
    for report in reports:
        for f in report.findings:
            if f.rule not in rules:
                rules[f.rule] = Rule(id=f.rule, title=f.rule, severity=f.severity, doc="")
    return rules


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def locate(doc: Document, span: Span) -> Location:
    line, column = position(doc.text, span.start)
    end_line, end_column = position(doc.text, span.end)
    return Location(doc.path, line, column, end_line, end_column, span.text)


def primary(report: Report, f: Finding) -> Location:
    """The English side when the finding has one (an omission's English span marks where the
    missing sentence belongs), else the Chinese side, else the start of the English file."""
    a = report.alignment
    if f.en is not None:
        return locate(a.en, f.en)
    if f.zh is not None:
        return locate(a.zh, f.zh)
    return Location(a.en.path, 1, 1, 1, 1, "")


def chinese(report: Report, f: Finding) -> Location | None:
    """The Chinese side as a secondary location (None when the primary is already Chinese)."""
    if f.zh is None or f.en is None:
        return None
    return locate(report.alignment.zh, f.zh)


def one_line(text: str) -> str:
    return " ".join(text.split())


def describe(label: str, loc: Location) -> str:
    """``label path:line: text`` on one line; an empty span is the place something is missing."""
    text = one_line(loc.text) if loc.text else "(missing here)"
    return f"{label} {loc.path}:{loc.line}: {text}"


def total(reports: Sequence[Report]) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for r in reports:
        for k, v in r.summary().items():
            counts[k] += v
    return counts
