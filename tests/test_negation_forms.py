"""Negation said another way on real published pages (issue 14): universal negations, negated
comparatives, negators used as nouns, negative prefixes with derivational suffixes, and a
negation in a sentence the aligner grouped with a bead it does not translate."""

from __future__ import annotations

import pytest

from align.checks.lexical import BeadText
from align.checks.polarity import Mismatch, negation_mismatch, renders_any
from align.lexicon.polarity import CONTINUED, DOUBLE, LEXICAL, NEGATION, polarity
from align.model import Bead, Span


def kinds(text: str) -> list[str]:
    return [c.kind for c in polarity(text).cues]


# ------------------------------------------------------ universal negation (没有一个…不…)

@pytest.mark.parametrize("zh", [
    "没有一个困难克服不了。",
    "没有一座山爬不上去。",
    "没有任何人不喜欢这道菜。",
    "没有一位老师不关心学生。",
    "我没有一天不想家。",
    "没有一个问题不可解决。",  # the second negation is a word of its own (不可解决)
])
def test_no_one_x_that_is_not_is_a_double_negation(zh):
    assert kinds(zh) == [DOUBLE]


def test_both_halves_of_a_parallel_universal_are_double():
    zh = "没有一个冬季不会结束，没有一个早晨不会到来。"
    assert kinds(zh) == [DOUBLE, DOUBLE]
    assert negation_mismatch(zh, "Every winter ends, and every morning comes.") is None


@pytest.mark.parametrize("zh", [
    "没有任何国家比我们更需要和平。",
    "没有一座城市像这里这样美丽。",
    "没有一本书让我如此感动。",
    "没有哪个季节比秋天更舒服。",
])
def test_no_one_x_compared_says_a_superlative(zh):
    assert kinds(zh) == [LEXICAL]


@pytest.mark.parametrize(("zh", "en"), [
    ("没有任何国家比我们更需要和平。", "We need peace more than any other country."),
    ("没有任何国家比我们更需要和平。", "No country needs peace more than we do."),
    ("没有一本书让我如此感动。", "This book moved me most of all."),
])
def test_a_negated_comparison_may_be_rendered_either_way(zh, en):
    assert negation_mismatch(zh, en) is None


@pytest.mark.parametrize(("zh", "en"), [
    ("我没有这样说。", "I said so."),  # no universal: a plain negation
    ("没有任何理由推迟会议。", "There is every reason to postpone the meeting."),
    ("他没有一天休息。", "He rested one day."),
])
def test_plain_negations_stay_negations(zh, en):
    assert NEGATION in kinds(zh)
    found = negation_mismatch(zh, en)
    assert found is not None and found[0] == "zh"


def test_a_negation_continued_in_a_plain_series_is_kept():
    assert kinds("他不抽烟，也不喝酒。") == [NEGATION, CONTINUED]


# ---------------------------------------------------------------------- English forms

@pytest.mark.parametrize("en", [
    'The policy of the "Three Nevers" was restated.',
    'They stand by the "two noes" in trade talks.',
    "The four no's are clear.",
])
def test_negators_used_as_nouns_are_negations(en):
    assert NEGATION in [c.kind for c in polarity(en).cues]


def test_a_negator_noun_renders_a_chinese_negation():
    assert negation_mismatch("坚持“三个从不”。", 'Upholding the "Three Nevers".') is None


@pytest.mark.parametrize("en", [
    "Reliable supply chains have never become more important.",
    "The river has never seemed cleaner.",
    "Our ties have never looked stronger.",
    "The team never felt closer.",
])
def test_a_negated_comparative_after_a_linking_verb_says_a_superlative(en):
    assert [c.kind for c in polarity(en).cues] == [LEXICAL]


@pytest.mark.parametrize("en", [
    "He never became rich.",
    "The road has never become a highway.",
])
def test_never_before_a_plain_word_stays_a_negation(en):
    assert [c.kind for c in polarity(en).cues] == [NEGATION]


