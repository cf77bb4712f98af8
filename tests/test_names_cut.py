"""Foreign names the segmenter cuts into pieces (issue 14, thirteenth session): a dotted full
name whose first part is cut at a name the dictionary knows (巴赫/特让·…), and a name said
again with its first character glued to a preposition (同萨/金塔/耶夫). Names and offices are
public facts; every sentence was written for these tests."""

from __future__ import annotations

import pytest

from align.checks.entities import _sounded_in_run, name_problems


@pytest.mark.parametrize(("zh", "en"), [
    # the first part of a dotted name cut at a known name (巴赫, Bach)
    ("哈萨克斯坦总理巴赫特让·阿布季洛维奇·萨金塔耶夫将访华。",
     "Kazakh Prime Minister Bakhytzhan Abdiruly Sagintayev will visit China."),
    ("哈萨克斯坦总理巴赫特让·萨金塔耶夫抵达北京。",
     "Kazakh Prime Minister Bakhytzhan Sagintayev arrived in Beijing."),
    # a part after the dot that opens on a common character (别, "do not")
    ("土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫抵京。",
     "Turkmen President Serdar Berdimuhamedov arrived in Beijing."),
    ("土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫抵京。",
     "Turkmen President Serdar arrived in Beijing."),
    # the surname alone, its first character glued to 同 ("with") and a place (金塔) cut out
    ("王毅同萨金塔耶夫总理会谈。", "Wang Yi held talks with Prime Minister Sagintayev."),
    ("李克强将同萨金塔耶夫总理举行会晤。", "Li Keqiang will meet Prime Minister Sagintayev."),
    ("李强同米尔济约耶夫总统会见。", "Li Qiang met President Mirziyoyev."),
    ("塔吉克斯坦总统埃莫马利·拉赫蒙出席会议。",
     "Tajik President Emomali Rahmon attended the meeting."),
])
def test_a_cut_transliteration_is_rendered(zh, en):
    assert name_problems(zh, en) == ([], [])


@pytest.mark.parametrize(("zh", "en", "missing"), [
    # the country before a dotted name stays a name of its own
    ("哈萨克斯坦总理巴赫特让·萨金塔耶夫访华。", "The Prime Minister Bakhytzhan Sagintayev "
     "visited China.", ["哈萨克斯坦"]),
    # a dotted name left out is one missing name, from its first piece to its last
    ("哈萨克斯坦总理巴赫特让·萨金塔耶夫访华。", "The Kazakh Prime Minister visited China.",
     ["巴赫特让·萨金塔耶夫"]),
    ("土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫抵京。",
     "The Turkmen President arrived in Beijing.", ["谢尔达尔·别尔德穆哈梅多夫"]),
    ("乌兹别克斯坦总统沙夫卡特·米尔济约耶夫抵达北京。",
     "The Uzbek President arrived in Beijing.", ["沙夫卡特·米尔济约耶夫"]),
])
def test_a_cut_name_left_out_is_still_missing(zh, en, missing):
    assert name_problems(zh, en)[1] == missing


def test_a_cut_name_replaced_is_still_replaced():
    replaced, _ = name_problems("王毅同萨金塔耶夫总理会谈。",
                                "Wang Yi held talks with Prime Minister Mamin.")
    assert replaced and replaced[0][1] == "Mamin"


@pytest.mark.parametrize(("zh", "name", "spellings", "said"), [
    ("同萨金塔耶夫总理", "金塔", ["Sagintayev"], True),
    ("会见米尔济约耶夫", "耶夫", ["Mirziyoyev"], False),  # 济 is no transliteration character
    ("会见纳扎尔巴耶夫", "巴耶", ["Nazarbayev"], True),
    ("同布林肯国务卿", "林肯", ["Blinken"], True),
    # the rest of the run alone sounds like the English word: the name is not in it
    ("伊朗阿拉格希外长", "伊朗", ["Araghchi"], False),
    ("巴西卢拉总统", "巴西", ["Lula"], False),
    # no English word like the run
    ("同萨金塔耶夫总理", "金塔", ["Mamin", "Tokayev"], False),
])
def test_a_name_read_in_its_run_of_transliteration_characters(zh, name, spellings, said):
    start = zh.index(name)
    assert _sounded_in_run(zh, start, start + len(name), spellings) is said


