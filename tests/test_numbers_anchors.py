"""Numbers the English spells out where the Chinese implies them (issue 14): the year, decade or
span of an anchor event (新中国成立, 改革开放, 香港回归 ...) and the ordinal or year of a deictic
word (本届, 过去的一年). A number the anchor does not bear out stays a finding. Sentences
written for these tests; the dates are public facts."""

import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck
from align.checks.numbers.anchors import anchored, anchors_in, counted_years
from align.model import Alignment, Bead, Settings, Severity
from align.numbers.en import extract_en

DATELINE = ("2018年3月5日，北京。", "Beijing, March 5, 2018.")


def findings(zh: list[str], en: list[str]):
    beads = tuple(Bead((i,), (i,), 0.8) for i in range(len(zh)))
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    return list(NumbersCheck().run(CheckContext(alignment=a, settings=Settings())))


def loud(zh: str, en: str, dateline: tuple[str, str] = DATELINE) -> list[str]:
    found = findings([dateline[0], zh], [dateline[1], en])
    return [f"{f.rule} {f.message}" for f in found if f.severity is not Severity.INFO]


def infos(zh: str, en: str, dateline: tuple[str, str] = DATELINE) -> list[str]:
    found = findings([dateline[0], zh], [dateline[1], en])
    return [f.message for f in found if f.severity is Severity.INFO and f.bead == 1]


# -- the anchor's own year or decade -------------------------------------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    ("新中国成立以来，人民生活不断改善。",
     "Since the founding of New China in 1949, people's lives have kept improving."),
    ("中华人民共和国成立后，国家百废待兴。",
     "After the People's Republic was founded in 1949, much had to be rebuilt."),
    ("新中國成立以來，人民生活不斷改善。", "Since 1949, people's lives have kept improving."),
    ("新中国的诞生开辟了新纪元。", "The birth of New China in 1949 opened a new era."),
    ("改革开放以来，经济快速增长。",
     "Since reform and opening up was launched in 1978, the economy has grown fast."),
    ("十一届三中全会开启了新时期。",
     "The Third Plenary Session of the 11th Central Committee in 1978 opened a new period."),
    ("中国共产党成立以来，始终为人民谋幸福。",
     "Since its founding in 1921, the CPC has always worked for the people."),
    ("建党以来，我们走过了不平凡的道路。", "Since 1921 we have come an extraordinary way."),
    ("抗战胜利后，中国收复了台湾。", "After the victory in 1945, China recovered Taiwan."),
    ("香港回归祖国以来，“一国两制”实践取得成功。",
     "Since Hong Kong's return in 1997, One Country, Two Systems has succeeded."),
    ("澳门回归以来，经济持续发展。",
     "Since Macao returned to China in 1999, its economy has grown."),
    ("中国加入世界贸易组织以来，对外贸易快速增长。",
     "Since China joined the WTO in 2001, its foreign trade has grown fast."),
    ("入世以来，中国履行了承诺。", "Since its WTO accession in 2001, China has kept its word."),
    ("台湾问题是中国内战遗留的问题。",
     "The Taiwan question is a legacy of China's civil war of the late 1940s."),
    ("台湾问题是解放战争遗留的问题。", "The Taiwan question dates from the civil war of 1949."),
])
def test_the_year_of_an_anchor_event_is_info_with_the_reason(zh: str, en: str) -> None:
    assert loud(zh, en) == []
    assert any("It is matched in the Chinese" in m for m in infos(zh, en))


@pytest.mark.parametrize(("zh", "en"), [
    ("改革开放以来，经济快速增长。",
     "Since reform and opening up was launched in 1988, the economy has grown fast."),
    ("新中国成立以来，人民生活不断改善。",
     "Since the founding of New China in 1959, lives have improved."),
    ("香港回归祖国以来，经济稳定。",
     "Since Hong Kong's return in 1999, the economy has been stable."),
    ("中国加入世界贸易组织以来，贸易增长。",
     "Since China joined the WTO in 2011, trade has grown."),
    ("台湾问题是中国内战遗留的问题。",
     "The Taiwan question is a legacy of the civil war of the 1960s."),
    ("叙利亚内战造成了人道危机。", "Syria's civil war of the 1940s caused a crisis."),  # no anchor
    ("经济快速增长。", "Since 1978 the economy has grown fast."),  # no anchor at all
])
def test_a_year_the_anchor_does_not_bear_out_stays_a_finding(zh: str, en: str) -> None:
    assert any(m.startswith("number-extra") for m in loud(zh, en))


