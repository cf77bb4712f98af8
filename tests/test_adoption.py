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
    assert len(checks) == 1  # one run writes every report
    (command,) = checks
    for fmt in re.findall(r"--format (\S+)", command) + re.findall(r"--report (\w+)=", command):
        assert fmt in FORMATS
    assert "--format github" in command and "--fail-on never" not in command
    assert {"sarif", "html", "junit"} <= set(re.findall(r"--report (\w+)=", command))
    # it installs the distribution by its published name
    name = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["name"]
    assert workflow["env"]["ALIGN_PACKAGE"] == name == "align-zh-en"


def test_wheel_is_published_as_align_zh_en_with_the_align_command(tmp_path: Path) -> None:
    """The built wheel's metadata names the distribution align-zh-en and declares the console
    script align; a fresh virtual environment installs it by that name (from the wheel, its
    dependencies left out: they come from the package index) and gets the align command."""
    import subprocess
    import sys
    import zipfile

    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path / "dist")], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    assert wheel.name.startswith("align_zh_en-")
    with zipfile.ZipFile(wheel) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        headers = z.read(meta).decode("utf-8").split("\n\n", 1)[0].splitlines()
        assert "Name: align-zh-en" in headers
        entry = next(n for n in z.namelist() if n.endswith(".dist-info/entry_points.txt"))
        assert "align = align.cli:app" in z.read(entry).decode("utf-8")
        assert any(n.startswith("align/") for n in z.namelist())
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bindir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    install = subprocess.run(
        [str(bindir / "python"), "-m", "pip", "install", "--no-index", "--no-deps",
         "--find-links", str(tmp_path / "dist"), "align-zh-en"],
        capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stdout + install.stderr
    shown = subprocess.run([str(bindir / "python"), "-m", "pip", "show", "align-zh-en"],
                           capture_output=True, text=True, timeout=120)
    assert "Name: align-zh-en" in shown.stdout
    assert (bindir / "align").exists() or (bindir / "align.exe").exists()


def test_github_workflow_runs_as_written(tmp_path: Path, cache_dir: Path) -> None:
    """Every step of the workflow that is a shell command (all but the install, which needs the
    package index, and the actions) runs as written in a scratch repository holding the sample
    pair: one run writes the SARIF, HTML and JUnit reports, annotates, and fails the job on the
    seeded errors; with a baseline of them (the workflow's optional file) the job passes."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    yaml = pytest.importorskip("yaml")
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    workflow = yaml.safe_load((ROOT / "docs" / "github-actions.yml").read_text(encoding="utf-8"))
    steps = [s for s in workflow["jobs"]["align"]["steps"]
             if "run" in s and "pip install" not in s["run"]]
    site = tmp_path / "site"
    (site / "translations").mkdir(parents=True)
    for name in ("briefing.zh.txt", "briefing.draft.en.txt"):
        shutil.copy(ROOT / "samples" / name, site / "translations" / name)
    (site / workflow["env"]["PAIRS"]).write_text("briefing.zh.txt\tbriefing.draft.en.txt\n",
                                                 encoding="utf-8")
    bindir = tmp_path / "bin"  # the command the install step provides
    bindir.mkdir()
    (bindir / "align").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m align "$@"\n')
    (bindir / "align").chmod(0o755)

    def job() -> list[subprocess.CompletedProcess]:
        github_env = tmp_path / "github_env"
        github_env.write_text("")
        done = []
        for step in steps:
            env = {**os.environ, **workflow["env"], "GITHUB_ENV": str(github_env),
                   "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}",
                   "PYTHONPATH": str(ROOT), **step.get("env", {})}
            env["ALIGN_CACHE_DIR"] = str(cache_dir)
            for line in github_env.read_text().splitlines():
                key, _, value = line.partition("=")
                env[key] = value
            done.append(subprocess.run(["bash", "-e", "-c", step["run"]], cwd=site, env=env,
                                       capture_output=True, text=True, timeout=600))
            if done[-1].returncode != 0:
                break
        return done

    failing = job()
    assert failing[-1].returncode == 1, failing[-1].stderr  # the seeded errors fail the job
    assert "::error file=translations/briefing.draft.en.txt" in failing[-1].stdout
    sarif = json.loads((site / "align.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"]
    assert (site / "align.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "<testsuites" in (site / "align.xml").read_text(encoding="utf-8")
    assert "align: " in failing[-1].stderr  # the summary, since the reports went to files
    # The baseline the workflow picks up when the file exists: now nothing new fails the job.
    baseline = site / workflow["env"]["BASELINE"]
    subprocess.run([str(bindir / "align"), "check", "--pairs", workflow["env"]["PAIRS"],
                    "--write-baseline", str(baseline)], cwd=site, capture_output=True,
                   env={**os.environ, "ALIGN_CACHE_DIR": str(cache_dir)}, timeout=600)
    passing = job()
    assert [r.returncode for r in passing] == [0] * len(steps), passing[-1].stderr
    results = json.loads((site / "align.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert results and all(r["suppressions"][0]["kind"] == "external" for r in results)


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
