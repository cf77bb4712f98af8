"""A quantity said once on one side and again, or in other words, on the other: the English
title and body both giving a date range the Chinese gives once, a code the Chinese says in two
sentences and the English in one, a release's Chinese headline restating its first sentence's
figure, a tally of rises and falls (六涨一降), a table's unit in brackets ("(1000 hectares)"),
a year said as "five years ago", a disease named by its year, a negative said as "free of", a
name said in full once and then by its head noun or its initials ("National Day Parade", then
"our parades", "every NDP")."""

import pytest
from conftest import check_texts

from align.checks.numbers.compare import compare
from align.numbers import extract_en, extract_zh
from align.numbers.quantity import plain


def _rules(zh: str, en: str) -> list[str]:
    return [d.rule.id for d in compare(extract_zh(zh), extract_en(en))]


@pytest.mark.parametrize(("zh", "en"), [
    ("特区政府决定于2022年7月23日至29日提供有限度的服务。",
     "Services between 23 and 29 July. Limited services are provided between 23 and 29 July 2022."),
    ("展览于2023年3月1日至15日举行。",
     "Exhibition from 1 to 15 March. The exhibition runs from March 1 to 15, 2023."),
    ("办公室于5月2日至6日暂停服务。",
     "Office closed 2-6 May. The office will be closed from May 2 to May 6."),
    ("2024年10月1日至7日为假期。",
     "1-7 October 2024 is a holiday. The holiday lasts from 1 to 7 October."),
])
def test_a_date_range_said_again_in_the_english_is_no_added_date(zh, en):
    assert "number-extra" not in _rules(zh, en)


@pytest.mark.parametrize(("zh", "en", "rule"), [
    # a range whose end differs is still a different range
    ("会议于2022年7月23日至29日举行。", "The meeting was held from 23 to 30 July 2022.",
     "number-mismatch"),
    # a date outside the range the Chinese gives is still added
    ("办公室于5月2日至6日暂停服务。", "The office will be closed from May 2 to 6 and on May 9.",
     "number-extra"),
    ("展览于2023年3月1日至15日举行。", "The exhibition runs from March 1 to 15, 2023; it was "
     "announced on 20 February.", "number-extra"),
])
def test_a_date_the_range_does_not_give_is_still_reported(zh, en, rule):
    assert rule in _rules(zh, en)


def _severities(findings, rule: str) -> list[str]:
    return [f.severity.value for f in findings if f.rule == rule]


@pytest.mark.parametrize(("zh", "en"), [
    ("此外，长者亦可透过以下连结或QR Code，于资讯系统递交网上申请表。\n按下连结或扫描QR Code：\n"
     "申请表格须于三十日内递交。",
     "In addition, elderly persons can submit the e-application form via the information system."
     "\nClick the link or scan QR Code\nThe form must be submitted within 30 days."),
    ("市民可于APEC网页查阅详情，并可下载报告。\nAPEC网页亦载有会议议程。\n会议将于下月举行。",
     "Members of the public may read the details and download the report online.\n"
     "The APEC website also carries the agenda.\nThe meeting will be held next month."),
    ("本署已把报告上载至CHP网页。\n公众亦可于CHP网页下载申请表格。\n资料会定期更新。",
     "The department has uploaded the report.\nThe public may also download the application "
     "form from the CHP website.\nThe information is updated regularly."),
])
def test_a_code_the_chinese_says_again_next_door_is_said_once_for_both(tmp_path, zh, en):
    severities = _severities(check_texts(tmp_path, zh, en), "token-missing")
    assert severities and set(severities) == {"info"}


@pytest.mark.parametrize(("zh", "en"), [
    # no second Chinese mention
    ("此外，长者可透过QR Code于资讯系统填写申请表。\n申请表格须于三十日内递交。",
     "In addition, elderly persons can fill in the form via the information system.\n"
     "The form must be submitted within 30 days."),
    # only the neighbouring English says it
    ("市民可于APEC网页查阅详情。\n会议将于下月举行。",
     "Members of the public may read the details online.\n"
     "The APEC meeting will be held next month."),
    # the neighbouring English spells it out
    ("亚洲合作对话(ACD)论坛欢迎晚宴致辞\n尊敬的各位部长，来自ACD成员国的代表，各位来宾：\n"
     "欢迎大家来到兰州。",
     "Remarks at the Welcoming Dinner of the Asia Cooperation Dialogue Forum\n"
     "Distinguished Ministers, distinguished guests,\nWelcome to Lanzhou."),
    # the English has a look-alike instead: changed, not merged
    ("全市已建成5G基站八千个。\n5G用户持续增加。\n资费将于下月下调。",
     "The city has built 8,000 4G base stations.\n5G users keep growing.\n"
     "Tariffs will be cut next month."),
])
def test_a_code_missing_here_is_still_a_warning(tmp_path, zh, en):
    assert "warning" in _severities(check_texts(tmp_path, zh, en), "token-missing")


