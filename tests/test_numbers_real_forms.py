"""The forms real official translations use (issue 14): each read the same on both sides, so a
faithful pair gives no number finding and a changed number still does. Sentences written for
these tests."""

from decimal import Decimal

import pytest
from conftest import quantity_value, strong_quantities

from align.checks.numbers.compare import compare, plan_years
from align.model import Severity
from align.numbers.en import extract_en
from align.numbers.quantity import plain
from align.numbers.tokens import missing_tokens
from align.numbers.zh import extract_zh


def rules(zh: str, en: str, at_least: Severity = Severity.WARNING) -> list[str]:
    """The rules of the number findings of ``at_least`` this severity on a pair."""
    order = [Severity.INFO, Severity.WARNING, Severity.ERROR]
    return [
        getattr(d.rule, "id", d.rule)
        for d in compare(extract_zh(zh), extract_en(en))
        if order.index(d.severity) >= order.index(at_least)
    ]


def all_en(text: str) -> list[tuple[str, str, str, bool]]:
    return [(q.kind, quantity_value(q), q.qualifier, q.weak) for q in extract_en(text)]


def all_zh(text: str) -> list[tuple[str, str, str, bool]]:
    return [(q.kind, quantity_value(q), q.qualifier, q.weak) for q in extract_zh(text)]


# -- 1. Roman numerals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Shenzhou VI spacecraft landed safely.", "6"),
        ("Shenzhou-VII carried three astronauts.", "7"),
        ("It was the largest battle of World War II.", "2"),
        ("World War I ended in 1918.", "1"),
        ("Queen Elizabeth II visited the city.", "2"),
        ("Apollo XI reached the Moon.", "11"),
        ("Henry VIII had six wives.", "8"),
        ("Article XIV sets out the exceptions.", "14"),
        ("Phase IV of the project begins next year.", "4"),
        ("Chapter XL is the longest.", "40"),
        ("Type II diabetes is common.", "2"),
        ("Pope Benedict XVI resigned.", "16"),
        # an event's edition between "the" and its name
        ("Leaders met at the XVI Regional Summit in the capital.", "16"),
        ("The XV Games opened yesterday.", "15"),
        ("Welcome to the XXI Century Forum.", "21"),
        ("He spoke at the IV International Congress.", "4"),
    ],
)
def test_roman_numerals_are_ordinals(text: str, value: str) -> None:
    ordinals = [quantity_value(q) for q in extract_en(text) if q.kind == "ordinal"]
    assert value in ordinals


@pytest.mark.parametrize(
    "text",
    [
        "Then I went home, and I stayed there.",
        "As I said, we will keep working.",
        "May I ask a question?",
        "The CIVIL division organised a MIX of events.",
        "Vitamin C is found in oranges.",
        "Malcolm X gave a speech.",
        "Class C shares carry no vote.",
        "Plan B was adopted.",
        "Section C of the form is optional.",
        "The Kobe DC office is closed.",
        "He said: I. Am. Done.",
        "The Type X engine is loud.",
        "The CD and the LCD screen were sold.",
        "He read the I Ching with the X Games on television.",  # one letter is no edition
        "The MIX Festival and the CIA Director met the Xi family.",
        "We saw the VI at dawn.",  # no name follows
    ],
)
def test_roman_letters_elsewhere_are_not_numbers(text: str) -> None:
    assert extract_en(text) == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("神舟六号飞船顺利返回。", "The Shenzhou VI spacecraft returned safely."),
        ("第十六次地区峰会在首都举行。", "The XVI Regional Summit was held in the capital."),
        ("神舟十七号乘组出舱。", "The Shenzhou-17 crew left the module."),
        ("第二次世界大战结束了。", "World War II came to an end."),
        ("二战结束后，联合国成立。", "After World War II, the United Nations was founded."),
        ("第一次世界大战爆发于1914年。", "World War I broke out in 1914."),
        ("伊丽莎白二世访问了香港。", "Elizabeth II visited Hong Kong."),
        ("阿波罗十一号登上月球。", "Apollo XI landed on the Moon."),
    ],
)
def test_roman_numerals_meet_chinese_numbers(zh: str, en: str) -> None:
    assert rules(zh, en) == []


def test_a_wrong_roman_numeral_is_found() -> None:
    assert rules("神舟六号飞船顺利返回。", "The Shenzhou VII spacecraft returned safely.") == [
        "number-mismatch"
    ]


# -- 2. number words in titles ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Review of the Past Five Years", [("count", "5", "exact", False)]),
        ("Work in the Past Five Years and Tasks Ahead", [("count", "5", "exact", False)]),
        ("The Belt and Road Initiative: Ten Years On", [("count", "10", "exact", False)]),
        ("Building the Belt and Road over Ten Years", [("count", "10", "more-than", False)]),
        ("China in the Next Three Decades", [("count", "30", "exact", False)]),
        ("Report on the First Six Months", [("period", "1..6", "exact", False)]),
        ("They visited the Three Gorges.", [("count", "3", "exact", True)]),
        ("the Four Modernizations", [("count", "4", "exact", True)]),
        ("the Five Principles of Peaceful Coexistence", [("count", "5", "exact", True)]),
        ("during the Two Sessions", []),
    ],
)
def test_title_case_number_words(text: str, expected: list) -> None:
    assert all_en(text) == expected


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("过去五年工作回顾", "Review of Our Work in the Past Five Years"),
        ("共建“一带一路”十年成就", "Achievements of the Belt and Road over Ten Years"),
        ("和平共处五项原则", "the Five Principles of Peaceful Coexistence"),
        ("实现四个现代化", "achieving the Four Modernizations"),
        ("全国两会期间", "during the Two Sessions"),
        ("三峡工程", "the Three Gorges Project"),
    ],
)
def test_title_numbers_meet_chinese_numbers(zh: str, en: str) -> None:
    assert rules(zh, en) == []


