"""token-missing on reprints whose encoding mangled a character into a Latin letter before its
pinyin reading (issue 14): the letter and the reading are pieces of the page, not tokens."""

from __future__ import annotations

import pytest

from align.numbers.tokens import latin_tokens, missing_tokens, pinyin_readings


@pytest.mark.parametrize("zh", [
    "美方最新玛P(guān)稅威脅",
    "因爲茖W(xué)溯源可以更好地防控",
    "兩國經K(jì)貿合作",
    "這個項X(mù)已經完成",
])
def test_a_letter_between_a_character_and_its_reading_is_no_token(zh):
    assert latin_tokens(zh) == []
    assert missing_tokens(zh, "The two sides talked.") == []


@pytest.mark.parametrize(("zh", "tokens"), [
    ("中国A股(股票)市场", ["A"]),  # an untoned gloss in brackets: no reading
    ("维生素C(vitamin C)很重要", ["C", "vitamin", "C"]),
    ("推进5G(第五代)网络建设", ["5G"]),
    ("APEC会议在利马举行", ["APEC"]),
])
def test_real_tokens_stay_tokens(zh, tokens):
    assert [t for t, _, _ in latin_tokens(zh)] == tokens


def test_the_reading_after_a_mangled_letter_is_found_with_its_offsets():
    zh = "最新玛P(guān)稅"
    (start, end), = pinyin_readings(zh)
    assert zh[start:end] == "(guān)"
