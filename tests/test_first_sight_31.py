"""Forms met on real published pairs in the thirty-first session: a bound on a time (不迟于2010年
"by 2010", 不晚于, 不得早于) is no negation; a word the dictionary knows only as a name (大桥, a
heroine of the Three Kingdoms) read as the common words it is made of ("the bridge"); a year
that names the document in one page's title ("2010-11 Policy Address" over 施政报告全文); the
place a document speaks for, named in the English sentence just before, left implicit in the
next one (香港社会经历种种折腾 "challenges have come one after another"); a Chinese lead-in
(以下几方面考虑) given as an English sentence of its own; "annual" for 一年一度; a name
inside a name the Chinese glosses in Latin letters ((JCI TAIWAN)); dates of the Republic of
China's calendar (107年10月12日, 中華民國108年01月28日) and its era name; 一年又一年 "year after
year"."""

import pytest
from conftest import check_texts, loud, quantity_value

from align.lexicon.polarity import LEXICAL, NEGATION, zh_polarity
from align.numbers import extract_zh


@pytest.mark.parametrize(("zh", "bound"), [
    ("我们预计大桥工程不迟于二零一零年动工。", "不迟于"),
    ("方案应不晚于本月底提交。", "不晚于"),
    ("报名时间不早于明年三月。", "不早于"),
    ("申请人不得迟于30日内答复。", "不得迟于"),
    ("有關報告應不遲於年底公布。", "不遲於"),
    ("會議不晚於下週舉行。", "不晚於"),
])
def test_a_bound_on_a_time_is_no_negation(zh, bound):
    cues = zh_polarity(zh).cues
    assert [c.text for c in cues] == [bound]
    assert all(c.kind == LEXICAL for c in cues)


@pytest.mark.parametrize("zh", ["他从不迟到。", "这个决定并不晚。", "我们没有早于他们到达。"])
def test_a_negation_near_a_time_word_is_still_one(zh):
    assert any(c.kind == NEGATION for c in zh_polarity(zh).cues)


@pytest.mark.parametrize("en", [
    "We expect works on the bridge to start by 2010.",
    "We expect works on the bridge to start no later than 2010.",
])
def test_a_time_bound_said_as_by_or_no_later_than_is_no_dropped_negation(tmp_path, en):
    found = check_texts(tmp_path, "我们预计大桥工程不迟于二零一零年动工。", en)
    assert loud(found, "negation") == []


def test_a_dropped_negation_before_a_year_is_still_reported(tmp_path):
    found = check_texts(tmp_path, "我们预计大桥工程不会在二零一零年动工。",
                        "We expect works on the bridge to start in 2010.")
    assert loud(found, "negation")


@pytest.mark.parametrize(("zh", "en"), [
    ("大桥工程将于明年动工。", "Works on the bridge will start next year."),
    ("大桥已经通车。", "The bridge is now open to traffic."),
    ("大树倒在路边。", "A big tree fell by the road."),
])
def test_a_name_read_as_the_common_words_it_is_made_of_is_said(tmp_path, zh, en):
    assert loud(check_texts(tmp_path, zh, en), "name-missing") == []


@pytest.mark.parametrize(("zh", "en"), [
    ("大桥工程将于明年动工。", "Works will start next year."),
    ("西湖边的大树倒了。", "The big tree by the lake fell."),  # "lake" names no lake
])
def test_a_name_whose_head_the_english_does_not_say_is_still_reported(tmp_path, zh, en):
    assert loud(check_texts(tmp_path, zh, en), "name-missing")


_BODY_ZH = "\n各位代表：\n今年经济稳步增长。"
_BODY_EN = "\nFellow Deputies,\nThe economy grew steadily this year."


