"""Issue 18: every crash, hang, memory and file-destroying reproducer, as a regression test."""

from __future__ import annotations

import errno
import json
import os
import stat
import time
from pathlib import Path

import numpy as np
import pytest

from align.model import AlignError

# --- numbers: too long to be a quantity, bounded patterns ---------------------------------------


@pytest.mark.parametrize("text", [
    "产量达到" + "9" * 45 + "吨。",
    "产量达到" + "9" * 4301 + "吨。",
    "那是" + "1" * 29 + "年代的事。",
    "会议在" + "9" * 40 + "点开始。",
    "增长1" + "万亿" * 12 + "元",
])
def test_huge_chinese_numbers_are_not_quantities(text):
    from align.numbers.quantity import in_range
    from align.numbers.zh import extract_zh

    found = extract_zh(text)
    assert all(in_range(q) for q in found)
    for q in found:
        q.normalised()  # renders without InvalidOperation or the int limit


@pytest.mark.parametrize("text", [
    "Output reached " + "8" * 45 + " tons.",
    "Output reached " + "8" * 4301 + " tons.",
    "It happened in the " + "2" * 29 + "s.",
    "It started at " + "9" * 60 + " o'clock.",
    "three trillion trillion trillion trillion trillion dollars",
])
def test_huge_english_numbers_are_not_quantities(text):
    from align.numbers.en import extract_en
    from align.numbers.quantity import in_range

    for q in extract_en(text):
        assert in_range(q)
        q.normalised()


@pytest.mark.parametrize("text", [
    "1" + "亿" * 27 + "x", "1" + "万" * 60 + "人", "1" + "万亿" * 40, "1" * 10_000,
    "一" * 10_000, "1," * 5000, "增长" + "9" * 10_000 + "亿元",
])
def test_numeral_runs_take_linear_time(text):
    from align.numbers.en import extract_en
    from align.numbers.zh import extract_zh

    start = time.perf_counter()
    extract_zh(text)
    extract_en(text)
    assert time.perf_counter() - start < 2.0


def test_scale_runs_below_the_blanking_length_are_bounded():
    from align.numbers import zh

    start = time.perf_counter()
    for n in (24, 27, 60, 500):
        for pattern in (zh._GENERAL_RE, zh._DECADES_RE, zh._FRACTION_RE, zh._TIMES_RE):
            list(pattern.finditer("1" + "亿" * n + "x"))
    assert time.perf_counter() - start < 1.0