def test_a_comparative_idiom_of_emphasis_renders_crucial():
    assert negation_mismatch("保障供应链安全至关重要。",
                             "Securing supply chains has never become more important.") is None


# --------------------------------------------------- negative prefixes and derived forms

@pytest.mark.parametrize(("zh", "en"), [
    ("但不确定因素增加了。", "But uncertainties increased."),
    ("但不稳定的因素增加了。", "But destabilizing factors increased."),
    ("不确定、不稳定的因素也不少。", "Destabilizing factors and uncertainties are many."),
    ("市场不稳定。", "The market shows instability."),
    ("这种做法不公平。", "This practice is an unfairness."),
])
def test_bu_before_a_word_the_english_prefixes_and_derives(zh, en):
    assert negation_mismatch(zh, en) is None


@pytest.mark.parametrize(("zh", "en"), [
    ("市场不稳定。", "The market is stable."),
    ("这种做法不公平。", "This practice is fair."),
    ("但不确定因素增加了。", "But certain factors increased."),
])
def test_a_dropped_bu_is_still_found(zh, en):
    found = negation_mismatch(zh, en)
    assert found is not None and found[0] == "zh"


def test_a_prefixed_word_that_renders_another_chinese_word_does_not_pair():
    # 'dismissed' does not render 同意: the 不 is unaccounted for
    found = negation_mismatch("他不同意这个计划，随后被解雇了。",
                              "He agreed with the plan and was later dismissed.")
    assert found is not None and found[0] == "zh"


# ----------------------------------------------- a negation in a sentence from elsewhere

def _bead(zh: str, en_sentences: list[str]) -> BeadText:
    en = " ".join(en_sentences)
    starts, pos = [], 0
    for s in en_sentences:
        starts.append(pos)
        pos += len(s) + 1
    span = Span("", 1, 0, 0)
    return BeadText(0, Bead((0,), tuple(range(len(en_sentences))), 1.0), zh, en, span, span,
                    (0,), tuple(starts))


def test_a_negation_in_a_sentence_that_renders_nothing_here_is_placed_elsewhere():
    zh = "这座城市的地铁是在二十年前建成的。"
    sentences = ["Hope need not be loud.", "The city's subway was built twenty years ago."]
    b = _bead(zh, sentences)
    m = Mismatch("en", "not", "", (0, len(zh)), (0, len(b.en)), True, (10, 13))
    assert b.en[10:13] == "not"
    assert not renders_any(b, m)


def test_a_negation_in_a_sentence_that_renders_the_chinese_is_placed():
    zh = "这座城市的地铁是在二十年前建成的。"
    sentences = ["The city's subway was not built twenty years ago.", "Hope is loud."]
    b = _bead(zh, sentences)
    at = b.en.index("not")
    m = Mismatch("en", "not", "", (0, len(zh)), (0, len(b.en)), True, (at, at + 3))
    assert renders_any(b, m)


def test_a_one_sentence_bead_always_renders():
    b = _bead("他们明天出发。", ["Nothing is said."])
    m = Mismatch("en", "Nothing", "", (0, 7), (0, 17), False, (0, 7))
    assert renders_any(b, m)


# ------------------------------------------ more negatives said another way (free pages)

@pytest.mark.parametrize("zh", ["前不久召开的会议通过了决议。", "他很不错。"])
def test_a_look_alike_with_a_character_before_it_is_no_negation(zh):
    assert kinds(zh) == []


def test_a_verb_complement_negation_is_still_one():
    assert kinds("我看不见黑板上的字。") == [NEGATION]


@pytest.mark.parametrize("en", ["I could not agree more.", "We couldn't agree more with you.",
                                "I couldn't thank you enough."])
def test_could_not_agree_more_agrees(en):
    assert [c.kind for c in polarity(en).cues] == [LEXICAL]


@pytest.mark.parametrize("en", ["I could not agree with him.", "I could not say more.",
                                "He couldn't come."])
