"""Formats of ``align pair``: the alignment itself, without findings."""

from __future__ import annotations

import json

from align.model import Alignment


def beads(a: Alignment) -> str:
    """One bead per line, ``[zh ids]:[en ids]`` with 0-based ids (the MAC/Bertalign format)."""
    return "".join(f"[{_ids(b.zh)}]:[{_ids(b.en)}]\n" for b in a.beads)


def tsv(a: Alignment) -> str:
    """zh ids, en ids, score, Chinese text, English text; one bead per line, with a header."""
    rows = ["zh_ids\ten_ids\tscore\tzh\ten"]
    for b in a.beads:
        zh = " ".join(a.zh.segments[i].text for i in b.zh)
        en = " ".join(a.en.segments[i].text for i in b.en)
        rows.append(f"{_ids(b.zh)}\t{_ids(b.en)}\t{b.score:.4f}\t{_cell(zh)}\t{_cell(en)}")
    return "\n".join(rows) + "\n"


def as_json(a: Alignment) -> str:
    doc = {
        "version": 1,
        "model": a.model,
        "zh": {"path": a.zh.path, "sentences": [_seg(s) for s in a.zh.segments]},
        "en": {"path": a.en.path, "sentences": [_seg(s) for s in a.en.segments]},
        "alignment": [{"zh": list(b.zh), "en": list(b.en), "score": round(b.score, 4)}
                      for b in a.beads],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


PAIR_FORMATS = {"beads": beads, "tsv": tsv, "json": as_json}


def _ids(ids: tuple[int, ...]) -> str:
    return ",".join(str(i) for i in ids)


def _cell(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def _seg(s) -> dict:
    return {"id": s.id, "text": s.text, "line": s.line, "start": s.start, "end": s.end,
            "paragraph": s.paragraph, "speaker": s.speaker}
