"""A number in a title or dateline line the English page prints and the Chinese page does not
(a white paper's "October 2011, Beijing" put by the aligner with the first sentence of the
text) is page furniture, as the same line printed by the Chinese page alone already was.
Sentences written for these tests."""

from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck
from align.model import Alignment, Bead, Settings, Severity


def extra(zh: list[str], en: list[str], beads: tuple[Bead, ...]):
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    return [f for f in NumbersCheck().run(CheckContext(alignment=a, settings=Settings()))
            if f.rule == "number-extra"]


def test_a_date_in_an_english_only_heading_is_info() -> None:
    found = extra(["依法治国是治理国家的基本方略。"],
                  ["October 2011, Beijing", "Governing by law is a basic principle."],
                  (Bead((0,), (0, 1), 0.8),))
    assert found and all(f.severity is Severity.INFO for f in found)


def test_the_same_date_in_a_sentence_stays_a_finding() -> None:
    found = extra(["依法治国是治理国家的基本方略。"],
                  ["Since October 2011, governing by law has been a basic principle."],
                  (Bead((0,), (0,), 0.8),))
    assert any(f.severity is not Severity.INFO for f in found)


def test_a_heading_both_pages_print_is_compared_as_usual() -> None:
    found = extra(["法治白皮书", "依法治国是治理国家的基本方略。"],
                  ["October 2011, Beijing", "Governing by law is a basic principle."],
                  (Bead((0,), (0,), 0.8), Bead((1,), (1,), 0.8)))
    assert any(f.severity is not Severity.INFO for f in found)
