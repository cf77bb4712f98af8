"""Headings, titles and salutations that end in a colon are no speaker labels: a speaker label
names who speaks (a name, a role, a newspaper), never a kind of text, a numbered heading, an
office addressed as "Mr. President" or a time. Every line here is written for the test."""

import pytest

from align.segment import segment
from align.segment.turns import speaker_label


@pytest.mark.parametrize("line", [
    # a title that names a kind of text, with what follows it
    "市长在青年论坛上的讲话：《共建美好未来》（2024年5月4日，伦敦）",
    "大使在国庆招待会上的致辞：携手开创未来",
    "校长在开学典礼上的演讲:",
    "部长在记者会上的发言：",
    "二〇二三年政府工作报告：",
    "关于加强合作的联合声明：",
    "主席新年贺词：",
    "以下为讲话双语全文：",
    "以下是演讲的中英文全文:",
    "记者会实录：",
    "中英对照：2024年5月4日外交部发言人李明主持例行记者会",
    "双语：市长在青年论坛开幕式上的讲话",
    "雙語：市長在青年論壇開幕式上的講話",
    "中美关系问题：",
    "中-欧经贸问题:",
    "大使答问：",
    "部长谈话要点：",
    # an office addressed with an honorific: a vocative
    "主席先生：",
    "主席女士:",
    "总统先生：",
    "秘书长先生：",
    "议长先生:",
    "大使阁下：",
    "尊敬的总统阁下：",
    "總統先生：",
    # a time, not a label before a colon
    "2024年5月4日上午10:30，市政府新闻发布厅",
    "下午3:00在会议中心举行",
    # a source line names no speaker either
    "图片来源：市政府网站",
    "来源：新华社",
])
def test_zh_headings_salutations_and_times_are_no_speaker_labels(line):
    assert speaker_label(line, "zh") is None


@pytest.mark.parametrize("line, speaker", [
    ("寿小丽：各位好。", "寿小丽"),
    ("主持人：下面请提问。", "主持人"),
    ("新闻发言人李明：谢谢。", "新闻发言人李明"),
    ("发布人：市政府新闻办主任王华", "发布人"),
    ("记者：请问发言人有何评论？", "记者"),
    ("《青年报》记者：我的问题是关于就业的。", "《青年报》记者"),
    ("国务院总理李华：谢谢大家。", "国务院总理李华"),
    ("王先生：我想补充一点。", "王先生"),
    ("讲话人王明：大家好。", "讲话人王明"),
])
def test_zh_speaker_labels_still_open_turns(line, speaker):
    label = speaker_label(line, "zh")
    assert label is not None and label[0] == speaker


@pytest.mark.parametrize("line", [
    # numbered headings
    "I. The New Era: Great Times with Ample Opportunities",
    "IV. Looking Ahead: A Shared Future",
    "2. Background: How the Programme Began",
    "III.A Global Vision: Working with the World",
    # a title with its subtitle: title case, no closing stop
    "The Green Corridor Initiative: A Key Link Between Two Continents",
    "China and the World in the New Era: Facts and Figures",
    # an office addressed as "Mr. President"
    "Mr. President:",
    "Madam Chair:",
    "Mr. Secretary-General:",
    "Madam Speaker:",
    "Mr. Prime Minister:",
])
def test_en_headings_and_vocatives_are_no_speaker_labels(line):
    assert speaker_label(line, "en") is None


@pytest.mark.parametrize("line, speaker", [
    ("Wang Ming: Thank you.", "Wang Ming"),
    ("Spokesperson: Senior Colonel Li Hua, Director General of the Press Office",
     "Spokesperson"),
    ("The Paper: What is your comment on the report?", "The Paper"),
    ("China Youth Daily: We have noticed Rising Interest", "China Youth Daily"),
    ("Senior Colonel Li Hua: Friends from the media, good afternoon!", "Senior Colonel Li Hua"),
    ("Mr. Smith: Let me add one point.", "Mr. Smith"),
])
def test_en_speaker_labels_still_open_turns(line, speaker):
    label = speaker_label(line, "en")
    assert label is not None and label[0] == speaker


def test_a_salutation_line_stays_a_sentence_of_its_own():
    segs = segment("在联合国大会上的讲话\n主席先生：\n今年是联合国成立八十周年。", "zh")
    assert [(s.text, s.speaker) for s in segs][-2:] == [("主席先生：", None),
                                                       ("今年是联合国成立八十周年。", None)]
    segs = segment("Mr. President:\nThis year marks the eightieth anniversary.", "en")
    assert [s.text for s in segs] == ["Mr. President:",
                                      "This year marks the eightieth anniversary."]


def test_a_title_keeps_the_words_before_its_colon():
    segs = segment("大使在国庆招待会上的讲话：《开创更加光明的未来》\n各位来宾：\n晚上好！", "zh")
    assert segs[0].text.startswith("大使在国庆招待会上的讲话") and segs[0].speaker is None
    segs = segment("I. The New Era: Great Times\nThe young people of today are lucky.", "en")
    assert segs[0].text == "I. The New Era: Great Times" and segs[1].speaker is None


def test_a_notice_before_the_title_block_stays_text():
    segs = segment("5月4日，市长发表讲话。\n以下为讲话双语全文：\n共建美好未来", "zh")
    assert "以下为讲话双语全文：" in [s.text for s in segs]
    assert all(s.speaker is None for s in segs)


@pytest.mark.parametrize("line, lang", [
    ("Chapter III: Membership", "en"),
    ("Chapter IV:", "en"),
    ("Part Two: The Years Ahead", "en"),
    ("Section 2.1: Main Tasks", "en"),
    ("ARTICLE 5: Scope", "en"),
    ("Annex 1: List of Participants", "en"),
    ("第三章：委员", "zh"),
    ("第四章:", "zh"),
    ("第一条：本章程的宗旨", "zh"),
    ("第二部分：主要任务", "zh"),
    ("附件2：参会名单", "zh"),
])
def test_a_numbered_part_of_a_text_is_no_speaker_label(line, lang):
    assert speaker_label(line, lang) is None


@pytest.mark.parametrize("line, lang, speaker", [
    ("Partner: We agree.", "en", "Partner"),         # a role that merely starts like a part
    ("Chapman Li: Thank you.", "en", "Chapman Li"),
    ("第三方代表：我们同意。", "zh", "第三方代表"),    # 第三方 is a party, no part of a text
])
def test_speakers_that_look_like_parts_still_open_turns(line, lang, speaker):
    label = speaker_label(line, lang)
    assert label is not None and label[0] == speaker
