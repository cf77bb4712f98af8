"""The page's head region (title block, dateline, speaker and venue lines, an editor's lead, a
photo caption, a contents list) and the severity of a sentence one page prints there and the
other does not. Every sentence here is written for the test."""

import numpy as np
import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.coverage import HEAD_MAX, CoverageCheck, PageHead
from align.model import Alignment, Bead, Settings, Severity

BODY_ZH = ["很高兴与大家相聚在这里，共同讨论青年发展。", "青年是城市的未来，也是城市的希望。",
           "我们将为青年创造更多就业和创业机会。"]
BODY_EN = ["I am delighted to be here with you to discuss youth development.",
           "Young people are the future and the hope of the city.",
           "We will create more opportunities for young people to find jobs and start businesses."]


def found(zh, en, beads, zv=None, ev=None):
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=tuple(beads))
    ctx = CheckContext(alignment=a, settings=Settings(), zh_vectors=zv, en_vectors=ev)
    return [(f.rule, f.severity, dict(f.evidence).get("furniture"), "head" in dict(f.evidence))
            for f in CoverageCheck().run(ctx)]


def body_beads(zh_from, en_from, n=3, score=0.7):
    return [Bead((zh_from + i,), (en_from + i,), score) for i in range(n)]


@pytest.mark.parametrize("lead, notice", [
    ("近日，市长接受本市电台采访，介绍明年城市建设的重点。", "全文如下："),
    ("当地时间周三，市长在青年论坛开幕式上发表讲话。", "讲话全文如下："),
    ("市长日前在论坛上发表演讲，阐述了城市发展的思路。", "以下为演讲全文："),
    ("國務委員接受媒體聯合採訪，介紹明年外交工作重點。", "採訪全文如下："),
])
def test_an_editors_lead_before_the_notice_is_info(lead, notice):
    zh = [lead, notice, *BODY_ZH]
    beads = [Bead((0,), ()), Bead((1,), ()), *body_beads(2, 0)]
    assert found(zh, BODY_EN, beads)[0] == ("omission", Severity.INFO, "editor's lead", False)


def test_an_editors_lead_merged_with_the_notice_into_the_first_bead_is_still_found():
    # the aligner put the notice into the first body bead: its own leading members are head
    zh = ["近日，市长接受本市电台采访，介绍明年城市建设的重点。", "全文如下：", *BODY_ZH]
    beads = [Bead((0,), ()), Bead((1, 2), (0,), 0.7), *body_beads(3, 1, 2)]
    assert found(zh, BODY_EN, beads)[0][:3] == ("omission", Severity.INFO, "editor's lead")


def test_the_same_sentence_without_a_notice_or_title_stays_an_error():
    zh = ["近日，市长接受本市电台采访，介绍明年城市建设的重点。", *BODY_ZH]
    beads = [Bead((0,), ()), *body_beads(1, 0)]
    assert found(zh, BODY_EN, beads) == [("omission", Severity.ERROR, None, False)]


SPEAKERS = ["中华人民共和国驻英国大使 王明", "驻英国大使王明", "国务院总理李华",
            "中国人民政治协商会议全国委员会主席 张强", "中華人民共和國主席 李明"]


@pytest.mark.parametrize("speaker", SPEAKERS)
def test_a_speaker_line_of_the_title_block_is_info(speaker):
    # the title block is longer than the three opening lines a heading used to be looked for in
    zh = ["当地时间5月4日，大使在青年论坛开幕式上发表讲话。", "讲话全文如下：",
          "在青年论坛开幕式上的讲话", "（2024年5月4日，伦敦）", speaker, "各位来宾：", *BODY_ZH]
    en = ["Speech at the Opening of the Youth Forum", "London, 4 May 2024", "Distinguished guests,",
          *BODY_EN]
    beads = [Bead((0, 1, 2), (0,), 0.5), Bead((3,), (1,), 0.7), Bead((4,), ()),
             Bead((5,), (2,), 0.6), *body_beads(6, 3)]
    assert found(zh, en, beads) == [("omission", Severity.INFO, "heading", False)]


@pytest.mark.parametrize("note", ["本文根据现场录音整理，略有删节，标题为编者所加。",
                                  "这篇讲话稿由市政府办公室提供，发表时有删改。"])
