"""align: check an English translation against its Chinese original, sentence by sentence.

    >>> from align import check
    >>> report = check("briefing.zh.txt", "briefing.en.txt")
    >>> report.summary()

``check`` and ``pair`` are ``align.api``'s, imported on first use so that ``import align`` stays
light.
"""

from align.version import __version__


def __getattr__(name: str) -> object:
    if name in ("check", "pair"):
        from align import api

        return getattr(api, name)
    raise AttributeError(f"module 'align' has no attribute {name!r}")


__all__ = ["check", "pair", "__version__"]
