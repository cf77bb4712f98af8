"""Coverage, meaning and untranslated checks on hand-made alignments and vectors."""

import numpy as np
import pytest
from conftest import make_document as doc

from align.checks import CheckContext, run_checks
from align.checks.coverage import CoverageCheck
from align.checks.meaning import MeaningCheck
from align.checks.untranslated import UntranslatedCheck
from align.model import Alignment, Bead, Settings, Severity


def unit(rows):
    v = np.array(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def ctx(zh, en, beads, zv=None, ev=None, **settings):
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=tuple(beads))
    return CheckContext(alignment=a, settings=Settings(**settings), zh_vectors=zv, en_vectors=ev)


def test_one_sided_beads_are_omissions_and_additions():
    c = ctx(["今年新建图书馆十二座。", "我同意。"],
            ["Twelve libraries were built.", "Thanks a lot.",
             "They were designed by famous architects."],
            [Bead((0,), (0,), 0.8), Bead((1,), (), 0.0), Bead((), (1, 2), 0.0)])
    found = list(CoverageCheck().run(c))
    assert [(f.rule, f.severity) for f in found] == [
        ("omission", Severity.WARNING),  # 我同意。 is too short to be an error (a bare 谢谢。
        # is a courtesy, info: see test_page_furniture_lists)
        ("addition", Severity.WARNING),
    ]
    assert found[0].zh.text == "我同意。" and found[0].en.text == "" and found[0].en.line == 1
    assert found[1].en.ids == (1, 2) and found[1].zh.line == 2


def test_long_omission_is_an_error():
    c = ctx(["这是一句相当长而且很重要的中文句子，不能漏译。"], ["Something."],
            [Bead((0,), (), 0.0), Bead((), (0,), 0.0)])
    assert [f.severity for f in CoverageCheck().run(c)][0] == Severity.ERROR


