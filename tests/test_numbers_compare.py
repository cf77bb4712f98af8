"""Comparing the quantities of a Chinese sentence and its translation, and the NumbersCheck."""

import pytest
from conftest import make_document

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck, compare, extract_en, extract_zh
from align.checks.numbers.render import render_en
from align.model import Alignment, Bead, Document, Segment, Settings, Severity
from align.numbers.tokens import missing_tokens


def diff(zh: str, en: str) -> list[tuple[str, str]]:
    return [(d.rule.id, d.severity.value) for d in compare(extract_zh(zh), extract_en(en))]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("今年新增就业1.6万人。", "This year 16,000 jobs were added."),
        ("财政收入达到4.49万亿元。", "Fiscal revenue reached 4.49 trillion yuan."),
        ("三成企业实现盈利。", "30% of firms made a profit."),
        ("约三分之一的学生住校。", "About one-third of the students board."),
        ("项目投资两千三百万元。", "The project cost 23 million yuan."),
        ("2024年10月1日，大桥通车。", "The bridge opened on October 1, 2024."),
        ("2024年10月1日，大桥通车。", "The bridge opened on October 1 in 2024."),
        ("前三季度出口增长5%。", "Exports grew 5% in the first three quarters."),
        ("1至9月出口增长5%。", "From January to September exports grew 5%."),
        ("上半年利润下降。", "Profits fell in the first half."),
        ("这项工程需要3至5年。", "The project takes three to five years."),
        ("会议下午3点开始。", "The meeting starts at 3 p.m."),
        ("二十届三中全会召开。", "The third plenary session of the 20th Central Committee met."),
        ("十四五规划提出了目标。", "The 14th Five-Year Plan set the goals."),
        ("第一，我们要坚持开放。", "First, we must stay open."),
        ("这是一个重要原因。", "This is an important reason."),
        ("中美两国交往已有40余年。", "China and the US have had ties for more than 40 years."),
        ("近四万名观众到场。", "Nearly 40,000 spectators came."),
        ("60岁以上的老人免费乘车。", "People aged 60 and over ride free."),
        ("失业率下降了0.2个百分点。", "Unemployment fell by 0.2 percentage points."),
        ("指数上涨0.5个百分点。", "The index rose 0.5 points."),
        ("7月17和7月22日各拨款一次。", "Funds were issued on July 17 and 22."),
        ("增长了两倍。", "It grew two times."),
        ("这种习俗始于19世纪。", "The custom began in the 19th century."),
    ],
)
def test_equal_values_in_different_forms_match(zh: str, en: str) -> None:
    assert diff(zh, en) == []


@pytest.mark.parametrize(
    ("zh", "en", "expected"),
    [
        (
            "今年新增就业1.6万人。",
            "This year 1,600 jobs were added.",
            [("number-mismatch", "error")],
        ),
        ("今年新增就业1.6万人。", "This year many jobs were added.", [("number-missing", "error")]),
        ("失业率下降了0.2个百分点。", "Unemployment fell by 0.2%.", [("number-kind", "error")]),
        ("利润增长了5%。", "Profit grew 5 percentage points.", [("number-kind", "error")]),
        (
            "近四万名观众到场。",
            "More than 40,000 spectators came.",
            [("number-qualifier", "warning")],
        ),
        (
            "60岁以上的老人免费乘车。",
            "People under 60 ride free.",
            [("number-qualifier", "warning")],
        ),
        ("大约有200人参加。", "200 people attended.", [("number-qualifier", "info")]),
        (
            "财政收入达到4.49万亿元。",
            "Revenue reached nearly 4.5 trillion yuan.",
            [("number-rounded", "info")],
        ),
        (
            "财政收入达到4.49万亿元。",
            "Revenue reached 4.5 trillion yuan.",
            [("number-mismatch", "error")],
        ),
        (
            "两国已有40余年的交往。",
            "They have had ties for more than 45 years.",
            [("number-mismatch", "error")],
        ),
        ("经济增长较快。", "The economy grew by 12%.", [("number-extra", "warning")]),
        (
            "公司投资3亿美元。",
            "The company invested 300 million yuan.",
            [("number-mismatch", "error")],
        ),
        ("10月1日大桥通车。", "The bridge opened on October 7.", [("number-mismatch", "error")]),
        ("前三季度出口增长。", "Exports grew in the first half.", [("number-mismatch", "error")]),
        ("他买了一本书。", "He bought two books.", [("number-extra", "warning")]),
    ],
)
def test_discrepancies(zh: str, en: str, expected: list) -> None:
    assert diff(zh, en) == expected


