"""Causes seen on held-out batches CJ-CM (pairs 1900-1963): a measure word read as a surname, an
official English name the dictionary lacks, a negative verb without a negation character."""

from __future__ import annotations

import pytest

from align.checks.entities import name_problems
from align.checks.polarity import negation_mismatch


@pytest.mark.parametrize(("zh", "en"), [
    ("公署在这段时间会继续提供服务。", "The Office will continue to provide services."),
    ("那段时间他住在乡下。", "At that time he lived in the countryside."),
    ("她拿出一张照片给我们看。", "She showed us a photograph."),
    ("每位代表都发了言。", "Every delegate spoke."),
    ("我们谈了两个小时，这段路走得很慢。", "We talked for two hours and walked slowly."),
])
def test_a_measure_word_after_a_demonstrative_or_numeral_is_no_surname(zh, en):
    assert name_problems(zh, en)[1] == []


@pytest.mark.parametrize(("zh", "en", "name"), [
    # the same characters as a person's name, with no demonstrative before them
    ("段小明主任介绍了情况。", "The director briefed us.", "段小明"),
    ("张建华主任介绍了情况。", "The director briefed us.", "张建华"),
    ("方国强主任介绍了情况。", "The director briefed us.", "方国强"),
    # 同 before a name is "with", not "the same"
    ("我们同张建华主任会谈。", "We held talks with the director.", "张建华"),
])
def test_a_surname_that_is_also_a_measure_word_still_names_a_person(zh, en, name):
    assert name in name_problems(zh, en)[1]


@pytest.mark.parametrize(("zh", "en"), [
    ("西藏自治区主席出席了发布会。", "The chairman of the Xizang Autonomous Region attended."),
    ("西藏自治区主席出席了发布会。", "The chairman of the Tibet Autonomous Region attended."),
    ("他去年在西藏工作。", "He worked in Xizang last year."),
])
def test_xizang_and_tibet_both_render_the_name(zh, en):
    assert name_problems(zh, en)[1] == []


def test_tibet_missing_is_still_found():
    _, missing = name_problems("他去年在西藏工作。", "He worked there last year.")
    assert missing == ["西藏"]


@pytest.mark.parametrize(("zh", "en"), [
    ("接待处会暂停开放。", "The reception counter will not open."),
    ("原定的讲座已经取消。", "The planned lecture will not take place."),
    ("受天气影响，比赛暂缓举行。", "Because of the weather, the match will not be held for now."),
])
def test_a_verb_that_stops_something_accounts_for_an_english_not(zh, en):
    assert negation_mismatch(zh, en) is None


def test_an_added_not_is_still_found_beside_a_plain_verb():
    found = negation_mismatch("接待处会继续开放。", "The reception counter will not open.")
    assert found is not None and found[0] == "en"


@pytest.mark.parametrize(("zh", "en"), [
    # names the dictionary knows as other people's: a singer, a Japanese surname, an opera
    ("罗文副主任出席了会议。", "Vice Chairman Luo Wen attended the meeting."),
    ("李小林会长出席了会议。", "President Li Xiaolin attended the meeting."),
    ("李小林会长出席了会议。", "President Li Xiao-lin attended the meeting."),
])
def test_a_person_said_in_pinyin_is_rendered_whatever_the_dictionary_calls_the_word(zh, en):
    assert name_problems(zh, en)[1] == []


@pytest.mark.parametrize(("zh", "en", "name"), [
    ("罗文副主任出席了会议。", "The vice chairman attended the meeting.", "罗文"),
    ("李小林会长出席了会议。", "The president attended the meeting.", "小林"),
    # the pinyin run across two words of the English by chance is no rendering
    ("罗文副主任出席了会议。", "The vice chairman, Mr Luo, went to Wenzhou.", "罗文"),
])
def test_a_person_not_said_is_still_reported(zh, en, name):
    replaced, missing = name_problems(zh, en)
    assert name in missing + [z for z, _ in replaced]


_DOTTED_ZH = "他们是哲学研究所所长木拉提·黑尼亚提、作家协会副主席叶尔克西·库尔班拜克。"


def test_a_part_of_a_dotted_name_cut_by_the_segmenter_is_heard_whole():
    en = ("They are Murat Hiniyat, director of the Institute of Philosophy, and Yerkesh "
          "Kurbanbek, vice chairman of the Writers Association.")
    assert name_problems(_DOTTED_ZH, en) == ([], [])


def test_a_dotted_name_the_english_leaves_out_is_still_reported():
    en = ("They are Murat, director of the Institute of Philosophy, and Yerkesh Kurbanbek, "
          "vice chairman of the Writers Association.")
    replaced, missing = name_problems(_DOTTED_ZH, en)
    assert replaced or missing


@pytest.mark.parametrize(("zh", "en"), [
    ("我们会全力以赴。", "We will spare no effort."),
    ("发展离不开世界的支持。", "Development is achieved with the support of the world."),
])
def test_set_phrases_said_with_a_negative_word_are_no_negation(zh, en):
    assert negation_mismatch(zh, en) is None


def test_an_added_negation_beside_spare_no_effort_is_still_found():
    found = negation_mismatch("我们会全力以赴，按时完成工程。",
                              "We will spare no effort and will not finish the project on time.")
    assert found is not None and found[0] == "en"


def test_an_ordinary_word_inside_an_organisations_capitalised_name_replaces_no_name():
    zh = "他们是文学艺术界联合会副主席木拉提·黑尼亚提和作家协会副主席叶尔克西·库尔班拜克。"
    en = ("They are Murat, vice chairman of the Federation of Literary and Artistic Circles, and "
          "Yerkesh Kurbanbek, vice chairman of the Writers Association.")
    # the part of the name left out is missing, not replaced by "Literary"
    assert name_problems(zh, en) == ([], ["木拉提·黑尼亚提"])