def merged_case(en_length):
    """zh 0 is translated by en 0; zh 1 has nothing to do with en 0 (orthogonal vector);
    zh 2 / en 1 is an ordinary bead that, with the others, sets the document's length ratio."""
    zh = doc("zh", ["一" * 30, "二" * 30, "三" * 60])
    en = doc("en", ["y" * en_length, "z" * 60])
    a = Alignment(zh=zh, en=en, beads=(Bead((0, 1), (0,), 0.6), Bead((2,), (1,), 0.9)))
    zv = unit([[1.0, 0.2, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    ev = unit([[1.0, 0.2, 0.1], [0.0, 1.0, 0.0]])
    return CheckContext(alignment=a, settings=Settings(), zh_vectors=zv, en_vectors=ev)


def test_sentence_absorbed_into_a_merge_is_an_omission_when_length_agrees():
    # The English is as long as one Chinese sentence, not two: zh 1 was dropped.
    found = list(CoverageCheck().run(merged_case(en_length=30)))
    assert [(f.rule, f.zh.ids) for f in found] == [("omission", (1,))]
    evidence = dict(found[0].evidence)
    assert float(evidence["similarity without it"]) > float(evidence["similarity with it"])


def test_merge_is_trusted_when_length_fits_both_sentences():
    # Same vectors, but the English is as long as both Chinese sentences together.
    assert list(CoverageCheck().run(merged_case(en_length=60))) == []


def meaning_case(bad_en_vector, zh_texts=None, en_texts=None):
    dim = 256
    n = 12  # with dim = 256: random directions in 256 dimensions are nearly orthogonal
    rng = np.random.default_rng(1)
    zv = unit(rng.normal(size=(n, dim)))
    ev = zv + 0.3 * unit(rng.normal(size=(n, dim)))
    ev[5] = bad_en_vector(zv, rng)
    ev = unit(ev)
    scores = [float(zv[i] @ ev[i]) for i in range(n)]
    beads = [Bead((i,), (i,), scores[i]) for i in range(n)]
    zh = zh_texts or [f"中文句子{i}。" for i in range(n)]
    en = en_texts or [f"Sentence {i}." for i in range(n)]
    return ctx(zh, en, beads, zv, ev)


def test_unrelated_english_is_a_meaning_mismatch():
    c = meaning_case(lambda zv, rng: unit(rng.normal(size=(1, zv.shape[1])))[0] + zv[7])
    found = list(MeaningCheck().run(c))
    assert [f.en.ids for f in found] == [(5,)]
    assert found[0].rule == "mismatch"


def test_weak_but_best_match_is_not_a_mismatch():
    # The English of sentence 5 is only loosely similar, but still closer to its Chinese than
    # any other sentence is: a hard sentence translated faithfully, not a wrong one.
    c = meaning_case(lambda zv, rng: zv[5] + 2.5 * unit(rng.normal(size=(1, zv.shape[1])))[0])
    bead = c.alignment.beads[5]
    assert bead.score < 0.5
    assert list(MeaningCheck().run(c)) == []


def test_untranslated_chinese_in_english():
    c = ctx(["推进新型工业化。"], ["We will advance 新型工业化 steadily."], [Bead((0,), (0,), 0.7)])
    found = list(UntranslatedCheck().run(c))
    assert len(found) == 1 and "新型工业化" in found[0].message


@pytest.mark.parametrize(("zh", "en", "severity"), [
    # the original's words copied into the English: left untranslated
    ("推进新型工业化。", "We will advance 新型工业化 steadily.", Severity.ERROR),
    ("发展“专精特新”企业。", "Develop “专精特新” firms.", Severity.ERROR),
    ("我们要加强合作，共建一带一路。", "We will build 一带一路，together.", Severity.ERROR),
    # characters the Chinese never says: a site's label glued to a heading, a note
    ("王毅在研讨会上的主旨发言", "摘要Keynote Speech by Wang Yi at the Symposium", Severity.INFO),
    ("推进新型工业化。", "We will advance new industrialisation (原文 on file).", Severity.INFO),
    # the Chinese given in brackets after the English it glosses: on purpose
    ("恭祝大家庚寅年心想事成！", "Best wishes in the year Gengyin (庚寅年).", Severity.INFO),
    ("推进新型工业化。", "We will advance new industrialisation（新型工业化）.", Severity.INFO),
    # a gloss beside a copied term still leaves the copied term an error
    ("推进新型工业化，共建一带一路。", "We will advance new industrialisation (新型工业化) and "
     "一带一路.", Severity.ERROR),
])
def test_untranslated_is_the_originals_words(zh, en, severity):
    found = list(UntranslatedCheck().run(ctx([zh], [en], [Bead((0,), (0,), 0.7)])))
    assert [f.severity for f in found] == [severity]


def test_settings_disable_override_and_ignore():
    beads = [Bead((0,), (), 0.0), Bead((), (0,), 0.0)]
    zh, en = ["这是一句相当长而且很重要的中文句子。"], ["An added sentence that says a lot more."]
    base = run_checks(ctx(zh, en, beads))
    assert {f.rule for f in base} == {"omission", "addition"}
    assert {f.rule for f in run_checks(ctx(zh, en, beads, disabled_rules=frozenset({"addition"})))
            } == {"omission"}
    raised = run_checks(ctx(zh, en, beads, severity_overrides=(("addition", Severity.ERROR),)))
    assert [f.severity for f in raised if f.rule == "addition"] == [Severity.ERROR]
    assert [f.rule for f in run_checks(ctx(zh, en, beads, ignore_patterns=("^An added",)))] == [
        "omission"]


def length_case(en_texts, beads):
    zh = [chr(0x4E00 + i) * 40 for i in range(len(en_texts))]
    return ctx(zh, en_texts, beads)


def test_fragment_translation_is_short():
    from align.checks.length import LengthCheck

    en = ["a" * 80, "b" * 80, "c" * 80, "Yes."]
    c = length_case(en, [Bead((i,), (i,), 0.7) for i in range(4)])
    found = list(LengthCheck().run(c))
    assert [(f.rule, f.en.ids) for f in found] == [("short-translation", (3,))]


def test_padded_translation_is_long():
    from align.checks.length import LengthCheck

    en = ["a" * 40] * 7 + ["d" * 250]
    found = list(LengthCheck().run(length_case(en, [Bead((i,), (i,), 0.7) for i in range(8)])))
    assert [(f.rule, f.en.ids) for f in found] == [("long-translation", (7,))]


def test_broken_pair_hidden_in_a_two_two_bead_is_found():
    from align.checks.length import LengthCheck

    en = ["a" * 40, "b" * 40, ".", "d" * 40]
    beads = [Bead((0,), (0,), 0.7), Bead((1,), (1,), 0.7), Bead((2, 3), (2, 3), 0.5)]
    found = list(LengthCheck().run(length_case(en, beads)))
    assert [(f.zh.ids, f.en.ids) for f in found] == [((2,), (2,))]


def test_uneven_but_genuine_two_two_bead_is_left_alone():
    from align.checks.length import LengthCheck

    # Sentence boundaries fall differently on each side, but the bead as a whole fits.
    en = ["a" * 40, "b" * 40, "c" * 10, "d" * 70]
    beads = [Bead((0,), (0,), 0.7), Bead((1,), (1,), 0.7), Bead((2, 3), (2, 3), 0.6)]
    assert list(LengthCheck().run(length_case(en, beads))) == []


def test_english_closer_to_a_neighbouring_chinese_is_restructuring_not_a_mismatch():
    # Sentence 5's English translates the Chinese of bead 6 (a clause moved across the
    # boundary, a line wrapped elsewhere): info, not a warning.
    c = meaning_case(lambda zv, rng: unit(rng.normal(size=(1, zv.shape[1])))[0] + zv[6])
    found = list(MeaningCheck().run(c))
    assert [(f.en.ids, f.severity) for f in found] == [((5,), Severity.INFO)]
    assert "neighbouring" in found[0].message


def test_a_rival_within_the_margin_does_not_make_a_mismatch():
    from align.checks.base import RIVAL_MARGIN

    zv = unit([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    zh, en_texts = ["甲。", "乙。", "丙。"], ["A.", "B.", "C."]
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.7), Bead((2,), (2,), 0.9)]

    def en(first, second):  # en 1's cosines with zh 0 and zh 1
        return unit([[1.0, 0.0, 0.0], [first, second, 0.0], [0.0, 0.0, 1.0]])

    close = en(0.52, 0.5)  # zh 0 a little closer to en 1 than zh 1 is: noise
    assert 0 < float(zv[0] @ close[1] - zv[1] @ close[1]) < RIVAL_MARGIN
    assert ctx(zh, en_texts, beads, zv, close).rival(1) is None
    clear = en(0.7, 0.5)  # clearly closer, and next door
    assert ctx(zh, en_texts, beads, zv, clear).rival(1) == "near"
    far = [Bead((0,), (0,), 0.9), Bead((2,), (2,), 0.9), Bead((1,), (1,), 0.7)]
    assert ctx(zh, en_texts, far, zv, clear).rival(2) == "far"
    assert ctx(zh, en_texts, beads).rival(1) is None  # no vectors: nothing to tell


def test_a_pasted_in_sentence_next_to_its_rival_is_still_a_warning():
    # As in the restructuring case, a neighbour's Chinese is closer to en 5; but en 5 renders
    # none of the words of its own Chinese sentence: a sentence from elsewhere, not a moved
    # clause.
    zh = [f"中文句子{i}。" for i in range(12)]
    en = [f"Sentence {i}." for i in range(12)]
    zh[5] = "下一步，我们将把促进青年就业摆在更加突出的位置，持续做好毕业生的服务工作。"
    en[5] = "The harbour bridge will be closed to heavy trucks while engineers replace its cables."
    c = meaning_case(lambda zv, rng: unit(rng.normal(size=(1, zv.shape[1])))[0] + zv[6], zh, en)
    found = list(MeaningCheck().run(c))
    assert [(f.en.ids, f.severity) for f in found] == [((5,), Severity.WARNING)]


def test_word_level_checks_leave_a_mismatched_bead_to_the_mismatch_rule():
    from align.checks.lexical import bead_texts

    zh = [f"中文句子{i}。" for i in range(12)]
    en = [f"Sentence {i}." for i in range(12)]
    c = meaning_case(lambda zv, rng: unit(rng.normal(size=(1, zv.shape[1])))[0] + zv[7], zh, en)
    assert c.mismatched(5) and not c.mismatched(4)
    assert [b.index for b in bead_texts(c)] == [i for i in range(12) if i != 5]


def test_short_document_needs_a_bead_well_below_its_own_median():
    # Five beads of a freely translated speech, all around 0.42, no vectors: none is an outlier
    # (an absolute ceiling of 0.5 alone would flag every one of them).
    zh, en = [f"中文句子{i}。" for i in range(5)], [f"Sentence {i}." for i in range(5)]
    scores = [0.44, 0.41, 0.43, 0.40, 0.45]
    found = list(MeaningCheck().run(ctx(zh, en, [Bead((i,), (i,), s)
                                                 for i, s in enumerate(scores)])))
    assert found == []
    scores[3] = 0.05  # one far below the rest still is
    found = list(MeaningCheck().run(ctx(zh, en, [Bead((i,), (i,), s)
                                                 for i, s in enumerate(scores)])))
    assert [f.zh.ids for f in found] == [(3,)]


def test_merged_member_in_doubt():
    from align.checks.coverage import _member_doubt

    zh = ["我们建成了新的图书馆，这是一项伟大而艰巨的事业。"]
    en = ["We built a new library.", "This is a great and difficult undertaking.",
          "Every visitor will receive a free bicycle tomorrow."]
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=(Bead((0,), (0, 1, 2), 0.5),))
    bead = a.beads[0]
    # the second half of a split sentence: the Chinese accounts for its words
    assert _member_doubt(a, bead, "en", 1, 0.7, 0.6)[0] == "words accounted for"
    # a sentence the Chinese says nothing of stays an addition
    assert _member_doubt(a, bead, "en", 2, 0.7, 0.6) is None
    # the rest of the bead is itself a weak pair: the grouping is in doubt
    assert _member_doubt(a, bead, "en", 2, 0.3, 0.6)[0] == "weak bead"


@pytest.mark.parametrize(("member", "split"), [
    ("He will announce a plan.", True),  # 宣布 / 计划
    ("He will also announce the park plan.", True),  # three words: the share rule
    ("The museum opens soon.", False),  # words the Chinese does not say
    ("He will also announce prices.", False),  # one of two rendered: not every word
    ("Parks.", False),  # one word is too little to tell
])
def test_short_sentence_split_off_is_translated_when_every_word_renders(member, split):
    """A short English sentence split off a long Chinese one is part of its translation when
    every content word renders a word of the bead's Chinese; fewer than two words say nothing."""
    from align.checks.coverage import _member_doubt

    zh = ["今天我们邀请到市长先生，请他介绍今年的工作情况，并宣布新的公园计划。"]
    en = ["Today we have invited the mayor to present this year's work.", member]
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=(Bead((0,), (0, 1), 0.6),))
    doubt = _member_doubt(a, a.beads[0], "en", 1, 0.7, 0.6)
    assert (doubt is not None and doubt[0] == "words accounted for") == split
    # a short Chinese sentence is excused only when the English words rendering it are no other
    # sentence's (made a clause: "and announce a plan"); dropped, it stays an omission
    zh2 = ["今天我们邀请到市长先生介绍今年的工作。", "他宣布计划。"]
    b = Alignment(zh=doc("zh", zh2), en=doc("en", ["Today we have invited the mayor to present "
                                                   "this year's work and announce a plan."]),
                  beads=(Bead((0, 1), (0,), 0.6),))
    assert _member_doubt(b, b.beads[0], "zh", 1, 0.7, 0.6)[0] == "words accounted for"
    dropped = Alignment(zh=doc("zh", zh2), en=doc("en", ["Today we have invited the mayor to "
                                                         "present this year's work."]),
                        beads=(Bead((0, 1), (0,), 0.6),))
    assert _member_doubt(dropped, dropped.beads[0], "zh", 1, 0.7, 0.6) is None


def test_table_rules_do_not_set_the_typical_similarity():
    """A page laid out as a table pairs its bare "|" cells, identical on both sides: they must
    not make the document's sentences look typically identical (every real sentence would then
    be an outlier)."""
    zh = ["|", "部长介绍了情况。", "|", "发言人回答了问题。", "|", "记者提出了问题。"]
    en = ["|", "The minister gave a briefing.", "|", "The spokesperson answered.", "|",
          "A reporter asked a question."]
    beads = [Bead((i,), (i,), 1.0 if i % 2 == 0 else 0.5) for i in range(6)]
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=tuple(beads))
    assert CheckContext(alignment=a, settings=Settings()).similarity.median == 0.5


def test_a_line_with_no_words_is_no_omission():
    """A table's rule or a lone bullet left unaligned is layout: info, whatever its side."""
    zh = ["部长介绍了今年前五个月的对外投资情况。", "|", "发言人回答了记者的问题。"]
    en = ["The minister presented outbound investment in the first five months.",
          "The spokesperson answered questions from the press."]
    beads = [Bead((0,), (0,), 0.8), Bead((1,), (), 0.0), Bead((2,), (1,), 0.8)]
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=tuple(beads))
    found = list(CoverageCheck().run(CheckContext(alignment=a, settings=Settings())))
    assert [(f.rule, f.severity) for f in found] == [("omission", Severity.INFO)]
    assert dict(found[0].evidence)["furniture"] == "a line with no words"