def test_mismatch_pairs_the_closest_values() -> None:
    found = compare(extract_zh("新增确诊病例141例，治愈90例。"),
                    extract_en("There were 794 new cases and 90 recoveries."))  # fmt: skip
    assert [(d.rule.id, d.zh.surface, d.en.surface) for d in found] == [
        ("number-mismatch", "141例", "794")
    ]


@pytest.mark.parametrize(
    ("zh", "english"),
    [
        ("四百二十五万人", "4.25 million people"),
        ("三成", "30%"),
        ("0.2个百分点", "0.2 percentage points"),
        ("4.49万亿元", "4.49 trillion yuan"),
        ("1.6万", "16,000"),
        ("约三分之一", "about one-third"),
        ("前三季度", "the first three quarters"),
        ("2024年10月1日", "October 1, 2024"),
        ("近四万", "nearly 40,000"),
        ("第3000场", "3,000th"),
        ("3亿美元", "300 million US dollars"),
    ],
)
def test_render_in_english(zh: str, english: str) -> None:
    (q,) = extract_zh(zh)
    assert render_en(q) == english


@pytest.mark.parametrize(
    ("en", "english"),
    [
        ("US$300 million", "300 million US dollars"),
        ("300 million US dollars", "300 million US dollars"),
        ("$300 million", "300 million dollars"),  # a Hong Kong page's own dollar, as likely
        ("HK$300 million", "300 million Hong Kong dollars"),
    ],
)
def test_render_english_money_in_its_own_currency(en: str, english: str) -> None:
    (q,) = [q for q in extract_en(en) if q.kind == "money"]
    assert render_en(q) == english


def test_a_bare_yuan_read_in_the_pages_dollar_is_rendered_as_dollars() -> None:
    from dataclasses import replace

    (q,) = extract_zh("61億元")
    assert render_en(replace(q, unit="USD")) == "6.1 billion dollars"  # page_currency's reading


def test_missing_tokens() -> None:
    zh = "5G基站和G20峰会以及APEC会议，COVID-19疫情。"
    en = "base stations, the G20 summit, the APEC meeting and the Covid-19 epidemic"
    assert [t for t, _, _ in missing_tokens(zh, en)] == ["5G"]
    assert missing_tokens("网速为600Mbit/s。", "a speed of 600 Mbit/s") == []


# -- the check on a hand-made alignment ----------------------------------------------------------


def _alignment() -> Alignment:
    zh = make_document("zh", ["今年新增就业1.6万人。", "增速为5%。", "谢谢大家。",
                              "5G网络覆盖全市。"])
    en = make_document("en", ["This year 1,600 jobs", "were added, growth of 5%.", "Thank you.",
                              "Networks cover the city.", "An extra 7 lines."])  # fmt: skip
    beads = (Bead((0, 1), (0, 1)), Bead((2,), (2,)), Bead((3,), (3,)), Bead((), (4,)))
    return Alignment(zh=zh, en=en, beads=beads)


def test_check_reports_at_the_bead() -> None:
    a = _alignment()
    findings = list(NumbersCheck().run(CheckContext(alignment=a, settings=Settings())))
    assert [(f.rule, f.severity, f.bead) for f in findings] == [
        ("number-mismatch", Severity.ERROR, 0),
        ("token-missing", Severity.WARNING, 2),
    ]
    f = findings[0]
    assert f.zh.ids == (0, 1) and f.en.ids == (0, 1)
    assert f.zh.text == "今年新增就业1.6万人。\n增速为5%。"
    assert dict(f.evidence) == {
        "zh": "1.6万人",
        "zh_value": "16000 count",
        "en": "1,600",
        "en_value": "1600 count",
    }
    assert f.suggestion == "16,000 people"


def test_check_respects_disabled_rules() -> None:
    settings = Settings(disabled_rules=frozenset({"number-mismatch", "token-missing"}))
    findings = list(NumbersCheck().run(CheckContext(alignment=_alignment(), settings=settings)))
    assert findings == []


def test_every_rule_is_documented() -> None:
    ids = {r.id for r in NumbersCheck.rules}
    assert ids == {"number-missing", "number-mismatch", "number-kind", "number-qualifier",
                   "number-extra", "number-rounded", "token-missing"}  # fmt: skip
    assert all(r.doc and r.example for r in NumbersCheck.rules)


