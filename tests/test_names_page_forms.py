"""Names on real pages (issue 14): what a reprint, a heading or a salutation does to names, and
the short forms English uses for them. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import make_document

from align.checks.base import CheckContext
from align.checks.entities import EntitiesCheck, name_problems, sounds_like, without_readings
from align.checks.names import NamesCheck
from align.model import Alignment, Bead, Settings


def _run(check, zh: list[str], en: list[str]):
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en),
                  beads=tuple(Bead((i,), (i,), 0.8) for i in range(len(zh))))
    return [f for f in check.run(CheckContext(alignment=a, settings=Settings()))
            if f.severity.value != "info"]


@pytest.mark.parametrize(("text", "plain"), [
    ("聯(lián)合國大會", "聯合國大會"),
    ("習(xí)近平主席", "習近平主席"),
    ("中國(guó)外交政策", "中國外交政策"),
    ("數据(data)", "數据(data)"),  # an English gloss in brackets is no reading
    ("當?shù)貢r間", "當?shù)貢r間"),  # half swallowed by a mangled page: left alone
])
def test_pinyin_readings_are_left_out(text, plain):
    clean, at = without_readings(text)
    assert clean == plain
    assert clean[at(text.index(plain[-1]))] == plain[-1]


@pytest.mark.parametrize(("zh", "en"), [
    (["習(xí)近平主席出席會議。"], ["President Xi Jinping attended the meeting."]),
    (["我們感謝王(wáng)毅部長。"], ["We thank Minister Wang Yi."]),
])
def test_a_reading_inside_a_name_does_not_hide_it(zh, en):
    assert _run(NamesCheck(), zh, en) == []
    assert _run(EntitiesCheck(), zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    (["聯(lián)合國(guó)秘書長古特雷斯出席。"],
     ["UN Secretary-General Antonio Guterres attended."]),
    (["他在聯(lián)合國(guó)發表講話。"], ["He spoke at the United Nations."]),
])
def test_a_reading_inside_a_known_name_leaves_no_fragment(zh, en):
    assert _run(EntitiesCheck(), zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("汤姆森", "Thomson"),  # 汤 is tang in a transliteration, shang in 汤汤
    ("汤普森", "Thompson"),
])
def test_a_transliteration_in_any_reading_of_its_characters(zh, en):
    assert sounds_like(zh, en)
    assert name_problems(f"{zh}先生出席了会议。", f"Mr {en} attended the meeting.") == ([], [])
