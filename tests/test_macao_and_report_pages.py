"""Forms of Macao bureau releases and Hong Kong departmental reports (twenty-third session):
Macao's romanisation of Cantonese names (聰 Chong, 泳 Weng, 梁 Leong, 騏 Ki), a named day
written with Arabic digits and a dot (5‧18國際博物館日), and a count whose members the English
lists as the object of a phrase ("based on the level of oxygen, BOD and ammonia"). Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers, number_findings
from test_names import run

from align.lexicon.readings import hong_kong_spellings, reads_exactly
from align.model import Severity
from align.numbers.zh import extract_zh

# --- Macao's romanisation ---------------------------------------------------------------------


@pytest.mark.parametrize(("zh", "spelt"), [
    ("思聰", "sichong"), ("龔泳騏", "kongwengki"), ("梁", "leong"), ("澳門", "oumun"),
    ("梁", "leung"), ("聰", "chung"), ("石", "shek"), ("泳", "wing"),  # Hong Kong's as before
])
def test_macao_and_hong_kong_spellings(zh, spelt):
    assert reads_exactly(zh, spelt)


@pytest.mark.parametrize(("jyutping", "spelling"), [("cung", "chong"), ("wing", "weng"),
                                                   ("loeng", "leong"), ("kei", "ki"),
                                                   ("sik", "sek")])
def test_macao_variants_of_a_syllable(jyutping, spelling):
    assert spelling in hong_kong_spellings(jyutping)


@pytest.mark.parametrize(("jyutping", "spelling"), [("cung", "chang"), ("wing", "wang"),
                                                   ("kei", "ka")])
def test_other_vowels_are_no_variant(jyutping, spelling):
    assert spelling not in hong_kong_spellings(jyutping)


@pytest.mark.parametrize(("zh", "spelt"), [("思聰", "sichung"), ("思聰", "sichang"),
                                            ("龔泳騏", "lamhokei")])
def test_other_sounds_do_not_read(zh, spelt):
    assert reads_exactly(zh, spelt) is (spelt == "sichung")


def test_a_macao_name_in_the_english_is_no_name_mismatch():
    zh = [(None, "出席代表包括典当业展示馆馆长梁思聪及文化局龚泳骐。"), (None, "谢谢大家。")]
    en = [(None, "Representatives included the head of the Pawnshop Museum, Oscar Leong Si "
                 "Chong, and Kong Weng Ki of the Cultural Affairs Bureau."), (None, "Thank you.")]
    assert run(zh, en) == []


# --- a named day in Arabic digits with a dot -----------------------------------------------------

@pytest.mark.parametrize(("zh", "value"), [
    ("为响应5‧18国际博物馆日", "518"), ("3·15国际消费者权益日", "315"), ("“9·11”事件", "911"),
])
def test_a_named_day_in_digits_is_a_weak_date(zh, value):
    found = extract_zh(zh)
    assert [(q.kind, str(q.value), q.weak) for q in found] == [("date", value, True)]


@pytest.mark.parametrize("zh", ["比分3·15", "5·18", "13·15国际日"])
def test_dotted_digits_that_name_no_day_are_no_date(zh):
    assert all(q.kind != "date" for q in extract_zh(zh))


def test_a_named_day_matches_the_english_date():
    zh = ["为响应5‧18国际博物馆日,博物馆举办嘉年华。"]
    assert loud_numbers(zh, ["To celebrate International Museum Day on 18 May, the museum "
                             "holds a carnival."]) == []


# --- a count whose members the English lists ------------------------------------------------------

def test_a_count_of_members_listed_after_a_preposition_is_info():
    zh = ["此外,环保署亦采用水质指数,以溶解氧、生化需氧量和氨氮这三项参数作为评估基础。"]
    en = ["In addition, a Water Quality Index, based on the level of dissolved oxygen, "
          "Biochemical Oxygen Demand and ammonia-nitrogen, is used."]
    found = [f for f in number_findings(zh, en) if f.rule == "number-missing"]
    assert [f.severity for f in found] == [Severity.INFO]
    assert "list of 3 items" in found[0].message


def test_a_list_of_another_length_leaves_the_count_missing():
    zh = ["此外,环保署亦采用水质指数,以溶解氧、生化需氧量和氨氮这三项参数作为评估基础。"]
    en = ["In addition, a Water Quality Index, based on the level of dissolved oxygen and "
          "ammonia-nitrogen, is used."]
    assert [r for r, _ in loud_numbers(zh, en)] == ["number-missing"]


# --- a news agency's dateline run into the text ---------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("嘉年华开幕 在社区绽放魅力香港新闻网5月15日电 为响应国际博物馆日,多间博物馆联合举办活动。",
     "Macao museums jointly hold the carnival to celebrate International Museum Day."),
    ("新华社北京3月5日电 十四届全国人大一次会议今天开幕。",
     "The first session of the 14th National People's Congress opened today."),
])
def test_an_agencys_dateline_day_is_no_missing_number(zh, en):
    found = [f for f in number_findings([zh], [en]) if f.rule == "number-missing"]
    assert found and all(f.severity is Severity.INFO for f in found)
    assert "dateline" in found[0].message


def test_a_day_the_text_states_is_still_missing():
    zh = ["博物馆将于5月15日举办嘉年华。"]
    assert [r for r, _ in loud_numbers(zh, ["The museum will hold a carnival."])] == [
        "number-missing"]


# --- lines that end their first words with a colon and name no speaker --------------------------

@pytest.mark.parametrize("line", [
    "致食物安全电子资讯订阅者:", "致各位订阅者：以下资讯已上载。", "中文:", "英文版：",
    "中文: http://www.cfs.gov.hk/tc_chi/index.html", "世界卫生日2015:食物安全",
    "2015总访澳旅客人数:", "因应今年的主题「数字海关:渐进发展」,海关推出新服务。",
    "[图片 :香港的泳滩]", "【照片】：市民参观展览",
])
def test_no_speaker_label(line):
    from align.segment.turns import speaker_label

    assert speaker_label(line, "zh") is None


@pytest.mark.parametrize(("line", "name"), [
    ("寿小丽：今天我们请来几位部长。", "寿小丽"), ("《北京青年报》记者:据了解,会议已经结束。",
                                           "《北京青年报》记者"),
    ("[中央电视台记者]:外长,您好。", "[中央电视台记者]"), ("答：是的。", "答"),
])
def test_speaker_labels_stay(line, name):
    from align.segment.turns import speaker_label

    found = speaker_label(line, "zh")
    assert found is not None and found[0] == name


# --- a negation said by the antonym of what it negates ------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("双方的立场不一致。", "The two sides held differing positions."),
    ("有关报道不属实。", "The report is incorrect."),
])
def test_a_negation_said_by_an_antonym_is_no_mismatch(zh, en):
    from align.checks.polarity import negation_mismatches

    assert negation_mismatches(zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("双方的立场不一致。", "The two sides held the same positions."),
    ("有关报道不属实。", "The report is correct."),
    ("若未能及时治疗,可能会致命。", "If treatment is timely, it can be fatal."),
    ("若未能及时治疗,可能会致命。", "If treated in time, it can be fatal."),
])
def test_the_negation_dropped_is_still_found(zh, en):
    from align.checks.polarity import negation_mismatches

    assert negation_mismatches(zh, en) != []


# --- the place a document speaks for, said as "local" or "the territory" ------------------------

@pytest.mark.parametrize(("zh", "en", "said"), [
    ("博物馆致力保存香港影片。", "The museum preserves local films.", "local"),
    ("香港社会整体保持稳定。", "The community as a whole remained stable.", "The community"),
    ("香港的空气质素有所改善。", "Air quality in the territory improved.", "the territory"),
])
def test_the_own_place_said_as_local_or_the_territory_is_info(zh, en, said):
    from test_names_own_country import _HK_EN, _HK_ZH, _missing

    found = _missing(_HK_ZH + [zh], _HK_EN + [en])
    assert [s for s, _ in found] == ["info"]
    assert f"may say as {said!r}" in found[0][1]


def test_a_place_the_document_does_not_speak_for_said_as_local_stays_a_warning():
    from test_names_own_country import _PLAIN_EN, _PLAIN_ZH, _missing

    zh = _PLAIN_ZH + ["博物馆致力保存香港影片。"]
    en = _PLAIN_EN + ["The museum preserves local films."]
    assert [s for s, _ in _missing(zh, en)] == ["warning"]
