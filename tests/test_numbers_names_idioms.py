"""Number readings that fooled the quantity engine on real pages (issue 14, twelfth session):
spans of years said by words ("three quarters of a century"), jubilees (金禧, "golden
jubilee"), "and over" that starts a phrase, regnal numerals and house numbers (parts of
names), numbers in salutations and in the page's own lead or bracketed dateline. Each faithful
pair gives no finding at warning or above; a changed number still does. Sentences written for
these tests."""

import pytest
from conftest import loud_numbers as loud

from align.checks.coverage import furniture_en, furniture_zh
from align.checks.numbers import read_zh
from align.model import Bead, Severity
from align.numbers.en import extract_en


def values(text: str) -> list[str]:
    return [q.normalised() for q in extract_en(text) if not q.weak]


# -- spans of years and twenties said by words ---------------------------------------------------


@pytest.mark.parametrize(("en", "want"), [
    ("The ensuing three quarters of a century has seen peace.", ["75 count"]),
    ("The three-quarters of a century since then were calm.", ["75 count"]),
    ("It was built a quarter of a century ago.", ["25 count"]),
    ("After a quarter-century of talks they agreed.", ["25 count"]),
    ("For over a quarter century they have traded.", ["more-than 25 count"]),
    ("In half of a decade the town grew.", ["5 count"]),
    ("Half a century has passed.", ["50 count"]),
    ("Over two decades the city grew.", ["more-than 20 count"]),
    ("A score of nations signed the pact.", ["approx 20 count"]),
    ("Four score and seven years ago they met.", ["87 count"]),
    ("Three score and ten years is a life.", ["70 count"]),
    ("A half-century of ties binds them.", ["50 count"]),
    ("Trade saw a threefold increase.", ["3 multiple"]),
    ("Output grew twofold.", ["2 multiple"]),
    ("Exports rose tenfold.", ["10 multiple"]),
    ("Investment saw a 20-fold rise.", ["20 multiple"]),
])
def test_spans_and_scores_said_in_words_are_read(en: str, want: list[str]) -> None:
    assert values(en) == want


@pytest.mark.parametrize(("en", "want"), [
    ("Three quarters of the people voted.", ["0.75 fraction"]),  # a fraction of people
    ("Two thirds of a century later it fell.", ["0.6666666666666666666666666667 fraction"]),
    ("The match ended with a score of 3-1.", ["3..1 count"]),  # a game's score
    ("He wanted to settle a score with them.", []),
    ("The final score was announced.", []),
    ("On that score, we agree.", []),
    ("They face manifold problems.", []),
])
def test_what_is_no_span_or_score_stays_as_it_was(en: str, want: list[str]) -> None:
    assert values(en) == want


@pytest.mark.parametrize(("zh", "en"), [
    ("75年来，世界保持了总体和平。", "The ensuing three quarters of a century has seen peace."),
    ("25年来，两国贸易稳步增长。", "Over the past quarter of a century, trade has grown steadily."),
    ("五十年来，城市面貌焕然一新。", "In half a century, the city has been transformed."),
    ("二十年来，双方合作不断深化。", "For two decades, cooperation has deepened."),
])
def test_a_span_of_years_said_in_words_matches_the_chinese(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("75年来，世界保持了总体和平。", "The ensuing half a century has seen overall peace."),
    ("25年来，两国贸易稳步增长。", "Over the past three quarters of a century, trade has grown."),
])
def test_a_wrong_span_said_in_words_is_still_found(zh: str, en: str) -> None:
    assert loud([zh], [en]) != []


@pytest.mark.parametrize(("zh", "want"), [
    ("四分之三个世纪以来", ["75 count"]), ("半世纪以来", ["50 count"]),
    ("半个多世纪", ["more-than 50 count"]),
    ("七十五载风雨", ["75 count"]), ("十载春秋", ["10 count"]), ("走过一个甲子", ["60 count"]),
    ("一甲子", ["60 count"]),
    # no span: an idiom, a verb, a year's name in the cycle, the first half of a century
    ("千载难逢的机遇", []), ("载人航天", []), ("满载而归", []), ("甲子年", []), ("上半世纪", []),
])
def test_chinese_spans_of_years_in_literary_words(zh: str, want: list[str]) -> None:
    assert [q.normalised() for q in read_zh(zh)] == want


