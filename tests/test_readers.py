"""One reader per input format, on small hand-made files: the text that is checked, and where
each sentence is in the file the user has (line, column, cue, unit, paragraph)."""
# ruff: noqa: E501  (the hand-made files are written out as a tool would write them)

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from align.io import (
    extract,
    format_of,
    is_bilingual,
    read_bilingual,
    read_document,
    read_text,
)
from align.model import AlignError

# ---------------------------------------------------------------- helpers


def _write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return p


def _where(doc, k: int) -> tuple[int, int]:
    return doc.position(doc.segments[k].start)


# ---------------------------------------------------------------- plain text and Markdown


def test_plain_text_is_its_own_text(tmp_path):
    p = _write(tmp_path, "a.zh.txt", "第一句。第二句。\n\n第三句。\n")
    doc = read_document(p, "zh")
    assert doc.origin is None and [s.text for s in doc.segments] == ["第一句。", "第二句。",
                                                                      "第三句。"]
    assert _where(doc, 2) == (3, 1)


MARKDOWN = """---
title: 发布会
---
# 国务院新闻办公室举行发布会

林嘉怡：**女士们**、先生们，上午好！欢迎出席[新闻发布会](https://example.org/a)。

- 工业增加值同比增长`5.8%`。[^1]
> 出口增长*百分之九*。

```
code 2024 12345
```

| 指标 | 数值 |
|---|---|
| 增长 | 5.8% |

[^1]: 注释
"""


def test_markdown_markup_is_left_out_and_positions_kept(tmp_path):
    p = _write(tmp_path, "a.zh.md", MARKDOWN)
    doc = read_document(p, "zh")
    texts = [s.text for s in doc.segments]
    assert texts[0] == "国务院新闻办公室举行发布会"
    assert "女士们、先生们，上午好！" in texts
    assert "欢迎出席新闻发布会。" in texts
    assert "工业增加值同比增长5.8%。" in texts
    assert "出口增长百分之九。" in texts
    joined = doc.text
    for markup in ("**", "](", "```", "12345", "title:", "#", "|", "[^1]", "`"):
        assert markup not in joined, markup
    k = texts.index("欢迎出席新闻发布会。")
    line, column = _where(doc, k)
    source_line = MARKDOWN.split("\n")[line - 1]
    assert line == 6 and source_line[column - 1 :].startswith("欢迎出席")
    assert doc.segments[0].line == 4 and doc.segments[0].speaker is None
    assert doc.segments[1].speaker == "林嘉怡"


# ---------------------------------------------------------------- subtitles

SRT = """1
00:00:01,000 --> 00:00:02,500
Exports of high-tech products

2
00:00:02,500 --> 00:00:04,000
grew by <i>9.6 percent</i> year on year.

3
00:00:05,000 --> 00:00:07,000
Thank you.
"""


def test_srt_cues_joined_mid_sentence_with_cue_labels(tmp_path):
    doc = read_document(_write(tmp_path, "a.srt", SRT), "en")
    assert [s.text for s in doc.segments] == [
        "Exports of high-tech products grew by 9.6 percent year on year.",
        "Thank you.",
    ]
    assert doc.segments[0].label == "cues 1-2 00:00:01,000 --> 00:00:04,000"
    assert doc.segments[1].label == "cue 3 00:00:05,000 --> 00:00:07,000"
    assert doc.segments[0].line == 3 and doc.segments[1].line == 11
    assert "00:" not in doc.text and "<i>" not in doc.text


def test_unpunctuated_chinese_cues_stay_apart(tmp_path):
    srt = "1\n00:00:01,000 --> 00:00:02,000\n今天天气很好\n\n2\n00:00:02,000 --> 00:00:03,000\n我们去公园\n"
    doc = read_document(_write(tmp_path, "a.srt", srt), "zh")
    assert [s.text for s in doc.segments] == ["今天天气很好", "我们去公园"]


VTT = """WEBVTT - a header line

NOTE a note that is not text
with 00:03 in it

STYLE
::cue { color: lime }

intro
00:00.000 --> 00:03.000 align:start position:10%
<v Roger Bingham>We are in New York City,

00:03.000 --> 00:06.500
<c.yellow>and it is</c> <00:04.000>3 degrees &amp; snowing.
"""


def test_webvtt_reads_cue_text_only(tmp_path):
    doc = read_document(_write(tmp_path, "a.vtt", VTT), "en")
    assert [s.text for s in doc.segments] == [
        "We are in New York City, and it is 3 degrees snowing."
    ]
    assert doc.segments[0].label == "cues intro-2 00:00.000 --> 00:06.500"
    assert doc.segments[0].line == 11
    assert "00:03" not in doc.text and "WEBVTT" not in doc.text and "lime" not in doc.text


