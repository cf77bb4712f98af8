"""Settings from align.toml / [tool.align], with command-line values on top."""

from __future__ import annotations

from pathlib import Path

import pytest

from align.config import find_config, load_settings
from align.model import AlignError, Settings, Severity

# Rule ids whose checks the lead registers in align.checks (coverage and meaning).
RULE_A, RULE_B = "addition", "mismatch"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_file(tmp_path: Path) -> None:
    assert load_settings(None, tmp_path, {}) == Settings()


def test_align_toml_every_kind_of_key(tmp_path: Path) -> None:
    _write(
        tmp_path / "align.toml",
        f"""
model = "e5-small"
split = "lines"
fail-on = "warning"
mismatch_z = 4
coverage_min_chars = 12
disable = ["{RULE_A}"]
ignore = ["^Thank", "谢谢"]

[severity]
{RULE_B} = "error"
""",
    )
    s = load_settings(None, tmp_path, {})
    assert (s.model, s.split, s.fail_on) == ("e5-small", "lines", "warning")
    assert s.mismatch_z == 4.0 and isinstance(s.mismatch_z, float)
    assert s.coverage_min_chars == 12
    assert s.disabled_rules == frozenset({RULE_A})
    assert s.severity_overrides == ((RULE_B, Severity.ERROR),)
    assert s.ignore_patterns == ("^Thank", "谢谢")


def test_pyproject_table_found_from_a_subfolder(tmp_path: Path) -> None:
    _write(
        tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.align]\nfail_on = "never"\n'
    )
    sub = tmp_path / "docs" / "zh"
    sub.mkdir(parents=True)
    assert load_settings(None, sub, {}).fail_on == "never"
    assert find_config(sub)[0] == tmp_path / "pyproject.toml"


def test_nearest_file_wins_and_align_toml_before_pyproject(tmp_path: Path) -> None:
    _write(tmp_path / "align.toml", 'model = "outer"\n')
    _write(tmp_path / "a" / "pyproject.toml", '[tool.align]\nmodel = "pyproject"\n')
    _write(tmp_path / "a" / "align.toml", 'model = "inner"\n')
    _write(tmp_path / "b" / "pyproject.toml", '[project]\nname = "no-align-table"\n')
    assert load_settings(None, tmp_path / "a", {}).model == "inner"
    # a pyproject.toml without [tool.align] does not stop the search
    assert load_settings(None, tmp_path / "b", {}).model == "outer"


def test_explicit_config_overrides_discovery(tmp_path: Path) -> None:
    _write(tmp_path / "align.toml", 'model = "found"\n')
    chosen = _write(tmp_path / "elsewhere" / "ci.toml", 'model = "chosen"\n')
    assert load_settings(chosen, tmp_path, {}).model == "chosen"
    py = _write(tmp_path / "p" / "pyproject.toml", '[tool.align]\nmodel = "py"\n')
    assert load_settings(py, tmp_path, {}).model == "py"
    with pytest.raises(AlignError, match="not found"):
        load_settings(tmp_path / "missing.toml", tmp_path, {})


def test_command_line_overrides_come_last(tmp_path: Path) -> None:
    _write(
        tmp_path / "align.toml",
        f'model = "e5-small"\nfail_on = "warning"\ndisable = ["{RULE_A}"]\nignore = ["a"]\n',
    )
    s = load_settings(
        None,
        tmp_path,
        {
            "model": "use",
            "fail_on": None,
            "split": None,
            "disabled_rules": frozenset({RULE_B}),
            "ignore": ["b"],
            "severity": {RULE_B: "info"},
        },
    )
    assert s.model == "use"  # given on the command line
    assert s.fail_on == "warning"  # None: not given, the file's value stays
    assert s.disabled_rules == frozenset({RULE_A, RULE_B})  # rule lists add up
    assert s.ignore_patterns == ("a", "b")
    assert dict(s.severity_overrides) == {RULE_B: Severity.INFO}
    with pytest.raises(ValueError):
        load_settings(None, tmp_path, {"no_such_setting": 1})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('modle = "use"\n', "unknown key 'modle'"),
        ("[tool]\nx = 1\n", "unknown key 'tool'"),
        ('mismatch_z = "high"\n', "mismatch_z must be a float"),
        ("coverage_min_chars = 2.5\n", "coverage_min_chars must be a int"),
        ("coverage_min_chars = true\n", "coverage_min_chars must be a int"),
        ('fail_on = "sometimes"\n', "fail_on must be one of"),
        ('disable = ["no-such-rule"]\n', "unknown rule 'no-such-rule' in disable"),
        ("disable = 3\n", "disable must be a list of strings"),
        (f'[severity]\n{RULE_A} = "fatal"\n', f"severity.{RULE_A} must be error, warning or info"),
        ('[severity]\nnope = "error"\n', "unknown rule 'nope' in severity"),
        ('ignore = ["(unclosed"]\n', "bad ignore pattern"),
        ('model = "use\n', "invalid TOML"),
    ],
)
def test_errors_name_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path / "align.toml", text)
    with pytest.raises(AlignError, match=message) as info:
        load_settings(None, tmp_path, {})
    assert str(path) in str(info.value)


def test_unknown_key_in_pyproject_names_the_table(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", "[tool.align]\nthreshold = 3\n")
    with pytest.raises(AlignError, match=r"pyproject.toml \[tool.align\]: unknown key 'threshold'"):
        load_settings(None, tmp_path, {})


def test_the_published_texts_settings_turn_only_word_level_meaning_rules_to_info() -> None:
    """samples/published.toml: the settings the README gives for published translations."""
    from align.rules import all_rules

    path = Path(__file__).resolve().parent.parent / "samples" / "published.toml"
    levels = dict(load_settings(path, path.parent, {}).severity_overrides)
    assert set(levels.values()) == {Severity.INFO}
    assert set(levels) == {"name-unmatched", "partial-addition", "partial-omission", "negation",
                           "antonym", "mismatch"}
    assert set(levels) <= {r.id for r in all_rules()}  # every id is a real rule
    # numbers, names, omissions and additions keep their own levels
    assert not {"number-missing", "number-mismatch", "name-missing", "omission"} & set(levels)
