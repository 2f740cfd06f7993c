"""Replies rendered from Markdown to the HTML Qt draws: code highlighted, tables framed,
and nothing the model writes is trusted as HTML."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument, QTextFormat

from ui.markdown_html import CodeLabels, MarkdownRenderer

pytestmark = pytest.mark.usefixtures("qapp")  # QTextDocument lays out text: it needs the app's fonts
LABELS = CodeLabels("Copy code", lambda n: f"paddock:copy/code/7/{n}")


def _render(text: str):  # type: ignore[no-untyped-def]
    return MarkdownRenderer().render(text, LABELS)


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def test_a_fenced_block_is_highlighted_with_inline_styles_and_can_be_copied() -> None:
    code = 'def greet(name):\n    return f"hi {name}"  # <b>not bold</b>'
    out = _render(f"Like this:\n\n```python\n{code}\n```\n")
    assert out.code_blocks == (code,)
    assert 'style="color: #008000; font-weight: bold">def</span>' in out.html  # Pygments' default style
    assert "&lt;b&gt;not bold&lt;/b&gt;" in out.html and "<b>not bold" not in out.html
    assert 'href="paddock:copy/code/7/0">Copy code</a>' in out.html
    assert code in _document(out.html).toPlainText()


def test_an_unknown_language_or_none_is_shown_as_plain_code() -> None:
    out = _render("```klingon\nqapla' <x>\n```\n\n    indented block\n")
    assert out.code_blocks == ("qapla' <x>", "indented block")
    assert "&lt;x&gt;" in out.html and 'href="paddock:copy/code/7/1"' in out.html


def test_code_nested_in_a_list_stays_in_its_item() -> None:
    out = _render("1. Install:\n\n   ```sh\n   pip install paddock\n   ```\n2. Run it\n")
    assert out.code_blocks == ("pip install paddock",)
    document = _document(out.html)
    assert "pip install paddock" in document.toPlainText()
    assert document.toPlainText().index("Install") < document.toPlainText().index("pip") < \
        document.toPlainText().index("Run it")


def test_a_table_is_drawn_with_borders_and_its_alignment() -> None:
    out = _render("| Quant | Size |\n|---|--:|\n| Q4_K_M | 4.9 GB |\n| Q8_0 | 8.5 GB |\n")
    assert '<table border="1"' in out.html and "<th>Quant</th>" in out.html
    assert '<td style="text-align:right">8.5 GB</td>' in out.html
    document = _document(out.html)
    tables = [frame for frame in document.rootFrame().childFrames() if frame.frameFormat().isTableFormat()]
    assert len(tables) == 1 and tables[0].rows() == 3 and tables[0].columns() == 2  # type: ignore[attr-defined]


def test_raw_html_from_the_model_is_text() -> None:
    evil = '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\nand <b onclick="x()">bold</b>'
    out = _render(evil)
    assert "<script" not in out.html and "<img" not in out.html and "<b " not in out.html
    text = _document(out.html).toPlainText()
    assert "<script>alert(1)</script>" in text and '<img src=x onerror="alert(2)">' in text


def test_dangerous_links_stay_text_and_images_become_links() -> None:
    out = _render("[click](javascript:alert(1)) [local](file:///etc/passwd) "
                  "[ok](https://llama.com) ![diagram](/home/me/secret.png)")
    assert "javascript:" not in out.html.replace("[click](javascript:alert(1))", "")
    assert 'href="file:' not in out.html
    assert '<a href="https://llama.com">ok</a>' in out.html
    assert "<img" not in out.html and '<a href="/home/me/secret.png">diagram</a>' in out.html
    document = _document(out.html)
    block = document.begin()
    while block.isValid():  # nothing for QTextBrowser to load
        iterator = block.begin()
        while not iterator.atEnd():
            assert not iterator.fragment().charFormat().isImageFormat()
            assert iterator.fragment().charFormat().objectType() != QTextFormat.ObjectTypes.ImageObject
            iterator += 1
        block = block.next()


def test_dark_palettes_get_dark_code_blocks() -> None:
    light = MarkdownRenderer(dark=False).render("```py\nx = 1\n```", LABELS).html
    dark = MarkdownRenderer(dark=True).render("```py\nx = 1\n```", LABELS).html
    assert 'bgcolor="#f8f8f8"' in light and 'bgcolor="#272822"' in dark
