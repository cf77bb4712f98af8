"""One-sided leads by their form (a sentence that reports the text's delivery, in the third
person) and merged sentences that refer back to the one before them. Every sentence here is
written for the test."""

import numpy as np
import pytest
from conftest import make_document as doc
from test_page_head import BODY_EN, BODY_ZH  # the same faithful body as the page head's tests

from align.checks.base import CheckContext
from align.checks.coverage import CoverageCheck, refers_back, reports_text
from align.model import Alignment, Bead, Settings, Severity


def found(zh, en, beads, zv=None, ev=None):
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=tuple(beads))
    ctx = CheckContext(alignment=a, settings=Settings(), zh_vectors=zv, en_vectors=ev)
    return [(f.rule, f.severity, dict(f.evidence).get("furniture"),
             "refers back" in dict(f.evidence)) for f in CoverageCheck().run(ctx)]


def body_beads(zh_from, en_from, n=3, score=0.7):
    return [Bead((zh_from + i,), (en_from + i,), score) for i in range(n)]


LEADS_ZH = [
    "新年前夕，市长通过本市电台和电视台发表2025年新年贺词。",
    "市长今天在青年论坛开幕式上发表题为《携手共建青年友好城市》的主旨演讲。",
    "4日上午，副市长出席论坛并致辞。",
    "外长日前在当地主流报纸发表署名文章。",
    "國務委員在論壇開幕式上發表講話，闡述合作主張。",
    "大使当天在招待会上作了讲话。",
    "主席向大会发表视频致辞，介绍了本市的做法。",
]


@pytest.mark.parametrize("lead", LEADS_ZH)
def test_a_chinese_only_lead_by_its_form_is_info(lead):
    assert reports_text(lead, "zh")
    beads = [Bead((0,), ()), *body_beads(1, 0)]
    assert found([lead, *BODY_ZH], BODY_EN, beads) == [
        ("omission", Severity.INFO, "editor's lead", False)]


@pytest.mark.parametrize("lead", LEADS_ZH[:3])
def test_a_lead_sentence_in_the_body_stays_an_error(lead):
    # only the page's head holds leads: in the text itself the same words are a dropped sentence
    zh = [BODY_ZH[0], BODY_ZH[1], lead, BODY_ZH[2]]
    beads = [*body_beads(0, 0, 2), Bead((2,), ()), Bead((3,), (2,), 0.7)]
    assert found(zh, BODY_EN, beads) == [("omission", Severity.ERROR, None, False)]


@pytest.mark.parametrize("text", [
    "我在去年的论坛上发表讲话，提出了三点建议。",  # the text itself: first person
    "今天我很荣幸在这里致辞。",
    "这篇讲话稿由市政府办公室提供，发表时有删改。",  # no text delivered after the verb
    "青年是城市的未来，也是城市的希望。",
    "会议作出了重要部署。",
])
def test_a_sentence_of_the_text_has_no_form_of_a_lead(text):
    assert not reports_text(text, "zh")


@pytest.mark.parametrize("text, lead", [
    ("Chinese President Xi Jinping delivered a keynote speech at the forum on Monday.", True),
    ("The mayor gave a speech at the opening ceremony of the Youth Forum.", True),
    ("On New Year's Eve, the President delivered his New Year message.", True),
    ("The Foreign Minister published a signed article in a local newspaper.", True),
    ("I delivered a speech here two years ago.", False),
    ("We made a statement on the matter last week.", False),
    ("Young people are the future and the hope of the city.", False),
])
def test_english_lead_form(text, lead):
    assert reports_text(text, "en") is lead


def test_an_english_only_lead_is_info():
    en = ["The mayor delivered a speech at the opening of the Youth Forum on Monday.", *BODY_EN]
    beads = [Bead((), (0,)), *body_beads(0, 1)]
    assert found(BODY_ZH, en, beads) == [("addition", Severity.INFO, "editor's lead", False)]


