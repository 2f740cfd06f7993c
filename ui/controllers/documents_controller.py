"""Which document collections the conversation on screen answers from, and the
documents window's intents (create, add, index, cancel), sent to the documents task.

The attachment is part of the conversation: saved in the history (m006) once the
conversation exists; a new chat keeps it here until its first message creates it.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject, Signal

from app.jobs import CancelToken
from ui.controllers.chat_controller import ChatController


class DocumentsController(QObject):
    attachedChanged = Signal(object)  # tuple of collection names now attached
    saveRequested = Signal(int, object)  # conversation id, tuple of names
    loadRequested = Signal(int)  # conversation id
    listRequested = Signal()
    addRequested = Signal(str, object, object)  # collection, list of paths, CancelToken
    reindexRequested = Signal(str, object)  # collection, CancelToken
    modelRequested = Signal(str, str)  # collection, embedding GGUF path ("": keyword only)
    modelsChanged = Signal(object)  # tuple of the installed embedding GGUFs' paths
    embedProgressed = Signal(int, int, float)  # passages embedded, of, seconds left (-1: not known)
    indexingChanged = Signal(bool)
    progressed = Signal(int, int, str, float)  # done, total, file, seconds left (-1: not known)
    indexed = Signal(str, object)  # collection, the files not indexed (Skipped)
    cancelled = Signal(str)
    failed = Signal(str, str)  # kind, detail

    def __init__(self, chat: ChatController) -> None:
        super().__init__()
        self._chat = chat
        self._conversation: Optional[int] = None
        self.collections: list = []  # CollectionSummary, as last listed
        self.installed_models: tuple[str, ...] = ()  # embedding GGUFs in the models folder
        self.indexing = False
        self._cancel: Optional[CancelToken] = None
        chat.conversationChanged.connect(self._on_conversation_changed)

    @property
    def chat(self) -> ChatController:
        return self._chat

    @property
    def attached(self) -> tuple[str, ...]:
        return self._chat.collections

    def tokens_attached(self) -> int:
        return sum(c.tokens for c in self.collections if c.name in self.attached)

    def fits_whole(self) -> bool:
        """The attached documents fit in the loaded context, with room for the reply."""
        info = self._chat.model_info
        tokens = self.tokens_attached()
        return info is not None and 0 < tokens <= info.n_ctx - max(1024, self._chat.sampling.max_tokens) - 512

    @property
    def whole_documents(self) -> bool:
        return self._chat.whole_documents

    def set_whole_documents(self, whole: bool) -> None:
        self._chat.whole_documents = bool(whole) and self.fits_whole()

    def attach(self, name: str) -> None:
        if name not in self.attached:
            self._set(tuple(sorted((*self.attached, name))))

    def detach(self, name: str) -> None:
        if name in self.attached:
            self._set(tuple(n for n in self.attached if n != name))

    def _set(self, names: tuple[str, ...]) -> None:
        self._chat.collections = names
        if not names:
            self._chat.whole_documents = False
        if self._conversation is not None:
            self.saveRequested.emit(self._conversation, names)
        self.attachedChanged.emit(names)

    def _on_conversation_changed(self, conversation_id: Optional[int]) -> None:
        previous, self._conversation = self._conversation, conversation_id
        if conversation_id is None:
            self._chat.collections, self._chat.whole_documents = (), False
            self.attachedChanged.emit(())
        elif previous is None and self.attached:
            self.saveRequested.emit(conversation_id, self.attached)  # the new chat's first message made it
        else:
            self.loadRequested.emit(conversation_id)

    def on_loaded(self, conversation_id: int, names: tuple) -> None:
        if conversation_id == self._conversation:
            self._chat.collections = tuple(names)
            self.attachedChanged.emit(tuple(names))

    def on_listed(self, collections: list) -> None:
        self.collections = list(collections)
        self.attachedChanged.emit(self.attached)

    def on_models_found(self, models: tuple) -> None:
        self.installed_models = tuple(models)
        self.modelsChanged.emit(self.installed_models)

    def model_of(self, name: str) -> str:
        """The collection's embedding model as last listed ("": keyword search only)."""
        return next((c.embedding_model for c in self.collections if c.name == name), "")

    # --- the documents window's intents ------------------------------------------------

    def choose_model(self, name: str, model: str) -> None:
        """Index and search `name` with the embedding GGUF `model` ("": keywords only), saved
        with the collection; its passages are embedded now (progress and cancel as indexing)."""
        if self.indexing or not name.strip():
            return
        self.modelRequested.emit(name, model)
        self.reindex(name)

    def add(self, name: str, paths: list[str], model: Optional[str] = None) -> None:
        """Add files to `name` (created if needed; a new one saved with `model`) and index it."""
        if model is not None and not any(c.name == name for c in self.collections):
            self.modelRequested.emit(name, model)  # queued before the add: the same thread, in order
        self._start()
        assert self._cancel is not None
        self.addRequested.emit(name, list(paths), self._cancel)

    def reindex(self, name: str) -> None:
        self._start()
        assert self._cancel is not None
        self.reindexRequested.emit(name, self._cancel)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def _start(self) -> None:
        self._cancel = CancelToken()
        self.indexing = True
        self.indexingChanged.emit(True)

    def _ended(self) -> None:
        self.indexing = False
        self._cancel = None
        self.indexingChanged.emit(False)

    def on_progress(self, done: int, total: int, path: str, seconds_left: float) -> None:
        self.progressed.emit(done, total, path, seconds_left)

    def on_embed_progress(self, done: int, total: int, seconds_left: float) -> None:
        self.embedProgressed.emit(done, total, seconds_left)

    def on_indexed(self, name: str, skipped: object) -> None:
        self._ended()
        self.indexed.emit(name, skipped)

    def on_cancelled(self, name: str) -> None:
        self._ended()
        self.cancelled.emit(name)

    def on_failed(self, kind: str, detail: str) -> None:
        self._ended()
        self.failed.emit(kind, detail)