@pytest.mark.parametrize(("zh_title", "en_title"), [
    ("施政报告全文(十六)", "2010-11 Policy Address by Chief Executive (16)"),
    ("政府工作报告", "Report on the Work of the Government 2024"),
    ("政府工作报告", "Report on the Work of the Government 2023-24"),
    ("政府工作报告", "2023 Report on the Work of the Government"),
    ("施政报告", "The 2010-11 Policy Address"),
])
def test_a_year_naming_the_document_in_the_english_title_is_furniture(tmp_path, zh_title,
                                                                      en_title):
    found = check_texts(tmp_path, zh_title + _BODY_ZH, en_title + _BODY_EN)
    years = [f for f in found if f.rule in ("number-extra", "number-missing")
             and "title" in f.message]
    assert years and all(f.severity.value == "info" for f in years)
    assert loud(found, "number-extra") == loud(found, "number-missing") == []


@pytest.mark.parametrize(("zh_title", "en_title", "rule"), [
    ("2023年5月政府工作报告", "Report on the Work of the Government", "number-missing"),
    # the Chinese prevails: a year its title names, which the English title drops, is missing
    ("2023年政府工作报告", "Report on the Work of the Government", "number-missing"),
    ("二〇一〇至一一年施政报告", "The Policy Address", "number-missing"),
    ("政府工作报告", "Report on the Work of the Government: Looking Back on 2023",
     "number-extra"),
])
def test_a_date_or_a_chinese_title_year_is_still_reported(tmp_path, zh_title, en_title, rule):
    found = check_texts(tmp_path, zh_title + _BODY_ZH, en_title + _BODY_EN)
    assert not any("names the document" in f.message for f in found)
    assert loud(found, rule)


def test_a_year_added_to_a_sentence_is_still_reported(tmp_path):
    found = check_texts(tmp_path, "政府工作报告\n各位代表：\n经济稳步增长。",
                        "Report on the Work of the Government\nFellow Deputies,\n"
                        "The economy grew steadily in 2023.")
    assert loud(found, "number-extra")


_ADDRESS_ZH = ["施政报告(十六)", "香港是一个开放的城市,也是国际金融中心。",
               "香港的经济在过去一年稳步增长。",
               "这几年,香港社会出现分化。自金融风暴以来,香港社会经历种种困难,香港人对发展目标都有新的看法。",
               "政府会继续努力,改善民生。", "我们会与香港市民同行。"]
_ADDRESS_EN = ["Policy Address (16)", "Hong Kong is an open city and an international financial "
               "centre.", "The Hong Kong economy grew steadily over the past year.",
               "{before} Since the financial crisis, difficulties have come one after another, "
               "changing people's views on development goals.",
               "The Government will keep working to improve livelihoods.",
               "We will walk with the people of Hong Kong."]


def _own_place(tmp_path, before: str) -> list[str]:
    en = "\n".join(_ADDRESS_EN).replace("{before}", before)
    return [f.severity.value for f in check_texts(tmp_path, "\n".join(_ADDRESS_ZH), en)
            if f.rule == "name-missing" and "香港" in f.message]


def test_the_own_place_named_in_the_english_sentence_before_may_go_unsaid(tmp_path):
    found = _own_place(tmp_path, "Hong Kong has seen division in recent years.")
    assert found and set(found) == {"info"}


def test_the_own_place_named_nowhere_near_is_still_reported(tmp_path):
    assert "warning" in _own_place(tmp_path, "Division has appeared in recent years.")


def test_the_own_place_named_in_the_paragraph_before_is_still_reported(tmp_path):
    zh = "\n".join(_ADDRESS_ZH).replace("分化。自", "分化。\n自")
    en = "\n".join(_ADDRESS_EN).replace("{before} ", "Hong Kong has seen division in recent "
                                         "years.\n")
    found = [f.severity.value for f in check_texts(tmp_path, zh, en)
             if f.rule == "name-missing" and "香港" in f.message]
    assert "warning" in found


_OPENING_ZH = ["全会在北京举行。", "会议听取了工作报告。", "会议审议了决定草案。",
               "代表们进行了讨论。"]
