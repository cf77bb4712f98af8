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
from align.model import Alignment, Finding, Severity
from align.rules import (
    ADDITION,
    ANTONYM,
    NAME_MISSING,
    NAME_UNMATCHED,
    NEGATION,
    NUMBER_EXTRA,
    NUMBER_MISSING,
    OMISSION,
    PARTIAL_ADDITION,
    PARTIAL_OMISSION,
    TOKEN_MISSING,
)

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
    out = one_finding_per_sentence(out, ctx.alignment)
    out = one_reading_per_bead(out)
    out.sort(key=lambda f: (f.bead if f.bead is not None else -1, f.rule))
    return tuple(out)


# Rules about one word of a sentence, by the side the word is on (its ``evidence`` key), and the
# rule that reports that side's sentence as a whole.
_WORD_RULES = {NUMBER_MISSING.id: "zh", NAME_MISSING.id: "zh", TOKEN_MISSING.id: "zh",
               NUMBER_EXTRA.id: "en"}
_WHOLE_RULE = {"zh": OMISSION.id, "en": ADDITION.id}
WITHIN = "within"
"""Evidence key of a word finding folded into its sentence's finding (a grade, not an identity:
in ``MEASURED_EVIDENCE``)."""


def one_finding_per_sentence(findings: list[Finding], alignment: Alignment) -> list[Finding]:
    """A number, name or token missing from (or extra in) a sentence that another finding of
    its bead reports as a whole, not translated (omission) or without a source (addition), is
    information: the sentence is the one finding. An untranslated lead or header block is one
    finding, not one per date and name in it, and its severity (at most a warning in a page's
    head) is the block's. A word also found in a sentence of the bead that is translated keeps
    its severity: it may be that sentence's."""
    whole: dict[tuple[int, str], set[int]] = {}
    for f in findings:
        for side, rule in _WHOLE_RULE.items():
            span = getattr(f, side)
            if f.rule == rule and f.bead is not None and span is not None and span.ids:
                whole.setdefault((f.bead, side), set()).update(span.ids)
    if not whole:
        return findings
    out = []
    for f in findings:
        side = _WORD_RULES.get(f.rule)
        ids = whole.get((f.bead, side)) if side and f.bead is not None else None
        word = dict(f.evidence).get(side) if side else None
        if ids and word and f.severity is not Severity.INFO:
            doc = getattr(alignment, side)
            others = set(getattr(alignment.beads[f.bead], side)) - ids
            if (any(word in doc.segments[i].text for i in ids)
                    and not any(word in doc.segments[i].text for i in others)):
                said = "not translated" if side == "zh" else "without a source in the Chinese"
                f = replace(f, severity=Severity.INFO,
                            message=f"{f.message} It is in a sentence reported as {said}.",
                            evidence=(*f.evidence, (WITHIN, _WHOLE_RULE[side])))
        out.append(f)
    return out


# Rules that read one bead word by word and judge what its sentences say: a second finding of
# the same rule in the same bead comes from the same reading of the same sentences.
_READING_RULES = frozenset({NEGATION.id, ANTONYM.id, NAME_UNMATCHED.id, PARTIAL_ADDITION.id,
                            PARTIAL_OMISSION.id, TOKEN_MISSING.id})
REPEAT = "repeat"
"""Evidence key of a word-level finding whose bead already has one of its rule (a grade: in
``MEASURED_EVIDENCE``)."""


def one_reading_per_bead(findings: list[Finding]) -> list[Finding]:
    """A word-level meaning rule (negation, antonym, a name replaced, a word added or dropped,
    a token missing) flags a bead once: the first, most severe finding keeps its severity and
    the others of that rule in that bead are information. Two such findings in one bead come
    from one reading of the same sentences (two negations of one clause, two names of one
    greeting): a reviewer reads the sentence once, and when that reading is wrong, as on a free
    but faithful translation, every finding of it is wrong together. Numbers and names missing
    from a sentence are separate facts and keep theirs."""
    first: dict[tuple[int, str], int] = {}
    order = sorted(range(len(findings)), key=lambda k: (-findings[k].severity.rank, k))
    for k in order:
        f = findings[k]
        if f.rule in _READING_RULES and f.bead is not None and f.severity is not Severity.INFO:
            first.setdefault((f.bead, f.rule), k)
    out = []
    for k, f in enumerate(findings):
        kept = first.get((f.bead, f.rule)) if f.bead is not None else None
        if kept is not None and kept != k and f.severity is not Severity.INFO:
            f = replace(f, severity=Severity.INFO,
                        message=f"{f.message} The same sentence has another {f.rule} finding; "
                                "it carries the severity.",
                        evidence=(*f.evidence, (REPEAT, f.rule)))
        out.append(f)
    return out


__all__ = ["CHECKS", "REPEAT", "WITHIN", "Check", "CheckContext", "one_finding_per_sentence",
           "one_reading_per_bead", "run_checks"]
