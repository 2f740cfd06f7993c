"""The transcript: the conversation as rendered rich text, the reply streaming into it.

Replies are Markdown (ui/markdown_html.py, code highlighted by Pygments); a person's
messages are shown as typed. Each message has a copy link beside its role, each code
block one above its code; other links open in the system browser (http, https and mailto
only). The person's turns are set apart: indented, on a tinted background.

Streaming stays cheap: only the reply being written changes, at most once every
STREAM_INTERVAL_MS, and of it only its last Markdown block (the one still growing: the
blocks above it are complete, rendered once), so an update costs about one block,
never the conversation. A saved conversation opens with its last SHOWN_AT_OPEN
messages; a link at the top shows the earlier ones. They are rendered a few at a time,
OPEN_TURN_S of work per event-loop turn with the view's painting held until the last one
is in (`drawn` then), so opening a long chat never stalls the window for long; anything
that changes or reads the transcript meanwhile first draws the rest at once. A language or
palette change renders the shown messages again (rare; the notes and labels are in the
new language).

Here: the widget's state, what the window calls, streaming, clicks, and every tr() text.
It draws with ui/widgets/transcript_entries.py (what is shown), message_html.py (headings,
their links, dimming), document_tail.py (edits at the end) and ui/citations.py.
"""

from __future__ import annotations

import time
from collections import deque
from typing import Callable, Optional

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.chat.grounding import Passage
from app.chat.messages import ReplyStats, StopReason
from app.store.records import Message, MessageStatus
from ui.citations import CITE_SCHEME, cited, describe_source, link_citations, source_url, sources_html
from ui.markdown_html import CodeLabels, MarkdownRenderer, RenderedMarkdown
from ui.widgets.document_tail import PlainProseTail, cursor_from, document_end, insert_at_end
from ui.widgets.document_text import links, readable_text
from ui.widgets.message_html import (
    ACTION_SCHEME,
    Action,
    earlier_html,
    is_dark,
    left_out_html,
    note_html,
    parse_action,
    reply_heading_html,
    switcher_html,
    user_body_html,
    user_heading_html,
    user_tint,
)
from ui.widgets.transcript_entries import Entry, entry_from, index_of, position_of, sent_again

__all__ = ["ACTION_SCHEME", "SHOWN_AT_OPEN", "STREAM_INTERVAL_MS", "Entry", "TranscriptView", "sent_again"]

STREAM_INTERVAL_MS = 33  # at most ~30 renders of the streaming reply a second
SHOWN_AT_OPEN = 200  # messages rendered when a conversation opens
OPEN_TURN_S = 0.003  # rendering an opened conversation yields to the event loop this often
BROWSER_SCHEMES = ("http", "https", "mailto")

Renderer = Callable[[str, CodeLabels], RenderedMarkdown]


