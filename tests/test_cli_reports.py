"""End to end on the sample draft: several reports from one run, the text report's locations and
colour, the summary on stderr, --quiet, accepted findings, --select/--ignore/--severity, and
baselines that mark findings suppressed."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import SAMPLES

ZH = SAMPLES / "briefing.zh.txt"
DRAFT = SAMPLES / "briefing.draft.en.txt"
SCHEMA = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "sarif" / "sarif-schema-2.1.0.json"
)
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def every_report(run_cli, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    result = run_cli("check", ZH, DRAFT, *[
        x for fmt, name in (("text", "r.txt"), ("json", "r.json"), ("html", "r.html"),
                            ("sarif", "r.sarif"), ("junit", "r.xml"), ("github", "r.gh"))
        for x in ("--report", f"{fmt}={out / name}")])
    return result, out


def test_one_run_writes_every_format(every_report) -> None:
    result, out = every_report
    assert result.returncode == 1  # the draft has errors
    assert result.stdout == ""  # only --report options: nothing on stdout
    report = json.loads((out / "r.json").read_text(encoding="utf-8"))
    n = len(report["findings"])
    assert n >= 9 and report["summary"]["error"] >= 9
    sarif = json.loads((out / "r.sarif").read_text(encoding="utf-8"))
    assert len(sarif["runs"][0]["results"]) == n
    junit = ET.fromstring((out / "r.xml").read_text(encoding="utf-8"))
    assert int(junit.get("tests")) == n
    html = (out / "r.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count('class="finding') == n
    assert len((out / "r.gh").read_text(encoding="utf-8").splitlines()) == n
    text = (out / "r.txt").read_text(encoding="utf-8")
    assert "\x1b[" not in text  # a file gets no colour unless --color always
    assert report["findings"][0]["fingerprint"] in text  # under "id", for align accept
    # the summary goes to stderr, with counts per rule
    assert re.search(r"align: \d+ errors, \d+ warnings", result.stderr)
    assert re.search(r"by rule: number-mismatch \d+", result.stderr)
    assert [f for f in out.iterdir() if f.name.startswith(".")] == []  # no temporary left


def test_text_location_is_the_wrong_words(every_report) -> None:
    _, out = every_report
    text = (out / "r.txt").read_text(encoding="utf-8")
    zh_lines = ZH.read_text(encoding="utf-8").splitlines()
    en_lines = DRAFT.read_text(encoding="utf-8").splitlines()
    # number-mismatch 二十届 -> 19th: both sides point at the numbers, not the paragraph start
    m = re.search(r"zh  (\S+briefing\.zh\.txt):(\d+):(\d+)\n.*«二十届»", text)
    assert m, text[:2000]
    line, col = int(m.group(2)), int(m.group(3))
    assert zh_lines[line - 1][col - 1 :].startswith("二十届")
    m = re.search(r"en  (\S+briefing\.draft\.en\.txt):(\d+):(\d+)\n(?:.*\n){0,4}?.*«19th»", text)
    assert m
    line, col = int(m.group(2)), int(m.group(3))
    assert col > 1 and en_lines[line - 1][col - 1 :].startswith("19th")


def test_report_spec_errors(run_cli, tmp_path) -> None:
    for spec, message in (("sarif", "FORMAT=PATH"), ("pdf=x.pdf", "unknown --format 'pdf'"),
                          ("tmx=x.tmx", "unknown --format 'tmx'")):
        result = run_cli("check", ZH, DRAFT, "--report", spec)
        assert result.returncode == 2 and message in result.stderr, result.stderr
    same = run_cli("check", ZH, DRAFT, "--report", f"json={tmp_path / 'a'}", "-o", tmp_path / "a")
    assert same.returncode == 2 and "same file" in same.stderr
    two = run_cli("check", ZH, DRAFT, "-f", "json", "--report", "sarif=-")
    assert two.returncode == 2 and "stdout" in two.stderr
    bad = run_cli("check", ZH, DRAFT, "--color", "sometimes")
    assert bad.returncode == 2 and "--color" in bad.stderr


def test_report_to_stdout_and_file_together(run_cli, tmp_path) -> None:
    result = run_cli("check", ZH, DRAFT, "-f", "json", "--report", f"sarif={tmp_path / 'a.sarif'}",
                     "--quiet")
    assert result.returncode == 1
    assert json.loads(result.stdout)["version"] == 1
    assert json.loads((tmp_path / "a.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert result.stderr == ""  # --quiet: no summary


def test_colour_always_never_and_no_color(run_cli, monkeypatch) -> None:
    always = run_cli("check", ZH, DRAFT, "--color", "always")
    assert "\x1b[" in always.stdout and "\x1b[1;4;31m" in always.stdout  # underlined, red
    assert "«" not in ANSI.sub("", always.stdout)  # colour marks the words; no «» needed
    never = run_cli("check", ZH, DRAFT, "--color", "never")
    assert "\x1b[" not in never.stdout and "«19th»" in never.stdout
    # auto: a terminal gets colour unless NO_COLOR is set (no-color.org)
    import sys

    from align import cli

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert cli._colour("auto", None) is True
    assert cli._colour("auto", Path("report.txt")) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli._colour("auto", None) is False
    assert cli._colour("always", Path("report.txt")) is True


def test_text_summary_counts_rules(run_cli) -> None:
    result = run_cli("check", ZH, DRAFT)
    lines = result.stdout.strip().splitlines()
    at = max(i for i, line in enumerate(lines)
             if re.match(r"\d+ errors?, \d+ warnings?, \d+ infos?", line))
    assert re.match(r"number-mismatch \d+ · ", lines[at + 1])  # the most frequent rule first
    assert "model:usem3" in "".join(lines[at:])  # then the signature


def test_select_ignore_and_severity(run_cli, tmp_path) -> None:
    def rules(*options) -> tuple[int, list[dict]]:
        result = run_cli("check", ZH, DRAFT, "-f", "json", *options)
        assert result.returncode in (0, 1), result.stderr
        return result.returncode, json.loads(result.stdout)["findings"]

    _, selected = rules("--select", "number")
    assert selected and {f["rule"] for f in selected} <= {
        "number-missing", "number-mismatch", "number-kind", "number-qualifier", "number-extra",
        "number-rounded"}
    _, ignored = rules("--ignore", "number-mismatch,token-missing")
    assert ignored and not {f["rule"] for f in ignored} & {"number-mismatch", "token-missing"}
    code, downgraded = rules("--select", "number-mismatch", "--severity", "number-mismatch=info")
    assert downgraded and all(f["severity"] == "info" for f in downgraded) and code == 0
    bad = run_cli("check", ZH, DRAFT, "--select", "no-such-rule")
    assert bad.returncode == 2 and "unknown rule 'no-such-rule'" in bad.stderr
    bad = run_cli("check", ZH, DRAFT, "--severity", "number-mismatch")
    assert bad.returncode == 2 and "RULE=LEVEL" in bad.stderr
    bad = run_cli("check", ZH, DRAFT, "--severity", "number-mismatch=fatal")
    assert bad.returncode == 2 and "fatal" in bad.stderr
    # the same in the config file; a command-line --select replaces the file's
    config = tmp_path / "align.toml"
    config.write_text('select = ["number-kind"]\n[severity]\nnumber-kind = "warning"\n',
                      encoding="utf-8")
    code, found = rules("--config", config)
    assert found and {(f["rule"], f["severity"]) for f in found} == {("number-kind", "warning")}
    assert code == 0
    _, found = rules("--config", config, "--select", "token-missing")
    assert {f["rule"] for f in found} == {"token-missing"}


def test_accept_then_check_reports_suppressed(run_cli, tmp_path) -> None:
    first = run_cli("check", ZH, DRAFT, "-f", "json")
    report_path = tmp_path / "report.json"
    report_path.write_text(first.stdout, encoding="utf-8")
    errors = [f for f in json.loads(first.stdout)["findings"] if f["severity"] == "error"]
    accepted = tmp_path / "align.accepted.toml"
    # a reason is required, and a fingerprint must be one
    no_reason = run_cli("accept", errors[0]["fingerprint"], "--file", accepted)
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    assert not accepted.exists()
    bad = run_cli("accept", "zz-not-hex", "--reason", "x", "--file", accepted)
    assert bad.returncode == 2 and "fingerprint" in bad.stderr
    unknown = run_cli("accept", "0123456789abcdef", "--reason", "x", "--file", accepted,
                      "--from", report_path)
    assert unknown.returncode == 2 and "no finding" in unknown.stderr
    # accept every error, in the folder the check runs from (found there by name)
    fps = [f["fingerprint"] for f in errors]
    done = run_cli("accept", *fps, "--reason", "approved by the editor", "--by", "Li Wei",
                   "--from", report_path, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert accepted.is_file()
    import tomllib

    entries = tomllib.loads(accepted.read_text(encoding="utf-8"))["accepted"]
    assert [e["fingerprint"] for e in entries] == fps
    assert all(e["reason"] == "approved by the editor" and e["by"] == "Li Wei" and e["at"]
               and e["rule"] for e in entries)
    again = run_cli("accept", fps[0], "--reason", "twice", cwd=tmp_path)
    assert again.returncode == 0 and "already accepted" in again.stderr
    assert accepted.read_text(encoding="utf-8").count("[[accepted]]") == len(fps)

    out = tmp_path / "out"
    second = run_cli("check", ZH.resolve(), DRAFT.resolve(), "-f", "json",
                     "--report", f"sarif={out / 'a.sarif'}", "--report", f"text={out / 'a.txt'}",
                     "--report", f"junit={out / 'a.xml'}", "--report", f"html={out / 'a.html'}",
                     cwd=tmp_path)
    assert second.returncode == 0, second.stderr  # accepted findings never fail the run
    report = json.loads(second.stdout)
    held = [f for f in report["findings"] if f["suppressed"]]
    assert len(held) == len(fps) and len(report["findings"]) == len(json.loads(first.stdout)[
        "findings"])  # never dropped
    assert all(f["suppressed"]["kind"] == "accepted" for f in held)
    assert report["summary"]["error"] == 0 and report["summary"]["suppressed"] == len(fps)
    assert report["stale"] == {"accepted": 0}
    sarif = json.loads((out / "a.sarif").read_text(encoding="utf-8"))
    suppressed = [r for r in sarif["runs"][0]["results"] if "suppressions" in r]
    assert len(suppressed) == len(fps)
    for r in suppressed:
        (s,) = r["suppressions"]
        assert s["kind"] == "external" and s["status"] == "accepted"
        assert s["justification"] == "Accepted: approved by the editor"
    jsonschema = pytest.importorskip("jsonschema")
    if SCHEMA.is_file():
        jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(sarif)
    text = (out / "a.txt").read_text(encoding="utf-8")
    assert f"{len(fps)} suppressed ({len(fps)} accepted)" in text
    assert "suppressed (accepted: approved by the editor)" in text
    junit = ET.fromstring((out / "a.xml").read_text(encoding="utf-8"))
    assert int(junit.get("failures")) == 0 and int(junit.get("skipped")) == len(fps)
    assert (out / "a.html").read_text(encoding="utf-8").count('suppressed" data-sup="1"') == \
        len(fps)
    assert f"{len(fps)} suppressed" in second.stderr


def test_baseline_marks_findings_suppressed_and_counts_stale(run_cli, tmp_path) -> None:
    baseline = tmp_path / "baseline.json"
    assert run_cli("check", ZH, DRAFT, "--write-baseline", baseline).returncode == 0
    # fix one number: its baseline entry is stale, the rest are suppressed
    fixed = tmp_path / "draft.en.txt"
    fixed.write_text(DRAFT.read_text(encoding="utf-8").replace("19th", "20th"), encoding="utf-8")
    sarif = tmp_path / "a.sarif"
    result = run_cli("check", ZH, fixed, "--baseline", baseline, "-f", "json",
                     "--report", f"sarif={sarif}")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["findings"] and all(f["suppressed"]["kind"] == "baseline"
                                      for f in report["findings"])
    assert report["stale"] == {"baseline": 1}
    results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert len(results) == len(report["findings"])  # marked, not dropped
    assert all(r["suppressions"][0]["kind"] == "external" for r in results)
    text = run_cli("check", ZH, fixed, "--baseline", baseline)
    assert "1 baseline entry matches no finding" in text.stdout
    assert "suppressed (baseline: in baseline baseline.json)" in text.stdout
