"""The pre-commit hook definition and the documented GitHub Actions workflow stay valid."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from align.report import FORMATS

ROOT = Path(__file__).resolve().parent.parent


def test_pre_commit_manifest_is_valid_for_pre_commit() -> None:
    clientlib = pytest.importorskip("pre_commit.clientlib")
    (hook,) = clientlib.load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert hook["entry"].split()[0] in scripts  # the console script pre-commit will install
    assert hook["entry"].split()[1] == "check"
    assert hook["language"] == "python" and hook["pass_filenames"] is False


def test_github_workflow_example() -> None:
    yaml = pytest.importorskip("yaml")
    text = (ROOT / "docs" / "github-actions.yml").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    steps = workflow["jobs"]["align"]["steps"]
    for step in steps:
        if "uses" in step:
            assert re.search(r"@v\d+$", step["uses"]), step["uses"]
    commands = [line.strip() for s in steps for line in s.get("run", "").splitlines()]
    checks = [c for c in commands if c.startswith("align check")]
    assert len(checks) >= 3
    for command in checks:
        for fmt in re.findall(r"--format (\S+)", command):
            assert fmt in FORMATS
    assert any("--format github" in c and "--fail-on never" not in c for c in checks)
