"""The checks: ``CHECKS`` lists every check; ``run_checks`` applies them all to an alignment.

A check produces findings of the rules it declares (``rules``, entries of ``align.rules``).
Settings decide which rules run, their severities, and which findings are ignored; no check
looks at files, only at the alignment. To add a check, write its module and add its class here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from align.checks.antonym import AntonymCheck
from align.checks.base import Check, CheckContext
from align.checks.coverage import DOUBTS, CoverageCheck, furniture_zh
from align.checks.entities import EntitiesCheck
from align.checks.length import LengthCheck
from align.checks.lexical import on_respaced_words
from align.checks.meaning import MeaningCheck
from align.checks.names import NamesCheck
from align.checks.numbers import NumbersCheck, heading_line
from align.checks.partial import PartialCheck
from align.checks.polarity import NegationCheck
from align.checks.tags import TagsCheck
from align.checks.terms import TermsCheck
from align.checks.untranslated import UntranslatedCheck
from align.model import Alignment, Document, Finding, Severity
from align.rules import (
    ADDITION,
    ANTONYM,
    NAME_MISSING,
    NAME_UNMATCHED,
    NEGATION,
    NUMBER_EXTRA,
    NUMBER_MISSING,
    OMISSION,
    PARTIAL_ADDITION,
    PARTIAL_OMISSION,
    SHORT_TRANSLATION,
    TOKEN_MISSING,
)
from align.scripts import converters

CHECKS: tuple[type[Check], ...] = (
    CoverageCheck, LengthCheck, MeaningCheck, UntranslatedCheck, NumbersCheck, NamesCheck,
    TermsCheck, NegationCheck, EntitiesCheck, AntonymCheck, PartialCheck, TagsCheck,
)  # fmt: skip
# The checks that judge the English word by word (through ``lexical.bead_texts``): on a page
# that lost its spaces they read the words respaced, and what they find there is information.
WORD_LEVEL: tuple[type[Check], ...] = (NegationCheck, EntitiesCheck, AntonymCheck, PartialCheck)


def run_checks(ctx: CheckContext) -> tuple[Finding, ...]:
    """Every enabled rule's findings, with severity overrides and ignore patterns applied, in
    document order (by bead, then rule)."""
    s = ctx.settings
    overrides = dict(s.severity_overrides)
    ignore = [re.compile(p) for p in s.ignore_patterns]
    out: list[Finding] = []
    for check in CHECKS:
        found = check().run(ctx)
        if check in WORD_LEVEL:
            found = on_respaced_words(ctx, found)
        for f in found:
            if f.rule in s.disabled_rules:
                continue
            if any(p.search(side.text) for p in ignore for side in (f.zh, f.en) if side):
                continue
            if f.rule in overrides:
                f = replace(f, severity=overrides[f.rule])
            out.append(f)
    out = one_finding_per_sentence(out, ctx.alignment)
    out = titles_worded_apart(out, ctx.alignment)
    out = one_reading_per_bead(out)
    out.sort(key=lambda f: (f.bead if f.bead is not None else -1, f.rule))
    return tuple(out)


# Rules about one word of a sentence, by the side the word is on (its ``evidence`` key), and the
# rule that reports that side's sentence as a whole.
_WORD_RULES = {NUMBER_MISSING.id: "zh", NAME_MISSING.id: "zh", TOKEN_MISSING.id: "zh",
               NUMBER_EXTRA.id: "en"}
_WHOLE_RULE = {"zh": OMISSION.id, "en": ADDITION.id}
WITHIN = "within"
"""Evidence key of a word finding folded into its sentence's finding (a grade, not an identity:
in ``MEASURED_EVIDENCE``)."""


def one_finding_per_sentence(findings: list[Finding], alignment: Alignment) -> list[Finding]:
    """A number, name or token missing from (or extra in) a sentence that another finding of
    its bead reports as a whole, not translated (omission) or without a source (addition), is
    information: the sentence is the one finding. An untranslated lead or header block is one
    finding, not one per date and name in it, and its severity (at most a warning in a page's
    head) is the block's. A word also found in a sentence of the bead that is translated keeps
    its severity: it may be that sentence's; so does a word of a sentence whose omission is
    information only because it is in doubt (``DOUBTS``). Numbers folded into an omission the
    embedding alone made a warning make it an error (``_numbers_missing_too``)."""
    whole: dict[tuple[int, str], set[int]] = {}
    for f in findings:
        if f.severity is Severity.INFO and DOUBTS & {key for key, _ in f.evidence}:
            continue  # a sentence perhaps rendered after all: its words speak for themselves
        for side, rule in _WHOLE_RULE.items():
            span = getattr(f, side)
            if f.rule == rule and f.bead is not None and span is not None and span.ids:
                whole.setdefault((f.bead, side), set()).update(span.ids)
    if not whole:
        return findings
    out = []
    numbers: dict[int, list[str]] = {}  # by bead, the numbers folded into a sentence's omission
    for f in findings:
        side = _WORD_RULES.get(f.rule)
        ids = whole.get((f.bead, side)) if side and f.bead is not None else None
        word = dict(f.evidence).get(side) if side else None
        if ids and word and f.severity is not Severity.INFO:
            doc = getattr(alignment, side)
            others = set(getattr(alignment.beads[f.bead], side)) - ids
            if (any(word in doc.segments[i].text for i in ids)
                    and not any(word in doc.segments[i].text for i in others)):
                said = "not translated" if side == "zh" else "without a source in the Chinese"
                f = replace(f, severity=Severity.INFO,
                            message=f"{f.message} It is in a sentence reported as {said}.",
                            evidence=(*f.evidence, (WITHIN, _WHOLE_RULE[side])))
                if f.rule == NUMBER_MISSING.id:
                    numbers.setdefault(f.bead, []).append(word)
        out.append(f)
    return [_numbers_missing_too(f, numbers.get(f.bead, []), alignment) for f in out]


# The evidence of a merged sentence's omission that rests on the embedding alone (no page head,
# heading or back reference that makes it at most a warning).
_SIMILARITY_ONLY = frozenset({"similarity with it", "similarity without it"})


def _numbers_missing_too(f: Finding, numbers: list[str], alignment: Alignment) -> Finding:
    """An omission at warning, on the embedding's word alone, as an error when numbers of the
    sentence that the English beside it does not say were folded into it: two signals that do not
    share a cause agree that the sentence has no English (按币种分析，…分别上升1.6%、2.6%及2.3%。
    merged into its neighbour's bead)."""
    keys = {key for key, _ in f.evidence}
    if (f.rule != OMISSION.id or f.severity is not Severity.WARNING or f.zh is None
            or "similarity without it" not in keys or not keys <= _SIMILARITY_ONLY):
        return f
    own = [w for w in dict.fromkeys(numbers)
           if any(w in alignment.zh.segments[i].text for i in f.zh.ids)]
    if not own:
        return f
    return replace(f, severity=Severity.ERROR,
                   evidence=(*f.evidence, ("numbers", "、".join(own) + " not in the English")))


# Rules that report Chinese words or length a title block's English lacks: when the Chinese page
# prints more title lines than the English one and one of them is a news headline quoting its
# speaker (出席國宴 總統:…), each page words its headline its own way.
_TITLE_RULES = frozenset((NAME_MISSING.id, TOKEN_MISSING.id, SHORT_TRANSLATION.id,
                          PARTIAL_OMISSION.id))


def titles_worded_apart(findings: list[Finding], alignment: Alignment) -> list[Finding]:
    """Findings of a missing word, name or length in the page's title block are information
    when the bead is title lines only on both sides (opening lines with no sentence stop, and
    datelines), the Chinese prints more title lines than the English (a headline and a
    sub-headline against one English headline), and what is missing is in a headline that
    quotes its speaker (出席「哈德遜研究所」晚會 總統:此獎項是向…臺灣人民致意): the English page
    words its one headline its own way. A byline, a date-and-place line or a speech's subtitle
    the English title block lacks stays a finding."""
    out = []
    for f in findings:
        if (f.rule in _TITLE_RULES and f.severity is not Severity.INFO and f.bead is not None
                and _in_quoting_headline(alignment, f)):
            f = replace(f, severity=Severity.INFO, message=(
                f"{f.message} It is in the Chinese page's headline quoting its speaker, in a "
                "title block where the Chinese prints more title lines than the English: each "
                "page words its title its own way."),
                evidence=(*f.evidence, ("furniture", "title block")))
        out.append(f)
    return out


def _in_quoting_headline(alignment: Alignment, f: Finding) -> bool:
    """Whether finding ``f`` (its Chinese word, or for a length the bead) is in a headline that
    quotes its speaker, in a bead of title lines only, more of them (datelines apart) in the
    Chinese than in the English."""
    bead = alignment.beads[f.bead]
    if not bead.zh or not bead.en:
        return False
    zh = [alignment.zh.segments[i].text for i in bead.zh]
    en = [alignment.en.segments[i].text for i in bead.en]
    if not (all(heading_line(t, i, "zh") for t, i in zip(zh, bead.zh, strict=True))
            and all(heading_line(t, i, "en") for t, i in zip(en, bead.en, strict=True))):
        return False
    zh_lines = _lines(alignment.zh, bead.zh)
    titles = sum(furniture_zh(t) != "dateline" for t in zh_lines)
    if titles <= sum(not _EN_DATE_LINE.fullmatch(t) for t in _lines(alignment.en, bead.en)):
        return False
    word = dict(f.evidence).get("zh")
    quoted = [m.group(1) or m.group(2) for t in zh_lines if (m := _QUOTING_HEADLINE.search(t))]
    t2s = converters()[0]
    return bool(quoted) and (word is None or any(
        t2s.convert(word) in t2s.convert(q) for q in quoted))


# A headline that quotes its speaker: "出席國宴 總統:You Are My Best Friend" (the speaker's
# words after a colon, with the event before them), or reports them after a space and a verb
# of saying or hoping ("參觀圖書館 總統盼與美共同促進區域和平": the President hopes …).
_QUOTING_HEADLINE = re.compile(
    r"^\S.{3,}?\s*[\u4e00-\u9fff]{1,6}\s*[:：]\s*(\S.+)$"
    r"|^\S.{3,}?\s+[\u4e00-\u9fff]{1,4}?(?:盼|籲|吁|期盼|期許|期许|表示|強調|强调|感謝|感谢|肯定|"
    r"呼籲|呼吁|重申|宣布)(\S.+)$")


def _lines(doc: Document, ids: tuple[int, ...]) -> list[str]:
    """The lines of the file the sentences ``ids`` span (the segmenter joins a title broken
    over lines into one sentence)."""
    return [line.strip() for i in ids for line in
            doc.text[doc.segments[i].start : doc.segments[i].end].split("\n") if line.strip()]


# A date printed alone on an English line (a page's posting date): 2023-03-31, 3/31/2023, March
# 31, 2023, 31 March 2023. ``furniture_en`` reads the last two as datelines but not the first
# two; a Chinese date line (2023年3月31日, 中華民國112年03月31日) is ``furniture_zh``'s.
_EN_DATE_LINE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4}|"
                           r"(?:[A-Z][a-z]+ \d{1,2},? \d{4})|(?:\d{1,2} [A-Z][a-z]+,? \d{4})")


