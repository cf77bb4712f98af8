"""Forms met in the thirty-sixth session: a Chinese sentence dropped from the English although it
shares its words with its neighbours (这两个故事清楚表明… after the two stories it sums up), found
by the English words that render its words all rendering its neighbours' as well; a number of a
sentence whose omission is only in doubt, which keeps its own severity; a merged sentence whose
numbers the English nowhere states, not rendered although its topic words are; and number forms of
real pages: "the Past Half-century", "41,400, or 8.83%", "over 2018", 临床Ⅲ期, "24h",
"This year 2020" for 这一年, a count named one by one, a vocabulary-note marker glued to a word
("implement5")."""

from __future__ import annotations

import pytest
from conftest import check_texts, loud, make_document, quantity_value

from align.checks import WITHIN, one_finding_per_sentence
from align.model import Alignment, Bead, Finding, Severity, Span
from align.numbers import extract_en, extract_zh
from align.rules import NUMBER_MISSING, OMISSION

_STORIES_ZH = ("今年,我想和大家分享两个故事。"
               "第一个故事是,中国自主研制的大型客机C919完成了首次试飞。"
               "第二个故事是,中国高速铁路的运营里程已经位居世界第一。"
               "这两个故事清楚表明中国在制造业方面取得的新成就。我们愿同各国分享发展机遇。")
_STORIES_EN = [
    "This year, I would like to share two stories with you.",
    "The first story is that the C919, a large passenger jet developed by China itself, "
    "completed its maiden flight.",
    "The second story is that China's high-speed railways now rank first in the world in "
    "operating length.",
    "These two stories clearly show the new achievements China has made in manufacturing.",
    "We are ready to share development opportunities with all countries."]


def test_a_dropped_sentence_that_shares_its_neighbours_words_fails_ci(tmp_path):
    en = " ".join(_STORIES_EN[:3] + _STORIES_EN[4:])
    errors = [f for f in check_texts(tmp_path, _STORIES_ZH, en)
              if f.rule == "omission" and f.severity is Severity.ERROR]
    assert [f.zh.text for f in errors] == ["这两个故事清楚表明中国在制造业方面取得的新成就。"]
    assert "do not account for" in dict(errors[0].evidence)["words rendered"]


def test_the_stories_translated_whole_have_no_omission(tmp_path):
    assert loud(check_texts(tmp_path, _STORIES_ZH, " ".join(_STORIES_EN)), "omission") == []


def test_the_summing_up_folded_into_the_sentence_before_is_no_omission(tmp_path):
    en = " ".join(_STORIES_EN[:2] + [
        "The second story is that China's high-speed railways now rank first in the world in "
        "operating length, and both stories clearly show China's new achievements in "
        "manufacturing."] + _STORIES_EN[4:])
    assert loud(check_texts(tmp_path, _STORIES_ZH, en), "omission") == []


_ZH = ["代表团于3月5日抵达。", "会议讨论了三项议题。"]
_EN = ["The delegation arrived.", "The meeting discussed the items."]


def _findings(doubt: tuple[str, str] | None) -> list[Finding]:
    a = Alignment(make_document("zh", _ZH), make_document("en", _EN),
                  (Bead((0, 1), (0, 1), 0.5),))
    evidence = (("similarity without it", "0.55"),) + ((doubt,) if doubt else ())
    omitted = OMISSION.finding("whole", zh=Span.of(a.zh, (0,)), en=None,
                               severity=Severity.INFO if doubt else Severity.WARNING,
                               bead=0, evidence=evidence)
    number = NUMBER_MISSING.finding("word", zh=None, en=None, severity=Severity.WARNING, bead=0,
                                    evidence=(("zh", "3月5日"),))
    return one_finding_per_sentence([omitted, number], a)


@pytest.mark.parametrize("doubt", [
    ("weak bead", "the rest scores 0.55 against 0.74 typical"),
    ("words accounted for", "80% by the other side"),
])
def test_a_number_of_a_sentence_whose_omission_is_in_doubt_keeps_its_severity(doubt):
    number = _findings(doubt)[1]
    assert number.severity is Severity.WARNING
    assert WITHIN not in dict(number.evidence)


def test_a_number_of_a_sentence_reported_untranslated_still_folds_into_it():
    number = _findings(None)[1]
    assert number.severity is Severity.INFO
    assert dict(number.evidence)[WITHIN] == "omission"