def _findings(tmp_path, zh: str, en: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity.value) for f in check_texts(tmp_path, zh, en)
            if f.severity.value != "info"]


@pytest.mark.parametrize(("zh", "en"), [
    ("2019年10月份居民消费价格同比上涨3.8%\n2019年10月份，全国居民消费价格同比上涨3.8%。"
     "其中，城市上涨3.5%，农村上涨4.6%。",
     "In October 2019, the CPI went up by 3.8 percent year on year, with an increase of 3.5 "
     "percent in urban and 4.6 percent in rural areas."),
    ("一季度出口增长12%\n一季度，全市出口总额同比增长12%，进口增长7%。",
     "In the first quarter, the city's exports grew by 12 percent year on year and imports by "
     "7 percent."),
    ("全年粮食产量6.9亿吨\n全年粮食总产量6.9亿吨，比上年增加1.3%。",
     "Grain output for the year totalled 690 million tonnes, up 1.3 percent."),
])
def test_a_headline_restating_its_sentence_figure_is_said_once(tmp_path, zh, en):
    found = _findings(tmp_path, zh, en)
    assert not [r for r, _ in found if r.startswith("number")], found


def test_a_headline_figure_the_english_changes_is_still_reported(tmp_path):
    found = _findings(tmp_path, "一季度出口增长12%\n一季度，全市出口总额同比增长12%，进口增长7%。",
                      "In the first quarter, the city's exports grew by 15 percent year on year "
                      "and imports by 7 percent.")
    assert ("number-mismatch", "error") in found


def test_a_figure_said_twice_in_one_sentence_is_no_headline():
    from align.checks.numbers import _headline_restated

    pools = [extract_zh("城市上涨3.5%，农村上涨3.5%。")]
    assert [q.weak for q in _headline_restated(pools, ["城市上涨3.5%，农村上涨3.5%。"])[0]] == \
        [False, False]


@pytest.mark.parametrize(("text", "counts"), [
    ("其他七大类价格同比六涨一降。", ["6", "1"]),
    ("八大类价格五涨二降一持平。", ["5", "2", "1"]),
    ("各类价格3涨2降", ["3", "2"]),
    ("十个行业九升一降", ["9", "1"]),
    ("主要指标四增两减", ["4", "2"]),
    ("价格七涨一跌", ["7", "1"]),
])
def test_a_tally_of_rises_and_falls_is_read_as_counts(text, counts):
    found = [plain(q.value) for q in extract_zh(text) if q.kind == "count" and q.start > 1]
    assert found[-len(counts):] == counts


@pytest.mark.parametrize("text", ["温度一升再升", "他升职了", "价格上升", "升降机"])
def test_a_rise_alone_is_no_tally(text):
    assert not any(q.kind == "count" and not q.weak for q in extract_zh(text))


@pytest.mark.parametrize(("text", "value"), [
    ("(1000 hectares)", "1000"),
    ("Sown area (1000 hectares)", "1000"),
    ("Output (10,000 tons) |", "10000"),
    ("(100 million yuan)", "100000000"),
    ("Value (10 thousand dollars)", "10000"),
])
def test_a_table_unit_in_brackets_is_weak(text, value):
    assert [(plain(q.value), q.weak) for q in extract_en(text)] == [(value, True)]


@pytest.mark.parametrize("text", [
    "Output rose (10 percent)", "The plant (1000 workers) opened.", "(100 people).",
    "It grew (10 per cent)",
])
def test_a_bracketed_figure_inside_a_sentence_is_no_unit(text):
    assert all(not q.weak for q in extract_en(text))


