"""Line and column of a character offset in a plain-text document (``Document.position``):
what every report prints for each finding, from an index of the line breaks."""

from hypothesis import given
from hypothesis import strategies as st

from align.model import Document


def _counted(text: str, offset: int) -> tuple[int, int]:
    """The definition: line breaks before the offset, characters since the last one."""
    offset = max(0, min(offset, len(text)))
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


@given(st.text(alphabet="ab中\n\r ", max_size=60), st.lists(st.integers(-3, 70), max_size=20))
def test_positions_are_the_counted_ones(text, offsets):
    doc = Document("x.txt", "en", text, ())
    for offset in offsets:
        assert doc.position(offset) == _counted(text, offset)


def test_known_positions():
    doc = Document("x.txt", "zh", "第一行\n\n第三行，共九个字\n", ())
    assert doc.position(0) == (1, 1)
    assert doc.position(3) == (1, 4)  # the line break itself ends line 1
    assert doc.position(4) == (2, 1)
    assert doc.position(7) == (3, 3)
    assert doc.position(len(doc.text)) == (4, 1)