@pytest.mark.parametrize(("zh", "en"), [
    ("两国贸易额增长了三倍。", "Trade between the two countries saw a threefold increase."),
    ("七十五载风雨兼程，联合国历经考验。", "Over three quarters of a century, the UN was tested."),
    ("学会成立一个甲子以来成果丰硕。", "In the six decades since its founding it thrived."),
])
def test_multiples_and_literary_spans_match_the_english(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


# -- jubilees ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("zh", "want"), [
    ("今年是东盟的“金禧年”。", "50 ordinal"), ("银禧纪念", "25 ordinal"),
    ("銀禧紀念", "25 ordinal"),
    ("钻禧庆典", "60 ordinal"), ("钻石禧年", "60 ordinal"), ("白金禧庆典", "70 ordinal"),
])
def test_chinese_jubilees_are_anniversaries(zh: str, want: str) -> None:
    assert [q.normalised() for q in read_zh(zh)] == [want]


@pytest.mark.parametrize("zh", ["禧年", "恭喜发财", "新禧"])
def test_no_jubilee_without_its_metal(zh: str) -> None:
    assert read_zh(zh) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("今年是东盟的“金禧年”，可喜可贺。", "ASEAN's golden jubilee this year is a cause for joy."),
    ("今年是学校的银禧年。", "This year is the school's silver jubilee."),
    ("今年迎来建校五十周年。", "This year the school celebrates its golden jubilee."),
])
def test_a_jubilee_matches_its_english_name(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


def test_a_jubilee_of_another_metal_is_found() -> None:
    assert loud(["今年是学校的银禧年。"], ["This year is the school's golden jubilee."]) != []


# -- "and over": a bound, or a preposition -------------------------------------------------------


@pytest.mark.parametrize(("en", "want"), [
    ("A Review of Our Work in 2022 and over the Past Five Years", ["2022 date", "5 count"]),
    ("Sales in 2021 and more importantly profits rose.", ["2021 date"]),
    ("They spent 100 and above the budget went the rest.", ["100 count"]),
    ("People aged 60 and over were invited.", ["at-least 60 count"]),
    ("Those 60 and over.", ["at-least 60 count"]),
    ("Five or more countries joined.", ["at-least 5 count"]),
    ("Citizens aged 18 or older may vote.", ["at-least 18 count"]),
    ("They met in groups of 10 or fewer.", ["at-most 10 count"]),
])
def test_and_over_bounds_a_number_only_when_it_ends_the_phrase(en: str, want: list[str]) -> None:
    assert values(en) == want


def test_a_year_and_over_a_period_matches_a_relative_year() -> None:
    zh = ["2023年政府工作报告", "一、过去一年和五年工作回顾"]
    en = ["Report on the Work of the Government 2023",
          "I. A Review of Our Work in 2022 and over the Past Five Years"]
    assert loud(zh, en) == []


# -- regnal numerals and house numbers: parts of names -------------------------------------------


def test_a_regnal_numeral_is_a_weak_part_of_a_name() -> None:
    found = read_zh("习主席会见了伊丽莎白二世女王。")
    assert [(q.normalised(), q.weak) for q in found] == [("2 ordinal", True)]


@pytest.mark.parametrize(("en", "weak"), [
    ("They met at No. 10 Downing Street.", True),
    ("He lives at 10 Downing Street.", True),
    ("The embassy is at 3 Rue de Rivoli.", True),
    ("The White House is at 1600 Pennsylvania Avenue.", True),
    ("In 2019 Wall Street rose.", False),  # a year before a street's name
    ("10 streets were closed.", False),
    ("The 10 main roads were closed.", False),
])
def test_a_house_number_is_weak(en: str, weak: bool) -> None:
    assert [q.weak for q in extract_en(en)] == [weak]


@pytest.mark.parametrize(("zh", "en"), [
    # the regnal numeral dropped ("Her Majesty") and the address given by its number
    ("习主席会见了伊丽莎白二世女王，同首相在唐宁街首相府会谈。",
     "President Xi was received by Her Majesty and held talks with the Prime Minister at "
     "No. 10 Downing Street."),
    ("习主席会见了伊丽莎白二世女王。", "President Xi was received by Queen Elizabeth II."),
    ("两国领导人在唐宁街10号会谈。", "The two leaders held talks at 10 Downing Street."),
    ("教皇本笃十六世发表讲话。", "Pope Benedict XVI gave a speech."),
])
def test_names_with_numbers_are_no_quantities_to_match(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


def test_a_wrong_regnal_numeral_is_still_found() -> None:
    assert loud(["查尔斯三世国王出席了仪式。"], ["King Charles II attended the ceremony."]) != []


def test_a_real_count_beside_a_name_is_still_compared() -> None:
    assert loud(["伊丽莎白二世女王会见了12位代表。"],
                ["Queen Elizabeth II met 15 delegates."]) == [("number-mismatch", Severity.ERROR)]


# -- numbers in salutations ----------------------------------------------------------------------


@pytest.mark.parametrize(("en", "kind"), [
    ("Your Excellency Mr. Peter Thomson, President of the 71st Session of the UN General "
     "Assembly,", "salutation"),
    ("Rt Hon Christopher Luxon, Prime Minister of New Zealand,", "salutation"),
    ("Honourable Ministers, Excellencies,", "salutation"),
    ("Your Excellency, the talks of the 71st Session were fruitful.", ""),
    ("Dear friends, today is a great day.", ""),
])
def test_english_lines_of_address(en: str, kind: str) -> None:
    assert furniture_en(en) == kind


def test_a_number_a_salutation_adds_is_info() -> None:
    zh = ["尊敬的联合国大会主席汤姆森先生，"]
    en = ["Your Excellency Mr. Peter Thomson, President of the 71st Session of the UN General "
          "Assembly,"]
    assert loud(zh, en) == []


def test_a_number_a_salutation_drops_is_info() -> None:
    assert loud(["尊敬的第七十一届联合国大会主席汤姆森先生，"],
                ["Your Excellency Mr. Peter Thomson, President of the UN General Assembly,"]) == []


def test_a_number_added_in_a_sentence_is_still_found() -> None:
    zh = ["联合国大会主席汤姆森先生出席了会议。"]
    en = ["Mr. Peter Thomson, President of the 71st Session of the UN General Assembly, "
          "attended the meeting."]
    assert ("number-extra", Severity.WARNING) in loud(zh, en)


# -- a bracketed dateline in a title block the English page does not print -----------------------


@pytest.mark.parametrize(("zh", "kind"), [
    ("(2月3日,奥克兰)", "dateline"), ("（3月5日）", "dateline"),
    ("（2024年2月3日，奥克兰）", "dateline"),
    ("6月24日，国家主席致信祝贺", ""), ("(2月3日，奥克兰举行了盛大的春节庆祝活动和花市)", ""),
])
def test_a_bracketed_dateline(zh: str, kind: str) -> None:
    assert furniture_zh(zh) == kind


def test_a_dateline_paired_with_a_salutation_is_info() -> None:
    zh = ["大使在花市开幕式上的致辞", "(2月3日,奥克兰)", "尊敬的总理，", "尊敬的会长，"]
    en = ["Rt Hon Christopher Luxon, Prime Minister of New Zealand,",
          "Mr David Tai, Chairman of the Auckland Community Centre, and Kai Luey, past Chair,"]
    assert loud(zh, en, beads=(Bead((0, 1, 2), (0,), 0.5), Bead((3,), (1,), 0.8))) == []


def test_a_dateline_an_english_title_block_drops_is_still_found() -> None:
    zh = ["大使在花市开幕式上的致辞", "(2月3日,奥克兰)"]
    en = ["Remarks by the Ambassador", "At the Opening of the Flower Market"]
    assert loud(zh, en, beads=(Bead((0, 1), (0, 1), 0.8),)) != []


# -- a number in the page's own lead, before the notice that introduces the text -----------------

_BODY_ZH = ["主席先生：", "本届联大的主题具有重要意义。", "回顾过去，联合国做出了卓越贡献。"]
_BODY_EN = ["Mr. President,", "The theme of this session is of great significance.",
            "Looking back, the UN has made great contributions."]


def _with_lead(zh_lead: list[str], en_lead: list[str]) -> list[tuple[str, Severity]]:
    zh, en = zh_lead + _BODY_ZH, en_lead + _BODY_EN
    nz, ne = len(zh_lead), len(en_lead)
    beads = (Bead((0,), (0,), 0.3), Bead(tuple(range(1, nz)), tuple(range(1, ne)), 0.3),
             *(Bead((nz + k,), (ne + k,), 0.8) for k in range(3)))
    return loud(zh, en, beads=beads)


def test_a_number_in_a_lead_only_one_page_prints_is_info() -> None:
    zh = ["外长表示，两年前的联大一般性辩论意义重大。", "以下为讲话全文：", "人人得享和平与发展"]
    en = ["Toward Peace and Development for All", "Speech by the Foreign Minister"]
    assert _with_lead(zh, en) == []


def test_a_number_a_translated_lead_drops_is_still_found() -> None:
    zh = ["外长表示，两年前的联大一般性辩论意义重大。", "以下为讲话全文：", "人人得享和平与发展"]
    en = ["The minister said the general debate was important.", "Following is the full text:",
          "Toward Peace and Development for All"]
    assert [rule for rule, _ in _with_lead(zh, en)] == ["number-missing"]


# -- a number only in a photo caption ------------------------------------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    ("11月15日，主席出席峰会。这是主席同与会领导人合影。[新华社 李学仁 摄]",
     "The President addressed a working lunch on Nov. 16, 2015."),
    ("3月5日，代表们步入会场。（新华社记者 王华摄）", "The deputies met for the opening session."),
    ("图为5名队员在训练。（图片来源：新华网）", "The team trained hard before the match."),
])
def test_a_number_only_in_a_chinese_caption_is_info(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


def test_an_english_caption_number_is_info() -> None:
    zh = ["代表们步入会场。"]
    en = ["The 30 deputies walk into the hall. (Xinhua/Li Xueren)"]
    assert loud(zh, en) == []


def test_a_number_a_caption_repeats_from_the_text_is_still_found() -> None:
    zh = ["3月5日，代表们在第一次全体会议上步入会场。（新华社记者 王华摄）",
          "3月5日，代表们在第一次全体会议上步入会场。"]
    en = ["The deputies walked into the hall on March 5."]
    found = loud(zh, en, beads=(Bead((0, 1), (0,), 0.8),))
    assert [rule for rule, _ in found] == ["number-missing"]


def test_a_number_in_a_sentence_without_credit_is_still_an_error() -> None:
    assert loud(["11月15日，主席出席峰会。"], ["The President attended the summit on Nov. 16."]) \
        == [("number-mismatch", Severity.ERROR)]


def test_a_number_an_english_lead_without_notice_drops_is_still_found() -> None:
    zh = ["外长表示，两年前的联大一般性辩论意义重大。", "以下为讲话全文：", "人人得享和平与发展"]
    en = ["The minister said the general debate was important.",
          "Toward Peace and Development for All"]
    assert [rule for rule, _ in _with_lead(zh, en)] == ["number-missing"]


# -- doublings, a plan's five years, periods in one word, numbers inside codes -------------------


@pytest.mark.parametrize(("zh", "want"), [
    ("国内生产总值翻一番", ["2 multiple"]), ("收入翻了一番", ["2 multiple"]),
    ("翻两番", ["4 multiple"]),
    ("贸易额增长了一倍", ["2 multiple"]), ("投资增加一倍", ["2 multiple"]),
    ("增长了三倍", ["3 multiple"]),  # said as it is: "threefold" or "tripled"
])
def test_chinese_doublings(zh: str, want: list[str]) -> None:
    assert [q.normalised() for q in read_zh(zh) if not q.weak] == want


@pytest.mark.parametrize(("zh", "en"), [
    ("到2035年，人均收入翻一番。", "By 2035, per capita income will have doubled."),
    ("二十年间国内生产总值翻两番。", "In two decades GDP quadrupled."),
    ("贸易额增长了一倍。", "Trade has doubled."),
    ("这是第十四个五年规划的开局之年。", "This is the first year of the 14th Five-Year Plan."),
    ("论坛每两年举办一次。", "The forum is held biennially."),
    ("第二十八届联合国气候变化大会在迪拜举行。", "COP28 was held in Dubai."),
    ("COP28在迪拜举行。", "The 28th UN Climate Change Conference was held in Dubai."),
    ("G20峰会在杭州举行。", "The Group of Twenty summit was held in Hangzhou."),
])
def test_numbers_said_another_way_match(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("贸易额增长了一倍。", "Trade has tripled."),
    ("二十年间国内生产总值翻两番。", "In two decades GDP doubled."),
    ("论坛每三年举办一次。", "The forum is held every two years."),
    ("第二十八届联合国气候变化大会在迪拜举行。", "COP27 was held in Sharm el-Sheikh."),
    ("COP28在迪拜举行。", "The 27th UN Climate Change Conference was held in Dubai."),
    ("G20峰会在杭州举行。", "The summit was held in Hangzhou."),
])
def test_numbers_said_another_way_wrongly_are_found(zh: str, en: str) -> None:
    assert loud([zh], [en]) != []


