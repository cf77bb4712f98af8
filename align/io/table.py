"""Two-column CSV and TSV files: one unit per row. A first row naming the columns (language
codes such as ``zh``/``en``/``zh-CN``, or ``source``/``target``) is a header, and with more than
two columns it says which are the Chinese and the English; otherwise the first two columns are
the pair. The id is the row's line number."""

from __future__ import annotations

import csv
import io
import re

from align.io.base import TextBuilder, Unit
from align.io.encoding import decode
from align.io.inline import text_tokens
from align.model import AlignError

_HEADER = re.compile(r"^(zh|en|chinese|english|中文|英文|source|target|src|tgt|original|"
                     r"translation)([-_][A-Za-z]+)?$", re.I)


def read(data: bytes, path: str, delimiter: str) -> list[Unit]:
    text = decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    line = 1
    try:
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise AlignError(f"{path}:{reader.line_num}: {exc}") from None
    lines = text.split("\n")
    rows = [(n, r) for n, r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    columns = (0, 1)
    langs = ("", "")
    first = [c.strip() for c in rows[0][1]]
    if first and all(_HEADER.match(c) for c in first if c):
        names = [c.lower() for c in first]
        zh = next((i for i, c in enumerate(names) if c.startswith(("zh", "chinese", "中文"))), None)
        en = next((i for i, c in enumerate(names) if c.startswith(("en", "english", "英文"))), None)
        if zh is not None and en is not None:
            columns, langs = (zh, en), ("zh", "en")
        rows = rows[1:]
    units = []
    for number, row in rows:
        if len(row) < 2:
            raise AlignError(f"{path}:{number}: expected two columns, found {len(row)}")
        sides = []
        for col in columns:
            cell = row[col] if col < len(row) else ""
            out, tokens = TextBuilder(), []
            where = lines[number - 1].find(cell[:20]) if number - 1 < len(lines) else -1
            text_tokens(out, cell.replace("\n", " "), number, max(where, 0) + 1, tokens)
            sides.append((out.build(), tuple(sorted(tokens))))
        units.append(Unit(ident=f"row {number}", source=sides[0][0], target=sides[1][0],
                          source_lang=langs[0], target_lang=langs[1],
                          source_tags=sides[0][1], target_tags=sides[1][1]))
    return units
