"""Comparing the quantities of a Chinese sentence and its translation, and the NumbersCheck."""

import pytest

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck, compare, extract_en, extract_zh
from align.checks.numbers.render import render_en
from align.checks.numbers.tokens import missing_tokens
from align.model import Alignment, Bead, Document, Segment, Severity
from align.settings import Settings


def diff(zh: str, en: str) -> list[tuple[str, str]]:
    return [(d.rule, d.severity.value) for d in compare(extract_zh(zh), extract_en(en))]


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
        ("今年新增就业1.6万人。", "This year 1,600 jobs were added.",
         [("number-mismatch", "error")]),
        ("今年新增就业1.6万人。", "This year many jobs were added.",
         [("number-missing", "error")]),
        ("失业率下降了0.2个百分点。", "Unemployment fell by 0.2%.", [("number-kind", "error")]),
        ("利润增长了5%。", "Profit grew 5 percentage points.", [("number-kind", "error")]),
        ("近四万名观众到场。", "More than 40,000 spectators came.",
         [("number-qualifier", "warning")]),
        ("60岁以上的老人免费乘车。", "People under 60 ride free.",
         [("number-qualifier", "warning")]),
        ("大约有200人参加。", "200 people attended.", [("number-qualifier", "info")]),
        ("财政收入达到4.49万亿元。", "Revenue reached nearly 4.5 trillion yuan.",
         [("number-rounded", "info")]),
        ("财政收入达到4.49万亿元。", "Revenue reached 4.5 trillion yuan.",
         [("number-mismatch", "error")]),
        ("两国已有40余年的交往。", "They have had ties for more than 45 years.",
         [("number-mismatch", "error")]),
        ("经济增长较快。", "The economy grew by 12%.", [("number-extra", "warning")]),
        ("公司投资3亿美元。", "The company invested 300 million yuan.",
         [("number-mismatch", "error")]),
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
    assert [(d.rule, d.zh.surface, d.en.surface) for d in found] == [
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


def test_missing_tokens() -> None:
    zh = "5G基站和G20峰会以及APEC会议，COVID-19疫情。"
    en = "base stations, the G20 summit, the APEC meeting and the Covid-19 epidemic"
    assert [t for t, _, _ in missing_tokens(zh, en)] == ["5G"]
    assert missing_tokens("网速为600Mbit/s。", "a speed of 600 Mbit/s") == []


# -- the check on a hand-made alignment ----------------------------------------------------------


def _doc(lang: str, sentences: list[str]) -> Document:
    text, segs, pos = "", [], 0
    for i, s in enumerate(sentences):
        segs.append(Segment(id=i, text=s, start=pos, end=pos + len(s), line=i + 1))
        text += s + "\n"
        pos += len(s) + 1
    return Document(path=f"t.{lang}", lang=lang, text=text, segments=tuple(segs))


def _alignment() -> Alignment:
    zh = _doc("zh", ["今年新增就业1.6万人。", "增速为5%。", "谢谢大家。", "5G网络覆盖全市。"])
    en = _doc("en", ["This year 1,600 jobs", "were added, growth of 5%.", "Thank you.",
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
