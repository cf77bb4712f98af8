"""Inline tags and placeholders of bilingual units: kept out of the checked text, listed as
tokens so the two sides can be compared.

XML inline elements either wrap translatable text (XLIFF ``g``, ``mrk``, ``pc``; TMX ``hi``),
whose text is kept and whose tag becomes a token, or stand for codes (``x``, ``ph``, ``bpt``,
``ept``, ``bx``, ``ex``, ``it``, ``sc``, ``ec``, ``sm``, ``em``, ``ut``), which become tokens and
leave no text. Placeholders written in the text itself (``%s``, ``%1$d``, ``%(name)s``, ``{0}``,
``{name}``, ``{{name}}``, ``${name}``) are tokens too.
"""

from __future__ import annotations

import re

from align.io.base import Extracted, TextBuilder
from align.io.xml import Node, Text

WRAPPERS = frozenset({"g", "mrk", "pc", "hi", "sub"})
CODES = frozenset({"x", "ph", "bpt", "ept", "bx", "ex", "it", "sc", "ec", "sm", "em", "ut"})

PLACEHOLDER = re.compile(
    r"%(?:\d+\$|\([A-Za-z_]\w*\))?[-+#0]*\d*(?:\.\d+)?[sdifuxXeEgGc@]"
    r"|\{\{\s*[\w.]+\s*\}\}|\{\d+\}|\{[A-Za-z_][\w.]*\}|\$\{\w+\}"
)


def text_tokens(builder: TextBuilder, value: str, line: int, column: int,
                tokens: list[str]) -> None:
    """Add ``value`` (at ``line``, ``column``) without its placeholders, which go to
    ``tokens``."""
    pos = 0
    for m in PLACEHOLDER.finditer(value):
        _add(builder, value[pos : m.start()], line, column + pos)
        tokens.append(m.group(0))
        pos = m.end()
    _add(builder, value[pos:], line, column + pos)


def _add(builder: TextBuilder, piece: str, line: int, column: int) -> None:
    if not piece:
        return
    # a chunk with newlines: later lines start at column 1
    builder.add(piece, line, column)


def extract(node: Node | None) -> tuple[Extracted, tuple[str, ...]]:
    """The text of a ``source``/``target``/``seg`` element without inline codes, and its
    tokens."""
    builder = TextBuilder()
    tokens: list[str] = []
    if node is not None:
        _walk(node, builder, tokens)
    return builder.build(), tuple(sorted(tokens))


def _walk(node: Node, builder: TextBuilder, tokens: list[str]) -> None:
    for c in node.content:
        if isinstance(c, Text):
            text_tokens(builder, c.value, c.line, c.column, tokens)
        elif c.tag in CODES:
            tokens.append(_token(c))
        elif c.tag in WRAPPERS:
            if not (c.tag == "mrk" and c.attrib.get("mtype") in (None, "seg", "x-sdl-comment",
                                                                  "x-sdl-location")):
                tokens.append(_token(c))
            _walk(c, builder, tokens)
        else:  # an unknown element: keep its text
            _walk(c, builder, tokens)


def _token(node: Node) -> str:
    ident = node.attrib.get("id") or node.attrib.get("i") or node.attrib.get("x") or ""
    if not ident and node.tag in ("ph", "ut", "it", "bpt", "ept"):
        ident = " ".join(node.text().split())
    return f"<{node.tag} {ident}>" if ident else f"<{node.tag}>"
