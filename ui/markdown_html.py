"""A reply's Markdown as the HTML subset Qt's rich text draws: the only markdown_it importer.

markdown-it-py (CommonMark plus GitHub tables and strikethrough) rather than Qt's own
QTextDocument.setMarkdown: it gives a hook per element, so fenced code goes through
Pygments (ui/code_highlight.py) with a copy link, tables get borders Qt draws, and
images become plain links. Raw HTML from the model is never trusted: `html` is off, so
`<script>` or `<img onerror=...>` in a reply is shown as the text it is, and links with
`javascript:`, `file:` or `data:` targets stay text (markdown-it's link check).

Pure Python (no Qt): the widget passes the translated "Copy" label and the link target of
each code block's copy action, and gets back the HTML and the code blocks' plain text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ui.code_highlight import CodeTheme, code_theme, highlight_html, warm_up

CodeHref = Callable[[int], str]  # code block number -> the href of its copy link


@dataclass(frozen=True)
class RenderedMarkdown:
    html: str
    code_blocks: tuple[str, ...]  # each block's text, as the copy action puts it on the clipboard


@dataclass(frozen=True)
class CodeLabels:
    copy: str  # the translated "Copy" of a code block
    href: CodeHref


class MarkdownRenderer:
    """Renders replies; one per colour scheme (light or dark code blocks)."""

    def __init__(self, *, dark: bool = False) -> None:
        self.theme: CodeTheme = code_theme(dark)
        self._border = "#666666" if dark else "#aaaaaa"
        md = MarkdownIt("commonmark", {"html": False, "breaks": False}).enable(["table", "strikethrough"])
        for name, rule in (("fence", self._fence), ("code_block", self._fence),
                           ("table_open", self._table_open), ("image", self._image)):
            md.add_render_rule(name, _rule(rule))
        self._md = md

    def render(self, text: str, labels: CodeLabels) -> RenderedMarkdown:
        env: dict[str, Any] = {"code_blocks": [], "labels": labels}
        body = self._md.render(text, env)
        return RenderedMarkdown(body, tuple(env["code_blocks"]))

    @staticmethod
    def warm_up() -> None:
        """Load what the first code block would load (call when the window is idle)."""
        warm_up()

    def last_block_start(self, text: str) -> int:
        """Where the last top-level block of `text` begins (0 if it has one block): what
        is above it is complete and will render the same however the text goes on."""
        starts = [t.map[0] for t in self._md.parse(text) if t.level == 0 and t.map and t.nesting >= 0]
        offset = 0
        for _line in range(starts[-1] if starts else 0):
            offset = text.index("\n", offset) + 1
        return offset

    # --- render rules (bound methods: markdown-it calls them with the tokens) ----------------

    def _fence(self, tokens: Sequence[Token], idx: int, options: Any, env: dict) -> str:
        token = tokens[idx]
        code = token.content[:-1] if token.content.endswith("\n") else token.content
        language = token.info.split()[0] if token.info.strip() else ""
        blocks: list[str] = env["code_blocks"]
        labels: CodeLabels = env["labels"]
        number = len(blocks)
        blocks.append(code)
        return code_block_html(code, language, number, labels, self.theme)

    def _table_open(self, tokens: Sequence[Token], idx: int, options: Any, env: dict) -> str:
        # Qt draws no cell borders unless asked, and ignores CSS borders on <td>.
        return (f'<table border="1" cellspacing="0" cellpadding="4" '
                f'style="border-collapse: collapse; border-color: {self._border}; border-style: solid;">\n')

    def _image(self, tokens: Sequence[Token], idx: int, options: Any, env: dict) -> str:
        # Never load what a reply points at (QTextBrowser would read local files): a link.
        token = tokens[idx]
        src = html.escape(str(token.attrGet("src") or ""), quote=True)
        alt = html.escape(token.content or str(token.attrGet("src") or ""))
        return f'<a href="{src}">{alt}</a>'


def _rule(method: Callable[..., str]) -> Callable[..., str]:
    """markdown-it binds each rule to its renderer; ours need only (tokens, idx, options, env)."""
    return lambda *args: method(*args[-4:])


def code_block_html(code: str, language: str, number: int, labels: CodeLabels, theme: CodeTheme) -> str:
    """A framed, highlighted block with its language and a copy link above the code."""
    name = html.escape(language)
    highlighted = highlight_html(code, language, theme)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="6" bgcolor="{theme.background}">'
        f'<tr><td><small>{name}</small></td>'
        f'<td align="right"><small><a href="{html.escape(labels.href(number), quote=True)}">'
        f'{html.escape(labels.copy)}</a></small></td></tr>'
        f'<tr><td colspan="2"><pre style="margin: 0px; white-space: pre-wrap;">{highlighted}</pre></td></tr></table>\n'
    )

