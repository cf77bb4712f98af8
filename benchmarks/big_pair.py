"""A big pair end to end (issue 18): a ~20 MB Chinese and a ~31 MB English file through
``python -m align check`` in a child process, with wall time and peak memory (the child's
ru_maxrss) for each report format.

The pair is generated at run time in a temporary folder (never committed) from the Bible set in
``../shared/data/bible``: the two texts repeated, each copy opened by a heading with its number
("第3卷" / "Volume 3"), until the Chinese reaches ``--zh-mb``; the English of the copies is about
26 MB, so an English-only appendix (more of the English Bible, as an edition with a long
appendix has) brings it to ``--en-mb``. ``--no-appendix`` leaves it out.

    python benchmarks/big_pair.py [--zh-mb 20] [--en-mb 31] [--formats text,json,html]
                                  [--no-appendix] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "bible"
MB = 1_000_000


def generate(folder: Path, zh_mb: float, en_mb: float, appendix: bool) -> tuple[Path, Path]:
    """Write the pair into ``folder``; return the two paths."""
    zh_text = (DATA / "zh.txt").read_text(encoding="utf-8")
    en_text = (DATA / "en.txt").read_text(encoding="utf-8")
    zp, ep = folder / "big.zh.txt", folder / "big.en.txt"
    zh_bytes = en_bytes = 0
    copy = 0
    with open(zp, "w", encoding="utf-8") as zf, open(ep, "w", encoding="utf-8") as ef:
        while zh_bytes < zh_mb * MB:
            copy += 1
            zh_part = f"第{copy}卷\n\n{zh_text}\n"
            en_part = f"Volume {copy}\n\n{en_text}\n"
            room = int(zh_mb * MB - zh_bytes)
            if len(zh_part.encode("utf-8")) > room:  # the last copy in part: the same share
                share = room / len(zh_part.encode("utf-8"))
                zh_part = _lines_share(zh_part, share)
                en_part = _lines_share(en_part, share)
            zf.write(zh_part)
            ef.write(en_part)
            zh_bytes += len(zh_part.encode("utf-8"))
            en_bytes += len(en_part.encode("utf-8"))
        if appendix and en_bytes < en_mb * MB:
            ef.write("\nAppendix\n\n")
            lines = en_text.splitlines(keepends=True)
            i = 0
            while en_bytes < en_mb * MB:
                line = lines[i % len(lines)]
                ef.write(line)
                en_bytes += len(line.encode("utf-8"))
                i += 1
    return zp, ep


def _lines_share(text: str, share: float) -> str:
    lines = text.splitlines(keepends=True)
    return "".join(lines[: int(len(lines) * share)])


def run(args: list[str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in MB and exit code of ``python -m align`` with ``args``."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "align", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        print(err[-2000:], file=sys.stderr)
    return wall, usage.ru_maxrss // 1024, code


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--zh-mb", type=float, default=20.0)
    ap.add_argument("--en-mb", type=float, default=31.0)
    ap.add_argument("--formats", default="text,json,html")
    ap.add_argument("--no-appendix", action="store_true")
    ap.add_argument("--keep", type=Path, help="write the pair and reports here and keep them")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"big_pair: skipped, no Bible set at {DATA}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        zp, ep = generate(folder, args.zh_mb, args.en_mb, not args.no_appendix)
        print(f"pair: {zp.stat().st_size / MB:.1f} MB Chinese, {ep.stat().st_size / MB:.1f} MB "
              f"English (appendix: {'no' if args.no_appendix else 'yes'})", flush=True)
        cache = Path(tmp) / "cache"
        os.environ["ALIGN_CACHE_DIR"] = str(cache)
        for i, fmt in enumerate(args.formats.split(",")):
            out = folder / f"report.{fmt}"
            wall, peak, code = run(["check", str(zp), str(ep), "--format", fmt, "-o", str(out),
                                    "--quiet"])
            size = out.stat().st_size / MB if out.exists() else 0.0
            cached = "warm cache" if i else "cold cache"
            print(f"  {fmt:5} {cached}: {wall:7.1f} s, peak {peak:6,d} MB, exit {code}, "
                  f"report {size:.1f} MB", flush=True)


if __name__ == "__main__":
    main()
