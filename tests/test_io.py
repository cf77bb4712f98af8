"""Reading files: encodings, and a clear AlignError for every kind of bad input."""

import pytest

from align.io import check_language, read_document, read_text
from align.model import AlignError

ZH = "今天发布前三季度经济数据。国内生产总值同比增长4.8%。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_decodes_common_chinese_encodings(tmp_path, encoding):
    p = tmp_path / "zh.txt"
    p.write_bytes(ZH.encode(encoding))
    assert read_text(p) == ZH


def test_crlf_becomes_lf(tmp_path):
    p = tmp_path / "en.txt"
    p.write_bytes(b"One.\r\nTwo.\r\n")
    assert read_text(p) == "One.\nTwo.\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\n\t ", "empty"),
        (b"\x00\x00\x00\x07\x01\x00\x00\x00\x00\x00\xff\x00", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image files are not supported"),
        (b"caf\xe9 \x80\x80 au lait", "cannot decode"),
    ],
)
def test_bad_files_are_one_line_errors(tmp_path, content, message):
    p = tmp_path / "f.txt"
    p.write_bytes(content)
    with pytest.raises(AlignError, match=message) as info:
        read_text(p)
    assert "\n" not in str(info.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(AlignError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(AlignError, match="directory"):
        read_text(tmp_path)


def test_wrong_language_is_refused_with_a_swap_hint():
    with pytest.raises(AlignError, match="swapped"):
        check_language("GDP grew by 4.8 percent in the first three quarters.", "zh", "a.txt")
    with pytest.raises(AlignError, match="swapped"):
        check_language(ZH, "en", "b.txt")
    with pytest.raises(AlignError, match="no words"):
        check_language("123 456 ... 789", "en", "c.txt")


def test_english_names_inside_chinese_are_still_chinese():
    check_language("苹果公司（Apple Inc.）和华为在5G领域展开竞争，GDP增长4.8%。", "zh", "a.txt")
    check_language("Xi said the 一带一路 (Belt and Road) initiative helps trade.", "en", "b.txt")


def test_read_document_keeps_offsets(tmp_path):
    p = tmp_path / "zh.txt"
    p.write_text("主持人：" + ZH + "\n", encoding="utf-8")
    doc = read_document(p, "zh")
    assert doc.lang == "zh" and len(doc) == 2
    assert all(doc.text[s.start : s.end] == s.text for s in doc.segments)


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    import align.io

    p = tmp_path / "big.txt"
    p.write_text(ZH * 10, encoding="utf-8")
    monkeypatch.setattr(align.io, "MAX_BYTES", 100)
    with pytest.raises(AlignError, match="split it into chapters"):
        read_text(p)


# ---------------------------------------------------------------- through the command line

XLF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="zh-CN" target-language="en-US" datatype="plaintext" original="a">
    <body>
      <trans-unit id="gdp">
        <source>国内生产总值同比增长4.8%。</source>
        <target>GDP grew by 4.6 percent year on year.</target>
      </trans-unit>
      <trans-unit id="files">
        <source>已删除 %d 个文件。</source>
        <target>Files deleted.</target>
      </trans-unit>
      <trans-unit id="rate">
        <source>城镇登记失业率为3.2%。</source>
        <target>The registered urban unemployment rate was 3.2%.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_check_a_bilingual_file_alone(run_cli, tmp_path):
    import json

    p = tmp_path / "units.xlf"
    p.write_text(XLF, encoding="utf-8")
    result = run_cli("check", p, "--format", "json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    got = {(f["rule"], f["zh"]["line"], f["en"]["line"]) for f in report["findings"]}
    assert ("number-mismatch", 6, 7) in got and ("tag-mismatch", 10, 11) in got
    sarif = json.loads(run_cli("check", p, "--format", "sarif").stdout)
    regions = [r["locations"][0]["physicalLocation"]["region"]
               for r in sarif["runs"][0]["results"]]
    assert {"startLine": 7, "startColumn": 17} in [
        {k: r[k] for k in ("startLine", "startColumn")} for r in regions]


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("a.pdf", b"%PDF-1.7\n", "PDF files are not supported"),
        ("a.txt", None, "holds one language; give the English file too"),
        ("scan.png", b"\x89PNG\r\n\x1a\n\x00", "PNG image files are not supported"),
    ],
)
def test_unsupported_or_lonely_input_is_one_line_and_exit_2(run_cli, tmp_path, name, content,
                                                           said):
    p = tmp_path / name
    p.write_bytes(content if content is not None else "你好。".encode())
    result = run_cli("check", p)
    assert result.returncode == 2 and result.stdout == ""
    assert said in result.stderr and result.stderr.count("\n") == 1


def test_export_xliff_and_tmx_with_language_tags(run_cli, tmp_path):
    from conftest import SAMPLES

    zh, draft = SAMPLES / "briefing.zh.txt", SAMPLES / "briefing.draft.en.txt"
    xlf = tmp_path / "review.xlf"
    result = run_cli("export", zh, draft, "-o", xlf, "--srclang", "zh-CN", "--tgtlang", "en-US")
    assert result.returncode == 0, result.stderr
    text = xlf.read_text(encoding="utf-8")
    assert 'srcLang="zh-CN" trgLang="en-US"' in text
    assert 'subState="align:needs-review"' in text and "align:number-kind" in text
    tmx, everything = tmp_path / "memory.tmx", tmp_path / "all.tmx"
    assert run_cli("export", zh, draft, "-o", tmx, "--tgtlang", "en-US").returncode == 0
    assert run_cli("export", zh, draft, "-o", everything, "--include-flagged").returncode == 0
    kept, full = tmx.read_text(encoding="utf-8"), everything.read_text(encoding="utf-8")
    assert 'xml:lang="en-US"' in kept
    assert kept.count("</tu>") < full.count("</tu>") and "18.7 percent" in full
    assert "18.7 percent" not in kept
    # the exported XLIFF is itself an input
    again = run_cli("check", xlf, "--format", "json")
    assert again.returncode == 1 and "number-kind" in again.stdout


@pytest.mark.parametrize(("page", "ordinary"), [
    ("全国⼈⼤常委会", "全国人大常委会"),   # Kangxi radicals a PDF extraction emits
    ("2022年3⽉7⽇上午⼗时", "2022年3月7日上午十时"),
    ("⾃⼰的⼒量", "自己的力量"),
    ("⺟亲", "母亲"),                      # the radicals supplement (where NFKC maps it)
    ("丽水", "丽水"),                      # a compatibility ideograph
    ("一月一日", "一月一日"),              # ordinary characters are left alone
])
def test_radical_look_alikes_are_read_as_their_characters(tmp_path, page, ordinary):
    from align.io.chinese import without_look_alikes

    assert without_look_alikes(page) == ordinary
    p = tmp_path / "zh.txt"
    p.write_text(f"会议由{page}举行。", encoding="utf-8")
    doc = read_document(p, "zh")
    assert doc.text == f"会议由{page}举行。"  # the file's own characters are kept for quoting
    assert doc.segments[0].text == f"会议由{ordinary}举行。"  # and read as ordinary ones


def test_a_date_in_radical_look_alikes_matches_its_english(run_cli, tmp_path):
    import json

    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text("代表团于2022年3⽉7⽇抵达北京。\n双方举行了会谈。\n", encoding="utf-8")
    en.write_text("The delegation arrived in Beijing on March 7, 2022.\n"
                  "The two sides held talks.\n", encoding="utf-8")
    result = run_cli("check", zh, en, "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    rules = [f["rule"] for f in json.loads(result.stdout)["findings"]]
    assert not [r for r in rules if r.startswith("number-")], rules
