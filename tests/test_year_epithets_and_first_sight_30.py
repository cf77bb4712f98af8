"""Forms met on real published pairs in the thirtieth session: 一年 as the count word of an
epithet of the year (重要一年 "an important year"), no length of time; a faith named by its
followers' word (回教同胞 "Muslim Singaporeans"); 二次 of 二次收入 ("secondary income"); the
miswritten fraction 三份之一; a table's unit on a line of its own ("RMB 100 million" for 亿元);
a release's month said in each Chinese paragraph and once in the English title; the place a
short message speaks for, the one it names most, said as "Our economy"; a person's name is no
owner of a noun after the verb that follows it ("my Embassy" does not say 夫人江亦丽); 二元 of
城乡二元结构 (a dual structure, no money); a span of years said by the event that filled it
(三年新冠疫情 "the pandemic"); a craft numbered in its name ("Chang'e-6" for 嫦娥六号); numbers
joined by slashes ("24/72/144-hour"); a count closing a list with 等 against the English count
of the others ("Apple Daily and two other companies" for 等3家公司); "Daily" of a name is no
adverb; "lawful" renders 依法 ('according to law'); the dateline is a full date before a bare
year the text talks about (回顾2023年 in a speech dated "February 17, 2024": "The past year");
an event dated after its name ("the first China-Arab States Summit in 2022" for 首届中阿峰会);
"hereby"; "deprived of" saying 无法享有."""

import pytest
from conftest import check_texts

from align.checks.numbers.compare import compare
from align.numbers import extract_en, extract_zh


def _rules(zh: str, en: str) -> list[str]:
    return [d.rule.id for d in compare(extract_zh(zh), extract_en(en))]


@pytest.mark.parametrize(("zh", "en"), [
    ("今年是重要一年。", "This is an important year."),
    ("2024年是关键一年,我们要努力。", "2024 is a crucial year, and we must work hard."),
    ("明年是關鍵一年。", "Next year will be a critical year."),
    ("这是攻坚一年。", "This is a year of hard work."),
    ("那是难忘一年。", "It was an unforgettable year."),
])
def test_an_epithet_of_the_year_is_no_length_of_time(zh, en):
    ones = [q for q in extract_zh(zh) if q.surface == "一年"]
    assert ones and all(q.weak for q in ones)
    assert _rules(zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("他在北京学习一年。", "He studied in Beijing."),
    ("我们住了一年。", "We lived there."),
    ("项目已运行一年。", "The project is running."),
])
def test_a_length_of_a_year_after_a_verb_is_still_reported(zh, en):
    ones = [q for q in extract_zh(zh) if q.surface == "一年"]
    assert ones and not any(q.weak for q in ones)
    assert "number-missing" in _rules(zh, en)


def _names(findings) -> list[tuple[str, str]]:
    return [(f.rule, f.severity.value) for f in findings if f.rule.startswith("name-")
            and f.severity.value != "info"]


@pytest.mark.parametrize(("zh", "en"), [
    ("我们的回教同胞今天欢度佳节。", "Our Muslim friends celebrate the festival today."),
    ("伊斯兰教社区的领袖出席了活动。", "Leaders of the Muslim community attended."),
    ("犹太教会堂的成员参加了聚会。", "Members of the Jewish congregation took part."),
    ("佛教徒在寺庙里祈福。", "Buddhists pray at the temple."),
])
def test_a_faith_named_by_its_followers_word_is_said(tmp_path, zh, en):
    assert _names(check_texts(tmp_path, zh, en)) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("我们的回教同胞今天欢度佳节。", "Our Christian friends celebrate the festival today."),
    ("犹太教会堂的成员参加了聚会。", "Members of the Muslim congregation took part."),
])
def test_another_faith_in_its_place_is_still_reported(tmp_path, zh, en):
    assert _names(check_texts(tmp_path, zh, en))


@pytest.mark.parametrize(("zh", "en"), [
    ("二次收入顺差54亿美元。", "The secondary income surplus was USD 5.4 billion."),
    ("二次大战后,经济恢复。", "After the Second World War, the economy recovered."),
    ("推动二次创业。", "We will promote a new round of entrepreneurship."),
])
def test_er_ci_before_a_noun_is_secondary_not_a_count(zh, en):
    twice = [q for q in extract_zh(zh) if q.surface == "二次"]
    assert twice and all(q.weak for q in twice)
    assert _rules(zh, en) == []


