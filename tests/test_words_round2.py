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
    from align.numbers.tokens import without_readings

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


def _texts(pairs: list[tuple[str, str]]):  # noqa: ANN202 - the check's private bead list
    from types import SimpleNamespace

    from align.checks.entities import _Texts
    return _Texts(SimpleNamespace(index=k, zh=z, en=e, en_starts=(0,))
                  for k, (z, e) in enumerate(pairs))


@pytest.mark.parametrize("before,after,expected", [
    # named in full one bead before, then "the summit"
    ("法国将举办人工智能峰会。", "France will host the AI Action Summit in Paris.", "summit"),
    # named in full two beads after (the answer names the Games with the city)
    (None, None, ""),
])
def test_a_thing_named_in_full_nearby_is_said_as_the_thing(before, after, expected) -> None:
    from align.checks.entities import _named_with_its_head

    zh, en = "许多国家将出席法国峰会。", "Many countries will attend the summit."
    pairs = ([(before, after)] if before else [("天气很好。", "The weather is fine.")]) + [(zh, en)]
    at = zh.find("法国")
    got = _named_with_its_head(corr(zh, en), _texts(pairs), 1, zh,
                               MissingName("法国", at, at + 2))
    assert got == expected


def test_a_thing_named_without_the_name_nearby_stays_missing() -> None:
    from align.checks.entities import _named_with_its_head

    zh, en = "许多国家将出席法国峰会。", "Many countries will attend the summit."
    pairs = [("峰会将讨论气候问题。", "The summit will discuss climate."), (zh, en)]
    at = zh.find("法国")
    assert not _named_with_its_head(corr(zh, en), _texts(pairs), 1, zh,
                                    MissingName("法国", at, at + 2))


@pytest.mark.parametrize("zh,en,name,said", [
    ("充分发挥外交部的优势。", "We have leveraged our diplomatic strengths.", "外交部", True),
    ("教育部发布了新规定。", "The education authorities issued new rules.", "教育部", True),
    ("欢迎参加商务部发布会。", "Welcome to the press conference.", "商务部", False),
    ("外交部欢迎外国投资。", "We welcome foreign investment.", "外交部", False),
    ("教育部将增加教育投入。", "More will be invested in education.", "教育部", False),
])
def test_an_organ_said_by_its_field(zh: str, en: str, name: str, said: bool) -> None:
    from align.checks.entities import _organ_by_its_field

    at = zh.find(name)
    assert bool(_organ_by_its_field(corr(zh, en), MissingName(name, at, at + len(name)))) is said


@pytest.mark.parametrize("sentence", [
    "The European economy faces serious risks.",
    "The national economy needs deep reform.",
    "The new chief plans a visit to Beijing.",
])
def test_an_s_form_after_a_noun_phrase_head_is_its_verb(sentence: str) -> None:
    from align.lexicon.syntax import gaps

    assert not [g for g in gaps(sentence) if g.pattern == "no-verb"]


@pytest.mark.parametrize("zh,en", [
    ("王毅将于下周对埃及进行此次访问。", "Wang Yi will pay the upcoming visit to Egypt next week."),
    ("本届会议讨论了气候问题。", "The current session discussed climate issues."),
])
def test_a_deictic_time_word_renders_a_chinese_demonstrative(zh: str, en: str) -> None:
    from align.checks.partial import additions

    assert not [s for s in additions(zh, en) if s.en_word.lower() in ("upcoming", "current")]


@pytest.mark.parametrize("spaced,plain", [
    ("目 录", "目录"), ("前  言", "前言"), ("政 府 工 作 报 告", "政府工作报告"),
    ("序\u3000言", "序言"), ("2025 年 3 月", "2025年3月"), ("in 2 3 cases", "in 2 3 cases"),
])
def test_a_heading_typeset_with_spaces_is_read_as_words(spaced: str, plain: str) -> None:
    from align.scripts import unspaced_zh

    assert unspaced_zh(spaced)[0] == plain


def _run(check, zh: list[str], en: list[str]) -> list:
    from conftest import make_document

    from align.checks.base import CheckContext
    from align.model import Alignment, Bead, Settings

    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en),
                  beads=tuple(Bead((i,), (i,), 0.8) for i in range(len(zh))))
    return [f for f in check.run(CheckContext(alignment=a, settings=Settings()))
            if f.severity.value != "info"]


def test_the_word_checks_read_the_chinese_without_reprint_readings() -> None:
    from align.numbers.tokens import without_readings

    text = "聯(lián)合國秘書長。中國(guó)對(duì)非合作"
    plain, at = without_readings(text)
    assert plain == "聯合國秘書長。中國對非合作"
    assert at(text.index("中")) == plain.index("中")  # a sentence start moves with it


def test_a_negation_character_a_reading_left_alone_is_no_negation() -> None:
    from align.checks.polarity import NegationCheck

    found = _run(NegationCheck(), ["中国(guó)对(duì)非合作不断深化。"],
                 ["China's cooperation with Africa keeps deepening."])
    assert not found


@pytest.mark.parametrize(("credit", "reported"), [(" (Photo/Xinhua)", False), ("", True)])
def test_a_word_added_in_a_photo_caption_is_info(credit: str, reported: bool) -> None:
    from align.checks.partial import PartialCheck

    zh = ["火箭从中国的发射中心发射升空。"] * 4
    en = ["The rocket lifts off from the launch centre in China."] * 3 + [
        "The rocket lifts off from the launch centre in northwest China." + credit]
    found = _run(PartialCheck(), zh, en)
    assert bool([f for f in found if f.rule == "partial-addition"]) is reported
