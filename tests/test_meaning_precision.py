"""Precision of the word-level meaning rules (antonym, negation) on free but faithful
translation, as real published translations write it (issue 14), and the errors they must still
find (issue 13). Every sentence here was written for these tests."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import make_document

from align.checks import CheckContext
from align.checks.antonym import antonym_pairs, meanings
from align.checks.meaning import MeaningCheck
from align.checks.polarity import NegationCheck, negated_rendered, negation_mismatches
from align.model import Alignment, Bead, Settings, Severity

# -------------------------------------------------------------------------------- antonyms


@pytest.mark.parametrize(("zh", "en", "zh_word"), [
    ("今年，镇上的出口增加了。", "This year, the town's exports decreased.", "增加"),
    ("这些货物都是进口的。", "These goods are all exported.", "进口"),
    ("他对未来很乐观。", "He is pessimistic about the future.", "乐观"),
    ("工厂的产量去年下降了。", "The factory's output rose last year.", "下降"),
    ("我们的球队赢得了比赛。", "Our team lost the match.", "赢得"),
    ("大多数居民支持这项计划。", "Most residents oppose the plan.", "支持"),
    ("新药加速了病人的康复。", "The new drug slowed the patients' recovery.", "加速"),
    ("博物馆周一开放。", "The museum is closed on Mondays.", "开放"),
    ("委员会批准了这项申请，并通知了申请人。",
     "The committee rejected the application and informed the applicant.", "批准"),
])
def test_antonym_found(zh, en, zh_word):
    pairs = antonym_pairs(zh, en)
    assert pairs and pairs[0][0] == zh_word


@pytest.mark.parametrize(("zh", "en"), [
    # the English word renders another Chinese word of the sentence (问题 questions)
    ("我们请部长介绍情况，并回答大家关心的问题。",
     "We have invited the minister to brief you and take your questions."),
    ("主持人回答了观众提出的问题。", "The host took the questions the audience raised."),
    # a negated antonym says the same thing ("doesn't stop" = continues)
    ("如果价格继续上涨，我们会考虑采取措施。",
     "If prices don't stop rising, we will consider taking measures."),
    ("雨一直持续到晚上。", "The rain did not stop until the evening."),
    ("会议将继续进行。", "The meeting will not end yet."),
    # a negated Chinese word rendered by its antonym (不可能 impossible)
    ("你知道这不可能。", "You know that is impossible."),
    ("这种情况并不常见。", "Such cases are rare."),
    # the Chinese word is rendered elsewhere: the antonym word belongs to another Chinese word
    ("政府将取消房地产限制，并降低基准利率。",
     "The government will lift property curbs and cut benchmark interest rates."),
    # a proper-name sense (安宁 "Anning City") or an explanation (院长 "... ends in 院") is no
    # rendering of the word
    ("联合国寄托着全世界对和平与安宁的期盼。",
     "The United Nations embodies the hope of all countries for peace and stability."),
    ("首先，感谢戴维斯院长的邀请。", "May I begin by thanking Sir Howard for inviting me."),
    # a compound that holds both ends: 睡醒 (sleep-wake) "awake out of sleep"
    ("他终于从梦中睡醒了。", "At last he came out of his sleep."),
    # complementary roles are reference, not meaning (the wife weeps before her husband)
    ("她在丈夫面前哭了。", "The wife wept before him."),
    # "years old" is an age, not the opposite of 现在 "modern"
    ("他说，我现在八十岁了。", "He said, I am eighty years old."),
    # the antonym word sits in the next sentence, tied to another clause
    ("当时我强调中国未来发展令人充满信心，事实完全证明这一点。",
     "At that time I spoke of my confidence in the prospects for China's development. The "
     "past five years have shown that I was right."),
    # "a little" is an amount, not the size "big" opposes
    ("当一些重大事情发生时，我们会知道。", "When something big happens, we will know."),
    # the antonym word sits in a sentence that renders another Chinese clause
    ("目前小城市的住房库存仍然较多。我们要支持居民的购房需求。",
     "There is still excess supply of housing in small cities. We will support residents "
     "in buying homes."),
])
def test_antonym_quiet_on_faithful(zh, en):
    assert antonym_pairs(zh, en) == []


@pytest.mark.parametrize(("word", "meant", "not_meant"), [
    ("降低", "lower", "bring"),  # "to bring down": the light verb says little
    ("安宁", "peaceful", "city"),  # Anning City, a proper-name sense
    ("院长", "dean", "end"),  # "an institution whose name ends in 院": an explanation
    ("包括", "include", "mouth"),  # include, a stopword to the engine, is a meaning here
])
def test_meanings_are_plain_renderings(word, meant, not_meant):
    found = meanings(word)
    assert meant in found and not_meant not in found


@pytest.mark.parametrize(("zh", "en", "zh_word"), [
    # recall through forms the dictionary or the engine treat apart
    ("执政党在议会中保持了多数席位。", "The ruling party kept its minority in parliament.", "多数"),
    ("这是全国规模最大的博物馆。", "This is the smallest museum in the country.", "最大"),
    ("这片山区森林茂密。", "The hills are sparsely forested.", "茂密"),
    ("他首次公开宣读了这份声明。", "The statement was last read out publicly by him.", "首次"),
])
def test_antonym_found_in_quantity_words_superlatives_and_adverbs(zh, en, zh_word):
    pairs = antonym_pairs(zh, en)
    assert pairs and pairs[0][0] == zh_word


# -------------------------------------------------------------------------------- negation


@pytest.mark.parametrize(("zh", "en"), [
    # a negated antonym says the same thing the other way round
    ("如果经济放缓继续持续下去，政府会采取措施吗？",
     "If the economic slowdown doesn't stop, will the government act?"),
    ("这种情况并不常见。", "Such cases are rare."),
    ("改革永远在路上，不会停止。", "Reform is always under way and will continue."),
    ("这家公司不赞成这个计划。", "The company opposes the plan."),
    # a negative-implicative word in an inflected form (excluding, lacking)
    ("全年利用外资1000亿元（不含银行、证券、保险领域）。",
     "Foreign investment reached 100 billion yuan (excluding banking, securities and "
     "insurance)."),
    ("这些村庄没有干净的饮用水。", "These villages are lacking clean drinking water."),
    # a negation built into an -able/-ible adjective
    ("和平与发展成为不可阻挡的时代潮流。",
     "Peace and development have become an irresistible trend of the times."),
    ("冲突不可避免。", "Conflict was inevitable."),
    # a negated comparative says a superlative
    ("两国关系正处于历史上最好时期。",
     "Relations between the two countries have never been better."),
    ("我对这个结果再满意不过了。", "I couldn't be happier with the result."),
    # a clause-final 了没有 asks a question
    ("你听明白了没有？", "Did you understand?"),
    ("作业做完了没有？", "Have you finished your homework?"),
    # a coordinated negation said once or twice (不…也不 / not … or / neither … nor)
    ("他不抽烟，也不喝酒。", "He does not smoke or drink."),
    ("他不抽烟，也不喝酒。", "He neither smokes nor drinks."),
    ("他不抽烟、喝酒。", "He does not smoke, nor does he drink."),
    ("我们不会放弃，也不会退缩，更不会投降。", "We will not give up, back down or surrender."),
    # the same negated word repeated over a list, rendered once
    ("此举不利于中国利益，不利于美国利益，不利于全球利益。",
     "The move does not serve the interests of China, the US or the world."),
    # 未…之前 and 还没有…就 say "before"
    ("在会议未结束之前，请大家留在座位上。", "Please stay in your seats before the meeting ends."),
    ("他们还没有坐下，主持人就宣布开会。", "Before they sat down, the host opened the meeting."),
    # 再无 is a negation the segmenter glues to the next word
    ("除此以外，再无别的办法。", "There is no other way besides this."),
    # litotes and lexicalised 不/无 words the English renders positively
    ("过去一年很不平凡。", "The past year was truly remarkable."),
    ("两国贸易不断增长。", "Trade between the two countries keeps growing."),
    ("不少企业加大了投资。", "Many companies increased their investment."),
    ("中国经济增长势头不变。", "China's economic growth momentum remains strong."),
    # 不 before a word the English renders with a negative prefix, in any form
    ("部长不认可这个说法。", "The minister voiced disapproval of this claim."),
    ("这个做法不公平。", "This practice is unfair."),
    ("双方不同意这项安排。", "Both sides disagreed with the arrangement."),
    ("这种安排不稳定。", "Such an arrangement is unstable."),
    ("他们的回答不准确。", "Their answer was inaccurate."),
    # a Chinese negative word said as "without" or "no" and a noun: the noun renders the word,
    # the negation comes with it
    ("志愿者们无怨无悔地工作了十年。", "The volunteers worked for ten years without regrets."),
    ("这些医生无私奉献。", "These doctors gave with no selfish motives."),
])
def test_negation_quiet_on_faithful(zh, en):
    assert negation_mismatches(zh, en) == []


@pytest.mark.parametrize(("zh", "en", "side"), [
    ("会议继续进行。", "The meeting did not continue.", "en"),
    ("政府不会取消限制。", "The government will lift the restrictions.", "zh"),
    ("价格没有继续上涨。", "Prices continued to rise.", "zh"),
    ("出口保持增长。", "Exports did not keep growing.", "en"),
    ("两国关系处于历史上最好时期。", "Relations between the two countries have never been good.",
     "en"),
    ("他说了没有用。", "He said it was useful.", "zh"),  # 没有用 is no question
    ("这种情况很常见。", "Such cases are not common.", "en"),
    # a negation that does not continue an earlier one still counts
    ("他也不知道这件事。", "He knows about it.", "zh"),
    ("他不抽烟，也不喝酒。", "He smokes and drinks.", "zh"),
    ("他抽烟，也喝酒。", "He neither smokes nor drinks.", "en"),
    ("他们不能来，我们不能去。", "They can come and we can go.", "zh"),
    # 未 without 之前 is a negation
    ("会议还未结束。", "The meeting has ended.", "zh"),
    # a negative-prefixed English word that renders some other word does not pair off the 不
    ("部长不认可这个说法，但表示不满。", "The minister approved the claim but voiced "
     "dissatisfaction.", "zh"),
    ("他们不接受这个计划。", "They accepted the plan with some disapproval of its cost.", "zh"),
    # a "not" before a word that renders a 不-word positively is still unaccounted for
    ("两国面临不同的挑战。", "The two countries may not face different challenges.", "en"),
])
def test_negation_still_found(zh, en, side):
    found = negation_mismatches(zh, en)
    assert found and found[0].side == side


@pytest.mark.parametrize(("zh", "en", "rendered"), [
    ("政府不会提高税收。", "The government will raise taxes.", True),  # 提高 'raise', after 不会
    ("价格没有继续上涨。", "Prices continued to rise.", True),  # 上涨 after the function word 继续
    ("出口保持增长。", "Exports did not keep growing.", True),  # "keep" renders 保持
    ("我们不会忘记这段历史。", "This history will always stay in our memory.", False),
    ("他们不想投资这个项目。", "They are keen to put their money elsewhere.", False),
])
def test_whether_the_negated_word_is_rendered(zh, en, rendered):
    found = negation_mismatches(zh, en)
    assert found and negated_rendered(zh, en, found[0]) is rendered


# English that renders few of its words from the Chinese: a free translation (LITERAL_BAR)
FREE_EN = [("农民在十月收获了苹果。",
            "Come October, the growers were busy bringing in a splendid crop from their "
            "orchards."),
           ("工人们修复了那座古老的桥。",
            "Crews spent weeks giving the venerable crossing a new lease of life."),
           ("学生们参观了历史博物馆。",
            "The pupils spent a happy afternoon wandering among relics of bygone ages."),
           ("医生检查了病人的心脏。",
            "The physician listened closely to what the old man's chest had to tell.")]
LITERAL_EN = [("农民在十月收获了苹果。", "The farmers harvested the apples in October."),
              ("工人们修复了那座古老的桥。", "The workers repaired the ancient bridge."),
              ("学生们参观了历史博物馆。", "The students visited the history museum."),
              ("医生检查了病人的心脏。", "The doctor examined the patient's heart.")]


def _negation_in(pairs, zh, en):
    rows = [*pairs, (zh, en)]
    beads = tuple(Bead((i,), (i,), 0.8) for i in range(len(rows)))
    a = Alignment(zh=make_document("zh", [z for z, _ in rows]),
                  en=make_document("en", [e for _, e in rows]), beads=beads)
    return [f.severity for f in NegationCheck().run(CheckContext(alignment=a,
                                                                 settings=Settings()))]


def test_a_reworded_negation_in_a_free_translation_is_info():
    # 不会忘记 said as "will always stay in our memory": 忘记 is not rendered either
    assert _negation_in(FREE_EN, "我们不会忘记这段历史。",
                        "This history will always stay in our memory.") == [Severity.INFO]


def test_a_negation_dropped_from_a_rendered_word_stays_a_warning_however_free():
    assert _negation_in(FREE_EN, "政府不会提高税收。", "The government will raise taxes.") == [
        Severity.WARNING]


def test_a_reworded_negation_in_a_literal_translation_stays_a_warning():
    assert _negation_in(LITERAL_EN, "我们不会忘记这段历史。",
                        "This history will always stay in our memory.") == [Severity.WARNING]


# -------------------------------------------------------------------------------- mismatch


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _mismatch_at_5(zh5: str, en5: str, zh6: str | None = None) -> list:
    """Twelve beads of placeholder sentences whose vectors pair up, except bead 5: its English
    vector is closest to the Chinese of bead 7 (a rival far away), and its texts are given."""
    n, dim = 12, 256
    rng = np.random.default_rng(3)
    zv = _unit(rng.normal(size=(n, dim)))
    ev = zv + 0.3 * _unit(rng.normal(size=(n, dim)))
    ev[5] = _unit(rng.normal(size=(1, dim)))[0] + zv[7]
    ev = _unit(ev)
    zh = [f"中文句子{i}。" for i in range(n)]
    en = [f"Sentence {i}." for i in range(n)]
    zh[5], en[5] = zh5, en5
    if zh6 is not None:
        zh[6] = zh6
    beads = tuple(Bead((i,), (i,), float(zv[i] @ ev[i])) for i in range(n))
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en), beads=beads)
    ctx = CheckContext(alignment=a, settings=Settings(), zh_vectors=zv, en_vectors=ev)
    return [f for f in MeaningCheck().run(ctx) if f.en.ids == (5,)]


def test_a_sentence_from_elsewhere_is_a_warning():
    found = _mismatch_at_5("下一步，我们将把促进青年就业摆在更加突出的位置，持续做好毕业生服务。",
                           "The harbour bridge will be closed to heavy trucks while engineers "
                           "replace its cables.")
    assert [f.severity for f in found] == [Severity.WARNING]


LITERAL = [("农民在十月收获了苹果。", "The farmers harvested the apples in October."),
           ("工人们修复了那座古老的桥。", "The workers repaired the ancient bridge."),
           ("委员会批准了新图书馆的设计方案。",
            "The committee approved the design of the new library."),
           ("学生们参观了历史博物馆。", "The students visited the history museum."),
           ("医生检查了病人的心脏。", "The doctor examined the patient's heart."),
           ("政府提高了农民的收入。", "The government raised the income of farmers."),
           ("公司在北京开设了新工厂。", "The company opened a new factory in Beijing."),
           ("科学家发现了一种新药。", "Scientists discovered a new medicine."),
           ("警察逮捕了两名小偷。", "The police arrested two thieves."),
           ("孩子们在公园里踢足球。", "The children played football in the park."),
           ("农民在十月收获了苹果。", "The farmers harvested the apples in October."),
           ("医生检查了病人的心脏。", "The doctor examined the patient's heart.")]


def _mismatch_in(pairs: list[tuple[str, str]], zh5: str, en5: str) -> list:
    """``_mismatch_at_5``'s vectors (bead 5's English closest to a Chinese sentence far away)
    over a document of the given sentence pairs."""
    n, dim = len(pairs), 256
    rng = np.random.default_rng(3)
    zv = _unit(rng.normal(size=(n, dim)))
    ev = _unit(zv + 0.3 * _unit(rng.normal(size=(n, dim))))
    ev[5] = _unit((_unit(rng.normal(size=(1, dim)))[0] + zv[7])[None])[0]
    zh = [z for z, _ in pairs]
    en = [e for _, e in pairs]
    zh[5], en[5] = zh5, en5
    beads = tuple(Bead((i,), (i,), float(zv[i] @ ev[i])) for i in range(n))
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en), beads=beads)
    ctx = CheckContext(alignment=a, settings=Settings(), zh_vectors=zv, en_vectors=ev)
    return [f for f in MeaningCheck().run(ctx) if f.en.ids == (5,)]


# A free translation: each English sentence leaves about half of its Chinese words unsaid.
FREE = [("农民在十月收获了苹果，心情十分喜悦，脸上洋溢着笑容。",
         "The farmers harvested the apples in October."),
        ("工人们修复了那座古老的桥，付出了辛勤汗水。", "The workers repaired the ancient bridge."),
        ("委员会批准了新图书馆的设计方案，各界反响热烈。",
         "The committee approved the design of the new library."),
        ("学生们参观了历史博物馆，收获颇丰。", "The students visited the history museum."),
        ("医生仔细检查了病人的心脏，并给出专业意见。", "The doctor examined the patient's heart.")]
FREE = (FREE * 3)[:12]
# 辞旧迎新 said with an English idiom: a low similarity, two of its five words rendered
LOOSE = ("辞旧迎新之际，我想代表使馆回顾过去一年的工作。",
         "As we ring out the Year of the Tiger and ring in the Year of the Rabbit, let me look "
         "back on what the Embassy did in 2010.")
PASTED = ("下一步，我们将把促进青年就业摆在更加突出的位置，持续做好毕业生服务。",
          "The harbour bridge will be closed to heavy trucks while engineers replace its cables.")


def test_a_loose_rendering_in_a_free_translation_is_info():
    found = _mismatch_in(FREE, *LOOSE)
    assert [f.severity for f in found] == [Severity.INFO]
    assert "free" in dict(found[0].evidence)


def test_the_same_loose_rendering_in_a_literal_translation_is_a_warning():
    assert [f.severity for f in _mismatch_in(LITERAL, *LOOSE)] == [Severity.WARNING]


@pytest.mark.parametrize("pairs", [FREE, LITERAL])
def test_a_sentence_from_elsewhere_is_a_warning_however_free_the_translation(pairs):
    assert [f.severity for f in _mismatch_in(pairs, *PASTED)] == [Severity.WARNING]


def test_the_typical_share_needs_enough_measured_sentences():
    # the placeholder sentences render too few words to measure the document: no excuse
    assert [f.severity for f in _mismatch_at_5(*LOOSE)] == [Severity.WARNING]


def test_a_label_that_dilutes_a_translated_greeting_is_info():
    # a bracketed speaker label the English leaves out; every English word is rendered (a bare
    # greeting, 大家上午好 / "Good morning, everyone.", is furniture before this is asked)
    found = _mismatch_at_5("［外交部部长 王毅］记者会开始。", "The press conference begins.")
    assert [f.severity for f in found] == [Severity.INFO]
    assert dict(found[0].evidence)["rendered"].endswith("of the English words")
    found = _mismatch_at_5("［外交部部长 王毅］大家上午好。", "Good morning, everyone.")
    assert [f.severity for f in found] == [Severity.INFO]


def test_english_that_renders_the_next_chinese_sentence_is_info():
    # the untranslated lead of a report grouped with the English of the next sentence
    found = _mismatch_at_5("本报讯，今天上午在市中心召开了发布会，市长出席并讲话。",
                           "Last year the city built twelve libraries and three museums.",
                           zh6="去年，全市新建图书馆十二座、博物馆三座。")
    assert [f.severity for f in found] == [Severity.INFO]
    assert "rendered" in dict(found[0].evidence)


def test_a_bead_with_a_photo_credit_is_info():
    found = _mismatch_at_5("（新华社记者 张三 摄）",
                           "Delegates arrive at the venue for the opening session.")
    assert [f.severity for f in found] == [Severity.INFO]
    assert dict(found[0].evidence)["furniture"] == "photo credit"


def test_a_short_sentence_with_a_rendered_word_is_info():
    # three Chinese words, one of them rendered: too little to call it a sentence from elsewhere
    found = _mismatch_at_5("会场里笑声阵阵。",
                           "We finally gather in person again, with laughter and joy after "
                           "two long years apart.")
    assert [f.severity for f in found] == [Severity.INFO]
    assert "short" in dict(found[0].evidence)


# ------------------------------------------------------------------- speaker labels (turns)


@pytest.mark.parametrize(("text", "speakers"), [
    # a hard-wrapped page puts the first word of the speaker's name on a line of its own
    ("Press Conference\n|\nShu\nJueting: Good afternoon. Welcome.\n|\nCGTN:\nA question?\n",
     ["Shu Jueting", "CGTN"]),
    ("Host: Welcome, everyone.\nLi\nMing: Thank you.\n", ["Host", "Li Ming"]),
    ("Opening.\n\nWang\nYi: Good morning.\n", ["Wang Yi"]),
])
def test_a_speaker_name_wrapped_before_its_last_word_is_one_label(text, speakers):
    from align.segment.turns import blocks

    named = [b.speaker for b in blocks(text, "en") if b.speaker is not None]
    assert list(dict.fromkeys(named)) == speakers


def test_a_word_that_ends_a_sentence_is_not_taken_for_a_name():
    from align.segment.turns import blocks

    # (the line stopping on "to" goes on: "Paris" ends that sentence, not a speaker's name)
    text = "We travelled on to\nParis\nHost: Thank you.\n"
    found = [(text[b.start : b.end], b.speaker) for b in blocks(text, "en")]
    assert found == [("We travelled on to\nParis", None), ("Thank you.", "Host")]
    text = "We travelled as far as Paris\nLyon\nHost: Thank you.\n"
    found = [(text[b.start : b.end], b.speaker) for b in blocks(text, "en")]
    assert ("Lyon", None) in found and found[-1] == ("Thank you.", "Host")


def test_a_one_word_fragment_is_too_short_to_call_a_mismatch():
    found = _mismatch_at_5("第一条消息。", "The first one.")
    assert [f.severity for f in found] == [Severity.INFO]
    assert "short" in dict(found[0].evidence)


def test_the_typical_share_is_measured_once_per_document(monkeypatch):
    """Every dissimilar bead asks for the document's typical share; each asks leaving itself
    out, and the answer comes from one pass over the beads (asked per bead, a long document's
    check was quadratic)."""
    import align.checks.meaning as meaning

    pairs = FREE
    n = len(pairs)
    beads = tuple(Bead((i,), (i,), 0.5) for i in range(n))
    a = Alignment(zh=make_document("zh", [z for z, _ in pairs]),
                  en=make_document("en", [e for _, e in pairs]), beads=beads)
    ctx = CheckContext(alignment=a, settings=Settings())
    calls = []
    real = meaning.corr
    monkeypatch.setattr(meaning, "corr", lambda *s: calls.append(s) or real(*s))
    each = [meaning.typical_coverage(ctx, i) for i in range(n)]
    assert len(calls) == n
    # leaving a bead out is exact: the median of the others' shares
    _, shares = meaning._rendered_shares(ctx)
    for i in range(n):
        assert each[i] == pytest.approx(float(np.median(np.delete(shares, i))))


# -- a page whose English lost its spaces (issue 14): the similarity of a sentence read from a
# reconstruction is no evidence of a sentence from elsewhere, so it is info.
_REMOTE = "The harbour bridge will be closed to heavy trucks while engineers replace its cables."
_YOUTH = "下一步，我们将把促进青年就业摆在更加突出的位置，持续做好毕业生服务。"


def test_a_sentence_from_elsewhere_without_its_spaces_is_info_with_the_reason():
    found = _mismatch_at_5(_YOUTH, _REMOTE.replace(" ", ""))
    assert [f.severity for f in found] == [Severity.INFO]
    assert "respaced" in dict(found[0].evidence)
    assert "lost its spaces" in found[0].message
