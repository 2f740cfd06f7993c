#!/usr/bin/env python3
"""Screenshots of the leaderboard chart, for docs/screenshots/.

    .venv/bin/python packaging/leaderboard_screenshots.py            # English, Hindi and Thai
    .venv/bin/python packaging/leaderboard_screenshots.py de --dark  # any of the eight, dark palette

Offscreen, with a temporary config folder. The votes are sampled (seeded) from known
strengths of four models, ranked as `paddock-cli arena` ranks them. Look at each picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STRENGTHS = {"Llama-3.3-70B-Instruct (Q2_K)": 1120.0, "Llama-3.1-8B-Instruct (Q8_0)": 1060.0,
             "Llama-3.2-3B-Instruct (Q4_K_M)": 960.0, "Llama-3.2-1B-Instruct (Q8_0)": 860.0}


def sample_board(votes: int = 240, seed: int = 5) -> Any:
    import numpy as np

    from app.arena.bradley_terry import leaderboard
    from app.arena.votes import Battle

    rng = np.random.default_rng(seed)
    names = list(STRENGTHS)
    battles = []
    for _ in range(votes):
        a, b = rng.choice(len(names), 2, replace=False)
        p = 1 / (1 + 10 ** ((STRENGTHS[names[b]] - STRENGTHS[names[a]]) / 400))
        roll = rng.random()
        score = 0.5 if roll < 0.15 else (1.0 if roll < 0.15 + 0.85 * p else 0.0)
        battles.append(Battle(names[a], names[b], score))
    return leaderboard(battles, bootstrap=300, seed=seed)


def dark_palette() -> Any:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base, "#1b1c1f"),
                         (QPalette.ColorRole.AlternateBase, "#2a2b2f"), (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"), (QPalette.ColorRole.Mid, "#5f6368"),
                         (QPalette.ColorRole.PlaceholderText, "#9aa0a6")):
        palette.setColor(role, QColor(colour))
    return palette


def screenshot(code: str, out_dir: Path, dark: bool = False) -> Path:
    from PySide6.QtWidgets import QApplication

    from ui.i18n import Languages
    from ui.widgets.leaderboard_chart import LeaderboardChart

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="paddock-screenshot-") as config:
        Languages(app, Path(config)).start(code)  # type: ignore[arg-type]
        chart = LeaderboardChart()
        if dark:
            chart.setPalette(dark_palette())
        chart.set_leaderboard(sample_board())
        chart.resize(chart.sizeHint().expandedTo(chart.minimumSize()).width() + 120, chart.sizeHint().height())
        chart.show()
        app.processEvents()
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / f"leaderboard-{code}{'-dark' if dark else ''}.png"
        if not chart.grab().save(str(path)):
            raise SystemExit(f"cannot write {path}")
        chart.close()
    return path


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("languages", nargs="*", default=["en", "hi", "th"])
    parser.add_argument("--dark", action="store_true", help="the dark palette")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    for code in args.languages:
        print(f"wrote {screenshot(code, args.out, args.dark)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
