"""A cheap English well-formedness signal: where a sentence has a gap a word was taken out of.

Not a parser. Each token gets the parts of speech it *may* have (lemminflect's lookup table for
open-class words, built once and cached on disk; hand lists for function words), and patterns
that English almost never allows mark a gap:

- between two tokens: a determiner with no noun ("the of", "receives a,"), a plural possessive
  or "of" before a verb ("villagers' were", "of can"), an empty list item (",,", "such as,"),
  a negated auxiliary or a modal with no verb ("don't if", "may different"), a manner adverb
  between a subject and a noun ("Rangers closely shooters"), a passive with no participle ("was
  secretly by");
- over a clause: a whole sentence's clause with words but no possible finite verb ("In early
  February, several people the discovery with different hardware"), a bare subject followed by
  what it says ("His research that the ..."), a subject whose first verb follows "and".

Each pattern was kept only if it fires on none of some 2,500 well-formed sentences (published
literary and TED translations, DEMETR's translations, the project's sample). Alone this is a
grammar checker; the partial-omission check pairs a gap with a Chinese word nothing renders.

    gaps(text) -> list[Gap]        the suspected gaps, with character offsets and the pattern
    word_tags(word) -> str         the parts of speech a word form may have (N V J R X)
"""

from __future__ import annotations

import importlib.util
import pickle
import re
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from align.lexicon.cache import write_cache_file
from align.lexicon.en import LETTER
from align.paths import cache_dir
from align.scripts import AUXILIARIES as AUXILIARIES  # the closed classes, importable here
from align.scripts import CONJUNCTIONS as CONJUNCTIONS
from align.scripts import DETERMINERS as DETERMINERS
from align.scripts import PREPOSITIONS as PREPOSITIONS
from align.scripts import is_title_case

FORMAT = 1
NOUN, VERB, ADJ, ADV, AUX = "N", "V", "J", "R", "X"
_UPOS = {"NOUN": NOUN, "PROPN": NOUN, "VERB": VERB, "ADJ": ADJ, "ADV": ADV, "AUX": AUX}

SUBORDINATORS = frozenset(
    "if whether because although though unless whereas while since until that which who whom "
    "whose".split()
)
NEGATED = frozenset(
    """don't doesn't didn't can't cannot couldn't won't wouldn't shouldn't isn't aren't wasn't
    weren't hasn't haven't hadn't mustn't""".split()
)
PRONOUNS = frozenset("i you he she it we they".split())
# Adverbs a translator puts before a noun phrase (focus, degree, hedges): "especially Earth".
FOCUS_ADVERBS = frozenset(
    """especially particularly mainly mostly only even nearly almost largely primarily exactly
    roughly approximately chiefly notably partly merely simply solely just also mostly namely
    respectively typically usually generally previously recently currently originally finally
    ultimately initially eventually additionally likewise similarly accordingly consequently
    subsequently meanwhile however therefore thus hence certainly possibly probably apparently
    reportedly allegedly clearly obviously absolutely relatively increasingly fully entirely
    completely totally highly extremely very directly immediately""".split()
)
TOKEN = re.compile(
    rf"(?:[A-Za-z]\.){{2,}}|[{LETTER}]+(?:[-'’][{LETTER}]+)*'?|\d+(?:[.,:]\d+)*|[^\s{LETTER}\d]")
_PUNCT = frozenset(",.;:!?)")


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int
    low: str
    tags: str  # parts of speech the form may have; "" for function words, punctuation, numbers


@dataclass(frozen=True)
class Gap:
    """A place in the English where a word seems to be missing: between tokens ``left`` and
    ``right`` (character offsets ``start`` and ``end`` bracket the two), found by ``pattern``."""

    start: int
    end: int
    left: str
    right: str
    pattern: str


# ------------------------------------------------------------------------------------- the table

def _table_path() -> Path:
    """The cached table, named by the format and the size and time of lemminflect's lemma
    lookup file (found without importing lemminflect, which costs 0.4 s)."""
    spec = importlib.util.find_spec("lemminflect")
    tag = "none"
    if spec is not None and spec.submodule_search_locations:
        source = Path(spec.submodule_search_locations[0]) / "resources" / "lemma_lu.csv.gz"
        if source.exists():
            st = source.stat()
            tag = f"{st.st_size}-{int(st.st_mtime)}"
    return cache_dir() / "lexicon" / f"syntax-f{FORMAT}-{tag}.pickle"


