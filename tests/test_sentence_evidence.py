"""Sentence-level findings graded by the strength of their evidence (issue 14): a one-sided
sentence whose words a neighbouring bead renders, a merged English member with room left in
the Chinese, a verb gap in a sentence that renders nothing, and negation compounds read by
their own senses."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import make_document as doc

from align.checks.antonym import antonym_pairs, meanings
from align.checks.base import CheckContext
from align.checks.coverage import CoverageCheck, _room_left, rendered_next_door
from align.checks.partial import PartialCheck, omissions
from align.model import Alignment, Bead, Settings, Severity


def _ctx(zh, en, beads, zv=None, ev=None) -> CheckContext:
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=tuple(beads))
    return CheckContext(alignment=a, settings=Settings(), zh_vectors=zv, en_vectors=ev)


PAIRS = [
    ("我们建设了新的图书馆。", "We built a new library."),
    ("市长参观了博物馆和学校。", "The mayor visited the museum and the school."),
    ("委员会批准了新的预算。", "The committee approved the new budget."),
    ("工人修复了古老的桥梁。", "The workers repaired the old bridge."),
    ("学生们在公园里种了树。", "The students planted trees in the park."),
    ("政府提高了农民的收入。", "The government raised the income of farmers."),
]


def _after_opening(zh, en, beads):
    """The sentences after three ordinary beads (the opening lines can be a page's heading)."""
    head = PAIRS[:3]
    shift = [Bead(tuple(i + 3 for i in b.zh), tuple(i + 3 for i in b.en), b.score)
             for b in beads]
    return _ctx([z for z, _ in head] + zh, [e for _, e in head] + en,
                [Bead((i,), (i,), 0.6) for i in range(3)] + shift)


# -- a one-sided sentence rendered by a neighbouring bead ---------------------------------------


@pytest.mark.parametrize(("title_zh", "title_en", "lone"), [
    # a page that runs its contents label into the English title block
    ("二〇二〇年年度报告", "Annual Report 2020 Contents", "目录"),
    # thanks moved into the English sentence before
    ("今天我们讨论两国的合作。", "Today we discuss the cooperation of our two countries, and "
     "thank all parties.", "我们感谢各方。"),
    # a time moved into the neighbouring sentence
    ("会议讨论了交通问题。", "The meeting, held in the afternoon, discussed traffic.",
     "会议在下午举行。"),
])
def test_a_one_sided_sentence_rendered_next_door_is_info(title_zh, title_en, lone):
    zh = [title_zh, lone, "我们建设了新的图书馆。"]
    en = [title_en, "We built a new library."]
    c = _after_opening(zh, en, [Bead((0,), (0,), 0.6), Bead((1,), ()), Bead((2,), (1,), 0.6)])
    found = [f for f in CoverageCheck().run(c) if f.rule == "omission"]
    assert [(f.severity, f.zh.ids) for f in found] == [(Severity.INFO, (4,))]
    assert "rendered next door" in dict(found[0].evidence)


@pytest.mark.parametrize("lone", [
    "跨境电商将成为新的增长点。",  # on the topic of the next sentence, whose own Chinese says it
    "我们还将加快发展跨境电商。",
])
def test_a_dropped_sentence_on_its_neighbours_topic_stays_an_error(lone):
    zh = ["今天讨论贸易。", lone, "跨境电商今年发展很快，增长了三成。"]
    en = ["Today we discuss trade.",
          "Cross-border e-commerce developed fast this year, growing by 30 percent."]
    c = _after_opening(zh, en, [Bead((0,), (0,), 0.6), Bead((1,), ()), Bead((2,), (1,), 0.6)])
    assert rendered_next_door(c.alignment, 4, lone) is None
    found = [f for f in CoverageCheck().run(c) if f.rule == "omission"]
    assert [f.severity for f in found] == [Severity.ERROR]


def test_a_dropped_sentence_with_nothing_next_door_stays_an_error():
    zh = ["今天讨论贸易。", "记者会上还播放了一部关于港口建设的短片。", "我们建设了新的图书馆。"]
    en = ["Today we discuss trade.", "We built a new library."]
    c = _after_opening(zh, en, [Bead((0,), (0,), 0.6), Bead((1,), ()), Bead((2,), (1,), 0.6)])
    found = [f for f in CoverageCheck().run(c) if f.rule == "omission"]
    assert [f.severity for f in found] == [Severity.ERROR]


def test_an_english_only_sentence_rendering_a_neighbours_unrendered_words_is_info():
    # the Chinese bead says 并回答大家的提问 too, which its English leaves out
    zh = ["今天我们邀请到市长先生介绍今年的工作，并回答大家的提问。"]
    en = ["Today we have invited the mayor to present this year's work.",
          "He will answer your questions."]
    c = _ctx(zh, en, [Bead((0,), (0,), 0.6), Bead((), (1,))])
    assert rendered_next_door(c.alignment, 1, en[1], "en") is not None
    found = list(CoverageCheck().run(c))
    assert [(f.rule, f.severity) for f in found] == [("addition", Severity.INFO)]
    # an English-only sentence of its own stays a warning
    en[1] = "Every visitor will receive a free bicycle tomorrow morning."
    c = _ctx(zh, en, [Bead((0,), (0,), 0.6), Bead((), (1,))])
    found = list(CoverageCheck().run(c))
    assert [(f.rule, f.severity) for f in found] == [("addition", Severity.WARNING)]


# -- a merged English member: gain and room left -------------------------------------------------


def _unit(rows):
    v = np.array(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _merged_addition(added_vector, first_en, first_zh="我们建设了新的图书馆，还修建了公园。",
                     filler=40):
    """zh 0 is translated by en 0; en 1 (``added_vector``) is merged with it; zh 1 / en 2 is an
    ordinary bead that sets the length ratio (``filler`` Chinese characters for 80 English)."""
    zh = [first_zh, "三" * filler]
    en = [first_en, "Every visitor will receive a free bicycle tomorrow.", "z" * 80]
    zv = _unit([[1.0, 0.2, 0.0], [0.0, 1.0, 0.0]])
    ev = _unit([[1.0, 0.2, 0.1], added_vector, [0.0, 1.0, 0.0]])
    beads = [Bead((0,), (0, 1), 0.6), Bead((1,), (2,), 0.9)]
    return [f for f in CoverageCheck().run(_ctx(zh, en, beads, zv, ev))
            if f.rule == "addition"]


def test_a_merged_addition_beside_a_full_rendering_is_a_warning():
    # the rest renders every Chinese word: the member has nothing left to translate
    for vector in ([0.0, 0.0, 1.0], [0.6, 0.1, 0.5]):  # a large gain, and a small one
        found = _merged_addition(vector, "We built a new library and a park.")
        assert [f.severity for f in found] == [Severity.WARNING]


def test_a_merged_member_beside_a_partial_rendering_of_a_short_document_is_info():
    # the rest leaves 体育馆, 游泳池 and 公园 unrendered; too few beads to measure: held to the
    # literal share
    found = _merged_addition([0.0, 0.0, 1.0], "We built a new library and more.",
                             "我们建设了新的图书馆，还有体育馆、游泳池和公园。", filler=80)
    assert [f.severity for f in found] == [Severity.INFO]
    assert "room left" in dict(found[0].evidence)


def test_room_left_when_the_rest_renders_less_than_the_typical_bead():
    zh = [z for z, _ in PAIRS] + ["世界经济稳步发展，人类社会充满希望。"]
    en = [e for _, e in PAIRS] + ["The world economy grows steadily.",
                                  "All this points to promising prospects."]
    n = len(PAIRS)
    beads = [Bead((i,), (i,), 0.6) for i in range(n)] + [Bead((n,), (n, n + 1), 0.5)]
    c = _ctx(zh, en, beads)
    # the rest leaves 人类社会充满希望 unrendered: the member may say it freely
    assert _room_left(c, n, beads[n], n + 1) is not None
    # the same member beside English that renders the whole Chinese: no room left
    en[n] = "The world economy grows steadily, and human society is full of hope."
    c = _ctx(zh, en, beads)
    assert _room_left(c, n, beads[n], n + 1) is None


# -- a verb gap in a sentence that renders nothing -----------------------------------------------


def test_a_gap_in_a_sentence_that_renders_none_of_the_chinese_is_not_placed():
    zh = "我们衷心感谢人民代表的信任，从担任新职的那一刻起，我就深感责任重大。"
    first = "We sincerely thank the deputies for their trust."
    roll = "Vice-premier Zhang, vice-premier Liu and vice-premier Wang."
    en = f"{first} {roll}"
    found = omissions(zh, en, (0, len(first) + 1))
    assert found and all(not s.placed and not s.confident for s in found)
    c = _ctx([zh], [first, roll], [Bead((0,), (0, 1), 0.6)])
    partial = [f for f in PartialCheck().run(c) if f.rule == "partial-omission"]
    assert partial and all(f.severity is Severity.INFO for f in partial)


def test_a_gap_in_a_sentence_that_renders_the_chinese_is_still_named():
    found = omissions("市议会周一批准了新的预算。",
                      "On Monday, the city council the new budget with a large majority.")
    assert [(s.zh_word, s.confident, s.placed) for s in found] == [("批准", True, True)]


# -- negation compounds ---------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "means", "not_meant"), [
    ("不久", "soon", "long"),  # "not long (after)", "before too long"
    ("不足", "insufficient", "enough"),  # "not enough"
    ("无关", "unrelated", "nothing"),  # "having nothing to do (with sth else)"
    ("不同", "different", "same"),  # "not the same"
    ("不安", "uneasy", "peaceful"),
])
def test_a_negation_compound_means_its_one_word_senses(word, means, not_meant):
    got = meanings(word)
    assert means in got and not_meant not in got


