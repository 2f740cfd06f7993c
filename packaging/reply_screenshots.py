#!/usr/bin/env python3
"""Screenshots of a rendered reply (a highlighted code block and a table) for docs/screenshots/.

    .venv/bin/python packaging/reply_screenshots.py            # English, Hindi and Thai
    .venv/bin/python packaging/reply_screenshots.py de         # any of the eight

Offscreen, with a temporary PADDOCK_HOME and no model: the window gets what the engine
would report (packaging/screenshots.py does the same for the plain window). Look at each
picture: code colours, table borders, and no empty boxes instead of letters.
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

from app.store.records import Role  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.store.records import Message

CODE = ("```python\nfrom pathlib import Path\n\n\ndef count_words(path: Path) -> int:\n"
        "    \"\"\"{doc}\"\"\"\n    text = path.read_text(encoding=\"utf-8\")\n"
        "    return len(text.split())  # {comment}\n```")
TURNS = {
    "en": ("How do I count the words in a text file with Python?",
           "Read the file as **UTF-8** and split it on whitespace:\n\n"
           + CODE.format(doc="How many words the file holds.", comment="runs of spaces count once")
           + "\n\n| Method | Speed | Memory |\n|---|---|--:|\n| `read_text().split()` | fast | whole file |\n"
             "| line by line | a little slower | one line |\n\nSee the [pathlib documentation](https://docs.python.org/3/library/pathlib.html)."),
    "hi": ("Python से किसी टेक्स्ट फ़ाइल के शब्द कैसे गिनें?",
           "फ़ाइल को **UTF-8** में पढ़ें और खाली जगहों पर बाँटें:\n\n"
           + CODE.format(doc="फ़ाइल में कितने शब्द हैं।", comment="कई खाली जगहें एक ही गिनी जाती हैं")
           + "\n\n| तरीका | गति | मेमोरी |\n|---|---|--:|\n| `read_text().split()` | तेज़ | पूरी फ़ाइल |\n"
             "| पंक्ति दर पंक्ति | थोड़ा धीमा | एक पंक्ति |\n\n[pathlib का दस्तावेज़](https://docs.python.org/3/library/pathlib.html) देखें।"),
    "th": ("จะนับจำนวนคำในไฟล์ข้อความด้วย Python ได้อย่างไร",
           "อ่านไฟล์เป็น **UTF-8** แล้วแยกตามช่องว่าง:\n\n"
           + CODE.format(doc="จำนวนคำในไฟล์", comment="ช่องว่างหลายช่องนับเป็นหนึ่ง")
           + "\n\n| วิธี | ความเร็ว | หน่วยความจำ |\n|---|---|--:|\n| `read_text().split()` | เร็ว | ทั้งไฟล์ |\n"
             "| ทีละบรรทัด | ช้ากว่าเล็กน้อย | หนึ่งบรรทัด |\n\nดู[เอกสารของ pathlib](https://docs.python.org/3/library/pathlib.html)"),
}


def screenshot(code: str, out_dir: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from app.chat.messages import ReplyStats, StopReason
    from app.chat.turn import TurnResult
    from app.engine.settings import ModelInfo
    from app.paths import AppPaths
    from ui.main import build

    app = QApplication.instance() or QApplication([sys.argv[0]])
    user, reply = TURNS.get(code, TURNS["en"])
    with tempfile.TemporaryDirectory(prefix="paddock-screenshot-") as home:
        paddock = build(app, AppPaths.from_environment({"PADDOCK_HOME": home}), language=code)  # type: ignore[arg-type]
        window, controller = paddock.window, paddock.controller
        try:
            window.resize(1100, 760)
            window.show()
            controller.on_loaded(ModelInfo(
                path=Path("Llama-3.1-8B-Instruct-Q4_K_M.gguf"), architecture="llama", name="Llama 3.1 8B Instruct",
                file_type="Q4_K_M", n_ctx=8192, n_ctx_train=131072, n_vocab=128256, n_embd=4096,
                has_chat_template=True, llama_cpp_version="0.3.36"))
            controller.messageAdded.emit("user", user)
            controller.replyStarted.emit()
            for start in range(0, len(reply), 7):  # streamed, as a reply arrives
                controller.on_text(reply[start:start + 7])
            stats = ReplyStats(prompt_tokens=412, reused_tokens=236, generated_tokens=171, time_to_first_token_s=0.42,
                               prompt_tokens_per_s=310.0, tokens_per_s=23.7, stop_reason=StopReason.END_OF_TURN)
            controller.on_turn_ended(TurnResult((), reply, stats))
            out_dir.mkdir(parents=True, exist_ok=True)
            path = out_dir / f"reply-code-table-{code}.png"
            _save(window, path)
            # The same exchange as saved, its reply the second of three (regenerated twice).
            window.transcript.set_alternatives({3: (2, 3, 4)})
            window.transcript.show_messages([_message(1, Role.USER, user), _message(3, Role.ASSISTANT, reply)])
            _save(window, out_dir / f"reply-alternatives-{code}.png")
            dialog = window.edit_sampling()
            _save(dialog, out_dir / f"sampling-settings-{code}.png")
            dialog.reject()
            return path
        finally:
            window.close()
            paddock.languages.close()
            paddock.shutdown()


def _message(number: int, role: "Role", text: str) -> "Message":
    from app.store.records import Message, MessageStatus

    return Message(id=number, uuid=f"m{number}", conversation_id=1, parent_id=number - 1 or None, role=role,
                   content=text, status=MessageStatus.DONE, model=None, settings=None, stats=None, error=None,
                   created_ms=0, updated_ms=0)


def _save(window: "QWidget", path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    if not window.grab().save(str(path)):
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
