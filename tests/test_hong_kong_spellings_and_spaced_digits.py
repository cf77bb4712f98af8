"""Forms of Hong Kong departments' reports (twenty-second session): place and person names in
Hong Kong's Cantonese spelling (石湖墟 Shek Wu Hui, 荔枝角 Lai Chi Kok), a rank said before its
noun (三级污水处理, "tertiary treatment"), a page that spaces its digits with its characters
(北 京 2 0 0 8 年), and the place a document speaks for said as "our city". Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers
from test_names import run
from test_names_own_country import _HK_EN, _HK_ZH, _PLAIN_EN, _PLAIN_ZH, _missing

from align.lexicon.readings import cantonese_readings, hong_kong_spellings, readable_in
from align.numbers.zh import extract_zh

# --- Cantonese readings in Hong Kong's spelling ----------------------------------------------


@pytest.mark.parametrize(("jyutping", "spelt"), [
    ("sek", "shek"), ("gok", "kok"), ("heoi", "hui"), ("saan", "shan"), ("zi", "chi"),
    ("zim", "tsim"), ("zeoi", "tsui"), ("mou", "mo"), ("daai", "tai"), ("jau", "yau"),
    ("gwong", "kwong"), ("ci", "tsz"), ("jyun", "yuen"), ("coeng", "cheung"), ("lai", "lai"),
])
def test_a_jyutping_syllable_has_its_hong_kong_spelling(jyutping, spelt):
    assert spelt in hong_kong_spellings(jyutping)


def test_cantonese_readings_come_without_tones():
    assert cantonese_readings("石") and all(r.isalpha() for r in cantonese_readings("石"))
    assert cantonese_readings("a") == ()


@pytest.mark.parametrize(("zh", "name"), [
    ("荔枝角", "Lai Chi"), ("石湖墟", "Wu Hui"), ("大帽山", "Mo Shan"), ("沙田", "Sha Tin"),
    ("尖沙咀", "Tsim Sha"), ("張國榮", "Cheung Kwok"), ("黃大仙", "Wong Tai"),
])
def test_hong_kong_names_are_read_in_cantonese(zh, name):
    assert readable_in(zh, name)


@pytest.mark.parametrize(("zh", "name"), [
    ("北京", "Lai Chi"), ("荔枝角", "Wu Hui"), ("张国荣", "Wang Kwok"),
])
def test_other_names_are_still_not_read(zh, name):
    assert not readable_in(zh, name)


def test_a_hong_kong_place_in_its_spelling_is_no_mismatch():
    zh = [(None, "污水处理厂位于石湖墟,服务上水一带。"), (None, "谢谢大家。")]
    en = [(None, "The sewage treatment works at Shek Wu Hui serves the Sheung Shui area."),
          (None, "Thank you.")]
    assert run(zh, en) == []


def test_another_place_is_still_a_mismatch():
    zh = [(None, "污水处理厂位于石湖墟,服务一带。"), (None, "谢谢大家。")]
    en = [(None, "The sewage treatment works at Lai Chi Kok serves the area."),
          (None, "Thank you.")]
    assert [f.rule for f in run(zh, en)] == ["name-mismatch"]


# --- a rank before its noun -------------------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("污水经三级污水处理后排放。", "The sewage is discharged after tertiary treatment."),
    ("该批文物属二级文物。", "The relics are of the second grade."),
])
def test_a_rank_said_by_a_word_is_no_missing_number(zh, en):
    assert loud_numbers([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("风力达到8级。", "The wind reached force 6."),
    ("警戒级别提升至三级。", "The alert was raised to level 2."),
])
def test_other_levels_are_still_compared(zh, en):
    assert loud_numbers([zh], [en]) != []


def test_a_rank_with_its_bound_stays_a_number():
    [q] = extract_zh("三级以上")
    assert (int(q.value), q.weak) == (3, False)


# --- a page that spaces digits with its characters -----------------------------------------------

@pytest.mark.parametrize(("zh", "value", "kind"), [
    ("北 京 2 0 0 8 年 奧 運 會", 20080000, "date"),
    ("共 有 1 2 3 人 參 加", 123, "count"),
    ("二 ○ ○ 八 年", 20080000, "date"),  # as before
])
def test_spaced_digits_among_spaced_characters_are_one_number(zh, value, kind):
    [q] = extract_zh(zh)
    assert (int(q.value), q.kind) == (value, kind)


@pytest.mark.parametrize(("zh", "values"), [
    ("在 2008 年 和 2009 年", [20080000, 20090000]),  # typeset spaces around whole numbers
    ("表 1 2 3", [1, 2, 3]),  # one character: no spaced page
    ("有 3 人", [3]),
])
def test_numbers_apart_stay_apart(zh, values):
    assert [int(q.value) for q in extract_zh(zh)] == values


# --- the own place said as "our city" ------------------------------------------------------------

@pytest.mark.parametrize("en", [
    "We must support the continuous development of our city.",
    "This serves our community well.",
])
def test_the_place_a_document_speaks_for_said_as_our_city_is_info(en):
    found = _missing(_HK_ZH + ["为支持香港的持续发展,我们必须作好准备。"], _HK_EN + [en])
    assert [s for s, _ in found] == ["info"]


def test_our_city_says_no_place_the_document_names_rarely():
    zh = _PLAIN_ZH + ["为支持香港的持续发展,我们必须作好准备。"]
    en = _PLAIN_EN + ["We must support the continuous development of our city."]
    assert [s for s, _ in _missing(zh, en)] == ["warning"]


# --- lines ending in a colon that name no speaker -------------------------------------------------

@pytest.mark.parametrize("line", [
    "3.機場:到達香港的旅客須申報健康狀況。",
    "(2)旅遊健康:出發前請諮詢醫生。",
    "圖1:生蠔的圖片",
    "機電工程營運基金邁進20年:",
    "https://www.toothclub.gov.hk/chi/survey.html",
])
def test_a_colon_line_that_names_no_one_opens_no_turn(line):
    from align.segment.turns import speaker_label

    assert speaker_label(line, "zh") is None


@pytest.mark.parametrize(("line", "name"), [
    ("王毅:谢谢大家。", "王毅"), ("记者:请问发言人。", "记者"), ("發言人:下午好。", "發言人"),
])
def test_speakers_still_open_turns(line, name):
    from align.segment.turns import speaker_label

    assert speaker_label(line, "zh")[0] == name


def test_a_title_ending_in_a_colon_is_kept_as_text(tmp_path):
    from align.io import read_document
    from align.model import Settings

    path = tmp_path / "t.zh.txt"
    path.write_text("机电工程营运基金迈进20年:\n毋忘初衷 优化服务\n我们为客户提供优质服务。\n",
                    encoding="utf-8")
    texts = [s.text for s in read_document(str(path), "zh", Settings().split).segments]
    assert any("迈进20年" in t for t in texts)
