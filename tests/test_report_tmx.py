"""Translation memory export: TMX 1.4 read back by translate-toolkit, and TSV."""

from __future__ import annotations

from dataclasses import replace

import pytest
from report_sample import pair_one, sample_reports

from align.model import Bead
from align.report.tmx import render, render_tsv, units

pytest.importorskip("translate.storage.tmx")


def _expected(reports):
    out = []
    for r in reports:
        a = r.alignment
        for b in a.beads:
            if b.zh and b.en:
                out.append(
                    (
                        "".join(a.zh.segments[i].text for i in b.zh),
                        " ".join(a.en.segments[i].text for i in b.en),
                    )
                )
    return out


def test_tmx_round_trips_through_translate_toolkit() -> None:
    from translate.storage.tmx import tmxfile

    reports = sample_reports()
    text = render(reports)
    assert '<tmx version="1.4">' in text and 'srclang="zh"' in text
    memory = tmxfile.parsestring(text.encode("utf-8"))
    got = [(u.source, u.target) for u in memory.units]
    assert got == _expected(reports)
    assert any("<script>" in zh for zh, _ in got)  # markup is text, kept verbatim


def test_only_two_sided_beads_and_joined_sentences() -> None:
    report = pair_one()
    a = report.alignment
    merged = replace(
        a, beads=(Bead((0, 1), (0,)), Bead((2,), (1, 2)), Bead((3,), ()), Bead((), (3,)))
    )
    got = list(units([replace(report, alignment=merged)]))
    zh, en = a.zh.segments, a.en.segments
    assert got == [
        (zh[0].text + zh[1].text, en[0].text),
        (zh[2].text, en[1].text + " " + en[2].text),
    ]


def test_tsv_has_language_header_and_no_stray_tabs() -> None:
    report = pair_one()
    seg = report.alignment.en.segments[0]
    doc = replace(
        report.alignment.en,
        segments=(replace(seg, text="a\tb\nc"), *report.alignment.en.segments[1:]),
    )
    report = replace(report, alignment=replace(report.alignment, en=doc))
    lines = render_tsv([report]).splitlines()
    assert lines[0] == "zh\ten"
    assert all(line.count("\t") == 1 for line in lines)
    assert lines[1].split("\t")[1] == "a b c"
    assert len(lines) == 1 + len(_expected([report]))
