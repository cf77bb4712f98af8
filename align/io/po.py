"""Gettext PO files: one unit per message, ``msgid`` against ``msgstr`` (the first form of a
plural). The header entry and obsolete (``#~``) entries are left out; the id is the message's
context and line (``msgctxt`` when there is one). The language pair is the header's
``Language`` for the target; which side is Chinese is decided by the text itself."""

from __future__ import annotations

import re

from align.io.base import Extracted, TextBuilder, Unit
from align.io.encoding import decode
from align.io.inline import text_tokens
from align.model import AlignError

_KEYWORD = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[(\d+)\])?)\s+"')
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "", "a": "", "b": "", "f": "",
            "v": ""}


def read(data: bytes, path: str) -> list[Unit]:
    text = decode(data, path, _charset(data)).replace("\r\n", "\n").replace("\r", "\n")
    entries: list[dict[str, list[tuple[str, int, int]]]] = []
    current: dict[str, list[tuple[str, int, int]]] = {}
    key = None
    for number, line in enumerate(text.split("\n"), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            if s.startswith("#~"):
                key = None
            elif not s and current:
                entries.append(current)
                current, key = {}, None
            continue
        m = _KEYWORD.match(s)
        if m:
            key = m.group(1)
            if key in ("msgid", "msgctxt") and "msgstr" in "".join(current) and current:
                entries.append(current)
                current = {}
            if key.startswith("msgstr["):
                key = "msgstr" if m.group(2) == "0" else None
            if key is not None:
                current.setdefault(key, [])
                quote = line.index('"')
                current[key].append((s[m.end() - 1 :], number, quote + 1))
        elif s.startswith('"') and key is not None:
            current[key].append((s, number, line.index('"') + 1))
        else:
            raise AlignError(f"{path}:{number}: not a PO line: {s[:40]!r}")
    if current:
        entries.append(current)
    units = []
    language = _header_language(entries)
    for entry in entries:
        if "msgid" not in entry:
            continue
        source, s_tags = _string(entry["msgid"])
        if not source.text and not entry.get("msgctxt"):
            continue  # the header
        target, t_tags = _string(entry.get("msgstr", []))
        ctxt = "".join(_unquote(q) for q, _, _ in entry.get("msgctxt", []))
        ident = ctxt or f"line {entry['msgid'][0][1]}"
        units.append(Unit(ident=ident, source=source, target=target, target_lang=language,
                          source_tags=s_tags, target_tags=t_tags))
    return units


def _string(chunks: list[tuple[str, int, int]]) -> tuple[Extracted, tuple[str, ...]]:
    out = TextBuilder()
    tokens: list[str] = []
    for quoted, line, column in chunks:
        value = _unquote(quoted).replace("\n", " ")
        text_tokens(out, value, line, column + 1, tokens)
    return out.build(), tuple(sorted(tokens))


def _unquote(quoted: str) -> str:
    body = quoted.strip()
    if len(body) >= 2 and body[0] == body[-1] == '"':
        body = body[1:-1]
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def _charset(data: bytes) -> str | None:
    m = re.search(rb"charset=([A-Za-z0-9._-]+)", data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _header_language(entries: list[dict[str, list[tuple[str, int, int]]]]) -> str:
    for entry in entries:
        if entry.get("msgid") and not "".join(_unquote(q) for q, _, _ in entry["msgid"]):
            header = "".join(_unquote(q) for q, _, _ in entry.get("msgstr", []))
            m = re.search(r"^Language:\s*(\S+)", header, re.M)
            return m.group(1) if m else ""
    return ""
