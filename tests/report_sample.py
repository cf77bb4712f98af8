"""A hand-built, deterministic batch of two reports for the report-format tests.

Pair 1 is an ordinary check result (a wrong number, a missing token marked inside the
sentence, an omission, an addition). Pair 2 carries hostile text: markup, quotes and
ampersands in sentences, messages, evidence and paths, plus workflow-command characters
(``%``, ``:``, ``,``, a newline) that the CI formats must escape.
"""

from __future__ import annotations

from align.model import (
    Alignment,
    Bead,
    Document,
    Finding,
    Report,
    Segment,
    Settings,
    Severity,
    Span,
)
from align.rules import Rule


def document(path: str, lang: str, text: str, sentences: list[str]) -> Document:
    """A Document whose segments are ``sentences`` found in order in ``text``."""
    segs, pos = [], 0
    for i, sentence in enumerate(sentences):
        start = text.index(sentence, pos)
        end = start + len(sentence)
        segs.append(Segment(i, sentence, start, end, text.count("\n", 0, start) + 1))
        pos = end
    return Document(path=path, lang=lang, text=text, segments=tuple(segs))


ZH1 = [
    "今年前三季度，全市新增就业岗位1.6万个。",
    "城镇登记失业率为3.2%。",
    "全年新建5G基站1200座。",
    "谢谢大家。",
]
EN1 = [
    "In the first three quarters, the city added 16,000 jobs.",
    "The registered urban unemployment rate was 3.5%.",
    "Some 1,200 base stations were built this year.",
    "This is the best result in ten years.",
]

ZH2 = [
    "请勿在页面中输入<script>window.__pwned=1</script>这样的代码。",
    "会议地点：北京，时间：上午9点。",
]
EN2 = [
    'Do not type code such as <img src=x onerror="window.__pwned=2"> into the page.',
    "Venue: Beijing, time: 9 a.m. & 100% sure.",
]

RULES = (
    Rule(
        "number-mismatch", "Different number", Severity.ERROR, "A quantity differs.", "3.2% -> 3.5%"
    ),
    Rule("token-missing", "Token missing", Severity.WARNING, "A Latin token is missing."),
    Rule("omission", "Not translated", Severity.ERROR, "A Chinese sentence is missing."),
    Rule("addition", "Added", Severity.WARNING, "An English sentence has no source."),
    Rule("mismatch", "Different meaning", Severity.WARNING, "The meaning differs."),
)


def pair_one() -> Report:
    zh = document(
        "docs/zh/report.txt", "zh", "\n".join(ZH1[:2]) + "\n\n" + "\n".join(ZH1[2:]) + "\n", ZH1
    )
    en = document(
        "docs/en/report.txt", "en", " ".join(EN1[:2]) + "\n\n" + "\n".join(EN1[2:]) + "\n", EN1
    )
    beads = (
        Bead((0,), (0,), 0.82),
        Bead((1,), (1,), 0.79),
        Bead((2,), (2,), 0.74),
        Bead((3,), ()),
        Bead((), (3,)),
    )
    a = Alignment(zh, en, beads, model="hand-made")
    token = zh.text.index("5G")
    findings = (
        Finding(
            "number-mismatch",
            Severity.ERROR,
            "The English says 3.5% where the Chinese says 3.2%.",
            Span.of(zh, [1]),
            Span.of(en, [1]),
            evidence=(("zh", "3.2%"), ("en", "3.5%"), ("zh_value", "3.2 percent")),
            suggestion="3.2%",
            bead=1,
        ),
        Finding(
            "token-missing",
            Severity.WARNING,
            "5G appears in the Chinese but not in the English.",
            Span("5G", zh.segments[2].line, token, token + 2, (2,)),
            Span.of(en, [2]),
            evidence=(("token", "5G"),),
            bead=2,
        ),
        Finding(
            "omission",
            Severity.WARNING,
            "This Chinese sentence is missing from the English translation.",
            Span.of(zh, [3]),
            Span("", en.segments[2].line, en.segments[2].end, en.segments[2].end),
            bead=3,
        ),
        Finding(
            "addition",
            Severity.INFO,
            "This English sentence has no counterpart in the Chinese original.",
            Span("", zh.segments[3].line, zh.segments[3].end, zh.segments[3].end),
            Span.of(en, [3]),
            bead=4,
        ),
    )
    return Report(
        a, findings, signature="align:test|model:hand-made", settings=Settings(fail_on="error")
    )


def pair_two() -> Report:
    zh = document("odd <zh>, a:b %.txt", "zh", "\n".join(ZH2) + "\n", ZH2)
    en = document("odd <en>, a:b %.txt", "en", "\n".join(EN2) + "\n", EN2)
    a = Alignment(zh, en, (Bead((0,), (0,), 0.12), Bead((1,), (1,), 0.7)), model="hand-made")
    findings = (
        Finding(
            "mismatch",
            Severity.WARNING,
            'The English says <b>"something else"</b> & more:\nsecond line, 50% sure',
            Span.of(zh, [0]),
            Span.of(en, [0]),
            evidence=(("similarity", "0.12"), ("note", "<i>&amp;</i>")),
            bead=0,
        ),
        Finding(
            "number-extra",
            Severity.ERROR,
            "100% appears only in the English.",
            Span.of(zh, [1]),
            Span.of(en, [1]),
            evidence=(("en", "100%"),),
            bead=1,
        ),
    )
    return Report(a, findings, signature="align:test|model:hand-made|x<y", settings=Settings())


def sample_reports() -> list[Report]:
    return [pair_one(), pair_two()]


def suppressed_reports() -> list[Report]:
    """``sample_reports`` after review: pair 2's meaning mismatch accepted by a translator, and
    pair 1's addition held by a baseline. Both stay in the reports, marked suppressed."""
    from dataclasses import replace

    from align.model import Suppression

    one, two = sample_reports()
    accepted = Suppression("accepted", "a free rendering the editor approved", "Li Wei",
                           "2025-01-14T09:30:00Z")
    baseline = Suppression("baseline", "in baseline align-baseline.json")
    one = replace(one, findings=tuple(
        replace(f, suppressed=baseline) if f.rule == "addition" else f for f in one.findings))
    two = replace(two, findings=tuple(
        replace(f, suppressed=accepted) if f.rule == "mismatch" else f for f in two.findings))
    return [one, two]
