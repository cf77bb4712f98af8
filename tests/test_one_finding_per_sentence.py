"""One cause, one finding: a word finding inside a sentence reported whole (omission, addition)
is information, with the sentence's finding carrying the severity."""

from __future__ import annotations

import pytest
from conftest import make_document

from align.checks import REPEAT, WITHIN, one_finding_per_sentence, one_reading_per_bead
from align.model import Alignment, Bead, Finding, Severity, Span
from align.rules import (
    ADDITION,
    ANTONYM,
    NAME_MISSING,
    NAME_UNMATCHED,
    NEGATION,
    NUMBER_EXTRA,
    NUMBER_MISSING,
    OMISSION,
    PARTIAL_ADDITION,
    PARTIAL_OMISSION,
)

ZH = ["本报讯 2024年3月5日，代表团抵达北京。", "会议讨论了三项议题。", "王明主持会议。"]
EN = ["The meeting discussed three items.", "Wang Ming chaired it.", "Photo by the office."]


def _alignment(beads: tuple[Bead, ...]) -> Alignment:
    return Alignment(make_document("zh", ZH), make_document("en", EN), beads)


def _whole(rule, side: str, ids: tuple[int, ...], a: Alignment, bead: int,
           severity: Severity = Severity.WARNING) -> Finding:
    doc = a.zh if side == "zh" else a.en
    span = Span.of(doc, ids)
    return rule.finding("whole", zh=span if side == "zh" else None,
                        en=span if side == "en" else None, severity=severity, bead=bead)


def _word(rule, side: str, word: str, bead: int, severity=Severity.ERROR) -> Finding:
    return rule.finding("word", zh=None, en=None, severity=severity, bead=bead,
                        evidence=((side, word),))


def test_numbers_and_names_of_an_untranslated_sentence_fold_into_its_omission():
    a = _alignment((Bead((0, 1), (0,), 0.5), Bead((2,), (1,), 0.8), Bead((), (2,), 0.0)))
    omitted = _whole(OMISSION, "zh", (0,), a, 0)
    found = one_finding_per_sentence(
        [omitted, _word(NUMBER_MISSING, "zh", "2024年3月5日", 0),
         _word(NAME_MISSING, "zh", "北京", 0, Severity.WARNING)], a)
    assert found[0] == omitted
    assert [f.severity for f in found[1:]] == [Severity.INFO, Severity.INFO]
    assert all((WITHIN, "omission") in f.evidence for f in found[1:])
    assert all("not translated" in f.message for f in found[1:])
    # the fingerprint is the finding's identity, not its grade: judgements and baselines hold
    assert found[1].fingerprint == _word(NUMBER_MISSING, "zh", "2024年3月5日", 0).fingerprint


@pytest.mark.parametrize("word, bead", [
    ("三项", 0),          # in the translated sentence of the same bead: may be that sentence's
    ("2024年3月5日", 1),  # another bead: the omission says nothing about it
])
def test_words_outside_the_untranslated_sentence_keep_their_severity(word, bead):
    a = _alignment((Bead((0, 1), (0,), 0.5), Bead((2,), (1,), 0.8)))
    word_finding = _word(NUMBER_MISSING, "zh", word, bead)
    found = one_finding_per_sentence([_whole(OMISSION, "zh", (0,), a, 0), word_finding], a)
    assert found[1] == word_finding


def test_a_word_in_both_the_omitted_and_a_translated_sentence_keeps_its_severity():
    zh = ["代表团抵达北京。", "北京欢迎代表团。"]
    a = Alignment(make_document("zh", zh), make_document("en", EN[:1]),
                  (Bead((0, 1), (0,), 0.5),))
    word_finding = _word(NAME_MISSING, "zh", "北京", 0, Severity.WARNING)
    found = one_finding_per_sentence([_whole(OMISSION, "zh", (0,), a, 0), word_finding], a)
    assert found[1].severity is Severity.WARNING


def test_an_english_number_in_a_sentence_without_source_folds_into_the_addition():
    en = ["The meeting discussed three items.", "In 2023 we met twice.", "Photo by the office."]
    a = Alignment(make_document("zh", ZH), make_document("en", en), (Bead((1,), (0, 1), 0.6),))
    found = one_finding_per_sentence(
        [_whole(ADDITION, "en", (1,), a, 0), _word(NUMBER_EXTRA, "en", "2023", 0,
                                                    Severity.WARNING)], a)
    assert found[1].severity is Severity.INFO
    assert "without a source" in found[1].message


def test_a_chinese_word_rule_does_not_fold_into_an_english_addition():
    a = Alignment(make_document("zh", ZH), make_document("en", EN), (Bead((0,), (0, 1), 0.6),))
    word_finding = _word(NUMBER_MISSING, "zh", "2024年3月5日", 0)
    found = one_finding_per_sentence([_whole(ADDITION, "en", (1,), a, 0), word_finding], a)
    assert found[1] == word_finding


# -- one reading per bead: a word-level meaning rule flags a bead once ---------------------

def _reading(rule, bead: int, word: str, severity=Severity.WARNING) -> Finding:
    return rule.finding(f"{rule.id} on {word}", zh=None, en=None, severity=severity, bead=bead,
                        evidence=(("zh", word),))


def test_a_second_negation_in_the_same_bead_is_information():
    first, second = _reading(NEGATION, 3, "不"), _reading(NEGATION, 3, "没有")
    found = one_reading_per_bead([first, second])
    assert found[0] == first
    assert found[1].severity is Severity.INFO
    assert (REPEAT, "negation") in found[1].evidence
    assert "another negation finding" in found[1].message
    # the grade is not the identity: judgements and baselines keyed by fingerprint hold
    assert found[1].fingerprint == second.fingerprint


def test_the_most_severe_of_a_bead_keeps_its_severity_whatever_the_order():
    warning, error = _reading(NAME_UNMATCHED, 0, "北京"), _reading(NAME_UNMATCHED, 0, "上海",
                                                                  Severity.ERROR)
    found = one_reading_per_bead([warning, error])
    assert [f.severity for f in found] == [Severity.INFO, Severity.ERROR]


@pytest.mark.parametrize("findings", [
    # different beads: two sentences, two readings
    [(NEGATION, 0, "不"), (NEGATION, 1, "不")],
    # different rules in one bead: different readings
    [(NEGATION, 0, "不"), (ANTONYM, 0, "增加"), (PARTIAL_ADDITION, 0, "great")],
    # numbers and names missing from one sentence are separate facts
    [(NUMBER_MISSING, 0, "三项"), (NUMBER_MISSING, 0, "2024年"), (NAME_MISSING, 0, "北京"),
     (NAME_MISSING, 0, "上海")],
])
def test_findings_that_are_not_repeats_keep_their_severity(findings):
    made = [_reading(rule, bead, word) for rule, bead, word in findings]
    assert one_reading_per_bead(made) == made


def test_information_does_not_take_a_beads_place():
    info, warning = (_reading(PARTIAL_OMISSION, 2, "尽早", Severity.INFO),
                     _reading(PARTIAL_OMISSION, 2, "优先"))
    assert one_reading_per_bead([info, warning]) == [info, warning]
