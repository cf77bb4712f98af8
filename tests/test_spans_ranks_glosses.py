"""Work reports and explanatory articles (issue 14, nineteenth session): a rank among a count
("No. 2 in 15 cities"), digits of a name (八八战略 "the Double-Eight Strategy"), a congress said
by its year (十八大以来 "since 2012"), a span said by its start (30多年来 "since the late
1970s"), a translator's gloss in brackets, and a 不是…而是 contrast said with "rather than".
Every sentence here was written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import loud_numbers

from align.checks.numbers import _congress_met, in_explanatory_gloss, numeral_in_word
from align.checks.polarity import _contrast_rendered, negation_mismatches
from align.lexicon.polarity import NEGATION, zh_polarity
from align.model import Severity
from align.numbers.en import extract_en
from align.numbers.zh import extract_zh

# -- a rank among a count ------------------------------------------------------------------------


@pytest.mark.parametrize(("en", "rank", "total"), [
    ("Its output grew fastest, ranking No. 2 in 15 sub-provincial cities.", 2, 15),
    ("The city ranked 3 in 20 cities for exports.", 3, 20),
    ("Our port is now Number 4 in 12 ports of the region.", 4, 12),
    ("It placed 5 in 18 provinces.", 5, 18),
])
def test_a_rank_among_a_count_is_a_rank_and_a_count(en, rank, total):
    got = [(q.kind, q.value) for q in extract_en(en)]
    assert got == [("ordinal", Decimal(rank)), ("count", Decimal(total))]


@pytest.mark.parametrize(("en", "value"), [
    ("One in five residents is over sixty.", Decimal("0.2")),
    ("3 in 10 adults took part.", Decimal("0.3")),
    ("Nearly one in every four firms exported.", Decimal("0.25")),
])
def test_a_share_stays_a_fraction(en, value):
    [q] = [q for q in extract_en(en) if q.kind == "fraction"]
    assert q.value == value


def test_a_rank_among_cities_matches_the_chinese():
    zh = ["全市生产总值增长8.2%，位居15个副省级城市第二。"]
    en = ["The city's GDP grew by 8.2%, ranking No. 2 in 15 sub-provincial cities."]
    assert loud_numbers(zh, en) == []


# -- digits of a name ----------------------------------------------------------------------------


def _count(en: str) -> object:
    return next(q for q in extract_en(en) if q.kind == "count")


@pytest.mark.parametrize(("zh", "en"), [
    ("坚持八八战略，一张蓝图绘到底。", "We adhere to the double-eight strategy."),
    ("我们坚持九二共识。", "We uphold the consensus reached in the two talks."),
    ("深入实施“八八战略”。", "We implemented the ‘Double-Eight’ Development Strategy in depth."),
])
def test_a_digit_of_a_names_numeral_run_may_be_what_the_english_counts(zh, en):
    assert numeral_in_word(_count(en), zh, extract_zh(zh))


@pytest.mark.parametrize(("zh", "en"), [
    # a year written digit by digit is a year, not a name's digits
    ("二〇二二年，我们完成了任务。", "In that year we finished two tasks."),
    # the run is no name's digits: 八 is read with its measure word
    ("全市新建八个公园。", "The city built eight parks and two museums."),
])
def test_a_year_or_a_read_number_is_no_names_digits(zh, en):
    en_q = [q for q in extract_en(en) if q.kind == "count"]
    two = next(q for q in en_q if q.value == 2)
    assert numeral_in_word(two, zh, extract_zh(zh)) == ""


def test_the_double_eight_strategy_is_not_an_extra_number():
    zh = ["五年来，我们坚定不移沿着八八战略指引的路子走下去。"]
    en = ["Over the past five years, we have followed the path of the double-eight strategy."]
    assert loud_numbers(zh, en) == []


# -- a congress said by its year -----------------------------------------------------------------


@pytest.mark.parametrize(("zh", "year"), [
    ("党的十八大以来", 2012),
    ("中共十九大报告", 2017),
    ("党的二十大胜利召开", 2022),
    ("党的第十六次全国代表大会", 2002),
])
def test_a_congress_ordinal_has_its_year(zh, year):
    ordinals = [q for q in extract_zh(zh) if q.kind == "ordinal"]
    assert ordinals and _congress_met(ordinals[0], zh) == year


@pytest.mark.parametrize("zh", ["第十八届全国人民代表大会", "第十八次会议", "十一届三中全会"])
def test_other_ordinals_name_no_congress(zh):
    ordinals = [q for q in extract_zh(zh) if q.kind == "ordinal"]
    assert ordinals and all(_congress_met(q, zh) is None for q in ordinals)


def test_a_congress_dated_by_its_year_is_not_missing():
    zh = ["党的十八大以来，我们提出了新发展理念。"]
    en = ["Since 2012, we have put forward the new development philosophy."]
    assert loud_numbers(zh, en) == []


def test_a_congress_dated_by_another_year_is_still_reported():
    zh = ["党的十八大以来，我们提出了新发展理念。"]
    en = ["Since 2013, we have put forward the new development philosophy."]
    assert loud_numbers(zh, en) != []


# -- a span said by its start --------------------------------------------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    (["改革开放30多年来，人民生活水平大幅提高。"],
     ["Since reform and opening-up began in the late 1970s, living standards have risen."]),
    (["2019年3月5日", "改革开放40多年来，经济持续增长。"],
     ["March 5, 2019", "Since the reform and opening-up started in 1978, the economy has grown."]),
    (["2024年3月5日", "近20年来，这座城市变化很大。"],
     ["March 5, 2024", "The city has changed greatly since 2005."]),
])
def test_a_span_said_by_its_start_is_not_missing(zh, en):
    assert loud_numbers(zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    # the start does not fit the span counted to the dateline's year
    (["2019年3月5日", "近10年来，经济持续增长。"],
     ["March 5, 2019", "Since the reform and opening-up started in 1978, the economy has grown."]),
    # no "since": the decade dates something else
    (["改革开放30多年来，人民生活水平大幅提高。"],
     ["Living standards, low in the late 1970s, have risen greatly."]),
])
def test_a_span_the_start_does_not_give_is_still_reported(zh, en):
    assert loud_numbers(zh, en) != []


# -- a gloss in brackets -------------------------------------------------------------------------


@pytest.mark.parametrize("en", [
    "the Two Centenary Goals (namely to build a prosperous society by the centenary of the CPC "
    "in 2021 and a modern country by 2049)",
    "the plenum (i.e. the session held in 2013 in Beijing) decided it",
    "the two goals (that is, those set for 2021 and 2049)",
])
def test_a_number_in_a_translators_gloss_is_named(en):
    years = [q for q in extract_en(en) if q.kind == "date"]
    assert years and all(in_explanatory_gloss(q, en) for q in years)


@pytest.mark.parametrize("en", [
    "the goal set in 2021 (namely a prosperous society)",
    "the goals (for a prosperous society) were met in 2021",
])
def test_a_number_outside_the_gloss_is_not(en):
    [year] = [q for q in extract_en(en) if q.kind == "date"]
    assert in_explanatory_gloss(year, en) == ""


def test_a_glossed_year_is_no_extra_number():
    zh = ["围绕实现“两个一百年”奋斗目标，我们谋划外交工作。"]
    en = ["We planned our diplomacy around the Two Centenary Goals (namely to finish building a "
          "moderately prosperous society by the centenary of the CPC in 2021 and a modern "
          "socialist country by the centenary of the PRC in 2049)."]
    assert loud_numbers(zh, en) == []


# -- a contrast said with "rather than" -----------------------------------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    ("该基金绝非简单的经济援助，而是互利共赢的投资。",
     "Rather than simply giving economic aid, the fund makes investments for mutual benefit."),
    ("这不是一次普通的会议，而是一次历史性的会晤。",
     "It was a historic meeting instead of an ordinary conference."),
])
def test_a_contrast_said_with_rather_than_keeps_its_negation(zh, en):
    assert negation_mismatches(zh, en) == []


def test_a_negation_without_a_contrast_is_kept():
    zh = "这个项目没有完成，我们继续推进。"
    [cue] = zh_polarity(zh).of(NEGATION)
    assert _contrast_rendered(zh, "It was finished rather than dropped.", [cue]) == [cue]
    assert _contrast_rendered("这不是援助，而是投资。", "It is investment rather than aid.",
                              list(zh_polarity("这不是援助，而是投资。").of(NEGATION))) == []


# -- statistics releases: the base of a comparison, a list run together, the same kind first -----


@pytest.mark.parametrize(("zh", "en"), [
    ("第4季貨物進口與2022年第4季大致相若。",
     "In the fourth quarter, imports of goods remained virtually unchanged year-on-year."),
    ("綜合消費物價指數較一年前同期上升1.02%。", "The Composite CPI grew by 1.02% from the previous "
                                        "period."),
])
def test_the_base_of_a_comparison_said_by_how_far_back(zh, en):
    assert loud_numbers([zh], [en]) == []


def test_a_base_the_english_does_not_say_is_still_missing():
    zh = ["第4季貨物進口與2022年第4季大致相若。"]
    en = ["In the fourth quarter, imports of goods remained virtually unchanged."]
    assert "number-missing" in [rule for rule, _ in loud_numbers(zh, en)]


def test_a_list_the_page_ran_together_is_no_mismatch():
    zh = ["美国、英国、日本外债分别是我国的1042倍。"]
    en = ["Those of the US, the UK and Japan were 10, 4, and 2 times as much as ours."]
    assert loud_numbers(zh, en) == []


def test_digits_that_are_no_run_of_the_list_stay_a_mismatch():
    zh = ["美国、英国、日本外债分别是我国的1043倍。"]
    en = ["Those of the US, the UK and Japan were 10, 4, and 2 times as much as ours."]
    assert "number-mismatch" in [rule for rule, _ in loud_numbers(zh, en)]


def test_a_percentage_pairs_with_its_own_kind_before_a_multiple():
    zh = ["在入境旅客上升近4倍的带动下，博彩服务出口上升343.7%。"]
    en = ["Exports of gaming services surged by 343.7% on account of an uplift of 394.9% in "
          "visitor arrivals."]
    assert loud_numbers(zh, en) == []


# -- a count of one said by an article, a count of things against a year ------------------------


def test_a_count_of_one_said_by_an_article_is_no_confident_mismatch():
    zh = ["主任今天到访本澳4个社团及1家学校。"]
    en = ["The Director went to four local associations and a school, the third day of his "
          "seven-day visit."]
    found = loud_numbers(zh, en)
    assert ("number-mismatch", Severity.ERROR) not in found
    assert ("number-mismatch", Severity.WARNING) in found


def test_a_count_of_one_the_english_changes_stays_an_error():
    zh = ["主任今天到访本澳4个社团及1家学校。"]
    en = ["The Director went to four local associations and seven schools."]
    assert ("number-mismatch", Severity.ERROR) in loud_numbers(zh, en)


def test_a_count_of_things_against_a_year_is_a_warning():
    zh = ["第二季会展按年增加五十四项。统计局资料显示，第2季会议及展览共224项，按年增加54项。"]
    en = ["A total of 224 MICE events were held in the second quarter of 2015, up by 54 "
          "year-on-year."]
    found = loud_numbers(zh, en)
    assert ("number-mismatch", Severity.WARNING) in found
    assert ("number-mismatch", Severity.ERROR) not in found


@pytest.mark.parametrize(("zh", "en", "said"), [
    ("他们参观了1家学校。", "They visited a school.", "a school"),
    ("市里新建了一所大学。", "The city built a new university.", "a university"),
    ("他在那里工作了一年。", "He worked there for a year.", ""),  # a length of time
    ("他们参观了1家学校。", "They visited schools.", ""),  # no article
])
def test_a_count_of_one_said_by_its_article(zh, en, said):
    from align.checks.numbers import one_said_before_its_noun

    [one] = [q for q in extract_zh(zh) if q.value == 1]
    assert one_said_before_its_noun(one, zh, en) == said
