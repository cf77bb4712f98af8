"""HTML: the words of the page, block elements as paragraphs.

Scripts, styles, navigation, the head and other non-text elements are dropped; whitespace runs
become one space (none between Chinese characters); entities are decoded; every word keeps its
line and column in the file. The encoding the page declares (``<meta charset>``) is honoured.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from align.io.base import Extracted, LineIndex, TextBuilder
from align.io.encoding import declared_encoding, decode
from align.scripts import CJK_PUNCT, HAN

_DROP = frozenset(
    "script style nav head noscript template svg math iframe object canvas select button "
    "textarea".split()
)
_BLOCK = frozenset(
    """address article aside blockquote body caption dd details div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hr html li main ol p pre section summary table
    tbody td tfoot th thead title tr ul""".split()
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_WORD = re.compile(r"\S+")
_CJK = re.compile(f"[{HAN}{CJK_PUNCT}]")


def read(data: bytes, path: str, lang: str) -> Extracted:
    text = decode(data, path, declared_encoding(data, "html"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return extract(text, lang)


def extract(text: str, lang: str) -> Extracted:
    parser = _Parser(text, lang)
    parser.feed(text)
    parser.close()
    return parser.out.build()


class _Parser(HTMLParser):
    def __init__(self, text: str, lang: str) -> None:
        super().__init__(convert_charrefs=False)
        self.index = LineIndex(text)
        self.out = TextBuilder(text)
        self.lang = lang
        self.dropping: list[str] = []
        self.pending = ""  # the separator owed before the next word: "", " " or "\n\n"

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.index.offset(line, col + 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.dropping:
            if tag == self.dropping[-1] and tag not in _VOID:
                self.dropping.append(tag)
            return
        if tag in _DROP or any(k == "hidden" for k, _ in attrs):
            if tag not in _VOID:
                self.dropping.append(tag)
            return
        if tag in _BLOCK:
            self._block()
        elif tag == "br":
            self._space()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.dropping or tag in _DROP:
            return
        if tag in _BLOCK:
            self._block()
        elif tag == "br":
            self._space()

    def handle_endtag(self, tag: str) -> None:
        if self.dropping:
            if tag == self.dropping[-1]:
                self.dropping.pop()
            return
        if tag in _BLOCK:
            self._block()

    def handle_data(self, data: str) -> None:
        if self.dropping:
            return
        base = self._offset()
        if data[:1].isspace():
            self._space()
        for m in _WORD.finditer(data):
            if m.start() > 0:
                self._space()
            self._word(m.group(0), base + m.start())
        if data[-1:].isspace():
            self._space()

    def handle_entityref(self, name: str) -> None:
        self._ref(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._ref(f"&#{name};")

    def _ref(self, ref: str) -> None:
        if self.dropping:
            return
        value = unescape(ref)
        if value.isspace() or value == "\xa0":
            self._space()
        else:
            self._word(value, self._offset())

    def _word(self, word: str, offset: int) -> None:
        if self.pending == "\n\n":
            self.out.sep("\n\n")
        elif self.pending == " ":
            if not (self.lang == "zh" and _CJK.match(self.out.tail()) and _CJK.match(word[0])):
                self.out.sep(" ")
        self.pending = ""
        self.out.add_at(word, offset)

    def _space(self) -> None:
        if self.out.length and self.pending != "\n\n":
            self.pending = " "

    def _block(self) -> None:
        if self.out.length:
            self.pending = "\n\n"