def test_a_wrong_title_number_is_found() -> None:
    assert rules("过去五年工作回顾", "Review of Our Work in the Past Four Years") == [
        "number-mismatch"
    ]


# -- 2b. digits inside a capitalised name -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 100 Group brings schools together.",
        "She spoke to the 100 Group last week.",
        "He now runs a Fortune 500 company.",
        "Shares in the FTSE 100 fell on Monday.",
        "The S&P 500 rose again.",
        "The Group of 77 issued a statement.",
        "They adopted the 17 Sustainable Development Goals.",
        "The Forbes 400 list came out.",
    ],
)
def test_digits_inside_a_name_are_weak(text: str) -> None:
    found = [(q.kind, q.weak) for q in extract_en(text) if q.kind == "count"]
    assert found == [("count", True)]


@pytest.mark.parametrize(
    "text",
    [
        "In 30 cities the plan worked.",
        "Nearly 100 people came.",
        "Article 5 sets out the rule.",
        "See Room 101 and Page 12.",
        "Growth reached 5 Percent.",
        "It covers the 10 Chinese cities.",
        "He visited 12 countries in Africa.",
        "The 27 members agreed.",
        "Line 4 opened.",
    ],
)
def test_ordinary_numbers_near_capitals_stay_strong(text: str) -> None:
    assert all(not q.weak for q in extract_en(text))


def test_a_year_in_a_name_is_still_a_year() -> None:
    assert all_en("the 2008 Olympic Games") == [("date", "20080000", "exact", False)]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("百校组织是英格兰的学校联盟。", "The 100 Group is a group of schools in England."),
        ("他在一家财富500强企业任职。", "He works for a Fortune 500 company."),
        ("七十七国集团发表声明。", "The Group of 77 issued a statement."),
        ("富时100指数下跌。", "The FTSE 100 fell."),
    ],
)
def test_a_name_number_matches_or_stays_silent(zh: str, en: str) -> None:
    assert rules(zh, en) == []


def test_a_name_number_does_not_stand_in_for_a_missing_count() -> None:
    # the Chinese counts 50 and 50; the English has only the group's name
    zh = "百校组织由50所私立学校和50所公立学校组成。"
    assert rules(zh, "The 100 Group is a group of schools.") == ["number-missing"] * 2
    assert rules(zh, "The 100 Group brings together 50 private and 50 state schools.") == []


# -- 2c. "the two countries" for a bilateral relation -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our two countries established diplomatic ties.",
        "The two sides agreed to meet again.",
        "Both sides agreed.",
        "The two heads of state met in Beijing.",
        "the two peoples have long been friends",
        "Trade between our two economies grew.",
    ],
)
def test_the_two_sides_are_weak(text: str) -> None:
    assert [(q.value, q.weak) for q in extract_en(text)] == [(Decimal(2), True)]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("中澳建交以来，双边关系发展很快。",
         "Since our two countries established ties, relations have grown fast."),
        ("双方同意再次会晤。", "The two sides agreed to meet again."),
        ("两国元首在北京会晤。", "The two heads of state met in Beijing."),
    ],
)
def test_the_two_sides_need_no_chinese_two(zh: str, en: str) -> None:
    assert rules(zh, en) == []


def test_two_things_counted_stay_a_number() -> None:
    assert [q.weak for q in extract_en("He visited two countries last year.")] == [False]
    assert rules("他去年访问了三个国家。", "He visited the two countries last year.") != []


# -- 2d. the number of a session or an edition ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("在二十届一中全会后的第一次全体会议上", "1"),
        ("党的第二次代表大会在上海召开", "2"),
        ("第一届进口博览会在上海举行", "1"),
        ("第二次峰会取得成果", "2"),
        ("第一次全體會議", "1"),
    ],
)
def test_the_first_session_is_no_weak_first(text: str, value: str) -> None:
    found = [(quantity_value(q), q.weak) for q in extract_zh(text) if q.kind == "ordinal"]
    assert (value, False) in found


@pytest.mark.parametrize("text", ["我第一次来北京。", "第二天我们出发了。",
                                  "第二次世界大战结束了。"])
def test_a_first_time_is_still_weak(text: str) -> None:
    assert [q.weak for q in extract_zh(text) if q.kind == "ordinal"] == [True]


@pytest.mark.parametrize(
    "text",
    ["十三届全国人大二次会议在北京开幕", "十三屆全國人大二次會議15日上午舉行",
     "十二届全国委员会三次会议", "十九届中央委员会四次全体会议"],
)
def test_a_numbered_session_after_a_term_is_an_ordinal(text: str) -> None:
    sessions = [q for q in extract_zh(text) if q.unit == "session"]
    assert [(q.kind, q.weak) for q in sessions] == [("ordinal", False)]