@pytest.mark.parametrize(("zh", "value"), [
    ("每年检查二次。", 2), ("第二次会议", 2), ("会议召开了两次。", 2)])
def test_a_real_count_or_ordinal_of_times_is_kept(zh, value):
    assert [q.value for q in extract_zh(zh) if not q.weak] == [value]


@pytest.mark.parametrize(("zh", "en"), [
    ("贸易出口量减少了三份之一。", "Exports went down by a third."),
    ("约四份之三的居民支持。", "About three quarters of residents agree."),
])
def test_a_fraction_miswritten_with_fen_of_a_share_is_a_fraction(zh, en):
    assert [q.kind for q in extract_zh(zh)] == ["fraction"]
    assert _rules(zh, en) == []


def test_a_miswritten_fraction_that_differs_is_still_reported():
    assert _rules("贸易出口量减少了三份之一。", "Exports went down by a quarter.") == [
        "number-mismatch"]


@pytest.mark.parametrize("en", ["RMB 100 million", "USD 100 million", "SDR 100 million",
                                "Unit: 10,000 tons", "100 million yuan", "  HK$ 1,000 "])
def test_a_unit_on_a_line_of_its_own_is_a_table_header(en):
    found = extract_en(en)
    assert found and all(q.weak for q in found)


@pytest.mark.parametrize("en", ["The surplus was 100 million.", "100", "1,000 tons", "100 days"])
def test_a_figure_that_is_no_unit_header_stays_strong(en):
    found = extract_en(en)
    assert found and not any(q.weak for q in found)


def test_a_table_unit_header_is_no_added_figure(tmp_path):
    zh = "2023年一季度,经常账户顺差5575亿元。\n项目\n亿元\n亿美元\n"
    en = ("In the first quarter of 2023, the current account surplus was RMB 557.5 billion.\n"
          "Item\nRMB 100 million\nUSD 100 million\n")
    loud = [f.rule for f in check_texts(tmp_path, zh, en) if f.severity.value != "info"]
    assert "number-extra" not in loud


_RELEASE_ZH = (
    "一、新建住宅价格变动情况\n"
    "与上月相比,70个大中城市中,价格下降的城市有4个,上涨的城市有64个。\n"
    "与上年同月相比,价格下降的城市有6个,上涨的城市有62个。8月份,同比最高涨幅为44.3%。\n"
    "二、二手住宅价格变动情况\n"
    "与上月相比,价格下降的城市有9个,上涨的城市有57个。\n"
    "与上年同月相比,价格下降的城市有16个,上涨的城市有53个。8月份,同比最高涨幅为46.9%。\n")
_RELEASE_EN = (
    "Sales Prices of Residential Buildings in 70 Cities in {month} 2016\n"
    "I. Sales Prices of Newly Constructed Residential Buildings\n"
    "Compared with the previous month, among 70 cities, prices declined in 4 cities and rose in "
    "64 cities.\n"
    "Compared with the same month last year, prices declined in 6 cities and rose in 62 cities. "
    "Year on year, the highest increase was 44.3 percent.\n"
    "II. Sales Prices of Second-Hand Residential Buildings\n"
    "Compared with the previous month, prices declined in 9 cities and rose in 57 cities.\n"
    "Compared with the same month last year, prices declined in 16 cities and rose in 53 "
    "cities. Year on year, the highest increase was 46.9 percent.\n")


def _month_findings(tmp_path, month: str) -> list[str]:
    return [f.severity.value for f in check_texts(tmp_path, _RELEASE_ZH, _RELEASE_EN.format(
        month=month)) if f.rule.startswith("number-") and "8月份" in f.message]


def test_a_month_the_english_title_names_is_said_for_each_paragraph(tmp_path):
    found = _month_findings(tmp_path, "August")
    assert found and set(found) == {"info"}


def test_a_month_the_english_title_does_not_name_is_still_reported(tmp_path):
    assert "info" not in _month_findings(tmp_path, "September") or set(
        _month_findings(tmp_path, "September")) != {"info"}