_OPENING_EN = ["The plenary session was held in Beijing.", "It heard a work report.",
               "It deliberated on the draft decision.", "The members held discussions."]


def _coverage(zh: list[str], en: list[str]) -> list[tuple[str, str]]:
    """(rule, severity) of the coverage check on a hand-made alignment, after four opening
    sentences (a page's head is furniture), whose English sentence 1 stands alone: [0]:[0],
    []:[1], then one to one."""
    from conftest import make_document

    from align.checks.base import CheckContext
    from align.checks.coverage import CoverageCheck
    from align.model import Alignment, Bead, Settings

    zh, en, k = [*_OPENING_ZH, *zh], [*_OPENING_EN, *en], len(_OPENING_ZH)
    beads = (*(Bead((i,), (i,), 0.7) for i in range(k + 1)), Bead((), (k + 1,), 0.0),
             *(Bead((i,), (i + 1,), 0.7) for i in range(k + 1, len(zh))))
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en), beads=beads)
    found = CoverageCheck().run(CheckContext(alignment=a, settings=Settings()))
    return [(f.rule, f.severity.value) for f in found]


_LEAD_IN_ZH = ["中央决定由全会研究进一步深化改革的问题,主要有以下几方面考虑。",
               "第一,这是凝聚人心、汇聚力量的迫切需要。", "第二,这是完善和发展制度的迫切需要。"]
_LEAD_IN_EN = ["The Central Committee decided that the plenary session would study the issue of "
               "further deepening reform.", "{lead}",
               "First, we need to rally support and pool strength.",
               "Second, we need to improve and develop the system."]


@pytest.mark.parametrize("lead", [
    "There is a pressing need for this, given the following considerations:",
    "The reasons are as follows.",
    "Our considerations are set out below:",
])
def test_a_chinese_lead_in_given_as_an_english_sentence_is_no_addition(lead):
    en = [s.replace("{lead}", lead) for s in _LEAD_IN_EN]
    assert _coverage(_LEAD_IN_ZH, en) == [("addition", "info")]


@pytest.mark.parametrize(("zh_first", "lead"), [
    # the English sentence announces nothing
    (_LEAD_IN_ZH[0], "The decision was taken unanimously after a long debate."),
    # the Chinese before it announces nothing
    ("中央决定由全会研究进一步深化改革的问题。", "There is a pressing need for this, given the "
     "following considerations:"),
])
def test_an_english_sentence_with_no_lead_in_beside_it_is_still_an_addition(zh_first, lead):
    en = [s.replace("{lead}", lead) for s in _LEAD_IN_EN]
    assert ("addition", "warning") in _coverage([zh_first, *_LEAD_IN_ZH[1:]], en) or (
        "addition", "error") in _coverage([zh_first, *_LEAD_IN_ZH[1:]], en)


@pytest.mark.parametrize(("zh", "word", "said"), [
    ("一年一度的世界知识产权日", "annual", True),
    ("一年一度的开放日", "Annually", True),
    ("一年一次的大会", "yearly", True),
    ("一月一次的例会", "monthly", True),
    ("一周一次的课程", "weekly", True),
    ("一天一次的检查", "daily", True),
    ("一月一次的例会", "annual", False),  # another unit's word
    ("一年的努力", "annual", False),  # a length of time, no frequency
    ("世界知识产权日", "annual", False),
])
def test_a_frequency_word_is_sourced_by_a_once_a_unit_phrase(zh, word, said):
    from align.checks.numbers.words import frequency_said

    assert frequency_said(zh, word) is said


def test_annual_for_once_a_year_is_no_added_word():
    from align.checks.partial import additions

    assert additions("今天是一年一度的世界知识产权日。",
                     "Today is the annual World Intellectual Property Day.") == []
    other_unit = additions("这是一月一次的例会。", "This is the annual meeting.")
    assert [s.en_word for s in other_unit] == ["annual"]


