"""Name findings on unseen pages (issue 14, P4): evidence a name-unmatched warning needs, and
the numbers of headings that are no names. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import make_document

from align.checks.base import CheckContext
from align.checks.entities import EntitiesCheck, english_names, readable_name
from align.checks.lexical import corr
from align.model import Alignment, Bead, Settings


def _findings(zh: list[str], en: list[str]):
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en),
                  beads=tuple(Bead((i,), (i,), 0.8) for i in range(len(zh))))
    return list(EntitiesCheck().run(CheckContext(alignment=a, settings=Settings())))


def _names(en: str) -> list[str]:
    c = corr("中国", en)
    return [" ".join(c.en[i].text for i in run) for run in english_names(c, en)]


@pytest.mark.parametrize("en", [
    "II. Measures for Rural Development in Yunnan",
    "IV. Cooperation with Africa",
    "XII. Closing Remarks of Wang Yi",
    "(III) Trade with Kenya",
    "See Part VII for Kenya.",
    "Chapter IX: Water in Gansu",
])
def test_a_heading_number_is_no_name(en):
    assert not any(set(n.split()) & {"II", "IV", "XII", "III", "VII", "IX"} for n in _names(en))


@pytest.mark.parametrize(("en", "name"), [
    ("The visit of Queen Elizabeth II was in 1986.", "Elizabeth II"),
    ("Millions died in World War II in Asia.", "World War II"),
    ("The speech of XI JINPING was printed.", "XI JINPING"),
])
def test_a_numeral_inside_a_name_stays(en, name):
    assert name in _names(en)


@pytest.mark.parametrize("zh", [
    "巴黎", "欧盟", "刘易斯", "尼拉贡戈", "卡特里", "许正宇", "帕利", "佛州", "孙德本尔斯",
    "青海省",
])
def test_names_the_engine_can_read(zh):
    assert readable_name(zh)


@pytest.mark.parametrize("zh", ["日益壮大", "宣介会", "蓬勃发展", "推介会", "座谈会"])
def test_ordinary_words_are_no_readable_name(zh):
    assert not readable_name(zh)


def test_a_replacement_of_a_known_name_stays_a_warning():
    found = _findings(["他昨天去了巴黎。"], ["He went to Lisbon yesterday."])
    unmatched = [f for f in found if f.rule == "name-unmatched"]
    assert unmatched and unmatched[0].severity.value == "warning"


@pytest.mark.parametrize(("zh", "en"), [
    (["代表团出席了宣介会。"], ["The delegation attended the Hopkins Forum."]),
    (["侨界日益壮大。"], ["The Hopkins community is growing."]),
])
def test_an_unreadable_piece_against_a_loose_name_is_info(zh, en):
    unmatched = [f for f in _findings(zh, en) if f.rule == "name-unmatched"]
    assert unmatched and all(f.severity.value == "info" for f in unmatched)
    assert "no name the dictionary" in unmatched[0].message


def test_a_name_the_english_says_next_door_is_no_replacement():
    zh = ["学生们给我写了信。", "肯尼亚的青年朋友们热情友好，欢迎你们来内罗毕。"]
    en = ["Students from Kenya wrote to me.",
          "The young friends are warm and kind, and welcome to Mombasa."]
    unmatched = [f for f in _findings(zh, en) if f.rule == "name-unmatched"]
    assert unmatched and all(f.severity.value == "info" for f in unmatched)
    assert any("neighbouring sentence" in f.message for f in unmatched)
    alone = [f for f in _findings(zh[1:], en[1:]) if f.rule == "name-unmatched"]
    assert alone and alone[0].severity.value == "warning"


@pytest.mark.parametrize(("en", "zh", "spelt"), [
    ("Political Consultative", "全国政协", True),
    ("Consultative Conference", "政协", True),
    ("Political Consultative", "政协", True),
    ("Chengdu Sports", "政协", False),
    ("Political Consultative", "欧盟", False),
    ("Consultative", "政协", False),  # one word: too little to tell
])
def test_a_name_spelt_from_the_acronym_of_the_chinese(en, zh, spelt):
    from align.checks.entities import spells_initials
    assert spells_initials(en, zh) is spelt


@pytest.mark.parametrize(("zh", "en", "near"), [
    ("维冈", "Gunnar Wiegand", True),
    ("卡特里", "Catri", True),
    ("帕利", "Khabarovsk Krai", False),
    ("尼拉贡戈", "Europe", False),
    ("美国", "Managawa", False),  # no transliteration: its English is known
])
def test_a_transliteration_that_nearly_sounds_like_the_english(zh, en, near):
    from align.checks.entities import nearly_sounds_like
    assert nearly_sounds_like(zh, en) is near


@pytest.mark.parametrize(("zh", "en"), [
    ("夏萨", "Xasa"), ("习", "Xi"), ("西安", "Xian"),
])
def test_a_word_initial_x_is_a_sibilant(zh, en):
    from align.checks.entities import sounds_like
    assert sounds_like(zh, en)


@pytest.mark.parametrize(("zh", "en"), [
    (["中国和希腊的经贸合作发展很快。"], ["Sino-Greek economic cooperation has grown fast."]),
    (["中国和俄罗斯的关系很好。"], ["Sino-Russian relations are good."]),
    (["英国和法国签署了协议。"], ["The Anglo-French agreement was signed."]),
    (["意大利和德国的贸易增长了。"], ["Italo-German trade has grown."]),
])
def test_a_combining_form_renders_a_country(zh, en):
    assert not [f for f in _findings(zh, en) if f.rule == "name-missing"]


def test_a_combining_form_of_another_country_does_not():
    found = _findings(["中国和希腊的经贸合作发展很快。"],
                      ["Indo-Greek economic cooperation has grown fast."])
    assert [f for f in found if f.rule in ("name-missing", "name-unmatched")
            and f.severity.value != "info"]


@pytest.mark.parametrize(("zh", "en"), [
    (["这是我第四次访问巴西。"], ["This is my fourth visit to your country."]),
    (["我们在肯尼亚工作了十年。"], ["We have worked in your country for ten years."]),
    (["中国人民热爱和平。"], ["The people of our country love peace."]),
])
def test_your_country_may_say_a_country(zh, en):
    missing = [f for f in _findings(zh, en) if f.rule == "name-missing"]
    assert all(f.severity.value == "info" for f in missing)


@pytest.mark.parametrize(("zh", "en_name", "en", "office"), [
    ("国务院新闻办公室", "Zheng Bijian", "Mr Zheng Bijian spoke.", True),
    ("欧盟", "Federica Mogherini", "We thank Ms Federica Mogherini.", True),
    ("欧盟", "Wang Yi", "Wang Yi arrived.", True),
    ("欧盟", "Canada", "They went to Canada.", False),  # a place: no person
    ("巴黎", "Wang Yi", "Wang Yi arrived.", False),  # a place: no body
    ("欧盟", "Mogherini", "Ms Mogherini spoke.", False),  # one word: too little to tell
])
def test_an_organisation_against_a_person(zh, en_name, en, office):
    from align.checks.entities import _office_for_person
    assert _office_for_person(zh, en_name, en) is office


@pytest.mark.parametrize(("mixed", "plain"), [
    ("中华人民共和國", "中华人民共和国"), ("联合國", "联合国"), ("倫敦", "伦敦"), ("巴黎", "巴黎"),
])
def test_a_name_in_mixed_scripts_is_read_as_its_simplified_form(mixed, plain):
    from align.checks.entities import _renderings
    from align.lexicon.zh import ZhWord
    assert _renderings(ZhWord(mixed, 0, len(mixed), "ns")) == _renderings(
        ZhWord(plain, 0, len(plain), "ns")) != frozenset()


@pytest.mark.parametrize(("zh", "own", "doubted"), [
    ("中华人民共和国全国人大常委会委员长出席了会议。", "中国", True),  # long form of its own
    ("中华人民共和国全国人大常委会委员长出席了会议。", "美国", False),  # not the document's
])
def test_the_long_form_of_the_own_country_qualifying_an_office(zh, own, doubted):
    from align.checks.entities import MissingName, _own_country
    from align.checks.lexical import BeadText
    from align.model import Span
    en = "The Chairman of the Standing Committee of the National People's Congress attended."
    name = zh[:7]
    b = BeadText(0, Bead((0,), (0,), 0.8), zh, en, Span(zh, 1, 0, len(zh)),
                 Span(en, 1, 0, len(en)))
    why = _own_country(corr(zh, en), b, MissingName(name, 0, 7), frozenset({own}))
    assert bool(why) is doubted
