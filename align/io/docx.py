"""Word documents (.docx) through python-docx: body paragraphs and tables in document order,
then headers and footers. Locations are paragraph numbers: the "line" of a finding is the
paragraph's number in the body (table cells' paragraphs counted where the table stands; headers
and footers numbered on after the body), and each sentence is labelled ``paragraph N`` (or
``header N`` / ``footer N``)."""

from __future__ import annotations

import io
import zipfile

from align.io.base import Extracted, TextBuilder
from align.model import AlignError


def read(data: bytes, path: str, lang: str) -> Extracted:
    try:
        import docx
    except ImportError:  # pragma: no cover - a dependency
        raise AlignError(f"{path}: reading .docx needs python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise AlignError(f"{path}: not a readable Word document ({exc})") from None
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    paragraphs: list[tuple[str, str]] = []  # (kind, text)

    def walk(parent, element) -> None:
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                paragraphs.append(("paragraph", Paragraph(child, parent).text))
            elif child.tag == qn("w:tbl"):
                table = Table(child, parent)
                for row in table.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # a merged cell appears once per column
                            continue
                        seen.add(id(cell._tc))
                        walk(cell, cell._tc)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    walk(parent, content)

    walk(document, document.element.body)
    extra: list[tuple[str, str]] = []
    seen_parts = set()
    for section in document.sections:
        for kind, part in (("header", section.header), ("footer", section.footer)):
            if part.is_linked_to_previous or id(part._element) in seen_parts:
                continue
            seen_parts.add(id(part._element))
            extra += [(kind, p.text) for p in part.paragraphs]
    out = TextBuilder()
    joiner = "" if lang == "zh" else " "
    counts = {"paragraph": 0, "header": 0, "footer": 0}
    for line, (kind, text) in enumerate(paragraphs + extra, 1):
        counts[kind] += 1
        text = text.replace("\n", joiner).replace("\t", " ")
        if not text.strip():
            continue
        if out.length:
            out.sep("\n\n")
        start = out.length
        out.add(text.strip(), line, len(text) - len(text.lstrip()) + 1)
        out.region(start, kind, str(counts[kind]))
    return out.build()
