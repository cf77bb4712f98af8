"""The number check on DEMETR's Chinese dev half (../shared/data/demetr-dev).

Each (source, translation) pair is checked as a one-bead alignment with ``NumbersCheck``:

- recall: of the ``critical_id10_numbers_replaced`` items whose perturbation was applied, how
  many get a number finding (error level, and warning or above);
- false alarms: number findings, by severity, on the correct translation (``mt_sent``) of every
  dev sentence, and on the human reference (``eng_sent``) for comparison;
- speed: sentence pairs per second for extraction plus comparison (and, with ``--embed``, the
  sentences per second of the default embedder on the same text, for scale).

    python benchmarks/numbers_eval.py [--data DIR] [--embed] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.checks.base import CheckContext  # noqa: E402
from align.checks.numbers import NumbersCheck, compare, extract_en, extract_zh  # noqa: E402
from align.model import (  # noqa: E402
    Alignment,
    Bead,
    Document,
    Finding,
    Segment,
    Settings,
    Severity,
)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "demetr-dev"
CHECK = NumbersCheck()
SETTINGS = Settings()


def one_bead(zh: str, en: str) -> Alignment:
    def doc(lang: str, text: str) -> Document:
        seg = Segment(id=0, text=text, start=0, end=len(text), line=1)
        return Document(path=f"<{lang}>", lang=lang, text=text, segments=(seg,))

    return Alignment(zh=doc("zh", zh), en=doc("en", en), beads=(Bead((0,), (0,)),))


def findings(zh: str, en: str) -> list[Finding]:
    return list(CHECK.run(CheckContext(alignment=one_bead(zh, en), settings=SETTINGS)))


def describe(fs: list[Finding]) -> str:
    return "; ".join(f"{f.rule}/{f.severity.value}: {f.message}" for f in fs) or "(none)"


def document_level(sources: dict[int, dict], changed: dict[int, str]) -> None:
    """All sources as one Chinese document, the correct translations as one English document
    with the changed-number sentences swapped in; findings must land on those sentences."""
    import tempfile

    from align.api import check

    ids = sorted(sources)
    zh_lines = [sources[i]["src_sent"] for i in ids]
    en_lines = [changed.get(i, sources[i]["mt_sent"]) for i in ids]
    with tempfile.TemporaryDirectory() as tmp:
        zh_path, en_path = Path(tmp, "zh.txt"), Path(tmp, "en.txt")
        zh_path.write_text("\n".join(zh_lines) + "\n", encoding="utf-8")
        en_path.write_text("\n".join(en_lines) + "\n", encoding="utf-8")
        report = check(zh_path, en_path, Settings(split="lines"))
    want = {k for k, i in enumerate(ids) if i in changed}
    hit, false_errors = set(), []
    for f in report.findings:
        if not f.rule.startswith("number-") or f.severity is not Severity.ERROR or f.en is None:
            continue
        lines = set(f.en.ids)
        if lines & want:
            hit |= lines & want
        else:
            false_errors.append(f"line {min(lines) + 1}: {f.message}")
    print(f"document: {len(hit)}/{len(want)} changed sentences flagged at their line; "
          f"{len(false_errors)} number errors elsewhere")  # fmt: skip
    for line in false_errors:
        print(f"  {line}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--embed", action="store_true", help="also time the default embedder")
    ap.add_argument("--verbose", action="store_true", help="print every finding")
    ap.add_argument(
        "--document",
        action="store_true",
        help="also check the 50 sentences as one document pair (aligned with the default "
        "embedder), the changed numbers swapped in, and see where the findings land",
    )
    args = ap.parse_args()
    path = args.data / "demetr_zh_en_dev.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found (evaluation data is not part of the project)")
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]

    # Recall on changed numbers.
    items = [r for r in rows if r["pert_name"] == "critical_id10_numbers_replaced"]
    applied = [r for r in items if r["pert_check"]]
    hit_error = hit_warning = 0
    misses = []
    for r in applied:
        fs = [f for f in findings(r["src_sent"], r["pert_sent"]) if f.rule.startswith("number-")]
        worst = max((f.severity.rank for f in fs), default=0)
        hit_error += worst >= Severity.ERROR.rank
        hit_warning += worst >= Severity.WARNING.rank
        if worst < Severity.ERROR.rank:
            misses.append((r["id"], describe(fs)))
        if args.verbose:
            print(f"  replaced #{r['id']}: {describe(fs)}")
    print(f"numbers_replaced items: {len(items)}, perturbation applied: {len(applied)}")
    print(f"recall (error):            {hit_error}/{len(applied)} = {hit_error / len(applied):.3f}")
    print(
        f"recall (warning or above): {hit_warning}/{len(applied)} "
        f"= {hit_warning / len(applied):.3f}"
    )
    for rid, what in misses:
        print(f"  miss #{rid}: {what}")

    # False alarms on correct translations (one row per source sentence).
    sources = {}
    for r in rows:
        sources.setdefault(r["id"], r)
    for field in ("mt_sent", "eng_sent"):
        by_sev: Counter[str] = Counter()
        tokens = 0
        flagged = []
        for rid, r in sorted(sources.items()):
            fs = findings(r["src_sent"], r[field])
            for f in fs:
                if f.rule.startswith("number-"):
                    by_sev[f.severity.value] += 1
                else:
                    tokens += 1
            if any(f.severity is not Severity.INFO for f in fs):
                flagged.append((rid, describe(fs)))
        sev = ", ".join(f"{s.value} {by_sev[s.value]}" for s in Severity)
        print(f"{field} ({len(sources)} sentences): number findings: {sev}; token-missing {tokens}")
        for rid, what in flagged:
            print(f"  #{rid}: {what}")

    if args.document:
        document_level(sources, {r["id"]: r["pert_sent"] for r in applied})

    # Speed: extraction + comparison over every pair in the file.
    pairs = [(r["src_sent"], r["pert_sent"]) for r in rows]
    repeats = 3
    t0 = time.perf_counter()
    for _ in range(repeats):
        for zh, en in pairs:
            compare(extract_zh(zh), extract_en(en))
    dt = time.perf_counter() - t0
    n = repeats * len(pairs)
    print(f"speed: {n} sentence pairs in {dt:.2f} s = {n / dt:,.0f} pairs/s (extract + compare)")
    if args.embed:
        from align.embed import load_embedder

        emb = load_embedder("use", cache=False)
        texts = [r["src_sent"] for r in sources.values()] + [r["mt_sent"] for r in sources.values()]
        emb.encode(texts[:8])  # load the model before timing
        t0 = time.perf_counter()
        emb.encode(texts)
        dt = time.perf_counter() - t0
        print(f"embedding ({emb.name}): {len(texts)} sentences in {dt:.2f} s = "
              f"{len(texts) / dt:,.0f} sentences/s")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
