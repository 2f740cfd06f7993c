"""HistoryController: the GUI-thread side of the conversation history.

The history panel and the window talk to it, never to HistoryTask: it sends their intents
(search, rename, pin, export) to the task as queued `*Requested` signals and passes what
the task reports back as its own signals. Choosing and deleting a conversation change the
chat on screen, so those go through ChatController. No UI strings here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot


class HistoryController(QObject):
    # commands to HistoryTask (queued across threads)
    searchRequested = Signal(str, object)  # query, SearchFilters
    renameRequested = Signal(int, str)
    pinRequested = Signal(int, bool)
    exportRequested = Signal(int, str, bool)  # id, path, Markdown (else JSON)

    # state for the widgets
    opened = Signal(object)  # OpenReport
    unavailable = Signal(str, str)  # kind, detail: the history could not be opened
    listed = Signal(object)  # list[ConversationSummary]
    found = Signal(str, object)  # query, list[SearchHit]
    exported = Signal(str)  # path written
    failed = Signal(str, str)  # kind, detail

    def search(self, query: str, filters: object = None) -> None:
        """Search every message; `filters`: a SearchFilters (model, date), None for none."""
        self.searchRequested.emit(query, filters)

    def rename(self, conversation_id: int, title: str) -> None:
        self.renameRequested.emit(conversation_id, title)

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self.pinRequested.emit(conversation_id, pinned)

    def export(self, conversation_id: int, path: str, markdown: bool) -> None:
        self.exportRequested.emit(conversation_id, path, markdown)

    @Slot(object)
    def on_opened(self, report: object) -> None:
        self.opened.emit(report)

    @Slot(str, str)
    def on_open_failed(self, kind: str, detail: str) -> None:
        self.unavailable.emit(kind, detail)

    @Slot(object)
    def on_listed(self, conversations: object) -> None:
        self.listed.emit(conversations)

    @Slot(str, object)
    def on_found(self, query: str, hits: object) -> None:
        self.found.emit(query, hits)

    @Slot(str)
    def on_exported(self, path: str) -> None:
        self.exported.emit(path)

    @Slot(str, str)
    def on_failed(self, kind: str, detail: str) -> None:
        self.failed.emit(kind, detail)
