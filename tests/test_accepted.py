"""The accepted-findings file: what `align accept` writes, what a run reads back."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from report_sample import pair_one, sample_reports

from align.accepted import accept, apply_accepted, find_accepted, read_accepted
from align.model import AlignError

NOW = datetime(2025, 1, 14, 9, 30, tzinfo=UTC)


def test_accept_appends_entries_that_read_back(tmp_path: Path) -> None:
    path = tmp_path / "align.accepted.toml"
    f0, f1 = pair_one().findings[:2]
    assert accept(path, f0.fingerprint, "a free rendering", "Li Wei", {"rule": f0.rule}, NOW)
    hostile = 'quotes " and \\ backslash\tand\x7f'
    assert accept(path, f1.fingerprint.upper(), hostile, None, {"text": "多 \"行\"\n"}, NOW)
    assert not accept(path, f0.fingerprint, "again", None, None, NOW)  # already there
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Findings reviewed and accepted")
    doc = tomllib.loads(text)
    assert [e["fingerprint"] for e in doc["accepted"]] == [f0.fingerprint, f1.fingerprint]
    assert doc["accepted"][0] == {"fingerprint": f0.fingerprint, "reason": "a free rendering",
                                  "by": "Li Wei", "at": "2025-01-14T09:30:00Z",
                                  "rule": f0.rule}
    entries = read_accepted(path)
    assert entries[f1.fingerprint].reason == " ".join(hostile.split())
    assert entries[f0.fingerprint].by == "Li Wei"
    (tmp_path / "sub" / "dir").mkdir(parents=True)
    assert find_accepted(tmp_path / "sub" / "dir") == path  # the nearest one, from below


def test_apply_marks_suppressed_and_counts_stale(tmp_path: Path) -> None:
    path = tmp_path / "align.accepted.toml"
    one, two = sample_reports()
    accept(path, one.findings[0].fingerprint, "ok", "t", None, NOW)
    accept(path, "0123456789abcdef", "a finding fixed since", "t", None, NOW)
    (marked_one, marked_two), stale = apply_accepted([one, two], path)
    assert stale == 1
    assert marked_one.findings[0].suppressed.kind == "accepted"
    assert marked_one.findings[0].suppressed.reason == "ok"
    assert all(f.suppressed is None for f in marked_one.findings[1:])
    assert all(f.suppressed is None for f in marked_two.findings)
    assert len(marked_one.findings) == len(one.findings)  # never dropped


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[accepted]]\nfingerprint = "0123456789abcdef"\n', "a 'reason' is required"),
        ('[[accepted]]\nfingerprint = "0123456789abcdef"\nreason = " "\n', "'reason'"),
        ('[[accepted]]\nfingerprint = "xyz"\nreason = "r"\n', "16 hex digits"),
        ('accepted = "no"\n', "array of tables"),
        ('ignored = []\n', "unknown key 'ignored'"),
        ("[[accepted]\n", "invalid TOML"),
    ],
)
def test_bad_file_is_a_user_error_naming_it(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "align.accepted.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AlignError, match=message) as info:
        read_accepted(path)
    assert str(path) in str(info.value)


def test_accept_refuses_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "align.accepted.toml"
    with pytest.raises(AlignError, match="not a fingerprint"):
        accept(path, "12345", "r")
    with pytest.raises(AlignError, match="reason"):
        accept(path, "0123456789abcdef", "  ")
    assert not path.exists()