def _build() -> dict[str, str]:
    """Form -> the parts of speech lemminflect allows for it (its lemma table)."""
    from lemminflect import Lemmatizer

    lem = Lemmatizer()
    out: dict[str, str] = {}
    for form in list(lem._getLemmaDict()):  # the form list is only reachable this way
        letters = sorted({_UPOS[p] for p in lem.getAllLemmas(form) if p in _UPOS})
        if letters:
            out[form] = "".join(letters)
    return out


_LOADING = threading.Lock()


@cache
def _table() -> dict[str, str]:
    with _LOADING:
        path = _table_path()
        try:
            with open(path, "rb") as handle:
                data = pickle.load(handle)
            if isinstance(data, dict):
                return data
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            pass
        data = _build()
        # a read-only cache folder: work from memory
        write_cache_file(path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        return data


@lru_cache(maxsize=65536)
def word_tags(word: str) -> str:
    """The parts of speech a word form may have: letters of N (noun), V (verb), J (adjective),
    R (adverb), X (auxiliary); "" for a function word or a form the table lacks."""
    table = _table()
    found = table.get(word)
    if found is None and word[:1].isupper():
        found = table.get(word.lower())
    if found is None and "-" in word:
        prefix, _, rest = word.partition("-")
        if prefix.lower() in VERB_PREFIXES and rest:
            return word_tags(rest)  # co-chaired, re-elected: the word the prefix is put on
    return found or ""


# Bound prefixes English puts on a verb with a hyphen (co-chaired, re-elect, pre-empted,
# over-reached): the form may be what the unprefixed word may be. A closed class; free words
# before a hyphen (state-owned, well-known) make adjectives and are not here.
VERB_PREFIXES = frozenset("co re pre de dis mis un over under out inter counter".split())


# ---------------------------------------------------------------------------------------- tokens

def toks(text: str) -> list[Tok]:
    """Words, numbers and punctuation marks with offsets and possible parts of speech."""
    out = []
    for m in TOKEN.finditer(text):
        word = m.group().replace("’", "'")
        low = word.lower()
        tags = "" if low in _CLOSED else word_tags(word.rstrip("'"))
        out.append(Tok(m.group(), m.start(), m.end(), low, tags))
    return out


_CLOSED = (DETERMINERS | PREPOSITIONS | CONJUNCTIONS | SUBORDINATORS | AUXILIARIES | NEGATED
           | PRONOUNS | frozenset("to as than not no so there his her him them me us this".split())
           | frozenset("what how where why".split())
           | frozenset("many much few some any all each both either neither such another other "
                       "own one ones".split()))


def _possessive(ts: list[Tok], i: int) -> bool:
    """A plural possessive (villagers'), not a closing quote ('tramples')."""
    t = ts[i]
    return (t.low.endswith("s'") and len(t.low) > 3
            and not (i > 0 and ts[i - 1].text in ("'", "‘")))


def _after_verb(t: Tok) -> bool:
    """Whether a token may be a verb, or a word the table lacks (spake), so that what follows
    may be an inverted subject."""
    return _verbal(t) or (not t.tags and t.text.isalpha() and t.low not in _CLOSED)


def _noun_only(t: Tok) -> bool:
    return t.tags == NOUN


def _verbal(t: Tok) -> bool:
    return VERB in t.tags or AUX in t.tags or t.low in AUXILIARIES


def _abbreviation(text: str, t: Tok, b: Tok) -> bool:
    """A determiner-looking letter that is part of an abbreviation: a.m., A.M."""
    return b.text == "." and b.end < len(text) and text[b.end].isalpha()


def gaps(text: str) -> list[Gap]:
    """Suspected gaps in an English sentence, each with the pattern that found it."""
    ts = toks(text)
    out: list[Gap] = []
    n = len(ts)
    for i in range(n):
        a = ts[i]
        b = ts[i + 1] if i + 1 < n else None
        pattern = _pair(text, ts, i, a, b)
        if pattern:
            end = b.end if b is not None else a.end
            out.append(Gap(a.start, end, a.text, b.text if b is not None else "", pattern))
    out.extend(_verbless(text, ts))
    return out


_BE_HAVE = frozenset("is are was were has have had 's".split())
# What stands before a list's letter label ("a) 12 confirmed cases;" / "b) …"): the start of
# the text or of a line, or the separator after the item before it.
_LIST_LABEL_BEFORE = re.compile(r"(?:^|\n|[;:：；]\s*)[ \t]*$")
# Words that are a noun phrase's head after "the": "all the above", "the following:".
_NOMINAL_AFTER_THE = frozenset("above below following foregoing former latter".split())
_MODALS = frozenset("can could should must might shall".split())
_DO_NEGATED = frozenset(
    "don't doesn't didn't can't cannot couldn't won't wouldn't shouldn't mustn't".split())


def _pair(text: str, ts: list[Tok], i: int, a: Tok, b: Tok | None) -> str:
    """The pattern a gap between ``a`` and ``b`` (None: the end) matches, or ""."""
    if b is None:
        return ""  # the end of a bead's text may be a line the segmenter cut
    # A determiner with no noun after it: "the of", "receives a,", "its on".
    if a.low in DETERMINERS and not _abbreviation(text, a, b) and not (
            a.text == "A" and b.text in (":", ".", ")")) and not (  # "A: ..." labels an answer
            b.text in (")", ".") and _LIST_LABEL_BEFORE.search(text[:a.start])) and not (
            b.text == ")" and a.start and text[a.start - 1] == "(") and not (  # a list's (a)
            a.start and text[a.start - 1] in "'’") and not (  # "Xi 'an": a name's syllable
            a.start and text[a.start - 1].isdigit()) and not (  # "Section 12A of": a number's
            a.low == "the" and b.low in _NOMINAL_AFTER_THE):  # "All the above signalled"
        if b.text in _PUNCT or not (len(b.text) > 1 and b.text.isupper()) and (
                b.low in PREPOSITIONS or b.low in _BE_HAVE or b.low in CONJUNCTIONS
                or b.low in ("that", "which", "who", "whose")):
            return "det-no-noun"  # not "the WHO", "the US": an acronym is the noun
    # A plural possessive followed by a verb: "the villagers' were".
    if _possessive(ts, i) and (b.low in _BE_HAVE or b.low in _MODALS):
        return "possessive-no-noun"
    # "the administration of can accelerate".
    if a.low == "of" and b.low in _MODALS:
        return "of-modal"
    # Two commas, or nothing after "such as".
    if a.text == "," and b.text == ",":
        return "double-comma"
    if a.low == "as" and i > 0 and ts[i - 1].low == "such" and b.text in _PUNCT:
        return "such-as-nothing"
    # A negated do or modal with no verb: "I don't if you realize".
    if a.low in _DO_NEGATED and (b.low in SUBORDINATORS or b.low in DETERMINERS
                                 or b.low in PREPOSITIONS):
        return "aux-no-verb"
    # Subject, manner adverb, then a noun or a determiner: "Rangers closely shooters"; not a
    # capitalised word inside a name ("Apple Daily newspaper", "the China Daily website").
    if (ADV in a.tags and a.low.endswith("ly") and a.low not in FOCUS_ADVERBS and i > 0
            and not a.text[:1].isupper()
            and (NOUN in ts[i - 1].tags or ts[i - 1].low in PRONOUNS)
            and (not _verbal(ts[i - 1]) or ts[i - 1].text[:1].isupper())
            and (_noun_only(b) or b.low in DETERMINERS or b.text[:1].isdigit())):
        return "adverb-no-verb"
    # A subject pronoun running into a noun phrase: "Before it destroys" -> "Before he the
    # planet"; a modal before an object pronoun: "They can them".
    if (a.low in _SUBJECT_PRONOUNS and b.low in DETERMINERS | _DEMONSTRATIVES
            and "?" not in text[a.end:] and (i == 0 or not _after_verb(ts[i - 1]))
            and i + 2 < len(ts) and not ts[i + 2].text[:1].isupper()
            and not (a.low == "we" and b.low == "the")):
        # not an inversion ("said he the ...", "Am I my ...") nor an apposition ("we the People")
        return "pronoun-no-verb"
    if a.low in _MODALS | {"will", "would", "may"} and b.low in ("me", "him", "us", "them"):
        return "modal-no-verb"
    # A modal before an adjective: "citizens in the Middle East may different situations"
    # (not before a determiner: "Therefore shall a man leave" is an inversion).
    if (a.low in _MODALS | {"may", "will", "would"} and i > 0 and ts[i - 1].text[:1].isalpha()
            and "?" not in text[a.end:]
            and ts[i - 1].low not in _CLAUSE_OPENERS and ts[i - 1].low not in _CLOSED
            and b.tags == ADJ):
        return "modal-no-verb"
    # A passive with no participle: "The document was first publicly by John Nixon".
    if a.low in ("was", "were", "is", "are", "been") and i + 2 < len(ts):
        k = i + 1
        while k < len(ts) and ADV in ts[k].tags:
            k += 1
        if k < len(ts) and ts[k].low == "by" and any(
                ts[j].low.endswith("ly") for j in range(i + 1, k)):
            return "be-no-participle"
    return ""


# Words that open a clause of their own (its verb is its own, not the main clause's).
_CLAUSE_OPENERS = frozenset(
    """that which who whom whose when where why how what whether if because although though
    unless whereas while since until""".split()
)
# Openers whose clause must have its own verb; after the others ("that of its predecessors",
# "such as insects") a verbless stretch is common.
_CHECKED_OPENERS = frozenset("which who when because although unless whereas if".split())
_CONTRACTED = re.compile(r"'(?:re|m|ve|ll|d)$|^(?:it|he|she|that|there|here|what|who)'s$")
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_QUOTES = frozenset("\"'“‘:(")
_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())
_NOT_FINITE_AFTER = DETERMINERS | PREPOSITIONS | frozenset("to very more most such his her".split())


