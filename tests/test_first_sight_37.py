"""Forms met in the thirty-seventh session, on real pages counted at first sight: a surname in
capitals that looks like a Roman numeral ("President XI Jinping"), a paragraph number printed
without its stop ("3 FSD commissioned …"), fiscal years in Chinese numerals with the 年 written
once (二○○六/○七至二○○八/○九年度), the year a centenary falls on made explicit ("by 2049 when
the PRC marks its centenary"), a greeting kept in Chinese beside its English (晚上好!Good
evening!), and a date-and-place line beside the other page's undated title."""

from __future__ import annotations

import pytest
from conftest import check_texts, loud, loud_numbers, number_findings, quantity_value

from align.numbers import extract_en, extract_zh
from align.scripts import is_pinyin


@pytest.mark.parametrize("en", [
    "President XI Jinping paid a state visit in 2014.",
    "We study XI Jinping Thought on Socialism with Chinese Characteristics.",
    "President XI Jinping's state visit to Belgium was a success.",
    "the XI Jinping Thought",
])
def test_a_surname_in_capitals_before_a_pinyin_given_name_is_no_numeral(en):
    assert [q.surface for q in extract_en(en) if q.surface == "XI"] == []


@pytest.mark.parametrize(("en", "value"), [
    ("the Shenzhou VI Mission returned", "6"), ("Queen Elizabeth II said", "2"),
    ("the XVI BRICS Summit opened", "16"), ("the Apollo XI Moon landing", "11"),
    ("Pope Benedict XVI visited", "16"),
])
def test_roman_numerals_after_names_are_still_read(en, value):
    assert [quantity_value(q) for q in extract_en(en) if q.kind == "ordinal"] == [value]


@pytest.mark.parametrize(("word", "pinyin"), [
    ("Jinping", True), ("Qiang", True), ("Zhaoxu", True), ("Mission", False), ("Moon", False),
    ("Summit", False),
])
def test_pinyin_words_are_told_from_english_ones(word, pinyin):
    assert is_pinyin(word, 2) is pinyin


@pytest.mark.parametrize("en", [
    "3 FSD commissioned another consultancy study in 1995 to update the findings of that study.",
    "4 Response time is defined as the interval between the call and the arrival of an ambulance.",
    "12 The Administration will report to the Panel on the progress of the works in due course.",
])
def test_a_paragraph_number_without_its_stop_is_a_label(en):
    assert [q.surface for q in extract_en(en) if q.kind == "count"] == []


@pytest.mark.parametrize(("en", "value"), [
    ("70 Years of Friendship", "70"),
    ("10 people were killed in the fire that broke out in the building last night.", "10"),
    ("3 March 2020 was the day the new building opened to the public at last.", "20200303"),
    ("2 May 2019 was the day the new building opened to the public after the works.", "20190502"),
])
def test_a_number_opening_a_title_a_count_or_a_date_stays(en, value):
    assert quantity_value(extract_en(en)[0]) == value


@pytest.mark.parametrize(("zh", "values"), [
    ("二○○六/○七至二○○八/○九年度", ["20060000..20070000", "20080000..20090000"]),
    ("二零一零/一一至二零一二/一三年度", ["20100000..20110000", "20120000..20130000"]),
    ("1997/98至2004/05年度", ["19970000..19980000", "20040000..20050000"]),
    ("二零一五至一八年", ["20150000..20180000"]),
])
def test_fiscal_years_in_chinese_numerals_with_one_nian_are_both_years(zh, values):
    assert [quantity_value(q) for q in extract_zh(zh)] == values


def test_the_year_of_a_centenary_made_explicit_is_no_extra_number(tmp_path):
    zh = "到新中国成立一百年时,基本实现国防和军队现代化。我们将坚定不移地推进改革。"
    en = ("By 2049 when the People's Republic of China marks its centenary, we will basically "
          "complete the modernization of national defense and the armed forces. We will press "
          "ahead with reform unswervingly.")
    assert loud(check_texts(tmp_path, zh, en), "number-extra") == []


