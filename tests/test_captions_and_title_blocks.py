"""A page's photo captions and its title block (held-out batches CJ-CM): a caption sentence is
the page's furniture, a title block ends before a line that holds a sentence, and a credit line
is no title. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers

from align.checks.coverage import furniture_en, furniture_zh
from align.model import Bead
from align.segment import segment


@pytest.mark.parametrize("en", [
    "Photo taken on July 30, 2021 shows the mayor opening the new bridge.",
    "The photo shows volunteers planting trees on the river bank.",
    "Aerial photo taken on May 3, 2024 shows the container port.",
    "This picture shows the old harbour at dusk.",
])
def test_an_english_caption_sentence_is_furniture(en):
    assert furniture_en(en) == "caption"


@pytest.mark.parametrize("en", [
    "Photos show that the city has grown quickly.",
    "Pictures of the bridge were shown at the meeting.",
    "The exhibition shows photos of the old harbour.",
    "Show the photo to the guard at the gate.",
])
def test_an_english_sentence_about_photos_is_content(en):
    assert furniture_en(en) != "caption"


@pytest.mark.parametrize("zh", ["图为发布会现场。", "图：新建成的大桥。",
                                "这是2021年7月30日拍摄的港口。", "上图为市民在公园里散步。"])
def test_a_chinese_caption_sentence_is_furniture(zh):
    assert furniture_zh(zh) == "caption"


@pytest.mark.parametrize("zh", ["地图为游客提供了方便。", "这是我们的责任。",
                                "试图为自己辩护是徒劳的。"])
def test_a_chinese_sentence_that_merely_holds_the_characters_is_content(zh):
    assert furniture_zh(zh) != "caption"


def test_a_title_block_stops_before_a_caption_line_that_holds_sentences():
    text = ("市政府第12场新闻发布会实录\n\n市政府新闻发布会实录\n\n(2021年7月30日)\n\n"
            "7月30日,市政府举办新闻发布会。图为发布会现场。记者 王明摄\n\n各位记者,大家好。")
    texts = [s.text for s in segment(text, "zh")]
    assert texts[0].startswith("市政府第12场") and texts[0].endswith("(2021年7月30日)")
    assert "7月30日,市政府举办新闻发布会。" in texts
    assert "图为发布会现场。" in texts


def test_a_title_wrapped_over_lines_is_still_one_unit():
    text = "市政府关于进一步优化\n营商环境的若干措施\n\n一、总体要求。"
    assert segment(text, "zh")[0].text.replace(" ", "") == "市政府关于进一步优化营商环境的若干措施"


def test_an_english_title_block_stops_before_a_line_of_sentences():
    text = ("City Council Briefing\nJuly 30, 2021\n"
            "The council met today. It approved the budget.\n\nGood morning.")
    texts = [s.text for s in segment(text, "en")]
    assert texts[0] == "City Council Briefing July 30, 2021"
    assert "The council met today." in texts


def test_a_number_of_a_chinese_only_title_beside_an_english_caption_and_credit_is_no_warning():
    zh = ["市政府第51场新闻发布会实录", "7月30日,市政府举办第14场新闻发布会。"]
    en = ["Photo taken on July 30, 2021 shows the 14th press conference of the city government.",
          "Photo by City Daily/ Wang Ming"]
    assert loud_numbers(zh, en, (Bead((0, 1), (0, 1), 0.5),)) == []


def test_a_bead_dissimilar_through_its_furniture_keeps_its_numbers(monkeypatch):
    # A bead the similarity statistics call a mismatch sets its numbers aside as info, unless
    # it holds page furniture (here a photo credit), whose own wording makes it dissimilar.
    from align.checks.base import CheckContext
    monkeypatch.setattr(CheckContext, "mismatched", lambda self, index: True)
    zh = ["市长致辞。", "(图片来源:市政府新闻处)", "在大桥通车仪式上的致辞", "(2020年7月8日)"]
    en = ["Address by the Mayor at the opening ceremony of the bridge"]
    bead = (Bead((0, 1, 2, 3), (0,), 0.3),)
    assert loud_numbers(zh, en, bead), "the date line the English lacks is reported"
    plain = ["市长在通车仪式上致辞。", "大桥全长两千米。"]
    assert loud_numbers(plain, en, (Bead((0, 1), (0,), 0.3),)) == []


@pytest.mark.parametrize("zh", ["(图片来源:市政府新闻处)", "（图源：视觉中国）",
                                "▲ 6月19日,广场上悬挂彩旗。(图源:视觉中国)"])
def test_a_pictures_source_in_brackets_is_a_credit(zh):
    assert furniture_zh(zh) == "photo credit"


def test_a_number_inside_the_caption_of_a_dissimilar_bead_is_still_set_aside(monkeypatch):
    from align.checks.base import CheckContext
    monkeypatch.setattr(CheckContext, "mismatched", lambda self, index: True)
    zh = ["两国海军将于4月29日举行联合演习。"]
    en = ["The spokesperson answers questions at a press conference on Apr. 25, 2019.",
          "(Photo by Sun Zhiying)"]
    assert loud_numbers(zh, en, (Bead((0,), (0, 1), 0.3),)) == []


_CAPTION = "3月8日，市人代会在会堂举行第二次全体会议。市长作工作报告。"
_DELIVERED = ["Delivered at the First Session of the City People's Congress on March 8, 2013"]


@pytest.mark.parametrize("zh", [
    [_CAPTION + "新华社记者 王明 摄"],  # the credit ends the caption's line, without brackets
    [_CAPTION + "\n新华社记者 王明 摄"],  # or stands on the next line
])
def test_a_number_only_in_a_caption_the_english_page_lacks_is_no_warning(zh):
    lines = zh[0].split("\n")
    beads = (Bead(tuple(range(len(lines))), (0,), 0.5),)
    assert loud_numbers(lines, _DELIVERED, beads) == []


def test_the_same_sentence_without_a_credit_is_still_reported():
    assert loud_numbers([_CAPTION], _DELIVERED)
