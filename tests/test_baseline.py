"""Baselines: only new findings are reported, and fingerprints survive unrelated edits."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from report_sample import document, pair_one, sample_reports

from align.baseline import apply_baseline, apply_baselines, read_baseline, write_baseline
from align.checks.base import CheckContext
from align.checks.coverage import CoverageCheck
from align.checks.meaning import MeaningCheck
from align.model import AlignError, Alignment, Bead, Report, Settings, Span, Suppression

ZH = [
    "全市共有孵化机构1.6万家。",
    "其中国家级孵化机构一千余家。",
    "这些机构服务了大量初创企业。",
    "明年将继续加大支持力度。",
    "下面请回答记者提问。",
    "首先请第一位记者提问。",
    "感谢各位的关注。",
    "今天的发布会到此结束。",
    "谢谢大家。",
]
EN = [
    "The city has 16,000 incubators in total.",
    "More than a thousand of them are national-level incubators.",
    "These incubators have served a large number of start-ups.",
    "Support will be stepped up next year.",
    "Now the floor is open for questions.",
    "The first reporter, please.",
    "Thank you for your attention.",
    "This concludes today's press conference.",
    "The weather was pleasant in the afternoon.",
]
EXTRA_ZH = ["另外，会议还通报了其他情况。", "具体内容将另行公布。"]
EXTRA_EN = ["The meeting also reported on other matters.", "Details will be published later."]


def _report(
    zh_s: list[str],
    en_s: list[str],
    pairs: list[tuple[int | None, int | None, float]],
    zh_sep: str = "\n",
) -> Report:
    """Run the real coverage and meaning checks over a hand-made alignment."""
    zh = document("zh.txt", "zh", zh_sep.join(zh_s) + "\n", zh_s)
    en = document("en.txt", "en", "\n".join(en_s) + "\n", en_s)
    beads = tuple(
        Bead(() if z is None else (z,), () if e is None else (e,), s) for z, e, s in pairs
    )
    ctx = CheckContext(Alignment(zh, en, beads), Settings())
    findings = (*CoverageCheck().run(ctx), *MeaningCheck().run(ctx))
    return Report(ctx.alignment, tuple(findings))


def _original() -> Report:
    # ZH[1] is untranslated, EN[8] is not a translation of ZH[8]
    pairs = [
        (0, 0, 0.8),
        (1, None, 0.0),
        (2, 2, 0.78),
        (3, 3, 0.81),
        (4, 4, 0.79),
        (5, 5, 0.8),
        (6, 6, 0.82),
        (7, 7, 0.8),
        (8, 8, 0.1),
        (None, 1, 0.0),
    ]
    return _report(ZH, EN, pairs)


def _edited() -> Report:
    """Two sentences inserted at the start (every line and offset moves), the document's
    typical similarity changes, and the Chinese of one finding is re-wrapped."""
    zh_s, en_s = EXTRA_ZH + ZH, EXTRA_EN + EN
    pairs = [(0, 0, 0.95), (1, 1, 0.96)] + [
        (None if z is None else z + 2, None if e is None else e + 2, s)
        for z, e, s in [
            (0, 0, 0.9),
            (1, None, 0.0),
            (2, 2, 0.91),
            (3, 3, 0.92),
            (4, 4, 0.9),
            (5, 5, 0.93),
            (6, 6, 0.9),
            (7, 7, 0.91),
            (8, 8, 0.1),
            (None, 1, 0.0),
        ]
    ]
    return _report(zh_s, en_s, pairs)


def _new(report: Report) -> tuple:
    """The findings a baseline leaves active (the others are marked suppressed, not dropped)."""
    return tuple(f for f in report.findings if f.suppressed is None)


def test_baselined_findings_are_marked_not_dropped_and_stale_entries_counted(
    tmp_path: Path,
) -> None:
    reports = sample_reports()
    path = tmp_path / "baseline.json"
    write_baseline(reports, path)
    one, two = reports
    fixed = replace(one, findings=one.findings[1:])  # the first finding was fixed since
    marked, stale = apply_baselines([fixed, two], path)
    assert stale == 1
    assert [len(r.findings) for r in marked] == [len(fixed.findings), len(two.findings)]
    for r in marked:
        for f in r.findings:
            assert f.suppressed == Suppression("baseline", "in baseline baseline.json")
            assert f.fingerprint in read_baseline(path)


def test_accepted_findings_are_not_written_and_stay_accepted(tmp_path: Path) -> None:
    report = pair_one()
    accepted = Suppression("accepted", "fine as it is", "t", "2025-01-01T00:00:00Z")
    f0 = replace(report.findings[0], suppressed=accepted)
    report = replace(report, findings=(f0, *report.findings[1:]))
    path = tmp_path / "baseline.json"
    assert write_baseline([report], path) == len(report.findings) - 1
    assert f0.fingerprint not in read_baseline(path)
    write_baseline([replace(report, findings=(replace(f0, suppressed=None),))], path)
    (marked,), stale = apply_baselines([report], path)
    assert stale == 0 and marked.findings[0].suppressed == accepted  # uses up its entry


def test_write_then_apply_leaves_nothing(tmp_path: Path) -> None:
    reports = sample_reports()
    path = tmp_path / "baseline.json"
    assert write_baseline(reports, path) == sum(len(r.findings) for r in reports)
    for r in reports:
        assert _new(apply_baseline(r, path)) == ()


def test_file_format_is_documented_json_sorted(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(sample_reports(), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == 1 and doc["tool"] == "align"
    fps = [e["fingerprint"] for e in doc["findings"]]
    assert fps == sorted(fps)
    assert {"fingerprint", "rule", "zh", "en", "line", "message"} <= set(doc["findings"][0])
    write_baseline(list(reversed(sample_reports())), tmp_path / "again.json")
    assert (tmp_path / "again.json").read_text() == path.read_text()  # order-independent


def test_only_new_findings_remain(tmp_path: Path) -> None:
    report = pair_one()
    path = tmp_path / "baseline.json"
    write_baseline([replace(report, findings=report.findings[:2])], path)
    assert _new(apply_baseline(report, path)) == report.findings[2:]


def test_fingerprints_survive_unrelated_edits(tmp_path: Path) -> None:
    before, after = _original(), _edited()
    rules = sorted(f.rule for f in before.findings)
    assert rules == ["addition", "mismatch", "omission"]  # the checks really fire
    assert sorted(f.rule for f in after.findings) == rules
    assert [f.zh.line for f in before.findings] != [f.zh.line for f in after.findings]
    path = tmp_path / "baseline.json"
    write_baseline([before], path)
    assert _new(apply_baseline(after, path)) == ()


def test_rewrapped_text_keeps_its_fingerprint() -> None:
    report = _original()
    omission = next(f for f in report.findings if f.rule == "omission")
    wrapped = replace(omission, zh=replace(omission.zh, text="其中国家级孵化\n机构一千余家。"))
    assert wrapped.fingerprint == omission.fingerprint
    changed = replace(omission, zh=replace(omission.zh, text="其中国家级孵化机构两千余家。"))
    assert changed.fingerprint != omission.fingerprint


def test_repeated_finding_counts(tmp_path: Path) -> None:
    report = pair_one()
    f = report.findings[2]
    path = tmp_path / "baseline.json"
    write_baseline([replace(report, findings=(f,))], path)
    assert read_baseline(path)[f.fingerprint] == 1
    twice = replace(report, findings=(f, f))
    assert _new(apply_baseline(twice, path)) == (f,)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "baseline not found"),
        ("{not json", "not valid JSON"),
        ('{"version": 1}', "no 'findings' list"),
        ('{"version": 99, "findings": []}', "version 99"),
        ('{"version": 1, "findings": [{"rule": "x"}]}', "'fingerprint'"),
    ],
)
def test_bad_baseline_is_a_user_error(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(AlignError, match=message):
        apply_baseline(pair_one(), path)


def test_fixing_one_number_does_not_renew_another_in_the_same_sentence() -> None:
    f = pair_one().findings[0]  # number-mismatch with evidence quoting both numbers
    edited_en = replace(f.en, text=f.en.text.replace("registered urban", "urban registered"))
    assert replace(f, en=edited_en).fingerprint == f.fingerprint
    other_number = replace(f, evidence=(("zh", "3.2%"), ("en", "3.6%")))
    assert other_number.fingerprint != f.fingerprint
    # without identifying evidence the English text itself identifies the finding
    bare = replace(f, evidence=(("similarity", "0.2"),))
    assert replace(bare, en=edited_en).fingerprint != bare.fingerprint


def _moved(report: Report, zh: str, en: str) -> Report:
    """``report`` as if its files were at ``zh`` and ``en`` (the findings, so their
    fingerprints, are the same)."""
    a = report.alignment
    return replace(report, alignment=replace(a, zh=replace(a.zh, path=zh),
                                             en=replace(a.en, path=en)))


def test_an_entry_is_used_by_the_pair_it_was_recorded_for_whatever_the_order(
    tmp_path: Path,
) -> None:
    """Two pairs with the same finding and a baseline recorded from one of them: the other
    pair's finding is new, whichever pair of a batch finishes first."""
    recorded = _moved(_original(), "b/zh.txt", "b/en.txt")
    other = _moved(_original(), "a/zh.txt", "a/en.txt")
    path = tmp_path / "baseline.json"
    write_baseline([recorded], path)
    for order in ([other, recorded], [recorded, other]):
        marked, stale = apply_baselines(order, path)
        by_pair = {r.alignment.zh.path: r for r in marked}
        assert _new(by_pair["b/zh.txt"]) == ()
        assert len(_new(by_pair["a/zh.txt"])) == len(other.findings) > 0
        assert stale == 0


