"""An editor's note and the notice that introduces the text, on one page only (issue 14,
thirteenth session, G3): the forms of the notice ("The full text is as follows:", "Edited
excerpts follow:"), an editor's note by its label or its form (编者按：, （本刊根据…整理）,
"Editor's note:"), the coverage check grading such lines on one page only as furniture, and
a lost bullet ("? ") that is no sentence of its own. Every sentence is written for the test."""

import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.coverage import CoverageCheck
from align.furniture import introduces_text, is_editors_note, is_notice, one_sided
from align.model import Alignment, Bead, Settings, Severity
from align.segment.en import split_en

BODY_ZH = ["城市将新建三座公园。", "公交线路将覆盖所有新社区。", "明年将开放两座图书馆。"]
BODY_EN = ["The city will build three new parks.",
           "Bus routes will reach every new neighbourhood.",
           "Two libraries will open next year."]


@pytest.mark.parametrize("text", [
    "The full text is as follows:",
    "The full text of the plan is as follows:",
    "The full text goes as follows:",
    "An edited bilingual excerpt follows:",
    "Edited excerpts follow:",
    "An excerpt of the report follows:",
    "The transcript of the interview is as follows:",
    "The complete text of the letter reads as follows:",
    "The English translation is as follows:",
    "Highlights follow:",
])
def test_a_notice_that_introduces_the_text(text):
    assert is_notice(text, "en") and introduces_text(text, "en")


@pytest.mark.parametrize("text", [
    "China's position on the matter is as follows:",
    "Its main achievements can be summarised as follows:",
    "The steps are as follows:",
    "The text follows the model of the earlier plan.",
    "The mayor's remarks follow a week of talks.",
    "Our proposals are as follows:",
])
def test_content_said_as_follows_is_no_notice(text):
    assert not introduces_text(text, "en")


@pytest.mark.parametrize("text, lang", [
    ("编者按：本文作者是一位城市规划师。", "zh"),
    ("【编者按】：本期刊发市长的讲话。", "zh"),
    ("（本刊根据市长3月5日在市人代会上所作报告整理）", "zh"),
    ("(本报综合报道)", "zh"),
    ("Editor's note:", "en"),
    ("Editor’s Note: The author is a city planner.", "en"),
    ("(Editor's note: the speech has been edited.)", "en"),
])
def test_an_editors_note(text, lang):
    assert is_editors_note(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("（本届会议为期三天）", "zh"),
    ("本刊认为这项计划很重要。", "zh"),
    ("（会议由市长主持）", "zh"),
    ("Editors note that the plan is new.", "en"),
    ("The editor's notes were lost.", "en"),
])
def test_no_editors_note(text, lang):
    assert not is_editors_note(text, lang)


def test_an_english_only_note_and_notice_are_one_sided():
    en = ["Editor's note:", "The city council met on March 3 to adopt its plan for the year.",
          "An edited excerpt follows:", *BODY_EN]
    assert one_sided(BODY_ZH, en) == ([False] * 3, [True, True, True, False, False, False])


def test_notes_on_both_pages_are_no_evidence():
    zh = ["（本刊根据市长3月5日所作报告整理）", *BODY_ZH]
    en = ["The mayor delivered the report on March 5.", "An excerpt follows:", *BODY_EN]
    zh_flags, en_flags = one_sided(zh, en)
    # each page has its note: they may translate each other (the English notice alone is
    # one-sided, as before)
    assert not zh_flags[0] and not en_flags[0]


def _coverage(zh, en, beads):
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    return [f for f in CoverageCheck().run(CheckContext(alignment=a, settings=Settings()))
            if f.rule in ("omission", "addition")]


def test_a_chinese_only_lead_before_its_notice_is_info():
    zh = ["市政府3月18日发布《城市发展规划》。", "全文如下：", *BODY_ZH]
    beads = (Bead((0,), ()), Bead((1,), ()), Bead((2,), (0,), 0.7), Bead((3,), (1,), 0.7),
             Bead((4,), (2,), 0.7))
    found = _coverage(zh, BODY_EN, beads)
    assert [f.severity for f in found] == [Severity.INFO, Severity.INFO]