_MESSAGE_ZH = [
    "2009年国庆献词",
    "对新加坡来说,今年很不容易。",
    "年初,我们面对严重的经济风暴。",
    "工厂订单大幅减少,很多工人担心失业。",
    "政府提早公布了预算案。",
    "我们帮助企业保住工作。",
    "现在情况已经有所改善。",
    "{sentence}",
    "新加坡人团结一致,共同面对困难。",
    "我们要继续努力。",
    "祝大家国庆快乐。",
    "我们对未来充满信心。",
    "让我们一起迎接新的挑战。",
    "新加坡的明天会更好。",
    "年轻人要勇于创新。",
    "老年人要得到照顾。",
    "学校要培养人才。",
    "社区要互相帮助。",
    "企业要提高生产力。",
    "家庭是社会的基础。",
]
_MESSAGE_EN = [
    "National Day Message 2009",
    "Singapore has had a difficult year.",
    "Early in the year, we faced a severe economic storm.",
    "Factory orders fell sharply and many workers feared for their jobs.",
    "The Government announced the Budget early.",
    "We helped companies keep jobs.",
    "Things have now improved.",
    "{sentence}",
    "Singaporeans stood together to face the difficulties.",
    "We must keep working hard.",
    "I wish everyone a happy National Day.",
    "We are confident about the future.",
    "Let us meet new challenges together.",
    "Singapore's tomorrow will be better.",
    "Young people must dare to innovate.",
    "Older people must be cared for.",
    "Schools must nurture talent.",
    "Communities must help one another.",
    "Companies must raise productivity.",
    "The family is the foundation of society.",
]


def _place_findings(tmp_path, zh: str, en: str, extra_zh: str = "", extra_en: str = ""):
    zh_doc = "\n".join(_MESSAGE_ZH).replace("{sentence}", zh) + extra_zh
    en_doc = "\n".join(_MESSAGE_EN).replace("{sentence}", en) + extra_en
    return [f.severity.value for f in check_texts(tmp_path, zh_doc, en_doc)
            if f.rule == "name-missing" and "新加坡" in f.message]


def test_the_place_a_message_names_most_said_as_our_is_said(tmp_path):
    found = _place_findings(tmp_path, "虽然新加坡所受到的冲击比多数国家严重,但是我们的失业率很低。",
                            "Our economy was among the worst hit, yet our unemployment is low.")
    assert found and set(found) == {"info"}


def test_the_place_dropped_with_no_our_is_still_reported(tmp_path):
    found = _place_findings(tmp_path, "虽然新加坡所受到的冲击比多数国家严重,但是失业率很低。",
                            "The economy was among the worst hit, yet unemployment is low.")
    assert "warning" in found


def test_a_place_named_no_more_than_another_is_not_the_documents_own(tmp_path):
    more = ("\n美国的经济也很困难。\n美国的订单减少了。\n美国的工人也担心。\n美国政府出台了措施。")
    more_en = ("\nThe US economy is also struggling.\nUS orders have fallen.\nUS workers are "
               "worried too.\nThe US government has acted.")
    found = _place_findings(tmp_path, "虽然新加坡所受到的冲击比多数国家严重,但是我们的失业率很低。",
                            "Our economy was among the worst hit, yet our unemployment is low.",
                            more, more_en)
    assert "warning" in found


@pytest.mark.parametrize(("zh", "en"), [
    ("我和夫人江亦丽博士欢迎你们做客中国大使馆。", "Welcome you all to my Embassy."),
    ("我和夫人江亦丽博士感谢你们光临中国大使馆。", "Thank you for coming to my Embassy."),
])
def test_a_person_before_a_verb_owns_no_noun_the_english_says_with_my(tmp_path, zh, en):
    assert ("name-missing", "warning") in _names(check_texts(tmp_path, zh, en))


@pytest.mark.parametrize(("zh", "en"), [
    ("加拿大热情的人民欢迎我们。", "Your warm people welcomed us."),
    ("香港的经济增长很快。", "Our economic growth is fast."),
])
def test_a_place_owning_the_noun_after_it_may_be_said_by_a_possessive(tmp_path, zh, en):
    assert ("name-missing", "warning") not in _names(check_texts(tmp_path, zh, en))


