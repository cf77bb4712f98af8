"""A scope adverb the segmenter keeps whole with the negation after it (互不干涉, 互不 + verb,
各不相让) still negates: the English "not interfere in each other's" is no added negation."""

from __future__ import annotations

import pytest

from align.checks.polarity import negation_mismatches
from align.lexicon.polarity import NEGATION, zh_polarity


@pytest.mark.parametrize("zh", [
    "两国应当互不干涉内政。",
    "應當互不干涉內政。",
    "双方承诺互不侵犯。",
    "两国互不构成威胁。",
    "双方互不承认对方的文凭。",
    "两支球队互不相让。",
    "这两个机构互不隶属。",
    "会议期间代表们均未发言。",
])
def test_an_adverb_glued_to_a_negation_is_a_negation(zh: str) -> None:
    assert zh_polarity(zh).count >= 1
    assert any(c.kind == NEGATION for c in zh_polarity(zh).cues)


@pytest.mark.parametrize("zh", ["大家都不错。", "这些都不过是借口。", "两个方案各不相同。"])
def test_a_look_alike_after_the_adverb_negates_nothing(zh: str) -> None:
    assert zh_polarity(zh).count == 0


@pytest.mark.parametrize("zh,en", [
    ("各国应当互不干涉内政。", "Countries should not interfere in each other's internal affairs."),
    ("两国互不构成威胁。", "The two countries do not pose a threat to each other."),
    ("双方互不承认。", "Neither side recognises the other."),
])
def test_a_mutual_negation_said_with_not_is_no_mismatch(zh: str, en: str) -> None:
    assert negation_mismatches(zh, en) == []


@pytest.mark.parametrize("zh,en", [
    ("两国应当互不干涉内政。", "The two countries should interfere in each other's affairs."),
    ("两国互不构成威胁。", "The two countries pose a threat to each other."),
])
def test_a_mutual_negation_dropped_is_still_found(zh: str, en: str) -> None:
    assert negation_mismatches(zh, en) != []
