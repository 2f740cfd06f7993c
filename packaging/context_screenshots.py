#!/usr/bin/env python3
"""Screenshots of the context-full choice and of turns left out, for docs/screenshots/.

    .venv/bin/python packaging/context_screenshots.py            # English, Hindi and Thai
    .venv/bin/python packaging/context_screenshots.py de         # any of the eight

Offscreen, with a temporary PADDOCK_HOME and no model: the window gets what the engine
would report (as packaging/reply_screenshots.py does). The choice is a window of its own,
so it is drawn over the main window's picture where it opens. Look at each picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QWidget

TURNS = {
    "en": ("Summarise chapter %d of the report.", "Chapter %d says the harvest was late but good.",
           "Now compare all the chapters in one table."),
    "hi": ("रिपोर्ट के अध्याय %d का सार बताइए।", "अध्याय %d कहता है कि फ़सल देर से आई, पर अच्छी थी।",
           "अब सभी अध्यायों की तुलना एक तालिका में कीजिए।"),
    "th": ("สรุปบทที่ %d ของรายงาน", "บทที่ %d บอกว่าการเก็บเกี่ยวล่าช้าแต่ได้ผลดี",
           "ตอนนี้เปรียบเทียบทุกบทในตารางเดียว"),
}


def screenshot(code: str, out_dir: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from app.chat.messages import ChatMessage, ReplyStats, StopReason
    from app.chat.turn import TurnResult
    from app.engine.settings import LoadSettings, ModelInfo
    from app.paths import AppPaths
    from ui.main import build

    app = QApplication.instance() or QApplication([sys.argv[0]])
    ask, answer, last = TURNS.get(code, TURNS["en"])
    with tempfile.TemporaryDirectory(prefix="paddock-screenshot-") as home:
        paddock = build(app, AppPaths.from_environment({"PADDOCK_HOME": home}), language=code)  # type: ignore[arg-type]
        window, controller = paddock.window, paddock.controller
        try:
            window.resize(1100, 760)
            window.show()
            model = Path("Llama-3.1-8B-Instruct-Q4_K_M.gguf")
            controller.on_loaded(ModelInfo(
                path=model, architecture="llama", name="Llama 3.1 8B Instruct", file_type="Q4_K_M", n_ctx=4096,
                n_ctx_train=131072, n_vocab=128256, n_embd=4096, has_chat_template=True, llama_cpp_version="0.3.36"))
            controller._load_settings = LoadSettings(model_path=model, n_ctx=4096)  # as a real load leaves it
            history = [ChatMessage("system", controller.system_prompt)]
            for chapter in range(1, 5):
                history += [ChatMessage("user", ask % chapter), ChatMessage("assistant", answer % chapter)]
                window.transcript.add_message("user", ask % chapter)
                window.transcript.add_message("assistant", answer % chapter)
            stats = ReplyStats(prompt_tokens=3420, reused_tokens=3300, generated_tokens=210, time_to_first_token_s=0.4,
                               prompt_tokens_per_s=310.0, tokens_per_s=23.7, stop_reason=StopReason.END_OF_TURN)
            controller.on_turn_ended(TurnResult(tuple(history), answer % 4, stats))
            window.input.setPlainText(last)
            window.context_meter.refresh()
            window.send()
            box = window.context_guard.box
            if box is None:
                raise SystemExit("the context-full choice did not open")
            box.planner_answered(True)  # what the planner says for this machine, without asking it
            out_dir.mkdir(parents=True, exist_ok=True)
            path = out_dir / f"context-full-{code}.png"
            _save(_with_box(window, box), path)
            box.close()
            window.context_guard.box = None
            # After "Drop the oldest turns": the first two are dimmed, the stats line says so.
            window.transcript.mark_left_out(2)
            controller._set_status(controller.status.state, stats, seen=(7, 9))
            _save(window.grab(), out_dir / f"context-dropped-{code}.png")
            return path
        finally:
            window.close()
            paddock.languages.close()
            paddock.shutdown()


def _with_box(window: "QWidget", box: "QWidget") -> "QPixmap":
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    picture = window.grab()
    drawn = box.grab()
    painter = QPainter(picture)
    at = QPoint((picture.width() - drawn.width()) // 2, (picture.height() - drawn.height()) // 3)
    painter.drawPixmap(at, drawn)
    painter.end()
    return picture


def _save(picture: "QPixmap", path: Path) -> None:
    if not picture.save(str(path)):
        raise SystemExit(f"cannot write {path}")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("languages", nargs="*", default=["en", "hi", "th"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    for code in args.languages:
        print(f"wrote {screenshot(code, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
