"""The QThread a task object lives in: one per task, started at once, ended at quit.

The engine and history tasks keep their own owners (they close a worker process or a
database on the way out); the model, download, convert and quantize tasks need nothing
more than this."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QThread

T = TypeVar("T", bound=QObject)


class TaskThread(Generic[T]):
    """Owns the QThread named `name` that `task` runs in."""

    def __init__(self, task: T, name: str) -> None:
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.task = task
        self.task.moveToThread(self.thread)
        self.thread.start()

    def stop(self) -> None:
        """End the thread once its current slot returns; call at quit."""
        self.thread.quit()
        self.thread.wait(10_000)
