"""The rule registry: every rule's stable id, title, default severity, documentation and example.

One table that the checks, the reports, the config loader and the CLI all read; importing it
loads no check. A check produces findings through its rules (``Rule.finding``), so an id or a
default severity is written here and nowhere else. Ids are never renamed once released.

To add a rule: register it here with ``_register``, give it to the check that produces it (its
``rules`` tuple), and document it in the README's rule table.
"""

from __future__ import annotations

from dataclasses import dataclass

from align.model import Finding, Severity, Span


@dataclass(frozen=True)
class Rule:
    """A stable rule id, its default severity, and its documentation: a sentence on what it
    catches and one example."""

    id: str
    title: str
    severity: Severity
    doc: str
    example: str = ""

    def finding(
        self,
        message: str,
        zh: Span | None,
        en: Span | None,
        *,
        severity: Severity | None = None,
        evidence: tuple[tuple[str, str], ...] = (),
        suggestion: str | None = None,
        bead: int | None = None,
    ) -> Finding:
        """A finding of this rule, at its default severity unless the check grades it."""
        return Finding(
            rule=self.id,
            severity=severity or self.severity,
            message=message,
            zh=zh,
            en=en,
            evidence=evidence,
            suggestion=suggestion,
            bead=bead,
        )


REGISTRY: dict[str, Rule] = {}


