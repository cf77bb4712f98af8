"""Forms Hong Kong and Macao pages write their own way: a school or financial year with both
years (2021/2022学年, a header's (2023-24)), a stage numbered in Roman numerals inside Chinese
(歐盟II期 "Euro II"), a date whose month is set in capitals ("22 OCTOBER 1997"), a period
counted back from an event (屆滿前四個月), a Chinese account name glossed in English, a brand
said inside a longer brand in brackets (微信支付 "WeChat Pay"), and an agenda set in a narrow
column, hard-wrapped in the middle of words."""

import pytest
from conftest import check_texts, quantity_value

from align.numbers import extract_en, extract_zh
from align.segment import segment
from align.segment.turns import _lines, _narrow_column


def _kinds(quantities) -> list[tuple[str, str]]:
    return [(q.kind, quantity_value(q)) for q in quantities if not q.weak]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("澳门理工大学2021/2022学年开学典礼", 2021, 2022),
    ("2021/2022學年的新生", 2021, 2022),
    ("二零二一/二二學年", 2021, 2022),
    ("2019/20学年", 2019, 2020),
    ("2021-2022学年", 2021, 2022),
    ("比較2021/2022與上一年", 2021, 2022),  # two years in a row, no 年: no fraction
    ("環境及生態局(2023-24)", 2023, 2024),  # a financial year in a header
    ("在2019-2020期间", 2019, 2020),
    ("1999–00年度", 1999, 2000),
])
def test_a_school_or_financial_year_is_a_span_of_years(text, low, high):
    assert _kinds(extract_zh(text)) == [("date", f"{low * 10000}..{high * 10000}")]


@pytest.mark.parametrize(("text", "kind"), [
    ("比例为3/4", "fraction"),
    ("编号2023-25", "count"),
])
def test_numbers_that_are_not_consecutive_years_keep_their_reading(text, kind):
    assert [q.kind for q in extract_zh(text) if not q.weak][:1] == [kind]


def test_the_english_school_year_is_the_same_span():
    assert _kinds(extract_en("the academic year 2021/2022")) == [
        ("date", "20210000..20220000")]


def _number_findings(tmp_path, zh: str, en: str) -> list[str]:
    return [f.rule for f in check_texts(tmp_path, zh, en)
            if f.rule.startswith("number") and f.severity in ("error", "warning")]


def test_a_school_year_matches_its_english_and_a_wrong_one_is_found(tmp_path):
    zh = "澳门理工大学昨日举行2021/2022学年开学典礼，约一千名新生出席。\n"
    en = "Macao Polytechnic University held the opening ceremony for the academic year " \
         "2021/2022 yesterday, attended by about 1,000 new students.\n"
    assert _number_findings(tmp_path, zh, en) == []
    wrong = en.replace("2021/2022", "2022/2023")
    assert _number_findings(tmp_path, zh, wrong)


def test_a_financial_year_in_a_header_matches(tmp_path):
    zh = "環境及生態局局長在財務委員會特別會議的發言(2023-24)\n"
    en = "Speech by the Secretary for Environment and Ecology at the special meeting of " \
         "the Finance Committee (2023-24)\n"
    assert _number_findings(tmp_path, zh, en) == []


@pytest.mark.parametrize(("text", "value"), [
    ("WEDNESDAY, 22 OCTOBER 1997", "19971022"),
    ("TO BE HELD ON 3 MAY 2001", "20010503"),
    ("on 1 DECEMBER", "1201"),
    ("22 October 1997", "19971022"),
])
def test_a_date_with_its_month_in_capitals_is_one_date(text, value):
    assert _kinds(extract_en(text)) == [("date", value)]


def test_a_capitalised_date_matches_the_chinese_date(tmp_path):
    zh = "會議將於1997年10月22日(星期三)上午10時45分在會議廳舉行。\n"
    en = "TO BE HELD ON WEDNESDAY, 22 OCTOBER 1997 AT 10:45 A.M. IN THE CHAMBER.\n"
    assert _number_findings(tmp_path, zh, en) == []
    assert _number_findings(tmp_path, zh, en.replace("22 OCTOBER", "23 OCTOBER"))