def _head_then_verb(ts: list[Tok], k: int) -> bool:
    """Whether token ``k``, an -s form that may be a verb, follows a word that may be an
    adjective or a noun (economy, chief, public) which itself follows a determiner or an
    adjective: that word heads its noun phrase, so ``k`` is its verb ("The European economy
    faces …", "the chief plans …"), not a noun it qualifies ("different hardware")."""
    t = ts[k]
    if k < 2 or VERB not in t.tags or not t.low.endswith("s") or t.low.endswith("ss"):
        return False
    two = ts[k - 2]
    return two.low in DETERMINERS or ADJ in two.tags or (
        two.text[:1].isupper() and two.text.isalpha() and k - 2 > 0)


def _finite(ts: list[Tok], k: int) -> bool:
    """Whether token ``k`` may be the finite verb of its clause (generously: a false yes only
    costs a missed gap)."""
    t = ts[k]
    if t.low in AUXILIARIES or t.low in NEGATED or t.low in _BE_HAVE or _CONTRACTED.search(t.low):
        return True
    if not t.tags and t.text.isalpha() and t.text.islower() and t.low not in _CLOSED:
        return True  # a word the table lacks may be a verb it does not know (spake, tillest)
    if not (VERB in t.tags or AUX in t.tags):
        return False
    if t.low in ENUMERATORS and k + 1 < len(ts) and ts[k + 1].text in (",", ":"):
        return False  # "Second, ...": a list number, not the verb "to second"
    if k > 0 and t.text[:1].isupper() and ts[k - 1].text not in _QUOTES:
        return False  # a name or a title word mid-sentence
    if k > 0:
        before = ts[k - 1]
        if (before.low in _NOT_FINITE_AFTER or _possessive(ts, k - 1)
                or (before.text[:1].isdigit() and not _YEAR.match(before.text))):
            return False
        if (before.tags == ADJ or (before.tags == ADJ + NOUN and NOUN in t.tags
                                   and not _head_then_verb(ts, k))) and (
                before.low not in _NUMBERS and not before.text[:1].isupper()):
            return False  # "local time", "different hardware": a noun after an adjective
    if t.low.endswith("ing"):
        return False  # a participle; its auxiliary (is, was) counts on its own
    return True


