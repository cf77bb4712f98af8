"""Many pairs in one run: from a pairs file, two matched folders or one folder, checked in
parallel.

Files pair by name: ``name.zh.ext`` with ``name.en.ext``, ``zh/name`` with ``en/name``,
``name_zh.ext`` with ``name_en.ext`` (also ``-zh``, ``zh-CN``, ``zh_TW``, ``en-US``...); a
bilingual file (XLIFF, PO, TMX, CSV/TSV) is a pair on its own (its English side ``None``).
A pair that cannot be checked (a file missing, unreadable, not Chinese...) becomes an error in
the result and the others go on; the caller decides the exit code from both.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from align.model import AlignError, Report

Pair = tuple[Path, Path | None]
"""A Chinese and an English file, or a bilingual file and None."""


@dataclass(frozen=True)
class PairError:
    """A pair that could not be checked: bad input (``internal`` False) or a bug, whose
    traceback is ``detail``."""

    zh: Path
    en: Path | None
    message: str
    internal: bool = False
    detail: str = ""

    def __str__(self) -> str:
        if self.en is None:
            return f"{self.zh}: {self.message}"
        return f"{self.zh} / {self.en}: {self.message}"


@dataclass(frozen=True)
class BatchResult:
    """Reports of the pairs that could be checked and errors of those that could not, each in
    the order the pairs were given."""

    reports: tuple[Report, ...]
    errors: tuple[PairError, ...]


def read_pairs(path: Path) -> list[Pair]:
    """Pairs from a TSV file: ``zh<TAB>en`` per line (or one bilingual file alone), paths
    relative to the file's folder; blank lines and lines starting with ``#`` are skipped."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise AlignError(f"pairs file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise AlignError(f"cannot read pairs file {path}: {e}") from None
    base = path.parent
    pairs = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) == 1 and _bilingual(Path(cells[0])):
            pairs.append((base / cells[0], None))
            continue
        if len(cells) != 2 or not all(cells):
            raise AlignError(
                f"{path}:{number}: expected two paths separated by a tab, got {line.strip()!r}"
            )
        pairs.append((base / cells[0], base / cells[1]))
    if not pairs:
        raise AlignError(f"pairs file {path} lists no pairs")
    return pairs


def match_dirs(zh_dir: Path, en_dir: Path) -> list[Pair]:
    """Files of the two folders (and their subfolders) matched by relative path, sorted; a
    language mark in a name (``a.zh.txt`` / ``a.en.txt``) does not stop a match. Bilingual files
    in the Chinese folder are pairs on their own.

    A file present on one side only still yields a pair, whose missing side makes it an error in
    ``run_batch``: unmatched files are reported, never silently skipped.
    """
    for d in (zh_dir, en_dir):
        if not d.is_dir():
            raise AlignError(f"not a folder: {d}")
    zh_files = {_unmarked(n): n for n in _files(zh_dir)}
    en_files = {_unmarked(n): n for n in _files(en_dir)}
    if not zh_files and not en_files:
        raise AlignError(f"no files in {zh_dir} or {en_dir}")
    pairs: list[Pair] = []
    for key in sorted(zh_files.keys() | en_files.keys()):
        zh_name, en_name = zh_files.get(key), en_files.get(key)
        if zh_name and not en_name and _bilingual(Path(zh_name)):
            pairs.append((zh_dir / zh_name, None))
            continue
        pairs.append((zh_dir / (zh_name or en_name), en_dir / (en_name or zh_name)))
    return pairs


_LANGS = {"zh": "zh", "chs": "zh", "cht": "zh", "cn": "zh", "chinese": "zh",
          "en": "en", "eng": "en", "english": "en"}  # fmt: skip
_REGION = r"(?:[-_](?:cn|hans|hant|tw|hk|sg|us|gb|uk|au))?"
_MARK = re.compile(rf"(?i)([._-])(zh|chs|cht|cn|en|eng){_REGION}(?=\.[^.]+$|$)")
_DIR_MARK = re.compile(rf"(?i)^(zh|chs|cht|chinese|en|eng|english){_REGION}$")


def _unmarked(name: str) -> str:
    """The name without its language mark: ``a.zh.txt`` -> ``a.*.txt``."""
    parts = name.split("/")
    parts[-1] = _MARK.sub(r"\1*", parts[-1], count=1)
    return "/".join(parts)


def _lang_of(name: str) -> tuple[str, str] | None:
    """(language, the name with its mark replaced by ``*``) for ``a.zh.txt``, ``a_en.md``,
    ``zh/a.txt``, ``zh-CN/sub/a.txt``; None for a name that says no language."""
    parts = name.split("/")
    m = _MARK.search(parts[-1])
    if m:
        parts[-1] = parts[-1][: m.start()] + m.group(1) + "*" + parts[-1][m.end() :]
        return _LANGS[m.group(2).lower()], "/".join(parts)
    for k, part in enumerate(parts[:-1]):
        d = _DIR_MARK.match(part)
        if d:
            parts[k] = "*"
            return _LANGS[d.group(1).lower()], "/".join(parts)
    return None