# Faithful sentence pairs in the briefing genre: nothing above info may be reported.
FAITHFUL = [
    (
        "2024年，全国规模以上工业增加值同比增长5.8%。",
        "In 2024, the value added of industrial enterprises above "
        "designated size grew by 5.8 percent year on year.",
    ),
    (
        "截至2024年底，我国5G基站总数达到425.1万个。",
        "By the end of 2024, China had 4.251 million 5G base stations in total.",
    ),
    (
        "全年新增就业1256万人，超额完成目标。",
        "A total of 12.56 million new urban jobs were created "
        "during the year, exceeding the target.",
    ),
    (
        "外汇储备规模保持在3.2万亿美元以上。",
        "Foreign exchange reserves stayed above 3.2 trillion US dollars.",
    ),
    (
        "居民消费价格指数上涨0.2%，涨幅比上年回落0.1个百分点。",
        "The consumer price index rose by 0.2 percent, 0.1 "
        "percentage point lower than the previous year.",
    ),
    (
        "一季度GDP同比增长5.3%，比去年四季度加快0.1个百分点。",
        "GDP grew 5.3% year on year in the first quarter, 0.1 percentage "
        "points faster than in the fourth quarter of last year.",
    ),
    (
        "我们将在未来三年内培养10万名数字技术人才。",
        "We will train 100,000 digital professionals over the next three years.",
    ),
    (
        "全国共有各类市场主体1.8亿户。",
        "There are 180 million market entities of all kinds nationwide.",
    ),
    ("研发经费投入强度达到2.68%。", "R&D spending reached 2.68 percent of GDP."),
    (
        "新能源汽车产销量连续10年位居全球第一。",
        "China's production and sales of new energy vehicles have ranked "
        "first in the world for 10 consecutive years.",
    ),
    ("下面，我请王部长介绍有关情况。", "Now, I'd like to invite Minister Wang to brief you."),
    (
        "这是我国连续第15年保持全球货物贸易第一大国地位。",
        "This is the 15th consecutive year that China has "
        "remained the world's largest trader in goods.",
    ),
    ("中小企业数量超过5000万户。", "The number of SMEs exceeds 50 million."),
    (
        "粮食产量连续9年稳定在1.3万亿斤以上。",
        "Grain output has remained above 1.3 trillion jin for nine consecutive years.",
    ),
    ("我想提两个问题。", "I have two questions."),
    ("第一个问题是关于就业的。", "My first question is about employment."),
    (
        "一方面，我们要扩大内需；另一方面，要稳定外需。",
        "On the one hand, we need to expand domestic demand; on the "
        "other, we must stabilize external demand.",
    ),
    ("每年举办两次。", "It is held twice a year."),
    ("全年接待游客超过60亿人次。", "More than 6 billion tourist visits were made during the year."),
    (
        "预计到2025年，数字经济核心产业增加值占GDP比重将达到10%。",
        "By 2025, the value added of core digital economy industries "
        "is expected to account for 10 percent of GDP.",
    ),
    ("约70%的企业表示满意。", "Some 70 percent of enterprises said they were satisfied."),
    (
        "平均每天有近2万家企业新设立。",
        "Nearly 20,000 new enterprises are established on average every day.",
    ),
    (
        "十年来，我国经济总量从54万亿元增长到126万亿元。",
        "Over the past decade, China's GDP has grown from 54 trillion yuan to 126 trillion yuan.",
    ),
    (
        "人均可支配收入41314元，实际增长5.1%。",
        "Per capita disposable income was 41,314 yuan, up 5.1 percent in real terms.",
    ),
    (
        "近五年来，累计减税降费超过8.8万亿元。",
        "Over the past five years, tax and fee cuts have totaled more than 8.8 trillion yuan.",
    ),
    (
        "我国已与150多个国家签署共建“一带一路”合作文件。",
        "China has signed Belt and Road cooperation documents with more than 150 countries.",
    ),
    ("两岸同胞是一家人。", "Compatriots on both sides of the Strait are one family."),
    ("会议于3月5日至11日在北京举行。", "The session was held in Beijing from March 5 to 11."),
    ("全国人大代表2977名。", "There are 2,977 deputies to the National People's Congress."),
    ("公司市值突破1万亿美元。", "The company's market value exceeded 1 trillion US dollars."),
    (
        "这个项目投资约500亿元人民币。",
        "The project involves an investment of about 50 billion yuan.",
    ),
    (
        "香港回归祖国27年来，保持繁荣稳定。",
        "In the 27 years since its return to the motherland, Hong "
        "Kong has remained prosperous and stable.",
    ),
    (
        "今年是新中国成立75周年。",
        "This year marks the 75th anniversary of the founding of the People's Republic of China.",
    ),
    ("下午两点半举行新闻发布会。", "The press conference will be held at 2:30 p.m."),
    ("今年前两个月，出口增长7.1%。", "In the first two months of this year, exports grew 7.1%."),
    ("上周五，委员会召开了会议。", "The committee met last Friday."),
    ("占比超过三分之二。", "The share is more than two-thirds."),
    ("2万多名志愿者参与服务。", "Over 20,000 volunteers took part."),
    ("受灾群众三百多万人。", "More than 3 million people were affected."),
    (
        "这一比例从2019年的3.2%提高到2024年的4.5%。",
        "The ratio rose from 3.2% in 2019 to 4.5% in 2024.",
    ),
    ("我国人口约14亿。", "China has a population of about 1.4 billion."),
    ("减少了一半。", "It was cut by half."),
    (
        "二十年来，城市面貌发生了巨大变化。",
        "Over the past two decades, the city has changed enormously.",
    ),
    ("我们连续三年举办这个论坛。", "We have hosted this forum for three years in a row."),
    ("营业收入同比增长百分之八点三。", "Operating revenue rose 8.3 percent year on year."),
    ("这是我第一次来中国。", "This is my first visit to China."),
    ("全省共有A级景区300余家。", "The province has more than 300 A-level scenic spots."),
    (
        "年均增长6.1%，高于世界平均水平。",
        "Average annual growth was 6.1 percent, above the world average.",
    ),
    ("6月18日至20日，论坛在天津举行。", "The forum was held in Tianjin from June 18 to 20."),
    ("预计明年一季度将有所回升。", "A rebound is expected in the first quarter of next year."),
    ("谢谢你的提问。", "Thank you for your question."),
    (
        "中方愿同东盟十国加强合作。",
        "China is ready to strengthen cooperation with the 10 ASEAN countries.",
    ),
    (
        "我国已建成全球最大的高速铁路网，运营里程超过4.5万公里。",
        "China has built the world's largest high-speed rail network, "
        "with more than 45,000 kilometers in operation.",
    ),
    (
        "一是稳就业，二是保民生，三是促发展。",
        "First, stabilizing employment; second, ensuring people's "
        "wellbeing; third, promoting development.",
    ),
    ("这些措施将于明年1月1日起施行。", "These measures will take effect on January 1 next year."),
    ("发布会持续了一个半小时。", "The press conference lasted an hour and a half."),
    (
        "有关部门将于近日公布细则。",
        "The relevant departments will publish the detailed rules soon.",
    ),
    ("他是该公司的第一任总经理。", "He was the company's first general manager."),
    ("我国有56个民族。", "China has 56 ethnic groups."),
    (
        "项目一期工程已完工，二期工程正在建设中。",
        "Phase I of the project has been completed and Phase II is under construction.",
    ),
    (
        "去年，我国经济增长5.2%，总量突破126万亿元。",
        "Last year, China's economy grew by 5.2 percent, with "
        "total output exceeding 126 trillion yuan.",
    ),
    ("当地发生7.8级地震。", "A magnitude-7.8 earthquake struck the area."),
    ("气温降至零下5摄氏度。", "The temperature fell to -5°C."),
    ("该队晋级1/4决赛。", "The team reached the quarter-finals."),
    ("二战结束于1945年。", "World War II ended in 1945."),
    ("利率下调0.5个百分点。", "The rate was cut by half a percentage point."),
    ("该市放开三胎政策。", "The city introduced a three-child policy."),
    ("她过一两天就回来。", "She will be back in a day or two."),
    ("十年来，城市变化很大。", "The city has changed a lot over the past decade."),
    ("会议开了一个半小时。", "The meeting lasted an hour and a half."),
]