def test_a_one_digit_code_is_not_said_by_any_number() -> None:
    assert ("token-missing", Severity.WARNING) in loud(["长征二号FT2火箭发射升空。"],
                                                       ["The Long March-2F rocket lifted off."])


# -- events named by their month and day; "the past hundred years" ------------------------------


@pytest.mark.parametrize(("zh", "want"), [
    ("五四运动", "05-04 date"), ("九一八事变", "09-18 date"), ("七七事变", "07-07 date"),
    ("一二·九运动", "12-09 date"), ("五卅运动", "05-30 date"), ("三一八惨案", "03-18 date"),
    ("四一二政变", "04-12 date"), ("二七大罢工", "02-07 date"), ("三八妇女节", "03-08 date"),
    ("六一儿童节", "06-01 date"), ("八一建军节", "08-01 date"), ("五四精神", "05-04 date"),
])
def test_an_event_named_by_its_month_and_day_is_a_weak_date(zh: str, want: str) -> None:
    assert [(q.normalised(), q.weak) for q in read_zh(zh)] == [(want, True)]


@pytest.mark.parametrize("zh", ["一二九运动",  # 1-29 or 12-9: no dot, no telling
                                "二十四节气", "十五元宵节", "农历八月十五中秋节", "三十一个节日"])
def test_no_event_date_where_the_digits_say_otherwise(zh: str) -> None:
    assert not any(q.kind == "date" and q.weak for q in read_zh(zh))


