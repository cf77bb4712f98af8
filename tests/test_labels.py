"""Findings in a subtitle file name the cue they are in, in the JSON and the text report."""

from __future__ import annotations

import json

ZH_SRT = """1
00:00:01,000 --> 00:00:03,000
今年全市新增就业岗位一万六千个。

2
00:00:04,000 --> 00:00:06,000
城镇登记失业率为百分之三点二。

3
00:00:07,000 --> 00:00:09,000
全年新建图书馆十二座。

4
00:00:10,000 --> 00:00:12,000
谢谢大家的关注。
"""

EN_SRT = """1
00:00:01,000 --> 00:00:03,000
This year the city added 16,000 jobs.

2
00:00:04,000 --> 00:00:06,000
The registered urban unemployment rate was 3.5 percent.

3
00:00:07,000 --> 00:00:09,000
Twelve new libraries were built this year.

4
00:00:10,000 --> 00:00:12,000
Thank you for your attention.
"""


def test_a_subtitle_finding_names_its_cue(tmp_path, run_cli) -> None:
    zh, en = tmp_path / "talk.zh.srt", tmp_path / "talk.en.srt"
    zh.write_text(ZH_SRT, encoding="utf-8")
    en.write_text(EN_SRT, encoding="utf-8")
    done = run_cli("check", zh, en, "--format", "json")
    assert done.returncode == 1, done.stderr
    (finding,) = [f for f in json.loads(done.stdout)["findings"] if f["rule"] == "number-mismatch"]
    assert finding["zh"]["label"].startswith("cue 2") and "00:00:04,000" in finding["zh"]["label"]
    assert finding["en"]["label"].startswith("cue 2")
    text = run_cli("check", zh, en, "--color", "never").stdout
    assert "(cue 2" in text


def test_plain_text_findings_carry_no_label(tmp_path, run_cli) -> None:
    zh, en = tmp_path / "a.zh.txt", tmp_path / "a.en.txt"
    zh.write_text("城镇登记失业率为百分之三点二。今年全市新增就业岗位一万六千个。\n",
                  encoding="utf-8")
    en.write_text("The registered urban unemployment rate was 3.5 percent. This year the city "
                  "added 16,000 jobs.\n", encoding="utf-8")
    done = run_cli("check", zh, en, "--format", "json")
    findings = json.loads(done.stdout)["findings"]
    assert findings and all("label" not in f["zh"] for f in findings)