def _register(rule: Rule) -> Rule:
    if rule.id in REGISTRY:
        raise ValueError(f"rule id {rule.id!r} registered twice")
    REGISTRY[rule.id] = rule
    return rule


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, in the order the README and ``align rules`` list them."""
    return tuple(REGISTRY.values())


OMISSION = _register(Rule(
    id="omission",
    title="Chinese sentence not translated",
    severity=Severity.ERROR,
    doc="A Chinese sentence has no English counterpart: the aligner found nothing in the English "
    "that translates it. Short formulaic sentences (such as 谢谢。) are warnings, and so is a "
    "sentence the aligner grouped with a neighbour whose English translates only the neighbour. "
    "In the page's head (title block, speaker and venue lines, an editor's lead, a caption: the "
    "opening lines before the text's first well-paired sentences) it is at most a warning, and "
    "info when it is furniture.",
    example="zh 我们还将加快发展跨境电商。 -> en (nothing between the neighbouring sentences)",
))

ADDITION = _register(Rule(
    id="addition",
    title="English sentence with no Chinese source",
    severity=Severity.WARNING,
    doc="An English sentence has no Chinese counterpart. The Chinese prevails, so content the "
    "original does not contain should be removed or justified. Very short ones are info.",
    example="en 'Every graduate is guaranteed a job offer.' with no such sentence in the Chinese",
))

SHORT_TRANSLATION = _register(Rule(
    id="short-translation",
    title="English much shorter than the Chinese",
    severity=Severity.WARNING,
    doc="The English is less than a third of the length the Chinese predicts (at the document's "
    "own English-to-Chinese length ratio): part of the sentence is probably untranslated. Info "
    "when both sides are a line of address.",
    example="zh 会议强调，要加快建设现代化产业体系，推动传统产业转型升级。 -> en 'The meeting "
    "stressed this.'",
))

LONG_TRANSLATION = _register(Rule(
    id="long-translation",
    title="English much longer than the Chinese",
    severity=Severity.WARNING,
    doc="The English is more than three times the length the Chinese predicts: it probably adds "
    "content the original does not have.",
    example="zh 谢谢大家。 -> en 'Thank you all, and let me add that our ministry has ...'",
))

MISMATCH = _register(Rule(
    id="mismatch",
    title="English does not say what the Chinese says",
    severity=Severity.WARNING,
    doc="The aligned English sentence is far less similar in meaning to its Chinese sentence "
    "than the document's other sentence pairs are: it may translate something else, or be a "
    "wrong sentence pasted in. Thresholds: settings mismatch_z and mismatch_max_score.",
    example="zh 今年以来，新能源汽车产销两旺。 -> en 'The committee will meet again next spring.'",
))

UNTRANSLATED = _register(Rule(
    id="untranslated",
    title="Chinese left untranslated in the English",
    severity=Severity.ERROR,
    doc="The English sentence still contains Chinese characters, usually a term the translator "
    "meant to come back to.",
    example="en 'The 专精特新 enterprises grew by 12%.'",
))

NUMBER_MISSING = _register(Rule(
    id="number-missing",
    title="Number missing",
    severity=Severity.ERROR,
    doc="A quantity of the Chinese has no counterpart in the English.",
    example="增长1.6万人 -> 'grew by many people'",
))

NUMBER_MISMATCH = _register(Rule(
    id="number-mismatch",
    title="Number differs",
    severity=Severity.ERROR,
    doc="A Chinese quantity appears in the English with a different value, unit or currency.",
    example="1.6万人 -> '1,600 people' (should be 16,000)",
))

NUMBER_KIND = _register(Rule(
    id="number-kind",
    title="Percent vs percentage points",
    severity=Severity.ERROR,
    doc="The English changes the kind of a quantity: percent written as percentage points, "
    "points as percent, or a percentage as a plain number.",
    example="提高0.2个百分点 -> 'up 0.2%' (should be 0.2 percentage points)",
))

NUMBER_QUALIFIER = _register(Rule(
    id="number-qualifier",
    title="Approximation or bound changed",
    severity=Severity.WARNING,
    doc="The English changes what a qualifier says about a quantity (nearly vs more than, "
    "above vs below). A qualifier only dropped or added is reported as info.",
    example="近四万人 -> 'more than 40,000 people' (should be nearly 40,000)",
))

NUMBER_EXTRA = _register(Rule(
    id="number-extra",
    title="Number only in the English",
    severity=Severity.WARNING,
    doc="The English states a quantity the Chinese does not have.",
    example="增长较快 -> 'grew by 12%'",
))

NUMBER_ROUNDED = _register(Rule(
    id="number-rounded",
    title="Rounded number",
    severity=Severity.INFO,
    doc="The two sides differ only by rounding, and one side says it is approximate.",
    example="4.49万亿元 -> 'nearly 4.5 trillion yuan'",
))

TOKEN_MISSING = _register(Rule(
    id="token-missing",
    title="Latin token missing",
    severity=Severity.WARNING,
    doc="A Latin or alphanumeric token of the Chinese (a name or code such as 5G, G20, APEC) "
    "does not appear in the English.",
    example="5G基站 -> 'fifth-generation base stations' (keep 5G)",
))

NAME_MISMATCH = _register(Rule(
    id="name-mismatch",
    title="Name in the English not found in the Chinese",
    severity=Severity.WARNING,
    doc="A Chinese personal name written in pinyin in the English does not match any name in "
    "the aligned Chinese sentence: a wrong or misspelt name (info where that Chinese has no "
    "word at all, only numbers or marks: a heading the page cut short).",
    example="zh 下面请赵启明先生介绍情况。 -> en 'Now Mr. Zhang Qiming will brief you.'",
))

SPEAKER_MISMATCH = _register(Rule(
    id="speaker-mismatch",
    title="Sentence attributed to another speaker",
    severity=Severity.WARNING,
    doc="In a transcript with speaker turns, the English puts this sentence in a different "
    "speaker's turn than the Chinese does. A warning: on real published pages every one seen "
    "came from a list of members the aligner paired one line out of step.",
    example="zh 孙雅楠：…截至9月末… -> en under 'Zheng Guohua:'",
))

TERM_MISMATCH = _register(Rule(
    id="term-mismatch",
    title="Glossary term not rendered as agreed",
    severity=Severity.WARNING,
    doc="The Chinese uses a term from the project glossary (settings: terms) but the English "
    "uses none of the renderings the glossary accepts for it.",
    example='terms: "新型工业化" = "new industrialization"; zh 推进新型工业化 -> en '
    "'advance new-type industrialisation'",
))

NEGATION = _register(Rule(
    id="negation",
    title="Negation differs",
    severity=Severity.WARNING,
    doc="One side negates and the other does not (不/没有/未/无 … against not/no/never/without): "
    "the translation may say the opposite. Look-alikes (无论, 非常, not only), double negation "
    "(不得不, cannot help) and words with a negation built in (不满 ↔ dissatisfied, 缺乏 ↔ lack) "
    "are taken into account.",
    example="zh 据推测，他将在明年参加竞选。 -> en 'He is expected not to run next year.'",
))

NAME_UNMATCHED = _register(Rule(
    id="name-unmatched",
    title="Name in the English that the Chinese does not have",
    severity=Severity.WARNING,
    doc="A proper name in the English (place, organisation, person, medium) that no Chinese word "
    "of the aligned sentence accounts for, by dictionary, name table, pinyin, the same letters "
    "or a transliteration that sounds alike: a name replaced or added. Info where the English "
    "renders nothing of the sentence the Chinese name is in (the two may say different "
    "things).",
    example="zh 从中美洲进口的货物 -> en 'goods imported from Brazil'",
))

NAME_MISSING = _register(Rule(
    id="name-missing",
    title="Name in the Chinese missing from the English",
    severity=Severity.WARNING,
    doc="A proper name of the Chinese (place, organisation, person, medium) that no English word "
    "of the aligned sentence renders. Info where the English may still say it: nothing of the "
    "name's sentence is rendered (an omission, or a one-sided lead), the name is a language's "
    "(英文, 中英文对照), a possessive pronoun "
    "stands where the name would, the document renders the name elsewhere by an English "
    "name this sentence has, or the neighbouring English says it more often than its own "
    "Chinese (moved there). A piece the segmenter cut out of words (方有何 of 中方有何评论) is "
    "no name, and one part of a dotted foreign name is rendered with the others.",
    example="zh 新华社记者在北京报道 -> en 'a reporter said'",
))

ANTONYM = _register(Rule(
    id="antonym",
    title="English says the opposite word",
    severity=Severity.WARNING,
    doc="An English word that no Chinese word accounts for is the antonym of what a Chinese word "
    "of the sentence means (import/export, rise/fall, born/die), by the dictionary's glosses "
    "and a hand-written antonym table.",
    example="zh 从中美洲进口的货物 -> en 'goods exported from Central America'",
))

PARTIAL_OMISSION = _register(Rule(
    id="partial-omission",
    title="Word of the Chinese dropped inside a sentence",
    severity=Severity.WARNING,
    doc="The English sentence has a gap where a word was left out (a determiner with no noun, "
    "'don't' with no verb, a clause with a subject and no verb) and the Chinese has a noun or "
    "verb of the missing kind that no English word renders (the one nearest to where the links "
    "of the neighbouring words place the gap is named). A gap with no such Chinese word is "
    "reported as info.",
    example="zh 他的研究表明，施用激素可加速胎肺的成熟。 -> en 'His research that the "
    "administration of hormones can accelerate the maturation of fetal lungs.'",
))

PARTIAL_ADDITION = _register(Rule(
    id="partial-addition",
    title="Word in the English with no Chinese source",
    severity=Severity.WARNING,
    doc="An English adjective or adverb that no Chinese word accounts for (by dictionary, stem, "
    "pinyin or name) on a word that is linked, where every Chinese word around that word's "
    "counterpart is accounted for, so nothing is left for it to translate. Only in a literal "
    "translation (at least 65% of the document's English content words have a dictionary "
    "source): in a free one, such words are the translator's style.",
    example="zh 大部分货物都是免关税的 -> en 'most of the famous goods are duty free'",
))

TAG_MISMATCH = _register(Rule(
    id="tag-mismatch",
    title="Inline tags or placeholders differ",
    severity=Severity.ERROR,
    doc="A unit of a bilingual file (XLIFF, PO, TMX, CSV/TSV) whose inline tags (XLIFF g, ph, bpt, "
    "x...; TMX bpt, ph...) or placeholders (%s, %1$d, {0}, {name}) are not the same on both "
    "sides: a tag lost or added breaks the formatting, a placeholder the program.",
    example="zh 已删除 %d 个文件 -> en 'Files deleted'",
))
