"""One module per output format, each a function ``(Sequence[Report], RenderContext) -> str``.

A batch is one combined report, so every renderer takes all the pairs' reports at once.

``FORMATS`` maps the ``--format`` name to ``module:function``; modules are imported only when
their format is asked for, so the terminal report never pays for the HTML one.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module

from align.model import Report
from align.report.context import DEFAULT, RenderContext

FORMATS: dict[str, str] = {
    "text": "align.report.text:render",
    "json": "align.report.json:render",
    "html": "align.report.html:render",
    "sarif": "align.report.sarif:render",
    "junit": "align.report.junit:render",
    "github": "align.report.github:render",
    "tmx": "align.report.tmx:render",
    "xliff": "align.report.xliff:render",
}


def render(reports: Sequence[Report], fmt: str, ctx: RenderContext | None = None) -> str:
    """Render ``reports`` in format ``fmt`` (a key of ``FORMATS``)."""
    module, func = FORMATS[fmt].split(":")
    return getattr(import_module(module), func)(reports, ctx or DEFAULT)


__all__ = ["FORMATS", "RenderContext", "render"]
