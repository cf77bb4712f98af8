"""Settings from a configuration file, then command-line values on top.

The file is ``align.toml`` (keys at the top level) or the ``[tool.align]`` table of
``pyproject.toml``, found in the starting folder or the nearest parent that has one::

    model = "use"                 # any align.model.Settings field: model, split, fail_on,
    fail_on = "warning"           # mismatch_z, mismatch_max_score, coverage_min_chars, ...
    mismatch_z = 4.0              # (dashes work too: fail-on)
    select = ["number", "omission"]  # only these rules run (a rule id, or a family: number-*)
    disable = ["addition"]        # rule ids (or families) that do not run
    ignore = ["^Thank you"]       # findings whose Chinese or English text matches are dropped

    [terms]                       # glossary: [tool.align.terms] in pyproject.toml
    "新型工业化" = "new industrialization"
    "专精特新" = ["specialized and sophisticated", "SRDI"]   # any of these is accepted

    [severity]                    # [tool.align.severity] in pyproject.toml
    number-extra = "error"

An unknown key, a value of the wrong type, an unknown rule id or a bad pattern is an error that
names the file and the key: a typo must never silently leave a rule on.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import fields, replace
from pathlib import Path

from align.model import FAIL_ON, AlignError, Settings, Severity

CONFIG_FILE = "align.toml"
PYPROJECT = "pyproject.toml"

# Settings fields set through their own keys below, not by name.
_RULE_FIELDS = {"disabled_rules", "severity_overrides", "ignore_patterns", "terms"}
_CHOICES = {"split": ("sentences", "lines"), "fail_on": FAIL_ON}
# (lowest, highest) allowed for each number setting; nan and infinities never are.
_RANGES = {
    "mismatch_z": (0.0, 100.0),
    "mismatch_max_score": (-1.0, 1.0),
    "coverage_min_chars": (0, 100_000),
    "merge_min_gain": (0.0, 1.0),
}
_RULE_KEYS = ("select", "disable", "severity", "ignore", "terms")
_ALIASES = {
    "disabled_rules": "disable",
    "severity_overrides": "severity",
    "ignore_patterns": "ignore",
}


def find_config(start: Path) -> tuple[Path, dict] | None:
    """The nearest ``align.toml``, or ``pyproject.toml`` with a ``[tool.align]`` table, in
    ``start`` or its parents, with its table; None when there is none."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for d in (folder, *folder.parents):
        if (d / CONFIG_FILE).is_file():
            return d / CONFIG_FILE, read_toml(d / CONFIG_FILE)
        if (d / PYPROJECT).is_file():
            table = read_toml(d / PYPROJECT).get("tool", {}).get("align")
            if table is not None:
                return d / PYPROJECT, _table(table, d / PYPROJECT)
    return None


def load_settings(config: Path | None, start: Path, overrides: dict[str, object]) -> Settings:
    """Defaults, then the config file (``config``, or the one found from ``start``), then
    ``overrides`` (command-line values; None means not given).

    Override keys are Settings field names or ``select``/``disable``/``severity``/``ignore``;
    the last three (also accepted as ``disabled_rules``/``severity_overrides``/
    ``ignore_patterns``) add to what the file says rather than replacing it, while a ``select``
    given on the command line replaces the file's. ``select`` and ``disable`` take rule ids or
    families (``number`` is every ``number-*`` rule); what is not selected is disabled.
    """
    if config is not None:
        if not config.is_file():
            raise AlignError(f"config file not found: {config}")
        data = read_toml(config)
        if config.name == PYPROJECT:
            data = _table(data.get("tool", {}).get("align", {}), config)
        found: tuple[Path, dict] | None = (config, data)
    else:
        found = find_config(start)
    settings = Settings()
    selected: list[str] | None = None
    if found is not None:
        path, table = found
        source = f"{path} [tool.align]" if path.name == PYPROJECT else str(path)
        settings = _apply(settings, table, source, extend=False)
        if "select" in table:
            selected = _rule_ids(_strings(table["select"], "select", source), "select", source)
    given = {_ALIASES.get(k, k): v for k, v in overrides.items() if v is not None}
    if isinstance(given.get("severity"), tuple | list):
        given["severity"] = dict(given["severity"])
    for key in given:
        if _field(key) is None and key not in _RULE_KEYS:
            raise ValueError(f"unknown settings override {key!r}")
    settings = _apply(settings, given, "command line", extend=True)
    if "select" in given:
        selected = _rule_ids(_strings(given["select"], "select", "command line"), "select",
                             "command line")
    if selected is not None:
        from align.rules import all_rules

        off = frozenset(r.id for r in all_rules()) - frozenset(selected)
        settings = replace(settings, disabled_rules=settings.disabled_rules | off)
    return settings