@pytest.mark.parametrize(("en", "value"), [
    ("over the Past Half-century", "50"), ("over the past half century", "50"),
    ("a half-century of progress", "50"), ("for half a century", "50"),
    ("a quarter-century", "25"), ("the last half decade", "5"),
])
def test_half_a_century_with_or_without_its_article_is_fifty_years(en, value):
    assert [(quantity_value(q), q.unit) for q in extract_en(en)] == [(value, "years")]


@pytest.mark.parametrize(("en", "kinds"), [
    ("an increase of 41,400, or 8.83%", ["count", "percent"]),
    ("up 300, or 2.1%", ["count", "percent"]),
    ("a rise of 12,050 or 3.5 per cent", ["count", "percent"]),
    ("rose by 1.6, 2.6, or 2.3%", ["percent", "percent", "percent"]),
    ("rose by 1.6, 2.6 and 2.3%", ["percent", "percent", "percent"]),
    ("between 2 or 3%", ["percent", "percent"]),
])
def test_a_count_restated_as_a_share_is_no_share_but_a_list_shares_its_sign(en, kinds):
    assert [q.kind for q in extract_en(en)] == kinds


@pytest.mark.parametrize("en", ["an increase of 60,900, or 11.73%, over 2018",
                                "up 5% over 2017 levels", "exports grew 8% over 2019, and"])
def test_over_a_year_after_a_change_is_the_year_compared_with(en):
    years = [q for q in extract_en(en) if q.kind == "date"]
    assert len(years) == 1 and years[0].qualifier == "exact"


@pytest.mark.parametrize("en", ["the number of participants was over 2000.",
                                "attracted over 2000 visitors, up 5%"])
def test_over_a_bare_number_without_a_change_stays_a_bound(en):
    assert [(q.kind, q.qualifier) for q in extract_en(en)][0] == ("count", "more-than")


@pytest.mark.parametrize(("zh", "value"), [
    ("国际临床Ⅲ期试验", "3"), ("附件Ⅱ", "2"), ("Ⅱ型糖尿病", "2"), ("第Ⅳ章", "4"), ("ⅲ期", "3"),
])
def test_unicode_roman_numerals_are_read_as_roman_numerals_are(zh, value):
    assert [(quantity_value(q), q.kind) for q in extract_zh(zh)] == [(value, "ordinal")]


@pytest.mark.parametrize(("en", "value"), [
    ("a 24h service hotline", "24"), ("within 72h of arrival", "72"), ("the 48h test", "48"),
])
def test_hours_written_h_are_read(en, value):
    assert [quantity_value(q) for q in extract_en(en)] == [value]


@pytest.mark.parametrize("en", ["5G networks", "3D printing", "a 4H club"])
def test_other_letters_glued_to_digits_stay_names(en):
    assert extract_en(en) == []


@pytest.mark.parametrize("en", ["conclude and implement5 agreements", "the Joint4 Declaration"])
def test_a_note_marker_glued_to_a_word_is_no_number(en):
    assert extract_en(en) == []


def test_this_year_with_its_year_in_english_renders_the_chinese_this_year(tmp_path):
    zh = "2021年1月1日\n在这一年里,中国迈出了坚定的脚步。我们努力控制疫情,恢复经济。"
    en = ("1 January 2021\nThis year 2020, China took firm steps forward. We made great efforts "
          "to contain the virus and restore the economy.")
    assert loud(check_texts(tmp_path, zh, en), "number-extra") == []


def test_a_year_the_english_adds_without_this_year_is_still_reported(tmp_path):
    zh = "2021年1月1日\n中国迈出了坚定的脚步。我们努力控制疫情,恢复经济。"
    en = ("1 January 2021\nIn 2019, China took firm steps forward. We made great efforts "
          "to contain the virus and restore the economy.")
    assert len(loud(check_texts(tmp_path, zh, en), "number-extra")) == 1


_PATIENTS_ZH = "衛生局表示,3名患者中的2名患者分別在1月和3月入住該酒店,並在同月發病。"


@pytest.mark.parametrize(("en", "reported"), [
    ("The Health Bureau said one patient stayed at the hotel in January and fell ill that "
     "month. Another stayed there in March, also falling ill the same month.", False),
    ("The Health Bureau said patients stayed at the hotel in January and March and fell ill in "
     "the same months.", True),
])
def test_a_count_named_one_by_one_is_said(tmp_path, en, reported):
    missing = [m for m in loud(check_texts(tmp_path, _PATIENTS_ZH, en), "number-missing")
               if "2名" in m]
    assert bool(missing) is reported


