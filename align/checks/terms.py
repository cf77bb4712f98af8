"""Glossary terms: a Chinese term from the project's glossary must be rendered as agreed.

The glossary lives in the configuration (``[terms]`` in align.toml, ``[tool.align.terms]`` in
pyproject.toml): each Chinese term maps to one English rendering or a list of accepted ones.
English matching ignores case, runs of whitespace and hyphen-versus-space, and accepts simple
plural/possessive endings, so "New-industrialization's" still counts as "new industrialization".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from align.checks.base import CheckContext
from align.model import Finding, Span
from align.rules import TERM_MISMATCH


@lru_cache(maxsize=512)
def _pattern(rendering: str) -> re.Pattern[str]:
    words = re.split(r"[\s\-]+", rendering.strip())
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w]){body}(?:s|es|'s|’s)?(?![\w])", re.IGNORECASE)


def rendered(english: str, renderings: tuple[str, ...]) -> bool:
    """Whether any accepted rendering occurs in ``english``."""
    return any(_pattern(r).search(english) for r in renderings)


class TermsCheck:
    rules = (TERM_MISMATCH,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        glossary = ctx.settings.terms
        if not glossary:
            return
        a = ctx.alignment
        for index, bead in ctx.two_sided():
            zh_text = "".join(a.zh.segments[i].text for i in bead.zh)
            en_text = " ".join(a.en.segments[i].text for i in bead.en)
            for term, renderings in glossary:
                if term in zh_text and not rendered(en_text, renderings):
                    shown = " / ".join(f'"{r}"' for r in renderings)
                    yield TERM_MISMATCH.finding(
                        f"{term} should be rendered as {shown} (project glossary).",
                        zh=Span.of(a.zh, bead.zh),
                        en=Span.of(a.en, bead.en),
                        evidence=(("zh", term), ("expected", renderings[0])),
                        suggestion=renderings[0],
                        bead=index,
                    )
