"""The leaderboard drawn as a chart: each model's Bradley–Terry rating with its 95 %
bootstrap interval as a bar (best first), and the pairwise win-rate matrix as a heat map
with the number of battles in each cell.

Plain data in (app/arena/bradley_terry.py's Leaderboard), QPainter out: two simple
charts do not justify a chart library. Colours come from the widget's palette (text,
base, mid) plus a blue-to-orange scale whose ends stay readable on light and dark
backgrounds; a cell's text is black or white, whichever contrasts more with the cell.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:  # numpy (the fit's) stays unloaded until the first board
    from app.arena.bradley_terry import Leaderboard, Rating

LOSING = QColor("#2f6db5")  # win rate 0
WINNING = QColor("#e07b1f")  # win rate 1
MARGIN = 12.0
GAP = 18.0  # between the two charts
MAX_NAME_FRACTION = 0.42  # of the width, for the names' column
CELL_MIN, CELL_MAX = 44.0, 72.0


def blend(a: QColor, b: QColor, t: float) -> QColor:
    t = min(1.0, max(0.0, t))
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def heat_colour(rate: float, neutral: QColor) -> QColor:
    """Blue below one half, the palette's neutral at one half, orange above."""
    return blend(neutral, LOSING, (0.5 - rate) * 2) if rate < 0.5 else blend(neutral, WINNING, (rate - 0.5) * 2)


def readable_text(background: QColor) -> QColor:
    luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF()
    return QColor("black") if luminance > 0.5 else QColor("white")


def nice_step(span: float, ticks: int = 5) -> float:
    raw = max(span, 1.0) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


