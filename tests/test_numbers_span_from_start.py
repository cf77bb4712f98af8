"""A span of years the Chinese sentence also gives by its start year (自1817年建立以来，…近200年),
the English keeping the year alone: the span is the start year counted to the document's year.
Sentences written for these tests; the founding years are public facts."""

import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck
from align.model import Alignment, Bead, Settings, Severity

DATELINE = ("2010年9月20日，根特", "Ghent, September 20, 2010")  # a heading line


def loud(zh: str, en: str) -> list[str]:
    beads = (Bead((0,), (0,), 0.8), Bead((1,), (1,), 0.8))
    a = Alignment(zh=doc("zh", [DATELINE[0], zh]), en=doc("en", [DATELINE[1], en]), beads=beads)
    found = NumbersCheck().run(CheckContext(alignment=a, settings=Settings()))
    return [f"{f.rule} {f.message}" for f in found if f.severity is not Severity.INFO]


@pytest.mark.parametrize(("zh", "en"), [
    ("自1817年建校以来，该大学在近200年里培养了大批人才。",
     "Since its founding in 1817, the university has trained a great many people."),
    ("这所医院始建于1921年，89年来救治了无数病人。",
     "Founded in 1921, the hospital has treated countless patients."),
    ("学会成立于1950年，60多年来始终致力于科学普及。",
     "Since it was set up in 1950, the society has worked to popularise science."),
])
def test_a_span_the_english_gives_by_its_start_year_is_no_finding(zh: str, en: str) -> None:
    assert loud(zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    # the years do not bear the span out: 1817 to 2010 is not nearly 100 years
    ("自1817年建校以来，该大学在近100年里培养了大批人才。",
     "Since its founding in 1817, the university has trained a great many people."),
    # the English drops the start year too
    ("自1817年建校以来，该大学在近200年里培养了大批人才。",
     "The university has trained a great many people."),
    # a span with no start year in its sentence
    ("该大学在近200年里培养了大批人才。", "The university has trained a great many people."),
])
def test_a_span_the_years_do_not_account_for_stays(zh: str, en: str) -> None:
    assert any("number-missing" in f for f in loud(zh, en))
