"""A congress or plenum named in full once and then by its kind ("the congress") in the English,
where the Chinese repeats its number (held-out pair 1903's cause). Sentences written for this.
The number is said three sentences apart, beyond the neighbourhood any quantity is looked for
in."""

from __future__ import annotations

from conftest import loud_numbers

ZH = ["党的二十大于2022年10月在北京召开。", "会议期间，代表们讨论了报告。", "报告获得一致通过。",
      "代表们随后返回各地。", "会议要求学习宣传贯彻党的二十大精神。"]
MIDDLE = ["During the meeting, the delegates discussed the report.",
          "The report was adopted unanimously.", "The delegates then returned home."]


def _missing(en: list[str]) -> int:
    return sum(rule == "number-missing" for rule, _ in loud_numbers(ZH, en))


def test_the_congress_after_the_english_named_it_in_full_is_no_warning():
    en = ["The 20th CPC National Congress was held in Beijing in October 2022.", *MIDDLE,
          "The meeting called for studying the guiding principles of the congress."]
    assert _missing(en) == 0


def test_the_congress_never_named_with_its_number_is_still_reported():
    en = ["The CPC National Congress was held in Beijing in October 2022.", *MIDDLE,
          "The meeting called for studying the guiding principles of the congress."]
    assert _missing(en) >= 1


def test_a_different_ordinal_named_before_does_not_account_for_it():
    en = ["The 19th CPC National Congress was held in Beijing in October 2022.", *MIDDLE,
          "The meeting called for studying the guiding principles of the congress."]
    assert _missing(en) >= 1


def test_without_its_kind_the_number_is_still_missing():
    en = ["The 20th CPC National Congress was held in Beijing in October 2022.", *MIDDLE,
          "The meeting called for studying these guiding principles."]
    assert _missing(en) == 1


def test_the_first_said_by_shou_is_no_extra_number():
    zh = ["论坛首届部长级会议在北京开幕。"]
    assert loud_numbers(zh, ["The 1st ministerial meeting of the forum opened in Beijing."]) == []
    assert loud_numbers(zh, ["The first ministerial meeting of the forum opened in Beijing."]) == []


def test_a_second_for_shou_is_still_a_finding():
    zh = ["论坛首届部长级会议在北京开幕。"]
    assert loud_numbers(zh, ["The 2nd ministerial meeting of the forum opened in Beijing."])
