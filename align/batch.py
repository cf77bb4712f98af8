"""Many pairs in one run: from a pairs file, two matched folders or one folder, checked in
parallel.

Files pair by name: ``name.zh.ext`` with ``name.en.ext``, ``zh/name`` with ``en/name``,
``name_zh.ext`` with ``name_en.ext`` (also ``-zh``, ``zh-CN``, ``zh_TW``, ``en-US``...); a
bilingual file (XLIFF, PO, TMX, CSV/TSV) is a pair on its own (its English side ``None``).
A pair that cannot be checked (a file missing, unreadable, not Chinese...) becomes an error in
the result and the others go on; the caller decides the exit code from both.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from types import SimpleNamespace

from align.baseline import write_bytes_atomically
from align.model import AlignError, Alignment, Bead, Finding, Report, Settings, Severity, Span

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
    summaries: tuple[dict, ...] = ()
    """Findings by severity (``summary_of``) of each pair checked in this run."""
    checked: int = 0
    """Pairs checked in this run (not counting missing files or resumed pairs)."""
    resumed: tuple[dict, ...] = ()
    """The journal's records of the pairs skipped as already done: ``summary`` (findings by
    severity) or ``error`` (their errors are in ``errors`` too)."""


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
    *,
    executor: str = "local",
    scheduler: str | None = None,
    worker_memory: str | None = None,
    journal: Journal | None = None,
    keep: bool = True,
    finish: Callable[[Report], Report] | None = None,
    resume: Callable[[Pair, dict], Report] | None = None,
) -> BatchResult:
    """Check every pair with ``check_one`` in up to ``jobs`` processes (0: one per core).

    ``check_one`` must be a module-level function (it is sent to worker processes). An
    ``AlignError`` or ``OSError`` from it is recorded for that pair; any other exception (a bug,
    or a worker that died) is recorded too, as an internal error with its traceback: one pair
    never sinks the others. ``progress`` shows pairs done, findings and the rate on stderr.

    ``executor`` "dask" runs the pairs on a ``dask.distributed`` cluster: the one at
    ``scheduler`` (an address; its workers must have ``align`` installed and see the same
    paths), or a local cluster of ``jobs`` worker processes, each held under ``worker_memory``
    (e.g. "2GB"; a worker above it is restarted and its pair becomes an internal error).
    A ``journal`` writes one JSON line per pair as it finishes and skips the pairs it
    already holds (see ``Journal``). ``keep`` False keeps no reports in the result (a
    corpus too big to hold: the journal is the result), only their summaries.

    ``finish`` is applied here to each report as it comes back, before its line is written
    (marking accepted and baselined findings, so the stream says what the report says).
    ``resume`` rebuilds the report of a pair skipped as done from its journal line (see
    ``rebuild``), so that the result covers every pair, not only this run's; without it a
    skipped pair is only in ``resumed``.
    """
    if executor not in EXECUTORS:
        raise AlignError(f"unknown --executor {executor!r}; use one of: {', '.join(EXECUTORS)}")
    outcomes: list[Report | PairError | None] = [None] * len(pairs)
    keys: list[str | None] = [None] * len(pairs)
    todo = []
    for i, (zh, en) in enumerate(pairs):
        missing = [p for p in (zh, en) if p is not None and not p.is_file()]
        if missing:
            outcomes[i] = PairError(zh, en, f"file not found: {missing[0]}")
            continue
        if journal is not None:
            try:
                keys[i] = journal.key(zh, en)
            except OSError as e:
                outcomes[i] = PairError(zh, en, f"cannot read: {e.filename or zh}: {e.strerror}")
                continue
        todo.append(i)
    resumed: list[dict] = []
    if journal is not None:
        done = journal.open({k for k in keys if k is not None})
        for i in list(todo):
            record = done.get(keys[i])  # type: ignore[arg-type]
            if record is not None:
                todo.remove(i)
                resumed.append(record)
                if record.get("error") is not None:
                    outcomes[i] = PairError(*pairs[i], record["error"])
                elif resume is not None and keep:
                    line = journal.lines.get(keys[i], {})  # type: ignore[arg-type]
                    outcome = _check(functools.partial(resume, line=line), *pairs[i])
                    outcomes[i] = finish(outcome) if finish and isinstance(
                        outcome, Report) else outcome
        for i, o in enumerate(outcomes):
            if isinstance(o, PairError) and keys[i] is None:
                journal.write(None, pairs[i], o)  # missing files: a line, never a state entry
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo))) if todo else 1
    summaries: list[dict] = []
    try:
        errors = sum(isinstance(o, PairError) for o in outcomes)
        with _Progress(progress, len(pairs), len(pairs) - len(todo), resumed, errors) as bar:
            if executor == "dask" and todo:
                results = _run_dask(pairs, todo, check_one, jobs, scheduler, worker_memory)
            elif jobs <= 1:
                results = ((i, _check(check_one, *pairs[i])) for i in todo)
            else:
                results = _run_pool(pairs, todo, check_one, jobs)
            for i, outcome in results:
                if finish is not None and isinstance(outcome, Report):
                    outcome = finish(outcome)
                if journal is not None:
                    journal.write(keys[i], pairs[i], outcome)
                if isinstance(outcome, Report):
                    summaries.append(summary_of(outcome))
                    if not keep:
                        outcome = None
                outcomes[i] = outcome
                bar.advance(outcome if outcome is not None else summaries[-1])
    finally:
        if journal is not None:
            journal.close()
    return BatchResult(
        reports=tuple(o for o in outcomes if isinstance(o, Report)),
        errors=tuple(o for o in outcomes if isinstance(o, PairError)),
        summaries=tuple(summaries),
        checked=len(todo),
        resumed=tuple(resumed),
    )


EXECUTORS = ("local", "dask")


def _run_pool(
    pairs: Sequence[Pair], todo: list[int], check_one: Callable, jobs: int
) -> Iterator[tuple[int, Report | PairError]]:
    """The pairs in ``jobs`` worker processes, as they finish; ``jobs`` in flight at a time.

    A worker that dies (killed, out of memory, ``os._exit``) breaks the whole pool and every
    pair in flight with it, and the pool cannot say whose worker it was. So the pool is
    started again and each of those pairs is run once more alone: the one that dies again is
    reported as its pair's error, the others complete."""
    pending = deque(todo)
    suspects: deque[int] = deque()
    # spawn, not fork: a fork of a process holding a loaded model's threads can hang.
    with _threads_per_worker(max(1, (os.cpu_count() or 1) // jobs)):
        while pending or suspects:
            with ProcessPoolExecutor(jobs, mp_context=get_context("spawn")) as pool, \
                    _ended_when_broken(pool) as state:
                in_flight: dict = {}
                broken = False
                retried: set[int] = set()
                while not broken and (pending or suspects or in_flight):
                    alone = bool(suspects) or any(i in retried for i in in_flight.values())
                    queue = suspects if alone else pending
                    while not broken and queue and len(in_flight) < (1 if alone else jobs):
                        i = queue.popleft()
                        if alone:
                            retried.add(i)
                        try:
                            in_flight[pool.submit(_check, check_one, *pairs[i])] = i
                        except (BrokenProcessPool, OSError):  # broken since the last wait
                            # (OSError: the pool was starting a worker when it broke, and its
                            # wake-up pipe was already closed)
                            queue.appendleft(i)
                            broken = True
                    done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                    if broken or any(isinstance(f.exception(), BrokenProcessPool) for f in done):
                        broken = state.broken = True
                        done, _ = wait(in_flight)  # a broken pool ends them all
                    lost = []
                    for future in done:
                        i = in_flight.pop(future)
                        try:
                            outcome = future.result()
                        except BrokenProcessPool:
                            lost.append(i)
                            continue
                        except Exception as e:  # a result that could not come back
                            outcome = PairError(*pairs[i], f"internal error: worker failed "
                                                f"({type(e).__name__}: {e})", internal=True)
                        yield i, outcome
                    if alone:  # it was alone in the pool: it is the one whose worker died
                        for i in lost:
                            yield i, PairError(*pairs[i], _WORKER_DIED, internal=True)
                    else:
                        suspects.extend(sorted(lost))


_WORKER_DIED = "internal error: its worker process died (killed, or out of memory)"


@contextmanager
def _ended_when_broken(pool: ProcessPoolExecutor) -> Iterator[SimpleNamespace]:
    """End the live workers of a pool that broke (``state.broken``) before it shuts down.

    Python 3.11's executor terminates a broken pool's workers and then joins them, but a worker
    it spawned while doing so is never terminated and waits forever on a call queue that is
    already closed: the shutdown, and the batch, hung (seen once in CI, in the dead-worker
    test). Ending every worker still alive first lets the join return."""
    state = SimpleNamespace(broken=False)
    try:
        yield state
    finally:
        if state.broken:
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                if process.is_alive():
                    process.terminate()


def _run_dask(
    pairs: Sequence[Pair], todo: list[int], check_one: Callable, jobs: int,
    scheduler: str | None, worker_memory: str | None,
) -> Iterator[tuple[int, Report | PairError]]:
    """The pairs on a Dask cluster, as they finish; at most a few per worker in flight, so a
    corpus of any size holds little memory on the scheduler and here."""
    try:
        import distributed
        from dask.utils import parse_bytes
    except ImportError:
        raise AlignError("--executor dask needs Dask: pip install 'align-zh-en[dask]'") from None
    memory = worker_memory or DEFAULT_WORKER_MEMORY
    try:
        if parse_bytes(memory) <= 0:
            raise ValueError
    except (ValueError, TypeError):
        raise AlignError(f"--worker-memory {memory!r}: give a size such as 2GB") from None
    with contextlib.ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(distributed.Client(scheduler, timeout="10s"))
            except (OSError, TimeoutError) as e:
                raise AlignError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
        else:
            import dask

            threads = str(max(1, (os.cpu_count() or 1) // jobs))
            # a pair that takes its worker over the limit is tried once more, not four times
            stack.enter_context(dask.config.set({"distributed.scheduler.allowed-failures": 1}))
            cluster = stack.enter_context(distributed.LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, memory_limit=memory,
                dashboard_address=None, silence_logs=logging.CRITICAL,
                env={v: os.environ.get(v, threads) for v in _THREAD_VARS}))
            client = stack.enter_context(distributed.Client(cluster))
        window = max(8, 4 * max(jobs, len(client.scheduler_info().get("workers", {}))))
        pending = iter(todo)
        index: dict = {}

        def submit() -> object | None:
            i = next(pending, None)
            if i is None:
                return None
            future = client.submit(_check, check_one, *pairs[i], pure=False,
                                   key=f"align-pair-{i}-{uuid.uuid4().hex}")
            index[future.key] = i
            return future

        first = [f for f in (submit() for _ in range(window)) if f is not None]
        running = distributed.as_completed(first)
        for future in running:
            i = index.pop(future.key)
            try:
                outcome = future.result()
            except Exception as e:  # the worker died (KilledWorker: over its memory, killed)
                outcome = PairError(*pairs[i], f"internal error: worker failed "
                                    f"({type(e).__name__}: over its memory limit, or killed)",
                                    internal=True)
            future.release()
            nxt = submit()
            if nxt is not None:
                running.add(nxt)
            yield i, outcome


DEFAULT_WORKER_MEMORY = "2GB"


def rebuild(zh: Path, en: Path | None, line: dict, settings: Settings) -> Report:
    """The report of a pair done in an earlier run, from its journal line: the documents read
    again (the same content: the line's key hashes it), the beads and findings as written (not
    suppressed: a run marks them afresh). What a resumed run reports for the pairs it skips."""
    from align.api import read_pair

    zh_doc, en_doc = read_pair(zh, en, settings)
    beads = tuple(Bead(tuple(z), tuple(e), float(score))
                  for z, e, score in line.get("alignment", ()))
    findings = tuple(
        Finding(f["rule"], Severity(f["severity"]), f["message"], _span(f["zh"]),
                _span(f["en"]), tuple(f["evidence"].items()), f["suggestion"], f["bead"])
        for f in line.get("findings", ()))
    return Report(Alignment(zh_doc, en_doc, beads, model=line.get("model", "")), findings,
                  signature=line.get("signature", ""), settings=settings)


def _span(d: dict | None) -> Span | None:
    return None if d is None else Span(d["text"], d["line"], d["start"], d["end"],
                                       tuple(d["sentences"]))


def summary_of(report: Report) -> dict[str, int]:
    """Findings of a report by severity, the suppressed ones apart (as the JSON report)."""
    from align.report.json import _summary

    return _summary([report])


class Journal:
    """A batch's results as JSON Lines, one per pair as it finishes, and the state that makes
    the run resumable.

    Each pair's key is a hash of the run's signature (version, model, every setting), its
    paths and the content of both files. The state file records one JSON line per key done;
    a restarted run skips those pairs, whose lines the JSONL file already holds. On opening,
    the JSONL file keeps only the lines of pairs the state records as done for this run (a
    pair killed between its line and its state entry is redone, never listed twice), rewritten
    atomically. Lines are appended and flushed as they come; a line torn by a kill is ignored.
    A pair that hit a bug or whose worker died is not recorded: a restart retries it.
    """

    def __init__(self, jsonl: Path, signature: str, state: Path | None = None) -> None:
        self.jsonl = Path(jsonl)
        self.state = Path(state) if state is not None else self.jsonl.with_name(
            self.jsonl.name + ".state")
        self.signature = signature
        self._lines = self._states = None
        self._since_sync = 0
        self.lines: dict[str, dict] = {}
        """The JSON line of each pair done (after ``open``), by key."""

    def key(self, zh: Path, en: Path | None) -> str:
        h = hashlib.sha256(self.signature.encode("utf-8", "surrogateescape"))
        for p in (zh, en):
            h.update(b"\0" + os.fsencode(str(p)) + b"\0")
            if p is not None:
                with open(p, "rb") as fh:
                    h.update(hashlib.file_digest(fh, "sha256").digest())
        return h.hexdigest()[:32]

    def open(self, keys: set[str]) -> dict[str, dict]:
        """The pairs among ``keys`` already done (key -> state record); opens both files."""
        states = {r["key"]: r for r in _read_jsonl(self.state)
                  if isinstance(r.get("key"), str) and r["key"] in keys}
        kept, seen = [], set()
        for raw in _read_raw(self.jsonl):
            try:
                key = json.loads(raw).get("key")
            except (ValueError, AttributeError):
                continue
            if key in states and key not in seen:
                seen.add(key)
                kept.append(raw)
                self.lines[key] = json.loads(raw)
        done = {k: r for k, r in states.items() if k in seen}
        # rewritten unless already exact: a torn last line must not run into the next one
        for path, data in ((self.jsonl, b"".join(kept)),
                           (self.state, b"".join(_line(r) for r in done.values()))):
            if _read_bytes(path) != data:
                write_bytes_atomically(path, data)
        for p in (self.jsonl, self.state):
            p.parent.mkdir(parents=True, exist_ok=True)
        self._lines = open(self.jsonl, "ab")
        self._states = open(self.state, "ab")
        return done

    def write(self, key: str | None, pair: Pair, outcome: Report | PairError) -> None:
        zh, en = pair
        line: dict = {"key": key, "zh": str(zh), "en": None if en is None else str(en)}
        if isinstance(outcome, Report):
            from align.report.json import finding_dict

            summary = summary_of(outcome)
            a = outcome.alignment
            line.update(signature=outcome.signature, summary=summary,
                        findings=[finding_dict(f, a.zh, a.en) for f in outcome.findings],
                        error=None, model=a.model,
                        alignment=[[list(b.zh), list(b.en), round(b.score, 4)]
                                   for b in a.beads])
            state = {"key": key, "summary": summary, "error": None}
        else:
            line.update(summary=None, findings=[], error={
                "message": outcome.message, "internal": outcome.internal,
                "detail": outcome.detail or None})
            state = None if outcome.internal else {"key": key, "summary": None,
                                                     "error": outcome.message}
        assert self._lines is not None and self._states is not None, "open() first"
        self._lines.write(_line(line))
        self._lines.flush()  # the line is out before the state says the pair is done
        if key is not None and state is not None:
            self._states.write(_line(state))
            self._states.flush()
        self._since_sync += 1
        if self._since_sync >= 100:
            self._sync()

    def _sync(self) -> None:
        self._since_sync = 0
        for fh in (self._lines, self._states):
            if fh is not None:
                fh.flush()
                os.fsync(fh.fileno())

    def close(self) -> None:
        if self._lines is None:
            return
        self._sync()
        for fh in (self._lines, self._states):
            fh.close()  # type: ignore[union-attr]
        self._lines = self._states = None


def _line(record: dict) -> bytes:
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode(
        "utf-8", "surrogateescape")


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise AlignError(f"cannot read {path}: {e.strerror}") from None


def _read_raw(path: Path) -> list[bytes]:
    """Whole lines of a JSONL file (a last line without its newline was torn: left out)."""
    data = _read_bytes(path) or b""
    return [ln + b"\n" for ln in data.split(b"\n")[:-1] if ln.strip()]


def _read_jsonl(path: Path) -> list[dict]:
    out = []
    for raw in _read_raw(path):
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        if isinstance(record, dict):
            out.append(record)
    return out


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
    """Pairs done of the total, findings, pair errors and the rate, on stderr: one line
    rewritten in place on a terminal, else a line every few seconds; a last line at the end.
    Never stdout."""

    def __init__(self, enabled: bool, total: int, done: int, resumed: Sequence[dict] = (),
                 errors: int = 0) -> None:
        self.enabled, self.total, self.done = enabled, total, done
        self.resumed, self.checked, self.errors = len(resumed), 0, errors
        self.findings = sum(_count(r.get("summary")) for r in resumed)
        self.tty = enabled and sys.stderr.isatty()
        self.start = self.last = time.monotonic()

    def __enter__(self) -> _Progress:
        return self

    def advance(self, outcome: Report | PairError | dict) -> None:
        self.done += 1
        self.checked += 1
        if isinstance(outcome, PairError):
            self.errors += 1
        elif isinstance(outcome, Report):
            self.findings += _count(summary_of(outcome))
        else:
            self.findings += _count(outcome)
        now = time.monotonic()
        if self.enabled and now - self.last >= (0.2 if self.tty else 5.0):
            self.last = now
            self._show(end="\r" if self.tty else "\n")

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        resumed = f", {self.resumed} resumed" if self.resumed else ""
        return (f"align: {self.done}/{self.total} pairs{resumed}, {self.findings} findings, "
                f"{self.errors} pair errors, {self.checked / elapsed:.1f} pairs/s")

    def _show(self, end: str) -> None:
        sys.stderr.write(("\r\x1b[K" if self.tty else "") + self.line() + end)
        sys.stderr.flush()

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._show(end="\n")


def _count(summary: dict | None) -> int:
    return sum(summary.get(k, 0) for k in ("error", "warning", "info")) if summary else 0
