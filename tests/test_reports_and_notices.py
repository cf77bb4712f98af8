"""Department reports, daily epidemic reports and budget speeches (batches CN, CO, CP): a fixed
expression the page spaced, two decades said with one 十年代, the whole day and night, the first
half of a text, a count of kinds named one by one, a section heading, the New Year's days, a
notice's year read again, a template's placeholder, a date said once more in a list's heading.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers, make_document

from align.checks.base import CheckContext
from align.checks.coverage import CoverageCheck
from align.model import Alignment, Bead, Settings, Severity
from align.numbers.en import extract_en
from align.numbers.tokens import missing_tokens
from align.numbers.zh import extract_zh


def _values(quantities) -> list[tuple[str, int]]:
    return [(q.kind, int(q.value)) for q in quantities]


@pytest.mark.parametrize("zh", ["在 2019 冠状病毒病爆发前，口岸十分繁忙。",
                                "2019 冠状 病毒病爆发前，口岸十分繁忙。",
                                "2019冠状病毒病爆发前，口岸十分繁忙。"])
def test_a_fixed_expression_the_page_spaced_holds_its_number(zh):
    assert loud_numbers([zh], ["Before the COVID-19 outbreak, the port was very busy."]) == []


def test_a_year_before_a_spaced_word_is_still_a_year():
    assert loud_numbers(["2019 年的疫情发展迅速。"], ["The epidemic developed quickly."])


@pytest.mark.parametrize(("zh", "values"), [
    ("在六、七十年代，香港人口急增。", [60, 70]),
    ("六七十年代的香港", [60, 70]),
    ("十九世纪六七十年代", [1860, 1870]),
    ("七十年代的香港", [70]),
])
def test_two_decades_said_with_one_decade_word(zh, values):
    assert [int(q.value) for q in extract_zh(zh) if q.kind == "decade"] == values


@pytest.mark.parametrize(("en", "values"), [
    ("in the sixties and seventies", [60, 70]),
    ("in the 1960s and 70s", [1960, 1970]),
    ("in the 1960s and 1970s", [1960, 1970]),
    ("She is in her seventies.", []),
])
def test_a_second_decade_joined_without_the(en, values):
    assert [int(q.value) for q in extract_en(en) if q.kind == "decade"] == values


def test_decades_said_both_ways_agree():
    assert loud_numbers(["在六、七十年代，香港人口急增。"],
                        ["In the 1960s and 1970s, Hong Kong's population grew quickly."]) == []


def test_round_the_clock_says_twenty_four_hours():
    zh = ["管制站提供24小时通关服务。"]
    assert loud_numbers(zh, ["The control point offers round-the-clock clearance."]) == []
    assert ("number-missing", Severity.ERROR) in loud_numbers(
        zh, ["The control point offers clearance."])


@pytest.mark.parametrize(("zh", "kind", "value", "high"), [
    ("报告的前半部分", "period", 1, 6),
    ("比赛的后半场", "period", 7, 12),
    ("上半年", "period", 1, 6),
])
def test_the_first_or_second_half_of_a_text(zh, kind, value, high):
    [q] = extract_zh(zh)
    assert (q.kind, int(q.value), int(q.high)) == (kind, value, high)


def test_the_first_half_of_a_report_is_no_extra_number():
    assert loud_numbers(["报告的前半部分回顾了过去一年的工作。"],
                        ["The first half of the report reviews the work of the past year."]) == []


def test_a_count_of_kinds_named_one_by_one():
    zh = ["最早的身份证用硬纸制造，有黄、粉红和浅蓝三种颜色。"]
    assert loud_numbers(zh, ["The earliest cards were made of stiff paper in yellow, pink and "
                             "light blue."]) == []
    assert loud_numbers(zh, ["The earliest cards were made of stiff paper in yellow and pink."])


@pytest.mark.parametrize(("zh", "value"), [("年初二", 102), ("大年初一", 101), ("正月初一", 101)])
def test_the_new_years_days_by_name(zh, value):
    assert _values(extract_zh(zh)) == [("date", value)]


def test_early_in_the_year_is_no_date():
    assert extract_zh("今年年初，经济开始复苏。") == []


def test_the_second_day_of_the_lunar_new_year():
    assert loud_numbers(["两星期前的年初二凌晨，旺角发生了暴乱。"],
                        ["In the early hours of the second day of the Lunar New Year two weeks "
                         "ago, a riot broke out in Mong Kok."]) == []


def test_a_placeholder_of_the_pages_template_is_no_token():
    assert missing_tokens("巩固经济基础 2016年02月24日 none 财政司司长", "Budget Speech") == []
    assert missing_tokens("采用5G和NONE技术", "uses 5G") == [("NONE", 5, 9)]


def _omissions(zh: list[str], en: list[str], beads) -> list:
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en), beads=beads)
    return [f for f in CoverageCheck().run(CheckContext(alignment=a, settings=Settings()))
            if f.rule == "omission"]


_BODY = [("入境处去年处理了大量申请。", "The department handled many applications last year."),
         ("部门继续提升服务水平。", "It continued to improve its services."),
         ("新的智能身份证已全面推出。", "The new smart identity card has been fully rolled out."),
         ("各管制站的电子通道数目也有所增加。", "More e-Channels were installed at the control "
          "points."),
         ("市民对服务的满意度保持高水平。", "Public satisfaction with our services stayed high.")]
_AFTER = [("疫情期间，同事们坚守岗位，确保口岸运作畅顺。",
           "During the epidemic, colleagues stayed at their posts to keep the control points "
           "running smoothly."),
          ("我们会继续努力。", "We will keep up our efforts.")]


def _with_dropped(line: str) -> list:
    zh = [z for z, _ in _BODY] + [line] + [z for z, _ in _AFTER]
    en = [e for _, e in _BODY + _AFTER]
    n = len(_BODY)
    beads = tuple(Bead((i,), (i,), 0.8) for i in range(n)) + (Bead((n,), (), 0.0),) + tuple(
        Bead((n + 1 + i,), (n + i,), 0.8) for i in range(len(_AFTER)))
    return _omissions(zh, en, beads)


def test_a_one_sided_section_heading_is_a_warning_not_an_error():
    [found] = _with_dropped("当仁不让 坚持抗疫")
    assert found.severity is Severity.WARNING


def test_a_dropped_sentence_of_the_text_is_still_an_error():
    [found] = _with_dropped("同事们在疫情期间日夜坚守岗位，确保各个口岸运作畅顺。")
    assert found.severity is Severity.ERROR


def test_a_date_the_english_says_again_in_a_lists_heading():
    zh = ["4月19日0时至24时，全国新增确诊病例12例。", "湖北无新增确诊病例。"]
    en = ["Between 00:00 and 24:00, 19 April, 12 new confirmed cases were reported.",
          "Between 00:00 and 24:00, 19 April, Hubei reported no new confirmed cases."]
    assert [r for r, _ in loud_numbers(zh, en)] == []


def test_a_date_the_chinese_never_states_is_still_extra():
    zh = ["全国新增确诊病例12例。", "湖北无新增确诊病例。"]
    en = ["12 new confirmed cases were reported.",
          "On 19 April, Hubei reported no new confirmed cases."]
    assert [r for r, _ in loud_numbers(zh, en)] == ["number-extra"]


def test_a_cut_off_at_midnight_dated_by_the_next_day():
    zh = ["截至11月15日24时新冠肺炎疫情最新情况", "11月15日，全国新增确诊病例22例。"]
    en = ["Nov 16: Daily briefing on the epidemic", "On Nov 15, 22 new confirmed cases were "
          "reported on the mainland."]
    assert loud_numbers(zh, en) == []


def test_a_day_two_days_later_is_still_a_mismatch():
    zh = ["截至11月15日24时新冠肺炎疫情最新情况"]
    assert ("number-mismatch", Severity.ERROR) in loud_numbers(
        zh, ["Nov 17: Daily briefing on the epidemic"])


def test_a_day_without_its_midnight_is_not_the_next_day():
    assert ("number-mismatch", Severity.ERROR) in loud_numbers(
        ["11月15日新冠肺炎疫情最新情况"], ["Nov 16: Daily briefing on the epidemic"])