@pytest.mark.parametrize("zh", ["破除城鄉二元結構。", "实行一元化领导。", "打破二元经济格局。"])
def test_yuan_of_a_structure_is_no_money(zh):
    assert extract_zh(zh) == []


def test_yuan_of_money_is_still_read():
    assert [(q.kind, q.value) for q in extract_zh("每张票二元。")] == [("money", 2)]


@pytest.mark.parametrize(("zh", "en"), [
    ("冠病疫情导致过去两年我们很少见面。", "Throughout the COVID-19 pandemic, we have seldom met."),
    ("这是三年新冠疫情防控转段后经济恢复的一年。",
     "It was a year of recovery after the easing of pandemic controls."),
    ("八年抗战,人民付出了巨大牺牲。", "In the War of Resistance, the people made huge sacrifices."),
])
def test_a_span_of_years_said_by_its_event_is_said(tmp_path, zh, en):
    loud = [f.rule for f in check_texts(tmp_path, zh, en)
            if f.rule.startswith("number-") and f.severity.value != "info"]
    assert loud == []


@pytest.mark.parametrize(("zh", "en"), [
    ("过去两年我们很少见面。", "We have seldom met."),  # no event: the span is dropped
    ("冠病疫情导致过去两年我们很少见面。",
     "For the past three years of the pandemic, we have seldom met."),
])
def test_a_span_of_years_with_no_event_or_another_count_is_still_reported(tmp_path, zh, en):
    loud = [f.rule for f in check_texts(tmp_path, zh, en)
            if f.rule.startswith("number-") and f.severity.value != "info"]
    assert loud


@pytest.mark.parametrize(("zh", "en"), [
    ("嫦娥六号任务取得圆满成功。", "The Chang'e-6 mission was a complete success."),
    ("神舟六号载人飞船发射成功。", "The Shenzhou-6 manned spacecraft was launched."),
    ("天问一号到达火星。", "Tianwen-1 reached Mars."),
])
def test_a_craft_numbered_in_its_name_is_matched(zh, en):
    assert _rules(zh, en) == []


def test_a_craft_with_another_number_is_still_reported():
    assert _rules("嫦娥六号任务取得圆满成功。", "The Chang'e-5 mission was a success.") == [
        "number-missing"]


@pytest.mark.parametrize("en", ["Level-2 alert", "COVID-19 cases", "a Boeing-747"])
def test_a_grade_or_code_is_no_craft_designation(en):
    assert not any(q.weak and q.value in (2, 19, 747) for q in extract_en(en))


@pytest.mark.parametrize(("en", "values"), [
    ("the 24/72/144-hour visa-free transit policy", [24, 72, 144]),
    ("the 72/144-hour policy", [72, 144]),
    ("1/2/3 scale", [1, 2, 3]),
])
def test_numbers_joined_by_slashes_are_each_a_count(en, values):
    assert [q.value for q in extract_en(en) if q.kind == "count"] == values


@pytest.mark.parametrize(("en", "kind"), [("2/3 of the people", "fraction"),
                                         ("on 2020/11/04", "date")])
def test_a_fraction_or_a_date_is_no_slash_series(en, kind):
    assert [q.kind for q in extract_en(en)] == [kind]


def test_a_slash_series_is_compared_member_by_member():
    zh = "实行24/72/144小时过境免签政策。"
    assert _rules(zh, "We apply the 24/72/144-hour visa-free transit policy.") == []
    assert _rules(zh, "We apply the 24/72/240-hour visa-free transit policy.") == [
        "number-mismatch"]


def _loud(tmp_path, zh: str, en: str) -> list[str]:
    return [f.rule for f in check_texts(tmp_path, zh, en) if f.severity.value != "info"]


@pytest.mark.parametrize(("zh", "en"), [
    ("英方对苹果日报等3家公司采取的行动表示关切。",
     "The UK is concerned about the actions against Apple Daily and two other companies."),
    ("会议邀请了中国、印度等5个国家。", "China, India and three other countries were invited."),
])
def test_a_count_closing_a_list_against_the_others_is_matched(tmp_path, zh, en):
    assert "number-mismatch" not in _loud(tmp_path, zh, en)