def test_could_not_before_a_plain_verb_negates(en):
    assert [c.kind for c in polarity(en).cues] == [NEGATION]


@pytest.mark.parametrize(("word", "kind"), [
    ("unseen", LEXICAL), ("unsafe", LEXICAL), ("unpaid", LEXICAL), ("unless", None),
    ("uncles", None), ("unions", None), ("unique", None), ("unused", LEXICAL)])
def test_six_letter_un_words_are_negative_when_their_base_is_a_word(word, kind):
    assert [c.kind for c in polarity(f"It was {word} here.").cues] == ([kind] if kind else [])


@pytest.mark.parametrize(("zh", "en"), [
    ("世界面临百年未有之大变局。", "The world faces changes unseen in a century."),
    ("双方深为赞同。", "Both sides could not agree more."),
    ("各方不要采取使局势复杂化的行动。", "All parties should refrain from actions that complicate "
     "the situation."),
    ("发展不平衡的问题远未解决。", "The problem of unbalanced development is far from solved."),
    ("为经济提供不竭动力。", "It provides an inexhaustible driving force for the economy."),
])
def test_negatives_said_another_way_on_published_pages(zh, en):
    assert negation_mismatch(zh, en) is None


@pytest.mark.parametrize(("zh", "en", "side"), [
    ("为经济提供不竭动力。", "It provides an exhaustible driving force for the economy.", "zh"),
    ("他能来。", "He is unable to come.", "en"),  # a plain negation is never a prefixed word
    ("各方采取了行动。", "All parties did not take actions.", "en"),
])
def test_negations_dropped_or_added_are_still_found(zh, en, side):
    found = negation_mismatch(zh, en)
    assert found is not None and found[0] == side


# ------------------------------------------------------ an idiom's own negation, a parted prefix

@pytest.mark.parametrize("zh, en", [
    ("百闻不如一见。", "Hearing about it a hundred times is not as good as seeing it once."),
    ("这家餐馆名不虚传。", "The restaurant does not disappoint its reputation."),
    ("这是我们义不容辞的责任。", "This is a duty we cannot shirk."),
    ("这些成绩来之不易。", "These achievements did not come easily."),  # 不易 "not easy"
])
def test_an_english_negation_may_render_an_idiom_with_its_own(zh, en):
    assert negation_mismatch(zh, en) is None


@pytest.mark.parametrize("zh, en", [
    ("展望未来，我们充满信心。", "Looking ahead, we are not confident."),  # 未来 is no idiom
    ("南非队赢得了比赛。", "The South African team did not win the match."),
    ("你有没有意识到这一点？", "You did not realise this."),  # a question, 有没有
    ("我们支持和平。", "We do not support peace."),
])
def test_a_negation_character_in_a_plain_word_renders_no_negation(zh, en):
    assert negation_mismatch(zh, en) is not None


@pytest.mark.parametrize("en", [
    "A basic principle is non- interference in the internal affairs of others.",
    "The principle of Non- interference in internal affairs is basic.",
])
def test_a_negative_prefix_parted_from_its_word_still_renders_a_negation(en):
    assert negation_mismatch("不干涉内政是一条基本原则。", en) is None


def test_a_plain_hyphenated_phrase_is_no_negative_prefix():
    assert negation_mismatch("不干涉内政是一条基本原则。",
                             "Interference in internal affairs is a well- known principle.")


# ------------------------------------------------------ 非 short for Africa; litotes

@pytest.mark.parametrize("zh", [
    "中国企业在非投资稳步增长。",
    "我们将扩大对非援助。",
    "他多次赴非考察。",
    "中非合作论坛在北京举行。",
    "驻非使馆发布了提醒。",
])
def test_a_lone_fei_after_a_preposition_or_a_place_is_africa(zh):
    assert NEGATION not in kinds(zh)


