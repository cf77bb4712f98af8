"""English tokens, lemmas and function words.

Lemmas come from lemminflect's lookup table, copied into the lexicon's cached index at build time
(see ``dictionary``), so reading English needs no lemminflect import at run time. A token keeps
every lemma the table allows ("rose" is both *rise* and *rose*): matching against dictionary
glosses wants recall, and a check can ask for the exact token anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from align.scripts import unaccented

# Latin letters, accented ones included (González, Çavuşoğlu, Nguyễn): a name keeps its spelling
# whole rather than breaking at its first accent.
LETTER = "A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ"
# Words, acronyms with dots (U.S., U.N.), hyphenated words, contractions; numbers as one token.
TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    rf"|\d*[{LETTER}][{LETTER}0-9]*(?:[-'’][{LETTER}0-9]+)*"
    r"|\d+(?:[.,]\d+)*"
)

# Function words: what no content word of the Chinese is expected to account for.
STOPWORDS: frozenset[str] = frozenset(
    """
    a an the this that these those some any each every all both either neither such what which
    who whom whose whatever whichever it its itself they them their theirs themselves we us our
    ours ourselves you your yours yourself yourselves he him his himself she her hers herself i me
    my mine myself one ones other another be am is are was were been being do does did done doing
    have has had having will would shall should can could may might must ought need dare
    and or but nor so yet if then than as because since while whereas although though unless until
    whether of in on at by for with without from to into onto upon about above below over under
    between among through throughout during before after against within across along around
    behind beyond toward towards via per up down out off again further once here there where
    when why how not no never very too also just only even still already more most less least
    much many few lot lots own same s t n't 's 'll 're 've 'd let get got make made take took
    well like including include etc
    """.split()
)

# Number words are the number engine's business, not content words here.
NUMBER_WORDS: frozenset[str] = frozenset(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion trillion half percent per cent first second third fourth
    fifth sixth seventh eighth ninth tenth dozen dozens hundreds thousands millions billions
    """.split()
)

_SUFFIXES = (
    "izations",
    "isations",
    "ization",
    "isation",
    "ational",
    "ations",
    "ation",
    "ments",
    "ment",
    "nesses",
    "ness",
    "ities",
    "ity",
    "ically",
    "ical",
    "ists",
    "ist",
    "isms",
    "ism",
    "ives",
    "ive",
    "ic",
    "ous",
    "ance",
    "ence",
    "ant",
    "ent",
    "als",
    "al",
    "ers",
    "er",
    "ly",
    "th",
    "ing",
    "ed",
    "es",
    "s",
    "y",
    "e",
)


@dataclass(frozen=True)
class EnToken:
    """One English token: its text as written, character offsets and candidate lemmas."""

    text: str
    start: int
    end: int
    lemmas: tuple[str, ...]
    content: bool


def is_acronym(word: str) -> bool:
    """US, UN, WHO, CCTV: kept upper case so "US" never meets the pronoun "us"."""
    return len(word) >= 2 and word.isupper() and word.isalpha()


@lru_cache(maxsize=65536)
def stem(lemma: str) -> str:
    """A crude derivational stem, so economy ~ economic and grow ~ growth meet.

    Used only as a weaker match after lemmas; four letters are always kept.
    """
    if not lemma.islower() or len(lemma) <= 4:
        return lemma
    for suffix in _SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4:
            return lemma[: -len(suffix)]
    return lemma


def lemmas_of(word: str, table: dict[str, str]) -> tuple[str, ...]:
    """Every lemma of a word form (lower case, acronyms kept upper case).

    ``table`` maps an inflected form to its space-joined lemmas (built from lemminflect);
    an unknown form ending in -s also offers its singular.
    """
    if "." in word:
        word = word.replace(".", "")
    if is_acronym(word):
        return (word,)
    low = word.lower().replace("’", "'")
    if not low.isascii():
        low = unaccented(low)  # café as cafe, González as gonzalez: the table is unaccented
    found = table.get(low)
    if found is not None:
        return tuple(found.split())
    if len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
        return (low, low[:-3] + "y" if low.endswith("ies") else low[:-1])
    return (low,)


def tokens(text: str, table: dict[str, str]) -> list[EnToken]:
    """Tokens with offsets, lemmas and whether each is a content word."""
    out: list[EnToken] = []
    for m in TOKEN.finditer(text):
        word = m.group()
        if not any(c.isalpha() for c in word):
            out.append(EnToken(word, m.start(), m.end(), (), False))
            continue
        low = word.lower().replace("’", "'")
        if low.endswith("'s"):  # China's: the possessive says nothing
            word, low = word[:-2], low[:-2]
        if low.endswith("n't") or not word:
            out.append(EnToken(m.group(), m.start(), m.end(), (low,), False))
            continue
        lemmas = lemmas_of(word, table)
        if "-" in word:  # high-quality: the whole and each part
            parts = [lemma for p in word.split("-") if p for lemma in lemmas_of(p, table)]
            lemmas = tuple(dict.fromkeys((*lemmas, *parts)))
        content = (
            low not in STOPWORDS
            and low not in NUMBER_WORDS
            and not (lemmas and lemmas[0] in STOPWORDS)
            and len(low) > 1
        ) or is_acronym(word)
        out.append(EnToken(m.group(), m.start(), m.end(), lemmas, content))
    return out