@pytest.mark.parametrize(("en", "loud_ones"), [
    ("Please follow the WeChat account of the Health Commission by searching “云南卫生12320” for "
     "the latest updates.", 0),
    ("Please follow the WeChat account of the Publicity Department by searching “云南发布”.", 0),
    ("The Health Commission said 云南卫生12320 would publish updates.", 1),
])
def test_an_account_name_quoted_to_search_for_is_kept_on_purpose(tmp_path, en, loud_ones):
    zh = "请关注“云南卫生12320”和“云南发布”微信公众号,了解最新情况。"
    assert len(loud(check_texts(tmp_path, zh, en), "untranslated")) == loud_ones


@pytest.mark.parametrize(("word", "place", "same"), [
    ("Finns", "finland", True), ("Danes", "denmark", True), ("Poles", "poland", True),
    ("Thais", "thailand", True), ("Swedes", "sweden", True), ("Spaniards", "spain", True),
    ("Parks", "pakistan", False), ("Fans", "france", False), ("Iranian", "iraq", False),
])
def test_a_people_in_the_plural_is_its_country(word, place, same):
    from align.checks.entities import _demonym_of
    assert _demonym_of(word, frozenset({place})) is same


def test_finns_render_finland(tmp_path):
    zh = "我很高兴来到芬兰工作。芬兰人民勤劳善良,热爱和平。"
    en = ("I am very glad to come to work in Finland. The Finns are hardworking, kind and "
          "peace-loving.")
    assert loud(check_texts(tmp_path, zh, en), "name-unmatched") == []


_TRADE_ZH = ("中希两国友谊源远流长。"
             "近年来,中希经贸合作成果丰硕,希腊已成为中国在欧盟的重要合作伙伴。"
             "今年1-9月,中希双边贸易额达到63.5亿美元,同比增长21.4%。双方将继续深化各领域务实合作。")
_TRADE_EN = ["The friendship between China and Greece goes back a long way.",
             "In recent years, China-Greece economic and trade cooperation has yielded fruitful "
             "results, and Greece has become an important partner of China in the EU.",
             "From January to September this year, bilateral trade reached US$6.35 billion, up "
             "21.4% year on year.",
             "The two sides will continue to deepen practical cooperation in various fields."]


def test_a_dropped_sentence_whose_numbers_the_english_never_states_fails_ci(tmp_path):
    en = " ".join(_TRADE_EN[:2] + _TRADE_EN[3:])
    errors = [f for f in check_texts(tmp_path, _TRADE_ZH, en)
              if f.rule == "omission" and f.severity is Severity.ERROR]
    assert [f.zh.text for f in errors] == ["今年1-9月,中希双边贸易额达到63.5亿美元,同比增长21.4%。"]


def test_the_trade_figures_translated_give_no_omission(tmp_path):
    assert loud(check_texts(tmp_path, _TRADE_ZH, " ".join(_TRADE_EN)), "omission") == []


def test_the_trade_figures_folded_into_the_sentence_before_give_no_omission(tmp_path):
    en = " ".join([_TRADE_EN[0], _TRADE_EN[1][:-1] + "; from January to September this year, "
                   "bilateral trade reached US$6.35 billion, up 21.4% year on year.", _TRADE_EN[3]])
    assert loud(check_texts(tmp_path, _TRADE_ZH, en), "omission") == []


def _merged(evidence: tuple[tuple[str, str], ...]) -> list[Finding]:
    a = Alignment(make_document("zh", ["中方对此表示欢迎。", "双边贸易额增长21.4%。"]),
                  make_document("en", ["China welcomes this."]), (Bead((0, 1), (0,), 0.5),))
    omitted = OMISSION.finding("whole", zh=Span.of(a.zh, (1,)), en=None,
                               severity=Severity.WARNING, bead=0, evidence=evidence)
    number = NUMBER_MISSING.finding("word", zh=None, en=None, severity=Severity.WARNING, bead=0,
                                    evidence=(("zh", "21.4%"),))
    return one_finding_per_sentence([omitted, number], a)


def test_a_merged_omission_whose_numbers_are_missing_too_is_an_error():
    found = _merged((("similarity with it", "0.5"), ("similarity without it", "0.6")))
    assert found[0].severity is Severity.ERROR
    assert dict(found[0].evidence)["numbers"] == "21.4% not in the English"
    assert found[1].severity is Severity.INFO


def test_an_omission_in_the_page_head_stays_a_warning_with_its_numbers():
    found = _merged((("similarity without it", "0.6"), ("head", "in the page's opening lines")))
    assert found[0].severity is Severity.WARNING