@pytest.mark.parametrize(("text", "value"), [
    ("符合歐盟II期排放標準的車輛", 2),
    ("II型糖尿病", 2),
    ("IV期肺癌", 4),
    ("歐盟V期柴油商業車輛", 5),
    ("第III期工程", 3),
    ("歐盟VI期", 6),
])
def test_a_stage_numbered_in_roman_numerals_inside_chinese_is_an_ordinal(text, value):
    assert _kinds(extract_zh(text)) == [("ordinal", str(value))]


@pytest.mark.parametrize("text", ["XX型号", "MIV期", "X型", "使用CIV期", "歐盟I型"])
def test_letters_that_are_no_roman_stage_are_left_alone(text):
    assert [q for q in extract_zh(text) if q.kind == "ordinal"] == []


def test_euro_ii_matches_its_chinese_and_euro_iii_does_not(tmp_path):
    zh = "我們會資助車主淘汰歐盟II期柴油商業車輛。\n"
    en = "We will subsidise owners to retire their Euro II diesel commercial vehicles.\n"
    assert _number_findings(tmp_path, zh, en) == []
    assert _number_findings(tmp_path, zh, en.replace("Euro II", "Euro III"))


@pytest.mark.parametrize("text", [
    "須於駕駛執照屆滿前四個月內辦理續期",
    "合約期滿前兩個月通知對方",
    "到期前三个月提出申请",
    "开学前两个月报名",
    "出發之前兩個月",
])
def test_months_counted_back_from_an_event_are_a_count_of_months(text):
    found = [q for q in extract_zh(text) if not q.weak]
    assert [q.kind for q in found] == ["count"]
    assert "月" in found[0].unit


@pytest.mark.parametrize("text", ["今年前四个月出口增长", "全省前4个月", "前三个月，销量上升"])
def test_the_first_months_of_a_year_stay_a_calendar_span(text):
    assert _kinds(extract_zh(text)) == [("period", "1..{}".format(
        {"四": 4, "4": 4, "三": 3}[next(c for c in text if c in "四4三")]))]


def test_four_months_before_expiry_is_not_january_to_april(tmp_path):
    zh = "車主可於駕駛執照屆滿前四個月內遞交續期申請。\n"
    en = "Owners may apply for renewal within four months before the expiry of the " \
         "driving licence.\n"
    assert _number_findings(tmp_path, zh, en) == []
    assert _number_findings(tmp_path, zh, en.replace("four months", "three months"))


def _untranslated(tmp_path, zh: str, en: str) -> list[str]:
    return [f.severity for f in check_texts(tmp_path, zh, en) if f.rule == "untranslated"]


def test_a_chinese_account_name_glossed_in_english_is_no_untranslated_text(tmp_path):
    zh = "市民可關注「澳門體育」微信公眾號及「澳門特區體育局」微信訂閱號。\n"
    en = "The public may follow the ‘澳門體育’ (Macao Sports) WeChat public account and the " \
         "‘澳門特區體育局’ (Macao SAR Sports Bureau) WeChat subscription account.\n"
    assert _untranslated(tmp_path, zh, en) == ["info"]
    unglossed = en.replace(" (Macao Sports)", "").replace(" (Macao SAR Sports Bureau)", "")
    unglossed = unglossed.replace("WeChat public account", "public page").replace(
        "WeChat subscription account", "subscription page")
    assert _untranslated(tmp_path, zh, unglossed) == ["error"]


def _missing_names(tmp_path, zh: str, en: str) -> list[str]:
    return [f.message for f in check_texts(tmp_path, zh, en)
            if f.rule == "name-missing" and f.severity in ("error", "warning")]


def test_a_brand_inside_a_bracketed_brand_is_rendered(tmp_path):
    zh = "你可以內地電子錢包(只接受支付寶、微信支付及雲閃付App)繳費。\n"
    en = "You can pay by Mainland e-wallets (only Alipay, WeChat Pay and UnionPay App are " \
         "accepted).\n"
    assert _missing_names(tmp_path, zh, en) == []


