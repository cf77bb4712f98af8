"""Second round on real pages (issue 14, G2): classes of false name and negation findings,
each tested on forms written for the test."""

from __future__ import annotations

import pytest

from align.checks.entities import MissingName, _publication_place, _sound_score
from align.checks.lexical import corr
from align.checks.polarity import negation_mismatches
from align.lexicon.polarity import zh_polarity


@pytest.mark.parametrize("zh,en", [
    ("巴雷拉", "Varela"), ("巴尔加斯", "Vargas"), ("维克多", "Victor"), ("瓦格纳", "Wagner"),
    ("弗拉基米尔", "Vladimir"), ("贝拉", "Vera"),
])
def test_english_v_is_b_f_or_w_to_a_transliteration(zh: str, en: str) -> None:
    assert _sound_score(zh, en) <= 0.3


@pytest.mark.parametrize("zh,en", [("巴雷拉", "Miller"), ("布朗", "Vaughan")])
def test_v_does_not_match_everything(zh: str, en: str) -> None:
    assert _sound_score(zh, en) > 0.3


@pytest.mark.parametrize("text", ["为非洲发展提供帮助", "非盟峰会在亚的斯亚贝巴举行",
                                  "他访问了莫斯科", "不丹国王来访"])
def test_place_names_written_with_a_negation_character_are_no_cues(text: str) -> None:
    assert not zh_polarity(text).cues


def test_a_real_lexical_negation_stays_a_cue() -> None:
    assert zh_polarity("这是非法的").cues


@pytest.mark.parametrize("zh,en", [
    ("两国友好的基础没有变。", "The foundation of friendship between the two countries remains."),
    ("我们的立场从未改变。", "Our position has stayed the same."),
    ("他们的决心没有动摇。", "Their resolve remained firm."),
])
def test_a_negated_change_is_a_continuity(zh: str, en: str) -> None:
    assert not negation_mismatches(zh, en)


def test_a_dropped_negation_of_change_is_still_found() -> None:
    assert negation_mismatches(
        "两国友好的基础没有变。",
        "The foundation of friendship between the two countries has changed.")


@pytest.mark.parametrize("zh,en", [
    ("那名船员已失联三天。", "The crew member has not been reachable for three days."),
    ("这些地区缺乏淡水。", "These regions do not have enough fresh water."),
])
def test_a_privative_word_may_be_said_with_not(zh: str, en: str) -> None:
    assert not negation_mismatches(zh, en)


def test_an_added_not_beside_no_privative_word_is_still_found() -> None:
    assert negation_mismatches("那名船员已经回到家中。", "The crew member has not returned home.")


def test_a_reprints_readings_are_not_read_as_words() -> None:
    from align.checks.entities import without_readings

    plain, _ = without_readings("中国对(duì)非合作")
    assert not zh_polarity(plain).cues


@pytest.mark.parametrize("zh,en,name,said", [
    ("他在美国《华盛顿邮报》发表文章。",
     "He published an article in The Washington Post.", "美国", True),
    ("香港《南华早报》报道称此举前所未有。",
     "South China Morning Post reported that the move was unprecedented.", "香港", False),
])
def test_a_country_before_a_title_that_the_english_title_places(zh: str, en: str, name: str,
                                                                 said: bool) -> None:
    at = zh.find(name)
    got = _publication_place(corr(zh, en), zh, MissingName(name, at, at + len(name)))
    assert bool(got) is said
