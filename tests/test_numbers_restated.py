"""A number the English restates faithfully in other words (issue 14, held-out batch 115-134):
an ordinal said relative to the current session, the start year of a period the Chinese
counts, a count said by naming the members. Each is info when the document bears it out, and
still reported when it does not. Sentences written for these tests."""

import pytest
from conftest import loud_numbers as loud

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck, members_counted
from align.model import Alignment, Bead, Settings, Severity
from align.numbers.en import extract_en

# -- an ordinal said relative to the one the document is at -------------------------------------

_AT_74 = ("在第74届联合国大会上的发言", "Statement at the 74th Session of the General Assembly")


@pytest.mark.parametrize(("zh", "en"), [
    ("我感谢第73届联大共同主席的贡献。", "I thank the co-chairs of the last GA session."),
    ("我感谢第73届联大共同主席的贡献。", "I thank the co-chairs of the previous session."),
    ("我感谢第73届联大主席的贡献。", "I thank the President of the preceding General Assembly "
                                    "session."),
    ("第75届联大将于明年举行。", "The next session will open next year."),
    ("第75届联大将于明年举行。", "The coming GA session will open next year."),
    ("第74届联大议程繁重。", "The agenda of the current session is heavy."),
])
def test_an_ordinal_said_relatively_is_info(zh: str, en: str) -> None:
    assert loud([_AT_74[0], zh], [_AT_74[1], en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    # the document's own session makes "the last" the 73rd, not the 72nd
    ("我感谢第72届联大共同主席的贡献。", "I thank the co-chairs of the last GA session."),
    # "next" is the 75th
    ("第73届联大将于明年举行。", "The next session will open next year."),
    # no session, meeting or the like: "the last" is no ordinal of one
    ("我感谢第73届联大共同主席的贡献。", "I thank the last co-chairs for their work."),
])
def test_a_relative_ordinal_the_document_contradicts_is_still_reported(zh: str, en: str) -> None:
    assert loud([_AT_74[0], zh], [_AT_74[1], en]) != []


def test_a_relative_ordinal_needs_the_current_one_stated() -> None:
    assert loud(["我感谢第73届联大共同主席的贡献。"],
                ["I thank the co-chairs of the last GA session."]) != []


def test_a_count_after_the_adjective_is_no_relative_ordinal() -> None:
    assert loud([_AT_74[0], "第73届联大将讨论此事。"],
                [_AT_74[1], "The last two sessions will discuss it."]) != []


# -- the start year of a period the Chinese counts ---------------------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    # no dateline: the English clause counts the same period up to the year
    (["新中国成立75年来,能源事业快速发展。"],
     ["Over the past 75 years since the founding of the PRC in 1949, energy grew fast."]),
    (["建交50年来,两国关系不断发展。"],
     ["In the 50 years since diplomatic ties were established in 1972, relations grew."]),
    # a dateline: the year and the period reach it
    (["2024年8月29日", "新中国成立75年来,能源事业快速发展。"],
     ["29 August 2024", "Since 1949, energy has grown fast."]),
    (["2022年9月30日", "新中国成立73年来,经济快速发展。"],
     ["September 30, 2022", "Since the founding of the PRC in 1949, the economy grew fast."]),
    (["2018年12月18日", "改革开放40多年来,中国发生了巨变。"],
     ["December 18, 2018", "Since reform and opening up began in 1978, China has changed."]),
])
def test_the_start_of_a_counted_period_is_info(zh: list[str], en: list[str]) -> None:
    assert loud(zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    # the year does not start the period the dateline implies
    (["2024年8月29日", "新中国成立75年来,能源事业快速发展。"],
     ["29 August 2024", "Since 1959, energy has grown fast."]),
    # no dateline, and the year is in another clause than the period
    (["庆祝建国70周年,这是我到任以来的第二次招待会。"],
     ["We celebrate the 70th anniversary, my second reception since I arrived in 2016."]),
    # no period in the Chinese at all
    (["能源事业快速发展。"], ["Since 1949, energy has grown fast."]),
])
def test_a_year_that_starts_no_counted_period_is_still_reported(zh: list[str],
                                                                en: list[str]) -> None:
    assert loud(zh, en) != []


# -- a count said by naming its members --------------------------------------------------------


def _count(en: str):
    return next(q for q in extract_en(en) if q.kind == "count")


@pytest.mark.parametrize(("zh", "en"), [
    ("我们一起走过春夏秋冬。", "We have journeyed through the four seasons together."),
    ("一年四季春夏秋冬各有风景。", "Each of the four seasons has its scenery."),
    ("东南西北的客人都来了。", "Guests came from all four directions."),
    ("统筹推进经济、政治、文化、社会、生态文明建设。",
     "We will advance progress in all five spheres."),
    ("加强政治、经济、人文合作。", "We will strengthen cooperation in three areas."),
])
def test_a_count_said_by_its_members_is_info(zh: str, en: str) -> None:
    assert members_counted(_count(en), zh)
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("我们一起走过春夏秋冬。", "We have journeyed through five seasons together."),
    ("春天和夏天都很美。", "Both of the four seasons are beautiful."),
    ("东西都准备好了。", "All four things are ready."),
    ("加强政治、经济、人文合作。", "We will strengthen cooperation in four areas."),
    ("加强政治、经济合作，推动人文交流。", "We will strengthen cooperation in three areas."),
])
def test_a_count_the_members_do_not_make_is_still_reported(zh: str, en: str) -> None:
    assert not members_counted(_count(en), zh)


# -- a number in a photo caption only the Chinese page prints ------------------------------------


_CAPTION = "11月15日，习近平主席同与会领导人合影。[新华社 李学仁 摄]"
_LEAD_EN = "President Xi Jinping addressed a working lunch on Nov. 16, 2015."


def test_a_number_only_in_a_one_sided_caption_is_info() -> None:
    # page furniture (twelfth session: a caption's number is at most info; one the text's own
    # sentences repeat is still a finding, see test_numbers_names_idioms)
    assert loud([_CAPTION], [_LEAD_EN]) == []


def test_a_traditional_caption_read_from_a_file_is_one_too(tmp_path) -> None:
    # a traditional file is checked in simplified characters (新華社 as 新华社); the caption's
    # two sentences share its line, the credit closing the second
    from align.api import read_pair

    (tmp_path / "a.zh.txt").write_text(
        "11月15日，習近平主席出席峰會。這是習近平主席同與會領導人合影。[新華社 李學仁 攝]\n"
        "國家主席習近平11月16日在午宴上發言。\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(_LEAD_EN + "\n", encoding="utf-8")
    zh, en = read_pair(tmp_path / "a.zh.txt", tmp_path / "a.en.txt", Settings())
    a = Alignment(zh=zh, en=en, beads=(Bead((0,), (0,), 0.8), Bead((1, 2), (), 0.0)))
    found = list(NumbersCheck().run(CheckContext(alignment=a, settings=Settings())))
    assert [(f.rule, f.severity) for f in found if f.severity is not Severity.INFO] == []
    assert any(("furniture", "caption") in f.evidence for f in found)


@pytest.mark.parametrize(("zh", "en"), [
    # no credit: a plain sentence, a confident error
    ("11月15日，习近平主席同与会领导人合影。", _LEAD_EN),
    # the English prints its own caption: the two captions are compared as usual
    (_CAPTION, "President Xi with other leaders on Nov. 16, 2015. (Xinhua/Li Xueren)"),
])
def test_a_number_outside_a_one_sided_caption_stays_an_error(zh: str, en: str) -> None:
    assert loud([zh], [en]) == [("number-mismatch", Severity.ERROR)]
