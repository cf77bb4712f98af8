"""align: check an English translation against its Chinese original, sentence by sentence.

    >>> from align import check
    >>> report = check("briefing.zh.txt", "briefing.en.txt")
    >>> report.summary()
"""

__version__ = "0.1.0"


def check(*args, **kwargs):
    """See ``align.api.check``."""
    from align.api import check as _check

    return _check(*args, **kwargs)


def pair(*args, **kwargs):
    """See ``align.api.pair``."""
    from align.api import pair as _pair

    return _pair(*args, **kwargs)


__all__ = ["check", "pair", "__version__"]