def test_a_tally_and_a_table_unit_meet_their_english(tmp_path):
    assert _findings(tmp_path, "其他七大类价格同比六涨一降。\n播种面积\n(千公顷)",
                     "Prices in the other seven categories were up 6 and 1 down year on year.\n"
                     "Sown area\n(1000 hectares)") == []


@pytest.mark.parametrize(("zh", "en"), [
    ("2020年8月8日\n2015年的国庆庆典也是另一个难忘的盛会。",
     "8 August 2020\nFive years ago, SG50 was another memorable Parade."),
    ("2023年1月1日\n2013年，我们开始了这项计划。",
     "1 January 2023\nTen years ago, we started this programme."),
    ("2010年3月5日\n2007年政府推出了新的措施。",
     "5 March 2010\nThree years earlier, the Government introduced new measures."),
])
def test_a_year_said_as_years_ago_from_the_dateline_is_no_mismatch(tmp_path, zh, en):
    assert _findings(tmp_path, zh, en) == []


def test_years_ago_the_dateline_does_not_bear_out_is_an_error(tmp_path):
    found = _findings(tmp_path, "2020年8月8日\n2014年的国庆庆典也是另一个难忘的盛会。",
                      "8 August 2020\nFive years ago, SG50 was another memorable Parade.")
    assert ("number-mismatch", "error") in found


def test_years_ago_with_no_dateline_is_a_warning_not_an_error(tmp_path):
    found = _findings(tmp_path, "各位同胞：\n2015年的国庆庆典也是另一个难忘的盛会。"
                      "我们庆祝了金禧年。",
                      "My fellow citizens,\nFive years ago, SG50 was another memorable Parade. "
                      "We celebrated our Golden Jubilee.")
    assert ("number-mismatch", "warning") in found and ("number-mismatch", "error") not in found


@pytest.mark.parametrize("text", ["2019冠状病毒疾病仍在蔓延", "2019冠狀病毒病",
                                  "2019年冠状病毒疾病",
                                  "对抗2019冠状病毒病"])
def test_the_year_in_a_disease_name_is_no_date(text):
    assert extract_zh(text) == []


def test_a_year_beside_the_disease_is_still_a_date():
    assert [q.kind for q in extract_zh("2019年有冠状病毒")] == ["date"]


@pytest.mark.parametrize(("zh", "en"), [
    ("政府决心确保制度廉洁，没有贪污。",
     "The Government is determined to keep the system clean and free of corruption."),
    ("我们的城市没有污染。", "Our city is free from pollution."),
    ("这些产品没有添加防腐剂。", "These products are free of added preservatives."),
])
def test_a_negative_said_as_free_of_is_no_lost_negation(tmp_path, zh, en):
    assert ("negation", "warning") not in _findings(tmp_path, zh, en)


@pytest.mark.parametrize(("zh", "en"), [
    ("我们的城市有污染。", "Our city is not polluted."),
    ("这里的空气有污染，但是很清新。", "The air here is not polluted, and it is fresh."),
])
def test_a_negation_free_of_does_not_render_is_still_reported(tmp_path, zh, en):
    assert ("negation", "warning") in _findings(tmp_path, zh, en)


_PARADE_ZH = ["每年的8月9号，国民都会一同观赏国庆庆典。",
              "国庆庆典1966年首度举行，我几乎出席了每一场庆典。",
              "在好景时，我们通过国庆庆典共同欢庆国家的进步。"]


def _head_said(en: list[str], n: int, zh: list[str] = _PARADE_ZH):
    from align.checks.entities import MissingName, _Occurrences, _said_by_its_head, _Texts
    from align.checks.lexical import BeadText

    texts = [BeadText(k, None, z, e, None, None)
             for k, (z, e) in enumerate(zip(zh, en, strict=True))]
    at = zh[n].index("国庆")
    return _said_by_its_head(_Texts(texts), n, texts[n], MissingName("国庆", at, at + 2),
                             _Occurrences(texts))


@pytest.mark.parametrize(("en", "n", "said"), [
    (["Every year on 9 August, citizens come together for the National Day Parade.",
      "I have attended almost every NDP since the first in 1966.",
      "In good years, our parades rejoice in our progress."], 1, "NDP"),
    (["Every year on 9 August, citizens come together for the National Day Parade.",
      "I have attended almost every NDP since the first in 1966.",
      "In good years, our parades rejoice in our progress."], 2, "parades"),
    (["Every year on 9 August, citizens come together for the National Day Parade.",
      "I have attended almost every Parade since the first in 1966.",
      "In good years, the Parade rejoices in our progress."], 2, "Parade"),
])
def test_a_name_said_in_full_once_then_by_its_head_or_initials(en, n, said):
    assert _head_said(en, n) == ("National Day Parade", said)