ASS = """[Script Info]
Title: 测试
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize
Style: Default,Arial,20

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,{\\i1}今天，我们\\N邀请到{\\i0}三位发言人，
Comment: 0,0:00:02.00,0:00:03.00,Default,,0,0,0,,不是字幕。
Dialogue: 0,0:00:03.00,0:00:05.00,Default,,0,0,0,,介绍有关情况。
"""


def test_ass_dialogue_text_without_overrides(tmp_path):
    doc = read_document(_write(tmp_path, "a.ass", ASS), "zh")
    assert [s.text for s in doc.segments] == ["今天，我们邀请到三位发言人，介绍有关情况。"]
    assert doc.segments[0].label == "cues 1-2 0:00:01.00 --> 0:00:05.00"
    assert doc.segments[0].line == 11
    assert "不是字幕" not in doc.text and "Arial" not in doc.text


# ---------------------------------------------------------------- HTML

HTML = """<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>页面标题</title>
<style>p { color: red }</style><script>var x = "12345";</script></head>
<body><nav><a href="/">首页</a> <a href="/en">English</a></nav>
<h1>国务院新闻办公室</h1>
<p>林嘉怡：女士们、先生们，
   上午好！出口增长&nbsp;9.6%&amp;。</p><div>第二段<b>加粗</b>文字。</div>
</body></html>
"""


def test_html_blocks_are_paragraphs_and_the_declared_encoding_is_used(tmp_path):
    p = _write(tmp_path, "a.html", HTML, encoding="gb18030")
    doc = read_document(p, "zh")
    texts = [s.text for s in doc.segments]
    assert texts == ["国务院新闻办公室", "女士们、先生们，上午好！", "出口增长 9.6%&。",
                     "第二段加粗文字。"]
    assert doc.segments[1].speaker == "林嘉怡"
    for dropped in ("首页", "12345", "color", "页面标题"):
        assert dropped not in doc.text
    assert _where(doc, 0) == (5, 5)
    line, column = _where(doc, 2)
    assert HTML.split("\n")[line - 1][column - 1 :].startswith("上午好") is False
    assert line == 7


# ---------------------------------------------------------------- Word


def _docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None,
          header: str | None = None, footer: str | None = None) -> Path:
    import docx

    d = docx.Document()
    for text in paragraphs[:1]:
        d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    for text in paragraphs[1:]:
        d.add_paragraph(text)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    d.save(str(path))
    return path


def test_docx_paragraphs_tables_headers_with_paragraph_numbers(tmp_path):
    p = _docx(tmp_path / "a.docx", ["第一段。", "", "第三段，含5.8%。"],
              table=[["表格一。", "表格二。"]], header="页眉文字。", footer="页脚。")
    doc = read_document(p, "zh")
    texts = [s.text for s in doc.segments]
    assert texts == ["第一段。", "表格一。", "表格二。", "第三段，含5.8%。", "页眉文字。", "页脚。"]
    labels = [s.label for s in doc.segments]
    assert labels == ["paragraph 1", "paragraph 2", "paragraph 3", "paragraph 5", "header 1",
                      "footer 1"]
    assert [s.line for s in doc.segments][:4] == [1, 2, 3, 5]


def test_a_broken_docx_is_one_line(tmp_path):
    p = _write(tmp_path, "a.docx", b"PK\x03\x04 not really a zip")
    with pytest.raises(AlignError) as info:
        read_document(p, "zh")
    assert "\n" not in str(info.value)


# ---------------------------------------------------------------- bilingual: XLIFF

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="zh-CN" target-language="en-US" datatype="plaintext" original="a.txt">
    <body>
      <group id="g1">
        <trans-unit id="t1">
          <source>国内生产总值同比增长<g id="1">4.8%</g>。</source>
          <target>GDP grew by <g id="1">4.8 percent</g>.</target>
        </trans-unit>
      </group>
      <trans-unit id="t2">
        <source>已删除 %d 个文件<x id="2"/>。</source>
        <target>Files deleted.</target>
      </trans-unit>
      <trans-unit id="t3" translate="no"><source>不译。</source></trans-unit>
      <trans-unit id="t4"><source>还没有翻译的句子。</source></trans-unit>
    </body>
  </file>
