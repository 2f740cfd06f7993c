"""The model picker: a tool bar in the main window listing the installed models (the
models folder and referenced files, app/hub/installed.py). Choosing one opens the load
settings for it, so switching models goes through the same fit check as opening a file.
A damaged model is listed, greyed out, with what is wrong in its tooltip. The models of the
remote endpoints (app/remote) follow, marked remote with their endpoint's name; choosing one
starts chatting with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from ui.controllers.chat_controller import ChatController
from ui.controllers.models_controller import ModelsController
from ui.controllers.remote_controller import RemoteController
from ui.widgets.plan_texts import size_text

REMOTE_KEY = "remote:"  # item data of a remote model: REMOTE_KEY + "model @ endpoint"


def _key(path: object) -> str:
    """Items hold the absolute path as text (QVariant compares Python objects by identity)."""
    return str(Path(str(path)).absolute())


class ModelPicker(QToolBar):
    def __init__(self, models: ModelsController, chat: ChatController, choose: Callable[[object], None],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelPickerBar")
        self.setMovable(False)
        self.models = models
        self.chat = chat
        self._choose = choose
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("modelPicker")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(28)
        self.addWidget(self.label)
        self.addWidget(self.combo)
        self.remote: Optional[RemoteController] = None
        self.combo.activated.connect(self._on_activated)
        models.installedChanged.connect(self.show_models)
        chat.busyChanged.connect(lambda busy: self.combo.setEnabled(not busy))
        chat.modelLoaded.connect(lambda _info: self._select_loaded())
        self.retranslate_ui()

    def use_remote(self, remote: RemoteController) -> None:
        """List the remote endpoints' models too."""
        self.remote = remote
        remote.modelsChanged.connect(self.show_models)
        self.show_models()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Installed models"))
        self.label.setText(self.tr("Model:") + " ")
        self.combo.setToolTip(self.tr("Switch to another installed model"))
        self.show_models()

    def show_models(self) -> None:
        self.combo.clear()
        models = self.models.installed
        self.combo.addItem(self.tr("Choose an installed model…") if models else self.tr("No model installed yet"), None)
        items = self.combo.model()
        for model in models:
            self.combo.addItem(f"{model.name} · {model.quantization} · {size_text(model.size)}", _key(model.path))
            index = self.combo.count() - 1
            if model.problem and isinstance(items, QStandardItemModel):
                items.item(index).setEnabled(False)
                self.combo.setItemData(index, model.problem, Qt.ItemDataRole.ToolTipRole)
            else:
                self.combo.setItemData(index, str(model.path), Qt.ItemDataRole.ToolTipRole)
        for endpoint, remote in self.remote.all_models() if self.remote is not None else ():
            label = f"{remote.model_id} @ {endpoint.name}"
            self.combo.addItem(self.tr("%1 · remote · %2").replace("%1", remote.model_id).replace("%2", endpoint.name),
                               REMOTE_KEY + label)
            self.combo.setItemData(self.combo.count() - 1, endpoint.base_url, Qt.ItemDataRole.ToolTipRole)
        self._select_loaded()

    def _select_loaded(self) -> None:
        info = self.chat.model_info
        key = (REMOTE_KEY + info.name) if info is not None and info.file_type == "remote" else (
            _key(info.path) if info is not None else None)
        index = self.combo.findData(key) if key is not None else -1
        self.combo.setCurrentIndex(max(0, index))

    def _on_activated(self, index: int) -> None:
        path = self.combo.itemData(index)
        if isinstance(path, str) and path.startswith(REMOTE_KEY) and self.remote is not None:
            self._choose_remote(path[len(REMOTE_KEY):])
        elif path is not None:
            self._choose(Path(path))
            self._select_loaded()  # until the new model has loaded, the old one is shown

    def _choose_remote(self, label: str) -> None:
        assert self.remote is not None
        for endpoint, model in self.remote.all_models():
            if f"{model.model_id} @ {endpoint.name}" == label:
                self.chat.choose_remote(endpoint, model)
                break
        self._select_loaded()
