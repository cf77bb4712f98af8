"""Forms of departmental history pages, printed annual reports and linked web pages (twenty-third
session): a range of decades that writes 年代 once (1870年至1880年代), a count of years that
restates a range, a figure labelled in Chinese numerals (圖一, "Figure 1") and the parts of a
two-part text (上篇, "Part I"), a note's entry in a list of notes (• [1] against • [2]), a
printed report's running head (年報 37, "2006-07 ANNUAL REPORT"), a transliteration whose first
sound the segmenter glued to the word before (總督軒|尼斯, Hennessy), a place spelt as Hong Kong
speaks it beside a place with an English name (赤柱馬坑監獄, "Ma Hang Prison in Stanley"), a
people in the plural (西班牙, "the Spaniards"), a place the English refers back to ("the
island"), and a web address the English page links behind words ("click into the webpage").
Every sentence here was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import loud_numbers, number_findings
from test_names_evidence import _findings

from align.checks.entities import _demonym_of, _renderings, missing_names
from align.lexicon.zh import ZhWord
from align.model import Severity
from align.numbers.reading import RUNNING_HEAD, doubt_en, doubt_zh
from align.numbers.tokens import addresses, missing_tokens
from align.numbers.zh import extract_zh


def _read(zh: str) -> list[tuple[str, str, str]]:
    return [(q.surface.replace(" ", ""), q.kind, str(q.value)) for q in extract_zh(zh)]


# --- a range of decades that writes 年代 once ---------------------------------------------------

@pytest.mark.parametrize(("zh", "expected"), [
    ("1870年至1880年代初", [("1870年", "decade", "1870"), ("1880年代", "decade", "1880")]),
    ("1880 年初至 1910 年代", [("1880年", "decade", "1880"), ("1910年代", "decade", "1910")]),
    ("从1950年到1970年代", [("1950年", "decade", "1950"), ("1970年代", "decade", "1970")]),
    ("一九六零年至一九八零年代", [("一九六零年", "decade", "1960"),
                                ("一九八零年代", "decade", "1980")]),
])
def test_the_first_round_year_of_a_range_of_decades_is_a_decade(zh, expected):
    assert _read(zh) == expected


@pytest.mark.parametrize(("zh", "expected"), [
    ("1875年至1880年代", [("1875年", "date", "18750000"), ("1880年代", "decade", "1880")]),
    ("1880年至1890年", [("1880年至1890年", "date", "18800000")]),
    ("1890年至1880年代", [("1890年", "date", "18900000"), ("1880年代", "decade", "1880")]),
    ("1880年成立,1990年代扩建", [("1880年", "date", "18800000"), ("1990年代", "decade", "1990")]),
])
def test_a_year_that_opens_no_range_of_decades_stays_a_year(zh, expected):
    assert _read(zh) == expected


def test_a_range_of_decades_matches_the_english_decades():
    zh = ["该书回顾天文台1880年初至1910年代的历史。"]
    assert loud_numbers(zh, ["The book retraces the Observatory's history from the early 1880s "
                             "to the 1910s."]) == []
    assert loud_numbers(zh, ["The book retraces the Observatory's history from the early 1850s "
                             "to the 1910s."]) != []


# --- a count of years that restates a range ------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("该书回顾天文台1880年初至1910年代三十年间的历史。", "from the early 1880s to the 1910s"),
    ("该书回顾天文台1880年至1910年这31年的历史。", "from 1880 to 1910"),  # both ends counted
])
def test_a_count_of_years_that_restates_the_range_is_info(zh, en):
    found = number_findings([zh], [f"The book retraces the Observatory's history {en}."])
    assert [f.severity for f in found if f.rule == "number-missing"] == [Severity.INFO]
    assert "the length of the range" in next(f.message for f in found
                                               if f.rule == "number-missing")


def test_a_count_of_years_the_range_does_not_bear_out_stays_missing():
    zh = ["该书回顾天文台1880年至1910年二十年间的历史。"]
    en = ["The book retraces the Observatory's history from 1880 to 1910."]
    assert [rule for rule, _ in loud_numbers(zh, en)] == ["number-missing"]


# --- labels in Chinese numerals ------------------------------------------------------------------

@pytest.mark.parametrize(("zh", "expected"), [
    ("圖一 1913年的天文台", [("一", "count", "1"), ("1913年", "date", "19130000")]),
    ("详见表二。", [("二", "count", "2")]),
    ("附件三:名单", [("三", "count", "3")]),
    ("图十二", [("十二", "count", "12")]),
    ("味精的利弊(上篇)", [("上篇", "ordinal", "1")]),
    ("味精的利弊(下篇)", [("下篇", "ordinal", "2")]),
    ("双方表一致意见", []),  # 表 "to express" inside a sentence: no label
    ("这张地图一直挂在墙上", []),
])
def test_figure_table_and_part_labels(zh, expected):
    assert _read(zh) == expected
    assert all(q.weak for q in extract_zh(zh) if q.kind != "date")


@pytest.mark.parametrize(("zh", "en"), [
    ("圖一 1913年的天文台", "Figure 1 The Observatory in 1913"),
    ("味精:用还是不用?(上篇)", "MSG: use it or not? (Part I)"),
    ("详见表二。", "See Table 2."),
])
def test_a_label_matches_the_english_label(zh, en):
    assert loud_numbers([zh], [en]) == []


def test_a_label_is_never_reported_alone():
    assert loud_numbers(["圖一 1913年的天文台"], ["The Observatory in 1913"]) == []


# --- a note's entry in the list of notes ---------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [("  • [1]", "  • [2]"), ("•[3]", "• [14]")])
def test_the_entries_of_two_lists_of_notes_are_footnote_marks(zh, en):
    assert loud_numbers([zh], [en]) == []


def test_a_bracketed_item_at_a_lines_start_is_still_an_item():
    q = extract_zh("[3]项目")
    assert not q or "footnote" not in doubt_zh(q[0], "[3]项目")


# --- a printed report's running head -------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("年報 37", "zh"), ("2016-17 年報", "zh"), ("2006-07 ANNUAL REPORT", "en"),
    ("Annual Report 37", "en"), ("36 Annual Report 2016/17", "en"),
])
def test_a_running_head_is_page_furniture(text, lang):
    quantities = extract_zh(text) if lang == "zh" else __import__(
        "align.numbers.en", fromlist=["extract_en"]).extract_en(text)
    doubt = doubt_zh if lang == "zh" else doubt_en
    assert quantities and all(doubt(q, text) == RUNNING_HEAD for q in quantities)


@pytest.mark.parametrize(("zh", "en"), [
    ("年報 37", "2006-07 ANNUAL REPORT"),
    ("2016-17 年報", "Annual Report 37"),
])
def test_running_heads_that_differ_are_no_finding(zh, en):
    assert loud_numbers([zh], [en]) == []


def test_a_report_year_in_a_sentence_is_still_compared():
    zh = ["本處在2016-17年度的年報中公布了有關數字。"]
    en = ["The Department published the figures in its annual report for 2014-15."]
    assert loud_numbers(zh, en) != []


# --- names -------------------------------------------------------------------------------------

def test_a_first_sound_glued_to_the_word_before_is_part_of_the_name():
    zh = "天文台的成立有赖三位人士:测量司派斯、总督轩尼斯以及副官庞马。"
    en = ("The Observatory owes its founding to three men: Price, the surveyor general, "
          "Pope Hennessy, the governor, and Palmer, the aide-de-camp.")
    assert "尼斯" not in [m.text for m in missing_names(zh, en)[1]]


def test_a_name_the_english_does_not_say_is_still_missing():
    zh = "天文台的成立有赖总督轩尼斯的支持。"
    en = "The Observatory owes its founding to the support of the governor."
    assert [m.text for m in missing_names(zh, en)[1]] != []


@pytest.mark.parametrize("en", [
    "He opened the event at Ma Hang Prison in Stanley.",
    "He opened the event at Ma-Hang Prison in Stanley.",
])
def test_a_place_spelt_as_hong_kong_speaks_it_is_no_replacement(en):
    assert missing_names("他在赤柱马坑监狱主持开幕礼。", en) == ([], [])


def test_a_place_the_english_does_not_spell_is_still_replaced():
    replaced, _ = missing_names("他在赤柱马坑监狱主持开幕礼。", "He opened the event at the "
                                "prison in Stanley.")
    assert replaced == [("马坑", "Stanley")]


@pytest.mark.parametrize(("zh", "word", "expected"), [
    ("西班牙", "Spaniards", True), ("西班牙", "Spaniard", True), ("意大利", "Italians", True),
    ("瑞士", "Swiss", True), ("伊拉克", "Iranians", False), ("英国", "Press", False),
])
def test_a_people_in_the_plural_is_the_countrys_demonym(zh, word, expected):
    assert _demonym_of(word, _renderings(ZhWord(zh, 0, len(zh), "ns"))) is expected


# The first passage is a heading, which names things for the whole text: the place is named
# in a passage of its own here.
@pytest.mark.parametrize(("zh", "en", "said"), [
    (["第一章", "明朝地图未标示香港岛。", "外国船只早已往来于那里,前人却形容香港岛是荒岛。"],
     ["Chapter 1", "Ming maps did not show the island of Hong Kong.",
      "Foreign ships plied those waters early, though the island was called barren."],
     "the island"),
    (["第一章", "香港的海事历史悠久。", "外国船只早已往来于香港一带的海域。"],
     ["Chapter 1", "Hong Kong has a long maritime history.",
      "Foreign ships plied the waters of the area early."], "the area"),
])
def test_a_place_the_english_refers_back_to_is_info(zh, en, said):
    found = [(s, m) for r, s, _, m in _findings(zh, en) if r == "name-missing"]
    assert [s for s, _ in found] == ["info"]
    assert f"refer to it as '{said}'" in found[0][1]


def test_a_place_never_named_in_english_nearby_stays_a_warning():
    zh = ["第一章", "明朝的海事活动很多。", "外国船只早已往来于香港一带的海域。"]
    en = ["Chapter 1", "There was much maritime activity under the Ming.",
          "Foreign ships plied the waters of the area early."]
    found = [s for r, s, _, _ in _findings(zh, en) if r == "name-missing"]
    assert found == ["warning"]


# --- web and e-mail addresses --------------------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("详情请参阅以下网页:\nhttps://www.cfs.gov.hk/tc_chi/whatsnew/amr.html",
     "Please click into the webpage for details:"),
    ("如有查询,请电邮至rc@fehd.gov.hk。", "For enquiries, please contact us by e-mail."),
    ("报告载于www.example.gov.hk/report_c.pdf。", "The report is available on the website."),
])
def test_an_address_the_english_page_links_behind_words_is_no_missing_token(zh, en):
    assert missing_tokens(zh, en) == []


def test_an_address_the_english_neither_prints_nor_links_is_missing():
    zh = "详情请参阅以下网页:\nhttps://www.cfs.gov.hk/tc_chi/whatsnew/amr.html"
    assert missing_tokens(zh, "For details, see the report.") != []


def test_addresses_are_found_where_printed():
    text = "见 https://a.gov.hk/x_c.html 或电邮 rc@fehd.gov.hk 。"
    assert [text[a:b] for a, b in addresses(text)] == ["https://a.gov.hk/x_c.html",
                                                       "rc@fehd.gov.hk"]


def _short(tmp_path: Path, en_link_line: str) -> list[str]:
    from align.api import check

    body_zh = ("外卖及餐饮配送越来越普及。\n食物业应保持食物在安全温度。\n"
               "消费者收到食物后应尽快食用。\n")
    body_en = ("Takeaways and meal delivery are increasingly popular.\nFood businesses should keep "
               "food at safe temperatures.\nConsumers should eat the food soon after receiving "
               "it.\n")
    link_zh = ("如欲了解有关外卖及餐饮配送的食物安全建议详情,以及食物业处所处理外卖食物时"
               "应注意的卫生事项和消费者收到食物后应如何妥善处理,请参阅以下网页:https://www.cfs.gov.hk/tc_chi/multimedia/"
               "multimedia_pub/files/takeaways_and_meal_delivery_food_safety_advice.pdf\n")
    (tmp_path / "a.zh.txt").write_text(body_zh + link_zh, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(body_en + en_link_line + "\n", encoding="utf-8")
    report = check(tmp_path / "a.zh.txt", tmp_path / "a.en.txt")
    return [f.severity.name for f in report.findings if f.rule == "short-translation"
            and f.severity is not Severity.INFO]


def test_a_linked_address_makes_no_short_translation(tmp_path: Path):
    assert _short(tmp_path, "Please click into the webpage for details of the food safety "
                  "advice on takeaways and meal delivery, the hygiene points food premises "
                  "should note in handling takeaway food, and how consumers should handle "
                  "food on receiving it:") == []


def test_a_sentence_is_measured_without_its_addresses():
    from conftest import make_document

    from align.checks.base import sentence_lengths
    from align.model import Alignment, Bead

    zh = ["详情请参阅以下网页:https://www.cfs.gov.hk/tc_chi/amr.html",
          "如有查询,请电邮至rc@fehd.gov.hk。"]
    en = ["Please click into the webpage for details:", "Enquiries: www.cfs.gov.hk/english"]
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en),
                  beads=(Bead((0,), (0,), 0.8), Bead((1,), (1,), 0.8)))
    lengths = sentence_lengths(a)
    assert list(lengths.zh) == [len("详情请参阅以下网页:"), len("如有查询,请电邮至。")]
    assert list(lengths.en) == [len(en[0]), len("Enquiries: ")]


# --- a short quotation with a full stop inside it ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('The theme was "Dream big and fly high. Together we reach the top." Officers drilled.',
     ['The theme was "Dream big and fly high. Together we reach the top."', " Officers drilled."]),
    ("The call was “Down with the powers! Down with the warlords!” It spread.",
     ["The call was “Down with the powers! Down with the warlords!”", " It spread."]),
    ("The motto is “Serve. Protect.” It is old.",
     ["The motto is “Serve. Protect.”", " It is old."]),
])
def test_a_short_quotation_is_one_piece_of_its_sentence(text, expected):
    from align.segment.en import split_en

    assert [text[a:b] for a, b in split_en(text)] == expected


@pytest.mark.parametrize("text", [
    'He said "no". Then he left.',
    'He said: "We have worked hard for many years to reach this point in our history. We will '
    'not stop now, and we will keep going until the work is done." Then he left.',
    'A "long" word ends here. Another sentence follows.',
])
def test_sentences_outside_a_short_quotation_still_split(text):
    from align.segment.en import split_en

    assert len(split_en(text)) >= 2
