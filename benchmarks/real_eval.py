"""Precision of `align check` on real published pairs (benchmarks/real), against judgements.

Every error and warning finding on the corpus is judged true or false in
``benchmarks/real/judgements.tsv`` (keyed by pair, rule and the finding's fingerprint), and
real discrepancies are listed there with an anchor (a string of the Chinese or English text, or
of the evidence) so recall survives a change of fingerprint. This script prints:

- precision per severity and per rule (judged findings only; unjudged ones are counted apart),
  per severity on each half of the pairs and per rule on odd and even pair numbers (to tune
  on one part and confirm on the other);
- recall of the true discrepancies (a ``true`` or ``missed`` row is found when a finding of
  one of its rules, at warning or above, in the same pair, carries its anchor: in its evidence
  for a number or token rule, in its sentences for any other);
- what changed since the judgements: findings with no judgement (new), and judged findings no
  longer produced (gone), so a change that adds false alarms is seen at once.

    python benchmarks/real_eval.py [--data DIR] [--verbose] [--dump DIR]

Exits 0 with a note when the corpus or the judgements are missing.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT / "benchmarks" / "real"
JUDGED = ("error", "warning")


@dataclass(frozen=True)
class Judgement:
    pair: str
    rule: str  # one rule, or several separated by "|" for a missed discrepancy
    fingerprint: str  # "-" for a missed discrepancy
    verdict: str  # true, false or missed
    anchor: str
    reason: str


VERDICTS = ("true", "false", "missed")


def pair_number(name: str) -> tuple[int, str]:
    """Sort key of a pair name ``NN-slug``: by its number (100 after 99), then the name."""
    head = name.split("-", 1)[0]
    return (int(head) if head.isdigit() else 0, name)


def load_judgements(path: Path) -> list[Judgement]:
    """The judgements file's rows; ValueError (with the line) for a row that is not one."""
    rows: list[Judgement] = []
    seen: set[tuple[str, str, str]] = set()
    with path.open(encoding="utf-8") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if not line.startswith("#")]
    reader = csv.DictReader((line for _, line in lines), delimiter="\t")
    for row in reader:
        n = lines[reader.line_num - 1][0]
        if not row.get("pair") or not row.get("rule") or row.get("verdict") not in VERDICTS:
            raise ValueError(f"{path}:{n}: expected pair, rule, fingerprint and a verdict "
                             f"({', '.join(VERDICTS)}), tab-separated")
        j = Judgement(row["pair"], row["rule"], row.get("fingerprint") or "-", row["verdict"],
                      row.get("anchor") or "", row.get("reason") or "")
        key = (j.pair, j.rule, j.fingerprint)
        if j.verdict != "missed" and key in seen:
            raise ValueError(f"{path}:{n}: {j.pair} {j.rule} {j.fingerprint} judged twice")
        seen.add(key)
        rows.append(j)
    return rows


def pairs(data: Path) -> list[tuple[str, Path, Path]]:
    out = []
    for zh in sorted(data.glob("*.zh.txt"), key=lambda p: pair_number(p.name)):
        pid = zh.name[: -len(".zh.txt")]
        en = data / f"{pid}.en.txt"
        if en.exists():
            out.append((pid, zh, en))
    return out


def run(data: Path, refused: dict[str, str] | None = None, config: Path | None = None
        ) -> dict[str, list[dict]]:
    """Each pair's findings; a pair ``align check`` refuses (exit 2: not translations of each
    other, unreadable) has none and its message goes to ``refused``. ``config``: an align.toml
    whose settings the check runs with (e.g. the README's settings for published texts)."""
    from align.api import check_pair
    from align.config import load_settings
    from align.model import AlignError, Settings

    settings = load_settings(config, config.parent, {}) if config else Settings()
    found: dict[str, list[dict]] = {}
    for pid, zh, en in pairs(data):
        try:
            report = check_pair(zh, en, settings)
        except AlignError as e:
            if refused is None:
                raise
            refused[pid] = str(e)
            continue
        found[pid] = [
            {
                "rule": f.rule,
                "severity": f.severity.value,
                "message": f.message,
                "fingerprint": f.fingerprint,
                "zh": f.zh.text if f.zh else "",
                "en": f.en.text if f.en else "",
                "evidence": [list(e) for e in f.evidence],
            }
            for f in report.findings
        ]
    return found


def _carries(f: dict, anchor: str) -> bool:
    """Whether a finding is about ``anchor``: a number or token finding by its evidence (the
    quantity as written), any other by the text of its sentences."""
    norm = "".join(anchor.split())
    if f["rule"].startswith(("number-", "token-")):
        hay = [v for _, v in f["evidence"]]
    else:
        hay = [f["zh"], f["en"]]
    return any(norm in "".join(h.split()) for h in hay)


