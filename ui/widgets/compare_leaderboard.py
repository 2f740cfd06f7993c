"""The leaderboard page of the compare window: Bradley–Terry ratings with their 95 %
intervals drawn as a chart (with the win-rate heat map) above the same figures as a table,
blind votes only unless asked, filtered by task kind and language. It asks the controller for a refit whenever a filter changes."""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.controllers.compare_controller import BoardQuery, CompareController
from ui.widgets.leaderboard_chart import LeaderboardChart

COLUMNS = 7


class LeaderboardPage(QWidget):
    def __init__(self, controller: CompareController, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaderboardPage")
        self.controller = controller
        self.unblind_box = QCheckBox()
        self.both_bad_box = QCheckBox()
        self.both_bad_box.setObjectName("dropBothBadBox")
        self.task_label = QLabel()
        self.task_edit = QLineEdit()
        self.language_label = QLabel()
        self.language_edit = QLineEdit()
        self.language_edit.setMaximumWidth(90)
        filters = QHBoxLayout()
        filters.addWidget(self.unblind_box)
        filters.addWidget(self.both_bad_box)
        filters.addWidget(self.task_label)
        filters.addWidget(self.task_edit)
        filters.addWidget(self.language_label)
        filters.addWidget(self.language_edit)
        filters.addStretch(1)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("leaderboardTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        self.chart = LeaderboardChart()
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(chart_scroll)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)  # the chart takes the room the table's rows leave
        split.setStretchFactor(1, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        self.unblind_box.toggled.connect(lambda _on: self._ask())
        self.both_bad_box.toggled.connect(lambda _on: self._ask())
        self.task_edit.editingFinished.connect(self._ask)
        self.language_edit.editingFinished.connect(self._ask)
        controller.boardChanged.connect(self.show_board)
        self._board: Any = None
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.unblind_box.setText(self.tr("Include votes cast with the names visible"))
        self.both_bad_box.setText(self.tr("Leave out \"both are bad\" votes"))
        self.both_bad_box.setToolTip(self.tr("Otherwise a \"both are bad\" vote counts as a tie."))
        self.task_label.setText(self.tr("Task:"))
        self.language_label.setText(self.tr("Language:"))
        headers = [self.tr("#"), self.tr("Rating"), self.tr("95 % interval"), self.tr("Battles"),
                   self.tr("Wins / ties / losses"), self.tr("Win rate")]
        model = QCoreApplication.translate("ModelManager", "Model")  # the model manager's column
        self.table.setHorizontalHeaderLabels(headers[:1] + [model] + headers[1:])
        self.show_board(self._board)

    def _ask(self) -> None:
        self.controller.refresh_board(BoardQuery(self.unblind_box.isChecked(), self.task_edit.text().strip(),
                                                 self.language_edit.text().strip(), self.both_bad_box.isChecked()))

    def show_board(self, board: Any) -> None:
        self._board = board
        self.chart.set_leaderboard(board)
        rows = board.ratings if board is not None else ()
        self.table.setRowCount(len(rows))
        for r, rating in enumerate(rows):
            interval = "" if rating.ci_low is None else f"{rating.ci_low:.0f} – {rating.ci_high:.0f}"
            rate = "" if not rating.battles else f"{(rating.wins + rating.ties / 2) / rating.battles:.0%}"
            cells = (str(r + 1), rating.model, "–" if rating.rating is None else f"{rating.rating:.0f}", interval,
                     str(rating.battles), f"{rating.wins} / {rating.ties} / {rating.losses}", rate)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self._fit_table_to_rows()
        if board is None:
            self.note.setText("")
        elif not rows:
            self.note.setText(self.tr("No votes yet: compare two models and vote."))
        else:
            self.note.setText(self.tr("Bradley–Terry ratings on the Elo scale; ties count half a win each way; "
                                      "intervals from %1 resamples of the votes.").replace("%1", str(board.bootstrap)))

    def _fit_table_to_rows(self) -> None:
        """The table is as tall as its rows (at least a few): the chart gets the rest."""
        rows = max(self.table.rowCount(), 3)
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setMaximumHeight(self.table.horizontalHeader().sizeHint().height() + rows * row
                                    + 2 * self.table.frameWidth() + 2)
