"""The window's keyboard shortcuts, defined once: installed on the window, and listed in
Help > Keyboard shortcuts from the same table, so the list never promises a key that
does nothing.

Enter, Shift+Enter and Up belong to the message box (MessageInput in main_window.py);
the others are window-wide QShortcuts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Binding:
    name: str  # what it does, as a key of WindowShortcuts.description()
    keys: tuple[str, ...]  # portable QKeySequence text ("Ctrl+N" is Cmd+N on macOS)


# The message box's own keys, handled by MessageInput.
INPUT_BINDINGS = (
    Binding("send", ("Return",)),
    Binding("new_line", ("Shift+Return",)),
    Binding("recall", ("Up",)),
)
WINDOW_BINDINGS = (
    Binding("stop", ("Esc",)),
    Binding("new_chat", ("Ctrl+N",)),
    Binding("search", ("Ctrl+K", "Ctrl+F")),
    Binding("regenerate", ("Ctrl+R",)),
)


class WindowShortcuts(QObject):
    """Installs the window-wide keys; `actions` maps a binding's name to what it runs
    (a binding without an action is neither installed nor listed)."""

    def __init__(self, window: QWidget, actions: dict[str, Callable[[], object]]) -> None:
        super().__init__(window)
        self._actions = dict(actions)
        self.shortcuts: dict[str, list[QShortcut]] = {}
        for binding in WINDOW_BINDINGS:
            action = self._actions.get(binding.name)
            if action is None:
                continue
            made = []
            for keys in binding.keys:
                shortcut = QShortcut(QKeySequence(keys), window)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(action)
                made.append(shortcut)
            self.shortcuts[binding.name] = made

    def description(self, name: str) -> str:
        return {
            "send": self.tr("Send the message"),
            "new_line": self.tr("Start a new line in the message"),
            "recall": self.tr("In an empty message box: edit your last message (both versions are kept)"),
            "stop": self.tr("Stop the reply"),
            "new_chat": self.tr("Start a new chat"),
            "search": self.tr("Search the conversations"),
            "regenerate": self.tr("Write the last reply again"),
        }[name]

    def listing(self) -> list[tuple[str, str]]:
        """(keys as this system writes them, what they do), in the interface language."""
        bindings = [*INPUT_BINDINGS, *(b for b in WINDOW_BINDINGS if b.name in self.shortcuts)]
        return [(self._keys_text(binding), self.description(binding.name)) for binding in bindings]

    @staticmethod
    def _keys_text(binding: Binding) -> str:
        return " / ".join(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                          for keys in binding.keys)

    def shortcut(self, name: str) -> Optional[QShortcut]:
        made = self.shortcuts.get(name)
        return made[0] if made else None
