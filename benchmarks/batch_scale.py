"""Batches at corpus scale (issue 18): the local process pool against Dask workers, and a run
that is killed and restarted.

Generates N small pairs from samples/mini.*.txt (the numbers changed in each; every fifth
English file says a different number, so it has a finding), ``--broken`` of them broken (an
empty file, a binary file, English where the Chinese should be), then:

- ``compare``: the same pairs with ``run_batch`` on the local pool and on a local Dask cluster
  of ``--workers`` workers; pairs/s, and the per-pair overhead: wall time x workers / pairs
  minus the time one pair takes in-process, after warm-up. Also Dask's own cost per task
  (a no-op mapped over the same number of tasks), which bounds any cluster's throughput.
- ``done-when``: ``align check --pairs ... --executor dask --jsonl``: reports and pair errors
  counted from the JSON Lines; then a fresh run killed (the whole process group, SIGKILL)
  after ``--kill-after`` pairs and restarted with the same state: how many pairs it rechecks.

    python benchmarks/batch_scale.py [--pairs 200] [--broken 0] [--workers 2]
        [--scenario compare|done-when|all] [--kill-after N]

Runs with --no-cache (the embedding cache would make the second run look faster).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# one numeric thread in this process, as each worker has: on small pairs, a BLAS thread per core
# makes one pair ~10x slower here (measured: ~250 ms against ~25 ms on 2 cores)
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from align import api  # noqa: E402
from align.batch import run_batch  # noqa: E402
from align.model import Settings  # noqa: E402


def generate(folder: Path, n: int, broken: int) -> Path:
    """``n`` pairs in ``folder``, ``broken`` of them broken; returns the pairs file."""
    zh = (ROOT / "samples" / "mini.zh.txt").read_text(encoding="utf-8")
    en = (ROOT / "samples" / "mini.en.txt").read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    n -= broken
    for i in range(n):
        a, b = 2 + i % 90, 3 + i % 7  # 12座 -> a座, 8座 -> b座
        z = zh.replace("12座", f"{a}座").replace("8座", f"{b}座")
        e = en.replace("12 new", f"{a + (i % 5 == 0)} new").replace("eight more", f"{b} more")
        (folder / f"{i:05}.zh.txt").write_text(z, encoding="utf-8")
        (folder / f"{i:05}.en.txt").write_text(e, encoding="utf-8")
        lines.append(f"{i:05}.zh.txt\t{i:05}.en.txt")
    kinds = [b"", bytes(range(256)) * 8, en.encode("utf-8")]
    for k in range(broken):
        (folder / f"broken{k}.zh.txt").write_bytes(kinds[k % len(kinds)])
        (folder / f"broken{k}.en.txt").write_text(en, encoding="utf-8")
        lines.insert((k + 1) * n // (broken + 1), f"broken{k}.zh.txt\tbroken{k}.en.txt")
    tsv = folder / "pairs.tsv"
    tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tsv


def timed_check(zh: Path, en: Path | None, log: str):
    """The real check, with the time it finished appended to ``log`` (from any worker)."""
    try:
        return api.check_pair(zh, en, Settings(), cache=False)
    finally:
        with open(log, "a") as fh:
            fh.write(f"{time.time()}\n")


def _noop(x: int) -> int:
    return x


def compare(tsv: Path, workers: int) -> None:
    from align.batch import read_pairs

    pairs = read_pairs(tsv)
    check = partial(api.check_pair, settings=Settings(), cache=False)
    sound = [p for p in pairs if not p[0].name.startswith("broken")]
    for zh, en in sound[:10]:  # warm-up: model and engines loaded in this process
        check(zh, en)
    t = time.perf_counter()
    sample = sound[10:40]
    for zh, en in sample:
        check(zh, en)
    one = (time.perf_counter() - t) / len(sample)
    print(f"in-process, one pair after warm-up: {one * 1000:.0f} ms")
    for executor in ("local", "dask"):
        log = tsv.parent / f"{executor}.times"
        t0 = time.time()
        result = run_batch(pairs, partial(timed_check, log=str(log)), jobs=workers,
                           executor=executor)
        wall = time.time() - t0
        ends = sorted(float(x) for x in log.read_text().split())
        skip = min(len(ends) // 10, 20)  # steady state: after the workers have warmed up
        rate = (len(ends) - 1 - skip) / (ends[-1] - ends[skip])
        overhead = workers / rate - one
        print(f"{executor:5} x{workers}: {len(pairs)} pairs in {wall:.1f} s = "
              f"{len(pairs) / wall:.1f} pairs/s overall; start-up to first result "
              f"{ends[0] - t0:.1f} s, shut-down {t0 + wall - ends[-1]:.1f} s; steady "
              f"{rate:.1f} pairs/s = {workers / rate * 1000:.0f} ms per pair per worker, "
              f"{overhead * 1000:+.0f} ms over in-process; {len(result.reports)} reports, "
              f"{len(result.errors)} errors")
    import distributed

    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1,
                                  dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as client:
        client.gather(client.map(_noop, range(100)))
        t = time.perf_counter()
        client.gather(client.map(_noop, range(len(pairs), 2 * len(pairs))))
        per_task = (time.perf_counter() - t) / len(pairs)
    print(f"dask, a no-op task: {per_task * 1000:.2f} ms each ({1 / per_task:.0f} tasks/s "
          f"through this scheduler)")


def _align(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "align.cli", "check", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **kw)


def _lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(raw))
        except ValueError:
            pass
    return out


def done_when(tsv: Path, workers: int, kill_after: int) -> None:
    base = ["--pairs", str(tsv), "--executor", "dask", "-j", str(workers), "--no-cache",
            "-f", "json", "-o", str(tsv.parent / "report.json")]
    out = tsv.parent / "full.jsonl"
    t = time.perf_counter()
    proc = _align(*base, "--jsonl", str(out))
    _, err = proc.communicate()
    wall = time.perf_counter() - t
    lines = _lines(out)
    errors = [ln for ln in lines if ln["error"]]
    print(f"full run: exit {proc.returncode}, {len(lines)} lines: {len(lines) - len(errors)} "
          f"reports, {len(errors)} pair errors, in {wall:.0f} s ({len(lines) / wall:.1f} pairs/s)")
    for ln in errors:
        print(f"  pair error: {ln['error']['message']}")
    progress = [ln for ln in err.splitlines() if ln.endswith("pairs/s")]
    print("  last progress line: " + (progress[-1] if progress else "none"))

    killed = tsv.parent / "killed.jsonl"
    t = time.perf_counter()
    proc = _align(*base, "--jsonl", str(killed), "-q", start_new_session=True)
    while len(_lines(killed)) < kill_after and proc.poll() is None:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(1)
    before = len(_lines(killed))
    state = [ln for ln in _lines(killed.with_name(killed.name + ".state"))]
    print(f"killed after {time.perf_counter() - t:.0f} s: {before} JSON lines, {len(state)} "
          f"pairs recorded done")
    t = time.perf_counter()
    proc = _align(*base, "--jsonl", str(killed))
    _, err = proc.communicate()
    final = _lines(killed)
    m = re.search(r"(\d+)/(\d+) pairs, (\d+) resumed", err)
    resumed = int(m.group(3)) if m else 0
    total = len(final)
    keys = [ln["key"] for ln in final if ln["key"]]
    print(f"restart: exit {proc.returncode} in {time.perf_counter() - t:.0f} s, {resumed} pairs "
          f"resumed, {total - resumed} checked again; {total} lines, "
          f"{len(keys) - len(set(keys))} duplicates; "
          f"{sum(1 for ln in final if ln['error'])} pair errors")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--broken", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scenario", choices=("compare", "done-when", "all"), default="compare")
    ap.add_argument("--kill-after", type=int, default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="align-batch-") as tmp:
        tsv = generate(Path(tmp), args.pairs, args.broken)
        print(f"{args.pairs} pairs ({args.broken} broken), {args.workers} workers, "
              f"{os.cpu_count()} cores")
        if args.scenario in ("compare", "all"):
            compare(tsv, args.workers)
        if args.scenario in ("done-when", "all"):
            done_when(tsv, args.workers, args.kill_after or args.pairs // 3)


if __name__ == "__main__":
    main()
