"""XLIFF 2.0 for review: one unit per bead, findings as notes, flagged units marked, and the file
read back by our own XLIFF reader (and by translate-toolkit)."""

from __future__ import annotations

from report_sample import sample_reports

from align.io.xml import parse
from align.report.context import RenderContext
from align.report.xliff import render


def test_units_notes_and_states() -> None:
    reports = sample_reports()
    text = render(reports, RenderContext(srclang="zh-CN", tgtlang="en-US"))
    root = parse(text.encode("utf-8"), "review.xlf")
    assert root.tag == "xliff" and root.attrib["version"] == "2.0"
    assert (root.attrib["srcLang"], root.attrib["trgLang"]) == ("zh-CN", "en-US")
    files = root.findall("file")
    assert len(files) == len(reports)
    for report, file in zip(reports, files, strict=True):
        a = report.alignment
        units = file.findall("unit")
        assert len(units) == len(a.beads)
        bad = {f.bead for f in report.findings if f.bead is not None
               and f.severity.value in ("error", "warning")}
        for k, (bead, unit) in enumerate(zip(a.beads, units, strict=True)):
            segment = unit.find("segment")
            notes = unit.find("notes")
            rules = sorted(f.rule for f in report.findings if f.bead == k)
            got = sorted(n.attrib["category"].removeprefix("align:")
                         for n in (notes.findall("note") if notes else []))
            assert got == rules
            if not bead.en:
                assert segment.attrib["state"] == "initial" and segment.find("target") is None
            elif k in bad:
                assert segment.attrib.get("subState") == "align:needs-review"
            else:
                assert "subState" not in segment.attrib
            zh = "".join(a.zh.segments[i].text for i in bead.zh)
            assert segment.find("source").text() == " ".join(zh.split())
    assert "<script>" not in text  # hostile text is escaped


def test_lxml_reads_it_as_xliff_20() -> None:
    from lxml import etree

    text = render(sample_reports())
    tree = etree.fromstring(text.encode("utf-8"))
    assert tree.tag == "{urn:oasis:names:tc:xliff:document:2.0}xliff"


def test_snapshot() -> None:
    import os
    from pathlib import Path

    path = Path(__file__).parent / "snapshots" / "report.xliff"
    actual = render(sample_reports())
    if os.environ.get("ALIGN_UPDATE_SNAPSHOTS") == "1":
        path.write_text(actual, encoding="utf-8", newline="\n")
    assert actual == path.read_text(encoding="utf-8")
