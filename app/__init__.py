"""Paddock core: plain, typed, synchronous Python. Never imports PySide6 or ui."""

__version__ = "0.1.0"
