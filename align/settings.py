"""Every tunable of a run in one immutable value, so a report can print exactly what produced it.

Defaults live here and nowhere else; a config file or a command-line option makes a copy with
``dataclasses.replace``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from align.model import Severity


@dataclass(frozen=True)
class Settings:
    model: str = "use"
    split: str = "sentences"  # "sentences" | "lines"
    fail_on: str = "error"  # "error" | "warning" | "never"
    # A 1-1 or n-m bead whose similarity falls this many robust standard deviations below the
    # document's typical bead is a meaning mismatch (see checks/meaning.py).
    mismatch_z: float = 3.5
    # ... and it must also be below this absolute similarity, so a uniformly good document
    # does not produce findings from small relative differences.
    mismatch_max_score: float = 0.5
    # Minimum length (characters) of a one-sided sentence reported as omission/addition at
    # error level; shorter ones (e.g. "谢谢。") are warnings.
    coverage_min_chars: int = 8
    # A sentence inside a 2-1 / 1-2 bead is reported as untranslated (or added) when leaving it
    # out raises the bead's similarity by at least this much and the lengths agree.
    merge_min_gain: float = 0.05
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    severity_overrides: tuple[tuple[str, Severity], ...] = ()
    ignore_patterns: tuple[str, ...] = ()
    # Glossary: Chinese term -> accepted English renderings (checks/terms.py).
    terms: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def as_dict(self) -> dict:
        d = asdict(self)
        d["disabled_rules"] = sorted(self.disabled_rules)
        d["severity_overrides"] = {k: v.value for k, v in self.severity_overrides}
        d["ignore_patterns"] = list(self.ignore_patterns)
        d["terms"] = {zh: list(en) for zh, en in self.terms}
        return d