def test_a_year_without_the_anniversary_it_falls_on_is_still_extra(tmp_path):
    zh = "到新中国成立一百年时,基本实现国防和军队现代化。我们将坚定不移地推进改革。"
    en = ("By 2035, we will basically complete the modernization of national defense and the "
          "armed forces, a hundred years after the founding. We will press ahead with reform "
          "unswervingly.")
    assert loud(check_texts(tmp_path, zh, en), "number-extra") != []


@pytest.mark.parametrize(("en", "loud_ones"), [
    ("Ladies and Gentlemen, 晚上好!Good evening! Bonsoir! I am glad to see you all.", 0),
    ("Ladies and Gentlemen, 晚上好！Good evening! I am glad to see you all.", 0),
    ("Ladies and Gentlemen, Good evening! 晚上好! I am glad to see you all.", 0),
    ("Ladies and Gentlemen, 晚上好! I am glad to see you all.", 1),
])
def test_a_greeting_kept_in_chinese_beside_its_english_is_on_purpose(tmp_path, en, loud_ones):
    zh = "女士们,先生们:晚上好!很高兴见到大家。"
    assert len(loud(check_texts(tmp_path, zh, en), "untranslated")) == loud_ones


def test_chinese_words_inside_an_english_sentence_are_still_untranslated(tmp_path):
    zh = "会议通过了这项计划。"
    en = "The meeting 通过了 the plan."
    assert len(loud(check_texts(tmp_path, zh, en), "untranslated")) == 1


_SPEECH_ZH = ("(2018年11月8日,布鲁塞尔)\n尊敬的议长先生,\n"
              "首先,我谨代表中国大使馆,对大家出席今天的招待会表示热烈欢迎。"
              "能够出任中国驻比利时大使,我深感荣幸。")


def test_a_dateline_beside_the_other_pages_undated_title_is_furniture(tmp_path):
    en = ("Remarks by the Ambassador at the Reception Marking His Assuming of Office\n"
          "Mr. Speaker,\nFirst of all, on behalf of the Chinese Embassy, I warmly welcome you "
          "all to today's reception. It is a great honor for me to serve as Chinese Ambassador "
          "to Belgium.")
    assert loud(check_texts(tmp_path, _SPEECH_ZH, en), "number-missing") == []


_SPEECH_EN = ["Remarks by the Ambassador at the Reception Marking His Assuming of Office",
              "First of all, on behalf of the Chinese Embassy, I warmly welcome you all to "
              "today's reception."]


@pytest.mark.parametrize(("first_zh", "reported"), [
    ("(2018年11月8日,布鲁塞尔)", False),
    ("2018年11月8日,我抵达布鲁塞尔,开始履新。", True),
    ("2018年11月8日 布鲁塞尔", False),
    ("布鲁塞尔,2018年11月8日", False),
    ("2018年11月8日大使招待会讲话", True),  # a title run into the date: the date is missing
])
def test_only_a_dateline_beside_an_undated_title_is_furniture(first_zh, reported):
    zh = [first_zh, "首先,我谨代表中国大使馆,对大家出席今天的招待会表示热烈欢迎。"]
    assert bool(loud_numbers(zh, _SPEECH_EN)) is reported


@pytest.mark.parametrize(("en", "values"), [
    ("published in Gazette No. 12/2007", ["12", "20070000"]),
    ("Stamp Duty Ordinance (L.N. 44/2007)", ["44", "20070000"]),
    ("Legal Notice No. 5/1998 takes effect", ["5", "19980000"]),
    ("No. 007/2007 is in force", ["7", "20070000"]),
    ("法律公告 45/2007", ["45", "20070000"]),
    ("第45/2007號法律公告", ["45", "20070000"]),
])
def test_an_issue_number_over_its_year_is_no_fraction(en, values):
    extract = extract_zh if "法" in en else extract_en
    assert [quantity_value(q) for q in extract(en)] == values
    assert [q.kind for q in extract(en)] == ["ordinal", "date"]


