"""What the CI formats (SARIF, JUnit, GitHub) share: rule lookup and where a finding points."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from align.model import Document, Finding, Report, Severity, Span
from align.rules import Rule, all_rules

# C0 controls become their Unicode control pictures (ESC -> ␛), DEL ␡, C1 controls and the
# bidirectional overrides and isolates (which reorder what a terminal shows) U+FFFD.
_NEUTRAL = {c: 0x2400 + c for c in range(0x20)}
_NEUTRAL[0x7F] = 0x2421
_NEUTRAL.update({c: 0xFFFD for c in range(0x80, 0xA0)})
_NEUTRAL.update({c: 0xFFFD for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def neutralise(text: str, keep: str = "") -> str:
    """``text`` with no terminal escape sequence or other control character left (except those
    in ``keep``): each is replaced by a visible stand-in, so a document can neither colour,
    move the cursor nor retitle a terminal, nor inject a workflow command."""
    table = _NEUTRAL if not keep else {k: v for k, v in _NEUTRAL.items() if chr(k) not in keep}
    return text.translate(table)


@dataclass(frozen=True)
class Location:
    """A finding's place in one file: 1-based lines and columns (columns in code points), the end
    exclusive as in SARIF."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


def rules_for(reports: Sequence[Report], known: Sequence[Rule] | None = None) -> dict[str, Rule]:
    """``known`` (default: every registered rule), plus a stand-in for any rule id a finding
    uses that is not among them (so a report never loses a finding for want of its rule)."""
    if known is None:
        known = all_rules()
    rules = {r.id: r for r in known}
    for report in reports:
        for f in report.findings:
            if f.rule not in rules:
                rules[f.rule] = Rule(id=f.rule, title=f.rule, severity=f.severity, doc="")
    return rules


def label(doc: Document, span: Span | None) -> str | None:
    """Where a reader of a structured file placed the span besides its line (subtitle cues and
    their timing, a bilingual unit's id, a Word paragraph), or None for plain text."""
    if span is None or not span.ids:
        return None
    labels = list(dict.fromkeys(
        doc.segments[i].label for i in span.ids if doc.segments[i].label is not None))
    if not labels:
        return None
    return labels[0] if len(labels) == 1 else f"{labels[0]} … {labels[-1]}"


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def locate(doc: Document, span: Span) -> Location:
    line, column = doc.position(span.start)
    end_line, end_column = doc.position(span.end)
    return Location(doc.path, line, column, end_line, end_column, span.text)


def primary(report: Report, f: Finding) -> Location:
    """The English side when the finding has one (an omission's English span marks where the
    missing sentence belongs), else the Chinese side, else the start of the English file."""
    a = report.alignment
    if f.en is not None:
        return locate(a.en, f.en)
    if f.zh is not None:
        return locate(a.zh, f.zh)
    return Location(a.en.path, 1, 1, 1, 1, "")


def chinese(report: Report, f: Finding) -> Location | None:
    """The Chinese side as a secondary location (None when the primary is already Chinese)."""
    if f.zh is None or f.en is None:
        return None
    return locate(report.alignment.zh, f.zh)


def one_line(text: str) -> str:
    return " ".join(text.split())


def describe(label: str, loc: Location) -> str:
    """``label path:line: text`` on one line; an empty span is the place something is missing."""
    text = one_line(loc.text) if loc.text else "(missing here)"
    return f"{label} {loc.path}:{loc.line}: {text}"


def total(reports: Sequence[Report]) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for r in reports:
        for k, v in r.summary().items():
            counts[k] += v
    return counts


def active(report: Report) -> list[Finding]:
    """The findings that count: not accepted by a reviewer, not held by a baseline."""
    return [f for f in report.findings if f.suppressed is None]


