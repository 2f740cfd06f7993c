"""The transcript: the conversation as rendered rich text, the reply streaming into it.

Replies are Markdown (ui/markdown_html.py, code highlighted by Pygments); a person's
messages are shown as typed. Each message has a copy link beside its role, each code
block one above its code; other links open in the system browser (http, https and mailto
only). The person's turns are set apart: indented, on a tinted background.

Streaming stays cheap: only the reply being written changes, at most once every
STREAM_INTERVAL_MS, and of it only its last Markdown block (the one still growing: the
blocks above it are complete, rendered once), so an update costs about one block,
never the conversation. A saved conversation opens with its last SHOWN_AT_OPEN
messages; a link at the top shows the earlier ones. A language or palette change renders
the shown messages again (rare; the notes and labels are in the new language).
"""

from __future__ import annotations

import html
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Optional

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.chat.grounding import Passage, passages_from_setting
from app.chat.messages import ReplyStats, StopReason
from app.store.records import Message, MessageStatus
from ui.citations import CITE_SCHEME, link_citations, source_url
from ui.markdown_html import CodeLabels, MarkdownRenderer, RenderedMarkdown
from ui.widgets.document_text import links, readable_text

STREAM_INTERVAL_MS = 33  # at most ~30 renders of the streaming reply a second
PLAIN_PUNCTUATION = frozenset(" .,;:!?'\"()-/%")  # with letters and digits: Markdown leaves it as it is
SHOWN_AT_OPEN = 200  # messages rendered when a conversation opens
# paddock:copy/message/3, paddock:copy/code/3/0, paddock:earlier, paddock:regenerate/3, paddock:edit/2
ACTION_SCHEME = "paddock"
BROWSER_SCHEMES = ("http", "https", "mailto")

# The paragraph QTextCursor.insertHtml merges into the block at the cursor (_insert_at_end).
LEAD = '<p style="margin: 0px;"><br></p>'
Renderer = Callable[[str, CodeLabels], RenderedMarkdown]


@dataclass(slots=True)  # one per message: a conversation may have tens of thousands
class Entry:
    role: str  # "user" or "assistant"
    text: str
    status: MessageStatus = MessageStatus.DONE
    context_full: bool = False  # the reply was cut off by the end of the context
    message_id: Optional[int] = None  # in the store (messages shown from it)
    left_out: bool = False  # outside the context: the last reply was written without it
    code_blocks: tuple[str, ...] = field(default=())
    sources: tuple[Passage, ...] = field(default=())  # what its citations [n] point to


def _plain_prose(text: str) -> bool:
    """Whether Markdown renders `text` as one paragraph of exactly its words (without the
    spaces around them): a letter first (after at most 3 spaces: 4 make code), no line
    break, no double space and nothing else Markdown would read."""
    words = text.strip(" ")
    return (words[:1].isalpha() and len(text) - len(text.lstrip(" ")) < 4 and "  " not in words
            and all(ch.isalnum() or ch in PLAIN_PUNCTUATION for ch in words))


_SENT_STATUSES = (MessageStatus.DONE, MessageStatus.STOPPED, MessageStatus.INTERRUPTED, MessageStatus.FAILED)


def sent_again(message: Message) -> bool:
    """app/chat/conversation_recorder.py's rule (what the engine is sent), for the messages
    not drawn yet: a reply without text, or still being written, is not counted."""
    return message.role.value != "assistant" or (bool(message.content) and message.status in _SENT_STATUSES)


def _counted(entry: Entry) -> bool:
    """Whether the entry is part of what the engine is sent (a reply without text is not)."""
    return entry.role != "assistant" or bool(entry.text)


def _entry(message: Message) -> Entry:
    stats = message.stats
    return Entry(message.role.value, message.content, message.status,
                 stats is not None and stats.stop_reason is StopReason.CONTEXT_FULL, message.id,
                 sources=tuple(passages_from_setting((message.settings or {}).get("sources"))))


