"""Footnote marks and section years (issue 14, sixteenth session). Each edition of a text
numbers its notes its own way ((注7) in the Chinese, a note 14 printed straight after the
English sentence), so a note number is page furniture, never a quantity to compare. An English
year the heading of the Chinese section names (一、2004年工作回顾, then "GDP in 2004") is made
explicit, not added. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers

from align.numbers import extract_en, extract_zh
from align.numbers.reading import FOOTNOTE, doubt_en, doubt_zh


@pytest.mark.parametrize("text", [
    "当地雇员比例超过九成。(注7)",
    "当地雇员比例超过九成。（注 12）",
    "当地雇员比例超过九成[注3]",
    "当地雇员比例超过九成。[15]",
    "当地雇员比例超过九成。【4】",
    "法官享有任期(註3)和保障。",
])
def test_a_chinese_note_mark_is_furniture(text: str) -> None:
    marks = [q for q in extract_zh(text) if q.surface.strip().isdigit()
             or q.surface.strip() in "0123456789"]
    assert marks and all(doubt_zh(q, text) == FOOTNOTE for q in marks)


@pytest.mark.parametrize("text", [
    "Most staff on the sites are local people.[22]",
    "the security of tenure (Note 1), the immunity of judges (Note 2)",
    "the security of tenure [note 12]",
    "14 It is expected that trade will grow.",  # the segmenter left the mark on this sentence
    "9 The report was released in May.",
])
def test_an_english_note_number_is_furniture(text: str) -> None:
    marks = [q for q in extract_en(text) if q.surface.strip().strip("[]").isdigit()
             and q.value < 100]
    assert marks and all(doubt_en(q, text) == FOOTNOTE for q in marks)


@pytest.mark.parametrize("text", [
    "14 Chinese companies took part.",  # a count that opens a sentence
    "Prices rose 3.14 percent in May.",
    "The meeting (7 members) agreed.",
    "See Note 4 of the accounts for 2019.",  # a note named in the text, not a mark
    "In 2019. 14 people were hired.",
])
def test_a_number_that_counts_is_no_note_mark(text: str) -> None:
    assert all(doubt_en(q, text) != FOOTNOTE for q in extract_en(text))


def test_a_chinese_count_in_brackets_is_no_note_mark() -> None:
    text = "成员国（27个）一致同意。"
    assert all(doubt_zh(q, text) != FOOTNOTE for q in extract_zh(text))


def test_note_marks_numbered_differently_are_not_reported() -> None:
    assert loud_numbers(["当地雇员比例在90%以上。", "(注7)当地员工都接受了培训。"],
                        ["More than 90 percent of the staff are local.",
                         "14 They are trained on site."]) == []


def test_a_real_figure_beside_a_note_mark_is_still_compared() -> None:
    assert loud_numbers(["当地雇员比例在90%以上。(注7)"],
                        ["More than 80 percent of the staff are local.7"])


# -- the year of the section -------------------------------------------------------------------

_OPENING = "现在,我代表市人民政府作工作报告。"
_OPENING_EN = "Now, on behalf of the municipal government, I present the work report."


@pytest.mark.parametrize("heading", ["一、2004年工作回顾", "（二）2004年主要工作", "3. 2004年回顾",
                                     "第一部分 2004年工作回顾"])
def test_a_year_the_section_heading_names_is_made_explicit(heading: str) -> None:
    assert loud_numbers([_OPENING, heading, "全市生产总值增长较快。"],
                        [_OPENING_EN, "A Review of the Work",
                         "The city's GDP grew fast in 2004."]) == []


def test_a_year_of_another_section_is_still_added() -> None:
    assert loud_numbers([_OPENING, "一、2004年工作回顾", "全市生产总值增长较快。",
                         "二、2005年主要任务", "继续扩大对外开放。"],
                        [_OPENING_EN, "A Review of the Work", "The city's GDP grew fast.",
                         "Main Tasks", "We will open wider in 2004."])


def test_a_year_no_heading_names_is_still_added() -> None:
    assert loud_numbers([_OPENING, "一、工作回顾", "全市生产总值增长较快。"],
                        [_OPENING_EN, "A Review of the Work", "The city's GDP grew fast in 2004."])
