"""The checks: ``CHECKS`` lists every check; ``run_checks`` applies them all to an alignment.

A check produces findings of the rules it declares (``rules``, entries of ``align.rules``).
Settings decide which rules run, their severities, and which findings are ignored; no check
looks at files, only at the alignment. To add a check, write its module and add its class here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from align.checks.antonym import AntonymCheck
from align.checks.base import Check, CheckContext
from align.checks.coverage import CoverageCheck
from align.checks.entities import EntitiesCheck
from align.checks.length import LengthCheck
from align.checks.lexical import on_respaced_words
from align.checks.meaning import MeaningCheck
from align.checks.names import NamesCheck
from align.checks.numbers import NumbersCheck
from align.checks.partial import PartialCheck
from align.checks.polarity import NegationCheck
from align.checks.tags import TagsCheck
from align.checks.terms import TermsCheck
from align.checks.untranslated import UntranslatedCheck
from align.model import Finding

CHECKS: tuple[type[Check], ...] = (
    CoverageCheck, LengthCheck, MeaningCheck, UntranslatedCheck, NumbersCheck, NamesCheck,
    TermsCheck, NegationCheck, EntitiesCheck, AntonymCheck, PartialCheck, TagsCheck,
)  # fmt: skip
# The checks that judge the English word by word (through ``lexical.bead_texts``): on a page
# that lost its spaces they read the words respaced, and what they find there is information.
WORD_LEVEL: tuple[type[Check], ...] = (NegationCheck, EntitiesCheck, AntonymCheck, PartialCheck)


def run_checks(ctx: CheckContext) -> tuple[Finding, ...]:
    """Every enabled rule's findings, with severity overrides and ignore patterns applied, in
    document order (by bead, then rule)."""
    s = ctx.settings
    overrides = dict(s.severity_overrides)
    ignore = [re.compile(p) for p in s.ignore_patterns]
    out: list[Finding] = []
    for check in CHECKS:
        found = check().run(ctx)
        if check in WORD_LEVEL:
            found = on_respaced_words(ctx, found)
        for f in found:
            if f.rule in s.disabled_rules:
                continue
            if any(p.search(side.text) for p in ignore for side in (f.zh, f.en) if side):
                continue
            if f.rule in overrides:
                f = replace(f, severity=overrides[f.rule])
            out.append(f)
    out.sort(key=lambda f: (f.bead if f.bead is not None else -1, f.rule))
    return tuple(out)


__all__ = ["CHECKS", "Check", "CheckContext", "run_checks"]
