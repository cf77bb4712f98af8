"""English sentence boundaries.

A full stop, question or exclamation mark (plus any closing quotes or brackets) followed by
space ends a sentence, unless the word before it is an abbreviation (Mr., No., e.g.), an initial
(J. K. Rowling), or the next word starts in lower case. Decimals (4.49) never split because no
space follows the dot. A list label opening the paragraph ("3.", "IV.", "(a)") is not a sentence
of its own, nor is a mark with no word before it (a bullet the page lost as "?": "? GDP growth
of around 6.5 percent"). Sentences run together without a space, as copied web pages often have them
("welcoming you all.Thank you", "I agree.38 years ago"), are split where a lower-case word of two
letters or more ends with a full stop, question or exclamation mark right before a capitalised
word or a number.
"""

from __future__ import annotations

import re

# Abbreviations that are never the end of a sentence in running text.
_NEVER_FINAL = frozenset(
    """mr mrs ms dr prof st no nos vs e.g i.e gen sen rep gov jr sr fig figs vol pp art sec
    approx dept mt ft capt lt col sgt rev hon messrs cf al op ch para tel pt pts
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Abbreviations that may end a sentence; a split is made only before a typical sentence opener.
_MAYBE_FINAL = frozenset("etc inc ltd co corp bros u.s u.k u.n e.u p.m a.m".split())
_OPENERS = frozenset(
    """the this that these those it its we i he she they you our there here in on at for
    but and so yet however meanwhile also as a an if when while what how why who after before
    since since during according moreover furthermore besides thank thanks""".split()
)

_CLOSERS = "\"'”’)]}»"
_CANDIDATE = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=\s)")
# Sentences glued without a space: "all.Thank you", "agree.38 years" (not "e.g.The", "U.S.A").
_GLUED = re.compile(r"(?<=[a-z]{2})[.!?]+(?=[A-Z][a-z]|[A-Z]\s|\d{1,3}\s)")
_LABEL = re.compile(r"\s*(?:\(?\d{1,2}|\(?[a-z]|[IVXivx]{1,5})[.)]?")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_LABEL_MAX = 16
# Every look around a candidate boundary reads at most this many characters on either side, so
# splitting one long paragraph stays linear in its length.
_WINDOW = 64
_NEXT_WORD = re.compile(r"\S")
_WORDY = re.compile(r"\w")
# A decimal point a page parted from its digits by a space ("$1. 275 billion"): one to three
# digits before it, and after it the digits of a fraction and a scale word; the quantity
# engine reads the same form as one number (``align.numbers.en``).
_SPLIT_DECIMAL = re.compile(r"(?<![\d,])\d{1,3}\.$")
_DECIMAL_REST = re.compile(r"\d{1,3}\s+(?:million|billion|trillion)\b")


def split_en(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph of English text."""
    spans: list[tuple[int, int]] = []
    start = 0
    candidates = sorted([*_CANDIDATE.finditer(text), *_GLUED.finditer(text)],
                        key=lambda m: m.start())
    for m in candidates:
        if m.end() <= start:
            continue
        if m.end() - start <= _LABEL_MAX and _LABEL.fullmatch(text[start : m.end()]):
            continue  # "3. China is ...": a list label, not a sentence
        if m.re is _GLUED and not _glued_boundary(text, m):
            continue
        if not _WORDY.search(text, start, m.start()):
            continue  # "? GDP growth …": a mark with no word before it is a lost bullet
        if m.re is _GLUED or _is_boundary(text, m):
            if text[start : m.end()].strip():
                spans.append((start, m.end()))
            start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _glued_boundary(text: str, m: re.Match[str]) -> bool:
    """A glued boundary unless the word before it is an abbreviation ("approx.5")."""
    w = re.search(r"([A-Za-z]+)$", text[max(0, m.start() - _WINDOW) : m.start()])
    return not (w and w.group(1).lower() in _NEVER_FINAL | _MAYBE_FINAL)


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    nxt_at = _NEXT_WORD.search(text, m.end())
    if nxt_at is None:
        return True
    rest = text[nxt_at.start() : nxt_at.start() + _WINDOW]
    nxt = rest[0]
    if nxt.islower() or nxt in ":;,":
        return False  # no sentence opens with a colon: "Tel. : (852) 2582 4733" is one line
    punct = m.group(0).rstrip(_CLOSERS)
    if punct == m.group(0) and _inside_short_quote(text, m.start(), m.end()):
        return False  # the theme was "Dream big. Together we reach the top.": one slogan
    if not punct.endswith("."):
        return True
    if punct == "." and _DECIMAL_REST.match(rest) and _SPLIT_DECIMAL.search(
            text[max(0, m.start() - 8) : m.start() + 1]):
        return False  # "$1. 275 billion": a decimal point a stray space parted from its digits
    if punct.endswith(".."):  # ellipsis "..." before a capital: a boundary
        return True
    w = _WORD_BEFORE.search(text[max(0, m.start() + 1 - _WINDOW) : m.start() + 1])
    if not w:
        return True
    word = w.group(1).lower()
    if word in _NEVER_FINAL:
        return False
    if len(word) == 1 and w.group(1).isupper():  # an initial: "J. K. Rowling"
        return False
    if w.group(1) == "Cap" and nxt.isdigit():  # "(Cap. 443)": a chapter of Hong Kong's laws
        return False
    if word in _MAYBE_FINAL or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        first = re.match(r"[A-Za-z']+", rest)
        return bool(first) and first.group(0).lower() in _OPENERS
    return True


# A short quotation (a slogan, a motto, a title) with a full stop inside it: the quotation is
# one piece of its sentence. Only a quotation that opens and closes on either side within
# ``_QUOTE_REACH`` characters counts; a long quoted speech keeps its sentences.
_QUOTE_REACH = 60
_OPENING_QUOTE = re.compile(r'(?:^|(?<=[\s(]))["“](?=\S)')
_CLOSING_QUOTE = re.compile(r'(?<=\S)["”](?=[\s.,;:!?)]|$)')


def _inside_short_quote(text: str, start: int, end: int) -> bool:
    """Whether the mark at ``start:end`` lies inside a short quotation: a quotation mark opens
    it no more than ``_QUOTE_REACH`` characters before, with none closing in between, and one
    closes it as near after, with no line break on the way."""
    lo = max(0, start - _QUOTE_REACH)
    opened = [q.start() for q in _OPENING_QUOTE.finditer(text, lo, start)]
    if not opened or "\n" in text[opened[-1]:start]:
        return False
    if _CLOSING_QUOTE.search(text, opened[-1] + 1, start):
        return False
    closing = _CLOSING_QUOTE.search(text, end, min(len(text), end + _QUOTE_REACH))
    return closing is not None and "\n" not in text[end:closing.start()]
