"""Facts about the installed Qt that Paddock relies on."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)


def test_bool_signal_arguments_keep_their_refcount(qapp: object) -> None:
    """PySide6 6.12.0 decremented True/False on every emission until the interpreter
    aborted (bool_dealloc). Paddock's controllers emit bools constantly."""
    emitter = _Emitter()
    seen: list[bool] = []
    emitter.flag.connect(seen.append)
    for i in range(50_000):
        emitter.flag.emit(i % 2 == 0)
    assert len(seen) == 50_000 and seen[:2] == [True, False]