@pytest.mark.parametrize(("en", "want"), [
    ("the May Fourth Movement", ["05-04 date"]), ("on the fourth of July", ["07-04 date"]),
    ("the twenty-first of March", ["03-21 date"]), ("the September 18th Incident", ["09-18 date"]),
    ("over the past hundred years", ["100 count"]), ("the first thousand days", ["1000 count"]),
    ("the hundred flowers", []), ("in May, first we met", ["05 date"]),
])
def test_english_dates_by_ordinal_words_and_bare_hundreds(en: str, want: list[str]) -> None:
    assert values(en) == want


@pytest.mark.parametrize(("zh", "en"), [
    ("五四运动是一场伟大的爱国运动。", "The May Fourth Movement was a great patriotic movement."),
    ("九一八事变后，东北沦陷。", "After the September 18th Incident, the northeast fell."),
    ("七七事变标志着全面抗战的开始。", "The July 7 Incident marked the start of the war."),
    ("七七事变标志着全面抗战的开始。", "The Marco Polo Bridge Incident marked the war's start."),
    ("一二·九运动爆发。", "The December 9th Movement broke out."),
    ("一百年来，中国发生了巨变。", "Over the past hundred years, China has changed profoundly."),
])
def test_events_by_date_and_bare_hundreds_match(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


def test_an_event_given_another_date_is_found() -> None:
    assert loud(["五四运动爆发。"], ["The May 5th Movement broke out."]) != []


@pytest.mark.parametrize(("zh", "en"), [
    ("我讲三个问题：", "I will talk about two issues:"),
    ("我讲三个问题：", "I will talk about some issues:"),
    ("今年有五项任务：", "This year we have tasks:"),
])
def test_a_short_line_ending_with_a_colon_is_no_salutation(zh: str, en: str) -> None:
    assert loud([zh], [en]) != []


# -- a span of time given in another unit --------------------------------------------------------


@pytest.mark.parametrize(("zh", "want"), [
    ("半年来", ["0.5 count"]), ("半个月", ["0.5 count"]), ("上半年", ["1..6 period half"]),
    ("大半年", []), ("半年度报告", []),
])
def test_half_a_year_or_month(zh: str, want: list[str]) -> None:
    assert [q.normalised() for q in read_zh(zh)] == want


@pytest.mark.parametrize(("zh", "en"), [
    ("半年来，经济持续恢复。", "Over the past six months, the economy kept recovering."),
    ("半年来，经济持续恢复。", "Over the past half a year, the economy kept recovering."),
    ("项目历时一年半。", "The project took eighteen months."),
    ("会议为期两周。", "The meeting lasted 14 days."),
    ("三年来，我们取得了进展。", "Over the past 36 months, we have made progress."),
])
def test_a_span_in_another_unit_matches(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("项目历时一年半。", "The project took 16 months."),
    ("半年来，经济持续恢复。", "Over the past five months, the economy kept recovering."),
    ("会议为期两周。", "The meeting lasted 14 months."),
])
def test_a_span_converted_wrongly_is_found(zh: str, en: str) -> None:
    assert ("number-mismatch", Severity.ERROR) in loud([zh], [en])