@pytest.mark.parametrize("en", ["2/3 of the members", "a 1/4 share", "5/98 of the cases"])
def test_a_slash_fraction_stays_a_fraction(en):
    assert [q.kind for q in extract_en(en)] == ["fraction"]


def test_a_gazette_number_matches_its_chinese_year_and_issue(tmp_path):
    zh = "有关公告已刊登于2007年第12期宪报。会议将于下星期举行。"
    en = "The notice was published in Gazette No. 12/2007. The meeting will be held next week."
    assert loud(check_texts(tmp_path, zh, en), "number-") == []


@pytest.mark.parametrize(("zh", "en"), [
    ("其他教育经费总投入为2408亿元,比上年增长9.45%。",
     "Spending on other education was RMB 240.8 billion, a year-on-year decrease of 9.45%."),
    ("全市出口额下降了12.3%。", "The city's exports rose by 12.3%."),
    ("失业率降低0.5个百分点。", "The unemployment rate was up 0.5 percentage points."),
    ("工业增加值同比增長6.2%。", "Industrial value added was 6.2% lower than a year earlier."),
    ("游客人数减少约3万人次。", "Tourist arrivals increased by about 30,000."),
])
def test_a_change_said_the_other_way_is_a_number_mismatch(zh, en):
    found = number_findings([zh], [en])
    assert [dict(f.evidence)["kind"] for f in found if f.rule == "number-mismatch"] == [
        "direction of change"]


@pytest.mark.parametrize(("zh", "en"), [
    ("其他教育经费总投入为2408亿元,比上年增长9.45%。",
     "Spending on other education was RMB 240.8 billion, up 9.45% year on year."),
    ("全市出口额下降了12.3%。", "The city's exports fell by 12.3%."),
    ("失业率降低0.5个百分点。", "The unemployment rate dropped 0.5 percentage points."),
    ("游客人数减少约3万人次。", "Tourist arrivals saw a decrease of about 30,000."),
    ("出口增长5%,进口下降3%。", "Exports grew by 5% and imports fell by 3%."),
    ("增速回落到5%。", "Growth slowed to 5%."),
    ("下降3%的地区有两个。", "Two regions saw output 3% below last year."),
])
def test_a_change_said_the_same_way_or_not_said_is_no_finding(zh, en):
    assert [f for f in number_findings([zh], [en]) if f.rule == "number-mismatch"] == []


def test_a_time_mark_joined_to_the_word_after_it_is_no_name(tmp_path):
    zh = "立法会会议将于2007年3月28日星期三上午11时正及下午2时30分举行。议员将讨论三项议案。"
    en = ("The Legislative Council will meet at 11:00 am and 2:30 pm on Wednesday, 28 March "
          "2007. Members will debate three motions.")
    assert loud(check_texts(tmp_path, zh, en), "name-missing") == []


def test_a_chinese_word_inside_an_english_sentence_is_untranslated_though_glossed_next(tmp_path):
    zh = ("春节期间,我们和家人一起吃年夜饭。我们到亲友家中拜访,互相拜年。"
          "我们互赠柑橘,品尝美食,祝愿新的一年身体健康、万事如意。")
    en = ("During the Spring Festival, we have reunion dinner with our families. We make New "
          "Year visits to the homes of relatives and friends, to 拜年 . We exchange mandarin "
          "oranges, enjoy good food and wish each other good health and every success in the "
          "New Year.")
    assert len(loud(check_texts(tmp_path, zh, en), "untranslated")) == 1


@pytest.mark.parametrize("en", ["non-US dollar currencies", "non-EU members", "non-UN bodies"])
def test_non_before_a_short_capitalised_word_is_a_lexical_negation(en):
    from align.lexicon import en_polarity
    assert [c.kind for c in en_polarity(en).cues] == ["lexical"]


