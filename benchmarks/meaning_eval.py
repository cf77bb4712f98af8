"""Meaning errors inside a sentence (issue 13): DEMETR per kind at document level, false alarms on
correct translations, and segment-level detection on real MQM-annotated errors (WMT21 TED).

1. DEMETR (../shared/data/demetr-dev): for each perturbation kind, the 50 sources become one
   Chinese document and the 50 correct translations (`mt_sent`) one English document, with the
   perturbed translation substituted on the rows where `pert_check` is true: by default in five
   documents per kind, row n perturbed in document n % 5, so every perturbed row is tested once
   and at most 10 rows of a document are wrong (`--every 1`: all of them in one document; align
   refuses a document whose every row is "." or unrelated, and those rows count as not found).
   Recall = share of perturbed rows with an error or warning finding whose Chinese or English
   span overlaps the row.
   False alarms: error and warning findings on the correct documents (`mt_sent` throughout, the
   human references `eng_sent` throughout, and the project's faithful sample
   samples/briefing.zh.txt / briefing.en.txt, split into sentences), per 50 Chinese
   sentences.
2. MQM TED (../shared/data/mqm-ted-dev): exactly the method in its README. Each (talk, system) is
   one document pair, one segment per paragraph; a segment is flagged when an error or warning
   finding's Chinese or English character span overlaps its paragraph. Recall over segments with
   a Major Accuracy/* error, false-alarm rate over segments with only No-error rows, precision
   over both. Baseline in the same run: cosine of the embedder's vectors of the whole source and
   target segment, flagged below a threshold set to give align's false-alarm rate, and at 2%.

All runs use one embedder (with its on-disk cache), so a second run embeds almost nothing.

    python benchmarks/meaning_eval.py                     # all: ~100 s cold cache, ~9 s warm
    python benchmarks/meaning_eval.py --quick             # DEMETR only, skip MQM
    python benchmarks/meaning_eval.py --kinds critical_id8_negation,critical_id7_antonym --quick
    python benchmarks/meaning_eval.py --json /tmp/meaning.json
    python benchmarks/meaning_eval.py --split sentences   # DEMETR documents split into sentences
    python benchmarks/meaning_eval.py --every 1 --quick   # all perturbed rows in one document
    python benchmarks/meaning_eval.py --half a --quick    # rows with id // 2 even (b: odd):
                                                          # tune on one half, confirm on the other
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checks_eval import DATA as DEMETR
from checks_eval import ROOT

MQM = ROOT.parent / "shared" / "data" / "mqm-ted-dev" / "mqm_ted_zhen_dev.tsv"
SAMPLE_ZH = ROOT / "samples" / "briefing.zh.txt"
SAMPLE_EN = ROOT / "samples" / "briefing.en.txt"  # the faithful translation (samples/README.md)
FLAGGING = ("error", "warning")
KINDS = [
    "critical_id8_negation", "critical_id9_ne_replaced", "critical_id25_ne_removed",
    "critical_id7_antonym", "critical_id6_addition", "critical_id23_noun_removed",
    "critical_id22_verb_removed", "critical_id10_numbers_replaced", "critical_id4_codemix",
    "base_id33_empty", "base_id33_shuffle_trans",
]


@dataclass
class Checked:
    """One checked document pair: the report's findings and each unit's character range."""

    findings: tuple[Any, ...]
    zh_ranges: list[tuple[int, int]]
    en_ranges: list[tuple[int, int]]
    zh_sentences: int
    seconds: float

    def flagged(self, unit: int, levels: tuple[str, ...] = FLAGGING) -> list[Any]:
        """Findings at ``levels`` whose Chinese or English span overlaps unit ``unit``."""
        zs, ze = self.zh_ranges[unit]
        es, ee = self.en_ranges[unit]
        return [f for f in self.findings if f.severity.value in levels and (
            (f.zh is not None and f.zh.start < ze and zs < f.zh.end)
            or (f.en is not None and f.en.start < ee and es < f.en.end))]


def _ranges(units: list[str], sep: str) -> tuple[str, list[tuple[int, int]]]:
    out, pos = [], 0
    for u in units:
        out.append((pos, pos + len(u)))
        pos += len(u) + len(sep)
    return sep.join(units) + "\n", out


def check_units(zh: list[str], en: list[str], sep: str, settings: Any, embedder: Any) -> Checked:
    """Write the units as two documents (joined by ``sep``), run ``align.api.check`` on them."""
    from align.api import check

    zh = [u.replace("\n", " ").strip() for u in zh]
    en = [u.replace("\n", " ").strip() for u in en]
    zh_text, zh_ranges = _ranges(zh, sep)
    en_text, en_ranges = _ranges(en, sep)
    with tempfile.TemporaryDirectory() as tmp:
        zp, ep = Path(tmp, "zh.txt"), Path(tmp, "en.txt")
        zp.write_text(zh_text, encoding="utf-8")
        ep.write_text(en_text, encoding="utf-8")
        start = time.perf_counter()
        report = check(zp, ep, settings, embedder)
        seconds = time.perf_counter() - start
    al = report.alignment
    if al.zh.text != zh_text or al.en.text != en_text:
        raise RuntimeError("align read the documents differently; character ranges would be off")
    return Checked(report.findings, zh_ranges, en_ranges, len(al.zh.segments), seconds)


def check_files(zh: Path, en: Path, settings: Any, embedder: Any) -> Checked:
    """``align.api.check`` on two files, the whole document as one unit."""
    from align.api import check

    start = time.perf_counter()
    report = check(zh, en, settings, embedder)
    seconds = time.perf_counter() - start
    al = report.alignment
    return Checked(report.findings, [(0, len(al.zh.text))], [(0, len(al.en.text))],
                   len(al.zh.segments), seconds)


# ---------------------------------------------------------------------------------------- DEMETR

@dataclass
class KindResult:
    kind: str
    perturbed: int
    found: int
    rules: Counter = field(default_factory=Counter)  # e/w rules on the perturbed rows
    info_rules: Counter = field(default_factory=Counter)  # info-level rules on them
    elsewhere: Counter = field(default_factory=Counter)  # e/w findings on untouched rows
    refused: int = 0  # perturbed rows in documents align refused to check (AlignError)


@dataclass
class CleanResult:
    name: str
    zh_sentences: int
    errors: int
    warnings: int
    infos: int
    rules: Counter

    def per50(self, n: int) -> float:
        return n * 50 / self.zh_sentences


def in_half(row_id: int, half: str | None) -> bool:
    """Whether a DEMETR row belongs to ``half``: "a" (id // 2 even), "b" (odd) or None (all)."""
    return half is None or (row_id // 2) % 2 == (half == "b")


def demetr(kinds: list[str], settings: Any, embedder: Any, sample: bool,
           every: int, half: str | None = None) -> tuple[list[KindResult], list[CleanResult]]:
    """Recall per perturbation kind and findings on the correct documents. Each kind's rows are
    perturbed in ``every`` documents, row n in document n % every, so that each perturbed row is
    tested once with most of its document correct (``every=1``: all rows in one document).
    ``half`` keeps one half of the rows (documents of about 25)."""
    rows = [json.loads(line) for line in DEMETR.read_text(encoding="utf-8").splitlines()]
    by_kind: dict[str, dict[int, dict]] = defaultdict(dict)
    for r in rows:
        by_kind[r["pert_name"]][r["id"]] = r
    ref = by_kind["base_id35_reference"]
    ids = [i for i in sorted(ref) if in_half(i, half)]
    src = [ref[i]["src_sent"] for i in ids]
    mt = [ref[i]["mt_sent"] for i in ids]
    missing = [k for k in kinds if k not in by_kind]
    if missing:
        raise SystemExit(f"unknown kinds: {', '.join(missing)}")

    clean = [_clean("mt_sent", check_units(src, mt, "\n", settings, embedder)),
             _clean("eng_sent", check_units(src, [ref[i]["eng_sent"] for i in ids], "\n",
                                            settings, embedder))]
    if sample:
        from align.model import Settings

        sample_settings = Settings(model=settings.model)  # the sample is prose: split sentences
        clean.append(_clean("sample briefing (faithful)",
                            check_files(SAMPLE_ZH, SAMPLE_EN, sample_settings, embedder)))

    results = []
    for kind in kinds:
        applies = [n for n, i in enumerate(ids)
                   if i in by_kind[kind] and by_kind[kind][i]["pert_check"]]
        res = KindResult(kind, len(applies), 0)
        for offset in range(every):
            perturbed = [n for n in applies if n % every == offset]
            if perturbed:
                _perturbed_run(res, by_kind[kind], ids, src, mt, perturbed, settings, embedder)
        results.append(res)
    return results, clean


def _perturbed_run(res: KindResult, rows: dict[int, dict], ids: list[int], src: list[str],
                   mt: list[str], perturbed: list[int], settings: Any, embedder: Any) -> None:
    """Check one document with ``perturbed`` rows swapped in; add what was found to ``res``."""
    from align.model import AlignError

    en = [rows[i]["pert_sent"] if n in perturbed else mt[n] for n, i in enumerate(ids)]
    try:
        done = check_units(src, en, "\n", settings, embedder)
    except AlignError:  # the whole pair refused (e.g. every English row is "."): nothing found
        res.refused += len(perturbed)
        return
    seen: set[int] = set()
    for n in perturbed:
        found, info = done.flagged(n), done.flagged(n, ("info",))
        res.found += bool(found)
        res.rules.update(f.rule for f in found if id(f) not in seen)
        res.info_rules.update(f.rule for f in info if id(f) not in seen)
        seen |= {id(f) for f in found + info}
    res.elsewhere.update(f.severity.value for f in done.findings
                         if f.severity.value in FLAGGING and id(f) not in seen)


def _clean(name: str, done: Checked) -> CleanResult:
    sev = Counter(f.severity.value for f in done.findings)
    return CleanResult(name, done.zh_sentences, sev["error"], sev["warning"], sev["info"],
                       Counter(f"{f.rule}({f.severity.value[0]})" for f in done.findings))


# ------------------------------------------------------------------------------------------- MQM

@dataclass
class Segment:
    talk: str
    system: str
    seg_id: int
    source: str
    target: str
    label: str | None  # "pos", "neg" or None (left out)


def mqm_segments() -> list[Segment]:
    """One entry per (talk, system, segment) with its README label."""
    lines = MQM.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    groups: dict[tuple[str, str, int], list[dict[str, str]]] = defaultdict(list)
    for line in lines[1:]:
        r = dict(zip(head, line.split("\t"), strict=True))
        groups[(r["doc"], r["system"], int(r["seg_id"]))].append(r)
    out = []
    for (talk, system, seg_id), rs in sorted(groups.items()):
        if any(r["severity"] == "Major" and r["category"].startswith("Accuracy/") for r in rs):
            label: str | None = "pos"
        elif all(r["category"] == "No-error" for r in rs):
            label = "neg"
        else:
            label = None
        out.append(Segment(talk, system, seg_id, _untag(rs[0]["source"]),
                           _untag(rs[0]["target"]), label))
    return out


def _untag(text: str) -> str:
    return text.replace("<v>", "").replace("</v>", "")


def _rates(flags: list[bool], labels: list[str | None]) -> dict[str, float | int]:
    tp = sum(f for f, lab in zip(flags, labels, strict=True) if lab == "pos")
    fp = sum(f for f, lab in zip(flags, labels, strict=True) if lab == "neg")
    pos, neg = labels.count("pos"), labels.count("neg")
    return {"positives": pos, "negatives": neg, "tp": tp, "fp": fp,
            "recall": tp / pos, "false_alarm": fp / neg,
            "precision": tp / (tp + fp) if tp + fp else float("nan")}


def _cosine_at(cos: list[float], labels: list[str | None], rate: float) -> dict[str, Any]:
    """Flag segments with cosine below the threshold that flags ``rate`` of the negatives."""
    neg = sorted(c for c, lab in zip(cos, labels, strict=True) if lab == "neg")
    k = int(rate * len(neg) + 1e-9)
    threshold = neg[k] if k < len(neg) else float("inf")
    out = _rates([c < threshold for c in cos], labels)
    return {**out, "threshold": threshold, "target_false_alarm": rate}


def mqm(settings: Any, embedder: Any) -> dict[str, Any]:
    """align's segment-level flags per the README's method, and the plain-cosine baseline."""
    import numpy as np

    segs = mqm_segments()
    docs: dict[tuple[str, str], list[Segment]] = defaultdict(list)
    for s in segs:
        docs[(s.talk, s.system)].append(s)
    flags: dict[int, list[str]] = {}
    failed, seconds = [], 0.0
    for (talk, system), ss in sorted(docs.items()):
        try:
            done = check_units([s.source for s in ss], [s.target for s in ss], "\n\n",
                               settings, embedder)
        except Exception as exc:  # align refused the pair: nothing flagged, said below
            failed.append(f"{talk}/{system}: {exc}")
            continue
        seconds += done.seconds
        for n, s in enumerate(ss):
            flags[id(s)] = sorted({f.rule for f in done.flagged(n)})
    labels = [s.label for s in segs]
    align_flags = [bool(flags.get(id(s))) for s in segs]
    result: dict[str, Any] = {"documents": len(docs), "failed": failed,
                              "check_seconds": seconds, "align": _rates(align_flags, labels)}
    result["align_rules"] = {
        lab: dict(Counter(r for s in segs if s.label == lab for r in flags.get(id(s), ()))
                  .most_common())
        for lab in ("pos", "neg")}

    vec_src = np.asarray(embedder.encode([s.source for s in segs]), dtype=np.float64)
    vec_tgt = np.asarray(embedder.encode([s.target for s in segs]), dtype=np.float64)
    vec_src /= np.linalg.norm(vec_src, axis=1, keepdims=True)
    vec_tgt /= np.linalg.norm(vec_tgt, axis=1, keepdims=True)
    cos = [float(c) for c in (vec_src * vec_tgt).sum(axis=1)]
    result["cosine_at_align_rate"] = _cosine_at(cos, labels, result["align"]["false_alarm"])
    result["cosine_at_2pct"] = _cosine_at(cos, labels, 0.02)
    return result


# ------------------------------------------------------------------------------------------ main

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="use", help="embedder for every run (default use)")
    parser.add_argument("--kinds", help="comma-separated DEMETR kinds (default: the eleven)")
    parser.add_argument("--quick", action="store_true", help="skip MQM TED")
    parser.add_argument("--no-sample", action="store_true", help="skip the project's sample")
    parser.add_argument("--split", default="lines", choices=["lines", "sentences"],
                        help="how the DEMETR documents are split (default lines, one row each)")
    parser.add_argument("--every", type=int, default=5,
                        help="perturb every n-th row per document, n documents per kind "
                        "(default 5; 1 = all rows at once)")
    parser.add_argument("--half", choices=["a", "b"],
                        help="DEMETR rows of one half only: a = id // 2 even, b = odd")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if not DEMETR.exists():
        print(f"skipped: {DEMETR} not found (the evaluation data lives outside the project)")
        return
    sys.path.insert(0, str(ROOT))
    from align.api import shared_embedder
    from align.model import Settings

    started = time.perf_counter()
    embedder = shared_embedder(args.model)
    settings = Settings(model=args.model, split=args.split)
    kinds = args.kinds.split(",") if args.kinds else KINDS
    kind_results, clean = demetr(kinds, settings, embedder, not args.no_sample,
                                  args.every, args.half)
    demetr_seconds = time.perf_counter() - started

    rows = f"half {args.half}" if args.half else "50 rows"
    print(f"DEMETR dev, document level ({rows}, --split {args.split}, --every {args.every}), "
          f"model {args.model}")
    print(f"{'kind':32} {'found':>7} {'recall':>6}  e/w elsewhere  rules on the perturbed rows "
          "(e/w; info in [])")
    for r in kind_results:
        rules = ", ".join(f"{k} {v}" for k, v in r.rules.most_common())
        if r.info_rules:
            rules += " [" + ", ".join(f"{k} {v}" for k, v in r.info_rules.most_common()) + "]"
        if r.refused:
            rules += f" (refused: {r.refused} rows)"
        recall = r.found / r.perturbed if r.perturbed else float("nan")
        print(f"{r.kind:32} {r.found:>3}/{r.perturbed:<3} {recall:6.2f}  "
              f"{_counts(r.elsewhere):13}  {rules}")
    print()
    print(f"{'correct document':28} {'zh sents':>8} {'err/50':>7} {'warn/50':>7} {'info/50':>7}"
          "  rules (e/w/i)")
    for c in clean:
        rules = ", ".join(f"{k} {v}" for k, v in c.rules.most_common()) or "none"
        print(f"{c.name:28} {c.zh_sentences:>8} {c.per50(c.errors):7.2f} "
              f"{c.per50(c.warnings):7.2f} {c.per50(c.infos):7.2f}  {rules}")
    print(f"(DEMETR part: {demetr_seconds:.1f} s including model load)")

    out: dict[str, Any] = {
        "model": args.model, "split": args.split, "every": args.every, "half": args.half,
        "demetr": {r.kind: {"perturbed": r.perturbed, "found": r.found,
                            "recall": r.found / r.perturbed if r.perturbed else None,
                            "rules": dict(r.rules), "info_rules": dict(r.info_rules),
                            "elsewhere": dict(r.elsewhere),
                            "refused": r.refused} for r in kind_results},
        "correct": {c.name: {"zh_sentences": c.zh_sentences, "errors": c.errors,
                             "warnings": c.warnings, "infos": c.infos,
                             "errors_per50": c.per50(c.errors),
                             "warnings_per50": c.per50(c.warnings), "rules": dict(c.rules)}
                    for c in clean},
    }
    if not args.quick:
        if not MQM.exists():
            print(f"\nMQM skipped: {MQM} not found")
        else:
            t = time.perf_counter()
            m = mqm(Settings(model=args.model), embedder)
            m["seconds"] = time.perf_counter() - t
            out["mqm"] = m
            _print_mqm(m)
    out["seconds"] = time.perf_counter() - started
    print(f"\ntotal {out['seconds']:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
        print(f"wrote {args.json}")


def _print_mqm(m: dict[str, Any]) -> None:
    a = m["align"]
    print(f"\nMQM TED dev, segment level ({m['documents']} documents; {a['positives']} segments "
          f"with a major accuracy error, {a['negatives']} error-free)")
    print(f"{'method':44} {'recall':>7} {'false alarms':>13} {'precision':>9}")
    rows = [("align (error/warning finding on the segment)", a)]
    for key, name in (("cosine_at_align_rate", "plain cosine < {t:.3f} (align's FA rate)"),
                      ("cosine_at_2pct", "plain cosine < {t:.3f} (2% FA)")):
        rows.append((name.format(t=m[key]["threshold"]), m[key]))
    for name, r in rows:
        print(f"{name:44} {r['recall']:6.1%} {r['tp']:>4}  {r['false_alarm']:5.1%} {r['fp']:>4}  "
              f"{r['precision']:9.2f}")
    for lab, name in (("pos", "on positives"), ("neg", "on error-free segments")):
        rules = ", ".join(f"{k} {v}" for k, v in m["align_rules"][lab].items()) or "none"
        print(f"align rules {name}: {rules}")
    for f in m["failed"]:
        print(f"not checked: {f}")
    print(f"(MQM part: {m['seconds']:.1f} s, of which align.api.check {m['check_seconds']:.1f} s)")


def _counts(c: Counter) -> str:
    return " ".join(f"{v} {k}" for k, v in sorted(c.items())) or "none"


if __name__ == "__main__":
    main()