def test_sessions_counted_stay_counts() -> None:
    assert [(q.kind, quantity_value(q)) for q in extract_zh("我们开了两次会议")] == [("count", "2")]
    assert [q.kind for q in extract_zh("会议召开了三次会议")] == ["count"]


@pytest.mark.parametrize(
    ("zh", "en", "expected"),
    [
        ("在第一次全体会议上当选", "elected at the First Plenary Session", []),
        ("在第一次全体会议上当选", "elected at the plenary session", ["number-missing"]),
        ("十三届全国人大二次会议开幕", "The Second Session of the 13th NPC opened", []),
        ("十三届全国人大二次会议开幕", "The Third Session of the 13th NPC opened",
         ["number-mismatch"]),
        ("第一届进博会很成功", "The first CIIE was a success", []),
        ("第一届进博会很成功", "The inaugural CIIE was a success", []),
        ("第一届进博会很成功", "The CIIE was a success", ["number-missing"]),
    ],
)
def test_a_dropped_session_number_is_found(zh: str, en: str, expected: list) -> None:
    assert rules(zh, en) == expected


# -- 2e. names that hold numbers: formats, named years, "N大", quoted and long names -------------


@pytest.mark.parametrize(
    "text",
    ["出席中国—东盟(10+1)领导人会议", "东盟与中日韩（10+3）领导人会议", "举行2+2对话"],
)
def test_a_format_name_is_no_quantity_zh(text: str) -> None:
    assert extract_zh(text) == []


@pytest.mark.parametrize(
    "text", ["the ASEAN-China (10+1) summit", "at the 10+3 meeting", "a 2+2 dialogue"]
)
def test_a_format_name_is_no_quantity_en(text: str) -> None:
    assert [q for q in extract_en(text) if not q.weak] == []


def test_a_sum_with_a_percent_is_still_read() -> None:
    assert all_zh("增长10+1%") != []


@pytest.mark.parametrize(
    ("text", "year"),
    [("出席2011中国发展论坛", "20110000"), ("2008北京奥运会", "20080000"),
     ("2030议程", "20300000")],
)
def test_a_year_before_a_name_is_a_year(text: str, year: str) -> None:
    assert all_zh(text) == [("date", year, "exact", False)]


def test_a_four_digit_count_stays_a_count() -> None:
    assert all_zh("共完成2011项") == [("count", "2011", "exact", False)]


def test_this_century_is_no_first_century() -> None:
    assert extract_zh("让这一世纪工程造福各国人民") == []
    assert [quantity_value(q) for q in extract_zh("公元一世纪")] == ["1"]


@pytest.mark.parametrize(
    ("text", "value"), [("落实“八大行动”", "8"), ("四大发明", "4"), ("打好三大攻坚战", "3")]
)
def test_n_major_things_are_weak_counts(text: str, value: str) -> None:
    assert all_zh(text) == [("count", value, "exact", True)]


@pytest.mark.parametrize("text", ["党的八大以来", "中共十九大召开", "一大学生", "八大精神"])
def test_n_da_that_is_no_list_of_majors(text: str) -> None:
    assert [q for q in extract_zh(text) if q.kind == "count"] == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("围绕落实“八大行动”开展工作", "We will work on the eight major initiatives."),
        ("围绕落实“八大行动”开展工作", "We will implement the major initiatives."),
        ("“三严三实”专题教育", "the “Three Stricts and Three Earnests” education campaign"),
        ("携手推进“一带一路”建设",
         "Work Together to Build the Silk Road Economic Belt and The 21st Century Maritime Silk "
         "Road"),
        ("五、推进人大对外工作", "Fifth, we advanced the NPC’s international exchanges."),
        ("出席2011中国发展论坛", "at the China Development Forum 2011"),
    ],
)
def test_numbers_inside_names_need_no_counterpart(zh: str, en: str) -> None:
    assert rules(zh, en) == []


@pytest.mark.parametrize(
    "text",
    ["“Three of them came,” he said.", "It was the 21st century.", "The 20th Games opened.",
     "He came fifth, and last."],
)
def test_numbers_beside_quotes_and_commas_stay_strong(text: str) -> None:
    assert [q.weak for q in extract_en(text)] == [False]


# -- 2f. a currency dropped beside another ------------------------------------------------------


def test_a_currency_dropped_beside_another_is_a_warning() -> None:
    zh = "营业额9996.2亿元人民币,同比下降7.1%(折合1549.4亿美元)"
    en = "The turnover was RMB 999.62 billion, down 7.1% (equivalent to 154.94 billion)."
    found = compare(extract_zh(zh), extract_en(en))
    assert [(d.rule.id, d.severity) for d in found] == [("number-mismatch", Severity.WARNING)]
    assert "USD" in found[0].message and "CNY" in found[0].message


@pytest.mark.parametrize(
    "en",
    [
        "The turnover was RMB 999.62 billion, down 7.1% (equivalent to USD154.94 billion).",
        "The turnover was 999.62 billion, down 7.1% (equivalent to 154.94 billion).",
    ],
)
def test_a_currency_said_or_left_to_context_is_no_finding(en: str) -> None:
    zh = "营业额9996.2亿元人民币,同比下降7.1%(折合1549.4亿美元)"
    assert rules(zh, en) == []