def test_a_word_that_is_no_negation_compound_keeps_its_phrase_senses():
    assert "long" in meanings("长期") or "long-term" in meanings("长期")
    assert "future" in meanings("未来")
    # a sense of one word with its article or infinitive 'to' is one word
    assert "confiscate" in meanings("没收")  # "to confiscate"
    assert "unmarried" in meanings("未婚")


def test_shortly_for_buju_is_no_antonym():
    assert antonym_pairs("当时，我从事外交工作不久，作为代表团的工作人员访问贵国。",
                         "That was shortly after I joined the foreign service and came here "
                         "as a staff member of a delegation.") == []


# -- furniture: end marks, bylines, author notes ------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("（完）", "end mark"), ("(完)", "end mark"), ("【完】", "end mark"),
    ("（全文完）", "end mark"),
    ("（记者 王强 李华）", "credit"), ("（本报记者　王强）", "credit"),
    ("(新华社记者 李华)", "credit"), ("（特约记者 赵敏）", "credit"),
    ("（本文作者系中国驻英国大使）", "credit"), ("作者系清华大学教授。", "credit"),
    ("（作者为清华大学教授）", "credit"),
])
def test_chinese_end_marks_bylines_and_author_notes_are_furniture(text, kind):
    from align.checks.coverage import furniture_zh

    assert furniture_zh(text) == kind


