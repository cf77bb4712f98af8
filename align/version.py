"""The version, in one place: pyproject.toml reads it from here, and so does every report."""

__version__ = "0.1.0"
