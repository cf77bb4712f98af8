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


# -- an n-n bead whose pages cut the text at different places ------------------------------------

_ZH2 = ["这不仅是对我们工作的肯定，也是两国科技界友谊与合作的象征。", "对此，我表示衷心的感谢！"]
_EN_CUT = ["This is not only a recognition of our work but also of the progress of science.",
           "Indeed, it is a symbol of friendship and cooperation between the science communities "
           "of our two countries and their scientists, and I wish to express my heartfelt "
           "thanks and gratitude to each and every one of you here."]
_EN_ADDED = ["This recognises our work and is a symbol of friendship and cooperation "
             "between our two science communities.",
             "Thank you, and let me add that our society has awarded this honour to researchers "
             "from many countries over the past three hundred years and more, and that its "
             "fellows have included many of the greatest minds in the history of modern science."]


def _diagonal(en: list[str]) -> list:
    zh = [*BODY_ZH[:3] * 4, *_ZH2]
    en_doc = [*BODY_EN[:3] * 4, *en]
    beads = (*(Bead((i,), (i,), 0.8) for i in range(12)), Bead((12, 13), (12, 13), 0.6))
    a = Alignment(zh=doc("zh", zh), en=doc("en", en_doc), beads=beads)
    return [f for f in LengthCheck().run(CheckContext(alignment=a, settings=Settings()))
            if f.rule == "long-translation"]


def test_a_sentence_cut_at_another_place_is_no_long_pair():
    assert _diagonal(_EN_CUT) == []


def test_a_pair_that_adds_a_sentence_of_its_own_is_still_long():
    assert len(_diagonal(_EN_ADDED)) == 1