def read_toml(path: Path, what: str = "file") -> dict:
    """A TOML file's table; every way it can be unreadable is one ``AlignError`` line."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise AlignError(f"{what} not found: {path}") from None
    except tomllib.TOMLDecodeError as e:
        raise AlignError(f"{path}: invalid TOML: {e}") from None
    except UnicodeDecodeError as e:
        raise AlignError(f"{path}: not UTF-8 (byte {e.start}); TOML files are UTF-8") from None
    except RecursionError:
        raise AlignError(f"{path}: invalid TOML: nested too deeply") from None
    except OSError as e:
        raise AlignError(f"cannot read {path}: {e.strerror}") from None


def _table(value: object, path: Path) -> dict:
    if not isinstance(value, dict):
        raise AlignError(f"{path}: [tool.align] must be a table")
    return value


def _field(key: str) -> str | None:
    name = key.replace("-", "_")
    names = {f.name for f in fields(Settings)} - _RULE_FIELDS
    return name if name in names else None


def _apply(settings: Settings, data: dict, source: str, extend: bool) -> Settings:
    changes: dict[str, object] = {}
    for key, value in data.items():
        if key in _RULE_KEYS:
            continue
        name = _field(key)
        if name is None:
            raise AlignError(f"{source}: unknown key {key!r}")
        changes[name] = _value(name, value, getattr(settings, name), key, source)
    if "disable" in data:
        ids = _rule_ids(_strings(data["disable"], "disable", source), "disable", source)
        base = settings.disabled_rules if extend else frozenset()
        changes["disabled_rules"] = base | frozenset(ids)
    if "severity" in data:
        levels = dict(settings.severity_overrides) if extend else {}
        levels.update(_severities(data["severity"], source))
        changes["severity_overrides"] = tuple(sorted(levels.items()))
    if "ignore" in data:
        patterns = _strings(data["ignore"], "ignore", source)
        for p in patterns:
            try:
                re.compile(p)
            except re.error as e:
                raise AlignError(f"{source}: bad ignore pattern {p!r}: {e}") from None
        base = settings.ignore_patterns if extend else ()
        changes["ignore_patterns"] = tuple(dict.fromkeys((*base, *patterns)))
    if "terms" in data:
        glossary = dict(settings.terms) if extend else {}
        glossary.update(_terms(data["terms"], source))
        changes["terms"] = tuple(sorted(glossary.items()))
    return replace(settings, **changes)


def _terms(value: object, source: str) -> dict[str, tuple[str, ...]]:
    """The glossary table: Chinese term = "English" or ["English", "accepted variant", ...]."""
    if not isinstance(value, dict):
        raise AlignError(f"{source}: terms must be a table of Chinese term = English rendering(s)")
    out = {}
    for zh, en in value.items():
        renderings = _strings(en, f"terms.{zh}", source)
        if not zh.strip() or not renderings or not all(r.strip() for r in renderings):
            raise AlignError(f"{source}: terms.{zh} needs a Chinese term and an English rendering")
        out[zh.strip()] = tuple(r.strip() for r in renderings)
    return out


def _value(name: str, value: object, default: object, key: str, source: str) -> object:
    kind = type(default)
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value, ok = float(value), True
    if not ok:
        raise AlignError(f"{source}: {key} must be a {kind.__name__}, not {value!r}")
    limits = _RANGES.get(name)
    if kind in (int, float) and not math.isfinite(value):
        raise AlignError(f"{source}: {key} must be a finite number, not {value!r}")
    if limits and not limits[0] <= value <= limits[1]:
        raise AlignError(f"{source}: {key} must be between {limits[0]} and {limits[1]}, "
                         f"not {value!r}")
    choices = _CHOICES.get(name)
    if choices and value not in choices:
        raise AlignError(f"{source}: {key} must be one of {', '.join(choices)}, not {value!r}")
    return value


def _strings(value: object, key: str, source: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple | set | frozenset) or not all(
        isinstance(v, str) for v in value
    ):
        raise AlignError(f"{source}: {key} must be a list of strings")
    return list(value)


def _rule_ids(ids: list[str], key: str, source: str, families: bool = True) -> list[str]:
    """The rule ids ``ids`` names: each a registered id or, with ``families``, a family prefix
    (``number`` -> every ``number-*`` rule). An unknown name is an error."""
    from align.rules import all_rules

    known = [r.id for r in all_rules()]
    out: list[str] = []
    for rule_id in ids:
        rule_id = rule_id.strip()
        family = [k for k in known if families and k.startswith(rule_id + "-")]
        if rule_id in known:
            out.append(rule_id)
        elif family:
            out += family
        else:
            raise AlignError(
                f"{source}: unknown rule {rule_id!r} in {key} (known: {', '.join(sorted(known))})"
            )
    return list(dict.fromkeys(out))


def _severities(value: object, source: str) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise AlignError(f"{source}: severity must be a table of rule = level")
    _rule_ids(list(value), "severity", source, families=False)
    out = {}
    for rule_id, level in value.items():
        if level not in ("error", "warning", "info"):
            raise AlignError(
                f"{source}: severity.{rule_id} must be error, warning or info, not {level!r}"
            )
        out[rule_id] = Severity(level)
    return out