</xliff>
"""


def test_xliff_12_units_tags_and_lines(tmp_path):
    bi = read_bilingual(_write(tmp_path, "a.xlf", XLIFF12))
    assert [s.text for s in bi.zh.segments] == ["国内生产总值同比增长4.8%。", "已删除个文件。",
                                                "还没有翻译的句子。"]
    assert [s.text for s in bi.en.segments] == ["GDP grew by 4.8 percent.", "Files deleted."]
    assert [(b.zh, b.en) for b in bi.beads] == [((0,), (0,)), ((1,), (1,)), ((2,), ())]
    assert [s.label for s in bi.zh.segments] == ["unit t1", "unit t2", "unit t4"]
    assert [s.line for s in bi.zh.segments] == [7, 12, 16]
    assert [s.line for s in bi.en.segments] == [8, 13]
    assert bi.tags[0] == (("<g 1>",), ("<g 1>",))
    assert bi.tags[1] == (("%d", "<x 2>"), ())
    line, column = bi.zh.position(bi.zh.segments[0].start)
    assert XLIFF12.split("\n")[line - 1][column - 1 :].startswith("国内生产总值")


XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh">
  <file id="f1">
    <unit id="u1">
      <segment id="s1">
        <source>Press <pc id="1">Save</pc> to keep {0} files.</source>
        <target>按<pc id="1">保存</pc>保留{0}个文件。</target>
      </segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2">
        <source>Done<ph id="2"/>.</source>
        <target>完成。</target>
      </segment>
    </unit>
  </file>
</xliff>
"""


def test_xliff_20_segments_and_a_chinese_target(tmp_path):
    bi = read_bilingual(_write(tmp_path, "a.xliff", XLIFF20))
    assert [s.text for s in bi.zh.segments] == ["按保存保留个文件。", "完成。"]
    assert [s.text for s in bi.en.segments] == ["Press Save to keep files.", "Done."]
    assert [s.label for s in bi.en.segments] == ["unit u1/s1", "unit u1/s2"]
    assert bi.tags[0] == (("<pc 1>", "{0}"), ("<pc 1>", "{0}"))
    assert bi.tags[1] == ((), ("<ph 2>",))


SDLXLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" version="1.2" sdl:version="1.0"
  xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <doc-info xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"/>
  <file original="a.docx" source-language="zh-CN" target-language="en-US" datatype="x-sdlfilterframework2">
    <body>
      <trans-unit id="8a7c3e1f-0000">
        <source>第一句。第二句。</source>
        <seg-source><mrk mtype="seg" mid="1">第一句，增长<g id="5">5%</g>。</mrk> <mrk mtype="seg" mid="2">第二句。</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">The first, up <g id="5">5%</g>.</mrk> <mrk mtype="seg" mid="2">The second.</mrk></target>
        <sdl:seg-defs><sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="Draft"/></sdl:seg-defs>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_sdlxliff_segments_by_mrk(tmp_path):
    bi = read_bilingual(_write(tmp_path, "a.sdlxliff", SDLXLIFF))
    assert [s.text for s in bi.zh.segments] == ["第一句，增长5%。", "第二句。"]
    assert [s.text for s in bi.en.segments] == ["The first, up 5%.", "The second."]
    assert [s.label for s in bi.zh.segments] == ["unit 1", "unit 2"]
    assert bi.tags[0] == (("<g 5>",), ("<g 5>",))


MQXLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" version="1.2">
  <file original="a.docx" source-language="zho-CN" target-language="eng-US" datatype="x-docx">
    <body>
      <trans-unit id="1" mq:status="Confirmed" mq:segmentguid="abc">
        <source xml:space="preserve">营业收入约<bpt id="1" ctype="bold">{}</bpt>98.6万亿元<ept id="1">{}</ept>。</source>
        <target xml:space="preserve">Revenue was about <bpt id="1" ctype="bold">{}</bpt>98.6 trillion yuan<ept id="1">{}</ept>.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_mqxliff_codes_are_tokens(tmp_path):
    bi = read_bilingual(_write(tmp_path, "a.mqxliff", MQXLIFF))
    assert bi.zh.segments[0].text == "营业收入约98.6万亿元。"
    assert bi.en.segments[0].text == "Revenue was about 98.6 trillion yuan."
    assert bi.tags[0][0] == bi.tags[0][1] == ("<bpt 1>", "<ept 1>")


# ---------------------------------------------------------------- XML safety


