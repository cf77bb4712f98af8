"""Page furniture that one page prints and the other does not (``align.furniture.one_sided``),
and the aligner leaving it unpaired. Every sentence here is written for the test."""

import numpy as np
import pytest
from conftest import make_document as doc

from align.aligner import AlignConfig, align_documents
from align.aligner.score import ScoreParams
from align.furniture import introduces_text, one_sided, reports_text

BODY_ZH = ["很高兴与大家相聚在这里，共同讨论青年发展。", "青年是城市的未来，也是城市的希望。",
           "我们将为青年创造更多就业和创业机会。"]
BODY_EN = ["I am delighted to be here with you to discuss youth development.",
           "Young people are the future and the hope of the city.",
           "We will create more opportunities for young people to find jobs and start businesses."]


@pytest.mark.parametrize("lead, notice", [
    ("新年前夕，市长通过本市电台发表2025年新年贺词。", "全文如下："),
    ("市长今天在论坛开幕式上发表题为《共建青年友好城市》的主旨演讲。", "以下为讲话双语全文:"),
    ("当地时间4日，副市长出席论坛开幕式并致辞。", "以下是致辞全文："),
    ("近日，市长接受本市电台采访，介绍明年城市建设的重点。", "采访全文如下："),
])
def test_a_chinese_only_lead_and_its_notice_are_one_sided(lead, notice):
    zh, en = one_sided([lead, notice, *BODY_ZH], BODY_EN)
    assert zh == [True, True, False, False, False]
    assert en == [False] * 3


def test_leads_on_both_pages_are_no_evidence():
    # each page has its lead and its notice: they may translate each other
    zh = ["市长今天在论坛开幕式上发表主旨演讲。", "全文如下：", *BODY_ZH]
    en = ["The mayor delivered a keynote speech at the opening of the forum today.",
          "The following is the full text of the speech:", *BODY_EN]
    assert one_sided(zh, en) == ([False] * 5, [False] * 5)


@pytest.mark.parametrize("credit_zh, credit_en, flags", [
    ("（新华社记者 王强 摄）", None, ([False, True, False, False], [False] * 3)),
    (None, "(Xinhua/Wang Qiang)", ([False] * 3, [False, True, False, False])),
    ("（新华社记者 王强 摄）", "(Xinhua/Wang Qiang)",
     ([False, False, False, False], [False, False, False, False])),
])
def test_a_photo_credit_on_one_page_only_is_one_sided(credit_zh, credit_en, flags):
    zh = [BODY_ZH[0], *([credit_zh] if credit_zh else []), *BODY_ZH[1:]]
    en = [BODY_EN[0], *([credit_en] if credit_en else []), *BODY_EN[1:]]
    assert one_sided(zh, en) == flags


def test_a_credit_inside_a_caption_line_counts_as_printed():
    zh = ["[新华社 王强 摄] 市长出席论坛开幕式。", *BODY_ZH]
    en = ["The mayor attends the opening of the forum.", "(Xinhua/Wang Qiang)", *BODY_EN]
    assert one_sided(zh, en)[1] == [False] * 5


@pytest.mark.parametrize("text, introduces", [
    ("全文如下：", True),
    ("以下为讲话双语全文:", True),
    ("The following is the full text of the speech: |", True),
    # run into the title it introduces: the title's line
    ("以下为演讲全文:共建青年友好城市——市长在青年论坛开幕式上的演讲2024年5月4日,伦敦", False),
    # which version prevails introduces nothing
    ("(The following English text is for reference.", False),
    ("本文以中文文本为准。", False),
])
def test_the_notice_that_introduces_the_text(text, introduces):
    lang = "en" if text.isascii() else "zh"
    assert introduces_text(text, lang) is introduces


def test_a_sentence_after_the_opening_lines_is_no_lead():
    body = [f"第{i}条，青年是城市的未来。" for i in range(20)]
    zh = [*body, "市长今天在论坛开幕式上发表主旨演讲。"]
    assert one_sided(zh, BODY_EN)[0] == [False] * 21


@pytest.mark.parametrize("text", ["双方在合作共赢的基础上举行了会谈，会后的演讲很精彩。",
                                  "这导致了很多人对他的讲话不满。",
                                  "两国看法一致，认为那次讲话很重要。",
                                  "各方致力于落实领导人讲话精神。"])
def test_delivery_verbs_inside_other_words_are_no_lead(text):
    # 合作, 导致, 一致, 致力 hold 作 and 致 without delivering anything
    assert not reports_text(text, "zh")


