"""The document-level prior of the word-level checks: how literal a translation is
(``partial.literalness``), computed once per document, and what it does to the findings whose
evidence is an unaccounted word (antonym, partial-omission) in a free translation. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import make_document

import align.checks.partial as partial
from align.checks import CheckContext
from align.checks.antonym import AntonymCheck
from align.checks.partial import LITERAL_BAR, PartialCheck, literalness
from align.checks.polarity import NegationCheck
from align.model import Alignment, Bead, Settings, Severity

# The same six Chinese sentences, rendered word for word and rendered freely.
LITERAL = [("市长昨天参观了新建的医院。", "Yesterday the mayor visited the newly built hospital."),
           ("春节期间，游客挤满了老街。",
            "During the Spring Festival, tourists crowded the old street."),
           ("这位作家的新书很受欢迎。", "This writer's new book is very popular."),
           ("村民们用传统方式庆祝丰收。",
            "The villagers celebrated the harvest in the traditional way."),
           ("河水在夜里悄悄上涨。", "The river rose quietly in the night."),
           ("孩子们在雪地里玩了一下午。", "The children played in the snow for an afternoon.")]
FREE = [("市长昨天参观了新建的医院。",
         "Touring the freshly opened wards yesterday, the mayor had warm words for everyone on "
         "duty."),
        ("春节期间，游客挤满了老街。", "Over the holiday, sightseers thronged every lane of the "
                                  "historic quarter."),
        ("这位作家的新书很受欢迎。", "Readers are snapping up the novelist's latest offering."),
        ("村民们用传统方式庆祝丰收。", "Villagers marked a bumper year the way their grandparents "
                                  "always had."),
        ("河水在夜里悄悄上涨。", "Under cover of darkness, the river crept higher and higher."),
        ("孩子们在雪地里玩了一下午。", "The youngsters spent the whole afternoon romping through "
                                  "the drifts.")]

# Word-level errors, each in one bead.
ANTONYMS = [("这个月，城里的房价上涨了。", "This month, house prices in the city fell."),
            ("渔民们今天的收获增加了。", "Today the fishermen's catch decreased.")]
OMISSIONS = [("委员会周二讨论了明年的预算。", "On Tuesday the committee the budget for next year."),
             ("老师表扬了班上的学生。", "The teacher praised the of the class.")]


def _context(body: list[tuple[str, str]], target: tuple[str, str]) -> CheckContext:
    rows = [*body[:3], target, *body[3:]]
    beads = tuple(Bead((i,), (i,), 0.8) for i in range(len(rows)))
    a = Alignment(zh=make_document("zh", [z for z, _ in rows]),
                  en=make_document("en", [e for _, e in rows]), beads=beads)
    return CheckContext(alignment=a, settings=Settings())


def test_the_two_bodies_sit_on_either_side_of_the_bar():
    assert literalness(_context(LITERAL, ANTONYMS[0])) >= LITERAL_BAR
    assert literalness(_context(FREE, ANTONYMS[0])) < LITERAL_BAR


@pytest.mark.parametrize("target", ANTONYMS)
def test_an_antonym_is_a_warning_in_a_literal_translation_and_info_in_a_free_one(target):
    literal = list(AntonymCheck().run(_context(LITERAL, target)))
    free = list(AntonymCheck().run(_context(FREE, target)))
    assert [f.severity for f in literal] == [Severity.WARNING]
    assert [f.severity for f in free] == [Severity.INFO]
    assert "free translation" in free[0].message and "free" not in literal[0].message
    assert dict(free[0].evidence)["typical"].endswith("of English words sourced")


@pytest.mark.parametrize("target", OMISSIONS)
def test_a_partial_omission_is_a_warning_in_a_literal_translation_and_info_in_a_free_one(target):
    literal = [f for f in PartialCheck().run(_context(LITERAL, target))
               if f.rule == "partial-omission"]
    free = [f for f in PartialCheck().run(_context(FREE, target)) if f.rule == "partial-omission"]
    assert [f.severity for f in literal] == [Severity.WARNING]
    assert [f.severity for f in free] == [Severity.INFO]
    assert "free translation" in free[0].message


@pytest.mark.parametrize("target", [*ANTONYMS, *OMISSIONS])
def test_the_prior_changes_a_severity_not_the_finding(target):
    # the same finding in either document: same rule, words and fingerprint (the share is
    # measured evidence, as a similarity is), so judgements and baselines still match it
    def found(body):
        ctx = _context(body, target)
        return [f for check in (AntonymCheck, PartialCheck) for f in check().run(ctx)
                if f.rule in ("antonym", "partial-omission")]

    literal, free = found(LITERAL), found(FREE)
    assert [f.fingerprint for f in literal] == [f.fingerprint for f in free]
    assert [f.rule for f in literal] == [f.rule for f in free]


def test_the_figure_is_computed_once_for_all_the_word_level_checks(monkeypatch):
    calls = []
    original = partial._literalness

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(partial, "_literalness", counting)
    ctx = _context(FREE, ANTONYMS[0])
    for check in (AntonymCheck, PartialCheck, NegationCheck):
        list(check().run(ctx))
    assert literalness(ctx) < LITERAL_BAR
    assert len(calls) == 1


def test_added_modifiers_do_not_make_a_translation_free():
    # each sentence carries an English adjective with no source: left out of the figure, the
    # document is as literal as its faithful words, and the additions are still reported
    added = [("农民在十月收获了苹果。", "The farmers harvested the delicious apples in October."),
             ("工人们修复了那座桥。", "The workers repaired the sturdy bridge."),
             ("学生们参观了博物馆。", "The students visited the splendid museum."),
             ("医生检查了病人。", "The doctor examined the grateful patient.")]
    ctx = _context(added, ANTONYMS[0])
    assert partial.english_coverage([(z, e) for z, e in added]) < literalness(ctx)
    assert literalness(ctx) >= LITERAL_BAR
    # the figure is the pooled share with exactly those modifiers left out
    rows = [*added[:3], ANTONYMS[0], *added[3:]]
    words = ["delicious", "sturdy", "splendid", None, "grateful"]
    skip = [{e.index(w)} if w else set() for (_, e), w in zip(rows, words, strict=True)]
    assert literalness(ctx) == partial.english_coverage(rows, skip)
    assert any(f.rule == "partial-addition" and f.severity is Severity.WARNING
               for f in PartialCheck().run(ctx))
