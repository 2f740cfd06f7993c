"""Switching the interface language live: the chooser in the window goes through all
eight languages, every visible text follows at once, nothing stays in English but names,
the choice is remembered, and the model's system prompt takes the new language as hint."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMessageBox, QPlainTextEdit, QWidget

from app.chat.messages import ReplyStats, StopReason
from app.chat.system_prompt import default_system_prompt
from app.chat.turn import TurnResult
from app.engine.settings import ModelInfo
from app.paths import AppPaths
from ui.i18n import LANGUAGES
from ui.main import Paddock, build
from ui.widgets.main_window import MainWindow

MODEL = ModelInfo(
    path=Path("/models/Llama-3.1-8B-Instruct-Q4_K_M.gguf"), architecture="llama", name="Llama 3.1 8B Instruct",
    file_type="Q4_K_M", n_ctx=131072, n_ctx_train=131072, n_vocab=128256, n_embd=4096,
    has_chat_template=True, llama_cpp_version="0.3",
)
STATS = ReplyStats(
    prompt_tokens=1234, reused_tokens=1200, generated_tokens=512, time_to_first_token_s=0.25,
    prompt_tokens_per_s=900.0, tokens_per_s=42.5, stop_reason=StopReason.LENGTH,
)
# Texts that are the same in English and a translation on purpose: names, and words
# the language shares with English.
NAMES = {"Paddock"}
SAME_AS_ENGLISH = {"fr": {"Assistant"}}
# Latin-script words allowed in Hindi and Thai texts: names and key caps.
LATIN_NAMES = {"Paddock", "GGUF", "Enter", "Shift"}
HOME = {"PADDOCK_HOME": ""}


@pytest.fixture
def paddock(qapp, tmp_path: Path, monkeypatch) -> Iterator[Paddock]:  # type: ignore[no-untyped-def]
    """The whole app in English with a conversation and a finished reply on screen; the
    engine is never asked for anything (the controller gets the engine's reports)."""
    monkeypatch.delenv("PADDOCK_LANGUAGE", raising=False)
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en")
    app.window.show()
    app.controller.on_loaded(MODEL)
    app.controller.messageAdded.emit("user", "नमस्ते! क्या आप हिन्दी में जवाब दे सकते हैं?")
    app.controller.replyStarted.emit()
    app.controller.on_text("สวัสดีครับ ยินดีช่วยเหลือ")
    app.controller.on_turn_ended(TurnResult((), "สวัสดีครับ ยินดีช่วยเหลือ", STATS))
    yield app
    app.window.close()
    app.languages.close()
    app.shutdown()


def visible_texts(window: MainWindow) -> dict[str, str]:
    """Every text the window shows or tells (tooltips, accessible names), by place."""
    texts = {"title": window.windowTitle()}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget is window.language_box:
            continue
        place = f"{type(widget).__name__}@{widget.objectName() or id(widget)}"
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts[place] = widget.text()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                texts[f"{place}[{index}]"] = widget.itemText(index)
        if isinstance(widget, QPlainTextEdit):
            texts[f"{place}.placeholder"] = widget.placeholderText()
        texts[f"{place}.tooltip"] = widget.toolTip()
        texts[f"{place}.accessible"] = widget.accessibleName()
    texts["language chooser"] = window.language_box.toolTip()
    for number, line in enumerate(window.transcript.role_lines()):
        texts[f"role line {number}"] = line
    for href, text in window.transcript.action_links().items():
        texts[f"link {href}"] = text
    return {place: text for place, text in texts.items() if text}


def test_the_chooser_lists_every_language_by_its_own_name(paddock: Paddock) -> None:
    box = paddock.window.language_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "English", "Deutsch", "Français", "Italiano", "Português", "हिन्दी", "Español", "ไทย",
    ]
    assert box.currentText() == "English"


