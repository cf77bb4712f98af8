"""A photo caption the segmenter ran into a title block ("… in Davos on Jan. 21, 2016.
[Xinhua]" above the title) is page furniture: its characters do not count in the length of the
bead (issue 14, J2). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.length import LengthCheck, _credited
from align.furniture import is_credit
from align.model import Alignment, Bead, Settings

CAPTION = ("The Vice President speaks at the annual meeting of the forum in Davos, Switzerland "
           "on Jan. 21, 2016, before an audience of business leaders. [Xinhua]")
TITLE = "Opening the Road to Growth\n-- Address by the Vice President"
BODY_ZH = ["我们愿同各方一道推动世界经济增长。", "中国经济长期向好的基本面没有改变。",
           "我们将继续扩大对外开放。", "谢谢大家。"]
BODY_EN = ["We are ready to work with all parties to promote world economic growth.",
           "The fundamentals of China's economy remain sound in the long run.",
           "We will continue to open wider to the world.", "Thank you."]


@pytest.mark.parametrize("line", [
    "Delegates visit the exhibition in Beijing on May 3, 2019. [Xinhua]",
    "The President delivers a speech on December 31, 2016.[Photo/Xinhua]",
    "The rocket lifts off from the launch centre. [Photo/CFP]",
    "The minister attends the reception. (Xinhua/Li Ming)",
])
def test_a_caption_with_its_credit_in_brackets_of_either_kind_is_a_credit(line):
    assert is_credit(line, "en")


@pytest.mark.parametrize("line", [
    "The report was published by Xinhua [1].", "See the table [Annex 2] below.",
])
def test_a_bracketed_note_is_no_credit(line):
    assert not is_credit(line, "en")


def _long(title_en: str) -> list:
    zh = doc("zh", ["国家副主席 李源潮", *BODY_ZH])
    en = doc("en", [title_en, *BODY_EN])
    beads = tuple(Bead((i,), (i,), 0.8) for i in range(len(zh.segments)))
    ctx = CheckContext(alignment=Alignment(zh=zh, en=en, beads=beads), settings=Settings())
    return [f for f in LengthCheck().run(ctx) if f.rule == "long-translation"]


def test_a_caption_run_into_a_title_does_not_count_in_its_length():
    d = doc("en", [CAPTION + "\n" + TITLE])
    assert _credited(d, (0,), "en") == len(CAPTION) + 1
    assert _long(CAPTION + "\n" + TITLE) == []


def test_the_same_words_without_a_credit_still_count():
    uncredited = CAPTION.replace(" [Xinhua]", "")
    assert _credited(doc("en", [uncredited + "\n" + TITLE]), (0,), "en") == 0
    assert len(_long(uncredited + "\n" + TITLE)) == 1
