"""Safe XML for the bilingual formats: defusedxml's parser (no entity declarations, no external
entities or DTDs fetched, so no billion laughs and no file or network access), into a small tree
that keeps mixed content in order and the line and column of every element and text chunk.

The declared encoding is honoured (we decode, then parse the text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from align.io.encoding import declared_encoding, decode
from align.model import AlignError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class Text:
    """A chunk of character data at 1-based ``line``, ``column`` of the file."""

    value: str
    line: int
    column: int


@dataclass
class Node:
    tag: str  # the local name, without namespace
    attrib: dict[str, str]  # local names, except xml:lang kept as "xml:lang"
    line: int
    column: int
    content: list[Node | Text] = field(default_factory=list)

    @property
    def children(self) -> list[Node]:
        return [c for c in self.content if isinstance(c, Node)]

    def find(self, tag: str) -> Node | None:
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list[Node]:
        return [c for c in self.children if c.tag == tag]

    def iter(self, tag: str | None = None):
        if tag is None or self.tag == tag:
            yield self
        for c in self.children:
            yield from c.iter(tag)

    def text(self) -> str:
        """All the character data inside, tags and all."""
        return "".join(c.value if isinstance(c, Text) else c.text() for c in self.content)


def _local(name: str) -> str:
    if name == XML_LANG:
        return "xml:lang"
    return name.rsplit("}", 1)[-1]


class _Builder:
    def __init__(self) -> None:
        self.expat = None
        self.stack: list[Node] = []
        self.root: Node | None = None

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        node = Node(_local(tag), {_local(k): v for k, v in attrib.items()},
                    self.expat.CurrentLineNumber, self.expat.CurrentColumnNumber + 1)
        if self.stack:
            self.stack[-1].content.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def end(self, tag: str) -> None:
        self.stack.pop()

    def data(self, value: str) -> None:
        if self.stack:
            self.stack[-1].content.append(
                Text(value, self.expat.CurrentLineNumber, self.expat.CurrentColumnNumber + 1))

    def close(self) -> Node | None:
        return self.root


def parse(data: bytes, path: str) -> Node:
    """The root of the XML file ``data``; an ``AlignError`` naming the line when it is not
    well-formed or declares entities."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser, ParseError

    text = decode(data, path, declared_encoding(data, "xml"))
    builder = _Builder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=False, forbid_entities=True,
                              forbid_external=True)
    builder.expat = parser.parser
    parser.parser.buffer_text = False  # each chunk of text with its own position
    try:
        parser.feed(text.lstrip("\ufeff"))
        root = parser.close()
    except DefusedXmlException as exc:
        raise AlignError(f"{path}: refused: the XML declares entities or external references "
                         f"({type(exc).__name__})") from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else "?"
        raise AlignError(f"{path}:{line}: not well-formed XML ({exc})") from None
    if root is None:
        raise AlignError(f"{path}: no XML element in the file")
    return root
