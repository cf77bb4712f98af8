"""The quantity engine: reads the quantities of a Chinese or an English sentence.

``extract_zh`` and ``extract_en`` return ``Quantity`` values normalised so that 1.6万 and
"16,000" compare equal; ``latin_tokens`` finds the Latin names and codes (5G, G20) a Chinese
sentence carries. An engine: it knows no rules. Comparing and reporting live in
``align.checks.numbers``; the aligner reads quantities as anchors.
"""

from align.numbers.en import extract_en, parse_en_number
from align.numbers.quantity import Quantity
from align.numbers.tokens import latin_tokens, missing_tokens
from align.numbers.zh import extract_zh, parse_zh_number

__all__ = [
    "Quantity",
    "extract_en",
    "extract_zh",
    "latin_tokens",
    "missing_tokens",
    "parse_en_number",
    "parse_zh_number",
]
