"""The conversation list beside the chat: saved conversations, full-text search, and a
menu to rename, pin, export or delete one.

A view only: it shows what the history task lists or finds and turns clicks into
signals. Typing in the search field searches every message (after a short pause);
clearing it shows the list again.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QDateTime, QEvent, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.store.records import ConversationSummary
from app.store.search import SearchHit
from app.store.textfold import Snippet
from ui.widgets.rich_text_delegate import HTML_ROLE, RichTextDelegate
from ui.widgets.search_filters import SearchFilterRow

ID_ROLE = Qt.ItemDataRole.UserRole
PINNED_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 250


def snippet_html(snippet: Snippet) -> str:
    """The snippet as HTML, each match in bold."""
    parts: list[str] = []
    position = 0
    for start, end in snippet.spans:
        parts.append(html.escape(snippet.text[position:start]))
        parts.append(f"<b>{html.escape(snippet.text[start:end])}</b>")
        position = end
    parts.append(html.escape(snippet.text[position:]))
    return "".join(parts)


class HistoryPanel(QWidget):
    conversationChosen = Signal(int)
    searchRequested = Signal(str, object)  # query, SearchFilters (model, date)
    renameRequested = Signal(int, str)
    pinRequested = Signal(int, bool)
    deleteRequested = Signal(int)
    exportRequested = Signal(int, str, bool)  # id, path, Markdown (else JSON)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._conversations: list[ConversationSummary] = []
        self._hits: Optional[tuple[str, list[SearchHit]]] = None
        self._state = "opening"  # opening | ready | unavailable
        self._unavailable_detail = ""
        self._current: Optional[int] = None
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_filters = SearchFilterRow()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.search_filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        self.search_field.textChanged.connect(self._search_later)
        self.search_filters.changed.connect(self._search_now)
        self.list.itemActivated.connect(self._choose)
        self.list.itemClicked.connect(self._choose)
        self.list.customContextMenuRequested.connect(self._menu)
        self.retranslate_ui()

    # --- texts ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Search all conversations"))
        self.list.setToolTip("")
        self._fill()

    def _untitled(self) -> str:
        return self.tr("Untitled conversation")

    def _when(self, ms: int) -> str:
        return QLocale().toString(QDateTime.fromMSecsSinceEpoch(ms), QLocale.FormatType.ShortFormat)

    # --- what the history task reports ---------------------------------------------------------

    def show_opened(self) -> None:
        self._state = "ready"
        self._fill()

    def show_unavailable(self, detail: str) -> None:
        self._state = "unavailable"
        self._unavailable_detail = detail
        self.search_field.setEnabled(False)
        self._fill()

    def show_conversations(self, conversations: list[ConversationSummary]) -> None:
        self._state = "ready"
        self._conversations = list(conversations)
        self.search_filters.set_models(summary.model for summary in self._conversations)
        if self._hits is None:
            self._fill()
        else:
            self._search_now()  # a title or a new message may change what matches

    def show_hits(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.search_field.text().strip():
            return  # an older search, overtaken by typing
        self._hits = (query, list(hits))
        self._fill()

    def mark_current(self, conversation_id: Optional[int]) -> None:
        self._current = conversation_id
        self._select_current()

    def set_locked(self, locked: bool) -> None:
        """While a reply is written the conversation on screen cannot change."""
        self.list.setEnabled(not locked)

    # --- filling the list ------------------------------------------------------------------------

    def _fill(self) -> None:
        self.list.clear()
        if self._hits is not None:
            query, hits = self._hits
            for hit in hits:
                title = hit.conversation_title or self._untitled()
                item = QListWidgetItem(f"{title}\n{hit.snippet.text}")
                item.setData(HTML_ROLE, f"<b>{html.escape(title)}</b><br>{snippet_html(hit.snippet)}")
                item.setData(ID_ROLE, hit.conversation_id)
                item.setToolTip(self._when(hit.created_ms))
                self.list.addItem(item)
            self.note.setText(self.tr("%n message(s) found", "", len(hits)) if hits
                              else self.tr("Nothing found for “%1”.").replace("%1", query))
            return
        for summary in self._conversations:
            title = summary.title or self._untitled()
            item = QListWidgetItem(("★ " if summary.pinned else "") + title)
            item.setData(ID_ROLE, summary.id)
            item.setData(PINNED_ROLE, summary.pinned)
            tip = self.tr("%1 · %n message(s)", "", summary.message_count).replace("%1", self._when(summary.updated_ms))
            item.setToolTip(tip + (f" · {summary.model}" if summary.model else ""))
            self.list.addItem(item)
        self._select_current()
        if self._state == "opening":
            self.note.setText(self.tr("Opening your conversations…"))
        elif self._state == "unavailable":
            self.note.setText(self.tr("Conversations are not being saved: %1").replace("%1", self._unavailable_detail))
        elif not self._conversations:
            self.note.setText(self.tr("Your conversations will be listed here."))
        else:
            self.note.setText("")

    def _select_current(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if self._hits is None and item.data(ID_ROLE) == self._current:
                self.list.setCurrentItem(item)
                return
        self.list.clearSelection()

    def titles(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    # --- intents -------------------------------------------------------------------------------

    def _search_later(self) -> None:
        self._search_timer.start()

    def _search_now(self) -> None:
        query = self.search_field.text().strip()
        if not query:
            self._hits = None
            self._fill()
            return
        self.searchRequested.emit(query, self.search_filters.filters())

    def _choose(self, item: QListWidgetItem) -> None:
        self.conversationChosen.emit(int(item.data(ID_ROLE)))

    def _menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None or self._hits is not None:
            return
        conversation_id = int(item.data(ID_ROLE))
        pinned = bool(item.data(PINNED_ROLE))
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.ask_rename(conversation_id, item.text().removeprefix("★ ")))
        menu.addAction(self.tr("Unpin") if pinned else self.tr("Pin to the top"),
                       lambda: self.pinRequested.emit(conversation_id, not pinned))
        menu.addAction(self.tr("Export as Markdown…"), lambda: self.ask_export(conversation_id, markdown=True))
        menu.addAction(self.tr("Export as JSON…"), lambda: self.ask_export(conversation_id, markdown=False))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.ask_delete(conversation_id))
        menu.popup(self.list.viewport().mapToGlobal(position))

    def ask_rename(self, conversation_id: int, title: str) -> None:
        new_title, ok = QInputDialog.getText(self, self.tr("Rename conversation"), self.tr("Title:"), text=title)
        if ok and new_title.strip():
            self.renameRequested.emit(conversation_id, new_title.strip())

    def ask_export(self, conversation_id: int, *, markdown: bool) -> None:
        suffix, kind = (".md", self.tr("Markdown (*.md)")) if markdown else (".json", self.tr("Paddock JSON (*.json)"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export conversation"),
                                              str(Path.home() / f"conversation-{conversation_id}{suffix}"), kind)
        if path:
            self.exportRequested.emit(conversation_id, path, markdown)

    def ask_delete(self, conversation_id: int) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete conversation"),
            self.tr("Delete this conversation and all its messages? This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.deleteRequested.emit(conversation_id)
