"""A note on the page's translation or language versions (英文官方权威译文, 中英文双语版本, "here is
the English translation of the transcript") is furniture: about the text, no part of it."""

from __future__ import annotations

import pytest

from align.checks.coverage import furniture_en, furniture_zh
from align.furniture import is_notice


@pytest.mark.parametrize("zh", [
    "新闻办公室请专家审定了发布会的英文译文，并制作了中英文双语版本。",
    "会后将发布记者会的英文译文。",
    "英文译文仅供参考。",
    "译文仅供参考，以中文为准。",
])
def test_a_chinese_note_on_the_translation_is_a_notice(zh: str) -> None:
    assert is_notice(zh, "zh")
    assert furniture_zh(zh) == "notice"


@pytest.mark.parametrize("en", [
    "The interview was conducted in Chinese, and below is an English translation:",
    "Here is the English translation of the remarks:",
    "This is an unofficial translation.",
    "The statement was translated from the Chinese original.",
])
def test_an_english_note_on_the_translation_is_a_notice(en: str) -> None:
    assert is_notice(en, "en")
    assert furniture_en(en) == "notice"


@pytest.mark.parametrize(("zh", "en"), [
    ("我们要加强翻译人才培养。", "We will train more translators."),
    ("这本书已被译成英文出版。", "The book has been translated into English."),
    ("会谈在友好的气氛中进行。", "The talks were held in a friendly atmosphere."),
    ("中英对照:开放包容、合作共赢", "Openness, Inclusiveness and Win-Win Cooperation"),  # a label
    ("她用中文发表了演讲。", "She gave the speech in Chinese to the students."),
])
def test_content_about_translation_or_language_is_no_notice(zh: str, en: str) -> None:
    assert furniture_zh(zh) == ""
    assert furniture_en(en) == ""


def test_a_notice_on_both_sides_of_unequal_length_is_info(tmp_path) -> None:
    from align.api import check

    zh = ("2021年3月10日，某大使在北京接受媒体联合采访。\n实录如下：\n"
          "问：请介绍一下这次对话的安排。\n答：这次对话安排了三轮会谈，双方将坦诚交换意见。\n")
    en = ("On March 10, 2021, the Ambassador gave a joint interview to the media in Beijing.\n"
          "The interview was conducted in Chinese, and below is the English translation of the "
          "full transcript as provided to us by the embassy press office:\n"
          "Q: Please tell us about the arrangements for the dialogue.\n"
          "A: The dialogue has three rounds of talks, and the two sides will exchange views "
          "candidly.\n")
    (tmp_path / "a.zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(en, encoding="utf-8")
    report = check(tmp_path / "a.zh.txt", tmp_path / "a.en.txt")
    long = [f for f in report.findings if f.rule == "long-translation"]
    assert long, "the test needs a bead whose English is far longer"
    assert all(f.severity.name == "INFO" and ("furniture", "notice") in f.evidence for f in long)