@pytest.mark.parametrize(("zh", "en"), [
    ("拥有1万余名会员的「国际青商会中华民国总会」(JCI TAIWAN)已举办50届选拔活动。",
     "JCI Taiwan, with over 10,000 members, has held the award 50 times."),
    ("「日本国际协力机构」（JICA）在当地设立了办事处。", "JICA has set up an office there."),
])
def test_a_name_inside_a_name_the_chinese_glosses_in_latin_is_said(tmp_path, zh, en):
    assert loud(check_texts(tmp_path, zh, en), "name-missing") == []


def test_a_name_glossed_in_latin_the_english_does_not_use_is_still_reported(tmp_path):
    found = check_texts(tmp_path, "拥有1万余名会员的「国际青商会中华民国总会」(JCI TAIWAN)"
                                  "已举办50届选拔活动。",
                        "The chamber, with over 10,000 members, has held the award 50 times.")
    assert loud(found, "name-missing")


@pytest.mark.parametrize(("zh", "surface", "value"), [
    ("107年10月12日", "107年10月12日", "20181012"),
    ("中華民國108年01月28日", "民國108年01月28日", "20190128"),
    ("民國113年12月5日", "民國113年12月5日", "20241205"),
    ("中华民国一百零七年十月十二日", "中华民国一百零七年十月十二日", "20181012"),
    ("民國三十八年", "民國三十八年", "19490000"),
    ("民国99年3月", "民国99年3月", "20100300"),
])
def test_a_date_of_the_republic_of_china_calendar_is_read(zh, surface, value):
    dates = [q for q in extract_zh(zh) if q.kind == "date"]
    assert [(q.surface, quantity_value(q)) for q in dates] == [(surface, value)]


@pytest.mark.parametrize(("zh", "kind"), [
    ("公元107年", "count"),  # no full date, no era: a count as before
    ("他工作了107年", "count"),
    ("2023年10月12日", "date"),
])
def test_a_year_of_no_era_is_read_as_before(zh, kind):
    first = extract_zh(zh)[0]
    assert first.kind == kind
    assert first.kind != "date" or quantity_value(first) == "20231012"


def test_a_date_line_in_the_republic_of_china_calendar_matches_the_english_date(tmp_path):
    found = check_texts(tmp_path, "中華民國108年01月28日\n總統接見訪問團。",
                        "January 28, 2019\nPresident meets delegation.")
    assert [f for f in found if f.rule.startswith("number-")] == []
    assert loud(found, "name-missing") == []


@pytest.mark.parametrize("zh", ["一年又一年", "一次又一次地", "一代又一代人", "一个又一个难关",
                                "一批又一批的学生"])
def test_a_repetition_is_no_count_of_one(zh):
    assert extract_zh(zh) == []


def test_a_count_of_one_beside_another_is_still_read():
    assert [quantity_value(q) for q in extract_zh("工作一年又三个月")] == ["1", "3"]


@pytest.mark.parametrize(("zh", "en"), [
    ("无党派人士出席了会议。", "Public figures without party affiliation attended the meeting."),
    ("无党派人士和民主党派成员参加了座谈。",
     "Democratic party members and public figures without party affiliation joined the talks."),
])
def test_a_negation_saying_the_rest_of_a_word_rendered_in_part_pairs_with_it(tmp_path, zh, en):
    assert loud(check_texts(tmp_path, zh, en), "negation") == []


def test_an_english_negation_beside_no_chinese_one_is_still_reported(tmp_path):
    found = check_texts(tmp_path, "各界人士出席了会议。",
                        "Public figures did not attend the meeting.")
    assert loud(found, "negation")


@pytest.mark.parametrize(("zh", "en"), [
    ("仲裁庭没有管辖权,罔顾法律和事实的裁决也没有约束力。",
     "The tribunal has no jurisdiction, and the award with no legal or factual basis has no "
     "binding force."),
    ("他们漠视事实,继续散布谣言。",
     "With no regard for the facts, they went on spreading rumours."),
])
def test_an_english_no_may_render_a_chinese_word_of_disregard(tmp_path, zh, en):
    assert loud(check_texts(tmp_path, zh, en), "negation") == []


