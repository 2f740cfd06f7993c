"""The leaderboard chart, offscreen: the empty state, ratings and the heat map drawn from a
real Bradley–Terry fit, the size it asks for, readable cell text, and a language switch."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPalette

from app.arena.bradley_terry import leaderboard
from app.arena.votes import Battle
from ui.widgets.leaderboard_chart import LOSING, WINNING, LeaderboardChart, heat_colour, nice_step, readable_text

BATTLES = [Battle("big", "small", 1.0)] * 8 + [Battle("big", "small", 0.0)] * 2 + [Battle("mid", "small", 0.5)] * 3


def picture(chart: LeaderboardChart) -> QImage:
    chart.resize(chart.sizeHint())
    return chart.grab().toImage()


def colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}


def test_without_votes_it_says_so_and_draws_no_chart(qtbot) -> None:
    chart = LeaderboardChart()
    qtbot.addWidget(chart)
    assert chart.is_empty()
    image = picture(chart)
    assert "No votes yet" in chart.texts()["empty"] and image.height() < 200
    base = chart.palette().color(QPalette.ColorRole.Base).rgb()
    assert len(colours(image) - {base}) > 3  # the empty-state text is drawn
    chart.set_leaderboard(leaderboard([], models=["never-fought"]))
    assert chart.is_empty()  # a model without battles has no rating to draw


def test_ratings_and_the_heat_map_are_drawn_for_the_board(qtbot) -> None:
    board = leaderboard(BATTLES, bootstrap=100, seed=1)
    chart = LeaderboardChart()
    qtbot.addWidget(chart)
    empty_size = chart.sizeHint()
    chart.set_leaderboard(board)
    assert [r.model for r in chart.rated()] == ["big", "mid", "small"]
    size = chart.sizeHint()
    assert size.height() > empty_size.height() + 150 and size.width() >= 520
    image = picture(chart)
    # the 80 % cell (big against small) is orange-ish, its mirror (20 %) blue-ish
    neutral = chart.palette().color(QPalette.ColorRole.Mid)
    warm, cold = heat_colour(0.8, neutral).rgb(), heat_colour(0.2, neutral).rgb()
    found = colours(image)
    assert warm in found and cold in found
    more = leaderboard(BATTLES + [Battle("mid", "tiny", 1.0)] * 4, bootstrap=0)
    chart.set_leaderboard(more)
    assert chart.sizeHint().height() > size.height()  # one more row in both charts


def test_the_colour_scale_and_the_cell_text_stay_readable() -> None:
    neutral = QColor("#808080")
    assert heat_colour(0.5, neutral) == neutral
    assert heat_colour(0.0, neutral).rgb() == LOSING.rgb() and heat_colour(1.0, neutral).rgb() == WINNING.rgb()
    assert readable_text(QColor("#f5f5f5")) == QColor("black") and readable_text(QColor("#1b1c1f")) == QColor("white")
    assert readable_text(LOSING) == QColor("white")
    assert [nice_step(s) for s in (300, 47, 5)] == [100, 10, 1]


def test_dark_palette_draws_on_its_own_base(qtbot) -> None:
    chart = LeaderboardChart()
    qtbot.addWidget(chart)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1b1c1f"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    chart.setPalette(palette)
    chart.set_leaderboard(leaderboard(BATTLES, bootstrap=0))
    image = picture(chart)
    assert QColor(image.pixel(2, 2)) == QColor("#1b1c1f")
    assert QColor("#e8eaed").rgb() in colours(image) or any(
        QColor(c).lightness() > 200 for c in colours(image))  # light text on the dark base


def test_a_language_change_repaints_with_the_new_texts(qtbot, qapp, tmp_path) -> None:
    from ui.i18n import Languages

    chart = LeaderboardChart()
    qtbot.addWidget(chart)
    chart.set_leaderboard(leaderboard(BATTLES, bootstrap=0))
    english = picture(chart)
    languages = Languages(qapp, tmp_path)
    try:
        languages.apply("th")
        assert chart.texts()["ratings"] == "คะแนนพร้อมช่วงความเชื่อมั่น 95 %"
        assert picture(chart) != english  # drawn again with the Thai titles
    finally:
        languages.apply("en")
    assert chart.texts()["ratings"] == "Ratings with 95 % intervals"
