"""The Compare window: two to four panes side by side with one composer, the schedule
(together or one after another, and why) shown before the first send, blind mode, the
vote with its tags, "continue with the winner", and the leaderboard page."""

from __future__ import annotations

from typing import Any, Callable, Optional, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.controllers.compare_controller import LETTERS, MAX_PANES, MIN_PANES, CompareController, Outcome
from ui.error_texts import error_headline
from ui.widgets.compare_leaderboard import LeaderboardPage
from ui.widgets.compare_pane import ComparePane
from ui.widgets.wrapping_label import WrappingLabel

TASK_KINDS = ("", "chat", "coding", "writing", "reasoning", "translation", "summary")


class CompareWindow(QWidget):
    def __init__(self, controller: CompareController, installed: Callable[[], Sequence[Any]],
                 parent: Optional[QWidget] = None, *,
                 remote_models: Callable[[], Sequence[tuple[Any, Any]]] = tuple) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.controller = controller
        self._installed = installed
        self._remote_models = remote_models  # (RemoteEndpoint, RemoteModel) pairs from the settings' endpoints
        self.count_label = QLabel()
        self.count_box = QSpinBox()
        self.count_box.setObjectName("paneCount")
        self.count_box.setRange(MIN_PANES, MAX_PANES)
        self.blind_box = QCheckBox()
        self.blind_box.setObjectName("blindBox")
        self.blind_box.setChecked(True)
        self.new_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addWidget(self.count_box)
        top.addWidget(self.blind_box)
        top.addStretch(1)
        top.addWidget(self.new_button)
        self.schedule_label = WrappingLabel()
        self.schedule_label.setObjectName("scheduleLabel")
        self.panes = [ComparePane(slot) for slot in range(MAX_PANES)]
        pane_row = QHBoxLayout()
        for pane in self.panes:
            pane_row.addWidget(pane, 1)
        self.input = QPlainTextEdit()
        self.input.setObjectName("compareInput")
        self.input.setMaximumHeight(90)
        self.send_button = QPushButton()
        self.send_button.setObjectName("compareSend")
        self.stop_button = QPushButton()
        composer = QHBoxLayout()
        composer.addWidget(self.input, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        composer.addLayout(buttons)
        self.vote_buttons = {key: QPushButton() for key in ("A", "B", "C", "D", "tie", "bad")}
        for key, button in self.vote_buttons.items():
            button.setObjectName(f"vote_{key}")
        self.task_box = QComboBox()
        self.task_box.setEditable(True)
        self.task_box.addItems(list(TASK_KINDS))
        self.language_edit = QLineEdit()
        self.language_edit.setMaximumWidth(70)
        self.note_edit = QLineEdit()
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueWinner")
        self.tag_labels = [QLabel(), QLabel(), QLabel()]
        votes = QHBoxLayout()
        for button in self.vote_buttons.values():
            votes.addWidget(button)
        votes.addStretch(1)
        votes.addWidget(self.continue_button)
        tags = QHBoxLayout()
        for label, box in zip(self.tag_labels, (self.task_box, self.language_edit, self.note_edit)):
            tags.addWidget(label)
            tags.addWidget(box)
        tags.setStretch(5, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.schedule_label)
        layout.addLayout(pane_row, 1)
        layout.addLayout(composer)
        layout.addLayout(votes)
        layout.addLayout(tags)
        self.leaderboard = LeaderboardPage(controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(page, "")
        self.tabs.addTab(self.leaderboard, "")
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        self._connect()
        self.retranslate_ui()
        self._show_count(self.count_box.value())
        self._update_buttons()
        self.resize(1100, 720)

    def _connect(self) -> None:
        c = self.controller
        self.count_box.valueChanged.connect(self._show_count)
        self.new_button.clicked.connect(self.new_comparison)
        self.send_button.clicked.connect(self.send)
        QShortcut(QKeySequence("Ctrl+Return"), self.input, self.send)
        self.stop_button.clicked.connect(c.stop_all)
        for pane in self.panes:
            pane.setupChanged.connect(self.replan)
            pane.stopRequested.connect(c.stop_pane)
        for letter in LETTERS:
            self.vote_buttons[letter].clicked.connect(
                lambda _checked=False, s=LETTERS.index(letter): self.vote(Outcome.WINNER, s))
        self.vote_buttons["tie"].clicked.connect(lambda: self.vote(Outcome.TIE))
        self.vote_buttons["bad"].clicked.connect(lambda: self.vote(Outcome.BOTH_BAD))
        self.continue_button.clicked.connect(c.continue_with_winner)
        c.scheduleChanged.connect(self._show_schedule)
        c.started.connect(self._begin)
        c.paneText.connect(lambda slot, text: self.panes[slot].add_text(text))
        c.paneFinished.connect(lambda slot, r: self.panes[slot].finish(r.stats, r.memory_bytes, r.remote))
        c.paneFailed.connect(self._pane_failed)
        c.busyChanged.connect(lambda _busy: self._update_buttons())
        c.revealed.connect(self._reveal)
        c.voted.connect(lambda _id: self._update_buttons())
        c.failed.connect(lambda kind, detail: self.schedule_label.setText(f"{error_headline(kind)} {detail}"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Compare models — Paddock"))
        self.tabs.setTabText(0, self.tr("Side by side"))
        self.tabs.setTabText(1, self.tr("Leaderboard"))
        self.count_label.setText(self.tr("Panes:"))
        self.blind_box.setText(self.tr("Blind (names hidden and order shuffled until the vote)"))
        self.new_button.setText(self.tr("New comparison"))
        self.send_button.setText(self.tr("Send to all"))
        self.stop_button.setText(self.tr("Stop all"))
        self.input.setPlaceholderText(self.tr("A message for every pane (Ctrl+Enter sends)"))
        self._label_votes()
        self.vote_buttons["tie"].setText(self.tr("Tie"))
        self.vote_buttons["bad"].setText(self.tr("Both are bad"))
        self.continue_button.setText(self.tr("Continue with the winner"))
        for label, text in zip(self.tag_labels, (self.tr("Task:"), self.tr("Language:"), self.tr("Note:"))):
            label.setText(text)
        self._show_schedule(self.controller.schedule, "")

    def _label_votes(self) -> None:
        two = self.count_box.value() == 2
        for letter in LETTERS:
            text = self.tr("%1 is better") if two else self.tr("%1 is best")
            self.vote_buttons[letter].setText(text.replace("%1", letter))

    # --- setting up ---------------------------------------------------------------------

    def show_models(self) -> None:
        models, remote = list(self._installed()), list(self._remote_models())
        for pane in self.panes:
            pane.show_models(models, remote)

    def _show_count(self, count: int) -> None:
        for slot, pane in enumerate(self.panes):
            pane.setVisible(slot < count)
        for slot, letter in enumerate(LETTERS):
            self.vote_buttons[letter].setVisible(slot < count)
        self._label_votes()
        self.replan()

    def setups(self) -> list:
        return [p.setup() for p in self.panes[: self.count_box.value()]]

    def replan(self) -> None:
        if self.controller.started_comparison:
            return
        setups = self.setups()
        if any(s is None for s in setups):
            self.controller.schedule = None
            self.schedule_label.setText(self.tr("Choose a model in every pane."))
            self._update_buttons()
            return
        self.controller.plan(setups)
        self._update_buttons()

    def _show_schedule(self, schedule: Any, detail: str) -> None:
        if schedule is None:
            self.schedule_label.setText(detail)
            return
        if schedule.mode.value == "concurrent":
            head = self.tr("Together: every pane's model is loaded at once and they answer at the same time.")
        else:
            head = self.tr("One after another: each pane's model is loaded, answers and is unloaded before the next.")
            threads = ", ".join(f"{LETTERS[i]} {p.settings.n_threads}" for i, p in enumerate(schedule.panes)
                                if not p.remote)
            if threads:
                head += " " + self.tr("Threads: %1.").replace("%1", threads)  # the reason names them when together
        remote = ", ".join(LETTERS[i] for i, p in enumerate(schedule.panes) if p.remote)
        if remote:
            head += " " + self.tr("Remote: %1 (on a server: no memory or cores here, answers alongside the "
                                  "others).").replace("%1", remote)
        self.schedule_label.setText(head + " " + schedule.reason)

    def new_comparison(self) -> None:
        self.controller.reset()
        for pane in self.panes:
            pane.end()
        self.count_box.setEnabled(True)
        self.blind_box.setEnabled(True)
        self.replan()

    # --- the comparison -------------------------------------------------------------------

    def send(self) -> None:
        text = self.input.toPlainText().strip()
        if not text:
            return
        c = self.controller
        if not c.started_comparison and not c.start([s for s in self.setups() if s is not None],
                                                     self.blind_box.isChecked()):
            return
        if c.send(text):
            self.input.clear()
            for pane in self.panes[: self.count_box.value()]:
                pane.add_prompt(text)
        self._update_buttons()

    def _begin(self, names: list) -> None:
        self.count_box.setEnabled(False)
        self.blind_box.setEnabled(False)
        for slot, name in enumerate(names):
            self.panes[slot].begin(name)

    def _pane_failed(self, slot: int, kind: str, detail: str) -> None:
        if kind == "Stopped":
            self.panes[slot].fail(self.tr("Stopped."), "")
        else:
            self.panes[slot].fail(error_headline(kind), detail)

    def vote(self, outcome: Outcome, winner: Optional[int] = None) -> None:
        tags = {"task": self.task_box.currentText(), "language": self.language_edit.text(),
                "note": self.note_edit.text()}
        if self.controller.vote(outcome, winner, tags):
            self._update_buttons()

    def _reveal(self, names: list) -> None:
        for slot, name in enumerate(names):
            self.panes[slot].reveal(name)

    def _update_buttons(self) -> None:
        c = self.controller
        self.send_button.setEnabled(not c.busy and (c.schedule is not None) and not (c.started_comparison and
                                                                                    not c.can_vote))
        self.stop_button.setEnabled(c.busy)
        for button in self.vote_buttons.values():
            button.setEnabled(c.can_vote)
        self.continue_button.setEnabled(c.can_continue)


def install_compare_menu(window: QMainWindow, open_compare: Callable[[], None]) -> QAction:
    """A "Compare" entry in the window's menu bar (before Help), Ctrl+Shift+C."""
    action = QAction(window)
    action.setObjectName("compareAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+C"))
    action.triggered.connect(lambda _checked=False: open_compare())
    menu = CompareMenu(action, window)
    bar = window.menuBar()
    help_action = next((a for a in bar.actions() if a.menu() is not None and a.menu().objectName() == "helpMenu"), None)
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    return action


class CompareMenu(QMenu):
    def __init__(self, action: QAction, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareMenu")
        self.action = action
        self.addAction(action)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Compare"))
        self.action.setText(self.tr("Compare models side by side…"))
