"""Forms met in the thirty-sixth session: a Chinese sentence dropped from the English although it
shares its words with its neighbours (这两个故事清楚表明… after the two stories it sums up), found
by the English words that render its words all rendering its neighbours' as well; and a number of
a sentence whose omission is only in doubt, which keeps its own severity."""

from __future__ import annotations

import pytest
from conftest import check_texts, loud, make_document

from align.checks import WITHIN, one_finding_per_sentence
from align.model import Alignment, Bead, Finding, Severity, Span
from align.rules import NUMBER_MISSING, OMISSION

_STORIES_ZH = ("今年,我想和大家分享两个故事。"
               "第一个故事是,中国自主研制的大型客机C919完成了首次试飞。"
               "第二个故事是,中国高速铁路的运营里程已经位居世界第一。"
               "这两个故事清楚表明中国在制造业方面取得的新成就。我们愿同各国分享发展机遇。")
_STORIES_EN = [
    "This year, I would like to share two stories with you.",
    "The first story is that the C919, a large passenger jet developed by China itself, "
    "completed its maiden flight.",
    "The second story is that China's high-speed railways now rank first in the world in "
    "operating length.",
    "These two stories clearly show the new achievements China has made in manufacturing.",
    "We are ready to share development opportunities with all countries."]


def test_a_dropped_sentence_that_shares_its_neighbours_words_fails_ci(tmp_path):
    en = " ".join(_STORIES_EN[:3] + _STORIES_EN[4:])
    errors = [f for f in check_texts(tmp_path, _STORIES_ZH, en)
              if f.rule == "omission" and f.severity is Severity.ERROR]
    assert [f.zh.text for f in errors] == ["这两个故事清楚表明中国在制造业方面取得的新成就。"]
    assert "do not account for" in dict(errors[0].evidence)["words rendered"]


def test_the_stories_translated_whole_have_no_omission(tmp_path):
    assert loud(check_texts(tmp_path, _STORIES_ZH, " ".join(_STORIES_EN)), "omission") == []


def test_the_summing_up_folded_into_the_sentence_before_is_no_omission(tmp_path):
    en = " ".join(_STORIES_EN[:2] + [
        "The second story is that China's high-speed railways now rank first in the world in "
        "operating length, and both stories clearly show China's new achievements in "
        "manufacturing."] + _STORIES_EN[4:])
    assert loud(check_texts(tmp_path, _STORIES_ZH, en), "omission") == []


_ZH = ["代表团于3月5日抵达。", "会议讨论了三项议题。"]
_EN = ["The delegation arrived.", "The meeting discussed the items."]


def _findings(doubt: tuple[str, str] | None) -> list[Finding]:
    a = Alignment(make_document("zh", _ZH), make_document("en", _EN),
                  (Bead((0, 1), (0, 1), 0.5),))
    evidence = (("similarity without it", "0.55"),) + ((doubt,) if doubt else ())
    omitted = OMISSION.finding("whole", zh=Span.of(a.zh, (0,)), en=None,
                               severity=Severity.INFO if doubt else Severity.WARNING,
                               bead=0, evidence=evidence)
    number = NUMBER_MISSING.finding("word", zh=None, en=None, severity=Severity.WARNING, bead=0,
                                    evidence=(("zh", "3月5日"),))
    return one_finding_per_sentence([omitted, number], a)


@pytest.mark.parametrize("doubt", [
    ("weak bead", "the rest scores 0.55 against 0.74 typical"),
    ("words accounted for", "80% by the other side"),
])
def test_a_number_of_a_sentence_whose_omission_is_in_doubt_keeps_its_severity(doubt):
    number = _findings(doubt)[1]
    assert number.severity is Severity.WARNING
    assert WITHIN not in dict(number.evidence)


def test_a_number_of_a_sentence_reported_untranslated_still_folds_into_it():
    number = _findings(None)[1]
    assert number.severity is Severity.INFO
    assert dict(number.evidence)[WITHIN] == "omission"
