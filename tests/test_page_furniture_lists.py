"""What press-conference and speech pages print around the text (issue 14, seventeenth session):
an English-only speakers list and date field, a speaker line with the speaker's offices, names
set with a space or said by the given name and a title, a count that sums up the members named
before it, parts of the world, and a numeral's 大 (十八大). Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers, make_document

from align.checks.base import CheckContext
from align.checks.coverage import furniture_zh, header_fields_en
from align.checks.entities import EntitiesCheck, missing_names
from align.checks.names import NamesCheck, surname_with_title
from align.checks.numbers import members_before
from align.model import Alignment, Bead, Settings, Severity
from align.numbers.zh import extract_zh


def _names(zh: list[str], en: list[str], beads=None) -> list:
    beads = beads or tuple(Bead((i,), (i,), 0.8) for i in range(len(zh)))
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en), beads=beads)
    return list(NamesCheck().run(CheckContext(alignment=a, settings=Settings())))


def _loud(findings) -> list:
    return [f for f in findings if f.severity is not Severity.INFO]


# -- a name the Chinese gives elsewhere in the document ------------------------------------------

_FILLER_ZH = ["今天的天气很好。", "会议讨论了经济问题。", "我们欢迎各位记者。"]
_FILLER_EN = ["The weather is fine today.", "The meeting discussed the economy.",
              "We welcome the journalists."]


def test_a_name_in_an_english_only_list_is_info_when_the_chinese_names_the_person_later():
    zh = ["新闻发布会", *_FILLER_ZH, "出席今天发布会的还有省发展改革委主任周海涛先生。"]
    en = ["Mr. Zhou Haitao, director of the provincial development commission", *_FILLER_EN,
          "Also present today is Mr. Zhou Haitao, director of the commission."]
    found = _names(zh, en)
    assert _loud(found) == []
    assert [dict(f.evidence).get("named_elsewhere") for f in found] == ["zh"]


def test_a_name_the_chinese_never_gives_is_still_reported():
    zh = ["新闻发布会", *_FILLER_ZH, "出席今天发布会的还有省发展改革委主任周海涛先生。"]
    en = ["Mr. Zhang Liming, director of the provincial development commission", *_FILLER_EN,
          "Also present today is Mr. Zhou Haitao, director of the commission."]
    assert [f.rule for f in _loud(_names(zh, en))] == ["name-mismatch"]


@pytest.mark.parametrize(("zh", "en"), [
    ("市长 罗 强出席晚宴。", "Mayor Luo Qiang attended the banquet."),
    ("外交部长王　毅会见了他。", "Foreign Minister Wang Yi met him."),
    ("罗 强(2017年9月12日)", "Mayor Luo Qiang"),
])
def test_a_name_set_with_spaces_between_its_characters_is_read(zh, en):
    assert _loud(_names([zh], [en])) == []


@pytest.mark.parametrize(("zh", "name"), [
    ("感谢勤俭书记的支持。", "Lou Qinjian"),
    ("我们向建国省长致敬。", "Wang Jianguo"),
    ("高主任出席了会议。", "Gao Feng"),  # the surname alone, as before
])
def test_a_name_said_by_its_given_name_or_surname_before_a_title(zh, name):
    assert surname_with_title(zh, name)


@pytest.mark.parametrize(("zh", "name"), [
    ("感谢勤俭的支持。", "Lou Qinjian"),  # no title after it
    ("我们向建华省长致敬。", "Wang Jianguo"),  # another given name
    ("感谢勤书记的支持。", "Lou Qinjian"),  # only part of it
    ("下面请赵启明先生介绍。", "Zhang Qiming"),  # another surname before it
])
def test_a_given_name_is_matched_only_whole_and_before_a_title(zh, name):
    assert not surname_with_title(zh, name)


# -- an English date field, a speaker line with offices --------------------------------------------

@pytest.mark.parametrize(("lines", "values"), [
    (["Date:", "June 12, 2024"], ["June 12, 2024"]),
    (["Date: June 12, 2024"], ["June 12, 2024"]),
    (["Chairperson: Ms. Li Hua", "Venue: Beijing", "Time: 10 a.m."], ["Beijing", "10 a.m."]),
    (["The date was set for June 12, 2024."], []),
    (["Update: 12 new cases"], []),
])
def test_english_header_fields(lines, values):
    assert header_fields_en(lines) == values


def test_a_date_in_an_english_only_date_field_is_info():
    zh = ["女士们、先生们，上午好！"]
    en = ["Date:", "June 12, 2024", "Ladies and gentlemen, good morning."]
    assert loud_numbers(zh, en, (Bead((0,), (0, 1, 2), 0.8),)) == []


def test_a_date_added_to_a_sentence_is_still_reported():
    zh = ["女士们、先生们，上午好！"]
    en = ["Ladies and gentlemen, good morning on June 12, 2024."]
    assert loud_numbers(zh, en) != []


@pytest.mark.parametrize(("zh", "kind"), [
    ("广西壮族自治区党委副书记、自治区主席 蓝天立：", "speaker label"),
    ("國務院新聞辦新聞局副局長、新聞發言人 邢慧娜:", "speaker label"),
    ("外交部发言人 毛宁：", "salutation"),  # short: a label, as before
    ("我们认为，在新的历史条件下，发展 是第一要务：", ""),  # a sentence with a comma
    ("今天我们介绍一下有关情况和发展成就 如下：", ""),  # no name after the space
])
def test_a_speaker_line_with_offices(zh, kind):
    assert furniture_zh(zh) == kind


# -- a count that sums up the members named before it -------------------------------------------

def _count(zh: str):
    return next(q for q in extract_zh(zh) if q.kind == "count")


@pytest.mark.parametrize("zh", [
    "适当增加县乡两级人大代表名额。",
    "省市县三级政府都要落实。",
    "中美两国人民友谊深厚。",
    "推进党政两个方面的工作。",
])
def test_a_count_after_its_members_is_said_by_them(zh):
    assert members_before(_count(zh), zh)


@pytest.mark.parametrize("zh", [
    "分为两级管理。",  # 分为 is no pair of members
    "县乡三级人大代表。",  # two members, a count of three
    "我们有两个方面的工作。",
])
def test_a_count_not_after_its_members(zh):
    assert not members_before(_count(zh), zh)


def test_a_count_after_its_members_is_no_loud_finding():
    zh = ["适当增加县乡两级人大代表名额。"]
    en = ["We increased the number of deputies to people's congresses at the county and township "
          "levels."]
    assert loud_numbers(zh, en) == []
    assert loud_numbers(["适当增加县乡两级人大代表名额。"],
                        ["We increased the number of deputies."]) == []  # said by no member
    # …but a count the English changes is still a finding
    assert loud_numbers(zh, ["We added deputies at three levels, county and township."]) != []


# -- parts of the world, a numeral's 大 ------------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("我们举办了首届中国-北欧智慧城市合作大会。",
     "We hosted the first Nordic-China Smart City Conference."),
    ("中亚国家代表出席。", "Representatives of Central Asian countries attended."),
    ("他访问了东非。", "He visited East Africa."),
    ("北美市场需求旺盛。", "Demand in the North American market is strong."),
])
def test_parts_of_the_world_in_their_english_forms(zh, en):
    assert missing_names(zh, en) == ([], [])


def test_a_part_of_the_world_left_out_is_still_missing():
    replaced, missing = missing_names("他上个月访问了北欧。", "He travelled abroad last month.")
    assert [m.text for m in missing] == ["北欧"]


@pytest.mark.parametrize(("zh", "en"), [
    ("全面贯彻党的十八大和十八届二中、三中全会精神。",
     "We fully implemented the guiding principles of the 18th National Congress of the CPC, "
     "and the second and third plenary sessions of the 18th Central Committee."),
    ("十七大和十八大都作出了部署。", "Both the 17th and the 18th Congresses made plans."),
])
def test_a_numerals_congress_is_no_name(zh, en):
    a = Alignment(zh=make_document("zh", [zh]), en=make_document("en", [en]),
                  beads=(Bead((0,), (0,), 0.8),))
    found = list(EntitiesCheck().run(CheckContext(alignment=a, settings=Settings())))
    assert not [f for f in found if "大和" in str(f.evidence)]


# -- a page's own stamps, tags, labels and the local dollar (batches BJ-BM) -----------------------

@pytest.mark.parametrize(("zh", "en"), [
    (["外交部发言人谈经济\n2024-04-18 10:19\n国际社会的信心在增长。"],
     ["Confidence in the international community is growing."]),
    (["2021-03-03 09:04 来源：新闻办网站\n发布会今天举行。"],
     ["The press conference was held today."]),
    (["(2010-03-09 15:05:47) 发布会今天举行。"], ["The press conference was held today."]),
])
def test_a_pages_date_and_time_stamp_is_no_loud_finding(zh, en):
    assert loud_numbers(zh, en) == []


def test_a_date_and_time_the_text_states_is_still_read():
    assert loud_numbers(["会议于2024年4月18日10时举行。"],
                        ["The meeting was held on April 18."]) != []


@pytest.mark.parametrize(("zh", "en"), [
    ("II. 质询\n陈议员问：政府可否告知本会？",
     "Question by Mr Chan: will the Government inform us?"),
    ("IV、结语\n我们将继续努力。", "We will keep working."),
    ("【Bilingual】外交部发言人谈中国经济", "The spokesperson on China's economy"),
])
def test_a_lines_label_is_no_missing_token(zh, en):
    from align.numbers.tokens import missing_tokens
    assert missing_tokens(zh, en) == []


@pytest.mark.parametrize(("zh", "en", "token"), [
    ("他提到了第II阶段。", "He mentioned the second stage.", "II"),  # inside the sentence
    ("我们使用了Bilingual系统。", "We used the system.", "Bilingual"),
])
def test_a_token_inside_the_text_is_still_missing(zh, en, token):
    from align.numbers.tokens import missing_tokens
    assert [t for t, _, _ in missing_tokens(zh, en)] == [token]


def test_a_lists_letter_is_no_determiner():
    from align.lexicon.syntax import gaps
    assert gaps("will the Government inform this Council: (a) given that the") == []
    assert [g.pattern for g in gaps("the Government receives a, and more")] == ["det-no-noun"]


def test_a_traditional_pages_yuan_is_its_local_dollar():
    zh = ["當中包括預留約6億8,000萬元，支持職業訓練局的計劃。"]
    en = ["This includes earmarking some $680 million to support the scheme."]
    assert loud_numbers(zh, en) == []
    # on a simplified page one amount is not enough: "$" for 元 there is a currency error
    assert loud_numbers(["当中包括预留约6亿8,000万元，支持职业训练局的计划。"], en) != []


@pytest.mark.parametrize(("zh", "kind"), [
    ("• [人力资源社会保障部副部长 游钧]谢谢。", "greeting"),
    ("谢谢大家。", "greeting"),
    ("2020-02-28 10:00:24", "time mark"),
    ("• [人力资源社会保障部副部长 游钧]各位媒体朋友，我们今天介绍有关情况。", ""),
    ("谢谢你们多年来的帮助和支持。", ""),
])
def test_a_bracketed_label_a_thanks_and_a_stamp(zh, kind):
    assert furniture_zh(zh) == kind


def test_a_name_in_a_bracketed_speaker_label_is_furniture():
    zh = "• [国新办新闻发言人 胡凯红]女士们、先生们，大家上午好。"
    en = "Good morning, ladies and gentlemen!"
    a = Alignment(zh=make_document("zh", [zh]), en=make_document("en", [en]),
                  beads=(Bead((0,), (0,), 0.8),))
    found = list(EntitiesCheck().run(CheckContext(alignment=a, settings=Settings())))
    assert _loud(found) == []
    # the same office in the sentence itself is still a name to render
    a = Alignment(zh=make_document("zh", ["国新办今天举行发布会。"]),
                  en=make_document("en", ["A press conference was held today."]),
                  beads=(Bead((0,), (0,), 0.8),))
    found = list(EntitiesCheck().run(CheckContext(alignment=a, settings=Settings())))
    assert [f.rule for f in _loud(found)] == ["name-missing"]


# -- numbers inside names, days after them, halves (batches BN-BQ) -------------------------------

@pytest.mark.parametrize(("zh", "word"), [
    ("日本首相安倍晋三日前表示", "安倍晋三"),  # 三日 is no date: 晋三 + 日前
    ("安倍晋三首相表示", "安倍晋三"),  # 三首 is no count
    ("他再三强调", "再三"),
    ("中国统一大业", "统一"),
])
def test_a_numeral_that_ends_a_word_is_no_number(zh, word):
    from align.checks.numbers.words import numeral_ends_word
    from align.lexicon import lexicon
    words = lexicon().dictionary
    assert [numeral_ends_word(q, zh, words) for q in extract_zh(zh)] == [word]


@pytest.mark.parametrize("zh", ["第三次会议", "今年一月三日", "全国人大三次会议", "他们三人",
                                "共有三百人", "周三下午", "十三五规划"])
def test_a_numeral_that_begins_its_quantity_is_kept(zh):
    from align.checks.numbers.words import numeral_ends_word
    from align.lexicon import lexicon
    words = lexicon().dictionary
    assert extract_zh(zh) and not any(numeral_ends_word(q, zh, words) for q in extract_zh(zh))


def test_a_name_ending_in_a_numeral_then_a_number_is_no_loud_finding():
    assert loud_numbers(["日本首相安倍晋三日前表示，他将访问美国。"],
                        ["Japanese Prime Minister Shinzo Abe said recently he would visit the US."]
                        ) == []


@pytest.mark.parametrize(("zh", "normalised"), [
    ("安倍晋三11日在记者会上说", "11 date"),  # a day in digits after the name's numeral
    ("他11日在记者会上说", "11 date"),
    ("十一日", "11 date"),
    ("三十一日", "31 date"),
])
def test_a_day_in_digits_after_a_numeral(zh, normalised):
    assert [q.normalised() for q in extract_zh(zh)] == [normalised]


def test_a_day_after_a_name_matches_the_english_date():
    assert loud_numbers(["据报道，日本首相安倍晋三11日在记者会上批评了游行。"],
                        ["Japanese Prime Minister Shinzo Abe reportedly criticized the "
                         "demonstrations at a press conference on January 11."]) == []


@pytest.mark.parametrize(("en", "normalised"), [
    ("He studied there for a year and half.", ["1.5 count"]),  # the page lost an "a"
    ("He studied there for a year and a half.", ["1.5 count"]),
    ("the second half of the 16th century", ["16 ordinal"]),  # a part of a century
    ("the second half of the 1990s", ["1990 decade"]),
    ("in the second half of the year", ["7..12 period half"]),  # of a year: months 7-12
    ("in the first half of 2024", ["1..6 period half", "2024 date"]),
])
def test_halves_in_english(en, normalised):
    from align.numbers.en import extract_en
    assert [q.normalised() for q in extract_en(en)] == normalised


# -- datelines, titles with years, counted topics, header blocks (batches BR-BU) -----------------

def test_a_weekday_that_fits_the_year_next_to_an_inferred_one_is_info():
    # the dateline gives no year; the text names 2018 first, but the forum met in 2019
    zh = ["新华社北京10月21日电论坛10月21日在阿皮亚召开，习近平致贺信。",
          "论坛于2018年11月首次举行。"]
    en = ["BEIJING -- President Xi Jinping on Monday sent a letter to the forum in Apia.",
          "The forum was first held in November 2018."]
    assert loud_numbers(zh, en) == []


def test_a_weekday_no_near_year_fits_is_still_reported():
    zh = ["新华社北京10月21日电论坛10月21日在阿皮亚召开，习近平致贺信。",
          "论坛于2018年11月首次举行。"]
    en = ["BEIJING -- President Xi Jinping on Friday sent a letter to the forum in Apia.",
          "The forum was first held in November 2018."]
    assert loud_numbers(zh, en) != []


def test_a_year_said_as_this_years_in_the_next_sentence():
    zh = ["2024年10月15日，习近平向美中关系全国委员会2024年度颁奖晚宴致贺信。",
          "习近平表示，中美关系很重要。"]
    en = ["Xi Jinping on October 15, 2024 sent a letter to the annual Gala Dinner of the NCUSCR.",
          "In the letter to this year's gala, Xi said China-US relations are important."]
    assert loud_numbers(zh, en) == []


@pytest.mark.parametrize(("text", "heading"), [
    ("Forum on China-Africa Cooperation Beijing Action Plan (2007-2009)", True),
    ("中非合作论坛—亚的斯亚贝巴行动计划（2004至2006年）", True),
    ("He was born in Beijing (1950).", False),
    ("The plan covers three years (see below).", False),
])
def test_a_title_may_end_with_its_years_in_brackets(text, heading):
    from align.checks.numbers import heading_line
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    assert heading_line(text, 0, lang) is heading


def test_an_english_only_title_with_its_years_is_info():
    zh = ["1.1 2006年11月3日至5日，中非合作论坛北京峰会在北京召开。"]
    en = ["Forum on China-Africa Cooperation Beijing Action Plan (2007-2009)",
          "1.1 On 3-5 November 2006, the Beijing Summit of FOCAC was held in Beijing."]
    assert loud_numbers(zh, en, (Bead((0,), (0, 1), 0.8),)) == []


def test_a_reprints_wire_dateline_against_the_english_titles_date_is_info():
    zh = ["中评社北京8月30日电 国防部29日举行例行记者会，发言人回答了记者提问。"]
    en = ["Defense Ministry's Regular Press Conference on Aug. 29, 2019: the spokesperson "
          "answered questions."]
    assert loud_numbers(zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("论坛将围绕“大国关系与国际秩序”“亚太地区安全风险管控”“中小国家利益与共同安全”"
     "“国际军控体系与全球稳定”等议题进行对话。",
     "The forum will hold four plenary sessions on these topics."),
    ("学员们从“站在中国看世界”和“站在世界看中国”的不同视角畅谈体会。",
     "The cadets shared their experience from two different perspectives."),
])
def test_an_english_count_of_quoted_items_is_said_by_them(zh, en):
    assert loud_numbers([zh], [en]) == []


def test_an_english_count_of_more_items_than_quoted_is_still_reported():
    zh = "学员们从“站在中国看世界”和“站在世界看中国”的不同视角畅谈体会。"
    assert loud_numbers([zh], ["The cadets shared their experience from three perspectives."]
                        ) != []


def test_an_untranslated_header_block_does_not_make_a_title_short():
    from align.checks.length import LengthCheck
    zh = ["2018年8月国防部例行记者会 时间：2018年8月30日15:00—16:45 地点：国防部国际军事合作办公室 "
          "发布人：国防部新闻局局长、国防部新闻发言人吴谦大校",
          "各位记者朋友，大家下午好，欢迎大家出席本月国防部例行记者会。",
          "今天下午我有四条信息需要主动发布。"]
    en = ["Defense Ministry's Regular Press Conference on Aug. 30",
          "Good afternoon, friends from the press, and welcome to this month's regular press "
          "conference of the Ministry of National Defense.",
          "I have four pieces of news to release this afternoon."]
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en),
                  beads=tuple(Bead((i,), (i,), 0.8) for i in range(3)))
    found = list(LengthCheck().run(CheckContext(alignment=a, settings=Settings())))
    assert _loud(found) == []


def test_a_wire_datelines_date_mark_is_no_name():
    replaced, missing = missing_names("新华社北京1月26日电 1月26日，习近平向活动致贺电。",
                                      "BEIJING, Jan. 26 (Xinhua) -- Xi Jinping sent a message.")
    assert "日电" not in [m.text for m in missing] and "日電" not in [z for z, _ in replaced]


@pytest.mark.parametrize(("zh", "en", "glossed"), [
    # 问题 is too common for the correspondence to link, still it is "questions"
    ("请他们介绍有关情况，并回答大家关心的问题。", "They will also answer your questions.", True),
    ("请他们介绍有关情况，并回答大家的提问。", "They will also answer your questions.", True),
    ("请他们介绍有关情况。", "They will also answer your questions.", False),
    ("并回答大家关心的问题。", "They will also visit the factory.", False),
])
def test_a_short_sentence_split_off_is_glossed_by_the_chinese(zh, en, glossed):
    from align.checks.coverage import _glossed_all
    from align.checks.lexical import corr
    assert _glossed_all(corr(zh, en), zh) is glossed


@pytest.mark.parametrize(("word", "positive"), [
    ("不幸逝世", True),  # 不幸 "unfortunately" + 逝世: a formula of condolence, no negation
    ("不断加强", True),  # 不断 "continuous" + 加强
    ("不平静", False),  # 静 is no word after 不平: "not tranquil"
    ("不能接受", False),  # 不能 "cannot"
    ("不属实", False),
])
def test_a_compound_the_dictionary_lacks_is_read_by_its_first_word(word, positive):
    from align.lexicon.polarity import positive_word
    assert positive_word(word) is positive


def test_a_condolence_formula_is_no_negation():
    from align.checks.polarity import negation_mismatches
    assert negation_mismatches("惊悉女王不幸逝世，我谨致以深切的哀悼。",
                               "On the death of the Queen, I express deep condolences.") == []
    assert negation_mismatches("他们不想去北京。", "They want to go to Beijing.") != []


@pytest.mark.parametrize(("zh", "word"), [
    ("这是一次大爆炸。", "大爆炸"),  # 一次 is a numeral with its measure: 大爆炸 is still a word
    ("宇宙起源于一场大爆炸。", "大爆炸"),
])
def test_a_measured_numerals_next_word_is_still_merged(zh, word):
    from align.lexicon import lexicon
    assert word in [w.text for w in lexicon().words(zh)]


def test_a_bare_numerals_da_is_its_own():
    from align.lexicon import lexicon
    assert "大和" not in [w.text for w in lexicon().words("党的十九大和十九届三中全会")]
