"""A page's header fields (日期:, 发布日期:, "Updated:"), chapters of Hong Kong's laws, titles set
a character a line, names kept in Chinese on purpose, and words that only look like names
(twenty-first session). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers, make_document, number_findings

from align.checks.base import CheckContext
from align.checks.coverage import CoverageCheck, furniture_en, furniture_zh
from align.checks.entities import name_problems
from align.checks.untranslated import UntranslatedCheck
from align.model import Alignment, Bead, Settings, Severity
from align.numbers.zh import extract_zh
from align.segment import segment
from align.segment.en import split_en
from align.segment.turns import speaker_label


def _texts(text: str, lang: str) -> list[str]:
    return [s.text for s in segment(text, lang)]


# -- header fields ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["日期:2022-07-09", "发布日期：2023-11-06", "来源:北京外办",
                                  "發佈時間：2021-05-04 10:00", "地点：人民大会堂",
                                  "图片来源:市政府"])
def test_a_chinese_header_field_is_no_speaker_and_is_furniture(line):
    assert speaker_label(line, "zh") is None
    assert furniture_zh(line) in ("header field", "credit", "photo credit")


@pytest.mark.parametrize("line", ["Updated: Feb 3, 2020", "Published: 2023-11-06",
                                  "Release date: 4 May 2021"])
def test_an_english_header_field_is_no_speaker_and_is_furniture(line):
    assert speaker_label(line, "en") is None
    assert furniture_en(line) in ("header field", "credit")


def test_a_speaker_label_is_still_read():
    assert speaker_label("王毅:谢谢大家。", "zh") == ("王毅", 3)
    assert speaker_label("Wang Yi: Thank you.", "en") is not None


def test_a_title_block_ends_before_the_pages_header_fields():
    text = ("市政府发布新规\n关于外国人办理签证的说明\n日期:2022-07-09\n来源:市外办\n\n"
            "近日,新规开始实施。")
    assert _texts(text, "zh") == ["市政府发布新规关于外国人办理签证的说明", "日期:2022-07-09",
                                  "来源:市外办", "近日,新规开始实施。"]


def test_each_pages_own_posting_date_is_no_mismatch():
    zh = ["致外国朋友的一封信", "发布日期: 2020-01-31 来源:市外办"]
    en = ["A letter to foreign friends", "Updated: Feb 3, 2020 WeChat account: City FAO"]
    assert loud_numbers(zh, en) == []


def test_a_date_in_the_text_against_another_is_still_a_mismatch():
    zh = ["致外国朋友的一封信", "新规于2020年1月31日起施行。"]
    en = ["A letter to foreign friends", "The rules took effect on Feb 3, 2020."]
    assert [r for r, _ in loud_numbers(zh, en)] == ["number-mismatch"]


def _coverage(zh: list[str], en: list[str], beads) -> list:
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en), beads=beads)
    return list(CoverageCheck().run(CheckContext(alignment=a, settings=Settings())))


_HEADER_ZH = ["市人大常委会第三次会议", "时间:2021年3月9日下午3时", "地点:市政府礼堂",
              "各位代表,现在开会。", "今天的会议审议两项报告。"]
_HEADER_BEADS = (Bead((0,), (0,), 0.8), Bead((1,), (), 0.0), Bead((2,), (), 0.0),
                 Bead((3,), (1,), 0.8), Bead((4,), (2,), 0.8))


def test_a_header_block_the_english_lead_dates_is_info():
    en = ["The Third Session of the Municipal People's Congress opened on March 9, 2021.",
          "Fellow deputies, the session is now open.", "Today we will review two reports."]
    found = [f for f in _coverage(_HEADER_ZH, en, _HEADER_BEADS) if "header" in f.message]
    assert [f.severity for f in found] == [Severity.INFO]


def test_a_header_block_the_english_leaves_out_is_a_warning():
    en = ["The Third Session of the Municipal People's Congress",
          "Fellow deputies, the session is now open.", "Today we will review two reports."]
    found = [f for f in _coverage(_HEADER_ZH, en, _HEADER_BEADS) if "header" in f.message]
    assert [f.severity for f in found] == [Severity.WARNING]


# -- chapters of Hong Kong's laws ------------------------------------------------------------

def test_cap_before_a_number_ends_no_sentence():
    text = ("The Commission was set up under the Commission Ordinance (Cap. 443) in 1994. It "
            "has six members.")
    assert [text[a:b].strip() for a, b in split_en(text)] == [
        "The Commission was set up under the Commission Ordinance (Cap. 443) in 1994.",
        "It has six members."]


def test_a_price_cap_still_ends_a_sentence():
    text = "The city set a price cap. Five firms agreed."
    assert len(split_en(text)) == 2


def test_a_chapter_of_the_laws_is_no_missing_ordinal():
    zh = ["委员会根据《委员会条例》(第443章)于1994年成立。"]
    en = ["The Commission was set up under the Commission Ordinance (Cap. 443) in 1994."]
    assert loud_numbers(zh, en) == []


# -- titles set vertically -------------------------------------------------------------------

def test_a_title_set_a_character_a_line_is_read_as_one_line():
    text = "署\n二\n○○ 七\n年\n年\n报\n\n本署的使命是提供优质服务。"
    texts = _texts(text, "zh")
    assert texts[-1] == "本署的使命是提供优质服务。"
    assert len(texts) == 2 and texts[0].replace(" ", "") == "署二○○七年年报"


@pytest.mark.parametrize("lines", [["上", "下"], ["甲方", "乙方", "丙方", "丁方"],
                                   ["上", "下", "左右", "前后"]])
def test_short_lines_that_are_no_vertical_title_stay_apart(lines):
    text = "本书介绍城市的历史。\n" + "\n".join(lines) + "\n\n正文从这里开始。"
    assert len(_texts(text, "zh")) == len(lines) + 2


@pytest.mark.parametrize(("zh", "year"), [("署二 ○○ 七年年报", 20070000),
                                          ("二 ○ ○ 七 年", 20070000),
                                          ("一 九 九 七 年回归", 19970000)])
def test_a_year_of_chinese_digits_with_spaces_inside_is_read_whole(zh, year):
    assert [(q.kind, q.value) for q in extract_zh(zh)] == [("date", year)]


def test_a_vertical_title_year_is_no_extra_english_year():
    zh = ["法律援助署二 ○○ 七年年报"]
    en = ["Legal Aid Department Annual Report 2007"]
    assert [f for f in number_findings(zh, en) if f.severity is not Severity.INFO] == []


# -- names kept in Chinese on purpose, and words that only look like names ---------------------

def _untranslated(zh: list[str], en: list[str]) -> list:
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en),
                  beads=tuple(Bead((i,), (i,), 0.8) for i in range(len(zh))))
    return list(UntranslatedCheck().run(CheckContext(alignment=a, settings=Settings())))


@pytest.mark.parametrize("en", [
    "Please follow the Weibo account of the city government “城市发布”.",
    "Search for “健康城市” on WeChat to find the hotline.",
    "Download the mini program called “城市通” for updates.",
])
def test_a_quoted_account_name_kept_in_chinese_is_info(en):
    zh = ["请关注“城市发布”“健康城市”“城市通”。"]
    found = _untranslated(zh, [en])
    assert found and all(f.severity is Severity.INFO for f in found)


@pytest.mark.parametrize("en", [
    "We will deepen the reform of “放管服” across the country.",
    "The city will 推进 reform of its services.",
])
def test_chinese_left_in_an_english_sentence_is_still_reported(en):
    found = _untranslated(["全国深化“放管服”改革,推进服务改革。"], [en])
    assert found and all(f.severity is not Severity.INFO for f in found)


def test_a_unit_with_in_or_out_after_it_is_no_name():
    assert name_problems("推行特别为科内律师而设的培训计划。",
                         "A training programme for in-house lawyers is in place.") == ([], [])
    assert name_problems("局外人士也可参加。",
                         "People from outside may also take part.") == ([], [])


def test_a_transliterated_name_the_english_drops_is_still_missing():
    assert name_problems("贝内出席了会议。", "The guest attended the meeting.") == ([], ["贝内"])


@pytest.mark.parametrize(("zh", "en"), [
    ("支付方式有银行卡、现金和数字人民币。", "Payment methods include bank cards, cash and e-CNY."),
    ("在苹果手机的应用商店下载。", "Download it from the App Store for iPhones."),
])
def test_official_english_names_of_products_and_platforms(zh, en):
    assert name_problems(zh, en) == ([], [])


# -- an English line that repeats a translated one -------------------------------------------

_NOTICE_ZH = ["自2023年1月8日起,我国优化了外国人来华签证和入境政策,便利跨境往来。"]
_NOTICE_EN = ["From January 8, 2023, China has improved visa and entry policies for foreign "
              "nationals to make cross-border travel easier."]


def test_an_english_line_repeating_a_translated_sentence_is_info():
    en = [*_NOTICE_EN, "China has improved visa and entry policies for foreign nationals"]
    found = _coverage(_NOTICE_ZH, en, (Bead((0,), (0,), 0.8), Bead((), (1,), 0.0)))
    assert [(f.rule, f.severity) for f in found] == [("addition", Severity.INFO)]


def test_an_english_sentence_that_adds_something_new_is_still_an_addition():
    en = [*_NOTICE_EN, "Visitors from fifty countries may now stay for thirty days without a visa."]
    found = _coverage(_NOTICE_ZH, en, (Bead((0,), (0,), 0.8), Bead((), (1,), 0.0)))
    assert [(f.rule, f.severity) for f in found] != [("addition", Severity.INFO)]
    assert [f.rule for f in found] == ["addition"]
