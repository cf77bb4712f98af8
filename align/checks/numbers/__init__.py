"""Numbers: every quantity of a Chinese sentence must reach its English translation unchanged.

Each aligned bead's quantities are extracted on both sides (``zh.py``, ``en.py``), normalised to
a value, a kind and a qualifier (``quantity.py``), and compared (``compare.py``): 1.6万 and
"16,000" are the same number, 0.2个百分点 and "0.2%" are not. Latin tokens (5G, G20, APEC) are
compared as they are written (``tokens.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from align.checks.base import CheckContext
from align.checks.numbers.compare import Discrepancy, compare
from align.checks.numbers.render import render_en
from align.model import Finding, Segment, Span
from align.numbers.en import extract_en
from align.numbers.quantity import Quantity
from align.numbers.tokens import missing_tokens
from align.numbers.zh import extract_zh
from align.rules import (
    NUMBER_EXTRA,
    NUMBER_KIND,
    NUMBER_MISMATCH,
    NUMBER_MISSING,
    NUMBER_QUALIFIER,
    NUMBER_ROUNDED,
    TOKEN_MISSING,
    Rule,
)


class NumbersCheck:
    """Compares the quantities and Latin tokens of the two sides of every two-sided bead."""

    rules: tuple[Rule, ...] = (
        NUMBER_MISSING, NUMBER_MISMATCH, NUMBER_KIND, NUMBER_QUALIFIER, NUMBER_EXTRA,
        NUMBER_ROUNDED, TOKEN_MISSING,
    )  # fmt: skip

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        disabled = ctx.settings.disabled_rules
        if all(r.id in disabled for r in self.rules):
            return
        a = ctx.alignment
        for index, bead in ctx.two_sided():
            zh_segs = [a.zh.segments[i] for i in bead.zh]
            en_segs = [a.en.segments[i] for i in bead.en]
            zh_span, en_span = Span.of(a.zh, bead.zh), Span.of(a.en, bead.en)
            found = compare(_pool(zh_segs, extract_zh), _pool(en_segs, extract_en))
            for d in found:
                if d.rule.id not in disabled:
                    yield _finding(d, zh_span, en_span, index)
            if TOKEN_MISSING.id not in disabled:
                en_text = " ".join(s.text for s in en_segs)
                seen: set[str] = set()
                for token, _, _ in missing_tokens(" ".join(s.text for s in zh_segs), en_text):
                    if token in seen:
                        continue
                    seen.add(token)
                    yield TOKEN_MISSING.finding(
                        f"The Chinese {token} does not appear in the English.",
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
    return d.rule.finding(
        d.message,
        zh=zh_span,
        en=en_span,
        severity=d.severity,
        evidence=tuple(evidence),
        suggestion=suggestion,
        bead=bead,
    )


__all__ = ["NumbersCheck", "Quantity", "compare", "extract_en", "extract_zh", "render_en"]