def test_a_sentence_in_the_head_is_at_most_a_warning(note):
    zh = ["在青年论坛开幕式上的讲话", note, "各位来宾：", *BODY_ZH]
    en = ["Speech at the Opening of the Youth Forum", "Distinguished guests,", *BODY_EN]
    beads = [Bead((0,), (0,), 0.6), Bead((1,), ()), Bead((2,), (1,), 0.6), *body_beads(3, 2)]
    assert found(zh, en, beads) == [("omission", Severity.WARNING, None, True)]
    # the same sentence in the body is a confidently dropped sentence
    zh = ["在青年论坛开幕式上的讲话", "各位来宾：", BODY_ZH[0], BODY_ZH[1], note, BODY_ZH[2]]
    beads = [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.6), *body_beads(2, 2, 2), Bead((4,), ()),
             Bead((5,), (4,), 0.7)]
    assert found(zh, en, beads) == [("omission", Severity.ERROR, None, False)]


def test_a_dropped_first_sentence_after_the_salutation_stays_an_error():
    # the head ends at its last line of furniture: a sentence after it is the text's own
    zh = ["在青年论坛开幕式上的讲话", "各位来宾：", "今年是论坛创办的第十个年头，意义非凡。",
          *BODY_ZH]
    en = ["Speech at the Opening of the Youth Forum", "Distinguished guests,", *BODY_EN]
    beads = [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.6), Bead((2,), ()), *body_beads(3, 2)]
    assert found(zh, en, beads) == [("omission", Severity.ERROR, None, False)]


def test_an_english_only_speaker_line_is_info():
    # beyond the three opening lines a heading used to be looked for in
    zh = ["共建美好未来", "在青年论坛开幕式上的讲话", "（2024年5月4日，伦敦）", "各位来宾：",
          *BODY_ZH]
    en = ["Building a Better Future Together", "Speech at the Opening of the Youth Forum",
          "London, 4 May 2024", "By His Excellency Wang Ming, Ambassador Extraordinary",
          "and Plenipotentiary of the People's Republic of China", "Distinguished guests,",
          *BODY_EN]
    beads = [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.6), Bead((2,), (2,), 0.7), Bead((), (3,)),
             Bead((), (4,)), Bead((3,), (5,), 0.6), *body_beads(4, 6)]
    assert [f[:3] for f in found(zh, en, beads)] == [("addition", Severity.INFO, "heading")] * 2


def unit(rows):
    m = np.array(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


@pytest.mark.parametrize("note", [
    "本文根据现场录音整理，略有删节，标题为编者所加，特此说明。",
    # merged, a line without a stop is no heading: more often a sentence whose stop was lost
    "本文根据现场录音整理略有删节标题为编者所加特此说明",
])
def test_a_merged_sentence_in_the_head_is_at_most_a_warning(note):
    zh = ["在青年论坛开幕式上的讲话", note, "各位来宾：", *BODY_ZH]
    en = ["Speech at the Opening of the Youth Forum", "Distinguished guests,", *BODY_EN]
    zv = unit([[1, 0, 0, 0], [0, 0, 0, 1], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 1, 0.1],
               [0, 0, 1, 0.2]])
    ev = unit([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 1, 0.1], [0, 0, 1, 0.2]])
    beads = [Bead((0, 1), (0,), 0.7), Bead((2,), (1,), 0.9), *body_beads(3, 2, score=0.9)]
    assert found(zh, en, beads, zv, ev) == [("omission", Severity.WARNING, None, True)]
    # the same merge in the body: a confident omission
    zh = ["在青年论坛开幕式上的讲话", "各位来宾：", BODY_ZH[0], note, BODY_ZH[1], BODY_ZH[2]]
    zv = zv[[0, 2, 3, 1, 4, 5]]
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9), Bead((2, 3), (2,), 0.7),
             Bead((4,), (3,), 0.9), Bead((5,), (4,), 0.9)]
    assert found(zh, en, beads, zv, ev) == [("omission", Severity.ERROR, None, False)]


def head(zh, en, beads):
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=tuple(beads))
    return PageHead.of(a, CheckContext(alignment=a, settings=Settings()).similarity.median)


