"""Snapshot tests: every report format over the hand-built batch in ``report_sample``.

Each output is compared exactly with ``tests/snapshots/report.<format>``. After an intended
change of a format, regenerate and review the diff:

    ALIGN_UPDATE_SNAPSHOTS=1 pytest tests/test_report_snapshots.py
"""

from __future__ import annotations

import os
from dataclasses import replace
from importlib import import_module
from pathlib import Path

import pytest
from report_sample import RULES, sample_reports, suppressed_reports

from align.report import FORMATS, RenderContext
from align.version import __version__

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("ALIGN_UPDATE_SNAPSHOTS") == "1"
# The formats whose output this file pins; the others are snapshotted by their owners' tests.
MINE = ["text", "json", "html", "sarif", "junit", "github", "tmx", "tmx.tsv"]


def _render(fmt: str, reports=None, ctx: RenderContext | None = None) -> str:
    reports = reports if reports is not None else sample_reports()
    if fmt == "tmx.tsv":
        from align.report.tmx import render_tsv

        return render_tsv(reports)
    module, func = FORMATS[fmt].split(":")
    # SARIF gets a fixed rule list so the snapshot does not change when a rule's docs do.
    ctx = ctx or RenderContext()
    if fmt == "sarif":
        ctx = replace(ctx, rules=RULES)
    text = getattr(import_module(module), func)(reports, ctx)
    return _unversioned(text)


def _unversioned(text: str) -> str:
    """The version changes with every release; the format does not."""
    return (
        text.replace(f'"{__version__}"', '"<version>"')
        .replace(f"align {__version__}", "align <version>")
        .replace(f"align:{__version__}", "align:<version>")
    )


@pytest.mark.parametrize("fmt", MINE)
def test_snapshot(fmt: str) -> None:
    path = SNAPSHOTS / f"report.{fmt}"
    actual = _render(fmt)
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="\n")
    assert path.exists(), f"missing snapshot {path}; run with ALIGN_UPDATE_SNAPSHOTS=1"
    assert actual == path.read_text(encoding="utf-8")


# Reviewed findings: one accepted, one baselined, and a stale baseline entry.
REVIEWED = ["text", "json", "html", "sarif", "junit", "github"]


@pytest.mark.parametrize("fmt", REVIEWED)
def test_snapshot_with_suppressed_findings(fmt: str) -> None:
    path = SNAPSHOTS / f"suppressed.{fmt}"
    actual = _render(fmt, suppressed_reports(), RenderContext(stale=(("baseline", 1),)))
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


@pytest.fixture(scope="module")
def draft_report(tmp_path_factory):
    """The real pipeline on the sample draft, with paths as a user would type them."""
    from align.api import check
    from align.embed import load_embedder

    root = Path(__file__).resolve().parent.parent
    cwd = os.getcwd()
    os.chdir(root)
    try:
        embedder = load_embedder("use", cache_dir=tmp_path_factory.mktemp("cache"))
        return check("samples/briefing.zh.txt", "samples/briefing.draft.en.txt", None, embedder)
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("fmt", ["text", "json", "html", "sarif", "junit", "github", "tmx"])
def test_snapshot_of_the_sample_draft(draft_report, fmt: str) -> None:
    """Every format over the real sample run. A change here after an aligner or check change
    is expected: regenerate with ALIGN_UPDATE_SNAPSHOTS=1 and review the diff."""
    module, func = FORMATS[fmt].split(":")
    actual = _unversioned(getattr(import_module(module), func)([draft_report]))
    path = SNAPSHOTS / f"briefing.draft.{fmt}"
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="\n")
    assert path.exists(), f"missing snapshot {path}; run with ALIGN_UPDATE_SNAPSHOTS=1"
    assert actual == path.read_text(encoding="utf-8")