def _bare_subject(ts: list[Tok], clause: list[int]) -> bool:
    """Whether a clause is a bare noun phrase after any fronted adverbial ("On the afternoon of
    July 17, Chen Guangming"): no verb anywhere, and its last comma-free stretch starts as a
    subject does (a determiner, a name, a noun), not as an adverbial (After that, However)."""
    if not clause or any(_finite(ts, k) for k in clause):
        return False
    commas = [n for n, k in enumerate(clause) if ts[k].text == ","]
    tail = clause[commas[-1] + 1:] if commas else clause
    if not tail:
        return False
    first = ts[tail[0]]
    if first.low in DETERMINERS or first.low in ("his", "her"):
        return len(tail) >= 2
    if first.low in _SUBJECT_PRONOUNS:
        return len(tail) == 1  # "He that nature would ...": a pronoun alone
    return (NOUN in first.tags and VERB not in first.tags and ADV not in first.tags) or (
        not first.tags and first.text[:1].isupper() and first.low not in _CLOSED)


_DEMONSTRATIVES = frozenset("this these those".split())
_SUBJECT_PRONOUNS = frozenset("i he she we they".split())
_SENTENCE_OPENERS = frozenset("when if because although though while once unless whereas".split())
_SAYS = frozenset("that if whether how".split())