class Vectors:
    """A stand-in model: the Chinese title resembles the English one a little, the Chinese
    lead (the same event) by ``lead_weight``; the body sentences pair one to one."""

    name = "furniture-test"

    def __init__(self, lead, title_zh, title_en, lead_weight):
        self.lead, self.title_zh, self.title_en, self.w = lead, title_zh, title_en, lead_weight

    def encode(self, texts):
        body = {t: k + 1 for pair in (BODY_ZH, BODY_EN) for k, t in enumerate(pair)}
        out = np.zeros((len(texts), 6), dtype=np.float32)
        for r, t in enumerate(texts):
            if t == self.title_en:
                out[r, 0] = 1
            elif t in (self.lead, self.title_zh):
                out[r, 0] = self.w if t == self.lead else 0.6
                out[r, 4] = 1
            elif t in body:
                out[r, body[t]] = 1
            else:
                out[r, 5] = 1
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def _beads(lead_weight, bonus):
    lead = "市长今天在论坛开幕式上发表题为《共建青年友好城市》的主旨演讲。"
    title_zh, title_en = "共建青年友好城市", "Building a Youth-Friendly City Together"
    zh, en = [lead, "全文如下：", title_zh, *BODY_ZH], [title_en, *BODY_EN]
    config = AlignConfig(score=ScoreParams(furniture_bonus=bonus))
    found = align_documents(doc("zh", zh), doc("en", en),
                            Vectors(lead, title_zh, title_en, lead_weight), config=config)
    return [(b.zh, b.en) for b in found.beads][:3]


def test_the_aligner_leaves_a_one_sided_lead_unpaired():
    # the lead resembles the English title more than the Chinese title does: without the skip
    # cost waived, the lead takes the English title and the Chinese title is left over
    assert _beads(0.8, 0.0)[0] == ((0,), (0,))
    assert _beads(0.8, ScoreParams().furniture_bonus) == [((0,), ()), ((1,), ()), ((2,), (0,))]


def test_a_lead_the_english_renders_is_still_paired():
    # the waived skip cost is no bar to a lead that matches well
    assert _beads(2.0, ScoreParams().furniture_bonus)[0] == ((0,), (0,))


@pytest.mark.parametrize("line, credit", [
    ("市长在青年论坛开幕式上的讲话 （5月4日，伦敦） 王强 摄", True),
    ("新华社记者 李华 摄", True),
    ("（新华社记者 王强 摄）", True),
    ("记者们在会场外等候采访。", False),
    ("这部电影由他亲自执导拍摄。", False),
])
def test_a_line_that_ends_with_its_photo_credit(line, credit):
    from align.furniture import is_credit

    assert is_credit(line, "zh") is credit


def test_a_credit_line_is_no_sentence_of_a_diagonal_pair():
    # a 2-2 bead of a caption and its credit against a caption and a credit written apart: the
    # credit across from the second Chinese sentence says nothing of a short translation
    from align.checks.base import CheckContext
    from align.checks.length import LengthCheck
    from align.model import Alignment, Bead, Settings

    zh = ["5月4日，市长在青年论坛开幕式上发表讲话，介绍本市支持青年创业的新举措和今后的打算。",
          "论坛为期两天，来自全国各地的两百多名青年代表和专家学者参加了开幕式和随后的讨论。",
          *BODY_ZH]
    # (the caption renders the first sentence only: one that also rendered the second would
    # cut the bead's text elsewhere, and the bead would be read whole, see test_length_captions)
    caption = ("The mayor speaks at the opening of the Youth Forum on May 4, introducing the "
               "city's new measures for young entrepreneurs and its plans for the coming years, "
               "and for the support the city gives to new businesses started by young people.")
    for credit, kinds in (("(Xinhua/Wang Qiang)", []),
                          ("Two days.", [("short-translation", "warning")])):
        en = [caption, credit, *BODY_EN]
        beads = (Bead((0, 1), (0, 1), 0.6), *(Bead((i + 2,), (i + 2,), 0.7) for i in range(3)))
        a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
        found = [(f.rule, f.severity.value) for f in
                 LengthCheck().run(CheckContext(alignment=a, settings=Settings()))]
        assert found == kinds


@pytest.mark.parametrize("text, introduces", [
    # a lead's sentence that ends with the notice as its last clause
    ("青年发展论坛5月4日在伦敦举行，市长在会上发布《青年友好城市倡议》，全文如下：", True),
    ("2025年1月8日上午，市人大会议开幕，市长作政府工作报告，以下为中英文对照全文——", True),
    ("论坛闭幕时与会代表通过了《伦敦宣言》，宣言要点如下：", True),
    ("近日，市政府发布城市规划纲要，以下是纲要摘要:", True),
    # a sentence of the text that merely mentions a full text or a summary
    ("市长说，全文已在网站公布，欢迎市民阅读。", False),
    ("报告的全文共有三万字，分为六个部分。", False),
    ("我们已将倡议全文翻译成十种语言，请大家提出意见：", False),
])
def test_a_notice_at_the_end_of_a_leads_sentence_introduces_the_text(text, introduces):
    assert introduces_text(text, "zh") is introduces


def test_a_lead_sentence_ending_in_its_notice_is_one_sided():
    lead = ["青年发展论坛5月4日在伦敦举行。", "市长在会上发布《青年友好城市倡议》，全文如下："]
    zh, en = one_sided([*lead, *BODY_ZH], BODY_EN)
    assert zh == [True, True, False, False, False]
    assert en == [False] * 3