@pytest.mark.parametrize(("zh", "en"), [
    ("化工原料类价格下降7.2%,燃料动力类价格下降4.0%;农副产品类价格上涨7.2%。",
     "Prices of chemical raw materials decreased by 7.2 percent, fuel and power down 4.0 "
     "percent; farm products jumped 7.2 percent."),
    ("居民消费价格涨幅3%左右,单位国内生产总值能耗下降3.4%以上。",
     "CPI increase kept at around 3 percent; a reduction of at least 3.4 percent in energy "
     "consumption per unit of GDP."),
])
def test_a_value_said_twice_or_two_values_near_each_other_give_no_direction_finding(zh, en):
    assert [f for f in number_findings([zh], [en]) if f.rule == "number-mismatch"] == []


def test_a_title_year_glued_to_the_notice_number_is_read_apart():
    read = [(q.kind, quantity_value(q)) for q in extract_en("Regulation 200558/2005")]
    assert ("ordinal", "58") in read and ("date", "20050000") in read


def test_the_length_of_a_list_pointed_back_to_is_no_extra_number(tmp_path):
    zh = ("基础研究、应用研究和试验发展经费支出分别为220.8亿元、575.2亿元和3820.0亿元。"
          "基础研究、应用研究、试验发展经费支出所占比重分别为4.8%、12.5%和82.8%。")
    en = ("Expenditure on basic research, applied research and experimental development was "
          "22.08, 57.52 and 382.00 billion yuan respectively. The proportion of the above three "
          "items was 4.8, 12.5 and 82.8 percent respectively.")
    assert loud(check_texts(tmp_path, zh, en), "number-extra") == []


@pytest.mark.parametrize(("en", "loud_ones"), [
    ("On the eve of the founding ceremony of New China on October 1, 1949, Xinjiang was "
     "peacefully liberated.", 0),
    ("On the eve of the founding ceremony of New China on October 3, 1949, Xinjiang was "
     "peacefully liberated.", 1),
])
def test_the_day_of_a_named_event_made_explicit_is_no_extra_number(tmp_path, en, loud_ones):
    zh = "在新中国开国大典的前夕,新疆迎来了和平解放。新疆各族人民从此走上了光明大道。"
    en += " From then on, the people of all ethnic groups in Xinjiang took a bright road."
    assert len(loud(check_texts(tmp_path, zh, en), "number-extra")) == loud_ones


def test_a_chinese_word_opening_a_sentence_after_its_english_is_still_untranslated(tmp_path):
    zh = "明年将举行选举。选举将于五月举行,各方都在积极准备。"
    en = ("An election will be held next year. 选举 will take place in May, and all sides are "
          "actively preparing for it.")
    assert len(loud(check_texts(tmp_path, zh, en), "untranslated")) == 1


@pytest.mark.parametrize(("zh", "en"), [
    ("「聯合聯絡小組英方成員」指英國政府不時委派的人員。該等人員的名單載於附表。",
     '"British members of the Joint Liaison Group" (聯合聯絡小組英方成員) means the persons '
     "designated from time to time by the Government of the United Kingdom. The list of those "
     "persons is set out in the Schedule."),
    ("《公務人員 (管理) 命令》指行政長官不時作出的命令。該命令適用於所有公務人員。",
     '"Public Service (Administration) Order" (《公務人員 (管理) 命令》) means the Order made by '
     "the Chief Executive from time to time. The Order applies to all public servants."),
    ("該規例現予修訂,廢除「立法局」而代以「立法會」。本條例自公布日起實施。",
     'The Regulation is amended by repealing "立法局" and substituting "立法會". This Ordinance '
     "comes into operation on the day of its publication."),
])
def test_a_bilingual_laws_chinese_equivalent_or_quoted_amendment_is_on_purpose(tmp_path, zh, en):
    assert loud(check_texts(tmp_path, zh, en), "untranslated") == []


def test_chinese_words_quoted_without_an_amendment_are_still_untranslated(tmp_path):
    zh = "該條例規定了立法會的職權和組成。立法會議員由選舉產生,任期四年。"
    en = ('The Ordinance sets out the powers and composition of "立法會". Its Members are '
          "returned by elections for a term of four years.")
    assert len(loud(check_texts(tmp_path, zh, en), "untranslated")) == 1
