"""Monotone sentence alignment (the ``align`` stage of the pipeline).

Public entry point: ``align_documents(zh, en, embedder) -> list[Bead]``.
"""
