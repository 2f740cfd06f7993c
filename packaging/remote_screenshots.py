#!/usr/bin/env python3
"""A screenshot of a chat with a remote backend, for docs/screenshots/.

    .venv/bin/python packaging/remote_screenshots.py        # English
    .venv/bin/python packaging/remote_screenshots.py de     # any of the eight

For real, offscreen: llama-cpp-python's own OpenAI-compatible server on the scripted model
(the same as the tests start), added as the endpoint "lab", picked in the model picker, and
one message answered by it. Look at the picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _wait(app, done, timeout_s: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.02)


def screenshot(code: str, out_dir: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from app.dev.scripted_model import write_scripted_llama
    from app.paths import AppPaths
    from tests.remote_servers import llama_server
    from ui.main import build

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="paddock-screenshot-") as home:
        model = write_scripted_llama(Path(home) / "scripted.gguf", "Bread needs flour, water and time.")
        with llama_server(model, Path(home) / "server.log") as url:
            paddock = build(app, AppPaths.from_environment({"PADDOCK_HOME": str(Path(home) / "p")}), language=code)
            window, picker = paddock.window, paddock.models_ui.picker
            try:
                window.resize(1000, 600)
                window.show()
                assert paddock.remote is not None
                paddock.remote.add("lab", url)
                _wait(app, lambda: picker.combo.count() > 1)
                picker.combo.setCurrentIndex(picker.combo.count() - 1)
                picker.combo.activated.emit(picker.combo.count() - 1)
                _wait(app, lambda: paddock.controller.model_info is not None)
                window.input.setPlainText("What does bread need?")
                window.send()
                _wait(app, lambda: not paddock.controller.busy)
                for _ in range(20):
                    app.processEvents()
                out_dir.mkdir(parents=True, exist_ok=True)
                path = out_dir / f"remote-chat-{code}.png"
                window.grab().save(str(path))
                return path
            finally:
                window.close()
                paddock.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", default=["en"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    for code in args.languages:
        print(screenshot(code, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
