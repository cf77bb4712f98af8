"""Forms met on real published pairs in the thirty-fifth session: index points after a rise or a
fall (下跌2.00點, "dropped 2.00 points") are no time of day; "half month" is 半个月; a Chinese
negative word rendered by an English un- word of another root (不当 "unjustified"); a year the
English gives a festival ("the 2020 Spring Festival" for 新春佳节); "dear" of a salutation; a
short Chinese sentence dropped where a wordy English hides it in its length."""

import pytest
from conftest import check_texts, loud, quantity_value

from align.checks.polarity import negation_mismatches
from align.numbers import extract_en, extract_zh


@pytest.mark.parametrize(("zh", "values"), [
    ("较上月及去年同期分别下跌2.00點及0.49點", ["2", "0.49"]),
    ("恒生指数上涨120点", ["120"]),
    ("恒指收跌12点", ["12"]),
    ("指数回落了3点", ["3"]),
    ("综合指数下挫约15点", ["15"]),
])
def test_points_after_a_rise_or_a_fall_are_no_time(zh, values):
    found = extract_zh(zh)
    assert [q.kind for q in found if q.kind == "time"] == []
    assert [quantity_value(q) for q in found] == values


@pytest.mark.parametrize(("zh", "hours"), [
    ("下午2点半开会", ["14.5"]),
    ("会议于上午10点开始", ["10"]),
    ("3日10点召开", ["10"]),
    ("晚上8点", ["20"]),
])
def test_clock_hours_stay_times(zh, hours):
    assert [quantity_value(q) for q in extract_zh(zh) if q.kind == "time"] == hours


def test_index_points_meet_english_points(tmp_path):
    zh = "2024年8月的貿易加權澳匯指數為103.3,較上月及去年同期分別下跌2.00點及0.49點。"
    en = ("The trade-weighted effective exchange rate index for the pataca dropped 2.00 points "
          "month-on-month and 0.49 points year-on-year to 103.3 in August 2024.")
    found = check_texts(tmp_path, zh, en)
    assert loud(found, "number-missing") == [] and loud(found, "number-extra") == []


@pytest.mark.parametrize(("en", "unit"), [
    ("once every half month", "months"),
    ("a half-month trip", "months"),
    ("within half a month", "months"),
    ("in half a year", "years"),
])
def test_half_a_month_is_half_a_month(en, unit):
    [q] = [q for q in extract_en(en) if q.kind == "count"]
    assert (quantity_value(q), q.unit) == ("0.5", unit)


def test_the_first_half_year_is_still_a_period():
    assert [q.kind for q in extract_en("in the first half year")] == ["period"]


def test_every_half_month_meets_ban_ge_yue(tmp_path):
    zh = "各地商务主管部门每半个月一次将汇总数据报送商务部。"
    en = ("Local commerce departments shall report the summarized data to the Ministry of "
          "Commerce once every half month.")
    assert loud(check_texts(tmp_path, zh, en), "number-missing") == []


@pytest.mark.parametrize(("zh", "en"), [
    ("不当域外适用的有关外国法律与措施,对中国企业造成了不利影响。",
     "Unjustified extra-territorial application of foreign legislation has adversely affected "
     "Chinese enterprises."),
    ("如何应对外国法律与措施的不当域外适用？",
     "How to respond to unjustified extra-territorial application of foreign legislation?"),
    ("这是一种不公的做法。", "This is an unjust practice."),
    ("我们反对不法行为。", "We oppose unlawful acts."),
])
def test_a_negative_word_rendered_by_an_un_word_is_said(zh, en):
    assert negation_mismatches(zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    # the un- word renders 不当; 不同意 is still lost
    ("这种做法是不当的，我们不同意。", "This practice is unjustified and we agree."),
    # no un- word: the English says the opposite
    ("这种做法是不当的。", "This practice is proper."),
    # an un- word of no English base (under, united) renders nothing
    ("这种做法是不当的。", "This practice is under review by the United Nations."),
])
def test_a_negation_with_no_un_word_left_is_still_lost(zh, en):
    assert negation_mismatches(zh, en) != []


def test_a_festival_dated_by_the_english_is_no_extra_year(tmp_path):
    zh = "值此新春佳节之际，我们向在渝工作的外国专家致以节日的问候。"
    en = ("On the occasion of the 2020 Spring Festival, we extend our festive greetings to the "
          "foreign experts working in Chongqing.")
    assert loud(check_texts(tmp_path, zh, en), "number-extra") == []


