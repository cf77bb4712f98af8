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
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
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