def test_the_body_starts_at_a_run_of_well_paired_sentences():
    zh = ["在青年论坛开幕式上的讲话", "各位来宾：", *BODY_ZH]
    en = ["Speech at the Opening of the Youth Forum", "Distinguished guests,", *BODY_EN]
    h = head(zh, en, [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.6), *body_beads(2, 2)])
    assert (h.zh, h.en) == (2, 2)
    # a loose pair is no start of the body; nor is a table rule after the last sentence
    beads = [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.6), Bead((2,), (2,), 0.2),
             Bead((3,), (3,), 0.7), Bead((4,), (4,), 0.7)]
    assert head(zh, en, beads).zh == 2
    h = head(zh, [*en[:-1], en[-1], "|"],
             [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.6), *body_beads(2, 2, 2),
              Bead((4,), (4, 5), 0.7)])
    assert (h.zh, h.en) == (2, 2)


def test_a_short_excerpt_without_a_run_takes_its_first_body_bead():
    zh = ["在青年论坛开幕式上的讲话", "各位来宾：", BODY_ZH[0], "主席先生！"]
    en = ["Speech at the Opening of the Youth Forum", "Distinguished guests,", BODY_EN[0],
          "Mr. Chairman,"]
    beads = [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.6), Bead((2,), (2,), 0.7),
             Bead((3,), (3,), 0.7)]
    assert (head(zh, en, beads).zh, head(zh, en, beads).en) == (2, 2)


def test_no_body_no_head_and_the_head_is_bounded():
    zh = ["在青年论坛开幕式上的讲话", "各位来宾："]
    en = ["Speech at the Opening of the Youth Forum", "Distinguished guests,"]
    assert head(zh, en, [Bead((0,), (0,), 0.6), Bead((1,), (1,), 0.6)]) == PageHead()
    # a long run of unpunctuated lines (a contents list) counts at most HEAD_MAX of them
    n = HEAD_MAX + 4
    zh = [f"第{i}章" for i in range(n)] + BODY_ZH
    en = [f"Chapter {i}" for i in range(n)] + BODY_EN
    beads = [Bead((i,), (i,), 0.6) for i in range(n)] + body_beads(n, n)
    assert head(zh, en, beads).zh == HEAD_MAX


@pytest.mark.parametrize("text, kind", [
    ("尊敬的新西兰贸易部长约翰·史密斯阁下，", "salutation"),
    ("尊敬的中共中央政治局委员、国务委员王华同志和夫人，", "salutation"),
    ("尊敬的各国驻华使节、国际组织驻华代表及夫人：", "salutation"),
    ("亲爱的全体海外留学人员和同胞们,", "salutation"),
    ("尊貴的市議會議長及各位議員：", "salutation"),
    # a sentence is no line of address
    ("尊敬的老师们为我们付出了很多，我们要感谢他们。", ""),
    ("亲爱的朋友们，今年是我们合作的第十个年头。", ""),
    ("尊敬客户的意见是我们工作的出发点，", ""),
])
def test_a_line_of_address_is_a_salutation_however_long(text, kind):
    from align.checks.coverage import furniture_zh

    assert furniture_zh(text) == kind


def test_a_short_english_form_of_address_is_no_short_translation():
    from align.checks.length import LengthCheck

    zh = ["尊敬的澳大利亚外交部长兼贸易与投资部长玛丽·琼斯阁下，", *BODY_ZH]
    en = ["Minister Jones,", *BODY_EN]
    a = Alignment(zh=doc("zh", zh), en=doc("en", en),
                  beads=(Bead((0,), (0,), 0.5), *body_beads(1, 1)))
    found = list(LengthCheck().run(CheckContext(alignment=a, settings=Settings())))
    assert [(f.rule, f.severity) for f in found] == [("short-translation", Severity.INFO)]
    # a sentence that opens with an address and says something is judged by its length
    zh[0] = "尊敬的各位来宾，今年我们在城市建设、青年就业和环境保护等方面都取得了显著的成绩。"
    en[0] = "Distinguished guests,"
    found = list(LengthCheck().run(CheckContext(alignment=a.__class__(
        zh=doc("zh", zh), en=doc("en", en), beads=a.beads), settings=Settings())))
    assert [(f.rule, f.severity) for f in found] == [("short-translation", Severity.WARNING)]
