#!/usr/bin/env python3
"""Screenshots of the Compare window (blind, after the vote) and its leaderboard, for
docs/screenshots/.

    .venv/bin/python packaging/compare_screenshots.py            # English, Hindi and Thai
    .venv/bin/python packaging/compare_screenshots.py de         # any of the eight

Offscreen, with a temporary PADDOCK_HOME and no model: the schedule is the planner's for
the catalog's Llama 3.2 3B and 3.1 8B on a 16 GiB, 8-core machine, the panes get what
their engines would report, and the votes are real ones stored in the temporary
database. Look at each picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GIB = 1024**3
MODELS = (("llama-3.2-3b", "Q4_K_M", "Llama-3.2-3B-Instruct-Q4_K_M.gguf"),
          ("llama-3.1-8b", "Q4_K_M", "Llama-3.1-8B-Instruct-Q4_K_M.gguf"))
TEXTS = {
    "en": ("Explain in two sentences why bread needs time to rise.",
           "Yeast eats the sugars in the flour and gives off carbon dioxide, which the gluten traps as bubbles. "
           "That takes an hour or two, and the slow rise also builds the bread's flavour.",
           "Bread rises because yeast produces gas. Give it time so the dough doubles."),
    "hi": ("दो वाक्यों में समझाइए कि रोटी के आटे को फूलने में समय क्यों लगता है।",
           "ख़मीर आटे की शर्करा खाकर कार्बन डाइऑक्साइड छोड़ता है, जिसे ग्लूटेन बुलबुलों में रोक लेता है। "
           "इसमें एक-दो घंटे लगते हैं और धीमा उठना स्वाद भी बढ़ाता है।",
           "ख़मीर गैस बनाता है, इसलिए आटा फूलता है। उसे दुगना होने तक समय दीजिए।"),
    "th": ("อธิบายสั้นๆ สองประโยคว่าทำไมขนมปังต้องใช้เวลาในการขึ้นฟู",
           "ยีสต์กินน้ำตาลในแป้งแล้วปล่อยคาร์บอนไดออกไซด์ ซึ่งกลูเตนเก็บไว้เป็นฟองอากาศ "
           "ใช้เวลาหนึ่งถึงสองชั่วโมง และการขึ้นช้าๆ ยังช่วยเพิ่มรสชาติด้วย",
           "ขนมปังขึ้นฟูเพราะยีสต์สร้างก๊าซ ให้เวลาจนแป้งขยายเป็นสองเท่า"),
}


def _planner(setups: Sequence[object]) -> object:
    from app.arena.schedule import PaneLoad, schedule_panes
    from app.catalog.entries import load_catalog
    from app.engine.settings import LoadSettings
    from app.hardware.detect import HardwareSnapshot
    from app.planner.model_size import footprint_for

    hw = HardwareSnapshot(ram_total=16 * GIB, ram_available=12 * GIB, physical_cores=8, logical_cores=16)
    catalog = load_catalog()
    panes = [PaneLoad(letter, footprint_for(catalog.model(model_id), quant),
                      LoadSettings(model_path=Path(name), n_ctx=4096, n_threads=8))
             for letter, (model_id, quant, name) in zip("AB", MODELS)]
    return schedule_panes(panes, hw)


def _earlier_votes(home: str) -> None:
    """Votes cast before this one, so the leaderboard has something to rank."""
    from app.arena.votes import ModelIdentity, Outcome, Vote, record_vote
    from app.paths import AppPaths
    from app.store.location import database_path
    from app.store.opening import open_store

    def model(name: str) -> ModelIdentity:
        return ModelIdentity.of(name, "", {"ctx": 4096, "kv": "f16", "temperature": 0.7})

    small, large, tiny = model(MODELS[0][2]), model(MODELS[1][2]), model("Llama-3.2-1B-Instruct-Q8_0.gguf")
    store = open_store(database_path(AppPaths.from_environment({"PADDOCK_HOME": home})))
    try:
        db = store.connection()
        battles = [(large, small, 0)] * 6 + [(small, large, 0)] * 3 + [(large, tiny, 0)] * 5 + \
            [(small, tiny, 0)] * 4 + [(tiny, small, 0)] * 2 + [(tiny, large, None)] * 2
        for a, b, winner in battles:
            outcome = Outcome.WINNER if winner is not None else Outcome.TIE
            record_vote(db, Vote((a, b), outcome, winner, tags={"language": "en"}))
    finally:
        store.close()


def screenshot(code: str, out_dir: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from app.chat.messages import ReplyStats, StopReason
    from app.paths import AppPaths
    from ui.controllers.compare_controller import Outcome, PaneResult
    from ui.main import build

    app = QApplication.instance() or QApplication([sys.argv[0]])
    prompt, good, short = TEXTS.get(code, TEXTS["en"])
    with tempfile.TemporaryDirectory(prefix="paddock-screenshot-") as home:
        _earlier_votes(home)
        paddock = build(app, AppPaths.from_environment({"PADDOCK_HOME": home}), language=code)  # type: ignore[arg-type]
        try:
            while paddock.history.task.store is None:
                app.processEvents()
            assert paddock.compare is not None and paddock.compare.open_window is not None
            controller = paddock.compare.controller
            controller._planner = _planner  # the catalog's models on a fixed machine, not this one's
            controller._shuffle = lambda order: order.reverse()  # blind: the 8B shown as A
            paddock.compare.open_window()
            window = paddock.compare.window
            assert window is not None
            window.resize(1180, 720)
            for pane, (_id, _quant, name) in zip(window.panes, MODELS):
                pane.choose_file(Path(name))
            window.input.setPlainText(prompt)
            controller.runRequested.disconnect()  # no engines: the panes get what they would report
            window.send()
            speeds = ((0.31, 182.0, 21.4, 5_100_000_000), (0.74, 71.0, 9.8, 6_300_000_000))
            for slot, (text, (ttft, pp, tg, memory)) in enumerate(zip((good, short), speeds)):
                stats = ReplyStats(prompt_tokens=38, reused_tokens=0, generated_tokens=len(text) // 4,
                                   time_to_first_token_s=ttft, prompt_tokens_per_s=pp, tokens_per_s=tg,
                                   stop_reason=StopReason.END_OF_TURN)
                controller.on_text(slot, text)
                controller.on_finished(PaneResult(slot, text, stats, memory))
            window.task_box.setCurrentText("explain")
            window.language_edit.setText(code)
            window.vote(Outcome.WINNER, 0)
            _settle(app, lambda: window.continue_button.isEnabled())
            out_dir.mkdir(parents=True, exist_ok=True)
            path = out_dir / f"compare-{code}.png"
            _save(window.grab(), path)
            window.tabs.setCurrentIndex(1)
            _settle(app, lambda: window.leaderboard.table.rowCount() == 3)
            _save(window.grab(), out_dir / f"compare-leaderboard-{code}.png")
            return path
        finally:
            paddock.window.close()
            paddock.languages.close()
            paddock.shutdown()


def _settle(app: object, done: object) -> None:
    import time

    end = time.monotonic() + 30
    while not done() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)
    if not done():  # type: ignore[operator]
        raise SystemExit("the window did not get there")
    for _ in range(3):
        app.processEvents()  # type: ignore[attr-defined]


def _save(picture: object, path: Path) -> None:
    if not picture.save(str(path)):  # type: ignore[attr-defined]
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
