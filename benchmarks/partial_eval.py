"""partial-omission / partial-addition (issue 13) pair by pair: each half of DEMETR dev, the
ablation of what each piece of evidence adds, and false alarms on well-formed translations.

The document-level figures are meaning_eval.py's; this script judges single sentence pairs, so
each piece of evidence can be switched off and each half (rows split by id: half A has
id // 2 even) measured apart:

- omission: ``coverage`` (an unrendered Chinese noun or verb anywhere: the old idea), ``grammar``
  (an English gap alone, any severity), ``bracket`` (a gap and an unrendered word of the
  missing kind inside the stretch of Chinese the neighbours' links bracket), ``shipped`` (a gap
  and an unrendered word of the missing kind anywhere in the pair: warning level);
- addition: ``modifier`` (an English adjective or adverb with no source on a linked word),
  ``near`` (and the Chinese next to that word's counterpart all rendered), ``shipped`` (and
  no compound, idiom, modifier or dictionary sense that could be its source), ``+bar`` (and
  the document literal: the findings a document below ``LITERAL_BAR`` would not get).

Rows: perturbed rows found / rows, and pairs flagged among DEMETR's correct translations
(mt_sent) and free references (eng_sent); then sentences flagged on well-formed pairs outside
DEMETR: mac-dev's literary gold beads and the KJV/CUV Bible's first 4,000 gold beads.

    python benchmarks/partial_eval.py
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from checks_eval import DATA as DEMETR
from checks_eval import ROOT

SHARED = ROOT.parent / "shared" / "data"
Pair = tuple[str, str, tuple[int, ...]]


def _half(row_id: int) -> str:
    return "A" if (row_id // 2) % 2 == 0 else "B"


def _gold_pairs(zh_lines: list[str], en_lines: list[str], gold: Path, en_first: bool,
                limit: int | None = None) -> list[Pair]:
    """Two-sided gold beads as (Chinese, English joined by spaces, English sentence starts)."""
    out = []
    for line in itertools.islice(gold.read_text(encoding="utf-8").splitlines(), limit):
        left, right = line.strip().split(":")
        a = [int(x) for x in left.strip("[]").split(",") if x.strip()]
        b = [int(x) for x in right.strip("[]").split(",") if x.strip()]
        en_ids, zh_ids = (a, b) if en_first else (b, a)
        if not zh_ids or not en_ids:
            continue
        starts, pos = [], 0
        for i in en_ids:
            starts.append(pos)
            pos += len(en_lines[i]) + 1
        out.append(("".join(zh_lines[i] for i in zh_ids), " ".join(en_lines[i] for i in en_ids),
                    tuple(starts)))
    return out


def well_formed() -> dict[str, list[Pair]]:
    """Correct translations outside DEMETR, when the shared data has them."""
    out: dict[str, list[Pair]] = {}
    mac = SHARED / "mac-dev"
    if mac.exists():
        pairs: list[Pair] = []
        for gold in sorted((mac / "gold").glob("*.align")):
            name = gold.stem
            pairs += _gold_pairs((mac / "zh" / f"{name}.txt").read_text("utf-8").split("\n"),
                                 (mac / "en" / f"{name}.txt").read_text("utf-8").split("\n"),
                                 gold, en_first=False)
        out["mac-dev (literary)"] = pairs
    bible = SHARED / "bible"
    if bible.exists():
        out["Bible, first 4,000 beads"] = _gold_pairs(
            (bible / "zh.txt").read_text("utf-8").split("\n"),
            (bible / "en.txt").read_text("utf-8").split("\n"),
            bible / "gold.align", en_first=True, limit=4000)
    return out


def omission_variant(name: str) -> Callable[[str, str, tuple[int, ...]], bool]:
    from align.checks.lexical import corr
    from align.checks.partial import _linked_positions, omissions, sentence_gaps
    from align.lexicon import lexicon

    def flagged(zh: str, en: str, starts: tuple[int, ...] = ()) -> bool:
        if name == "coverage":
            c = corr(zh, en)
            return any(not link.en and link.zh.han and len(link.zh.text) >= 2
                       and link.zh.pos.startswith(("n", "v"))
                       and not link.zh.pos.startswith(("nr", "ns", "nt"))
                       and link.zh.text in lexicon().dictionary for link in c.links)
        found = omissions(zh, en, starts)
        if name == "grammar":
            return bool(found)
        if name == "shipped":
            return any(s.confident for s in found)
        c = corr(zh, en)  # bracket
        linked = _linked_positions(c)
        by_range = {(g.start, g.end): g for g in sentence_gaps(en, starts)}
        for s in found:
            gap = by_range.get(s.en_range)
            if not s.confident or gap is None:
                continue
            left = [linked[i] for i, t in enumerate(c.en) if i in linked and t.end <= gap.start]
            right = [linked[i] for i, t in enumerate(c.en) if i in linked and t.start >= gap.end]
            ends = left[-1:] + right[:1]
            k = next(j for j, link in enumerate(c.links) if link.zh.text == s.zh_word)
            if not ends or min(ends) - 1 <= k <= max(ends) + 1:
                return True
        return False

    return flagged


def addition_variant(name: str) -> Callable[[str, str, tuple[int, ...]], bool]:
    from align.checks import partial as p
    from align.checks.lexical import corr
    from align.lexicon.syntax import ADJ, ADV, NOUN, VERB, word_tags

    def flagged(zh: str, en: str, starts: tuple[int, ...] = ()) -> bool:
        if name == "shipped":
            return bool(p.additions(zh, en))
        c = corr(zh, en)
        linked = p._linked_positions(c)
        for i, t in enumerate(c.en):
            if not t.content or i in linked or not t.text[:1].islower() or t.text in p.ROUTINE:
                continue
            tags = word_tags(t.text)
            if not (ADJ in tags or ADV in tags) or (NOUN in tags and ADJ not in tags) or (
                    VERB in tags):
                continue
            head = p._head(c, linked, i)
            if head is None:
                continue
            if name == "modifier":
                return True
            heads = [k for k, link in enumerate(c.links) if head in link.en]
            near = [c.links[j] for k in heads
                    for j in range(max(0, k - 1), min(len(c.links), k + 2))]
            if not any(not link.en and p._may_render(link.zh, tags) for link in near):
                return True
        return False

    return flagged


def main() -> None:
    if not DEMETR.exists():
        print(f"skipped: {DEMETR} not found (the evaluation data lives outside the project)")
        return
    sys.path.insert(0, str(ROOT))
    from align.checks.partial import LITERAL_BAR, english_coverage

    started = time.perf_counter()
    rows = [json.loads(line) for line in DEMETR.read_text(encoding="utf-8").splitlines()]
    ref = {r["id"]: r for r in rows if r["pert_name"] == "base_id35_reference"}
    others = well_formed()
    literal = {name: english_coverage([(z, e) for z, e, _ in pairs]) >= LITERAL_BAR
               for name, pairs in others.items()}
    print("DEMETR dev pair by pair, per half (perturbed rows found; correct pairs flagged)")
    print(f"{'variant':30} {'half A':>26} {'half B':>26}  " + "  ".join(others))
    plans = [(f"omission {v} ({k.split('_')[2]})", omission_variant(v), k, False)
             for v in ("coverage", "grammar", "bracket", "shipped")
             for k in ("critical_id23_noun_removed", "critical_id22_verb_removed")]
    plans += [(f"addition {v}", addition_variant(v), "critical_id6_addition", False)
              for v in ("modifier", "near", "shipped")]
    plans.append(("addition shipped +bar", addition_variant("shipped"), "critical_id6_addition",
                  True))
    for name, flagged, kind, bar in plans:
        cells = []
        for half in "AB":
            pert = [r for r in rows if r["pert_name"] == kind and r["pert_check"]
                    and _half(r["id"]) == half]
            found = sum(flagged(r["src_sent"], r["pert_sent"], ()) for r in pert)
            mt = sum(flagged(r["src_sent"], r["mt_sent"], ()) for i, r in ref.items()
                     if _half(i) == half)
            eng = sum(flagged(r["src_sent"], r["eng_sent"], ()) for i, r in ref.items()
                      if _half(i) == half)
            cells.append(f"{found:2}/{len(pert)} mt {mt} eng {eng}")
        outside = []
        for other, pairs in others.items():
            hits = 0 if bar and not literal[other] else sum(flagged(*p) for p in pairs)
            outside.append(f"{hits}/{len(pairs)}")
        print(f"{name:30} {cells[0]:>26} {cells[1]:>26}  " + "  ".join(outside))
    chosen = [n for n, v in literal.items() if v] or "none"
    print(f"(documents outside DEMETR literal enough for additions: {chosen}; "
          f"{time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