def _seconds(func, text: str) -> float:
    """The fastest of three runs: a ratio of two such figures is steady on a busy machine."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("piece", [
    "一二三万亿", "1,2,3,", "百分之", "1万二百分之3.5亿,", "十", "两代", "0代", "123,",
    "trillion", "percent", "\n", "'A", "May ", "May and ", "12:", "第一", "1st ", "(1) ",
])
def test_number_engines_are_linear_on_repetitions(piece):
    """30,000 characters of one repeated piece cost about ten times what 3,000 cost, not a
    hundred (a quadratic pattern or loop); measured as a ratio, with a floor for tiny times."""
    from align.numbers.en import extract_en
    from align.numbers.tokens import latin_tokens
    from align.numbers.zh import extract_zh

    def read(text: str) -> None:
        for q in [*extract_zh(text), *extract_en(text)]:
            q.normalised()
        latin_tokens(text)

    small, large = ((piece * (n // len(piece) + 1))[:n] for n in (3_000, 30_000))
    assert _seconds(read, large) < 30 * max(_seconds(read, small), 0.005)


def test_a_chain_of_months_is_read_without_recursion():
    from align.numbers.en import extract_en

    found = extract_en("In April and " + "May and " * 3000 + "June 2024 we met.")
    assert found and all(q.kind in ("date", "period") for q in found)


def test_long_chinese_numerals_still_read():
    from align.numbers.zh import extract_zh

    [q] = extract_zh("一万七千一百二十八亿三千二百八十三万五千一百一十一元")
    assert q.value == 1712832835111


# --- segmentation: linear splitting, sentences cut at a cap -------------------------------------


def test_english_splitting_is_linear_in_one_long_paragraph():
    """Four times the text takes about four times as long (quadratic would be sixteen): a ratio,
    so a busy machine that slows both runs alike does not fail it, as a fixed limit did; each
    the fastest of three runs, so a burst of load during one does not either."""
    from align.segment.en import split_en

    def seconds(text: str) -> float:
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            split_en(text)
            runs.append(time.perf_counter() - start)
        return min(runs)

    for unit, n in (("This is a sentence. ", 7_500), ("Mr. ", 25_000), ("x. ", 25_000)):
        small, large = seconds(unit * n), seconds(unit * 4 * n)
        assert large < 30.0 and large < 8 * max(small, 0.01)


def test_one_huge_line_is_cut_into_capped_sentences():
    from align.segment import MAX_SENTENCE_CHARS, segment

    zh = segment("我们的工作" * 200_000, "zh")
    en = segment("word " * 400_000, "en")
    assert max(len(s.text) for s in zh) <= MAX_SENTENCE_CHARS["zh"]
    assert max(len(s.text) for s in en) <= MAX_SENTENCE_CHARS["en"]
    assert zh[-1].end == 1_000_000  # nothing lost
    assert len(en) > 100


def test_one_huge_line_pair_is_checked_in_bounded_memory(tmp_path):
    """A pair of single lines with no sentence punctuation (the 5 MB reproducer, scaled down):
    capped sentences, every check run, a JSON report, and no allocation that grows with the
    square of the line (the stand-in model aligns nonsense, so the verdict is not asked)."""
    import tracemalloc

    from conftest import CountingEmbedder

    from align.api import _report, pair
    from align.model import Settings
    from align.report import render

    zh = tmp_path / "line.zh.txt"
    en = tmp_path / "line.en.txt"
    zh.write_text("".join(f"第{i}号仓库今年存放货物{i * 3}吨" for i in range(1_000)) + "\n",
                  encoding="utf-8")
    en.write_text(" ".join(f"warehouse number {i} holds {i * 3} tons of goods this year"
                           for i in range(600)) + "\n", encoding="utf-8")
    tracemalloc.start()
    try:
        alignment, result = pair(zh, en, Settings(), CountingEmbedder(),
                                 require_translation=False)
        report = _report(alignment, result.zh_vectors, result.en_vectors, Settings())
        render([report], "json")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(alignment.zh.segments) > 20 and len(alignment.en.segments) > 10
    assert report.findings
    assert peak < 300 * 2**20  # one array over the whole line's characters would be terabytes


def test_a_finding_quotes_at_most_max_quote_characters():
    from align.model import MAX_QUOTE, Document, Segment, Span

    text = "a" * 50_000
    doc = Document("x", "en", text, (Segment(0, text, 0, len(text), 1),))
    span = Span.of(doc, [0])
    assert len(span.text) == MAX_QUOTE + 1 and span.end == len(text)


# --- reading: the limit holds for streams -------------------------------------------------------


def test_read_limit_holds_for_an_endless_stream(monkeypatch):
    import align.io as io

    monkeypatch.setattr(io, "MAX_BYTES", 1024)
    with pytest.raises(AlignError, match="limit"):
        io.read_bytes("/dev/zero")


def test_read_limit_holds_for_a_pipe(tmp_path, monkeypatch):
    import threading

    import align.io as io

    monkeypatch.setattr(io, "MAX_BYTES", 1024)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as fh:
            try:
                fh.write(b"a" * 100_000)
            except BrokenPipeError:
                pass

    t = threading.Thread(target=feed)
    t.start()
    with pytest.raises(AlignError, match="limit"):
        io.read_bytes(fifo)
    t.join(5)


# --- the embedding cache: bad shards ignored, no home -------------------------------------------


def test_bad_cache_shards_are_ignored_and_recomputed(tmp_path, capsys):
    from conftest import CountingEmbedder

    from align.embed.cache import CachedEmbedder, _key

    texts = ["one", "two", "three"]
    keys = np.array([_key(t) for t in texts])
    folder = tmp_path / "counting-1"
    folder.mkdir()
    np.savez(folder / "a.npz", keys=keys, vecs=np.ones((3, 7), np.float32))  # wrong width
    np.savez(folder / "b.npz", keys=keys, vecs=np.full((3, 2), np.nan, np.float32))
    np.savez(folder / "c.npz", keys=keys, vecs=np.ones((1, 3, 2), np.float32))  # 3-D
    (folder / "d.npz").write_bytes(b"not a zip")
    inner = CountingEmbedder()
    inner.dim = 2
    vecs = CachedEmbedder(inner, tmp_path).encode(texts)
    assert vecs.shape == (3, 2) and np.isfinite(vecs).all()
    assert sorted(inner.seen) == sorted(texts)
    assert "ignoring" in capsys.readouterr().err


def test_cache_dir_without_home_or_passwd_entry(monkeypatch):
    import pwd

    from align.embed import cache

    for var in ("ALIGN_CACHE_DIR", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(var, raising=False)

    def no_entry(uid):
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    path = cache.default_cache_dir()
    assert path.name.startswith("align-cache-")


# --- settings and state files -------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "mismatch_z = nan", "mismatch_z = inf", "mismatch_max_score = -inf",
    "coverage_min_chars = -5", "merge_min_gain = 2.0",
])
def test_out_of_range_settings_are_refused(tmp_path, line):
    from align.config import load_settings

    (tmp_path / "align.toml").write_text(line + "\n")
    with pytest.raises(AlignError, match="must be"):
        load_settings(None, tmp_path, {})


def test_config_not_utf8_and_too_deep(tmp_path):
    from align.config import load_settings

    cfg = tmp_path / "align.toml"
    cfg.write_bytes(b'model = "\xff\xfe"\n')
    with pytest.raises(AlignError, match="not UTF-8"):
        load_settings(None, tmp_path, {})
    cfg.write_text("a = " + "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(AlignError, match="nested too deeply"):
        load_settings(None, tmp_path, {})


def test_deeply_nested_baseline_and_accepted(tmp_path):
    from align.accepted import read_accepted
    from align.baseline import read_baseline

    base = tmp_path / "b.json"
    base.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(AlignError, match="nested too deeply"):
        read_baseline(base)
    acc = tmp_path / "a.toml"
    acc.write_text("x = " + "[" * 100_000 + "]" * 100_000)
    with pytest.raises(AlignError, match="nested too deeply"):
        read_accepted(acc)


# --- writing: never destroy a file --------------------------------------------------------------


@pytest.fixture
def protected():
    from align import baseline

    saved = set(baseline._PROTECTED)
    yield baseline
    baseline._PROTECTED.clear()
    baseline._PROTECTED.update(saved)


def test_an_input_file_is_never_overwritten(tmp_path, protected):
    src = tmp_path / "a.en.txt"
    src.write_text("original")
    link = tmp_path / "link.json"
    link.symlink_to(src)
    protected.protect(src)
    for target in (src, link, tmp_path / "." / "a.en.txt"):
        with pytest.raises(AlignError, match="input file"):
            protected.write_atomically(target, "report")
    assert src.read_text() == "original"


def test_a_link_is_kept_and_its_target_replaced(tmp_path, protected):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "report.json"
    link.symlink_to(real)
    protected.write_atomically(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_device_is_written_through():
    from align.baseline import write_atomically

    write_atomically(Path("/dev/null"), "report")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_full_disk_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch, protected):
    old = tmp_path / "align-baseline.json"
    old.write_text('{"version": 1}')

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        protected.write_atomically(old, "x" * 10_000)
    assert old.read_text() == '{"version": 1}'
    assert [p.name for p in tmp_path.iterdir()] == [old.name]


def test_stale_temp_files_are_cleaned(tmp_path, protected):
    stale = tmp_path / ".align-abc.tmp"
    stale.write_text("left by a killed run")
    fresh = tmp_path / ".align-def.tmp"
    fresh.write_text("a concurrent run's")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    protected.write_atomically(tmp_path / "out.txt", "x")
    assert not stale.exists() and fresh.exists()


def test_lone_surrogates_are_written_as_replacement_characters(tmp_path):
    from align.baseline import write_atomically

    out = tmp_path / "r.html"
    write_atomically(out, "name \udcff.txt")
    assert out.read_text(encoding="utf-8") == "name \ufffd.txt"


# --- output safety -------------------------------------------------------------------------------


def _hostile_report():
    from report_sample import document

    from align.model import Alignment, Bead, Finding, Report, Settings, Severity, Span

    zh_s = ["今年新建图书馆12座。\x1b]0;pwned\x07这些图书馆很好。"]
    en_s = ["The city built 15 libraries.\x1b[2J\x9b31m They are good.\u202e"]
    zh = document("z\x1b[31m.txt", "zh", zh_s[0] + "\n", zh_s)
    en = document("e\x07.txt", "en", en_s[0] + "\n", en_s)
    a = Alignment(zh, en, (Bead((0,), (0,), 0.5),), model="m")
    f = Finding("number-mismatch", Severity.ERROR, "12 \x1b[1m vs 15", Span.of(zh, [0]),
                Span.of(en, [0]), evidence=(("zh", "12\x1b"),), suggestion="12\x1b[0m", bead=0)
    return Report(a, (f,), signature="sig\x1b", settings=Settings())


def test_text_and_github_outputs_have_no_control_characters():
    from align.report import render
    from align.report.context import RenderContext

    reports = [_hostile_report()]
    for fmt in ("text", "github"):
        for color in (False, True):
            out = render(reports, fmt, RenderContext(color=color))
            cleaned = out.replace("\n", "")
            if color and fmt == "text":  # rich's own colour codes are the only escapes left
                import re

                cleaned = re.sub(r"\x1b\[[0-9;]*m", "", cleaned)
            assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in cleaned), fmt
            assert "\u202e" not in cleaned


# --- exit codes and batches -----------------------------------------------------------------------


def test_a_bug_exits_3():
    import typer

    from align.cli import INTERNAL_ERROR, guarded

    @guarded
    def broken():
        raise ValueError("a bug")

    with pytest.raises(typer.Exit) as exc:
        broken()
    assert exc.value.exit_code == INTERNAL_ERROR


def _report_or_bug(zh: Path, en: Path | None):
    if "bad" in zh.name:
        raise ValueError("a bug in one pair")
    if "deep" in zh.name:
        raise RecursionError()
    from conftest import make_document

    from align.model import Alignment, Report

    a = Alignment(make_document("zh", ["一。"]), make_document("en", ["One."]), (), model="m")
    return Report(a, ())


def test_one_failing_pair_never_sinks_the_batch(tmp_path):
    from align.batch import run_batch

    pairs = []
    for name in ("a", "bad", "c", "deep"):
        for lang in ("zh", "en"):
            (tmp_path / f"{name}.{lang}.txt").write_text("x")
        pairs.append((tmp_path / f"{name}.zh.txt", tmp_path / f"{name}.en.txt"))
    result = run_batch(pairs, _report_or_bug, jobs=1)
    assert len(result.reports) == 2
    assert [(e.zh.name, e.internal) for e in result.errors] == [
        ("bad.zh.txt", True), ("deep.zh.txt", False)]
    assert "ValueError" in result.errors[0].detail


# --- end to end (one process each) ------------------------------------------------------------


ZH = ("今年上半年，全市新建公共图书馆12座。{}这些图书馆全部位于地铁站附近。"
      "明年，我们计划再建设8座社区图书馆。\n")
EN = ("In the first half of this year, the city built 12 new public libraries. {} All of these "
      "libraries are located near metro stations. Next year, we plan to build eight more "
      "community libraries.\n")


def test_huge_numbers_end_to_end(tmp_path, run_cli):
    zh = tmp_path / "n.zh.txt"
    en = tmp_path / "n.en.txt"
    zh.write_text(ZH.format("产量达到" + "9" * 45 + "吨，" + "8" * 4301 + "件，会议在三点开始，那是"
                            + "1" * 29 + "年代。"))
    en.write_text(EN.format("Output reached " + "7" * 45 + " tons and " + "6" * 4301
                            + " pieces; it began at " + "9" * 60 + " o'clock in the "
                            + "2" * 29 + "s."))
    for fmt in ("json", "text"):
        r = run_cli("check", zh, en, "-f", fmt)
        assert r.returncode in (0, 1), r.stderr
        assert "Traceback" not in r.stderr


def test_non_utf8_file_names_and_outputs_onto_inputs(tmp_path, run_cli):
    zh = tmp_path / os.fsdecode(b"\xff\xfe.zh.txt")
    en = tmp_path / os.fsdecode(b"\xfd.en.txt")
    zh.write_text(ZH.format(""))
    en.write_text(EN.format(""))
    for fmt in ("html", "sarif"):
        out = tmp_path / f"r.{fmt}"
        r = run_cli("check", zh, en, "-f", fmt, "-o", out)
        assert r.returncode in (0, 1), r.stderr
        written = out.read_text(encoding="utf-8")  # valid UTF-8
        if fmt == "html":  # the name's bytes as replacement characters
            assert "\ufffd" in written
        else:
            json.loads(written)
    before = en.read_bytes()
    for args in (["-o", en], ["--report", f"json={en}"], ["--write-baseline", en]):
        r = run_cli("check", zh, en, *args)
        assert r.returncode == 2 and "input file" in r.stderr
    assert en.read_bytes() == before
    units = tmp_path / "units.tsv"
    units.write_text("zh\ten\n今年新建图书馆12座。\tThe city built 12 libraries this year.\n",
                     encoding="utf-8")
    before = units.read_bytes()
    r = run_cli("export", units, "-o", units)
    assert r.returncode == 2 and "input file" in r.stderr
    assert units.read_bytes() == before
    r = run_cli("check", zh, en, "-f", "json", "-o", "/dev/null")
    assert r.returncode in (0, 1) and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not list(tmp_path.glob(".align-*"))
    json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))
