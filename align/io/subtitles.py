"""Subtitles: SubRip (.srt), WebVTT (.vtt) and Advanced SubStation Alpha (.ass, .ssa).

Only the cues' text is checked: numbers, timings, headers, styles and notes are not, and
neither are inline tags (``<i>``, ``<v Name>``, ``{\\i1}``). A cue that ends mid-sentence is
joined to the next one for checking (when the file ends its sentences with punctuation at all:
Chinese subtitles often use none, and then every cue is a sentence, whatever ``--split``).
Every sentence carries the cue number and timing of the cues it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from align.io.base import Extracted, LineIndex, TextBuilder
from align.io.encoding import decode
from align.scripts import CJK_PUNCT, HAN

_TIMING = re.compile(
    r"^[ \t]*((?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3})[ \t]*-->[ \t]*((?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3})"
)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<\d[\d:.]*>|\{[^{}]*\}")
_ENTITY = re.compile(r"&(amp|lt|gt|nbsp|lrm|rlm|quot|apos);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "nbsp": " ", "lrm": "", "rlm": "", "quot": '"',
             "apos": "'"}
_ASS_BREAK = re.compile(r"\\[Nnh]")
_SENTENCE_END = re.compile(r"[。！？!?….:：;；]['\"”’」』）)]*$")
_CJK_EDGE = re.compile(f"[{HAN}{CJK_PUNCT}]")


@dataclass
class Cue:
    number: str
    timing: tuple[str, str]
    pieces: list[tuple[int, int]]  # spans of the file's text that are the cue's words


def read(data: bytes, path: str, lang: str, kind: str) -> Extracted:
    text = decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    cues = {"srt": _srt, "vtt": _vtt, "ass": _ass}[kind](text)
    return build(text, cues, lang)


def build(text: str, cues: list[Cue], lang: str) -> Extracted:
    out = TextBuilder(text)
    words = [[(a, b) for a, b in c.pieces if text[a:b].strip()] for c in cues]
    ends = [_SENTENCE_END.search(_cue_text(text, w).rstrip()) is not None for w in words if w]
    punctuated = bool(ends) and sum(ends) >= 0.25 * len(ends)
    previous_open = False
    for cue, pieces in zip(cues, words, strict=True):
        if not pieces:
            continue
        if out.length:
            if punctuated and previous_open:
                _join(out, text[pieces[0][0]], lang)
            else:
                out.sep("\n\n")
        start = out.length
        for k, (a, b) in enumerate(pieces):
            if k:
                _join(out, text[a], lang)
            out.copy(a, b)
        out.region(start, "cue", cue.number, cue.timing)
        previous_open = _SENTENCE_END.search(_cue_text(text, pieces).rstrip()) is None
    return out.build(split=None if punctuated else "lines")


def _join(out: TextBuilder, next_char: str, lang: str) -> None:
    """A space between two lines or cues, none between Chinese characters."""
    if lang == "zh" and _CJK_EDGE.match(out.tail()) and _CJK_EDGE.match(next_char):
        return
    out.sep(" ")


def _cue_text(text: str, pieces: list[tuple[int, int]]) -> str:
    return " ".join(text[a:b] for a, b in pieces)


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` (one line of cue text) without tags and entities, and
    stripped; entities are left out (rare in cue text, and they carry no words)."""
    line = text[start:end]
    cut = [m.span() for m in _TAG.finditer(line)] + [m.span() for m in _ENTITY.finditer(line)]
    cut += [m.span() for m in _ASS_BREAK.finditer(line)]
    cut.sort()
    spans, pos = [], 0
    for a, b in cut + [(len(line), len(line))]:
        if a > pos:
            seg = line[pos:a]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            if trail > lead:
                spans.append((start + pos + lead, start + pos + trail))
        pos = max(pos, b)
    return spans


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Blank-line separated blocks as lists of (start, end) line spans."""
    blocks, cur, pos = [], [], 0
    for line in text.split("\n"):
        if line.strip():
            cur.append((pos, pos + len(line)))
        elif cur:
            blocks.append(cur)
            cur = []
        pos += len(line) + 1
    if cur:
        blocks.append(cur)
    return blocks


def _srt(text: str) -> list[Cue]:
    return _timed_cues(text, skip=())


def _vtt(text: str) -> list[Cue]:
    return _timed_cues(text, skip=("WEBVTT", "NOTE", "STYLE", "REGION"))


def _timed_cues(text: str, skip: tuple[str, ...]) -> list[Cue]:
    """Cues of a SubRip or WebVTT file: blocks with a timing line, the line before it the cue's
    number or name, the lines after it its text; blocks opening with ``skip`` are left out."""
    cues = []
    for block in _blocks(text):
        if skip and text[block[0][0] : block[0][1]].strip().startswith(skip):
            continue
        lines = [text[a:b] for a, b in block]
        t = next((i for i, s in enumerate(lines) if _TIMING.match(s)), None)
        if t is None:
            continue
        m = _TIMING.match(lines[t])
        number = lines[t - 1].strip() if t > 0 else str(len(cues) + 1)
        pieces = [w for a, b in block[t + 1 :] for w in _words(text, a, b)]
        cues.append(Cue(number, (m.group(1), m.group(2)), pieces))
    return cues


def _ass(text: str) -> list[Cue]:
    """``Dialogue:`` lines of the ``[Events]`` section; the Format line says which field is the
    start, the end and the text (always last: it may contain commas)."""
    cues = []
    fields = ["layer", "start", "end", "style", "name", "marginl", "marginr", "marginv",
              "effect", "text"]
    section = ""
    index = LineIndex(text)
    for start in index.starts:
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = text[start:end]
        s = line.strip()
        if s.startswith("[") and s.endswith("]"):
            section = s.lower()
            continue
        if section != "[events]":
            continue
        key, _, value = line.partition(":")
        if key.strip().lower() == "format":
            fields = [f.strip().lower() for f in value.split(",")]
        elif key.strip().lower() == "dialogue":
            parts = value.split(",", len(fields) - 1)
            if len(parts) < len(fields):
                continue
            values = dict(zip(fields, parts, strict=True))
            text_start = end - len(parts[-1])
            cues.append(Cue(str(len(cues) + 1),
                            (values.get("start", "").strip(), values.get("end", "").strip()),
                            _words(text, text_start, end)))
    return cues