@pytest.mark.parametrize("text", [
    "完成了任务。", "（完成）", "（记者问）", "（记者答）", "记者会上他说。",
    "作者认为这很重要。", "作者为此付出了很多努力。", "作者是谁？",
])
def test_chinese_sentences_like_furniture_are_content(text):
    from align.checks.coverage import furniture_zh

    assert furniture_zh(text) == ""


@pytest.mark.parametrize(("text", "kind"), [
    ("(End)", "end mark"), ("(END)", "end mark"), ("-- END --", "end mark"),
    ("[The End]", "end mark"), ("(By Wang Qiang)", "credit"),
    ("The author is China's Ambassador to the United Kingdom.", "credit"),
    ("*The author is a professor at Peking University.", "credit"),
    ("(The writer is a senior fellow at a think tank in Beijing.)", "credit"),
])
def test_english_end_marks_bylines_and_author_notes_are_furniture(text, kind):
    from align.checks.coverage import furniture_en

    assert furniture_en(text) == kind


@pytest.mark.parametrize("text", [
    "The end of the war came in 1945.", "The author is right.", "(by the way)",
    "In the end, the committee approved the plan.",
])
def test_english_sentences_like_furniture_are_content(text):
    from align.checks.coverage import furniture_en

    assert furniture_en(text) == ""


