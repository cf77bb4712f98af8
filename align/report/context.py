"""What a renderer may be told besides the reports: one typed value, the same for every format.

Each format reads the fields that concern it and ignores the rest, so the CLI builds one
context and any renderer can be called with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from align.rules import Rule


@dataclass(frozen=True)
class RenderContext:
    # text: colour (--color; by default only on a terminal without NO_COLOR) and the width
    color: bool = False
    width: int = 100
    # html: the page title (default: the pair, or the number of pairs)
    title: str | None = None
    # junit: findings at or above this threshold are failures (default: each report's own
    # settings.fail_on, the threshold of the exit code)
    fail_on: str | None = None
    # every format that prints a summary: baseline / accepted-file entries that matched no
    # finding in this run, as (kind, count) pairs, e.g. (("baseline", 2),)
    stale: tuple[tuple[str, int], ...] = ()
    # json: the pairs of a batch that could not be checked, as (zh path, en path or None,
    # message); a batch report lists them under "errors"
    pair_errors: tuple[tuple[str, str | None, str], ...] = ()
    # sarif: the rules to describe (default: every registered rule)
    rules: Sequence[Rule] | None = None
    # tmx, tsv and xliff: the language tags of the two sides
    srclang: str = "zh"
    tgtlang: str = "en"
    # tmx and tsv: keep units with findings (errors or warnings) in the memory
    include_flagged: bool = False


DEFAULT = RenderContext()
"""What a renderer uses when it is told nothing."""