def test_an_entry_of_a_pair_not_in_the_run_still_covers_a_moved_file(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline([_moved(_original(), "old/zh.txt", "old/en.txt")], path)
    moved = _moved(_original(), "new/zh.txt", "new/en.txt")
    (marked,), stale = apply_baselines([moved], path)
    assert _new(marked) == () and stale == 0


def test_a_batch_keeps_a_run_pairs_entries_for_it(tmp_path: Path) -> None:
    """``reserve`` (what a batch calls with its pairs before any finishes): a pair that
    finishes first does not take the entry recorded for a pair still running."""
    from align.baseline import BaselineMarks

    path = tmp_path / "baseline.json"
    write_baseline([_moved(_original(), "b/zh.txt", "b/en.txt")], path)
    marks = BaselineMarks(path)
    marks.reserve([(Path("a/zh.txt"), Path("a/en.txt")), (Path("b/zh.txt"), Path("b/en.txt"))])
    first = marks.mark(_moved(_original(), "a/zh.txt", "a/en.txt"))
    assert len(_new(first)) == len(first.findings)
    assert marks.stale == len(first.findings)
    second = marks.mark(_moved(_original(), "b/zh.txt", "b/en.txt"))
    assert _new(second) == () and marks.stale == 0


def test_english_only_findings_with_the_same_evidence_are_told_apart() -> None:
    """Two English-only sentences graded alike (two salutations, say) have no Chinese text to
    tell them apart: their English does, so accepting one does not accept the other."""
    from align.model import Severity
    from align.rules import ADDITION

    def added(text: str):
        return ADDITION.finding("no counterpart", zh=Span("", 3, 40, 40), severity=Severity.INFO,
                                en=Span(text, 3, 0, len(text)),
                                evidence=(("furniture", "salutation"),))

    first, second = added("Ladies and gentlemen,"), added("Dear friends,")
    assert first.fingerprint != second.fingerprint
    assert first.fingerprint == added("Ladies and\ngentlemen,").fingerprint  # rewrapped