@pytest.mark.parametrize(
    "doc",
    [
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        '<xliff version="1.2"><file><body><trans-unit id="1"><source>&b;</source>'
        "</trans-unit></body></file></xliff>",
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        '<xliff version="1.2"><file><body><trans-unit id="1"><source>&e;</source>'
        "</trans-unit></body></file></xliff>",
    ],
    ids=["entity-expansion", "external-entity"],
)
def test_xml_entities_are_refused(tmp_path, doc):
    with pytest.raises(AlignError, match="refused") as info:
        read_bilingual(_write(tmp_path, "a.xlf", doc))
    assert "\n" not in str(info.value)


def test_malformed_xml_names_the_line(tmp_path):
    with pytest.raises(AlignError, match=r"a.xlf:3: not well-formed"):
        read_bilingual(_write(tmp_path, "a.xlf", '<xliff version="1.2">\n<file>\n</xliff>'))


def test_xml_declared_encoding_is_honoured(tmp_path):
    text = XLIFF12.replace('encoding="UTF-8"', 'encoding="GB2312"')
    bi = read_bilingual(_write(tmp_path, "a.xlf", text, encoding="gb18030"))
    assert bi.zh.segments[0].text == "国内生产总值同比增长4.8%。"
    big5 = ('<?xml version="1.0" encoding="Big5"?>\n<xliff version="1.2"><file><body>'
            "<trans-unit id='1'><source>國內生產總值增長。</source><target>GDP grew.</target>"
            "</trans-unit></body></file></xliff>")
    bi = read_bilingual(_write(tmp_path, "b.xlf", big5, encoding="big5"))
    assert bi.zh.text == "國內生產總值增長。"


# ---------------------------------------------------------------- PO, TMX, CSV/TSV

PO = r'''# Translator comment
msgid ""
msgstr ""
"Language: en\n"
"Content-Type: text/plain; charset=UTF-8\n"

#: src/a.c:10
msgid "已删除 %d 个文件。"
msgstr "Deleted %d files."

#, fuzzy
msgctxt "menu"
msgid ""
"保存"
"文件。"
msgstr "Save \"the\" file."

msgid "一个文件。"
msgid_plural "%d 个文件。"
msgstr[0] "One file."
msgstr[1] "%d files."

#~ msgid "旧的。"
#~ msgstr "Old."
'''


def test_po_messages_placeholders_and_lines(tmp_path):
    bi = read_bilingual(_write(tmp_path, "a.po", PO))
    assert [s.text for s in bi.zh.segments] == ["已删除个文件。", "保存文件。", "一个文件。"]
    assert [s.text for s in bi.en.segments] == ["Deleted files.", 'Save "the" file.', "One file."]
    assert [s.label for s in bi.zh.segments] == ["unit line 8", "unit menu", "unit line 18"]
    assert [s.line for s in bi.zh.segments] == [8, 14, 18]
    assert bi.tags[0] == (("%d",), ("%d",))


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en"
          creationtool="t" creationtoolversion="1" o-tmf="x"/>
  <body>
    <tu tuid="a1">
      <tuv xml:lang="en-US"><seg>Up <bpt i="1" x="1">&lt;b&gt;</bpt>9.6%<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
      <tuv xml:lang="zh-CN"><seg>增长<bpt i="1" x="1">&lt;b&gt;</bpt>9.6%<ept i="1">&lt;/b&gt;</ept>。</seg></tuv>
    </tu>
    <tu><tuv lang="ZH"><seg>谢谢。</seg></tuv><tuv lang="EN"><seg>Thank you.</seg></tuv></tu>
  </body>
