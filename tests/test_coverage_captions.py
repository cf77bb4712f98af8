"""A one-sided photo caption or news lead that restates the text beside it (issue 14,
thirteenth session): it opens with the day it reports, and the translated Chinese sentence
next to it names that day and every person the caption names. Sentences written for these
tests (the people are public figures of 1972)."""

import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.coverage import CoverageCheck, restated_caption
from align.model import Alignment, Bead, Settings, Severity

# the text has begun before the caption (a caption in the page's head is furniture anyway)
OPENING_ZH = ["应中方邀请，美国总统于一九七二年二月访问中国。", "陪同访问的有国务卿和其他官员。",
              "访问期间，双方领导人举行了多次会谈。"]
OPENING_EN = ["At the invitation of China, the US President visited China in February 1972.",
              "He was accompanied by the Secretary of State and other officials.",
              "During the visit, the leaders of the two sides held several talks."]
REPORT_ZH = "尼克松总统于二月二十一日抵达北京，周恩来总理到机场迎接。"
REPORT_EN = "President Nixon arrived in Beijing on February 21 and was met by Premier Zhou Enlai."
CLOSING_ZH = "双方就共同关心的问题交换了意见。"
CLOSING_EN = "The two sides exchanged views on questions of common concern."


def omissions(caption: str, report_zh: str = REPORT_ZH) -> list[Severity]:
    zh = [*OPENING_ZH, caption, report_zh, CLOSING_ZH]
    en = [*OPENING_EN, REPORT_EN, CLOSING_EN]
    beads = (Bead((0,), (0,), 0.7), Bead((1,), (1,), 0.7), Bead((2,), (2,), 0.7), Bead((3,), ()),
             Bead((4,), (3,), 0.7), Bead((5,), (4,), 0.7))
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    found = CoverageCheck().run(CheckContext(alignment=a, settings=Settings()))
    return [f.severity for f in found if f.rule == "omission"]


@pytest.mark.parametrize("caption", [
    "1972年2月21日，周恩来总理在机场迎接来访的尼克松总统。",
    "2月21日，尼克松总统抵达北京。",
    "1972年2月21日，周恩来总理和尼克松总统在机场握手。",
])
def test_a_caption_restating_the_next_sentence_is_info(caption: str) -> None:
    assert omissions(caption) == [Severity.INFO]


@pytest.mark.parametrize("caption", [
    "1972年2月21日，毛泽东主席在书房会见了尼克松总统。",   # a person the text beside it lacks
    "1972年2月22日，周恩来总理在机场迎接来访的尼克松总统。",  # another day
    "周恩来总理在机场迎接来访的尼克松总统。",                 # no day: not the form of a caption
    "1972年2月21日，双方举行了会谈。",                        # names nobody
])
def test_a_dropped_sentence_that_is_no_restating_caption_stays_an_error(caption: str) -> None:
    assert omissions(caption) == [Severity.ERROR]


def test_the_restating_sentence_must_be_translated() -> None:
    caption = "1972年2月21日，周恩来总理在机场迎接来访的尼克松总统。"
    zh = [*OPENING_ZH, caption, REPORT_ZH]
    en = [*OPENING_EN]
    beads = (Bead((0,), (0,), 0.7), Bead((1,), (1,), 0.7), Bead((2,), (2,), 0.7), Bead((3,), ()),
             Bead((4,), ()))
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    assert restated_caption(a, 3, caption) is None
