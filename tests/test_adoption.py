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


def test_pre_commit_runs_the_hook_for_real(tmp_path: Path) -> None:
    """pre-commit itself installs this repository's hook (from its committed HEAD) into its own
    environment and runs it on a scratch repository: the sample draft fails the commit, the
    faithful translation passes. Needs git, pre-commit and the package index."""
    import os
    import shutil
    import subprocess
    import sys

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    pytest.importorskip("pre_commit")
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True,
                          text=True)
    if head.returncode != 0:
        pytest.skip("the project is not a git checkout")
    repo = tmp_path / "site"
    repo.mkdir()
    for name in ("briefing.zh.txt", "briefing.en.txt", "briefing.draft.en.txt"):
        shutil.copy(ROOT / "samples" / name, repo / name)
    (repo / "pairs.tsv").write_text("briefing.zh.txt\tbriefing.draft.en.txt\n", encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head.stdout.strip()}\n    hooks:\n"
        "      - id: align\n        args: [--pairs, pairs.tsv]\n", encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "ALIGN_CACHE_DIR": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), cwd=repo, env=env, capture_output=True, text=True,
                              timeout=900)

    run("git", "init", "-q")
    run("git", "add", ".")
    failing = run(sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "number-mismatch" in failing.stdout
    (repo / "pairs.tsv").write_text("briefing.zh.txt\tbriefing.en.txt\n", encoding="utf-8")
    run("git", "add", ".")
    passing = run(sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert passing.returncode == 0, passing.stdout + passing.stderr
