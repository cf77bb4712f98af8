"""Batches on a Dask cluster (a local one of 2 workers), streamed as JSON Lines and resumable."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import pytest
from report_sample import document
from typer.testing import CliRunner

from align.batch import Journal, run_batch
from align.cli import app
from align.model import AlignError, Alignment, Report

pytest.importorskip("distributed")

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def counting_check(zh: Path, en: Path | None, log: str) -> Report:
    """A stand-in for the real check that appends its pair to ``log`` (from any process), so a
    test can count which pairs were checked without timing anything."""
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"{zh.name}\n")
    text = zh.read_text(encoding="utf-8")
    if "不是中文" in text:
        raise AlignError(f"{zh} does not look like Chinese")
    if "崩溃" in text:
        raise RuntimeError("a bug in a check")
    doc = document(str(zh), "zh", text, text.split())
    en_doc = document(str(en), "en", "Hello.", ["Hello."])
    return Report(Alignment(doc, en_doc, ()), (), signature=f"pid:{os.getpid()}")


def _corpus(root: Path, n: int = 4) -> list[tuple[Path, Path]]:
    """``n`` copies of the mini sample (the English number changed in each: one finding per
    pair but the first), an empty Chinese file and a binary one."""
    zh_text = (SAMPLES / "mini.zh.txt").read_text(encoding="utf-8")
    en_text = (SAMPLES / "mini.en.txt").read_text(encoding="utf-8")
    root.mkdir(parents=True, exist_ok=True)
    pairs = []
    for i in range(n):
        (root / f"p{i}.zh.txt").write_text(zh_text, encoding="utf-8")
        (root / f"p{i}.en.txt").write_text(en_text.replace("12", str(12 + i)), encoding="utf-8")
        pairs.append((root / f"p{i}.zh.txt", root / f"p{i}.en.txt"))
    (root / "empty.zh.txt").write_bytes(b"")
    (root / "binary.zh.txt").write_bytes(bytes(range(256)) * 4)
    for name in ("empty", "binary"):
        (root / f"{name}.en.txt").write_text(en_text, encoding="utf-8")
        pairs.append((root / f"{name}.zh.txt", root / f"{name}.en.txt"))
    return pairs


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _fake(root: Path, n: int) -> list[tuple[Path, Path]]:
    root.mkdir(parents=True, exist_ok=True)
    pairs = []
    for i in range(n):
        (root / f"{i}.zh.txt").write_text(f"第{i}句。", encoding="utf-8")
        (root / f"{i}.en.txt").write_text("Hello.", encoding="utf-8")
        pairs.append((root / f"{i}.zh.txt", root / f"{i}.en.txt"))
    return pairs


def test_real_pairs_on_a_local_dask_cluster(tmp_path: Path) -> None:
    _corpus(tmp_path / "corpus")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, [
        "check", str(tmp_path / "corpus"), "--executor", "dask", "-j", "2",
        "--jsonl", str(out), "-f", "json", "-o", str(tmp_path / "report.json")])
    assert result.exit_code == 2, result.output  # two pairs with bad input
    lines = _lines(out)
    assert len(lines) == 6
    errors = {Path(ln["zh"]).name: ln["error"]["message"] for ln in lines if ln["error"]}
    assert set(errors) == {"empty.zh.txt", "binary.zh.txt"}
    assert "empty" in errors["empty.zh.txt"] and "binary" in errors["binary.zh.txt"]
    reports = [ln for ln in lines if not ln["error"]]
    assert sorted(ln["summary"]["error"] for ln in reports) == [0, 1, 1, 1]
    assert all(ln["key"] and ln["signature"].startswith("align:") for ln in reports)
    assert {f["rule"] for ln in reports for f in ln["findings"]} == {"number-mismatch"}
    report = json.loads((tmp_path / "report.json").read_text())
    assert len(report["pairs"]) == 4
    assert sorted((Path(e["zh"]).name, Path(e["en"]).name) for e in report["errors"]) == [
        ("binary.zh.txt", "binary.en.txt"), ("empty.zh.txt", "empty.en.txt")]
    assert all(e["message"] for e in report["errors"])
    assert "6/6 pairs, 3 findings, 2 pair errors" in result.stderr
    assert "pairs/s" in result.stderr
    # restarted: every pair is done already, nothing is checked, the exit code is the same
    again = CliRunner().invoke(app, [
        "check", str(tmp_path / "corpus"), "--executor", "dask", "-j", "2", "--jsonl", str(out),
        "-f", "json", "-o", str(tmp_path / "report.json")])
    assert again.exit_code == 2
    assert "6/6 pairs, 6 resumed, 3 findings, 2 pair errors" in again.stderr
    assert _lines(out) == lines
    # the report of the resumed run still covers every pair, read back from the journal
    assert json.loads((tmp_path / "report.json").read_text()) == report
    # findings of resumed pairs still fail the run
    bad = tmp_path / "corpus" / "binary.zh.txt"
    bad.write_text((SAMPLES / "mini.zh.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "corpus" / "empty.zh.txt").unlink()
    (tmp_path / "corpus" / "empty.en.txt").unlink()
    third = CliRunner().invoke(app, [
        "check", str(tmp_path / "corpus"), "--jsonl", str(out), "-q", "-f", "json"])
    assert third.exit_code == 1, third.output
    assert len(_lines(out)) == 5


def test_dask_isolates_pairs_and_resumes_only_the_unfinished(tmp_path: Path) -> None:
    pairs = _fake(tmp_path / "c", 6)
    pairs[4][0].write_text("不是中文", encoding="utf-8")
    pairs[5][0].write_text("崩溃", encoding="utf-8")
    log = tmp_path / "calls.log"
    check = functools.partial(counting_check, log=str(log))
    out, state = tmp_path / "run.jsonl", tmp_path / "run.state"
    # an earlier run that finished three pairs
    first = run_batch(pairs[:3], check, jobs=1, journal=Journal(out, "sig", state))
    assert len(first.reports) == 3 and log.read_text().count("\n") == 3
    # killed while writing: a torn last line in each file
    with open(out, "ab") as fh:
        fh.write(b'{"key": "torn')
    with open(state, "ab") as fh:
        fh.write(b'{"key"')
    log.unlink()
    result = run_batch(pairs, check, jobs=2, executor="dask", worker_memory="1GB",
                       journal=Journal(out, "sig", state))
    assert sorted(log.read_text().split()) == ["3.zh.txt", "4.zh.txt", "5.zh.txt"]
    assert result.checked == 3 and len(result.resumed) == 3
    assert len(result.reports) == 1 and len(result.errors) == 2
    bad, bug = sorted(result.errors, key=lambda e: e.zh.name)
    assert not bad.internal and "does not look like Chinese" in bad.message
    assert bug.internal and "a bug in a check" in bug.message
    assert "RuntimeError" in bug.detail and "Traceback" in bug.detail
    assert {r.signature for r in result.reports} != {f"pid:{os.getpid()}"}  # ran in a worker
    lines = _lines(out)
    assert sorted(Path(ln["zh"]).name for ln in lines) == [f"{i}.zh.txt" for i in range(6)]
    assert [ln["error"]["internal"] for ln in lines if ln["error"]] == [False, True] or \
        [ln["error"]["internal"] for ln in lines if ln["error"]] == [True, False]
    # a bug is not recorded as done: the next run retries that pair alone
    log.unlink()
    again = run_batch(pairs, check, jobs=2, executor="dask", journal=Journal(out, "sig", state))
    assert log.read_text().split() == ["5.zh.txt"]
    assert again.checked == 1 and len(_lines(out)) == 6


def test_another_signature_or_changed_content_is_checked_again(tmp_path: Path) -> None:
    pairs = _fake(tmp_path / "c", 4)
    log = tmp_path / "calls.log"
    check = functools.partial(counting_check, log=str(log))
    out = tmp_path / "run.jsonl"
    run_batch(pairs, check, jobs=1, journal=Journal(out, "sig"))
    assert (tmp_path / "run.jsonl.state").is_file()
    pairs[1][1].write_text("Changed.", encoding="utf-8")
    log.unlink()
    run_batch(pairs, check, jobs=1, journal=Journal(out, "sig"))
    assert log.read_text().split() == ["1.zh.txt"]
    log.unlink()
    run_batch(pairs, check, jobs=2, journal=Journal(out, "other settings"))
    assert sorted(log.read_text().split()) == [f"{i}.zh.txt" for i in range(4)]
    assert len(_lines(out)) == 4  # the lines of the old signature are dropped, none twice


def test_cli_refuses_bad_batch_options(tmp_path: Path) -> None:
    _fake(tmp_path / "c", 1)
    runner = CliRunner()
    for args, message in [
        (["--executor", "spark"], "unknown --executor"),
        (["--scheduler", "tcp://x:1"], "--scheduler needs --executor dask"),
        (["--state", str(tmp_path / "s")], "--state needs --jsonl"),
        (["--executor", "dask", "--worker-memory", "lots"], "--worker-memory"),
        (["--jsonl", str(tmp_path / "c" / "0.zh.txt")], "refusing to overwrite an input"),
    ]:
        result = runner.invoke(app, ["check", str(tmp_path / "c"), *args])
        assert result.exit_code == 2 and message in result.stderr, (args, result.output)
    single = runner.invoke(app, ["check", str(SAMPLES / "mini.zh.txt"),
                                 str(SAMPLES / "mini.en.txt"), "--executor", "dask"])
    assert single.exit_code == 2 and "for a batch" in single.stderr


SRT = "1\n00:00:01,000 --> 00:00:03,000\n{}\n\n2\n00:00:04,000 --> 00:00:06,000\n{}\n"


def labelled_check(zh: Path, en: Path | None) -> Report:
    """A stand-in for the real check that reads the pair as the real one does (subtitle cues,
    so spans carry labels) and reports one number finding on the first cue."""
    from align.api import read_pair
    from align.model import Bead, Finding, Settings, Severity, Span

    zh_doc, en_doc = read_pair(zh, en, Settings())
    finding = Finding("number-mismatch", Severity.ERROR, f"12 is not {en.stem}",
                      Span.of(zh_doc, [0]), Span.of(en_doc, [0]),
                      evidence=(("zh", "12"), ("en", en.stem)), bead=0)
    beads = tuple(Bead((i,), (i,), 0.9) for i in range(len(zh_doc.segments)))
    return Report(Alignment(zh_doc, en_doc, beads, model="m"), (finding,), signature="sig")


def test_streamed_lines_are_marked_labelled_and_a_resumed_run_reports_every_pair(
        tmp_path: Path) -> None:
    from align.accepted import AcceptedMarks, accept
    from align.batch import rebuild
    from align.model import Settings

    pairs = []
    for n in (13, 14, 15):
        zh, en = tmp_path / f"{n}.zh.srt", tmp_path / f"{n}.en.srt"
        zh.write_text(SRT.format("今年全市新建公共图书馆12座。",
                                 "明年我们计划再建设8座社区图书馆。"), encoding="utf-8")
        en.write_text(SRT.format(f"This year the city built {n} new public libraries.",
                                 "Next year we plan to build eight more."), encoding="utf-8")
        pairs.append((zh, en))
    accepted = tmp_path / "align.accepted.toml"
    accept(accepted, labelled_check(*pairs[1]).findings[0].fingerprint, "checked by hand")
    out = tmp_path / "run.jsonl"

    def run() -> object:
        return run_batch(pairs, labelled_check, jobs=1, journal=Journal(out, "sig"),
                         finish=AcceptedMarks(accepted).mark,
                         resume=functools.partial(rebuild, settings=Settings()))

    first = run()
    lines = {Path(ln["zh"]).stem: ln for ln in _lines(out)}
    assert [ln["findings"][0]["zh"]["label"].split(" ")[:2] for ln in lines.values()] == [
        ["cue", "1"]] * 3
    assert [bool(lines[f"{n}.zh"]["findings"][0]["suppressed"]) for n in (13, 14, 15)] == [
        False, True, False]
    assert [ln["summary"]["error"] for ln in lines.values()] == [1, 0, 1]
    second = run()
    assert second.checked == 0 and len(second.resumed) == 3
    assert second.reports == first.reports  # documents, beads, findings and their marks