def test_a_currency_named_once_for_a_list_is_no_finding() -> None:
    assert rules("进出口总额9.11万亿元人民币,其中出口4.81万亿元。",
                 "Total trade was RMB9.11 trillion, of which exports were 4.81 trillion.") == []


# -- 2h. a weekday for a day, a year for an edition --------------------------------------------


def test_a_weekday_added_to_a_date_is_info() -> None:
    assert rules("他在达沃斯发表演讲。", "He spoke in Davos on Wednesday.") == []
    found = compare(extract_zh("21日,他在达沃斯发表演讲。"),
                    extract_en("He spoke in Davos on Wednesday."))
    assert [(d.rule.id, d.severity) for d in found] == [("number-kind", Severity.INFO)]


def test_a_weekday_against_a_weekday_is_still_compared() -> None:
    assert rules("他周三在达沃斯发表演讲。", "He spoke in Davos on Thursday.") == [
        "number-mismatch"]


def test_an_edition_named_by_its_year_is_info() -> None:
    zh, en = "出席第十四届夏季达沃斯论坛。", "at the Annual Meeting of the New Champions 2023."
    assert rules(zh, en) == []
    assert [d.severity for d in compare(extract_zh(zh), extract_en(en))] == [Severity.INFO]


@pytest.mark.parametrize(
    ("en", "expected"),
    [
        ("at the forum.", ["number-missing"]),
        ("at the 15th forum.", ["number-mismatch"]),
        ("at the forum of 2023, its 15th.", ["number-mismatch", "number-extra"]),
    ],
)
def test_an_edition_dropped_or_changed_is_found(en: str, expected: list) -> None:
    assert rules("出席第十四届论坛。", en) == expected


def test_an_ordinal_is_no_wrong_year() -> None:
    found = compare(extract_zh("第十四次会议"), extract_en("the 2023 meeting"))
    assert "number-mismatch" not in [d.rule.id for d in found]


# -- 2g. an acronym spelt out -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("来到伦敦政治经济学院(LSE)演讲",
         "speaking at the London School of Economics and Political Science"),
        ("中国加入WTO二十年", "twenty years since China joined the World Trade Organization"),
        ("亚投行(AIIB)成立", "the Asian Infrastructure Investment Bank was founded"),
        ("CPPCC委员", "members of the Chinese People's Political Consultative Conference"),
        # the small word's initial and each part of a hyphenated word count too
        ("中非合作论坛(FOCAC)部长级会议", "the ministerial meeting of the Forum on China-Africa "
         "Cooperation"),
        ("APEC领导人", "leaders of Asia-Pacific Economic Cooperation"),
        ("欧安组织(OSCE)", "the Organization for Security and Co-operation in Europe"),
        ("博鳌亚洲论坛(BFA)", "the Boao Forum for Asia"),
    ],
)
def test_an_acronym_spelt_out_is_there(zh: str, en: str) -> None:
    assert missing_tokens(zh, en) == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("APEC会议在北京举行", "The meeting was held in Beijing."),
        ("加入WTO", "joined the World Health Organization"),
        ("LSE学生", "students of the school"),
        ("FOCAC会议", "the Forum on cooperation was held"),
        ("中非合作论坛(FOCAC)", "the China-Africa meeting"),
    ],
)
def test_an_acronym_neither_kept_nor_spelt_out_is_missing(zh: str, en: str) -> None:
    assert [t for t, _, _ in missing_tokens(zh, en)] != []


# -- 2i. reading slips: number words side by side, units glued to digits, 一两月 ----------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("She had two three-inch golden lotuses.", ["2", "3"]),
        ("He counted one two three.", ["1", "2", "3"]),
        ("It was nineteen eighty.", ["19800000"]),  # a year said in words (the year 1980)
        ("There were twenty three of them.", ["23"]),
        ("two hundred and thirty-five thousand", ["235000"]),
        ("a hundred and twenty", ["120"]),
    ],
)
def test_number_words_side_by_side(text: str, values: list) -> None:
    assert [quantity_value(q) for q in extract_en(text)] == values


@pytest.mark.parametrize("text", ["波长是7cm", "全长10km", "容量256GB", "功率100kW"])
def test_a_unit_glued_to_digits_is_no_token(text: str) -> None:
    assert missing_tokens(text, "The wavelength is seven centimetres.") == []
    assert [q.kind for q in extract_zh(text)] == ["count"]


@pytest.mark.parametrize("text", ["5G基站", "4K电视", "3D打印", "G20峰会"])
def test_codes_with_digits_are_still_tokens(text: str) -> None:
    assert missing_tokens(text, "nothing here") != []


@pytest.mark.parametrize("text", ["过一两月再说", "两三月后"])
def test_a_month_or_two_is_no_month(text: str) -> None:
    assert [(q.kind, q.weak) for q in extract_zh(text)] == [("count", True)]


# -- 2j. "a third country", "the two events", 新一届 -------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["He travelled via a third country.", "a fifth option"],
)  # "a third party" is no quantity at all (test_first_sight_32)
def test_a_nth_thing_is_no_fraction(text: str) -> None:
    assert [(q.kind, q.weak) for q in extract_en(text)] == [("ordinal", True)]