def test_a_name_in_a_dropped_aside_is_still_missing(tmp_path):
    zh = "索姆斯女男爵（丘吉尔之女）与丘吉尔一起出席。\n"
    en = "Baroness Soames attended with Churchill.\n"
    assert any("丘吉尔" in m for m in _missing_names(tmp_path, zh, en))


NARROW_AGENDA = """人事编制小组委员会
会议议程

1.EC(97-98)24 建议在司法机构开设一个原讼法
庭法官编外职位,开设期至2000
年9月28日为止,以便出任人员
接掌一名高等法院原讼法庭法官
的司法职务,该名法官已获委任
为选举管理委员会的主席。

(出席人员:政制事务局副局长/
司法机构秘书/总选举事务主任)

2.EC(97-98)25 建议在劳工处保留一个助理处长
编外职位(首长级薪级第2点),直
至1998年6 月 30日为止,以便继
续借调一名合适的人员到雇员再
培训局。
"""


def test_an_agenda_in_a_narrow_column_joins_its_wrapped_lines():
    texts = [s.text for s in segment(NARROW_AGENDA, "zh")]
    assert any(t.endswith("以便继续借调一名合适的人员到雇员再培训局。") for t in texts)
    assert "(出席人员:政制事务局副局长/司法机构秘书/总选举事务主任)" in texts
    assert not any(t in ("培训局。", "为选举管理委员会的主席。") for t in texts)


# Lines of unlike widths, each its own item (a notice's list): no column to read through.
UNLIKE_WIDTHS = """办理手续须知
申请人须亲身前往办事处递交申请表格及有关证明文件
表格可在网上下载
申请人须缴付费用
如有查询请致电热线
逾期申请恕不受理。
办公时间为星期一至五上午九时至下午五时
星期六、日及公众假期休息。
"""


def _column(text: str) -> int:
    return _narrow_column(text, _lines(text))


def test_the_column_width_is_read_from_the_full_lines():
    assert 25 <= _column(NARROW_AGENDA) <= 30
    assert _column(UNLIKE_WIDTHS) == 0


def test_a_narrow_column_needs_paragraphs_ending_under_full_lines():
    one_end = NARROW_AGENDA.replace("培训局。", "培训局")  # one paragraph ends under a full line
    texts = [s.text for s in segment(one_end, "zh")]
    assert "培训局" in texts  # not enough to call the page a column: its lines stay apart


@pytest.mark.parametrize(("zh", "en"), [
    ("出口额增长3.6倍。", "In 2023, exports grew strongly."),
    ("投資2.2億元。", "The investment was made in 2020."),
])
def test_an_amount_against_a_year_is_no_confident_mismatch(tmp_path, zh, en):
    found = [(f.rule, f.severity) for f in check_texts(tmp_path, zh, en)
             if f.rule == "number-mismatch"]
    assert found == [("number-mismatch", "warning")]


def test_an_amount_against_an_amount_stays_an_error(tmp_path):
    found = [(f.rule, f.severity) for f in check_texts(
        tmp_path, "出口额增长3.6倍。", "Exports grew 4.6 times.") if f.rule == "number-mismatch"]
    assert found == [("number-mismatch", "error")]


@pytest.mark.parametrize(("text", "weak"), [
    ("檔案編號為820/98", True),
    ("文件81/95", True),
    ("2021/2030", True),  # not years in a row, and no 年 after: a reference
    ("约有3/4的人", False),
    ("占1/3", False),
])
def test_a_slash_number_above_one_is_a_reference_not_a_share(text, weak):
    assert [q.weak for q in extract_zh(text) if q.kind == "fraction"] == [weak]


@pytest.mark.parametrize(("text", "weak"), [
    ("file no. 820/98", True), ("Case 1058/2005", True), ("about 3/4 of them", False)])
def test_an_english_slash_number_above_one_is_a_reference(text, weak):
    assert [q.weak for q in extract_en(text) if q.kind == "fraction"] == [weak]
