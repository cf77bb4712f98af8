"""benchmarks/remap_gold.py: gold alignments carried over a segmentation change that joins
sentences."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from remap_gold import mapping, remap  # noqa: E402


def test_each_old_sentence_maps_to_the_new_one_that_holds_it():
    old = [(0, 10), (11, 20), (21, 30)]
    assert mapping(old, [(0, 20), (21, 30)]) == [{0}, {0}, {1}]
    assert mapping(old, old) == [{0}, {1}, {2}]


def test_a_boundary_added_or_moved_cannot_be_mapped():
    assert mapping([(0, 20)], [(0, 10), (11, 20)]) is None  # split
    assert mapping([(0, 10), (11, 20)], [(0, 15), (16, 20)]) is None  # moved
    # unless split sentences are carried: every piece goes with its old sentence
    assert mapping([(0, 20)], [(0, 10), (11, 20)], splits=True) == [{0, 1}]


def test_beads_that_share_a_joined_sentence_become_one():
    beads = [([0], [0]), ([1], [1]), ([2], [2]), ([], [3])]
    # English sentences 1 and 2 are joined into new sentence 1; 3 becomes 2
    assert remap(beads, [{0}, {1}, {2}], [{0}, {1}, {1}, {2}]) == [
        ([0], [0]), ([1, 2], [1]), ([], [2])]


def test_one_sided_beads_keep_their_side():
    beads = [([0], []), ([1], [0, 1])]
    assert remap(beads, [{0}, {1}], [{0}, {0}]) == [([0], []), ([1], [0])]


def test_the_pieces_of_a_split_sentence_stay_in_its_bead():
    beads = [([0], [0]), ([1], [1])]
    # Chinese sentence 0 split into new 0 and 1; English 0 into new 0 and 1
    assert remap(beads, [{0, 1}, {2}], [{0, 1}, {2}]) == [([0, 1], [0, 1]), ([2], [2])]


def test_an_english_only_bead_keeps_its_place() -> None:
    beads = [([0], [0]), ([], [1]), ([1], [2]), ([2], [3]), ([], [4])]
    same = [{0}, {1}, {2}, {3}, {4}]
    assert remap(beads, same[:3], same) == beads