@pytest.mark.parametrize("text", ["a third of the budget", "cut by a third.", "a third more"])
def test_a_third_of_something_is_a_fraction(text: str) -> None:
    assert [q.kind for q in extract_en(text)] == ["fraction"]


@pytest.mark.parametrize(
    "text",
    ["Below is a transcript of the two events:", "The two documents were signed.",
     "our two peoples"],
)
def test_the_two_things_named_before_are_weak(text: str) -> None:
    assert [(q.value, q.weak) for q in extract_en(text)] == [(Decimal(2), True)]


@pytest.mark.parametrize(
    "text", ["in the two years since", "the two million people", "the two percent rise"]
)
def test_the_two_years_stay_a_count(text: str) -> None:
    assert all(not q.weak for q in extract_en(text))


@pytest.mark.parametrize("text", ["与澳大利亚新一届政府共同努力", "上一届政府的政策"])
def test_the_new_government_has_no_number(text: str) -> None:
    assert rules(text, "with the new government") == []


def test_a_first_edition_is_still_an_ordinal() -> None:
    assert rules("第一届论坛", "the forum") == ["number-missing"]


# -- 2k. a year's stay: 学习一年 -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["我曾在日内瓦学习一年。", "他在北京住了一年。", "试用一个月后"])
def test_a_duration_after_a_verb_is_a_number(text: str) -> None:
    assert [(q.value, q.weak) for q in extract_zh(text)] == [(Decimal(1), False)]


@pytest.mark.parametrize(
    "text", ["这一年很忙。", "非常忙碌的一年", "一年来成绩显著", "过去一年", "一年一度的盛会",
             "有一天他来了", "一年多以前"],
)
def test_a_loose_one_year_stays_weak(text: str) -> None:
    assert all(q.weak for q in extract_zh(text))


@pytest.mark.parametrize(
    ("en", "expected"),
    [
        ("I studied in Geneva for a year.", []),
        ("I studied in Geneva for one year.", []),
        ("I studied in Geneva for a whole year.", []),
        ("I studied in Geneva.", ["number-missing"]),
        ("I studied in Geneva for two years.", ["number-mismatch"]),
    ],
)
def test_a_year_of_study_must_reach_the_english(en: str, expected: list) -> None:
    assert rules("我曾在日内瓦学习一年。", en) == expected


def test_a_year_alone_in_english_is_never_reported() -> None:
    assert [(q.weak, q.unit) for q in extract_en("Once a year we meet.")
            if q.kind == "count"] == [(True, "years")]
    assert rules("我们定期见面。", "We meet once a year.") == []


# -- 2l. Chinese measures converted ------------------------------------------------------------


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("粮食产量稳定在1.3万亿斤以上。", "Grain output stayed above 650 million metric tons."),
        ("耕地保有量不低于18亿亩。", "Farmland was kept above 120 million hectares."),
        ("他挑了50斤米。", "He carried 25 kilograms of rice."),
        ("全程500里。", "The whole journey is 250 kilometres."),
    ],
)
def test_a_converted_measure_is_info(zh: str, en: str) -> None:
    found = compare(extract_zh(zh), extract_en(en))
    assert [(d.rule.id, d.severity) for d in found] == [("number-rounded", Severity.INFO)]


@pytest.mark.parametrize(
    "en",
    ["Grain output stayed above 750 million metric tons.",
     "Grain output stayed below 650 million metric tons."],
)
def test_a_wrong_conversion_is_still_found(en: str) -> None:
    assert rules("粮食产量稳定在1.3万亿斤以上。", en) != []


# -- 2m. the years of a five-year plan ----------------------------------------------------------


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("“十四五”时期经济稳定增长。",
         "The economy grew steadily in the 14th Five-Year Plan period (2021-2025)."),
        ("“十三五”时期成就巨大。", "The 13th Five-Year Plan period (2016-2020) saw great "
                                 "achievements."),
    ],
)
def test_the_years_of_a_plan_period_are_info(zh: str, en: str) -> None:
    assert rules(zh, en) == []


def test_wrong_years_for_a_plan_are_still_reported() -> None:
    assert rules("“十四五”时期经济稳定增长。",
                 "The economy grew in the 14th Five-Year Plan period (2026-2030).") != []


@pytest.mark.parametrize(("n", "years"), [(1, (1953, 1957)), (3, (1966, 1970)),
                                          (13, (2016, 2020)), (14, (2021, 2025))])
def test_plan_years(n: int, years: tuple) -> None:
    assert plan_years(n) == years


# -- 2n. runs, characters and clubs ------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [("粮食生产实现十九连丰", "19"), ("女排三连冠", "3"),
                                            ("球队取得五连胜", "5")])
def test_a_run_is_a_count(text: str, value: str) -> None:
    assert [(q.kind, quantity_value(q), q.weak) for q in extract_zh(text)] == [
        ("count", value, False)]


def test_a_run_must_reach_the_english() -> None:
    zh = "粮食生产实现十九连丰。"
    assert rules(zh, "Grain output rose for the 19th year in a row.") == []
    assert rules(zh, "Grain output rose for the 18th year in a row.") == ["number-mismatch"]