@pytest.mark.parametrize(("word", "name"), [
    ("Excellecy", False), ("Ambassadr", False), ("Amb", False), ("Excellency", False),
    ("Sebastian", True), ("Macau", True), ("Premiere", True), ("Rosario", True),
])
def test_a_title_misspelt_or_abbreviated_is_no_name(word, name):
    from align.checks.entities import _not_a_name

    assert _not_a_name(word) is not name


@pytest.mark.parametrize(("zh", "en"), [
    ("莫桑比克总理多罗萨里奥先生出席会议。",
     "Prime Minister Carlos do Rosario of Mozambique attended the meeting."),
    ("尊敬的莫桑比克总理多罗萨里奥先生阁下,",
     "Your Excellecy Prime Minister Carlos do Rosario,"),
])
def test_a_surname_with_its_particle_is_the_transliterations_spelling(tmp_path, zh, en):
    found = check_texts(tmp_path, zh, en)
    assert loud(found, "name-missing") == loud(found, "name-unmatched") == []


def test_a_person_replaced_beside_a_particled_name_is_still_reported(tmp_path):
    found = check_texts(tmp_path, "莫桑比克总理多罗萨里奥先生出席会议。",
                        "Prime Minister Carlos Agostinho of Mozambique attended the meeting.")
    assert loud(found, "name-unmatched") or loud(found, "name-missing")


@pytest.mark.parametrize(("zh", "value"), [
    ("918事變", "918"), ("911事件", "911"), ("77事变", "707"),
    ("1209运动", "1209"),
])
def test_an_event_named_by_its_day_in_digits_is_a_date(zh, value):
    dates = [q for q in extract_zh(zh) if q.kind == "date"]
    assert [(quantity_value(q), q.weak) for q in dates] == [(value, True)]


@pytest.mark.parametrize("zh", ["2020事件", "1001个事件", "18个运动员"])
def test_a_year_or_a_count_before_an_event_word_is_no_event_day(zh):
    assert not any(q.kind == "date" and q.weak for q in extract_zh(zh))


def test_the_year_of_an_event_named_by_its_day_is_explicitation(tmp_path):
    found = check_texts(tmp_path, "陈先生在918事變发生后志愿回国参加空军。",
                        "After the Mukden Incident of 1931, Mr Chen volunteered to join the air "
                        "force in China.")
    assert [f for f in found if f.rule.startswith("number-") and f.severity.value != "info"] == []


@pytest.mark.parametrize(("zh", "en", "extra"), [
    ("前年我曾到访贵国。", "I visited your country two years ago.", False),
    ("去年我曾到访贵国。", "I visited your country a year ago.", False),
    ("去年我曾到访贵国。", "I visited your country two years ago.", True),
    ("我曾到访贵国。", "I visited your country two years ago.", True),
])
def test_years_ago_said_by_a_relative_year(tmp_path, zh, en, extra):
    found = check_texts(tmp_path, zh, en)
    assert bool(loud(found, "number-extra")) is extra


def test_a_weekday_the_chinese_names_beside_another_date_is_not_the_date_lines(tmp_path):
    found = check_texts(tmp_path, "總統出席晚宴\n中華民國105年03月19日\n"
                                  "馬總統於美國時間3月17日(週四)抵達洛杉磯。",
                        "President Ma arrived in Los Angeles on Thursday, March 17.")
    assert not [f for f in found if f.rule == "number-mismatch"]


def test_a_weekday_a_date_did_not_fall_on_is_still_reported(tmp_path):
    found = check_texts(tmp_path, "馬總統於民國105年3月19日抵達洛杉磯。",
                        "President Ma arrived in Los Angeles on Thursday.")
    assert [f.severity.value for f in found if f.rule == "number-mismatch"] == ["error"]