def _ratio(t: int, n: int) -> str:
    return f"{t / n:.2f} ({t}/{n})" if n else "n/a (0/0)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--verbose", action="store_true", help="list every judged finding")
    ap.add_argument("--dump", type=Path, help="write each pair's findings as JSON here")
    ap.add_argument("--config", type=Path, help="check with this align.toml's settings")
    args = ap.parse_args(argv)
    jpath = args.data / "judgements.tsv"
    if not args.data.is_dir() or not pairs(args.data):
        print(f"real_eval: no pairs in {args.data}; skipped")
        return 0
    if not jpath.exists():
        print(f"real_eval: no {jpath}; skipped")
        return 0
    try:
        judgements = load_judgements(jpath)
    except ValueError as e:
        print(f"real_eval: {e}", file=sys.stderr)
        return 2
    by_key = {(j.pair, j.rule, j.fingerprint): j for j in judgements if j.verdict != "missed"}
    refused: dict[str, str] = {}
    found = run(args.data, refused, args.config)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for pid, fs in found.items():
            (args.dump / f"{pid}.json").write_text(json.dumps(fs, ensure_ascii=False, indent=1))

    sev: dict[str, Counter] = defaultdict(Counter)
    rule: dict[str, Counter] = defaultdict(Counter)
    # the pairs in two halves (sorted order), so a change tuned on one can be confirmed on the other
    order = sorted(found, key=pair_number)
    half_of = {pid: "first" if i < (len(order) + 1) // 2 else "second"
               for i, pid in enumerate(order)}
    halves: dict[str, Counter] = defaultdict(Counter)
    parity: dict[str, Counter] = defaultdict(Counter)  # per rule, odd and even pair numbers
    new: list[tuple[str, dict]] = []
    seen: set[tuple[str, str, str]] = set()
    info = 0
    for pid, fs in found.items():
        for f in fs:
            if f["severity"] not in JUDGED:
                info += 1
                continue
            key = (pid, f["rule"], f["fingerprint"])
            j = by_key.get(key)
            if j is None:
                new.append((pid, f))
                sev[f["severity"]]["unjudged"] += 1
                rule[f["rule"]]["unjudged"] += 1
                continue
            seen.add(key)
            verdict = "true" if j.verdict == "true" else "false"
            sev[f["severity"]][verdict] += 1
            halves[f"{half_of[pid]} {f['severity']}"][verdict] += 1
            rule[f["rule"]][verdict] += 1
            parity[f["rule"]]["odd" if pair_number(pid)[0] % 2 else "even", verdict] += 1
            if args.verbose:
                print(f"  {verdict:5} {f['severity']:7} {pid} {f['rule']}: {f['message']}")

    print(f"real pairs: {len(found)} checked, {len(refused)} refused; findings judged at "
          f"error/warning; info findings: {info}")
    for pid, message in refused.items():  # a real translation refused is the worst false alarm
        print(f"  REFUSED {pid}: {message}")
    print("\nprecision per severity (true / judged; unjudged apart)")
    for s in JUDGED:
        c = sev[s]
        print(f"  {s:8} {_ratio(c['true'], c['true'] + c['false'])}  unjudged {c['unjudged']}")
    allc = sev["error"] + sev["warning"]
    print(f"  {'both':8} {_ratio(allc['true'], allc['true'] + allc['false'])}")
    half = (len(order) + 1) // 2
    for name, part in (("first", order[:half]), ("second", order[half:])):
        if part:
            cells = "  ".join(
                f"{s} {_ratio(halves[f'{name} {s}']['true'], sum(halves[f'{name} {s}'].values()))}"
                for s in JUDGED)
            first, last = pair_number(part[0])[0], pair_number(part[-1])[0]
            print(f"  {name} half ({first:02d}-{last:02d}): {cells}")
    print("\nprecision per rule (all; odd / even pair numbers: calibrate on one, confirm on the "
          "other)")
    for r in sorted(rule):
        c, q = rule[r], parity[r]
        odd, even = (_ratio(q[h, "true"], q[h, "true"] + q[h, "false"]) for h in ("odd", "even"))
        print(f"  {r:18} {_ratio(c['true'], c['true'] + c['false']):12}  odd {odd:12}  "
              f"even {even:12}  unjudged {c['unjudged']}")

    # One discrepancy, one count: rows of a pair with the same anchor are the same discrepancy
    # (judged again when a change made another rule report it), found when any of them is.
    truths: dict[tuple[str, str], list[Judgement]] = defaultdict(list)
    for j in judgements:
        if j.verdict in ("true", "missed"):
            truths[(j.pair, j.anchor) if j.anchor else (j.pair, f"#{len(truths)}")].append(j)
    hit = 0
    print("\nrecall of true discrepancies")
    for rows in truths.values():
        j = rows[0]
        rules = {r for row in rows for r in row.rule.split("|")}
        ok = any(f["rule"] in rules and f["severity"] in JUDGED and _carries(f, j.anchor)
                 for f in found.get(j.pair, []))
        hit += ok
        print(f"  {'found ' if ok else 'MISSED'} {j.pair} {'|'.join(sorted(rules))} "
              f"[{j.anchor}] {j.reason}")
    print(f"  recall {_ratio(hit, len(truths))}")

    gone = [j for j in judgements if j.verdict in ("true", "false")
            and (j.pair, j.rule, j.fingerprint) not in seen]
    print(f"\nchanged since the judgements: {len(new)} new (unjudged), {len(gone)} gone")
    for pid, f in new:
        print(f"  NEW  {pid}\t{f['rule']}\t{f['fingerprint']}\t{f['severity']}: {f['message']}")
        print(f"         zh: {f['zh'][:100]!r}\n         en: {f['en'][:100]!r}")
    for j in gone:
        print(f"  GONE {j.pair}\t{j.rule}\t{j.fingerprint}\t({j.verdict}) {j.reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