def test_a_year_added_to_no_named_occasion_is_still_extra(tmp_path):
    zh = "我们向在渝工作的外国专家致以节日的问候。"
    en = "In 2020 we extend our festive greetings to the foreign experts working in Chongqing."
    assert loud(check_texts(tmp_path, zh, en), "number-extra") != []


def test_dear_of_a_salutation_adds_nothing(tmp_path):
    zh = "尊敬的各位同事,各位来宾,女士们,先生们,朋友们:大家晚上好!"
    en = "Distinguished colleagues, dear guests, ladies and gentlemen, friends, good evening!"
    assert loud(check_texts(tmp_path, zh, en), "partial-addition") == []


_REPORT_ZH = ["今年一季度，全市地区生产总值同比增长百分之五点二。",
              "工业生产保持稳定。",
              "消费市场持续回暖，社会消费品零售总额增长百分之六。",
              "对外贸易规模再创新高。"]
_REPORT_EN = ["In the first quarter of this year, the city's GDP grew by 5.2 percent year on year.",
              "Industrial production remained stable.",
              "The consumer market continued to recover, with total retail sales of consumer goods "
              "up 6 percent.",
              "Foreign trade reached a record high."]


def test_a_short_sentence_dropped_beside_a_wordy_one_fails_ci(tmp_path):
    en = " ".join(_REPORT_EN[:1] + _REPORT_EN[2:])
    errors = [f for f in check_texts(tmp_path, "".join(_REPORT_ZH), en)
              if f.rule == "omission" and f.severity.value == "error"]
    assert [f.zh.text for f in errors] == ["工业生产保持稳定。"]


def test_the_same_report_translated_whole_has_no_omission(tmp_path):
    found = check_texts(tmp_path, "".join(_REPORT_ZH), " ".join(_REPORT_EN))
    assert loud(found, "omission") == []


@pytest.mark.parametrize(("en", "values"), [
    ("paragraph 7.3 of the Notice", ["7", "3"]),
    ("under Article 2.1,", ["2", "1"]),
    ("section 4.2.1 applies", ["4", "2", "1"]),
    ("Paras. 12.5 and 12.6", ["12", "5"]),
])
def test_a_provision_numbered_with_dots_is_its_parts(en, values):
    found = extract_en(en)[: len(values)]
    assert [quantity_value(q) for q in found] == values and all(q.weak for q in found)


@pytest.mark.parametrize("en", ["grew 7.3 percent", "Chapter 1.5 million", "a rate of 7.3"])
def test_a_decimal_with_no_provision_word_stays_a_decimal(en):
    assert "7.3" in [quantity_value(q) for q in extract_en(en)] or \
        "1500000" in [quantity_value(q) for q in extract_en(en)]


def test_article_and_paragraph_meet_a_dotted_paragraph(tmp_path):
    zh = "现对《通知》的第七条第三款关于“熔断”措施的规定作出调整。"
    en = ("An adjustment is hereby made to the circuit breaker measures in paragraph 7.3 of the "
          "Notice.")
    found = check_texts(tmp_path, zh, en)
    assert loud(found, "number-mismatch") == [] and loud(found, "number-missing") == []


def test_a_hong_kong_release_naming_an_ordinance_pays_in_its_own_dollars(tmp_path):
    zh = "五月份最高罚款为六万元，一间公司因把废物排入水质管制区而被罚。"
    en = ("The heaviest fine in May was $60,000, assessed against a company which discharged "
          "waste into a water control zone under the Water Pollution Control Ordinance.")
    assert loud(check_texts(tmp_path, zh, en), "number-mismatch") == []


def test_a_mainland_page_still_tells_yuan_from_dollars(tmp_path):
    zh = "五月份最高罚款为六万元，一间公司因把废物排入水质管制区而被罚。"
    en = ("The heaviest fine in May was $60,000, assessed against a company which discharged "
          "waste into a water control zone under the Water Pollution Control Law.")
    assert loud(check_texts(tmp_path, zh, en), "number-mismatch") != []


@pytest.mark.parametrize("zh", ["海南全省已连续13天无新增确诊病例。",
                                "全省已连续100天无本土新增病例。",
                                "该市连续30天无新增。", "全市连续5日无本地病例。"])
