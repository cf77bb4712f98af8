"""Numbers: every quantity of a Chinese sentence must reach its English translation unchanged.

Each aligned bead's quantities are extracted on both sides (``zh.py``, ``en.py``), normalised to
a value, a kind and a qualifier (``quantity.py``), and compared (``compare.py``): 1.6万 and
"16,000" are the same number, 0.2个百分点 and "0.2%" are not. Latin tokens (5G, G20, APEC) are
compared as they are written (``tokens.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from align.checks.base import CheckContext, Rule
from align.checks.numbers.compare import Discrepancy, compare
from align.checks.numbers.render import render_en
from align.model import Finding, Segment, Severity, Span
from align.numbers.en import extract_en
from align.numbers.quantity import Quantity
from align.numbers.tokens import missing_tokens
from align.numbers.zh import extract_zh

RULES = (
    Rule("number-missing", "Number missing", Severity.ERROR,
         "A quantity of the Chinese has no counterpart in the English.",
         "增长1.6万人 -> 'grew by many people'"),
    Rule("number-mismatch", "Number differs", Severity.ERROR,
         "A Chinese quantity appears in the English with a different value, unit or currency.",
         "1.6万人 -> '1,600 people' (should be 16,000)"),
    Rule("number-kind", "Percent vs percentage points", Severity.ERROR,
         "The English changes the kind of a quantity: percent written as percentage points, "
         "points as percent, or a percentage as a plain number.",
         "提高0.2个百分点 -> 'up 0.2%' (should be 0.2 percentage points)"),
    Rule("number-qualifier", "Approximation or bound changed", Severity.WARNING,
         "The English changes what a qualifier says about a quantity (nearly vs more than, "
         "above vs below). A qualifier only dropped or added is reported as info.",
         "近四万人 -> 'more than 40,000 people' (should be nearly 40,000)"),
    Rule("number-extra", "Number only in the English", Severity.WARNING,
         "The English states a quantity the Chinese does not have.",
         "增长较快 -> 'grew by 12%'"),
    Rule("number-rounded", "Rounded number", Severity.INFO,
         "The two sides differ only by rounding, and one side says it is approximate.",
         "4.49万亿元 -> 'nearly 4.5 trillion yuan'"),
    Rule("token-missing", "Latin token missing", Severity.WARNING,
         "A Latin or alphanumeric token of the Chinese (a name or code such as 5G, G20, APEC) "
         "does not appear in the English.",
         "5G基站 -> 'fifth-generation base stations' (keep 5G)"),
)  # fmt: skip


class NumbersCheck:
    """Compares the quantities and Latin tokens of the two sides of every two-sided bead."""

    rules: tuple[Rule, ...] = RULES

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        disabled = ctx.settings.disabled_rules
        if all(r.id in disabled for r in self.rules):
            return
        a = ctx.alignment
        for index, bead in enumerate(a.beads):
            if not bead.zh or not bead.en:
                continue  # one-sided beads belong to the coverage check
            zh_segs = [a.zh.segments[i] for i in bead.zh]
            en_segs = [a.en.segments[i] for i in bead.en]
            zh_span, en_span = Span.of(a.zh, bead.zh), Span.of(a.en, bead.en)
            found = compare(_pool(zh_segs, extract_zh), _pool(en_segs, extract_en))
            for d in found:
                if d.rule not in disabled:
                    yield _finding(d, zh_span, en_span, index)
            if "token-missing" not in disabled:
                en_text = " ".join(s.text for s in en_segs)
                seen: set[str] = set()
                for token, _, _ in missing_tokens(" ".join(s.text for s in zh_segs), en_text):
                    if token in seen:
                        continue
                    seen.add(token)
                    yield Finding(
                        rule="token-missing",
                        severity=Severity.WARNING,
                        message=f"The Chinese {token} does not appear in the English.",
                        zh=zh_span,
                        en=en_span,
                        evidence=(("zh", token),),
                        suggestion=f"keep {token} as written",
                        bead=index,
                    )


def _pool(segments: list[Segment], extract) -> list[Quantity]:
    return [q for s in segments for q in extract(s.text)]


def _finding(d: Discrepancy, zh_span: Span | None, en_span: Span | None, bead: int) -> Finding:
    evidence: list[tuple[str, str]] = []
    if d.zh is not None:
        evidence += [("zh", d.zh.surface), ("zh_value", d.zh.normalised())]
    if d.en is not None:
        evidence += [("en", d.en.surface), ("en_value", d.en.normalised())]
    if d.zh is not None:
        suggestion = render_en(d.zh)
    else:
        suggestion = f"remove {d.en.surface!r} or check it against the Chinese"
    return Finding(
        rule=d.rule,
        severity=d.severity,
        message=d.message,
        zh=zh_span,
        en=en_span,
        evidence=tuple(evidence),
        suggestion=suggestion,
        bead=bead,
    )


__all__ = ["NumbersCheck", "RULES", "Quantity", "compare", "extract_en", "extract_zh", "render_en"]
