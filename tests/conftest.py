import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from align.model import Document, Segment

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def check_texts(tmp_path: Path, zh: str, en: str):
    """The findings of ``align.api.check`` on a pair written to ``tmp_path``."""
    from align.api import check

    (tmp_path / "a.zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(en, encoding="utf-8")
    return check(tmp_path / "a.zh.txt", tmp_path / "a.en.txt").findings


def loud(findings, rule: str) -> list[str]:
    """The messages of ``rule``'s findings above info: what a CI job would see."""
    return [f.message for f in findings if f.rule == rule and f.severity.value != "info"]


def quantity_value(q) -> str:
    """A quantity's value as plain digits, ``low..high`` for a range."""
    from align.numbers.quantity import plain

    return plain(q.value) + (f"..{plain(q.high)}" if q.high is not None else "")


def strong_quantities(quantities) -> list[tuple[str, str, str]]:
    """(kind, value, qualifier) of every quantity that is not a weak numeral (一个, "a")."""
    return [(q.kind, quantity_value(q), q.qualifier) for q in quantities if not q.weak]


def make_document(lang: str, sentences: list[str],
                  speakers: list[str | None] | None = None) -> Document:
    """A hand-made Document with one sentence per line (for checks and the aligner)."""
    segs, text, pos = [], "", 0
    for i, s in enumerate(sentences):
        speaker = speakers[i] if speakers else None
        segs.append(Segment(id=i, text=s, start=pos, end=pos + len(s), line=i + 1,
                            speaker=speaker))
        text += s + "\n"
        pos += len(s) + 1
    return Document(path=f"{lang}.txt", lang=lang, text=text, segments=tuple(segs))


def number_findings(zh: list[str], en: list[str], beads=None, zh_vectors=None,
                    en_vectors=None) -> list:
    """The number check's findings on ``zh`` and ``en`` paired sentence by sentence (or by
    ``beads``), with sentence vectors when a test gives them."""
    from align.checks.base import CheckContext
    from align.checks.numbers import NumbersCheck
    from align.model import Alignment, Bead, Settings

    beads = beads or tuple(Bead((i,), (i,), 0.8) for i in range(len(zh)))
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en), beads=beads)
    ctx = CheckContext(alignment=a, settings=Settings(), zh_vectors=zh_vectors,
                       en_vectors=en_vectors)
    return list(NumbersCheck().run(ctx))


def loud_numbers(zh: list[str], en: list[str], beads=None) -> list[tuple]:
    """(rule, severity) of the number check's findings above info (see ``number_findings``)."""
    from align.model import Severity

    return [(f.rule, f.severity) for f in number_findings(zh, en, beads)
            if f.severity is not Severity.INFO]


class CountingEmbedder:
    """A stand-in model: a text's vector is (its length, 1); every text it embeds is recorded."""

    name = "counting-1"

    def __init__(self):
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    """One embedding cache for the whole test session, never the user's own."""
    return tmp_path_factory.mktemp("align-cache")


@pytest.fixture(scope="session")
def run_cli(cache_dir):
    """Run the real ``align`` command in a subprocess; returns the CompletedProcess."""

    def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
        env = {**os.environ, "ALIGN_CACHE_DIR": str(cache_dir), "COLUMNS": "100"}
        return subprocess.run(
            [sys.executable, "-m", "align", *map(str, args)],
            capture_output=True, text=True, env=env, cwd=cwd or ROOT, timeout=600,
        )

    return run