def test_a_time_unit_and_the_negator_after_it_are_two_words(zh):
    from align.lexicon.zh import segment
    words = [w.text for w in segment(zh)]
    assert "无" in words and not any(len(w) == 2 and w[1] == "无" for w in words)


def test_days_without_new_cases_keep_their_negation():
    zh = "截至2020年3月3日,海南全省已连续13天无新增确诊和疑似病例。"
    en = ("As of March 3, 2020, Hainan has seen 13 consecutive days without new confirmed or "
          "suspected cases.")
    assert negation_mismatches(zh, en) == []
    assert negation_mismatches(zh, en.replace("without", "with")) != []


@pytest.mark.parametrize(("zh", "en_word", "said"), [
    ("年平均增长率为0.57%", "annual", True),
    ("年均增长6%", "annual", True),
    ("粮食年产量创新高", "annual", True),
    ("每月召开一次例会", "monthly", True),
    ("人均月收入", "monthly", True),
    ("去年增长6%", "annual", False),
    ("今年产量创新高", "annual", False),
    ("年平均增长率为0.57%", "monthly", False),
])
def test_a_rate_per_unit_of_time_is_the_source_of_its_frequency_word(zh, en_word, said):
    from align.checks.numbers.words import frequency_said
    assert frequency_said(zh, en_word) is said


_PATHS_ZH = ("这是一条和平发展的道路。中国始终坚持独立自主的和平外交政策，维护世界和平，"
             "促进共同发展。这是一条开放合作的道路。中国坚持对外开放的基本国策，积极参与全球经济"
             "治理，推动建设开放型世界经济，同世界各国分享发展机遇。这是一条人民至上的道路。中国把"
             "人民对美好生活的向往作为奋斗目标，不断改善民生，促进社会公平正义。")
_PATHS_EN = ("This is a path of peaceful development. China has always pursued an independent "
             "foreign policy of peace, safeguarding world peace and promoting common development. "
             "This is a path of openness and cooperation. China upholds opening up as a "
             "fundamental state policy. It takes an active part in global economic governance. It "
             "works for an open world economy and shares development opportunities with all "
             "countries. This is a path that puts the people first. China takes the people's "
             "aspiration for a better life as its goal. It keeps improving people's lives and "
             "promotes social fairness and justice.")


def test_a_short_sentence_that_took_its_neighbours_english_is_dropped(tmp_path):
    en = _PATHS_EN.replace(" This is a path of openness and cooperation.", "")
    errors = [f for f in check_texts(tmp_path, _PATHS_ZH, en)
              if f.rule == "omission" and f.severity.value == "error"]
    assert [f.zh.text for f in errors] == ["这是一条开放合作的道路。"]
    assert "next sentence" in errors[0].message


def test_the_whole_translation_lends_no_english(tmp_path):
    assert loud(check_texts(tmp_path, _PATHS_ZH, _PATHS_EN), "omission") == []


@pytest.mark.parametrize(("en", "value"), [
    ("INTERPRETATION NO.748", "748"), ("Document No.5 of the Council", "5"),
    ("under Notice no.12", "12"), ("REGULATION NOS.3 AND 4", "3"),
])
def test_no_glued_to_its_number_reads_the_number_once_parted(en, value):
    from align.checks.numbers import readable_en
    assert value in [quantity_value(q) for q in extract_en(readable_en(en))]


def test_a_word_ending_in_no_before_a_dot_is_no_number_sign():
    from align.checks.numbers import readable_en
    assert extract_en(readable_en("the piano.5 keys")) == []


@pytest.mark.parametrize(("zh", "value", "qualifier"), [
    ("未满14周岁的申请人", "14", "less-than"),
    ("不满18岁的未成年人", "18", "less-than"),
    ("年满18周岁的公民", "18", "exact"),
    ("年滿18週歲", "18", "exact"),
])
def test_full_years_of_age(zh, value, qualifier):
    [q] = extract_zh(zh)
    assert (quantity_value(q), q.unit, q.qualifier) == (value, "周岁" if "周" in zh or "週" in zh
                                                          else "岁", qualifier)


def test_under_an_age_is_no_negation_lost(tmp_path):
    zh = "未满14周岁的申请人免采指纹。"
    en = "Applicants under 14 years old are exempted from fingerprinting."
    found = check_texts(tmp_path, zh, en)
    assert loud(found, "negation") == [] and loud(found, "number-qualifier") == [] and \
        [f for f in found if f.rule == "number-qualifier"] == []
