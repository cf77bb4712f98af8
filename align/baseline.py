"""Baselines: record today's findings so CI reports only the ones that are new.

``align check ... --write-baseline align-baseline.json`` writes, and ``--baseline`` applies::

    {
      "version": 1,
      "tool": "align",
      "findings": [
        {"fingerprint": "3f2a9c0b1d4e5f60", "rule": "number-missing",
         "zh": "docs/zh/a.txt", "en": "docs/en/a.txt", "line": 12, "message": "..."},
        ...
      ]
    }

Only ``fingerprint`` is used for matching; the other fields are there for the people reviewing
the file. ``Finding.fingerprint`` hashes the rule, both texts and the identifying evidence, never
positions or paths, so a baselined finding stays matched when other sentences are added or
removed and when files move. Matching counts occurrences: when the baseline holds a fingerprint
once and the report has it twice (the same untranslated sentence repeated), one is new.
Entries are sorted, so rewriting an unchanged baseline changes nothing in version control.

A baselined finding is not dropped: it stays in the report, marked suppressed (kind "baseline"),
counted in every summary and carried as a suppressed result in SARIF, and it no longer fails a
run. Baseline entries that match no finding any more are *stale*: ``apply_baselines`` counts them
so the run can say the file wants rewriting. Findings accepted by a reviewer
(``align.accepted``) are not written to a baseline: the accepted file already holds them.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from align.model import AlignError, Report, Suppression

VERSION = 1


def write_baseline(reports: Sequence[Report], path: Path) -> int:
    """Write every finding of ``reports`` to ``path``; returns how many were written."""
    entries = []
    for report in reports:
        a = report.alignment
        for f in report.findings:
            if f.suppressed is not None and f.suppressed.kind == "accepted":
                continue
            side = f.en or f.zh
            entries.append(
                {
                    "fingerprint": f.fingerprint,
                    "rule": f.rule,
                    "zh": a.zh.path,
                    "en": a.en.path,
                    "line": side.line if side else None,
                    "message": f.message,
                }
            )
    entries.sort(key=lambda e: (e["fingerprint"], e["en"], e["zh"], e["line"] or 0))
    doc = {"version": VERSION, "tool": "align", "findings": entries}
    try:
        write_atomically(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    except OSError as e:
        raise AlignError(f"cannot write baseline {path}: {e.strerror}") from None
    return len(entries)


_PROTECTED: set[str] = set()
STALE_AFTER = 3600
"""Seconds after which a temporary file a killed run left (``.align-*.tmp``) is removed."""


def protect(*paths: Path | str | None) -> None:
    """Record input files of this run: no output may be written over one of them."""
    for p in paths:
        if p is not None and os.path.isfile(p):
            _PROTECTED.add(os.path.realpath(p))


def clean_text(text: str) -> str:
    """``text`` as valid UTF-8: a lone surrogate (from a file name that is not UTF-8) becomes a
    replacement character."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace").encode(
            "utf-8", "replace").decode("utf-8")


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step: a reader (or a crash, or a full disk) never
    sees half a file. A temporary file in the same folder is written, flushed to disk and
    renamed over the target, and removed if anything fails. A symbolic link is kept and the
    file it points to replaced; a device or a pipe (``/dev/null``, ``/dev/stdout``) is written
    through, never replaced. An input file of the run (see ``protect``) is refused. The new
    file gets ordinary permissions (mkstemp's are private)."""
    write_bytes_atomically(path, clean_text(text).encode("utf-8"))


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """``write_atomically`` for bytes written as they are (a batch's JSON Lines journal)."""
    from align.model import AlignError

    target = Path(os.path.realpath(path))
    if str(target) in _PROTECTED:
        raise AlignError(f"{path}: refusing to overwrite an input file of this run")
    if target.exists() and not target.is_file():
        if target.is_dir():
            raise AlignError(f"{path}: is a directory")
        with open(target, "wb") as fh:  # a device or a pipe: write through it
            fh.write(data)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale(target.parent)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".align-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _clean_stale(folder: Path) -> None:
    """Remove ``.align-*.tmp`` files older than ``STALE_AFTER`` (left by killed runs)."""
    import time

    try:
        old = time.time() - STALE_AFTER
        for p in folder.glob(".align-*.tmp"):
            try:
                if p.is_file() and p.stat().st_mtime < old:
                    p.unlink()
            except OSError:
                continue
    except OSError:
        pass


def read_baseline(path: Path) -> Counter[str]:
    """How many times each fingerprint occurs in the baseline file."""
    return Counter(fp for fp, _ in _read_entries(path))


def _read_entries(path: Path) -> list[tuple[str, tuple[str, str]]]:
    """Each entry of the baseline file as (fingerprint, (zh path, en path)); the paths are ""
    when the entry does not give them (a hand-made baseline)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AlignError(f"baseline not found: {path}") from None
    except OSError as e:
        raise AlignError(f"cannot read baseline {path}: {e.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise AlignError(f"baseline {path} is not valid JSON: {e}") from None
    except RecursionError:
        raise AlignError(f"baseline {path} is not valid JSON: nested too deeply") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("findings"), list):
        raise AlignError(f"baseline {path} has no 'findings' list")
    if doc.get("version") != VERSION:
        raise AlignError(
            f"baseline {path} has version {doc.get('version')!r}; "
            f"this align reads version {VERSION}"
        )
    entries = []
    for entry in doc["findings"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise AlignError(f"baseline {path}: every finding needs a 'fingerprint' string")
        zh, en = entry.get("zh"), entry.get("en")
        entries.append((entry["fingerprint"], (zh if isinstance(zh, str) else "",
                                               en if isinstance(en, str) else "")))
    return entries


def apply_baseline(report: Report, path: Path) -> Report:
    """``report`` with the findings recorded in the baseline at ``path`` marked suppressed."""
    (out,), _ = apply_baselines([report], path)
    return out


def apply_baselines(reports: Sequence[Report], path: Path) -> tuple[list[Report], int]:
    """Every report with its baselined findings marked suppressed (one baseline entry holds
    one occurrence, across all the reports of a batch), and how many entries matched nothing
    (stale). A finding already accepted by a reviewer uses up its entry but stays accepted."""
    marks = BaselineMarks(path)
    marks.reserve((r.alignment.zh.path, r.alignment.en.path) for r in reports)
    return [marks.mark(r) for r in reports], marks.stale


class BaselineMarks:
    """A baseline read once that marks report after report as they come (a batch marks each
    pair as it finishes); ``stale`` counts the entries no report has used so far.

    An entry is used first by the pair it was recorded for (same Chinese and English paths),
    so which of several equal findings a baseline covers does not depend on the order in which
    a batch's pairs finish. An entry whose pair is not in this run (files moved or renamed)
    covers the finding wherever it comes; ``reserve`` names the run's pairs, whose entries are
    then kept for them alone."""

    kind = "baseline"

    def __init__(self, path: Path) -> None:
        self.remaining: dict[str, Counter[tuple[str, str]]] = {}
        for fp, where in _read_entries(path):
            self.remaining.setdefault(fp, Counter())[where] += 1
        self.reserved: set[tuple[str, str]] = set()
        self.reason = f"in baseline {path.name}"

    def reserve(self, pairs: Iterable[tuple[object, object]]) -> None:
        """The (zh, en) pairs of this run: their entries are used by them only."""
        self.reserved = {(str(zh), str(zh if en is None else en)) for zh, en in pairs}

    def mark(self, report: Report) -> Report:
        own = (report.alignment.zh.path, report.alignment.en.path)
        self.reserved.add(own)
        marked = []
        for f in report.findings:
            if self._take(f.fingerprint, own) and f.suppressed is None:
                f = replace(f, suppressed=Suppression("baseline", self.reason))
            marked.append(f)
        return replace(report, findings=tuple(marked))

    def _take(self, fingerprint: str, own: tuple[str, str]) -> bool:
        """Use up one entry for ``fingerprint``: the pair's own, else one recorded for a pair
        that is not in this run."""
        entries = self.remaining.get(fingerprint)
        if not entries:
            return False
        if entries[own] <= 0:
            own = next((w for w in sorted(entries)
                        if entries[w] > 0 and w not in self.reserved), None)  # type: ignore
            if own is None:
                return False
        entries[own] -= 1
        return True

    @property
    def stale(self) -> int:
        return sum(n for entries in self.remaining.values() for n in entries.values())
