"""The library API the CLI is a thin layer over: ``pair`` aligns, ``check`` aligns and checks."""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from align.embed import Embedder, load_embedder
from align.io import is_bilingual, read_bilingual, read_document
from align.model import FAIL_ON, AlignError, Alignment, Document, Finding, Report, Settings
from align.version import __version__


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
    settings = settings or Settings()
    alignment, result = pair(zh_path, en_path, settings, embedder)
    return _report(alignment, result.zh_vectors, result.en_vectors, settings)


def _report(alignment: Alignment, zv, ev, settings: Settings) -> Report:
    """Run every check on an alignment and its sentence vectors: the report of a pair."""
    from align.checks import CheckContext, run_checks

    ctx = CheckContext(alignment=alignment, settings=settings, zh_vectors=zv, en_vectors=ev)
    return Report(alignment=alignment, findings=_quote_original(run_checks(ctx), alignment.zh),
                  signature=signature(settings, alignment.model), settings=settings)


def pair_bilingual(path: str | Path, embedder: Embedder):
    """A bilingual file (XLIFF, PO, TMX, CSV/TSV) as an alignment without aligning: one bead per
    unit, scored by the cosine of its two sides. Returns ``(Alignment, (zh vectors, en
    vectors))``, the per-sentence vectors of both sides."""
    import numpy as np

    from align.lexicon.respace import respaced_all
    from align.model import Bead
    from align.vectors import normalise

    bi = read_bilingual(path)
    zt = [s.text for s in bi.zh.segments]
    et = respaced_all([s.text for s in bi.en.segments])  # English that lost its spaces, as words
    vecs = normalise(embedder.encode(zt + et), in_place=True) if zt or et else np.zeros((0, 1))
    zv, ev = vecs[: len(zt)], vecs[len(zt) :]
    beads = tuple(
        Bead(b.zh, b.en, float(zv[b.zh[0]] @ ev[b.en[0]]) if b.zh and b.en else 0.0)
        for b in bi.beads
    )
    alignment = Alignment(zh=bi.zh, en=bi.en, beads=beads, model=embedder.name)
    return alignment, (zv, ev)


def check_bilingual(path: str | Path, settings: Settings | None = None,
                    embedder: Embedder | None = None) -> Report:
    """Check every unit of a bilingual file, source against target, without re-aligning; the
    document-level checks (omissions across units, consistency) run as for a pair."""
    settings = settings or Settings()
    embedder = embedder or shared_embedder(settings.model)
    alignment, (zv, ev) = pair_bilingual(path, embedder)
    return _report(alignment, zv, ev, settings)


def check_pair(zh_path: Path, en_path: Path | None, settings: Settings,
               cache: bool = True) -> Report:
    """``check`` with the embedder loaded once per process: what batch workers run. A
    bilingual file (``en_path`` None) is checked unit by unit."""
    from align.lexicon import preload

    preload()  # the lexical engine loads while the embedding model does
    embedder = shared_embedder(settings.model, cache)
    if _bilingual_pair(zh_path, en_path):
        return check_bilingual(zh_path, settings, embedder)
    return check(zh_path, en_path, settings, embedder)


def _bilingual_pair(zh_path: Path, en_path: Path | None) -> bool:
    return en_path is None or (en_path == zh_path and is_bilingual(zh_path))


def read_pair(zh_path: Path, en_path: Path | None, settings: Settings
              ) -> tuple[Document, Document]:
    """The two documents of a pair as ``check_pair`` reads them (both sides of a bilingual
    file when ``en_path`` is None), without embedding or aligning."""
    if _bilingual_pair(zh_path, en_path):
        bi = read_bilingual(zh_path)
        return bi.zh, bi.en
    assert en_path is not None
    return (read_document(zh_path, "zh", settings.split),
            read_document(en_path, "en", settings.split))


def _quote_original(findings: tuple[Finding, ...], zh: Document) -> tuple[Finding, ...]:
    """Traditional Chinese is checked in simplified characters; the findings' messages,
    evidence and suggestions quote the file's own characters again."""
    from dataclasses import replace

    from align.io.chinese import restore_map

    pairs = [(zh.text[s.start : s.end], s.text) for s in zh.segments]
    mapping = restore_map("".join(a for a, b in pairs if len(a) == len(b) and a != b),
                          "".join(b for a, b in pairs if len(a) == len(b) and a != b))
    if not mapping:
        return findings
    table = str.maketrans(mapping)
    return tuple(
        replace(
            f,
            message=f.message.translate(table),
            evidence=tuple((k, v.translate(table)) for k, v in f.evidence),
            suggestion=f.suggestion.translate(table) if f.suggestion else f.suggestion,
        )
        for f in findings
    )


@lru_cache(maxsize=2)
def shared_embedder(model: str, cache: bool = True) -> Embedder:
    """The embedder for ``model``, loaded once per process and reused by every call."""
    return load_embedder(model, cache=cache)


def signature(settings: Settings, model_name: str) -> str:
    """Everything needed to reproduce a result, in one line (as sacrebleu prints with a score):
    the version, the model, and every setting, so two runs that could differ never share a
    signature. A glossary and the ignore patterns are given by a hash of their content."""
    parts = [f"align:{__version__}", f"model:{model_name}"]
    for f in fields(Settings):
        value = getattr(settings, f.name)
        if f.name == "model":
            continue
        if f.name in ("terms", "ignore_patterns"):
            if value:
                parts.append(f"{f.name}:{len(value)}#{_digest(value)}")
        elif f.name == "disabled_rules":
            if value:
                parts.append(f"{f.name}:{','.join(sorted(value))}")
        elif f.name == "severity_overrides":
            if value:
                parts.append(f"{f.name}:" + ",".join(f"{k}={v.value}" for k, v in sorted(value)))
        else:
            parts.append(f"{f.name}:{value:g}" if isinstance(value, float) else f"{f.name}:{value}")
    return "|".join(parts)


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode("utf-8")).hexdigest()[:12]


def exit_code(reports: list[Report], fail_on: str) -> int:
    """1 when any finding reaches ``fail_on`` (one of ``FAIL_ON``; never: always 0), else 0.
    Suppressed findings (accepted or baselined) never fail a run."""
    if fail_on not in FAIL_ON:
        raise AlignError(f"unknown --fail-on {fail_on!r}; use one of: {', '.join(FAIL_ON)}")
    return int(any(f.severity.fails(fail_on) for r in reports for f in r.findings
                   if f.suppressed is None))