@pytest.mark.parametrize("text", ["概括为八个字：不畏风雨、坚定前行", "尊敬的48家集团俱乐部主席"])
def test_characters_and_clubs_are_weak_counts(text: str) -> None:
    assert [q.weak for q in extract_zh(text) if q.kind == "count"] == [True]


def test_letters_are_still_counted() -> None:
    assert [q.weak for q in extract_zh("密码共有8个字母")] == [False]


@pytest.mark.parametrize(
    ("text", "days"),
    [("held on October 20 and 21 in Apia", ["10-20", "10-21"]),
     ("on July 17 and 22 in Geneva", ["07-17", "07-22"])],
)
def test_a_second_day_before_a_preposition(text: str, days: list) -> None:
    assert [q.normalised().split()[0] for q in extract_en(text) if q.kind == "date"] == days


def test_a_count_after_a_date_stays_a_count() -> None:
    assert [q.kind for q in extract_en("July 17 and 22 people came")] == ["date", "count"]


# -- 3. anniversaries ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We celebrate the centenary of the Party.", "100"),
        ("The Centennial celebrations were held.", "100"),
        ("It marks the bicentenary of his birth.", "200"),
        ("the sesquicentennial of the university", "150"),
        ("the golden jubilee of the school", "50"),
        ("the 100th anniversary of the founding", "100"),
        ("the 75th anniversary of the victory", "75"),
    ],
)
def test_english_anniversaries(text: str, value: str) -> None:
    assert strong_quantities(extract_en(text)) == [("ordinal", value, "exact")]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("庆祝中国共产党成立一百周年。", "We celebrate the centenary of the CPC."),
        ("庆祝中国共产党成立一百周年。", "We celebrate the centennial of the CPC."),
        ("庆祝中国共产党成立一百周年。", "We celebrate the 100th anniversary of the CPC."),
        ("庆祝建党百周年。", "We celebrate the Party's centenary."),
        ("建党百年之际，我们回顾历史。", "On the Party's centenary, we look back."),
        ("今年是两国建交50周年。", "This year marks the 50th anniversary of ties."),
        ("今年是两国建交50周年。", "This year marks the golden jubilee of ties."),
        ("纪念抗战胜利七十五周年。", "We mark the 75th anniversary of the victory."),
        ("纪念抗戰勝利七十五週年。", "We mark the 75th anniversary of the victory."),
        ("学校迎来建校七十周年。", "The school marks 70 years since its founding."),
        ("为实现两个一百年奋斗目标而奋斗。", "We strive for the Two Centenary Goals."),
    ],
)
def test_anniversaries_meet(zh: str, en: str) -> None:
    assert rules(zh, en) == []


def test_a_wrong_anniversary_is_found() -> None:
    assert rules("今年是两国建交50周年。", "This year marks the 60th anniversary of ties.") == [
        "number-mismatch"
    ]


# -- 4. vague amounts and bare scales -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("百余人参加了会议。", [("count", "100", "more-than", False)]),
        ("千余家企业参展。", [("count", "1000", "more-than", False)]),
        ("近百名专家出席。", [("count", "100", "nearly", False)]),
        ("逾千人受益。", [("count", "1000", "more-than", False)]),
        ("约百人到场。", [("count", "100", "approx", False)]),
        ("十余个国家签约。", [("count", "10", "more-than", False)]),
        ("数十个国家派团参加。", [("count", "20..90", "approx", True)]),
        ("几十年来变化很大。", [("count", "20..90", "approx", True)]),
        ("数百家企业受益。", [("count", "200..900", "approx", True)]),
        ("数十万人参加了活动。", [("count", "200000..900000", "approx", True)]),
        ("数亿人脱贫。", [("count", "200000000..900000000", "approx", True)]),
        ("上百家媒体报道。", [("count", "100", "at-least", True)]),
        ("上万人观看。", [("count", "10000", "at-least", True)]),
        ("十几个孩子在玩。", [("count", "10", "more-than", True)]),
        ("他二十几岁。", [("count", "20", "more-than", True)]),
        ("百年大计，教育为本。", [("count", "100", "exact", True)]),
        ("老百姓很满意。", []),
        ("他们千方百计地工作。", []),
        ("他几乎没来。", []),
    ],
)
def test_chinese_vague_amounts(text: str, expected: list) -> None:
    assert all_zh(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of countries sent teams.", [("count", "20..90", "approx", True)]),
        ("Scores of experts attended.", [("count", "20..90", "approx", True)]),
        ("Tens of thousands of people came.", [("count", "20000..90000", "approx", True)]),
        ("Hundreds of firms benefited.", [("count", "200..900", "approx", True)]),
        ("hundreds of millions of people", [("count", "200000000..900000000", "approx", True)]),
        ("Thousands of people joined.", [("count", "2000..9000", "approx", True)]),
        ("It has 100-odd members.", [("count", "100", "more-than", False)]),
        ("It has 30 odd members.", [("count", "30", "exact", False)]),
        ("Over a hundred people came.", [("count", "100", "more-than", False)]),
        ("The test scores rose.", []),
        ("Put it in the tens column.", []),
    ],
)
def test_english_vague_amounts(text: str, expected: list) -> None:
    assert all_en(text) == expected


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("百余人参加了会议。", "More than 100 people attended."),
        ("百余人参加了会议。", "Over a hundred people attended."),
        ("百余人参加了会议。", "Some 100-odd people attended."),
        ("十余个国家签约。", "More than ten countries signed."),
        ("数十个国家派团参加。", "Dozens of countries sent delegations."),
        ("数十个国家派团参加。", "Scores of countries sent delegations."),
        ("数十万人参加了活动。", "Hundreds of thousands of people took part."),
        ("数万人参加了活动。", "Tens of thousands of people took part."),
        ("数百家企业受益。", "Hundreds of companies benefited."),
        ("上百家媒体报道了此事。", "More than 100 media outlets covered it."),
        ("上百家媒体报道了此事。", "Hundreds of media outlets covered it."),
        ("近百名专家出席。", "Nearly 100 experts attended."),
        ("几十年来变化很大。", "Much has changed over the decades."),
        ("十几个孩子在玩。", "More than ten children were playing."),
    ],
)
def test_vague_amounts_meet(zh: str, en: str) -> None:
    assert rules(zh, en) == []


