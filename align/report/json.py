"""``--format json``: the stable machine format (version 1, documented in the README).

Keys are only ever added, never renamed or removed, within a version.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from align.model import Document, Finding, Report, Span
from align.report.context import DEFAULT, RenderContext

VERSION = 1


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    if len(reports) == 1:
        return json.dumps(report_dict(reports[0]), ensure_ascii=False, indent=2) + "\n"
    total = {"error": 0, "warning": 0, "info": 0}
    for r in reports:
        for k, v in r.summary().items():
            total[k] += v
    doc = {"version": VERSION, "pairs": [report_dict(r) for r in reports], "summary": total}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def report_dict(report: Report) -> dict:
    a = report.alignment
    return {
        "version": VERSION,
        "signature": report.signature,
        "zh": _doc(a.zh),
        "en": _doc(a.en),
        "alignment": [
            {"zh": list(b.zh), "en": list(b.en), "score": round(b.score, 4)} for b in a.beads
        ],
        "findings": [finding_dict(f) for f in report.findings],
        "summary": report.summary(),
    }


def finding_dict(f: Finding) -> dict:
    return {
        "rule": f.rule,
        "severity": f.severity.value,
        "message": f.message,
        "zh": _span(f.zh),
        "en": _span(f.en),
        "evidence": dict(f.evidence),
        "suggestion": f.suggestion,
        "bead": f.bead,
        "fingerprint": f.fingerprint,
    }


def _doc(d: Document) -> dict:
    return {"path": d.path, "sentences": len(d.segments)}


def _span(s: Span | None) -> dict | None:
    if s is None:
        return None
    return {"text": s.text, "line": s.line, "start": s.start, "end": s.end,
            "sentences": list(s.ids)}
