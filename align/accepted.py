"""Accepted findings: a reviewed list of findings a translator has judged fine, with why.

The file is ``align.accepted.toml``, kept in version control next to the translations (found in
the current folder or the nearest parent that has one, like ``align.toml``)::

    # Findings reviewed and accepted. align reports them as suppressed; they never fail a run.

    [[accepted]]
    fingerprint = "b51be2a6a26af3af"
    reason = "a free rendering the client approved"
    by = "Li Wei"
    at = "2025-01-14T09:30:00Z"
    rule = "number-kind"                  # the rest is for the people reading the file
    en = "docs/en/report.txt"
    text = "a growth rate 0.3 percent lower than"

``align accept FINGERPRINT --reason "…"`` appends an entry (the fingerprint is printed under each
finding in the text report and is ``fingerprint`` in JSON). Matching is by ``fingerprint`` only,
the same stable hash baselines use (the rule, the Chinese text, the identifying evidence; never
positions or paths), and an entry accepts every occurrence. ``reason`` is required: an
acceptance without one is an error, as is a malformed fingerprint. Accepted findings stay in the
report, marked suppressed: counted in every summary, greyed in HTML, ``suppressions`` in SARIF,
skipped test cases in JUnit. Entries that match no finding in a run are counted as stale.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from align.config import read_toml
from align.model import AlignError, Report, Suppression

ACCEPTED_FILE = "align.accepted.toml"
FINGERPRINT = re.compile(r"^[0-9a-f]{16}$")
HEADER = (
    "# Findings reviewed and accepted (align accept FINGERPRINT --reason ...).\n"
    "# align reports them as suppressed; they never fail a run. Edit by hand as you like:\n"
    "# every entry needs a fingerprint and a reason.\n"
)


@dataclass(frozen=True)
class Accepted:
    fingerprint: str
    reason: str
    by: str | None = None
    at: str | None = None


def find_accepted(start: Path) -> Path | None:
    """The nearest ``align.accepted.toml`` in ``start`` or its parents; None when there is none."""
    folder = start.resolve()
    for d in (folder, *folder.parents):
        if (d / ACCEPTED_FILE).is_file():
            return d / ACCEPTED_FILE
    return None


def read_accepted(path: Path) -> dict[str, Accepted]:
    """The entries of ``path`` by fingerprint (a later entry for the same one wins)."""
    doc = read_toml(path, "accepted-findings file")
    unknown = set(doc) - {"accepted"}
    if unknown:
        raise AlignError(f"{path}: unknown key {sorted(unknown)[0]!r} (entries are [[accepted]])")
    entries = doc.get("accepted", [])
    if not isinstance(entries, list):
        raise AlignError(f"{path}: 'accepted' must be an array of tables ([[accepted]])")
    out = {}
    for n, entry in enumerate(entries, 1):
        where = f"{path}: entry {n}"
        if not isinstance(entry, dict):
            raise AlignError(f"{where} is not a table")
        fp = entry.get("fingerprint")
        if not isinstance(fp, str) or not FINGERPRINT.match(fp):
            raise AlignError(f"{where}: 'fingerprint' must be 16 hex digits, not {fp!r}")
        reason = entry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise AlignError(f"{where} ({fp}): a 'reason' is required")
        by, at = entry.get("by"), entry.get("at")
        if isinstance(at, datetime):
            at = at.isoformat()
        out[fp] = Accepted(fp, reason.strip(), by if isinstance(by, str) else None,
                           at if isinstance(at, str) else None)
    return out


def apply_accepted(reports: Sequence[Report], path: Path) -> tuple[list[Report], int]:
    """Every report with its accepted findings marked suppressed, and how many entries of the
    file matched no finding (stale)."""
    marks = AcceptedMarks(path)
    return [marks.mark(r) for r in reports], marks.stale


class AcceptedMarks:
    """An accepted-findings file read once that marks report after report as they come (a
    batch marks each pair as it finishes); ``stale`` counts the entries no report has used."""

    kind = "accepted"

    def __init__(self, path: Path) -> None:
        self.entries = read_accepted(path)
        self.used: set[str] = set()

    def reserve(self, pairs: Iterable[tuple[object, object]]) -> None:
        """An accepted finding holds for every pair (unlike a baseline entry): nothing to keep
        for the run's own pairs."""

    def mark(self, report: Report) -> Report:
        marked = []
        for f in report.findings:
            entry = self.entries.get(f.fingerprint)
            if entry is not None and f.suppressed is None:
                self.used.add(entry.fingerprint)
                f = replace(f, suppressed=Suppression("accepted", entry.reason, entry.by,
                                                      entry.at))
            marked.append(f)
        return replace(report, findings=tuple(marked))

    @property
    def stale(self) -> int:
        return len(set(self.entries) - self.used)


def accept(path: Path, fingerprint: str, reason: str, by: str | None = None,
           about: dict[str, str] | None = None, now: datetime | None = None) -> bool:
    """Append an entry for ``fingerprint`` to ``path`` (created with a header when missing),
    atomically. ``about`` adds fields for the reader (rule, en, text). Returns False, writing
    nothing, when the fingerprint is already accepted there."""
    from align.baseline import write_atomically

    fingerprint = fingerprint.strip().lower()
    if not FINGERPRINT.match(fingerprint):
        raise AlignError(f"{fingerprint!r} is not a fingerprint (16 hex digits, as the text "
                         "report prints under 'id' and JSON gives as 'fingerprint')")
    if not reason or not reason.strip():
        raise AlignError("give a --reason: an accepted finding needs one")
    old = ""
    if path.exists():
        if fingerprint in read_accepted(path):
            return False
        try:
            old = path.read_text(encoding="utf-8")
        except OSError as e:
            raise AlignError(f"cannot read {path}: {e.strerror}") from None
    stamp = (now or datetime.now(UTC)).replace(microsecond=0)
    fields = [("fingerprint", fingerprint), ("reason", " ".join(reason.split()))]
    if by:
        fields.append(("by", by))
    fields.append(("at", stamp.isoformat().replace("+00:00", "Z")))
    fields += [(k, v) for k, v in (about or {}).items() if v]
    entry = "[[accepted]]\n" + "".join(f"{k} = {_toml_string(v)}\n" for k, v in fields)
    text = (old or HEADER)
    if not text.endswith("\n"):
        text += "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text + "\n" + entry)
    except OSError as e:
        raise AlignError(f"cannot write {path}: {e.strerror}") from None
    return True


def _toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, except DEL, which TOML wants escaped."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def who() -> str | None:
    """Who is accepting: ``ALIGN_USER``, else git's user.name, else the login name."""
    import getpass
    import os
    import subprocess

    name = os.environ.get("ALIGN_USER")
    if name:
        return name
    try:
        git = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True,
                             timeout=5)
        if git.returncode == 0 and git.stdout.strip():
            return git.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return None
