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
