"""Chinese quantity extraction: every form issue 3 lists, in sentences written for these tests."""

from decimal import Decimal

import pytest
from conftest import loud_numbers, quantity_value, strong_quantities

from align.numbers.quantity import plain
from align.numbers.zh import extract_zh, parse_zh_number


def found(text: str) -> list[tuple[str, str, str]]:
    """(kind, value[..high], qualifier) of every strong quantity in ``text``."""
    return strong_quantities(extract_zh(text))


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("1.6万", "16000"),
        ("4.49万亿", "4490000000000"),
        ("两千三百万", "23000000"),
        ("三万一", "31000"),
        ("一百二", "120"),
        ("一万零五", "10005"),
        ("十五", "15"),
        ("二十", "20"),
        ("廿三", "23"),
        ("一九八五", "1985"),
        ("二〇二四", "2024"),
        ("三点五", "3.5"),
        ("三百多万", "3000000"),
        ("1亿5千万", "150000000"),
        ("2万亿3000亿", "2300000000000"),
        ("四万四千九百亿", "4490000000000"),
        ("1,234,567", "1234567"),
    ],
)
def test_numerals(numeral: str, value: str) -> None:
    assert plain(parse_zh_number(numeral)) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic, full-width, separators, decimals, scales
        ("今年全市新增就业1.6万人。", [("count", "16000", "exact")]),
        ("全年财政收入达到4.49万亿元。", [("money", "4490000000000", "exact")]),
        ("粮食产量增长了１７.８％。", [("percent", "17.8", "exact")]),
        ("该市常住人口为1,234,567人。", [("count", "1234567", "exact")]),
        ("项目总投资两千三百万元。", [("money", "23000000", "exact")]),
        ("现场来了三万一的观众。", [("count", "31000", "exact")]),
        ("这座老桥建于廿三年前。", [("count", "23", "exact")]),
        ("公司向海外投资了3亿美元。", [("money", "300000000", "exact")]),
        ("面积为 250 平方公里。", [("count", "250", "exact")]),
        # imperial units after a Chinese numeral (八英尺 'eight-foot' was left unread)
        ("他造了一个八英尺高的机器人。", [("count", "8", "exact")]),
        ("屏幕有十五英寸。", [("count", "15", "exact")]),
        ("农场占地三百英亩。", [("count", "300", "exact")]),
        ("每瓶装两盎司，每袋五磅。", [("count", "2", "exact"), ("count", "5", "exact")]),
        ("船离岸十二海里。", [("count", "12", "exact")]),
        # percent, percentage points, fractions, 成
        ("失业率下降了0.2个百分点。", [("points", "0.2", "exact")]),
        ("合格率为百分之十二点五。", [("percent", "12.5", "exact")]),
        ("约三分之一的学生住校。", [("fraction", plain(Decimal(1) / 3), "approx")]),
        ("其中2/3来自农村。", [("fraction", plain(Decimal(2) / 3), "exact")]),
        ("三成的企业实现了盈利。", [("percent", "30", "exact")]),
        ("六成以上的受访者表示满意。", [("percent", "60", "at-least")]),
        # ordinals
        ("这是他第三次访问上海。", [("ordinal", "3", "exact")]),
        ("第二十届运动会在杭州举行。", [("ordinal", "20", "exact")]),
        (
            "党的二十届三中全会提出了新要求。",
            [("ordinal", "20", "exact"), ("ordinal", "3", "exact")],
        ),
        ("十四五时期的目标已经明确。", [("ordinal", "14", "exact")]),
        ("学校迎来建校七十周年。", [("ordinal", "70", "exact")]),
        ("这种习俗始于19世纪初。", [("ordinal", "19", "exact")]),
        # dates and periods
        ("2024年10月1日是星期二。", [("date", "20241001", "exact"), ("weekday", "2", "exact")]),
        ("1至9月，出口总额增长5%。", [("period", "1..9", "exact"), ("percent", "5", "exact")]),
        ("前三季度经济运行平稳。", [("period", "1..9", "exact")]),
        ("上半年销售额有所下降。", [("period", "1..6", "exact")]),
        ("第四季度订单回升。", [("period", "10..12", "exact")]),
        ("一九八五年我来到北京。", [("date", "19850000", "exact")]),
        ("5月3和5月9日各有一场演出。", [("date", "503", "exact"), ("date", "509", "exact")]),
        ("二十世纪九十年代的城市", [("decade", "1990", "exact")]),
        ("会议定于下午3点开始。", [("time", "15", "exact")]),
        ("上午9点半，列车到站。", [("time", "9.5", "exact")]),
        # money, ranges
        ("每月工资4000元左右。", [("money", "4000", "approx")]),
        ("这项工程需要3至5年。", [("count", "3..5", "exact")]),
        ("每年接待3-5万名游客。", [("count", "30000..50000", "exact")]),
        # approximations and bounds
        ("大约有200人参加了活动。", [("count", "200", "approx")]),
        ("近四万名观众到场。", [("count", "40000", "nearly")]),
        ("超过100家企业参展。", [("count", "100", "more-than")]),
        ("两国已有40余年的交往。", [("count", "40", "more-than")]),
        ("公司有5000多名员工。", [("count", "5000", "more-than")]),
        ("逾300人受伤。", [("count", "300", "more-than")]),
        ("他今年50岁左右。", [("count", "50", "approx")]),
        ("60岁以上的老人可以免费乘车。", [("count", "60", "at-least")]),
        ("18岁以下的儿童不得入内。", [("count", "18", "at-most")]),
        ("工期不到两个月。", [("count", "2", "less-than")]),
        ("全国建成5G基站300多万个。", [("count", "3000000", "more-than")]),
        ("参会人数不少于100人。", [("count", "100", "at-least")]),
        ("增速不低于5%。", [("percent", "5", "at-least")]),
        ("工期不超过3年。", [("count", "3", "at-most")]),
        # a bound with a modal between: a rule's "must not exceed", "should not fall below"
        ("拘留期限不得超过三十天。", [("count", "30", "at-most")]),
        ("拘留期限不得超過三十天。", [("count", "30", "at-most")]),
        ("每组不能超过5人。", [("count", "5", "at-most")]),
        ("赤字率不应高于3%。", [("percent", "3", "at-most")]),
        ("合格率不得低于95%。", [("percent", "95", "at-least")]),
        ("成员不得少于七人。", [("count", "7", "at-least")]),
    ],
)
def test_forms(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "我们一定要统一思想，推进区域一体化。",
        "万一下雨，我们会第一时间通知大家。",
        "一方面要发展经济，另一方面要保护环境。",
        "共建一带一路是合作的重点之一。",
        "这一点十分重要，千万不要忘记。",
        "奶粉中检出了三聚氰胺。",
        "有一些人一直在等。",
        "数十万人参加了一系列活动。",
        "他们在G20峰会上讨论了5G网络。",
    ],
)
def test_not_quantities(text: str) -> None:
    assert found(text) == []