def find_pairs(folder: Path) -> list[Pair]:
    """The pairs in one folder (and its subfolders), sorted: files whose names differ only by
    their language (``name.zh.ext`` / ``name.en.ext``, ``zh/name`` / ``en/name``,
    ``name_zh.ext`` / ``name_en.ext``), and bilingual files alone. A file with a language in its
    name but no counterpart still yields a pair, which ``run_batch`` reports as an error; a
    file that is neither is not a document to check and is left out."""
    if not folder.is_dir():
        raise AlignError(f"not a folder: {folder}")
    sides: dict[str, dict[str, str]] = {}
    pairs: list[Pair] = []
    for name in sorted(_files(folder)):
        if _bilingual(Path(name)):
            pairs.append((folder / name, None))
            continue
        marked = _lang_of(name)
        if marked:
            sides.setdefault(marked[1], {})[marked[0]] = name
    for key, found in sides.items():
        zh = found.get("zh") or key.replace("*", "zh")
        en = found.get("en") or key.replace("*", "en")
        pairs.append((folder / zh, folder / en))
    if not pairs:
        raise AlignError(
            f"no pairs in {folder}: name the files name.zh.txt and name.en.txt (or put them in "
            "zh/ and en/ folders), or give bilingual files (XLIFF, PO, TMX, CSV/TSV)"
        )
    return sorted(pairs, key=lambda p: str(p[0]))


def _bilingual(path: Path) -> bool:
    from align.io import is_bilingual

    return is_bilingual(path)


def _files(root: Path) -> set[str]:
    out = set()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel = Path(dirpath).relative_to(root)
        out.update((rel / f).as_posix() for f in filenames if not f.startswith("."))
    return out


def run_batch(
    pairs: Sequence[Pair],
    check_one: Callable[[Path, Path | None], Report],
    jobs: int = 0,
    progress: bool = False,
) -> BatchResult:
    """Check every pair with ``check_one`` in up to ``jobs`` processes (0: one per core).

    ``check_one`` must be a module-level function (it is sent to worker processes). An
    ``AlignError`` or ``OSError`` from it is recorded for that pair; any other exception (a bug,
    or a worker that died) is recorded too, as an internal error with its traceback: one pair
    never sinks the others. ``progress`` shows a progress bar on stderr.
    """
    outcomes: list[Report | PairError | None] = [None] * len(pairs)
    todo = []
    for i, (zh, en) in enumerate(pairs):
        missing = [p for p in (zh, en) if p is not None and not p.is_file()]
        if missing:
            outcomes[i] = PairError(zh, en, f"file not found: {missing[0]}")
        else:
            todo.append(i)
    jobs = min(jobs or os.cpu_count() or 1, len(todo)) if todo else 1
    with _Progress(progress, len(pairs), done=len(pairs) - len(todo)) as bar:
        if jobs <= 1:
            for i in todo:
                outcomes[i] = _check(check_one, *pairs[i])
                bar.advance()
        else:
            # spawn, not fork: a fork of a process holding a loaded model's threads can hang.
            with (
                _threads_per_worker(max(1, (os.cpu_count() or 1) // jobs)),
                ProcessPoolExecutor(jobs, mp_context=get_context("spawn")) as pool,
            ):
                futures = {pool.submit(_check, check_one, *pairs[i]): i for i in todo}
                for future in as_completed(futures):
                    i = futures[future]
                    try:
                        outcomes[i] = future.result()
                    except Exception as e:  # the worker died (killed, out of memory)
                        outcomes[i] = PairError(*pairs[i], f"internal error: worker failed "
                                                f"({type(e).__name__})", internal=True)
                    bar.advance()
    return BatchResult(
        reports=tuple(o for o in outcomes if isinstance(o, Report)),
        errors=tuple(o for o in outcomes if isinstance(o, PairError)),
    )


_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def _threads_per_worker(n: int) -> Iterator[None]:
    """Share the cores between workers: each one's numeric libraries (which would otherwise
    each start a thread per core) get ``n`` threads, unless the user set these variables."""
    unset = [v for v in _THREAD_VARS if v not in os.environ]
    os.environ.update({v: str(n) for v in unset})
    try:
        yield
    finally:
        for v in unset:
            os.environ.pop(v, None)


def _check(
    check_one: Callable[[Path, Path | None], Report], zh: Path, en: Path | None
) -> Report | PairError:
    try:
        return check_one(zh, en)
    except AlignError as e:
        return PairError(zh, en, str(e))
    except OSError as e:
        return PairError(zh, en, f"cannot read: {e.filename or zh}: {e.strerror}")
    except RecursionError:
        return PairError(zh, en, "input nested too deeply to read")
    except Exception as e:
        import traceback

        return PairError(zh, en, f"internal error: {type(e).__name__}: {e}", internal=True,
                         detail=traceback.format_exc())


class _Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: bool, total: int, done: int) -> None:
        self.bar = None
        if enabled:
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("checking pairs", total=total, completed=done)

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.start()
        return self

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
