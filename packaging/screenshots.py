#!/usr/bin/env python3
"""Screenshots of the main window in other languages, for docs/screenshots/.

    .venv/bin/python packaging/screenshots.py            # Hindi and Thai
    .venv/bin/python packaging/screenshots.py de fr es   # any of the eight, or pseudo

Runs offscreen (no display needed) with a temporary PADDOCK_HOME. No model is loaded:
the window gets what the engine would report (a loaded Llama 3.1 8B, a conversation
written in the language, the reply statistics), so the picture shows real rendering of
Devanagari and Thai text with the bundled Noto fonts. Look at the result: an empty box
instead of a letter means a font is missing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# (user, assistant) turns, written as a person and a good reply in that language would be.
CONVERSATIONS = {
    "hi": [
        (
            "नमस्ते! क्या आप मुझे समझा सकते हैं कि मॉडल का कॉन्टेक्स्ट क्या होता है?",
            "ज़रूर! कॉन्टेक्स्ट वह पूरा पाठ है जिसे मॉडल एक बार में देख सकता है: आपकी बातचीत, सिस्टम "
            "प्रॉम्प्ट और उसका अपना जवाब। इसे टोकन में मापा जाता है। अगर बातचीत कॉन्टेक्स्ट से लंबी हो "
            "जाए, तो सबसे पुराने हिस्से मॉडल को दिखाई नहीं देते। लंबी बातचीत के लिए बड़ा कॉन्टेक्स्ट चुनें, "
            "लेकिन ध्यान रखें कि उसमें ज़्यादा मेमोरी लगती है।",
        ),
        (
            "धन्यवाद! 8,192 टोकन लगभग कितने शब्दों के बराबर हैं?",
            "मोटे तौर पर, हिन्दी का एक शब्द कई टोकन में बँट सकता है, इसलिए 8,192 टोकन लगभग 3,000 से "
            "4,000 शब्दों के बराबर होते हैं। अंग्रेज़ी में यही संख्या क़रीब 6,000 शब्द होती है।",
        ),
    ],
    "th": [
        (
            "สวัสดีครับ ช่วยอธิบายหน่อยได้ไหมว่าบริบทของโมเดลคืออะไร",
            "ได้เลยครับ บริบทคือข้อความทั้งหมดที่โมเดลมองเห็นได้ในคราวเดียว ทั้งบทสนทนาของคุณ "
            "พรอมต์ของระบบ และคำตอบที่โมเดลกำลังเขียน บริบทวัดเป็นโทเค็น ถ้าบทสนทนายาวเกินบริบท "
            "ส่วนที่เก่าที่สุดจะหลุดออกไปและโมเดลจะมองไม่เห็นอีก หากต้องการคุยยาวๆ ให้เลือกบริบทที่ใหญ่ขึ้น "
            "แต่จะใช้หน่วยความจำมากขึ้นด้วย",
        ),
        (
            "ขอบคุณครับ แล้ว 8,192 โทเค็นเท่ากับประมาณกี่คำ",
            "โดยคร่าวๆ คำภาษาไทยหนึ่งคำอาจถูกแบ่งเป็นหลายโทเค็น 8,192 โทเค็นจึงเท่ากับประมาณ 3,000 "
            "ถึง 4,000 คำ ส่วนภาษาอังกฤษจะได้ราว 6,000 คำ",
        ),
    ],
}
FALLBACK_CONVERSATION = [
    ("नमस्ते! สวัสดีครับ", "नमस्ते! สวัสดีครับ ยินดีช่วยเหลือ"),
]


# Earlier conversations in the history list (titled as the model would title them).
EARLIER_TITLES = {
    "hi": ["दाल मखनी की आसान विधि", "Python में फ़ाइल पढ़ना", "दिल्ली यात्रा की योजना"],
    "th": ["สูตรต้มยำกุ้งแบบง่าย", "อ่านไฟล์ด้วย Python", "วางแผนเที่ยวเชียงใหม่"],
}
FALLBACK_TITLES = ["Easy dal makhani recipe", "Reading files in Python", "Planning a trip to Delhi"]


def seed_history(home: Path, code: str) -> None:
    """The history the window opens: a few earlier conversations and the one on screen."""
    from app.chat.conversation_recorder import ConversationRecorder
    from app.chat.messages import ReplyStats, StopReason
    from app.paths import AppPaths
    from app.store.conversations import set_title
    from app.store.location import database_path
    from app.store.opening import open_store
    from app.store.records import TitleSource

    stats = ReplyStats(prompt_tokens=40, reused_tokens=0, generated_tokens=20, time_to_first_token_s=0.3,
                       prompt_tokens_per_s=300.0, tokens_per_s=24.0, stop_reason=StopReason.END_OF_TURN)
    with open_store(database_path(AppPaths.from_environment({"PADDOCK_HOME": str(home)}))) as store:
        db = store.connection()
        earlier = EARLIER_TITLES.get(code, FALLBACK_TITLES)
        turns = CONVERSATIONS.get(code, FALLBACK_CONVERSATION)
        for title, (user, assistant) in [*zip(earlier, [turns[0]] * len(earlier)), (None, turns[0])]:
            recorder = ConversationRecorder(db)
            recorder.add_user(user, model="Llama 3.1 8B Instruct")
            recorder.start_reply(model="Llama 3.1 8B Instruct")
            recorder.add_reply_text(assistant)
            recorder.finish_reply(stats)
            assert recorder.conversation_id is not None
            if title:
                set_title(db, recorder.conversation_id, title, TitleSource.MODEL)


def screenshot(code: str, out_dir: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from app.chat.messages import ReplyStats, StopReason
    from app.chat.turn import TurnResult
    from app.engine.settings import ModelInfo
    from app.paths import AppPaths
    from ui.main import build

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="paddock-screenshot-") as home:
        seed_history(Path(home), code)
        paddock = build(app, AppPaths.from_environment({"PADDOCK_HOME": home}), language=code)  # type: ignore[arg-type]
        try:
            window, controller = paddock.window, paddock.controller
            window.resize(1100, 700)
            window.show()
            deadline = time.monotonic() + 30
            while len(window.history_panel.titles()) < 4 and time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.01)
            controller.on_conversation_started(4)  # the newest one is on screen
            controller.on_loaded(
                ModelInfo(
                    path=Path("Llama-3.1-8B-Instruct-Q4_K_M.gguf"), architecture="llama",
                    name="Llama 3.1 8B Instruct", file_type="Q4_K_M", n_ctx=8192, n_ctx_train=131072,
                    n_vocab=128256, n_embd=4096, has_chat_template=True, llama_cpp_version="0.3.36",
                )
            )
            for user, assistant in CONVERSATIONS.get(code, FALLBACK_CONVERSATION):
                controller.messageAdded.emit("user", user)
                controller.replyStarted.emit()
                controller.on_text(assistant)
                stats = ReplyStats(
                    prompt_tokens=412, reused_tokens=236, generated_tokens=118, time_to_first_token_s=0.42,
                    prompt_tokens_per_s=310.0, tokens_per_s=23.7, stop_reason=StopReason.END_OF_TURN,
                )
                controller.on_turn_ended(TurnResult((), assistant, stats))
            for _ in range(3):  # a label that wraps to two lines gets them after two layout rounds
                QApplication.processEvents()
            out_dir.mkdir(parents=True, exist_ok=True)
            path = out_dir / f"main-window-{code}.png"
            if not window.grab().save(str(path)):
                raise SystemExit(f"cannot write {path}")
            return path
        finally:
            window.close()
            paddock.languages.close()
            paddock.shutdown()


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("languages", nargs="*", default=["hi", "th"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    for code in args.languages:
        print(f"wrote {screenshot(code, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
