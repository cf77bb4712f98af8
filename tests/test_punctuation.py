"""Punctuation as alignment evidence: quotation marks and their state at boundaries, and the
mark a sentence ends with."""

from __future__ import annotations

import numpy as np
import pytest

from align.aligner.punctuation import (
    END_EXCLAMATION,
    END_PLAIN,
    END_QUESTION,
    en_marks,
    end_marks,
    inside_quotes,
    zh_marks,
)
from align.aligner.score import BeadScorer, ScoreParams


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("他说：“我明天来。”", [True, False]),
        ("“走吧！", [True]),
        ("我不去。”她转身走了。", [False]),
        ("书名是「春」，『夏』也有。", [True, False, True, False]),
        ("没有引号的句子。", []),
    ],
)
def test_chinese_marks(text: str, marks: list[bool]) -> None:
    assert zh_marks(text) == marks


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("'I won ten taels,' he said.", [True, False]),
        ("\"Come in!\" she called.", [True, False]),
        ("\u2018Not yet,\u2019 he said.", [True, False]),
        ("'Why not try me?'", [True, False]),
        ("'It's late, and I don't care.", [True]),  # apostrophes are not marks
        ("That's why I was late.'", [False]),
        ("He recalled Whiskers' fight at the inn.", []),  # a possessive is not a mark
        ("The boys' dormitory was cold.", []),
        ("Rock 'n' roll never died.", []),  # elisions are not marks
        ("Tell 'em it was the '90s.", []),
        ("He stopped \u2014'Enough!' he cried.", [True, False]),
    ],
)
def test_english_marks_tell_quotes_from_apostrophes(text: str, marks: list[bool]) -> None:
    assert en_marks(text) == marks


def test_inside_quotes_follows_a_quotation_across_sentences() -> None:
    en = [
        "He looked up.",
        "'It is late.",  # opens
        "We should go.",  # no marks: still inside
        "Now.'",  # closes
        "They left.",
    ]
    # boundary before sentence t, t = 0..5 (both edges outside)
    assert inside_quotes(en, "en").tolist() == [False, False, True, True, False, False]
    zh = ["他抬起头。", "“天晚了。", "该走了。”", "他们走了。"]
    assert inside_quotes(zh, "zh").tolist() == [False, False, True, False, False]


def test_a_bead_starting_inside_a_quote_on_one_side_only_pays_the_quote_cost() -> None:
    v = np.eye(3, dtype=np.float32)
    groups = {1: v}
    lens = np.full(3, 10.0)
    zq = np.array([False, True, False, False])
    eq = np.array([False, False, False, False])
    params = ScoreParams(quote_cost=0.25, length_weight=0.0)
    plain = BeadScorer(groups, groups, lens, lens, params)
    quoted = BeadScorer(groups, groups, lens, lens, params, quotes=(zq, eq))
    i = j = np.array([1, 2, 3])  # 1-1 beads starting at boundaries 0, 1, 2
    assert (plain(1, 1, i, j) - quoted(1, 1, i, j)).tolist() == pytest.approx([0.0, 0.25, 0.0])
    # one-sided beads are not judged by quotes
    assert quoted(1, 0, i, j - 1).tolist() == plain(1, 0, i, j - 1).tolist()


def test_end_marks_look_past_closing_quotes_and_brackets() -> None:
    sentences = [
        "他问：“你去哪儿？”",
        "快走！",
        "“Where are you going?” he asked.",  # ends with a full stop: plain
        "'Where are you going?'",
        "Stop it! ",
        "(Really?)",
        "会议结束。",
        "",
    ]
    assert end_marks(sentences).tolist() == [
        END_QUESTION,
        END_EXCLAMATION,
        END_PLAIN,
        END_QUESTION,
        END_EXCLAMATION,
        END_QUESTION,
        END_PLAIN,
        END_PLAIN,
    ]


def test_a_bead_whose_sides_end_with_the_same_question_or_exclamation_earns_the_bonus() -> None:
    v = np.eye(3, dtype=np.float32)
    groups = {1: v}
    lens = np.full(3, 10.0)
    zh_ends = np.array([END_QUESTION, END_EXCLAMATION, END_PLAIN])
    en_ends = np.array([END_QUESTION, END_QUESTION, END_PLAIN])
    params = ScoreParams(end_mark_bonus=0.3, length_weight=0.0, quote_cost=0.0)
    plain = BeadScorer(groups, groups, lens, lens, params)
    marked = BeadScorer(groups, groups, lens, lens, params, ends=(zh_ends, en_ends))
    i = j = np.array([1, 2, 3])
    # ? with ?: bonus; ! with ?: none; plain with plain: none
    assert (marked(1, 1, i, j) - plain(1, 1, i, j)).tolist() == pytest.approx([0.3, 0.0, 0.0])
    assert marked(0, 1, i - 1, j).tolist() == plain(0, 1, i - 1, j).tolist()
