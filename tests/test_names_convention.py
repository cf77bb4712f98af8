"""Names given by convention (issue 14, thirteenth session, F1): a short form the dictionary
gives in brackets (ISIS), particles inside a person's name (al-, bin, van), a pair of places
by one character of each (雅万 Jakarta-Bandung), a known name before a transliteration the
English renders (巴基斯坦/卡洛特 ~ Karot), and a name that qualifies its clause's subject (no
subject itself). Names and places are public facts; the sentences were written for these
tests."""

from __future__ import annotations

import pytest
from test_names_evidence import _findings
from test_names_unseen import _names

from align.checks.entities import _abbreviated_pair, _acronyms, name_problems


@pytest.mark.parametrize(("zh", "short"), [
    ("伊斯兰国", {"ISIS", "ISIL"}),  # Islamic State group (aka IS or ISIL or ISIS)
    ("世界卫生组织", {"WHO"}),
    ("北约", {"NATO"}),
])
def test_short_forms_from_the_dictionary(zh, short):
    assert short <= _acronyms(zh)


@pytest.mark.parametrize("en", [
    "The US Special Forces eliminated the head of ISIS in Syria.",
    "The US Special Forces eliminated the head of ISIL in Syria.",
    "The US Special Forces eliminated the head of the Islamic State in Syria.",
])
def test_the_islamic_state_by_any_of_its_names(en):
    assert name_problems("美特种部队在叙利亚清除“伊斯兰国”最高头目。", en) == ([], [])


@pytest.mark.parametrize(("en", "name"), [
    ("The US eliminated Abu Ibrahim al-Hashimi al-Qurayshi in Syria.",
     "Abu Ibrahim al-Hashimi al-Qurayshi"),
    ("He met Crown Prince Mohammed bin Salman in Riyadh.", "Mohammed bin Salman"),
    ("They played Ludwig van Beethoven at the concert.", "Ludwig van Beethoven"),
    ("The talks with Lula da Silva went well.", "Lula da Silva"),
    ("We met Ursula von der Leyen in Brussels.", "Ursula von der Leyen"),
    ("We met Charles de la Fuente in Madrid.", "Charles de la Fuente"),
])
def test_a_particle_stays_inside_a_persons_name(en, name):
    assert name in _names(en)


@pytest.mark.parametrize("en", [
    "Trade between the US and de facto partners grew.",  # de is no particle before a word
    "The port of al Hudaydah and Syria were named.",
    "The UK as Chair of the G7 met Japan.",  # as, al: particles only with a hyphen
])
def test_a_particle_alone_joins_nothing(en):
    assert all(" de " not in n and " as " not in n and not n.startswith("al ")
               for n in _names(en))


def test_a_person_named_with_particles_is_rendered_by_the_part_that_sounds_alike():
    zh = "美方宣布，美特种部队在叙利亚清除“伊斯兰国”最高头目库莱希。"
    assert name_problems(zh, "The US announced that US Special Forces eliminated Abu Ibrahim "
                             "al-Hashimi al-Qurayshi, head of ISIS, in Syria.") == ([], [])
    replaced, _ = name_problems(zh, "The US announced that US Special Forces eliminated Abu "
                                    "Bakr al-Baghdadi, head of ISIS, in Syria.")
    assert replaced == [("库莱希", "Abu Bakr al-Baghdadi")]


@pytest.mark.parametrize(("name", "zh", "pair"), [
    ("Jakarta-Bandung", "雅万高铁开通运营", True),
    ("Jakarta-Bandung", "雅萬高鐵開通運營", True),  # traditional characters
    ("Beijing-Shanghai", "京沪高铁运营十周年", True),  # the names table's own characters
    ("Jakarta-Surabaya", "雅万高铁开通运营", False),
    ("Jakarta-Bandung", "印尼高铁开通运营", False),
    ("Jakarta", "雅万高铁", False),
])
def test_a_pair_of_places_by_a_character_of_each(name, zh, pair):
    assert _abbreviated_pair(name, zh) is pair


def test_a_pair_of_places_is_no_replacement_and_a_dropped_country_is_missing():
    zh = "近日雅萬高鐵建設全面轉入線上施工階段，巴基斯坦卡洛特水電站全面投入運營。"
    en = ("Recently the Jakarta-Bandung high-speed railway has entered the stage of "
          "construction and the Karot Hydropower project has been put into full operation.")
    assert name_problems(zh, en) == ([], ["巴基斯坦"])
    assert name_problems(zh, en.replace("the Karot", "Pakistan's Karot")) == ([], [])


def test_a_name_qualifying_the_subject_is_no_subject_a_pronoun_may_say():
    # 巴基斯坦 qualifies 卡洛特水电站: "We" opening the English says nothing of it
    found = _findings(["我们注意到，巴基斯坦卡洛特水电站全面投入运营。"],
                      ["We noticed that the Karot Hydropower project has been put into full "
                       "operation."])
    assert [(r, s) for r, s, _, _ in found] == [("name-missing", "warning")]