@pytest.mark.parametrize(("zh", "en"), FAITHFUL)
def test_faithful_briefing_sentences(zh: str, en: str) -> None:
    assert [d.message for d in compare(extract_zh(zh), extract_en(en))
            if d.severity is not Severity.INFO] == []  # fmt: skip


@pytest.mark.parametrize(
    ("token", "english", "instead"),
    [
        ("5G", "China has built four million 4G base stations.", "4G"),
        ("G20", "Leaders met at the G7 summit.", "G7"),
        ("COVID-19", "Cases of COVID-20 fell.", "COVID-20"),
        ("5G", "The new stations are fast.", None),
        ("APEC", "The APAC meeting opened.", None),  # no digits: spelling is not a look-alike
        ("5G", "Some 5 million phones were sold.", None),  # a number is not a code
    ],
)
def test_look_alike_token(token: str, english: str, instead: str | None) -> None:
    from align.numbers.tokens import look_alike

    assert look_alike(token, english) == instead


def test_token_missing_names_the_look_alike_as_english_evidence() -> None:
    zh = make_document("zh", ["全年新建5G基站1200座。"])
    en = make_document("en", ["Some 1,200 4G base stations were built this year."])
    a = Alignment(zh=zh, en=en, beads=(Bead((0,), (0,), 0.8),))
    found = [f for f in NumbersCheck().run(CheckContext(alignment=a, settings=Settings()))
             if f.rule == "token-missing"]
    assert len(found) == 1
    assert dict(found[0].evidence) == {"zh": "5G", "en": "4G"}
    assert "4G instead" in found[0].message


