"""The dependency rules of the pipeline (ARCHITECTURE.md), checked on the source.

Every ``import align...`` in every module counts, the ones inside functions too: a lazy import
is still a dependency. A stage may import only the stages and neutral modules listed for it.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import align

PACKAGE = Path(align.__file__).parent

# What each part of the package may import from the rest of it (besides itself).
NEUTRAL = {"model", "scripts", "vectors", "version"}
ALLOWED: dict[str, set[str]] = {
    "model": set(),
    "scripts": set(),
    "vectors": set(),
    "version": set(),
    "paths": set(),
    "furniture": {"scripts"},
    "rules": {"model"},
    "numbers": {"model", "scripts"},
    "lexicon": {"model", "scripts", "numbers", "paths"},
    "segment": {"model", "scripts", "furniture"},
    "io": {"model", "scripts", "segment"},
    "embed": {"model", "vectors", "paths"},
    "aligner": NEUTRAL | {"embed", "numbers", "lexicon", "furniture"},
    "checks": NEUTRAL | {"rules", "numbers", "lexicon", "furniture"},
    "report": {"model", "rules", "version", "scripts"},
}
# The orchestration layer (api, cli, config, batch, baseline, accepted, the package root) may
# import anything; nothing below it may import it.
ORCHESTRATION = {"__init__", "__main__", "api", "cli", "config", "batch", "baseline", "accepted"}


def _part(module: Path) -> str:
    rel = module.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(module: Path) -> set[str]:
    """The parts of ``align`` that ``module`` imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == "align":
                names = [f"align.{a.name}" for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "align" and len(parts) > 1:
                found.add(parts[1])
    return found


def _violations() -> list[str]:
    out = []
    for module in sorted(PACKAGE.rglob("*.py")):
        part = _part(module)
        if part in ORCHESTRATION:
            continue
        assert part in ALLOWED, f"{module}: a new part of the package needs a rule here"
        for imported in _imports(module) - {part}:
            if imported not in ALLOWED[part]:
                out.append(f"{module.relative_to(PACKAGE.parent)} imports align.{imported}")
    return out


def test_every_stage_imports_only_what_it_may() -> None:
    assert _violations() == []


def test_the_checker_sees_a_forbidden_import(tmp_path, monkeypatch) -> None:
    """The rule table is enforced: an aligner module importing the checks is reported."""
    fake = tmp_path / "align"
    (fake / "aligner").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "aligner" / "bad.py").write_text("def f():\n    from align.checks import CHECKS\n")
    (fake / "model.py").write_text("from align.rules import Rule\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert sorted(_violations()) == [
        "align/aligner/bad.py imports align.checks",
        "align/model.py imports align.rules",
    ]