@pytest.mark.parametrize(("zh", "en"), [
    # 同 ("with") glued to the name's first piece, and 里尼 linked to nothing but by a part
    ("王毅同莫盖里尼举行会谈。", "Wang Yi held talks with Mogherini."),
    ("王毅刚刚同莫盖里尼高级代表主持了战略对话。",
     "Wang Yi co-chaired the High-level Strategic Dialogue with HR/VP Federica Mogherini."),
    ("习近平和马克龙举行会谈。", "Xi Jinping held talks with Macron."),
])
def test_a_name_glued_to_a_preposition_is_read_without_it(zh, en):
    assert name_problems(zh, en) == ([], [])


def test_a_name_glued_to_a_preposition_and_replaced_or_dropped_is_still_seen():
    zh = "王毅同莫盖里尼举行会谈。"
    assert name_problems(zh, "Wang Yi held talks with Borrell.")[0]
    assert name_problems(zh, "Wang Yi held talks.")[1]


@pytest.mark.parametrize(("zh", "en", "missing"), [
    ("欧盟外长开会。", "The EU28 foreign ministers met.", []),  # the EU and its members' count
    ("二十国集团峰会在杭州举行。", "The G20 Summit was held in Hangzhou.", []),
    ("欧盟外长开会。", "The foreign ministers met.", ["欧盟"]),
])
def test_a_name_glued_to_its_count(zh, en, missing):
    assert name_problems(zh, en) == ([], missing)


def _mismatches(zh: list[str], en: list[str]) -> list[tuple[str, str]]:
    from conftest import make_document

    from align.checks.base import CheckContext
    from align.checks.names import NamesCheck
    from align.model import Alignment, Bead, Settings

    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en),
                  beads=(Bead(tuple(range(len(zh))), tuple(range(len(en))), 0.8),))
    return [(f.severity.value, f.message)
            for f in NamesCheck().run(CheckContext(alignment=a, settings=Settings()))
            if f.rule == "name-mismatch"]


@pytest.mark.parametrize("credit", [
    "Edited by Jiang Shuidong", "Translated by Zhou Ming", "(Photo by Feng Kaihua)",
])
def test_a_credit_line_only_the_english_has_is_info(credit):
    found = _mismatches(["国务院总理温家宝作政府工作报告。"],
                        ["Premier Wen Jiabao delivered the report.", credit])
    assert [s for s, _ in found] == ["info"] and "credit line" in found[0][1]


def test_two_credits_that_differ_stay_a_warning():
    found = _mismatches(["国防部举行例行记者会。", "（李晓伟 摄）"],
                        ["The Ministry of National Defense held a press conference.",
                         "(Photo by Feng Kaihua)"])
    assert [s for s, _ in found] == ["warning"]


def test_a_name_in_a_sentence_stays_a_warning():
    found = _mismatches(["国务院总理温家宝作政府工作报告。"],
                        ["Premier Zhang Shuidong delivered the report."])
    assert [s for s, _ in found] == ["warning"]


@pytest.mark.parametrize(("zh", "en"), [
    ("巴赫特让", "Bakhytzhan"),  # zh (ж) after t: not the ts of Tsvetaeva
    ("朱可夫", "Zhukov"), ("勃列日涅夫", "Brezhnev"),
    ("阿拉格希", "Araghchi"), ("莫盖里尼", "Mogherini"), ("巴格达迪", "Baghdadi"),
    ("加纳", "Ghana"), ("爱丁堡", "Edinburgh"), ("茨维塔耶娃", "Tsvetaeva"),
])
def test_zh_and_gh_sound_as_they_do_in_names(zh, en):
    from align.checks.entities import sounds_like
    assert sounds_like(zh, en)


@pytest.mark.parametrize(("word", "units"), [
    ("Hugh", "H"), ("night", "NT"), ("Ghana", "KN"), ("Araghchi", "LKJ"), ("Zhukov", "JKV"),
    ("Bakhytzhan", "PKTJN"), ("Tsvetaeva", "JVTV"),
])
def test_english_consonants_of_zh_and_gh(word, units):
    from align.lexicon.transliteration import english_units
    assert "".join(u for u, _ in english_units(word)) == units
