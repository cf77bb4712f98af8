"""Snapshot tests: every report format over the hand-built batch in ``report_sample``.

Each output is compared exactly with ``tests/snapshots/report.<format>``. After an intended
change of a format, regenerate and review the diff:

    ALIGN_UPDATE_SNAPSHOTS=1 pytest tests/test_report_snapshots.py
"""

from __future__ import annotations

import os
from importlib import import_module
from pathlib import Path

import pytest
from report_sample import RULES, sample_reports

from align import __version__
from align.report import FORMATS

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("ALIGN_UPDATE_SNAPSHOTS") == "1"
# The formats whose output this file pins; the others are snapshotted by their owners' tests.
MINE = ["html", "sarif", "junit", "github", "tmx", "tmx.tsv"]


def _render(fmt: str) -> str:
    reports = sample_reports()
    if fmt == "tmx.tsv":
        from align.report.tmx import render_tsv

        return render_tsv(reports)
    module, func = FORMATS[fmt].split(":")
    # SARIF gets a fixed rule list so the snapshot does not change when a rule's docs do.
    options = {"rules": RULES} if fmt == "sarif" else {}
    text = getattr(import_module(module), func)(reports, **options)
    # The version changes with every release; the format does not.
    return text.replace(f'"{__version__}"', '"<version>"').replace(
        f"align {__version__}", "align <version>"
    )


@pytest.mark.parametrize("fmt", MINE)
def test_snapshot(fmt: str) -> None:
    path = SNAPSHOTS / f"report.{fmt}"
    actual = _render(fmt)
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="\n")
    assert path.exists(), f"missing snapshot {path}; run with ALIGN_UPDATE_SNAPSHOTS=1"
    assert actual == path.read_text(encoding="utf-8")


def test_rendering_is_deterministic() -> None:
    for fmt in MINE:
        assert _render(fmt) == _render(fmt)


def test_formats_are_registered() -> None:
    for fmt in ("html", "sarif", "junit", "github", "tmx"):
        module, func = FORMATS[fmt].split(":")
        assert callable(getattr(import_module(module), func))