# -- per mille, "per 10,000", "nearly doubled", "zero" -------------------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    ("人口自然增长率为千分之三。", "The natural growth rate was three per thousand."),
    ("人口自然增长率为3‰。", "The natural growth rate was 0.3 percent."),
    ("人口自然增长率为3‰。", "The natural growth rate was 3‰."),
    ("每万人口拥有医生30名。", "There are 30 doctors per 10,000 people."),
    ("收入翻了近一番。", "Income nearly doubled."),
    ("双方将实行零关税。", "The two sides will apply zero tariffs."),
])
def test_per_mille_per_scale_nearly_doubled_and_zero_match(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("人口自然增长率为3‰。", "The natural growth rate was 4 per thousand."),
    ("每万人口拥有医生30名。", "There are 30 doctors per 1,000 people."),
    ("收入翻了近一番。", "Income nearly tripled."),
])
def test_per_mille_and_per_scale_still_compared(zh: str, en: str) -> None:
    assert loud([zh], [en]) != []


@pytest.mark.parametrize(("zh", "want"), [
    ("千分之三", ["0.003 fraction"]), ("万分之五", ["0.0005 fraction"]), ("3‰", ["0.003 fraction"]),
    ("每万人口", ["10000 count"]), ("百姓", []), ("千方百计", []),
])
def test_chinese_per_mille_and_per_scale(zh: str, want: list[str]) -> None:
    assert [q.normalised() for q in read_zh(zh)] == want


