"""Batches: pairs files, matched folders, and parallel runs that survive bad pairs."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from report_sample import document

from align.batch import match_dirs, read_pairs, run_batch
from align.model import AlignError, Alignment, Report


def fake_check(zh: Path, en: Path) -> Report:
    """Stands in for the real check (no model): one sentence per line, and the worker's pid in
    the signature. Module-level, so worker processes can unpickle it."""
    zh_text, en_text = zh.read_text(encoding="utf-8"), en.read_text(encoding="utf-8")
    if "不是中文" in zh_text:
        raise AlignError(f"{zh} does not look like Chinese")
    zh_doc = document(str(zh), "zh", zh_text, zh_text.split())
    en_doc = document(str(en), "en", en_text, en_text.splitlines())
    threads = os.environ.get("OPENBLAS_NUM_THREADS", "")
    return Report(Alignment(zh_doc, en_doc, ()), (), signature=f"pid:{os.getpid()}|{threads}")


def crash(zh: Path, en: Path) -> Report:
    raise RuntimeError("a bug")


def dies(zh: Path, en: Path) -> Report:
    """``fake_check``, except that the worker checking a pair named ``die*`` dies outright, as
    one killed by the OOM killer does (no exception, no result)."""
    if zh.name.startswith("die-kill"):
        os.kill(os.getpid(), signal.SIGKILL)
    if zh.name.startswith("die"):
        os._exit(3)
    return fake_check(zh, en)


def _pair(folder: Path, name: str, zh: str = "你好。", en: str = "Hello.") -> tuple[Path, Path]:
    (folder / "zh").mkdir(parents=True, exist_ok=True)
    (folder / "en").mkdir(parents=True, exist_ok=True)
    (folder / "zh" / name).write_text(zh, encoding="utf-8")
    (folder / "en" / name).write_text(en, encoding="utf-8")
    return folder / "zh" / name, folder / "en" / name


def test_read_pairs_relative_to_the_file(tmp_path: Path) -> None:
    sub = tmp_path / "lists"
    sub.mkdir()
    tsv = sub / "pairs.tsv"
    tsv.write_text(
        "# zh\ten\n\n../zh/a.txt\t../en/a.txt\n  \n/abs/zh.txt\t/abs/en.txt\n", encoding="utf-8"
    )
    assert read_pairs(tsv) == [
        (sub / "../zh/a.txt", sub / "../en/a.txt"),
        (Path("/abs/zh.txt"), Path("/abs/en.txt")),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "pairs file not found"),
        ("a.txt b.txt\n", r"pairs.tsv:1: expected two paths"),
        ("# only a comment\n", "lists no pairs"),
        ("a\tb\tc\n", r"pairs.tsv:1: expected two paths"),
    ],
)
def test_read_pairs_errors(tmp_path: Path, content: str | None, message: str) -> None:
    tsv = tmp_path / "pairs.tsv"
    if content is not None:
        tsv.write_text(content, encoding="utf-8")
    with pytest.raises(AlignError, match=message):
        read_pairs(tsv)


def test_match_dirs_by_relative_path_including_unmatched(tmp_path: Path) -> None:
    _pair(tmp_path, "a.txt")
    (tmp_path / "zh" / "sub").mkdir()
    (tmp_path / "en" / "sub").mkdir()
    _pair(tmp_path, "sub/b.txt")
    (tmp_path / "zh" / "only-zh.txt").write_text("你好。", encoding="utf-8")
    (tmp_path / "en" / ".hidden").write_text("x", encoding="utf-8")
    zh, en = tmp_path / "zh", tmp_path / "en"
    assert match_dirs(zh, en) == [
        (zh / "a.txt", en / "a.txt"),
        (zh / "only-zh.txt", en / "only-zh.txt"),
        (zh / "sub/b.txt", en / "sub/b.txt"),
    ]
    with pytest.raises(AlignError, match="not a folder"):
        match_dirs(zh, tmp_path / "nope")


def test_bad_pairs_are_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    good1 = _pair(tmp_path, "1.txt", en="One.")
    missing = (tmp_path / "zh" / "gone.txt", tmp_path / "en" / "1.txt")
    bad = _pair(tmp_path, "2.txt", zh="不是中文")
    good2 = _pair(tmp_path, "3.txt", en="Three.")
    result = run_batch([good1, missing, bad, good2], fake_check, jobs=1)
    assert [r.alignment.en.path for r in result.reports] == [str(good1[1]), str(good2[1])]
    assert [(e.zh, e.en) for e in result.errors] == [missing, bad]
    assert "not found" in result.errors[0].message and "gone.txt" in result.errors[0].message
    assert "does not look like Chinese" in result.errors[1].message
    assert str(result.errors[0]) == f"{missing[0]} / {missing[1]}: {result.errors[0].message}"


def test_parallel_runs_in_worker_processes_in_order(tmp_path: Path) -> None:
    pairs = [_pair(tmp_path, f"{i}.txt", en=f"Sentence {i}.") for i in range(4)]
    pairs.insert(2, (tmp_path / "zh" / "x.txt", tmp_path / "en" / "x.txt"))
    before = os.environ.get("OPENBLAS_NUM_THREADS")
    result = run_batch(pairs, fake_check, jobs=2, progress=False)
    assert [r.alignment.en.text for r in result.reports] == [f"Sentence {i}." for i in range(4)]
    assert len(result.errors) == 1
    pids = {r.signature.split("|")[0] for r in result.reports}
    assert f"pid:{os.getpid()}" not in pids
    # the two workers share the cores instead of each starting a BLAS thread per core
    expected = os.environ.get("OPENBLAS_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // 2)))
    assert {r.signature.split("|")[1] for r in result.reports} == {expected}
    assert os.environ.get("OPENBLAS_NUM_THREADS") == before


def test_a_bug_is_an_internal_pair_error(tmp_path: Path) -> None:
    result = run_batch([_pair(tmp_path, "a.txt")], crash, jobs=1)
    [error] = result.errors
    assert error.internal and "a bug" in error.message and "RuntimeError" in error.detail


@pytest.mark.parametrize("jobs", [2, 3])
def test_a_worker_that_dies_fails_only_its_own_pair(tmp_path: Path, jobs: int) -> None:
    names = ["0.txt", "die.txt", "2.txt", "3.txt", "die-kill.txt", "5.txt", "6.txt"]
    pairs = [_pair(tmp_path, n, en=f"Sentence {n}.") for n in names]
    result = run_batch(pairs, dies, jobs=jobs)
    assert [r.alignment.en.text for r in result.reports] == [
        f"Sentence {n}." for n in names if not n.startswith("die")]
    assert [(e.zh.name, e.internal) for e in result.errors] == [
        ("die.txt", True), ("die-kill.txt", True)]
    assert all("worker process died" in e.message for e in result.errors)


def test_progress_bar_does_not_touch_stdout(tmp_path: Path, capsys) -> None:
    run_batch([_pair(tmp_path, "a.txt")], fake_check, jobs=1, progress=True)
    assert capsys.readouterr().out == ""


def _touch(root: Path, *names: str) -> None:
    for name in names:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", encoding="utf-8")


def test_one_folder_pairs_by_language_in_the_name(tmp_path: Path) -> None:
    from align.batch import find_pairs

    _touch(tmp_path, "a.zh.txt", "a.en.txt", "b_zh.md", "b_en.md", "c-zh-CN.srt", "c-en-US.srt",
           "zh/d.html", "en/d.html", "zh-TW/sub/e.txt", "en/sub/e.txt", "units.xlf", "memory.tmx",
           "lonely.zh.txt", "README.md", ".hidden.zh.txt")
    got = [(str(z.relative_to(tmp_path)), str(e.relative_to(tmp_path)) if e else None)
           for z, e in find_pairs(tmp_path)]
    assert got == [
        ("a.zh.txt", "a.en.txt"),
        ("b_zh.md", "b_en.md"),
        ("c-zh-CN.srt", "c-en-US.srt"),
        ("lonely.zh.txt", "lonely.en.txt"),  # reported as missing by run_batch
        ("memory.tmx", None),
        ("units.xlf", None),
        ("zh-TW/sub/e.txt", "en/sub/e.txt"),
        ("zh/d.html", "en/d.html"),
    ]
    with pytest.raises(AlignError, match="no pairs in"):
        find_pairs(tmp_path / "zh")


def test_two_folders_match_despite_language_marks(tmp_path: Path) -> None:
    _touch(tmp_path, "zh/a.zh.txt", "en/a.en.txt", "zh/b.txt", "en/b.txt", "zh/c.po")
    zh, en = tmp_path / "zh", tmp_path / "en"
    assert match_dirs(zh, en) == [
        (zh / "a.zh.txt", en / "a.en.txt"), (zh / "b.txt", en / "b.txt"), (zh / "c.po", None)
    ]


def test_a_bilingual_file_alone_in_a_pairs_file_and_in_a_batch(tmp_path: Path) -> None:
    _touch(tmp_path, "units.xlf")
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("units.xlf\n", encoding="utf-8")
    assert read_pairs(tsv) == [(tmp_path / "units.xlf", None)]
    result = run_batch([(tmp_path / "units.xlf", None), (tmp_path / "gone.xlf", None)],
                       bilingual_check, jobs=1)
    assert [r.signature for r in result.reports] == ["bilingual"]
    assert str(result.errors[0]) == f"{tmp_path / 'gone.xlf'}: file not found: " \
        f"{tmp_path / 'gone.xlf'}"


def bilingual_check(path: Path, en: Path | None) -> Report:
    assert en is None
    doc = document(str(path), "zh", "你好。", ["你好。"])
    return Report(Alignment(doc, doc, ()), (), signature="bilingual")


def test_progress_counts_pairs_findings_errors_and_rate(tmp_path: Path, capsys) -> None:
    pairs = [_pair(tmp_path, "a.txt"), _pair(tmp_path, "b.txt", zh="不是中文"),
             (tmp_path / "zh" / "gone.txt", tmp_path / "en" / "gone.txt")]
    run_batch(pairs, fake_check, jobs=1, progress=True)
    out, err = capsys.readouterr()
    assert out == ""
    assert "align: 3/3 pairs, 0 findings, 2 pair errors, " in err and err.endswith("pairs/s\n")


def test_unknown_executor(tmp_path: Path) -> None:
    with pytest.raises(AlignError, match="unknown --executor"):
        run_batch([_pair(tmp_path, "a.txt")], fake_check, executor="spark")
