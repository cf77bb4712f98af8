"""End to end through every reader: the sample briefing converted by the test into each format
still gives its seeded discrepancies (``samples/briefing.draft.key.json``); a bilingual file made
from the sample's alignment gives the same number, name and meaning findings as the text pair;
a traditional-character original gives the same findings as the simplified one."""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import SAMPLES

from align import api
from align.segment.en import split_en
from align.segment.zh import split_zh

ZH = SAMPLES / "briefing.zh.txt"
DRAFT = SAMPLES / "briefing.draft.en.txt"
KEY = json.loads((SAMPLES / "briefing.draft.key.json").read_text(encoding="utf-8"))
COMPARED = ("number-", "name-", "mismatch")


@pytest.fixture(scope="module")
def embedder(cache_dir):
    from align.embed import load_embedder

    return load_embedder("use", cache_dir=cache_dir)


@pytest.fixture(scope="module")
def text_report(embedder):
    return api.check(ZH, DRAFT, None, embedder)


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _missed(report) -> list[str]:
    def matches(f, item):
        return (
            f.rule in item["rules"]
            and (item["zh"] is None or (f.zh is not None and item["zh"] in f.zh.text))
            and (item["en"] is None or (f.en is not None and item["en"] in f.en.text))
        )

    return [item["note"] for item in KEY if not any(matches(f, item) for f in report.findings)]


# ---------------------------------------------------------------- the sample in each format


def _cues(path: Path, lang: str) -> list[str]:
    """One cue per sentence, a long sentence split in two after its first comma (so the reader
    must join cues that end mid-sentence)."""
    split = split_zh if lang == "zh" else split_en
    comma = "，" if lang == "zh" else ", "
    out = []
    for line in _lines(path):
        for s, e in split(line):
            sentence = line[s:e].strip()
            k = sentence.find(comma)
            if len(sentence) > 40 and 0 < k < len(sentence) - 5:
                out += [sentence[: k + len(comma)].strip(), sentence[k + len(comma) :].strip()]
            else:
                out.append(sentence)
    return out


def _time(k: int, sep: str) -> str:
    return f"00:{k // 60:02d}:{k % 60:02d}{sep}000"


def to_srt(path: Path, lang: str) -> str:
    return "".join(f"{k}\n{_time(k, ',')} --> {_time(k + 1, ',')}\n{c}\n\n"
                   for k, c in enumerate(_cues(path, lang), 1))


def to_vtt(path: Path, lang: str) -> str:
    body = "".join(f"c{k}\n{_time(k, '.')} --> {_time(k + 1, '.')} align:start\n"
                   f"<v Speaker>{html.escape(c, quote=False)}\n\n"
                   for k, c in enumerate(_cues(path, lang), 1))
    return "WEBVTT\n\nNOTE converted from the sample 00:03\n\n" + body


def to_ass(path: Path, lang: str) -> str:
    head = ("[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
            "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n")
    return head + "".join(
        f"Dialogue: 0,0:{k // 60:02d}:{k % 60:02d}.00,0:{(k + 1) // 60:02d}:{(k + 1) % 60:02d}.00,"
        f"Default,,0,0,0,,{{\\i1}}{c}{{\\i0}}\n"
        for k, c in enumerate(_cues(path, lang), 1)
    )


def _speaker_bold(line: str) -> str:
    for colon in ("：", ": "):
        name, sep, rest = line.partition(colon)
        if sep and 0 < len(name) <= 20 and " " not in name.strip() or sep and name.istitle():
            return f"**{name}**{sep}{rest}"
    return line


def to_markdown(path: Path, lang: str) -> str:
    lines = _lines(path)
    out = [f"# {lines[0]}", "", f"*{lines[1]}*", "", "<!-- converted from the sample -->", ""]
    for line in lines[2:]:
        out += [_speaker_bold(line), ""]
    out += ["```", "print(12345)", "```", ""]
    return "\n".join(out)


def to_html(path: Path, lang: str) -> str:
    lines = _lines(path)
    out = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>sample</title>',
           "<script>var total = 98765;</script><style>p{margin:0}</style></head><body>",
           '<nav><a href="/">Home 2024</a></nav>', f"<h1>{html.escape(lines[0])}</h1>",
           f"<p class=\"date\">{html.escape(lines[1])}</p>"]
    for line in lines[2:]:
        out.append(f"<p>\n  {html.escape(line)}\n</p>")
    out.append("</body></html>\n")
    return "\n".join(out)


def to_docx(path: Path, lang: str, target: Path) -> None:
    import docx

    d = docx.Document()
    lines = _lines(path)
    d.add_heading(lines[0], level=1)
    for line in lines[1:]:
        d.add_paragraph(line)
    d.save(str(target))


MONOLINGUAL = {"srt": to_srt, "vtt": to_vtt, "ass": to_ass, "md": to_markdown,
               "html": to_html}


@pytest.mark.parametrize("suffix", [*MONOLINGUAL, "docx"])
def test_seeded_errors_are_found_in_every_format(tmp_path, embedder, suffix):
    paths = []
    for source, lang in ((ZH, "zh"), (DRAFT, "en")):
        target = tmp_path / f"briefing.{lang}.{suffix}"
        if suffix == "docx":
            to_docx(source, lang, target)
        else:
            target.write_text(MONOLINGUAL[suffix](source, lang), encoding="utf-8")
        paths.append(target)
    report = api.check(*paths, None, embedder)
    assert _missed(report) == []
    for f in report.findings:  # every finding points into the file the user has
        for side, doc in ((f.zh, report.alignment.zh), (f.en, report.alignment.en)):
            if side is not None and side.text and suffix not in ("docx",):
                line, column = doc.position(side.start)
                file_line = Path(doc.path).read_text(encoding="utf-8").split("\n")[line - 1]
                assert file_line[column - 1 :].startswith(side.text[:3]), (suffix, f.rule)
    if suffix in ("srt", "vtt", "ass"):
        assert all(s.label and s.label.startswith("cue") for s in report.alignment.en.segments)
    if suffix == "docx":
        assert all(s.label.startswith("paragraph") for s in report.alignment.zh.segments)


