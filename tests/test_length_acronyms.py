"""An acronym says in a few letters what its words say in full: an English title that uses one
(NPCSC Work Report) is no short translation of the Chinese name written out."""

from __future__ import annotations

from pathlib import Path

import pytest

from align.checks.length import ACRONYM_LETTER, _acronym_extra

BODY_ZH = ("各位代表：\n现在，我受委托向大会报告工作，请予审议。\n"
           "过去一年，常委会依法履职，工作取得新进展。\n")
BODY_EN = ("Fellow Deputies,\nOn behalf of the Standing Committee of the National People's "
           "Congress, I now present to you this report on its work over the past year for your "
           "deliberation and approval.\nOver the past year, the Standing Committee earnestly and "
           "conscientiously performed the duties entrusted to it by the Constitution and the "
           "law, and it made new progress in all areas of its work.\n")  # wordy


@pytest.mark.parametrize(("text", "letters"), [
    ("NPCSC Work Report (2023)", 5),
    ("the WTO and the IMF", 6),
    ("CPPCC members", 5),
    ("the NGOs of the region", 3),
])
def test_an_acronym_counts_as_its_words(text: str, letters: int) -> None:
    assert _acronym_extra(text) == letters * (ACRONYM_LETTER - 1)


@pytest.mark.parametrize("text", ["REPORT ON THE WORK OF THE GOVERNMENT", "Fellow Deputies,",
                                  "I present the report", "A New Era"])
def test_no_acronym_or_a_title_in_capitals_adds_nothing(text: str) -> None:
    assert _acronym_extra(text) == 0


def _short(tmp_path: Path, title_en: str) -> list[str]:
    from align.api import check

    (tmp_path / "a.zh.txt").write_text("全国人民代表大会常务委员会工作报告（2023）\n" + BODY_ZH,
                                       encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(title_en + "\n" + BODY_EN, encoding="utf-8")
    report = check(tmp_path / "a.zh.txt", tmp_path / "a.en.txt")
    return [f.severity.name for f in report.findings if f.rule == "short-translation"]


def test_a_title_with_an_acronym_is_no_short_translation(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert _short(tmp_path, "NPCSC Work Report (2023)") == []
    # the same title with the acronym counted as its letters alone is short: the test can fail
    monkeypatch.setattr("align.checks.length._acronym_extra", lambda text: 0)
    assert _short(tmp_path, "NPCSC Work Report (2023)") != []


def test_a_title_cut_short_without_an_acronym_is_still_short(tmp_path: Path) -> None:
    assert _short(tmp_path, "Work Report (2023)") != []
