"""Before a message that does not fit is sent: the window says so and lets the person
choose, for this conversation, between reloading the model with a longer context (offered
only when the planner says it fits in memory) and dropping the oldest turns (the system
prompt always stays; the turns left out are then dimmed in the transcript).

The choice is the conversation's (ChatController.set_overflow_choice saves it with its
settings): with "drop the oldest turns" remembered, later messages go out without asking.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.engine.settings import LoadSettings, ModelInfo
from ui.controllers.chat_controller import ChatController
from ui.controllers.context_choice import DROP_OLDEST, RELOAD, ContextUsage, PlanReload, longer_context


class ContextFullBox(QMessageBox):
    """"This message does not fit": drop the oldest turns, reload longer (once the planner
    agrees), or cancel (the message stays in the box)."""

    def __init__(self, usage: ContextUsage, longer: Optional[int], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Paddock"))
        self.setText(self.tr("This message does not fit in the context"))
        self.setObjectName("contextFullBox")
        locale = QLocale()
        self.setInformativeText(
            self.tr("The conversation, your message and the room kept for the reply need about %1 tokens; "
                    "the model is loaded with a context of %2 tokens. What should Paddock do in this chat?")
            .replace("%1", locale.toString(usage.used)).replace("%2", locale.toString(usage.n_ctx)))
        self.reload_button: Optional[QPushButton] = None
        if longer is not None:
            self.reload_button = self.addButton(
                self.tr("Reload with a longer context (%1 tokens)").replace("%1", locale.toString(longer)),
                QMessageBox.ButtonRole.AcceptRole)
            self.reload_button.setObjectName("reloadLongerButton")
            self.reload_button.setEnabled(False)  # until the planner says it fits
            self.reload_button.setToolTip(self.tr("Checking whether it fits in memory…"))
        self.drop_button = self.addButton(self.tr("Drop the oldest turns"), QMessageBox.ButtonRole.AcceptRole)
        self.drop_button.setObjectName("dropOldestButton")
        self.drop_button.setToolTip(self.tr("The system prompt stays; the turns left out are dimmed in the chat"))
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.drop_button)

    def planner_answered(self, fits: bool) -> None:
        if self.reload_button is None:
            return
        if fits:
            self.reload_button.setEnabled(True)
            self.reload_button.setToolTip("")
            self.setDefaultButton(self.reload_button)
        else:
            self.reload_button.setVisible(False)  # offered only when it fits


class ContextGuard:
    """The window's check before sending: go ahead, or ask first."""

    def __init__(self, controller: ChatController, window: QWidget, send: Callable[[], None]) -> None:
        self.controller = controller
        self.window = window
        self._send = send  # the window's send, run again once the person has chosen
        self.plan_reload: Optional[PlanReload] = None  # set where the planner lives (models_ui)
        self.box: Optional[ContextFullBox] = None
        self._pending_reload: Optional[LoadSettings] = None
        controller.modelLoaded.connect(self._after_reload)
        controller.modelFailed.connect(self._reload_failed)  # the message stays in the box, unsent

    def allows(self, usage: Optional[ContextUsage]) -> bool:
        """True: send now. False: the person is asked first (the message stays)."""
        c = self.controller
        if usage is None or usage.fits or c.overflow_choice == DROP_OLDEST or c.busy:
            return True
        info, settings = c.model_info, c.load_settings
        assert info is not None and settings is not None  # usage is None without a model
        longer = longer_context(info, usage.used)
        box = ContextFullBox(usage, longer if self.plan_reload is not None else None, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.drop_button.clicked.connect(self._drop)
        if box.reload_button is not None and longer is not None and self.plan_reload is not None:
            reload = replace(settings, n_ctx=longer)
            box.reload_button.clicked.connect(lambda: self._reload(reload))
            self.plan_reload(reload, lambda fits: self._answered(box, fits))
        if c.overflow_choice == RELOAD and box.reload_button is not None:
            box.setDefaultButton(box.reload_button)
        self.box = box
        box.open()
        return False

    def _answered(self, box: ContextFullBox, fits: bool) -> None:
        if box is self.box:
            box.planner_answered(fits)

    def _drop(self) -> None:
        self.box = None
        self.controller.set_overflow_choice(DROP_OLDEST)
        self._send()

    def _reload(self, settings: LoadSettings) -> None:
        self.box = None
        self.controller.set_overflow_choice(RELOAD)
        self._pending_reload = settings
        self.controller.load_with(settings)

    def _reload_failed(self, _kind: str, _detail: str) -> None:
        self._pending_reload = None

    def _after_reload(self, info: ModelInfo) -> None:
        pending, self._pending_reload = self._pending_reload, None
        if pending is not None and info.n_ctx == pending.n_ctx:
            self._send()  # the message the person chose to reload for
