"""Reading documents: a file -> the text to check (one reader per format) -> a ``Document``.

``FORMATS`` is the registry: each format's name, the suffixes that choose it, the module that
reads it and whether its files are bilingual (already aligned: XLIFF, PO, TMX, CSV/TSV). A file
is given to a reader by its suffix, or, for an unknown suffix, by what its first bytes look
like; formats we do not read (PDF, images, spreadsheets, archives) are named and refused.

A monolingual reader is ``read(data, path, lang) -> Extracted``; a bilingual one is
``read(data, path) -> list[Unit]`` (``align.io.base``). Every problem a user can cause — a
missing, empty, binary, undecodable, unsupported or oversized file, or a file in the wrong
language — is an ``AlignError`` with a one-line message naming the file.
"""

from __future__ import annotations

import re
import string
import zipfile
from dataclasses import dataclass, replace
from importlib import import_module
from io import BytesIO
from pathlib import Path

from align.io.base import Extracted, Unit, label_for
from align.io.encoding import decode
from align.model import AlignError, Bead, Document, Lang, Segment
from align.scripts import CJK_PUNCT, HAN, HAN_RUN

MAX_BYTES = 64 * 1024 * 1024
"""Larger inputs are refused: an aligner over a 64 MB transcript is a mistake, not a job."""


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...]
    reader: str  # "module:function"
    bilingual: bool = False
    options: tuple[tuple[str, str], ...] = ()  # keyword arguments the reader is called with


FORMATS: tuple[Format, ...] = (
    Format("text", (".txt", ".text"), "align.io.text:read"),
    Format("markdown", (".md", ".markdown", ".mdown"), "align.io.markdown:read"),
    Format("SubRip", (".srt",), "align.io.subtitles:read", options=(("kind", "srt"),)),
    Format("WebVTT", (".vtt",), "align.io.subtitles:read", options=(("kind", "vtt"),)),
    Format("ASS/SSA", (".ass", ".ssa"), "align.io.subtitles:read", options=(("kind", "ass"),)),
    Format("HTML", (".html", ".htm", ".xhtml"), "align.io.html:read"),
    Format("Word", (".docx",), "align.io.docx:read"),
    Format("XLIFF", (".xlf", ".xliff", ".sdlxliff", ".mqxliff"), "align.io.xliff:read",
           bilingual=True),
    Format("PO", (".po", ".pot"), "align.io.po:read", bilingual=True),
    Format("TMX", (".tmx",), "align.io.tmx:read", bilingual=True),
    Format("CSV", (".csv",), "align.io.table:read", bilingual=True, options=(("delimiter", ","),)),
    Format("TSV", (".tsv", ".tab"), "align.io.table:read", bilingual=True,
           options=(("delimiter", "\t"),)),
)

UNSUPPORTED: dict[str, str] = {
    ".pdf": "PDF", ".doc": "Word 97-2003 (.doc; save it as .docx)", ".rtf": "RTF",
    ".odt": "OpenDocument text", ".pages": "Pages", ".epub": "EPUB",
    ".xls": "Excel spreadsheet", ".xlsx": "Excel spreadsheet", ".ods": "OpenDocument spreadsheet",
    ".ppt": "PowerPoint", ".pptx": "PowerPoint",
    ".png": "PNG image", ".jpg": "JPEG image", ".jpeg": "JPEG image", ".gif": "GIF image",
    ".bmp": "BMP image", ".tif": "TIFF image", ".tiff": "TIFF image", ".webp": "WebP image",
    ".heic": "HEIC image", ".zip": "ZIP archive", ".gz": "gzip archive", ".tgz": "gzip archive",
    ".bz2": "bzip2 archive", ".xz": "xz archive", ".7z": "7-Zip archive", ".rar": "RAR archive",
    ".tar": "tar archive", ".mp3": "audio", ".wav": "audio", ".mp4": "video", ".mkv": "video",
    ".mov": "video", ".sdlppx": "Trados package", ".mqxlz": "memoQ package",
}  # fmt: skip

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"), (b"BM", "BMP image"), (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"), (b"\x1f\x8b", "gzip archive"), (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ", "xz archive"),
    (b"\xd0\xcf\x11\xe0", "Office 97-2003 document (save it as .docx)"), (b"{\\rtf", "RTF"),
    (b"ID3", "audio"),
)  # fmt: skip


