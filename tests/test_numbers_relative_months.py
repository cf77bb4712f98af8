"""A month said relative to the text's own (1月 "last month" in a February statement; "in
March" for 下个月): checked against the dateline's month when there is one; with none, the
relative word is no certain loss (info). Sentences written for these tests."""

import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck
from align.model import Alignment, Bead, Settings, Severity

DATELINE = ("2018年2月7日，纽约", "New York, February 7, 2018")  # a heading line


def findings(zh: list[str], en: list[str]):
    beads = tuple(Bead((i,), (i,), 0.8) for i in range(len(zh)))
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    return list(NumbersCheck().run(CheckContext(alignment=a, settings=Settings())))


def loud(zh: list[str], en: list[str]) -> list[str]:
    return [f"{f.rule} {f.message}" for f in findings(zh, en) if f.severity is not Severity.INFO]


@pytest.mark.parametrize(("zh", "en"), [
    ("感谢荷兰在1月担任主席期间所做的工作。",
     "We thank the Netherlands for its work as President last month."),
    ("委员会将于3月举行会议。", "The committee will meet next month."),
    ("我们欢迎本月出台的新规定。", "We welcome the new rules issued in February."),
    ("上个月，双方签署了协议。", "In January, the two sides signed an agreement."),
    ("下个月将召开峰会。", "The summit will be held in March."),
])
def test_a_month_said_relative_to_the_datelines_month_is_no_finding(zh: str, en: str) -> None:
    assert loud([DATELINE[0], zh], [DATELINE[1], en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("感谢荷兰在5月担任主席期间所做的工作。",
     "We thank the Netherlands for its work as President last month."),
    ("委员会将于6月举行会议。", "The committee will meet next month."),
    ("上个月，双方签署了协议。", "In July, the two sides signed an agreement."),
])
def test_a_month_the_dateline_does_not_bear_out_stays_a_finding(zh: str, en: str) -> None:
    assert loud([DATELINE[0], zh], [DATELINE[1], en])


def test_without_a_dateline_a_month_said_relatively_is_only_info() -> None:
    zh, en = ("感谢荷兰在1月担任主席期间所做的工作。",
              "We thank the Netherlands for its work as President last month.")
    assert loud([zh], [en]) == []
    assert any("no dateline" in f.message for f in findings([zh], [en]))


def test_a_month_with_no_relative_word_stays_a_finding() -> None:
    assert loud([DATELINE[0], "委员会将于3月举行会议。"],
                [DATELINE[1], "The committee will meet soon."])