def test_weak_numerals_are_marked() -> None:
    qs = extract_zh("他买了一本书。")
    assert [(q.kind, q.weak) for q in qs] == [("count", True)]
    first = extract_zh("第一，我们要坚持开放。")
    assert [(q.kind, plain(q.value), q.weak) for q in first] == [("ordinal", "1", True)]


def test_offsets_and_surface() -> None:
    text = "去年增加了约1.6万人。"
    (q,) = extract_zh(text)
    assert text[q.start : q.end] == q.surface == "约1.6万人"
    assert q.unit == "人"


def test_currency_codes() -> None:
    assert [q.unit for q in extract_zh("投资2亿元和3000万美元。")] == ["CNY", "USD"]
    assert [q.unit for q in extract_zh("人民币500亿元")] == ["CNY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("她过一两天就回来。", [("count", "1..2", "approx", True)]),
        ("院子里有十七八个孩子。", [("count", "17..18", "approx", True)]),
        ("三四十万人参加。", [("count", "300000..400000", "approx", True)]),
        ("他带了五十两银子。", [("count", "50", "exact", False)]),
        ("会议开了一个半小时。", [("count", "1.5", "exact", False)]),
        ("他在那里住了两年半。", [("count", "2.5", "exact", False)]),
        ("近五年来，收入持续增长。", [("count", "5", "exact", False)]),
        (
            "一是稳就业，二是保民生。",
            [("ordinal", "1", "exact", True), ("ordinal", "2", "exact", True)],
        ),
        ("比分定格在3:1。", [("count", "3..1", "exact", False)]),  # a score: both terms
        ("下午3:15，列车进站。", [("time", "15.25", "exact", False)]),
    ],
)
def test_estimates_and_special_forms(text: str, expected: list) -> None:
    got = [
        (q.kind, quantity_value(q), q.qualifier, q.weak)
        for q in extract_zh(text)
    ]  # fmt: skip
    assert got == expected