def test_an_english_only_editors_note_is_info():
    en = ["Editor's note:", "The city council met on March 3 to adopt its plan for the year.",
          "An edited excerpt follows:", *BODY_EN]
    beads = (Bead((), (0,)), Bead((), (1,)), Bead((), (2,)), Bead((0,), (3,), 0.7),
             Bead((1,), (4,), 0.7), Bead((2,), (5,), 0.7))
    assert {f.severity for f in _coverage(BODY_ZH, en, beads)} == {Severity.INFO}


def test_a_dropped_sentence_of_the_text_stays_an_error():
    # the same dropped sentence with no notice after it: no lead, the text's own sentence
    zh = [BODY_ZH[0], "市政府3月18日发布了新的城市发展规划。", *BODY_ZH[1:]]
    beads = (Bead((0,), (0,), 0.7), Bead((1,), ()), Bead((2,), (1,), 0.7),
             Bead((3,), (2,), 0.7))
    assert [f.severity for f in _coverage(zh, BODY_EN, beads)] == [Severity.ERROR]


@pytest.mark.parametrize("text, n", [
    ("? Growth of around 5 percent", 1),
    ("? Growth of around 5 percent. ? Prices up 3 percent", 2),
    ("! Note the new rules", 1),
    ("… and so the plan went on. It worked.", 2),
    ("Why not? We will try.", 2),
])
def test_a_mark_with_no_word_before_it_ends_no_sentence(text, n):
    spans = split_en(text)
    assert len(spans) == n and all(any(c.isalnum() for c in text[s:e]) for s, e in spans)


@pytest.mark.parametrize("text, lang, first", [
    ("2.\nPlans for next year\nThe city will build three parks.", "en", "2. Plans for next year"),
    ("(1)\nGeneral budgets\nRevenue will rise.", "en", "(1) General budgets"),
    ("IV.\nEfforts Made by the City\nThe city will act.", "en", "IV. Efforts Made by the City"),
    ("b)\nLibraries\nTwo libraries will open.", "en", "b) Libraries"),
    ("（二）\n明年的计划\n城市将新建三座公园。", "zh", "（二）明年的计划"),
    ("三、\n图书馆\n明年将开放两座图书馆。", "zh", "三、图书馆"),
])
def test_a_number_alone_on_its_line_joins_the_line_it_numbers(text, lang, first):
    from align.segment import segment

    assert segment(text, lang)[0].text == first


@pytest.mark.parametrize("text, lang", [
    ("The plan has three parts. They are\na\nsmall part of the budget.", "en"),
    ("Revenue rose 2.\nThe city will build parks.", "en"),
    ("城市将新建三座公园。\n明年将开放两座图书馆。", "zh"),
])
def test_no_lone_number_no_join(text, lang):
    from align.segment import segment

    before = [s.text for s in segment(text, lang)]
    assert not any(t.startswith(("a ", "2. ")) for t in before[1:])
    assert len(before) >= 2


def _shifted(member_vector):
    """Three beads: the second holds an English edge member whose vector is given."""
    import numpy as np

    zh = ["城市将新建三座公园，每座公园都有一个湖。", "我们热烈欢迎各位朋友。",
          "明年将开放两座图书馆，每周开放六天。"]
    en = ["The city will build three new parks.",
          "Each of the three new parks will have a lake of its own for the public.",
          "We warmly welcome all friends.",
          "Two libraries will open next year, six days a week."]
    e = np.eye(6, dtype=np.float32)
    zv = np.stack([e[0], e[1], e[2]])
    ev = np.stack([e[0], member_vector, e[1], e[2]])
    beads = (Bead((0,), (0,), 0.7), Bead((1,), (1, 2), 0.6), Bead((2,), (3,), 0.7))
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    ctx = CheckContext(alignment=a, settings=Settings(), zh_vectors=zv, en_vectors=ev)
    return [f for f in CoverageCheck().run(ctx) if f.rule == "addition"]


def test_an_edge_member_closer_to_the_bead_before_is_in_doubt():
    import numpy as np

    member = np.array([0.8, 0.0, 0.0, 0.6, 0.0, 0.0], dtype=np.float32)  # like zh 0
    found = _shifted(member)
    assert [f.severity for f in found] == [Severity.INFO]
    assert dict(found[0].evidence)["boundary in doubt"].endswith("before")


def test_an_edge_member_close_to_neither_is_not_excused_by_the_boundary():
    import numpy as np

    member = np.array([0.0, 0.0, 0.0, 1.0, 0.0, 0.0], dtype=np.float32)  # like nothing here
    found = _shifted(member)
    assert [f.severity for f in found] == [Severity.WARNING]

