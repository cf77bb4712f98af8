"""mismatch on a page whose English lost its spaces (issue 14): the similarity of a sentence
read from a reconstruction is no evidence of a sentence from elsewhere, so it is info."""

from __future__ import annotations

import numpy as np
from conftest import make_document

from align.checks import CheckContext
from align.checks.meaning import MeaningCheck
from align.model import Alignment, Bead, Settings, Severity

ZH5 = "下一步，我们将把促进青年就业摆在更加突出的位置，持续做好毕业生服务。"
SPACED = "The harbour bridge will be closed to heavy trucks while engineers replace its cables."
GLUED = "Theharbourbridgewillbeclosedtoheavytruckswhileengineersreplaceitscables."


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _found_at_5(en5: str) -> list:
    """Twelve beads whose vectors pair up, except bead 5: its English vector is closest to the
    Chinese of bead 7, a rival far away."""
    n, dim = 12, 256
    rng = np.random.default_rng(5)
    zv = _unit(rng.normal(size=(n, dim)))
    ev = zv + 0.3 * _unit(rng.normal(size=(n, dim)))
    ev[5] = _unit(rng.normal(size=(1, dim)))[0] + zv[7]
    ev = _unit(ev)
    zh = [f"中文句子{i}。" for i in range(n)]
    en = [f"Sentence {i}." for i in range(n)]
    zh[5], en[5] = ZH5, en5
    beads = tuple(Bead((i,), (i,), float(zv[i] @ ev[i])) for i in range(n))
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en), beads=beads)
    ctx = CheckContext(alignment=a, settings=Settings(), zh_vectors=zv, en_vectors=ev)
    return [f for f in MeaningCheck().run(ctx) if f.en.ids == (5,)]


def test_a_spaced_sentence_from_elsewhere_is_a_warning():
    assert [f.severity for f in _found_at_5(SPACED)] == [Severity.WARNING]


def test_the_same_sentence_without_its_spaces_is_info_with_the_reason():
    found = _found_at_5(GLUED)
    assert [f.severity for f in found] == [Severity.INFO]
    assert "respaced" in dict(found[0].evidence)
    assert "lost its spaces" in found[0].message
