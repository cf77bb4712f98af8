"""Markdown: the words without the markup, every character still at its line and column.

Headings' ``#``, emphasis, inline code ticks, link and image syntax (the link text and the
image's alt text stay), list and quote markers, table pipes, footnote marks, HTML tags and
comments are left out of the checked text; fenced code blocks, front matter, rules and link
reference definitions are dropped whole. Lines stay lines, so paragraphs are found as in text.
"""

from __future__ import annotations

import re

from align.io.base import Extracted, TextBuilder
from align.io.encoding import decode

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_PREFIX = re.compile(
    r"^(?:[ \t]*>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)?"
)
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")

# (pattern, groups whose text is kept); everything else a match covers is markup.
_INLINE: tuple[tuple[re.Pattern[str], tuple[int, ...]], ...] = (
    (re.compile(r"<!--.*?-->"), ()),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), (1,)),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), (1,)),
    (re.compile(r"\[\^[^\]]+\]"), ()),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), (1,)),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), (1,)),
    (re.compile(r"<(https?://[^>\s]+)>"), (1,)),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ()),
    (re.compile(r"(`+)(.+?)\1"), (2,)),
    (re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"), (2,)),
    (re.compile(r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)"), (1,)),
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), (1,)),
)


def read(data: bytes, path: str, lang: str) -> Extracted:
    text = decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    return strip(text)


def strip(text: str) -> Extracted:
    out = TextBuilder(text)
    lines = text.split("\n")
    pos = 0
    fence: str | None = None
    front = bool(lines) and lines[0].strip() == "---"
    for number, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        keep = _kept(line, fence, front and number > 0)
        if front:
            if number > 0 and line.strip() in ("---", "..."):
                front = False
        else:
            m = _FENCE.match(line)
            if m and (fence is None or m.group(1)[0] == fence[0]):
                fence = None if fence else m.group(1)
        if keep:
            for a, b in keep:
                out.copy(start + a, start + b)
        if end < len(text):
            out.copy(end, end + 1)
    return out.build()


def _kept(line: str, fence: str | None, in_front_matter: bool) -> list[tuple[int, int]]:
    """Spans of ``line`` that are words, not markup."""
    if fence is not None or in_front_matter or _FENCE.match(line) or line.strip() == "---":
        return []
    if _RULE.match(line) or _REF_DEF.match(line) or _TABLE_SEP.match(line):
        return []
    body_start = _PREFIX.match(line).end()
    body_end = len(line)
    tail = _HEADING_TAIL.search(line)
    if tail and line.lstrip(" >").startswith("#"):
        body_end = tail.start()
    drop = [False] * len(line)
    for i in range(body_start):
        drop[i] = True
    for i in range(body_end, len(line)):
        drop[i] = True
    body = line[:body_end]
    if "|" in body:
        for m in re.finditer(r"(?<!\\)\|", body):
            drop[m.start()] = True
    for pattern, groups in _INLINE:
        for m in pattern.finditer(body, body_start):
            if any(drop[m.start() : m.end()]) and not groups:
                continue
            kept = [m.span(g) for g in groups]
            for i in range(m.start(), m.end()):
                if not any(a <= i < b for a, b in kept):
                    drop[i] = True
    spans, i = [], 0
    while i < len(line):
        if drop[i]:
            i += 1
            continue
        j = i
        while j < len(line) and not drop[j]:
            j += 1
        spans.append((i, j))
        i = j
    return spans