def supported() -> str:
    """The suffixes we read, for error messages."""
    return ", ".join(s for f in FORMATS for s in f.suffixes)


def read_bytes(path: str | Path) -> bytes:
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
        # The size a stream (a pipe, /dev/stdin, /dev/zero) reports says nothing: read at most
        # one byte more than the limit, whatever the file is.
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise AlignError(f"{p}: cannot read ({exc.strerror})") from exc
    if len(data) > MAX_BYTES:
        raise AlignError(f"{p}: over the {MAX_BYTES // 2**20} MB limit; split it into chapters")
    if not data.strip():
        raise AlignError(f"{p}: file is empty")
    return data


def format_of(path: str | Path, data: bytes) -> Format:
    """The format of a file: what its content shows it to be when that is a format we refuse,
    else its suffix, else its content."""
    p = Path(path)
    suffix = p.suffix.lower()
    refused = _refused(data, suffix)
    if refused:
        raise AlignError(f"{p}: {refused} files are not supported; use one of: {supported()}")
    for f in FORMATS:
        if suffix in f.suffixes:
            return f
    return _sniff(data)


def _refused(data: bytes, suffix: str) -> str | None:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            if name == "BMP image" and suffix != ".bmp":
                continue  # "BM" also starts ordinary text
            return name
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "ZIP archive"
        if "word/document.xml" in names:
            return None
        if any(n.startswith("xl/") for n in names):
            return "Excel spreadsheet"
        if any(n.startswith("ppt/") for n in names):
            return "PowerPoint"
        if "mimetype" in names:
            return "OpenDocument"
        return "ZIP archive"
    if suffix in UNSUPPORTED:
        return UNSUPPORTED[suffix]
    return None


def _sniff(data: bytes) -> Format:
    by_name = {f.name: f for f in FORMATS}
    if data.startswith(b"PK\x03\x04"):
        return by_name["Word"]
    head = data[:4096]
    try:
        text = decode(head if len(head) < 4096 else head[:4094], "").lstrip("\ufeff")
    except AlignError:
        return by_name["text"]
    stripped = text.lstrip()
    if stripped.startswith("WEBVTT"):
        return by_name["WebVTT"]
    if stripped.startswith("[Script Info]"):
        return by_name["ASS/SSA"]
    if re.match(r"\d+\s*\n\s*\d\d:\d\d:\d\d[,.]\d+\s*-->", stripped):
        return by_name["SubRip"]
    if stripped.startswith("<"):
        for m in re.finditer(r"<([A-Za-z_][\w.:-]*)[\s>/]", stripped):
            tag = m.group(1).lower().split(":")[-1]
            if tag in ("xliff",):
                return by_name["XLIFF"]
            if tag == "tmx":
                return by_name["TMX"]
            if tag in ("html", "body", "head", "p", "div"):
                return by_name["HTML"]
    if re.search(r'^msgid\s+"', text, re.M) and re.search(r'^msgstr\s+"', text, re.M):
        return by_name["PO"]
    return by_name["text"]


def _call(fmt: Format, data: bytes, path: str, *args: object):
    module, func = fmt.reader.split(":")
    return getattr(import_module(module), func)(data, path, *args, **dict(fmt.options))


def is_bilingual(path: str | Path) -> bool:
    """Whether ``path`` names a bilingual file (by its suffix, or its content when the suffix
    says nothing); False for a missing file."""
    p = Path(path)
    suffix = p.suffix.lower()
    for f in FORMATS:
        if suffix in f.suffixes:
            return f.bilingual
    if suffix in UNSUPPORTED or not p.is_file():
        return False
    try:
        with p.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return _sniff(head).bilingual


def read_text(path: str | Path) -> str:
    """The text a monolingual file's reader gives to check (markup and timings left out), line
    endings normalised to ``\\n``."""
    return extract(path, "zh").text