# Rules that read one bead word by word and judge what its sentences say: a second finding of
# the same rule in the same bead comes from the same reading of the same sentences.
_READING_RULES = frozenset({NEGATION.id, ANTONYM.id, NAME_UNMATCHED.id, PARTIAL_ADDITION.id,
                            PARTIAL_OMISSION.id, TOKEN_MISSING.id})
REPEAT = "repeat"
"""Evidence key of a word-level finding whose bead already has one of its rule (a grade: in
``MEASURED_EVIDENCE``)."""


def one_reading_per_bead(findings: list[Finding]) -> list[Finding]:
    """A word-level meaning rule (negation, antonym, a name replaced, a word added or dropped,
    a token missing) flags a bead once: the first, most severe finding keeps its severity and
    the others of that rule in that bead are information. Two such findings in one bead come
    from one reading of the same sentences (two negations of one clause, two names of one
    greeting): a reviewer reads the sentence once, and when that reading is wrong, as on a free
    but faithful translation, every finding of it is wrong together. Numbers and names missing
    from a sentence are separate facts and keep theirs."""
    first: dict[tuple[int, str], int] = {}
    order = sorted(range(len(findings)), key=lambda k: (-findings[k].severity.rank, k))
    for k in order:
        f = findings[k]
        if f.rule in _READING_RULES and f.bead is not None and f.severity is not Severity.INFO:
            first.setdefault((f.bead, f.rule), k)
    out = []
    for k, f in enumerate(findings):
        kept = first.get((f.bead, f.rule)) if f.bead is not None else None
        if kept is not None and kept != k and f.severity is not Severity.INFO:
            f = replace(f, severity=Severity.INFO,
                        message=f"{f.message} The same sentence has another {f.rule} finding; "
                                "it carries the severity.",
                        evidence=(*f.evidence, (REPEAT, f.rule)))
        out.append(f)
    return out


__all__ = ["CHECKS", "REPEAT", "WITHIN", "Check", "CheckContext", "one_finding_per_sentence",
           "one_reading_per_bead", "run_checks"]