def test_a_changed_bound_is_still_found() -> None:
    assert rules("百余人参加了会议。", "More than 1,000 people attended.") == ["number-mismatch"]


# -- 5. month names that are names and words ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dong Jun met his counterpart.",
        "Defence Minister Dong Jun said so.",
        "Theresa May said the talks went well.",
        "It was Theresa May and June Smith who spoke.",
        "May I ask a question?",
        "Prices may be higher next year.",
        "Nothing may stop us.",
        "March forward with confidence!",
        "We will march forward together.",
        "Jan Smith chaired the meeting.",
        "Will you come?",
        "August Wilson wrote plays.",
        "April Ryan asked a question.",
        "The Long March was a turning point.",
    ],
)
def test_names_and_verbs_are_not_months(text: str) -> None:
    assert extract_en(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exports rose in May.", "500"),
        ("Since March, prices have fallen.", "300"),
        ("By the end of June, it was done.", "600"),
        ("In early August the rains came.", "800"),
        ("Talks resumed in late April.", "400"),
        ("The law took effect in May this year.", "500"),
        ("June last year was hot.", "600"),
        ("The fair opens on May 5.", "505"),
        ("On 5 May the fair opens.", "505"),
        ("The report of Jan. 12, 2024 says so.", "20240112"),
        ("It was signed on Jun 3.", "603"),
        ("Sales in October grew.", "1000"),
        ("He arrived on the 4th of July.", "704"),
    ],
)
def test_months_in_a_dates_company(text: str, value: str) -> None:
    dates = [quantity_value(q) for q in extract_en(text) if q.kind == "date"]
    assert dates == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From March to May, output grew.", "3..5"),
        ("Between April and June it rained.", "4..6"),
        ("In April and May sales rose.", "4..5"),
        ("Jan-Mar output grew.", "1..3"),
        ("October to December was busy.", "10..12"),
    ],
)
def test_month_ranges(text: str, expected: str) -> None:
    periods = [quantity_value(q) for q in extract_en(text) if q.kind == "period"]
    assert periods == [expected]


def test_a_name_read_as_a_month_gives_no_finding() -> None:
    assert rules("董军会见了来访的国防部长。", "Dong Jun met the visiting defence minister.") == []
    assert rules("特雷莎·梅表示欢迎。", "Theresa May welcomed it.") == []


# -- 6. list labels ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "一、主要任务",
        "二、加强领导",
        "（一）加强组织领导",
        "(二)完善体制机制",
        "1.提高效率",
        "2．加强管理",
        "3、坚持改革",
        "（1）坚持开放",
        "(4)完善制度",
        "5）强化监督",
        "主要有：1.提高效率；2.加强管理。",
        "具体包括：（1）加强领导；（2）完善制度。",
        "十、其他事项",
    ],
)
def test_chinese_list_labels_are_not_quantities(text: str) -> None:
    assert extract_zh(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "1. Improve efficiency",
        "2. Strengthen management",
        "(1) Uphold reform",
        "(3) Improve the system",
        "4) Strengthen oversight",
        "(a) General provisions",
        "b) Scope",
        "I. Main tasks",
        "IV. Other matters",
        "(iv) Final provisions",
        "The tasks are: (1) reform; (2) opening up.",
        "The goals: 1. growth; 2. jobs.",
    ],
)
def test_english_list_labels_are_not_quantities(text: str) -> None:
    assert strong_quantities(extract_en(text)) == []


@pytest.mark.parametrize(
    ("zh", "en", "value"),
    [
        ("（一）新增就业1200万人。", "(1) 12 million new jobs were created.", "12000000"),
        ("1.投资增长5%。", "1. Investment grew by 5%.", "5"),
        ("二、完成3项改革。", "II. Three reforms were completed.", "3"),
    ],
)
def test_labels_leave_the_quantities_after_them(zh: str, en: str, value: str) -> None:
    assert [plain(q.value) for q in extract_zh(zh) if not q.weak] == [value]
    assert rules(zh, en) == []