def extract(path: str | Path, lang: Lang) -> Extracted:
    data = read_bytes(path)
    fmt = format_of(path, data)
    if fmt.bilingual:
        raise AlignError(f"{path}: a {fmt.name} file holds both languages; check it alone "
                         f"(align check {Path(path).name})")
    got = _call(fmt, data, str(path), lang)
    if not got.text.strip():
        raise AlignError(f"{path}: file is empty (no {fmt.name} text in it)")
    return got


_CJK = HAN_RUN
_LATIN_LETTERS = string.ascii_letters


def han_share(text: str) -> float | None:
    """The weight of Han characters against Latin letters (None when there are neither); each
    Han character counts as 3 letters, about as much as it carries."""
    # counted without a list of the runs: every word of a 31 MB English file (as findall
    # gives them) is 400 MB of strings, the largest allocation of a 20 MB + 31 MB pair's run
    han = sum(m.end() - m.start() for m in _CJK.finditer(text))
    latin = sum(map(text.count, _LATIN_LETTERS))
    if han + latin == 0:
        return None
    return 3 * han / (3 * han + latin)


def check_language(text: str, lang: Lang, path: str) -> None:
    """Refuse a "Chinese" file that is not Chinese and an "English" file that is not English.

    Counts Han characters against Latin letters; a real Chinese text has mostly Han characters
    even with English names in it, and a real English text almost none.
    """
    share = han_share(text)
    if share is None:
        raise AlignError(f"{path}: contains no words (only digits or punctuation)")
    if lang == "zh" and share < 0.5:
        hint = " (are the Chinese and English files swapped?)" if share < 0.05 else ""
        raise AlignError(f"{path}: expected Chinese text but found mostly Latin script{hint}")
    if lang == "en" and share > 0.5:
        raise AlignError(
            f"{path}: expected English text but found mostly Chinese characters "
            "(are the Chinese and English files swapped?)"
        )


def read_document(path: str | Path, lang: Lang, split: str = "sentences") -> Document:
    """Read, check the language, and segment one side of a pair."""
    got = extract(path, lang)
    check_language(got.text, lang, str(path))
    return to_document(str(path), lang, got, split)


def to_document(path: str, lang: Lang, got: Extracted, split: str = "sentences") -> Document:
    """Segment an extracted text: traditional Chinese is segmented and checked in simplified
    characters, and English whose spaces a page turned into "?" with its spaces back, while the
    document keeps (and findings quote) the file's own; lines and labels
    come from the reader's origin map and regions."""
    from align.segment import segment

    analysed = got.text
    if lang == "zh":
        from align.io.chinese import analysed as chinese_analysed

        analysed = chinese_analysed(analysed)
    else:
        from align.io.english import with_spaces_back

        analysed = with_spaces_back(analysed)
    segments = segment(analysed, lang, got.split or split)
    if got.origin is not None or got.regions:
        starts = [r.start for r in got.regions]
        segments = tuple(
            replace(
                s,
                line=got.origin.position(s.start)[0] if got.origin else s.line,
                label=label_for(got.regions, starts, s.start, s.end),
            )
            for s in segments
        )
    return Document(path=path, lang=lang, text=got.text, segments=segments, origin=got.origin)


@dataclass(frozen=True)
class Bilingual:
    """A bilingual file read: both sides as documents (one sentence per unit side, so a unit
    is one bead, its inline tags and placeholders the sentences' ``tokens``), the beads, and
    each bead's tokens on both sides."""

    zh: Document
    en: Document
    beads: tuple[Bead, ...]
    tags: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    format: str


