"""A live transcript's page: a time mark in brackets before a turn ([10:07], (2010-03-09 14:37:04))
and English run together without spaces, whose respacing must not invent a number
("isevenpossibility" is "is even possibility"). Texts written for these tests."""

import pytest

from align.checks.coverage import furniture_zh
from align.lexicon.respace import respaced
from align.numbers import extract_en, extract_zh
from align.numbers.reading import TIMESTAMP, doubt_en, doubt_zh


@pytest.mark.parametrize("text", ["[10:07] With the press,", "【09:30】Next question.",
                                  "[ 11:20 ] Thank you.", "［8:15］ Good morning."])
def test_a_clock_time_alone_in_brackets_is_a_transcript_mark(text: str) -> None:
    times = [q for q in extract_en(text) if q.kind == "time"]
    assert [doubt_en(q, text) for q in times] == [TIMESTAMP]


@pytest.mark.parametrize("text", ["The meeting opened at 10:07 in Geneva.",
                                  "It began at 9:30 [local time]."])
def test_a_clock_time_in_the_text_is_no_mark(text: str) -> None:
    assert [doubt_en(q, text) for q in extract_en(text) if q.kind == "time"] == [""]


@pytest.mark.parametrize("text", ["[中国人大网](2010-03-09 14:37:04)",
                                  "[王兆国]（2010-03-09 15:06:04）", "【2019-3-5 9:30】",
                                  "(2010-03-09 15:05)", "(2010-03-09  15:05)"])
def test_a_machine_date_and_time_in_brackets_is_a_transcript_mark(text: str) -> None:
    found = extract_zh(text)
    assert found and all(doubt_zh(q, text) == TIMESTAMP for q in found
                         if q.kind in ("date", "time"))


@pytest.mark.parametrize("text", ["会议于2010-03-09举行。", "(2010-03-09)",
                                  "会议(2010年3月9日 15:05)举行。"])
def test_a_date_without_a_machine_clock_is_no_mark(text: str) -> None:
    assert all(doubt_zh(q, text) != TIMESTAMP for q in extract_zh(text))


@pytest.mark.parametrize(("glued", "spaced"), [
    ("[10:07]WithCCTVandCNTV,muchhaschanged.", "[10:07] With CCTV and CNTV, much has changed."),
    ("Andthereisevenachance.", "And there is even a chance."),
    ("[09:30]Andthereisevenpossibilityofit.", "[09:30] And there is even possibility of it."),
])
def test_respacing_keeps_a_clock_time_and_reads_no_lower_case_i(glued: str, spaced: str) -> None:
    assert respaced(glued, True) == spaced


def test_the_pronoun_i_is_still_read_as_a_word() -> None:
    assert respaced("Ithinkitisgoodnews.", True) == "I think it is good news."


def test_a_page_written_all_in_lower_case_keeps_its_lower_case_i() -> None:
    assert respaced("iwishtoextendawarmwelcome.", True).startswith("i wish to extend")


@pytest.mark.parametrize("line", ["[王兆国](2010-03-09 15:06:04)", "【主持人】（2019-03-05 09:30）",
                                  "[委员长 吴邦国] (2010-03-09 15:08:37)", "（15:05）", "[10:07]"])
def test_a_turn_mark_alone_on_its_line_is_furniture(line: str) -> None:
    assert furniture_zh(line) == "time mark"


@pytest.mark.parametrize("line", ["[王兆国]", "会议于(2010-03-09 15:06:04)开始。",
                                  "[王兆国](2010-03-09 15:06:04)现在开会。"])
def test_a_turn_mark_with_text_is_no_furniture(line: str) -> None:
    assert furniture_zh(line) != "time mark"
