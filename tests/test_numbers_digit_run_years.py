"""A year in Chinese numerals printed without its 〇 (二九年 for 二〇〇九年, a page's lost
character) or without its century (九八年 for 1998): a run of digit characters with no 十/百/千
counts nothing in Chinese, so before 年 it is a year, read as the English year nearby that
has its digits; with none, the finding is only a doubt (info). Sentences written for these
tests."""

import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck
from align.model import Alignment, Bead, Settings, Severity
from align.numbers import extract_zh
from align.numbers.reading import year_digits


def findings(zh: str, en: str):
    a = Alignment(zh=doc("zh", [zh]), en=doc("en", [en]), beads=(Bead((0,), (0,), 0.8),))
    return list(NumbersCheck().run(CheckContext(alignment=a, settings=Settings())))


def loud(zh: str, en: str) -> list[str]:
    return [f"{f.rule} {f.message}" for f in findings(zh, en) if f.severity is not Severity.INFO]


@pytest.mark.parametrize(("zh", "digits"), [
    ("二九年五月于北京", "29"), ("二一一年一月", "211"), ("九八年抗洪", "98"),
    ("一九五年建成", "195"), ("二〇〇九年", ""), ("二○○九年", ""), ("一九四九年", ""),
    ("二十九年来", ""), ("三四年后", ""), ("用了二十一年", ""), ("二九周年", ""),
])
def test_only_a_bare_run_of_digit_characters_before_year_is_a_year_in_doubt(
        zh: str, digits: str) -> None:
    assert [year_digits(q) for q in extract_zh(zh) if year_digits(q)] == (
        [digits] if digits else [])


@pytest.mark.parametrize(("zh", "en"), [
    ("二九年五月于北京发布。", "Issued in Beijing, May 2009."),
    ("二一一年一月十八日至二十一日，主席对美国进行国事访问。",
     "From January 18 to 21, 2011, the President paid a state visit to the United States."),
    ("双方重申二九年十一月联合声明的原则。",
     "Both sides reaffirmed the principles of the November 2009 Joint Statement."),
    ("九八年抗洪中，部队出动了数十万人。",
     "In the 1998 flood fight, hundreds of thousands of troops were deployed."),
    ("一九五年该校迁至上海。", "In 1905 the school moved to Shanghai."),
    ("一九五年该校迁至上海。", "In 1950 the school moved to Shanghai."),
])
def test_a_year_whose_zeros_or_century_the_page_lost_matches_the_english_year(
        zh: str, en: str) -> None:
    assert loud(zh, en) == []
    assert not any(f.rule == "number-missing" for f in findings(zh, en))


@pytest.mark.parametrize(("zh", "en"), [
    ("二九年五月于北京发布。", "Issued in Beijing in May."),  # no year at all
    ("二九年五月于北京发布。", "Issued in Beijing, May 2019."),  # another year
])
def test_a_digit_run_year_no_english_year_spells_is_only_a_doubt(zh: str, en: str) -> None:
    assert loud(zh, en) == []
    assert any(f.rule == "number-missing" and f.severity is Severity.INFO
               and "〇" in f.message for f in findings(zh, en))


@pytest.mark.parametrize(("zh", "en"), [
    ("这项工程建设了二十九年。", "The project took nine years to build."),
    ("二〇〇九年五月于北京发布。", "Issued in Beijing, May 2019."),
    ("二○○九年五月于北京发布。", "Issued in Beijing, May 2019."),
])
def test_a_count_of_years_or_a_full_year_still_differs(zh: str, en: str) -> None:
    assert loud(zh, en)