def test_a_one_sided_end_mark_is_info_and_a_dropped_sentence_beside_it_an_error():
    zh = ["我们建设了新的图书馆。", "记者会上还播放了一部关于港口建设的短片。", "（完）"]
    en = ["We built a new library."]
    c = _after_opening(zh, en, [Bead((0,), (0,), 0.6), Bead((1,), ()), Bead((2,), ())])
    found = [(f.severity, f.zh.ids) for f in CoverageCheck().run(c) if f.rule == "omission"]
    assert found == [(Severity.ERROR, (4,)), (Severity.INFO, (5,))]


# -- a page that lost its spaces: the sentence-level checks read its words respaced --------------


def test_joined_reads_a_glued_page_respaced_and_leaves_spaced_text_alone():
    from align.checks.lexical import corr, joined

    zh = ["国务院今天发布了关于粮食安全的报告。", "中国生产的粮食足够养活人民。"]
    glued = ["TheStateCounciltodaypublishedareportonfoodsecurity.",
             "Chinaproducesenoughgrainforitspeople."]
    beads = (Bead((0,), (0,), 0.5), Bead((1,), (1,), 0.5))
    a = Alignment(zh=doc("zh", zh), en=doc("en", glued), beads=beads)
    z, e = joined(a, a.beads[0])
    assert e == "The State Council today published a report on food security."
    assert corr(z, e).coverage[0] > corr(z, glued[0]).coverage[0]  # its words can be rendered
    spaced = ["The State Council today published a report.", "China grows enough grain."]
    b = Alignment(zh=doc("zh", zh), en=doc("en", spaced), beads=beads)
    assert joined(b, b.beads[1])[1] == spaced[1]


# -- a page's dated lead merged into the first bead ----------------------------------------------


def _merged_lead(opening: int):
    """A dated lead (zh ``opening``) merged with the sentence after it, whose English is the
    bead's; ``opening`` ordinary beads before it."""
    head = PAIRS[:opening]
    zh = [z for z, _ in head] + ["2019年10月18日，外交部举行例行记者会，发言人回答了记者的提问。",
                                 "问：关于新图书馆的建设，中方有何评论？", "三" * 40]
    en = [e for _, e in head] + ["Q: What is China's comment on the new library?", "z" * 100]
    n = opening
    beads = [Bead((i,), (i,), 0.6) for i in range(n)] + [
        Bead((n, n + 1), (n,), 0.5), Bead((n + 2,), (n + 1,), 0.9)]
    dim = n + 3
    zv = np.eye(dim, dtype=np.float32)[: n + 3]
    ev = np.zeros((n + 2, dim), dtype=np.float32)
    ev[:n, :n] = np.eye(n)
    ev[n, n + 1] = 1.0  # the English renders the question only
    ev[n + 1, n + 2] = 1.0
    found = CoverageCheck().run(_ctx(zh, en, beads, zv, ev))
    return [(f.severity, f.zh.ids) for f in found if f.rule == "omission"]


def test_a_dated_lead_merged_into_the_first_bead_is_info_as_when_it_stands_alone():
    assert _merged_lead(0) == [(Severity.INFO, (0,))]


def test_a_dated_sentence_merged_further_in_stays_an_error():
    assert _merged_lead(3) == [(Severity.ERROR, (3,))]


@pytest.mark.parametrize(("word", "kept", "not_meant"), [
    ("未来", "coming", "come"),  # "coming" (the coming years) is no verb
    ("未来", "future", "go"),
])
def test_a_one_word_ing_sense_is_an_adjective_not_its_verb(word, kept, not_meant):
    got = meanings(word)
    assert kept in got and not_meant not in got


def test_going_forward_for_weilai_is_no_antonym_and_a_true_one_is_still_found():
    assert antonym_pairs("你对未来两国关系的发展有何期待？",
                         "What do you expect of relations between the two countries going "
                         "forward?") == []
    assert antonym_pairs("进口的货物", "goods exported") == [("进口", "exported", "import")]