class TranscriptView(QTextBrowser):
    copied = Signal(str)  # what was put on the clipboard
    linkRefused = Signal(str)  # a link of a kind Paddock does not open
    alternativeChosen = Signal(int)  # the id of the alternative to show ("‹ 2/3 ›")
    regenerateRequested = Signal(int)  # the position of the reply to write again (ChatController.chat)
    editRequested = Signal(int)  # the position of the person's message to edit

    def __init__(self, parent: Optional[QWidget] = None, renderer: Optional[Renderer] = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # every click comes to _on_anchor; nothing navigates in here
        self.document().setUndoRedoEnabled(False)  # a streamed reply would pile up undo steps
        self.entries: list[Entry] = []
        self.alternatives: dict[int, tuple[int, ...]] = {}  # message id -> its alternatives' ids
        self._earlier: list[Message] = []  # messages above the shown ones, not drawn yet
        self._streaming = False
        self._last_start: Optional[int] = 0  # where the last message begins (None: not known)
        self._tail_start = 0  # where the streaming reply's growing block begins
        self._frozen_len = 0  # characters of the streaming reply above its growing block
        self._frozen_code: list[str] = []  # the code blocks among them
        self._drawn_plain: Optional[str] = None  # the growing block as drawn, when it is plain prose
        self._markdown = MarkdownRenderer(dark=self._dark())
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

    def start_reply(self) -> None:
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
        if not self.entries or self._streaming:
            return
        self.entries.pop()
        self._remove_last_drawn()

    def cut_from(self, position: int) -> None:
        """Take the message at `position` (as ChatController.chat counts) and all after it
        off the screen: a reply written again, a message edited, anywhere in the chat."""
        if self._streaming:
            return
        index = self._index_of(position)
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
        earlier = sum(1 for m in self._earlier if sent_again(m))
        return earlier + sum(1 for entry in self.entries[:index] if _counted(entry))

    def _index_of(self, position: int) -> Optional[int]:
        """The entry index at `position`; negative: that many earlier messages must be drawn
        first; None: there is none."""
        counted = [i for i, m in enumerate(self._earlier) if sent_again(m)]
        if position < len(counted):
            return counted[position] - len(self._earlier)
        position -= len(counted)
        for index, entry in enumerate(self.entries):
            if _counted(entry):
                if position == 0:
                    return index
                position -= 1
        return None

    def _remove_last_drawn(self) -> None:
        """Remove the drawing of the message just taken off `entries`."""
        if self._last_start is None:  # drawn with the ones before it: draw those again
            self._rebuild()
            return
        self._cursor_from(self._last_start).removeSelectedText()
        self._last_start = None  # where the one before begins is not known

    def show_messages(self, messages: list[Message]) -> None:
        """A saved conversation, as it was written (a note under replies that were cut off)."""
        self._timer.stop()
        self._streaming = False
        cut = max(0, len(messages) - SHOWN_AT_OPEN)
        self._earlier = messages[:cut]  # made into entries when the person asks for them
        self.entries = [_entry(m) for m in messages[cut:]]
        self._rebuild()
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def mark_left_out(self, count: int) -> None:
        """The earliest `count` messages were not sent with the last message: dimmed, with a note."""
        hidden = len(self._earlier)
        for index, entry in enumerate(self.entries):
            entry.left_out = index + hidden < count
        self._rebuild()
        self._scroll_to_end()

    def set_alternatives(self, found: dict[int, tuple[int, ...]]) -> None:
        """The alternatives of the messages about to be shown (show_messages draws them)."""
        self.alternatives = dict(found)

    def clear_messages(self) -> None:
        self._timer.stop()
        self._streaming = False
        self.entries = []
        self.alternatives = {}
        self._earlier = []
        self.clear()

    def plain_text(self) -> str:
        """What the person reads, without the links Paddock adds: a line per paragraph, no blank lines."""
        return readable_text(self.document(), ACTION_SCHEME + ":")

    def action_links(self) -> dict[str, str]:
        """Every copy/switch/show link on screen: href -> its text (tests and the language check)."""
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
                self._markdown = MarkdownRenderer(dark=self._dark())
            self._rebuild()
        super().changeEvent(event)

    # --- rendering ---------------------------------------------------------------------------

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def _user_tint(self) -> str:
        base = self.palette().color(QPalette.ColorRole.Base)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        mix = QColor(*(round(b * 0.86 + a * 0.14) for b, a in
                       zip((base.red(), base.green(), base.blue()), (accent.red(), accent.green(), accent.blue()))))
        return mix.name()

    def _render_markdown(self, text: str, labels: CodeLabels) -> RenderedMarkdown:
        return self._markdown.render(text, labels)

    def _heading_html(self, index: int, entry: Entry) -> str:
        copy_label = html.escape(self.tr("Copy"))  # lupdate reads no f-string
        copy = f'<a href="{ACTION_SCHEME}:copy/message/{index}">{copy_label}</a>'
        label = html.escape(self._role_label(entry.role))
        switcher = self._switcher_html(entry)
        if entry.role == "user":
            edit_label = html.escape(self.tr("Edit"))  # lupdate reads no f-string
            edit = f'<a href="{ACTION_SCHEME}:edit/{index}">{edit_label}</a>'
            return (f'<p style="margin-top: 12px; margin-left: 48px; margin-bottom: 0px; '
                    f'background-color: {self._user_tint()};">'
                    f'<b>{label}</b>{switcher}&nbsp;&nbsp;<small>{copy}&nbsp;&nbsp;{edit}</small></p>')
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        again = ""
        if entry.text or self._is_live(entry):  # the heading is drawn once, as the reply starts
            again_label = html.escape(self.tr("Regenerate"))  # lupdate reads no f-string
            again = f'&nbsp;&nbsp;<a href="{ACTION_SCHEME}:regenerate/{index}">{again_label}</a>'
        return (f'<p style="margin-top: 12px; margin-bottom: 4px;"><b><span style="color: {accent};">{label}</span></b>'
                f'{switcher}&nbsp;&nbsp;<small>{copy}{again}</small></p>')

    def _switcher_html(self, entry: Entry) -> str:
        """ ‹ 2/3 › after the role: the arrows are links to the neighbouring alternatives."""
        ids = self.alternatives.get(entry.message_id) if entry.message_id is not None else None
        if not ids or entry.message_id not in ids:
            return ""
        at = ids.index(entry.message_id)
        position = self.tr("%1/%2").replace("%1", str(at + 1)).replace("%2", str(len(ids)))

        def arrow(text: str, target: Optional[int]) -> str:
            return f'<a href="{ACTION_SCHEME}:branch/{target}"><b>{text}</b></a>' if target is not None else text

        before = arrow("‹", ids[at - 1] if at > 0 else None)
        after = arrow("›", ids[at + 1] if at + 1 < len(ids) else None)
        return f"&nbsp;&nbsp;{before}&nbsp;{html.escape(position)}&nbsp;{after}"

    def _body_html(self, index: int, entry: Entry) -> str:
        if entry.role == "user":
            text = html.escape(entry.text).replace("\n", "<br>")
            return (f'<p style="white-space: pre-wrap; margin-left: 48px; margin-top: 0px; '
                    f'background-color: {self._user_tint()};">{text}</p>')
        labels = CodeLabels(self.tr("Copy code"), lambda n: f"{ACTION_SCHEME}:copy/code/{index}/{n}")
        rendered = self._render(entry.text, labels)
        entry.code_blocks = rendered.code_blocks
        note = self._note(entry)
        body = link_citations(rendered.html, entry.sources, self._describe_source, index)
        return body + self._sources_html(index, entry) + (f"<p><i>{html.escape(note)}</i></p>" if note else "")

    def _message_html(self, index: int, entry: Entry) -> str:
        if entry.left_out:  # dimmed, and said: the person sees what the model did not
            dim = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
            note = html.escape(self.tr("(outside the context: the model did not see this message)"))
            return (f'<div style="color: {dim};">{self._heading_html(index, entry)}{self._body_html(index, entry)}'
                    f'<p><i>{note}</i></p></div>')
        return self._heading_html(index, entry) + self._body_html(index, entry)

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
        note = self._note(entry)
        return body + self._sources_html(index, entry) + (f"<p><i>{html.escape(note)}</i></p>" if note else "")

    def _earlier_html(self) -> str:
        text = self.tr("Show %1 earlier messages").replace("%1", str(len(self._earlier)))
        return f'<p align="center"><a href="{ACTION_SCHEME}:earlier">{html.escape(text)}</a></p>'

    def _rebuild(self) -> None:
        """Render every shown message again (a conversation opened, the language changed)."""
        shown = range(len(self.entries) - 1)
        parts = [self._earlier_html()] if self._earlier else []
        parts += [self._message_html(i, self.entries[i]) for i in shown]
        self.setHtml("".join(parts))
        if self.entries:  # inserted apart, so it can change: a reply goes on, or is written again
            self._insert_last()

    def _append(self, entry: Entry, streaming: bool = False) -> None:
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
            self._last_start = self._insert_at_end(self._message_html(index, entry))
            return
        self._last_start = self._insert_at_end(self._heading_html(index, entry))
        self._tail_start, self._frozen_len, self._frozen_code = self._end(), 0, []
        self._drawn_plain = None
        self._render_stream()

    def _end(self) -> int:
        return self.document().characterCount() - 1

    def _insert_at_end(self, html_text: str) -> int:
        """Insert at the end of the document; where the inserted part begins."""
        if self.document().isEmpty():
            self.setHtml(html_text)
            return 0
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        start = cursor.position()
        # insertHtml merges the first paragraph it inserts into the block at the cursor,
        # losing that paragraph's format: LEAD takes its place, then its line break goes.
        cursor.insertHtml(LEAD + html_text)
        if self.document().characterAt(start) == "\u2028":
            cursor.setPosition(start)
            cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        return start

    def _cursor_from(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        return cursor

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
        if not self._append_plain(tail):
            self._render_tail(index, tail)
        self.render_count += 1
        if following:
            self._scroll_to_end()
        self.render_seconds.append(time.perf_counter() - started)

    def _render_tail(self, index: int, tail: str) -> None:
        self._cursor_from(self._tail_start).removeSelectedText()
        split = self._markdown.last_block_start(tail) if self._streaming else 0
        if split:
            self._insert_at_end(self._reply_part_html(index, tail[:split], freeze=True))
            self._frozen_len += split
            self._tail_start = self._end()
        self._insert_at_end(self._reply_part_html(index, tail[split:], freeze=False))
        self._drawn_plain = self._plain_last_block(tail.strip(" ")) if self._streaming and _plain_prose(tail) else None

    def _plain_last_block(self, words: str) -> Optional[str]:
        """`words` if the last block shows exactly them (the space insertHtml leaves after
        them taken off), else None: the next update renders again."""
        block = self.document().lastBlock()
        text = block.text()
        if text.rstrip(" ") != words:
            return None
        if len(text) > len(words):
            cursor = QTextCursor(self.document())
            cursor.setPosition(block.position() + len(words))
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        return words

    def _append_plain(self, tail: str) -> bool:
        """The growing block is one paragraph of plain prose and stays one: type the new
        words at its end instead of rendering it again (its relayout and the Markdown
        are most of an update's cost, and grow with the paragraph)."""
        drawn = self._drawn_plain
        if drawn is None or not self._streaming or not _plain_prose(tail):
            return False
        shown = tail.strip(" ")  # Markdown drops the spaces around a paragraph: so does this
        if not shown.startswith(drawn):
            return False
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(shown[len(drawn):])
        self._drawn_plain = shown
        return True

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
            self._act(url.path().split("/"))
        elif url.scheme() == CITE_SCHEME:
            self._open_citation(url.path())
        elif url.scheme() in BROWSER_SCHEMES:
            QDesktopServices.openUrl(url)
        else:
            self.linkRefused.emit(url.toString())

    def _open_citation(self, target: str) -> None:
        index, _, number = target.partition("/")
        if not (index.isdigit() and number.isdigit()) or int(index) >= len(self.entries):
            return
        sources = self.entries[int(index)].sources
        if 1 <= int(number) <= len(sources):
            self.open_source(QUrl(source_url(sources[int(number) - 1])))

    def _sources_html(self, index: int, entry: Entry) -> str:
        """The reply's sources under it, each a link: "[1] manual.pdf, page 3"."""
        if not entry.sources:
            return ""
        items = [f'<a href="{CITE_SCHEME}:{index}/{n}">[{n}] {html.escape(self._describe_source(p))}</a>'
                 for n, p in enumerate(entry.sources, start=1)]
        label = html.escape(self.tr("Sources:"))
        return f'<p style="margin-top: 0px;"><small>{label} {" · ".join(items)}</small></p>'

    def _describe_source(self, passage: Passage) -> str:
        if passage.page is not None:
            return self.tr("%1, page %2").replace("%1", passage.name).replace("%2", str(passage.page))
        if passage.location:
            return f"{passage.name}, {passage.location}"
        return passage.name

    def _act(self, parts: list[str]) -> None:
        if parts[:1] == ["branch"] and len(parts) == 2 and parts[1].isdigit():
            self.alternativeChosen.emit(int(parts[1]))
            return
        if parts == ["earlier"]:
            self._show_earlier(SHOWN_AT_OPEN)
            return
        if parts[:1] in (["regenerate"], ["edit"]) and len(parts) == 2 and parts[1].isdigit():
            index = int(parts[1])
            if index < len(self.entries):
                wanted = self.regenerateRequested if parts[0] == "regenerate" else self.editRequested
                wanted.emit(self.position_of(index))
            return
        try:
            numbers = [int(part) for part in parts[2:]]
        except ValueError:
            return
        if parts[:2] == ["copy", "message"] and len(numbers) == 1 and numbers[0] < len(self.entries):
            self._copy(self.entries[numbers[0]].text)
        elif parts[:2] == ["copy", "code"] and len(numbers) == 2 and numbers[0] < len(self.entries):
            blocks = self.entries[numbers[0]].code_blocks
            if numbers[1] < len(blocks):
                self._copy(blocks[numbers[1]])

    def _show_earlier(self, count: int) -> None:
        cut = max(0, len(self._earlier) - count)
        self.entries[:0] = [_entry(m) for m in self._earlier[cut:]]
        self._earlier = self._earlier[:cut]
        self._rebuild()

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)
