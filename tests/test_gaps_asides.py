"""The gap finder on a subject whose verb comes after an aside (issue 14): "X, while doing Y,
has Z" has its verb. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from align.lexicon.syntax import gaps


@pytest.mark.parametrize("en", [
    "As the largest port in the region, the new harbour, while bringing jobs to the city, has "
    "also raised rents.",
    "II. As a new kind of vehicle, the electric bus, while cutting noise and fumes, has also "
    "changed how streets sound.",
    "The old bridge over the river, though repaired in the spring, remains closed to trucks.",
    "Our museum, when visited by schools, offers free guides.",
    "The committee, while welcoming the report, asked for more figures.",
    "Two years after the opening of the line, the city, which has grown fast in ten years, is "
    "planning a second one.",
    "By the end of the decade, the old port, whose cranes still stand, was a museum.",
])
def test_a_verb_after_an_aside_belongs_to_the_clause_before(en):
    assert gaps(en) == []


@pytest.mark.parametrize("en", [
    # the aside has its own subject and verb: the first clause's verb is still missing
    "In early February, several people the discovery, while prices rose, and left.",
    "In early February, several people the discovery, which was made with new tools, and left.",
    # no aside: a plain clause without a verb
    "In early February, several people the discovery with different hardware.",
])
def test_a_clause_without_its_verb_is_still_a_gap(en):
    assert [g.pattern for g in gaps(en)] == ["no-verb"]
