"""``--format html``: one self-contained page for translators, both texts side by side.

One row per bead (Chinese left, English right); each finding is highlighted in both texts and
explained under its row; a summary at the top counts findings by severity and rule and links to
each one; checkboxes filter by severity and by rule, and can hide rows without findings. Keys
``n``/``p`` jump to the next/previous visible finding.

No network and nothing external: CSS and JavaScript are inline. Every piece of document text is
HTML-escaped, and a Content-Security-Policy allows only this page's own script (by hash), so a
sentence such as ``<img src=x onerror=...>`` is shown as text and can run nothing even if an
escape were ever missed. The page is static HTML (no rendering in JavaScript) and rows use
``content-visibility: auto``, so a 2,000-sentence pair opens quickly.

Evidence is written for people ("Chinese: 1.6万 = 16,000 · English: 1,600"), the words it quotes
are in bold in both texts, an omission merged into its neighbour is a caret at the place the
missing sentence belongs (not the correct neighbour marked as wrong), and findings accepted by a
reviewer or held by a baseline are greyed, with the reason, and counted apart.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from html import escape

from align.model import Document, Finding, Report, Severity, Span
from align.report._common import focus, gap
from align.report.context import DEFAULT, RenderContext
from align.version import __version__

_SEVERITIES = [s.value for s in sorted(Severity, key=lambda s: -s.rank)]


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    numbered = _number(reports)
    title = ctx.title
    if title is None:
        if len(reports) == 1:
            a = reports[0].alignment
            title = f"align: {a.zh.path} ⇄ {a.en.path}"
        else:
            title = f"align: {len(reports)} pairs"
    body = [
        "<header>",
        f"<h1>{_e(title)}</h1>",
        _summary(reports, numbered),
        "</header>",
        "<main>",
    ]
    for p, report in enumerate(reports):
        body.append(_pair(p, report, numbered[p], f"Pair {p + 1}: " if len(reports) > 1 else ""))
    body.append("</main>")
    signatures = sorted({r.signature for r in reports if r.signature})
    body.append(
        "<footer>"
        + "".join(f"<p><code>{_e(s)}</code></p>" for s in signatures)
        + f"<p>align {_e(__version__)}</p></footer>"
    )
    return _page(title, "\n".join(body))


def _number(reports: Sequence[Report]) -> list[list[tuple[int, Finding]]]:
    """Every finding with its page-wide number (1-based), per report."""
    out, n = [], 0
    for report in reports:
        mine = []
        for f in report.findings:
            n += 1
            mine.append((n, f))
        out.append(mine)
    return out


def _summary(reports: Sequence[Report], numbered: list[list[tuple[int, Finding]]]) -> str:
    everything = [(p, n, f) for p, items in enumerate(numbered) for n, f in items]
    live = [f for _, _, f in everything if f.suppressed is None]
    sev = Counter(f.severity.value for f in live)
    rules = Counter(f.rule for _, _, f in everything)
    parts = ['<section id="summary" aria-label="Summary">']
    total = len(live)
    counts = ", ".join(
        f'<span class="sev-{s}">{sev[s]} {s}{"" if sev[s] == 1 else "s"}</span>'
        for s in _SEVERITIES
    )
    held = Counter(f.suppressed.kind for _, _, f in everything if f.suppressed is not None)
    quiet = ""
    if held:
        kinds = ", ".join(f"{held[k]} {k}" for k in ("accepted", "baseline") if held[k])
        quiet = f' <span class="sup">{sum(held.values())} suppressed ({kinds})</span>.'
    parts.append(
        f'<p class="counts"><b>{total} finding{"" if total == 1 else "s"}</b> '
        f"in {len(reports)} pair{'' if len(reports) == 1 else 's'}: {counts}.{quiet} "
        f'<span id="shown" aria-live="polite"></span></p>'
    )
    parts.append('<form id="filters" class="filters">')
    parts.append("<fieldset><legend>Severity</legend>")
    for s in _SEVERITIES:
        parts.append(
            f'<label><input type="checkbox" data-filter="sev" value="{s}" checked> '
            f'<span class="sev-{s}">{s}</span> ({sev[s]})</label>'
        )
    parts.append("</fieldset><fieldset><legend>Rule</legend>")
    for rule in sorted(rules):
        parts.append(
            f'<label><input type="checkbox" data-filter="rule" value="{_e(rule)}" checked> '
            f"<code>{_e(rule)}</code> ({rules[rule]})</label>"
        )
    if held:
        parts.append(
            '</fieldset><fieldset><legend>Suppressed</legend><label><input type="checkbox" '
            f'data-filter="sup" value="1" checked> accepted or baselined ({sum(held.values())})'
            "</label>"
        )
    parts.append(
        '</fieldset><fieldset><legend>Rows</legend><label><input type="checkbox" id="only"> '
        "only rows with findings</label></fieldset></form>"
    )
    if everything:
        parts.append(f"<details open><summary>All findings ({total})</summary><ol id=index>")
        for p, n, f in everything:
            side = f.en if f.en is not None and f.en.text else f.zh
            where = f"{'en' if side is f.en else 'zh'} line {side.line}" if side else ""
            pair = f"pair {p + 1} · " if len(reports) > 1 else ""
            sup = ' class="sup" data-sup="1"' if f.suppressed is not None else ""
            parts.append(
                f'<li data-fid="{n}" data-sev="{f.severity.value}" data-rule="{_e(f.rule)}"{sup}>'
                f'<a href="#f{n}"><span class="sev-{f.severity.value}">{f.severity.value}</span> '
                f"<code>{_e(f.rule)}</code> {pair}{where}: {_e(f.message)}</a></li>"
            )
        parts.append("</ol></details>")
    parts.append("</section>")
    return "\n".join(parts)


def _pair(p: int, report: Report, items: list[tuple[int, Finding]], label: str) -> str:
    a = report.alignment
    by_row: dict[int, list[tuple[int, Finding]]] = {}
    unplaced = []
    for n, f in items:
        row = _row_of(report, f)
        if row is None:
            unplaced.append((n, f))
        else:
            by_row.setdefault(row, []).append((n, f))
    head = (
        f'<section class="pair" id="pair{p + 1}"><h2>{label}{_e(a.zh.path)} ⇄ {_e(a.en.path)}</h2>'
        f'<p class="meta">{len(a.zh.segments)} Chinese and {len(a.en.segments)} English '
        f"sentences in {len(a.beads)} rows; {len(items)} findings.</p>"
    )
    rows = [
        head,
        '<div class="grid">',
        '<div class="row head"><div>#</div><div>中文 (original)</div><div>English</div></div>',
    ]
    if unplaced:
        rows.append(_row("", "", "", unplaced, f"p{p + 1}-other"))
    for b, bead in enumerate(a.beads):
        found = by_row.get(b, [])
        zh = _side(report, bead.zh, found, "zh", "(no Chinese)")
        en = _side(report, bead.en, found, "en", "(no English)")
        rows.append(_row(str(b + 1), zh, en, found, f"p{p + 1}-b{b + 1}"))
    rows.append("</div></section>")
    return "\n".join(rows)


def _row_of(report: Report, f: Finding) -> int | None:
    beads = report.alignment.beads
    if f.bead is not None and 0 <= f.bead < len(beads):
        return f.bead
    for b, bead in enumerate(beads):
        if (f.zh and set(f.zh.ids) & set(bead.zh)) or (f.en and set(f.en.ids) & set(bead.en)):
            return b
    return None


def _row(label: str, zh: str, en: str, found: list[tuple[int, Finding]], row_id: str) -> str:
    fids = " ".join(str(n) for n, _ in found)
    cls = "row" + (f" has-f sev-{_worst(found)}" if found else "")
    notes = ""
    if found:
        notes = '<ul class="notes">' + "".join(_note(n, f) for n, f in found) + "</ul>"
    return (
        f'<div class="{cls}" id="{row_id}" data-f="{fids}"><div class="n">{label}</div>'
        f'<div class="zh" lang="zh">{zh}</div><div class="en" lang="en">{en}</div>{notes}</div>'
    )


def _note(n: int, f: Finding) -> str:
    s = f.severity.value
    sup = ' suppressed" data-sup="1' if f.suppressed is not None else ""
    parts = [
        f'<li id="f{n}" class="finding sev-{s}{sup}" data-fid="{n}" data-sev="{s}" '
        f'data-rule="{_e(f.rule)}" tabindex="-1">',
        f'<span class="badge sev-{s}">{s}</span> <code>{_e(f.rule)}</code> {_e(f.message)}',
    ]
    for label, span in (("zh", f.zh), ("en", f.en)):
        if span is not None:
            parts.append(f' <span class="loc">{label} line {span.line}</span>')
    plain = evidence_text(f)
    if plain:
        parts.append(
            '<ul class="evidence">' + "".join(f"<li>{_e(item)}</li>" for item in plain) + "</ul>"
        )
    if f.suppressed is not None:
        s_ = f.suppressed
        who = ", ".join(x for x in (s_.by, s_.at) if x)
        parts.append(
            f'<p class="why">{"Accepted" if s_.kind == "accepted" else "Baselined"}: '
            f"{_e(s_.reason)}{f' ({_e(who)})' if who else ''}</p>"
        )
    if f.suggestion:
        parts.append(f'<p class="fix">Suggestion: {_e(f.suggestion)}</p>')
    parts.append("</li>")
    return "".join(parts)


def _side(
    report: Report, ids: tuple[int, ...], found: list[tuple[int, Finding]], lang: str, empty: str
) -> str:
    doc = report.alignment.zh if lang == "zh" else report.alignment.en
    spans = [(n, f, _shown(report, f, lang)) for n, f in found]
    spans = [(n, f, s) for n, f, s in spans if s is not None]
    if not ids:
        if not found:
            return f'<span class="gap">{_e(empty)}</span>'
        fids = " ".join(str(n) for n, _ in found)
        return f'<mark class="gap sev-{_worst(found)}" data-f="{fids}">{_e(empty)}</mark>'
    segs = [doc.segments[i] for i in ids]
    # A zero-length span marks a place (where something is missing): show it as a caret in
    # the first sentence that reaches it.
    carets: dict[int, list] = {}
    for n, f, s in spans:
        if s.start == s.end:
            k = next((k for k, seg in enumerate(segs) if s.start <= seg.end), len(segs) - 1)
            carets.setdefault(k, []).append((n, f, max(segs[k].start, min(s.start, segs[k].end))))
    marks = [(n, f, s) for n, f, s in spans if s.start < s.end]
    # The quantity or word itself, when the evidence quotes it as written on this side.
    hits = [hit for _, f, s in marks for hit in focus(doc, s, f, lang)]
    text = ("" if lang == "zh" else " ").join(
        _sentence(doc, seg.start, seg.end, marks, carets.get(k, []), hits)
        for k, seg in enumerate(segs)
    )
    return f'<span class="ln" title="line {segs[0].line}">{segs[0].line}</span>{text}'


def _sentence(
    doc: Document,
    start: int,
    end: int,
    spans: list[tuple[int, Finding, Span]],
    carets: list[tuple[int, Finding, int]],
    hits: list[tuple[int, int]],
) -> str:
    """The sentence's text with each finding's part marked (overlaps become one mark that lists
    every finding covering it), the quoted evidence in bold, and a caret at each zero-length
    span."""
    inside = [(n, f, max(s.start, start), min(s.end, end)) for n, f, s in spans]
    marks = [(n, f, a, b) for n, f, a, b in inside if a < b]
    hits = [(max(a, start), min(b, end)) for a, b in hits if a < end and b > start]
    cuts = sorted(
        {
            start,
            end,
            *(a for _, _, a, _ in marks),
            *(b for _, _, _, b in marks),
            *(a for _, _, a in carets),
            *(x for hit in hits for x in hit),
        }
    )
    out = []
    for x, y in zip(cuts, cuts[1:] + [end], strict=True):
        here = [(n, f) for n, f, a in carets if a == x]
        if here:
            fids = " ".join(str(n) for n, _ in here)
            out.append(f'<mark class="caret sev-{_worst(here)}" data-f="{fids}">‸</mark>')
        if x >= y:
            continue
        text = _e(doc.text[x:y])
        over = [(n, f) for n, f, a, b in marks if a <= x and y <= b]
        if over:
            fids = " ".join(str(n) for n, _ in over)
            hit = " hit" if any(a <= x and y <= b for a, b in hits) else ""
            out.append(f'<mark class="sev-{_worst(over)}{hit}" data-f="{fids}">{text}</mark>')
        else:
            out.append(text)
    return "".join(out)


def _shown(report: Report, f: Finding, lang: str) -> Span | None:
    """The part of side ``lang`` to mark: the finding's span, or, where a merged omission or
    addition has the neighbouring sentence there, an empty span (a caret) where it belongs."""
    span = getattr(f, lang)
    where = gap(report, f)
    if span is None or where is None or where[0] != lang:
        return span
    return Span("", span.line, where[1], where[1], span.ids)


def _worst(found: list[tuple[int, Finding]]) -> str:
    """The class of a mark or row: the worst severity among the findings that are not
    suppressed, or ``sup`` (greyed) when all of them are."""
    live = [f.severity for _, f in found if f.suppressed is None]
    if not live:
        return "sup"
    return max(live, key=lambda s: s.rank).value


_SIDES = {"zh": "Chinese", "en": "English"}
_LABELS = {
    "token": "Token",
    "expected": "Glossary",
    "matched_in": "Matched in",
    "zh_speaker": "Chinese speaker",
    "en_speaker": "English speaker",
    "furniture": "Page furniture",
    "continues": "Continues",
    "note": "Note",
}
_QUALIFIERS = {"approx": "about", "nearly": "nearly", "more-than": "more than",
               "at-least": "at least", "less-than": "less than", "at-most": "at most"}
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def evidence_text(f: Finding) -> list[str]:
    """The evidence in plain words: "Chinese: 1.6万 = 16,000", "English: 1,600",
    "Similarity 0.15 (typical here 0.70)", "Meant: exported"; no internal key names."""
    ev = list(f.evidence)
    keys = {k for k, _ in ev}
    out = []
    for side, label in _SIDES.items():
        words = [v for k, v in ev if k == side and v]
        if not words:
            continue
        text = ", ".join(words)
        value = next((v for k, v in ev if k == f"{side}_value"), None)
        meaning = plain_value(value) if value else None
        if meaning and len(words) == 1 and _squash(meaning) != _squash(words[0]):
            text += f" = {meaning}"
        out.append(f"{label}: {text}")
    for key, value in ev:
        if key in _SIDES or key in ("zh_value", "en_value") and key[:2] in keys:
            continue
        if key in ("zh_value", "en_value"):
            out.append(f"{_SIDES[key[:2]]} value: {plain_value(value)}")
        elif key == "similarity":
            typical = next((v for k, v in ev if k == "typical"), None)
            out.append(f"Similarity {value}" + (f" (typical here {typical})" if typical else ""))
        elif key == "typical":
            continue
        elif key.startswith("similarity "):
            out.append(f"Similarity {key[len('similarity '):]}: {value}")
        elif key == "cue":
            side, sep, word = value.partition(":")
            if sep and side in _SIDES:
                continue  # the word itself is already quoted above
            out.append(f"Meant: {value}")
        elif key in ("zh_chars", "en_chars"):
            out.append(f"{_SIDES[key[:2]]}: {value} characters")
        elif key == "lines":
            out.append(f"{value} lines")
        else:
            out.append(f"{_LABELS.get(key, key.replace('_', ' ').capitalize())}: {value}")
    return out


def plain_value(value: str) -> str:
    """A normalised quantity ("16000 count", "nearly 40000 count", "4490000000000 money CNY",
    "0.3333333333333333333333333333 fraction", "1..9 period quarter") as a reader writes it
    ("16,000", "nearly 40,000", "4.49 trillion CNY", "0.3333…", "months 1–9")."""
    words = value.split()
    if not words:
        return value
    qualifier = ""
    if words[0] in _QUALIFIERS:
        qualifier, words = _QUALIFIERS[words[0]] + " ", words[1:]
    if len(words) < 2:
        return qualifier + " ".join(words)
    number, kind, unit = words[0], words[1], " ".join(words[2:])
    low, _, high = number.partition("..")
    if kind in ("date", "time", "decade", "weekday"):
        return qualifier + number.replace("..", "–") + ("" if kind == "date" else f" ({kind})")
    shown = _amount(low) + (f"–{_amount(high)}" if high else "")
    if kind == "percent":
        shown += "%"
    elif kind == "points":
        shown += " percentage points"
    elif kind == "ordinal" and not high:
        shown = _ordinal(low)
    elif kind == "multiple":
        shown += " times"
    elif kind == "money" and unit:
        shown += f" {unit}"
    elif kind == "period":
        shown = f"months {shown}"
    elif kind == "count" and unit == "ratio" and high:
        shown = f"{_amount(low)} to {_amount(high)}"
    return qualifier + shown


def _amount(text: str) -> str:
    try:
        d = Decimal(text)
    except InvalidOperation:
        return text
    if d == d.to_integral_value():
        n = int(d)
        for scale, name in _SCALES:
            if abs(n) >= scale and (n * 1000) % scale == 0:
                return f"{Decimal(n) / scale:f}".rstrip("0").rstrip(".") + f" {name}"
        return f"{n:,}"
    digits = f"{d:f}"
    whole, _, frac = digits.partition(".")
    if len(frac) > 4:
        return f"{int(whole):,}.{frac[:4]}…"
    return f"{int(whole):,}.{frac}"


def _ordinal(text: str) -> str:
    try:
        n = int(Decimal(text))
    except (InvalidOperation, ValueError):
        return text
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _squash(text: str) -> str:
    return re.sub(r"[\s,]", "", text).casefold()


def _e(text: str) -> str:
    return escape(text, quote=True)


def _page(title: str, body: str) -> str:
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{body}\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


_CSS = """
:root { --error: #b3261e; --warning: #8a5a00; --info: #1f5fa8;
  --error-bg: #fde2e0; --warning-bg: #fff0c2; --info-bg: #ddeafc; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC",
  "Microsoft YaHei", sans-serif; margin: 0; color: #1d1d1f; background: #fff; }
header, main, footer { padding: 0 1.5rem; }
h1 { font-size: 1.3rem; margin: 1rem 0 .4rem; word-break: break-all; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .2rem; word-break: break-all; }
[hidden] { display: none !important; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); }
.sev-info { color: var(--info); }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: .4rem 0; }
.filters fieldset { border: 1px solid #ddd; border-radius: 6px; padding: .2rem .7rem; }
.filters label { margin-right: .8rem; white-space: nowrap; }
#index { margin: .3rem 0; padding-left: 2.2rem; max-height: 40vh; overflow: auto; }
#index a { color: inherit; text-decoration: none; } #index a:hover { text-decoration: underline; }
.grid { border-top: 1px solid #ddd; }
.row { display: grid; grid-template-columns: 3.2rem 1fr 1fr; gap: 0 1rem; padding: .35rem 0;
  border-bottom: 1px solid #eee; content-visibility: auto; contain-intrinsic-size: auto 3rem; }
.row.head { font-weight: 600; position: sticky; top: 0; background: #fafafa; z-index: 1;
  content-visibility: visible; }
.row.has-f { background: #fffdf7; }
.row:target, .finding:target { outline: 2px solid #4a6ee0; outline-offset: -2px; }
.n { color: #888; text-align: right; font-size: 12px; padding-top: .2rem; }
.ln { color: #999; font-size: 11px; margin-right: .45rem; user-select: none; }
.zh, .en { overflow-wrap: anywhere; }
.gap { color: #999; font-style: italic; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.sev-error { background: var(--error-bg); box-shadow: inset 0 -2px var(--error); }
mark.sev-warning { background: var(--warning-bg); box-shadow: inset 0 -2px var(--warning); }
mark.sev-info { background: var(--info-bg); box-shadow: inset 0 -2px var(--info); }
mark.hit { font-weight: 700; box-shadow: inset 0 -3px currentColor; }
mark.sev-error.hit { color: var(--error); } mark.sev-warning.hit { color: var(--warning); }
mark.sev-info.hit { color: var(--info); }
mark.off { background: none; box-shadow: none; font-weight: inherit; color: inherit; }
mark.caret { font-weight: 700; }
.notes { grid-column: 2 / 4; margin: .3rem 0 .1rem; padding: 0; list-style: none; }
.finding { padding: .2rem .5rem; border-left: 3px solid; margin: .2rem 0; background: #fff; }
.finding.sev-error { border-color: var(--error); } .finding.sev-warning { border-color:
  var(--warning); } .finding.sev-info { border-color: var(--info); }
.finding { color: #1d1d1f; }
.badge { font-weight: 600; text-transform: uppercase; font-size: 11px; }
.loc { color: #888; font-size: 12px; }
.evidence { display: inline; margin: 0 0 0 .5rem; padding: 0; font-size: 13px; color: #444; }
.evidence li { display: inline; list-style: none; }
.evidence li + li::before { content: " · "; color: #999; }
.sup, .finding.suppressed { color: #888; }
.finding.suppressed { border-color: #bbb; background: #f6f6f6; }
.finding.suppressed .badge, .finding.suppressed code { color: #888; }
.why { margin: .1rem 0; font-style: italic; }
mark.sev-sup { background: #eee; box-shadow: inset 0 -2px #bbb; color: #666; }
.row.has-f.sev-sup { background: #fafafa; }
.fix { margin: .1rem 0; color: #1b5e20; }
footer { color: #888; font-size: 12px; margin: 2rem 0; }
"""

_SCRIPT = """
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var only = document.getElementById("only");
  var items = document.querySelectorAll("[data-fid]");
  var marks = document.querySelectorAll("mark[data-f]");
  var rows = document.querySelectorAll(".row[data-f]");
  var shown = document.getElementById("shown");
  var total = document.querySelectorAll(".finding").length;
  function ids(el) { return el.getAttribute("data-f").split(" ").filter(Boolean); }
  function apply() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.dataset.filter + ":" + b.value] = 1; } });
    var visible = {};
    var count = 0;
    items.forEach(function (el) {
      var hide = off["sev:" + el.dataset.sev] || off["rule:" + el.dataset.rule] ||
        (el.dataset.sup && off["sup:1"]);
      el.hidden = !!hide;
      if (!hide) { visible[el.dataset.fid] = 1; }
      if (!hide && el.classList.contains("finding")) { count++; }
    });
    marks.forEach(function (m) {
      m.classList.toggle("off", !ids(m).some(function (id) { return visible[id]; }));
    });
    rows.forEach(function (r) {
      r.hidden = only.checked && !ids(r).some(function (id) { return visible[id]; });
    });
    shown.textContent = count === total ? "" : "Showing " + count + " of " + total + ".";
  }
  document.getElementById("filters").addEventListener("change", apply);
  function jump(step) {
    var list = Array.prototype.filter.call(document.querySelectorAll(".finding"),
      function (el) { return !el.hidden && !el.closest(".row").hidden; });
    if (!list.length) { return; }
    var current = list.indexOf(document.activeElement);
    var next = list[(current + step + list.length) % list.length];
    if (current < 0 && step < 0) { next = list[list.length - 1]; }
    if (current < 0 && step > 0) { next = list[0]; }
    next.focus();
    next.closest(".row").scrollIntoView({block: "center"});
    history.replaceState(null, "", "#" + next.id);
  }
  document.addEventListener("keydown", function (e) {
    if (e.target.tagName === "INPUT" || e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (e.key === "n") { jump(1); } else if (e.key === "p") { jump(-1); }
  });
  apply();
})();
"""
