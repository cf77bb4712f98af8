"""Pages of city governments and session press centres (issue 14, eighteenth session): a site's
posting stamp ("Updated:2023-09-26"), a day range whose space the page lost ("July 19to 22"), and
a total the English gives by its parts (90个, 包括24对友城和66对友好交流城市). Every sentence here
was written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import loud_numbers, number_findings

from align.furniture import is_credit
from align.model import Severity
from align.numbers.en import extract_en
from align.numbers.reading import TIMESTAMP, doubt_en, doubt_zh
from align.numbers.zh import extract_zh

# -- a site's posting stamp ----------------------------------------------------------------------


@pytest.mark.parametrize("en", [
    "Updated:2023-09-26",
    "eguangzhou.gov.cn | Updated:2023-09-26",
    "Published: 2024/05/01",
    "Posted 2021-03-04",
    "Release date: 2019.7.8",
])
def test_a_date_after_a_posting_label_is_the_pages_stamp(en):
    dates = [q for q in extract_en(en) if q.kind == "date"]
    assert dates and doubt_en(dates[-1], en) == TIMESTAMP


@pytest.mark.parametrize("zh", [
    "发布时间：2023-09-26", "發布日期:2021-03-04", "更新时间：2020-01-02"])
def test_a_chinese_posting_label_marks_a_stamp_too(zh):
    dates = [q for q in extract_zh(zh) if q.kind == "date"]
    assert dates and doubt_zh(dates[-1], zh) == TIMESTAMP


@pytest.mark.parametrize("en", [
    "The deadline of 2023-09-26 was updated last week.",
    "The law was published on 2024-05-01 in the gazette.",
])
def test_a_date_in_a_sentence_is_no_stamp(en):
    dates = [q for q in extract_en(en) if q.kind == "date"]
    assert dates and all(doubt_en(q, en) != TIMESTAMP for q in dates)


@pytest.mark.parametrize(("line", "credit"), [
    ("eguangzhou.gov.cn | Updated:2023-09-26", True),
    ("Source: Xinhua | Editor: Li Ming", True),
    ("Updated: 2023-09-26", True),
    ("The plan was updated: it now covers 2024.", False),
    ("Shenzhen | a city of innovation", False),
])
def test_a_credit_line_may_follow_the_sites_name(line, credit):
    assert is_credit(line, "en") is credit


def test_a_posting_stamp_against_the_date_of_the_text_is_info():
    zh = ["9月25日，广州市举行外国驻穗领团见面会。"]
    en = ["Reception for consular corps held in Guangzhou | Updated:2023-09-26"]
    assert loud_numbers(zh, en) == []
    [f] = [f for f in number_findings(zh, en) if f.rule == "number-mismatch"]
    assert f.severity is Severity.INFO and "stamps its own" in f.message


def test_another_date_of_the_text_is_still_a_mismatch():
    zh = ["9月25日，广州市举行外国驻穗领团见面会。"]
    en = ["Guangzhou held a reception for the consular corps on September 26."]
    assert ("number-mismatch", Severity.ERROR) in loud_numbers(zh, en)


# -- a day range whose space the page lost --------------------------------------------------------


@pytest.mark.parametrize(("en", "value", "high"), [
    ("From July 19to 22, the delegation visited the county.", 719, 722),
    ("From July 19 to 22, the delegation visited the county.", 719, 722),
    ("The team arrived on March 3to attend the fair.", 303, None),
    ("The fair opened on May 4in Guangzhou.", 504, None),
])
def test_a_day_glued_to_the_next_word_is_read(en, value, high):
    [q] = [q for q in extract_en(en) if q.kind == "date"]
    assert q.value == Decimal(value)
    assert q.high == (None if high is None else Decimal(high))


def test_a_glued_word_that_is_no_function_word_is_not_read_as_a_day():
    dates = [q for q in extract_en("The July 19top list") if q.kind == "date"]
    assert [q.value for q in dates] == [Decimal(700)]


def test_a_day_range_with_a_lost_space_matches_the_chinese():
    zh = ["7月19日至22日，调研组赴彭水县开展调研。"]
    en = ["From July 19to 22, the research team visited Pengshui County."]
    assert loud_numbers(zh, en) == []


# -- a total the English gives by its parts -------------------------------------------------------


def test_a_total_the_english_gives_by_its_parts_is_info():
    zh = ["截至2022年9月，深圳已与57个国家的90个城市缔结友好关系"
          "（包括24对友城和66对友好交流城市）。"]
    en = ["By September 2022, Shenzhen had established friendship cities with 66 cities and "
          "sister cities with 24 cities from 57 countries."]
    assert loud_numbers(zh, en) == []
    [f] = [f for f in number_findings(zh, en) if f.rule == "number-missing"]
    assert "24" in f.message and "66" in f.message


@pytest.mark.parametrize(("total", "en"), [
    # the parts the English gives do not add up to the total
    ("91", "By September 2022, Shenzhen had established friendship cities with 66 cities and "
           "sister cities with 24 cities from 57 countries."),
    # one part only: the total is not said by its parts
    ("90", "By September 2022, Shenzhen had sister cities with 24 cities from 57 countries."),
])
def test_a_total_the_parts_do_not_give_is_still_missing(total, en):
    zh = [f"截至2022年9月，深圳已与57个国家的{total}个城市缔结友好关系"
          "（包括24对友城和66对友好交流城市）。"]
    assert any(rule == "number-missing" for rule, _ in loud_numbers(zh, [en]))


# -- a notice's signature block -------------------------------------------------------------------

_NOTICE_ZH = ["全国政协十一届四次会议将于3月3日下午3:00在人民大会堂开幕。",
              "记者可提前一个半小时进入大会堂东门安检。",
              "会议开始前十五分钟必须停止采访。"]
_NOTICE_EN = ["The Opening Meeting of the 4th Session of the 11th CPPCC National Committee will "
              "be held at 3:00pm on March 3 in the Great Hall of the People.",
              "Journalists may pass the security check at the East Gate an hour and a half in "
              "advance.",
              "Interviews should end 15 minutes before the meeting begins."]


def _coverage(zh: list[str], en: list[str], beads) -> list:
    from conftest import make_document

    from align.checks.base import CheckContext
    from align.checks.coverage import CoverageCheck
    from align.model import Alignment, Settings

    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en), beads=beads)
    return [f for f in CoverageCheck().run(CheckContext(alignment=a, settings=Settings()))
            if f.rule in ("addition", "omission")]


def _one_to_one(n: int):
    from align.model import Bead

    return tuple(Bead((i,), (i,), 0.8) for i in range(n))


@pytest.mark.parametrize("lines", [
    ["The Press Center of the Secretariat of the Session", "March 2, 2011"],
    ["Press Center of the CPPCC National Committee"],
])
def test_an_english_only_signature_block_is_info(lines):
    from align.model import Bead

    en = [*_NOTICE_EN, *lines]
    beads = (*_one_to_one(3), *(Bead((), (3 + k,)) for k in range(len(lines))))
    found = _coverage(_NOTICE_ZH, en, beads)
    assert found and all(f.severity is Severity.INFO for f in found)
    assert dict(found[0].evidence).get("furniture") == "signature block"


def test_a_chinese_only_signature_block_is_info():
    from align.model import Bead

    zh = [*_NOTICE_ZH, "政协大会新闻组", "2011年3月2日"]
    beads = (*_one_to_one(3), Bead((3,), ()), Bead((4,), ()))
    found = _coverage(zh, _NOTICE_EN, beads)
    assert found and all(f.severity is Severity.INFO for f in found)


@pytest.mark.parametrize("last", [
    "Journalists are asked to switch off their phones during the meeting.",  # a sentence
    "Journalists covering the opening meeting of the session are asked to switch off their "
    "phones and keep quiet in the hall at all times",  # too long for a signature line
])
def test_a_last_sentence_without_chinese_is_still_an_addition(last):
    from align.model import Bead

    en = [*_NOTICE_EN, last]
    found = _coverage(_NOTICE_ZH, en, (*_one_to_one(3), Bead((), (3,))))
    assert [f.severity for f in found] != [Severity.INFO]


def test_a_signature_naming_the_session_in_full_repeats_the_chinese_text():
    zh = [*_NOTICE_ZH, "政协大会新闻组"]
    en = [*_NOTICE_EN, "Press Center, 4th Session of the 11th CPPCC"]
    assert loud_numbers(zh, en) == []


def test_a_signature_naming_another_session_is_still_reported():
    zh = [*_NOTICE_ZH, "政协大会新闻组"]
    en = [*_NOTICE_EN, "Press Center, 5th Session of the 12th CPPCC"]
    assert ("number-extra", Severity.WARNING) in loud_numbers(zh, en)


# -- a weekday written beside its date ------------------------------------------------------------


@pytest.mark.parametrize("zh", [
    "2019年1月14日(星期一) 律政司司长在法律年度开启典礼上致辞。",
    "2019年1月14日（周一），律政司司长在法律年度开启典礼上致辞。",
])
def test_a_weekday_beside_its_date_is_said_by_the_date(zh):
    en = ["The Secretary for Justice spoke at the Opening of the Legal Year on January 14, 2019."]
    assert loud_numbers([zh], en) == []


def test_a_weekday_that_is_not_its_dates_is_still_reported():
    zh = "2019年1月14日(星期三) 律政司司长在法律年度开启典礼上致辞。"  # the 14th was a Monday
    en = ["The Secretary for Justice spoke at the Opening of the Legal Year on January 14, 2019."]
    assert loud_numbers([zh], en) != []


def test_a_weekday_apart_from_the_date_is_still_reported():
    zh = "2019年1月14日，律政司司长宣布典礼。星期一，典礼举行。"
    en = ["On January 14, 2019, the Secretary for Justice announced the ceremony."]
    assert loud_numbers([zh], en) != []


# -- a year run into a number by the page ----------------------------------------------------------


@pytest.mark.parametrize(("zh", "en", "year"), [
    ("58/2005", "200558/2005", "2005"),
    ("第12号", "201912", "2019"),
    ("3.5亿", "3.52021", "2021"),
    ("58/2005", "59/2005", ""),         # another number
    ("58/2005", "158/2005", ""),        # one digit more is no year
    ("12", "345612", ""),               # 3456 is no year
    ("2005", "20052005", "2005"),       # a year doubled by the page
])
def test_a_year_run_into_a_number(zh, en, year):
    from align.checks.numbers import _year_run_in
    assert _year_run_in(zh, en) == year


def test_a_number_with_a_year_glued_to_it_is_no_loud_mismatch():
    zh = ["《2005年道路交通（修订）规例》（第58/2005号法律公告）已提交立法会。"]
    en = ["Road Traffic (Amendment) Regulation 200558/2005 was laid on the table of the Council."]
    assert ("number-mismatch", Severity.ERROR) not in loud_numbers(zh, en)


# -- measure words, spaced pages and glued cells (batches BY-CB) ----------------------------------


@pytest.mark.parametrize(("zh", "value"), [
    ("加息50個基點", "0.5"),
    ("下调25个基点", "0.25"),
    ("下降25基点", "0.25"),
    ("上升3个百分点", "3"),
    ("上升0.5個百分點", "0.5"),
])
def test_basis_points_and_percentage_points_after_a_measure_word(zh, value):
    [q] = extract_zh(zh)
    assert (q.kind, q.value) == ("points", Decimal(value))


@pytest.mark.parametrize("zh", ["分别上升3个和6个百分点", "分別上升3個和6個百分點",
                                "分别上升3和6个百分点"])
def test_a_repeated_measure_word_shares_the_lists_unit(zh):
    assert [(q.kind, q.value) for q in extract_zh(zh)] == [("points", 3), ("points", 6)]


def test_a_count_before_another_counts_list_keeps_its_measure_word():
    assert [q.kind for q in extract_zh("共有3人和5个团体")] == ["count", "count"]


def test_basis_points_match_the_english():
    zh = ["美联储宣布加息50個基點。"]
    en = ["The Federal Reserve raised its rate by 50 basis points."]
    assert loud_numbers(zh, en) == []


@pytest.mark.parametrize(("zh", "kinds"), [
    ("相 對 濕 度 : 百 分 之 81 本 港 其 他 地 區 的 氣 溫 : 天 文 台 28 度",
     [("percent", 81), ("count", 28)]),
    ("上 午 4 時 天 文 台 錄 得 : 氣 溫 28 度", [("time", None), ("count", 28)]),
])
def test_a_character_spaced_page_is_read_through(zh, kinds):
    found = [(q.kind, q.value) for q in extract_zh(zh)]
    assert [k for k, _ in found] == [k for k, _ in kinds]
    assert all(v is None or found[i][1] == v for i, (_, v) in enumerate(kinds))


def test_a_stray_space_in_prose_parts_the_words_still():
    # one space between characters in ordinary prose is no spaced page: 三 and 百 stay apart
    assert [q.value for q in extract_zh("他们三 百名代表出席了会议，会议讨论了问题。")] != [300]


@pytest.mark.parametrize(("en", "values"), [
    ("Chek Lap Kok16 degrees ; Tai Po25 degrees", [16, 25]),
    ("Relative Humidity : Observatory81 per cent", [81]),
    ("COVID19 cases rose; the G20 summit met.", []),
])
def test_a_word_glued_to_a_reading_is_blanked(en, values):
    assert [q.value for q in extract_en(en)] == [Decimal(v) for v in values]


@pytest.mark.parametrize(("line", "notice"), [
    ("The following is a speech given by the Director of the Observatory today (March 17) at "
     "a meet-the-media session (English translation).", True),
    ("The following are the opening remarks by the Secretary at the press conference today.",
     True),
    ("The following is a list of the projects completed this year.", False),
])
def test_a_releases_introducing_line_is_a_notice(line, notice):
    from align.furniture import is_notice
    assert is_notice(line, "en") is notice


def test_a_releases_issue_time_is_the_pages_stamp():
    en = "Issued at HKT 19:40"
    [q] = extract_en(en)
    assert doubt_en(q, en) == TIMESTAMP


@pytest.mark.parametrize("zh", ["香港时间16时07分", "香港時間19時40分", "香港时间 9时05分发出",
                                "2020年2月20日(星期四)\n香港时间16时07分"])
def test_a_chinese_releases_issue_time_on_its_line_is_the_pages_stamp(zh):
    found = [q for q in extract_zh(zh) if "分" in q.surface]
    assert found and all(doubt_zh(q, zh) == TIMESTAMP for q in found)


def test_a_time_in_prose_is_no_stamp():
    zh = "香港时间16时07分，天文台发出台风信号。"
    [q] = [q for q in extract_zh(zh) if "分" in q.surface]
    assert doubt_zh(q, zh) != TIMESTAMP


@pytest.mark.parametrize(("zh", "values"), [
    ("深入学习十九届二中、三中、四中全会精神", [19, 2, 3, 4]),
    ("二中和三中全会", [2, 3]),
    ("中国、三中", []),
])
def test_a_list_of_plenums_names_full_sessions_once(zh, values):
    assert [q.value for q in extract_zh(zh)] == [Decimal(v) for v in values]


def test_a_rounding_that_keeps_four_digits_is_no_warning():
    zh, en = ["审结案件1977.2万件。"], ["Courts concluded 19.77 million cases."]
    assert loud_numbers(zh, en) == []


def test_an_english_count_inside_a_compound_for_a_chinese_word_is_a_warning():
    zh = ["2015年博鳌论坛上，提出“五通”合作。"]
    en = ["At the Boao Forum, the five-pronged approach to cooperation was proposed."]
    assert loud_numbers(zh, en) == [("number-mismatch", Severity.WARNING)]


@pytest.mark.parametrize(("en", "loud"), [
    ("the Fifth Five-Year Reform Programme for the People's Courts (2019–2023)", False),
    ("the Fifth Five-Year Reform Programme for the People's Courts (2019–2025)", True),
])
def test_a_plans_period_in_brackets_is_dated_by_its_length(en, loud):
    zh = ["人民法院第五个五年改革纲要已经印发。"]
    assert bool(loud_numbers(zh, [f"The Court issued {en}."])) is loud


@pytest.mark.parametrize(("zh", "loud"), [
    ("政府决定暂停修订《逃犯条例》的工作。", False),
    ("政府决定暂停修订逃犯条例的工作。", True),
])
def test_a_year_ending_an_english_bills_title(zh, loud):
    en = ["The Government decided to suspend the Fugitive Offenders (Amendment) Bill 2019."]
    assert bool(loud_numbers([zh], en)) is loud


def test_a_weekday_whose_time_the_english_drops_is_still_reported():
    zh = "2014年10月15日星期三上午11時正 立法会会议"
    en = ["Council Meeting (Agenda) 15 October 2014"]
    assert loud_numbers([zh], en) != []


@pytest.mark.parametrize(("en", "months"), [
    ("During their April meeting in London, the two presidents agreed to hold the dialogue.",
     [400]),
    ("The June summit adopted a declaration.", [600]),
    ("Prime Minister Theresa May meeting the press said so.", []),
    ("April Smith met him.", []),
])
def test_a_month_before_the_event_it_dates(en, months):
    assert [q.value for q in extract_en(en) if q.kind == "date"] == [Decimal(m) for m in months]


@pytest.mark.parametrize(("line", "notice"), [
    ("中国外文局组织各语种中外专家进行全文翻译，形成汉英、汉法等9个汉外对照文版。", True),
    ("现将《纲要》专栏内容形成汉英对照，供业界参考使用。", True),
    ("中英对照：自信人生二百年", False),  # a site's label before a title, no note
    ("双方对照检查了协议的执行情况。", False),
])
def test_a_note_on_the_bilingual_edition_is_a_notice(line, notice):
    from align.furniture import is_notice
    assert is_notice(line, "zh") is notice


@pytest.mark.parametrize(("zh", "en", "severity"), [
    ("相对湿度为78。", "Relative humidity was 78 per cent.", Severity.WARNING),  # no unit read
    ("失业率下降了0.2个百分点。", "Unemployment fell by 0.2%.", Severity.ERROR),  # both explicit
])
def test_a_plain_number_against_a_percentage_is_a_warning(zh, en, severity):
    assert ("number-kind", severity) in loud_numbers([zh], [en])


@pytest.mark.parametrize(("zh", "found"), [
    # a spaced run inside a line that is otherwise set close
    ("上 午 3 時 天 文 台 錄 得 : 相 對 濕 度 : 百 分 之 78 請注意:火災危險警告為紅色。",
     [("time", 3), ("percent", 78)]),
    ("一 九 九 七 年 七 月 一 日", [("date", 19970701)]),
    ("他们三 百名代表出席了会议。", []),  # two characters a stray space parts stay apart
])
def test_a_spaced_run_is_read_through(zh, found):
    assert [(q.kind, q.value) for q in extract_zh(zh)] == [(k, Decimal(v)) for k, v in found]


@pytest.mark.parametrize(("zh_credit", "en_credit", "is_caption"), [
    ("[新华社记者 饶爱民 摄]", "(Xinhua/Rao Aimin)", True),   # the credit on the line after
    ("", "(Xinhua/Rao Aimin)", True),
    ("", "", False),
])
def test_a_bead_before_its_photo_credit_is_a_caption(zh_credit, en_credit, is_caption):
    from conftest import make_document

    from align.checks.coverage import _caption_bead
    from align.model import Alignment, Bead

    zh = ["9月6日下午，国务院总理李强出席领导人会议。", "这是会前集体合影。",
          *([zh_credit] if zh_credit else []), "很高兴与各位朋友相聚。"]
    en = ["Premier Li Qiang poses for a group photo with participants of the summit.",
          *([en_credit] if en_credit else []), "I am glad to be with you."]
    beads = (Bead((0, 1), (0,), 0.6), Bead(tuple(range(2, len(zh))), tuple(range(1, len(en))), 0.6))
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en), beads=beads)
    assert _caption_bead(a, 0) is is_caption


def test_an_idioms_numeral_said_as_a_multiple():
    zh = ["百闻不如一见，这次访问让我深有体会。"]
    en = ["Hearing it one hundred times is not as good as seeing it once, as this visit showed me."]
    assert loud_numbers(zh, en) == []
    en = ["Hearing it fifty times is not as good as seeing it once, as this visit showed me."]
    assert loud_numbers(zh, en) != []


def _loud_names(zh: str, en: str) -> list:
    from conftest import make_document

    from align.checks.base import CheckContext
    from align.checks.entities import EntitiesCheck
    from align.model import Alignment, Bead, Settings

    a = Alignment(zh=make_document("zh", [zh]), en=make_document("en", [en]),
                  beads=(Bead((0,), (0,), 0.8),))
    return [(f.rule, str(f.evidence)) for f in EntitiesCheck().run(
        CheckContext(alignment=a, settings=Settings())) if f.severity is not Severity.INFO]


@pytest.mark.parametrize(("zh", "en"), [
    ("习近平给意大利罗马国立住读学校的学生回信。",
     "Xi Jinping replied to a letter from students of the Convitto Nazionale in Rome."),
    ("代表团访问了美国纽约的联合国总部。",
     "The delegation visited the United Nations headquarters in New York."),
])
def test_a_country_before_its_city_goes_without_saying(zh, en):
    assert _loud_names(zh, en) == []


def test_a_country_dropped_from_a_list_is_still_reported():
    assert _loud_names("代表团访问了意大利和法国。", "The delegation visited France.") != []


@pytest.mark.parametrize(("en", "zh", "inside"), [
    ("hearing it one hundred times", "百闻不如一见", True),
    ("the rain has doubled", "二〇〇〇年前后，两岸降雨增加", False),  # doubled is no 两 of a word
])
def test_a_multiple_said_by_a_numeral_inside_a_word(en, zh, inside):
    from align.checks.numbers import numeral_in_word
    [e] = [q for q in extract_en(en) if q.kind == "multiple"]
    assert bool(numeral_in_word(e, zh, extract_zh(zh))) is inside


@pytest.mark.parametrize(("line", "speaker"), [
    ("At the Special Plenary Session: Distinguished guests, good morning.", None),
    ("In 2020: growth slowed.", None),
    ("Premier Li Keqiang: Thank you.", "Premier Li Keqiang"),
    ("Van Gogh: Art is long.", "Van Gogh"),
])
def test_a_phrase_opening_with_a_preposition_names_no_speaker(line, speaker):
    from align.segment.turns import speaker_label
    found = speaker_label(line, "en")
    assert (found[0] if found else None) == speaker