def unit(rows):
    m = np.array(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


@pytest.mark.parametrize("comment, back", [
    ("中方对此高度赞赏。", True),
    ("我们为此深感欣慰。", True),
    ("上述成果来之不易。", True),
    ("這些成就令人鼓舞。", True),
    ("市政府还将新建三所职业学校。", False),
])
def test_a_merged_sentence_that_refers_back_is_at_most_a_warning(comment, back):
    assert refers_back(comment) is back
    zh = ["在青年论坛开幕式上的讲话", "各位来宾：", BODY_ZH[0], comment, BODY_ZH[1], BODY_ZH[2]]
    en = ["Speech at the Opening of the Youth Forum", "Distinguished guests,", *BODY_EN]
    zv = unit([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [0, 0, 1, 0.1],
               [0, 0, 1, 0.2]])
    ev = unit([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 1, 0.1], [0, 0, 1, 0.2]])
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9), Bead((2, 3), (2,), 0.7),
             Bead((4,), (3,), 0.9), Bead((5,), (4,), 0.9)]
    severity = Severity.WARNING if back else Severity.ERROR
    assert found(zh, en, beads, zv, ev) == [("omission", severity, None, back)]


def test_a_sentence_that_refers_back_opening_its_bead_is_not_excused():
    # its predecessor is in another bead: nothing beside it renders what it refers to
    zh = ["在青年论坛开幕式上的讲话", "各位来宾：", "中方对此高度赞赏。", BODY_ZH[0], BODY_ZH[1],
          BODY_ZH[2]]
    en = ["Speech at the Opening of the Youth Forum", "Distinguished guests,", *BODY_EN]
    zv = unit([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0], [0, 0, 1, 0.1],
               [0, 0, 1, 0.2]])
    ev = unit([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 1, 0.1], [0, 0, 1, 0.2]])
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9), Bead((2, 3), (2,), 0.7),
             Bead((4,), (3,), 0.9), Bead((5,), (4,), 0.9)]
    assert found(zh, en, beads, zv, ev) == [("omission", Severity.ERROR, None, False)]


NEWS_LEADS_ZH = [
    "国家主席8月10日给参加夏令营的外国青年回信，勉励他们加强交流。",
    "国务院总理6月25日在天津出席论坛开幕式并致辞。",
    "中共中央总书记、国家主席2021年8月10日给项目外籍青年代表回信。",
    "市长3月5日上午主持召开常务会议，研究部署防汛工作。",
]


@pytest.mark.parametrize("lead", NEWS_LEADS_ZH)
def test_a_news_reports_opening_sentence_alone_on_one_page_is_a_lead(lead):
    # subject first, then the day: the form of a news report's lead, on the page's first line
    beads = [Bead((0,), ()), *body_beads(1, 0)]
    assert found([lead, *BODY_ZH], BODY_EN, beads) == [
        ("omission", Severity.INFO, "lead or caption", False)]


@pytest.mark.parametrize("lead", [NEWS_LEADS_ZH[0], "市政府3月18日发布了新的城市发展规划。"])
def test_the_same_form_after_the_first_sentence_stays_an_error(lead):
    zh = [BODY_ZH[0], lead, *BODY_ZH[1:]]
    beads = [Bead((0,), (0,), 0.7), Bead((1,), ()), Bead((2,), (1,), 0.7), Bead((3,), (2,), 0.7)]
    assert found(zh, BODY_EN, beads) == [("omission", Severity.ERROR, None, False)]


@pytest.mark.parametrize("first", [
    "我们8月10日收到了各位的来信，十分高兴。",  # the first person: the text itself
    "会议决定，8月10日起施行新规。",            # the day after a clause: no lead
    "国家主席给参加夏令营的外国青年回信。",      # no day
])
def test_a_first_sentence_without_the_leads_form_stays_an_error(first):
    beads = [Bead((0,), ()), *body_beads(1, 0)]
    assert found([first, *BODY_ZH], BODY_EN, beads)[0][1] is Severity.ERROR