def counts(reports: Sequence[Report]) -> dict[str, int]:
    """Active findings by severity, then ``suppressed`` and how many of them each kind holds
    (``accepted``, ``baseline``)."""
    out = {s.value: 0 for s in Severity}
    out.update(suppressed=0, accepted=0, baseline=0)
    for r in reports:
        for f in r.findings:
            if f.suppressed is None:
                out[f.severity.value] += 1
            else:
                out["suppressed"] += 1
                out[f.suppressed.kind] = out.get(f.suppressed.kind, 0) + 1
    return out


def by_rule(reports: Sequence[Report]) -> dict[str, int]:
    """Active findings per rule, most frequent first (then by rule id)."""
    tally: dict[str, int] = {}
    for r in reports:
        for f in active(r):
            tally[f.rule] = tally.get(f.rule, 0) + 1
    return dict(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))


def doc_position(doc: Document, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` of ``doc.text`` in the file ``doc`` was read from."""
    pos = getattr(doc, "position", None)
    return pos(offset) if callable(pos) else position(doc.text, offset)


def words(f: Finding, lang: str) -> list[str]:
    """The words the finding's evidence quotes on side ``lang``: ``("zh", word)`` /
    ``("en", word)``, and a ``cue`` written ``"zh:word"`` / ``"en:word"``."""
    out = []
    for key, value in f.evidence:
        if key == "cue" and value.startswith(f"{lang}:"):
            value, key = value[len(lang) + 1 :], lang
        if key == lang and value and value not in out:
            out.append(value)
    return out


def focus(doc: Document, span: Span | None, f: Finding, lang: str) -> list[tuple[int, int]]:
    """Where the evidence words of side ``lang`` stand inside ``span``: sorted (start, end)
    offsets into ``doc.text``, each word's every occurrence (case-insensitively when the exact
    form is not there), overlaps merged; empty when the evidence quotes no word found there."""
    if span is None or span.start >= span.end:
        return []
    text = doc.text[span.start : span.end]
    lowered = text.casefold()
    hits = []
    for word in words(f, lang):
        hay, needle = (text, word) if word in text else (lowered, word.casefold())
        if len(hay) != len(text):  # casefold changed the length: no reliable offsets
            continue
        at = hay.find(needle)
        while at >= 0 and needle:
            hits.append((span.start + at, span.start + at + len(needle)))
            at = hay.find(needle, at + len(needle))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(hits):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def gap(report: Report, f: Finding) -> tuple[str, int] | None:
    """For an omission or addition whose other side is the neighbouring sentence it was merged
    with, the side and offset where the missing text belongs (at the start or the end of that
    neighbour, after the order of the sentences in the bead); None otherwise."""
    a = report.alignment
    if f.rule == "omission":
        lang, here, there = "en", f.zh, f.en
    elif f.rule == "addition":
        lang, here, there = "zh", f.en, f.zh
    else:
        return None
    if there is None or here is None or there.start == there.end or not here.ids:
        return None
    if f.bead is None or not 0 <= f.bead < len(a.beads):
        return lang, there.end
    ids = a.beads[f.bead].zh if lang == "en" else a.beads[f.bead].en
    before = bool(ids) and here.ids[-1] < ids[-1] and here.ids[0] == ids[0]
    return lang, there.start if before else there.end


def place(report: Report, f: Finding, lang: str) -> Location | None:
    """Side ``lang`` of a finding, narrowed to the wrong words: the first evidence word inside
    the span (to the last one's end), the gap where a missing sentence belongs, or else the
    whole span. None when the finding has no such side."""
    a = report.alignment
    doc, span = (a.zh, f.zh) if lang == "zh" else (a.en, f.en)
    if span is None:
        return None
    where = gap(report, f)
    if where is not None and where[0] == lang:
        start = end = where[1]
    else:
        hits = focus(doc, span, f, lang)
        start, end = (hits[0][0], hits[-1][1]) if hits else (span.start, span.end)
    line, column = doc_position(doc, start)
    end_line, end_column = doc_position(doc, end)
    return Location(doc.path, line, column, end_line, end_column, doc.text[start:end])