class LeaderboardChart(QWidget):
    """Shows one Leaderboard (or the empty state); `set_leaderboard` replaces it."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaderboardChart")
        self.board: Optional[Leaderboard] = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(320, 160)

    # --- data ------------------------------------------------------------------------

    def set_leaderboard(self, board: Optional[Leaderboard]) -> None:
        self.board = board
        self.updateGeometry()
        self.update()

    def rated(self) -> list[Rating]:
        return [r for r in self.board.ratings if r.rating is not None] if self.board else []

    def is_empty(self) -> bool:
        return not self.rated()

    # --- texts -----------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        return {
            "empty": self.tr("No votes yet. Compare models side by side and vote to see their ratings here."),
            "ratings": self.tr("Ratings with 95 % intervals"),
            "matrix": self.tr("Win rate of the row's model against the column's"),
            "legend": self.tr("Ties count half a win each way; the small number is the battles between the two."),
        }

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    # --- geometry --------------------------------------------------------------------

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _cell(self, n: int) -> float:
        return max(CELL_MIN, min(CELL_MAX, self._line() * 2.6))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        line, n = self._line(), len(self.rated())
        if n == 0:
            return QSize(480, int(line * 4 + 2 * MARGIN))
        ratings = line * 1.3 + line * 1.6 * n + line  # title, rows, axis (as _paint_ratings lays them out)
        matrix = line * 1.3 + line + self._cell(n) * n + line * 2.6  # title, numbers, cells, legend
        return QSize(max(520, int(2 * MARGIN + 260 + self._cell(n) * n)), int(2 * MARGIN + ratings + GAP + matrix))

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        texts = self.texts()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        rated = self.rated()
        if not rated:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), texts["empty"])
            return
        y = self._paint_ratings(painter, area, rated, texts)
        self._paint_matrix(painter, QRectF(area.left(), y + GAP, area.width(), area.bottom() - y - GAP), rated, texts)

    def _names(self, painter: QPainter, rated: list[Rating], width: float) -> float:
        metrics = QFontMetricsF(painter.font())
        widest = max(metrics.horizontalAdvance(f"{i}. {r.model}") for i, r in enumerate(rated, 1))
        return min(widest + 8, width * MAX_NAME_FRACTION)

    def _title(self, painter: QPainter, x: float, y: float, width: float, text: str) -> float:
        font = painter.font()
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        line = QFontMetricsF(bold).height()
        painter.drawText(QRectF(x, y, width, line), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         text)
        painter.setFont(font)
        return y + line * 1.3

    def _paint_ratings(self, painter: QPainter, area: QRectF, rated: list[Rating], texts: dict[str, str]) -> float:
        palette, line = self.palette(), self._line()
        text, mid = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Mid)
        metrics = QFontMetricsF(painter.font())
        y = self._title(painter, area.left(), area.top(), area.width(), texts["ratings"])
        names = self._names(painter, rated, area.width())
        locale = self.locale()
        values = [self._value_text(locale, r) for r in rated]
        value_width = max(metrics.horizontalAdvance(v) for v in values) + 12  # "1,136 (+185/−113)"
        x0, x1 = area.left() + names, area.right() - value_width
        low = min((r.ci_low if r.ci_low is not None else r.rating) for r in rated)  # type: ignore[type-var]
        high = max((r.ci_high if r.ci_high is not None else r.rating) for r in rated)  # type: ignore[type-var]
        step = nice_step(high - low)
        low, high = math.floor((low - step / 4) / step) * step, math.ceil((high + step / 4) / step) * step

        def at(value: float) -> float:
            return x0 + (value - low) / (high - low) * (x1 - x0)

        row = line * 1.6
        top, bottom = y, y + row * len(rated)
        painter.setPen(QPen(mid, 1, Qt.PenStyle.DotLine))
        tick = low
        while tick <= high + 1e-9:
            painter.drawLine(QPointF(at(tick), top), QPointF(at(tick), bottom))
            tick += step
        for i, r in enumerate(rated):
            cy = top + row * (i + 0.5)
            painter.setPen(text)
            name = metrics.elidedText(f"{i + 1}. {r.model}", Qt.TextElideMode.ElideMiddle, names - 8)
            painter.drawText(QRectF(area.left(), cy - row / 2, names - 8, row),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
            colour = heat_colour(1.0, mid)
            if r.ci_low is not None and r.ci_high is not None:
                bar = QRectF(at(r.ci_low), cy - line * 0.28, max(2.0, at(r.ci_high) - at(r.ci_low)), line * 0.56)
                fill = QColor(colour)
                fill.setAlphaF(0.45)
                painter.fillRect(bar, fill)
            painter.setPen(QPen(text, 1.5))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(at(r.rating), cy), line * 0.3, line * 0.3)  # type: ignore[arg-type]
            painter.setPen(text)
            painter.drawText(QRectF(x1 + 8, cy - row / 2, value_width - 8, row),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), values[i])
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        tick = low
        while tick <= high + 1e-9:
            label = locale.toString(float(tick), "f", 0)
            w = metrics.horizontalAdvance(label)
            painter.drawText(QRectF(at(tick) - w / 2 - 2, bottom, w + 4, line), int(Qt.AlignmentFlag.AlignCenter),
                             label)
            tick += step
        return bottom + line

    @staticmethod
    def _value_text(locale: QLocale, r: Rating) -> str:
        """The rating and its interval as "+above/−below" (in the locale's digits)."""
        value = locale.toString(float(r.rating), "f", 0)  # type: ignore[arg-type]
        if r.ci_low is not None and r.ci_high is not None:
            plus = locale.toString(float(r.ci_high - r.rating), "f", 0)  # type: ignore[operator]
            minus = locale.toString(float(r.rating - r.ci_low), "f", 0)  # type: ignore[operator]
            value += f" (+{plus}/−{minus})"
        return value

    def _paint_matrix(self, painter: QPainter, area: QRectF, rated: list[Rating], texts: dict[str, str]) -> None:
        assert self.board is not None
        palette, line, n = self.palette(), self._line(), len(rated)
        text, neutral = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Mid)
        empty = palette.color(QPalette.ColorRole.AlternateBase)
        y = self._title(painter, area.left(), area.top(), area.width(), texts["matrix"])
        metrics = QFontMetricsF(painter.font())
        small = painter.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        index = {m: i for i, m in enumerate(self.board.models)}
        names = self._names(painter, rated, area.width())
        cell = min(self._cell(n), (area.width() - names) / max(1, n))
        x0 = area.left() + names
        locale = self.locale()
        painter.setPen(text)
        for j in range(n):  # the columns are numbered by rank, as the rows are
            painter.drawText(QRectF(x0 + j * cell, y, cell, line), int(Qt.AlignmentFlag.AlignCenter), str(j + 1))
        y += line
        for i, row in enumerate(rated):
            top = y + i * cell
            painter.setPen(text)
            name = metrics.elidedText(f"{i + 1}. {row.model}", Qt.TextElideMode.ElideMiddle, names - 8)
            painter.drawText(QRectF(area.left(), top, names - 8, cell),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
            for j, column in enumerate(rated):
                box = QRectF(x0 + j * cell + 1, top + 1, cell - 2, cell - 2)
                a, b = index[row.model], index[column.model]
                rate = self.board.win_rate[a][b]
                games = self.board.wins[a][b] + self.board.wins[b][a] + self.board.ties[a][b]
                colour = empty if rate is None else heat_colour(rate, neutral)
                painter.fillRect(box, colour)
                if rate is None:
                    continue
                painter.setPen(readable_text(colour))
                upper = QRectF(box.left(), box.top(), box.width(), box.height() * 0.6)
                painter.drawText(upper, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                                 locale.toString(rate * 100, "f", 0) + "%")
                font = painter.font()
                painter.setFont(small)
                lower = QRectF(box.left(), box.top() + box.height() * 0.6, box.width(), box.height() * 0.4)
                painter.drawText(lower, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                                 locale.toString(games))
                painter.setFont(font)
        bottom = y + n * cell + line * 0.4
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(area.left(), bottom, area.width(), line * 2.2),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), texts["legend"])