def test_switching_through_all_eight_languages_live(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = paddock.window
    english = visible_texts(window)
    assert len(english) >= 15 and "Sie" not in english.values()
    box = window.language_box
    box.setFocus()
    for language in LANGUAGES[1:]:
        # The person steps down the list with the keyboard; each step applies at once.
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentData() == language.code and paddock.languages.current == language.code
        texts = visible_texts(window)
        assert texts.keys() == english.keys(), language.code
        # Figures alone (the context meter's "1,073 / 131,072") have no words to translate.
        unchanged = {place: text for place, text in texts.items()
                     if text == english[place] and any(c.isalpha() for c in text)}
        assert set(unchanged.values()) <= NAMES | SAME_AS_ENGLISH.get(language.code, set()), (language.code, unchanged)
        if language.code in ("hi", "th"):
            words = set()
            for text in texts.values():
                words |= set(re.findall(r"[A-Za-z]+", text.replace(MODEL.name, "").replace(MODEL.file_type, "")))
            assert words <= LATIN_NAMES, (language.code, words - LATIN_NAMES)
        assert paddock.controller.ui_language == language.code
    qtbot.keyClick(box, Qt.Key.Key_Home)  # back to the top of the list
    assert visible_texts(window) == english


def test_numbers_follow_the_language(paddock: Paddock) -> None:
    window = paddock.window
    paddock.languages.choose("de")
    assert window.model_label.text().endswith("Kontext 131.072 Tokens")
    assert "42,5 Tokens/s" in window.stats_label.text() and "512 Tokens" in window.stats_label.text()
    paddock.languages.choose("fr")
    assert window.model_label.text().endswith("contexte de 131\u202f072 jetons")
    paddock.languages.choose("hi")
    assert "1,31,072" in window.model_label.text()  # Indian digit grouping
    assert QLocale().language() == QLocale.Language.Hindi


def test_plural_forms(paddock: Paddock) -> None:
    window = paddock.window
    one = ReplyStats(10, 0, 1, 0.1, 1.0, 1.0, StopReason.END_OF_TURN)
    assert window.stats_text(one).startswith("1 token ·")
    assert window.stats_text(STATS).startswith("512 tokens ·")
    paddock.languages.choose("fr")
    zero = ReplyStats(10, 0, 0, 0.1, 1.0, 1.0, StopReason.STOPPED)
    assert window.stats_text(zero).startswith("0 jeton ·")  # French: 0 is singular
    assert window.stats_text(STATS).startswith("512 jetons ·")
    paddock.languages.choose("th")
    assert window.stats_text(one).startswith("1 โทเค็น ·")


def test_the_choice_is_remembered_for_the_next_start(paddock: Paddock, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    paddock.languages.choose("th")
    again = build(qapp, paddock.paths)
    try:
        assert again.languages.current == "th" and again.controller.ui_language == "th"
        assert again.window.language_box.currentText() == "ไทย"
        assert again.window.send_button.text() == "ส่ง"
    finally:
        again.window.close()
        again.shutdown()


def test_the_system_prompt_offers_the_interface_language_as_hint(paddock: Paddock) -> None:
    paddock.languages.choose("hi")
    prompt = default_system_prompt(paddock.controller.ui_language)
    assert "answer in the language the user writes in" in prompt and "Hindi" in prompt
    paddock.languages.choose("en")
    assert "Hindi" not in default_system_prompt(paddock.controller.ui_language)


@pytest.mark.parametrize("code, ok", [("hi", "ठीक है"), ("th", "ตกลง"), ("es", "Aceptar"), ("de", "OK")])
def test_qt_dialog_buttons_speak_the_language_too(paddock: Paddock, qtbot, code: str, ok: str) -> None:  # type: ignore[no-untyped-def]
    """Qt ships no Hindi or Thai texts for its own buttons; Paddock's files supply them."""
    paddock.languages.choose(code)
    paddock.controller.on_load_failed("model_file", "not a GGUF file")
    box = paddock.window.findChild(QMessageBox, "errorBox")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert [button.text() for button in box.buttons()] == [ok]
    assert box.text() != "This model file cannot be used"
    box.close()