def _clauses(ts: list[Tok]) -> list[list[int]]:
    """Token indices of each clause: split before a word that opens a clause of its own, after
    a leading subordinate clause's comma ("When ..., it"), and at ", and", ";" and ":"; what
    is in brackets is left out (a bracket that never closes is not one: a cut sentence)."""
    depth, keep = 0, []
    for k, t in enumerate(ts):
        depth += t.text == "("
        if depth == 0:
            keep.append(k)
        depth -= t.text == ")" and depth > 0
    if depth:
        keep = [k for k, t in enumerate(ts) if t.text not in "()"]
    clauses: list[list[int]] = [[]]
    leading = (len(keep) > 1 and ts[keep[0]].low in _SENTENCE_OPENERS
               and ts[keep[1]].low != "to" and not ts[keep[1]].low.endswith(("ing", "ed")))
    quoted = False  # inside a quotation ("Focusing on people: striving for ..."), a title
    for k in keep:
        t = ts[k]
        if t.text in _QUOTE_MARKS:
            quoted = t.text != "”" and (t.text == "“" or not quoted)
        opens = t.low in _CLAUSE_OPENERS and k != keep[0]
        joins = t.low in CONJUNCTIONS and k > 0 and ts[k - 1].text in (",", ";")
        if not quoted and (opens or joins or t.text in (";", ":")):
            clauses.append([])
        clauses[-1].append(k)
        if leading and t.text == "," and len(clauses) == 1:
            clauses.append([])
            leading = False
    return [c for c in clauses if c]


_QUOTE_MARKS = frozenset('"“”')
_SUBORDINATE = frozenset("when if because although though while since after before until unless "
                         "whereas once".split())


def _likely_verb(ts: list[Tok], j: int) -> bool:
    """A finite verb more surely than ``_finite`` says: an auxiliary, a word that is only a
    verb, or a noun-or-verb form in -s or -ed not after a participle ("sound comes", but
    "confirmed cases")."""
    t = ts[j]
    if not _finite(ts, j) or not (t.tags or t.low in _BE_HAVE or t.low in AUXILIARIES):
        return False  # a word the table lacks is not surely a verb
    if NOUN not in t.tags or t.low in _BE_HAVE:
        return True
    before = ts[j - 1].low if j else ""
    return t.low.endswith(("s", "ed")) and not before.endswith(("ed", "ing"))


def _own_verb_after(ts: list[Tok], k: int) -> bool:
    """Whether the words after ``k`` hold two finite verbs with no conjunction between them:
    "The idea that the universe can emit a sound comes from ...": the second is the subject's
    own verb, so the subject is not bare."""
    groups, last, joined, inner = 0, -2, False, False
    for j in range(k + 1, len(ts)):
        if ts[j].low in _SUBORDINATE:
            inner = True  # "when the outbreak occurred in 2002, China was": up to the comma
        elif ts[j].text == ",":
            inner = False
        if inner:
            continue
        if ts[j].low in CONJUNCTIONS:
            joined = True
        if _likely_verb(ts, j):
            if (j > last + 1 and not (ADV in ts[j - 1].tags and last == j - 2)) or (
                    j == last + 1 and ts[last].low not in AUXILIARIES | NEGATED):
                # a new verb group; right after a lexical verb, a verb starts one too ("the
                # vibrancy that this city displays is"), after an auxiliary it does not
                if groups and not joined:
                    return True
                groups += 1
                joined = False
            last = j
    return False


