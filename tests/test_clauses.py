"""Clause-level evidence at bead boundaries: clause splitting, the evidence score, where it is
applied, and that it decides a cut whole sentences leave open."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import make_document as doc

from align.aligner import BEADS, AlignConfig, align_documents
from align.aligner.clauses import boundary_evidence, zh_head_tail
from align.aligner.dp import Band, ScoreTable, full_band
from align.aligner.refine import contested_rows
from align.aligner.score import ScoreParams


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他放下公文包，打开电脑，开始工作。", ("他放下公文包", "开始工作。")),
        ("会议开了三个小时；最后什么也没决定。", ("会议开了三个小时", "最后什么也没决定。")),
        ("老张说：“明天下雨。”", ("老张说", "明天下雨。")),
        ("小李道：“赢了十两银子，不过…… 不过……”", ("小李道", "不过…… 不过……")),
        ("产量（按吨计）增长了5%", ("产量", "增长了5%")),
        ("Half-width, too; 中文", ("Half-width", "中文")),
        # one clause: nothing to split
        ("他走了。", None),
        ("“好。”", None),
        # pieces without a letter or digit are not clauses
        ("……，他走了。", None),
        ("", None),
    ],
)
def test_zh_head_tail_gives_first_and_last_clause(text, expected):
    assert zh_head_tail(text) == expected


def basis(k: int, dim: int = 8) -> np.ndarray:
    v = np.zeros(dim, dtype=np.float32)
    v[k] = 1.0
    return v


def test_boundary_evidence_prefers_the_cut_where_each_english_sentence_meets_its_clause():
    # zh 0 = clauses (a, b); zh 1 = clauses (c, d). en 0 = a, en 1 = b, en 2 = c + d.
    heads = np.stack([basis(0), basis(2)])
    tails = np.stack([basis(1), basis(3)])
    en = np.stack([basis(0), basis(1), (basis(2) + basis(3)) / np.sqrt(2)])
    right, wrong = boundary_evidence(np.array([1, 1]), np.array([2, 1]), en, heads, tails)
    # right cut (1, 2): en 2 meets head c (0.71), en 1 meets tail b (1).
    assert right == pytest.approx(np.sqrt(0.5) + 1.0, abs=1e-6)
    # wrong cut (1, 1): en 1 would start zh 1 but is zh 0's last clause; en 0 is no tail.
    assert wrong == pytest.approx(-1.0, abs=1e-6)


def test_boundary_evidence_is_zero_at_the_document_edges():
    heads = tails = np.stack([basis(0), basis(1)])
    en = np.stack([basis(0), basis(1)])
    at = boundary_evidence(np.array([0, 2, 1, 1]), np.array([0, 2, 0, 2]), en, heads, tails)
    assert at[0] == 0.0 and at[1] == 0.0
    # At (1, 0) and (1, 2) only one English sentence borders the cut: one term each, and
    # both say the cut is wrong (en 0 belongs to zh 0, en 1 to zh 1).
    assert at[2] == pytest.approx(-1.0)
    assert at[3] == pytest.approx(-1.0)


def test_add_at_start_reaches_every_two_sided_bead_from_that_point_only():
    band = full_band(3, 3)
    table = ScoreTable(band, BEADS, lambda a, b, i, j: np.zeros(len(i)))
    values = np.zeros(band.area)
    values[band.flat(np.array([1]), np.array([1]))] = 0.5
    table.add_at_start(values)
    assert table(1, 1, np.array([2]), np.array([2])).tolist() == [0.5]
    assert table(2, 2, np.array([3]), np.array([3])).tolist() == [0.5]
    assert table(1, 2, np.array([2]), np.array([3])).tolist() == [0.5]
    # Beads from other points, and one-sided beads from (1, 1), keep their scores.
    assert table(1, 1, np.array([1]), np.array([1])).tolist() == [0.0]
    assert table(2, 2, np.array([2]), np.array([2])).tolist() == [0.0]
    assert table(1, 0, np.array([2]), np.array([1])).tolist() == [0.0]
    assert table(0, 1, np.array([1]), np.array([2])).tolist() == [0.0]


def test_contested_rows_are_rows_where_near_best_paths_cut_differently():
    band = full_band(4, 4)
    ii, jj = band.points
    fwd = np.full(band.area, -5.0)
    bwd = np.zeros(band.area)
    fwd[-1] = 0.0
    # Near-best points: the diagonal, plus (2, 3) as a second cut of row 2.
    for i, j in [(0, 0), (1, 1), (2, 2), (2, 3), (3, 3)]:
        fwd[band.flat(np.array([i]), np.array([j]))] = 0.0
    assert contested_rows(band, fwd, bwd, 0.1, []).tolist() == [2]
    # A contested two-sentence Chinese group starting at 2 spans row 3.
    assert contested_rows(band, fwd, bwd, 0.1, [("zh", 2, 2), ("en", 0, 3)]).tolist() == [2, 3]
    # The document edges are never contested.
    assert contested_rows(band, np.zeros(band.area), bwd, 0.1, []).tolist() == [1, 2, 3]


class ClauseEmbedder:
    """Each text's vector is the weighted sum of the vectors of the keys it contains, so a
    sentence, its clauses and any joined group are consistent the way a real model roughly
    is."""

    name = "clause-test"

    def __init__(self, keys: dict[str, tuple[int, float]]) -> None:
        self.keys = keys
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        rows = []
        for t in texts:
            v = np.full(16, 1e-3, dtype=np.float32)
            for key, (k, w) in self.keys.items():
                v += w * t.count(key) * basis(k, 16)
            rows.append(v / np.linalg.norm(v))
        return np.asarray(rows)


EN = ["Alpha alpha alpha.", "Beta beta.", "Gamma gamma gamma."]


def run(keys: dict[str, tuple[int, float]], zh: list[str], weight: float):
    embedder = ClauseEmbedder(keys)
    config = AlignConfig(score=ScoreParams(clause_weight=weight))
    result = align_documents(doc("zh", zh), doc("en", EN), embedder, config=config)
    return [(b.zh, b.en) for b in result.beads], embedder


# Whole sentences: zh 0 = alpha + beta/2, zh 1 = gamma + beta/2, so "Beta beta." fits either
# side equally. The clauses say which: beta ends zh 0 in the first text, starts zh 1 in the
# second.
KEYS = {
    "Alpha": (0, 1.0),
    "Beta": (1, 1.0),
    "Gamma": (2, 1.0),
    "甲甲": (0, 1.0),
    "乙乙": (1, 0.5),
    "丙丙": (2, 1.0),
    "丁丁": (1, 0.5),
}
BETA_ENDS_ZH0 = ["甲甲，乙乙。", "丙丙，丁丁。"]
BETA_STARTS_ZH1 = ["乙乙，甲甲。", "丁丁，丙丙。"]


def test_clause_evidence_decides_a_cut_that_whole_sentences_leave_open():
    ends, _ = run(KEYS, BETA_ENDS_ZH0, 0.1)
    starts, _ = run(KEYS, BETA_STARTS_ZH1, 0.1)
    assert ends == [((0,), (0, 1)), ((1,), (2,))]
    assert starts == [((0,), (0,)), ((1,), (1, 2))]
    # Without it the two texts look the same to the aligner, so one of them must go wrong.
    assert run(KEYS, BETA_ENDS_ZH0, 0.0)[0] == run(KEYS, BETA_STARTS_ZH1, 0.0)[0]


def test_clauses_are_embedded_in_the_second_call_only_when_switched_on():
    _, on = run(KEYS, BETA_ENDS_ZH0, 0.1)
    # the sentences, then (this stand-in has no encode_joined) the contested runs joined, then
    # the clauses
    assert len(on.calls) == 3
    assert on.calls[1] and all(
        any(" ".join(EN[s : s + k]) == t for k in (2, 3) for s in range(len(EN)))
        for t in on.calls[1]
    )
    clauses = set(on.calls[2])
    # The clauses that touch the contested cut, not those at the documents' ends.
    assert {"乙乙。", "丙丙"} <= clauses
    assert not {"甲甲", "丁丁。"} & clauses
    _, off = run(KEYS, BETA_ENDS_ZH0, 0.0)
    assert not {"甲甲", "乙乙。", "丙丙", "丁丁。"} & {t for call in off.calls for t in call}


def test_add_at_start_on_a_ragged_band():
    band = Band(np.array([0, 0, 1]), np.array([2, 3, 3]))
    table = ScoreTable(band, [(1, 1)], lambda a, b, i, j: np.zeros(len(i)))
    values = np.arange(band.area, dtype=np.float64)
    table.add_at_start(values)
    start = band.flat(np.array([1]), np.array([1]))
    assert table(1, 1, np.array([2]), np.array([2])).tolist() == [float(values[start][0])]
