"""partial-omission and partial-addition (issue 13): a word dropped from, or put into, a sentence.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import make_document as doc

from align.checks import CHECKS, CheckContext
from align.checks.lexical import run_together
from align.checks.partial import (
    GAP_NAMES,
    LITERAL_BAR,
    PartialCheck,
    additions,
    english_coverage,
    omissions,
    sentence_gaps,
)
from align.checks.polarity import NegationCheck, negation_mismatches
from align.lexicon.syntax import ADJ, ADV, NOUN, VERB, gaps, word_tags
from align.model import Alignment, Bead, Settings, Severity
from align.rules import REGISTRY

# ------------------------------------------------------------------------- the grammar signal


def test_parts_of_speech_from_the_lemma_table():
    assert ADV in word_tags("carefully")
    assert word_tags("delicious") == ADJ
    assert word_tags("museums") == NOUN
    assert NOUN in word_tags("bridges") and VERB in word_tags("bridges")  # to bridge
    assert VERB in word_tags("approved")
    assert word_tags("the") == ""  # function words are the hand lists' business


@pytest.mark.parametrize(("en", "pattern"), [
    ("The committee approved the of the new library.", "det-no-noun"),
    ("She opened the box and took out a.", "det-no-noun"),
    ("The farmers' were harvested in October.", "possessive-no-noun"),
    ("The results of can change the plan.", "of-modal"),
    ("The shop sells fruit such as, apples and pears.", "such-as-nothing"),
    ("The shop sells apples,, pears and plums.", "double-comma"),
    ("We don't if the train will be late.", "aux-no-verb"),
    ("The inspectors carefully the bridges before the holiday.", "adverb-no-verb"),
    ("On Monday, the city council the new budget with a large majority.", "no-verb"),
    ("The report that the river is cleaner than ten years ago.", "subject-that"),
    ("Visitors from abroad may different rules at the border.", "modal-no-verb"),
    ("The painting was secretly by a collector in Paris.", "be-no-participle"),
    ("The old harbour in 1920 and served as a fishing port for decades.", "subject-and"),
    ("When the storm came, they the windows and waited.", "pronoun-no-verb"),
    ("The keepers feed the lions, and visitors can them from the bridge.", "modal-no-verb"),
])
def test_gaps_where_a_word_was_taken_out(en, pattern):
    assert pattern in [g.pattern for g in gaps(en)]
    assert pattern in GAP_NAMES  # every pattern has words for the message


@pytest.mark.parametrize("en", [
    "The committee approved the design of the new library.",
    "These are the results we expected.",
    "The idea that the city can change its plan comes from the mayor.",
    "When the rain stopped, the children went outside.",
    "I don't know if the train will be late.",
    "Last year the company opened three new shops.",
    "Dear guests, good evening.",
    "In the spring of 2019, when the bridge opened, traffic fell by half.",
    "The museum, which opened in 1920, attracts many visitors.",
    "Prices rose sharply in March, and wages followed in May.",
    "He gave each of them a book.",
    "At 9 a.m. the meeting began.",
    "The city has three parks, two museums, and a zoo.",
    "Members of the press, ladies and gentlemen, good morning.",
    "A: The ministry has published the figures.",
    "A. The ministry has published the figures.",
    "What should the city do about the old harbour?",
    "Annual Report of the Harbour Authority",
    "the harbour reopened in May.",  # a piece of a sentence the segmenter cut
    "When thou tillest the ground, it shall yield her strength.",  # a verb the table lacks
    "Therefore shall a man leave his father.",  # an inversion, not a modal with no verb
    "Then said he the words again.",  # an inverted subject
    "We the citizens of this town ask for a new bridge.",  # an apposition
    "The harbour, the museum and the new bridge, which the council approved in 2019, "
    "opened last week.",
    # a relative clause's own verb right before the main verb: two verb groups, not one
    "The energy that the old port shows is a sign of the region's growth.",
    "The trust that the two peoples built has lasted for decades.",
    # a spaced apostrophe inside a place name is no determiner
    "The ministers met in Xi 'an, which hosted the summit.",
    # a list's letter labels, at the start of a line or after the item before
    "a) 12 confirmed cases, all imported;",
    "As of midnight the city had reported: a) no new cases; b) two recoveries.",
    "a. The ministry has published the figures.",
    # "the" before a word that heads its own noun phrase
    "All the above show that the new harbour rules work.",
    "The council adopted the following: a budget, a plan and a timetable.",
    "Of the two bridges, the former was built in 1920 and the latter in 1985.",
    # a leading subordinate clause that leaves out its subject and "be"
    "Though only a small village in the hills, Lijiang draws many visitors.",
    "While in Shanghai, the delegation visited three schools.",
    "If necessary, the ministry will send more doctors.",
    "Once completed, the railway will link the two provinces.",
    "Although rich in coal, the region invests in solar power.",
    # a heading in title case, however its lines were joined
    "Comprehensive Progress Made in Various Undertakings in the Southern Region.",
    # a colon inside a quoted title does not cut the sentence into clauses
    "The theme of this year's Asian Youth Games ceremony, \"Sharing the stage: dancing for "
    "peace\", was a popular one.",
])
def test_well_formed_english_has_no_gap(en):
    assert gaps(en) == []


@pytest.mark.parametrize(("word", "like"), [
    ("co-chaired", "chaired"), ("co-hosted", "hosted"), ("re-elected", "elected"),
    ("over-reached", "reached"), ("Co-sponsored", "sponsored"),
    ("mis-spelled", "spelled"), ("co-chair", "chair"),
])
def test_a_hyphenated_prefix_keeps_the_parts_of_speech_of_its_word(word, like):
    assert word_tags(word) == word_tags(like) and word_tags(word)


@pytest.mark.parametrize("word", ["state-owned", "well-known", "long-term", "China-Africa"])
def test_a_free_word_before_a_hyphen_is_no_prefix(word):
    assert VERB not in word_tags(word)


@pytest.mark.parametrize("en", [
    # a hyphen-prefixed verb is the clause's verb
    "On Monday, the mayor and the visiting minister co-chaired the first meeting of the board.",
    "Last week, the city and the provincial government co-hosted the third trade fair.",
    "In March, the ageing chairman of the harbour board re-elected his deputy.",
    # a numbered list item said as a bare noun phrase, as headings are
    "First, greater trust between the two sides.",
    "Second, more fruitful outcomes of practical cooperation.",
    "Third: stronger support for small firms.",
    "Finally, closer exchanges between young people.",
])
def test_well_formed_english_with_prefixed_verbs_and_list_headings(en):
    assert gaps(en) == []


@pytest.mark.parametrize("en", [
    # a list item whose subject is left and whose verb is gone is still a gap
    "First, we greater consensus on climate policies.",
    "Second, the expo greater consensus among African companies.",
    "On Monday, the mayor and the foreign minister the first meeting of the board.",
    # a leading clause with a subject and an object but no verb is no ellipsis
    "When a ship in the harbour a signal, the pilot answers at once.",
    "Though a farmer in the valley a new tractor, the harvest was small.",
    # a long stretch of capitalised names is a sentence, not a heading
    "The remaining categories Best Novel, Best Poem, Best Essay, Best Biography, Best Play, Best "
    "Translation, Best Short Story and Best Debut.",
])
def test_list_items_and_clauses_with_their_verb_taken_out_still_have_a_gap(en):
    assert "no-verb" in [g.pattern for g in gaps(en)]


def test_gaps_are_judged_sentence_by_sentence():
    en = "Harbour Report The committee approved the plan."
    # joined, a heading and a sentence read as one verbless clause; split, neither is one
    starts = (0, len("Harbour Report "))
    assert sentence_gaps(en, starts) == []
    found = sentence_gaps("The plan was approved. They opened the of the harbour.", (0, 23))
    assert [(g.pattern, g.left, g.right) for g in found] == [("det-no-noun", "the", "of")]
    assert found[0].start == len("The plan was approved. They opened ")


# ------------------------------------------------------------------------- omission


@pytest.mark.parametrize(("zh", "en", "word"), [
    ("市议会周一批准了新的预算。",
     "On Monday, the city council the new budget with a large majority.", "批准"),
    ("检查人员在假期前仔细检查了桥梁。",
     "The inspectors carefully the bridges before the holiday.", "仔细检查"),
    ("委员会批准了新图书馆的设计方案。", "The committee approved the of the new library.",
     "设计方案"),
    ("我们不知道火车会不会晚点。", "We don't if the train will be late.", "知道"),
    ("报告显示，河水比十年前干净。", "The report that the river is cleaner than ten years ago.",
     "显示"),
    ("这幅画被巴黎的一位收藏家秘密买下。", "The painting was secretly by a collector in Paris.",
     "买下"),
])
def test_a_gap_with_an_unrendered_word_of_its_kind(zh, en, word):
    found = omissions(zh, en)
    assert [(s.zh_word, s.confident) for s in found] == [(word, True)]
    start, end = found[0].zh_range
    assert zh[start:end] == word


@pytest.mark.parametrize(("zh", "en"), [
    ("市议会周一批准了新的预算。", "On Monday, the city council approved the new budget."),
    ("委员会批准了新图书馆的设计方案。",
     "The committee approved the design of the new library."),
    ("报告显示，河水比十年前干净。", "The report shows that the river is cleaner than ten years "
     "ago."),
])
def test_a_complete_translation_has_no_omission(zh, en):
    assert omissions(zh, en) == []


def test_a_gap_whose_chinese_is_all_rendered_is_only_a_hint():
    # the English is broken, but every Chinese noun has its English word: nothing to name
    found = omissions("委员会批准了图书馆。", "The committee approved the of the library.")
    assert [(s.zh_word, s.confident, s.why) for s in found] == [("", False, "det-no-noun")]


def test_a_noun_gap_does_not_blame_a_name_nor_a_verb_gap_a_noun():
    # the dropped word is the verb 参观; 博物馆 is rendered, 李明 is a name
    found = omissions("李明周二参观了博物馆。", "On Tuesday, Li Ming the museum with his class.")
    assert [s.zh_word for s in found if s.confident] == ["参观"]


# ------------------------------------------------------------------------- addition


@pytest.mark.parametrize(("zh", "en", "word"), [
    ("农民在十月收获了苹果。", "The farmers harvested the delicious apples in October.",
     "delicious"),
    ("工人们修复了那座桥。", "The workers repaired the ancient bridge.", "ancient"),
    ("工人们修复了那座桥。", "The workers quickly repaired the bridge.", "quickly"),
    ("医生检查了病人的心脏。", "The doctor examined the patient's weak heart.", "weak"),
    # 尤其是 before 地球 has no link, but "especially" renders it: it leaves nothing for "small"
    ("尤其是地球。", "And especially the small Earth.", "small"),
    # a Chinese relative clause before its noun puts words between 知道 'know' and 货物
    # 'goods', but only one-character ones: still next to each other
    ("我知道进口到这个国家的大部分货物都是免关税的。",
     "I know that most of the famous goods imported into this country are duty free.", "famous"),
])
def test_an_english_modifier_with_no_source(zh, en, word):
    found = additions(zh, en)
    assert [s.en_word for s in found] == [word]
    start, end = found[0].en_range
    assert en[start:end] == word


@pytest.mark.parametrize(("zh", "en"), [
    ("农民在十月收获了苹果。", "The farmers harvested the apples in October."),
    ("工人们修复了那座古老的桥。", "The workers repaired the ancient bridge."),  # 古老 is there
    ("工人们很快修复了那座桥。", "The workers quickly repaired the bridge."),  # 很快 'quickly'
    # 上 'previous': a sense of a character of a word nothing renders
    ("失业率比上月下降了。", "The unemployment rate fell from the previous month."),
    ("两国长治久安。", "The two countries enjoy lasting peace."),  # an idiom carries it
    ("他们修复了很多桥。", "They repaired many bridges."),  # a routine quantifier
    # 合作 'cooperate' inside the compound 友好合作, which "friendly" renders only in part
    ("两国发展友好合作关系。", "The two countries develop friendly and cooperative relations."),
    # an adverb of degree before the head (非常 'very') is said on the English noun; the
    # "Extraordinary" of the title far away does not render it
    ("我非常荣幸出任驻新西兰特命全权大使。",
     "It is a great honor for me to be Ambassador Extraordinary and Plenipotentiary to New "
     "Zealand."),
    # a conjunctive adverb links two clauses and adds nothing
    ("双方应妥善处理分歧，增进互信，推动两国关系发展。",
     "The two sides should properly manage differences and enhance mutual trust, thus "
     "promoting the growth of relations."),
    # the head's link (进程 'process') is far from the phrase's other words (历史 'historic'):
    # the unrendered 转折 between them is what "evolutionary" renders
    ("这个国家经历了伟大的历史转折，参与了全球化进程。",
     "The country went through a historic evolutionary process and took part in "
     "globalization."),
    # the modifier's head is a noun nothing links (满载而归 'return fully laden' ~ "fruitful
    # results"): the linked word after the comma is not what it modifies
    ("我每次都满载而归,开启了合作新阶段。",
     "Each time I returned with fruitful results, opening a new stage of cooperation."),
])
def test_a_modifier_the_chinese_accounts_for_is_not_an_addition(zh, en):
    assert additions(zh, en) == []


# ------------------------------------------------------------------------- the check


def _context(zh: list[str], en: list[str]) -> CheckContext:
    beads = tuple(Bead((i,), (i,), 0.8) for i in range(len(zh)))
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    return CheckContext(alignment=a, settings=Settings())


ZH = ["市议会周一批准了新的预算。", "农民在十月收获了苹果。", "工人们修复了那座桥。",
      "委员会批准了新图书馆的设计方案。"]
EN = ["On Monday, the city council approved the new budget.",
      "The farmers harvested the apples in October.",
      "The workers repaired the bridge.",
      "The committee approved the design of the new library."]


def test_the_check_is_registered_with_its_rules():
    assert PartialCheck in CHECKS
    for rule in ("partial-omission", "partial-addition"):
        assert REGISTRY[rule].severity is Severity.WARNING
        assert REGISTRY[rule].doc and REGISTRY[rule].example
    assert {r.id for r in PartialCheck.rules} == {"partial-omission", "partial-addition"}


def test_a_faithful_document_is_quiet():
    assert list(PartialCheck().run(_context(ZH, EN))) == []


def test_findings_name_both_words_and_point_at_the_sentence():
    en = [EN[0], "The farmers harvested the delicious apples in October.", EN[2],
          "The committee approved the of the new library."]
    ctx = _context(ZH, en)
    assert english_coverage([(z, e) for z, e in zip(ZH, en, strict=True)]) >= LITERAL_BAR
    found = list(PartialCheck().run(ctx))
    assert [(f.rule, f.bead, f.severity) for f in found] == [
        ("partial-addition", 1, Severity.WARNING),
        ("partial-omission", 3, Severity.WARNING),
    ]
    addition, omission = found
    assert ("en", "delicious") in addition.evidence and ("zh", "苹果") in addition.evidence
    assert ("zh", "设计方案") in omission.evidence and ("en", "the of") in omission.evidence
    assert addition.en is not None and addition.en.start == ctx.alignment.en.segments[1].start


def test_additions_are_not_judged_in_a_free_translation():
    # most English words here have no dictionary source: the translator's style, not additions
    zh = ["农民在十月收获了苹果。", "天气很好。", "大家都很高兴。"]
    en = ["The farmers harvested the delicious apples in October.",
          "Glorious sunshine blessed the valley throughout.",
          "Spirits soared across the countryside."]
    assert english_coverage(list(zip(zh, en, strict=True))) < LITERAL_BAR
    assert [f.rule for f in PartialCheck().run(_context(zh, en))] == []


def test_suspected_additions_do_not_make_a_document_look_free():
    # a document full of added words must not fall below the literal bar because of them
    zh, en = "农民在十月收获了苹果。", "The farmers harvested the delicious apples in October."
    assert english_coverage([(zh, en)]) == pytest.approx(4 / 5)  # delicious has no source
    assert english_coverage([(zh, en)], [{en.index("delicious")}]) == 1.0


@pytest.mark.parametrize("en", [
    "(Now the man was very meek, above all the men upon the face of the earth.",
    "The men (who were there said nothing.",
    "((.",
    "(",
    ").",
])
def test_unbalanced_brackets_do_not_break_the_gap_finder(en):
    assert isinstance(gaps(en), list)


def test_gap_finder_never_raises_on_arbitrary_english():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(["the", "a", "of", "(", ")", ",", ".", "?", ";", ":", "and", "that",
                             "Now", "man", "was", "very", "don't", "if", "His", "research",
                             "When", "it", "May", "'s", "\n", "1985", "were", "by"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(words, max_size=25))
    def run(tokens):
        text = " ".join(tokens)
        assert isinstance(gaps(text), list)
        assert isinstance(gaps(text[:1].upper() + text[1:] + "."), list)

    run()


@pytest.mark.parametrize(("en", "glued"), [
    ("Moreover,someexpertsbelievethatthecityisnotthatinterestedinbuildinganewbridge.", True),
    ("TheMinistryofCommerceheldaregularpressconferenceonThursdayafternoon.", True),
    ("The council approved the budget.", False),
    ("Internationalization and counterrevolutionaries are long words.", False),
    # one glued title word in a long sentence leaves the rest readable
    ("ForeignMinistrySpokespersonWang Wenbin held a press conference in Beijing on the "
     "afternoon of October 29, and answered questions from many journalists.", False),
    ("", False),
])
def test_english_run_together_without_spaces(en, glued):
    assert run_together(en) is glued


def test_a_bead_whose_english_lost_its_spaces_is_not_judged_word_by_word():
    zh = [*ZH[:3], "委员会并不想批准新图书馆的设计方案。"]
    glued = "Thecommitteeisnotwillingtoapprovethedesignofthenewlibraryatthispoint."
    assert negation_mismatches(zh[3], glued)  # read as words, its "not" is not seen
    assert list(NegationCheck().run(_context(zh, [*EN[:3], glued]))) == []
    spaced = "The committee is not willing to approve the design of the new library."
    assert negation_mismatches(zh[3], spaced) == []
