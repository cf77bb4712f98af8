"""``--format sarif``: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, VS Code, ...).

One run for all pairs. Each finding is a result on the English file (an omission's English
location is where the missing sentence belongs) with the Chinese sentence as a related location,
and ``partialFingerprints`` carrying ``Finding.fingerprint`` so a finding is recognised across
runs whatever moved around it. Columns count Unicode code points (``columnKind``).

A finding accepted by a reviewer or held by a baseline is not dropped (code scanning would close
its alert): its result carries ``suppressions`` (kind ``external``, status ``accepted``, the
reason as ``justification``), which code scanning shows as dismissed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from urllib.parse import quote

from align.model import Finding, Report, Severity
from align.report._common import Location, chinese, one_line, primary, rules_for
from align.report.context import DEFAULT, RenderContext
from align.rules import Rule
from align.version import __version__

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "alignFingerprint/v1"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    """``ctx.rules`` defaults to every registered rule (``align.rules.all_rules``)."""
    by_id = rules_for(reports, ctx.rules)
    index = {rule_id: i for i, rule_id in enumerate(by_id)}
    results = [_result(r, f, index) for r in reports for f in r.findings]
    run = {
        "tool": {
            "driver": {
                "name": "align",
                "version": __version__,
                "rules": [_rule(rule) for rule in by_id.values()],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"signatures": sorted({r.signature for r in reports if r.signature})},
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule(rule: Rule) -> dict:
    text = rule.doc or rule.title
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": text},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "help": {"text": text + (f"\nExample: {rule.example}" if rule.example else "")},
    }


def _result(report: Report, f: Finding, index: dict[str, int]) -> dict:
    where = primary(report, f)
    message = f.message
    zh = chinese(report, f)
    if zh is not None and zh.text:
        message += f"\nChinese: {one_line(zh.text)}"
    if f.suggestion:
        message += f"\nSuggestion: {f.suggestion}"
    result: dict = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": _LEVEL[f.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": _physical(where)}],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
    }
    if zh is not None:
        result["relatedLocations"] = [
            {
                "id": 1,
                "physicalLocation": _physical(zh),
                "message": {"text": "The Chinese original"},
            }
        ]
    if f.suppressed is not None:
        result["suppressions"] = [_suppression(f)]
    props: dict = {}
    if f.evidence:
        props["evidence"] = dict(f.evidence)
    if f.suggestion:
        props["suggestion"] = f.suggestion
    if props:
        result["properties"] = props
    return result


def _suppression(f: Finding) -> dict:
    s = f.suppressed
    assert s is not None
    why = "Accepted" if s.kind == "accepted" else "Baseline"
    justification = f"{why}: {s.reason}" if s.reason else why
    out: dict = {"kind": "external", "status": "accepted", "justification": justification}
    props = {"source": s.kind, **({"by": s.by} if s.by else {}), **({"at": s.at} if s.at else {})}
    out["properties"] = props
    return out


def _physical(loc: Location) -> dict:
    region: dict = {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": loc.end_line,
        "endColumn": loc.end_column,
    }
    if loc.text:
        region["snippet"] = {"text": loc.text}
    return {"artifactLocation": {"uri": uri(loc.path)}, "region": region}


def uri(path: str) -> str:
    """A relative path stays relative (code-scanning tools resolve it against the repository
    root); an absolute one becomes a file: URI."""
    p = PurePath(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(p.as_posix())