</tmx>
"""


def test_tmx_variants_by_language(tmp_path):
    bi = read_bilingual(_write(tmp_path, "a.tmx", TMX))
    assert [s.text for s in bi.zh.segments] == ["增长9.6%。", "谢谢。"]
    assert [s.text for s in bi.en.segments] == ["Up 9.6%.", "Thank you."]
    assert [s.label for s in bi.en.segments] == ["unit a1", "unit 2"]
    assert [s.line for s in bi.zh.segments] == [8, 10]
    assert bi.tags[0][0] == bi.tags[0][1] == ("<bpt 1>", "<ept 1>")


def test_csv_and_tsv_two_columns(tmp_path):
    csv_text = 'en,zh\n"Up 9.6%, year on year.",同比增长9.6%。\n\n"Two\nlines.",两行。\n'
    bi = read_bilingual(_write(tmp_path, "a.csv", csv_text))
    assert [s.text for s in bi.zh.segments] == ["同比增长9.6%。", "两行。"]
    assert [s.text for s in bi.en.segments] == ["Up 9.6%, year on year.", "Two lines."]
    assert [s.label for s in bi.zh.segments] == ["unit row 2", "unit row 4"]
    tsv = "同比增长9.6%。\tUp 9.6 percent.\n谢谢。\tThanks.\n"
    bi = read_bilingual(_write(tmp_path, "a.tsv", tsv))
    assert [s.text for s in bi.en.segments] == ["Up 9.6 percent.", "Thanks."]
    assert [s.line for s in bi.en.segments] == [1, 2]
    with pytest.raises(AlignError, match="a.tsv:1: expected two columns"):
        read_bilingual(_write(tmp_path, "a.tsv", "只有一列。\n"))


def test_bilingual_file_given_as_one_side_is_refused(tmp_path):
    with pytest.raises(AlignError, match="holds both languages"):
        read_document(_write(tmp_path, "a.tmx", TMX), "zh")
    with pytest.raises(AlignError, match="neither side"):
        read_bilingual(_write(tmp_path, "b.tsv", "one\ttwo\n"))


# ---------------------------------------------------------------- encodings and sniffing


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, codec):
    text = "今天发布经济数据。\nGDP增长4.8%。\n"
    p = _write(tmp_path, "a.txt", text.encode(codec))
    assert read_text(p) == text


def test_pure_chinese_utf16_without_bom_and_newline(tmp_path):
    p = _write(tmp_path, "a.txt", "今天发布经济数据。国内生产总值增长。\n".encode("utf-16-le"))
    assert read_text(p).startswith("今天发布")


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("a.pdf", b"%PDF-1.7\n...", "PDF"),
        ("a.txt", b"%PDF-1.4\n...", "PDF"),
        ("a.png", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        ("a.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office 97-2003"),
        ("a.gz", b"\x1f\x8b\x08\x00", "gzip archive"),
        ("a.xlsx", None, "Excel spreadsheet"),
        ("a.zip", None, "ZIP archive"),
    ],
)
def test_unsupported_formats_are_named(tmp_path, name, content, said):
    if content is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("xl/workbook.xml" if name.endswith("xlsx") else "a.txt", "x")
        content = buf.getvalue()
    p = _write(tmp_path, name, content)
    with pytest.raises(AlignError) as info:
        read_document(p, "zh")
    message = str(info.value)
    assert said in message and "not supported" in message and ".xlf" in message
    assert "\n" not in message


def test_content_decides_when_the_suffix_says_nothing(tmp_path):
    assert format_of("a.dat", b"WEBVTT\n\n00:01.000 --> 00:02.000\nHi.\n").name == "WebVTT"
    assert format_of("a", b"1\n00:00:01,000 --> 00:00:02,000\nHi.\n").name == "SubRip"
    assert format_of("a", b'<?xml version="1.0"?>\n<xliff version="2.0">').name == "XLIFF"
    assert format_of("a", b"<!DOCTYPE html><html><body>").name == "HTML"
    assert format_of("a", b'msgid "a"\nmsgstr "b"\n').name == "PO"
    p = _write(tmp_path, "units.dat", TMX)
    assert is_bilingual(p) and not is_bilingual(tmp_path / "x.txt")


# ---------------------------------------------------------------- traditional Chinese


def test_traditional_is_checked_simplified_and_quoted_as_written(tmp_path):
    from align.io.chinese import to_simplified
    from align.scripts import is_traditional

    trad = "國內生產總值約為四萬億元，比去年增長兩成餘。著名的乾隆皇帝。"
    assert is_traditional(trad) and not is_traditional("国内生产总值约为四万亿元。台灣")
    simple = to_simplified(trad)
    assert len(simple) == len(trad) and simple.startswith("国内生产总值约为四万亿元")
    doc = read_document(_write(tmp_path, "a.zh.txt", trad + "\n"), "zh")
    assert doc.text.startswith("國內生產總值")
    assert doc.segments[0].text.startswith("国内生产总值约为四万亿元")
    assert doc.text[doc.segments[0].start : doc.segments[0].end].startswith("國內")


def test_traditional_speaker_labels_are_found(tmp_path):
    doc = read_document(_write(tmp_path, "a.zh.txt", "趙啟明：謝謝主持人。\n"), "zh")
    assert doc.segments[0].speaker == "赵启明" and doc.segments[0].text == "谢谢主持人。"


def test_extract_is_empty_for_markup_only(tmp_path):
    with pytest.raises(AlignError, match="empty"):
        extract(_write(tmp_path, "a.html", "<html><script>x</script></html>"), "zh")
