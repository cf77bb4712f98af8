"""partial-addition on the words faithful translators add (issue 14): degree and courtesy words,
a head that renders two Chinese words, a negative-prefixed word for a negated Chinese word, and
a tagger's name tag on an ordinary word. Content modifiers stay findings.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from align.checks.partial import INTENSIFIERS, additions


@pytest.mark.parametrize(("zh", "en"), [
    ("我们对大会的召开表示祝贺。", "We extend our warmest congratulations on the opening of the "
     "congress."),
    ("感谢市长的邀请。", "I thank the mayor for the kind invitation."),
    ("感谢市长的邀请。", "I thank the mayor for his gracious invitation."),
    ("新能源汽车市场潜力大。", "The market for new energy vehicles has huge potential."),
    ("我们对此表示感谢。", "We are deeply grateful for this."),
    ("双方高度评价两国合作。", "Both sides spoke highly of the two countries' tremendous "
     "cooperation."),
    ("欢迎各位来宾。", "A hearty welcome to all the guests."),
    ("我们支持这项倡议。", "We firmly support this initiative."),
])
def test_degree_and_courtesy_words_are_no_additions(zh, en):
    assert additions(zh, en) == []


@pytest.mark.parametrize("word", ["warmest", "greater", "deepest", "highest", "kindest",
                                  "warmly", "sincerest", "strongest"])
def test_the_degree_class_is_matched_in_any_form(word):
    zh, en = "感谢市长的邀请。", f"I thank the mayor for the {word} invitation."
    assert additions(zh, en) == []


@pytest.mark.parametrize(("zh", "en", "word"), [
    ("感谢市长的邀请。", "I thank the mayor for the official invitation.", "official"),
    ("感谢市长的邀请。", "I thank the mayor for the private invitation.", "private"),
    ("工人们修复了那座桥。", "The workers repaired the wooden bridge.", "wooden"),
    ("医生检查了病人的心脏。", "The doctor examined the patient's foreign heart.", "foreign"),
    ("中国恢复了生产生活。", "China resumed production and daily life.", "daily"),
])
def test_content_modifiers_are_still_additions(zh, en, word):
    assert [s.en_word for s in additions(zh, en)] == [word]


def test_the_degree_class_holds_no_word_that_changes_what_is_said():
    # numbers, negation, time, place and kinds of things stay findings
    for word in ("first", "annual", "daily", "local", "foreign", "new", "former", "small",
                 "weak", "false", "electronic", "basically", "almost"):
        assert word not in INTENSIFIERS


@pytest.mark.parametrize(("zh", "en"), [
    # 重要 and 意义 are both 'importance' on the English head: "great" renders 重要
    ("这次会晤具有重要意义。", "This meeting is of great importance."),
    ("这一年对中国具有特殊和重要意义。", "The year is of special, high significance to China."),
])
def test_a_head_that_renders_two_chinese_words_leaves_one_to_its_modifier(zh, en):
    assert additions(zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("和平与发展的时代潮流不可阻挡。", "Peace and development are unstoppable trends of our "
     "times."),
    ("这一进程不可逆转。", "This is an irreversible process."),
    ("两国利益密不可分。", "The two countries have inseparable interests."),
])
def test_a_negative_prefixed_word_renders_a_negated_chinese_word(zh, en):
    assert additions(zh, en) == []


def test_a_negative_prefixed_word_with_no_negated_source_is_an_addition():
    # 阻挡 'stop' is there, but nothing negates it: "unstoppable" says more than the Chinese
    found = additions("他们阻挡了洪水。", "They stopped the unstoppable flood.")
    assert [s.en_word for s in found] == ["unstoppable"]


def test_an_ordinary_word_the_tagger_calls_a_name_may_render_a_modifier():
    # jieba tags 智慧 (wisdom) as a personal name here; the dictionary knows it as an ordinary
    # word, which "ingenious" renders
    zh = "勤劳智慧的亚欧人民创造了灿烂的文明。"
    en = "The industrious and ingenious Asian and European peoples created splendid " \
         "civilizations."
    assert additions(zh, en) == []