# -- 7. traditional characters ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("圖書館藏書86萬冊。", [("count", "860000", "exact")]),
        ("約3億人受益。", [("count", "300000000", "approx")]),
        ("共有兩千人參加。", [("count", "2000", "exact")]),
        ("合格率為百分之十點五。", [("percent", "10.5", "exact")]),
        ("逾百人受傷。", [("count", "100", "more-than")]),
        ("三十餘個國家參加。", [("count", "30", "more-than")]),
        ("近五年來，收入增長。", [("count", "5", "exact")]),
        ("投資4.49萬億元。", [("money", "4490000000000", "exact")]),
        ("失業率下降0.2個百分點。", [("points", "0.2", "exact")]),
        ("今年是建校七十週年。", [("ordinal", "70", "exact")]),
        ("會議於下午3點開始。", [("time", "15", "exact")]),
        ("工期不超過3年。", [("count", "3", "at-most")]),
        ("增長了兩倍。", [("multiple", "2", "exact")]),
        ("每年接待3至5萬名遊客。", [("count", "30000..50000", "exact")]),
    ],
)
def test_traditional_characters(text: str, expected: list) -> None:
    assert strong_quantities(extract_zh(text)) == expected


def test_traditional_surface_keeps_the_original_characters() -> None:
    (q,) = extract_zh("約3億人受益。")
    assert q.surface == "約3億人"
    assert q.value == Decimal(300_000_000)


def test_traditional_vague_amounts() -> None:
    assert all_zh("數十個國家參加。") == [("count", "20..90", "approx", True)]
    assert all_zh("幾十年過去了。") == [("count", "20..90", "approx", True)]


# -- 8. an ASCII comma in Chinese ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各方表达了合作意愿,30多个国家签约。", [("count", "30", "more-than")]),
        ("会议结束后,5家企业签约。", [("count", "5", "exact")]),
        ("共有1,000人参加。", [("count", "1000", "exact")]),
        ("投资12,345.6元。", [("money", "12345.6", "exact")]),
        ("人口为1,234,567人。", [("count", "1234567", "exact")]),
        ("增长3%,就业增加200万人。", [("percent", "3", "exact"), ("count", "2000000", "exact")]),
    ],
)
def test_ascii_comma_in_chinese(text: str, expected: list) -> None:
    assert strong_quantities(extract_zh(text)) == expected


# -- 8b. a currency code glued to the digits ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Trade reached USD86.6 billion.", "86600000000", "USD"),
        ("It cost RMB100 million.", "100000000", "CNY"),
        ("Aid of EUR5 billion was agreed.", "5000000000", "EUR"),
        ("Trade reached USD 86.6 billion.", "86600000000", "USD"),
    ],
)
def test_a_currency_code_glued_to_digits(text: str, value: str, unit: str) -> None:
    assert [(q.kind, quantity_value(q), q.unit) for q in extract_en(text)] == [
        ("money", value, unit)
    ]


def test_glued_codes_meet_the_chinese() -> None:
    assert rules("双边贸易额达866亿美元。", "Bilateral trade reached USD86.6 billion.") == []
    assert rules("双边贸易额达866亿美元。", "Bilateral trade reached USD68.6 billion.") == [
        "number-mismatch"
    ]


def test_codes_with_digits_stay_tokens() -> None:
    assert extract_en("The G20 and COVID19 and MP3 files.") == []


# -- 9. scores and ratios -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国队以4比7落败。", "4..7"),
        ("比分定格在4:7。", "4..7"),
        ("主队三比一获胜。", "3..1"),
        ("双方战成1比1。", "1..1"),
        ("地图比例为1:1000。", "1..1000"),
    ],
)
def test_chinese_scores(text: str, expected: str) -> None:
    assert [quantity_value(q) for q in extract_zh(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China lost 4-to-7.", "4..7"),
        ("The score was 4:7.", "4..7"),
        ("The home side won 3-1.", "3..1"),
        ("The bill passed by a 5-to-4 vote.", "5..4"),
        ("It ended 2 to 1 win for them.", "2..1"),
        ("The map is drawn at 1:1000.", "1..1000"),
    ],
)
def test_english_scores(text: str, expected: str) -> None:
    assert [quantity_value(q) for q in extract_en(text)] == [expected]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("中国队以4比7落败。", "China lost 4-to-7."),
        ("中国队以4比7落败。", "China lost 4-7."),
        ("中国队以4比7落败。", "China lost 4:7."),
        ("比分定格在4:7。", "China lost 4-to-7."),
        ("主队以3比1获胜。", "The home side won 3-1."),
        ("主队以3比1获胜。", "The home side won 3 to 1."),
        ("主队三比一获胜。", "The hosts won 3:1."),
        ("客队1比3告负。", "The visitors lost 1-3."),
    ],
)
def test_scores_meet_once(zh: str, en: str) -> None:
    assert rules(zh, en, Severity.INFO) == []


def test_a_wrong_score_is_found() -> None:
    assert rules("中国队以4比7落败。", "China lost 4-to-6.") != []
    assert rules("主队以3比1获胜。", "The home side won 3-2.") != []


def test_times_and_codes_are_not_scores() -> None:
    assert all_zh("下午3:15开会。") == [("time", "15.25", "exact", False)]
    assert all_zh("编号1108:21:37。") == []
    assert all_en("The train left at 10:30.") == [("time", "10.5", "exact", False)]
    assert all_en("It lasts 4-7 days.") == [("count", "4..7", "exact", False)]
