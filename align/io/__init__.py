"""Reading documents: bytes -> text (encodings live here) -> segmented ``Document``.

Every problem a user can cause — a missing, empty, binary, undecodable or oversized file, or a
file in the wrong language — is an ``AlignError`` with a one-line message naming the file.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from align.model import AlignError, Document, Lang
from align.scripts import HAN_RUN

MAX_BYTES = 64 * 1024 * 1024
"""Larger inputs are refused: an aligner over a 64 MB transcript is a mistake, not a job."""

_SRT_TIMING = re.compile(r"^[ \t]*\d+[ \t]*$|^[ \t]*\d\d:\d\d:\d\d[,.]\d+[ \t]*-->.*$", re.M)


def decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; GB18030 (a superset of GBK/GB2312)
    as the fallback that old Chinese files need. Anything else is refused, never guessed."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise AlignError(f"{path}: invalid UTF-16 text at byte {exc.start}") from exc
    if b"\x00" in data[:8192]:
        raise AlignError(f"{path}: looks like a binary file, not text")
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


def read_text(path: str | Path) -> str:
    """The decoded text of a file, line endings normalised to ``\\n``."""
    p = Path(path)
    if not p.exists():
        raise AlignError(f"{p}: no such file")
    if p.is_dir():
        raise AlignError(f"{p}: is a directory, not a file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise AlignError(
                f"{p}: file is {size / 2**20:.0f} MB, over the {MAX_BYTES // 2**20} MB limit; "
                "split it into chapters"
            )
        data = p.read_bytes()
    except OSError as exc:
        raise AlignError(f"{p}: cannot read ({exc.strerror})") from exc
    text = decode(data, str(p)).replace("\r\n", "\n").replace("\r", "\n")
    if p.suffix.lower() == ".srt":
        text = mask_srt(text)
    if not text.strip():
        raise AlignError(f"{p}: file is empty")
    return text


def mask_srt(text: str) -> str:
    """Blank out SubRip cue numbers and timings, keeping every offset and line number, so each
    cue's text is segmented like a paragraph and findings still point into the original file."""
    return _SRT_TIMING.sub(lambda m: " " * len(m.group(0)), text)


_CJK = HAN_RUN  # runs: fewer objects
_LATIN = re.compile(r"[A-Za-z]+")


def check_language(text: str, lang: Lang, path: str) -> None:
    """Refuse a "Chinese" file that is not Chinese and an "English" file that is not English.

    Counts Han characters against Latin letters; a real Chinese text has mostly Han characters
    even with English names in it, and a real English text almost none.
    """
    han = sum(map(len, _CJK.findall(text)))
    latin = sum(map(len, _LATIN.findall(text)))
    letters = han + latin
    if letters == 0:
        raise AlignError(f"{path}: contains no words (only digits or punctuation)")
    # Each Han character carries about as much as 3 Latin letters, so weigh it for the ratio.
    han_share = 3 * han / (3 * han + latin)
    if lang == "zh" and han_share < 0.5:
        hint = " (are the Chinese and English files swapped?)" if han_share < 0.05 else ""
        raise AlignError(f"{path}: expected Chinese text but found mostly Latin script{hint}")
    if lang == "en" and han_share > 0.5:
        raise AlignError(
            f"{path}: expected English text but found mostly Chinese characters "
            "(are the Chinese and English files swapped?)"
        )


def read_document(path: str | Path, lang: Lang, split: str = "sentences") -> Document:
    """Read, check the language, and segment one side of a pair."""
    from align.segment import segment

    text = read_text(path)
    check_language(text, lang, str(path))
    return Document(path=str(path), lang=lang, text=text, segments=segment(text, lang, split))