@pytest.mark.parametrize(("zh", "en", "missing"), [
    # a pinyin reading in brackets after a character is a note, not a token
    ("外交部發(fā)言人表示。", "The spokesperson said.", []),
    ("我们要踔(chuō)厉奋发。", "We must forge ahead.", []),
    ("特區(qū)政府和（hé píng）。", "The SAR government.", []),
    ("發(fā)展5G網(wǎng)絡。", "Develop 4G networks.", ["5G"]),
    # a space just inside the brackets is the page's spacing
    ("社會(huì )進(jìn)步。", "Social progress.", []),
    ("社會( huì )進(jìn)步。", "Social progress.", []),
    ("和平（hé píng ）。", "Peace.", []),
    ("数据( data )安全。", "Security.", ["data"]),  # no tone: still a token
    # a page whose encoding swallowed the opening bracket with the character before it
    ("當?shù)時間晚上。", "In the evening, local time.", []),
    ("兩美绹?guó)友好團體。", "Friendly organisations.", []),
    ("shù)時間晚上。", "In the evening.", []),  # the "?" before it ended a sentence
    ("當? shù)時間晚上。", "In the evening.", []),  # and sentences are joined with a space
    ("時間\ufffdjiān)到了。", "Time is up.", []),
    ("這是什麼?CCTV)報道。", "What is this? A report.", ["CCTV"]),  # no tone: a token
    # without a tone mark it may be an English gloss: still a token
    ("数据(data)安全。", "Security.", ["data"]),
    ("美国(US)政府。", "The government.", ["US"]),
])
def test_pinyin_readings_are_not_tokens(zh, en, missing) -> None:
    assert [t for t, _, _ in missing_tokens(zh, en)] == missing


@pytest.mark.parametrize(("speaker", "expected"), [
    ("TVBS", []),  # the English turn's label says the code: rendered
    ("Reporter", ["TVBS"]),  # a label that does not: still missing
    (None, ["TVBS"]),
])
def test_token_said_by_the_english_speaker_label(speaker: str | None,
                                                expected: list[str]) -> None:
    zh = make_document("zh", ["台湾无线卫星电视台(TVBS)记者:请问两岸经济合作有什么策略?"])
    en_text = "What is the strategy for cross-Strait economic cooperation?"
    en = Document(path="t.en", lang="en", text=en_text + "\n", segments=(
        Segment(id=0, text=en_text, start=0, end=len(en_text), line=1, speaker=speaker),))
    a = Alignment(zh=zh, en=en, beads=(Bead((0,), (0,), 0.8),))
    found = [dict(f.evidence)["zh"] for f in
             NumbersCheck().run(CheckContext(alignment=a, settings=Settings()))
             if f.rule == "token-missing"]
    assert found == expected


@pytest.mark.parametrize(("zh", "en", "missing"), [
    # a name whose accents one side drops is the same name
    ("支持古巴大使Marta Domínguez的发言。", "We back the statement by Ambassador Marta Dominguez.",
     []),
    ("支持古巴大使Marta Dominguez的发言。", "We back the statement by Ambassador Marta Domínguez.",
     []),
    ("感谢François Martin先生。", "Thanks to Mr Francois Martin.", []),
    # another name is still missing
    ("支持古巴大使Marta Domínguez的发言。", "We support the statement by the Ambassador of Cuba.",
     ["Marta", "Domínguez"]),
])
def test_tokens_compare_without_accents(zh, en, missing) -> None:
    assert [t for t, _, _ in missing_tokens(zh, en)] == missing
