"""The library API the CLI is a thin layer over: ``pair`` aligns, ``check`` aligns and checks."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from align import __version__
from align.embed import Embedder, load_embedder
from align.io import read_document
from align.model import AlignError, Alignment, Report
from align.settings import Settings


def pair(zh_path: str | Path, en_path: str | Path, settings: Settings | None = None,
         embedder: Embedder | None = None, require_translation: bool = True):
    """Read, segment, embed and align two documents. Returns ``(Alignment, AlignResult)``.

    Raises ``AlignError`` for bad input, and when the two documents do not look like
    translations of each other (unless ``require_translation`` is False).
    """
    from align.aligner import align_documents, looks_like_translation

    settings = settings or Settings()
    zh = read_document(zh_path, "zh", settings.split)
    en = read_document(en_path, "en", settings.split)
    embedder = embedder or shared_embedder(settings.model)
    result = align_documents(zh, en, embedder)
    if require_translation:
        ok, reason = looks_like_translation(result)
        if not ok:
            raise AlignError(f"{zh_path} and {en_path}: {reason}")
    return Alignment(zh=zh, en=en, beads=tuple(result.beads), model=embedder.name), result


def check(zh_path: str | Path, en_path: str | Path, settings: Settings | None = None,
          embedder: Embedder | None = None) -> Report:
    """Align two documents and report every place where the English departs from the Chinese."""
    from align.checks import CheckContext, run_checks

    settings = settings or Settings()
    alignment, result = pair(zh_path, en_path, settings, embedder)
    ctx = CheckContext(alignment=alignment, settings=settings,
                       zh_vectors=result.zh_vectors, en_vectors=result.en_vectors)
    return Report(alignment=alignment, findings=run_checks(ctx),
                  signature=signature(settings, alignment.model), settings=settings.as_dict())


def check_pair(zh_path: Path, en_path: Path, settings: Settings, cache: bool = True) -> Report:
    """``check`` with the embedder loaded once per process: what batch workers run."""
    return check(zh_path, en_path, settings, shared_embedder(settings.model, cache))


@lru_cache(maxsize=2)
def shared_embedder(model: str, cache: bool = True) -> Embedder:
    """The embedder for ``model``, loaded once per process and reused by every call."""
    return load_embedder(model, cache=cache)


def signature(settings: Settings, model_name: str) -> str:
    """Everything needed to reproduce a result, in one line (as sacrebleu prints with a score)."""
    parts = [
        f"align:{__version__}",
        f"model:{model_name}",
        f"split:{settings.split}",
        f"mismatch:z{settings.mismatch_z:g}/max{settings.mismatch_max_score:g}",
        f"coverage-min:{settings.coverage_min_chars}",
    ]
    if settings.disabled_rules:
        parts.append("disabled:" + ",".join(sorted(settings.disabled_rules)))
    if settings.severity_overrides:
        parts.append("severity:" + ",".join(f"{k}={v.value}" for k, v in
                                            sorted(settings.severity_overrides)))
    if settings.ignore_patterns:
        parts.append(f"ignore:{len(settings.ignore_patterns)}")
    if settings.terms:
        parts.append(f"terms:{len(settings.terms)}")
    return "|".join(parts)


def exit_code(reports: list[Report], fail_on: str) -> int:
    """1 when any finding reaches ``fail_on`` (error / warning; never: always 0), else 0."""
    if fail_on == "never":
        return 0
    if fail_on not in ("error", "warning", "info"):
        raise AlignError(f"unknown --fail-on {fail_on!r}; use error, warning or never")
    from align.model import Severity

    threshold = Severity(fail_on).rank
    return int(any(f.severity.rank >= threshold for r in reports for f in r.findings))