def read_bilingual(path: str | Path) -> Bilingual:
    """Read a bilingual file (XLIFF, PO, TMX, CSV/TSV): every unit becomes a bead of its source
    and target, the Chinese side being whichever is written in Chinese."""
    data = read_bytes(path)
    fmt = format_of(path, data)
    if not fmt.bilingual:
        raise AlignError(f"{path}: a {fmt.name} file holds one language; give the Chinese and "
                         "the English file")
    units: list[Unit] = [
        u for u in _call(fmt, data, str(path)) if u.source.text.strip() or u.target.text.strip()
    ]
    if not units:
        raise AlignError(f"{path}: no translation units in this {fmt.name} file")
    swap = _chinese_is_target(units, str(path))
    zh_parts = [(u.target if swap else u.source) for u in units]
    en_parts = [(u.source if swap else u.target) for u in units]
    ids = [u.ident for u in units]
    tags = tuple(
        (u.target_tags, u.source_tags) if swap else (u.source_tags, u.target_tags) for u in units
    )
    zh = _units_document(str(path), "zh", zh_parts, ids, [t[0] for t in tags])
    en = _units_document(str(path), "en", en_parts, ids, [t[1] for t in tags])
    beads, zi, ei = [], 0, 0
    for zp, ep in zip(zh_parts, en_parts, strict=True):
        has_zh, has_en = bool(zp.text.strip()), bool(ep.text.strip())
        beads.append(Bead(zh=(zi,) if has_zh else (), en=(ei,) if has_en else ()))
        zi += has_zh
        ei += has_en
    return Bilingual(zh=zh, en=en, beads=tuple(beads), tags=tags, format=fmt.name)


def _chinese_is_target(units: list[Unit], path: str) -> bool:
    """Whether the Chinese is the units' target side: by the languages the file declares, else
    by the script each side is written in."""
    langs = {(u.source_lang.lower()[:2], u.target_lang.lower()[:2]) for u in units}
    if langs == {("en", "zh")}:
        return True
    if langs == {("zh", "en")}:
        return False
    source = han_share(" ".join(u.source.text for u in units))
    target = han_share(" ".join(u.target.text for u in units))
    if source is None or target is None:
        raise AlignError(f"{path}: no words on one side of the units")
    if max(source, target) < 0.5:
        raise AlignError(f"{path}: neither side of the units is Chinese")
    if min(source, target) > 0.5:
        raise AlignError(f"{path}: both sides of the units are Chinese; expected English on one")
    return target > source


_CJK_SPACE = re.compile(f"(?<=[{HAN}{CJK_PUNCT}]) (?=[{HAN}{CJK_PUNCT}])")


def _units_document(path: str, lang: Lang, parts: list[Extracted], ids: list[str],
                    tokens: list[tuple[str, ...]]) -> Document:
    """One document of one side of the units: their texts in order, a blank line apart, each
    unit's text one sentence labelled with the unit's id."""
    from align.io.base import TextBuilder

    out = TextBuilder()
    bounds = []
    for part in parts:
        text = part.text
        if not text.strip():
            bounds.append(None)
            continue
        if out.length:
            out.sep("\n\n")
        start = out.length
        origin = part.origin
        for k, piece_start in enumerate(origin.starts if origin else (0,)):
            piece_end = origin.starts[k + 1] if origin and k + 1 < len(origin.starts) else len(text)
            line, column = (origin.lines[k], origin.columns[k]) if origin else (1, 1)
            out.add(text[piece_start:piece_end].replace("\n", " "), line, column)
        bounds.append((start, out.length))
    built = out.build()
    analysed = built.text
    if lang == "zh":
        from align.io.chinese import analysed as chinese_analysed

        analysed = chinese_analysed(analysed)
    segments = []
    for unit, (ident, span, unit_tokens) in enumerate(zip(ids, bounds, tokens, strict=True)):
        if span is None:
            continue
        start, end = span
        raw = built.text[start:end]
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        text = " ".join(analysed[start:end].split())
        if lang == "zh":  # a pretty-printed file's line breaks and indents between characters
            text = _CJK_SPACE.sub("", text)
        segments.append(Segment(
            id=len(segments), text=text, start=start, end=end,
            line=built.origin.position(start)[0], paragraph=unit, label=f"unit {ident}",
            tokens=unit_tokens,
        ))
    return Document(path=path, lang=lang, text=built.text, segments=tuple(segments),
                    origin=built.origin)


__all__ = [
    "FORMATS", "MAX_BYTES", "Bilingual", "Format", "check_language", "decode", "extract",
    "format_of", "is_bilingual", "read_bilingual", "read_document", "read_text", "supported",
    "to_document",
]
