"""English text as the checks read it: a page that turned its non-breaking spaces into "?"
("It is my?great pleasure to?attend", "the?Hainan Free Trade Port") has the spaces back for
analysis only, one character for one, so that every offset holds and findings quote the file's
own text. A real question mark is followed by a space or a capital ("Why?" "that?Is it"), so
a "?" is taken for a space only before a lower-case letter, or after a small word that never
ends a question ("the?Chinese", "of?the"); after a determiner it is a lost character even
before a space ("the? prerequisite")."""

from __future__ import annotations

import re

_SMALL_WORDS = frozenset("the a an of to in on at by for with from and or my our your his her "
                         "its their this these those".split())
# Words no question ends with: a "?" after one is a character the page lost, even before a
# space ("the? prerequisite").
_DETERMINERS = frozenset("the a an my our your their".split())
_MARK = re.compile(r"(?<=[A-Za-z])\?(?=[A-Za-z]| [a-z])")
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")


def with_spaces_back(text: str) -> str:
    """``text`` with each "?" that stands for a lost space or character made a space, exactly
    as long."""
    if "?" not in text:
        return text
    out = list(text)
    for m in _MARK.finditer(text):
        at = m.start()
        found = _WORD_BEFORE.search(text, max(0, at - 12), at)
        word = found.group().lower() if found else ""
        if text[at + 1] == " ":
            lost = word in _DETERMINERS
        else:
            lost = text[at + 1].islower() or word in _SMALL_WORDS
        if lost:
            out[at] = " "
    return "".join(out)