# -- estimates in spans, millennia, "half a million", 十几亿 --------------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    ("一二十年后，这里将大变样。", "In one or two decades, this place will change."),
    ("三四十年来，两国关系不断发展。", "Over three or four decades, relations have grown."),
    ("两千多年前，丝绸之路开通了。", "Over two millennia ago, the Silk Road opened."),
    ("一千年来，这座城市屹立不倒。", "For a millennium, the city has stood."),
    ("双方贸易额达5000亿美元。", "Trade between the two reached half a trillion dollars."),
    ("该市人口达50万。", "The city has half a million people."),
    ("中国有十几亿人口。", "China has more than a billion people."),
])
def test_estimates_and_large_spans_match(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("两千多年前，丝绸之路开通了。", "Over three millennia ago, the Silk Road opened."),
    ("该市人口达50万。", "The city has a million people."),
    ("双方贸易额达5000亿美元。", "Trade between the two reached a trillion dollars."),
])
def test_large_spans_and_half_scales_still_compared(zh: str, en: str) -> None:
    assert loud([zh], [en]) != []


@pytest.mark.parametrize(("zh", "want"), [
    ("十几亿人", ["more-than 1000000000 count"]), ("十几万人", ["more-than 100000 count"]),
    ("一二十年", ["approx 10..20 count"]), ("一二百人", ["approx 100..200 count"]),
    ("略知一二", []),
])
def test_chinese_estimates_with_scales(zh: str, want: list[str]) -> None:
    assert [q.normalised() for q in read_zh(zh)] == want


