"""A Chinese person's own English name: Hong Kong officers and members, and foreigners with a
Chinese name, are named in English by a given name no reading of the Chinese spells (夏佳理
"Ronald ARCULLI", 谢胜文 "Grahame Robert Morton"). Such a pairing is no confident replacement;
a name in pinyin or a Cantonese syllable set against another person still is."""

import pytest
from conftest import check_texts

from align.checks.entities import _western_given_name


@pytest.mark.parametrize(("zh", "en"), [
    ("夏佳理", "Ronald ARCULLI"),
    ("谢胜文", "Grahame Robert Morton"),
    ("陸恭蕙", "Christine LOH"),
])
def test_a_western_given_name_for_a_chinese_name_is_an_own_name(zh, en):
    assert _western_given_name(zh, en)


@pytest.mark.parametrize(("zh", "en"), [
    ("朱镕基", "Jurongji"),  # one word, in pinyin
    ("王毅", "Qin Gang"),  # pinyin: another person
    ("張三", "Cheung Wai"),  # Cantonese syllables
    ("萨耶赫", "Shaheen"),  # a transliteration, no Chinese surname
    ("邱誠武", "Acting"),  # one word
    ("游天颂", "Arthur CHAN"),  # another surname
    ("梁小琴", "Pauline NG"),
    ("王毅", "Bill Cashmore"),  # a person the dictionary knows: Wang Yi
    ("徐正宇", "Peer Steinbrueck"),  # a plain two-word name: as often a name replaced
    ("甯漢豪", "Bernadette Linn"),
])
def test_pinyin_cantonese_and_one_word_names_are_not(zh, en):
    assert not _western_given_name(zh, en)


def _unmatched(tmp_path, zh: str, en: str) -> list[str]:
    return [f.severity for f in check_texts(tmp_path, zh, en) if f.rule == "name-unmatched"]


def test_a_member_named_by_his_english_name_is_info(tmp_path):
    assert _unmatched(tmp_path, "出席委員：夏佳理議員\n", "Members present: Hon Ronald ARCULLI\n") \
        == ["info"]


def test_another_person_in_pinyin_stays_a_warning(tmp_path):
    assert _unmatched(tmp_path, "外交部长王毅出席会议。\n",
                      "Foreign Minister Qin Gang attended the meeting.\n") == ["warning"]
