"""A run of place names the segmenter cuts across two of them (issue 14, sixteenth session):
横琴前海南沙 is Hengqin, Qianhai and Nansha, not a 海南 (Hainan) the English replaced. Place
names are public facts; every sentence was written for these tests."""

from __future__ import annotations

import pytest
from conftest import make_document

from align.checks.base import CheckContext
from align.checks.entities import EntitiesCheck, read_across
from align.model import Alignment, Bead, Settings


def _loud(zh: str, en: str) -> list[tuple[str, str]]:
    a = Alignment(zh=make_document("zh", [zh]), en=make_document("en", [en]),
                  beads=(Bead((0,), (0,), 0.8),))
    return [(f.rule, dict(f.evidence).get("zh", "")) for f in
            EntitiesCheck().run(CheckContext(alignment=a, settings=Settings()))
            if f.severity.value != "info"]


@pytest.mark.parametrize(("zh", "name", "en_name"), [
    ("推进横琴前海南沙三大平台建设", "海南", "Nansha"),
    ("支持前海南沙发展", "海南", "Nansha"),
    ("支持前海南沙发展", "海南", "Qianhai"),
    ("建设好珠海横琴新区", "海横", "Hengqin"),
])
def test_a_name_the_english_reads_from_inside_the_cut_is_read_across(zh, name, en_name):
    assert read_across(zh, name, en_name)


@pytest.mark.parametrize(("zh", "name", "en_name"), [
    ("推进海南自由贸易港建设", "海南", "Nansha"),  # Nansha is nowhere in the Chinese
    ("支持海南发展", "海南", "Hainan"),  # the name itself, from its start: no cut
    ("海南南沙都在南方", "海南", "Nansha"),  # 南沙 starts after 海南 ends
    ("海南前海都在南方", "海南", "Qianhai"),  # 前海 ends before 海南 starts
])
def test_other_names_are_not_read_across(zh, name, en_name):
    assert not read_across(zh, name, en_name)


def test_the_run_of_names_is_no_replaced_name():
    zh = "我们推进横琴前海南沙三大平台建设。"
    en = "We advanced the development of the three platforms of Hengqin, Qianhai and Nansha."
    assert ("name-unmatched", "海南") not in _loud(zh, en)


def test_hainan_replaced_by_another_place_is_still_reported():
    zh = "我们推进海南自由贸易港建设。"
    en = "We advanced the development of the Nansha free trade port."
    assert _loud(zh, en)
