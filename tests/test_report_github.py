"""GitHub workflow commands: one per finding, escaped as the Actions toolkit unescapes them."""

from __future__ import annotations

import re
from dataclasses import replace

from report_sample import pair_one, pair_two, sample_reports

from align.model import Severity
from align.report.github import escape_data, escape_property, render

COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def _unescape(text: str) -> str:
    # The runner's decoding order: the specific codes first, %25 last.
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def _parse(output: str) -> list[tuple[str, dict[str, str], str]]:
    commands = []
    for line in output.splitlines():
        m = COMMAND.match(line)
        assert m, f"not a workflow command: {line!r}"
        props = dict(p.split("=", 1) for p in m.group(2).split(","))
        commands.append(
            (m.group(1), {k: _unescape(v) for k, v in props.items()}, _unescape(m.group(3)))
        )
    return commands


def test_escaping_round_trips() -> None:
    nasty = "50% done\r\nnext: a, b %0A"
    assert "\n" not in escape_data(nasty) and "\r" not in escape_data(nasty)
    assert _unescape(escape_data(nasty)) == nasty
    prop = escape_property(nasty)
    assert not set(":,\r\n") & set(prop)
    assert _unescape(prop) == nasty


def test_one_command_per_finding_with_level_file_and_line() -> None:
    reports = sample_reports()
    commands = _parse(render(reports))
    findings = [(r, f) for r in reports for f in r.findings]
    assert len(commands) == len(findings)
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    for (kind, props, message), (report, f) in zip(commands, findings, strict=True):
        assert kind == level[f.severity]
        assert props["file"] == report.alignment.en.path  # English side is primary
        assert int(props["line"]) == f.en.line
        assert props["title"] == f"align {f.rule}"
        assert message.startswith(f.message)
        if f.zh is not None and f.zh.text:
            assert " ".join(f.zh.text.split()) in message


def test_hostile_path_and_message_survive() -> None:
    report = pair_two()
    (_, props, message), _ = _parse(render([report]))
    assert props["file"] == "odd <en>, a:b %.txt"
    assert message.splitlines()[:2] == [
        'The English says <b>"something else"</b> & more:',
        "second line, 50% sure",
    ]


def test_columns_only_for_single_line_spans_and_omission_points_at_english() -> None:
    report = pair_one()
    commands = _parse(render([report]))
    _, props, message = commands[2]  # the omission
    assert props["file"] == report.alignment.en.path
    assert "col" not in props  # an insertion point, not a range
    assert "谢谢大家。" in message
    _, props, _ = commands[0]
    seg = report.alignment.en.segments[1]
    line_start = report.alignment.en.text.rfind("\n", 0, seg.start) + 1
    assert int(props["col"]) == seg.start - line_start + 1
    assert int(props["endColumn"]) - int(props["col"]) == len(seg.text)


def test_chinese_only_finding_points_at_chinese_file() -> None:
    report = pair_one()
    f = replace(report.findings[0], en=None)
    report = replace(report, findings=(f,))
    ((_, props, _),) = _parse(render([report]))
    assert props["file"] == report.alignment.zh.path
    assert int(props["line"]) == f.zh.line


def test_no_findings_no_output() -> None:
    assert render([replace(pair_one(), findings=())]) == ""
