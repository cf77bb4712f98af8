"""Hong Kong departments' releases and local governments' notices (issue 14, nineteenth session):
Cantonese place names that look like pinyin ("Wan Chai" for 灣仔), Hong Kong's way of writing a
time ("10.30 am"), a misspelt tens word ("Fourty-fifth"), a weekday's short form in brackets
("April 24(Sun.)"), a count of days a date range states (共5天), a page that opens with its own
headline and lead, a law's promulgation notice, and a pinyin reading after a garbled
character. Every sentence here was written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import loud_numbers, make_document, number_findings

from align.checks.base import CheckContext
from align.checks.coverage import CoverageCheck
from align.checks.names import NamesCheck, dictionary_name_in
from align.furniture import NOTICE_ZH
from align.model import Alignment, Bead, Settings, Severity
from align.numbers.en import extract_en
from align.numbers.tokens import pinyin_readings


def _run(check, zh: list[str], en: list[str], beads=None) -> list:
    beads = beads or tuple(Bead((i,), (i,), 0.8) for i in range(len(zh)))
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en), beads=beads)
    return list(check.run(CheckContext(alignment=a, settings=Settings())))


# -- Cantonese and Portuguese spellings of places ------------------------------------------------


@pytest.mark.parametrize(("zh", "name"), [
    ("示威者在金钟及湾仔一带堵路。", "Wan Chai"),
    ("荃湾的新公园今天开放。", "Tsuen Wan"),
    ("屯门公路今早交通繁忙。", "Tuen Mun"),
    ("沙田马场举行赛事。", "Sha Tin"),
])
def test_a_place_the_dictionary_spells_is_rendered(zh, name):
    assert dictionary_name_in(zh, name)


@pytest.mark.parametrize(("zh", "name"), [
    ("示威者在金钟一带堵路。", "Wan Chai"),  # the place is not in the Chinese
    ("王晨会见了代表团。", "Wang Chen"),  # a person's name is read from the characters
])
def test_a_name_no_word_of_the_chinese_gives_is_not(zh, name):
    assert not dictionary_name_in(zh, name)


def test_wan_chai_is_no_name_mismatch():
    zh = ["部分示威者破坏湾仔港铁站设施。"]
    en = ["Some protestors vandalised facilities at Wan Chai MTR Station."]
    assert [f for f in _run(NamesCheck(), zh, en) if f.rule == "name-mismatch"] == []


def test_a_pinyin_name_the_chinese_lacks_is_still_a_mismatch():
    zh = ["部分示威者破坏港铁站设施。"]
    en = ["Zhang Wei vandalised facilities at the MTR Station."]
    assert [f.rule for f in _run(NamesCheck(), zh, en)] == ["name-mismatch"]


# -- times, tens and weekdays as pages write them ------------------------------------------------


@pytest.mark.parametrize(("en", "hours"), [
    ("Roads will be closed from about 10.30 am on 1 May.", Decimal("10.5")),
    ("The reception starts at 7.45pm.", Decimal("19.75")),
    ("The 2.30 p.m. session is cancelled.", Decimal("14.5")),
    ("The office opens at 9:15 a.m.", Decimal("9.25")),
])
def test_a_time_with_a_dot_is_a_time(en, hours):
    [t] = [q for q in extract_en(en) if q.kind == "time"]
    assert t.value == hours


@pytest.mark.parametrize("en", ["Prices rose 10.30 percent.", "It costs 5.50 a month."])
def test_a_decimal_without_am_or_pm_is_no_time(en):
    assert not [q for q in extract_en(en) if q.kind == "time"]


def test_a_hong_kong_time_matches_the_chinese():
    zh = ["警方將於5月1日上午約10時30分起封閉灣仔部分道路。"]
    en = ["Police will close some roads in Wan Chai from about 10.30 am on 1 May."]
    assert loud_numbers(zh, en) == []


@pytest.mark.parametrize(("en", "value"), [
    ("the Fourty-fifth Session", 45), ("fourty delegates", 40), ("its fourtieth year", 40)])
def test_a_misspelt_forty_is_read(en, value):
    assert [q.value for q in extract_en(en)] == [Decimal(value)]


@pytest.mark.parametrize(("en", "day"), [
    ("open on April 24(Sun.) and", 7), ("closed on 1 May (Tue)", 2), ("on 3 June (Thurs.)", 4)])
def test_a_weekdays_short_form_in_brackets_is_read(en, day):
    [w] = [q for q in extract_en(en) if q.kind == "weekday"]
    assert w.value == day


@pytest.mark.parametrize("en", ["under the Sun. It", "He sat down.", "Wed to the idea."])
def test_a_short_form_outside_brackets_is_no_weekday(en):
    assert not [q for q in extract_en(en) if q.kind == "weekday"]


# -- a count of days a range states ---------------------------------------------------------------

_HOLIDAY_ZH = "劳动节期间4月30日(星期六)至5月4日(星期三)放假,共{n}天。"


def test_a_count_of_days_the_english_range_states_is_not_missing():
    zh = [_HOLIDAY_ZH.format(n=5)]
    en = ["The Labour Day holiday runs from April 30 (Sat.) to May 4 (Wed.)."]
    assert loud_numbers(zh, en) == []
    [f] = [f for f in number_findings(zh, en) if f.rule == "number-missing"]
    assert f.severity is Severity.INFO


@pytest.mark.parametrize(("n", "en"), [
    (6, "The Labour Day holiday runs from April 30 (Sat.) to May 4 (Wed.)."),  # 5 days, not 6
    (5, "The offices close on April 30 (Sat.) and reopen on May 4 (Wed.)."),  # no range
])
def test_a_count_the_range_does_not_state_is_still_missing(n, en):
    assert "number-missing" in [rule for rule, _ in loud_numbers([_HOLIDAY_ZH.format(n=n)], [en])]


# -- a page's own head -----------------------------------------------------------------------------

_BODY_ZH = ["2019年3月，成都赢得了大运会的主办权。", "这是中国大陆第三次举办夏季大运会。",
            "大运会将于2023年举行。"]
_BODY_EN = ["In March 2019, Chengdu won the right to host the Games.",
            "It is the third summer edition on the Chinese mainland.",
            "The Games will be held in 2023."]


def _with_lead(lead: list[str]):
    zh = lead + _BODY_ZH
    beads = tuple(Bead((i,), (), 0.0) for i in range(len(lead))) + tuple(
        Bead((len(lead) + i,), (i,), 0.8) for i in range(len(_BODY_EN)))
    return [f for f in _run(CoverageCheck(), zh, _BODY_EN, beads) if f.rule == "omission"]


def test_a_headline_and_lead_the_english_page_lacks_are_no_error():
    found = _with_lead(["跟着大运学英语② | 这些知识要点，你了解了吗？",
                        "为了营造国际化氛围，执委会开设了学英语专栏，共18期。"])
    assert len(found) == 2 and all(f.severity is not Severity.ERROR for f in found)


def test_one_dropped_opening_sentence_is_still_an_error():
    found = _with_lead(["为了营造国际化氛围，执委会开设了学英语专栏，共18期。"])
    assert [f.severity for f in found] == [Severity.ERROR]


# -- a law's promulgation notice -------------------------------------------------------------------


@pytest.mark.parametrize("zh", [
    "《深圳经济特区优化营商环境条例》经市人大常委会第四十五次会议于2020年10月29日通过，现予公布，"
    "自2021年1月1日起施行。",
    "《某某市物业管理條例》已由市人大常委会通過，現予公布。",
    "本办法经市政府常务会议审议通过，现予发布，自发布之日起施行。",
])
def test_a_promulgation_notice_is_a_notice(zh):
    assert NOTICE_ZH.search(zh)


def test_a_sentence_that_mentions_publishing_is_no_notice():
    assert not NOTICE_ZH.search("政府将及时公布调查结果，接受社会监督。")


# -- a pinyin reading after a garbled character ----------------------------------------------------


@pytest.mark.parametrize(("text", "reading"), [
    ("可从24个?。▍^(qū)、市)口岸入境", "(qū)"),
    ("省(区^(qū)市)", "(qū)"),
    ("是因為樗{(lán)色讓人", "(lán)"),
    ("人類?!懊\\(yùn)共同體", "(yùn)"),
])
def test_a_reading_after_a_garbled_character_is_a_reading(text, reading):
    assert [text[a:b] for a, b in pinyin_readings(text)] == [reading]


def test_a_bracket_after_a_caret_without_a_toned_syllable_is_no_reading():
    assert pinyin_readings("x^(qu) and 区^(2)") == []


# -- days counted again, and a page that lost its spaces -------------------------------------------


def test_these_two_days_count_the_days_just_named():
    zh = ["国际博物馆日将于5月14日及15日举行，届时各博物馆免费开放。"]
    en = ["International Museum Day will take place on May 14 and 15; all museums will be open "
          "free of charge on these two days."]
    assert loud_numbers(zh, en) == []


@pytest.mark.parametrize("en", [
    # three days counted against two named
    "International Museum Day will take place on May 14 and 15; all museums will be open free "
    "of charge on these three days.",
    # no pointing back: the count is news
    "International Museum Day will take place on May 14 and 15; all museums will be open free "
    "of charge for two days.",
])
def test_a_count_of_days_that_does_not_point_back_is_still_extra(en):
    zh = ["国际博物馆日将于5月14日及15日举行，届时各博物馆免费开放。"]
    assert "number-extra" in [rule for rule, _ in loud_numbers(zh, [en])]


def test_numbers_inside_a_spaceless_english_run_are_there():
    zh = ["受理点(南宁路999号2号楼13号窗口)暂停现场接待服务。"]
    en = ["Thetemporarywindowreception(specificallyatWindow132/FBuilding2999NanningRoad)"
          "willbeclosed."]
    assert loud_numbers(zh, en) == []


def test_a_number_missing_from_a_spaceless_run_is_still_missing():
    zh = ["受理点(南宁路999号)暂停现场接待服务。"]
    en = ["Thetemporarywindowreception(specificallyatNanningRoadXuhuiDistrict)willbeclosed."]
    assert "number-missing" in [rule for rule, _ in loud_numbers(zh, en)]


# -- Hong Kong's short forms of its offices, and a language that is no name -----------------------


def _names(zh: list[str], en: list[str]) -> list:
    from align.checks.entities import EntitiesCheck

    return [(f.rule, f.severity) for f in _run(EntitiesCheck(), zh, en)
            if f.severity is not Severity.INFO]


@pytest.mark.parametrize(("zh", "en"), [
    ("律政司司长二○一六年法律年度开启典礼致辞全文",
     "SJ's speech at Ceremonial Opening of the Legal Year 2016"),
    ("财政司司长在立法会的发言", "FS's remarks at the LegCo meeting"),
    ("政务司司长出席活动致辞", "Speech by CS at the event"),
])
def test_an_office_said_by_hong_kongs_short_form_is_there(zh, en):
    assert _names([zh], [en]) == []


def test_an_office_the_english_leaves_out_is_still_missing():
    assert ("name-missing", Severity.WARNING) in _names(
        ["律政司司长二○一六年法律年度开启典礼致辞全文"],
        ["Speech at Ceremonial Opening of the Legal Year 2016"])


def test_a_language_is_no_name_a_person_replaces():
    zh = ["以下是律政司司长袁国强今日在典礼的致辞全文（中文译本）："]
    en = ["Following is the speech by the Secretary for Justice, Mr Rimsky Yuen, at the "
          "ceremony today:"]
    assert ("name-unmatched", Severity.WARNING) not in _names(zh, en)


# -- a page that turned its spaces into "?" --------------------------------------------------------


@pytest.mark.parametrize(("text", "read"), [
    ("It is my?great pleasure to?attend", "It is my great pleasure to attend"),
    ("the formation of the?Hainan Free Trade Port", "the formation of the Hainan Free Trade Port"),
    ("marks the 80th?anniversary", "marks the 80th anniversary"),
    ("is the? prerequisite of", "is the  prerequisite of"),
])
def test_a_question_mark_for_a_lost_space_is_a_space(text, read):
    from align.io.english import with_spaces_back

    assert with_spaces_back(text) == read


@pytest.mark.parametrize("text", [
    "Why? Because it works.",
    "Is that the reason?Is it because of costs?",  # a page's real question run on
    "What is it for? we asked.",
    "Is it yours? no, it is not.",
])
def test_a_real_question_mark_stays(text):
    from align.io.english import with_spaces_back

    assert with_spaces_back(text) == text


def test_a_document_is_read_with_its_spaces_back_and_quoted_as_written(tmp_path):
    from align.io import read_document

    path = tmp_path / "page.en.txt"
    path.write_text("It is my?great pleasure to?attend the?launch.", encoding="utf-8")
    doc = read_document(path, "en")
    [sentence] = doc.segments
    assert sentence.text == "It is my great pleasure to attend the launch."
    assert doc.text == "It is my?great pleasure to?attend the?launch."


# -- a transliterated name the segmenter cut short or ran on ---------------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    ("巴总统罗塞芙宣布为遇难者举行为期3天的全国哀悼。",
     "Brazilian President Dilma Rousseff has declared a three-day national mourning."),
    ("我感谢塔伊布大伊玛目和加拉格尔大主教所做通报。",
     "I thank Grand Imam Ahmed El-Tayeb and Archbishop Paul Gallagher for their briefings."),
])
def test_a_transliteration_cut_or_run_on_is_the_english_name(zh, en):
    assert ("name-missing", Severity.WARNING) not in _names([zh], [en])


def test_a_transliterated_name_the_english_drops_is_still_missing():
    zh = ["我感谢塔伊布大伊玛目和加拉格尔大主教所做通报。"]
    en = ["I thank the Grand Imam and Archbishop Paul Gallagher for their briefings."]
    assert ("name-missing", Severity.WARNING) in _names(zh, en)
