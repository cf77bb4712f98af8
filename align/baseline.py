"""Baselines: record today's findings so CI reports only the ones that are new.

``align check ... --write-baseline align-baseline.json`` writes, and ``--baseline`` applies::

    {
      "version": 1,
      "tool": "align",
      "findings": [
        {"fingerprint": "3f2a9c0b1d4e5f60", "rule": "number-missing",
         "zh": "docs/zh/a.txt", "en": "docs/en/a.txt", "line": 12, "message": "..."},
        ...
      ]
    }

Only ``fingerprint`` is used for matching; the other fields are there for the people reviewing
the file. ``Finding.fingerprint`` hashes the rule, both texts and the identifying evidence, never
positions or paths, so a baselined finding stays matched when other sentences are added or
removed and when files move. Matching counts occurrences: when the baseline holds a fingerprint
once and the report has it twice (the same untranslated sentence repeated), one is new.
Entries are sorted, so rewriting an unchanged baseline changes nothing in version control.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from align.model import AlignError, Report

VERSION = 1


def write_baseline(reports: Sequence[Report], path: Path) -> int:
    """Write every finding of ``reports`` to ``path``; returns how many were written."""
    entries = []
    for report in reports:
        a = report.alignment
        for f in report.findings:
            side = f.en or f.zh
            entries.append(
                {
                    "fingerprint": f.fingerprint,
                    "rule": f.rule,
                    "zh": a.zh.path,
                    "en": a.en.path,
                    "line": side.line if side else None,
                    "message": f.message,
                }
            )
    entries.sort(key=lambda e: (e["fingerprint"], e["en"], e["zh"], e["line"] or 0))
    doc = {"version": VERSION, "tool": "align", "findings": entries}
    try:
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as e:
        raise AlignError(f"cannot write baseline {path}: {e.strerror}") from None
    return len(entries)


def read_baseline(path: Path) -> Counter[str]:
    """How many times each fingerprint occurs in the baseline file."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AlignError(f"baseline not found: {path}") from None
    except OSError as e:
        raise AlignError(f"cannot read baseline {path}: {e.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise AlignError(f"baseline {path} is not valid JSON: {e}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("findings"), list):
        raise AlignError(f"baseline {path} has no 'findings' list")
    if doc.get("version") != VERSION:
        raise AlignError(
            f"baseline {path} has version {doc.get('version')!r}; "
            f"this align reads version {VERSION}"
        )
    counts: Counter[str] = Counter()
    for entry in doc["findings"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise AlignError(f"baseline {path}: every finding needs a 'fingerprint' string")
        counts[entry["fingerprint"]] += 1
    return counts


def apply_baseline(report: Report, path: Path) -> Report:
    """``report`` without the findings recorded in the baseline at ``path``."""
    remaining = read_baseline(path)
    kept = []
    for f in report.findings:
        fp = f.fingerprint
        if remaining[fp] > 0:
            remaining[fp] -= 1
        else:
            kept.append(f)
    return replace(report, findings=tuple(kept))