class TranscriptView(QTextBrowser):
    copied = Signal(str)  # what was put on the clipboard
    linkRefused = Signal(str)  # a link of a kind Paddock does not open
    alternativeChosen = Signal(int)  # the id of the alternative to show ("‹ 2/3 ›")
    regenerateRequested = Signal(int)  # the position of the reply to write again (ChatController.chat)
    editRequested = Signal(int)  # the position of the person's message to edit
    drawn = Signal()  # every shown message of a conversation opened is drawn

    def __init__(self, parent: Optional[QWidget] = None, renderer: Optional[Renderer] = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # every click comes to _on_anchor; nothing navigates in here
        self.document().setUndoRedoEnabled(False)  # a streamed reply would pile up undo steps
        self.entries: list[Entry] = []
        self.alternatives: dict[int, tuple[int, ...]] = {}  # message id -> its alternatives' ids
        self._earlier: list[Message] = []  # messages above the shown ones, not drawn yet
        self._undrawn: Optional[int] = None  # while drawing: the next entry to draw
        self._opening = False  # drawing over several turns: `drawn` once done
        self._to_end_when_drawn = False  # and then scrolled to the end (a chat opened)
        self._draw_timer = QTimer(self)  # the next turn of that drawing
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(0)
        self._draw_timer.timeout.connect(self._draw_turn)
        self._streaming = False
        self._last_start: Optional[int] = 0  # where the last message begins (None: not known)
        self._tail_start = 0  # where the streaming reply's growing block begins
        self._frozen_len = 0  # characters of the streaming reply above its growing block
        self._frozen_code: list[str] = []  # the code blocks among them
        self._plain_tail = PlainProseTail()  # the growing block as drawn, when it is plain prose
        self._markdown = MarkdownRenderer(dark=is_dark(self.palette()))
        self._render: Renderer = renderer or self._render_markdown
        self.render_count = 0  # renders of a streaming reply (the benchmark and tests read it)
        # How long the latest renders took (benchmarks/ui_latency.py); bounded for long sessions.
        self.render_seconds: deque[float] = deque(maxlen=10_000)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STREAM_INTERVAL_MS)
        self._timer.timeout.connect(self._render_stream)
        self.anchorClicked.connect(self._on_anchor)
        # What a citation's click calls with the file URL (tests put a recorder here).
        self.open_source: Callable[[QUrl], object] = QDesktopServices.openUrl
        QTimer.singleShot(0, self._markdown.warm_up)  # once the window is up, not mid-reply

    # --- what the window calls -------------------------------------------------------------

    def add_message(self, role: str, text: str) -> None:
        self._append(Entry(role, text))

    def start_reply(self) -> None:  # _append draws what an opening has left first
        self._append(Entry("assistant", "", MessageStatus.STREAMING), streaming=True)

    def add_reply_text(self, text: str) -> None:
        if not self._streaming:
            return
        self.entries[-1].text += text
        if not self._timer.isActive():
            self._timer.start()

    def set_reply_sources(self, sources: tuple[Passage, ...]) -> None:
        """The sources of the reply being written (its citations become links when it ends)."""
        if self._streaming:
            self.entries[-1].sources = tuple(sources)

    def finish_reply(self, stats: Optional[ReplyStats]) -> None:
        if not self._streaming:
            return
        entry = self.entries[-1]
        entry.status = MessageStatus.STOPPED if stats and stats.stop_reason is StopReason.STOPPED else MessageStatus.DONE
        entry.context_full = bool(stats and stats.stop_reason is StopReason.CONTEXT_FULL)
        self._end_stream()

    def fail_reply(self) -> None:
        """A reply that failed: kept and marked if it has text, else gone (no empty heading)."""
        if not self._streaming:
            return
        if self.entries[-1].text:
            self.entries[-1].status = MessageStatus.FAILED
            self._end_stream()
            return
        self._timer.stop()
        self._streaming = False
        self.entries.pop()
        self._remove_last_drawn()

    def discard_last(self) -> None:
        """Take the last message off the screen (a reply written again, a message edited)."""
        self._finish_drawing()
        if not self.entries or self._streaming:
            return
        self.entries.pop()
        self._remove_last_drawn()

    def cut_from(self, position: int) -> None:
        """Take the message at `position` (as ChatController.chat counts) and all after it
        off the screen: a reply written again, a message edited, anywhere in the chat."""
        if self._streaming:
            return
        self._finish_drawing()
        index = index_of(self._earlier, self.entries, position)
        if index is None:
            return
        if index < 0:  # among the earlier messages not drawn yet: draw those needed first
            self._show_earlier(-index)
            index = 0
        if index == len(self.entries) - 1:
            self.discard_last()
            return
        del self.entries[index:]
        self._rebuild()
        self._scroll_to_end()

    def position_of(self, index: int) -> int:
        """The position (ChatController.chat's) of the entry at `index`."""
        return position_of(self._earlier, self.entries, index)

    def _remove_last_drawn(self) -> None:
        """Remove the drawing of the message just taken off `entries`."""
        if self._last_start is None:  # drawn with the ones before it: draw those again
            self._rebuild()
            return
        cursor_from(self.document(), self._last_start).removeSelectedText()
        self._last_start = None  # where the one before begins is not known

    def show_messages(self, messages: list[Message]) -> None:
        """A saved conversation, as it was written (a note under replies that were cut off)."""
        self._timer.stop()
        self._streaming = False
        cut = max(0, len(messages) - SHOWN_AT_OPEN)
        self._earlier = messages[:cut]  # made into entries when the person asks for them
        self.entries = [entry_from(m) for m in messages[cut:]]
        self._rebuild(gradual=True)

    def mark_left_out(self, count: int) -> None:
        """The earliest `count` messages were not sent with the last message: dimmed, with a note."""
        hidden = len(self._earlier)
        for index, entry in enumerate(self.entries):
            entry.left_out = index + hidden < count
        self._rebuild()
        if not self._opening:  # else scrolled once it is all drawn
            self._scroll_to_end()

    def set_alternatives(self, found: dict[int, tuple[int, ...]]) -> None:
        """The alternatives of the messages about to be shown (show_messages draws them)."""
        self.alternatives = dict(found)

    def clear_messages(self) -> None:
        self._stop_drawing()
        self._timer.stop()
        self._streaming = False
        self.entries = []
        self.alternatives = {}
        self._earlier = []
        self.clear()

    def plain_text(self) -> str:
        """What the person reads, without the links Paddock adds: a line per paragraph, no blank lines."""
        self._finish_drawing()
        return readable_text(self.document(), ACTION_SCHEME + ":")

    def action_links(self) -> dict[str, str]:
        """Every copy/switch/show link on screen: href -> its text (tests and the language check)."""
        self._finish_drawing()
        return links(self.document(), ACTION_SCHEME + ":")

    def role_lines(self) -> list[str]:
        """The role line of each shown message ("You", "Assistant" in the language shown)."""
        return [self._role_label(entry.role) for entry in self.entries]

    # --- texts -----------------------------------------------------------------------------

    def _role_label(self, role: str) -> str:
        return self.tr("You") if role == "user" else self.tr("Assistant")

    def _note(self, entry: Entry) -> str:
        if entry.context_full:
            return self.tr("(cut off: the context is full. Start a new chat, or load the model with a longer context.)")
        return {
            MessageStatus.STOPPED: self.tr("(stopped)"),
            MessageStatus.FAILED: self.tr("(failed)"),
            MessageStatus.INTERRUPTED: self.tr("(cut off: Paddock closed while writing this reply)"),
            MessageStatus.STREAMING: self.tr("(still being written)") if not self._is_live(entry) else "",
        }.get(entry.status, "")

    def _is_live(self, entry: Entry) -> bool:
        return self._streaming and entry is self.entries[-1]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            if event.type() == QEvent.Type.PaletteChange:
                self._markdown = MarkdownRenderer(dark=is_dark(self.palette()))
            self._rebuild()
        super().changeEvent(event)

    # --- rendering ---------------------------------------------------------------------------

    def _render_markdown(self, text: str, labels: CodeLabels) -> RenderedMarkdown:
        return self._markdown.render(text, labels)

    def _heading_html(self, index: int, entry: Entry) -> str:
        role = self._role_label(entry.role)
        copy = self.tr("Copy")
        if entry.role == "user":
            edit = self.tr("Edit")
            return user_heading_html(index, role, self._switcher_html(entry), copy, edit, user_tint(self.palette()))
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        # The heading is drawn once, as the reply starts: Regenerate is there from then on.
        again = self.tr("Regenerate") if entry.text or self._is_live(entry) else None
        return reply_heading_html(index, role, self._switcher_html(entry), copy, again, accent)

    def _switcher_html(self, entry: Entry) -> str:
        ids = self.alternatives.get(entry.message_id) if entry.message_id is not None else None
        return switcher_html(entry.message_id, ids, self.tr("%1/%2"))

    def _body_html(self, index: int, entry: Entry) -> str:
        if entry.role == "user":
            return user_body_html(entry.text, user_tint(self.palette()))
        labels = CodeLabels(self.tr("Copy code"), lambda n: f"{ACTION_SCHEME}:copy/code/{index}/{n}")
        rendered = self._render(entry.text, labels)
        entry.code_blocks = rendered.code_blocks
        body = link_citations(rendered.html, entry.sources, self._describe_source, index)
        return body + self._sources_html(index, entry) + note_html(self._note(entry))

    def _message_html(self, index: int, entry: Entry) -> str:
        message = self._heading_html(index, entry) + self._body_html(index, entry)
        if entry.left_out:  # dimmed, and said: the person sees what the model did not
            dim = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
            return left_out_html(message, dim, self.tr("(outside the context: the model did not see this message)"))
        return message

    def _reply_part_html(self, index: int, text: str, *, freeze: bool) -> str:
        """Part of the streaming reply; `freeze`: complete blocks, rendered once."""
        first = len(self._frozen_code)
        labels = CodeLabels(self.tr("Copy code"), lambda n: f"{ACTION_SCHEME}:copy/code/{index}/{first + n}")
        rendered = self._render(text, labels)
        entry = self.entries[index]
        entry.code_blocks = (*self._frozen_code, *rendered.code_blocks)
        body = link_citations(rendered.html, entry.sources, self._describe_source, index)
        if freeze:
            self._frozen_code += rendered.code_blocks
            return body
        return body + self._sources_html(index, entry) + note_html(self._note(entry))

    def _earlier_html(self) -> str:
        return earlier_html(self.tr("Show %1 earlier messages").replace("%1", str(len(self._earlier))))

    def _rebuild(self, gradual: bool = False, to_end: bool = True) -> None:
        """Render every shown message again (a conversation opened, the language changed);
        `gradual`, or an opening under way: over several event-loop turns, then scrolled
        to the end if `to_end`."""
        gradual, to_end = gradual or self._opening, to_end if gradual else self._to_end_when_drawn
        self._stop_drawing()
        self._to_end_when_drawn = to_end
        self.setHtml(self._earlier_html() if self._earlier else "")
        self._undrawn = 0
        if gradual:
            self._opening = True
            self.setUpdatesEnabled(False)  # the person sees the finished transcript, not its drawing
            self._draw_turn()
        else:
            self._finish_drawing()

    def _draw_turn(self) -> None:
        """One turn's share of the drawing: messages for OPEN_TURN_S, then the next turn."""
        self._draw(OPEN_TURN_S)
        if self._undrawn is not None:
            self._draw_timer.start()

    def _finish_drawing(self) -> None:
        """What is left of a drawing over several turns, now (the transcript is changed or read)."""
        if self._undrawn is not None:
            self._draw(None)

    def _draw(self, budget: Optional[float]) -> None:
        """Draw the next undrawn entries, for `budget` seconds of rendering (None: all of them)."""
        assert self._undrawn is not None
        started, last, index = time.perf_counter(), len(self.entries) - 1, self._undrawn
        parts = []
        while index < last and (budget is None or time.perf_counter() - started < budget):
            parts.append(self._message_html(index, self.entries[index]))
            index += 1
        if parts:
            insert_at_end(self, "".join(parts))
        self._undrawn = index
        if index < last:
            return
        opening, to_end = self._opening, self._to_end_when_drawn
        self._stop_drawing()
        if self.entries:  # inserted apart, so it can change: a reply goes on, or is written again
            self._insert_last()
        if opening:
            if to_end:
                self._scroll_to_end()
            self.drawn.emit()

    def _stop_drawing(self) -> None:
        self._draw_timer.stop()
        self._undrawn, self._opening = None, False
        self.setUpdatesEnabled(True)

    def _append(self, entry: Entry, streaming: bool = False) -> None:
        self._finish_drawing()
        self._timer.stop()
        if self._streaming:
            self._end_stream()
        self.entries.append(entry)
        self._streaming = streaming
        self._insert_last()
        self._scroll_to_end()

    def _insert_last(self) -> None:
        index = len(self.entries) - 1
        entry = self.entries[index]
        if not self._streaming:
            self._last_start = insert_at_end(self, self._message_html(index, entry))
            return
        self._last_start = insert_at_end(self, self._heading_html(index, entry))
        self._tail_start, self._frozen_len, self._frozen_code = document_end(self.document()), 0, []
        self._plain_tail.forget()
        self._render_stream()

    def _render_stream(self) -> None:
        """Render the streaming reply's growing block again (the blocks completed since the
        last render once, for good); nothing above it changes."""
        if not self.entries:
            return
        started = time.perf_counter()
        bar = self.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 4
        index = len(self.entries) - 1
        tail = self.entries[index].text[self._frozen_len:]
        if not self._plain_tail.append(self.document(), tail, self._streaming):
            self._render_tail(index, tail)
        self.render_count += 1
        if following:
            self._scroll_to_end()
        self.render_seconds.append(time.perf_counter() - started)

    def _render_tail(self, index: int, tail: str) -> None:
        cursor_from(self.document(), self._tail_start).removeSelectedText()
        split = self._markdown.last_block_start(tail) if self._streaming else 0
        if split:
            insert_at_end(self, self._reply_part_html(index, tail[:split], freeze=True))
            self._frozen_len += split
            self._tail_start = document_end(self.document())
        insert_at_end(self, self._reply_part_html(index, tail[split:], freeze=False))
        self._plain_tail.rendered(self.document(), tail, self._streaming)

    def _end_stream(self) -> None:
        self._timer.stop()
        self._streaming = False
        if self.entries[-1].status is MessageStatus.STREAMING:
            self.entries[-1].status = MessageStatus.DONE
        self._render_stream()

    def _scroll_to_end(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    # --- links -------------------------------------------------------------------------------

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == ACTION_SCHEME:
            self._act(parse_action(url.path()))
        elif url.scheme() == CITE_SCHEME:
            self._open_citation(url.path())
        elif url.scheme() in BROWSER_SCHEMES:
            QDesktopServices.openUrl(url)
        else:
            self.linkRefused.emit(url.toString())

    def _open_citation(self, target: str) -> None:
        found = cited(target)
        if found is None or found[0] >= len(self.entries):
            return
        index, number = found
        sources = self.entries[index].sources
        if 1 <= number <= len(sources):
            self.open_source(QUrl(source_url(sources[number - 1])))

    def _sources_html(self, index: int, entry: Entry) -> str:
        """The reply's sources under it, each a link: "[1] manual.pdf, page 3"."""
        return sources_html(index, entry.sources, self._describe_source, self.tr("Sources:"))

    def _describe_source(self, passage: Passage) -> str:
        return describe_source(passage, self.tr("%1, page %2"))

    def _act(self, action: Optional[Action]) -> None:
        if action is None:
            return
        kind, numbers = action.kind, action.numbers
        self._finish_drawing()
        if kind == "branch":
            self.alternativeChosen.emit(numbers[0])
        elif kind == "earlier":
            self._show_earlier(SHOWN_AT_OPEN)
        elif numbers[0] >= len(self.entries):
            return
        elif kind in ("regenerate", "edit"):
            wanted = self.regenerateRequested if kind == "regenerate" else self.editRequested
            wanted.emit(self.position_of(numbers[0]))
        elif kind == "copy/message":
            self._copy(self.entries[numbers[0]].text)
        elif numbers[1] < len(self.entries[numbers[0]].code_blocks):
            self._copy(self.entries[numbers[0]].code_blocks[numbers[1]])

    def _show_earlier(self, count: int) -> None:
        cut = max(0, len(self._earlier) - count)
        self.entries[:0] = [entry_from(m) for m in self._earlier[cut:]]
        self._earlier = self._earlier[:cut]
        self._rebuild(gradual=True, to_end=False)  # the person reads on upwards

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)