_GREETINGS = frozenset("dear ladies gentlemen morning afternoon evening welcome thanks thank hello "
                       "congratulations".split())


def _not_a_clause(text: str, ts: list[Tok], c: list[int]) -> bool:
    """Stretches that need no verb: a list after a colon, a greeting ("Dear members of the
    press, good afternoon"), a heading (a line break inside), a fronted phrase before a
    clause of its own ("In this season of early summer when ...")."""
    if ts[c[0]].text in (";", ":") or any(ts[k].low in _GREETINGS for k in c):
        return True
    if "\n" in text[ts[c[0]].start:ts[c[-1]].end]:
        return True
    if _list_heading(ts, c):
        return True
    last = c[-1] + 1
    return (ts[c[0]].low in PREPOSITIONS and not any(ts[k].text == "," for k in c)
            and last < len(ts) and ts[last].low in _CLAUSE_OPENERS)


# Words that number the items of a list ("First, greater consensus ...; Second, ...").
ENUMERATORS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth firstly secondly thirdly
    fourthly fifthly finally lastly""".split()
)


def _list_heading(ts: list[Tok], c: list[int]) -> bool:
    """A numbered list item said as a bare noun phrase ("First, greater consensus for
    China-Africa cooperation."): official translations render 一是… this way, as headings are.
    Only when the phrase opens with a lower-case open-class word, not a determiner, pronoun or
    name, which is where a clause with its verb taken out ("First, we greater ...", "First, the
    expo greater ...") opens."""
    if len(c) < 3 or ts[c[0]].low not in ENUMERATORS or ts[c[1]].text not in (",", ":"):
        return False
    head = ts[c[2]]
    return head.text[:1].islower() and head.low not in _CLOSED and bool(head.tags)


HEADING_WORDS = 15  # a title-case stretch longer than this is a sentence of names, no heading


def _elliptical(ts: list[Tok], c: list[int]) -> bool:
    """A leading subordinate clause that leaves out its subject and "be" ("Though just a small
    town in the Alps, Davos is ...", "While in Beijing, ...", "If necessary, ...", "Once
    complete, ..."): after the opener and any adverbs comes a predicate (an indefinite noun
    phrase, an adjective, a preposition, a participle), not a subject (the, a name, a pronoun),
    and a clause with its own verb follows."""
    k = 1
    while k < len(c) and ADV in ts[c[k]].tags and (
            ADJ not in ts[c[k]].tags or ts[c[k]].low in FOCUS_ADVERBS):  # just, only: adverbs
        k += 1
    if k >= len(c) or c[-1] + 1 >= len(ts) or not any(
            _finite(ts, j) for j in range(c[-1] + 1, len(ts))):
        return False
    t = ts[c[k]]
    if any(ts[j].low in DETERMINERS and ts[j - 1].low not in PREPOSITIONS
           and ts[j - 1].text != "," for j in c[k + 1:]):
        return False  # a second noun phrase with no preposition: "When a satellite in space a
        # call, ...", a subject and an object whose verb is gone
    return (t.low in ("a", "an") or t.low in PREPOSITIONS or t.tags == ADJ
            or t.low.endswith(("ed", "ing")) and VERB in t.tags)


_ASIDE_OPENERS = frozenset("while whilst though although when if once which who whose".split())
_RELATIVES = frozenset("which who whose".split())  # an aside with a verb of its own


def _predicate_after_aside(ts: list[Tok], c: list[int]) -> bool:
    """Whether clause ``c`` is an aside that the predicate of the clause before it follows:
    "Artificial intelligence, while providing benefits to society, has also brought
    uncertainty."; "China, which has enjoyed stability, is attracting attention." The aside
    opens with a subordinator and a non-finite or verbless phrase, or is a relative clause;
    after its comma, the next word is a finite verb, whose subject is the clause before."""
    if ts[c[0]].low not in _ASIDE_OPENERS or len(c) < 2:
        return False
    second = ts[c[1]]
    participle = (VERB in second.tags and second.low.endswith(("ing", "ed"))
                  or ts[c[0]].low in _RELATIVES)  # "China, which has grown, is …"
    for a, b in zip(c, c[1:], strict=False):
        if not participle and a != c[0] and _finite(ts, a):
            return False  # the aside has its own verb: "while prices rose, …"
        if ts[a].text == ",":
            return _finite(ts, b)
    return False


def _verbless(text: str, ts: list[Tok]) -> list[Gap]:
    """Clauses of a whole sentence (ending in . or ?) with words but no possible finite verb:
    "In early February, several people the discovery with different hardware.", and a bare
    subject followed by what it says: "His research that the administration of ...".

    A conjunct after ", and" is a clause of its own only if it has a verb (else it continues a
    list: "..., and 80 new cases in Aichi"); so is a clause after a word whose clause may lack
    a verb ("that of its predecessors")."""
    if not ts or ts[-1].text not in (".", "?") or (
            is_title_case(text) and len(text.split()) <= HEADING_WORDS):
        return []  # not a whole sentence, or a heading ("Progress Made in Various Fields.")
    start = next((t for t in ts if t.text[:1].isalnum()), None)
    if start is None or not start.text[:1].isupper() or start.low.endswith("ing"):
        return []  # a piece of a sentence the segmenter cut, or a title ("Understanding China")
    clauses = _clauses(ts)
    if not clauses:
        return []
    out: list[Gap] = []
    first = clauses[0]
    if len(clauses) > 1 and _bare_subject(ts, first):
        nxt = clauses[1][0]
        after = ts[nxt + 1] if nxt + 1 < len(ts) else None
        if ts[nxt].low in _SAYS and after is not None and (
                after.low in DETERMINERS or after.low in PRONOUNS or after.low in _DEMONSTRATIVES
                or after.low in _CLAUSE_OPENERS or after.text[:1].isupper()
                or after.text[:1].isdigit() or ts[nxt].low != "that") and not _own_verb_after(
                ts, nxt):
            out.append(Gap(ts[first[0]].start, ts[nxt].end, ts[first[0]].text, ts[nxt].text,
                           "subject-that"))
    if not out:
        for n, k in enumerate(first[1:], 1):
            t = ts[k]
            if t.low == "and" and ts[k - 1].text != "," and k + 1 < len(ts) and (
                    ts[k + 1].tags == VERB and ts[k + 1].low.endswith("ed")
                    and _bare_subject(ts, first[:n])):
                # "The Chengdu US Consulate in 1985 and covered ...": the first verb is missing
                out.append(Gap(ts[first[0]].start, ts[k + 1].end, ts[first[0]].text,
                               ts[k + 1].text, "subject-and"))
                break
    merged: list[list[int]] = []
    for c in clauses:
        opener = ts[c[0]].low
        if merged and opener in CONJUNCTIONS and len(c) > 1 and ts[c[1]].low not in PRONOUNS and (
                not any(_finite(ts, k) for k in merged[-1])):
            merged[-1].extend(c)  # "X, General Secretary ..., and the other members met": one
            continue              # subject, coordinated

        if merged and opener not in (";", ":") and not any(_finite(ts, k) for k in c) and (
                opener in CONJUNCTIONS or opener not in _CHECKED_OPENERS):
            merged[-1].extend(c)  # a list's last item, or a clause we do not judge
        else:
            merged.append(c)
    for n, c in enumerate(merged):
        words = [k for k in c if ts[k].text[:1].isalpha() and ts[k].low not in _CLOSED]
        if _not_a_clause(text, ts, c):
            continue
        if n + 1 < len(merged) and _predicate_after_aside(ts, merged[n + 1]):
            continue  # "AI, while bringing benefits, has also brought …": its verb comes later
        leading = c[0] == 0 and ts[0].low in _SENTENCE_OPENERS
        if leading and _elliptical(ts, c):
            continue
        if len(words) >= (3 if leading else 5) and not any(
                _finite(ts, k) for k in c):
            if out and out[0].start == ts[c[0]].start:
                continue
            out.append(Gap(ts[c[0]].start, ts[c[-1]].end, ts[c[0]].text, ts[c[-1]].text,
                           "no-verb"))
    return out
