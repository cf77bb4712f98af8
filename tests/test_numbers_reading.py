"""How certain a number's reading is (align.numbers.reading), and what the number check makes of
it: a fragile reading is at most a warning, and info in page furniture or a loose bead."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_numbers_structure import findings, loud

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck, readable_zh
from align.model import Alignment, Bead, Document, Segment, Settings, Severity
from align.numbers.en import extract_en
from align.numbers.reading import certain, doubt_en, doubt_zh
from align.numbers.zh import extract_zh


def _zh(text: str, surface: str) -> str:
    (q,) = [q for q in extract_zh(text) if q.surface == surface]
    return doubt_zh(q, text)


def _en(text: str, surface: str) -> str:
    (q,) = [q for q in extract_en(text) if q.surface == surface]
    return doubt_en(q, text)


# -- Chinese: certain readings carry their meaning ---------------------------------------------


@pytest.mark.parametrize("text, surface", [
    ("全国有50所学校参加。", "50所"),          # a measure word
    ("他在那里学习了一年。", "一年"),          # a Chinese numeral with its unit
    ("共有1.6万人参会。", "1.6万人"),          # a scale
    ("营业额达到300亿元。", "300亿元"),        # money
    ("同比增长5.8%。", "5.8%"),                # a percent sign
    ("回落0.3个百分点。", "0.3个百分点"),      # percentage points
    ("占三分之一。", "三分之一"),              # a fraction
    ("2023年经济回升。", "2023年"),            # a year
    ("会议于10月23日举行。", "10月23日"),      # a date with plausible values
    ("上午10:30开始。", "上午10:30"),          # a clock time
    ("第一次全体会议。", "第一次"),            # an ordinal marker
    ("来了20余人。", "20余人"),                # a qualifier
    ("最大吞吐量可达600Mbit/s。", "600"),      # a unit in Latin letters
    ("全长30 km的公路。", "30"),               # ... after a space
    ("气温升到38℃。", "38"),                   # a sign
])
def test_chinese_readings_with_their_meaning_are_certain(text, surface):
    assert _zh(text, surface) == ""


@pytest.mark.parametrize("text, surface, why", [
    ("指数达到600。", "600", "bare digit run"),
    ("聚焦学者智慧10月25日至26北京香山论坛", "26", "bare digit run"),  # unrepaired
    ("部召例行新闻发布会2021930", "2021930", "bare digit run"),
    ("习近平1023日会见中外记者", "1023日", "no month or day"),     # 10月23日 run together
    ("201896日召开发布会", "201896日", "no month or day"),
    ("92日至4日", "92日", "no month or day"),
    ("主持例行记者会\n1\n新华社记者:", "1", "alone on its line"),  # a question number
    ("中国—东盟(10 1)外长会", "10", "bracketed label"),            # (10+1), plus lost
    ("中国—东盟(10 1)外长会", "1", "bracketed label"),
    ("发表《改革开放40年中国人权事业的发展进步》白皮书", "40年", "title"),
    ("论坛于10.25-26举行", "10.25-26", "bare digit run"),     # a date as month.day-day
    ("会议于8.8举行", "8.8", "bare digit run"),                # a decimal with nothing attached
    ("【1】发言人表示", "1", "bracketed label"),               # an item mark
    ("1.稳定增长 2.扩大民主", "2", "list number"),           # joined headings
    ("问题2：关于中美关系。", "2", "question number"),
    ("问2:中方如何评价?", "2", "question number"),
    ("东盟与中日韩(10 3)领导人会议", "3", "bracketed label"),
    ("实施“八大行动”", "八大", "quoted term"),
])
def test_chinese_readings_without_their_meaning_are_fragile(text, surface, why):
    assert why in _zh(text, surface)


@pytest.mark.parametrize("text, surface", [
    ("增长了2.5个百分点", "2.5个百分点"),
    ("第2.0版", "第2.0"),
])
def test_a_decimal_is_no_list_number(text, surface):
    assert "list number" not in _zh(text, surface)


def test_quoted_speech_is_no_quoted_term():
    # a long quotation is speech, whose numbers are ordinary quantities
    text = "他说：“我们今年要新建50所学校，让更多孩子上学。”"
    assert _zh(text, "50所") == ""


def test_a_measured_number_alone_on_its_line_is_a_table_cell_not_a_label():
    assert _zh("18个月", "18个月") == ""


# -- English -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, surface", [
    ("We built 50 schools last year.", "50"),
    ("In the coming two days, we will meet.", "two"),
    ("It grew by 5.8 percent.", "5.8 percent"),
    ("He arrived on October 23, 2022.", "October 23, 2022"),
    ("It is the 21st century.", "21st"),
    ("Exports reached 3.5 billion dollars.", "3.5 billion dollars"),
    ("a throughput of 800Mbit/s", "800"),
    ("the pilot cities have helped 1,600 SMEs", "1,600"),     # a counted noun in capitals
    ("attended by 20 Member States", "20"),
    ("since my arrival in Dominica 2016", "2016"),          # a year is a date
    ("Mr. Cui Gang, class-II counsel of the Bureau", "II"),  # a grade with its noun
])
def test_english_readings_with_their_meaning_are_certain(text, surface):
    assert _en(text, surface) == ""


@pytest.mark.parametrize("text, surface, why", [
    ("Statement under Agenda Item 122 “Question of Equitable Representation”", "122",
     "names something"),
    ("See Article 5 “Collective defence”.", "5", "names something"),
    ("The index closed at 3200.", "3200", "bare digit run"),
    ("The index closed at 3200 on Friday.", "3200", "bare digit run"),  # no counted noun
    ("under Agenda Item 122 on reform", "122", "names something"),
    ("Questions\n2\nReporter: Thank you.", "2", "alone on its line"),
    ("the ASEAN-China (10 1) meeting", "10", "bracketed label"),
    ("as noted in [3] above", "3", "bracketed label"),        # a note mark
    ("Q2: What is China's position?", "Q2", "question number"),
    ("Question 2: on trade", "2", "question number"),
    ("Contents 1. Prosperity for All 2. Integrated Urban-Rural Development", "2", "list number"),
    ("II. Prosperity Through Development 1. Sustained Growth", "1", "list number"),
])
def test_english_readings_without_their_meaning_are_fragile(text, surface, why):
    assert why in _en(text, surface)


def test_certain_is_the_absence_of_doubt_in_both_languages():
    (z,) = extract_zh("有50所学校。")
    (e,) = extract_en("The index closed at 3200.")
    assert certain(z, "有50所学校。", "zh")
    assert not certain(e, "The index closed at 3200.", "en")


# -- page quirks repaired before reading ---------------------------------------------------------


@pytest.mark.parametrize("text, read", [
    ("智慧1025日至26北京香山论坛", "10-25..10-26 date"),  # 月 and the last 日 lost
    ("10月25日至26举行", "10-25..10-26 date"),
    ("10月20至21日举行", "10-20..10-21 date"),
])
def test_a_day_range_that_lost_its_marks_is_one_range(text, read):
    assert [q.normalised() for q in extract_zh(readable_zh(text))] == [read]


@pytest.mark.parametrize("text", ["10月25日至3日", "10月25日至26个", "10月25日至26%"])
def test_a_day_range_end_is_only_restored_when_it_is_a_later_day(text):
    assert "至26日" not in readable_zh(text) and "至3日日" not in readable_zh(text)


@pytest.mark.parametrize("text", ["中国—东盟(10 1)外长会", "中国—东盟（10 1）外长会",
                                  "东盟与中日韩(10+3)外长会", "东盟与中日韩（10＋3）领导人会议",
                                  "中美2+2外交与安全对话"])
def test_a_format_label_whose_plus_was_lost_is_no_quantity(text):
    assert extract_zh(readable_zh(text)) == []


@pytest.mark.parametrize("text, value", [
    ("Mr. Cui Gang, class-II counsel", 2),
    ("a level III emergency response", 3),
    ("a Level-III response", 3),
    ("category-I hospitals", 1),
    ("a grade-V typhoon", 5),
    ("Class II", 2),
    ("Phase-II of the project", 2),
    ("a Level-2 emergency response", 2),
    ("Tier-1 cities", 1),
    ("a Category-3 hurricane", 3),
])
def test_english_grades_in_roman_numerals_are_read(text, value):
    assert [int(q.value) for q in extract_en(text)] == [value]


@pytest.mark.parametrize("text", ["the class I teach", "a type-X device", "the level I saw",
                                  "COVID-19", "Su-27 fighters"])
def test_words_that_only_look_like_grades_are_not(text):
    assert extract_en(text) == []


# -- what the check makes of it ------------------------------------------------------------------


def test_a_grade_rendered_by_a_roman_numeral_is_matched():
    found = findings(["出席发布会的还有疾控局二级巡视员崔钢先生。"],
                     ["Also present is Mr. Cui Gang, class-II counsel of the Bureau of Disease "
                      "Prevention and Control."])
    assert loud(found) == []


def test_a_certain_missing_number_is_an_error():
    found = findings(["全国有50所学校参加了这个项目。"],
                     ["Schools across the country joined the project."])
    assert loud(found) == [("number-missing", Severity.ERROR)]
    assert "reading" not in dict(found[0].evidence)


def test_a_fragile_missing_number_is_a_warning_that_says_why():
    found = findings(["他们学习了《2030年议程》。"], ["They studied the Agenda."])
    assert loud(found) == [("number-missing", Severity.WARNING)]
    assert "inside a title" in found[0].message
    assert dict(found[0].evidence)["reading"].startswith("fragile:")


@pytest.mark.parametrize(("zh", "en"), [
    (["指数达到600。"], ["The index rose."]),
    (["财务委员会报告 17"], ["Report of the Finance Committee"]),
    (["代表们讨论了报告。"], ["Delegates discussed the report in paragraphs 23 and 24."]),
    (["会议审议了报告。"], ["The meeting considered report 4."]),
])
def test_a_bare_digit_run_missing_or_extra_is_info_that_says_why(zh, en):
    # on real pages such runs were labels, codes, list numbers and pieces of split numbers:
    # none of 30 judged was a real discrepancy
    found = [f for f in findings(zh, en) if f.rule in ("number-missing", "number-extra")]
    assert found and all(f.severity is Severity.INFO for f in found)
    assert all("bare digit run" in f.message and "says nothing of what it counts" in f.message
               for f in found)


def test_a_bare_digit_run_against_another_number_stays_a_warning():
    # two numbers paired and different are evidence the reading alone is not
    found = findings(["指数达到600。"], ["The index rose to 700."])
    assert loud(found) == [("number-mismatch", Severity.WARNING)]


def test_a_question_number_alone_on_its_line_is_info():
    found = findings(["外交部发言人主持例行记者会\n1"],
                     ["Foreign Ministry Spokesperson's Regular Press Conference"])
    assert loud(found) == []


def test_a_fragile_extra_number_in_a_heading_is_info():
    found = findings(["常驻联合国代表张军大使在联合国大会审议安理会改革问题时的发言"],
                     ["Statement by Ambassador Zhang Jun at the General Assembly Under Agenda "
                      "Item 122 on Security Council Reform"])
    assert [f.severity for f in found if f.rule == "number-extra"] == [Severity.INFO]


def test_a_certain_extra_number_stays_a_warning():
    found = findings(["这是我参加的最后一场活动。"],
                     ["This is the last of the events I have attended in the past two weeks."])
    assert loud(found) == [("number-extra", Severity.WARNING)]


def test_the_reading_does_not_change_a_findings_fingerprint():
    bare = findings(["指数达到600。"], ["The index rose."])[0]
    plain = replace(bare, evidence=tuple(e for e in bare.evidence if e[0] != "reading"))
    assert plain.fingerprint == bare.fingerprint


# -- a reprint's own lead ------------------------------------------------------------------------


def _lines(lang, lines):
    """A Document whose lines hold the given sentences (a list of sentences per line)."""
    segs, text = [], ""
    for n, sentences in enumerate(lines, 1):
        for sentence in sentences:
            segs.append(Segment(id=len(segs), text=sentence, start=len(text),
                                end=len(text) + len(sentence), line=n))
            text += sentence
        text += "\n"
    return Document(path=f"{lang}.txt", lang=lang, text=text, segments=tuple(segs))


def lead_findings(zh_lines, en_lines, beads):
    a = Alignment(zh=_lines("zh", zh_lines), en=_lines("en", en_lines),
                  beads=tuple(Bead(z, e, 0.8) for z, e in beads))
    return list(NumbersCheck().run(CheckContext(alignment=a, settings=Settings())))


LEAD = ["2021年9月28日，国务院新闻办公室发表白皮书。", "100年来，小康梦想成为现实。",
        "以下为白皮书前言部分中英文全文。"]


def test_a_number_in_the_lead_that_introduces_the_text_is_info():
    # the reprint's editor writes the lead, ending in the notice; the English page has the title
    found = findings(["国务院新闻办公室12日发表《改革开放40年中国人权事业的发展进步》白皮书，"
                      "双语全文如下："],
                     ["Progress in Human Rights over the 40 Years of Reform and Opening Up"])
    assert loud(found) == []
    assert [dict(f.evidence).get("furniture") for f in found if f.rule == "number-missing"] == [
        "lead"]


def test_a_lead_whose_notice_is_a_sentence_of_its_own_is_info_too():
    # the aligner paired the lead's second sentence with the English contents
    found = lead_findings([LEAD, ["小康是千年梦想。"]],
                          [["September 2021"], ["Prosperity for Every Individual"],
                           ["Moderate prosperity is a dream of a thousand years."]],
                          [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))])
    assert [(f.rule, f.severity) for f in found if "100" in f.message] == [
        ("number-missing", Severity.INFO)]


def test_a_translated_lead_keeps_its_missing_number():
    # the English page translates the lead and its notice ("Edited excerpts follow:"): a number
    # it drops there is a finding
    found = lead_findings([LEAD, ["小康是千年梦想。"]],
                          [["On September 28, 2021, the State Council Information Office "
                            "published a white paper."], ["The dream has come true."],
                           ["Edited excerpts follow:"],
                           ["Moderate prosperity is a dream of a thousand years."]],
                          [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))])
    assert [(f.rule, f.severity) for f in found if "100" in f.message] == [
        ("number-missing", Severity.ERROR)]


def test_a_number_on_an_ordinary_line_stays_an_error():
    found = findings(["国务院新闻办公室12日发表白皮书。"], ["The State Council Information Office "
                                                          "published a white paper."])
    assert loud(found) == [("number-missing", Severity.ERROR)]


def test_a_question_number_joined_to_the_heading_above_it_is_alone_on_its_printed_line():
    printed = "外交部发言人汪文斌\n主持例行记者会\n1"
    text = "外交部发言人汪文斌主持例行记者会 1"
    (q,) = extract_zh(text)
    assert "alone on its line" in doubt_zh(q, text, printed)
    assert "alone on its line" not in doubt_zh(q, text)


@pytest.mark.parametrize("zh, en", [
    ("2019-2020学年", "the 2019-2020 academic year"),
    ("2019—2020赛季", "the 2019-2020 season"),
])
def test_a_range_of_years_named_without_nian_is_a_range_of_years(zh, en):
    (z,) = extract_zh(zh)
    (e,) = extract_en(en)
    assert z.normalised() == e.normalised() == "2019..2020 date"


def test_a_mismatch_with_a_certain_chinese_number_stays_an_error():
    # the English number is compared with the Chinese; a bare English reading changes nothing
    found = findings(["全年共帮助1.6万家中小企业完成数字化改造。"],
                     ["They helped 1,600 of them complete digital upgrades this year."])
    assert loud(found) == [("number-mismatch", Severity.ERROR)]


def test_a_mismatch_with_a_fragile_chinese_number_is_a_warning():
    found = findings(["指数达到600。"], ["The index reached 800."])
    assert loud(found) == [("number-mismatch", Severity.WARNING)]


# -- page forms of the fresh batch (real-new-a, tenth session) -------------------------------------


def test_a_pinyin_reading_does_not_part_a_century_from_its_decade():
    text = readable_zh("二十世紀(jì)20年代時(shí)任中國(guó)駐英國公使")
    assert [q.normalised() for q in extract_zh(text)] == ["1920 decade"]


@pytest.mark.parametrize("text, value", [
    ("Prince Albert Ⅱ of Monaco", 2),
    ("a Level Ⅲ emergency response", 3),
    ("Queen Elizabeth Ⅱ", 2),
])
def test_roman_numeral_characters_are_read_as_letters(text, value):
    from align.checks.numbers import readable_en
    assert [int(q.value) for q in extract_en(readable_en(text))] == [value]


@pytest.mark.parametrize("text", [
    "will be held in Beijing on September 3 and 4 under the theme",
    "on October 20 and 21 during the forum",
    "on May 3 and 4 respectively",
])
def test_a_second_day_before_a_preposition_keeps_its_month(text):
    assert [q.kind for q in extract_en(text)] == ["date", "date"]


def test_a_second_number_before_a_counted_noun_is_a_count():
    assert [q.kind for q in extract_en("July 17 and 22 people")] == ["date", "count"]


def test_a_day_said_with_hao_matches_the_english_date():
    found = findings(["美方在10号再次阻挠了遴选程序。"],
                     ["The US blocked the selection process again on December 10."])
    assert [f for f in found if f.severity is not Severity.INFO] == []


def test_a_number_before_hao_is_a_fragile_reading():
    assert "号" in _zh("乘坐3号线前往", "3号")


def test_a_digit_run_the_english_writes_inside_a_name_is_matched():
    found = findings(["“西部·联合-2021”演习在宁夏举行。"],
                     ["Exercise Xibu Unity-2021 was held in Ningxia."])
    assert loud(found) == []


@pytest.mark.parametrize("zh, en", [
    ("坚持九二共识。", "We adhere to the 1992 Consensus."),
    ("根据八二宪法的规定。", "Under the 1982 Constitution."),
    ("九七回归以来，香港保持繁荣。", "Since the return in 1997, Hong Kong has prospered."),
])
def test_a_year_named_by_its_last_digits_in_a_chinese_name_is_matched(zh, en):
    assert loud(findings([zh], [en])) == []


def test_a_year_the_chinese_does_not_name_stays_extra():
    found = findings(["坚持九二共识。"], ["We adhere to the consensus reached in 1993."])
    assert loud(found) == [("number-extra", Severity.WARNING)]


def test_a_dated_lead_grouped_with_the_first_question_is_info():
    found = lead_findings([["2019年10月18日，外交部举行例行记者会。"], ["问：你昨天已作回应。"]],
                          [["Q: You gave us a response yesterday."]],
                          [((0, 1), (0,))])
    assert [(f.rule, f.severity) for f in found] == [("number-missing", Severity.INFO)]


def test_a_dated_lead_translated_alone_keeps_its_missing_date():
    found = lead_findings([["2019年10月18日，外交部举行例行记者会。"]],
                          [["The Foreign Ministry held a regular press conference."]],
                          [((0,), (0,))])
    assert loud(found) == [("number-missing", Severity.ERROR)]


def test_a_mismatch_of_two_regrouped_sentences_is_info():
    # each number is said by the other language's neighbouring sentence
    found = findings(["这是我第11次在这里过春节。", "我在英国工作了47年。"],
                     ["I have worked in Britain for 47 years.",
                      "This is my eleventh Spring Festival here."])
    assert loud(found) == []


def test_a_mismatch_no_neighbour_explains_stays_an_error():
    found = findings(["这是我第11次在这里过春节。", "我很高兴。"],
                     ["This is my 12th Spring Festival here.", "I am glad."])
    assert loud(found) == [("number-mismatch", Severity.ERROR)]


@pytest.mark.parametrize("text", ["这两天的会谈很有成果。", "這兩天的會談很有成果。",
                                  "这两年经济发展很快。"])
def test_these_two_days_is_an_idiom_for_recently(text):
    # 这两天 / 这两年: "in recent days / years"; matched when the English counts, never alone
    assert [q.weak for q in extract_zh(text)] == [True]


def test_two_days_said_as_a_duration_is_a_count():
    assert [q.weak for q in extract_zh("会谈持续了两天。")] == [False]


@pytest.mark.parametrize("zh, en", [
    ("纪念5·12汶川地震十周年。", "We mark the 10th anniversary of the May 12 Wenchuan earthquake."),
    ("9·11事件后，两国加强了合作。", "After the September 11 attacks, the two worked closer."),
    ("9·11事件后，两国加强了合作。", "After the 9/11 attacks, the two countries worked closer."),
])
def test_an_events_month_and_day_with_a_middle_dot_is_a_date(zh, en):
    assert loud(findings([zh], [en])) == []


def test_a_name_with_a_middle_dot_is_no_date():
    assert readable_zh("王毅·拉夫罗夫") == "王毅·拉夫罗夫"
    assert readable_zh("增长5.12%") == "增长5.12%"


def test_one_hundred_percent_in_words_may_be_said_fully():
    assert loud(findings(["我们百分之百支持。"], ["We fully support it."])) == []
    # in digits it is a measurement: still compared
    assert loud(findings(["覆盖率达到100%。"], ["Coverage is complete."])) == [
        ("number-missing", Severity.ERROR)]


def test_a_quarter_is_no_question_number():
    assert _en("GDP grew in Q2 2020.", "Q2") == ""


@pytest.mark.parametrize("zh, en", [
    ("问题2：关于中美关系。", "On China-US relations."),
    ("Q2:", "Q2:"),
])
def test_a_question_number_is_numbering_not_a_quantity(zh, en):
    assert [f for f in findings([zh], [en]) if f.severity is not Severity.INFO] == []


@pytest.mark.parametrize("zh, en", [
    ("坚定四个自信。", "We are confident in our path, theory, system and culture."),
    ("我们访问了三个国家。", "We visited France, Italy and Monaco."),
])
def test_a_small_count_the_english_says_by_listing_its_members_is_matched(zh, en):
    assert loud(findings([zh], [en])) == []


def test_a_list_of_another_size_does_not_account_for_a_count():
    found = findings(["我们访问了四个国家。"], ["We visited France, Italy and Monaco."])
    assert loud(found) == [("number-missing", Severity.ERROR)]


def test_the_new_century_is_the_twenty_first():
    assert loud(findings(["新世纪以来，两国关系稳步发展。"],
                         ["Since the beginning of the 21st century, relations grew."])) == []
    assert loud(findings(["新世纪以来，两国关系稳步发展。"],
                         ["Since the beginning of the 20th century, relations grew."])) == [
        ("number-extra", Severity.WARNING)]