@pytest.mark.parametrize("zh", [
    "这并非偶然。",
    "这次会议非由他主持。",
    "学习非一朝一夕的事。",
])
def test_fei_elsewhere_stays_a_negation(zh):
    assert NEGATION in kinds(zh)


def test_fei_as_africa_leaves_a_real_negation_found():
    assert negation_mismatch("对非投资没有增加。", "Investment in Africa increased.") is not None


@pytest.mark.parametrize("zh", [
    "这是极不寻常的一年。",
    "过去五年很不容易。",
    "这一成绩十分不易。",
    "今年的形势相当不简单。",
])
def test_a_degree_adverb_before_not_makes_a_litotes(zh):
    assert NEGATION not in kinds(zh)


@pytest.mark.parametrize(("zh", "en"), [
    ("这是极不寻常的一年。", "It was a truly extraordinary year."),
    ("过去五年很不容易。", "The past five years were very hard."),
])
def test_a_litotes_rendered_with_a_plain_adjective_is_no_mismatch(zh, en):
    assert negation_mismatch(zh, en) is None


@pytest.mark.parametrize(("zh", "en"), [
    ("这件事不寻常。", "This is a usual matter."),  # no degree adverb: a plain negation
    ("他很不愿意去。", "He is very willing to go."),  # 愿意 is a verb, not an adjective
])
def test_without_a_degree_adverb_and_adjective_the_negation_still_counts(zh, en):
    assert negation_mismatch(zh, en) is not None


# ------------------------------------------------------ never before; without …, impossible

@pytest.mark.parametrize(("zh", "en"), [
    ("这是我们未曾遇过的挑战。", "This is a challenge that has never before been encountered."),
    ("这是前所未有的挑战。", "This challenge has never before been seen."),
])
def test_never_before_renders_a_negation_or_unprecedented(zh, en):
    assert negation_mismatch(zh, en) is None


@pytest.mark.parametrize(("zh", "en"), [
    ("惟有坚持改革，才能实现发展。",
     "Without reform, it would be impossible to achieve development."),
    ("唯有团结，才能战胜困难。", "Without unity, we cannot overcome the difficulties."),
])
def test_without_then_a_negation_says_only_with(zh, en):
    assert kinds(en) == [DOUBLE]
    assert negation_mismatch(zh, en) is None


@pytest.mark.parametrize("en", [
    "He left without a word and did not return.",  # no comma: two negations of their own
    "Without reform. It was not possible.",  # another sentence
])
def test_without_and_a_later_negation_stay_apart(en):
    assert kinds(en) == [NEGATION, NEGATION]


def test_without_alone_is_still_a_negation():
    assert negation_mismatch("坚持改革，才能实现发展。", "Without reform, development is possible.")


# ------------------------------------------ a negative subject and "not" ("None … is not …")

@pytest.mark.parametrize("en", [
    "None of the options discussed so far is not controversial.",
    "No country is not affected by the crisis.",
    "Nobody here does not know the rules.",
    "There is no reason why we cannot win.",
])
def test_a_negative_subject_and_not_is_a_double_negation(en):
    assert kinds(en) == [DOUBLE]


@pytest.mark.parametrize("en", [
    "No, it is not true.",  # an answer's "no" before a comma
    "None of them came, and they did not call.",  # another clause
    "There are no restrictions, not even on weekends.",
])
def test_a_negation_in_another_clause_stays_a_negation(en):
    assert kinds(en) == [NEGATION, NEGATION]


def test_double_negation_on_both_sides_is_no_mismatch():
    zh = polarity("可以说，没有一个方案是不具争议性的。")
    en = polarity("None of the options discussed so far is not controversial.")
    assert [c.kind for c in zh.cues] == [DOUBLE] == [c.kind for c in en.cues]


def test_a_negative_subject_and_a_negative_word_stay_apart():
    # "impossible" has its negation built in: the Chinese 没有什么是不可能的 pairs its 没有
    # with the English "nothing", as before
    assert kinds("Nothing appears to be impossible.")[0] == NEGATION