# ---------------------------------------------------------------- bilingual files


def _units(report) -> list[tuple[str, str]]:
    a = report.alignment
    return [("".join(a.zh.segments[i].text for i in b.zh),
             " ".join(a.en.segments[i].text for i in b.en)) for b in a.beads]


def to_xliff12(units) -> str:
    body = "".join(
        f'      <trans-unit id="{k}">\n        <source>{html.escape(zh, quote=False)}</source>\n'
        + (f"        <target>{html.escape(en, quote=False)}</target>\n" if en else "")
        + "      </trans-unit>\n"
        for k, (zh, en) in enumerate(units, 1)
    )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            '  <file source-language="zh-CN" target-language="en-US" datatype="plaintext" '
            'original="briefing">\n    <body>\n' + body + "    </body>\n  </file>\n</xliff>\n")


def to_xliff20(units) -> str:
    body = "".join(
        f'    <unit id="u{k}"><segment>\n      <source>{html.escape(zh, quote=False)}</source>\n'
        + (f"      <target>{html.escape(en, quote=False)}</target>\n" if en else "")
        + "    </segment></unit>\n"
        for k, (zh, en) in enumerate(units, 1)
    )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:'
            'document:2.0" version="2.0" srcLang="zh-CN" trgLang="en-US">\n  <file id="f1">\n'
            + body + "  </file>\n</xliff>\n")


def _po_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_po(units) -> str:
    out = ['msgid ""', 'msgstr ""', '"Language: en\\n"', '"Content-Type: text/plain; '
           'charset=UTF-8\\n"', ""]
    for k, (zh, en) in enumerate(units, 1):
        out += [f'msgctxt "s{k}"', f"msgid {_po_string(zh)}", f"msgstr {_po_string(en)}", ""]
    return "\n".join(out)


def to_tmx(units) -> str:
    body = "".join(
        f'    <tu tuid="{k}">\n      <tuv xml:lang="zh-CN"><seg>{html.escape(zh, quote=False)}'
        f'</seg></tuv>\n      <tuv xml:lang="en-US"><seg>{html.escape(en, quote=False)}</seg>'
        "</tuv>\n    </tu>\n"
        for k, (zh, en) in enumerate(units, 1)
    )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header '
            'srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" '
            'creationtool="test" creationtoolversion="1" o-tmf="test"/>\n  <body>\n' + body
            + "  </body>\n</tmx>\n")


def to_csv(units) -> str:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["zh-CN", "en-US"])
    writer.writerows(units)
    return buf.getvalue()


BILINGUAL = {"xlf": to_xliff12, "xliff": to_xliff20, "po": to_po, "tmx": to_tmx, "csv": to_csv}


def _compared(report) -> Counter:
    def norm(span):
        return "".join(span.text.split()) if span is not None else ""

    return Counter((f.rule, norm(f.zh), norm(f.en)) for f in report.findings
                   if f.rule.startswith(COMPARED))


@pytest.mark.parametrize("suffix", list(BILINGUAL))
def test_bilingual_file_gives_the_text_pairs_findings(tmp_path, embedder, text_report, suffix):
    units = _units(text_report)
    if suffix in ("tmx", "csv"):  # a memory holds only translated units
        units = [(zh, en) for zh, en in units if zh and en]
    units = [(zh, en) for zh, en in units if zh]  # an added sentence has no source unit
    path = tmp_path / f"briefing.{suffix}"
    path.write_text(BILINGUAL[suffix](units), encoding="utf-8")
    report = api.check_bilingual(path, None, embedder)
    assert len(report.alignment.beads) == len(units)
    expected = _compared(text_report)
    got = _compared(report)
    assert got == expected, (got - expected, expected - got)
    # every seeded error but the omission and the addition (which a unit per bead turns into
    # an empty target and no unit) is found through the file
    coverage = {item["note"] for item in KEY if set(item["rules"]) <= {"omission", "addition"}}
    assert set(_missed(report)) <= coverage
    for f in report.findings:
        if f.zh is not None and f.zh.ids:
            seg = report.alignment.zh.segments[f.zh.ids[0]]
            assert seg.label.startswith("unit ")
            line = path.read_text(encoding="utf-8").split("\n")[seg.line - 1]
            assert seg.text[:4] in html.unescape(line) or suffix == "po"


# ---------------------------------------------------------------- traditional characters


def test_traditional_original_gives_the_same_findings(tmp_path, embedder, text_report):
    import opencc

    trad = opencc.OpenCC("s2t").convert(ZH.read_text(encoding="utf-8"))
    assert trad != ZH.read_text(encoding="utf-8")
    path = tmp_path / "briefing.zh-TW.txt"
    path.write_text(trad, encoding="utf-8")
    report = api.check(path, DRAFT, None, embedder)

    def keyed(r):
        return Counter((f.rule, f.zh.line if f.zh else 0, f.en.line if f.en else 0)
                       for f in r.findings)

    assert keyed(report) == keyed(text_report)
    zh_quotes = [f.zh.text for f in report.findings if f.zh and f.zh.text]
    assert any("萬" in q or "億" in q or "門" in q or "這" in q for q in zh_quotes)
    assert all(q in trad for q in zh_quotes)  # quoted as written
    assert any("億" in f.message or "萬" in f.message for f in report.findings)
