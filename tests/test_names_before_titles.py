"""A person's name before a title (蘇家碧女士, 甯漢豪女士): the segmenter cuts names it does not
know into pieces, and a piece read as a name of its own is then 'missing' or 'replaced'."""

import pytest

from align.lexicon.zh import segment


def _names(text: str) -> list[str]:
    return [w.text for w in segment(text) if w.pos.startswith("nr")]


@pytest.mark.parametrize(("text", "name"), [
    ("* 保安局蘇家碧女士及黃思平先生;和", "蘇家碧"),
    ("甯漢豪女士", "甯漢豪"),
    ("规划署署长甯漢豪女士表示", "甯漢豪"),
    ("感谢司徒华先生", "司徒华"),
    ("出席者包括黃思平先生", "黃思平"),
])
def test_the_pieces_of_a_name_before_a_title_are_one_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("和王明先生", "王明"),  # 和 is the conjunction
    ("向王明先生致谢", "王明"),  # 向 the preposition
    ("请王明先生发言", "王明"),  # 请 the verb
    ("林郑月娥女士", "郑月娥"),  # a name of three read whole stays
])
def test_a_word_before_a_whole_name_is_not_joined_to_it(text, name):
    assert name in _names(text)


def test_the_offsets_still_cover_the_text():
    text = "* 保安局蘇家碧女士及黃思平先生;和"
    for w in segment(text):
        assert text[w.start:w.end] == w.text


def test_text_without_a_title_is_cut_as_before():
    text = "保安局蘇家碧及黃思平"
    assert "蘇家碧" not in [w.text for w in segment(text)]


class _Bead:
    def __init__(self, index: int, en: str) -> None:
        self.index, self.en = index, en


@pytest.mark.parametrize(("name", "english", "said"), [
    ("蘇美利", "Senior Council Secretary (2)8\nMiss Mary SO", "Miss Mary SO"),
    ("何瑩珠", "Assistant Legal Adviser 2: Miss Anita HO", "Miss Anita HO"),
    ("黃思平", "Ms Linda So and Mr Charles Wong from the Security Bureau", "Mr Charles Wong"),
    ("司徒少華", "Senior Assistant Secretary (1)1: Ms Connie SZE-TO", "Ms Connie SZE-TO"),
    ("羅榮樂", "Clerk in Attendance: Mr LAW Wing-lok", "Mr LAW Wing-lok"),
])
def test_a_person_of_the_surname_next_door(name, english, said):
    from align.checks.entities import _person_next_door

    beads = [_Bead(0, "Present:"), _Bead(1, english)]
    assert _person_next_door(beads, 0, name) == said


@pytest.mark.parametrize(("name", "english", "index"), [
    ("蘇美利", "Miss Mary HO", 1),  # another surname
    ("蘇美利", "Mary SO said so.", 1),  # no title before the name
    ("蘇美利", "Miss Mary SO", 4),  # more than three beads away
    ("美利", "Miss Mary SO", 1),  # no surname opens the Chinese name
])
def test_no_person_of_the_surname_next_door(name, english, index):
    from align.checks.entities import _person_next_door

    beads = [_Bead(0, "Present:"), _Bead(index, english)]
    assert _person_next_door(beads, 0, name) == ""


@pytest.mark.parametrize(("zh", "en", "same"), [
    ("司徒少華", "Connie SZE-TO", True),  # a compound surname, hyphenated in Hong Kong
    ("歐陽成潮", "Stephen AU-YEUNG", True),
    ("蘇家碧", "Linda So", True),
    ("游天頌", "Arthur YAU", True),
    ("司徒少華", "Connie WONG", False),
    ("蘇家碧", "Linda", False),  # no surname in the English
])
def test_an_english_given_name_with_the_chinese_surname(zh, en, same):
    from align.checks.entities import _english_name_with_surname

    assert _english_name_with_surname(zh, en) is same


@pytest.mark.parametrize("zh", ["香港要遵守国家宪法。", "香港要遵守國家憲法。", "香港回归祖国。"])
def test_china_named_for_the_state_is_no_replaced_name(zh):
    from align.checks.entities import missing_names
    from align.io.chinese import to_simplified

    en = "Hong Kong must abide by the Constitution of the People's Republic of China."
    if "回归" in zh:
        en = "Hong Kong returned to China."
    replaced, _ = missing_names(to_simplified(zh), en)
    assert replaced == []


def test_china_where_the_chinese_names_no_state_is_still_a_replacement():
    from align.checks.entities import missing_names

    en = "We must abide by the Constitution of the People's Republic of China."
    replaced, _ = missing_names("香港要遵守宪法。", en)
    assert replaced == [("香港", "China")]


@pytest.mark.parametrize(("en", "missing"), [
    ("The draft DSP was approved by the CE in C on 9 July 2019.", False),
    ("The draft DSP was approved by the Chief Executive in Council on 9 July 2019.", False),
    ("The draft DSP was approved by the CE on 9 July 2019.", True),
])
def test_an_office_in_council_names_its_council(en, missing):
    from align.checks.entities import missing_names

    zh = "该草图于二零一九年七月九日获行政长官会同行政会议核准。"
    replaced, absent = missing_names(zh, en)
    assert bool(replaced or absent) is missing