@pytest.mark.parametrize(("zh", "en"), [
    ("英方对苹果日报等3家公司采取的行动表示关切。",
     "The UK is concerned about the actions against Apple Daily and four other companies."),
    ("英方对苹果日报和3家公司采取的行动表示关切。",
     "The UK is concerned about the actions against Apple Daily and two companies."),
])
def test_a_count_of_others_that_does_not_add_up_is_still_reported(tmp_path, zh, en):
    assert "number-mismatch" in _loud(tmp_path, zh, en)


def test_daily_of_a_name_is_no_adverb_where_a_verb_should_be():
    from align.lexicon.syntax import gaps

    assert not any(g.pattern == "adverb-no-verb" for g in gaps(
        "The UK Foreign Secretary made a statement on the Apple Daily newspaper."))
    assert any(g.pattern == "adverb-no-verb" for g in gaps("Rangers closely shooters in the park."))


@pytest.mark.parametrize(("zh", "en"), [
    ("保障市民依法享有的权利和自由。",
     "We protect the lawful rights and freedoms residents enjoy."),
])
def test_an_adjective_made_of_a_sense_noun_is_sourced(zh, en):
    from align.checks.partial import additions

    assert [s.en_word for s in additions(zh, en)] == []


_SPEECH_ZH = ["各位朋友,", "回顾2023年,世界充满动荡,人类面临多重挑战。", "今天,我要传递一个信息。"]
_SPEECH_EN = ["A Force for Stability", "Munich, February 17, {year}", "Dear friends,",
              "The past year witnessed much turbulence and many challenges facing humanity.",
              "Today, I want to deliver one message."]


@pytest.mark.parametrize(("year", "loud"), [(2024, False), (2025, True)])
def test_a_full_date_in_the_english_head_dates_a_relative_year(tmp_path, year, loud):
    en = "\n".join(_SPEECH_EN).replace("{year}", str(year))
    found = [f.severity.value for f in check_texts(tmp_path, "\n".join(_SPEECH_ZH), en)
             if f.rule == "number-missing" and "2023" in f.message]
    assert found and (found != ["info"]) == loud


@pytest.mark.parametrize(("title_year", "loud"), [(2024, False), (2023, True)])
def test_a_bare_year_in_the_chinese_opening_still_dates_a_text_with_no_full_date(
        tmp_path, title_year, loud):
    zh = f"{title_year}年政府工作报告\n各位代表:\n2024年,经济增长百分之五。"
    en = "Report on the Work of the Government\nFellow Deputies,\nThis year, the economy grew 5%."
    found = [f.severity.value for f in check_texts(tmp_path, zh, en)
             if f.rule == "number-missing" and "经济" in f.zh.text]
    assert found and (found != ["info"]) == loud


@pytest.mark.parametrize(("zh", "en"), [
    ("我们在首届中阿峰会上会面。", "We met at the first China-Arab States Summit in 2022."),
    ("首届进博会取得成功。", "The first China International Import Expo in 2018 was a success."),
])
def test_an_event_dated_after_its_name_is_no_added_year(tmp_path, zh, en):
    assert "number-extra" not in _loud(tmp_path, zh, en)


def test_a_year_not_dating_the_event_is_still_reported(tmp_path):
    assert "number-extra" in _loud(tmp_path, "我们在首届中阿峰会上会面。",
                                   "We met at the first China-Arab States Summit and signed "
                                   "deals in 2022.")


def test_hereby_is_no_addition():
    from align.checks.partial import additions

    assert additions("我向本届部长会做工作报告。",
                     "I hereby report on the work to this Ministerial Conference.") == []


def test_deprived_of_renders_a_chinese_negation(tmp_path):
    loud = [f.rule for f in check_texts(tmp_path, "他们无法享有基本人权。",
                                        "They were deprived of basic human rights.")
            if f.severity.value != "info"]
    assert "negation" not in loud


@pytest.mark.parametrize(("en", "says_the_place"), [
    ("On July 23, local time, confirmed cases exceeded 4 million.", False),
    ("The meeting opened at 9 a.m. local time.", False),
    ("Local films did well this year.", True),
    ("It matters to our city.", True),
])
def test_local_time_is_no_way_of_saying_the_place(en, says_the_place):
    from align.checks.entities import _OUR_PLACE

    assert bool(_OUR_PLACE.search(en)) == says_the_place