# -- decades said by word or without the century; named days of the year ------------------------


@pytest.mark.parametrize(("en", "want"), [
    ("in the nineties", ["90 decade"]), ("in the 90s", ["90 decade"]),
    ("in the '90s", ["90 decade"]),
    ("since the 1990s", ["1990 decade"]), ("in her sixties", []),
])
def test_english_decades_without_their_century(en: str, want: list[str]) -> None:
    assert values(en) == want


@pytest.mark.parametrize(("zh", "en"), [
    ("上世纪90年代，改革开放不断深化。", "In the nineties, reform and opening-up deepened."),
    ("10月1日，全国各地举行庆祝活动。", "Celebrations were held across China on National Day."),
    ("5月1日，游客数量创新高。", "Visitor numbers hit a record on May Day."),
    ("12月25日，他们互赠礼物。", "They exchanged gifts at Christmas."),
])
def test_decades_and_named_days_match(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("10月1日，全国各地举行庆祝活动。", "Celebrations were held across China on May Day."),
    ("上世纪90年代，改革开放不断深化。", "In the eighties, reform and opening-up deepened."),
])
def test_another_named_day_or_decade_is_found(zh: str, en: str) -> None:
    assert loud([zh], [en]) != []



# -- a quotation's source on a line of its own (sixteenth session) ---------------------------------


@pytest.mark.parametrize("zh", ["——2021年7月1日，习近平在庆祝大会上的讲话", "——摘自《人民日报》",
                                "—— 市长在论坛开幕式上的致辞"])
def test_a_chinese_attribution_line_is_furniture(zh: str) -> None:
    assert furniture_zh(zh) == "attribution"


@pytest.mark.parametrize("en", ["— Premier Li, speech at the forum", "-- The Mayor, 2015"])
def test_an_english_attribution_line_is_furniture(en: str) -> None:
    assert furniture_en(en) == "attribution"


@pytest.mark.parametrize("zh", ["-2是一个负数。", "我们要团结一致，共创未来。",
                                "——我们要团结一致。我们要共创未来。"])
def test_other_lines_are_no_attribution(zh: str) -> None:
    assert furniture_zh(zh) != "attribution"


def test_a_one_sided_attribution_line_is_no_omission_error() -> None:
    from conftest import make_document as doc

    from align.checks import CheckContext
    from align.checks.coverage import CoverageCheck
    from align.model import Alignment, Settings

    zh = ["我们要团结一致，共同创造更加美好的未来，让人民过上更好的日子。",
          "——2021年7月1日，习近平在庆祝大会上的讲话"]
    en = ["We must unite to create a better future so that the people lead better lives."]
    a = Alignment(zh=doc("zh", zh), en=doc("en", en),
                  beads=(Bead((0,), (0,), 0.8), Bead((1,), (), 0.0)))
    found = list(CoverageCheck().run(CheckContext(alignment=a, settings=Settings())))
    assert found and all(f.severity is Severity.INFO for f in found)