def test_heading_numbers_are_not_quantities() -> None:
    assert extract_zh("6.新的开始") == []
    assert [plain(q.value) for q in extract_zh("6.5万人")] == ["65000"]


@pytest.mark.parametrize("text", ["[中国人大网](2010-03-09 14:37:04)", "（15:05:47）",
                                  "王兆国 (15:06:04)", "记录时间 09:30:15)"])
def test_a_clock_with_seconds_before_a_bracket_is_no_ratio(text: str) -> None:
    # the colon before the seconds introduces no list item: 47) is not a label, so the
    # hours and minutes are not left to be read as a score
    assert [q for q in extract_zh(text) if q.unit == "ratio"] == []


def test_a_list_label_after_a_colon_still_is_one() -> None:
    assert extract_zh("议程包括:1)审议报告;2)表决。") == []
    assert [q.unit for q in extract_zh("比分定格在3:1)。")] == ["ratio"]


@pytest.mark.parametrize(("zh", "en"), [
    ("每月供款一般不会超过家庭收入的40%。", "The monthly payment will generally not exceed 40% of "
     "household income."),
    ("拘留期限不得超过三十天。", "Detention shall not exceed 30 days."),
    ("拘留期限不得超过三十天。", "Detention may last up to 30 days."),
    ("合格率不得低于95%。", "The pass rate must not be less than 95%."),
])
def test_a_bound_with_a_modal_agrees_with_the_english_bound(zh: str, en: str) -> None:
    assert loud_numbers([zh], [en]) == []


def test_a_bound_said_the_other_way_is_still_a_qualifier_change() -> None:
    assert loud_numbers(["拘留期限不得超过三十天。"], ["Detention shall exceed 30 days."])


@pytest.mark.parametrize("text", [
    "迎接下一世紀的挑战。", "下一届政府将继续推进。", "上一年度的预算执行良好。",
    "下一步工作要抓好落实。", "上一次会议讨论了这个问题。", "我们进入了新的一千年。",
])
def test_next_and_last_are_no_count_of_one(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("在下一个五年里", [("count", "5", "exact")]),  # the five stays
    ("台上一千名演员同台演出", [("count", "1000", "exact")]),  # 上 of 台上 ("on stage")
    ("上一百人参加", [("count", "100", "exact")]),
    ("一千年来", [("count", "1000", "exact")]),
])
def test_counts_beside_next_and_last_stay(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, low, high", [
    ("2006/2007年度工作计划", 2006, 2007),
    ("2006/07年度", 2006, 2007),
    ("2019-2020年", 2019, 2020),
])
def test_a_session_or_fiscal_year_written_in_full_is_a_span(text: str, low: int, high: int) -> None:
    q = extract_zh(text)[0]
    assert (q.kind, q.value, q.high) == ("date", Decimal(low * 10000), Decimal(high * 10000))


@pytest.mark.parametrize("text", ["立法会CB(2)1234/07-08号文件", "LS 63/07-08號文件"])
def test_a_legislatures_paper_number_is_no_quantity(text: str) -> None:
    assert extract_zh(text) == []


@pytest.mark.parametrize("text, value", [
    ("立法会文件附录II", 2), ("附件III所列项目", 3), ("第IV期工程", 4),
])
def test_a_part_numbered_in_roman_numerals_is_an_ordinal(text: str, value: int) -> None:
    assert [(q.kind, q.value) for q in extract_zh(text)] == [("ordinal", Decimal(value))]


def test_roman_letters_elsewhere_are_no_number() -> None:
    assert extract_zh("VIP通道和XIV型号") == []


@pytest.mark.parametrize("text, low, high", [
    ("增加一百个至二百个岗位", 100, 200), ("100个至200个", 100, 200),
    ("三千元到五千元", 3000, 5000),
])
def test_a_range_that_states_its_unit_twice_is_one_range(text: str, low: int, high: int) -> None:
    [q] = extract_zh(text)
    assert (q.value, q.high) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize("text", ["由100个增加到200个", "从3个到2个", "5%至10%"])
def test_a_change_a_fall_or_percentages_stay_two_numbers(text: str) -> None:
    assert len(extract_zh(text)) == 2
