"""XLIFF 1.2 and 2.0, including SDL Trados (.sdlxliff) and memoQ (.mqxliff) files.

One unit per segment: an XLIFF 1.2 ``trans-unit`` (or each ``mrk mtype="seg"`` of its
``seg-source``, as Trados and other tools segment), an XLIFF 2.0 ``segment`` of a ``unit``.
Units marked ``translate="no"`` are left out. The id is the trans-unit's (or unit's) id, with the
segment's id after a slash when a unit has several segments.
"""

from __future__ import annotations

from align.io.base import Unit
from align.io.inline import extract
from align.io.xml import Node, parse
from align.model import AlignError


def read(data: bytes, path: str) -> list[Unit]:
    root = parse(data, path)
    if root.tag != "xliff":
        raise AlignError(f"{path}: not an XLIFF file (the root element is <{root.tag}>)")
    version = root.attrib.get("version", "1.2")
    if version.startswith("2"):
        return _v2(root)
    return _v1(root)


def _v1(root: Node) -> list[Unit]:
    # Trados numbers segments by their mrk ids across the file (trans-unit ids are GUIDs)
    sdl = root.find("doc-info") is not None
    units = []
    for file in root.iter("file"):
        src = file.attrib.get("source-language", "")
        tgt = file.attrib.get("target-language", "")
        for tu in file.iter("trans-unit"):
            if tu.attrib.get("translate") == "no":
                continue
            ident = tu.attrib.get("id", str(len(units) + 1))
            seg_source = tu.find("seg-source")
            target = tu.find("target")
            segs = _mrk_segments(seg_source) if seg_source is not None else {}
            if segs:
                targets = _mrk_segments(target) if target is not None else {}
                for mid, node in segs.items():
                    sid = mid if sdl else ident if len(segs) == 1 else f"{ident}/{mid}"
                    units.append(_unit(sid, node, targets.get(mid), src, tgt))
            else:
                units.append(_unit(ident, tu.find("source"), target, src, tgt))
    return units


def _mrk_segments(node: Node) -> dict[str, Node]:
    return {m.attrib.get("mid", str(k)): m
            for k, m in enumerate(n for n in node.iter("mrk") if n.attrib.get("mtype") == "seg")}


def _v2(root: Node) -> list[Unit]:
    src = root.attrib.get("srcLang", "")
    tgt = root.attrib.get("trgLang", "")
    units = []
    for unit in root.iter("unit"):
        if unit.attrib.get("translate") == "no":
            continue
        ident = unit.attrib.get("id", str(len(units) + 1))
        segments = unit.findall("segment")
        for k, seg in enumerate(segments, 1):
            sid = ident if len(segments) == 1 else f"{ident}/{seg.attrib.get('id', k)}"
            units.append(_unit(sid, seg.find("source"), seg.find("target"), src, tgt))
    return units


def _unit(ident: str, source: Node | None, target: Node | None, src: str, tgt: str) -> Unit:
    s, s_tags = extract(source)
    t, t_tags = extract(target)
    return Unit(ident=ident, source=s, target=t, source_lang=src, target_lang=tgt,
                source_tags=s_tags, target_tags=t_tags)
