"""One module per output format, each a function ``Report -> str``.

``FORMATS`` maps the ``--format`` name to ``module:function``; modules are imported only when
their format is asked for, so the terminal report never pays for the HTML one.
"""

from __future__ import annotations

from importlib import import_module

from align.model import Report

FORMATS: dict[str, str] = {
    "text": "align.report.text:render",
    "json": "align.report.json:render",
    "html": "align.report.html:render",
    "sarif": "align.report.sarif:render",
    "junit": "align.report.junit:render",
    "github": "align.report.github:render",
    "tmx": "align.report.tmx:render",
}


def render(report: Report, fmt: str, **options) -> str:
    target = FORMATS[fmt]
    module, func = target.split(":")
    return getattr(import_module(module), func)(report, **options)
