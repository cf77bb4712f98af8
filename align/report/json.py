"""``--format json``: the stable machine format (version 1, documented in the README).

Keys are only ever added, never renamed or removed, within a version.

A finding accepted by a reviewer or held by a baseline is still listed, with ``suppressed``
saying why (``{"kind": "accepted"|"baseline", "reason": ..., "by": ..., "at": ...}``; null for
the others). ``summary`` counts the findings that are not suppressed by severity, plus
``suppressed``; ``by_rule`` counts them per rule; ``stale`` (when a baseline or an
accepted-findings file was used) counts entries that matched nothing. A batch's report lists
its pairs under ``pairs`` and, when some could not be checked, those under ``errors`` (``zh``,
``en``, ``message``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from align.model import Document, Finding, Report, Span
from align.report._common import by_rule, counts, label
from align.report.context import DEFAULT, RenderContext

VERSION = 1


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    if len(reports) == 1 and not ctx.pair_errors:
        doc = report_dict(reports[0])
    else:
        doc = {"version": VERSION, "pairs": [report_dict(r) for r in reports],
               "summary": _summary(reports), "by_rule": by_rule(reports)}
    if ctx.pair_errors:
        doc["errors"] = [{"zh": zh, "en": en, "message": message}
                         for zh, en, message in ctx.pair_errors]
    if ctx.stale:
        doc["stale"] = dict(ctx.stale)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _summary(reports: Sequence[Report]) -> dict[str, int]:
    c = counts(reports)
    return {k: c[k] for k in ("error", "warning", "info", "suppressed")}


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
        "findings": [finding_dict(f, a.zh, a.en) for f in report.findings],
        "summary": _summary([report]),
        "by_rule": by_rule([report]),
    }


def finding_dict(f: Finding, zh: Document | None = None, en: Document | None = None) -> dict:
    """One finding; with the documents, each side also names its subtitle cue, bilingual unit or
    Word paragraph (``label``) where the reader gave one."""
    return {
        "rule": f.rule,
        "severity": f.severity.value,
        "message": f.message,
        "zh": _span(f.zh, zh),
        "en": _span(f.en, en),
        "evidence": dict(f.evidence),
        "suggestion": f.suggestion,
        "bead": f.bead,
        "fingerprint": f.fingerprint,
        "suppressed": None if f.suppressed is None else {
            "kind": f.suppressed.kind, "reason": f.suppressed.reason, "by": f.suppressed.by,
            "at": f.suppressed.at},
    }


def _doc(d: Document) -> dict:
    return {"path": d.path, "sentences": len(d.segments)}


def _span(s: Span | None, doc: Document | None) -> dict | None:
    if s is None:
        return None
    out = {"text": s.text, "line": s.line, "start": s.start, "end": s.end,
           "sentences": list(s.ids)}
    where = label(doc, s) if doc is not None else None
    if where is not None:
        out["label"] = where
    return out
