"""The checks: each module registers its rules; ``run_checks`` applies them all to an alignment.

Settings decide which rules run, their severities, and which findings are ignored; no check
looks at files, only at the alignment.
"""

from __future__ import annotations

import re
from dataclasses import replace

from align.checks.base import Check, CheckContext, Rule
from align.model import Finding


def all_checks() -> list[Check]:
    from align.checks.coverage import CoverageCheck
    from align.checks.length import LengthCheck
    from align.checks.meaning import MeaningCheck
    from align.checks.names import NamesCheck
    from align.checks.numbers import NumbersCheck
    from align.checks.terms import TermsCheck
    from align.checks.untranslated import UntranslatedCheck

    return [
        CoverageCheck(), LengthCheck(), MeaningCheck(), UntranslatedCheck(), NumbersCheck(),
        NamesCheck(), TermsCheck(),
    ]


def all_rules() -> tuple[Rule, ...]:
    return tuple(rule for check in all_checks() for rule in check.rules)


def run_checks(ctx: CheckContext) -> tuple[Finding, ...]:
    """Every enabled rule's findings, with severity overrides and ignore patterns applied, in
    document order (by bead, then rule)."""
    s = ctx.settings
    overrides = dict(s.severity_overrides)
    ignore = [re.compile(p) for p in s.ignore_patterns]
    out: list[Finding] = []
    for check in all_checks():
        for f in check.run(ctx):
            if f.rule in s.disabled_rules:
                continue
            if any(p.search(side.text) for p in ignore for side in (f.zh, f.en) if side):
                continue
            if f.rule in overrides:
                f = replace(f, severity=overrides[f.rule])
            out.append(f)
    out.sort(key=lambda f: (f.bead if f.bead is not None else -1, f.rule))
    return tuple(out)


__all__ = ["Check", "CheckContext", "Rule", "all_checks", "all_rules", "run_checks"]
