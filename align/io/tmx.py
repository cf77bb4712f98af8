"""TMX translation memories: one unit per ``tu``, its Chinese and English ``tuv`` (by
``xml:lang``; the first two variants when the languages say nothing)."""

from __future__ import annotations

from align.io.base import Unit
from align.io.inline import extract
from align.io.xml import Node, parse
from align.model import AlignError


def read(data: bytes, path: str) -> list[Unit]:
    root = parse(data, path)
    if root.tag != "tmx":
        raise AlignError(f"{path}: not a TMX file (the root element is <{root.tag}>)")
    header = root.find("header")
    default = header.attrib.get("srclang", "") if header is not None else ""
    units = []
    for k, tu in enumerate(root.iter("tu"), 1):
        variants = [(_lang(v) or default, v) for v in tu.findall("tuv")]
        if len(variants) < 2:
            continue
        zh = next((v for v in variants if v[0].lower().startswith("zh")), None)
        en = next((v for v in variants if v[0].lower().startswith("en")), None)
        first, second = (zh, en) if zh and en else (variants[0], variants[1])
        s, s_tags = extract(first[1].find("seg"))
        t, t_tags = extract(second[1].find("seg"))
        units.append(Unit(ident=tu.attrib.get("tuid", str(k)), source=s, target=t,
                          source_lang=first[0], target_lang=second[0],
                          source_tags=s_tags, target_tags=t_tags))
    return units


def _lang(tuv: Node) -> str:
    return tuv.attrib.get("xml:lang") or tuv.attrib.get("lang", "")