@pytest.mark.parametrize(("en", "n"), [
    # no bead gives the full name: a head noun alone renders nothing
    (["Every year on 9 August, citizens come together for the celebrations.",
      "I have attended almost every one since the first in 1966.",
      "In good years, our parades rejoice in our progress."], 2),
    # initials that are not the full name's
    (["Every year on 9 August, citizens come together for the National Day Parade.",
      "I have attended almost every NDR since the first in 1966.",
      "In good years, they rejoice in our progress."], 1),
    # the full name ends with the name's own rendering: no head to say it by
    (["Every year on 9 August, citizens celebrate National Day.",
      "I have attended almost every day since the first in 1966.",
      "In good years, they rejoice in our progress."], 1),
])
def test_a_head_noun_or_initials_with_no_full_name_render_nothing(en, n):
    assert _head_said(en, n) is None


@pytest.mark.parametrize(("acronym", "initials"), [("NDP", True), ("NDR", False)])
def test_initials_of_the_documents_full_name_are_no_replaced_name(acronym, initials):
    from align.checks.entities import MissingName, _Occurrences, _Texts, _unmatched_doubt
    from align.checks.lexical import BeadText

    en = ["Every year on 9 August, citizens come together for the National Day Parade.",
          f"The {acronym} was first held in 1966, and I have attended almost every one.",
          "In good years, our parades rejoice in our progress."]
    texts = [BeadText(k, None, z, e, None, None)
             for k, (z, e) in enumerate(zip(_PARADE_ZH, en, strict=True))]
    doubt = _unmatched_doubt(_Texts(texts), 1, texts[1], MissingName("国庆", 0, 2), acronym,
                             _Occurrences(texts))
    assert ("initials of 'National Day Parade'" in doubt) is initials


@pytest.mark.parametrize(("text", "weak"), [
    ("全年迎来了33,800个金禧宝宝", True),
    ("全年迎來了33,800個金禧寶寶", True),
    ("银禧婴儿潮", True),
    ("我们庆祝了独立金禧年", False),
    ("学校举行金禧校庆", False),
    ("钻禧纪念活动", False),
])
def test_a_jubilee_that_labels_the_people_of_its_year_is_weak(text, weak):
    assert [q.weak for q in extract_zh(text) if q.unit == "周年"] == [weak]


@pytest.mark.parametrize(("zh", "en"), [
    ("前七个月外币贷款减少401亿美元，同比少减111亿美元。",
     "In the first seven months, foreign currency loans dropped by USD40.1 billion, compared with "
     "a fall of USD51.2 billion in the same period last year."),
    ("上半年人民币贷款增加1.5万亿元，同比多增3000亿元。",
     "In the first half, RMB loans grew by 1.5 trillion yuan, against an increase of 1.2 trillion "
     "yuan a year earlier."),
    ("一季度住户存款增加9.9万亿元，比上年同期少增5000亿元。",
     "In the first quarter, household deposits rose by 9.9 trillion yuan, compared with 10.4 "
     "trillion yuan in the same period of last year."),
])
def test_a_year_on_year_difference_said_as_the_year_earlier_figure(tmp_path, zh, en):
    assert _findings(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    # the year-earlier figure does not follow from the two
    ("前七个月外币贷款减少401亿美元，同比少减111亿美元。",
     "In the first seven months, foreign currency loans dropped by USD40.1 billion, compared with "
     "a fall of USD52.2 billion in the same period last year."),
    # no year-on-year difference in the Chinese: another figure
    ("前七个月外币贷款减少401亿美元，其中短期贷款减少111亿美元。",
     "In the first seven months, foreign currency loans dropped by USD40.1 billion, of which "
     "short-term loans fell by USD51.2 billion."),
])
def test_a_figure_no_difference_explains_is_still_a_mismatch(tmp_path, zh, en):
    assert ("number-mismatch", "error") in _findings(tmp_path, zh, en)