# -- the span from the anchor to the document's year ---------------------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    ("改革开放以来，经济快速增长。",
     "Over the past 40 years of reform and opening up, the economy grew."),
    ("改革开放以来，经济快速增长。",
     "Since reform and opening up began more than 30 years ago, the economy has grown."),
    ("改革开放以来，经济快速增长。", "Since reform began some four decades ago, the economy grew."),
    ("改革开放以来，经济快速增长。", "Since reform began four decades ago, the economy grew."),
    ("香港回归以来，经济稳定。",
     "Over the past 21 years since the return, the economy was stable."),
    ("新中国成立以来，人民生活不断改善。",
     "In the nearly seven decades since 1949 lives improved."),
])
def test_the_span_from_an_anchor_to_the_document_year_is_info(zh: str, en: str) -> None:
    assert loud(zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("改革开放以来，经济快速增长。",
     "Over the past 20 years of reform and opening up, the economy grew."),
    ("改革开放以来，经济快速增长。",
     "Since reform began more than 50 years ago, the economy grew."),
    ("香港回归以来，经济稳定。",
     "Over the past 30 years since the return, the economy was stable."),
    ("改革开放以来，经济快速增长。", "Reform and opening up brought 40 new ports."),  # no years
    ("改革开放以来，经济快速增长。",
     "Since reform began more than 10 years ago, the economy grew."),
    ("民主党成立以来，经济快速增长。", "Since its founding in 1921, the economy grew."),
])
def test_a_span_the_document_year_does_not_bear_out_stays_a_finding(zh: str, en: str) -> None:
    assert any(m.startswith("number-extra") for m in loud(zh, en))


def test_a_span_needs_a_document_year() -> None:
    zh, en = "改革开放以来，经济快速增长。", "Over the past 40 years of reform, the economy grew."
    found = findings(["序言", zh], ["Preface", en])
    assert [f.rule for f in found if f.severity is not Severity.INFO] == ["number-extra"]


def test_the_document_year_counted_from_a_year_it_states() -> None:
    assert counted_years("2001年中国加入世界贸易组织。10年来，中国经济融入全球经济。") == {2011}
    assert counted_years("1997年香港回归祖国，二十多年来，香港保持繁荣。") == {2017}
    assert counted_years("五年来，经济发展。") == set()  # no year to count from
    zh = ["序言。", "改革开放以来，贸易快速增长。",
          "2001年中国加入世界贸易组织。10年来，贸易增长。"]
    en = ["Preface.", "Since reform and opening up more than 30 years ago, trade has grown fast.",
          "China joined the WTO in 2001. Over the ten years, trade has grown."]
    assert [f.rule for f in findings(zh, en) if f.severity is not Severity.INFO] == []


def test_anchors_read_in_many_forms() -> None:
    assert [a.first for a in anchors_in("自新中国的成立和改革开放以来")] == [1949, 1978]
    assert [a.first for a in anchors_in("香港的回归和澳門回歸")] == [1997, 1999]
    assert anchors_in("世界经济稳定发展") == []
    assert [a.first for a in anchors_in("我们党成立一百年来")] == [1921]
    assert anchors_in("民主党成立以来") == []
    e = extract_en("the late 1940s")[0]
    assert anchored(e, "中国内战", "the late 1940s", {2018})
    assert not anchored(e, "改革开放", "the late 1940s", {2018})


# -- a deictic word: this edition, the past year ---------------------------------------------------


def test_this_edition_is_the_ordinal_the_chinese_names_elsewhere() -> None:
    zh = ["2020年11月11日。", "第三届中国国际进口博览会取得了成功。", "本届进博会规模更大。"]
    en = ["November 11, 2020.", "The China International Import Expo was a success.",
          "The 3rd CIIE was bigger."]
    assert [f.rule for f in findings(zh, en) if f.severity is not Severity.INFO] == []
    en[2] = "The 4th CIIE was bigger."
    assert "number-extra" in [f.rule for f in findings(zh, en)
                              if f.severity is not Severity.INFO]


def test_this_edition_needs_the_same_measure_word() -> None:
    filler = (["会议很成功。", "大家很满意。", "天气很好。"],
              ["The meeting went well.", "Everyone was pleased.", "The weather was fine."])
    zh = ["2020年11月11日。", "第三，我们要扩大开放。", *filler[0], "本届进博会规模更大。"]
    en = ["November 11, 2020.", "Third, we will open wider.", *filler[1],
          "The 3rd CIIE was bigger."]
    assert "number-extra" in [f.rule for f in findings(zh, en)
                              if f.severity is not Severity.INFO]


@pytest.mark.parametrize(("zh", "en", "loud_rules"), [
    ("过去的一年，我们共同抗击疫情。", "The year 2020 saw us fight the pandemic together.", []),
    ("過去的一年，我們共同抗擊疫情。", "In 2020 we fought the pandemic together.", []),
    ("过去的一年，我们共同抗击疫情。",
     "In 2019 we fought the pandemic together.", ["number-extra"]),
    ("本周是知识产权宣传周。", "This week is the 2021 IP Publicity Week.", []),
    ("本周是知识产权宣传周。", "This week is the 2022 IP Publicity Week.", ["number-extra"]),
])
def test_a_relative_year_word_is_the_document_year_it_implies(zh: str, en: str,
                                                              loud_rules: list[str]) -> None:
    dateline = ("2021年2月9日，华盛顿。", "Washington, February 9, 2021.")
    assert [m.split()[0] for m in loud(zh, en, dateline)] == loud_rules


@pytest.mark.parametrize(("zh", "en", "matched"), [
    ("西藏和平解放以来，人民生活显著改善。", "Since 1951, lives in Tibet have improved.", True),
    ("和平解放西藏后，当地修建了公路。", "After its liberation in 1951, roads were built.", True),
    ("西藏和平解放以来，人民生活显著改善。", "Since 1959, lives in Tibet have improved.", False),
])
def test_the_peaceful_liberation_of_tibet_dates_1951(zh: str, en: str, matched: bool) -> None:
    assert (loud(zh, en) == []) is matched
