"""Translation memory export: TMX 1.4 read back by our own TMX reader and by translate-toolkit
(a test-only dependency: an independent reader CAT tools' converters use), and TSV."""

from __future__ import annotations

from dataclasses import replace

import pytest
from report_sample import pair_one, sample_reports

from align.io.tmx import read
from align.model import Bead
from align.report.context import RenderContext
from align.report.tmx import flagged, render, render_tsv, units


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


def test_tmx_round_trips_through_our_reader() -> None:
    reports = sample_reports()
    text = render(reports, RenderContext(include_flagged=True))
    got = [(u.source.text, u.target.text) for u in read(text.encode("utf-8"), "memory.tmx")]
    assert got == _expected(reports)


def test_tmx_header_has_the_attributes_tmx_1_4_requires() -> None:
    import xml.etree.ElementTree as ET

    root = ET.fromstring(render(sample_reports(), RenderContext(include_flagged=True)))
    header = root.find("header")
    assert root.tag == "tmx" and root.get("version") == "1.4" and header is not None
    required = {"creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang",
                "srclang", "datatype"}
    assert required <= set(header.attrib)


def test_characters_xml_forbids_are_dropped_and_markup_escaped() -> None:
    report = pair_one()
    a = report.alignment
    text = "Tab\tand \x01bell\x0b <b>&amp;"
    seg = replace(a.en.segments[0], text=text, start=0, end=len(text))
    en = replace(a.en, text=text, segments=(seg,))
    single = replace(a, en=en, beads=(Bead((0,), (0,)),))
    memory = render([replace(report, alignment=single)], RenderContext(include_flagged=True))
    (unit,) = read(memory.encode("utf-8"), "memory.tmx")
    assert unit.target.text == "Tab and bell <b>&amp;"


def test_tmx_round_trips_through_translate_toolkit() -> None:
    pytest.importorskip("translate.storage.tmx")
    from translate.storage.tmx import tmxfile

    reports = sample_reports()
    text = render(reports, RenderContext(include_flagged=True))
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
    lines = render_tsv([report], RenderContext(include_flagged=True)).splitlines()
    assert lines[0] == "zh\ten"
    assert all(line.count("\t") == 1 for line in lines)
    assert lines[1].split("\t")[1] == "a b c"
    assert len(lines) == 1 + len(_expected([report]))


def test_flagged_units_are_left_out_unless_asked_and_tags_are_configurable() -> None:
    reports = sample_reports()
    bad = set().union(*(flagged(r) for r in reports))
    assert bad
    ctx = RenderContext(srclang="zh-CN", tgtlang="en-US")
    text = render(reports, ctx)
    assert 'srclang="zh-CN"' in text and 'xml:lang="en-US"' in text
    kept = [(u.source.text, u.target.text) for u in read(text.encode("utf-8"), "memory.tmx")]
    everything = _expected(reports)
    assert len(kept) < len(everything) and set(kept) < set(everything)
    assert list(units(reports, include_flagged=False)) == kept
    tsv = render_tsv(reports, ctx).splitlines()
    assert tsv[0] == "zh-CN\ten-US" and len(tsv) == 1 + len(kept)
