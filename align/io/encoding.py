"""Bytes to text: byte-order marks, UTF-16 without one, a declared encoding, UTF-8, GB18030.

Anything else is refused with one line, never guessed into nonsense.
"""

from __future__ import annotations

import codecs
import re

from align.model import AlignError

# Names a file may declare that mean a superset we should read with instead.
_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "cp936": "gb18030",
    "euc-cn": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs", "iso-8859-1": "cp1252",
    "latin-1": "cp1252", "ascii": "utf-8", "us-ascii": "utf-8",
}  # fmt: skip

_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def declared_encoding(data: bytes, kind: str) -> str | None:
    """The encoding an XML declaration (``kind="xml"``) or an HTML ``<meta>`` (``"html"``,
    which also honours an XML declaration) names in the file's first bytes, if any."""
    head = data[:4096]
    m = _XML_DECL.match(head)
    if m:
        return m.group(1).decode("ascii").lower()
    if kind == "html":
        m = _META_CHARSET.search(head)
        if m:
            return m.group(1).decode("ascii").lower()
    return None


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode a file's bytes. A byte-order mark wins; then UTF-16 recognised without one; then
    the encoding the file declares; then UTF-8, and GB18030 (a superset of GBK/GB2312) as the
    fallback that old Chinese files need."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path)
    sample = data[:8192]
    if b"\x00" in sample:
        guess = _utf16_without_bom(data)
        if guess is None:
            raise AlignError(f"{path}: looks like a binary file, not text")
        return guess
    if declared:
        codec = _SUPERSETS.get(declared, declared)
        try:
            codecs.lookup(codec)
        except LookupError:
            raise AlignError(f"{path}: declares an unknown encoding {declared!r}") from None
        if codec.replace("_", "-") not in ("utf-8", "utf8"):
            return _strict(data, codec, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            raise AlignError(
                f"{path}: cannot decode the text (not UTF-8, UTF-16 or GB18030; "
                f"first bad byte at offset {utf8_error.start})"
            ) from utf8_error


def _strict(data: bytes, codec: str, path: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise AlignError(f"{path}: invalid {codec} text at byte {exc.start}") from exc


_PLAUSIBLE = re.compile(
    "[\t\n\r\x20-\x7e\xa0-\xff\u2000-\u206f\u3000-\u303f\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)


_BREAKS = re.compile("[\n \u3000，。]")  # any text longer than a word has one of these


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: zero bytes on one side of the pairs (ASCII
    characters, newlines) suggest the byte order; the decoded text must be made of the
    characters Chinese and English text is made of (the wrong byte order gives Hangul,
    private-use and unassigned characters)."""
    if len(data) % 2:
        return None
    sample = data[:8192]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    order = ("utf-16-be", "utf-16-le") if even > odd else ("utf-16-le", "utf-16-be")
    for codec in order:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        head = text[:4000]
        if (head and len(_PLAUSIBLE.findall(head)) >= 0.97 * len(head)
                and _BREAKS.search(head)):
            return text
    return None
