"""The part of the day said on both sides (issue 14, held-out pair 120: the host's 大家上午好 is
"good afternoon" in the English). Sentences written for these tests."""

import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck
from align.model import Alignment, Bead, Settings, Severity
from align.numbers.daypart import daypart_conflict, dayparts_en, dayparts_zh


def loud(zh: str, en: str) -> list[tuple[str, Severity]]:
    a = Alignment(zh=doc("zh", [zh]), en=doc("en", [en]), beads=(Bead((0,), (0,), 0.8),))
    found = NumbersCheck().run(CheckContext(alignment=a, settings=Settings()))
    return [(f.rule, f.severity) for f in found if f.severity is not Severity.INFO]


@pytest.mark.parametrize(("zh", "en"), [
    ("女士们、先生们，大家上午好！", "Ladies and gentlemen, good afternoon."),
    ("各位来宾，晚上好！", "Distinguished guests, good morning!"),
    ("今天下午，双方举行会谈。", "The two sides held talks this morning."),
    ("当天晚上，代表团抵达北京。", "The delegation arrived in Beijing that afternoon."),
    ("各位朋友，早上好！", "Dear friends, good evening!"),
])
def test_another_part_of_the_day_is_a_warning(zh: str, en: str) -> None:
    assert daypart_conflict(zh, en)
    assert loud(zh, en) == [("number-mismatch", Severity.WARNING)]


@pytest.mark.parametrize(("zh", "en"), [
    ("女士们、先生们，大家上午好！", "Ladies and gentlemen, good morning."),
    ("大家中午好！", "Good afternoon!"),  # English greets midday with "afternoon"
    ("各位来宾，晚上好！", "Distinguished guests, good evening!"),
    ("今晚我们欢聚一堂。", "We gather here tonight."),
    ("当天晚上，代表团抵达北京。", "The delegation arrived in Beijing that night."),
    ("今天上午，双方举行会谈。", "The two sides held talks today."),  # the English names none
    ("双方举行会谈。", "The two sides held talks this morning."),  # the Chinese names none
    ("上午10:30，外交部蓝厅", "10:30 a.m., Lanting"),  # a clock time, read as a time
    ("上午会见，下午会谈，晚上出席宴会。",
     "A meeting in the morning, talks in the afternoon and a banquet in the evening."),
    ("他们举行了午宴。", "They held a luncheon overnight."),  # no part-of-day word on either side
])
def test_the_same_part_or_none_is_no_finding(zh: str, en: str) -> None:
    assert daypart_conflict(zh, en) is None
    assert loud(zh, en) == []


def test_words_are_read_whole() -> None:
    assert dayparts_en("An overnight flight; the mourning period.") == []
    assert [w for w, _ in dayparts_en("Good Morning and good NIGHT")] == ["Morning", "NIGHT"]
    assert [w for w, _ in dayparts_zh("大家上午好，晚間新聞")] == ["上午", "晚間"]
