"""The transcript widget: rendered replies, copy links, links to the browser, and a
streaming reply that costs the same however long the conversation above it is."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor

from app.chat.messages import ReplyStats, StopReason
from app.store.records import Message, MessageStatus, Role
from ui.markdown_html import CodeLabels, MarkdownRenderer, RenderedMarkdown
from ui.widgets.transcript_view import SHOWN_AT_OPEN, STREAM_INTERVAL_MS, TranscriptView

REPLY = ("Read it **line by line**:\n\n```python\nwith open(path) as f:\n    for line in f:\n        print(line)\n```\n\n"
         "| mode | meaning |\n|---|---|\n| r | read |\n\nSee [the docs](https://docs.python.org/3/).")


def _stats(reason: StopReason = StopReason.END_OF_TURN) -> ReplyStats:
    return ReplyStats(prompt_tokens=10, reused_tokens=0, generated_tokens=5, time_to_first_token_s=0.1,
                      prompt_tokens_per_s=100.0, tokens_per_s=20.0, stop_reason=reason)


@pytest.fixture
def view(qtbot) -> TranscriptView:  # type: ignore[no-untyped-def]
    widget = TranscriptView()
    widget.resize(700, 500)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _stream(view: TranscriptView, qtbot, text: str, pieces: int = 1) -> None:  # type: ignore[no-untyped-def]
    view.start_reply()
    size = max(1, len(text) // pieces)
    for start in range(0, len(text), size):
        view.add_reply_text(text[start:start + size])
    view.finish_reply(_stats())


def _click_link(view: TranscriptView, qtbot, href: str) -> None:  # type: ignore[no-untyped-def]
    """Click the middle of the link's text, as a person would."""
    block = view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(view.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                view.setTextCursor(cursor)
                view.ensureCursorVisible()
                point = view.cursorRect(cursor).center() + QPoint(1, 0)
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def test_a_reply_is_rendered_and_the_person_s_message_is_shown_as_typed(view: TranscriptView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.add_message("user", "Show me **how**\n  <b>indented</b>")
    _stream(view, qtbot, REPLY, pieces=40)
    text = view.plain_text()
    assert text.startswith("You\nShow me **how**\n  <b>indented</b>\nAssistant\nRead it line by line:")
    assert "with open(path) as f:\n    for line in f:" in text and "mode\nmeaning\nr\nread" in text
    assert text.endswith("See the docs.")
    assert set(view.action_links()) == {"paddock:copy/message/0", "paddock:copy/message/1", "paddock:copy/code/1/0",
                                        "paddock:edit/0", "paddock:regenerate/1"}


def test_copy_links_put_the_message_or_the_code_on_the_clipboard(view: TranscriptView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.add_message("user", "Question?")
    _stream(view, qtbot, REPLY)
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(view.copied):
        _click_link(view, qtbot, "paddock:copy/code/1/0")
    assert clipboard.text() == "with open(path) as f:\n    for line in f:\n        print(line)"
    with qtbot.waitSignal(view.copied):
        _click_link(view, qtbot, "paddock:copy/message/1")
    assert clipboard.text() == REPLY  # the Markdown as written
    with qtbot.waitSignal(view.copied):
        _click_link(view, qtbot, "paddock:copy/message/0")
    assert clipboard.text() == "Question?"


class _Browser(QObject):
    """Stands in for the system browser: Qt hands it the URLs QDesktopServices opens."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_links_open_in_the_system_browser_and_only_web_links(view: TranscriptView, qtbot) -> None:  # type: ignore[no-untyped-def]
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        _stream(view, qtbot, REPLY + " Or [this file](notes.txt).")
        _click_link(view, qtbot, "https://docs.python.org/3/")
        assert browser.opened == ["https://docs.python.org/3/"]
        with qtbot.waitSignal(view.linkRefused) as refused:
            _click_link(view, qtbot, "notes.txt")
        assert refused.args == ["notes.txt"] and browser.opened == ["https://docs.python.org/3/"]
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_streaming_renders_only_the_reply_at_most_every_33_ms(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    markdown = MarkdownRenderer()

    def render(text: str, labels: CodeLabels) -> RenderedMarkdown:
        seen.append(text)
        return markdown.render(text, labels)

    view = TranscriptView(renderer=render)
    qtbot.addWidget(view)
    view.show()
    for number in range(60):
        view.add_message("user", f"question {number}")
        view.add_message("assistant", f"answer {number} with `code`")
    before = view.plain_text()
    seen.clear()
    view.start_reply()
    started = time.monotonic()
    reply = "".join(f"Part {n}: some words\n\n```py\nx = {n}\n```\n\n" for n in range(30)) + "The end."
    for start in range(0, len(reply), 6):  # the engine's pieces arrive faster than the screen needs them
        view.add_reply_text(reply[start:start + 6])
        qtbot.wait(1)
    qtbot.waitUntil(lambda: not view._timer.isActive())
    elapsed_ms = (time.monotonic() - started) * 1000
    view.finish_reply(_stats())
    assert seen and all(text in reply for text in seen)  # never an earlier message
    assert 3 <= view.render_count <= elapsed_ms / STREAM_INTERVAL_MS + 2
    # The complete blocks are rendered once: far less than the whole reply at every render.
    assert sum(len(text) for text in seen) < 2 * len(reply) < view.render_count * len(reply) / 2
    whole = TranscriptView()
    qtbot.addWidget(whole)
    whole.add_message("assistant", reply)
    assert view.plain_text() == before + "\n" + whole.plain_text()  # the same as rendered in one go
    assert view.entries[-1].code_blocks == whole.entries[0].code_blocks == tuple(f"x = {n}" for n in range(30))
    assert "paddock:copy/code/120/29" in view.action_links()


def test_a_failed_reply_without_text_leaves_no_empty_heading(view: TranscriptView) -> None:
    view.add_message("user", "Hello")
    before = view.plain_text()
    view.start_reply()
    assert view.plain_text() == before + "\nAssistant"
    view.fail_reply()
    assert view.plain_text() == before and len(view.entries) == 1
    view.start_reply()
    view.add_reply_text("Half a")
    view.fail_reply()
    assert view.plain_text() == before + "\nAssistant\nHalf a\n(failed)"


def test_stopped_and_cut_off_replies_say_so(view: TranscriptView) -> None:
    view.start_reply()
    view.add_reply_text("Once")
    view.finish_reply(_stats(StopReason.STOPPED))
    view.start_reply()
    view.add_reply_text("Upon")
    view.finish_reply(_stats(StopReason.CONTEXT_FULL))
    assert view.plain_text().endswith("Once\n(stopped)\nAssistant\nUpon\n(cut off: the context is full. "
                                      "Start a new chat, or load the model with a longer context.)")


def _message(number: int) -> Message:
    role = Role.USER if number % 2 == 0 else Role.ASSISTANT
    return Message(id=number + 1, uuid=f"u{number}", conversation_id=1, parent_id=number or None, role=role,
                   content=f"message {number}", status=MessageStatus.DONE, model=None, settings=None,
                   stats=None, error=None, created_ms=0, updated_ms=0)


def test_a_long_conversation_opens_with_its_latest_messages(view: TranscriptView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.show_messages([_message(n) for n in range(SHOWN_AT_OPEN * 2 + 10)])
    text = view.plain_text()
    assert f"message {SHOWN_AT_OPEN + 10}\n" in text and f"message {SHOWN_AT_OPEN + 9}\n" not in text
    assert text.startswith(f"You\nmessage {SHOWN_AT_OPEN + 10}\n")
    assert view.action_links()["paddock:earlier"] == f"Show {SHOWN_AT_OPEN + 10} earlier messages"
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()
    _click_link(view, qtbot, "paddock:earlier")
    assert view.action_links()["paddock:earlier"] == "Show 10 earlier messages"
    _click_link(view, qtbot, "paddock:earlier")
    assert view.plain_text().startswith("You\nmessage 0\n") and "paddock:earlier" not in view.action_links()


def _slow_view(qtbot) -> TranscriptView:  # type: ignore[no-untyped-def]
    """A view whose replies take 1 ms each to render: opening 200 messages needs many turns."""
    markdown = MarkdownRenderer()

    def render(text: str, labels: CodeLabels) -> RenderedMarkdown:
        time.sleep(0.001)
        return markdown.render(text, labels)

    widget = TranscriptView(renderer=render)
    widget.resize(700, 500)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_long_conversation_is_drawn_over_several_turns_and_shown_once_complete(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _slow_view(qtbot)
    turns: list[int] = []
    view.show_messages([_message(n) for n in range(SHOWN_AT_OPEN + 50)])
    newest = f"message {SHOWN_AT_OPEN + 49}"
    assert newest not in view.document().toPlainText()  # the rest comes in later turns...
    assert not view.updatesEnabled()  # ...with the painting held: no half-drawn transcript shown
    drawn: list[bool] = []
    view.drawn.connect(lambda: drawn.append(True))
    while not drawn and len(turns) < 10_000:
        turns.append(1)
        qtbot.wait(1)  # the event loop runs between the turns of the drawing
    assert drawn and len(turns) > 1 and view.updatesEnabled()
    text = view.document().toPlainText()
    assert "message 50\n" in text and text.rstrip().endswith(newest) and "message 49\n" not in text
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()


def test_what_changes_or_reads_an_opening_transcript_draws_the_rest_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _slow_view(qtbot)
    view.show_messages([_message(n) for n in range(SHOWN_AT_OPEN)])
    view.add_message("user", "one more")  # goes after every message of the chat, never among them
    lines = view.plain_text().splitlines()
    assert lines[-3:] == [f"message {SHOWN_AT_OPEN - 1}", "You", "one more"] and lines[1] == "message 0"
    assert view.updatesEnabled()
    view.show_messages([_message(n) for n in range(SHOWN_AT_OPEN)])
    view.mark_left_out(4)  # an opening redrawn with the turns outside the context dimmed
    with qtbot.waitSignal(view.drawn, timeout=10_000):
        pass
    assert view.plain_text().count("outside the context") == 4
    view.show_messages([_message(n) for n in range(SHOWN_AT_OPEN)])
    view.clear_messages()  # another chat chosen: the drawing stops, nothing of it is left
    qtbot.wait(50)
    assert view.document().toPlainText() == "" and view.updatesEnabled()


def test_a_dark_palette_gets_dark_code_blocks_at_once(view: TranscriptView) -> None:
    from PySide6.QtGui import QColor, QPalette

    view.add_message("assistant", "```py\nx = 1\n```")

    def code_background() -> str:
        html = view.document().toHtml()
        return html[html.index("bgcolor=") + 9:][:7].lower()

    assert code_background() == "#f8f8f8"
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#dddddd"))
    view.setPalette(dark)  # what a system switch to dark sends: a PaletteChange
    assert code_background() == "#272822"
    assert view.plain_text() == "Assistant\npy\nx = 1"


def test_a_language_switch_in_the_middle_of_a_reply_loses_nothing(view: TranscriptView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent

    view.add_message("user", "Code, please")
    view.start_reply()
    half = len(REPLY) // 2
    view.add_reply_text(REPLY[:half])
    qtbot.waitUntil(lambda: not view._timer.isActive())
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))  # drawn again from its entries
    view.add_reply_text(REPLY[half:])
    view.finish_reply(_stats())
    whole = TranscriptView()
    qtbot.addWidget(whole)
    whole.add_message("user", "Code, please")
    whole.add_message("assistant", REPLY)
    assert view.plain_text() == whole.plain_text()
    assert view.action_links() == whole.action_links()


@pytest.mark.parametrize("pieces", [[" and", " on"], ["Word ", "by ", "word, ", "it's (fine)."],
                                    ["Plain ", "then **bold", "** and", " `code`", "\n\nNext", " one."],
                                    ["Two  spaces", " and", " more"], ["1.", " a list", " item"]])
def test_plain_words_are_typed_onto_the_growing_paragraph_as_markdown_would_show_them(  # type: ignore[no-untyped-def]
        view: TranscriptView, pieces: list[str], qtbot) -> None:
    """A paragraph of plain prose grows by the new words, not by being rendered again;
    at every step the screen shows what rendering the reply so far at once shows."""
    rendered: list[str] = []
    render = view._render
    view._render = lambda text, labels: (rendered.append(text), render(text, labels))[1]  # type: ignore[method-assign]
    view.start_reply()
    so_far = ""
    for piece in pieces * 8:
        so_far += piece
        view.add_reply_text(piece)
        view._render_stream()  # what the timer does
        whole = TranscriptView()
        qtbot.addWidget(whole)
        whole.add_message("assistant", so_far)
        assert view.plain_text() == whole.plain_text(), so_far
    if all(ch.isalpha() or ch in " ,.'()" for ch in "".join(pieces)) and "  " not in "".join(pieces):
        assert len(rendered) <= 2  # the first words only: the rest was typed on
    view.finish_reply(_stats())
    whole = TranscriptView()
    qtbot.addWidget(whole)
    whole.add_message("assistant", so_far)
    assert view.plain_text() == whole.plain_text()
