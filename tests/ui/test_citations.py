"""Citations [n] in a reply: links titled with document and page, that open the file at
that page (a PDF) or the file (others); code is left alone; sources survive a reload."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from app.chat.grounding import Passage, sources_setting
from app.store.records import Message, MessageStatus, Role
from tests.ui.test_transcript_view import _click_link, _stats
from ui.citations import link_citations, source_url
from ui.widgets.transcript_view import TranscriptView


@pytest.fixture
def view(qtbot) -> TranscriptView:  # type: ignore[no-untyped-def]
    widget = TranscriptView()
    widget.resize(700, 500)
    qtbot.addWidget(widget)
    widget.show()
    opened: list[QUrl] = []
    widget.open_source = opened.append
    widget.opened = opened  # type: ignore[attr-defined]
    return widget


def test_only_known_citations_outside_code_become_links() -> None:
    sources = [Passage("/d/a.pdf", "", 3, "page 3")]
    body = link_citations("<p>Yes [1] and [2].</p><pre><code>x[1]</code></pre>", sources, lambda p: p.name, 4)
    assert body.count('href="cite:4/1"') == 1 and "[2]" in body and "x[1]" in body
    assert source_url(sources[0]) == "file:///d/a.pdf#page=3"
    assert source_url(Passage("/d/b.docx", "", None, "Setup")) == "file:///d/b.docx"


def test_a_stored_reply_s_citations_open_the_right_page(view: TranscriptView, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf, docx = tmp_path / "manual.pdf", tmp_path / "notes.docx"
    sources = [Passage(str(pdf), "", 2, "page 2"), Passage(str(docx), "", None, "Keys")]
    reply = Message(id=2, uuid="b", conversation_id=1, parent_id=1, role=Role.ASSISTANT,
                    content="Under the flowerpot [1], see also [2].", status=MessageStatus.DONE, model="m",
                    settings={"sources": sources_setting(sources)}, stats=None, error=None, created_ms=0,
                    updated_ms=0)
    question = Message(id=1, uuid="a", conversation_id=1, parent_id=None, role=Role.USER, content="Where [1]?",
                       status=MessageStatus.DONE, model=None, settings=None, stats=None, error=None,
                       created_ms=0, updated_ms=0)
    view.show_messages([question, reply])
    assert "manual.pdf, page 2" in view.toHtml()
    _click_link(view, qtbot, "cite:1/1")
    _click_link(view, qtbot, "cite:1/2")
    assert [u.toString() for u in view.opened] == [pdf.as_uri() + "#page=2", docx.as_uri()]


def test_a_live_reply_gets_its_links(view: TranscriptView, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view.add_message("user", "Where?")
    view.start_reply()
    view.set_reply_sources((Passage(str(tmp_path / "m.pdf"), "", 3, "page 3"),))
    view.add_reply_text("It is there [1].")
    view.finish_reply(_stats())
    _click_link(view, qtbot, "cite:1/1")
    assert view.opened[-1].toString().endswith("m.pdf#page=3")
